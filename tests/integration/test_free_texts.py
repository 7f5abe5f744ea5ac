"""Directional formatting characters never reach what is stored: a name or a free text with
a right-to-left override would reverse or reorder what the panel, the statement, receipts and
reports show after it. The zero-width non-joiner Persian needs is kept."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from loyaltydesk.bootstrap import Services
from loyaltydesk.domain.coupons import new_coupon_code
from loyaltydesk.domain.earning import Promotion
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.notes import check_note_text
from loyaltydesk.domain.staff import Actor
from loyaltydesk.domain.tiers import Tier, TierBasis, TierPolicy, tier_code
from loyaltydesk.i18n.text import BIDI_CONTROLS, strip_bidi_controls
from tests.integration.helpers import op, register

RLO, PDF, RLI, PDI = "\u202e", "\u202c", "\u2067", "\u2069"
LRM, RLM, ALM = "\u200e", "\u200f", "\u061c"
ZWNJ = "\u200c"


def _clean(text: str | None) -> bool:
    return text is None or not BIDI_CONTROLS.intersection(text)


def test_every_directional_control_is_stripped_and_the_zwnj_kept() -> None:
    every = "".join(chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
    assert strip_bidi_controls(f"{every}a{LRM}b{RLM}c{ALM}d") == "abcd"
    assert strip_bidi_controls(f"علی{ZWNJ}رضا") == f"علی{ZWNJ}رضا"


def test_a_name_is_stored_and_shown_without_bidi_controls(services: Services) -> None:
    member = register(services, name=f"{RLO}evil{PDF} Name")
    assert member.name == "evil Name"
    assert services.membership.get(member.id).name == "evil Name"
    assert [h.member.id for h in services.membership.find(f"{RLI}evil{PDI}")] == [member.id]
    persian = register(services, name=f"{RLM}علی{ZWNJ}رضا {LRM}کریمی", phone="09120000002")
    assert persian.name == f"علی{ZWNJ}رضا کریمی"
    edited = services.membership.update_details(
        member.id,
        name=f"Sara{ALM} {RLO}Karimi",
        phone="09121234567",
        birthday=None,
        actor=services.actor,
    )
    assert edited.name == services.membership.get(member.id).name == "Sara Karimi"


def test_a_name_of_nothing_but_bidi_controls_is_refused_as_empty(services: Services) -> None:
    with pytest.raises(InvalidInput) as caught:
        register(services, name=f"{RLO}{PDF} {LRM}{RLM}{ALM}")
    assert caught.value.code == "name.empty"
    assert services.audit.verify(actor=services.actor).members_checked == 0


def test_free_texts_are_stored_without_bidi_controls(services: Services) -> None:
    sara = register(services)
    credited = services.counter.credit_purchase(
        op(), sara.id, 1_000_000, services.actor, receipt_no=f"{RLO}R-1{PDF}"
    )
    assert credited.receipt_no == "R-1"
    adjusted = services.counter.adjust(
        op(), sara.id, 5, f"{RLO}goodwill{PDF} gesture", services.actor
    )
    reward = services.rules.add_reward(
        f"{RLO}Cake slice", 100, name_fa=f"{RLM}برش کیک{PDF}", actor=services.actor
    )
    assert (reward.name, reward.name_fa) == ("Cake slice", "برش کیک")
    renamed = services.rules.update_reward(
        replace(reward, name=f"{LRM}Cheesecake{RLO}"), actor=services.actor
    )
    assert renamed.name == "Cheesecake"
    lines = services.membership.statement(sara.id).lines
    assert [ln.receipt_no for ln in lines if ln.receipt_no] == ["R-1"]
    assert [ln.reason for ln in lines if ln.entry_id == adjusted.entry_id] == ["goodwill gesture"]
    refund = services.counter.preview_refund(receipt_no=f"R-1{RLI}")
    assert refund.receipt_no == "R-1"
    coupon = services.printouts.coupon(
        new_coupon_code(),
        title=f"{RLO}20% off{PDF}",
        valid_until=dt.date(2030, 1, 1),
        today=dt.date(2026, 1, 1),
    )
    assert coupon.title == "20% off"


def test_promotion_and_tier_names_are_stored_without_bidi_controls(services: Services) -> None:
    gold = Tier(tier_code("Gold"), f"{RLO}Gold{PDF}", f"{RLM}طلایی", 1_000_000)
    saved = services.rules.save(
        replace(
            services.rules.earn_rule(),
            promotions=(Promotion(f"{RLO}Happy hour", multiplier_percent=200),),
            tier_policy=TierPolicy(tiers=(gold,), basis=TierBasis.SPEND),
        ),
        actor=services.actor,
    )
    stored = services.rules.earn_rule()
    assert stored.id == saved.id
    assert [p.name for p in stored.promotions] == ["Happy hour"]
    assert [(t.name, t.name_fa) for t in stored.tier_policy.tiers] == [("Gold", "طلایی")]


def test_the_shops_note_text_is_printed_without_bidi_controls() -> None:
    assert check_note_text(f"{RLO}Thank you, {{name}}!{PDF}\n{LRM}See you soon") == (
        "Thank you, {name}!\nSee you soon"
    )


def test_the_staff_and_counter_names_are_recorded_without_bidi_controls(
    services: Services,
) -> None:
    sara = register(services)
    actor = Actor(f"{RLO}Nazanin{PDF}", f"{LRM}till-1")
    services.counter.credit_purchase(op(), sara.id, 1_000_000, actor)
    line = services.membership.statement(sara.id).lines[-1]
    assert (line.staff, line.counter) == ("Nazanin", "till-1")
