"""POST /v1/pending: a sale the till rang up without its member, waiting at a counter until
the cashier scans the card — through real HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.audit import AuditFilter
from loyaltydesk.domain.errors import DomainError
from loyaltydesk.services.till import TillService
from tests.api.conftest import Client

PHONE = "09121234567"
SALE = {"amount_rials": 2_500_000, "receipt": "8812"}


def _member(services: Services, phone: str = PHONE, name: str = "Ali") -> int:
    registered = services.membership.register(
        f"reg-{phone}", name=name, phone=phone, actor=services.actor
    )
    return registered.member.id


def _post(api: Client, body: dict[str, Any] = SALE, key: str = "sale-8812") -> dict[str, Any]:
    answer = api.post("/v1/pending", body, key=key)
    assert answer.status == 201, answer.body
    posted: dict[str, Any] = answer.body
    return posted


def test_a_posted_sale_waits_at_this_counter_and_is_credited_once(
    api: Client, services: Services
) -> None:
    posted = _post(api)
    assert posted["status"] == "waiting"
    assert (posted["counter"], posted["amount_rials"], posted["receipt"]) == (
        "counter-1",  # the serving program's counter (settings)
        2_500_000,
        "8812",
    )
    assert posted["posted_by"] == "till-1"
    queue = services.till.waiting("counter-1")
    assert (queue.count, queue.oldest and queue.oldest.id) == (1, posted["id"])

    member_id = _member(services)
    credited = services.till.credit(posted["id"], member_id, services.actor)
    again = services.till.credit(posted["id"], member_id, services.actor)  # a double scan
    assert (credited.points_earned, credited.receipt_no, credited.replayed) == (25, "8812", False)
    assert (again.replayed, again.entry_id) == (True, credited.entry_id)

    status = api.get(f"/v1/pending/{posted['id']}").body
    assert status["status"] == "credited"
    assert (status["member_id"], status["points_earned"], status["entry_id"]) == (
        member_id,
        25,
        credited.entry_id,
    )
    assert status["card"] == credited.member.card
    assert services.till.waiting("counter-1").count == 0
    entries = api.get(f"/v1/members/{PHONE}/statement").body["entries"]
    assert [(e["kind"], e["points"]) for e in entries] == [("earn", 25)]
    # The trail names the POS that posted it.
    trail = services.audit.trail(AuditFilter(kinds=("till_purchase",)), services.actor)
    assert [(line.counter, line.staff) for line in trail] == [("till-1", "till-1")]


def test_the_body_can_name_another_counter(api: Client, services: Services) -> None:
    posted = _post(api, {**SALE, "counter": "counter-2"})
    assert posted["counter"] == "counter-2"
    assert services.till.waiting("counter-1").count == 0
    assert services.till.waiting("counter-2").count == 1


def test_the_oldest_is_shown_first_with_how_many_wait(api: Client, services: Services) -> None:
    first = _post(api, {"amount_rials": 1_000_000}, key="a")
    _post(api, {"amount_rials": 2_000_000}, key="b")
    queue = services.till.waiting("counter-1")
    assert (queue.count, queue.oldest and queue.oldest.id) == (2, first["id"])


def test_the_same_key_posts_once_and_another_body_is_refused(
    api: Client, services: Services
) -> None:
    first = _post(api)
    again = api.post("/v1/pending", SALE, key="sale-8812")
    assert (again.status, again.body["id"], again.body["replayed"]) == (200, first["id"], True)
    other = api.post("/v1/pending", {**SALE, "amount_rials": 3_000_000}, key="sale-8812")
    assert (other.status, other.code) == (409, "operation.reused")
    assert services.till.waiting("counter-1").count == 1
    # The same receipt under another key: the till printed it once.
    twice = api.post("/v1/pending", SALE, key="sale-8812-b")
    assert (twice.status, twice.code) == (409, "till.receipt_waiting")


def test_a_receipt_credited_before_is_refused(api: Client, services: Services) -> None:
    member_id = _member(services)
    services.counter.credit_purchase("c-1", member_id, 1_000_000, services.actor, receipt_no="77")
    answer = api.post("/v1/pending", {"amount_rials": 1_000_000, "receipt": "77"}, key="p")
    assert (answer.status, answer.code) == (409, "till.receipt_credited")


def test_cancel_by_the_pos(api: Client, services: Services) -> None:
    posted = _post(api)
    path = f"/v1/pending/{posted['id']}"
    no_key = api.call("DELETE", path)
    assert (no_key.status, no_key.code) == (400, "api.idempotency_key_missing")
    # A key the POS used for another request is refused, as the core refuses it.
    posted_key = api.call("DELETE", path, key="sale-8812")
    assert (posted_key.status, posted_key.code) == (409, "operation.reused")
    cancelled = api.call("DELETE", path, key="void-8812")
    assert (cancelled.status, cancelled.body["status"]) == (200, "cancelled")
    assert cancelled.body["replayed"] is False
    again = api.call("DELETE", path, key="void-8812")
    assert (again.body["status"], again.body["replayed"]) == ("cancelled", True)
    other = _post(api, {**SALE, "receipt": "8813"}, key="sale-8813")
    reused = api.call("DELETE", f"/v1/pending/{other['id']}", key="void-8812")
    assert (reused.status, reused.code) == (409, "operation.reused")
    assert api.get(f"/v1/pending/{other['id']}").body["status"] == "waiting"
    assert api.call("DELETE", f"/v1/pending/{other['id']}", key="void-8813").status == 200
    assert api.get(path).body["status"] == "cancelled"
    assert services.till.waiting("counter-1").count == 0
    member_id = _member(services)
    with pytest.raises(DomainError) as refused:
        services.till.credit(posted["id"], member_id, services.actor)
    assert refused.value.code == "till.cancelled"
    assert api.get(f"/v1/members/{PHONE}/statement").body["entries"] == []
    # The receipt is free again: the till may ring the sale up anew.
    assert api.post("/v1/pending", SALE, key="sale-8812-again").status == 201


def test_a_credited_sale_cannot_be_cancelled(api: Client, services: Services) -> None:
    posted = _post(api)
    services.till.credit(posted["id"], _member(services), services.actor)
    answer = api.call("DELETE", f"/v1/pending/{posted['id']}", key="void")
    assert (answer.status, answer.code) == (409, "till.already_credited")


def test_unknown_purchase_is_404(api: Client) -> None:
    assert api.get("/v1/pending/999").code == "till.no_such"
    assert api.get("/v1/pending/999").status == 404
    assert api.get("/v1/pending/abc").status == 400


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"amount_rials": 0}, "amount.not_positive"),
        ({"amount_rials": -5}, "amount.not_positive"),
        ({"amount_rials": "2500000"}, "api.not_whole_number"),
        ({"amount_rials": 2.5}, "api.not_whole_number"),
        ({"amount_rials": 10**13}, "amount.too_large"),
        ({"receipt": "1"}, "api.missing_field"),
        ({"amount_rials": 1, "ammount": 1}, "api.unknown_field"),
        ({"amount_rials": 1, "receipt": "x" * 65}, "receipt.malformed"),
        ({"amount_rials": 1, "counter": " "}, "till.counter_malformed"),
    ],
)
def test_bad_input_is_400_and_posts_nothing(
    api: Client, services: Services, body: dict[str, Any], code: str
) -> None:
    answer = api.post("/v1/pending", body, key="bad")
    assert (answer.status, answer.code) == (400, code), answer.body
    assert services.till.waiting("counter-1").count == 0


def test_two_windows_and_a_cancel_racing_credit_it_once(api: Client, services: Services) -> None:
    posted = _post(api)
    ali, reza = _member(services), _member(services, "09127654321", "Reza")
    start = threading.Barrier(3)
    outcomes: list[str] = []

    def claim(member_id: int) -> None:
        start.wait()
        try:
            services.till.credit(posted["id"], member_id, services.actor)
            outcomes.append(f"credited {member_id}")
        except DomainError as error:
            outcomes.append(error.code)

    def cancel() -> None:
        start.wait()
        outcome = api.call("DELETE", f"/v1/pending/{posted['id']}", key="void")
        outcomes.append(outcome.code or "cancelled")

    threads = [
        threading.Thread(target=claim, args=(ali,)),
        threading.Thread(target=claim, args=(reza,)),
        threading.Thread(target=cancel),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(outcomes) == 3, outcomes
    status = api.get(f"/v1/pending/{posted['id']}").body
    won = [o for o in outcomes if o.startswith("credited") or o == "cancelled"]
    assert len(won) == 1, outcomes
    earned = [
        e
        for phone in (PHONE, "09127654321")
        for e in api.get(f"/v1/members/{phone}/statement").body["entries"]
    ]
    if won == ["cancelled"]:
        assert (status["status"], earned) == ("cancelled", [])
    else:
        assert status["status"] == "credited"
        assert won == [f"credited {status['member_id']}"]
        assert [e["points"] for e in earned] == [25]


def test_a_claim_that_finds_it_settled_rolls_the_credit_back(
    api: Client, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window read "waiting", then the POS cancelled before the credit was written: the
    claim in the credit's transaction finds it cancelled, and nothing is credited."""
    posted = _post(api)
    member_id = _member(services)
    real = TillService._still_open
    looks = iter([False])  # the first look (before the transaction) saw it waiting

    def still_open(purchase: Any, member: int) -> None:
        if next(looks, True):
            real(purchase, member)

    monkeypatch.setattr(TillService, "_still_open", staticmethod(still_open))
    assert api.call("DELETE", f"/v1/pending/{posted['id']}", key="void").status == 200
    with pytest.raises(DomainError) as refused:
        services.till.credit(posted["id"], member_id, services.actor)
    assert refused.value.code == "till.cancelled"
    assert api.get(f"/v1/members/{PHONE}/statement").body["entries"] == []
    assert api.get(f"/v1/pending/{posted['id']}").body["status"] == "cancelled"


def test_the_example_client_posts_a_sale_once_and_cancels_it(api: Client) -> None:
    script = Path(__file__).resolve().parents[2] / "scripts" / "api_example.py"
    command = [sys.executable, str(script), "--url", api.url, "--token", str(api.token)]

    def run(*args: str) -> dict[str, Any]:
        done = subprocess.run([*command, *args], capture_output=True, text=True, check=True)
        answer: dict[str, Any] = json.loads(done.stdout)
        return answer

    first, again = (run("pending", "2500000", "--receipt", "8812") for _ in range(2))
    assert (first["replayed"], again["replayed"], again["id"]) == (False, True, first["id"])
    assert run("pending-cancel", str(first["id"]))["status"] == "cancelled"
    assert run("pending-status", str(first["id"]))["status"] == "cancelled"
