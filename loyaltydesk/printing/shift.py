"""The shift report's lines, worded once for paper, the window and the command line: a
receipt-roll slip (58 or 80 mm) for the till drawer, an A4/A5 page to file, the dialog's
figures and the command's text all read ``shift_lines``."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from loyaltydesk.i18n.display import Display
from loyaltydesk.printing.layout import GREY, Flow
from loyaltydesk.services.shift import ShiftReport

# A sheet draws the slip's lines as a column of reading width, not across the whole page.
SHEET_COLUMN_MM = 120.0


def translate(context: str, text: str) -> str:
    """Qt's translation; the literal arguments at each call are what pyside6-lupdate reads."""
    return QCoreApplication.translate(context, text)


def shift_title() -> str:
    return translate("ShiftPrint", "Shift report")


class Style(enum.StrEnum):
    PAIR = "pair"  # a label and its value
    DETAIL = "detail"  # a smaller pair under a figure (one reward)
    SECTION = "section"  # a group's heading with its count
    TOTAL = "total"  # the net points, last and bold
    NOTE = "note"  # a sentence on its own


@dataclass(frozen=True, slots=True)
class Line:
    style: Style
    label: str
    value: str = ""


def shift_lines(report: ShiftReport, d: Display) -> list[Line]:
    """The report as labelled lines in the display's language, digits, calendar and money."""
    lines = [Line(Style.PAIR, translate("ShiftPrint", "Cashier"), report.staff)]
    counters = report.counters or ((report.counter,) if report.counter else ())
    if counters:
        lines.append(
            Line(
                Style.PAIR,
                translate("ShiftPrint", "Counter"),
                ("، " if d.rtl else ", ").join(counters),
            )
        )
    lines += [
        Line(Style.PAIR, translate("ShiftPrint", "From"), d.when(report.start)),
        Line(Style.PAIR, translate("ShiftPrint", "To"), d.when(report.end)),
    ]
    if report.first_action is not None:
        lines += [
            Line(Style.PAIR, translate("ShiftPrint", "First action"), d.when(report.first_action)),
            Line(Style.PAIR, translate("ShiftPrint", "Last action"), d.when(report.last_action)),
        ]
    else:
        lines.append(Line(Style.NOTE, translate("ShiftPrint", "Nothing was done in this shift.")))

    def section(label: str, count: int, *pairs: tuple[str, str]) -> None:
        lines.append(Line(Style.SECTION, label, d.n(count)))
        lines.extend(Line(Style.PAIR, name, value) for name, value in pairs)

    section(
        translate("ShiftPrint", "Purchases credited"),
        report.credits,
        (translate("ShiftPrint", "Amount paid"), d.money(report.credit_rials)),
        (translate("ShiftPrint", "Points earned"), d.points(report.points_earned)),
    )
    section(
        translate("ShiftPrint", "Coupons used"),
        report.coupons_used,
        (translate("ShiftPrint", "Discount given"), d.money(report.coupon_discount_rials)),
    )
    section(
        translate("ShiftPrint", "Redemptions"),
        report.redemptions,
        (translate("ShiftPrint", "Points spent"), d.points(report.redeemed_points)),
    )
    lines.extend(
        Line(
            Style.DETAIL,
            translate("ShiftPrint", "{reward} × {count}").format(
                reward=reward.label(d.language), count=d.n(reward.count)
            ),
            d.points(reward.points),
        )
        for reward in report.rewards
    )
    section(
        translate("ShiftPrint", "Refunds"),
        report.refunds,
        (translate("ShiftPrint", "Amount refunded"), d.money(report.refund_rials)),
        (translate("ShiftPrint", "Points taken back"), d.points(report.points_taken_back)),
    )
    section(
        translate("ShiftPrint", "Redemptions voided"),
        report.voids,
        (translate("ShiftPrint", "Points given back"), d.points(report.points_given_back)),
    )
    section(
        translate("ShiftPrint", "Adjustments"),
        report.adjustments,
        (translate("ShiftPrint", "Points adjusted"), d.points(report.adjusted_points, signed=True)),
    )
    if report.bonuses:
        section(
            translate("ShiftPrint", "Campaign bonuses"),
            report.bonuses,
            (translate("ShiftPrint", "Bonus points"), d.points(report.bonus_points)),
        )
    if report.registrations:
        section(translate("ShiftPrint", "Members registered"), report.registrations)
    lines.append(
        Line(
            Style.TOTAL,
            translate("ShiftPrint", "Net points given"),
            d.points(report.net_points, signed=True),
        )
    )
    return lines


def add_shift_report(flow: Flow, report: ShiftReport, d: Display) -> None:
    """The report after the shop's heading, on a slip or a sheet."""
    flow.text(shift_title(), size=12, bold=True, align="center")
    flow.rule()
    for line in shift_lines(report, d):
        if line.style is Style.SECTION:
            flow.space(1.5)
            flow.pair(line.label, line.value, size=10, bold=True)
        elif line.style is Style.DETAIL:
            flow.pair(line.label, line.value, size=8.5)
        elif line.style is Style.TOTAL:
            flow.space(1)
            flow.rule()
            flow.pair(line.label, line.value, size=10.5, bold=True)
        elif line.style is Style.NOTE:
            flow.text(line.label, size=9, align="center", color=GREY)
        else:
            flow.pair(line.label, line.value, size=9)
    flow.space(1)
    flow.text(
        translate("ShiftPrint", "Printed {time}").format(time=d.when(report.made_at)),
        size=7.5,
        align="center",
        color=GREY,
    )
