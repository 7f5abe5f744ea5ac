"""Printed samples in Persian and English into docs/samples/: a membership card (front and
back), an A4 card sheet, a thank-you note (A6 and 80 mm), a slip (58 mm), a coupon and the
first page of the owner's report, each rendered from its PDF the way the preview and the
printers see it.

    make samples
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from loyaltydesk.bootstrap import RESOURCES, build_demo, build_services
from loyaltydesk.devices.desk import PrintDesk
from loyaltydesk.devices.raster import render_page
from loyaltydesk.domain.coupons import Coupon, new_coupon_code
from loyaltydesk.domain.reports import Calendar, Preset
from loyaltydesk.i18n.display import Display
from loyaltydesk.printing.paper import Document, Paper
from loyaltydesk.printing.report_pdf import render_report
from loyaltydesk.settings import Settings
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.reports.layout import lay_out

OUT = Path(__file__).resolve().parent.parent / "docs" / "samples"
DPI = 110
PEOPLE = {
    "fa": [("سارا احمدی", "09121234567"), ("Daniel Brooks", "09351112233")],
    "en": [("Sara Ahmadi", "09121234567"), ("مریم کریمی", "09351112233")],
}


def write(document: Document, name: str, page: int = 0, dpi: float = DPI) -> None:
    path = OUT / f"{name}.png"
    render_page(document.pdf, page, dpi).save(path)
    print(f"wrote {path}")


def write_report(language: str, folder: Path) -> None:
    """The first two pages of a demo club's report over the last 12 months, as Save as PDF
    writes it."""
    settings = Settings(
        data_dir=folder,
        language=language,
        shop_name="کافه گلپر" if language == "fa" else "Golpar Café",
    )
    built = build_demo(settings)
    services = build_services(settings)
    try:
        owner = services.staff.sign_in("Owner", built.pins["Owner"], settings.counter)
        calendar = Calendar.for_language(language)
        periods = services.reports.periods(Preset.LAST_12_MONTHS, calendar)
        report = services.reports.report(periods, settings.report_options, calendar, actor=owner)
        display = Display(language, settings.money_unit, settings.zone)
        pdf = render_report(lay_out(report, display, calendar), RESOURCES / "fonts")
    finally:
        services.close()
    for page, suffix in ((0, ""), (1, "_2")):
        path = OUT / f"report_{language}{suffix}.png"
        render_page(pdf, page, 100).save(path)
        print(f"wrote {path}")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for language in ("fa", "en"):
        create_application(language, RESOURCES, [sys.argv[0]])
        with tempfile.TemporaryDirectory() as folder:
            settings = Settings(
                data_dir=Path(folder),
                language=language,
                shop_name="کافه گلپر" if language == "fa" else "Golpar Café",
                card_back=True,
                staff="Nazanin",
                counter="counter-1",
            )
            services = build_services(settings)
            services.rules.add_reward("Free drink", 40, "نوشیدنی رایگان", actor=services.actor)
            services.rules.add_reward("Free meal", 100, "غذای رایگان", actor=services.actor)
            members = [
                services.membership.register(
                    f"sample-{language}-{i}", name=name, phone=phone, actor=services.actor
                ).member
                for i, (name, phone) in enumerate(PEOPLE[language])
            ]
            for i in range(8):
                services.membership.register(
                    f"sample-{language}-extra-{i}",
                    name=("عضو نمونه " if language == "fa" else "Sample Member ") + str(i + 1),
                    phone=f"0912000{i:04d}",
                    actor=services.actor,
                )
            sara = members[0]
            counter, actor = services.counter, services.actor
            counter.credit_purchase(f"c1-{language}", sara.id, 8_100_000, actor)
            credit = counter.credit_purchase(
                f"c2-{language}", sara.id, 700_000, actor, receipt_no="R-1042"
            )
            redeemed = counter.redeem(f"r-{language}", sara.id, "Free drink", actor)
            desk = PrintDesk(settings, services.printouts, RESOURCES / "fonts")
            maker, printouts = desk.maker, services.printouts
            card = maker.card(printouts.card_of(sara.id), printouts.club())
            write(card, f"card_front_{language}", 0, 250)
            write(card, f"card_back_{language}", 1, 250)
            write(maker.sheet(printouts.cards_joined_since(None)), f"sheet_{language}", 0, 60)
            note = printouts.note_for_purchase(credit.purchase_id)
            write(maker.note(note, Paper.A6), f"note_a6_{language}")
            write(maker.note(note, Paper.ROLL_80), f"note_80mm_{language}", 0, 150)
            slip = printouts.note_for_entry(redeemed.entry_id)
            write(maker.slip(slip, Paper.ROLL_58), f"slip_58mm_{language}", 0, 150)
            title = "۲۰٪ تخفیف خرید بعدی" if language == "fa" else "20% off your next visit"
            coupon = Coupon(new_coupon_code(), title, dt.date(2027, 1, 20), members[1].name)
            write(maker.coupon(coupon, Paper.A6), f"coupon_{language}")
            services.close()
        with tempfile.TemporaryDirectory() as folder:
            write_report(language, Path(folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
