"""What `club test-connection` and `club move-to-server` do and print (cli/club holds their
arguments).

JSON (public contract, README): test-connection `ok, code, message, server, database,
revision, members, empty, older, create_sql`; move-to-server `moved, server, database,
members, entries, rows, verify_here, verify_server, settings`.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from loyaltydesk.bootstrap import check_server, database_password
from loyaltydesk.cli import jsonout
from loyaltydesk.cli.exit_codes import EXIT_OK, EXIT_STORAGE
from loyaltydesk.cli.text import translate
from loyaltydesk.devices.passwords import switch_to_server
from loyaltydesk.domain.servers import Finding, ServerAddress, ServerCheck, clean_host, parse_port
from loyaltydesk.services.shared_club import ca_file_path
from loyaltydesk.settings import SETTINGS_FILE, load_settings
from loyaltydesk.ui.error_text import error_text

if TYPE_CHECKING:
    from loyaltydesk.bootstrap import Services
    from loyaltydesk.cli.main import Cli


def given_address(cli: Cli) -> ServerAddress:
    """The options, each falling back on the settings' server field."""
    a, s = cli.args, cli.settings
    return ServerAddress(
        host=clean_host(a.host if a.host is not None else s.server_host),
        port=parse_port(a.port) if a.port is not None else s.server_port,
        database=(
            a.server_database if a.server_database is not None else s.server_database
        ).strip(),
        user=(a.server_user if a.server_user is not None else s.server_user).strip(),
        tls=a.tls or s.server_tls,
        ca_file=ca_file_path(a.ca_file if a.ca_file is not None else s.server_ca_file),
    )


def _password(cli: Cli) -> str:
    return database_password(cli.settings) or ""


def check_json(check: ServerCheck, message: str) -> dict[str, object]:
    return {
        "ok": check.ok,
        "code": check.finding.value,
        "message": message,
        "server": check.server,
        "database": check.database,
        "revision": check.revision,
        "members": check.members,
        "empty": check.finding is Finding.EMPTY,
        "older": check.older,
        "create_sql": check.create_sql,
    }


def run_test_connection(cli: Cli) -> int:
    check = check_server(given_address(cli), _password(cli))
    message = error_text(check.as_error(), cli.text, screen=False)
    if check.ok:
        cli.emit(check_json(check, message), message)
        return EXIT_OK
    # As every failure: one line on stderr, and with --json the whole finding on stdout.
    if cli.as_json:
        cli.emit(check_json(check, message), message)
    print(f"loyaltydesk: {message}", file=sys.stderr)
    return EXIT_STORAGE


def run_move(cli: Cli, s: Services) -> int:
    address = given_address(cli)
    password = _password(cli)
    result = s.shared_club.move_to_server(address, password, s.actor)
    # From the settings file as stored: the command's --lang, --staff or --counter are for
    # this run only and must not be saved with the switch.
    switched = switch_to_server(load_settings(cli.settings.data_dir), address, password)
    data = {
        "moved": True,
        "server": result.check.server,
        "database": result.check.database,
        "members": result.server.members_checked,
        "entries": result.server.entries_checked,
        "rows": result.rows,
        "verify_here": jsonout.verify(result.here),
        "verify_server": jsonout.verify(result.server),
        "settings": str(switched.data_dir / SETTINGS_FILE),
    }
    text = translate(
        "Cli",
        "The club ({members} members, {entries} ledger lines) is on {server}, database "
        "{database}; verify is clean on both sides. This counter uses the server from its "
        "next start; the file on this computer is kept as it was.",
    ).format(
        members=cli.text.n(result.server.members_checked),
        entries=cli.text.n(result.server.entries_checked),
        server=result.check.server,
        database=result.check.database,
    )
    cli.emit(data, text)
    return EXIT_OK
