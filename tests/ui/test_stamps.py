"""The stamp card on the member panel, in English and Persian: circles filled for the
stamps the member has (from the right in Persian), the sentence under them, and a credit
typed at the counter filling the next circle."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.rewards import RewardUnit
from loyaltydesk.domain.stamps import StampRule
from loyaltydesk.i18n.digits import to_persian_digits
from loyaltydesk.services.views import MemberView
from loyaltydesk.ui.counter.stamps import FILLED, StampCircles
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.rules.dialogs import RewardDialog
from tests.conftest import FakeClock
from tests.ui.conftest import answer_next_dialog, plain, type_text
from tests.ui.test_rules import open_rules, retype


def stamp_club(services: Services, clock: FakeClock, visits: int) -> MemberView:
    rule = services.rules.earn_rule()
    services.rules.save(
        replace(rule, stamps=StampRule(min_purchase_rials=500_000)), actor=services.actor
    )
    services.rules.add_reward(
        "Free coffee", 10, "قهوهٔ رایگان", RewardUnit.STAMPS, actor=services.actor
    )
    member = services.membership.register(
        "reg-stamps", name="سارا محمدی", phone="09121234567", actor=services.actor
    ).member
    for day in range(visits):
        services.counter.credit_purchase(f"visit-{day}", member.id, 1_200_000, services.actor)
        clock.advance(days=1)
    return member


def colour_at(circles: StampCircles, index: int) -> QColor:
    image = circles.grab().toImage()
    centre = circles.centre(index)
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(centre.x() * ratio), int(centre.y() * ratio))


def shown(language: str, text: str) -> str:
    return to_persian_digits(text) if language == "fa" else text


def test_the_panel_shows_the_stamp_card_as_circles(
    qtbot: QtBot, window: MainWindow, gui_services: Services, clock: FakeClock, language: str
) -> None:
    member = stamp_club(gui_services, clock, visits=3)
    counter = window.counter
    counter.select_member(member.id)
    card = counter.panel.stamp_card
    assert card.isVisible() and card.circles.isVisible()
    assert (card.circles.filled, card.circles.total) == (3, 10)
    expected = (
        "3 of 10 stamps: 7 more for Free coffee"
        if language == "en"
        else "۳ از ۱۰ مهر: ۷ مهر دیگر تا قهوهٔ رایگان"
    )
    assert plain(card.text.text()) == expected

    circles = card.circles
    first, last = circles.centre(0), circles.centre(9)
    # The card fills as it is read: from the left in English, from the right in Persian.
    assert (first.x() < last.x()) == (language == "en")
    assert colour_at(circles, 0) == FILLED and colour_at(circles, 2) == FILLED
    assert colour_at(circles, 3) != FILLED and colour_at(circles, 9) != FILLED
    # The circles sit on the reading side of the panel too.
    left = circles.mapTo(counter.panel, circles.rect().topLeft()).x()
    right_gap = counter.panel.width() - (left + circles.width())
    assert (left < right_gap) == (language == "en")

    # A purchase typed at the counter fills the fourth circle at once.
    type_text(counter.amount, shown(language, "120000"))
    QTest.keyClick(counter.amount, Qt.Key.Key_Return)
    assert card.circles.filled == 4 and colour_at(card.circles, 3) == FILLED
    assert gui_services.membership.get(member.id).stamps == 4
    assert shown(language, "1") in counter.action_message.text()

    # A second visit the same day earns no stamp, and the cashier is told why.
    type_text(counter.amount, shown(language, "120000"))
    QTest.keyClick(counter.amount, Qt.Key.Key_Return)
    assert card.circles.filled == 4
    reason = "stamp limit for today reached" if language == "en" else "سقف مهر امروز"
    assert reason in counter.action_message.text()

    coffee = counter.findChild(QWidget, "reward3")
    assert coffee is not None and not coffee.isEnabled()  # 4 of 10: not yet


def test_a_full_card_gives_the_stamp_reward_by_its_key(
    qtbot: QtBot, window: MainWindow, gui_services: Services, clock: FakeClock, language: str
) -> None:
    member = stamp_club(gui_services, clock, visits=10)  # and 120 points
    counter = window.counter
    counter.select_member(member.id)
    card = counter.panel.stamp_card
    assert card.circles.filled == 10
    assert plain(card.text.text()) == (
        "10 of 10 stamps: Free coffee can be given now"
        if language == "en"
        else "۱۰ از ۱۰ مهر: قهوهٔ رایگان را می‌توان همین حالا داد"
    )
    coffee = counter.findChild(QWidget, "reward3")
    assert coffee is not None and coffee.isEnabled()
    answer_next_dialog(Qt.Key.Key_Return)  # "Give Free coffee for 10 stamps?" -> Yes
    QTest.keyClick(counter.amount, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    after = gui_services.membership.get(member.id)
    assert (after.stamps, after.balance) == (0, 120)  # the points stay
    qtbot.waitUntil(lambda: card.circles.filled == 0, timeout=2000)
    assert colour_at(card.circles, 0) != FILLED


def test_the_owner_turns_the_stamp_card_on_and_adds_a_stamp_reward(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    rules = open_rules(qtbot, window)
    settings = rules.stamp_settings
    assert not settings.enabled.isChecked() and not settings.minimum.isEnabled()
    rules.tabs.setCurrentWidget(settings)
    QTest.keyClick(settings.enabled, Qt.Key.Key_Space)
    assert settings.minimum.isEnabled()
    settings.minimum.setFocus()
    type_text(settings.minimum, shown(language, "50000"))
    retype(settings.per_day, shown(language, "2"))
    QTest.keyClick(settings.points, Qt.Key.Key_Space)  # stamps instead of points
    before = gui_services.rules.earn_rule().id
    answer_next_dialog(button=QMessageBox.StandardButton.Yes)
    rules.save_button.click()
    qtbot.waitUntil(lambda: gui_services.rules.earn_rule().id != before)
    saved = gui_services.rules.earn_rule()
    assert saved.stamps == StampRule(min_purchase_rials=500_000, per_day=2)
    assert not saved.points_enabled

    def reward(dialog: QWidget) -> None:
        assert isinstance(dialog, RewardDialog)
        type_text(dialog.name, "Free coffee")
        retype(dialog.cost, "10")
        dialog.unit.setCurrentIndex(dialog.unit.findData("stamps"))

    answer_next_dialog(then=reward)
    rules.findChild(QWidget, "addReward").click()  # type: ignore[union-attr]
    coffee = next(r for r in gui_services.rules.rewards() if r.name == "Free coffee")
    assert (coffee.cost, coffee.unit) == (10, RewardUnit.STAMPS)
    cost = rules.reward_table.item(2, 1)
    assert cost is not None
    assert cost.text() == shown(language, "10") + (" stamps" if language == "en" else " مهر")

    # Turning the card off again brings points back: a club always earns something.
    rules.load()
    QTest.keyClick(settings.enabled, Qt.Key.Key_Space)
    assert rules.draft().points_enabled and rules.draft().stamps is None


def test_the_details_statement_explains_each_stamp(
    qtbot: QtBot, window: MainWindow, gui_services: Services, clock: FakeClock, language: str
) -> None:
    member = stamp_club(gui_services, clock, visits=1)
    clock.advance(days=-1)  # back to the day of that visit
    second = gui_services.counter.credit_purchase(
        "same-day", member.id, 1_200_000, gui_services.actor
    )
    gui_services.counter.refund("back", gui_services.actor, purchase_id=second.purchase_id)
    window.counter.select_member(member.id)
    details: list[str] = []

    def look(dialog: QWidget) -> None:
        table = dialog.findChild(QTableWidget, "statementTable")
        assert table is not None
        for row in range(table.rowCount()):
            item = table.item(row, 4)
            details.append(item.text() if item is not None else "")

    answer_next_dialog(Qt.Key.Key_Escape, then=look)
    QTest.keyClick(window.counter.amount, Qt.Key.Key_F4)
    # Newest first: the refund (no stamp to take back), the same-day visit, the first visit.
    assert len(details) == 3
    if language == "en":
        assert "1 stamp: visit of 120,000 Toman" in details[2]
        assert "no stamp: stamp limit for today reached" in details[1]
    else:
        # (the thousands separator is left to the number formatting)
        assert "۱ مهر: خرید ۱۲۰" in details[2] and "۰۰۰ تومان" in details[2]
        assert "سقف مهر امروز پر شده است" in details[1]
