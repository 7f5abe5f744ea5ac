"""The coupon scanned for the purchase being entered: what it gives, for whom, until when,
and what the purchase typed comes to with it. A small × (or Esc) takes it off again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QToolButton, QWidget

from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import is_one
from loyaltydesk.services.views import CouponView, CreditQuote
from loyaltydesk.ui.labels import coupon_terms_text

OK_STYLE = "color: #1b5e20; font-weight: bold;"
BAD_STYLE = "color: #b3261e; font-weight: bold;"


class CouponStrip(QFrame):
    removed = Signal()

    def __init__(self, display: Display, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._display = display
        self.setObjectName("couponStrip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A coupon on the purchase must not go unnoticed: a warm band, not another grey row.
        self.setStyleSheet(
            "#couponStrip { background: #fff4d6; border: 1px solid #d9a400; border-radius: 4px; }"
        )
        self.title = QLabel()
        self.title.setObjectName("couponTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.details = QLabel()
        self.details.setObjectName("couponDetails")
        self.details.setWordWrap(True)
        self.quote = QLabel()
        self.quote.setObjectName("couponQuote")
        self.quote.setWordWrap(True)
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("removeCoupon")
        self.remove_button.setText("×")
        self.remove_button.setToolTip(self.tr("Take the coupon off this purchase (Esc)"))
        self.remove_button.setAutoRaise(True)
        # The cashier's keyboard stays in the amount field; the × is for the mouse.
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_button.clicked.connect(self.removed.emit)
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.title, 0, 0)
        layout.addWidget(self.remove_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.details, 1, 0, 1, 2)
        layout.addWidget(self.quote, 2, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self.coupon: CouponView | None = None
        self.hide()

    def show_coupon(self, coupon: CouponView) -> None:
        d = self._display
        self.coupon = coupon
        self.title.setText(
            d.sentence(
                self.tr("Coupon {code}: {terms}").format(
                    code=d.code(coupon.code),
                    terms=d.text(
                        coupon_terms_text(
                            coupon.coupon.terms, coupon.reward, d.language, d.currency
                        )
                    ),
                )
            )
        )
        whom = (
            self.tr("for {name}").format(name=d.text(coupon.member_name))
            if coupon.member_name is not None
            else self.tr("for anyone ({uses} uses left)").format(uses=d.n(coupon.uses_left))
        )
        self.details.setText(
            d.sentence(
                self.tr("{whom}, valid until {day}").format(
                    whom=whom, day=d.day_long(coupon.coupon.valid_until)
                )
            )
        )
        self.quote.clear()
        self.show()

    def show_quote(self, quote: CreditQuote) -> None:
        d = self._display
        reward = self.coupon.reward if self.coupon is not None else None
        if reward is not None:
            # A catalogue reward takes nothing off the purchase: "0 off" would mislead.
            text = (
                self.tr("Gives {reward}, to pay {paid}, earns {points} point")
                if is_one(quote.points)
                else self.tr("Gives {reward}, to pay {paid}, earns {points} points")
            ).format(
                reward=d.text(reward.display_name(d.language)),
                paid=d.money(quote.paid_rials),
                points=d.n(quote.points),
            )
            self._say(text, ok=True)
            return
        text = (
            self.tr("Discount {discount}, to pay {paid}, earns {points} point")
            if is_one(quote.points)
            else self.tr("Discount {discount}, to pay {paid}, earns {points} points")
        ).format(
            discount=d.money(quote.discount_rials),
            paid=d.money(quote.paid_rials),
            points=d.n(quote.points),
        )
        self._say(text, ok=True)

    def show_hint(self, text: str, *, ok: bool) -> None:
        self._say(text, ok=ok)

    def _say(self, text: str, *, ok: bool) -> None:
        self.quote.setStyleSheet(OK_STYLE if ok else BAD_STYLE)
        self.quote.setText(self._display.sentence(text))

    def clear_coupon(self) -> None:
        self.coupon = None
        self.title.clear()
        self.details.clear()
        self.quote.clear()
        self.hide()
