"""Registering a new member at the counter; each mistake is shown next to its field."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.phones import digits_only
from loyaltydesk.domain.staff import Actor
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.membership import MembershipService
from loyaltydesk.services.views import MemberView
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.scanner import mark_takes_scans
from loyaltydesk.ui.widgets.birthday_field import BirthdayField

# Which field an error key belongs to, by its first part.
_FIELD_OF = {
    "name": "name",
    "phone": "phone",
    "birthday": "birthday",
    "date": "birthday",
    "national_code": "national_code",
    "email": "email",
}


class RegisterDialog(QDialog):
    def __init__(
        self,
        membership: MembershipService,
        display: Display,
        actor: Actor,
        typed: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._membership = membership
        self._display = display
        self._actor = actor
        self._op_id = str(uuid.uuid4())  # made when the form opens: Save twice registers once
        self.registered: MemberView | None = None
        self.setWindowTitle(self.tr("New member"))
        self.name = QLineEdit()
        self.name.setObjectName("registerName")
        self.phone = QLineEdit()
        self.phone.setObjectName("registerPhone")
        self.phone.setPlaceholderText("09xx xxx xxxx")
        self.birthday = BirthdayField(display)
        self.birthday.setObjectName("registerBirthday")
        self.birthday.edit.setObjectName("registerBirthdayDate")
        self.national_code = QLineEdit()
        self.national_code.setObjectName("registerNationalCode")
        self.referrer = QLineEdit()
        self.referrer.setObjectName("registerReferrer")
        mark_takes_scans(self.referrer)  # a friend's card scanned here is the answer
        self.referrer.setPlaceholderText(self.tr("Card or mobile of who introduced them"))
        self.email = QLineEdit()
        self.email.setObjectName("registerEmail")
        self.email.setPlaceholderText("name@example.com")
        self.no_messages = QCheckBox(self.tr("No messages (never sent SMS or e-mail)"))
        self.no_messages.setObjectName("registerNoMessages")
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, field in (
            ("name", self.tr("Name"), self.name),
            ("phone", self.tr("Mobile"), self.phone),
            ("birthday", self.tr("Birthday (optional)"), self.birthday),
            ("national_code", self.tr("National code (optional)"), self.national_code),
            ("referrer", self.tr("Introduced by (optional)"), self.referrer),
            ("email", self.tr("E-mail (optional)"), self.email),
        ):
            form.addRow(label, field)
            error = QLabel()
            error.setObjectName(f"error_{key}")
            error.setStyleSheet("color: #b3261e;")
            error.setWordWrap(True)
            error.hide()
            form.addRow("", error)
            self.errors[key] = error
        form.addRow("", self.no_messages)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._prefill(typed)
        self.setMinimumWidth(540)

    def _prefill(self, typed: str) -> None:
        """What the cashier typed in the search box: a number is the mobile, words the name."""
        text = typed.strip()
        if not text:
            self.name.setFocus()
            return
        digits = digits_only(text)
        if digits.lstrip("+").isdigit():
            # As typed, Persian digits and all: the cashier recognises it; the service
            # folds the digits and drops the spaces when it saves.
            self.phone.setText(text)
            self.name.setFocus()
        else:
            self.name.setText(text)
            self.phone.setFocus()

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()
        try:
            result = self._membership.register(
                self._op_id,
                name=self.name.text(),
                phone=self.phone.text(),
                actor=self._actor,
                birthday=self.birthday.value(),
                national_code=self.national_code.text() or None,
                referrer=self.referrer.text() or None,
                email=self.email.text() or None,
                opted_out=self.no_messages.isChecked(),
            )
        except DomainError as error:
            self.show_error(error)
            return
        self.registered = result.member
        self.accept()

    def show_error(self, error: DomainError) -> None:
        field = _FIELD_OF.get(error.code.split(".")[0], "referrer")
        if error.code in {
            "phone.unknown",
            "card.unknown",
            "card.replaced",
        } or error.code.startswith(("member_ref.", "card.")):
            field = "referrer"
        label = self.errors[field]
        label.setText(error_text(error, self._display))
        label.show()
        self._fit()
        {
            "name": self.name,
            "phone": self.phone,
            "birthday": self.birthday,
            "national_code": self.national_code,
            "referrer": self.referrer,
            "email": self.email,
        }[field].setFocus()

    def _fit(self) -> None:
        """Taller when a sentence needs more lines. A wrapped label's height depends on its
        width, which a dialog already on screen does not ask again: it kept its height and
        the sentence was cut at the top and bottom."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)
