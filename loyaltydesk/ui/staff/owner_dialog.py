"""The first start of a club without staff accounts: who owns it, and the owner's PIN.

The dialog only asks and checks (the name's and the PIN's rules are the domain's, the two
PINs must agree); whoever opened it creates the account from ``owner``. There is no going on
without an owner: the only other way out is quitting the program.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.staff import MAX_STAFF_NAME, check_pin, check_staff_name
from loyaltydesk.i18n.display import Display
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.staff.pin_dialog import PinField
from loyaltydesk.ui.staff.view import pins_match
from loyaltydesk.ui.widgets.error_label import ErrorLabel
from loyaltydesk.ui.widgets.screen import resize_within_screen

WANTED_SIZE = QSize(560, 360)


class OwnerSetupDialog(QDialog):
    def __init__(self, display: Display, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ownerSetup")
        self.setWindowTitle(self.tr("Who owns this club?"))
        self.setModal(True)
        self._display = display
        self.owner: tuple[str, str] | None = None

        title = QLabel(self.tr("Who owns this club?"))
        title.setObjectName("ownerTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            display.sentence(
                self.tr(
                    "The owner signs in with this name and PIN to add the staff, set their "
                    "roles and change the club's settings. Keep the PIN to yourself."
                )
            )
        )
        intro.setObjectName("ownerIntro")
        intro.setWordWrap(True)

        self.name = QLineEdit()
        self.name.setObjectName("ownerName")
        self.name.setMaxLength(MAX_STAFF_NAME)
        self.pin = PinField()
        self.pin.setObjectName("ownerPin")
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin_again = PinField()
        self.pin_again.setObjectName("ownerPinAgain")
        self.pin_again.setAccessibleName(self.tr("PIN again"))
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("PIN (4 to 8 digits)"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)

        self.error = ErrorLabel("ownerError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        quit_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert ok is not None and quit_button is not None
        self.quit_button = quit_button
        ok.setText(self.tr("Start"))
        ok.setObjectName("ownerOk")
        self.quit_button.setText(self.tr("Quit"))
        self.quit_button.setObjectName("ownerQuit")
        self.quit_button.setAutoDefault(False)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        resize_within_screen(self, WANTED_SIZE)
        self.name.setFocus()

    def submit(self) -> None:
        d = self._display
        self.error.clear()
        try:
            name = check_staff_name(self.name.text())
            pin = check_pin(pins_match(self.pin.text(), self.pin_again.text()))
        except DomainError as error:
            self.error.setText(d.sentence(error_text(error, d)))
            if error.code.startswith("staff.name"):
                self.name.setFocus()
            else:
                self.pin.wipe()
                self.pin_again.wipe()
                self.pin.setFocus()
            return
        self.owner = (name, pin)
        self.pin.wipe()
        self.pin_again.wipe()
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Escape would close it as if Quit were chosen: a stray key must not end the program.
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)
