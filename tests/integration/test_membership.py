"""Registering and finding members, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.cards import is_card_number
from loyaltydesk.domain.errors import InvalidInput, NotFound, Refused
from loyaltydesk.services.views import MatchKind
from tests.conftest import FakeClock
from tests.integration.helpers import op, register


def test_register_gives_a_card_and_stores_the_canonical_phone(services: Services) -> None:
    member = register(
        services, phone="۰۹۱۲ ۱۲۳ ۴۵۶۷", birthday="1370/05/21", national_code="0084575948"
    )
    assert member.phone == "+989121234567"
    assert member.card is not None and is_card_number(member.card)
    assert member.birthday == dt.date(1991, 8, 12)
    assert member.balance == 0
    assert services.membership.resolve(member.card) == member
    assert services.membership.resolve("+98 912 123 4567") == member


def test_a_phone_already_in_the_club_is_refused_naming_its_member(services: Services) -> None:
    register(services, name="سارا محمدی", phone="09121234567")
    with pytest.raises(Refused) as caught:
        register(services, name="Someone Else", phone="9121234567")
    assert caught.value.code == "phone.taken"
    assert caught.value.params["member"] == "سارا محمدی"
    assert services.audit.verify(actor=services.actor).members_checked == 1


def test_bad_registration_input_saves_nothing(services: Services) -> None:
    for kwargs, code in [
        ({"phone": "0212345678"}, "phone.not_mobile"),
        ({"name": "  "}, "name.empty"),
        ({"national_code": "0499370898"}, "national_code.bad_checksum"),
        ({"birthday": "1402/12/30"}, "date.no_such_day"),
        ({"referrer": "09350000000"}, "phone.unknown"),
    ]:
        with pytest.raises((InvalidInput, NotFound)) as caught:
            register(services, **kwargs)
        assert caught.value.code == code
    assert services.audit.verify(actor=services.actor).members_checked == 0


def test_referrer_is_recorded(services: Services) -> None:
    first = register(services, phone="09120000001")
    second = register(services, name="Ali Karimi", phone="09120000002", referrer=first.card)
    assert second.referrer_id == first.id


def test_same_operation_id_registers_once(services: Services) -> None:
    first = services.membership.register(
        "reg-1", name="Ali", phone="09120000003", actor=services.actor
    )
    again = services.membership.register(
        "reg-1", name="Ali", phone="09120000003", actor=services.actor
    )
    assert again.replayed and again.member.id == first.member.id
    assert services.audit.verify(actor=services.actor).members_checked == 1


def test_find_by_card_phone_last_four_and_name(services: Services) -> None:
    sara = register(services, name="سارا محمدي", phone="09121110001")
    register(services, name="سارینا کریمی", phone="09121114444")
    register(services, name="Sara Smith", phone="09351110001")
    assert [h.match for h in services.membership.find(sara.card or "")] == [MatchKind.CARD]
    by_phone = services.membership.find("0912 111 0001")
    assert by_phone[0].member.id == sara.id and by_phone[0].match is MatchKind.PHONE
    tail = services.membership.find("۰۰۰۱")
    assert {h.member.phone for h in tail} == {"+989121110001", "+989351110001"}
    typing = services.membership.find("0912111")  # a phone number half typed
    assert [h.member.phone for h in typing] == ["+989121110001", "+989121114444"]
    assert {h.match for h in typing} == {MatchKind.PHONE_START}
    # Arabic-keyboard letters, and a whole word ranks before a longer one.
    names = [h.member.name for h in services.membership.find("سارا")]
    assert names[0] == "سارا محمدی" and "سارینا کریمی" not in names
    assert {h.member.name for h in services.membership.find("سار")} == {
        "سارا محمدی",
        "سارینا کریمی",
    }
    assert [h.member.name for h in services.membership.find("محمدی سا")] == ["سارا محمدی"]
    assert [h.member.name for h in services.membership.find("SARA sm")] == ["Sara Smith"]
    assert services.membership.find("nobody") == []


def test_zwnj_names_are_found_however_typed(services: Services) -> None:
    member = register(services, name="علی\u200cرضا نیک\u200cنام", phone="09120000010")
    for typed in ("علیرضا", "علی رضا", "رضا", "نیکنام", "علي\u200cرض"):
        assert [h.member.id for h in services.membership.find(typed)] == [member.id], typed


def test_replace_a_lost_card(services: Services) -> None:
    member = register(services)
    services.counter.credit_purchase(op(), member.id, 3_000_000, services.actor)
    replaced = services.membership.replace_card("lost-1", member.id, services.actor)
    assert replaced.old_card == member.card and replaced.new_card != member.card
    assert replaced.member.balance == 30
    with pytest.raises(Refused) as caught:
        services.membership.resolve(member.card or "")
    assert caught.value.code == "card.replaced"
    assert caught.value.params["new_card"] == replaced.new_card
    assert services.membership.resolve(replaced.new_card).balance == 30
    hits = services.membership.find(member.card or "")
    assert [h.match for h in hits] == [MatchKind.REPLACED_CARD]
    again = services.membership.replace_card("lost-1", member.id, services.actor)
    assert again.replayed and again.new_card == replaced.new_card
    assert again.old_card == replaced.old_card


def test_member_refs_that_are_neither_card_nor_phone(services: Services) -> None:
    register(services)
    for typed, code in [
        ("", "member_ref.empty"),
        ("hello", "member_ref.malformed"),
        ("123456789012", "card.bad_check_digit"),
    ]:
        with pytest.raises((InvalidInput, NotFound)) as caught:
            services.membership.resolve(typed)
        assert caught.value.code == code


def test_member_panel_shows_progress_visits_and_warnings(
    services: Services, clock: FakeClock
) -> None:
    soon = (clock.now + dt.timedelta(days=3)).date()
    member = register(services, birthday=dt.date(1990, soon.month, soon.day))
    services.counter.credit_purchase(op(), member.id, 8_800_000, services.actor, receipt_no="P1")
    services.membership.replace_card(op(), member.id, services.actor)
    panel = services.membership.panel(member.id)
    assert panel.member.balance == 88
    assert panel.next_reward is not None and panel.next_reward.missing == 12
    assert [r.name for r in panel.affordable] == ["Free drink"]
    assert [(v.amount_rials, v.points, v.receipt_no) for v in panel.recent_visits] == [
        (8_800_000, 88, "P1")
    ]
    assert panel.replaced_cards == (member.card,)
    assert panel.birthday_this_week


def test_edit_member_details(services: Services) -> None:
    sara = register(services)
    register(services, name="Ali", phone="09350000009")
    edited = services.membership.update_details(
        sara.id,
        name="سارا کریمی",
        phone="0912 000 1111",
        birthday="1370/01/01",
        actor=services.actor,
    )
    assert (edited.name, edited.phone) == ("سارا کریمی", "+989120001111")
    assert [h.member.id for h in services.membership.find("کریمی")] == [sara.id]
    assert services.membership.find("محمدی") == []
    with pytest.raises(Refused) as caught:
        services.membership.update_details(
            sara.id, name="x", phone="09350000009", birthday=None, actor=services.actor
        )
    assert caught.value.code == "phone.taken"
    assert services.membership.get(sara.id).phone == "+989120001111"
