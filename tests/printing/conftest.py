from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from loyaltydesk.bootstrap import RESOURCES, Services, build_services
from loyaltydesk.domain.cards import damm_digit
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import MoneyUnit
from loyaltydesk.printing.documents import DocumentMaker, Shop
from loyaltydesk.settings import Settings
from tests.conftest import FakeClock

FONTS = RESOURCES / "fonts"


@pytest.fixture
def club(tmp_path: Path, settings: Settings, clock: FakeClock) -> Iterator[Services]:
    """A small club on SQLite: what is printed does not depend on the database."""
    built = build_services(settings, str(tmp_path / "club.sqlite3"), clock=clock)
    built.rules.add_reward("Free drink", 40, "نوشیدنی رایگان", actor=built.actor)
    built.rules.add_reward("Free meal", 100, "غذای رایگان", actor=built.actor)
    yield built
    built.close()


def maker(language: str, *, card_back: bool = False, note_text: str = "") -> DocumentMaker:
    display = Display(language, MoneyUnit.TOMAN, Settings(Path()).zone)
    name = "کافه نارنج" if language == "fa" else "Narenj Café"
    return DocumentMaker(Shop(name, display, card_back=card_back, note_text=note_text), FONTS)


def card_number(i: int) -> str:
    body = f"{3 + i % 5}{i:010d}"
    return body + str(damm_digit(body))
