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

from loyaltydesk.bootstrap import RESOURCES, build_services
from loyaltydesk.devices.desk import PrintDesk
from loyaltydesk.devices.raster import render_page
from loyaltydesk.domain.coupons import Coupon, new_coupon_code
from loyaltydesk.i18n.digits import localize_digits
from loyaltydesk.i18n.numbers import format_int
from loyaltydesk.printing.paper import Document, Paper
from loyaltydesk.printing.report_pdf import render_report
from loyaltydesk.services.report_tables import (
    Cell,
    Chart,
    ChartKind,
    Column,
    Kind,
    LaidOutReport,
    Section,
    Series,
    Table,
    Tile,
)
from loyaltydesk.settings import Settings
from loyaltydesk.ui.app import create_application

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


# The report's words in each language, as the Reports part lays them out. Nothing builds a
# LaidOutReport from a club yet, so the sample is made by hand with plausible figures.
REPORT_WORDS = {
    "fa": {
        "title": "گزارش باشگاه مشتریان کافه گلپر",
        "subtitle": "آذر ۱۴۰۵، در مقایسه با آبان ۱۴۰۵",
        "page": "صفحه {page} از {pages}",
        "tiles": (
            "نرخ ماندگاری",
            "خرید دوباره",
            "نرخ ریزش",
            "میانگین خرید",
            "ارزش طول عمر مشتری",
            "در حال رفتن",
        ),
        "values": ("۸۰٪", "۴۶٪", "۱۲٪", "۳۸۵٬۰۰۰ تومان", "۴٫۲ میلیون تومان", "۱۳۸"),
        "changes": ("▲ ۴٪", "▲ ۱٫۵٪", "▲ ۲٪", "▼ ۳٪", "▲ ۶٪", "▲ ۱۱٪"),
        "months": ("تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر"),
        "series": ("این دوره", "دورهٔ پیش"),
        "club": "باشگاه در یک نگاه",
        "sales": "فروش اعضا (میلیون تومان)",
        "active": "اعضای فعال در هر هفته",
        "week": "هفتهٔ {n}",
        "hours": "ساعت‌های شلوغ",
        "visits": "خرید در هر ساعت",
        "weekdays": ("شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه"),
        "risk": "مشتریان در حال رفتن",
        "calls": "فهرست تماس",
        "note": "۲۵ مشتری ارزشمندتر از ۱۳۸",
        "columns": ("نام", "تلفن", "آخرین مراجعه", "فاصلهٔ معمول (روز)", "روزهای غیبت"),
        "names": ("سارا احمدی", "مریم کریمی", "Daniel Brooks", "علی رضایی", "نازنین موسوی"),
        "day": "۱۴۰۵/۰۸/{d:02d}",
    },
    "en": {
        "title": "Golpar Café club report",
        "subtitle": "December 2026, compared with November 2026",
        "page": "Page {page} of {pages}",
        "tiles": (
            "Retention rate",
            "Repeat purchase rate",
            "Churn rate",
            "Average purchase",
            "Customer lifetime value",
            "Drifting away",
        ),
        "values": ("80%", "46%", "12%", "385,000 Toman", "4.2 million Toman", "138"),
        "changes": ("▲ 4%", "▲ 1.5%", "▲ 2%", "▼ 3%", "▲ 6%", "▲ 11%"),
        "months": ("Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        "series": ("This period", "Previous period"),
        "club": "The club at a glance",
        "sales": "Members' sales (million Toman)",
        "active": "Active members each week",
        "week": "Week {n}",
        "hours": "Busy hours",
        "visits": "Purchases by hour",
        "weekdays": ("Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"),
        "risk": "Drifting away",
        "calls": "Call list",
        "note": "The 25 most valuable of 138",
        "columns": ("Name", "Phone", "Last visit", "Usual gap (days)", "Days absent"),
        "names": ("Sara Ahmadi", "Maryam Karimi", "مریم کریمی", "Ali Rezaei", "Nazanin Mousavi"),
        "day": "2026-11-{d:02d}",
    },
}


def sample_report(language: str) -> LaidOutReport:
    w = REPORT_WORDS[language]
    moods = (1, 1, -1, -1, 1, -1)
    tiles = tuple(
        Tile(f"t{i}", title, value, "", change, mood)
        for i, (title, value, change, mood) in enumerate(
            zip(w["tiles"], w["values"], w["changes"], moods, strict=True)
        )
    )
    sales = Chart(
        w["sales"],
        ChartKind.BARS,
        w["months"],
        (
            Series(w["series"][0], (182.0, 196.0, 174.0, 210.0, 228.0, 241.0)),
            Series(w["series"][1], (170.0, 181.0, 180.0, 192.0, 205.0, 219.0)),
        ),
    )
    weeks = tuple(str(w["week"]).format(n=format_int(n, language)) for n in range(1, 13))
    active = Chart(
        w["active"],
        ChartKind.LINE,
        weeks,
        (Series(w["series"][0], (412, 430, 425, 451, 468, 460, 482, 497, 489, 510, 526, 531)),),
    )
    hours = tuple(format_int(h, language) for h in range(8, 23))
    busy = Chart(
        w["visits"],
        ChartKind.HEATMAP,
        hours,
        tuple(
            Series(
                day,
                tuple(
                    float((12 + 9 * (h in (8, 13, 19)) + 5 * d + 7 * h) % 41) for h in range(8, 23)
                ),
            )
            for d, day in enumerate(w["weekdays"])
        ),
    )
    names = w["names"]
    rows = tuple(
        (
            Cell(f"{names[i % 5]} {i + 1}", f"{names[i % 5]} {format_int(i + 1, language)}"),
            Cell(f"0912{i:07d}", localize_digits(f"0912{i:07d}", language)),
            Cell(None, localize_digits(str(w["day"]).format(d=1 + i % 28), language)),
            Cell(7 + i % 9, format_int(7 + i % 9, language)),
            Cell(30 + 2 * i, format_int(30 + 2 * i, language)),
        )
        for i in range(25)
    )
    kinds = (Kind.TEXT, Kind.PHONE, Kind.DATE, Kind.COUNT, Kind.COUNT)
    calls = Table(
        w["calls"],
        tuple(Column(t, k) for t, k in zip(w["columns"], kinds, strict=True)),
        rows,
        note=w["note"],
    )
    return LaidOutReport(
        w["title"],
        w["subtitle"],
        language,
        tiles,
        (
            Section("club", w["club"], charts=(sales, active)),
            Section("hours", w["hours"], charts=(busy,)),
            Section("at_risk", w["risk"], tables=(calls,)),
        ),
        page_label=w["page"],
    )


def write_report(language: str) -> None:
    path = OUT / f"report_{language}.png"
    pdf = render_report(sample_report(language), RESOURCES / "fonts")
    render_page(pdf, 0, 100).save(path)
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
            services.rules.add_reward("Free drink", 40, "نوشیدنی رایگان")
            services.rules.add_reward("Free meal", 100, "غذای رایگان")
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
        write_report(language)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
