"""The `serve` and `api-token` commands' work (their parsers are in cli/api.py).

JSON output (public contract; add fields, never rename them): token_json() and the README.
"""

from __future__ import annotations

import datetime as dt
import signal
import sys
from types import FrameType
from typing import TYPE_CHECKING, Any

from loyaltydesk.cli.text import translate
from loyaltydesk.domain.api_tokens import ApiToken

if TYPE_CHECKING:
    from loyaltydesk.bootstrap import Services
    from loyaltydesk.cli.main import Cli
    from loyaltydesk.devices.receipts_folder import FolderEvent, ReceiptsWatcher


def _when(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z") if value else None


def token_json(token: ApiToken) -> dict[str, Any]:
    return {
        "name": token.name,
        "active": token.active,
        "created_at": _when(token.created_at),
        "revoked_at": _when(token.revoked_at),
        "last_used_at": _when(token.last_used_at),
    }


def _token_text(cli: Cli, token: ApiToken) -> str:
    text = translate("Cli", "{name} · made {made}").format(
        name=token.name, made=cli.text.when(token.created_at)
    )
    if token.last_used_at is not None:
        text += " · " + translate("Cli", "last used {time}").format(
            time=cli.text.when(token.last_used_at)
        )
    if token.revoked_at is not None:
        text += " · " + translate("Cli", "revoked {time}").format(
            time=cli.text.when(token.revoked_at)
        )
    return text


def run_api_token(cli: Cli, s: Services) -> int:
    action = cli.args.api_token_command
    if action == "add":
        made = s.api_tokens.add(cli.args.name, s.actor)
        cli.emit(
            token_json(made.token) | {"token": made.secret},
            translate(
                "Cli",
                "Token for {name}: {token}\nIt is shown only this once: put it in the POS's "
                "settings now (Authorization: Bearer TOKEN).",
            ).format(name=made.token.name, token=made.secret),
        )
    elif action == "list":
        tokens = s.api_tokens.listing(s.actor)
        cli.emit(
            [token_json(t) for t in tokens],
            "\n".join(_token_text(cli, t) for t in tokens)
            or translate("Cli", "No API tokens yet."),
        )
    else:
        revoked = s.api_tokens.revoke(cli.args.name, s.actor)
        cli.emit(
            token_json(revoked),
            translate("Cli", "Revoked: {name}; the POS using it is refused from now on.").format(
                name=revoked.name
            ),
        )
    return 0


def run_serve(cli: Cli, s: Services) -> int:
    """Serve until interrupted (Ctrl+C, or the service manager's SIGTERM)."""
    from PySide6.QtCore import QCoreApplication

    from loyaltydesk.api.server import is_loopback, listen, make_server
    from loyaltydesk.running import advertise, withdraw
    from loyaltydesk.ui.till.host import reachable_urls

    app = QCoreApplication.instance()
    assert app is not None  # cli.main started Qt for the translations
    host, port = cli.args.host, cli.args.port
    sock = listen(host, port)
    server, running = make_server(s, app, sock)
    port = running.port  # the one given, or the free one --port 0 was given
    # Listening on every address: the addresses a POS on another computer would type.
    urls = reachable_urls(host, port)
    print(
        translate("Cli", "The API answers at {address}/ (Ctrl+C stops it).").format(
            address="/, ".join(urls)
        ),
        file=sys.stderr,
    )
    if not is_loopback(host):
        print(
            translate(
                "Cli",
                "Other computers of the network can reach it; each still needs a token.",
            ),
            file=sys.stderr,
        )
    watcher = _watch_receipts(cli, s)
    # uvicorn stops on SIGTERM (a service manager's stop), then raises it again with the
    # handler it found: this one, so that what follows `finally` runs, as after Ctrl+C.
    signal.signal(signal.SIGTERM, _stopped)
    # Already listening: a credit the command line hands over now waits to be accepted.
    advertise(s.settings.data_dir, running)
    try:
        server.run(sockets=[sock])
    finally:
        withdraw(s.settings.data_dir, running)
        sock.close()
        if watcher is not None:
            watcher.stop()
    return 0


def _stopped(_signal: int, _frame: FrameType | None) -> None:
    raise SystemExit(0)


def _watch_receipts(cli: Cli, s: Services) -> ReceiptsWatcher | None:
    """The receipts folder beside the API: --receipts-folder, else the settings' (on)."""
    from pathlib import Path

    from loyaltydesk.cli.main import identify
    from loyaltydesk.devices.receipts_folder import ReceiptsWatcher
    from loyaltydesk.services.receipts_folder import folder_actor
    from loyaltydesk.ui.error_text import error_text
    from loyaltydesk.ui.receipts_folder import event_text

    given = cli.args.receipts_folder
    folder = Path(given).expanduser() if given else cli.settings.watched_receipts_folder
    if folder is None:
        return None
    # Checked once, now: a wrong PIN is said at start, not in every receipt's reason file.
    actor = folder_actor(identify(cli.args, cli.settings, s))
    display = cli.settings.display()

    def report(event: FolderEvent) -> None:
        print(event_text(event, display, screen=False), file=sys.stderr, flush=True)

    watcher = ReceiptsWatcher(
        folder,
        s.receipts,
        lambda: actor,
        lambda error: error_text(error, display, screen=False),
        report,
    )
    watcher.start()
    print(
        translate("Cli", "Receipts dropped into {folder} are credited.").format(folder=folder),
        file=sys.stderr,
    )
    return watcher
