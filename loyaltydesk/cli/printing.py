"""`python -m loyaltydesk print card|sheet|note|slip|coupon|test-page`: documents to a PDF
file (--out), a system print queue (--printer NAME) or the receipt printer (--thermal).

JSON output (public contract): {"document", "pages", "paper", "out" | "printer", "codes"}.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from loyaltydesk.domain.coupons import Coupon
from loyaltydesk.domain.dates import parse_date
from loyaltydesk.domain.errors import InvalidInput, NotFound
from loyaltydesk.printing.paper import Document, DocumentKind, Paper
from loyaltydesk.services.printouts import PrintoutService
from loyaltydesk.services.views import CardFace
from loyaltydesk.settings import Settings

if TYPE_CHECKING:  # the printing stack is imported by `print` only (cli.main builds the parser)
    from loyaltydesk.devices.desk import PrintDesk
    from loyaltydesk.services.coupons import CouponService

SIZES = [p.value for p in (Paper.A6, Paper.ROLL_80, Paper.ROLL_58)]


def add_print_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """The `print` command and its documents (``commands`` is the subparsers action)."""
    where = argparse.ArgumentParser(add_help=False)
    target = where.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, metavar="FILE.pdf", help="write a PDF file")
    target.add_argument("--printer", metavar="NAME", help="send to a system print queue")
    target.add_argument(
        "--thermal", action="store_true", help="send to the receipt printer in the settings"
    )
    where.add_argument("--copies", type=int, default=1)
    sized = argparse.ArgumentParser(add_help=False)
    sized.add_argument("--size", choices=SIZES, help="paper (default: the receipt printer's)")

    printing = commands.add_parser("print", help="print cards, notes, slips and coupons")
    documents = printing.add_subparsers(
        dest="print_command", metavar="DOCUMENT", required=True, parser_class=type(printing)
    )
    parents = [common, where]
    card = documents.add_parser("card", parents=parents, help="one membership card")
    card.add_argument("ref", metavar="CARD|PHONE")
    sheet = documents.add_parser("sheet", parents=parents, help="A4 sheets of 10 cards")
    who = sheet.add_mutually_exclusive_group(required=True)
    who.add_argument("--all", action="store_true", help="every member with a card")
    who.add_argument("--joined-since", metavar="DATE", help="members who joined on or after")
    who.add_argument("--cards", metavar="C1,C2,…", help="these cards (or phones)")
    for name, help_text in (("note", "a thank-you note"), ("slip", "a purchase/redemption slip")):
        doc = documents.add_parser(name, parents=[*parents, sized], help=help_text)
        doc.add_argument("--entry", type=int, required=True, metavar="ENTRY_ID")
    coupon = documents.add_parser(
        "coupon", parents=[*parents, sized], help="a stored coupon from its code, or any coupon"
    )
    coupon.add_argument("code", metavar="CODE")
    coupon.add_argument(
        "--title",
        help='a coupon made elsewhere: what it gives, e.g. "20%% off" (leave out for a stored '
        "coupon: its terms, last day and member are printed)",
    )
    coupon.add_argument("--valid-until", metavar="DATE", help="with --title: its last day")
    coupon.add_argument("--member", metavar="CARD|PHONE", help="with --title: for this member only")
    documents.add_parser(
        "test-page", parents=[*parents, sized], help="see that a printer and Persian work"
    )


def make_document(
    args: argparse.Namespace,
    desk: PrintDesk,
    printouts: PrintoutService,
    settings: Settings,
    *,
    coupons: CouponService | None = None,
) -> tuple[Document, list[str]]:
    """The document the arguments ask for, and the codes printed on it."""
    action = args.print_command
    paper = Paper(args.size) if getattr(args, "size", None) else desk.receipt_paper()
    if args.thermal and not paper.is_roll:
        paper = desk.thermal_paper
    if action == "card":
        face = printouts.card(args.ref)
        return desk.maker.card(face, printouts.club()), [face.card]
    if action == "sheet":
        faces = _sheet_faces(args, printouts, settings)
        if not faces:
            raise InvalidInput("print.no_cards")
        return desk.maker.sheet(faces, printouts.club()), [f.card for f in faces]
    if action in {"note", "slip"}:
        note = printouts.note_for_entry(args.entry)
        make = desk.maker.note if action == "note" else desk.maker.slip
        return make(note, paper), []
    if action == "coupon":
        coupon = _coupon(args, printouts, settings, coupons)
        return desk.maker.coupon(coupon, paper), [coupon.code]
    return desk.maker.test_page(paper), []


def _coupon(
    args: argparse.Namespace,
    printouts: PrintoutService,
    settings: Settings,
    coupons: CouponService | None,
) -> Coupon:
    if args.title is not None:  # a coupon made elsewhere, as before coupons were stored
        if args.valid_until is None:
            raise InvalidInput("print.coupon_needs_end")
        return printouts.coupon(
            args.code,
            title=args.title,
            valid_until=parse_date(args.valid_until),
            member_ref=args.member,
            today=dt.datetime.now(settings.zone).date(),
        )
    if args.valid_until is not None or args.member is not None:
        raise InvalidInput("print.coupon_stored")
    assert coupons is not None
    from loyaltydesk.ui.labels import printed_coupon

    try:
        view = coupons.printable(args.code)
    except NotFound as error:
        raise NotFound("print.coupon_unknown", **error.params) from error
    return printed_coupon(view, settings.language, settings.currency, coupons.today())


def _sheet_faces(
    args: argparse.Namespace, printouts: PrintoutService, settings: Settings
) -> list[CardFace]:
    if args.all:
        return printouts.cards_joined_since(None)
    if args.joined_since:
        day = parse_date(args.joined_since)
        since = dt.datetime.combine(day, dt.time(), settings.zone).astimezone(dt.UTC)
        return printouts.cards_joined_since(since)
    return printouts.cards_for([c for c in args.cards.split(",") if c.strip()])


def deliver(args: argparse.Namespace, desk: PrintDesk, document: Document) -> dict[str, str]:
    if args.out is not None:
        if args.copies != 1:
            raise InvalidInput("printer.copies_need_printer")
        return {"out": str(desk.save_pdf(document, args.out))}
    from loyaltydesk.devices.desk import THERMAL

    target = THERMAL if args.thermal else args.printer
    desk.send(document, target, copies=args.copies)
    return {"printer": target}


def summary(document: Document, codes: list[str], where: dict[str, str]) -> dict[str, Any]:
    return {
        "document": document.kind.value,
        "pages": document.pages,
        "paper": document.paper.value,
        **where,
        "codes": codes,
    }


def sentence(document: Document, codes: list[str], where: dict[str, str], n: Any) -> str:
    from loyaltydesk.cli.text import translate

    if "out" in where:
        text = translate("Cli", "{pages} page(s) written to {path}").format(
            pages=n(document.pages), path=where["out"]
        )
    else:
        text = translate("Cli", "{pages} page(s) sent to {printer}").format(
            pages=n(document.pages), printer=where["printer"]
        )
    if document.kind is DocumentKind.SHEET:
        text += " " + translate("Cli", "({cards} cards)").format(cards=n(len(codes)))
    return text
