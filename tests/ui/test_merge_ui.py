"""Possible duplicates from the Members part, in Persian and English: a manager compares two
records of one person and merges them after a confirmation; the owner undoes it the same day;
a cashier is not offered it. Then the accountant's export from the same part."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.audit import AuditFilter
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.members.duplicates_dialog import DuplicatesDialog
from tests.ui.conftest import answer_next_dialog, in_language, keyboard, plain, scan


def two_saras(services: Services, actor: Actor | None = None) -> tuple[int, int]:
    actor = actor or services.actor
    first = services.membership.register(
        "dup-1", name="سارا محمدی", phone="09121234567", birthday="1370/05/21", actor=actor
    ).member
    second = services.membership.register(
        "dup-2", name="سارا  محمدي", phone="09351112233", birthday="1991-08-12", actor=actor
    ).member
    services.counter.adjust("dup-3", first.id, 150, "paper", actor, opening=True)
    services.counter.adjust("dup-4", second.id, 60, "paper", actor, opening=True)
    return first.id, second.id


def _open_duplicates(window: MainWindow, work: object) -> None:
    """F6 (the Members part), then its "Possible duplicates…" button; ``work`` runs in the
    dialog, then Esc closes it."""
    window.activateWindow()  # back from a form: the cashier's next key goes to the window
    QApplication.processEvents()
    keyboard(window, key=Qt.Key.Key_F6)
    assert window.tabs.currentWidget() is window.members
    button = window.members.duplicates
    assert button.isVisible()
    answer_next_dialog(Qt.Key.Key_Escape, then=work)  # type: ignore[arg-type]
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_merge_from_the_members_part_and_its_undo(
    window: MainWindow, gui_services: Services, language: str, qtbot: QtBot
) -> None:
    kept_id, other_id = two_saras(gui_services)
    other_card = gui_services.membership.get(other_id).card
    assert other_card is not None
    seen: dict[str, object] = {}

    def merge_in_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, DuplicatesDialog)
        assert dialog.pairs.rowCount() == 1
        why = dialog.pairs.item(0, 2)
        assert why is not None
        seen["why"] = why.text()
        # The pair is chosen by the keyboard; the first record is the one to keep.
        dialog.pairs.setFocus()
        QTest.keyClick(dialog.pairs, Qt.Key.Key_Home)
        assert plain(dialog.first.values["balance"].text()) == in_language(language, "150")
        assert plain(dialog.second.values["balance"].text()) == in_language(language, "60")

        def confirm(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            seen["question"] = plain(box.text())

        answer_next_dialog(then=confirm, button=QMessageBox.StandardButton.Yes)
        dialog.first.keep.setFocus()
        QTest.keyClick(dialog.first.keep, Qt.Key.Key_Space)
        seen["pairs_after"] = dialog.pairs.rowCount()
        seen["today"] = dialog.today.rowCount()

    _open_duplicates(window, merge_in_dialog)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

    assert seen["pairs_after"] == 0 and seen["today"] == 1
    question = str(seen["question"])
    assert in_language(language, "60") in question
    if language == "en":
        assert seen["why"] == "same name and birthday"
        assert "60 points and 0 stamps move" in question
    assert gui_services.membership.get(kept_id).balance == 210
    assert gui_services.audit.verify(gui_services.actor).ok
    # The merged member's card, scanned over the Members part, offers the member kept at
    # the counter.
    answer_next_dialog(button=QMessageBox.StandardButton.Yes)
    scan(window, other_card)
    qtbot.waitUntil(lambda: window.counter.member_id == kept_id)
    assert window.tabs.currentWidget() is window.counter

    def undo_in_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, DuplicatesDialog)
        assert dialog.undo.isVisible() and dialog.undo.isEnabled()
        dialog.today.setFocus()
        QTest.keyClick(dialog.today, Qt.Key.Key_Home)
        answer_next_dialog(button=QMessageBox.StandardButton.Yes)
        dialog.undo.setFocus()
        QTest.keyClick(dialog.undo, Qt.Key.Key_Space)
        seen["pairs_again"] = dialog.pairs.rowCount()
        undone = dialog.today.item(0, 2)
        seen["undone_row"] = undone.text() if undone is not None else ""

    _open_duplicates(window, undo_in_dialog)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert seen["pairs_again"] == 1
    assert gui_services.membership.get(kept_id).balance == 150
    assert gui_services.membership.get(other_id).balance == 60
    assert gui_services.audit.verify(gui_services.actor).ok


def test_no_merge_when_the_confirmation_is_declined(
    window: MainWindow, gui_services: Services, qtbot: QtBot
) -> None:
    kept_id, _other_id = two_saras(gui_services)

    def decline(dialog: QWidget) -> None:
        assert isinstance(dialog, DuplicatesDialog)
        answer_next_dialog(Qt.Key.Key_Escape)
        QTest.mouseClick(dialog.second.keep, Qt.MouseButton.LeftButton)

    _open_duplicates(window, decline)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert gui_services.membership.get(kept_id).balance == 150


@pytest.fixture
def staffed(window: MainWindow, gui_services: Services) -> MainWindow:
    staff = gui_services.staff
    staff.add("Nima", Role.OWNER, "1111", gui_services.actor)
    owner = staff.sign_in("Nima", "1111", "counter-1")
    staff.add("Maryam", Role.MANAGER, "2222", owner)
    staff.add("Ali", Role.CASHIER, "3333", owner)
    return window


def test_a_cashier_is_not_offered_merges_and_a_manager_not_the_undo(
    staffed: MainWindow, gui_services: Services, qtbot: QtBot
) -> None:
    staff = gui_services.staff
    two_saras(gui_services, staff.sign_in("Nima", "1111", "counter-1"))
    staffed.session.set_actor(staff.sign_in("Ali", "3333", "counter-1"))
    staffed.tabs.setCurrentWidget(staffed.members)
    assert not staffed.members.duplicates.isVisible()
    assert not staffed.members.export.isVisible()
    staffed.session.set_actor(staff.sign_in("Maryam", "2222", "counter-1"))
    assert staffed.members.duplicates.isVisible()
    assert not staffed.members.export.isVisible()
    seen: dict[str, bool] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, DuplicatesDialog)
        seen["undo"] = dialog.undo.isVisible()
        seen["pairs"] = dialog.pairs.rowCount() == 1

    _open_duplicates(staffed, look)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert seen == {"undo": False, "pairs": True}


def test_the_owner_exports_members_for_the_accountant(
    window: MainWindow,
    gui_services: Services,
    language: str,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    two_saras(gui_services)
    target = tmp_path / "members.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "CSV (*.csv)")
    )
    keyboard(window, key=Qt.Key.Key_F6)
    assert window.members.export.isVisible()
    menu = window.members.export.menu()
    action = next(a for a in menu.actions() if a.objectName() == "export_members")
    action.trigger()
    qtbot.waitUntil(target.exists)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 3
    assert rows[1][2] == "+989121234567"
    # Jalali in a Persian shop, ISO otherwise; ASCII digits either way.
    assert rows[1][5] == ("1370/05/21" if language == "fa" else "1991-08-12")

    def exports() -> list[str | None]:
        wanted = AuditFilter(kinds=("export",))
        return [line.subject for line in gui_services.audit.trail(wanted, gui_services.actor)]

    qtbot.waitUntil(lambda: exports() == ["export:members"])
