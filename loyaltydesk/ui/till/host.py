"""The till's API beside the open window: started, moved to another port or stopped as the
owner's settings say, at once (no restart), and stopped with the window."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

from loyaltydesk.domain.api_tokens import EVERY_ADDRESS, LOOPBACK, Refusals
from loyaltydesk.domain.errors import DomainError, InvalidInput
from loyaltydesk.settings import Settings

log = logging.getLogger(__name__)


class RunningApi(Protocol):
    @property
    def url(self) -> str: ...

    def refusals(self) -> Refusals: ...

    def stop(self) -> None: ...


# Starts the API on (host, port) and returns it once it listens; raises DomainError when it
# cannot (a port in use). The last argument is told each member a request changed (on the
# server's thread). Given by the command line, which may import the server library.
ServeApi = Callable[[str, int, Callable[[int], None]], RunningApi]


class TillApiHost(QObject):
    """Whether the API runs, where, and why not. ``changed`` after every apply."""

    changed = Signal()
    # A member the POS changed through the API (queued to the window's thread).
    member_changed = Signal(int)

    def __init__(self, serve: ServeApi, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._serve = serve
        self._running: RunningApi | None = None
        self._address: tuple[str, int] | None = None
        self.problem: DomainError | None = None

    @property
    def url(self) -> str | None:
        return self._running.url if self._running is not None else None

    def refusals(self) -> Refusals | None:
        """Requests refused for their token since the API started; None when it is off."""
        return self._running.refusals() if self._running is not None else None

    def apply(self, settings: Settings) -> None:
        wanted = (settings.api_host, settings.api_port) if settings.api_serve else None
        if wanted is not None and wanted == self._address and self._running is not None:
            return
        self.stop()
        if wanted is not None:
            self._address = wanted
            try:
                self._running = self._serve(*wanted, self.member_changed.emit)
            except DomainError as error:
                if error.code == "api.cannot_listen":
                    # Said for the window: the cure is a port in settings, not --port.
                    error = InvalidInput("api.cannot_listen_here", **error.params)
                log.warning("the till's API did not start: %s %s", error.code, error.params)
                self.problem = error
            else:
                log.info("the till's API listens at %s", self._running.url)
        self.changed.emit()

    def stop(self) -> None:
        running, self._running = self._running, None
        self._address = None
        self.problem = None
        if running is not None:
            running.stop()


def network_addresses() -> list[str]:
    """This computer's IPv4 addresses on its networks: what the owner types into a POS on
    another computer (listening on 0.0.0.0 says nothing a person can use)."""
    found = []
    for address in QNetworkInterface.allAddresses():
        if (
            address.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol
            and not address.isLoopback()
            and not address.isLinkLocal()
        ):
            found.append(address.toString())
    return found


def reachable_urls(host: str, port: int) -> list[str]:
    """The API's addresses as a POS would use them: this computer's, then, when it listens
    on every address, each of the computer's network addresses."""
    if host != EVERY_ADDRESS:
        return [f"http://{host}:{port}/v1"]
    return [f"http://{a}:{port}/v1" for a in [LOOPBACK, *network_addresses()]]
