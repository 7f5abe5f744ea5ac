"""A laid-out report ``Table`` in a sortable, read-only QTableView.

The model shows each cell's ``shown`` text and sorts by its typed ``value`` (so 9 sorts
before 10 and ۱۲٬۰۰۰ by its number); a double-click hands the row's key (a member id or a
MemberFilter) to whoever opens things.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from loyaltydesk.services.report_tables import Kind, Table, Value

# Numbers read best lined up on their last digit (mirrored to the left in Persian by Qt).
NUMERIC = frozenset({Kind.COUNT, Kind.RIALS, Kind.MONEY, Kind.PERCENT, Kind.NUMBER})
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
# A column never wider than this, so one long name does not push the rest out of sight
# (it is elided; the whole text is in the cell's tooltip).
MAX_COLUMN_WIDTH = 200
# The first column (a member's name, a segment) is what a row is read by: it may be wider.
FIRST_COLUMN_WIDTH = 220
# A column title wider than this goes on two lines, so "Purchases in the period" does not
# make a column of single digits as wide as itself.
HEADER_WRAP_WIDTH = 60
# Room for the cell's margins and the sort arrow.
CELL_PADDING = 24

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def two_lines(title: str, metrics: QFontMetrics) -> str:
    """A long title broken at the space nearest its middle; a short one as it is."""
    if metrics.horizontalAdvance(title) <= HEADER_WRAP_WIDTH or " " not in title:
        return title
    middle = len(title) / 2
    spaces = [i for i, ch in enumerate(title) if ch == " "]
    at = min(spaces, key=lambda i: abs(i - middle))
    return f"{title[:at]}\n{title[at + 1 :]}"


class TableModel(QAbstractTableModel):
    def __init__(self, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.header_titles = [c.title for c in table.columns]

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.table.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.shown
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if self.table.columns[index.column()].kind in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.shown  # the whole of a name elided in a narrow column
        if role == VALUE_ROLE:
            return cell.value
        return None

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_titles[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.table.columns[section].title
        return None

    def row_key(self, row: int) -> object | None:
        keys = self.table.row_keys
        return keys[row] if 0 <= row < len(keys) else None


def _sort_key(value: Value) -> tuple[int, Any]:
    """Cells of one column share a type; an empty cell sorts before any value."""
    if value is None:
        return (0, 0)
    if isinstance(value, int | Decimal):
        return (1, value)
    if isinstance(value, dt.date):
        return (1, value.toordinal())
    return (1, str(value).casefold())


class _Sorter(QSortFilterProxyModel):
    def lessThan(  # noqa: N802 - Qt's name
        self, left: AnyIndex, right: AnyIndex
    ) -> bool:
        model = self.sourceModel()
        a = _sort_key(model.data(left, VALUE_ROLE))
        b = _sort_key(model.data(right, VALUE_ROLE))
        try:
            return bool(a < b)
        except TypeError:  # a column of mixed types: compare as text rather than fail
            return str(a) < str(b)


class ReportTableView(QTableView):
    """One table; ``opened`` gets the key of a row double-clicked or entered."""

    def __init__(
        self,
        table: Table,
        opened: Callable[[object], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._opened = opened
        self.source = TableModel(table, self)
        self.sorter = _Sorter(self)
        self.sorter.setSourceModel(self.source)
        self.setModel(self.sorter)
        self.setObjectName("reportTable")
        self.setAccessibleName(table.title)
        self.setSortingEnabled(True)
        # Unsorted until the owner clicks a header: the laid-out order (most valuable
        # first) is the meaningful one.
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.sorter.sort(-1)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._size_columns()
        self.doubleClicked.connect(lambda index: self._open(index.row()))

    def _size_columns(self) -> None:
        """Each column as wide as its texts, long titles on two lines and long texts
        elided, so the columns that matter fit a small screen."""
        # Measured on the first rows only: a thousand-row list would take a visible moment.
        rows = min(self.source.rowCount(), 60)
        metrics = self.fontMetrics()
        header_metrics = QFontMetrics(self.horizontalHeader().font())
        table = self.source.table
        self.source.header_titles = [two_lines(c.title, header_metrics) for c in table.columns]
        for column in range(self.source.columnCount()):
            title = self.source.header_titles[column]
            header_width = max(header_metrics.horizontalAdvance(t) for t in title.split("\n"))
            cells = [metrics.horizontalAdvance(table.rows[r][column].shown) for r in range(rows)]
            widest = max([header_width, *cells]) + CELL_PADDING
            limit = FIRST_COLUMN_WIDTH if column == 0 else MAX_COLUMN_WIDTH
            self.setColumnWidth(column, min(widest, limit))

    def key_at(self, row: int) -> object | None:
        """The key of the row shown at ``row`` (after sorting)."""
        source = self.sorter.mapToSource(self.sorter.index(row, 0))
        return self.source.row_key(source.row()) if source.isValid() else None

    def _open(self, row: int) -> None:
        key = self.key_at(row)
        if key is not None and self._opened is not None:
            self._opened(key)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex().row())
            return
        super().keyPressEvent(event)
