"""`python -m loyaltydesk --demo` as the owner meets it (`make run`): the first start asks who
owns the club and opens the demo club signed in as them; a club from before accounts gets
its owner the same way; a club with accounts asks for a PIN before anything else."""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from loyaltydesk import bootstrap
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.settings import Settings
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.staff.pin_dialog import PinDialog
from tests.conftest import LIGHT_HASHER
from tests.pgserver import PostgresCluster
from tests.ui.conftest import answer_next_dialog, type_text


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Actor]]:
    """launch_window without its event loop: what the window holds when the loop would
    start is kept, then the window closes. The daily jobs are not started (a worker left
    running after the test would outlive the database)."""
    seen: dict[str, Actor] = {}

    def run_loop(_app: QApplication) -> int:
        # The one on screen: an earlier test's closed window may not be deleted yet, and
        # topLevelWidgets() has no order.
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        (window,) = windows
        seen["actor"] = window.session.actor
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_loop)
    monkeypatch.setattr(MainWindow, "start_daily_jobs", lambda self, jobs: None)
    monkeypatch.setattr(MainWindow, "start_mail_job", lambda self, send, when: None)
    monkeypatch.setattr(
        bootstrap, "build_demo", functools.partial(bootstrap.build_demo, members=12)
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(logging.getLogger().handlers)
    yield seen
    for handler in logging.getLogger().handlers:
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_the_first_start_makes_the_owner_and_opens_the_demo_club_signed_in(
    launched: dict[str, Actor], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def owner(settings: Settings) -> tuple[str, str]:
        asked.append(settings.language)
        return ("Nima", "1405")

    monkeypatch.setattr(bootstrap, "ask_owner", owner)
    settings = Settings(data_dir=tmp_path / "data", language="en", counter="counter-1")
    assert bootstrap.launch_window(settings, None, [], demo=True) == 0
    assert asked == ["en"]
    actor = launched["actor"]
    assert (actor.staff, actor.role, actor.staff_id is not None) == ("Nima", Role.OWNER, True)
    services = bootstrap.build_services(settings)
    try:
        owner_actor = services.staff.sign_in("Nima", "1405", "counter-1")
        names = {a.name: a.role for a in services.staff.listing(owner_actor)}
        assert names == {"Nima": Role.OWNER, "Reza": Role.MANAGER, "Nazanin": Role.CASHIER}
        assert services.audit.verify(owner_actor).members_checked == 12
    finally:
        services.close()


def test_a_club_from_before_accounts_gets_its_owner_on_the_next_start(
    launched: dict[str, Actor], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = str(tmp_path / "old.sqlite3")
    settings = Settings(data_dir=tmp_path / "data", language="fa", counter="counter-1")
    old = bootstrap.build_services(settings, url, hasher=LIGHT_HASHER)
    old.close()
    monkeypatch.setattr(bootstrap, "ask_owner", lambda _settings: ("مریم", "۲۴۶۸"))
    assert bootstrap.launch_window(settings, url, []) == 0
    assert (launched["actor"].staff, launched["actor"].role) == ("مریم", Role.OWNER)


def test_closing_the_owner_question_opens_nothing(
    launched: dict[str, Actor], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bootstrap, "ask_owner", lambda _settings: None)
    settings = Settings(data_dir=tmp_path / "data", language="en")
    assert bootstrap.launch_window(settings, None, [], demo=True) == 0
    assert "actor" not in launched


def test_a_club_with_accounts_asks_for_a_pin_first(
    launched: dict[str, Actor], tmp_path: Path
) -> None:
    url = str(tmp_path / "club.sqlite3")
    settings = Settings(data_dir=tmp_path / "data", language="en", counter="counter-1")
    services = bootstrap.build_services(settings, url, hasher=LIGHT_HASHER)
    services.staff.add("Nima", Role.OWNER, "1111", services.actor)
    owner = services.staff.sign_in("Nima", "1111", "counter-1")
    services.staff.add("Ali", Role.CASHIER, "3333", owner)
    services.close()

    def pin(dialog: QWidget) -> None:
        assert isinstance(dialog, PinDialog)
        assert getattr(dialog, "cancel_button", None) is None  # no way around the PIN
        dialog.select_name("Ali")
        type_text(dialog.pin, "3333")

    answer_next_dialog(then=pin)
    assert bootstrap.launch_window(settings, url, []) == 0
    assert (launched["actor"].staff, launched["actor"].role) == ("Ali", Role.CASHIER)


@pytest.mark.postgres
def test_a_shared_club_counter_opens_and_signs_in_while_its_server_is_down(
    launched: dict[str, Actor], tmp_path: Path, own_cluster: PostgresCluster
) -> None:
    url = own_cluster.url()
    settings = Settings(data_dir=tmp_path / "data", language="en", counter="counter-1")
    services = bootstrap.build_services(settings, url, hasher=LIGHT_HASHER)
    services.staff.add("Nima", Role.OWNER, "1111", services.actor)
    services.staff.sign_in("Nima", "1111", "counter-1")  # remembered on this counter
    services.link.probe()
    services.close()
    own_cluster.stop_server()

    def pin(dialog: QWidget) -> None:
        assert isinstance(dialog, PinDialog)
        dialog.select_name("Nima")
        type_text(dialog.pin, "1111")

    answer_next_dialog(then=pin)
    assert bootstrap.launch_window(settings, url, []) == 0
    assert launched["actor"].staff == "Nima" and launched["actor"].offline
