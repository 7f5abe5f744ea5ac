"""`feedback` and `report voice` as a POS script runs them: a separate process each time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


class Process:
    def __init__(self, tmp_path: Path) -> None:
        self.db = str(tmp_path / "club.sqlite3")
        self.env = {
            "LOYALTYDESK_DATA_DIR": str(tmp_path / "data"),
            "LOYALTYDESK_LANG": "en",
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(REPO),
        }

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "loyaltydesk", "--database", self.db, "--staff", "Nazanin",
             *args],
            capture_output=True,
            text=True,
            env=self.env,
            cwd=REPO,
            check=False,
            timeout=120,
        )  # fmt: skip

    def json(self, *args: str) -> Any:
        done = self.run(*args, "--json")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)


@pytest.fixture
def proc(tmp_path: Path) -> Process:
    runner = Process(tmp_path)
    runner.json("member", "add", "--name", "Sara", "--phone", "09121234567")
    runner.json("credit", "09121234567", "--amount", "500000")
    return runner


def test_a_visit_scored_from_the_command_line_once_per_op_id(proc: Process) -> None:
    first = proc.json(
        "feedback", "09121234567", "--score", "۲", "--reason", "قیمت", "--note", "cold",
        "--op-id", "pos-17",
    )  # fmt: skip
    assert {k: first[k] for k in ("kind", "score", "reason", "reason_fa", "note")} == {
        "kind": "visit", "score": 2, "reason": "price", "reason_fa": "قیمت", "note": "cold",
    }  # fmt: skip
    assert first["purchase_id"] == 1 and first["staff"] == "Nazanin"
    assert first["replayed"] is False
    again = proc.json("feedback", "09121234567", "--score", "2", "--op-id", "pos-17")
    assert again["replayed"] is True and again["id"] == first["id"]
    proc.json("credit", "09121234567", "--amount", "100000")  # a new visit to score
    said = proc.run("feedback", "09121234567", "--score", "5")
    assert said.returncode == 0 and "Sara" in said.stdout and "5" in said.stdout


def test_bad_input_is_refused_with_a_sentence(proc: Process) -> None:
    unknown = proc.run("feedback", "09121234567", "--score", "3", "--reason", "parking")
    assert unknown.returncode == 2
    assert "parking is not one of the reasons: slow service | price" in unknown.stderr
    for args in (
        ("feedback", "09121234567", "--score", "6"),
        ("feedback", "09121234567"),
        ("feedback", "why-left", "09121234567"),
        ("feedback", "reasons", "--score", "3"),
    ):
        done = proc.run(*args)
        assert done.returncode == 2, args
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    history = proc.json("report", "voice")
    assert history["figures"][0] == {
        "key": "voice_answers", "unit": "count", "current": 0, "previous": 0,
        "change_percent": None,
    }  # fmt: skip


def test_reasons_set_why_left_and_the_voice_report(proc: Process) -> None:
    listed = proc.json("feedback", "reasons")
    assert listed["reasons"][0] == {"en": "slow service", "fa": "خدمات کند"}
    assert len(listed["reasons"]) == 6
    duplicate = proc.run("feedback", "reasons", "--set", "noise|Noise")
    assert duplicate.returncode == 2 and "twice" in duplicate.stderr
    kept = proc.json("feedback", "reasons", "--set", "noise=سر و صدا|parking|price=قیمت")
    assert kept["reasons"] == [
        {"en": "noise", "fa": "سر و صدا"},
        {"en": "parking", "fa": "parking"},
        {"en": "price", "fa": "قیمت"},
    ]
    left = proc.json("feedback", "why-left", "09121234567", "--reason", "سر و صدا")
    assert (left["kind"], left["reason"], left["score"]) == ("why_left", "noise", None)
    proc.json("feedback", "09121234567", "--score", "1", "--reason", "parking")
    voice = proc.json("report", "voice")
    assert voice["page"] == "voice"
    assert {f["key"]: f["current"] for f in voice["figures"]} == {
        "voice_answers": 1, "voice_average": 1, "voice_low_scores": 1,
        "voice_not_returned": 1, "voice_why_left": 1,
    }  # fmt: skip
    assert voice["scores"] == [1, 0, 0, 0, 0]
    assert voice["reasons"] == [
        {"reason": "noise", "reason_fa": "سر و صدا", "visits": 0, "why_left": 1, "total": 1},
        {"reason": "parking", "reason_fa": "parking", "visits": 1, "why_left": 0, "total": 1},
    ]
    (row,) = voice["call_list"]["rows"]
    assert voice["call_list"]["total"] == 1
    assert set(row) == {"id", "name", "phone", "score", "reason", "reason_fa", "day",
                        "days_since"}  # fmt: skip
    assert (row["name"], row["score"], row["reason"], row["days_since"]) == (
        "Sara", 1, "parking", 0,
    )  # fmt: skip
    assert set(voice["months"][-1]) == {"from", "to", "days", "answers", "average_score"}
    csv = proc.run("report", "voice", "--csv", str(Path(proc.db).with_name("calls.csv")))
    assert csv.returncode == 0, csv.stderr
    written = Path(proc.db).with_name("calls.csv").read_text(encoding="utf-8-sig")
    assert "Sara" in written and "Days since" in written


def test_no_visit_no_score_and_one_score_a_visit(proc: Process) -> None:
    proc.json("member", "add", "--name", "Reza", "--phone", "09121110001")
    none = proc.run("feedback", "09121110001", "--score", "3")
    assert none.returncode == 2
    assert "no visit to score" in none.stderr and "Traceback" not in none.stderr
    first = proc.json("feedback", "09121234567", "--score", "4")
    again = proc.run("feedback", "09121234567", "--score", "1", "--json")
    assert again.returncode == 2
    # When it was scored, what, and by whom: the cashier knows the first one stands.
    assert "already scored 4 on" in again.stderr and "by Nazanin" in again.stderr
    voice = proc.json("report", "voice")
    assert voice["scores"] == [0, 0, 0, 1, 0]
    assert first["purchase_id"] == 1


def test_a_reason_with_one_side_empty_is_refused(proc: Process) -> None:
    for typed in ("slow=کند|price=قیمت|=x", "slow=|price=قیمت"):
        done = proc.run("feedback", "reasons", "--set", typed)
        assert done.returncode == 2, typed
        assert "needs a name on both sides of =" in done.stderr
    assert len(proc.json("feedback", "reasons")["reasons"]) == 6  # nothing changed


def test_past_answers_keep_their_persian_names_when_the_list_changes(proc: Process) -> None:
    proc.json("feedback", "09121234567", "--score", "2", "--reason", "taste")
    proc.json("feedback", "why-left", "09121234567", "--reason", "slow service")
    listed = proc.json("feedback", "reasons", "--set", "slow=کند|price=قیمت")
    assert [r["en"] for r in listed["reasons"]] == ["slow", "price"]
    assert {"en": "taste", "fa": "طعم"} in listed["retired"]
    voice = proc.json("report", "voice")
    assert {(r["reason"], r["reason_fa"]) for r in voice["reasons"]} == {
        ("taste", "طعم"), ("slow service", "خدمات کند"),
    }  # fmt: skip
    assert voice["call_list"]["rows"][0]["reason_fa"] == "طعم"
    proc.json("credit", "09121234567", "--amount", "100000")
    scored = proc.json("feedback", "09121234567", "--score", "5", "--reason", "کند")
    assert (scored["reason"], scored["reason_fa"]) == ("slow", "کند")
