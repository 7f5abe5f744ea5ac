"""`credit --json` handed to the program already running on this computer.

A POS script runs `python -m loyaltydesk --json credit CARD --amount N` once per sale.
Started cold, the command line imports the database library and opens the club: about a
second on a slow till. When the window (with the API on) or `serve` is running with the
same club, it has all that done already: this module, read before anything heavy is
imported, sends the sale to it over loopback with a secret only this computer's owner can
read (loyaltydesk/running.py), and prints its answer as the command line would have.

Only the plain shape of the command is handed over (the options a till's script gives);
anything else, and any doubt, runs here as before. A failure after the request was sent
(the program stopped, the database unavailable, an unexpected error) runs it here with the
same operation id, so a sale the program did take is not credited twice, and the message
and exit code are the command line's own. LOYALTYDESK_HANDOFF=0 turns it off.
"""

from __future__ import annotations

import contextlib
import errno
import http.client
import json
import os
import select
import sys
import urllib.parse
import uuid
from dataclasses import dataclass, replace
from typing import Any

from loyaltydesk.cli.exit_codes import (
    EXIT_BAD_INPUT,
    EXIT_INTERRUPTED,
    EXIT_NOT_PERMITTED,
    EXIT_OK,
)
from loyaltydesk.running import club_identity, read_running
from loyaltydesk.settings import LANGUAGES, Settings, load_settings

STAFF_VARIABLE = "LOYALTYDESK_STAFF"
PIN_VARIABLE = "LOYALTYDESK_PIN"
SWITCH_VARIABLE = "LOYALTYDESK_HANDOFF"
# Long enough for a credit waiting its turn behind another counter's (SQLite's busy wait is
# 10 s); a program that does not answer by then is asked no more, and the sale runs here.
ANSWER_TIMEOUT_S = 15.0
# How long a running program has to show it is there before the sale is sent to it.
THERE_TIMEOUT_S = 2.0

# The options handed over, and whether each takes a value; any other runs here.
_BEFORE = {
    "--json": False,
    "--lang": True,
    "--staff": True,
    "--pin": True,
    "--counter": True,
    "--database": True,
}
_CREDIT = {
    "--json": False,
    "--op-id": True,
    "--amount": True,
    "--receipt": True,
    "--at": True,
    "--coupon": True,
}

# The command line's exit codes (README) for the API's refusals it prints as its own.
_EXIT_BY_STATUS = {
    400: EXIT_BAD_INPUT,
    403: EXIT_NOT_PERMITTED,
    404: EXIT_BAD_INPUT,
    409: EXIT_BAD_INPUT,
}


def command_settings(
    settings: Settings, lang: str | None, staff: str | None, counter: str | None
) -> Settings:
    """The settings a command runs with: --lang, --staff (or LOYALTYDESK_STAFF) and
    --counter over the saved ones."""
    return replace(
        settings,
        language=lang or settings.language,
        staff=staff or os.environ.get(STAFF_VARIABLE) or settings.staff,
        counter=counter or settings.counter,
    )


@dataclass(frozen=True)
class _Credit:
    before: dict[str, str]
    options: dict[str, str]
    ref: str


def hand_off(argv: list[str]) -> int | list[str]:
    """``argv`` done by the running program (its exit code), or the arguments to run here:
    ``argv`` itself, or with the operation id the program was sent."""
    if os.environ.get(SWITCH_VARIABLE, "").strip().lower() in {"0", "false", "no", "off"}:
        return argv
    credit = _parse(argv)
    if credit is None:
        return argv
    op_id = credit.options.get("--op-id")
    if op_id is not None and not op_id.strip():
        return argv  # refused here, in the command line's words
    settings = command_settings(
        load_settings(),
        credit.before.get("--lang"),
        credit.before.get("--staff"),
        credit.before.get("--counter"),
    )
    running = read_running(settings.data_dir)
    database = credit.before.get("--database") or settings.database()
    if (
        running is None
        or running.club != club_identity(database)
        or running.shop != settings.shop_identity  # the owner changed them since it started
        or not _alive(running.pid)
    ):
        return argv
    from loyaltydesk.domain.errors import DomainError
    from loyaltydesk.domain.money import parse_amount

    try:
        amount = parse_amount(credit.options["--amount"])
    except DomainError:
        return argv
    op_id = op_id or str(uuid.uuid4())
    if not op_id.isascii() or not op_id.isprintable():
        return argv  # not a header's text: the command line says what is wrong with it
    # Run here after this point with the id sent: the program may have credited it.
    here = argv if "--op-id" in credit.options else [*argv, "--op-id", op_id]
    body: dict[str, Any] = {"card": credit.ref, "amount_rials": amount}
    for option, field in (("--receipt", "receipt"), ("--coupon", "coupon")):
        if option in credit.options:
            body[field] = credit.options[option]
    if credit.options.get("--at"):
        body["at"] = credit.options["--at"]  # an empty --at is "now", as the command line has it
    headers = {
        "Authorization": f"Bearer {running.secret}",
        "Idempotency-Key": op_id,
        "Accept-Language": settings.language,
        "Content-Type": "application/json",
        # Percent-encoded: a header carries Latin-1 only (api/app.py decodes them).
        "X-Staff": urllib.parse.quote(settings.staff),
        "X-Counter": urllib.parse.quote(settings.counter),
    }
    pin = credit.before.get("--pin") or os.environ.get(PIN_VARIABLE)
    if pin:
        headers["X-Staff-Pin"] = urllib.parse.quote(pin)
    try:
        status, answer = _post(running.host, running.port, body, headers)
    except (OSError, http.client.HTTPException, ValueError):
        return here
    except KeyboardInterrupt:
        # Hung up: the program saves nothing it had not saved yet (api/app.py), but it may
        # have saved it. As the command line says once its commit was sent:
        return _interrupted(settings.language, op_id)
    if status == 200:
        # The service keeps an id without its surrounding blanks.
        if not isinstance(answer, dict) or answer.get("operation_id") != op_id.strip():
            return here  # not our program's answer to this sale (another on that port?)
        return _print_result(answer, here)
    exit_code = _EXIT_BY_STATUS.get(status)
    error = answer.get("error") if isinstance(answer, dict) else None
    if exit_code is None or not isinstance(error, dict):
        return here  # unavailable, unexpected, or our secret not this run's
    code, message = str(error.get("code", "")), str(error.get("message", ""))
    with contextlib.suppress(OSError):  # the line on stderr still says it
        _say(json.dumps({"error": {"code": code, "message": message}}, ensure_ascii=False) + "\n")
    print(f"loyaltydesk: {message}", file=sys.stderr)
    return exit_code


def _parse(argv: list[str]) -> _Credit | None:
    """The plain `[options] credit REF --amount N [options] --json`, or None."""
    before: dict[str, str] = {}
    options: dict[str, str] = {}
    refs: list[str] = []
    table, found = _BEFORE, before
    seen_credit = False
    index = 0
    while index < len(argv):
        token = argv[index]
        index += 1
        if not token.startswith("-"):
            if seen_credit:
                refs.append(token)
            elif token == "credit":
                seen_credit, table, found = True, _CREDIT, options
            else:
                return None
            continue
        name, has_value, value = token.partition("=")
        if name not in table or name in found:
            return None  # not handed over (abbreviated, repeated, another option)
        if not table[name]:
            if has_value:
                return None
            found[name] = ""
            continue
        if not has_value:
            if index == len(argv) or argv[index].startswith("-"):
                return None
            value = argv[index]
            index += 1
        found[name] = value
    as_json = "--json" in before or "--json" in options
    if not (seen_credit and as_json and len(refs) == 1 and "--amount" in options):
        return None
    if before.get("--lang", "en") not in LANGUAGES:
        return None
    return _Credit(before, options, refs[0])


def _interrupted(language: str, op_id: str) -> int:
    from loyaltydesk.cli.main import interrupted_after_sending, start_qt

    start_qt(language)
    print(f"loyaltydesk: {interrupted_after_sending(op_id)}", file=sys.stderr)
    return EXIT_INTERRUPTED


def _alive(pid: int) -> bool:
    """Whether process ``pid`` runs: a program that stopped without taking its file away
    (killed, a power cut) left a port another program may hold now."""
    if sys.platform == "win32":
        import ctypes

        query_limited_information, still_active = 0x1000, 259
        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(query_limited_information, False, pid)
        if not handle:
            return False  # gone, or not ours to ask: not handed over either way
        try:
            code = ctypes.c_ulong()
            found = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return bool(found) and code.value == still_active
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's: it runs
    return True


class _NotThere(OSError):
    """The program did not say it was there: the sale was not sent."""


def _post(host: str, port: int, body: dict[str, Any], headers: dict[str, str]) -> tuple[int, Any]:
    """The program's answer to the sale. The sale itself is sent only once the program has
    answered "100 Continue" to its head: a program frozen or stuck (its connection accepted
    by the system all the same) is given up on within THERE_TIMEOUT_S, having received
    nothing it could credit, and only a program that is there may take up to the answer
    time-out (a sale waiting its turn for the database)."""
    data = json.dumps(body).encode("utf-8")
    connection = http.client.HTTPConnection(host, port, timeout=ANSWER_TIMEOUT_S)
    try:
        connection.putrequest("POST", "/v1/credit", skip_accept_encoding=True)
        sent = {**headers, "Content-Length": str(len(data)), "Expect": "100-continue"}
        for name, value in sent.items():
            connection.putheader(name, value)
        connection.endheaders()
        if not select.select([connection.sock], [], [], THERE_TIMEOUT_S)[0]:
            raise _NotThere
        connection.send(data)
        # The "100 Continue" is read and passed over here, before the answer.
        response = connection.getresponse()
        return response.status, json.loads(response.read())
    finally:
        connection.close()


def _print_result(answer: Any, here: list[str]) -> int | list[str]:
    """The credit's JSON as the command line prints it. A reader that stopped reading does
    not make it a failure (it is saved); any other output failure is said by the command
    line, run here again with the same id (a replay)."""
    try:
        _say(json.dumps(answer, ensure_ascii=False, indent=2) + "\n")
    except OSError as error:
        if error.errno != errno.EPIPE:
            return here
    return EXIT_OK


def _say(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()
