"""Speed of printing: a 1,000-card sheet (100 A4 pages) laid out in the window's worker while
the event loop is watched for stalls, and one thank-you note from the database to a PDF and
to the bytes a receipt printer receives. Next to raw sqlite3 reading the same rows.

    make bench        # runs bench.core and bench.ui, then this
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from escpos.printer import Dummy
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from bench.core import p99, row
from loyaltydesk.bootstrap import RESOURCES, build_services
from loyaltydesk.devices import thermal
from loyaltydesk.devices.desk import PrintDesk
from loyaltydesk.devices.thermal import Connection, Link
from loyaltydesk.printing.paper import Document, Paper
from loyaltydesk.settings import Settings
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.printing.progress import run_with_progress

CARDS = 1000
NOTES = int(os.environ.get("BENCH_SAMPLES", "200"))


def build_club(folder: Path) -> tuple[Settings, list[int]]:
    settings = Settings(data_dir=folder, language="fa", shop_name="کافه گلپر", staff="bench")
    services = build_services(settings)
    services.rules.add_reward("Free meal", 100, "غذای رایگان", actor=services.actor)
    actor = services.actor
    purchases = []
    for i in range(CARDS):
        member = services.membership.register(
            f"m{i}", name=f"عضو شمارهٔ {i}", phone=f"0912{i:07d}", actor=actor
        ).member
        credit = services.counter.credit_purchase(f"c{i}", member.id, 700_000 + i * 1000, actor)
        purchases.append(credit.purchase_id)
    services.close()
    return settings, purchases


def sheet_in_worker(app: QApplication, desk: PrintDesk) -> tuple[float, float, int]:
    """Seconds for the sheet, the longest the event loop went without running a 10 ms timer,
    and the pages made."""
    window = QWidget()
    window.show()
    faces = desk.printouts.cards_joined_since(None)
    club = desk.printouts.club()
    result: dict[str, object] = {}
    clock = QElapsedTimer()
    gaps: list[float] = []
    ticker = QTimer()
    ticker.setInterval(10)
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    ticker.timeout.connect(tick)
    clock.start()
    ticker.start()
    start = time.perf_counter()
    run_with_progress(
        window,
        "Print cards",
        "Laying out cards…",
        lambda progress, cancelled: desk.maker.sheet(
            faces, club, progress=progress, cancelled=cancelled
        ),
        lambda document: result.update(document=document),
        lambda error: result.update(error=error),
    )
    while not result:
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - start
    ticker.stop()
    if "error" in result:
        raise RuntimeError(result["error"])
    document = result["document"]
    assert isinstance(document, Document)
    return elapsed, max(gaps) if gaps else 0.0, document.pages


def raw_sheet_rows(path: Path) -> float:
    start = time.perf_counter()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "SELECT m.id, m.name, m.joined_at, c.number FROM members m JOIN cards c"
            " ON c.member_id = m.id WHERE c.status = 'active' ORDER BY m.joined_at, m.id"
        ).fetchall()
    return time.perf_counter() - start


def main() -> int:
    app = create_application("fa", RESOURCES, [sys.argv[0]])
    with tempfile.TemporaryDirectory() as folder:
        print(f"building a club of {CARDS:,} members with one purchase each…", flush=True)
        settings, purchases = build_club(Path(folder))
        services = build_services(settings)
        desk = PrintDesk(settings, services.printouts, RESOURCES / "fonts")

        seconds, stall, pages = sheet_in_worker(app, desk)
        raw = raw_sheet_rows(settings.default_database_path)
        print(
            f"{CARDS:,}-card sheet ({pages} pages, worker)  {seconds:6.2f} s   longest event-loop"
            f" stall {stall:5.1f} ms   raw sqlite3 rows {raw * 1000:6.2f} ms   (target < 20 s)",
            flush=True,
        )

        printer = Dummy()
        connection = Connection(Link.NETWORK, "bench", 9100)
        to_pdf, to_printer, raw_note = [], [], []
        conn = sqlite3.connect(settings.default_database_path)
        for i in range(NOTES):
            purchase_id = purchases[i % len(purchases)]
            start = time.perf_counter()
            note = services.printouts.note_for_purchase(purchase_id)
            document = desk.maker.note(note, Paper.ROLL_80)
            middle = time.perf_counter()
            thermal.send(document, connection, Paper.ROLL_80, opener=lambda _: printer)
            end = time.perf_counter()
            to_pdf.append((middle - start) * 1000)
            to_printer.append((end - start) * 1000)
            start = time.perf_counter()
            conn.execute(
                "SELECT p.amount_rials, p.receipt_no, l.points, l.balance_after, m.name"
                " FROM purchases p JOIN members m ON m.id = p.member_id"
                " LEFT JOIN ledger_entries l ON l.purchase_id = p.id AND l.kind = 'earn'"
                " WHERE p.id = ?",
                (purchase_id,),
            ).fetchall()
            raw_note.append((time.perf_counter() - start) * 1000)
        conn.close()
        row("thank-you note → PDF (80 mm)", to_pdf, raw_note, "< 300 ms")
        row("thank-you note → ESC/POS bytes", to_printer, raw_note, "< 300 ms")
        print(
            f"{'':34} (first note of the process included: max {max(to_printer):.1f} ms;"
            f" median {statistics.median(to_printer):.1f} ms, p99 {p99(to_printer):.1f} ms)"
        )
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
