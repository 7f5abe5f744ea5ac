"""What a new cashier ran into in the first ten minutes, driven the way they did it: keys
sent to the window (so they reach whatever has focus), scanner bursts, clicks, Enter."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.cards import new_card_number
from loyaltydesk.domain.errors import StorageError
from loyaltydesk.domain.rewards import RewardUnit
from loyaltydesk.domain.tiers import Tier, TierPolicy
from loyaltydesk.i18n.bidi import RLM
from loyaltydesk.i18n.digits import fold_digits, to_persian_digits
from loyaltydesk.services.views import MemberView
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.scanner import ScannerFilter
from tests.conftest import FakeClock
from tests.ui.conftest import (
    answer_next_dialog,
    in_language,
    keyboard,
    member,
    scan,
    type_text,
)


def earned(services: Services, who: MemberView) -> list[int]:
    return [ln.points for ln in services.membership.statement(who.id).lines]


def _question(dialog: QWidget) -> str:
    label = dialog.findChild(QLabel, "qt_msgbox_label")
    assert label is not None
    return label.text()


def no_question_expected(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        raise AssertionError("the cashier was asked a question that should not be asked")

    monkeypatch.setattr(QMessageBox, "question", refuse)


# -- 1. a scan is taken once, wherever focus is -------------------------------------------


@pytest.mark.parametrize("focus", ["print button", "details button", "tab bar", "credit button"])
def test_a_scan_with_a_button_focused_shows_the_member_once_and_the_amount_still_works(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str, focus: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001", points=5)
    ben = member(gui_services, "Ben", "09121110002")
    counter = window.counter
    counter.select_member(anna.id)
    targets: dict[str, QWidget] = {
        "print button": counter.print_button,
        "details button": counter.details_button,
        "tab bar": window.tabs.tabBar(),
        "credit button": counter.credit_button,
    }
    targets[focus].setFocus()
    assert QApplication.focusWidget() is targets[focus]
    seen: list[str] = []
    filters = window.findChildren(ScannerFilter)
    assert len(filters) == 1
    filters[0].scanned.connect(seen.append)

    scan(window, in_language(language, ben.card or ""))

    assert seen == [ben.card]  # one scan, not one per widget the key passed through
    assert counter.member_id == ben.id
    keyboard(window, in_language(language, "50000"), Qt.Key.Key_Return)
    assert earned(gui_services, ben) == [5]
    assert earned(gui_services, anna) == [5]


# -- 2. a failed scan or search leaves nobody to credit -----------------------------------


@pytest.mark.parametrize("card", ["unknown", "mistyped"])
def test_a_card_that_finds_nobody_clears_the_customer_before(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str, card: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001")
    counter = window.counter
    counter.select_member(anna.id)
    keyboard(window, in_language(language, "80000"), Qt.Key.Key_Return)
    assert earned(gui_services, anna) == [8]
    assert counter.action_message.text()  # "+8 points — balance 8"
    real = anna.card or ""
    code = (
        new_card_number()
        if card == "unknown"
        else real[:-1] + str((int(real[-1]) + 1) % 10)  # one digit read wrong
    )

    scan(window, in_language(language, code))
    keyboard(window, in_language(language, "80000"), Qt.Key.Key_Return)

    assert counter.member_id is None
    assert earned(gui_services, anna) == [8]  # nothing went to Anna
    assert counter.search_message.text()  # the red "No member has card …"
    assert not counter.action_message.text()  # the old green line is gone
    assert not counter.panel.name.isVisible()
    assert not counter.amount.isEnabled()


def test_a_search_that_finds_nobody_clears_the_customer_before(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001")
    counter = window.counter
    counter.select_member(anna.id)
    type_text(counter.amount, in_language(language, "80000"))
    counter.search.setFocus()
    type_text(counter.search, "zzqx")
    assert counter.member_id is None
    assert counter.amount.text() == ""
    assert counter.search.text() == "zzqx"  # what was typed stays, to be corrected


# -- 3. a second click or Enter after a success does not invite a second credit ----------


def test_a_double_click_on_credit_credits_once_and_keeps_the_result(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001")
    counter = window.counter
    counter.select_member(anna.id)
    type_text(counter.amount, in_language(language, "100000"))
    QTest.mouseClick(counter.credit_button, Qt.MouseButton.LeftButton)
    result = counter.action_message.text()
    QTest.mouseDClick(counter.credit_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(counter.credit_button, Qt.MouseButton.LeftButton)
    assert counter.action_message.text() == result  # still "+10 points — balance 10"
    assert not counter.amount.hasFocus()  # no invitation to type the amount again
    keyboard(window, key=Qt.Key.Key_Return)
    assert counter.action_message.text() == result
    assert earned(gui_services, anna) == [10]


def test_an_extra_enter_after_a_redemption_keeps_its_confirmation(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001", points=50)
    counter = window.counter
    counter.select_member(anna.id)
    answer_next_dialog(Qt.Key.Key_Return)  # "Give a free drink?" -> Yes
    QTest.keyClick(counter.amount, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    given = counter.action_message.text()
    assert given
    keyboard(window, key=Qt.Key.Key_Return)
    keyboard(window, key=Qt.Key.Key_Return)
    assert counter.action_message.text() == given
    assert earned(gui_services, anna) == [50, -40]


# -- 5. names in the display language, sentences in its direction -------------------------


def test_ctrl_number_for_a_reward_out_of_reach_says_so_at_once_in_the_right_words(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: Services,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    anna = member(gui_services, "Anna", "09121110001", points=25)
    counter = window.counter
    counter.select_member(anna.id)
    no_question_expected(monkeypatch)
    QTest.keyClick(counter.amount, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    said = counter.action_message.text()
    assert in_language(language, "75") in said
    assert earned(gui_services, anna) == [25]
    if language == "fa":
        assert "غذای رایگان" in said and "Free meal" not in said
        assert said.startswith(RLM)  # a Persian sentence reads right to left


def test_a_persian_message_starting_with_latin_text_reads_right_to_left(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    counter = window.counter
    type_text(counter.search, "xyz")
    said = counter.search_message.text()
    assert said
    if language == "fa":
        assert said.startswith(RLM)
    else:
        assert not said.startswith(RLM)


def test_the_undo_question_names_the_reward_in_the_display_language(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001", points=50)
    counter = window.counter
    counter.select_member(anna.id)
    answer_next_dialog(Qt.Key.Key_Return)
    QTest.keyClick(counter.amount, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # back at the counter
    asked: list[str] = []
    answer_next_dialog(
        then=lambda d: asked.append(_question(d)),
        button=QMessageBox.StandardButton.No,
    )
    QTest.keyClick(counter.amount, Qt.Key.Key_F8)
    expected = "نوشیدنی رایگان" if language == "fa" else "Free drink"
    assert expected in asked[0]


# -- 7. a small POS screen -----------------------------------------------------------------


TIERS = TierPolicy(
    tiers=(
        Tier("silver", "Silver", "نقره‌ای", 1_000_000, 100),
        Tier("gold", "Gold", "طلایی", 20_000_000, 150),
    )
)


def _busiest_member(services: Services, clock: FakeClock) -> MemberView:
    """Tier, expiry, a birthday this week, many visits and every reward: the tallest panel."""
    services.rules.save(
        replace(services.rules.earn_rule(), tier_policy=TIERS, expiry_months=12),
        actor=services.actor,
    )
    for n in range(3, 10):
        services.rules.add_reward(
            f"Reward number {n} with a long name", 40 + n, f"جایزهٔ {n}", actor=services.actor
        )
    anna = services.membership.register(
        "reg-busy",
        name="Anna Maria Longname-Smith",
        phone="09121110001",
        birthday=dt.date(1990, 11, 28),
        actor=services.actor,
    ).member
    for day in range(12):
        clock.advance(days=1)
        services.counter.credit_purchase(f"busy-{day}", anna.id, 1_500_000, services.actor)
    return anna


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_everything_is_reachable_on_a_small_screen_and_the_window_does_not_grow(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: Services,
    clock: FakeClock,
    size: tuple[int, int],
) -> None:
    anna = _busiest_member(gui_services, clock)
    width, height = size
    window.resize(width, height)
    counter = window.counter
    counter.select_member(anna.id)
    type_text(counter.search, "Ann")  # the search list opens too
    QApplication.processEvents()
    assert counter.results.isVisible()
    assert (window.width(), window.height()) == size
    assert window.minimumSizeHint().height() <= height
    frame = window.rect()
    for widget in (
        counter.amount,
        counter.credit_button,
        counter.details_button,
        counter.print_button,
        counter.undo_button,
    ):
        top_left = widget.mapTo(window, widget.rect().topLeft())
        bottom_right = widget.mapTo(window, widget.rect().bottomRight())
        assert widget.isVisible()
        assert frame.contains(top_left) and frame.contains(bottom_right), widget.objectName()
    assert counter.panel.visits.text().count("\n") + 1 >= 3  # some of the last visits


def test_a_big_screen_shows_more_of_the_member(
    qtbot: QtBot, window: MainWindow, gui_services: Services, clock: FakeClock
) -> None:
    anna = _busiest_member(gui_services, clock)
    counter = window.counter
    counter.select_member(anna.id)
    window.resize(1024, 600)
    QApplication.processEvents()
    small_visits = counter.panel.visits.text().count("\n") + 1
    small_balance = counter.panel.balance.font().pointSizeF()
    window.resize(1920, 1080)
    QApplication.processEvents()
    assert counter.panel.visits.text().count("\n") + 1 > small_visits
    assert counter.panel.balance.font().pointSizeF() > small_balance


# -- 9. the amount field keeps what was typed and says what is wrong with it -------------


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("-5000", "-5000"), ("12.5", "12.5"), ("۱۲٫۵", "۱۲٫۵"), ("9" * 30, None)],
)
def test_an_amount_that_is_not_a_whole_positive_number_is_refused_as_typed(
    qtbot: QtBot, window: MainWindow, gui_services: Services, typed: str, kept: str | None
) -> None:
    anna = member(gui_services, "Anna", "09121110001")
    counter = window.counter
    counter.select_member(anna.id)
    type_text(counter.amount, typed)
    if kept is not None:
        # Not silently "5,000" or "125" (the digits typed before the "." show in the
        # language's digits as the cashier types).
        assert fold_digits(counter.amount.text()) == fold_digits(kept)
    else:  # every digit shown, in whole groups
        assert counter.amount.text().replace(",", "").replace("٬", "") in (
            typed,
            to_persian_digits(typed),
        )
    QTest.keyClick(counter.amount, Qt.Key.Key_Return)
    assert counter.action_message.text()
    assert earned(gui_services, anna) == []


# -- 10. a scan never lands in a form's number field ------------------------------------


def test_a_scan_over_the_rules_part_keeps_the_field_and_offers_the_counter(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001")
    rules = window.rules
    assert rules is not None
    window.tabs.setCurrentWidget(rules)
    field = rules.step
    before = field.text()
    field.setFocus()
    asked: list[str] = []
    answer_next_dialog(
        then=lambda d: asked.append(_question(d)),
        button=QMessageBox.StandardButton.Yes,
    )
    scan(window, in_language(language, anna.card or ""))
    assert field.text() == before  # not ۱۰٬۰۰۰٬۷۶۳٬۳۱۴…
    assert "Anna" in asked[0]
    assert window.tabs.currentWidget() is window.counter
    assert window.counter.member_id == anna.id


def test_a_scan_while_a_question_is_open_does_not_answer_it(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001", points=50)
    ben = member(gui_services, "Ben", "09121110002")
    counter = window.counter
    counter.select_member(anna.id)

    def scan_then_refuse(dialog: QWidget) -> None:
        scan(dialog, in_language(language, ben.card or ""))  # the scanner's Enter
        assert dialog.isVisible()  # the question is still waiting for the cashier

    answer_next_dialog(then=scan_then_refuse, button=QMessageBox.StandardButton.No)
    QTest.keyClick(counter.amount, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert earned(gui_services, anna) == [50]  # no free drink given by a scan


# -- 11. smaller things -------------------------------------------------------------------


def test_an_undone_purchase_leaves_the_last_visits(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001")
    counter = window.counter
    counter.select_member(anna.id)
    keyboard(window, in_language(language, "123000"), Qt.Key.Key_Return)
    assert in_language(language, "123") in counter.panel.visits.text()
    answer_next_dialog(button=QMessageBox.StandardButton.Yes)
    QTest.keyClick(counter.amount, Qt.Key.Key_F8)
    assert earned(gui_services, anna) == [12, -12]
    assert in_language(language, "123") not in counter.panel.visits.text()


def test_an_empty_reward_catalogue_is_not_called_every_reward_within_reach(
    qtbot: QtBot, window: MainWindow, gui_services: Services
) -> None:
    for reward in gui_services.rules.rewards():
        gui_services.rules.update_reward(replace(reward, active=False), actor=gui_services.actor)
    anna = member(gui_services, "Anna", "09121110001")
    window.counter.select_member(anna.id)
    shown = window.counter.panel.progress_text.text()
    assert shown
    assert shown != window.counter.panel.tr("Every reward is within reach.")
    assert not window.counter.panel.progress.isVisible()


# -- 14. a database server that does not answer ---------------------------------------


def test_a_server_that_does_not_answer_is_said_calmly_and_the_retry_credits_once(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: Services,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    anna = member(gui_services, "Anna", "09121110001")
    counter = window.counter
    real = gui_services.counter.credit_purchase
    calls: list[str] = []

    def server_gone_once(op_id: str, *args: object, **kwargs: object) -> object:
        calls.append(op_id)
        if len(calls) == 1:
            raise StorageError("database.unreachable", server="db.shop:5432", database="club")
        return real(op_id, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(gui_services.counter, "credit_purchase", server_gone_once)
    counter.select_member(anna.id)
    keyboard(window, in_language(language, "70000"), Qt.Key.Key_Return)
    status = window.statusBar().currentMessage()
    assert "db.shop:5432" in status
    assert "db.shop:5432" in counter.action_message.text()
    assert earned(gui_services, anna) == []
    keyboard(window, key=Qt.Key.Key_Return)  # the server answers again: the cashier retries
    assert calls[0] == calls[1]  # the same operation, so it can never count twice
    assert earned(gui_services, anna) == [7]
    assert window.statusBar().currentMessage() == ""


def test_a_catalogue_of_stamp_rewards_only_is_not_called_within_reach(
    qtbot: QtBot, window: MainWindow, gui_services: Services
) -> None:
    for reward in gui_services.rules.rewards():
        gui_services.rules.update_reward(replace(reward, active=False), actor=gui_services.actor)
    gui_services.rules.add_reward(
        "Free coffee", 10, "قهوهٔ رایگان", RewardUnit.STAMPS, actor=gui_services.actor
    )
    anna = member(gui_services, "Anna", "09121110001")
    window.counter.select_member(anna.id)
    panel = window.counter.panel
    assert not panel.progress.isVisible()
    assert panel.progress_text.text() != panel.tr("Every reward is within reach.")
