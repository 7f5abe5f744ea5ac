"""Where documents go: ESC/POS bytes for receipt printers, Qt's print path, PDF files."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest
from escpos.printer import Dummy
from PIL import Image

from loyaltydesk.devices import system, thermal
from loyaltydesk.devices.desk import THERMAL, PrintDesk
from loyaltydesk.devices.thermal import Connection, Link
from loyaltydesk.domain.coupons import Coupon, new_coupon_code
from loyaltydesk.domain.errors import DeviceError, InvalidInput
from loyaltydesk.printing.paper import Paper
from loyaltydesk.services.views import CardFace
from tests.printing.conftest import FONTS, card_number, maker
from tests.printing.scan import codes_on, expected, page_codes

RASTER = b"\x1dv0"  # GS v 0: print raster bit image
CUT = b"\x1dV"  # GS V: cut the paper
NOWHERE = Connection(Link.NETWORK, "printer.test", 9100)


def raster_images(data: bytes) -> list[Image.Image]:
    """The bit images in an ESC/POS stream, as a receipt printer would print them."""
    images = []
    at = data.find(RASTER)
    while at >= 0:
        header = data[at + 3 : at + 8]  # m xL xH yL yH
        row_bytes = header[1] + 256 * header[2]
        rows = header[3] + 256 * header[4]
        start = at + 8
        bits = data[start : start + row_bytes * rows]
        # ESC/POS: 1 = burn a dot (black); PIL's mode "1" from bytes: 1 = white.
        image = Image.frombytes("1", (row_bytes * 8, rows), bytes(b ^ 0xFF for b in bits))
        images.append(image)
        at = data.find(RASTER, start + len(bits))
    return images


def stacked(images: list[Image.Image]) -> Image.Image:
    page = Image.new("L", (images[0].width + 40, sum(i.height for i in images) + 40), 255)
    y = 20
    for image in images:
        page.paste(image.convert("L"), (20, y))
        y += image.height
    return page


@pytest.mark.parametrize(("paper", "dots"), [(Paper.ROLL_80, 576), (Paper.ROLL_58, 384)])
def test_a_receipt_printer_gets_a_raster_image_across_its_head_and_a_cut(
    paper: Paper, dots: int
) -> None:
    code = new_coupon_code()
    document = maker("fa").coupon(Coupon(code, "۲۰٪ تخفیف", dt.date(2026, 12, 31)), paper)
    printer = Dummy()

    thermal.send(document, NOWHERE, paper, opener=lambda _: printer)

    data = printer.output
    assert data.count(CUT) == 1 and data.endswith(CUT + b"\x00")  # a full cut, last
    assert 0 <= data.find(RASTER) < data.rfind(CUT)
    images = raster_images(data)
    assert images and all(i.width == dots for i in images)
    # The dots on the paper scan back to the coupon's code.
    assert codes_on(stacked(images).convert("RGB")) == expected(code)


def test_an_unreachable_receipt_printer_is_reported_not_crashed() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    document = maker("en").test_page(Paper.ROLL_80)
    with pytest.raises(DeviceError) as failed:
        thermal.send(document, Connection(Link.NETWORK, "127.0.0.1", port), Paper.ROLL_80)
    assert failed.value.code == "thermal.unreachable"


def test_a_file_device_receives_the_same_bytes(tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    document = maker("en").test_page(Paper.ROLL_58)
    thermal.send(document, thermal.parse_connection(f"file:{device}"), Paper.ROLL_58)
    data = device.read_bytes()
    assert RASTER in data and CUT in data
    assert raster_images(data)[0].width == 384


def test_the_system_print_path_draws_every_card_scannably(tmp_path: Path) -> None:
    faces = [CardFace(i, f"Member {i}", card_number(i), dt.datetime.now(dt.UTC)) for i in range(10)]
    document = maker("en").sheet(faces)
    target = tmp_path / "queue.pdf"
    pages: list[int] = []

    system.print_document(document, pdf_file=target, progress=lambda done, _: pages.append(done))

    assert pages == [1]
    assert page_codes(target.read_bytes()) == [expected(*(f.card for f in faces))]


def test_an_unknown_print_queue_is_bad_input(tmp_path: Path) -> None:
    document = maker("en").test_page(Paper.A6)
    with pytest.raises(InvalidInput) as refused:
        system.print_document(document, "No Such Printer")
    # This machine has no print queues: the message says so instead of an empty list.
    assert refused.value.code in {"printer.unknown", "printer.unknown_none_here"}
    assert refused.value.params.get("known", "x") != ""


def test_the_desk_sends_notes_to_the_receipt_printer_when_there_is_one(
    club: object, tmp_path: Path
) -> None:
    from dataclasses import replace

    from loyaltydesk.bootstrap import Services

    assert isinstance(club, Services)
    printer = Dummy()
    settings = replace(club.settings, thermal_printer="network:10.0.0.9", thermal_paper="58mm")
    desk = PrintDesk(settings, club.printouts, FONTS, opener=lambda _: printer)

    assert desk.quick_target() == THERMAL and desk.receipt_paper() is Paper.ROLL_58
    desk.send(desk.maker.test_page(Paper.ROLL_80), THERMAL, copies=2)
    assert printer.output.count(CUT) == 2
    # Laid out for 80 mm, printed across the 58 mm head that is there.
    assert {image.width for image in raster_images(printer.output)} == {384}

    bare = PrintDesk(replace(club.settings, thermal_printer=""), club.printouts, FONTS)
    assert bare.receipt_paper() is Paper.A6
    with pytest.raises(DeviceError):
        bare.send(desk.maker.test_page(Paper.A6), THERMAL)


def test_a_pdf_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    document = maker("en").test_page(Paper.A6)
    written = PrintDesk.save_pdf(document, tmp_path / "page.pdf")
    assert written.read_bytes() == document.pdf
    with pytest.raises(InvalidInput):
        PrintDesk.save_pdf(document, tmp_path / "missing" / "page.pdf")
    assert not list(tmp_path.glob("*.partial"))
