"""ESC/POS receipt printers (python-escpos) on USB, a serial port, the network or a device
file. Persian is sent as a raster image: these printers have no Persian code page."""

from __future__ import annotations

import enum
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from loyaltydesk.devices.raster import render_pages, to_width
from loyaltydesk.domain.errors import DeviceError, InvalidInput
from loyaltydesk.printing.paper import THERMAL_DPI, Document, Paper

if TYPE_CHECKING:
    from escpos.escpos import Escpos

log = logging.getLogger(__name__)


def _escpos() -> tuple[ModuleType, type[Exception]]:
    """python-escpos, imported when a receipt is printed: on import it calls
    logging.basicConfig(), which would send every library's log lines to stderr (and so
    into the command line's output); the handler it adds is taken off again."""
    root = logging.getLogger()
    before = list(root.handlers)
    from escpos import exceptions, printer

    for handler in root.handlers:
        if handler not in before:
            root.removeHandler(handler)
    return printer, exceptions.Error


# Printable dots across the head: 72 mm of an 80 mm roll, 48 mm of a 58 mm roll, at 203 dpi.
HEAD_DOTS = {Paper.ROLL_80: 576, Paper.ROLL_58: 384}
DEFAULT_PORT = 9100
DEFAULT_BAUD = 19200
NETWORK_TIMEOUT_S = 5


class Link(enum.StrEnum):
    NETWORK = "network"
    USB = "usb"
    SERIAL = "serial"
    FILE = "file"


@dataclass(frozen=True, slots=True)
class Connection:
    """Where the printer is, as written in the settings:

    ``network:192.168.1.60`` (port 9100) or ``network:host:port``, ``usb:04b8:0e15``
    (vendor:product), ``serial:/dev/ttyUSB0`` or ``serial:COM3:9600``, ``file:/dev/usb/lp0``.
    """

    link: Link
    target: str
    number: int = 0

    def __str__(self) -> str:
        if self.link is Link.FILE:
            return f"file:{self.target}"
        return f"{self.link.value}:{self.target}:{self.number}"


_HEX4 = re.compile(r"^(?:0x)?[0-9a-fA-F]{1,4}$")


def parse_connection(text: str) -> Connection:
    raw = text.strip()
    link_name, _, rest = raw.partition(":")
    try:
        link = Link(link_name.strip().lower())
    except ValueError:
        raise InvalidInput("thermal.bad_connection", value=raw) from None
    rest = rest.strip()
    if not rest:
        raise InvalidInput("thermal.bad_connection", value=raw)
    if link is Link.FILE:
        return Connection(link, rest)
    if link is Link.USB:
        parts = rest.split(":")
        if len(parts) != 2 or not all(_HEX4.match(p) for p in parts):
            raise InvalidInput("thermal.bad_connection", value=raw)
        return Connection(link, parts[0].lower().removeprefix("0x"), int(parts[1], 16))
    # A Windows port (COM3) or a host name has no colon; a device path or port number may.
    target, _, number = (
        rest.rpartition(":") if rest.rsplit(":", 1)[-1].isdigit() else (rest, "", "")
    )
    default = DEFAULT_PORT if link is Link.NETWORK else DEFAULT_BAUD
    value = int(number) if number else default
    if (
        not target
        or value <= 0
        or (link is Link.NETWORK and (value > 65535 or ":" in target or " " in target))
    ):
        raise InvalidInput("thermal.bad_connection", value=raw)
    return Connection(link, target, value)


def open_printer(connection: Connection) -> Escpos:
    """The python-escpos printer for ``connection`` (opened)."""
    printer, _ = _escpos()

    if connection.link is Link.NETWORK:
        device: Escpos = printer.Network(
            connection.target, port=connection.number, timeout=NETWORK_TIMEOUT_S
        )
    elif connection.link is Link.SERIAL:
        device = printer.Serial(connection.target, baudrate=connection.number)
    elif connection.link is Link.USB:
        device = printer.Usb(int(connection.target, 16), connection.number)
    else:
        device = printer.File(connection.target)
    device.open()
    return device


Opener = Callable[[Connection], "Escpos"]


def send(
    document: Document,
    connection: Connection,
    paper: Paper,
    *,
    opener: Opener = open_printer,
    cut: bool = True,
) -> None:
    """Print every page of ``document`` as a raster image across the printer's head, each
    followed by a cut."""
    if paper not in HEAD_DOTS:
        raise InvalidInput("thermal.bad_paper", paper=paper.value)
    dots = HEAD_DOTS[paper]
    _, EscposError = _escpos()  # noqa: N806 - an exception class
    images = [to_width(page, dots) for page in render_pages(document.pdf, THERMAL_DPI)]
    try:
        device = opener(connection)
    except (OSError, EscposError, ValueError) as exc:
        log.warning("thermal printer %s unreachable: %s", connection, exc)
        raise DeviceError("thermal.unreachable", printer=str(connection)) from exc
    # The profile's width lets python-escpos refuse an image wider than the head.
    media = device.profile.profile_data.setdefault("media", {}).setdefault("width", {})
    media["pixels"] = dots
    try:
        for image in images:
            device.image(image, impl="bitImageRaster")
            if cut:
                device.cut()
    except (OSError, EscposError) as exc:
        log.warning("thermal printer %s failed: %s", connection, exc)
        raise DeviceError("thermal.failed", printer=str(connection)) from exc
    finally:
        try:
            device.close()
        except (OSError, EscposError):
            log.warning("closing thermal printer %s failed", connection)
