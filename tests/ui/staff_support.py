"""A club with an owner signed in, for the owner's Staff and Audit trail parts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from zoneinfo import ZoneInfo

from loyaltydesk.bootstrap import Services, build_services
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import MoneyUnit
from loyaltydesk.services.staff import StaffService
from loyaltydesk.settings import Settings
from loyaltydesk.ui.staff.session import Session
from tests.conftest import LIGHT_HASHER, FakeClock

OWNER_PIN = "1234"
CASHIER_PIN = "5678"


@dataclass
class Club:
    services: Services
    display: Display
    owner: Actor
    session: Session

    @property
    def staff(self) -> StaffService:
        return self.services.staff

    def session_of(self, name: str, pin: str) -> Session:
        actor = self.staff.sign_in(name, pin, "counter-1")
        return Session(actor, self.staff, self.display)


def open_club(tmp_path: Path, settings: Settings, clock: FakeClock, language: str) -> Club:
    services = build_services(
        replace(settings, language=language),
        str(tmp_path / "club.sqlite3"),
        clock=clock,
        hasher=LIGHT_HASHER,
    )
    services.staff.add("Owner", Role.OWNER, OWNER_PIN, services.actor)
    owner = services.staff.sign_in("Owner", OWNER_PIN, "counter-1")
    display = Display(language, MoneyUnit.TOMAN, ZoneInfo("Asia/Tehran"))
    return Club(services, display, owner, Session(owner, services.staff, display))
