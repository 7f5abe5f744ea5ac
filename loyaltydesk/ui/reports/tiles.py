"""The headline tiles: a grid that wraps to the width, each tile a figure with its change.

A tile whose figure stands for a set of members opens that list on a double-click or Enter
(it takes keyboard focus, so the owner can Tab to it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from loyaltydesk.i18n.bidi import paragraph
from loyaltydesk.services.report_tables import Tile

TILE_WIDTH = 200
GOOD, BAD, NEUTRAL = "#1e7a3c", "#b3261e", "#5f6368"
_FRAME = "QFrame#reportTile {{ border: {width}px solid {colour}; border-radius: 6px; }}"


class TileWidget(QFrame):
    def __init__(
        self,
        tile: Tile,
        on_open: Callable[[Tile], None] | None,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tile = tile
        self._on_open = on_open
        self.setObjectName("reportTile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if on_open else Qt.FocusPolicy.NoFocus)
        # Each line in the language's direction: a label otherwise takes it from its first
        # letter, and "۸۶" would stand on the left of a Persian tile, "۲۸۹ تومان" on the right.
        self.title = QLabel(paragraph(tile.title, language))
        self.title.setWordWrap(True)
        self.value = QLabel(paragraph(tile.value, language))
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.value.setFont(font)
        colour = {1: GOOD, -1: BAD}.get(tile.mood, NEUTRAL)
        self.change = QLabel(paragraph(tile.change, language))
        self.change.setStyleSheet(f"color: {colour};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.change)
        # Always there, empty or not, so every tile's value sits at the same height.
        self.change.setMinimumHeight(self.change.fontMetrics().height())
        if tile.previous:
            self.setToolTip(self.tr("Previous period: {value}").format(value=tile.previous))
        if on_open:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setAccessibleDescription(self.tr("Double-click or Enter lists the members"))
        self._frame(focused=False)

    def _frame(self, focused: bool) -> None:
        self.setStyleSheet(
            _FRAME.format(width=2 if focused else 1, colour="#2f6f9f" if focused else "#c7c7c7")
        )

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self._frame(focused=True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self._frame(focused=False)
        super().focusOutEvent(event)

    def open(self) -> None:
        if self._on_open is not None:
            self._on_open(self.tile)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self.open()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.open()
            return
        super().keyPressEvent(event)


class TileGrid(QWidget):
    """As many tiles in a row as the width holds; re-flowed when the width changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)
        self.tiles: list[TileWidget] = []
        self._columns = 0

    def set_tiles(
        self,
        tiles: Sequence[Tile],
        can_open: Callable[[Tile], bool],
        on_open: Callable[[Tile], None],
        language: str,
    ) -> None:
        for old in self.tiles:
            self._grid.removeWidget(old)
            old.deleteLater()
        self.tiles = [
            TileWidget(t, on_open if can_open(t) else None, language, self) for t in tiles
        ]
        self._columns = 0
        self._flow()

    def _flow(self) -> None:
        # As wide as the widest tile needs ("284,450,000 Toman" whole), at least TILE_WIDTH.
        wanted = max((t.minimumSizeHint().width() for t in self.tiles), default=0)
        tile_width = max(TILE_WIDTH, wanted)
        spacing = self._grid.spacing()
        columns = max(1, (self.width() + spacing) // (tile_width + spacing))
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles:
            self._grid.removeWidget(tile)
        for number, tile in enumerate(self.tiles):
            self._grid.addWidget(tile, number // columns, number % columns)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._flow()
