"""Coupons in the window, in English and in Persian: scanned at the counter with the purchase
they discount, refused with the reason, and issued, listed, voided by the owner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidgetSelectionRange, QWidget
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.coupons import CouponKind, CouponState, CouponTerms, new_coupon_code
from loyaltydesk.domain.errors import NotFound, Refused
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.printing.paper import DocumentKind
from loyaltydesk.services.report_tables import Cell, Column, Kind, Table
from loyaltydesk.services.views import CouponView, MemberView
from loyaltydesk.ui.coupons.issue_dialog import IssueCouponDialog
from loyaltydesk.ui.coupons.view import CouponsView
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.reports.members_dialog import MemberListDialog
from tests.ui.conftest import (
    answer_next_dialog,
    in_language,
    keyboard,
    member,
    plain,
    scan,
    type_text,
)

# 20% off, at most 30,000 Toman.
TWENTY = CouponTerms(CouponKind.PERCENT, percent=20, max_rials=300_000)


def personal(services: Services, who: MemberView, terms: CouponTerms = TWENTY) -> CouponView:
    return services.coupons.issue(terms, services.actor, member_id=who.id, valid_days=30)


def purchases(services: Services, who: MemberView) -> list[int]:
    """What each of the member's purchases recorded as paid, newest first."""
    return [v.amount_rials for v in services.membership.panel(who.id).recent_visits]


def persian(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text if not ch.isdigit())


def test_a_coupon_scanned_with_a_button_focused_discounts_the_purchase(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001")
    coupon = personal(gui_services, anna)
    counter = window.counter
    counter.select_member(anna.id)
    counter.details_button.setFocus()

    scan(window, in_language(language, coupon.code))

    strip = counter.coupon_strip
    assert strip.isVisible() and strip.coupon is not None and strip.coupon.code == coupon.code
    assert fold_digits(plain(strip.title.text())).count(coupon.code) == 1
    assert "Anna" in strip.details.text()
    keyboard(window, in_language(language, "100000"))  # Toman, before the discount
    # 20% of 100,000 Toman: 20,000 off, 80,000 to pay, 8 points (1 a 10,000 Toman).
    quote = fold_digits(plain(strip.quote.text())).replace("٬", ",")
    assert "20,000" in quote and "80,000" in quote and " 8 " in quote, quote
    assert gui_services.membership.get(anna.id).balance == 0  # nothing saved yet

    keyboard(window, key=Qt.Key.Key_Return)

    used = gui_services.coupons.find(coupon.code)
    assert used.state is CouponState.USED
    assert used.last_use is not None and used.last_use.discount_rials == 200_000
    assert purchases(gui_services, anna) == [800_000]  # what was paid
    assert gui_services.membership.get(anna.id).balance == 8
    assert not strip.isVisible()
    said = fold_digits(plain(counter.action_message.text())).replace("٬", ",")
    assert "20,000" in said and "80,000" in said  # the success line says the discount


def test_a_second_enter_after_a_coupon_credit_credits_nothing_more(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001")
    coupon = gui_services.coupons.issue(
        CouponTerms(CouponKind.AMOUNT, amount_rials=100_000), gui_services.actor, valid_days=5
    )  # an open coupon: anyone may use it
    counter = window.counter
    counter.select_member(anna.id)
    scan(window, in_language(language, coupon.code))
    keyboard(window, in_language(language, "50000"), Qt.Key.Key_Return)
    keyboard(window, key=Qt.Key.Key_Return)
    QTest.mouseClick(counter.credit_button, Qt.MouseButton.LeftButton)

    assert purchases(gui_services, anna) == [400_000]
    assert gui_services.coupons.find(coupon.code).coupon.uses == 1


def test_a_personal_coupon_scanned_with_nobody_on_screen_brings_its_member(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001")
    coupon = personal(gui_services, anna)
    counter = window.counter
    assert counter.member_id is None

    scan(window, in_language(language, coupon.code))

    assert counter.member_id == anna.id
    assert counter.coupon_strip.coupon is not None
    assert QApplication.focusWidget() is counter.amount


def test_a_used_coupon_is_refused_with_where_it_went_and_the_amount_stays(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001")
    coupon = personal(gui_services, anna)
    gui_services.counter.credit_purchase(
        "used-before", anna.id, 500_000, gui_services.actor, coupon=coupon.code
    )
    counter = window.counter
    counter.select_member(anna.id)
    keyboard(window, in_language(language, "70000"))
    qtbot.wait(80)  # a person's typing, then a scanner's burst

    scan(window, in_language(language, coupon.code))

    said = counter.search_message.text()
    with pytest.raises(Refused) as refused:  # the service's own refusal...
        gui_services.coupons.check(coupon.code, member_id=anna.id)
    assert refused.value.code == "coupon.used"
    # ...in the window's language: when, where and by whom it was used.
    assert said == error_text(refused.value, language, window.display.unit)
    if language == "fa":
        assert persian(said), said  # said in Persian, not in English with Persian digits
    assert not counter.coupon_strip.isVisible()
    assert counter.amount.text() == in_language(language, "70,000").replace(
        ",", "٬" if language == "fa" else ","
    )
    assert purchases(gui_services, anna) == [400_000]  # only the first purchase


def test_a_well_formed_code_nobody_has_and_a_mistyped_one_are_refused(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001")
    counter = window.counter
    counter.select_member(anna.id)
    unknown = new_coupon_code()
    scan(window, in_language(language, unknown))
    said = counter.search_message.text()
    assert said == error_text(NotFound("coupon.unknown", coupon=unknown), language)
    if language == "fa":
        assert persian(said), said
    assert counter.member_id == anna.id and counter.coupon_strip.coupon is None

    # A slip of the hand: typed into the search field (as the cashier reads it off the
    # coupon), one digit wrong, then Enter.
    mistyped = unknown[:-1] + str((int(unknown[-1]) + 1) % 10)
    counter.search.setFocus()
    type_text(counter.search, in_language(language, mistyped))
    assert counter.results.isHidden()  # no member search for a coupon's shape
    QTest.keyClick(counter.search, Qt.Key.Key_Return)
    assert fold_digits(plain(counter.search_message.text())).count(mistyped) == 1
    if language == "fa":
        assert persian(counter.search_message.text())
    assert counter.coupon_strip.coupon is None
    assert purchases(gui_services, anna) == []


def test_escape_takes_the_coupon_off_and_keeps_the_member_and_amount(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001")
    coupon = personal(gui_services, anna)
    counter = window.counter
    counter.select_member(anna.id)
    scan(window, in_language(language, coupon.code))
    keyboard(window, in_language(language, "100000"))

    keyboard(window, key=Qt.Key.Key_Escape)

    assert counter.coupon_strip.coupon is None and counter.member_id == anna.id
    keyboard(window, key=Qt.Key.Key_Return)
    assert purchases(gui_services, anna) == [1_000_000]  # the whole amount, no discount
    assert gui_services.coupons.find(coupon.code).state is CouponState.ACTIVE


def test_the_counter_with_a_coupon_fits_a_small_screen(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001", points=30)
    coupon = personal(gui_services, anna)
    window.resize(1024, 600)
    counter = window.counter
    counter.select_member(anna.id)
    scan(window, in_language(language, coupon.code))
    keyboard(window, in_language(language, "100000"))
    QApplication.processEvents()
    assert (window.width(), window.height()) == (1024, 600)
    for widget in (
        counter.coupon_strip,
        counter.coupon_strip.quote,
        counter.coupon_strip.remove_button,
        counter.amount,
        counter.credit_button,
    ):
        assert widget.isVisible(), widget.objectName()
        inside(window, widget)


def inside(window: QWidget, widget: QWidget) -> None:
    for x, y in ((0, 0), (widget.width(), widget.height())):
        at = widget.mapTo(window, QPoint(x, y))
        assert 0 <= at.x() <= window.width() and 0 <= at.y() <= window.height(), widget


# -- the Coupons part --------------------------------------------------------------------


def open_coupons(qtbot: QtBot, window: MainWindow) -> None:
    keyboard(window, key=Qt.Key.Key_F11)
    assert window.coupons is not None
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.coupons)


def cell_code(view: CouponsView, row: int) -> str:
    item = view.table.item(row, 0)
    assert item is not None
    return fold_digits(plain(item.text()))


def test_an_open_sheet_is_issued_listed_and_one_of_it_voided(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    open_coupons(qtbot, window)
    view = window.coupons
    assert view is not None
    asked: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, IssueCouponDialog)
        dialog.to_sheet.setChecked(True)
        dialog.count.setValue(4)
        dialog.kind.setCurrentIndex(1)  # an amount off
        dialog.amount_off.setText(in_language(language, "50000"))
        dialog.amount_off.setFocus()
        # Then "4 coupons issued. Print them now?": not now.
        answer_next_dialog(
            then=lambda box: asked.append(plain(box.findChild(QWidget, "qt_msgbox_label").text())),  # type: ignore[union-attr]
            button=QMessageBox.StandardButton.No,
        )

    answer_next_dialog(then=fill)
    QTest.mouseClick(view.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked))

    made = gui_services.coupons.listing()
    assert len(made) == 4
    assert all(c.coupon.member_id is None and c.coupon.terms.amount_rials == 500_000 for c in made)
    assert view.table.rowCount() == 4
    codes = {cell_code(view, r) for r in range(4)}
    assert codes == {c.code for c in made}

    view.table.setRangeSelected(QTableWidgetSelectionRange(0, 0, 0, 7), True)
    victim = view.shown[0].code
    answer_next_dialog(button=QMessageBox.StandardButton.Yes)
    QTest.mouseClick(view.void_button, Qt.MouseButton.LeftButton)
    assert gui_services.coupons.find(victim).state is CouponState.VOIDED
    assert sum(c.state is CouponState.VOIDED for c in gui_services.coupons.listing()) == 1
    # The list filtered to voided coupons shows just that one.
    view.state.setCurrentIndex(view.state.findData(CouponState.VOIDED.value))
    assert view.table.rowCount() == 1
    assert cell_code(view, 0) == victim


def test_report_members_get_a_coupon_each_from_the_list(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001")
    ben = member(gui_services, "Ben", "09121110002")
    table = Table(
        "Champions",
        (Column("Name", Kind.TEXT),),
        ((Cell("Anna", "Anna"),), (Cell("Ben", "Ben"),)),
        row_keys=(anna.id, ben.id),
    )
    dialog = MemberListDialog(
        table, window.display, window.open_details, window, give_coupon=window.give_coupons
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.member_ids() == [anna.id, ben.id]  # none selected: everyone listed
    answered: list[bool] = []

    def fill(issue: QWidget) -> None:
        assert isinstance(issue, IssueCouponDialog)
        assert "2" in fold_digits(issue.preset_label.text())
        issue.percent.setValue(15)
        answer_next_dialog(
            then=lambda _box: answered.append(True), button=QMessageBox.StandardButton.No
        )

    answer_next_dialog(then=fill)
    QTest.mouseClick(dialog.coupon_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(answered))
    given = gui_services.coupons.listing()
    assert sorted(c.coupon.member_id or 0 for c in given) == sorted([anna.id, ben.id])
    assert all(c.coupon.terms.percent == 15 for c in given)


def test_a_member_found_by_phone_gets_a_reward_coupon_until_a_day_in_the_shops_calendar(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001")
    meal = next(r for r in gui_services.rules.rewards() if r.name == "Free meal")
    dialog = IssueCouponDialog(
        gui_services.coupons,
        gui_services.membership,
        gui_services.rules.rewards,
        window.display,
        window.session,
        window,
    )
    qtbot.addWidget(dialog)
    type_text(dialog.member_search, in_language(language, "0001"))  # the phone's last digits
    assert dialog.member_choice.count() == 1
    dialog.kind.setCurrentIndex(1)  # an amount off, left empty: refused, nothing made
    dialog.issue()
    assert dialog.message.text() and not gui_services.coupons.listing()

    dialog.kind.setCurrentIndex(2)
    dialog.reward.setCurrentIndex(dialog.reward.findData(meal.id))
    dialog.last_day.known.setChecked(True)
    last = gui_services.coupons.today().replace(day=28)
    if last <= gui_services.coupons.today():
        last = last.replace(month=last.month % 12 + 1, year=last.year + (last.month == 12))
    dialog.last_day.edit.setText(window.display.day(last))  # Jalali in Persian
    dialog.issue()

    assert dialog.result() == dialog.DialogCode.Accepted
    (made,) = gui_services.coupons.listing()
    assert made.coupon.member_id == anna.id and made.coupon.terms.reward_id == meal.id
    assert made.coupon.valid_until == last


def test_selected_coupons_print_one_on_note_paper_several_as_a_sheet(
    qtbot: QtBot, window: MainWindow, gui_services: Services
) -> None:
    gui_services.coupons.issue_many(TWENTY, gui_services.actor, count=5, valid_days=9)
    open_coupons(qtbot, window)
    view = window.coupons
    assert view is not None and view.table.rowCount() == 5
    previews: list[QWidget] = []
    for rows in (1, 5):
        view.table.clearSelection()
        view.table.setRangeSelected(QTableWidgetSelectionRange(0, 0, rows - 1, 7), True)
        answer_next_dialog(Qt.Key.Key_Escape, then=previews.append)
        QTest.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    kinds = [(p.document.kind, p.document.pages) for p in previews]  # type: ignore[attr-defined]
    assert kinds == [(DocumentKind.COUPON, 1), (DocumentKind.SHEET, 2)]


def test_a_coupon_typed_by_hand_keeps_the_member_being_served(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001")
    coupon = gui_services.coupons.issue(
        CouponTerms(CouponKind.AMOUNT, amount_rials=100_000), gui_services.actor, valid_days=5
    )  # an open coupon: it brings no member of its own
    counter = window.counter
    counter.select_member(anna.id)
    # The cashier reads the code off the paper and types it where a coupon is typed, a key
    # at a time, slower than a scanner's burst (keys under 50 ms apart are a scan: at 5 ms a
    # loaded machine's one late key split the "typing" into a burst whose last 12 digits
    # read as an unknown card).
    QTest.mouseClick(counter.search, Qt.MouseButton.LeftButton)
    for digit in in_language(language, coupon.code):
        type_text(counter.search, digit)
        qtbot.wait(80)
        assert counter.member_id == anna.id, counter.search.text()
        assert counter.panel.isVisible()
    QTest.keyClick(counter.search, Qt.Key.Key_Return)

    assert counter.member_id == anna.id
    assert counter.coupon_strip.coupon is not None
    assert counter.coupon_strip.coupon.code == coupon.code
    keyboard(window, in_language(language, "50000"), Qt.Key.Key_Return)
    assert purchases(gui_services, anna) == [400_000]
