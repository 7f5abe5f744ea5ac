"""Possible duplicates: pairs of members that are probably one person, side by side, merged
into the one the manager chooses after a confirmation that says what moves; today's merges,
which the owner may undo."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.cards import card_groups
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.domain.phones import local_form
from loyaltydesk.domain.staff import Permission
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.merge import MergeService
from loyaltydesk.services.views import DuplicateView, MemberView, MergeView
from loyaltydesk.ui.change_bus import ChangeBus
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.labels import duplicate_reason_label
from loyaltydesk.ui.staff.session import Session

_FIELDS = ("name", "phone", "card", "balance", "stamps", "last_visit", "joined")


class _MemberBox(QGroupBox):
    """One member of the pair, read at a glance."""

    def __init__(self, key: str, display: Display, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._display = display
        self.values: dict[str, QLabel] = {}
        form = QFormLayout(self)
        titles = {
            "name": self.tr("Name"),
            "phone": self.tr("Mobile"),
            "card": self.tr("Card"),
            "balance": self.tr("Points"),
            "stamps": self.tr("Stamps"),
            "last_visit": self.tr("Last visit"),
            "joined": self.tr("Member since"),
        }
        for field in _FIELDS:
            value = QLabel()
            value.setObjectName(f"{key}_{field}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(titles[field], value)
            self.values[field] = value
        self.keep = QPushButton()
        self.keep.setObjectName(f"{key}Keep")
        form.addRow(self.keep)

    def show_member(self, member: MemberView | None) -> None:
        d = self._display
        self.keep.setEnabled(member is not None)
        if member is None:
            for label in self.values.values():
                label.clear()
            self.keep.setText(self.tr("Merge into this member"))
            return
        texts = {
            "name": member.name,
            "phone": d.code(local_form(member.phone)),
            "card": d.code(card_groups(member.card or "")) if member.card else "-",
            "balance": d.n(member.balance),
            "stamps": d.n(member.stamps),
            "last_visit": d.day(d.local_date(member.last_visit_at))
            if member.last_visit_at
            else "-",
            "joined": d.day(d.local_date(member.joined_at)),
        }
        for field, text in texts.items():
            self.values[field].setText(text)
        self.keep.setText(self.tr("Merge into {name}").format(name=d.text(member.name)))


class DuplicatesDialog(QDialog):
    def __init__(
        self,
        merges: MergeService,
        display: Display,
        session: Session,
        bus: ChangeBus,
        open_details: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Possible duplicates"))
        self._merges = merges
        self._display = display
        self._session = session
        self._bus = bus
        self._open_details = open_details
        self._pairs: list[DuplicateView] = []
        self._today: list[MergeView] = []

        self.summary = QLabel()
        self.summary.setObjectName("duplicatesSummary")
        self.summary.setWordWrap(True)
        self.pairs = QTableWidget(0, 3)
        self.pairs.setObjectName("duplicatePairs")
        self.pairs.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Possibly the same as"), self.tr("Why")]
        )
        self._table_look(self.pairs)
        self.first = _MemberBox("first", display)
        self.second = _MemberBox("second", display)
        self.first.keep.clicked.connect(lambda: self._merge(keep_first=True))
        self.second.keep.clicked.connect(lambda: self._merge(keep_first=False))
        side_by_side = QHBoxLayout()
        side_by_side.addWidget(self.first)
        side_by_side.addWidget(self.second)

        self.today = QTableWidget(0, 4)
        self.today.setObjectName("todaysMerges")
        self.today.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Kept"), self.tr("Merged into it"), self.tr("Points moved")]
        )
        self._table_look(self.today)
        self.undo = QPushButton(self.tr("Undo merge"))
        self.undo.setObjectName("undoMerge")
        self.undo.setVisible(session.may(Permission.UNMERGE))
        self.undo.clicked.connect(self._undo)
        today_box = QGroupBox(self.tr("Today's merges"))
        today_layout = QHBoxLayout(today_box)
        today_layout.addWidget(self.today, 1)
        today_layout.addWidget(self.undo, 0, Qt.AlignmentFlag.AlignTop)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.pairs, 2)
        layout.addLayout(side_by_side)
        layout.addWidget(today_box, 1)
        layout.addWidget(buttons)

        self.pairs.currentCellChanged.connect(lambda row, *_: self._show_pair(row))
        if open_details is not None:
            self.today.cellDoubleClicked.connect(lambda row, _c: self._open_merged(row))
        self.resize(900, 560)
        self.refresh()

    @staticmethod
    def _table_look(table: QTableWidget) -> None:
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    # -- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        d = self._display
        try:
            pairs, total = self._merges.duplicates(self._session.actor)
            today = self._merges.today(self._session.actor)
        except DomainError as error:
            self.summary.setText(error_text(error, d))
            pairs, total, today = [], 0, []
        else:
            if not pairs:
                self.summary.setText(self.tr("No likely duplicates: every member looks unique."))
            elif total > len(pairs):
                self.summary.setText(
                    self.tr(
                        "{total} pairs may be one person each; the first {shown} are listed."
                    ).format(total=d.n(total), shown=d.n(len(pairs)))
                )
            else:
                self.summary.setText(
                    self.tr(
                        "{total} pairs may be one person each. Choose a pair, compare the two, "
                        "and merge into the member to keep."
                    ).format(total=d.n(total))
                )
        self._pairs = pairs
        self.pairs.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            cells = [
                self._who(pair.first),
                self._who(pair.second),
                "، ".join(duplicate_reason_label(r) for r in pair.reasons)
                if d.rtl
                else ", ".join(duplicate_reason_label(r) for r in pair.reasons),
            ]
            for column, text in enumerate(cells):
                self.pairs.setItem(row, column, QTableWidgetItem(text))
        if pairs:
            self.pairs.setCurrentCell(0, 0)
        self._show_pair(0 if pairs else -1)
        self._fill_today(today)

    def _who(self, member: MemberView) -> str:
        d = self._display
        card = d.code(card_groups(member.card)) if member.card else "-"
        # The name isolated: a Persian name first must not turn the card's digits around.
        return f"{d.text(member.name)} ({card})"

    def _fill_today(self, merges: list[MergeView]) -> None:
        d = self._display
        self._today = merges
        self.today.setRowCount(len(merges))
        for row, merge in enumerate(merges):
            time = d.digits(merge.at.astimezone(d.zone).strftime("%H:%M"))
            merged = merge.merged_name
            if merge.undone_at is not None:
                merged += " " + self.tr("(undone)")
            for column, text in enumerate([time, merge.kept_name, merged, d.n(merge.points)]):
                self.today.setItem(row, column, QTableWidgetItem(text))
        self.undo.setEnabled(any(m.undoable for m in merges))
        if merges:
            self.today.setCurrentCell(0, 0)

    def _show_pair(self, row: int) -> None:
        pair = self._pairs[row] if 0 <= row < len(self._pairs) else None
        self.first.show_member(pair.first if pair else None)
        self.second.show_member(pair.second if pair else None)

    def _open_merged(self, row: int) -> None:
        if self._open_details is not None and 0 <= row < len(self._today):
            self._open_details(self._today[row].merged_id)

    # -- acting ---------------------------------------------------------------------------

    def _merge(self, *, keep_first: bool) -> None:
        row = self.pairs.currentRow()
        if not 0 <= row < len(self._pairs):
            return
        pair = self._pairs[row]
        kept, other = (pair.first, pair.second) if keep_first else (pair.second, pair.first)
        d = self._display
        op_id = str(uuid.uuid4())  # made as the merge is asked for: a second click merges once
        try:
            preview = self._merges.preview(kept.id, other.id, self._session.actor)
        except DomainError as error:
            self._warn(error)
            return
        cards = "، ".join if d.rtl else ", ".join
        question = self.tr(
            "Merge {other} into {kept}?\n\n"
            "{points} points and {stamps} stamps move from {other} to {kept} "
            "(new balance {balance}). {other}'s cards ({cards}) will scan to {kept}, and "
            "{other} will no longer be found by name or mobile. Both histories stay "
            "readable. The owner can undo this today."
        ).format(
            other=d.text(other.name),
            kept=d.text(kept.name),
            points=d.n(preview.points),
            stamps=d.n(preview.stamps),
            balance=d.n(preview.kept_balance_after),
            cards=cards(d.code(card_groups(c)) for c in preview.cards) or "-",
        )
        answer = QMessageBox.question(
            self,
            self.tr("Merge members"),
            d.sentence(question),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._merges.merge(op_id, kept.id, other.id, self._session.actor)
        except DomainError as error:
            self._warn(error)
            return
        self._bus.member_changed.emit(kept.id)
        self._bus.member_changed.emit(other.id)
        self.refresh()

    def _undo(self) -> None:
        row = self.today.currentRow()
        if not 0 <= row < len(self._today):
            return
        merge = self._today[row]
        d = self._display
        question = self.tr(
            "Undo the merge of {merged} into {kept}? {points} points go back to {merged}, "
            "and {merged}'s cards scan to them again."
        ).format(
            merged=d.text(merge.merged_name), kept=d.text(merge.kept_name), points=d.n(merge.points)
        )
        answer = QMessageBox.question(
            self,
            self.tr("Undo merge"),
            d.sentence(question),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._merges.undo(str(uuid.uuid4()), merge.id, self._session.actor)
        except DomainError as error:
            self._warn(error)
            return
        self._bus.member_changed.emit(merge.kept_id)
        self._bus.member_changed.emit(merge.merged_id)
        self.refresh()

    def _warn(self, error: DomainError) -> None:
        d = self._display
        QMessageBox.warning(self, self.tr("Possible duplicates"), error_text(error, d))
