"""The Coupons part after the newcomer's report: only usable coupons print, a used one is
not voided, every column is in sight on a small screen; the issue dialog's fields."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QTableWidgetSelectionRange,
    QWidget,
)
from pytestqt.qtbot import QtBot

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.coupons import CouponKind, CouponState, CouponTerms
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.services.report_ports import MemberFilter, MemberSet
from loyaltydesk.services.report_views import MemberLine, MemberList
from loyaltydesk.ui.coupons.issue_dialog import IssueCouponDialog
from loyaltydesk.ui.coupons.view import CAMPAIGN, CouponsView
from loyaltydesk.ui.main_window import MainWindow
from loyaltydesk.ui.reports.layout import member_table
from tests.ui.conftest import (
    answer_next_dialog,
    in_language,
    keyboard,
    member,
    plain,
    scan,
    type_text,
)

TEN = CouponTerms(CouponKind.PERCENT, percent=10)


def open_coupons(qtbot: QtBot, window: MainWindow) -> CouponsView:
    keyboard(window, key=Qt.Key.Key_F11)
    view = window.coupons
    assert view is not None
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is view)
    return view


def select_rows(view: CouponsView, codes: set[str]) -> None:
    view.table.clearSelection()
    for row, coupon in enumerate(view.shown):
        if coupon.code in codes:
            view.table.setRangeSelected(QTableWidgetSelectionRange(row, 0, row, 7), True)


def test_print_leaves_out_a_voided_coupon_and_says_why(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    made = gui_services.coupons.issue_many(TEN, gui_services.actor, count=3, valid_days=9)
    gui_services.coupons.void(made[0].code, gui_services.actor)
    view = open_coupons(qtbot, window)
    printed: list[list[str]] = []
    # What would go to the printer: the codes on paper (the print dialog is the printing
    # part's, tested there).
    view._print = lambda coupons: printed.append([c.code for c in coupons])
    select_rows(view, {c.code for c in made})
    QTest.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert printed == [sorted([made[1].code, made[2].code], key=[c.code for c in view.shown].index)]
    said = fold_digits(plain(view.message.text()))
    assert made[0].code in said

    # Only the voided one chosen: nothing is printed, the reason is said.
    select_rows(view, {made[0].code})
    QTest.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert len(printed) == 1
    assert made[0].code in fold_digits(plain(view.message.text()))


def test_a_used_coupon_cannot_be_voided_from_the_list(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001")
    coupon = gui_services.coupons.issue(TEN, gui_services.actor, member_id=anna.id, valid_days=9)
    gui_services.counter.credit_purchase(
        "c-1", anna.id, 1_000_000, gui_services.actor, coupon=coupon.code
    )
    view = open_coupons(qtbot, window)
    select_rows(view, {coupon.code})
    assert not view.void_button.isEnabled()
    view.void_selected()  # even asked directly (a shortcut): refused, said, nothing changed
    assert gui_services.coupons.find(coupon.code).state is CouponState.USED
    assert coupon.code in fold_digits(plain(view.message.text()))


def test_every_column_of_the_list_is_in_sight_at_1024_pixels(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    anna = member(gui_services, "Anna Margaretha Vandersteen-Koolhoven", "09121110001")
    flyer = gui_services.coupons.issue(
        CouponTerms(
            CouponKind.PERCENT, percent=20, max_rials=3_000_000, min_purchase_rials=9_000_000
        ),
        gui_services.actor,
        uses=5,
        valid_days=9,
    )
    gui_services.counter.credit_purchase(
        "c-1", anna.id, 10_000_000, gui_services.actor, coupon=flyer.code
    )
    for width in (1100, 1024):
        window.resize(width, 600)
        view = open_coupons(qtbot, window)
        view.refresh()
        QApplication.processEvents()
        header = view.table.horizontalHeader()
        start = header.sectionViewportPosition(CAMPAIGN)
        end = start + header.sectionSize(CAMPAIGN)
        assert start >= 0 and end <= view.table.viewport().width() + 1, (width, start, end)
        title = view.table.horizontalHeaderItem(CAMPAIGN)
        assert title is not None  # the column's title is readable, not cut to a sliver
        assert header.sectionSize(CAMPAIGN) >= header.fontMetrics().horizontalAdvance(title.text())
        inside = view.table.viewport().mapTo(window, QPoint(end - 1, 0))
        assert inside.x() <= window.width()


def test_the_issue_dialog_tells_members_apart_and_names_the_money_unit(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    for phone in ("09121110001", "09121110002", "09121110003"):
        member(gui_services, "پویا نوری", phone)
    dialog = IssueCouponDialog(
        gui_services.coupons,
        gui_services.membership,
        gui_services.rules.rewards,
        window.display,
        window.session,
        window,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.member_search, in_language(language, "0912"))
    choice = dialog.member_choice
    texts = [choice.itemText(i) for i in range(choice.count())]
    assert len(texts) == 3 and len(set(texts)) == 3
    metrics = choice.fontMetrics()
    # Each match whole in the closed drop-down: name, masked phone and the card's end.
    assert all(metrics.horizontalAdvance(t) < choice.width() - 20 for t in texts), (
        choice.width(),
        [metrics.horizontalAdvance(t) for t in texts],
    )
    hits = gui_services.membership.find("0912", limit=10)
    for text, hit in zip(texts, hits, strict=True):
        assert fold_digits(plain(text)).endswith((hit.member.card or "")[-4:]), text

    dialog.kind.setCurrentIndex(1)  # an amount off
    QApplication.processEvents()
    # The amount field is one line tall, not stretched over the dialog's spare height.
    assert dialog.amount_off.height() <= 2 * dialog.min_purchase.sizeHint().height()
    unit = {"en": "Toman", "fa": "تومان"}[language]  # the shop's unit, in the language
    labels = dialog.findChildren(QLabel, "couponMoneyUnit")
    assert len(labels) == 3 and all(label.text() == unit for label in labels)
    assert any(label.isVisible() for label in labels)


def test_report_member_lists_show_phones_as_dialled(window: MainWindow, language: str) -> None:
    line = MemberLine(
        id=1,
        name="پویا نوری",
        phone="+989121110001",
        tier_code=None,
        joined_on=dt.date(2026, 1, 5),
        last_visit=dt.date(2026, 11, 20),
        visits=9,
        purchases=4,
        spend_rials=2_500_000,
        year_spend_rials=6_000_000,
        clv_rials=None,
    )
    table = member_table(MemberList(MemberFilter(MemberSet.PURCHASERS), 1, (line,)), window.display)
    (row,) = table.rows
    phone = row[1]
    # 09… as on the counter and in details: no "+" to land on the wrong side in Persian.
    assert fold_digits(plain(phone.shown)) == "09121110001"
    assert phone.value == "+989121110001"  # exports keep the stored form


def test_a_reward_coupon_at_the_counter_says_what_it_gives_and_undo_gives_it_back(
    qtbot: QtBot, window: MainWindow, gui_services: Services, language: str
) -> None:
    anna = member(gui_services, "Anna", "09121110001")
    meal = next(r for r in gui_services.rules.rewards() if r.name == "Free meal")
    coupon = gui_services.coupons.issue(
        CouponTerms(CouponKind.REWARD, reward_id=meal.id),
        gui_services.actor,
        member_id=anna.id,
        valid_days=9,
    )
    counter = window.counter
    counter.select_member(anna.id)
    scan(window, in_language(language, coupon.code))
    keyboard(window, in_language(language, "50000"))
    name = meal.display_name(language)
    quote = plain(counter.coupon_strip.quote.text())
    assert name in quote and "0" not in fold_digits(quote).split(name)[0], quote
    keyboard(window, key=Qt.Key.Key_Return)
    said = plain(counter.action_message.text())
    assert name in said and gui_services.coupons.find(coupon.code).state is CouponState.USED

    asked: list[str] = []
    answer_next_dialog(
        then=lambda box: asked.append(plain(box.findChild(QWidget, "qt_msgbox_label").text())),  # type: ignore[union-attr]
        button=QMessageBox.StandardButton.No,
    )
    keyboard(window, key=Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: bool(asked))
    # The question names the coupon that the undo gives back (a personal one-use coupon).
    assert coupon.code in fold_digits(asked[0]), asked
