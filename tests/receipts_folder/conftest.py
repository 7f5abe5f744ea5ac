"""A receipts folder watched by the program, and helpers to wait for what happens to it."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from loyaltydesk.bootstrap import Services
from loyaltydesk.devices.receipts_folder import FolderEvent, ReceiptsWatcher
from loyaltydesk.services.receipts_folder import folder_actor
from loyaltydesk.ui.error_text import error_text

WAIT_S = 30.0  # generous: a busy two-core machine, never a timing assertion


def wait_for(condition: Callable[[], object], timeout: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("not reached in time")
        time.sleep(0.02)


@dataclass
class Inbox:
    folder: Path
    services: Services
    events: list[FolderEvent] = field(default_factory=list)
    watcher: ReceiptsWatcher | None = None

    def start(self, **options: float) -> ReceiptsWatcher:
        s = self.services
        self.watcher = ReceiptsWatcher(
            self.folder,
            s.receipts,
            lambda: folder_actor(s.actor),
            lambda error: error_text(error, s.settings.display(), screen=False),
            self.events.append,
            **options,
        )
        self.watcher.start()
        return self.watcher

    def drop(self, name: str, text: str | bytes) -> Path:
        path = self.folder / name
        path.write_bytes(text.encode() if isinstance(text, str) else text)
        return path

    def done(self, name: str) -> Path:
        path = self.folder / "done" / name
        wait_for(path.exists)
        return path

    def failed(self, name: str) -> Path:
        path = self.folder / "failed" / name
        wait_for(path.exists)
        return path

    def reason(self, name: str) -> list[str]:
        reason = self.folder / "failed" / (name + ".reason.txt")
        wait_for(reason.exists)
        return reason.read_text(encoding="utf-8").splitlines()


@contextlib.contextmanager
def watch(services: Services, folder: Path) -> Iterator[Inbox]:
    folder.mkdir(exist_ok=True)
    inbox = Inbox(folder, services)
    try:
        yield inbox
    finally:
        if inbox.watcher is not None:
            inbox.watcher.stop()


@pytest.fixture
def inbox(services: Services, tmp_path: Path) -> Iterator[Inbox]:
    with watch(services, tmp_path / "inbox") as watched:
        yield watched
