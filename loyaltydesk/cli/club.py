"""`club test-connection` and `club move-to-server`: a shared club on a PostgreSQL server.

    club test-connection [--host H] [--port P] [--database D] [--user U] [--tls MODE]
                         [--ca-file FILE] [--json]
    club move-to-server  (the same options)

The options fall back on the settings' server fields; the password comes from
LOYALTYDESK_DATABASE_PASSWORD or the system keyring, never from an option (every user of the
computer could read it in the process list). The parser imports nothing heavy;
club_run.py does the work.
"""

from __future__ import annotations

import argparse
from typing import Any

# Copies of domain.servers.TLS_MODES, checked by a test: the parser is built on every sale.
TLS_MODES = ("disable", "require", "verify-full")


def add_club_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    club = commands.add_parser("club", help="a shared club on a PostgreSQL server")
    actions = club.add_subparsers(
        dest="club_command", metavar="ACTION", required=True, parser_class=type(club)
    )
    for name, text in (
        (
            "test-connection",
            "connect to the server and say what is there, or exactly what is in the way",
        ),
        (
            "move-to-server",
            "copy this counter's club into an empty server database, verify both, switch over",
        ),
    ):
        action = actions.add_parser(name, parents=[common], help=text)
        action.add_argument("--host", help="the server's name or address (default: settings)")
        action.add_argument("--port", help="default: settings, else 5432")
        action.add_argument("--database", dest="server_database", metavar="NAME")
        action.add_argument("--user", dest="server_user", metavar="NAME")
        action.add_argument("--tls", choices=TLS_MODES, help="default: settings, else require")
        action.add_argument("--ca-file", metavar="FILE", help="the CA certificate (verify-full)")
