"""The owner's Audit trail part, in Persian and in English: the lines newest first with what
changed, filtered by person, kind and period typed in the shop's calendar; the CSV export
(asked first, then written, then itself on the trail); a cashier refused."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import RESOURCES
from loyaltydesk.devices.exports import AUDIT_CSV_COLUMNS
from loyaltydesk.domain.audit import AuditFilter, AuditKind
from loyaltydesk.domain.errors import DomainError, InvalidInput, NotPermitted
from loyaltydesk.domain.staff import ApprovalLimits, CounterPolicy, Role
from loyaltydesk.settings import Settings
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.labels import audit_kind_label, role_label
from loyaltydesk.ui.staff.audit_text import change_text
from loyaltydesk.ui.staff.audit_view import (
    CHANGE,
    SUBJECT,
    WHAT,
    WHO,
    AuditView,
)
from tests.conftest import FakeClock
from tests.ui.conftest import plain, type_text
from tests.ui.staff_support import CASHIER_PIN, Club, open_club


@pytest.fixture
def club(tmp_path: Path, settings: Settings, clock: FakeClock, language: str) -> Iterator[Club]:
    create_application(language, RESOURCES, [])
    built = open_club(tmp_path, settings, clock, language)
    yield built
    built.services.close()
    create_application("en", RESOURCES, [])


def some_work(club: Club, clock: FakeClock) -> None:
    """An owner's day: a cashier added and promoted, the policy set; the cashier's day: a
    wrong PIN, a member registered and a purchase credited."""
    s, owner = club.services, club.owner
    club.staff.add("Reza", Role.CASHIER, CASHIER_PIN, owner)
    clock.advance(minutes=1)
    club.staff.set_role("Reza", Role.MANAGER, owner)
    clock.advance(minutes=1)
    club.staff.set_policy(CounterPolicy(ApprovalLimits(credit_rials=5_000_000), 10), owner)
    clock.advance(minutes=1)
    with pytest.raises(NotPermitted):
        club.staff.sign_in("Reza", "0000", "counter-2")
    reza = club.staff.sign_in("Reza", CASHIER_PIN, "counter-2")
    clock.advance(minutes=1)
    member = s.membership.register("a1", name="سارا", phone="09121234567", actor=reza).member
    clock.advance(minutes=1)
    s.counter.credit_purchase("a2", member.id, 1_200_000, reza)
    clock.advance(minutes=1)


def open_view(qtbot: QtBot, club: Club) -> AuditView:
    view = AuditView(club.services.audit, club.staff, club.display, club.session)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def press(button: QPushButton) -> None:
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)


def column(view: AuditView, index: int) -> list[str]:
    cells = []
    for row in range(view.table.rowCount()):
        item = view.table.item(row, index)
        assert item is not None
        cells.append(plain(item.text()))
    return cells


def sentence(club: Club, error: DomainError) -> str:
    return plain(error_text(error, club.display.language, club.display.unit))


def choose(combo: Any, data: object) -> None:
    """Pick an entry as the keyboard does: focus, then arrow keys until it is the one."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{data!r} is not offered")


def test_the_trail_newest_first_with_what_changed(
    qtbot: QtBot, club: Club, clock: FakeClock, language: str
) -> None:
    some_work(club, clock)
    view = open_view(qtbot, club)
    kinds = column(view, WHAT)
    assert kinds[:3] == [
        audit_kind_label("operation:credit"),
        audit_kind_label("operation:register"),
        audit_kind_label(AuditKind.SIGN_IN.value),
    ]
    assert kinds[-1] == audit_kind_label(AuditKind.STAFF_ADDED.value)  # the owner, first
    assert audit_kind_label(AuditKind.WRONG_PIN.value) in kinds
    changed = kinds.index(audit_kind_label(AuditKind.STAFF_CHANGED.value))
    role_change = column(view, CHANGE)[changed]
    assert column(view, SUBJECT)[changed] == "Reza"
    arrow = "←" if language == "fa" else "→"
    assert f"{role_label(Role.CASHIER)} {arrow} {role_label(Role.MANAGER)}" in role_change
    if language == "en":
        assert role_change == "role: cashier → manager"
    # Only the field that changed: the name and "may sign in" stayed the same.
    assert "Reza" not in role_change
    wrong = kinds.index(audit_kind_label(AuditKind.WRONG_PIN.value))
    assert column(view, SUBJECT)[wrong] == QCoreApplication.translate("AuditChange", "signing in")
    if language == "en":
        added = kinds.index(audit_kind_label(AuditKind.STAFF_ADDED.value))
        assert column(view, CHANGE)[added] == "name: Reza, role: cashier, may sign in: yes"
    # The policy's limit reads as money in the shop's unit.
    settings_row = kinds.index(audit_kind_label(AuditKind.SETTINGS.value))
    assert club.display.money(5_000_000) in column(view, CHANGE)[settings_row]
    # Read only: nothing in the table can be edited, and no button removes a line.
    assert view.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    buttons = {plain(b.text()) for b in view.findChildren(QPushButton)}
    assert buttons == {
        plain(QCoreApplication.translate("AuditView", "Show")),
        plain(QCoreApplication.translate("AuditView", "Export CSV…")),
    }


def test_filtered_by_person_and_kind(
    qtbot: QtBot, club: Club, clock: FakeClock, language: str
) -> None:
    some_work(club, clock)
    view = open_view(qtbot, club)
    everyone = view.table.rowCount()
    choose(view.who, "Reza")
    press(view.show_button)
    assert set(column(view, WHO)) == {"Reza"}
    assert 0 < view.table.rowCount() < everyone

    choose(view.what, AuditKind.OPERATION.value)
    press(view.show_button)
    assert column(view, WHAT) == [
        audit_kind_label("operation:credit"),
        audit_kind_label("operation:register"),
    ]
    assert column(view, SUBJECT)[0] == plain(
        QCoreApplication.translate("AuditChange", "member {id}").format(id=club.display.digits("1"))
    )

    choose(view.who, None)
    choose(view.what, AuditKind.STAFF_ADDED.value)
    press(view.show_button)
    assert column(view, WHO) == ["Owner", "Owner"]
    assert [plain(s) for s in column(view, SUBJECT)] == ["Reza", "Owner"]

    choose(view.what, AuditKind.BACKUP.value)
    press(view.show_button)
    assert view.table.rowCount() == 0
    assert plain(view.count.text()) == plain(
        QCoreApplication.translate("AuditView", "Nothing in the audit trail for this choice.")
    )


def type_day(view: AuditView, field: Any, day: dt.date) -> None:
    if not field.known.isChecked():
        QTest.mouseClick(field.known, Qt.MouseButton.LeftButton)
    field.edit.setFocus()
    field.edit.selectAll()
    QTest.keyClick(field.edit, Qt.Key.Key_Delete)
    type_text(field.edit, view._display.day(day))


def test_a_period_typed_in_the_shops_calendar(
    qtbot: QtBot, club: Club, clock: FakeClock, language: str
) -> None:
    first_day = club.display.local_date(clock.now)
    club.staff.add("Reza", Role.CASHIER, CASHIER_PIN, club.owner)
    clock.advance(days=3)
    club.staff.set_role("Reza", Role.MANAGER, club.owner)
    view = open_view(qtbot, club)
    type_day(view, view.start, first_day + dt.timedelta(days=1))
    press(view.show_button)
    assert column(view, WHAT) == [audit_kind_label(AuditKind.STAFF_CHANGED.value)]

    type_day(view, view.start, first_day)
    type_day(view, view.end, first_day)
    QTest.keyClick(view.end.edit, Qt.Key.Key_Return)
    assert audit_kind_label(AuditKind.STAFF_CHANGED.value) not in column(view, WHAT)
    assert column(view, WHAT)[0] == audit_kind_label(AuditKind.STAFF_ADDED.value)

    # The end before the start: said, and the lines shown stay.
    shown = view.table.rowCount()
    type_day(view, view.start, first_day + dt.timedelta(days=2))
    press(view.show_button)
    assert plain(view.message.text()) == sentence(club, InvalidInput("audit.bad_period"))
    assert view.table.rowCount() == shown


def test_export_writes_the_lines_and_is_itself_recorded(
    qtbot: QtBot,
    club: Club,
    clock: FakeClock,
    language: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    some_work(club, clock)
    view = open_view(qtbot, club)
    choose(view.who, "Reza")
    press(view.show_button)
    shown = view.table.rowCount()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "trail"), "")
    )
    press(view.export_button)
    written = tmp_path / "trail.csv"
    with written.open(encoding="utf-8-sig", newline="") as read:
        rows = list(csv.reader(read))
    assert tuple(rows[0]) == AUDIT_CSV_COLUMNS
    assert len(rows) == 1 + shown
    assert {row[3] for row in rows[1:]} == {"Reza"}
    assert rows[1][2] == "operation:credit" and rows[1][1].endswith("Z")
    assert str(written) in plain(view.message.text())

    exports = club.services.audit.trail(AuditFilter(kinds=("export",)), club.owner)
    assert len(exports) == 1
    assert exports[0].staff == "Owner" and exports[0].after == {
        "rows": shown,
        "file": str(written),
    }


def test_a_cashier_is_refused_and_no_file_dialog_opens(
    qtbot: QtBot, club: Club, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    club.staff.add("Reza", Role.CASHIER, CASHIER_PIN, club.owner)
    session = club.session_of("Reza", CASHIER_PIN)
    view = AuditView(club.services.audit, club.staff, club.display, session)
    qtbot.addWidget(view)
    view.show()
    assert plain(view.message.text()) == sentence(
        club, NotPermitted("staff.not_allowed", action="audit", role="cashier")
    )
    assert view.table.rowCount() == 0
    asked: list[object] = []

    def save_as(*args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append(args)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    press(view.export_button)
    assert asked == []
    assert plain(view.message.text()) == sentence(
        club, NotPermitted("staff.not_allowed", action="export", role="cashier")
    )


def test_change_text_never_shows_a_pin(club: Club) -> None:
    d = club.display
    text = change_text(None, {"pin": "1234"}, d)
    assert "1234" not in text and d.digits("1234") not in text
    both = change_text({"pin_hash": "abc"}, {"pin_hash": "def"}, d)
    assert "abc" not in both and "def" not in both


def test_a_manager_taking_over_the_counter_sees_no_lines(
    qtbot: QtBot, club: Club, clock: FakeClock, language: str
) -> None:
    some_work(club, clock)
    view = open_view(qtbot, club)
    assert view.table.rowCount() > 0
    # Reza is a manager by now: the trail is the owner's alone.
    club.session.set_actor(club.staff.sign_in("Reza", CASHIER_PIN, "counter-1"))
    assert view.table.rowCount() == 0 and not view.count.text()
    assert plain(view.message.text()) == sentence(
        club, NotPermitted("staff.not_allowed", action="audit", role="manager")
    )
