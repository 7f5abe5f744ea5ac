"""The counter's "purchase from the till": a POS posts a sale without its member through the
API; the counter shows it; one scan of the card credits it (amount and receipt from the
till), in English and in Persian."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.cards import new_card_number
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.services.views import MemberView
from loyaltydesk.ui.counter.till_banner import TillBanner
from loyaltydesk.ui.counter.view import CounterView
from loyaltydesk.ui.main_window import MainWindow
from tests.api.conftest import Client, serve
from tests.ui.conftest import in_language, keyboard, member, plain, scan

BANNER = {
    "en": "250,000 Toman from the till — scan the card",
    "fa": "خرید ۲۵۰٬۰۰۰ تومان از برنامهٔ فروش — کارت را اسکن کنید",
}


@pytest.fixture
def pos(gui_services: Services, window: MainWindow) -> Iterator[Client]:
    """The till's POS, talking to the club over real HTTP."""
    for server in serve(gui_services):
        made = gui_services.api_tokens.add("till-1", gui_services.actor)
        yield Client(server.url, made.secret)


def _post(pos: Client, key: str, amount: int = 2_500_000, receipt: str = "8812") -> int:
    answer = pos.post("/v1/pending", {"amount_rials": amount, "receipt": receipt}, key=key)
    assert answer.status == 201, answer.body
    return int(answer.body["id"])


def _banner(counter: CounterView) -> TillBanner:
    assert counter.till_banner is not None
    return counter.till_banner


def _wait_shown(qtbot: QtBot, counter: CounterView, purchase_id: int) -> TillBanner:
    banner = _banner(counter)
    qtbot.waitUntil(
        lambda: (
            banner.isVisible() and banner.purchase is not None and banner.purchase.id == purchase_id
        ),
        timeout=5000,
    )
    return banner


def _earned(services: Services, who: MemberView) -> list[tuple[int, str | None]]:
    lines = services.membership.statement(who.id).lines
    return [(ln.points, ln.receipt_no) for ln in lines if ln.kind is EntryKind.EARN]


def test_a_scan_credits_the_sale_from_the_till_once(
    qtbot: QtBot, window: MainWindow, gui_services: Services, pos: Client, language: str
) -> None:
    ali = member(gui_services, "Ali", "09121110001")
    counter = window.counter
    purchase_id = _post(pos, "sale-8812")
    banner = _wait_shown(qtbot, counter, purchase_id)
    assert plain(banner.text.text()) == BANNER[language]
    assert in_language(language, "8812") in plain(banner.detail.text())

    scan(window, in_language(language, ali.card or ""))

    assert counter.member_id == ali.id
    assert _earned(gui_services, ali) == [(25, "8812")]
    assert in_language(language, "+25") in plain(counter.action_message.text())
    assert not banner.isVisible()
    status = pos.get(f"/v1/pending/{purchase_id}").body
    assert (status["status"], status["member_id"], status["points_earned"]) == (
        "credited",
        ali.id,
        25,
    )
    # The same card again (a double scan): nothing more is credited.
    scan(window, in_language(language, ali.card or ""))
    assert _earned(gui_services, ali) == [(25, "8812")]


def test_a_phone_and_enter_twice_credit_once(
    qtbot: QtBot, window: MainWindow, gui_services: Services, pos: Client, language: str
) -> None:
    sara = member(gui_services, "Sara", "09121110002")
    counter = window.counter
    _wait_shown(qtbot, counter, _post(pos, "sale-9", amount=1_000_000, receipt="9"))
    counter.search.setFocus()
    keyboard(window, in_language(language, "09121110002"), Qt.Key.Key_Return)
    keyboard(window, "", Qt.Key.Key_Return)
    keyboard(window, "", Qt.Key.Key_Return)
    assert _earned(gui_services, sara) == [(10, "9")]
    assert gui_services.till.waiting("counter-1").count == 0


def test_an_unknown_card_says_so_and_the_sale_still_waits(
    qtbot: QtBot, window: MainWindow, gui_services: Services, pos: Client, language: str
) -> None:
    counter = window.counter
    purchase_id = _post(pos, "sale-8812")
    banner = _wait_shown(qtbot, counter, purchase_id)
    scan(window, in_language(language, new_card_number()))
    assert counter.member_id is None
    assert counter.search_message.text()  # said where the cashier looks
    assert banner.isVisible() and banner.purchase is not None
    assert pos.get(f"/v1/pending/{purchase_id}").body["status"] == "waiting"


def test_esc_on_a_clear_counter_dismisses_it(
    qtbot: QtBot, window: MainWindow, gui_services: Services, pos: Client, language: str
) -> None:
    counter = window.counter
    first = _post(pos, "sale-1", receipt="1")
    second = _post(pos, "sale-2", receipt="2")
    banner = _wait_shown(qtbot, counter, first)
    assert in_language(language, "2") in plain(banner.detail.text())  # two wait
    counter.search.setFocus()
    keyboard(window, "", Qt.Key.Key_Escape)
    assert pos.get(f"/v1/pending/{first}").body["status"] == "cancelled"
    _wait_shown(qtbot, counter, second)  # the next one at once
    banner.dismiss_button.click()
    assert pos.get(f"/v1/pending/{second}").body["status"] == "cancelled"
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=3000)
