"""`credit --json` handed to the program serving the API on this computer (cli/handoff.py):
the same answer and exit code the command line gives, and anything it does not hand over,
or any doubt, run by the command line itself with the same operation id."""

from __future__ import annotations

import contextlib
import http.server
import io
import json
import os
import socket
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from loyaltydesk.api.server import BackgroundServer
from loyaltydesk.bootstrap import Services
from loyaltydesk.cli import handoff
from loyaltydesk.cli.handoff import hand_off
from loyaltydesk.cli.main import main
from loyaltydesk.domain.audit import AuditFilter
from loyaltydesk.domain.staff import Role
from loyaltydesk.running import RUNNING_FILE, advertise, read_running
from loyaltydesk.settings import load_settings
from tests.integration.helpers import register


@pytest.fixture
def here(services: Services, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The command line of the computer the API runs on: its data folder, the club's
    database; the options every call below starts with."""
    monkeypatch.setenv("LOYALTYDESK_DATA_DIR", str(services.settings.data_dir))
    monkeypatch.setenv("LOYALTYDESK_LANG", "en")
    monkeypatch.delenv("LOYALTYDESK_PIN", raising=False)
    monkeypatch.delenv("LOYALTYDESK_HANDOFF", raising=False)
    yield ["--database", db_url, "--staff", "Nazanin"]


def _handed(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[Any, str, str]:
    capsys.readouterr()
    outcome = hand_off(argv)
    captured = capsys.readouterr()
    return outcome, captured.out, captured.err


def _here(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue(), capsys.readouterr().err


def test_a_credit_is_handed_to_the_running_program_and_answered_as_the_command_line_does(
    services: Services,
    server: BackgroundServer,
    here: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    member = register(services)
    assert member.card is not None
    sale = [*here, "--json", "credit", member.card, "--amount", "2,500,000", "--receipt", "R1"]
    code, out, err = _handed([*sale, "--op-id", "sale-1"], capsys)
    assert (code, err) == (0, "")  # an exit code: done by the program, not here
    handed = json.loads(out)
    assert services.membership.resolve(member.card).balance == handed["member"]["balance"] > 0
    assert handed["replayed"] is False and handed["operation_id"] == "sale-1"

    # The command line run here with the same id finds the sale done: the same answer.
    code, out, _err = _here([*sale, "--op-id", "sale-1"], capsys)
    assert code == 0
    assert {**json.loads(out), "replayed": False} == handed
    assert json.loads(out)["replayed"] is True
    # Printed as the command line prints it, to the byte.
    assert out == json.dumps({**handed, "replayed": True}, ensure_ascii=False, indent=2) + "\n"

    # Handed again: a replay, not a second credit.
    code, out, _err = _handed([*sale, "--op-id", "sale-1"], capsys)
    assert code == 0 and json.loads(out)["replayed"] is True
    assert services.membership.resolve(member.card).balance == handed["member"]["balance"]
    # An empty --at is "now", and an id with blanks is the id without them, as here.
    blank = [*here, "--json", "credit", member.card, "--amount", "10000", "--at", ""]
    code, out, err = _handed([*blank, "--op-id", " spaced "], capsys)
    assert (code, err) == (0, "")
    assert json.loads(out)["operation_id"] == "spaced" and not json.loads(out)["replayed"]
    # Without an id, each sale is its own.
    code, out, _err = _handed([*here, "--json", "credit", member.card, "--amount", "10000"], capsys)
    assert code == 0 and json.loads(out)["operation_id"] != "sale-1"


def test_staff_and_refusals_are_the_command_lines_own(
    services: Services,
    server: BackgroundServer,
    here: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    member = register(services)
    assert member.card is not None
    owner = services.staff.add("Sara", Role.OWNER, "1111", services.actor)
    signed = services.staff.sign_in(owner.name, "1111", "counter-1", shift=False)
    services.staff.add("Nazanin", Role.CASHIER, "2222", signed)
    sale = [*here, "--json", "credit", member.card, "--amount", "500000"]

    # Every refusal: the exit code, the JSON and the line the command line gives here.
    for argv, exit_code in (
        (sale, 3),  # no PIN
        ([*here, "--pin", "0000", *sale[4:]], 3),  # a wrong one
        ([*here, "--pin", "2222", "--json", "credit", "09120000000", "--amount", "5"], 2),
        ([*here, "--pin", "2222", "--json", "credit", "x", "--amount", "9", "--at", "x"], 2),
        ([*here, "--pin", "2222", "--lang", "fa", "--json", "credit", "x", "--amount", "9"], 2),
    ):
        handed = _handed(argv, capsys)
        ran_here = _here(argv, capsys)
        assert handed[0] == ran_here[0] == exit_code, (argv, handed, ran_here)
        assert json.loads(handed[1]) == json.loads(ran_here[1])
        assert handed[2] == ran_here[2] and handed[2].count("\n") == 1
    assert any("\u0600" <= ch <= "\u06ff" for ch in handed[2])  # --lang fa: in Persian

    # Right PIN (the environment's, as a till's script keeps it), at the counter it names.
    monkeypatch.setenv("LOYALTYDESK_PIN", "۲۲۲۲")  # typed on a Persian keyboard
    code, _out, err = _handed([*here, "--counter", "till-9", *sale[4:], "--op-id", "p-1"], capsys)
    assert code == 0, err
    trail = services.audit.trail(AuditFilter(kinds=("operation",)), signed)
    line = next(line for line in trail if line.kind.endswith("credit"))
    assert (line.staff, line.counter) == ("Nazanin", "till-9")


@pytest.mark.parametrize(
    "changed",
    [
        ["credit", "{card}", "--amount", "5000"],  # text, not JSON: made here
        ["credit", "{card}", "--amo", "5000", "--json"],  # abbreviated
        ["--branch", "North", "credit", "{card}", "--amount", "5000", "--json"],
        ["--approver", "Sara", "credit", "{card}", "--amount", "5000", "--json"],
        ["credit", "{card}", "--amount", "5000", "--json", "--json"],
        ["credit", "{card}", "{card}", "--amount", "5000", "--json"],
        ["credit", "--amount", "5000", "--json"],
        ["credit", "{card}", "--amount", "5000", "--json", "--op-id", " "],
        ["credit", "{card}", "--amount", "five", "--json"],
        ["--lang", "de", "credit", "{card}", "--amount", "5000", "--json"],
        ["redeem", "{card}", "--reward", "1", "--json"],
    ],
)
def test_what_is_not_handed_over_runs_here_unchanged(
    services: Services,
    server: BackgroundServer,
    here: list[str],
    capsys: pytest.CaptureFixture[str],
    changed: list[str],
) -> None:
    card = str(register(services).card)
    argv = [*here, *(card if a == "{card}" else a for a in changed)]
    assert _handed(argv, capsys) == (argv, "", "")
    assert services.membership.resolve(card).balance == 0


@pytest.mark.parametrize("off", ["0", "false", "No", " off "])
def test_the_hand_off_can_be_turned_off(
    services: Services,
    server: BackgroundServer,
    here: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    off: str,
) -> None:
    card = str(register(services).card)
    sale = [*here, "--json", "credit", card, "--amount", "5000"]
    monkeypatch.setenv("LOYALTYDESK_HANDOFF", off)
    assert _handed(sale, capsys) == (sale, "", "")
    monkeypatch.setenv("LOYALTYDESK_HANDOFF", "1")
    assert _handed(sale, capsys)[0] == 0


def test_another_club_a_gone_program_or_a_stale_secret_runs_here(
    services: Services,
    server: BackgroundServer,
    here: list[str],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    member = register(services)
    assert member.card is not None
    sale = ["--json", "credit", member.card, "--amount", "5000", "--op-id", "s-1"]
    other = [*here[:1], str(tmp_path / "other.sqlite3"), *here[2:], *sale]
    assert _handed(other, capsys)[0] == other

    data_dir = services.settings.data_dir
    running = read_running(data_dir)
    assert running is not None and running.club == services.club
    # The file is the owner's alone: its secret lets the command line do what it may.
    if os.name != "nt":
        assert stat.S_IMODE((data_dir / RUNNING_FILE).stat().st_mode) == 0o600
    # A secret from another run: refused (401), so run here, with the id the program got.
    advertise(data_dir, replace(running, secret="old"))
    assert _handed([*here, *sale], capsys)[0] == [*here, *sale]
    # A program that is gone (nothing listens): run here, with the id it was to be sent.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    advertise(data_dir, replace(running, host="127.0.0.1", port=free))
    outcome, _out, _err = _handed([*here, *sale[:-2]], capsys)
    assert isinstance(outcome, list) and outcome[:-2] == [*here, *sale[:-2]]
    assert outcome[-2] == "--op-id" and outcome[-1]
    assert services.membership.resolve(member.card).balance == 0

    # A program killed without taking its file away: not asked (another may hold its port).
    # The owner changed the shop's settings since the program started: it would read a
    # time in another zone; run here until it is restarted.
    changed = replace(load_settings(), timezone="Europe/London")
    changed.save()
    assert _handed([*here, *sale], capsys)[0] == [*here, *sale]
    replace(changed, timezone=services.settings.timezone).save()
    dead = 2**22 + 1  # above any pid_max
    advertise(data_dir, replace(running, pid=dead))
    assert _handed([*here, *sale], capsys)[0] == [*here, *sale]
    assert services.membership.resolve(member.card).balance == 0
    # Another program answering on the port: its answer is not taken for the credit's.
    with _stranger() as port:
        advertise(data_dir, replace(running, host="127.0.0.1", port=port))
        assert _handed([*here, *sale], capsys) == ([*here, *sale], "", "")

    advertise(data_dir, running)
    server.stop()  # a program stopping takes its file with it
    assert read_running(data_dir) is None


def test_a_credit_interrupted_while_handed_says_how_to_retry_safely(
    services: Services,
    server: BackgroundServer,
    here: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl+C while the program works on it: it may be saved, so the id to retry with."""
    card = str(register(services).card)

    def interrupted(*_args: Any) -> tuple[int, Any]:
        raise KeyboardInterrupt

    monkeypatch.setattr(handoff, "_post", interrupted)
    code, out, err = _handed([*here, "--json", "credit", card, "--amount", "5000"], capsys)
    assert (code, out) == (130, "")
    assert err.startswith("loyaltydesk: Interrupted; the change may already be saved.")
    assert "--op-id " in err and err.count("\n") == 1


def test_a_program_that_does_not_answer_is_not_sent_the_sale(
    services: Services,
    server: BackgroundServer,
    here: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A program frozen or stuck: the system accepts the connection for it, but it never
    says "100 Continue", so the sale is not sent to it and runs here, soon."""
    card = str(register(services).card)
    running = read_running(services.settings.data_dir)
    assert running is not None
    monkeypatch.setattr(handoff, "THERE_TIMEOUT_S", 0.2)
    sale = [*here, "--json", "credit", card, "--amount", "5000", "--op-id", "f-1"]
    with socket.socket() as frozen:
        frozen.bind(("127.0.0.1", 0))
        frozen.listen()
        advertise(services.settings.data_dir, replace(running, port=frozen.getsockname()[1]))
        assert _handed(sale, capsys) == (sale, "", "")
        held, _address = frozen.accept()  # what reached it, held by the system
        with held:
            held.settimeout(2)
            received = b""
            while chunk := held.recv(65536):
                received += chunk
    assert b"Expect: 100-continue" in received and b"f-1" in received
    assert b"amount_rials" not in received


@contextlib.contextmanager
def _stranger() -> Iterator[int]:
    """Some other local web server, answering every POST with 200 and JSON; its port."""

    class Answer(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.dumps({"operation_id": "its own", "ok": True}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Answer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_pos_scripts_credit_is_handed_to_serve_without_the_database_library(
    services: Services, db_url: str, tmp_path: Path
) -> None:
    """`serve` and the command line as processes: the credit is done without importing
    SQLAlchemy or Qt in the command line, and `serve` stopped, it runs there again."""
    member = register(services)
    assert member.card is not None
    env = {
        **os.environ,
        "LOYALTYDESK_DATA_DIR": str(services.settings.data_dir),
        "LOYALTYDESK_LANG": "en",
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("LOYALTYDESK_HANDOFF", None)
    serve = subprocess.Popen(
        [sys.executable, "-m", "loyaltydesk", "--database", db_url, "serve", "--port", "0"],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert serve.stderr is not None
        assert "The API answers at http://127.0.0.1:" in serve.stderr.readline()
        sale = [sys.executable, "-X", "importtime", "-m", "loyaltydesk", "--database", db_url]
        sale += ["--json", "credit", member.card, "--amount", "2500000", "--op-id", "p-1"]
        done = subprocess.run(sale, env=env, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["replayed"] is False
        imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines()}
        assert "loyaltydesk.cli.handoff" in imported
        assert not {"sqlalchemy", "PySide6", "loyaltydesk.cli.main"} & imported
    finally:
        serve.terminate()  # SIGTERM, as a service manager stops it
        serve.wait(30)
        # Started with its output closed, as some POS programs start it: done, exit 0.
        closed = subprocess.run(
            [*sale[:1], *sale[3:-2], "--op-id", "p-2"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            preexec_fn=lambda: os.close(1),
        )
        assert (closed.returncode, closed.stderr) == (0, "")
    assert serve.returncode == 0
    assert read_running(services.settings.data_dir) is None
    # `serve` gone (its file with it): the same sale, run here, is the same sale.
    sale_here = sale[:1] + sale[3:]
    again = subprocess.run(sale_here, env=env, capture_output=True, text=True, check=False)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["replayed"] is True
    assert services.membership.resolve(member.card).balance > 0
