"""The print desk: makes the shop's documents from the settings and sends them to the
thermal printer, a system print queue or a PDF file. One place for the window and the
command line, so both print the same thing the same way."""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image

from loyaltydesk.devices import system, thermal
from loyaltydesk.devices.thermal import Connection, Opener, open_printer, parse_connection
from loyaltydesk.domain.errors import DeviceError, DomainError, InvalidInput
from loyaltydesk.domain.notes import check_note_text
from loyaltydesk.i18n.text import strip_bidi_controls
from loyaltydesk.printing.documents import DocumentMaker, Shop
from loyaltydesk.printing.paper import Document, Paper
from loyaltydesk.services.printouts import PrintoutService
from loyaltydesk.settings import Settings

THERMAL = "thermal"


def shop_of(settings: Settings) -> Shop:
    return Shop(
        name=strip_bidi_controls(settings.shop_name),
        display=settings.display(),
        logo=settings.logo_path,
        note_text=settings.note_text,
        card_back=settings.card_back,
    )


MAX_LOGO_BYTES = 5_000_000


def print_settings_errors(settings: Settings) -> dict[str, DomainError]:
    """What is wrong with the printing settings, by field name (empty when all is well);
    the settings dialog shows each message next to its field and saves nothing."""
    errors: dict[str, DomainError] = {}
    for name in ("note_text_fa", "note_text_en"):
        try:
            check_note_text(getattr(settings, name))
        except DomainError as error:
            errors[name] = error
    if settings.thermal_printer.strip():
        try:
            parse_connection(settings.thermal_printer)
        except DomainError as error:
            errors["thermal_printer"] = error
    if settings.logo and not _readable_picture(Path(settings.logo)):
        errors["logo"] = InvalidInput("logo.unreadable", path=settings.logo)
    return errors


def _readable_picture(path: Path) -> bool:
    try:
        if path.stat().st_size > MAX_LOGO_BYTES:
            return False
        with Image.open(path) as picture:
            picture.verify()
    except (OSError, ValueError, SyntaxError):
        return False
    return True


def send_test_page(settings: Settings, fonts: Path, opener: Opener = open_printer) -> None:
    """The receipt printer's test page from the settings alone: the first-run wizard tries
    the printer before the club (and its printout service) exists."""
    if not settings.thermal_printer.strip():
        raise DeviceError("thermal.not_configured")
    paper = Paper(settings.thermal_paper)
    document = DocumentMaker(shop_of(settings), fonts).test_page(paper)
    thermal.send(document, parse_connection(settings.thermal_printer), paper, opener=opener)


class PrintDesk:
    def __init__(
        self,
        settings: Settings,
        printouts: PrintoutService,
        fonts: Path,
        opener: Opener = open_printer,
    ) -> None:
        self.settings = settings
        self.printouts = printouts
        self.maker = DocumentMaker(shop_of(settings), fonts)
        self._fonts = fonts
        self._opener = opener

    def with_settings(self, settings: Settings) -> PrintDesk:
        """The same desk after the settings changed (new shop name, logo, printer…)."""
        return PrintDesk(settings, self.printouts, self._fonts, self._opener)

    @property
    def fonts(self) -> Path:
        """The bundled fonts' folder (the report PDF draws with them too)."""
        return self._fonts

    # -- where things go ---------------------------------------------------------------------

    @property
    def thermal(self) -> Connection | None:
        """The configured receipt printer; None when there is none (or it is mistyped,
        which the settings dialog does not let happen)."""
        if not self.settings.thermal_printer:
            return None
        try:
            return parse_connection(self.settings.thermal_printer)
        except DomainError:
            return None

    @property
    def thermal_paper(self) -> Paper:
        return Paper(self.settings.thermal_paper)

    def receipt_paper(self) -> Paper:
        """The paper a note or slip is made for: the roll if a receipt printer is set up."""
        return self.thermal_paper if self.thermal is not None else Paper.A6

    def quick_target(self) -> str | None:
        """Where one key sends a note: the receipt printer, else the chosen or default
        system printer; None when there is no printer at all (then: preview and PDF)."""
        if self.thermal is not None:
            return THERMAL
        names = system.printer_names()
        if self.settings.printer and self.settings.printer in names:
            return self.settings.printer
        return system.default_printer_name()

    def send(self, document: Document, target: str, *, copies: int = 1) -> None:
        if target == THERMAL:
            connection = self.thermal
            if connection is None:
                raise DeviceError("thermal.not_configured")
            # Whatever the document was laid out for is scaled to the head that is there.
            for _ in range(copies):
                thermal.send(document, connection, self.thermal_paper, opener=self._opener)
        else:
            system.print_document(document, target, copies=copies)

    @staticmethod
    def save_pdf(document: Document, path: Path) -> Path:
        """Write the PDF whole or not at all (a half-written file is never left behind)."""
        target = path.expanduser().resolve()
        if not target.parent.is_dir():
            raise InvalidInput("print.no_folder", path=str(target.parent))
        partial = target.with_name(target.name + ".partial")
        try:
            partial.write_bytes(document.pdf)
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise DeviceError("print.cannot_write", path=str(target)) from exc
        return target
