"""The command line as a till's script meets it: empty operation ids, a reader that stops
reading, a database server that is down or drops the connection, and a cold start per sale."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, create_engine, event, make_url, text

from loyaltydesk.persistence import database as database_module
from loyaltydesk.persistence.database import normalise_url
from tests.cli.conftest import Cli
from tests.pgserver import PostgresCluster

REPO = Path(__file__).resolve().parents[2]
LOYALTYDESK = [sys.executable, "-m", "loyaltydesk"]


def _env(data: Path) -> dict[str, str]:
    return {
        "LOYALTYDESK_DATA_DIR": str(data),
        "LOYALTYDESK_LANG": "en",
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(REPO),
    }


def _ledger(db_url: str) -> list[tuple[str, int, str]]:
    engine = create_engine(normalise_url(db_url))
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT kind, points, operation_id FROM ledger_entries ORDER BY id")
            )
            return [(r[0], r[1], r[2]) for r in rows]
    finally:
        engine.dispose()


# -- 12: an empty operation id ---------------------------------------------------------------


@pytest.mark.parametrize("op_id", ["", "   ", "\t"])
def test_an_empty_or_blank_op_id_is_refused_by_every_command_that_takes_one(
    cli: Cli, db_url: str, op_id: str
) -> None:
    added = cli.json("member", "add", "--name", "Sara", "--phone", "09121234567")
    card = added["member"]["card"]
    credited = cli.json("credit", card, "--amount", "5000000", "--receipt", "R-1")
    redeemed = cli.json("redeem", card, "--reward", "free drink")
    before = _ledger(db_url)
    commands: list[list[str]] = [
        ["member", "add", "--name", "Ali", "--phone", "09350000000"],
        ["member", "replace-card", card],
        ["credit", card, "--amount", "100000"],
        ["redeem", card, "--reward", "free drink"],
        ["refund", "--receipt", "R-1"],
        ["void-redemption", str(redeemed["entry_id"])],
        ["adjust", card, "--points", "5", "--reason", "typo"],
    ]
    for command in commands:
        err = cli.fails(*command, "--op-id", op_id, code=2)
        assert "The operation id is empty." in err, command
        code, out, _ = cli.run(*command, "--op-id", op_id, "--json")
        assert code == 2 and json.loads(out)["error"]["code"] == "operation.empty"
    # Nothing at all was done: no member, no card, no ledger line.
    assert _ledger(db_url) == before
    assert cli.json("member", "show", card)["balance"] == credited["balance"] - 40
    assert [h["card"] for h in cli.json("member", "find", "Ali")] == []


# -- 13: a reader that stops reading ---------------------------------------------------------


def _credit_into_closed_pipe(db: str, data: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run `credit` with its stdout a pipe whose reader has already gone (`| head -0`)."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader closes before anything is written
    try:
        return subprocess.run(
            [
                *LOYALTYDESK,
                "--database",
                db,
                "credit",
                "09121234567",
                "--amount",
                "1000000",
                *extra,
            ],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(data),
            cwd=REPO,
            check=False,
            timeout=120,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize("as_json", [False, True])
def test_a_closed_output_pipe_does_not_turn_a_saved_credit_into_a_failure(
    tmp_path: Path, as_json: bool
) -> None:
    db = str(tmp_path / "club.sqlite3")
    data = tmp_path / "data"
    added = subprocess.run(
        [
            *LOYALTYDESK,
            "--database",
            db,
            "member",
            "add",
            "--name",
            "Sara",
            "--phone",
            "09121234567",
        ],
        capture_output=True,
        text=True,
        env=_env(data),
        cwd=REPO,
        check=False,
    )
    assert added.returncode == 0, added.stderr
    done = _credit_into_closed_pipe(db, data, "--op-id", "till-1", *(["--json"] * as_json))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # neither "went wrong" nor "nothing was saved"
    assert _ledger(db) == [("earn", 10, "till-1")]


def test_after_a_saved_write_an_unexpected_error_does_not_claim_nothing_was_saved(
    cli: Cli, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from loyaltydesk.cli import jsonout

    card = cli.json("member", "add", "--name", "Sara", "--phone", "09121234567")["member"]["card"]

    def broken(result: Any) -> Any:
        raise RuntimeError("a bug after the commit")

    with monkeypatch.context() as patched:
        patched.setattr(jsonout, "credit", broken)
        err = cli.fails(
            "credit", card, "--amount", "1000000", "--op-id", "till-9", "--json", code=5
        )
    assert "Something unexpected went wrong" in err
    assert "nothing half-done was saved" not in err
    assert "--op-id till-9" in err  # the way to repeat it safely
    assert [(k, p) for k, p, _ in _ledger(db_url)] == [("earn", 10)]
    again = cli.json("credit", card, "--amount", "1000000", "--op-id", "till-9")
    assert again["replayed"] is True and again["balance"] == 10
    log = (tmp_path / "data" / "logs" / "loyaltydesk.log").read_text()
    assert "a bug after the commit" in log
    # An operation id the script did not give is named too: it is the one that was saved.
    with monkeypatch.context() as patched:
        patched.setattr(jsonout, "credit", broken)
        err = cli.fails("credit", card, "--amount", "2000000", "--json", code=5)
    op_id = next(o for _k, p, o in _ledger(db_url) if p == 20)
    assert f"--op-id {op_id}" in err and "nothing half-done" not in err


# -- 14: a database server that cannot be reached --------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_server_that_refuses_the_connection_exits_4_naming_it_but_not_the_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOYALTYDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LOYALTYDESK_LANG", "en")
    port = _free_port()  # nothing listens there
    url = f"postgresql://shop:s3cret-pw@127.0.0.1:{port}/club"
    runner = Cli(url, capsys)
    err = runner.fails("credit", "09121234567", "--amount", "100000", code=4)
    assert f"127.0.0.1:{port}" in err and "club" in err
    assert "cannot be reached" in err and "Check that it is running" in err
    assert "s3cret" not in err and "Something unexpected" not in err
    code, out, _ = runner.run("member", "show", "09121234567", "--json")
    assert code == 4 and json.loads(out)["error"]["code"] == "database.unreachable"
    log = (tmp_path / "data" / "logs" / "loyaltydesk.log").read_text()
    assert "s3cret" not in log


@pytest.mark.postgres
def test_a_server_that_is_down_exits_4_and_the_same_op_id_credits_once_when_it_is_back(
    own_cluster: PostgresCluster,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LOYALTYDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LOYALTYDESK_LANG", "en")
    url = own_cluster.url()
    runner = Cli(url, capsys)
    card = runner.json("member", "add", "--name", "Sara", "--phone", "09121234567")["member"][
        "card"
    ]
    own_cluster.stop_server()
    err = runner.fails("credit", card, "--amount", "1000000", "--op-id", "till-3", code=4)
    assert "cannot be reached" in err and str(own_cluster.root) in err and "postgres" in err
    own_cluster.start_server()
    first = runner.json("credit", card, "--amount", "1000000", "--op-id", "till-3")
    again = runner.json("credit", card, "--amount", "1000000", "--op-id", "till-3")
    assert (first["replayed"], again["replayed"]) == (False, True)
    assert again["balance"] == 10
    assert _ledger(url) == [("earn", 10, "till-3")]


@pytest.mark.postgres
@pytest.mark.parametrize("where", ["insert", "commit"])
def test_a_connection_dropped_mid_credit_exits_4_and_the_retry_credits_once(
    pg_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    monkeypatch.setenv("LOYALTYDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LOYALTYDESK_LANG", "en")
    runner = Cli(pg_url, capsys)
    card = runner.json("member", "add", "--name", "Sara", "--phone", "09121234567")["member"][
        "card"
    ]
    admin = create_engine(normalise_url(pg_url), isolation_level="AUTOCOMMIT")
    killed: list[int] = []

    def kill(conn: Connection) -> None:
        if killed:
            return
        pid = conn.connection.dbapi_connection.info.backend_pid  # type: ignore[union-attr]
        with admin.connect() as other:
            other.execute(text("SELECT pg_terminate_backend(:pid, 10000)"), {"pid": pid})
        killed.append(pid)

    def before_insert(conn: Connection, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO LEDGER_ENTRIES"):
            kill(conn)

    if where == "insert":
        event.listen(Engine, "before_cursor_execute", before_insert)
    else:
        event.listen(Engine, "commit", kill)
    try:
        err = runner.fails("credit", card, "--amount", "1000000", "--op-id", "till-5", code=4)
    finally:
        event.remove(Engine, "before_cursor_execute" if where == "insert" else "commit",
                     before_insert if where == "insert" else kill)  # fmt: skip
        admin.dispose()
    assert killed
    assert "cannot be reached" in err and "Something unexpected" not in err
    assert f"(database {make_url(pg_url).database})" in err and "Check that it is running" in err
    # Lost during the commit, it might have been saved: the message names the id to repeat.
    assert ("--op-id till-5" in err) == (where == "commit")
    retried = runner.json("credit", card, "--amount", "1000000", "--op-id", "till-5")
    replayed = runner.json("credit", card, "--amount", "1000000", "--op-id", "till-5")
    assert replayed["replayed"] is True and replayed["balance"] == retried["balance"] == 10
    assert _ledger(pg_url) == [("earn", 10, "till-5")]


@pytest.mark.postgres
def test_a_server_that_crashes_mid_credit_exits_4_and_a_script_retrying_credits_once(
    own_cluster: PostgresCluster,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The server process dies under the credit (the driver then says only "server closed
    the connection unexpectedly") and restarts; the till retries with its operation id."""
    monkeypatch.setenv("LOYALTYDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LOYALTYDESK_LANG", "en")
    url = own_cluster.url()
    runner = Cli(url, capsys)
    card = runner.json("member", "add", "--name", "Sara", "--phone", "09121234567")["member"][
        "card"
    ]
    # The test server runs with synchronous_commit=off: make what is set up so far durable.
    admin = create_engine(normalise_url(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("CHECKPOINT"))
    admin.dispose()
    killed: list[int] = []

    def crash(conn: Connection, _cursor: Any, statement: str, *_: Any) -> None:
        if not killed and statement.lstrip().upper().startswith("INSERT INTO LEDGER_ENTRIES"):
            pid = conn.connection.dbapi_connection.info.backend_pid  # type: ignore[union-attr]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    event.listen(Engine, "before_cursor_execute", crash)
    try:
        err = runner.fails("credit", card, "--amount", "1000000", "--op-id", "till-8", code=4)
    finally:
        event.remove(Engine, "before_cursor_execute", crash)
    assert killed and "cannot be reached" in err and "Something unexpected" not in err
    deadline = time.monotonic() + 60
    while code := runner.run("credit", card, "--amount", "1000000", "--op-id", "till-8")[0]:
        assert code == 4 and time.monotonic() < deadline  # recovering: "cannot be reached"
        time.sleep(0.2)
    again = runner.json("credit", card, "--amount", "1000000", "--op-id", "till-8")
    assert again["replayed"] is True and again["balance"] == 10
    assert _ledger(url) == [("earn", 10, "till-8")]


# -- 18: a cold start per sale ---------------------------------------------------------------

HEAVY = ("alembic", "reportlab", "escpos", "PIL", "PySide6.QtWidgets", "PySide6.QtGui")


def _heavy_modules(code: str, tmp_path: Path, heavy: tuple[str, ...] = HEAVY) -> list[str]:
    probe = (
        f"import sys\n{code}\nprint('\\n'.join(sorted(sys.modules)), file=open(sys.argv[1], 'w'))\n"
    )
    listing = tmp_path / "modules.txt"
    done = subprocess.run(
        [sys.executable, "-c", probe, str(listing)],
        capture_output=True,
        text=True,
        env=_env(tmp_path / "data"),
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    loaded = listing.read_text().split()
    return [m for m in loaded if m.startswith(heavy)]


def test_the_command_line_module_imports_neither_the_database_nor_qt(tmp_path: Path) -> None:
    # `-h` and a usage mistake are answered before anything heavy is imported.
    loaded = _heavy_modules(
        "import loyaltydesk.cli.main", tmp_path, (*HEAVY, "PySide6", "sqlalchemy", "psycopg")
    )
    assert loaded == []


def test_a_credit_on_an_up_to_date_database_imports_no_migrations_printing_or_widgets(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "club.sqlite3")
    database_module.open_database(db).dispose()
    add = (
        "from loyaltydesk.cli.main import main\n"
        f"assert main(['--database', {db!r}, 'member', 'add', '--name', 'Sara',"
        " '--phone', '09121234567']) == 0\n"
    )
    assert _heavy_modules(add, tmp_path) == []
    credit = (
        "from loyaltydesk.cli.main import main\n"
        f"assert main(['--database', {db!r}, 'credit', '09121234567', '--amount', '1000000',"
        " '--json']) == 0\n"
    )
    assert _heavy_modules(credit, tmp_path) == []
    assert [(k, p) for k, p, _ in _ledger(db)] == [("earn", 10)]


def _persian(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)


def test_a_json_credit_starts_no_qt_and_every_sentence_is_still_translated(
    tmp_path: Path,
) -> None:
    # A POS's `--json credit` answers without a sentence, so without Qt; its text answer, a
    # refusal's message and the error line still come in the shop's language.
    db = str(tmp_path / "club.sqlite3")
    database_module.open_database(db).dispose()
    add = (
        "from loyaltydesk.cli.main import main\n"
        f"assert main(['--database', {db!r}, 'member', 'add', '--name', 'Sara',"
        " '--phone', '09121234567']) == 0\n"
    )
    _heavy_modules(add, tmp_path)
    credit = (
        "from loyaltydesk.cli.main import main\n"
        f"assert main(['--database', {db!r}, '--json', 'credit', '09121234567',"
        " '--amount', '1000000']) == 0\n"
    )
    assert _heavy_modules(credit, tmp_path, ("PySide6", "shiboken6")) == []

    def persian_run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*LOYALTYDESK, "--database", db, "--lang", "fa", *args],
            capture_output=True,
            text=True,
            env=_env(tmp_path / "data"),
            cwd=REPO,
            check=False,
        )

    refused = persian_run("--json", "credit", "09350000000", "--amount", "1000000")
    assert refused.returncode == 2, refused.stderr
    assert _persian(json.loads(refused.stdout)["error"]["message"])
    assert _persian(refused.stderr)
    answered = persian_run("credit", "09121234567", "--amount", "1000000")
    assert answered.returncode == 0, answered.stderr
    assert _persian(answered.stdout)
    assert [(k, p) for k, p, _ in _ledger(db)] == [("earn", 10), ("earn", 10)]


def test_the_head_revision_constant_is_the_migrations_folders_head() -> None:
    assert database_module.migrations_head() == database_module.HEAD_REVISION
