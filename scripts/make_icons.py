"""Renders resources/icons/loyaltydesk.svg to the PNG sizes the Linux desktop and the window
use and to the .ico the Windows installer and program carry. Run after editing the SVG:
`.venv/bin/python scripts/make_icons.py` (offscreen: no display needed)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (256, 48)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int, target: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target)):
        raise SystemExit(f"could not write {target}")


def main() -> None:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "loyaltydesk.svg"))
    if not renderer.isValid():
        raise SystemExit("the SVG does not parse")
    for size in PNG_SIZES:
        render(
            renderer,
            size,
            ICONS / ("loyaltydesk.png" if size == 256 else f"loyaltydesk-{size}.png"),
        )
    # Pillow makes every size of the .ico from the largest, which is sharp at 256.
    with Image.open(ICONS / "loyaltydesk.png") as big:
        big.save(ICONS / "loyaltydesk.ico", sizes=[(s, s) for s in ICO_SIZES])


if __name__ == "__main__":
    main()
