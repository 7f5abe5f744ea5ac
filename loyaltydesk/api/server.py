"""Serving the API with uvicorn: `python -m loyaltydesk serve`, and the tests' server."""

from __future__ import annotations

import ipaddress
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import uvicorn
from starlette.applications import Starlette

from loyaltydesk.api.app import build_app
from loyaltydesk.domain.api_tokens import DEFAULT_API_PORT, LOOPBACK, Refusals
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.running import Running, advertise, withdraw
from loyaltydesk.ui.translations import LanguageSwitch

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from loyaltydesk.bootstrap import Services

DEFAULT_HOST = LOOPBACK
DEFAULT_PORT = DEFAULT_API_PORT


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def listen(host: str, port: int) -> socket.socket:
    """The listening socket, bound here rather than by uvicorn, so that a busy port or an
    address this computer does not have is a sentence and exit code 2, not a log line."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        sock = socket.socket(family, socket.SOCK_STREAM)
    except OSError as error:
        raise InvalidInput("api.cannot_listen", host=host, port=port, detail=str(error)) from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Inherited by each accepted connection: uvicorn writes a response's head and body
        # separately, and with Nagle's algorithm the body then waited for the POS's delayed
        # ACK on a kept-alive connection, 40 ms a request (measured: rewards 52 -> 7 ms).
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
        # Listening from now (uvicorn listens again, harmlessly): a POS or a handed-over
        # credit connecting while the server starts waits to be accepted, not refused.
        sock.listen(2048)
    except OSError as error:
        sock.close()
        detail = error.strerror or str(error)
        raise InvalidInput("api.cannot_listen", host=host, port=port, detail=detail) from None
    return sock


def make_server(
    services: Services,
    app: QCoreApplication,
    sock: socket.socket,
    changed: Callable[[int], None] | None = None,
) -> tuple[uvicorn.Server, Running]:
    """The server for ``sock`` (made by ``listen``), and what the data folder's running file
    is to say of it: the command line here is let in with that run's secret."""
    from loyaltydesk.bootstrap import RESOURCES

    running = _this_run(services, sock)
    languages = LanguageSwitch(app, RESOURCES / "translations")
    config = uvicorn.Config(
        build_app(services, languages, changed, running.secret),
        host=sock.getsockname()[0],
        port=running.port,
        # The program's own log (bootstrap.configure_logging) keeps what matters; uvicorn's
        # access lines would put every member's card number into it.
        log_config=None,
        access_log=False,
        lifespan="off",
        server_header=False,
    )
    return uvicorn.Server(config), running


def _this_run(services: Services, sock: socket.socket) -> Running:
    """What the data folder's running file says of a server listening on ``sock``: an
    address of this computer it answers on, and a secret made now."""
    host, port = sock.getsockname()[:2]
    host = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(host, host)
    shop = services.settings.shop_identity
    return Running(os.getpid(), host, port, services.club, shop, secrets.token_urlsafe(32))


class BackgroundServer:
    """The API in a thread of this process: beside the window (the settings' address), and
    in the tests (a free port of 127.0.0.1)."""

    def __init__(
        self,
        services: Services,
        app: QCoreApplication,
        *,
        host: str = DEFAULT_HOST,
        port: int = 0,
        changed: Callable[[int], None] | None = None,
    ) -> None:
        self._socket = listen(host, port)
        self.host = host
        self.port: int = self._socket.getsockname()[1]
        self._data_dir = services.settings.data_dir
        self.server, self.running = make_server(services, app, self._socket, changed)
        self._thread = threading.Thread(
            target=self.server.run,
            kwargs={"sockets": [self._socket]},
            name="loyaltydesk-api",
            daemon=True,
        )

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def refusals(self) -> Refusals:
        app = self.server.config.app
        assert isinstance(app, Starlette)  # api/app.build_app's
        refused: Refusals = app.state.api.refused
        return refused

    def start(self, timeout: float = 10.0) -> None:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise InvalidInput("api.did_not_start", host=self.host, port=self.port)
            time.sleep(0.01)
        advertise(self._data_dir, self.running)

    def stop(self) -> None:
        withdraw(self._data_dir, self.running)
        self.server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(10)
        self._socket.close()


def serve_beside_window(
    services: Services,
    app: QCoreApplication,
    host: str,
    port: int,
    changed: Callable[[int], None],
) -> BackgroundServer:
    """The API of a counter whose window is open, as its settings ask (ui/till/host.py);
    ``changed`` is told each member a request changed, on the server's thread."""
    server = BackgroundServer(services, app, host=host, port=port, changed=changed)
    server.start()
    return server
