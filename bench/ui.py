"""Speed of the counter window on the 1,000,000-member club that bench.core generates.

    make bench        # runs bench.core, then this

Scan → member panel filled, and each keystroke of a search → results shown, are measured
by sending the key events a scanner or a cashier would send to the real window (offscreen),
next to raw sqlite3 answering the same question; start-up is a fresh process from launch to
a counter ready for the first key.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from bench.core import DATA, ENTRIES_PER_MEMBER, MEMBERS, p99
from loyaltydesk.bootstrap import RESOURCES, build_services, build_window, load_demo_recipe
from loyaltydesk.i18n.digits import to_persian_digits
from loyaltydesk.settings import Settings
from loyaltydesk.ui.app import create_application

SAMPLES = int(os.environ.get("BENCH_SAMPLES", "500"))


def press(widget: QWidget, ch: str, key: Qt.Key = Qt.Key.Key_unknown) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def startup(path: Path) -> list[float]:
    """Seconds from launching a new process to a counter that takes keys."""
    times = []
    for _ in range(5):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "bench.ui", "--startup-probe", str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert "ready" in done.stdout, done.stderr
        times.append(time.perf_counter() - start)
    return times


def startup_probe(path: Path) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(data_dir=Path(scratch), language="fa")
        app = create_application("fa", RESOURCES, [sys.argv[0]])
        services = build_services(settings, str(path))
        window = build_window(app, settings, services)
        window.show()
        app.processEvents()
        assert window.counter.search.isEnabled()
        print("ready", flush=True)
        services.close()


def row(label: str, ours: list[float], raw: list[float], target: str) -> None:
    print(
        f"{label:<34} p50 {statistics.median(ours):7.2f} ms  p99 {p99(ours):7.2f} ms   "
        f"raw sqlite3 p50 {statistics.median(raw):6.2f} ms  p99 {p99(raw):6.2f} ms   "
        f"(target {target})",
        flush=True,
    )


def main() -> int:
    if sys.argv[1:2] == ["--startup-probe"]:
        startup_probe(Path(sys.argv[2]))
        return 0
    path = DATA / f"club-{MEMBERS}-{ENTRIES_PER_MEMBER}.sqlite3"
    if not path.exists():
        print("run `python -m bench.core` first: it generates the club", file=sys.stderr)
        return 1
    raw = sqlite3.connect(path)
    members = raw.execute("SELECT count(*) FROM members").fetchone()[0]
    rng = random.Random(11)
    ids = [rng.randrange(1, members + 1) for _ in range(SAMPLES)]
    cards = [
        raw.execute(
            "SELECT number FROM cards WHERE member_id = ? AND status = 'active'", (i,)
        ).fetchone()[0]
        for i in ids
    ]
    recipe = load_demo_recipe()
    words = rng.choices(recipe.persian_first + recipe.persian_last, k=SAMPLES // 5)

    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(data_dir=Path(scratch), language="fa")
        app = create_application("fa", RESOURCES, [sys.argv[0]])
        services = build_services(settings, str(path))
        window = build_window(app, settings, services)
        window.show()
        app.processEvents()
        counter = window.counter

        scans = []
        for card in cards:
            counter.clear()
            app.processEvents()
            start = time.perf_counter()
            for ch in to_persian_digits(card):
                press(counter.search, ch)
            press(counter.search, "\r", Qt.Key.Key_Return)
            app.processEvents()
            scans.append((time.perf_counter() - start) * 1000)
            assert counter.panel.name.text(), "the panel was not filled"
        raw_scans = []
        for card in cards:
            start = time.perf_counter()
            raw.execute(
                "SELECT m.* FROM cards c JOIN members m ON m.id = c.member_id WHERE c.number = ?",
                (card,),
            ).fetchall()
            raw_scans.append((time.perf_counter() - start) * 1000)
        row("scan -> member panel filled", scans, raw_scans, "p99 < 100 ms")

        keystrokes, raw_keys = [], []
        for word in words:
            counter.clear()
            for length in range(1, len(word) + 1):
                start = time.perf_counter()
                press(counter.search, word[length - 1])
                app.processEvents()
                keystrokes.append((time.perf_counter() - start) * 1000)
                prefix = word[:length]
                start = time.perf_counter()
                raw.execute(
                    "SELECT m.* FROM members m WHERE m.id IN (SELECT member_id FROM"
                    " member_name_tokens WHERE token >= ? AND token < ? ORDER BY token"
                    " LIMIT 40) LIMIT 10",
                    (prefix, prefix + "\U0010ffff"),
                ).fetchall()
                raw_keys.append((time.perf_counter() - start) * 1000)
            assert counter.results.count() > 0, word
        row("keystroke -> results shown", keystrokes, raw_keys, "p99 < 100 ms")
        window.close()
        services.close()

    times = startup(path)
    print(
        f"{'start -> counter ready (process)':<34} median {statistics.median(times):5.2f} s"
        f"  max {max(times):5.2f} s   (target < 2 s)",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
