"""The Anomalies page of the Reports part, over the real report service, in Persian and
English: a finding is listed with its ledger line, its row opens the member, and the opening
hours are set from the options like the other report options."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import RESOURCES, Services, build_window
from loyaltydesk.domain.anomalies import AnomalyKind, OpeningHours
from loyaltydesk.domain.staff import Actor
from loyaltydesk.settings import Settings
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.members.details_dialog import MemberDetailsDialog
from loyaltydesk.ui.reports.layout import anomaly_name, finding_text
from loyaltydesk.ui.reports.options_dialog import ReportOptionsDialog
from tests.conftest import FakeClock
from tests.ui.conftest import answer_next_dialog, in_language, member, plain, type_text
from tests.ui.test_reports_view import double_click, open_reports, show_page


@pytest.fixture
def club_window(
    qtbot: QtBot, gui_services: Services, settings: Settings, language: str
) -> Iterator[MainWindow]:
    app = create_application(language, RESOURCES, [])
    main = build_window(app, replace(settings, language=language), gui_services)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    yield main
    create_application("en", RESOURCES, [])


def _cells(table: QAbstractItemView, row: int) -> list[str]:
    model = table.model()
    return [plain(str(model.index(row, c).data())) for c in range(model.columnCount())]


def test_a_finding_shows_with_its_line_and_opens_the_member(
    qtbot: QtBot, club_window: MainWindow, gui_services: Services, language: str
) -> None:
    dara = member(gui_services, "Dara Nouri", "09121230000")
    gui_services.counter.adjust("ui-adjust", dara.id, 30, "goodwill", Actor("Reza", "counter-2"))
    view = open_reports(qtbot, club_window)
    page = show_page(view, "anomalies")
    checks, findings, lines = page.findChildren(QAbstractItemView, "reportTable")

    # What is checked: every check by name, the unset ones saying why they were skipped.
    names = [_cells(checks, r)[0] for r in range(checks.model().rowCount())]
    assert names == [plain(anomaly_name(kind)) for kind in AnomalyKind]
    assert findings.model().rowCount() == 1
    row = _cells(findings, 0)
    assert row[1] == plain(anomaly_name(AnomalyKind.ADJUST_NO_PURCHASE))
    assert row[2:5] == ["Reza", "counter-2", "Dara Nouri"]
    report = view.shown.report if view.shown else None
    assert report is not None and report.anomalies is not None
    (finding,) = report.anomalies.findings
    assert row[8] == plain(finding_text(finding, view._display))
    assert in_language(language, "30") in row[8]
    line = _cells(lines, 0)
    assert line[1] == in_language(language, str(finding.lines[0].entry_id))
    assert line[-1] == "goodwill"

    opened: list[QWidget] = []
    answer_next_dialog(Qt.Key.Key_Escape, then=opened.append)
    double_click(findings, 0)
    qtbot.waitUntil(lambda: bool(opened))
    assert isinstance(opened[0], MemberDetailsDialog) and opened[0]._member_id == dara.id


def test_opening_hours_set_in_the_options_flag_a_late_credit(
    qtbot: QtBot,
    club_window: MainWindow,
    gui_services: Services,
    clock: FakeClock,
    language: str,
) -> None:
    sara = member(gui_services, "Sara Ahmadi", "09121234567", points=5)  # 13:30 in Tehran
    view = open_reports(qtbot, club_window)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ReportOptionsDialog)
        type_text(dialog.opens, in_language(language, "14:00"))
        type_text(dialog.closes, in_language(language, "23:00"))
        dialog.closes.setFocus()

    answer_next_dialog(Qt.Key.Key_Return, then=fill)
    view.options_button.click()
    qtbot.waitUntil(lambda: gui_services.reports.opening_hours() is not None)
    assert gui_services.reports.opening_hours() == OpeningHours(dt.time(14), dt.time(23))
    qtbot.waitUntil(
        lambda: (
            not view.running
            and view.shown is not None
            and view.shown.report.anomalies is not None
            and bool(view.shown.report.anomalies.findings)
        )
    )
    page = show_page(view, "anomalies")
    findings = page.findChildren(QAbstractItemView, "reportTable")[1]
    row = _cells(findings, 0)
    assert row[1] == plain(anomaly_name(AnomalyKind.OUTSIDE_HOURS))
    assert row[4] == sara.name
