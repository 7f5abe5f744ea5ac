"""A report laid out for people: titled sections of tables and charts, already translated.

The Reports part shows these tables, the exports write them (CSV, XLSX) and the PDF prints
them with their charts, so a figure reads the same wherever it goes. Cells keep their type
(a number stays a number, a date a date) so a spreadsheet can still add them up; ``shown``
holds the text a person reads (digits and money in the shop's language).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from decimal import Decimal

Value = int | Decimal | dt.date | str | None


class Kind(enum.StrEnum):
    TEXT = "text"
    COUNT = "count"
    RIALS = "rials"  # the value is in Rials; ``shown`` is in the shop's money unit
    MONEY = "money"  # the value is already in the shop's money unit (Toman or Rial)
    PERCENT = "percent"
    NUMBER = "number"
    DATE = "date"
    PHONE = "phone"


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    kind: Kind


@dataclass(frozen=True, slots=True)
class Cell:
    value: Value
    shown: str


@dataclass(frozen=True, slots=True)
class Table:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    # What each row opens on a double-click (a member id, or a key the view understands).
    row_keys: tuple[object, ...] = ()
    note: str = ""  # "the 1,000 most valuable of 52,118", "no purchases in this period"


class ChartKind(enum.StrEnum):
    BARS = "bars"  # one bar per label and series
    LINE = "line"
    HEATMAP = "heatmap"  # rows × columns of values, darker for more


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    values: tuple[float, ...]  # for drawing only; tables carry the exact figures


@dataclass(frozen=True, slots=True)
class Chart:
    title: str
    kind: ChartKind
    labels: tuple[str, ...]  # categories along the axis (heatmap: the columns)
    # heatmap: one series per row, named by the row; a negative value is a cell with no figure
    series: tuple[Series, ...] = ()
    value_suffix: str = ""  # "%" for shares
    # A scale fixed by what is measured (a score: 0 to 5) rather than by the values shown,
    # so the same average stands at the same height in every language and month.
    value_range: tuple[float, float] | None = None


@dataclass(frozen=True, slots=True)
class Section:
    key: str  # the page (report_views.Page value)
    title: str
    tables: tuple[Table, ...] = ()
    charts: tuple[Chart, ...] = ()


@dataclass(frozen=True, slots=True)
class Tile:
    """A headline figure: its title, value and the change from the previous period."""

    key: str
    title: str
    value: str
    previous: str
    change: str  # "▲ 12.5%", "▼ 3%", "" when there is nothing to compare
    # +1 the change is good news, -1 bad news (more churn), 0 none.
    mood: int = 0


@dataclass(frozen=True, slots=True)
class LaidOutReport:
    title: str
    subtitle: str  # the period and the one it is compared with
    language: str
    tiles: tuple[Tile, ...]
    sections: tuple[Section, ...] = field(default_factory=tuple)
    # The page number under each printed page, translated by whoever builds the report
    # ("Page {page} of {pages}"): the printing layer has no translations of its own.
    page_label: str = "{page} / {pages}"
