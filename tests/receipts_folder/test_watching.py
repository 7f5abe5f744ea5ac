"""The watched folder on SQLite and PostgreSQL: each dropped receipt credited once, never
read half-written, malformed ones set aside with their reason, none lost while the
database does not answer."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

import pytest

from loyaltydesk.bootstrap import build_services
from loyaltydesk.services.receipts_folder import FOLDER_COUNTER, Outcome
from loyaltydesk.services.views import CreditResult, MemberView
from loyaltydesk.settings import Settings
from tests.conftest import LIGHT_HASHER, FakeClock
from tests.integration.helpers import register
from tests.pgserver import PostgresCluster
from tests.receipts_folder.conftest import Inbox, wait_for, watch

PHONE = "09121234567"


def sale(receipt: str = "8812", toman: int = 250_000, **extra: object) -> str:
    return json.dumps({"phone": PHONE, "amount_toman": toman, "receipt": receipt, **extra})


def results(inbox: Inbox) -> list[CreditResult]:
    return [e.handled.result for e in inbox.events if e.handled.result is not None]


def balance(inbox: Inbox, member: MemberView) -> int:
    return inbox.services.membership.get(member.id).balance


def test_a_json_and_a_csv_receipt_are_credited_and_moved_to_done(inbox: Inbox) -> None:
    member = register(inbox.services, phone=PHONE)
    inbox.start()
    inbox.drop("8812.json", sale("8812"))
    inbox.drop("8813.csv", "\ufeffphone;amount_toman;receipt\r\n۰۹۱۲۱۲۳۴۵۶۷;۱۰۰٬۰۰۰;8813\r\n")
    inbox.done("8812.json")
    inbox.done("8813.csv")
    assert not (inbox.folder / "8812.json").exists()
    wait_for(lambda: len(inbox.events) == 2)
    assert {e.handled.outcome for e in inbox.events} == {Outcome.CREDITED}
    credited = {r.receipt_no: r for r in results(inbox)}
    assert credited["8812"].amount_rials == 2_500_000
    assert credited["8813"].amount_rials == 1_000_000
    assert balance(inbox, member) > 0
    lines = inbox.services.membership.statement(member.id).lines
    assert {line.counter for line in lines if line.points} == {FOLDER_COUNTER}


def test_files_already_there_at_start_are_credited(inbox: Inbox) -> None:
    register(inbox.services, phone=PHONE)
    inbox.drop("old-1.json", sale("1"))
    inbox.drop("old-2.json", sale("2"))
    inbox.start()
    inbox.done("old-1.json")
    inbox.done("old-2.json")


def test_a_half_written_file_is_never_read_early(inbox: Inbox) -> None:
    member = register(inbox.services, phone=PHONE)
    inbox.start()
    whole = sale("8812")
    path = inbox.drop("8812.json", whole[:30])
    # The receipt's last line cut inside its amount: "25" of 250000 would parse.
    cut = inbox.drop("8813.csv", f"phone;receipt;amount_toman\n{PHONE};8813;25")
    time.sleep(1.0)  # the writer pauses, well past the settling moment
    assert inbox.events == [] and balance(inbox, member) == 0
    with path.open("a") as f:
        f.write(whole[30:])
    with cut.open("a") as f:
        f.write("0000\n")
    inbox.done("8812.json")
    inbox.done("8813.csv")
    wait_for(lambda: len(inbox.events) == 2)
    amounts = sorted(r.amount_rials for r in results(inbox))
    assert amounts == [2_500_000, 2_500_000]
    assert not (inbox.folder / "failed" / "8812.json").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="close events: Linux")
def test_a_writer_that_pauses_mid_amount_with_the_file_open_is_waited_for(inbox: Inbox) -> None:
    """A POS that stops for a few seconds inside the amount, the file still open: "25" of
    250000 would parse, and be credited for good."""
    member = register(inbox.services, phone=PHONE)
    inbox.start()
    path = inbox.folder / "7021.csv"
    with path.open("w", encoding="utf-8") as writer:
        writer.write(f"phone,receipt,amount_rials\n{PHONE},7021,25")
        writer.flush()
        time.sleep(3.0)  # longer than a file closed mid-line is given
        assert inbox.events == [] and balance(inbox, member) == 0
        writer.write("00000\n")
    inbox.done("7021.csv")
    wait_for(lambda: len(inbox.events) == 1)
    assert [r.amount_rials for r in results(inbox)] == [2_500_000]


def test_written_under_a_temporary_name_then_renamed(inbox: Inbox) -> None:
    register(inbox.services, phone=PHONE)
    inbox.start()
    temporary = inbox.drop("8812.json.tmp", sale("8812"))
    inbox.drop("~8813.json", sale("8813"))
    inbox.drop(".8814.json", sale("8814"))
    time.sleep(1.0)
    assert temporary.exists() and inbox.events == []
    os.rename(temporary, inbox.folder / "8812.json")
    inbox.done("8812.json")
    wait_for(lambda: len(inbox.events) == 1)
    assert (inbox.folder / "~8813.json").exists() and (inbox.folder / ".8814.json").exists()


def test_the_same_receipt_dropped_twice_is_credited_once(inbox: Inbox) -> None:
    member = register(inbox.services, phone=PHONE)
    inbox.start()
    inbox.drop("sale.json", sale("8812"))
    inbox.done("sale.json")
    once = balance(inbox, member)
    inbox.drop("sale.json", sale("8812"))  # the POS names every export alike
    again = inbox.done("sale (2).json")
    wait_for(lambda: len(inbox.events) == 2)
    assert [e.handled.outcome for e in inbox.events] == [
        Outcome.CREDITED,
        Outcome.ALREADY_CREDITED,
    ]
    assert balance(inbox, member) == once
    note = again.with_name(again.name + ".note.txt").read_text(encoding="utf-8")
    assert note.splitlines()[-1] == "receipts.already_credited"
    # The same receipt number with another amount is not this sale: refused, set aside.
    inbox.drop("other.json", sale("8812", toman=99_000))
    inbox.failed("other.json")
    assert inbox.reason("other.json")[-1] == "receipt.already_credited"
    assert balance(inbox, member) == once


@pytest.mark.parametrize(
    ("name", "text", "code"),
    [
        ("garbled.json", '{"phone": "09121234567", "amount_toman": 5', "receipts.bad_json"),
        ("columns.csv", "phone;amount_toman\n09121234567;5000\n", "receipts.receipt_missing"),
        ("amount.json", sale(toman="five")[:-1] + "}", "number.not_a_number"),  # type: ignore[arg-type]
        ("unit.csv", "phone;amount;receipt\n09121234567;5000;1\n", "receipts.amount_unit"),
        (
            "card.json",
            json.dumps({"card": "603799000010", "amount_rials": 5000, "receipt": "1"}),
            "card.bad_check_digit",
        ),
        ("both.json", sale(card="603799000012"), "receipts.card_or_phone"),
        ("big.json", sale() + " " * 70_000, "receipts.too_large"),
    ],
)
def test_a_malformed_receipt_goes_to_failed_with_its_reason(
    inbox: Inbox, name: str, text: str, code: str
) -> None:
    member = register(inbox.services, phone=PHONE)
    inbox.start(give_up_s=1.0)
    inbox.drop(name, text)
    inbox.failed(name)
    sentence, given = inbox.reason(name)
    assert given == code and sentence and code not in sentence
    assert balance(inbox, member) == 0


def test_a_receipt_dated_a_day_ahead_is_a_wrong_date_not_a_fast_clock(
    inbox: Inbox, clock: FakeClock
) -> None:
    """A year typed wrong or a day and month swapped is set aside with its reason; a POS
    clock some hours fast, or a zone written wrong, is credited at this computer's time."""
    member = register(inbox.services, phone=PHONE)
    inbox.start()
    tehran = dt.timezone(dt.timedelta(hours=3, minutes=30))
    fast = (clock.now + dt.timedelta(hours=5)).astimezone(tehran)
    inbox.drop("fast.json", sale("7001", at=fast.strftime("%Y-%m-%d %H:%M")))
    inbox.drop("typo.json", sale("7002", at=f"{clock.now.year + 1}-{clock.now:%m-%d %H:%M}"))
    inbox.done("fast.json")
    inbox.failed("typo.json")
    sentence, code = inbox.reason("typo.json")
    assert code == "receipts.dated_ahead" and str(clock.now.year + 1) in sentence
    assert f"{clock.now:%H:%M}" in sentence  # the shop's time, as the file wrote it
    [credited] = results(inbox)
    assert credited.receipt_no == "7001"
    [line] = [x for x in inbox.services.membership.statement(member.id).lines if x.points]
    assert line.effective_at == clock.now  # the time of crediting, not the POS's
    assert balance(inbox, member) == credited.points_earned


def test_an_unknown_card_or_phone_goes_to_failed_with_the_reason_in_the_shops_language(
    tmp_path: Path, settings: Settings, db_url: str, clock: FakeClock
) -> None:
    from dataclasses import replace

    persian = build_services(
        replace(settings, language="fa"), db_url, clock=clock, hasher=LIGHT_HASHER
    )
    try:
        with watch(persian, tmp_path / "inbox") as inbox:
            inbox.start()
            inbox.drop(
                "8812.json",
                json.dumps({"phone": "09350000000", "amount_rials": 5000, "receipt": "8812"}),
            )
            inbox.failed("8812.json")
            sentence, code = inbox.reason("8812.json")
            assert code == "phone.unknown"
            assert any("\u0600" <= ch <= "\u06ff" for ch in sentence)
    finally:
        persian.close()


@pytest.mark.postgres
def test_a_database_that_does_not_answer_leaves_the_receipt_for_later(
    own_cluster: PostgresCluster, settings: Settings, clock: FakeClock, tmp_path: Path
) -> None:
    services = build_services(settings, own_cluster.url(), clock=clock, hasher=LIGHT_HASHER)
    try:
        member = register(services, phone=PHONE)
        with watch(services, tmp_path / "inbox") as inbox:
            inbox.start(retry_s=0.5)
            own_cluster.stop_server()
            path = inbox.drop("8812.json", sale("8812"))
            events = inbox.events
            wait_for(lambda: events)
            assert inbox.events[0].handled.outcome is Outcome.RETRY
            assert inbox.events[0].moved_to is None
            time.sleep(1.5)  # tried again meanwhile: still there, nowhere else
            assert path.exists() and not (inbox.folder / "failed" / "8812.json").exists()
            own_cluster.start_server()
            inbox.done("8812.json")
            wait_for(lambda: len(events) == 2)
            assert inbox.events[1].handled.outcome is Outcome.CREDITED
            assert services.membership.get(member.id).balance > 0
    finally:
        services.close()
