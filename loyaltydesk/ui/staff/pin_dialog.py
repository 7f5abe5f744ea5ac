"""Who is at the counter: a name and a PIN, by finger or by keys.

A name is one touch on a large button (a list when the shop has more staff than fit), the
PIN is typed on a keypad big enough for a finger or on the keyboard, whose Persian layout
sends ۰–۹: folded to ASCII like every other input path. The dialog knows nothing of staff
or services: ``check`` decides, and a refusal is shown with the PIN cleared for another try.

The PIN is held only by the masked field, and only until it is checked or the dialog
closes; nothing here logs it or puts it in a message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import DomainError
from loyaltydesk.i18n.digits import fold_digits, to_persian_digits
from loyaltydesk.ui.widgets.error_label import ErrorLabel
from loyaltydesk.ui.widgets.screen import resize_within_screen

T = TypeVar("T")

MAX_PIN_DIGITS = 8
# More names than this would not fit as buttons beside the keypad on a 1024×600 screen.
MAX_NAME_BUTTONS = 8
# A fingertip is about 10 mm; 64 px is the least a key may be on a counter's touch screen.
KEY_SIZE_PX = 72
NAME_HEIGHT_PX = 56
NAMES_MIN_WIDTH_PX = 320
# Room for a two-line prompt and a two-line refusal without squeezing the keypad, and
# still inside a 1024×600 screen with a title bar.
WANTED_SIZE = QSize(760, 540)
BACKSPACE = "\u232b"
BULLET_CODE_POINT = 0x25CF  # ●

_TOUCH_STYLE = """
QPushButton[touch="true"] {
    background: #f4f6f8;
    border: 1px solid #9aa4ae;
    border-radius: 8px;
    padding: 4px 12px;
}
QPushButton[touch="true"]:pressed { background: #d5dce2; }
QPushButton[touch="true"]:focus { border: 2px solid #0f5257; }
QPushButton[touch="true"]:checked {
    background: #0f5257;
    color: white;
    border: 2px solid #0a3a3e;
    font-weight: bold;
}
QPushButton#pinOk {
    background: #0f5257;
    color: white;
    border: 2px solid #0a3a3e;
    font-weight: bold;
}
QPushButton#pinOk:pressed { background: #0a3a3e; }
"""


def _digit_of(text: str) -> str | None:
    """The ASCII digit a key press types, in any script (a Persian layout sends ۰–۹, an
    Arabic one ٠–٩); None for anything else, superscripts and other "digits" included."""
    folded = fold_digits(text)
    return folded if len(folded) == 1 and folded in "0123456789" else None


def _language_digits(text: str) -> str:
    """Digits as the application's language writes them (create_application sets the
    default locale with the language)."""
    return to_persian_digits(text) if QLocale().language() == QLocale.Language.Persian else text


def _scale_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


class PinField(QLineEdit):
    """A masked field that takes digits only, at most eight, whatever script they come in.

    Enter and Escape are left to the dialog. Everything else a line edit would do (paste,
    undo, a letter, an input method) is refused: undo could bring a cleared PIN back, and a
    letter has no place in a PIN.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("pinField")
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setMaxLength(MAX_PIN_DIGITS)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAcceptDrops(False)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.setStyleSheet(f"lineedit-password-character: {BULLET_CODE_POINT};")

    def add_digit(self, digit: str) -> None:
        # setText, not insert: it keeps no undo history that could restore a cleared PIN.
        if len(self.text()) < MAX_PIN_DIGITS:
            self.setText(self.text() + digit)

    def remove_digit(self) -> None:
        self.setText(self.text()[:-1])

    def wipe(self) -> None:
        self.setText("")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            event.ignore()  # the dialog submits or cancels
            return
        if key == Qt.Key.Key_Backspace:
            self.remove_digit()
            return
        digit = _digit_of(event.text())
        if digit is not None:
            self.add_digit(digit)
        elif not event.text() or not event.text().isprintable():
            event.ignore()  # a function key may be someone's shortcut; a letter is dropped


class PinDialog(QDialog, Generic[T]):
    """A staff name and a PIN, handed to ``check``; what it returns is ``result_value``.

    ``check`` raising a DomainError keeps the dialog open with ``describe_error``'s sentence
    and an empty PIN. ``digits`` writes the keypad's digits in the language (the default
    follows the application's locale).
    """

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        prompt: str,
        names: Sequence[str],
        check: Callable[[str, str], T],
        describe_error: Callable[[DomainError], str],
        preselected: str | None = None,
        cancellable: bool = True,
        digits: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setWindowTitle(title)
        self.setModal(True)
        self.setStyleSheet(_TOUCH_STYLE)
        self._check = check
        self._describe_error = describe_error
        self._cancellable = cancellable
        self._checking = False
        # A refusal on screen: a second OK that arrives with the PIN already cleared (a
        # double click) must not replace it with "type your PIN".
        self._refusal_shown = False
        self.result_value: T | None = None
        shown = digits or _language_digits
        if not cancellable:
            # The shift starts with a name: no close button to get round it.
            self.setWindowFlags(
                Qt.WindowType.Dialog
                | Qt.WindowType.CustomizeWindowHint
                | Qt.WindowType.WindowTitleHint
            )

        self.prompt = QLabel(prompt)
        self.prompt.setObjectName("pinPrompt")
        self.prompt.setWordWrap(True)
        _scale_font(self.prompt, 1.3, bold=True)

        self.names: tuple[str, ...] = tuple(names)
        self.name_buttons = QButtonGroup(self)
        self.name_buttons.setExclusive(True)
        self.name_list: QComboBox | None = None
        names_label = QLabel(self.tr("Your name"))
        names_panel = self._names_panel(self.names)

        self.pin = PinField()
        # A label, not only the placeholder: a centred field hides its placeholder while
        # it has the focus, which it always has.
        pin_label = QLabel(self.tr("PIN"))
        pin_label.setBuddy(self.pin)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setMinimumHeight(NAME_HEIGHT_PX)
        _scale_font(self.pin, 2.0)
        self.pin.textChanged.connect(self._pin_changed)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("pinClear")
        self._touch(self.clear_button, NAME_HEIGHT_PX)
        self.clear_button.clicked.connect(self._clear_pin)

        self.keys: dict[str, QPushButton] = {}
        keypad = QWidget()
        keypad.setObjectName("pinKeypad")
        # A phone's keypad is never mirrored: 1-2-3 read left to right in Persian too.
        keypad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(keypad)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit, shown(digit)), index // 3, index % 3)
        self.backspace_key = QPushButton(BACKSPACE)
        self.backspace_key.setObjectName("pinBackspace")
        self.backspace_key.setToolTip(self.tr("Delete the last digit"))
        self.backspace_key.setAccessibleName(self.tr("Delete the last digit"))
        self._touch(self.backspace_key, KEY_SIZE_PX, square=True)
        _scale_font(self.backspace_key, 1.6)
        self.backspace_key.clicked.connect(self._backspace)
        self.ok_key = QPushButton(self.tr("OK"))
        self.ok_key.setObjectName("pinOk")
        self._touch(self.ok_key, KEY_SIZE_PX, square=True)
        _scale_font(self.ok_key, 1.3, bold=True)
        self.ok_key.clicked.connect(self.submit)
        grid.addWidget(self.backspace_key, 3, 0)
        grid.addWidget(self._key("0", shown("0")), 3, 1)
        grid.addWidget(self.ok_key, 3, 2)

        self.error = ErrorLabel("pinError")
        _scale_font(self.error, 1.15, bold=True)
        self.cancel_button: QPushButton | None = None
        if cancellable:
            self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
            self.cancel_button.setObjectName("pinCancel")
            self._touch(self.cancel_button, NAME_HEIGHT_PX)
            self.cancel_button.clicked.connect(self.reject)

        names_panel.setMinimumWidth(NAMES_MIN_WIDTH_PX)
        left = QVBoxLayout()
        left.addWidget(names_label)
        left.addWidget(names_panel)
        # Below the names, where the stretch leaves room: showing it moves no key from
        # under a finger.
        left.addWidget(self.error)
        left.addStretch(1)
        if self.cancel_button is not None:
            cancel_row = QHBoxLayout()
            cancel_row.addWidget(self.cancel_button)
            cancel_row.addStretch(1)
            left.addLayout(cancel_row)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin, 1)
        pin_row.addWidget(self.clear_button)
        right = QVBoxLayout()
        right.addWidget(pin_label)
        right.addLayout(pin_row)
        right.addWidget(keypad)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 1)
        columns.addLayout(right, 0)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.prompt)
        layout.addLayout(columns, 1)

        resize_within_screen(self, WANTED_SIZE.expandedTo(self.sizeHint()))

        if len(self.names) == 1:
            preselected = self.names[0]
        if preselected is not None:
            self.select_name(preselected)

    def _names_panel(self, names: tuple[str, ...]) -> QWidget:
        panel = QWidget()
        panel.setObjectName("pinNames")
        if len(names) > MAX_NAME_BUTTONS:
            combo = QComboBox()
            combo.setObjectName("pinNameList")
            combo.setMinimumHeight(NAME_HEIGHT_PX)
            _scale_font(combo, 1.3)
            combo.addItems(list(names))
            combo.setCurrentIndex(-1)
            combo.setPlaceholderText(self.tr("Choose your name"))
            combo.activated.connect(self._name_chosen)
            self.name_list = combo
            column = QVBoxLayout(panel)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(combo)
            return panel
        grid = QGridLayout(panel)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        columns = 1 if len(names) <= 3 else 2
        for index, name in enumerate(names):
            button = QPushButton(name)
            button.setObjectName(f"pinName{index}")
            button.setCheckable(True)
            self._touch(button, NAME_HEIGHT_PX)
            # A name is picked with a touch or Space; the PIN field keeps the keys.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            _scale_font(button, 1.2)
            self.name_buttons.addButton(button, index)
            grid.addWidget(button, index // columns, index % columns)
        self.name_buttons.idClicked.connect(self._name_chosen)
        return panel

    def _key(self, digit: str, label: str) -> QPushButton:
        button = QPushButton(label)
        button.setObjectName(f"pinKey{digit}")
        self._touch(button, KEY_SIZE_PX, square=True)
        _scale_font(button, 1.8, bold=True)
        button.clicked.connect(lambda: self._type(digit))
        self.keys[digit] = button
        return button

    @staticmethod
    def _touch(button: QPushButton, size: int, *, square: bool = False) -> None:
        button.setProperty("touch", True)
        button.setAutoDefault(False)  # Enter submits the PIN, whichever button has focus
        button.setDefault(False)
        button.setMinimumHeight(size)
        if square:
            button.setMinimumWidth(size)
            # A key never takes the focus from the PIN field, so the keyboard keeps typing.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def selected_name(self) -> str | None:
        if self.name_list is not None:
            index = self.name_list.currentIndex()
            return self.names[index] if index >= 0 else None
        chosen = self.name_buttons.checkedId()
        return self.names[chosen] if chosen >= 0 else None

    def select_name(self, name: str) -> None:
        if name not in self.names:
            return
        index = self.names.index(name)
        if self.name_list is not None:
            self.name_list.setCurrentIndex(index)
        else:
            button = self.name_buttons.button(index)
            if button is not None:
                button.setChecked(True)

    def _name_chosen(self, _index: int) -> None:
        self._clear_error()
        self.pin.setFocus()

    def _type(self, digit: str) -> None:
        self.pin.add_digit(digit)
        self.pin.setFocus()

    def _backspace(self) -> None:
        self.pin.remove_digit()
        self.pin.setFocus()

    def _clear_pin(self) -> None:
        self.pin.wipe()
        self.pin.setFocus()

    def _pin_changed(self, text: str) -> None:
        if text:
            self._clear_error()  # typing again: the last refusal has been read

    def _clear_error(self) -> None:
        self.error.clear()
        self._refusal_shown = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.pin.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        if key == Qt.Key.Key_Escape:
            self.reject()
            return
        # A key pressed while a name button has the focus still types the PIN.
        if key == Qt.Key.Key_Backspace:
            self._backspace()
            return
        digit = _digit_of(event.text())
        if digit is not None:
            self._type(digit)
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        """Check the name and PIN once: the field is emptied before ``check`` runs, so a
        second Enter or click while it runs, or right after a refusal, checks nothing."""
        if self._checking:
            return
        name = self.selected_name()
        if name is None:
            self.error.setText(self.tr("Choose your name first."))
            self._refusal_shown = False
            return
        pin = self.pin.text()
        if not pin:
            if not self._refusal_shown:
                self.error.setText(self.tr("Type your PIN, then press OK."))
            self.pin.setFocus()
            return
        self.pin.wipe()
        self._checking = True
        try:
            value = self._check(name, pin)
        except DomainError as error:
            self.error.setText(self._describe_error(error))
            self._refusal_shown = True
            self.pin.setFocus()
            return
        finally:
            self._checking = False
        self.result_value = value
        self.accept()

    def reject(self) -> None:
        # Escape, Cancel and the window's close button all come here.
        if self._cancellable:
            super().reject()

    def done(self, result: int) -> None:
        self.pin.wipe()
        super().done(result)
