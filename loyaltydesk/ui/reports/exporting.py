"""Where a report leaves the window: a table to CSV or XLSX, the whole report to XLSX or PDF.

The writers live in devices/exports.py and printing/report_pdf.py; this module only asks
where to write, runs the writer in a worker and says how it went. Every file goes through
devices/exports, as the command line's do: the same checks, the same refusals (in the
shop's language), the same dates. They are imported when first used, so openpyxl and the
PDF renderer cost the window's start nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from loyaltydesk.domain.errors import DomainError
from loyaltydesk.i18n.display import Display
from loyaltydesk.services.report_tables import LaidOutReport, Table
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.tasks import run_in_background


def _file_name(title: str, suffix: str) -> str:
    """A file name from a title, in any script; only what a file system refuses is dropped."""
    stem = re.sub(r'[\\/:*?"<>|\s]+', "-", title).strip("-") or "report"
    return f"{stem[:60]}{suffix}"


def _ask(
    parent: QWidget, caption: str, title: str, filters: Sequence[tuple[str, str]]
) -> Path | None:
    """The file to write, its suffix added from the chosen type when it was left out."""
    first_suffix = filters[0][1]
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        caption,
        str(Path.home() / _file_name(title, first_suffix)),
        ";;".join(f"{name} (*{suffix})" for name, suffix in filters),
    )
    if not path:
        return None
    target = Path(path)
    suffixes = [suffix for _name, suffix in filters]
    if target.suffix.lower() not in suffixes:
        picked = next((s for name, s in filters if chosen.startswith(name)), first_suffix)
        target = target.with_name(target.name + picked)
    return target


def _run(
    parent: QWidget, display: Display, work: Callable[[], object], target: Path,
    done: Callable[[Path], None] | None,
) -> None:  # fmt: skip
    def finished(_result: object) -> None:
        if done is not None:
            done(target)

    def failed(error: BaseException) -> None:
        # devices/exports turns every failure to write into a domain error with a sentence;
        # anything else is a fault, for the application's error dialog.
        if not isinstance(error, DomainError):
            raise error
        text = error_text(error, display)
        QMessageBox.warning(
            parent, QCoreApplication.translate("ReportExport", "Export"), display.sentence(text)
        )

    run_in_background(work, finished, failed)


def export_table(
    parent: QWidget, table: Table, display: Display, done: Callable[[Path], None] | None = None
) -> None:
    """One table, as CSV (UTF-8 with a BOM, so Excel shows Persian) or as a workbook."""
    target = _ask(
        parent,
        QCoreApplication.translate("ReportExport", "Export {title}").format(title=table.title),
        table.title,
        (
            (QCoreApplication.translate("ReportExport", "CSV"), ".csv"),
            (QCoreApplication.translate("ReportExport", "Excel workbook"), ".xlsx"),
        ),
    )
    if target is None:
        return
    from loyaltydesk.devices.exports import write_csv, write_xlsx

    if target.suffix.lower() == ".xlsx":
        _run(
            parent,
            display,
            lambda: write_xlsx(target, [table], display.rtl, calendar=display.calendar),
            target,
            done,
        )
    else:
        # Dates in the shop's calendar, as the command line writes them (Jalali in Persian).
        language, calendar = display.language, display.calendar
        _run(
            parent,
            display,
            lambda: write_csv(target, table, language=language, calendar=calendar),
            target,
            done,
        )


def export_report(
    parent: QWidget,
    laid_out: LaidOutReport,
    display: Display,
    done: Callable[[Path], None] | None = None,
) -> None:
    """Every table of the report, a sheet each."""
    target = _ask(
        parent,
        QCoreApplication.translate("ReportExport", "Export the report"),
        laid_out.title,
        ((QCoreApplication.translate("ReportExport", "Excel workbook"), ".xlsx"),),
    )
    if target is None:
        return
    from loyaltydesk.devices.exports import write_xlsx

    tables = [t for section in laid_out.sections for t in section.tables]
    _run(
        parent,
        display,
        lambda: write_xlsx(target, tables, display.rtl, calendar=display.calendar),
        target,
        done,
    )


def save_pdf(
    parent: QWidget,
    laid_out: LaidOutReport,
    display: Display,
    fonts: Path,
    done: Callable[[Path], None] | None = None,
) -> None:
    """The whole report with its charts as a PDF, to print or to send."""
    target = _ask(
        parent,
        QCoreApplication.translate("ReportExport", "Save the report as PDF"),
        laid_out.title,
        ((QCoreApplication.translate("ReportExport", "PDF"), ".pdf"),),
    )
    if target is None:
        return
    from loyaltydesk.devices.exports import check_target, write_bytes
    from loyaltydesk.printing.report_pdf import render_report

    def work() -> Path:
        # Asked before the PDF is drawn (seconds for a big report), so a missing folder is
        # said at once, in the shop's language.
        check_target(target)
        return write_bytes(target, render_report(laid_out, fonts))

    _run(parent, display, work, target, done)
