"""The command line run in-process, as a POS script would run it."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest

from loyaltydesk.cli.main import main
from loyaltydesk.domain import messages


class Cli:
    def __init__(self, database: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.database = database
        self.capsys = capsys

    def run(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        out = io.StringIO()
        try:
            code = main(["--database", self.database, "--staff", "Nazanin", *args], out=out)
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        return code, out.getvalue(), self.capsys.readouterr().err

    def json(self, *args: str) -> Any:
        code, out, err = self.run(*args, "--json")
        assert code == 0, err
        return json.loads(out)

    def fails(self, *args: str, code: int = 2) -> str:
        got, _out, err = self.run(*args)
        assert got == code, (got, err)
        assert len(err.strip().splitlines()) == 1, err
        assert "Traceback" not in err
        return err


@pytest.fixture
def cli(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Cli:
    monkeypatch.setenv("LOYALTYDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LOYALTYDESK_LANG", "en")
    # The command line reads the real clock: at night the quiet hours would hold back every
    # message a test sends. Quiet hours are proved with a fixed clock in the services' tests.
    monkeypatch.setattr(messages, "QUIET_FROM", dt.time.max)
    monkeypatch.setattr(messages, "QUIET_UNTIL", dt.time.min)
    runner = Cli(db_url, capsys)
    runner.json(
        "rewards", "add", "--name", "Free meal", "--name-fa", "غذای رایگان", "--cost", "100"
    )
    runner.json("rewards", "add", "--name", "Free drink", "--cost", "40")
    return runner
