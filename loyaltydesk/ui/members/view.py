"""The members part: search the whole club and open a member's details."""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.cards import card_groups
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.phones import mask_phone
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.membership import MembershipService
from loyaltydesk.services.views import MemberView
from loyaltydesk.ui.accounting import ExportKind
from loyaltydesk.ui.change_bus import ChangeBus
from loyaltydesk.ui.error_text import error_text

LIMIT = 200
NEWEST = 50  # shown before anything is searched


class CardChoice(enum.Enum):
    """Whose cards a sheet holds."""

    SELECTED = "selected"
    LISTED = "listed"
    NEW_THIS_WEEK = "new_this_week"
    EVERYONE = "everyone"


class MembersView(QWidget):
    def __init__(
        self,
        membership: MembershipService,
        display: Display,
        bus: ChangeBus,
        open_details: Callable[[int], None],
        parent: QWidget | None = None,
        *,
        print_cards: Callable[[CardChoice, list[int]], None] | None = None,
        duplicates: Callable[[], None] | None = None,
        export: Callable[[ExportKind], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._print_cards = print_cards
        self._membership = membership
        self._display = display
        self._open_details = open_details
        self.search = QLineEdit()
        self.search.setObjectName("membersSearch")
        self.search.setPlaceholderText(self.tr("Card, phone, last 4 digits or name"))
        self.search.setClearButtonEnabled(True)
        self.message = QLabel()
        self.message.setObjectName("membersMessage")
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("membersTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Card"),
                self.tr("Mobile"),
                self.tr("Balance"),
                self.tr("Last visit"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        # Card numbers, phones and dates shown whole; the name takes the room that is left.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.details = QPushButton(self.tr("Details…"))
        self.print_cards = QPushButton(self.tr("Print cards…"))
        self.print_cards.setObjectName("printCardsButton")
        self.print_cards.setVisible(print_cards is not None)
        menu = QMenu(self.print_cards)
        for choice, text in (
            (CardChoice.SELECTED, self.tr("The selected members")),
            (CardChoice.LISTED, self.tr("Everyone in this list")),
            (CardChoice.NEW_THIS_WEEK, self.tr("Members who joined in the last 7 days")),
            (CardChoice.EVERYONE, self.tr("Every member")),
        ):
            action = menu.addAction(text)
            action.setObjectName(f"printCards_{choice.value}")
            action.triggered.connect(lambda _checked=False, c=choice: self._print(c))
        self.print_cards.setMenu(menu)
        # The owner's and manager's: shown by the window to those who may (set_allowed).
        self.duplicates = QPushButton(self.tr("Possible duplicates…"))
        self.duplicates.setObjectName("duplicatesButton")
        self.duplicates.setVisible(duplicates is not None)
        if duplicates is not None:
            self.duplicates.clicked.connect(duplicates)
        self.export = QPushButton(self.tr("Export…"))
        self.export.setObjectName("exportButton")
        self.export.setVisible(export is not None)
        export_menu = QMenu(self.export)
        for kind, text in (
            (ExportKind.MEMBERS, self.tr("Export members…")),
            (ExportKind.LEDGER, self.tr("Export ledger…")),
        ):
            action = export_menu.addAction(text)
            action.setObjectName(f"export_{kind.value}")
            if export is not None:
                action.triggered.connect(lambda _checked=False, k=kind: export(k))
        self.export.setMenu(export_menu)
        self._offers = {self.duplicates: duplicates is not None, self.export: export is not None}
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.details)
        top.addWidget(self.print_cards)
        top.addWidget(self.duplicates)
        top.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.search.textEdited.connect(self.run_search)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._open_row(row))
        self.details.clicked.connect(lambda: self._open_row(self.table.currentRow()))
        # A credit at the counter need not query the members list while nobody looks at it:
        # a hidden list is searched again when it is shown.
        self._stale = False
        self._shown_once = False  # the newest members are read when the tab is first opened
        bus.member_changed.connect(lambda _id: self._changed())
        bus.club_changed.connect(self._changed)

    def set_allowed(self, *, duplicates: bool, export: bool) -> None:
        """Show the owner's and manager's buttons only to those who may use them."""
        self.duplicates.setVisible(self._offers[self.duplicates] and duplicates)
        self.export.setVisible(self._offers[self.export] and export)

    def _changed(self) -> None:
        if self.isVisible():
            self.run_search(self.search.text())
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale or not self._shown_once:
            self._stale = False
            self._shown_once = True
            self.run_search(self.search.text())

    def run_search(self, text: str) -> None:
        self.message.clear()
        self.table.setRowCount(0)
        if not text.strip():
            self._show_newest()
            return
        try:
            hits = self._membership.find(text, limit=LIMIT)
        except DomainError as error:
            self.message.setText(error_text(error, self._display))
            return
        self._fill([hit.member for hit in hits])
        if not hits:
            self.message.setText(self.tr("No member matches."))

    def _show_newest(self) -> None:
        """Before a search: a hint, and the newest members so the list is never a blank."""
        try:
            newest = self._membership.newest(NEWEST)
        except DomainError as error:
            self.message.setText(error_text(error, self._display))
            return
        self._fill(newest)
        self.message.setText(
            self.tr(
                "Type a card number, a mobile, its last 4 digits or a name to search. "
                "The newest members are listed below."
            )
            if newest
            else self.tr("No members yet: register the first one at the counter with F2.")
        )

    def _fill(self, members: list[MemberView]) -> None:
        d = self._display
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            cells = [
                member.name,
                d.code(card_groups(member.card or "")),
                d.code(mask_phone(member.phone)),
                d.n(member.balance),
                d.day(d.local_date(member.last_visit_at)) if member.last_visit_at else "-",
            ]
            for column, text_ in enumerate(cells):
                item = QTableWidgetItem(text_)
                item.setData(Qt.ItemDataRole.UserRole, member.id)
                self.table.setItem(row, column, item)

    def member_ids(self, *, selected: bool) -> list[int]:
        """Members of the list (or only the selected rows), top to bottom."""
        rows = (
            sorted({i.row() for i in self.table.selectedIndexes()})
            if selected
            else range(self.table.rowCount())
        )
        ids = []
        for row in rows:
            item = self.table.item(row, 0)
            if item is not None:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def _print(self, choice: CardChoice) -> None:
        if self._print_cards is None:
            return
        ids = self.member_ids(selected=choice is CardChoice.SELECTED)
        if choice in {CardChoice.SELECTED, CardChoice.LISTED} and not ids:
            self.message.setText(
                self.tr("Select members in the list first (search, then click or Ctrl+A).")
            )
            return
        self._print_cards(choice, ids)

    def _open_row(self, row: int) -> None:
        item = self.table.item(row, 0) if row >= 0 else None
        if item is not None:
            self._open_details(int(item.data(Qt.ItemDataRole.UserRole)))
