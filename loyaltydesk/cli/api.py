"""`serve` and `api-token`: the local HTTP API for a till's POS program (issue 17).

    serve [--host H] [--port P] [--receipts-folder DIR]
    api-token add --name NAME [--json]     (the token is shown once)
    api-token list [--json]
    api-token revoke NAME [--json]

The parsers import nothing heavy (the command line starts fast); api_run.py does the work,
and only `serve` imports Starlette and uvicorn.
"""

from __future__ import annotations

import argparse
from typing import Any

# Copies of loyaltydesk.api.server's defaults, checked by a test: the parser is built on
# every sale and must not import the server.
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def add_api_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    serve = commands.add_parser(
        "serve", help="run the local HTTP API for a POS program, without the window"
    )
    serve.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help=f"the address to listen on (default {DEFAULT_HOST}, this computer only); "
        "another address, such as 0.0.0.0, lets other computers of the network in: "
        "only when you mean it, each still needs a token",
    )
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"default {DEFAULT_PORT}")
    serve.add_argument(
        "--receipts-folder",
        metavar="DIR",
        help="also credit the receipts a POS drops into DIR (default: the folder chosen in "
        "the settings, when switched on there); credited as --staff, with its PIN where the "
        "club has staff accounts",
    )

    tokens = commands.add_parser("api-token", help="the POS programs' tokens for the API")
    actions = tokens.add_subparsers(
        dest="api_token_command", metavar="ACTION", required=True, parser_class=type(tokens)
    )
    add = actions.add_parser(
        "add", parents=[common], help="a new token for a POS (shown once; the owner's)"
    )
    add.add_argument(
        "--name", required=True, help="the POS or till; its calls are recorded at this counter"
    )
    actions.add_parser("list", parents=[common], help="every token (never the secrets)")
    revoke = actions.add_parser("revoke", parents=[common], help="stop a token working")
    revoke.add_argument("name", metavar="NAME")
