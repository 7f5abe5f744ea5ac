"""The club the first-run wizard describes, made by the services on both databases: the
owner signed in, the earning rule and the first rewards saved as them, everything checked
before anything is written."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from loyaltydesk.bootstrap import Services, build_services
from loyaltydesk.domain.errors import DomainError, InvalidInput, Refused
from loyaltydesk.domain.shop import MAX_SHOP_NAME, check_shop_name
from loyaltydesk.domain.staff import Role
from loyaltydesk.services.setup import (
    DEFAULT_REWARDS,
    MAX_FIRST_REWARDS,
    ClubStart,
    FirstReward,
    check_start,
    start_club,
)
from loyaltydesk.settings import Settings
from tests.conftest import LIGHT_HASHER, FakeClock


@pytest.fixture
def club(db_url: str, settings: Settings, clock: FakeClock) -> Iterator[Services]:
    """A new, empty club: no staff, no rewards, the default earning rule."""
    built = build_services(settings, db_url, clock=clock, hasher=LIGHT_HASHER)
    yield built
    built.close()


def test_a_new_club_gets_its_owner_rule_and_first_rewards(club: Services) -> None:
    start = ClubStart(("Nima", "۱۴۰۵"), step_rials=50_000, rewards=DEFAULT_REWARDS[:2])
    owner = start_club(club.staff, club.rules, start, "counter-1")
    assert (owner.staff, owner.role, owner.counter) == ("Nima", Role.OWNER, "counter-1")
    assert club.staff.sign_in("Nima", "1405", "counter-1").staff_id == owner.staff_id
    rule = club.rules.earn_rule()
    assert (rule.step_rials, rule.points_per_step) == (50_000, 1)
    rewards = club.rules.rewards()
    assert [(r.name, r.name_fa, r.cost) for r in rewards] == [
        ("Free drink", "نوشیدنی رایگان", 40),
        ("Free dessert", "دسر رایگان", 60),
    ]


def test_the_default_rule_is_kept_without_a_new_version(club: Services) -> None:
    before = club.rules.versions()
    start_club(club.staff, club.rules, ClubStart(("Nima", "1405")), "counter-1")
    assert club.rules.versions() == before  # 1 point per 10,000 Toman already
    assert len(club.rules.rewards()) == len(DEFAULT_REWARDS)


@pytest.mark.parametrize(
    ("start", "code"),
    [
        (ClubStart(None), "setup.owner_missing"),
        (ClubStart(("", "1405")), "staff.name_empty"),
        (ClubStart(("Nima", "12")), "staff.pin_length"),
        (ClubStart(("Nima", "1405"), step_rials=0), "rule.bad_step"),
        (ClubStart(("Nima", "1405"), rewards=(FirstReward("Tea", None, 0),)), "reward.bad_cost"),
        (ClubStart(("Nima", "1405"), rewards=(FirstReward(" ", None, 5),)), "reward.empty"),
        (
            ClubStart(
                ("Nima", "1405"),
                rewards=(FirstReward("Tea", None, 5), FirstReward("tea", None, 9)),
            ),
            "reward.exists",
        ),
        (
            ClubStart(("Nima", "1405"), rewards=(FirstReward("Tea", None, 5),) * 9),
            "setup.too_many_rewards",
        ),
    ],
)
def test_a_wrong_start_writes_nothing(club: Services, start: ClubStart, code: str) -> None:
    with pytest.raises(DomainError) as raised:
        start_club(club.staff, club.rules, start, "counter-1")
    assert raised.value.code == code
    assert not club.staff.has_staff()
    assert club.rules.rewards() == []


def test_a_club_with_staff_is_not_set_up_again(club: Services) -> None:
    club.staff.add("Nima", Role.OWNER, "1405", club.actor)
    with pytest.raises(Refused) as raised:
        start_club(club.staff, club.rules, ClubStart(("Sara", "2468")), "counter-1")
    assert raised.value.code == "setup.club_in_use"
    assert club.rules.rewards() == []


def test_check_start_tidies_names() -> None:
    checked = check_start(
        ClubStart(("  Nima   Karimi ", "۱۴۰۵"), rewards=(FirstReward(" Free  tea ", None, 5),))
    )
    assert checked.owner == ("Nima Karimi", "1405")
    assert checked.rewards == (FirstReward("Free tea", None, 5),)
    assert len(DEFAULT_REWARDS) <= MAX_FIRST_REWARDS


def test_shop_name_and_currency_rules() -> None:
    assert check_shop_name("  کافه   گلپر ") == "کافه گلپر"
    assert check_shop_name("نان\u200cوایی") == "نان\u200cوایی"  # a ZWNJ is part of a name
    for wrong, code in (("", "shop.name_empty"), ("x" * (MAX_SHOP_NAME + 1), "shop.name_too_long")):
        with pytest.raises(InvalidInput) as raised:
            check_shop_name(wrong)
        assert raised.value.code == code
