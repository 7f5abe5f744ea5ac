"""The API served in a thread on a free port of 127.0.0.1, called over real HTTP (urllib,
as the example client and most POS scripts would)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from loyaltydesk.api.server import BackgroundServer
from loyaltydesk.bootstrap import Services
from tests.cli.conftest import cli  # noqa: F401 - the command line, for `api-token`


@dataclass
class Answer:
    status: int
    body: Any

    @property
    def code(self) -> str | None:
        error = self.body.get("error") if isinstance(self.body, dict) else None
        return error["code"] if error else None


@dataclass
class Client:
    url: str
    token: str | None
    headers: dict[str, str] = field(default_factory=dict)

    def call(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        key: str | None = None,
        raw: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Answer:
        sent = {"Content-Type": "application/json", **self.headers, **(headers or {})}
        if self.token is not None:
            sent["Authorization"] = f"Bearer {self.token}"
        if key is not None:
            sent["Idempotency-Key"] = key
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        request = urllib.request.Request(self.url + path, data=data, method=method, headers=sent)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return Answer(response.status, json.loads(response.read()))
        except urllib.error.HTTPError as error:
            return Answer(error.code, json.loads(error.read()))

    def get(self, path: str, **options: Any) -> Answer:
        return self.call("GET", path, **options)

    def post(self, path: str, body: Any = None, **options: Any) -> Answer:
        return self.call("POST", path, body, **options)


def serve(services: Services) -> Iterator[BackgroundServer]:
    app = QCoreApplication.instance()
    assert app is not None
    server = BackgroundServer(services, app)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def server(services: Services) -> Iterator[BackgroundServer]:
    yield from serve(services)


@pytest.fixture
def api(services: Services, server: BackgroundServer) -> Client:
    made = services.api_tokens.add("till-1", services.actor)
    return Client(server.url, made.secret)
