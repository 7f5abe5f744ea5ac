"""The owner's report as a PDF: pages numbered "n of total", long tables running on with
their header repeated, Persian shaped and read back in logical order, nothing drawn in the
margins, and the same report printing the same bytes."""

from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PIL import Image

from loyaltydesk.devices.raster import render_page
from loyaltydesk.i18n.digits import localize_digits
from loyaltydesk.printing.report_pdf import (
    FRAME_W,
    MARGIN,
    TABLE_MIN_SIZE,
    TABLE_SIZE,
    _column_widths,
    render_report,
)
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
from tests.printing.conftest import FONTS

LANGUAGES = ["fa", "en"]
ROWS = 300
LONG_NAME = ("Bartholomew-Alexander " * 10)[:200]
LONG_NAME_FA = ("محمدحسین عبدالرحیمی‌نژاد " * 10)[:200]

WORDS: dict[str, dict[str, Any]] = {
    "fa": {
        "title": "گزارش باشگاه مشتریان",
        "subtitle": "آذر ۱۴۰۵ در برابر آبان ۱۴۰۵",
        "page": "صفحه {page} از {pages}",
        "tiles": ("نرخ ماندگاری", "خرید دوباره", "ریزش", "میانگین خرید", "اعضای تازه"),
        "section": "مشتریان در حال رفتن",
        "hours": "ساعت‌های شلوغ",
        "sales": "فروش ماهانه",
        "visits": "مراجعه در روز",
        "table": "فهرست تماس",
        "columns": ("نام", "تلفن", "آخرین مراجعه", "روزهای غیبت", "ارزش طول عمر"),
        "member": "عضو شماره",
        "weekdays": ("شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه"),
        "months": ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور"),
        "series": ("این دوره", "دورهٔ پیش"),
    },
    "en": {
        "title": "Club report",
        "subtitle": "December 2026 compared with November 2026",
        "page": "Page {page} of {pages}",
        "tiles": ("Retention rate", "Repeat purchases", "Churn", "Average purchase", "New"),
        "section": "Drifting away",
        "hours": "Busy hours",
        "sales": "Monthly sales",
        "visits": "Visits per day",
        "table": "Call list",
        "columns": ("Name", "Phone", "Last visit", "Days absent", "Lifetime value"),
        "member": "Member no.",
        "weekdays": ("Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"),
        "months": ("Jan", "Feb", "Mar", "Apr", "May", "Jun"),
        "series": ("This period", "Previous"),
    },
}


def cell(value: int | Decimal | dt.date | str, shown: str, language: str) -> Cell:
    return Cell(value, localize_digits(shown, language))


def sample(language: str, rows: int = ROWS) -> LaidOutReport:
    w = WORDS[language]
    moods = (1, -1, -1, 0, 1)
    changes = ("▲ 12.5%", "▼ 3%", "▲ 1.2%", "", "▲ 40%")
    tiles = tuple(
        Tile(
            f"t{i}",
            title,
            localize_digits(f"{80 - i * 7}%", language),
            localize_digits(f"{70 - i}%", language),
            localize_digits(change, language),
            mood,
        )
        for i, (title, mood, change) in enumerate(zip(w["tiles"], moods, changes, strict=True))
    )
    members = [
        (LONG_NAME if language == "en" else LONG_NAME_FA) if i == 3 else f"{w['member']} {i}"
        for i in range(rows)
    ]
    table = Table(
        w["table"],
        tuple(
            Column(title, kind)
            for title, kind in zip(
                w["columns"],
                (Kind.TEXT, Kind.PHONE, Kind.DATE, Kind.COUNT, Kind.MONEY),
                strict=True,
            )
        ),
        tuple(
            (
                Cell(name, localize_digits(name, language)),
                cell(f"0912{i:07d}", f"0912{i:07d}", language),
                cell(dt.date(2026, 11, 1 + i % 28), f"2026-11-{1 + i % 28:02d}", language),
                cell(20 + i, str(20 + i), language),
                cell(Decimal(1_000_000 - i), f"{1_000_000 - i:,}", language),
            )
            for i, name in enumerate(members)
        ),
        row_keys=tuple(range(rows)),
    )
    hours = tuple(f"{h}" for h in range(24))
    heatmap = Chart(
        w["hours"],
        ChartKind.HEATMAP,
        tuple(localize_digits(h, language) for h in hours),
        tuple(
            Series(day, tuple(float((d * 7 + h * 13) % 97) for h in range(24)))
            for d, day in enumerate(w["weekdays"])
        ),
    )
    bars = Chart(
        w["sales"],
        ChartKind.BARS,
        w["months"],
        tuple(
            Series(name, tuple(float(100 + 40 * m + 25 * s) for m in range(6)))
            for s, name in enumerate(w["series"])
        ),
    )
    line = Chart(
        w["visits"],
        ChartKind.LINE,
        tuple(localize_digits(str(d), language) for d in range(1, 31)),
        (Series(w["series"][0], tuple(float(30 + (d * 17) % 23) for d in range(30))),),
    )
    return LaidOutReport(
        w["title"],
        w["subtitle"],
        language,
        tiles,
        (Section("at_risk", w["section"], (table,), (bars, line, heatmap)),),
        page_label=w["page"],
    )


def page_texts(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        document.close()


def lines_of(text: str) -> list[str]:
    """The lines PDFium reads off a page: it puts right-to-left text back in logical order and
    joined letter forms back to letters. The zero-width non-joiner is not drawn, so it is not
    read back either."""
    return [line.strip() for line in text.splitlines()]


def plain(text: str) -> str:
    return text.replace("\u200c", "")


def shaped_lines(pdf: bytes, tmp_path: Path) -> list[str]:
    """The lines as poppler reads them: in logical order but with the glyphs as drawn, so a
    Persian word that was joined comes back in presentation forms."""
    source = tmp_path / "report.pdf"
    source.write_bytes(pdf)
    done = subprocess.run(["pdftotext", str(source), "-"], capture_output=True, check=True)
    marks = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))
    return [line.translate(marks).strip() for line in done.stdout.decode().splitlines()]


@pytest.fixture(scope="module")
def pdfs() -> dict[str, bytes]:
    return {language: render_report(sample(language), FONTS) for language in LANGUAGES}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_long_table_runs_over_pages_with_its_header_repeated(
    pdfs: dict[str, bytes], language: str
) -> None:
    texts = page_texts(pdfs[language])

    assert len(texts) > 3  # 300 rows do not fit on one or two pages
    header = WORDS[language]["columns"][3]  # "Days absent": one line, one word in Persian
    pages_with_rows = [t for t in texts if localize_digits("09120000299", language) in t]
    assert pages_with_rows  # the last row is printed
    first_rows_page = next(
        i for i, t in enumerate(texts) if localize_digits("09120000000", language) in t
    )
    for text in texts[first_rows_page:]:
        header_lines = [line for line in lines_of(text) if plain(header) in line]
        assert header_lines, "every page of the table has its header"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_says_which_of_how_many_it_is(pdfs: dict[str, bytes], language: str) -> None:
    texts = page_texts(pdfs[language])
    total = len(texts)

    for number, text in enumerate(texts, start=1):
        expected = WORDS[language]["page"].format(
            page=localize_digits(str(number), language), pages=localize_digits(str(total), language)
        )
        assert expected in lines_of(text)


def test_persian_is_shaped_and_reads_back_in_logical_order(
    pdfs: dict[str, bytes], tmp_path: Path
) -> None:
    title, section = WORDS["fa"]["title"], WORDS["fa"]["section"]

    # Read back in the order it is typed: drawn right to left, not backwards...
    first = lines_of(page_texts(pdfs["fa"])[0])
    assert title in first
    assert section in first
    # ...and shaped: the letters were drawn in their joined forms, not as bare letters.
    shaped = shaped_lines(pdfs["fa"], tmp_path)
    drawn_title = next(line for line in shaped if unicodedata.normalize("NFKC", line) == title)
    assert drawn_title != title
    assert all("\ufb50" <= ch <= "\ufeff" for ch in drawn_title.replace(" ", ""))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_very_long_name_is_cut_with_an_ellipsis(pdfs: dict[str, bytes], language: str) -> None:
    long_name = plain(LONG_NAME if language == "en" else LONG_NAME_FA)
    phone = localize_digits("09120000003", language)

    row = next(
        line for text in page_texts(pdfs[language]) for line in lines_of(text) if phone in line
    )
    row = row.replace("...", "…")  # PDFium reads a right-to-left "…" as its compatibility form

    name = row.split("…")[0]
    assert "…" in row
    assert long_name.startswith(name)
    assert 40 < len(name) < len(long_name)


def _ink(image: Image.Image, box: tuple[int, int, int, int]) -> bool:
    histogram = image.crop(box).convert("L").histogram()
    return sum(histogram[:250]) > 0  # any pixel darker than near-white


@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_is_drawn_in_the_margins(pdfs: dict[str, bytes], language: str) -> None:
    pdf = pdfs[language]
    dpi = 100
    band = int(MARGIN / 72 * dpi) - 2  # a pixel or two of anti-aliasing at the frame's edge
    for index in range(len(page_texts(pdf))):
        page = render_page(pdf, index, dpi)
        w, h = page.size
        for box in ((0, 0, w, band), (0, h - band, w, h), (0, 0, band, h), (w - band, 0, w, h)):
            assert not _ink(page, box), f"ink in the margin of page {index + 1}: {box}"
        # and there is something on the page at all
        assert _ink(page, (band, band, w - band, h - band))


@pytest.mark.parametrize(("language", "from_the_right"), [("fa", True), ("en", False)])
def test_charts_and_tables_run_from_the_right_in_persian(
    pdfs: dict[str, bytes], language: str, from_the_right: bool
) -> None:
    months = WORDS[language]["months"]
    columns = WORDS[language]["columns"]
    document = pdfium.PdfDocument(pdfs[language])
    try:
        page = document[0]
        textpage = page.get_textpage()
        first, last = (_x_of(textpage, word) for word in (months[0], months[-1]))
        textpage.close()
        page.close()
        page = document[1]
        textpage = page.get_textpage()
        name, value = (_x_of(textpage, word) for word in (columns[0], columns[-1]))
        textpage.close()
        page.close()
    finally:
        document.close()

    # The first month's bars and the first column stand where a reader starts.
    assert (first > last) == from_the_right
    assert (name > value) == from_the_right


def _x_of(textpage: pdfium.PdfTextPage, word: str) -> float:
    searcher = textpage.search(plain(word), match_whole_word=False)
    found = searcher.get_next()
    searcher.close()
    assert found is not None, f"{word} is not on the page"
    index, count = found
    boxes = [textpage.get_charbox(i) for i in range(index, index + count)]
    return float(min(box[0] for box in boxes))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_same_report_prints_the_same_bytes(pdfs: dict[str, bytes], language: str) -> None:
    assert render_report(sample(language), FONTS) == pdfs[language]


def test_a_report_with_nothing_in_it_still_prints_one_page() -> None:
    empty = LaidOutReport("Club report", "", "en", (), (Section("x", "Nothing", (), ()),))
    assert len(page_texts(render_report(empty, FONTS))) == 1


def crowded(language: str) -> LaidOutReport:
    """Everything at once that could push ink off the page: long titles, a table of 14
    columns, 120 bars, a chart of one category, a 30 × 30 heatmap."""
    long_title = LONG_NAME if language == "en" else LONG_NAME_FA
    columns = tuple(
        Column(f"{long_title[:12]} {i}", Kind.TEXT if i % 2 else Kind.COUNT) for i in range(14)
    )
    rows = tuple(
        tuple(Cell(r * c, localize_digits(f"{r * c * 1_000_003:,}", language)) for c in range(14))
        for r in range(40)
    )
    labels = tuple(localize_digits(str(i), language) for i in range(120))
    bars = Chart(long_title, ChartKind.BARS, labels, (Series("a", tuple(range(120))),))
    one = Chart("one", ChartKind.LINE, ("x",), (Series("a", (1.0,)), Series(long_title, (2.0,))))
    heatmap = Chart(
        "cohorts",
        ChartKind.HEATMAP,
        tuple(localize_digits(str(i), language) for i in range(30)),
        tuple(
            Series(f"{long_title[:8]} {r}", tuple(float(r * c * 1001) for c in range(30 - r)))
            for r in range(30)
        ),
        value_suffix="%",
    )
    return LaidOutReport(
        long_title,
        long_title,
        language,
        tuple(Tile(str(i), long_title, long_title, "", "▲ " + long_title, 1) for i in range(4)),
        (
            Section(
                "s",
                long_title,
                (Table(long_title, columns, rows, note=long_title),),
                (bars, one, heatmap),
            ),
        ),
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_crowded_report_stays_inside_the_margins(language: str) -> None:
    pdf = render_report(crowded(language), FONTS)

    pages = page_texts(pdf)
    assert len(pages) > 1
    for index in range(len(pages)):
        page = render_page(pdf, index, 100)
        w, h = page.size
        band = int(MARGIN / 72 * 100) - 2
        for box in ((0, 0, w, band), (0, h - band, w, h), (0, 0, band, h), (w - band, 0, w, h)):
            assert not _ink(page, box), f"ink in the margin of page {index + 1}: {box}"


def test_a_wide_table_is_printed_smaller_down_to_a_limit_then_cut() -> None:
    table = crowded("en").sections[0].tables[0]
    narrow = Table("", table.columns[:3], tuple(row[:3] for row in table.rows))

    size, widths = _column_widths(table)
    assert size == TABLE_MIN_SIZE
    assert sum(widths) == pytest.approx(FRAME_W)
    assert _column_widths(narrow)[0] == TABLE_SIZE


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_cohort_month_still_to_come_is_a_blank_cell(language: str) -> None:
    # The layout sends -1 for the months after joining that have not happened yet.
    shares = ((100.0, 60.0, 45.0, 40.0), (100.0, 55.0, 50.0, -1.0), (100.0, 70.0, -1.0, -1.0))
    cohorts = Chart(
        "Cohorts",
        ChartKind.HEATMAP,
        tuple(localize_digits(str(m), language) for m in range(4)),
        tuple(Series(f"M{i}", row) for i, row in enumerate(shares)),
        value_suffix="%",
    )
    report = LaidOutReport("R", "", language, (), (Section("c", "C", charts=(cohorts,)),))

    text = page_texts(render_report(report, FONTS))[0]

    assert text.count("%") == 9  # one per month that has a figure
    assert localize_digits("1", language) + "%" not in text.replace("100%", "")
    assert localize_digits("70%", language) in text


def test_a_line_with_no_point_is_left_out_and_the_report_still_prints() -> None:
    # The voice page of a period nobody scored: every month's average is missing.
    nan = float("nan")
    nobody = Chart("Average score", ChartKind.LINE, ("a", "b"), (Series("score", (nan, nan)),))
    half = Chart(
        "Two lines", ChartKind.LINE, ("a", "b"), (Series("none", (nan, nan)), Series("x", (1, 2)))
    )
    report = LaidOutReport(
        "Club report", "", "en", (), (Section("voice", "Voice", (), (nobody, half)),)
    )
    texts = " ".join(page_texts(render_report(report, FONTS)))
    assert "Two lines" in texts
