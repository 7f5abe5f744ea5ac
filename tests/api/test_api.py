"""Each endpoint of the local HTTP API through a real HTTP client, on SQLite and PostgreSQL:
the command line's JSON, idempotency keys, tokens, and every way a request can be wrong."""

from __future__ import annotations

import contextlib
import http.client
import json
import sqlite3
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from loyaltydesk.api import app as api_app
from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.audit import AuditFilter
from loyaltydesk.domain.staff import Role
from tests.api.conftest import Client

PHONE = "09121234567"


def _member(api: Client, phone: str = PHONE, name: str = "Ali") -> dict[str, object]:
    answer = api.post("/v1/members", {"name": name, "phone": phone}, key=f"reg-{phone}")
    assert answer.status == 200, answer.body
    member: dict[str, object] = answer.body["member"]
    return member


def test_the_counters_work_end_to_end(api: Client, services: Services) -> None:
    member = _member(api)
    assert api.get("/v1/members?q=Ali").body[0]["card"] == member["card"]
    assert api.get(f"/v1/members/{member['card']}").body["phone"] == "+989121234567"
    assert api.get(f"/v1/members/{PHONE}").body["id"] == member["id"]

    credited = api.post(
        "/v1/credit",
        {"card": member["card"], "amount_rials": 4_000_000, "receipt": "R-1"},
        key="sale-1",
    )
    assert credited.status == 200, credited.body
    assert credited.body["points_earned"] == 40
    assert (credited.body["receipt"], credited.body["replayed"]) == ("R-1", False)

    rewards = api.get("/v1/rewards").body
    assert {r["name"] for r in rewards["rewards"]} == {"Free drink", "Free meal"}
    redeemed = api.post("/v1/redeem", {"phone": PHONE, "reward": "Free drink"}, key="gift-1")
    assert redeemed.status == 200, redeemed.body
    assert redeemed.body["balance"] == 0

    preview = api.post("/v1/void-redemption", {"entry": redeemed.body["entry_id"], "preview": True})
    assert preview.status == 200, preview.body
    voided = api.post("/v1/void-redemption", {"entry": redeemed.body["entry_id"]}, key="void-1")
    assert (voided.status, voided.body["balance"]) == (200, 40)
    refunded = api.post("/v1/refund", {"receipt": "R-1"}, key="refund-1")
    assert (refunded.status, refunded.body["balance"]) == (200, 0), refunded.body

    statement = api.get(f"/v1/members/{PHONE}/statement").body
    assert [e["kind"] for e in statement["entries"]] == [
        "earn",
        "redeem",
        "restore_redeem",
        "reverse_earn",
    ]
    # Each call is the POS's, at the counter named by its token.
    trail = services.audit.trail(AuditFilter(kinds=("operation",)), services.actor)
    assert {(line.counter, line.staff) for line in trail} == {("till-1", "till-1")}


def test_the_same_key_credits_once_and_another_body_is_refused(api: Client) -> None:
    _member(api)
    sale = {"phone": PHONE, "amount_rials": 1_000_000, "receipt": "R-7"}
    first = api.post("/v1/credit", sale, key="sale-7")
    again = api.post("/v1/credit", sale, key="sale-7")
    assert (first.status, again.status) == (200, 200)
    assert (first.body["replayed"], again.body["replayed"]) == (False, True)
    assert again.body["entry_id"] == first.body["entry_id"]
    other = api.post("/v1/credit", {**sale, "amount_rials": 2_000_000}, key="sale-7")
    assert (other.status, other.code) == (409, "operation.reused")
    assert other.body["error"]["params"] == {"operation_id": "sale-7"}
    entries = api.get(f"/v1/members/{PHONE}/statement").body["entries"]
    assert len(entries) == 1


def test_a_write_without_an_idempotency_key_is_refused(api: Client) -> None:
    _member(api)
    answer = api.post("/v1/credit", {"phone": PHONE, "amount_rials": 1_000_000})
    assert (answer.status, answer.code) == (400, "api.idempotency_key_missing")
    assert api.get(f"/v1/members/{PHONE}/statement").body["entries"] == []


def test_no_wrong_or_revoked_token_is_401(api: Client, services: Services) -> None:
    _member(api)
    nobody = Client(api.url, None)
    assert (nobody.get("/v1/rewards").status, nobody.get("/v1/rewards").code) == (
        401,
        "api.token_missing",
    )
    wrong = Client(api.url, "ld_" + "x" * 43).get("/v1/rewards")
    assert (wrong.status, wrong.code) == (401, "api.token_invalid")
    services.api_tokens.revoke("till-1", services.actor)
    revoked = api.post("/v1/credit", {"phone": PHONE, "amount_rials": 10**6}, key="s")
    assert (revoked.status, revoked.code) == (401, "api.token_invalid")


def test_bad_tokens_from_one_client_are_slowed_down(
    api: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api_app, "DELAY_STEP", 0.3)
    guesser = Client(api.url, "ld_guess")
    timings = []
    for _ in range(api_app.FREE_FAILURES + 2):
        started = time.monotonic()
        assert guesser.get("/v1/rewards").status == 401
        timings.append(time.monotonic() - started)
    assert max(timings[: api_app.FREE_FAILURES]) < 0.3
    assert timings[-1] >= 0.6
    # The real token still gets in at once (the POS itself is not locked out).
    started = time.monotonic()
    assert api.get("/v1/rewards").status == 200
    assert time.monotonic() - started < 0.3


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"{not json", "api.bad_json"),
        (b"[1, 2]", "api.bad_json"),
        (b"\xff\xfe", "api.bad_json"),
        (b'{"phone": "09121234567", "amount_rials": "1000000"}', "api.not_whole_number"),
        (b'{"phone": "09121234567", "amount_rials": 1000000.5}', "api.not_whole_number"),
        (b'{"phone": "09121234567", "amount_rials": true}', "api.not_whole_number"),
        (b'{"phone": 9121234567, "amount_rials": 1000000}', "api.not_text"),
        (b'{"phone": "09121234567", "ammount_rials": 1000000}', "api.unknown_field"),
        (b'{"phone": "09121234567"}', "api.missing_field"),
        (b'{"amount_rials": 1000000}', "api.card_or_phone"),
        (b'{"phone": "09121234567", "card": "1", "amount_rials": 1}', "api.card_or_phone"),
    ],
)
def test_malformed_requests_are_400_and_change_nothing(api: Client, raw: bytes, code: str) -> None:
    _member(api)
    answer = api.post("/v1/credit", raw=raw, key="k-bad")
    assert (answer.status, answer.code) == (400, code), answer.body
    assert answer.body["error"]["message"]
    assert api.get(f"/v1/members/{PHONE}/statement").body["entries"] == []


def test_a_huge_body_is_413_before_it_is_read(api: Client) -> None:
    padding = "x" * (api_app.MAX_BODY + 1)
    answer = api.post("/v1/members", {"name": padding, "phone": PHONE}, key="big")
    assert (answer.status, answer.code) == (413, "api.body_too_large")
    assert api.get("/v1/members?q=" + PHONE).body == []


@pytest.mark.parametrize(
    ("limit", "code"),
    [
        ("-1", "search.bad_limit"),
        ("0", "search.bad_limit"),
        ("many", "api.not_whole_number"),
        ("%2B5", "api.not_whole_number"),
        ("1_0", "api.not_whole_number"),
        ("%205", "api.not_whole_number"),
    ],
)
def test_a_search_limit_out_of_range_or_not_a_number_says_which(
    api: Client, limit: str, code: str
) -> None:
    _member(api)
    answer = api.get(f"/v1/members?q=Ali&limit={limit}")
    assert (answer.status, answer.code) == (400, code), answer.body
    persian_one = urllib.parse.quote("۱")  # Persian digits are digits
    assert [hit["name"] for hit in api.get(f"/v1/members?q=Ali&limit={persian_one}").body] == [
        "Ali"
    ]


def test_not_found_and_unknown_paths_are_404(api: Client) -> None:
    assert api.get("/v1/members/09129999999").status == 404
    unknown = api.get("/v1/credits")
    assert (unknown.status, unknown.code) == (404, "api.no_such_path")
    assert api.call("DELETE", "/v1/credit").status == 405


def test_staff_named_by_the_pos_act_with_their_own_rights(api: Client, services: Services) -> None:
    _member(api)  # before accounts exist: the POS alone may register, as the CLI may
    owner = services.staff.add("Sara", Role.OWNER, "1111", services.actor)
    signed = services.staff.sign_in("Sara", "1111", "counter-1", shift=False)
    services.staff.add("Reza", Role.CASHIER, "2222", signed)
    assert owner.role is Role.OWNER

    sale = {"phone": PHONE, "amount_rials": 1_000_000, "receipt": "R-9"}
    alone = api.post("/v1/credit", sale, key="s-1")
    assert (alone.status, alone.code) == (403, "staff.sign_in_needed")
    reza = {"X-Staff": "Reza", "X-Staff-Pin": "2222"}
    credited = api.post("/v1/credit", sale, key="s-1", headers=reza)
    assert credited.status == 200, credited.body
    refund = api.post("/v1/refund", {"receipt": "R-9"}, key="r-1", headers=reza)
    assert (refund.status, refund.code) == (403, "staff.needs_approval")
    wrong_pin = api.post("/v1/credit", sale, key="s-2", headers={**reza, "X-Staff-Pin": "0000"})
    assert (wrong_pin.status, wrong_pin.code) == (403, "staff.wrong_name_or_pin")
    no_pin = api.post("/v1/credit", sale, key="s-3", headers={"X-Staff": "Reza"})
    assert (no_pin.status, no_pin.code) == (400, "api.staff_pin_missing")

    trail = services.audit.trail(AuditFilter(kinds=("operation",)), signed)
    credit_line = next(line for line in trail if line.kind.endswith("credit"))
    assert (credit_line.staff, credit_line.counter) == ("Reza", "till-1")


def test_a_cashier_named_on_every_call_has_the_pin_checked_once_while_the_account_stays(
    api: Client, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """argon2 once for a POS's cashier, not on every sale (it costs ~60 ms in the write
    lock); a new PIN, a wrong PIN, a lock or a disabled account is seen at once."""
    _member(api)
    services.staff.add("Sara", Role.OWNER, "1111", services.actor)
    owner = services.staff.sign_in("Sara", "1111", "counter-1", shift=False)
    services.staff.add("Reza", Role.CASHIER, "2222", owner)
    checked: list[str] = []
    hasher = services.staff._hasher
    verify = hasher.verify

    def counting(hashed: str, pin: str) -> bool:
        checked.append(pin)
        return verify(hashed, pin)

    monkeypatch.setattr(hasher, "verify", counting)
    sales = iter(range(100))

    def credit(pin: str) -> tuple[int, str | None]:
        n = next(sales)
        sale = {"phone": PHONE, "amount_rials": 1_000_000, "receipt": f"R-{n}"}
        answer = api.post(
            "/v1/credit", sale, key=f"s-{n}", headers={"X-Staff": "Reza", "X-Staff-Pin": pin}
        )
        return answer.status, answer.code

    assert [credit("2222") for _ in range(3)] == [(200, None)] * 3
    assert checked == ["2222"]

    services.staff.set_pin("Reza", "3333", owner)  # the old PIN stops at once
    assert credit("2222") == (403, "staff.wrong_name_or_pin")
    assert credit("3333") == (200, None)
    assert credit(urllib.parse.quote("۳۳۳۳")) == (200, None)  # Persian digits: the same PIN
    assert checked == ["2222", "2222", "3333"]

    # Wrong PINs count towards the lock as they always did: five in a row lock it, and the
    # right PIN remembered from before does not get past the lock.
    assert [credit("0000")[1] for _ in range(4)] == ["staff.wrong_name_or_pin"] * 4
    assert credit("3333") == (200, None)  # right again: the count starts again
    assert [credit("0000")[1] for _ in range(5)] == ["staff.wrong_name_or_pin"] * 4 + [
        "staff.locked"
    ]
    assert credit("3333") == (403, "staff.locked")

    services.staff.add("Mina", Role.CASHIER, "4444", owner)
    mina = {"X-Staff": "Mina", "X-Staff-Pin": "4444"}
    sale = {"phone": PHONE, "amount_rials": 1_000_000}
    assert api.post("/v1/credit", sale, key="m-0", headers=mina).status == 200
    services.staff.set_active("Mina", False, owner)
    stopped = api.post("/v1/credit", sale, key="m-1", headers=mina)
    assert (stopped.status, stopped.code) == (403, "staff.disabled")


def test_errors_come_in_the_language_asked_for(api: Client, persian_qm: object) -> None:
    asked = api.get("/v1/members/09129999999?lang=fa")
    header = api.get("/v1/members/09129999999", headers={"Accept-Language": "fa-IR,fa;q=0.9"})
    english = api.get("/v1/members/09129999999", headers={"Accept-Language": "en"})
    assert asked.code == header.code == english.code
    assert asked.body["error"]["message"] == header.body["error"]["message"]
    assert any("\u0600" <= c <= "\u06ff" for c in asked.body["error"]["message"])
    assert english.body["error"]["message"].isascii()


def test_the_openapi_document_names_every_route(api: Client, server: object) -> None:
    document = Client(api.url, None).get("/openapi.json")
    assert document.status == 200
    paths = document.body["paths"]
    routes = {
        (route.path, method.lower())
        for route in server.server.config.app.routes  # type: ignore[attr-defined]
        for method in route.methods - {"HEAD"}
        if route.path != "/openapi.json"
    }
    assert routes == {(path, method) for path, item in paths.items() for method in item}


def test_the_example_client_credits_once_per_receipt(api: Client) -> None:
    _member(api)
    script = Path(__file__).resolve().parents[2] / "scripts" / "api_example.py"
    command = [sys.executable, str(script), "--url", api.url, "--token", str(api.token)]
    sale = [*command, "credit", PHONE, "2500000", "--receipt", "1042"]
    answers = [
        json.loads(subprocess.run(sale, capture_output=True, text=True, check=True).stdout)
        for _ in range(2)
    ]
    assert [a["replayed"] for a in answers] == [False, True]
    assert answers[1]["balance"] == 25
    found = subprocess.run([*command, "find", "0912"], capture_output=True, text=True, check=True)
    assert json.loads(found.stdout)[0]["phone"] == "+989121234567"


@contextlib.contextmanager
def _write_lock_held(db_url: str, member_id: int) -> Iterator[None]:
    """Another counter's long write holding what a credit to ``member_id`` waits for."""
    if "://" not in db_url:
        raw = sqlite3.connect(db_url, isolation_level=None)
        raw.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            raw.execute("ROLLBACK")
            raw.close()
        return
    engine = create_engine(db_url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn, conn.begin() as held:
            conn.execute(
                text("SELECT id FROM members WHERE id = :id FOR UPDATE"), {"id": member_id}
            )
            yield
            held.rollback()
    finally:
        engine.dispose()


def test_a_credit_whose_pos_gave_up_while_it_waited_is_not_saved(
    api: Client, services: Services, db_url: str
) -> None:
    """A POS that times out and hangs up while its sale waits for the database (another
    counter's long write) finds nothing saved, as with a command line killed while waiting:
    its retry under a new key is the only credit."""
    member = _member(api)
    port = int(api.url.rsplit(":", 1)[1])
    sale = {"phone": PHONE, "amount_rials": 2_000_000, "receipt": "R-77"}
    with _write_lock_held(db_url, int(str(member["id"]))):
        pos = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        headers = {"Authorization": f"Bearer {api.token}", "Idempotency-Key": "gave-up"}
        pos.request("POST", "/v1/credit", json.dumps(sale).encode(), headers)
        time.sleep(0.5)  # waiting for the lock
        pos.close()  # the POS gives up
        time.sleep(0.5)
    time.sleep(1.0)  # the lock gone, the abandoned sale had its turn: nothing saved
    assert _earned(api) == []
    again = api.post("/v1/credit", sale, key="gave-up")
    assert (again.status, again.body["replayed"]) == (200, False), again.body
    assert len(_earned(api)) == 1


def _earned(api: Client) -> list[dict[str, object]]:
    entries = api.get(f"/v1/members/{PHONE}/statement").body["entries"]
    return [e for e in entries if e["kind"] == "earn"]
