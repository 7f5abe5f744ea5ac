"""One writer at a time for a SQLite file, queued by the operating system.

SQLite's own answer to a second writer is a busy handler that sleeps and tries again, each
sleep longer than the last (up to 100 ms). With several processes writing (the window, the
command line, scheduled campaigns, the API) the one that happens to sleep longest keeps
losing to the others: most writes take a few milliseconds, a few take seconds. So before a
write transaction begins (BEGIN IMMEDIATE), the writer takes an exclusive OS lock on a small
file next to the database and gives it back when the transaction is over. Waiters block in
the kernel and are woken the moment it is free, instead of sleeping past their turn.

The lock is an ``flock`` on Linux and macOS (``msvcrt.locking`` on Windows, tried every half
millisecond): the operating system drops it when a process dies, so a program killed
mid-write never leaves the others waiting.
Readers never take it (WAL lets them read while one writes), so a reader cannot deadlock with
a writer. A thread that already holds it (a write inside a write) does not take it again. A
writer that cannot have it within the busy timeout goes ahead to BEGIN IMMEDIATE anyway,
where SQLite's busy timeout decides, as before. Where the file cannot be locked at all (a
read-only folder, a network share without locks) writes go on without it.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
import threading
import time
from pathlib import Path
from typing import ClassVar

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".writelock"
# How long a writer waits for its turn before leaving it to SQLite's busy timeout.
DEFAULT_TIMEOUT = 10.0
# Between two tries where the lock cannot be waited for in the kernel (Windows).
_POLL = 0.0005

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except PermissionError:
            return False  # another process has it
        return True

    def _wait_lock(fd: int, timeout: float) -> bool:
        """True once this writer has its turn; False after ``timeout`` seconds, with the
        file closed. (msvcrt's own blocking mode retries once a second: too slow a queue.)"""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            time.sleep(_POLL)
            if _try_lock(fd):
                return True
        os.close(fd)
        return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False  # another process (or thread) has it
        return True

    def _wait_lock(fd: int, timeout: float) -> bool:
        """True once this writer has its turn; False after ``timeout`` seconds, with the
        file closed now or as soon as the wait ends.

        The wait is in the kernel, which wakes a waiter the moment the lock is free (sleeping
        and trying again lets the writer that just finished win again and again). A kernel
        wait cannot be given a deadline, so it runs in a helper thread; if the deadline passes
        first, the helper gives the lock straight back whenever it gets it, and closes the
        file (only the helper may close it then: its number could be reused meanwhile)."""
        done = threading.Event()
        gate = threading.Lock()
        state = {"locked": False, "abandoned": False}

        def wait() -> None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                locked = True
            except OSError:
                locked = False
            with gate:
                if state["abandoned"]:
                    os.close(fd)  # closing gives the lock back, if it was had
                    return
                state["locked"] = locked
                done.set()

        threading.Thread(target=wait, name="sqlite-write-turn", daemon=True).start()
        done.wait(timeout)
        with gate:
            if not done.is_set():
                state["abandoned"] = True
                return False
        if not state["locked"]:
            os.close(fd)
        return state["locked"]

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class WriteLock:
    """The queue of writers to one SQLite file, shared by every process that opens it."""

    _known: ClassVar[dict[Path, WriteLock]] = {}  # one per file in a process, see of()
    _known_guard: ClassVar[threading.Lock] = threading.Lock()

    @classmethod
    def of(cls, database_path: Path) -> WriteLock:
        """The lock of this file, the same one for every connection of this process: a
        thread that writes through two of them at once must not queue behind itself."""
        key = database_path.resolve()
        with cls._known_guard:
            lock = cls._known.get(key)
            if lock is None:
                lock = cls._known[key] = cls(key)
            return lock

    def __init__(self, database_path: Path, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.path = database_path.with_name(database_path.name + LOCK_SUFFIX)
        self._database = database_path
        self._timeout = timeout
        self._held = threading.local()  # per thread: the open lock file and the depth
        self._broken = False

    def acquire(self) -> None:
        """Wait for this writer's turn (returns at once in a thread that has it already)."""
        depth: int = getattr(self._held, "depth", 0)
        if depth:
            self._held.depth = depth + 1
            return
        self._held.fd = self._turn()
        self._held.depth = 1

    def release(self) -> None:
        """Give the turn back (the last release of a thread that took it more than once)."""
        depth: int = getattr(self._held, "depth", 0)
        if depth == 0:
            return
        self._held.depth = depth - 1
        if depth > 1:
            return
        fd: int | None = self._held.fd
        self._held.fd = None
        if fd is None:
            return
        try:
            _unlock(fd)
        except OSError:
            pass  # closing the file below gives the lock back all the same
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        """Whether this thread has its turn now."""
        return bool(getattr(self._held, "depth", 0))

    def _turn(self) -> int | None:
        """The open lock file, locked; None when the writer goes on without a turn."""
        if self._broken:
            return None
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, self._mode())
        except OSError as error:
            self._give_up(error)
            return None
        try:
            if _try_lock(fd) or _wait_lock(fd, self._timeout):
                return fd
        except OSError as error:  # a file system without locks (the file is still ours)
            os.close(fd)
            self._give_up(error)
            return None
        # Whoever has the turn holds SQLite's lock as well: its busy timeout decides now.
        log.warning("no turn to write %s in %.0f s; trying anyway", self.path, self._timeout)
        return None

    def _mode(self) -> int:
        """The mode a new lock file is made with: the database's own, as SQLite makes its
        -wal and -shm files (every account that may write the database must be able to
        queue, and a private database's lock is private too)."""
        try:
            return stat.S_IMODE(os.stat(self._database).st_mode) & 0o666
        except OSError:
            return 0o600

    def _give_up(self, error: OSError) -> None:
        self._broken = True
        log.warning("writes to %s go on without a queue: %s", self.path, error)
