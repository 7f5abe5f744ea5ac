"""Issue 17, in English and in Persian: the counter at 1024×600 with a sale from the till
waiting, the search list open and the status bar saying a folder credit still fits the
screen; and the action line under the big number never says a balance that a credit from
elsewhere has made old."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.rewards import RewardUnit
from loyaltydesk.domain.stamps import StampRule
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.ui.counter.view import CounterView
from loyaltydesk.ui.main_window import MainWindow
from tests.api.conftest import Client, serve
from tests.conftest import FakeClock
from tests.ui.conftest import in_language, keyboard, member, plain, scan

WAIT_MS = 30_000
# Set to a folder to keep the window's pictures of the crowded counter.
SHOTS = os.environ.get("LOYALTYDESK_SHOTS")


@pytest.fixture
def pos(gui_services: Services, folder_window: MainWindow) -> Iterator[Client]:
    """The till's POS, talking to the club over real HTTP."""
    for server in serve(gui_services):
        made = gui_services.api_tokens.add("till-1", gui_services.actor)
        yield Client(server.url, made.secret)


def _drop_receipt(folder: Path, phone: str, toman: int, receipt: str) -> None:
    (folder / f"{receipt}.json").write_text(
        json.dumps({"phone": phone, "amount_toman": toman, "receipt": receipt})
    )


def _within(window: QWidget, widget: QWidget) -> bool:
    frame = window.rect()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return frame.contains(QRect(top_left, widget.size()))


def _fits_with_in_sight(window: MainWindow, shot: str, widgets: tuple[QWidget, ...]) -> None:
    """The window keeps to a 1024x600 screen with each of ``widgets`` shown whole (its
    picture saved as ``shot`` when LOYALTYDESK_SHOTS names a folder)."""
    assert window.minimumSizeHint().height() <= 600
    assert (window.width(), window.height()) == (1024, 600)
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / f"{shot}.png"))
    for widget in widgets:
        assert widget.isVisible() and _within(window, widget), widget.objectName()


def test_the_counter_fits_600_pixels_with_the_till_sale_the_list_and_the_status_bar(
    qtbot: QtBot,
    folder_window: MainWindow,
    gui_services: Services,
    pos: Client,
    folder: Path,
    language: str,
) -> None:
    window = folder_window
    window.resize(1024, 600)
    for n in range(1, 6):
        member(gui_services, f"Ali {n}", f"0912111000{n}", points=12)
    # A folder credit, said in the status bar.
    _drop_receipt(folder, "09121110005", 250_000, "7001")
    bar = window.statusBar()
    qtbot.waitUntil(lambda: "7001" in fold_digits(bar.currentMessage()), timeout=WAIT_MS)
    # Two sales from the till wait: the banner's longer form.
    for receipt in ("8812", "8813"):
        answer = pos.post(
            "/v1/pending", {"amount_rials": 2_500_000, "receipt": receipt}, key=f"sale-{receipt}"
        )
        assert answer.status == 201, answer.body
    counter = window.counter
    banner = counter.till_banner
    assert banner is not None
    qtbot.waitUntil(lambda: banner.isVisible() and banner.purchase is not None, timeout=5000)
    counter.search.setFocus()
    keyboard(window, in_language(language, "0912"))  # a few digits of a phone number
    QApplication.processEvents()

    assert counter.results.isVisible() and counter.results.count() == 5
    # Everything the cashier needs is in sight, the status bar too.
    _fits_with_in_sight(
        window,
        f"counter-till-list-{language}",
        (
            bar,
            banner.text,
            banner.detail,
            banner.dismiss_button,
            counter.search,
            counter.results,
            counter.amount,
            counter.credit_button,
            counter.undo_button,
            counter.details_button,
        ),
    )
    assert "7001" in fold_digits(bar.currentMessage())  # still said
    # Every member found is in sight, none behind a scroll bar.
    last = counter.results.visualItemRect(counter.results.item(4))
    assert counter.results.viewport().rect().contains(last)
    # Picked: the list closes, and the sale from the till goes to the member.
    keyboard(window, "", Qt.Key.Key_Down)
    keyboard(window, "", Qt.Key.Key_Return)
    assert not counter.results.isVisible()
    assert counter.member_id is not None
    assert in_language(language, "+25") in plain(counter.action_message.text())


def test_it_fits_with_the_member_before_still_on_screen_and_their_result_said(
    qtbot: QtBot,
    folder_window: MainWindow,
    gui_services: Services,
    pos: Client,
    folder: Path,
    language: str,
) -> None:
    """The crowded moment: the customer before credited (their line said), every reward
    key there, the next sale from the till waiting, a name typed for the next customer."""
    window = folder_window
    window.resize(1024, 600)
    for n in range(3, 10):
        gui_services.rules.add_reward(
            f"Reward number {n} with a long name", 40 + n, f"جایزهٔ {n}", actor=gui_services.actor
        )
    anna = member(gui_services, "Anna Ali-Longname", "09121110009", points=180)
    for n in range(1, 4):
        member(gui_services, f"Ali {n}", f"0912111000{n}")
    counter = window.counter
    scan(window, in_language(language, anna.card or ""))
    _credit_here(window, counter, in_language(language, "120000"))
    _drop_receipt(folder, "09121110003", 250_000, "7001")  # said in the status bar
    bar = window.statusBar()
    qtbot.waitUntil(lambda: "7001" in fold_digits(bar.currentMessage()), timeout=WAIT_MS)
    answer = pos.post("/v1/pending", {"amount_rials": 2_500_000, "receipt": "8812"}, key="s-1")
    assert answer.status == 201, answer.body
    banner = counter.till_banner
    assert banner is not None
    qtbot.waitUntil(lambda: banner.isVisible() and banner.purchase is not None, timeout=5000)
    counter.search.setFocus()
    keyboard(window, "Ali")
    QApplication.processEvents()

    assert counter.results.isVisible() and counter.member_id == anna.id
    _fits_with_in_sight(
        window,
        f"counter-till-member-{language}",
        (
            bar,
            banner.text,
            counter.results,
            counter.panel.balance,
            counter.action_message,
            counter.credit_button,
            counter.undo_button,
        ),
    )
    assert in_language(language, "+12") in plain(counter.action_message.text())


def _credit_here(window: MainWindow, counter: CounterView, toman: str) -> None:
    counter.amount.setFocus()
    keyboard(window, toman, Qt.Key.Key_Return)


def test_a_credit_from_elsewhere_does_not_leave_the_old_balance_on_the_action_line(
    qtbot: QtBot, folder_window: MainWindow, gui_services: Services, folder: Path, language: str
) -> None:
    window = folder_window
    sara = member(gui_services, "Sara", "09121110007")
    counter = window.counter
    scan(window, in_language(language, sara.card or ""))
    assert counter.member_id == sara.id
    _credit_here(window, counter, in_language(language, "120000"))
    # This counter's own credit: its line stays, beside the same big number.
    said = plain(counter.action_message.text())
    assert in_language(language, "+12") in said and said.endswith(in_language(language, "12"))
    assert counter.panel.balance.text() == in_language(language, "12")

    # The receipts folder credits Sara's next purchase while she is on screen.
    _drop_receipt(folder, "09121110007", 250_000, "8812")
    qtbot.waitUntil(
        lambda: counter.panel.balance.text() == in_language(language, "37"), timeout=WAIT_MS
    )
    said = plain(counter.action_message.text())
    assert in_language(language, "+12") not in said  # not "balance 12" beside 37
    # The new balance in the language's digits (the Persian sentence comes with fa.tsv).
    assert said.endswith(in_language(language, "37") + ".")
    if language == "en":
        assert said == "The balance has changed meanwhile: now 37."
    # Undo (F8) still knows this counter's own credit.
    assert counter.undo_button.isEnabled()

    # The next credit here says its own result again.
    _credit_here(window, counter, in_language(language, "50000"))
    said = plain(counter.action_message.text())
    assert in_language(language, "+5") in said and said.endswith(in_language(language, "42"))
    assert counter.panel.balance.text() == in_language(language, "42")


def test_a_stamp_card_filled_elsewhere_is_said_as_the_stamp_card(
    qtbot: QtBot,
    folder_window: MainWindow,
    gui_services: Services,
    folder: Path,
    clock: FakeClock,
    language: str,
) -> None:
    rule = gui_services.rules.earn_rule()
    gui_services.rules.save(
        replace(rule, points_enabled=False, stamps=StampRule(min_purchase_rials=500_000)),
        actor=gui_services.actor,
    )
    gui_services.rules.add_reward(
        "Free coffee", 10, "قهوهٔ رایگان", RewardUnit.STAMPS, actor=gui_services.actor
    )
    window = folder_window
    sara = member(gui_services, "Sara", "09121110007")
    counter = window.counter
    scan(window, in_language(language, sara.card or ""))
    _credit_here(window, counter, in_language(language, "120000"))
    circles = counter.panel.stamp_card.circles
    assert circles.filled == 1 and counter.action_message.text()
    clock.advance(days=1)  # one stamp a visit, one visit a day
    _drop_receipt(folder, "09121110007", 250_000, "8812")
    qtbot.waitUntil(lambda: circles.filled == 2, timeout=WAIT_MS)
    said = plain(counter.action_message.text())
    assert said.endswith(in_language(language, "2") + ".")
    if language == "en":
        assert said == "The stamp card has changed meanwhile: now 2."


def test_a_change_elsewhere_that_leaves_the_balance_keeps_the_line(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    sara = member(gui_services, "Sara", "09121110007")
    counter = window.counter
    scan(window, in_language(language, sara.card or ""))
    _credit_here(window, counter, in_language(language, "120000"))
    said = counter.action_message.text()
    # Her name corrected in the back office, said on the bus: the balance the line says is
    # still the balance, so the line stays.
    gui_services.membership.update_details(
        sara.id, name="Sara Ahmadi", phone="09121110007", birthday=None, actor=gui_services.actor
    )
    window.bus.member_changed.emit(sara.id)
    assert plain(counter.panel.name.text()) == "Sara Ahmadi"
    assert counter.action_message.text() == said
