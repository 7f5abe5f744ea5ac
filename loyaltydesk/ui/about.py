"""Help -> About LoyaltyDesk: the version, where the data is and which libraries run it, and
a button that copies the same (with the system) for a support message. Nothing about
members, staff or sales is shown or copied."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk import paths
from loyaltydesk.diagnostics import Diagnostics
from loyaltydesk.ui.widgets.screen import resize_within_screen

WANTED_SIZE = QSize(620, 520)


def product_name() -> str:
    """The name a shop knows the program by (window title, About, installer, .desktop)."""
    return QCoreApplication.translate("Product", "LoyaltyDesk — customer club")


def app_icon() -> QIcon:
    return QIcon(str(paths.RESOURCES / "icons" / "loyaltydesk.png"))


class AboutDialog(QDialog):
    def __init__(self, diagnostics: Diagnostics, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About LoyaltyDesk"))
        self.diagnostics = diagnostics

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(product_name())
        title.setObjectName("aboutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label, value in (
            ("version", self.tr("Version"), self._version()),
            ("database", self.tr("Database"), diagnostics.database),
            ("schema", self.tr("Schema revision"), self._schema()),
            ("dataFolder", self.tr("Data folder"), diagnostics.data_folder),
        ):
            shown = QLabel(value)
            shown.setObjectName(f"about_{name}")
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if self.isRightToLeft():
                # A Latin path reads left to right, but sits beside its Persian label.
                shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            form.addRow(label, shown)

        libraries = QPlainTextEdit()
        libraries.setObjectName("aboutLibraries")
        libraries.setReadOnly(True)
        libraries.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        libraries.setPlainText(
            "\n".join(
                [f"Python {diagnostics.python}", f"Qt {diagnostics.qt}", diagnostics.system]
                + [f"{name} {version}" for name, version in diagnostics.libraries]
            )
        )

        self.copied = QLabel()
        self.copied.setObjectName("aboutCopied")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy diagnostics"))
        self.copy_button.setObjectName("copyDiagnostics")
        self.copy_button.setAutoDefault(False)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        head = QFormLayout()
        head.addRow(icon, title)
        layout.addLayout(head)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Libraries")))
        layout.addWidget(libraries, 1)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        resize_within_screen(self, WANTED_SIZE)

    def _version(self) -> str:
        if self.diagnostics.built:
            return self.tr("{version} (installed)").format(version=self.diagnostics.version)
        return self.diagnostics.version

    def _schema(self) -> str:
        d = self.diagnostics
        if d.problem:
            return self.tr("cannot be read ({reason})").format(reason=d.problem)
        if d.schema_revision is None:
            return self.tr("not created yet")
        return self.tr("{revision} (this program: {head})").format(
            revision=d.schema_revision, head=d.schema_head
        )

    def copy(self) -> None:
        """The diagnostics in English on the clipboard, for a message to support."""
        QGuiApplication.clipboard().setText(self.diagnostics.text())
        self.copied.setText(self.tr("Copied. Paste it into your message to support."))


def show_about(diagnostics: Callable[[], Diagnostics], parent: QWidget | None) -> None:
    AboutDialog(diagnostics(), parent).exec()
