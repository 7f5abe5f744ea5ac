"""`report PAGE` from the command line: the JSON a script reads, the text an owner reads, the
CSV and XLSX a spreadsheet reads back, and bad input refused in one line.

Most tests run the command line over the report service on a fake port (the counts of
tests/unit/test_report_figures' worked example), so every figure is known; the last ones run
it over a real club on SQLite and PostgreSQL.
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import json
import os
import stat
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from loyaltydesk.cli.report import FORMATS
from loyaltydesk.domain.reports import Calendar, Preset
from loyaltydesk.services.report_views import Page
from loyaltydesk.services.reports import ReportService
from tests.cli.conftest import Cli
from tests.unit.test_report_figures import NOW, TEHRAN, FakeQueries, FakeUow, _counts

ENVELOPE = {
    "page", "preset", "period", "previous_period", "made_at", "options", "has_purchases",
    "figures",
}  # fmt: skip
PAGE_KEYS: dict[Page, set[str]] = {
    Page.SUMMARY: {"trend"},
    Page.RETENTION: set(),
    Page.REPEAT: set(),
    Page.CLV: {"tiers", "members"},
    Page.TOP: {"deciles", "members"},
    Page.AT_RISK: {"members"},
    Page.RFM: {"segments"},
    Page.COHORTS: {"cohorts"},
    Page.HOURS: {"hours"},
    Page.ECONOMICS: {"rewards"},
    Page.TIERS: {"tiers"},
    Page.STAFF: {"staff"},
    Page.BRANCHES: {"branches"},
    Page.VOICE: {"months", "scores", "reasons", "call_list"},
    Page.ANOMALIES: {"rules", "findings"},
}
FIGURE = {"key", "unit", "current", "previous", "change_percent"}
MEMBER = {
    "id", "name", "phone", "tier", "joined_on", "last_visit", "visits", "purchases",
    "spend_rials", "year_spend_rials", "clv_rials", "usual_gap_days", "days_absent",
}  # fmt: skip


def _fake_service(calendar: Calendar, *, empty: bool = False) -> ReportService:
    """The worked example's counts for last month (the period the tests ask for)."""
    periods = ReportService(None, lambda: NOW, TEHRAN).periods(  # type: ignore[arg-type]
        Preset.LAST_MONTH, calendar
    )
    if empty:
        now = then = _counts()
    else:
        now = _counts(at_start=100, at_end=90, new=10, new_at_end=10, retained=75,
                      purchasers=50, repeaters=20, purchases=80, spend_rials=800_000,
                      gap_days=150, gap_count=30,
                      members_total=300, new_members=12, year_customers=60,
                      year_spend_rials=6_000_000, year_at_start=80, year_retained=60)  # fmt: skip
        then = _counts(at_start=80, at_end=100, new=30, new_at_end=30, retained=70, purchasers=40,
                       repeaters=10, purchases=50, spend_rials=400_000,
                       members_total=288)  # fmt: skip
    queries = FakeQueries(now, then, periods.current.first_number)
    return ReportService(lambda *, write: FakeUow(queries), lambda: NOW, TEHRAN)  # type: ignore[arg-type]


@pytest.fixture
def fake(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Cli:
    """The command line over an empty SQLite club whose report service counts by hand."""
    monkeypatch.setenv("LOYALTYDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LOYALTYDESK_LANG", "en")
    services = {
        "en": _fake_service(Calendar.GREGORIAN),
        "fa": _fake_service(Calendar.JALALI),
    }

    def service(uow: object, clock: object, zone: object) -> ReportService:
        from loyaltydesk.settings import load_settings

        return services[load_settings().language]

    monkeypatch.setattr("loyaltydesk.bootstrap.ReportService", service)
    return Cli(str(tmp_path / "club.sqlite3"), capsys)


def _report(cli: Cli, page: str, *args: str) -> Any:
    return cli.json("report", page, "--period", "last-month", *args)


def _csv(path: Path) -> list[list[str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_the_commands_pages_and_periods_are_the_reports() -> None:
    from loyaltydesk.cli.report import PAGES, PRESETS

    assert list(PAGES) == [p.value for p in Page]
    assert list(PRESETS) == [p.value for p in Preset if p is not Preset.CUSTOM]


# -- JSON ----------------------------------------------------------------------------------


@pytest.mark.parametrize("page", list(Page))
def test_each_page_prints_its_documented_json_fields(fake: Cli, page: Page) -> None:
    data = _report(fake, page.value)

    assert set(data) == ENVELOPE | PAGE_KEYS[page]
    assert data["page"] == page.value and data["preset"] == "last-month"
    assert data["period"] == {"from": "2026-11-01", "to": "2026-11-30", "days": 30}
    assert data["previous_period"] == {"from": "2026-10-01", "to": "2026-10-31", "days": 31}
    assert data["options"] == {"active_days": 90, "risk_factor": 2}
    assert data["has_purchases"] is True
    assert all(set(f) == FIGURE for f in data["figures"])
    if "members" in data:
        assert set(data["members"]) == {"total", "rows"}
        assert all(set(m) == MEMBER for m in data["members"]["rows"])


def test_figures_are_numbers_with_the_previous_period_and_the_change(fake: Cli) -> None:
    figures = {f["key"]: f for f in _report(fake, "summary")["figures"]}

    assert figures["retention_rate"] == {
        "key": "retention_rate",
        "unit": "percent",
        "current": 80.0,
        "previous": 87.5,
        "change_percent": -8.6,
    }
    assert figures["customers_at_end"]["current"] == 90
    assert isinstance(figures["customers_at_end"]["current"], int)
    assert figures["average_purchase"]["current"] == 10_000  # Rials, whole
    assert figures["average_days_between_purchases"]["previous"] is None  # nobody came twice
    assert figures["purchase_frequency"]["current"] == 1.6
    assert {"top_share", "at_risk", "average_clv", "points_issued"} <= set(figures)


def test_page_contents(fake: Cli) -> None:
    at_risk = _report(fake, "at-risk")
    sara = at_risk["members"]["rows"][0]
    assert (sara["name"], sara["phone"], sara["usual_gap_days"], sara["days_absent"]) == (
        "Sara", "+989121234567", 7, 3,
    )  # fmt: skip
    assert sara["last_visit"] == "2026-11-27" and sara["joined_on"] == "2026-01-01"
    assert [f["key"] for f in at_risk["figures"]] == ["at_risk"]

    hours = _report(fake, "hours")["hours"]
    assert [h["weekday"] for h in hours] == ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
    assert hours[5]["purchases"][23] == 3 and sum(sum(h["purchases"]) for h in hours) == 3

    segments = {s["segment"]: s for s in _report(fake, "rfm")["segments"]}
    assert segments["champions"] == {
        "segment": "champions", "members": 3, "spend_rials": 800_000, "sales_share": 100.0,
    }  # fmt: skip
    assert segments["lost"]["sales_share"] == 0

    cohorts = _report(fake, "cohorts")["cohorts"]
    assert len(cohorts) == 12 and cohorts[-2]["shares"] == [100.0, 25.0]
    assert cohorts[-1] == {"from": "2026-11-01", "to": "2026-11-30", "days": 30, "size": 2,
                           "shares": [0.0]}  # fmt: skip

    staff = _report(fake, "staff")["staff"]
    assert staff == [{"staff": "sara", "counter": "c1", "credits": 10, "redemptions": 2,
                      "refunds": 0, "voids": 0, "adjustments": 2, "openings": 0,
                      "points_given": 450, "points_taken": 220}]  # fmt: skip
    economics = _report(fake, "economics")
    meal = {"reward_id": 1, "name": "Free meal", "name_fa": "غذای رایگان", "redeemed": 1}
    assert economics["rewards"] == [meal | {"points": 100}]
    top = _report(fake, "top")
    assert top["deciles"] == [0.06, 0.04, 0.03]  # 500, 300, 200 Rials of 800,000
    assert top["members"]["total"] == 1


def test_the_branches_page_in_json_text_and_csv(fake: Cli, tmp_path: Path) -> None:
    branches = _report(fake, "branches")["branches"]
    assert branches == [
        {"branch": "Ekbatan", "purchases": 1, "spend_rials": 100, "points_earned": 1,
         "points_redeemed": 0, "members": 1},
        {"branch": "Vanak", "purchases": 3, "spend_rials": 900, "points_earned": 9,
         "points_redeemed": 40, "members": 2},
        {"branch": None, "purchases": 1, "spend_rials": 500, "points_earned": 5,
         "points_redeemed": 0, "members": 1},
    ]  # fmt: skip
    code, out, err = fake.run("report", "branches", "--period", "last-month")
    assert code == 0, err
    assert "Branches" in out and "Vanak" in out and "No branch" in out
    path = tmp_path / "branches.csv"
    code, _, err = fake.run("report", "branches", "--period", "last-month", "--csv", str(path))
    assert code == 0, err
    header, *rows = _csv(path)
    assert header[:2] == ["Branch", "Purchases"] and header[-1] == "Members served"
    assert [row[0] for row in rows] == ["Ekbatan", "Vanak", "No branch"]
    assert rows[1][header.index("Points redeemed")] == "40"


def test_limit_cuts_member_lists(fake: Cli) -> None:
    assert len(_report(fake, "at-risk", "--limit", "1")["members"]["rows"]) == 1
    assert fake.fails("report", "at-risk", "--limit", "0") == (
        "loyaltydesk: A list shows 1 to 100,000 members.\n"
    )


# -- text ----------------------------------------------------------------------------------


def test_summary_in_the_terminal_has_every_headline_figure_beside_the_previous(
    fake: Cli,
) -> None:
    code, out, err = fake.run("report", "summary", "--period", "last-month")

    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Club report"
    assert lines[1].startswith("1 November 2026 to 30 November 2026, compared with 1 October")
    retention = next(line for line in lines if line.startswith("Retention rate"))
    assert retention.split() == ["Retention", "rate", "%", "80%", "87.5%", "-8.6%"]
    for title in ("Customers at the end", "Churn rate", "Average purchase", "Drifting away"):
        assert any(line.startswith(title) for line in lines), title
    assert "Month by month" in lines


def test_an_empty_report_says_so_honestly(fake: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = _fake_service(Calendar.GREGORIAN, empty=True)
    monkeypatch.setattr("loyaltydesk.bootstrap.ReportService", lambda *a: empty)

    for page in ("summary", "retention", "at-risk"):
        code, out, err = fake.run("report", page, "--period", "last-month")
        assert (code, err) == (0, ""), err
        assert "No purchases in this period." in out
    figures = {f["key"]: f for f in _report(fake, "summary")["figures"]}
    assert _report(fake, "summary")["has_purchases"] is False
    assert figures["retention_rate"]["current"] is None
    assert figures["retention_rate"]["change_percent"] is None


def test_an_empty_summary_says_so_first_and_once(
    fake: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = _fake_service(Calendar.GREGORIAN, empty=True)
    monkeypatch.setattr("loyaltydesk.bootstrap.ReportService", lambda *a: empty)

    for page in ("summary", "retention", "top"):
        code, out, err = fake.run("report", page, "--period", "last-month")
        assert (code, err) == (0, ""), err
        lines = out.splitlines()
        # Right under the period, as on every page; not lost under sixteen figures.
        assert lines[3] == "No purchases in this period.", (page, lines[:6])
        assert out.count("No purchases in this period.") == 1, page


def test_persian_text_uses_persian_digits_and_the_jalali_calendar(fake: Cli) -> None:
    code, out, err = fake.run("--lang", "fa", "report", "at-risk", "--period", "last-month")
    assert code == 0, err
    # The phone as the owner dials it (09…), in Persian digits.
    assert "Sara" in out and "۰۹۱۲۱۲۳۴۵۶۷" in out
    # Last month is Aban 1405 in the Jalali calendar; Sara came 3 days before its end.
    assert "۱۴۰۵/۰۸/۲۷" in out and "آبان ۱۴۰۵" in out


# -- files ---------------------------------------------------------------------------------


def test_csv_is_the_pages_main_table_read_back(fake: Cli, tmp_path: Path) -> None:
    path = tmp_path / "summary.csv"
    written = _report(fake, "summary", "--csv", str(path))
    assert written == {
        "page": "summary", "format": "csv", "out": str(path), "tables": 1,
        "rows": len(_csv(path)) - 1,
    }  # fmt: skip
    header, *rows = _csv(path)
    assert header == ["Figure", "Unit", "This period", "Previous period", "Change"]
    by_title = {row[0]: row for row in rows}
    assert by_title["Retention rate"] == ["Retention rate", "%", "80.00", "87.50", "-8.6"]
    assert by_title["Average purchase"][1:4] == ["Toman", "1000", "800"]

    members = tmp_path / "risk.csv"
    code, out, _ = fake.run("report", "at-risk", "--period", "last-month", "--csv", str(members))
    assert code == 0 and out == f"Report written to {members}\n"
    header, sara = _csv(members)
    # The call list leads with who to call, how long away, their usual rhythm.
    assert header[:5] == ["Name", "Phone", "Days away", "Usual gap (days)", "Last visit"]
    assert sara[:5] == ["Sara", "+989121234567", "3", "7.0", "2026-11-27"]
    assert sara[header.index("Lifetime value (Toman)")] == "2920"  # 7,300 Rials a year × 4


def test_persian_csv_has_jalali_dates_and_the_layouts_titles(
    fake: Cli, tmp_path: Path, persian_qm: Path
) -> None:
    from PySide6.QtCore import QCoreApplication

    path = tmp_path / "risk.csv"
    code, _, err = fake.run(
        "--lang", "fa", "report", "at-risk", "--period", "last-month", "--csv", str(path)
    )
    assert code == 0, err
    header, sara = _csv(path)
    assert sara[4] == "1405/08/27"  # Jalali, in ASCII digits for the spreadsheet
    assert sara[3].isascii()
    # The titles are the layout's, in the shop's language (the Reports context).
    assert header[:2] == [QCoreApplication.translate("Reports", t) for t in ("Name", "Phone")]
    assert len(header) == 8


def test_xlsx_has_every_table_of_the_page_with_numbers_and_dates(fake: Cli, tmp_path: Path) -> None:
    path = tmp_path / "clv.xlsx"
    written = _report(fake, "clv", "--xlsx", str(path))
    assert (written["format"], written["tables"]) == ("xlsx", 3)

    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Lifetime value", "Lifetime value by tier", "Highest lifetime value"]
    figures, tiers, members = book.worksheets
    assert not figures.sheet_view.rightToLeft
    assert [c.value for c in figures[1]] == [
        "Figure",
        "Unit",
        "This period",
        "Previous period",
        "Change",
    ]
    assert figures.freeze_panes == "A2" and figures["A1"].font.bold
    years = figures["C2"].value
    assert years == 4  # a quarter of a year's customers lost: a customer stays 4 years
    assert tiers["A2"].value == "No tier" and tiers["B2"].value == 5
    last_visit = members.cell(row=2, column=4)
    assert last_visit.value == dt.datetime(2026, 11, 27) and last_visit.is_date
    assert isinstance(members.cell(row=2, column=5).value, int)  # visits


def test_persian_xlsx_is_right_to_left(fake: Cli, tmp_path: Path) -> None:
    path = tmp_path / "tiers.xlsx"
    code, _, err = fake.run(
        "--lang", "fa", "report", "tiers", "--period", "last-month", "--xlsx", str(path)
    )
    assert code == 0, err
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet.sheet_view.rightToLeft is True
    assert sheet["B2"].value == 5  # a number, not "۵"


def test_pdf_of_a_page_and_of_the_whole_report(fake: Cli, tmp_path: Path) -> None:
    pytest.importorskip("loyaltydesk.printing.report_pdf")
    page = tmp_path / "risk.pdf"
    whole = tmp_path / "all.pdf"
    assert _report(fake, "at-risk", "--pdf", str(page))["format"] == "pdf"
    assert _report(fake, "summary", "--pdf", str(whole))["tables"] > 10  # every page
    assert page.read_bytes().startswith(b"%PDF") and whole.read_bytes().startswith(b"%PDF")


# -- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-11-20", "--to", "2026-11-01"],
         "The period ends before it starts: put the earlier date first."),
        (["--from", "1405/12/31"], "There is no such day as 1405/12/31."),
        (["--from", "۱۴۰۵/۱۲/۳۰", "--to", "۱۴۰۶/۰۱/۱۵"], "There is no such day as ۱۴۰۵/۱۲/۳۰."),
        (["--from", "2099-01-01", "--to", "2099-02-01"],
         "That period has not started yet: nothing has been bought in it."),
        (["--from", "2026-11-01", "--period", "this-year"],
         "Give either a named period or dates (--from, --to), not both."),
        (["--to", "2026-11-01"], "The period needs its first day too (--from)."),
        (["--from", "yesterday"], "yesterday is not a date"),
    ],
)  # fmt: skip
def test_bad_periods_are_refused_in_one_line(fake: Cli, args: list[str], message: str) -> None:
    err = fake.fails("report", "summary", *args)
    assert message in err


def test_a_start_in_the_future_has_not_started(fake: Cli) -> None:
    # Today is 1405/09/11 (2 December 2026): with no --to the period ends today, before it
    # starts, but what is wrong is the start (issue 12, item 13; the fix is in the domain).
    for lang, start in (("fa", "1406/01/01"), ("en", "2027-03-21")):
        code, out, err = fake.run("--lang", lang, "report", "summary", "--from", start, "--json")
        assert code == 2, err
        assert json.loads(out)["error"]["code"] == "report.period_future", (lang, out)


def test_a_year_typed_wrong_is_refused_in_either_calendar(fake: Cli) -> None:
    # "0100-01-01" once gave a report of 288 customers in the year 721; in Persian a
    # traceback (second newcomer's run).
    for lang, start, end in (
        ("en", "0100-01-01", "0100-02-01"),
        ("fa", "0001-01-01", "0001-01-05"),
    ):
        code, out, err = fake.run(
            "--lang", lang, "report", "summary", "--from", start, "--to", end, "--json"
        )
        assert code == 2, err
        assert json.loads(out)["error"]["code"] == "report.period_too_early", (lang, out)


def test_a_date_with_a_time_is_read_as_its_day(fake: Cli) -> None:
    def period(*dates: str) -> Any:
        return fake.json("report", "summary", "--from", dates[0], "--to", dates[1])["period"]

    with_time = period("2026-11-01 10:00", "2026-11-05T23:30")
    plain_days = period("2026-11-01", "2026-11-05")
    assert with_time == plain_days == {"from": "2026-11-01", "to": "2026-11-05", "days": 5}


def test_a_bad_period_with_json_gives_the_error_object(fake: Cli) -> None:
    code, out, err = fake.run(
        "report", "retention", "--from", "2026-11-20", "--to", "2026-11-01", "--json"
    )
    assert code == 2 and "ends before it starts" in err
    assert json.loads(out)["error"]["code"] == "report.period_reversed"


def test_an_export_nowhere_is_refused_and_leaves_nothing(fake: Cli, tmp_path: Path) -> None:
    missing = tmp_path / "no such folder" / "report.csv"
    err = fake.fails("report", "top", "--period", "last-month", "--csv", str(missing))
    assert err == f"loyaltydesk: The folder {missing.parent} does not exist; nothing was written.\n"
    assert not missing.parent.exists()

    err = fake.fails("report", "top", "--period", "last-month", "--xlsx", str(tmp_path))
    assert "is a folder" in err
    before = sorted(p.name for p in tmp_path.iterdir())
    fake.fails("report", "rfm", "--csv", str(missing), "--xlsx", str(tmp_path / "r.xlsx"))
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def _refuse_files_in(monkeypatch: pytest.MonkeyPatch, folder: Path, code: int) -> None:
    """The kernel's answer to a new file in ``folder`` is ``code``: how a read-only disk
    (EROFS), a folder of someone else's (EACCES) or /proc (ENOENT) answers; the tests run
    as root, whom chmod does not stop."""
    real_open = os.open

    def refusing_open(path: str | os.PathLike[str], flags: int, *args: int, **kw: int) -> int:
        if flags & os.O_CREAT and Path(path).parent == folder:
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args, **kw)

    monkeypatch.setattr(os, "open", refusing_open)


@pytest.mark.parametrize("code", [errno.EACCES, errno.EROFS, errno.ENOENT], ids=errno.errorcode.get)
@pytest.mark.parametrize("kind", FORMATS)
def test_a_folder_that_takes_no_files_is_refused(
    fake: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, kind: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    _refuse_files_in(monkeypatch, folder, code)
    err = fake.fails("report", "top", "--period", "last-month", f"--{kind}", str(folder / "t"))
    assert err == (
        f"loyaltydesk: Files cannot be written in the folder {folder}; nothing was written.\n"
    )
    assert list(folder.iterdir()) == []


def test_a_pdf_nowhere_is_refused_and_a_failed_one_leaves_the_old_file(
    fake: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("loyaltydesk.printing.report_pdf")
    missing = tmp_path / "no such folder" / "report.pdf"
    err = fake.fails("report", "at-risk", "--period", "last-month", "--pdf", str(missing))
    assert err == f"loyaltydesk: The folder {missing.parent} does not exist; nothing was written.\n"
    assert not missing.parent.exists()

    folder = tmp_path / "out"
    folder.mkdir()
    old = folder / "report.pdf"
    old.write_bytes(b"%PDF last week's")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    err = fake.fails("report", "at-risk", "--period", "last-month", "--pdf", str(old), code=6)
    assert "No space left on device" in err
    assert old.read_bytes() == b"%PDF last week's"
    assert [p.name for p in folder.iterdir()] == ["report.pdf"]  # no partial file


@pytest.mark.parametrize("kind", FORMATS)
def test_a_pipe_is_refused_not_replaced(fake: Cli, tmp_path: Path, kind: str) -> None:
    # A pipe stands for /dev/full (never written to in a test): the old code replaced the
    # device with the report and said "Report written".
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    err = fake.fails("report", "summary", "--period", "last-month", f"--{kind}", str(pipe))
    assert err == (
        f"loyaltydesk: {pipe} is not an ordinary file (a device, a pipe or a socket); "
        "nothing was written.\n"
    )
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_symbolic_link_is_written_through_and_a_file_keeps_its_mode(
    fake: Cli, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "top.csv"
    real.write_text("last month")
    real.chmod(0o640)  # kept: the owner chose who reads the club's best customers
    link = tmp_path / "top.csv"
    link.symlink_to(real)

    written = _report(fake, "top", "--csv", str(link))
    assert written["out"] == str(link)
    assert link.is_symlink() and link.resolve() == real
    assert _csv(real)[1][0] == "Sara"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert [p.name for p in shared.iterdir()] == ["top.csv"]


def test_a_new_file_is_readable_as_any_new_file(fake: Cli, tmp_path: Path) -> None:
    pytest.importorskip("loyaltydesk.printing.report_pdf")
    old = os.umask(0o022)
    try:
        for kind in FORMATS:
            path = tmp_path / f"risk.{kind}"
            _report(fake, "at-risk", f"--{kind}", str(path))
            assert stat.S_IMODE(path.stat().st_mode) == 0o644, kind  # not mkstemp's 0600
    finally:
        os.umask(old)


# -- a real club (the SQL behind the report) -------------------------------------------------


def _club(cli: Cli) -> dict[str, str]:
    """Two members with three purchases last month (November 2026 when run in December)."""
    cards = {}
    for name, phone in (("Sara", "09121112233"), ("Ali", "09124445566")):
        added = cli.json("member", "add", "--name", name, "--phone", phone,
                         "--joined", "2026-09-01 10:00")  # fmt: skip
        cards[name] = added["member"]["card"]
    for name, day, amount in (("Sara", "03", "500000"), ("Sara", "20", "300000"),
                              ("Ali", "10", "200000")):  # fmt: skip
        cli.json("credit", cards[name], "--amount", amount, "--at", f"2026-11-{day} 12:00")
    return cards


def test_a_real_club_from_the_command_line(cli: Cli, tmp_path: Path) -> None:
    _club(cli)
    first, last = "2026-11-01", "2026-11-30"

    repeat = {f["key"]: f for f in cli.json(
        "report", "repeat", "--from", first, "--to", last)["figures"]}  # fmt: skip
    assert repeat["purchasers"]["current"] == 2
    assert repeat["repeat_customers"]["current"] == 1
    assert repeat["repeat_rate"]["current"] == 50.0
    assert repeat["purchases"]["current"] == 3
    assert repeat["member_sales"]["current"] == 1_000_000
    assert repeat["average_days_between_purchases"]["current"] == 17.0

    hours = cli.json("report", "hours", "--from", first, "--to", last)["hours"]
    assert sum(sum(h["purchases"]) for h in hours) == 3

    staff = cli.json("report", "staff", "--from", first, "--to", last)["staff"]
    assert [(s["staff"], s["credits"]) for s in staff] == [("Nazanin", 3)]

    path = tmp_path / "top.csv"
    code, _, err = cli.run("report", "top", "--from", first, "--to", last, "--csv", str(path))
    assert code == 0, err
    header, *rows = _csv(path)
    assert [row[0] for row in rows] == ["Sara"]  # the top fifth of two members
    assert rows[0][header.index("Spent in the period (Toman)")] == "80000"  # 800,000 Rials

    code, out, err = cli.run("report", "summary", "--from", first, "--to", last)
    assert code == 0, err
    assert "Retention rate" in out and "Traceback" not in err


def test_an_empty_club_reports_honestly(cli: Cli) -> None:
    for page in Page:
        code, out, err = cli.run("report", page.value)
        assert (code, err) == (0, ""), (page, err)
    summary = cli.json("report", "summary", "--period", "last-12-months")
    assert summary["has_purchases"] is False
    code, out, _ = cli.run("report", "retention")
    assert "No purchases in this period." in out
