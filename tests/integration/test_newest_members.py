"""The members list before a search: the newest members, newest first, with their cards."""

from __future__ import annotations

from loyaltydesk.bootstrap import Services


def test_the_newest_members_come_newest_first_with_their_cards(services: Services) -> None:
    assert services.membership.newest(5) == []
    ids = [
        services.membership.register(
            f"new-{i}", name=f"Member {i}", phone=f"0912000003{i}", actor=services.actor
        ).member.id
        for i in range(4)
    ]
    newest = services.membership.newest(3)
    assert [m.id for m in newest] == ids[::-1][:3]
    assert all(m.card for m in newest)
