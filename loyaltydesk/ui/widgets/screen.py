"""Windows no larger than the screen they open on (a 1024×600 POS screen included)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


def resize_within_screen(widget: QWidget, wanted: QSize) -> None:
    """``wanted``, or less where the screen the widget opens on (its parent's) is smaller."""
    screen = (widget.parentWidget() or widget).screen()
    if screen is not None:
        wanted = wanted.boundedTo(screen.availableGeometry().size())
    widget.resize(wanted)
