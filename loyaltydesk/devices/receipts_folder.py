"""Watching the receipts folder (watchdog) and moving each file where it belongs.

Events only say "look at this file now": one worker thread decides, so a file is never
handled twice at once. A file is read when it has stood unchanged (size and time) for a
moment and its content parses; a sale cut off mid-file usually does not parse, and a CSV
whose last line has no end yet is given longer. The folder is also listed every few
seconds: files there at start, events a network share never sends, and files left for
retry while the database did not answer.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from watchdog.events import EVENT_TYPE_CLOSED, FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from loyaltydesk.domain.errors import DomainError, InvalidInput
from loyaltydesk.domain.staff import Actor
from loyaltydesk.services.receipts_folder import (
    DONE,
    FAILED,
    INCOMPLETE,
    Handled,
    Outcome,
    ReceiptsFolderService,
    is_receipt_name,
)

log = logging.getLogger(__name__)

# Unchanged this long (size and modification time) before a file is read: a POS writes a
# receipt of a few hundred bytes in one go, and the whole drop-to-credit stays under 1 s.
SETTLE_S = 0.25
# A CSV whose last line has no line end may have been cut in the middle of its amount
# ("25" of "250000" parses, and would be credited for good). While its writer may still hold
# it open it waits this long; where the system says a writer closed it (Linux), it waits
# only OPEN_LINE_CLOSED_S after that, in case the writer comes back to finish the line.
SETTLE_OPEN_LINE_S = 10.0
OPEN_LINE_CLOSED_S = 2.0
# A file that still does not parse after standing this long is malformed, not unfinished.
GIVE_UP_S = 10.0
# How often the folder is listed whatever the events say, and a database that did not
# answer is asked again.
RESCAN_S = 2.0
FIRST_LOOK_S = 0.05
RETRY_S = 5.0
# One sale is a few hundred bytes; a large file dropped there by mistake is not read.
MAX_FILE_BYTES = 64 * 1024
REASON_SUFFIX = ".reason.txt"
NOTE_SUFFIX = ".note.txt"


@dataclass(frozen=True, slots=True)
class FolderEvent:
    """What became of one file (reported on the watcher's thread)."""

    name: str
    handled: Handled
    moved_to: Path | None  # None: left in the folder for another try


@dataclass
class _Watched:
    signature: tuple[int, int] = (-1, -1)
    # Its writer closed it (a "closed after writing" event) since it last changed.
    closed: bool = False
    unchanged_since: float = 0.0
    due: float = 0.0
    retrying: bool = False  # its RETRY was reported already: said once, not every 5 s


class _Events(FileSystemEventHandler):
    def __init__(self, seen: Callable[[str, bool], None]) -> None:
        self._seen = seen

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory:
            return
        # Closed after writing (Linux): the writer is done with it. Our own reads close
        # without writing, a different event.
        closed = event.event_type == EVENT_TYPE_CLOSED
        # A write-then-rename arrives as a move: the new name is the receipt.
        for path in (event.src_path, getattr(event, "dest_path", "")):
            if path:
                self._seen(os.fsdecode(path), closed)


class ReceiptsWatcher:
    """Credits each receipt dropped into ``folder`` until stopped.

    ``actor``: who the credit is recorded as, asked at each file (the window's cashier may
    change); ``describe``: a refusal's sentence for the reason file, in the shop's
    language; ``report``: told what became of each file, on the watcher's thread."""

    def __init__(
        self,
        folder: Path,
        service: ReceiptsFolderService,
        actor: Callable[[], Actor],
        describe: Callable[[DomainError], str],
        report: Callable[[FolderEvent], None],
        *,
        give_up_s: float = GIVE_UP_S,
        retry_s: float = RETRY_S,
    ) -> None:
        self.folder = folder
        self._give_up_s = give_up_s
        self._retry_s = retry_s
        self._service = service
        self._actor = actor
        self._describe = describe
        self._report = report
        self._seen: queue.SimpleQueue[tuple[str, bool]] = queue.SimpleQueue()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._watched: dict[Path, _Watched] = {}
        self._observer: Observer | None = None  # type: ignore[valid-type]
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Watch from now on; the files already there are handled first. Raises
        InvalidInput when the folder is not there or cannot be watched."""
        if not self.folder.is_dir():
            raise InvalidInput("receipts.no_folder", path=str(self.folder))
        try:
            (self.folder / DONE).mkdir(exist_ok=True)
            (self.folder / FAILED).mkdir(exist_ok=True)
            observer = Observer()
            # Recursive, though only the folder's own files are receipts: a file moved out
            # into done/ is then a move inside the watch, paired at once; a move out of it
            # holds every later event back half a second (watchdog waits for the pair).
            observer.schedule(_Events(self._saw), str(self.folder), recursive=True)
            observer.start()
        except OSError as error:
            raise InvalidInput(
                "receipts.cannot_watch", path=str(self.folder), detail=str(error)
            ) from None
        self._observer = observer
        self._thread = threading.Thread(target=self._run, name="receipts-folder", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(5)
        if self._thread is not None:
            self._thread.join(10)

    def _saw(self, path: str, closed: bool = False) -> None:
        self._seen.put((path, closed))
        self._wake.set()

    # -- the worker ---------------------------------------------------------------------

    def _run(self) -> None:
        next_scan = 0.0
        while not self._stopping.is_set():
            now = time.monotonic()
            if now >= next_scan:
                self._scan()
                next_scan = now + RESCAN_S
            while not self._seen.empty():
                seen, closed = self._seen.get()
                self._watch(Path(seen), closed=closed)
            now = time.monotonic()
            for path, watched in list(self._watched.items()):
                if self._stopping.is_set():
                    return
                if watched.due <= now:
                    try:
                        self._look(path, watched)
                    except Exception:
                        # A bug must not stop the folder: this file waits, the others go on.
                        log.exception("receipts folder: %s", path.name)
                        watched.due = time.monotonic() + RETRY_S
            due = min((w.due for w in self._watched.values()), default=next_scan)
            self._wake.wait(max(0.0, min(due, next_scan) - time.monotonic()))
            self._wake.clear()

    def _scan(self) -> None:
        try:
            names = os.listdir(self.folder)
        except OSError as error:
            log.warning("receipts folder %s cannot be listed: %s", self.folder, error)
            return
        for name in names:
            self._watch(self.folder / name)

    def _watch(self, path: Path, *, closed: bool = False) -> None:
        if path.parent != self.folder or not is_receipt_name(path.name):
            return
        # The first look a moment after the event: a file is announced when it is created,
        # still empty, and a look then would only start the settling over.
        watched = self._watched.setdefault(path, _Watched(due=time.monotonic() + FIRST_LOOK_S))
        if closed:
            watched.closed = True
            watched.due = min(watched.due, time.monotonic() + FIRST_LOOK_S)

    def _look(self, path: Path, watched: _Watched) -> None:
        now = time.monotonic()
        try:
            stat = path.stat()
        except FileNotFoundError:
            del self._watched[path]  # renamed away or taken by someone else
            return
        signature = (stat.st_size, stat.st_mtime_ns)
        if signature != watched.signature:
            watched.signature, watched.unchanged_since = signature, now
            watched.due = now + SETTLE_S
            return
        if stat.st_size > MAX_FILE_BYTES:
            error = InvalidInput("receipts.too_large", limit=MAX_FILE_BYTES)
            self._finish(path, Handled(Outcome.FAILED, None, error=error))
            return
        try:
            data = path.read_bytes()
        except OSError:  # the POS still holds it open (Windows shares no reading then)
            watched.due = now + SETTLE_S
            return
        if len(data) != stat.st_size:
            watched.signature, watched.due = (-1, -1), now + SETTLE_S  # written meanwhile
            return
        standing = now - watched.unchanged_since
        settle = SETTLE_S
        if _open_last_line(path, data):
            settle = OPEN_LINE_CLOSED_S if watched.closed else SETTLE_OPEN_LINE_S
        if standing < settle:
            watched.due = watched.unchanged_since + settle
            return
        try:
            sale = self._service.read(path.name, data)
        except InvalidInput as error:
            if error.code in INCOMPLETE and standing < self._give_up_s:
                watched.due = now + SETTLE_S
                return
            self._finish(path, Handled(Outcome.FAILED, None, error=error))
            return
        handled = self._service.credit(sale, self._actor())
        if handled.outcome is Outcome.RETRY:
            watched.due = now + self._retry_s
            if not watched.retrying:
                watched.retrying = True
                self._report(FolderEvent(path.name, handled, None))
            return
        self._finish(path, handled)

    def _finish(self, path: Path, handled: Handled) -> None:
        del self._watched[path]
        failed = handled.outcome is Outcome.FAILED
        try:
            moved = _move(path, self.folder / (FAILED if failed else DONE))
        except OSError as error:
            # The POS still holds it (Windows), or the folder turned read-only: a later
            # listing finds it again; the operation id keeps a second credit away.
            log.warning("receipts folder: %s could not be moved: %s", path.name, error)
            return
        if handled.error is not None or handled.outcome is Outcome.ALREADY_CREDITED:
            why = handled.error or DomainError("receipts.already_credited")
            suffix = REASON_SUFFIX if failed else NOTE_SUFFIX
            text = f"{self._describe(why)}\n{why.code}\n"
            try:
                _write_whole(moved.with_name(moved.name + suffix), text)
            except OSError as problem:
                log.warning("receipts folder: no reason file for %s: %s", moved.name, problem)
        self._report(FolderEvent(path.name, handled, moved))


def _write_whole(path: Path, text: str) -> None:
    """Written under a hidden name, then renamed: whoever opens the reason sees all of it."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


def _open_last_line(path: Path, data: bytes) -> bool:
    return path.suffix.lower() == ".csv" and bool(data) and not data.endswith((b"\n", b"\r"))


def _move(path: Path, folder: Path) -> Path:
    """``path`` moved into ``folder`` under a name not taken there: a POS that names every
    export sale.json must not overwrite yesterday's.

    Linked there, then unlinked here, rather than renamed: on Linux a rename out of the
    folder makes watchdog hold every later event back half a second, waiting to pair the
    move, and the next receipt would wait with it. Where links are not possible (FAT, some
    network shares) it is renamed. Stopped between the two, the file is in both places:
    found again, it is the same sale, and lands in done/ as already credited."""
    number = 1
    while True:
        target = folder / (path.name if number == 1 else f"{path.stem} ({number}){path.suffix}")
        try:
            os.link(path, target)
        except FileExistsError:
            number += 1
            continue
        except OSError:
            if target.exists():
                number += 1
                continue
            path.rename(target)
            return target
        path.unlink()
        return target
