"""Reading printed pages back the way a scanner at the counter would: rasterise the PDF
with pdftoppm (poppler-utils) and decode every code on it with zxing-cpp."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

DPI = 300


def rasterise(pdf: bytes, dpi: int = DPI) -> list[Image.Image]:
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm is missing: `make test` installs poppler-utils")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-png", str(source), str(Path(folder) / "page")],
            check=True,
        )
        pages = sorted(Path(folder).glob("page-*.png"))
        return [Image.open(p).convert("RGB") for p in pages]


def codes_on(image: Image.Image) -> Counter[tuple[str, str]]:
    """(format, text) of every QR code and Code128 barcode found on the image."""
    found = zxingcpp.read_barcodes(
        image,
        # a tuple: "|" is deprecated in zxing-cpp 3, whose stubs still ask for it
        formats=(zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.Code128),  # type: ignore[arg-type]
    )
    # zxing-cpp 3 reads the QR family with QRCode, and now and then finds a "Micro QR" in a
    # QR code's corner finder pattern (seen: "5570"): not a code that was printed.
    wanted = {zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.Code128}
    return Counter((_name(b.format), b.text) for b in found if b.format in wanted)


def _name(fmt: zxingcpp.BarcodeFormat) -> str:
    return "qr" if fmt == zxingcpp.BarcodeFormat.QRCode else "code128"


def page_codes(pdf: bytes, dpi: int = DPI) -> list[Counter[tuple[str, str]]]:
    return [codes_on(page) for page in rasterise(pdf, dpi)]


def expected(*codes: str) -> Counter[tuple[str, str]]:
    return Counter([("qr", c) for c in codes] + [("code128", c) for c in codes])
