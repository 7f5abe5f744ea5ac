"""How alive the window stays while the Reports part counts a big club.

    BENCH_MEMBERS=100000 python -m bench.reports_window    # bench.core's club of that size

The Reports part is opened on bench.core's club (generated first when missing) and asked
for the last 12 months — every page — while a timer ticks every 10 ms on the window's
thread. The longest gap between two ticks is the longest the window stood still (target,
issue 12: under 100 ms); the time to the report on screen is given beside it, first
counted, then again from the service's cache.
"""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bench.core import DATA, ENTRIES_PER_MEMBER, MEMBERS, build_club
from loyaltydesk.bootstrap import RESOURCES, build_services, build_window
from loyaltydesk.domain.reports import Preset
from loyaltydesk.settings import Settings
from loyaltydesk.ui.app import create_application
from loyaltydesk.ui.reports.view import ReportsView

TICK_MS = 10


def run_once(app: QApplication, view: ReportsView, preset: Preset) -> tuple[float, float]:
    """Seconds to the report on screen, and the longest tick gap in ms meanwhile."""
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    start = time.perf_counter()
    ticks.append(start)
    timer.start()
    view.shown = None
    if view.preset() is preset:
        view.refresh()
    else:
        view.period.setCurrentIndex(view.period.findData(preset))
    while view.running or view.shown is None:
        app.processEvents()
        time.sleep(0.001)  # a real event loop sleeps between events too
    took = time.perf_counter() - start
    for _ in range(5):  # what the new report costs to lay out and paint
        app.processEvents()
    ticks.append(time.perf_counter())
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    return took, max(gaps) * 1000


def main() -> int:
    path = (
        Path(sys.argv[1]) if sys.argv[1:] else DATA / f"club-{MEMBERS}-{ENTRIES_PER_MEMBER}.sqlite3"
    )
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        build_club(path)
    with tempfile.TemporaryDirectory() as scratch:
        for language in ("fa", "en"):
            settings = Settings(data_dir=Path(scratch), language=language)
            app = create_application(language, RESOURCES, [sys.argv[0]])
            services = build_services(settings, str(path))
            window = build_window(app, settings, services)
            window.resize(1366, 768)
            window.show()
            app.processEvents()
            view = window.reports
            assert view is not None
            window.tabs.setCurrentWidget(view)
            app.processEvents()
            while view.running:  # the part's first report, on this month
                app.processEvents()
            for label, preset in (
                ("counted", Preset.LAST_12_MONTHS),
                ("cached", Preset.LAST_12_MONTHS),
            ):
                took, stall = run_once(app, view, preset)
                print(
                    f"{language} last 12 months, {label:<8} on screen in {took:6.2f} s, "
                    f"longest stall {stall:6.1f} ms (target < 100 ms)",
                    flush=True,
                )
            window.close()
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
