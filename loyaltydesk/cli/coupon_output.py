"""What `coupon issue|check|void|list|policy` do and print (cli/coupon holds the arguments).

JSON output (public contract, README "Coupons"): a coupon is jsonout.coupon; `issue` prints
{operation_id, codes, coupons}, `check` {valid, coupon, gross_rials, discount_rials,
amount_to_pay_rials} (refused: {valid: false, error, coupon} and exit 2), `void` {coupon,
already_voided}, `list` {coupons, counts}, `policy` {policy}.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from loyaltydesk.cli import jsonout
from loyaltydesk.cli.coupon import DEFAULT_LIMIT, DEFAULT_VALID_DAYS
from loyaltydesk.cli.exit_codes import EXIT_BAD_INPUT, EXIT_OK
from loyaltydesk.cli.text import TextOutput, translate
from loyaltydesk.domain.coupons import CouponKind, CouponState, CouponTerms, CouponUse
from loyaltydesk.domain.dates import parse_date
from loyaltydesk.domain.errors import InvalidInput, NotFound, Refused
from loyaltydesk.domain.money import parse_amount, parse_whole_number
from loyaltydesk.services.coupons import RETURN_ALWAYS, RETURN_NEVER
from loyaltydesk.services.views import CouponCheck, CouponView
from loyaltydesk.ui.error_text import error_text
from loyaltydesk.ui.labels import coupon_state_label

if TYPE_CHECKING:
    import argparse

    from loyaltydesk.bootstrap import Services
    from loyaltydesk.cli.main import Cli

EXIT_REFUSED = EXIT_BAD_INPUT  # a request the club's rules refuse


def run_coupon(cli: Cli, s: Services) -> int:
    actions: dict[str, Callable[[Cli, Services], int]] = {
        "issue": _issue,
        "check": _check,
        "void": _void,
        "list": _list,
        "policy": _policy,
    }
    return actions[cli.args.coupon_command](cli, s)


# -- issue ------------------------------------------------------------------------------


def _issue(cli: Cli, s: Services) -> int:
    a = cli.args
    if a.member is not None and a.count is not None:
        raise InvalidInput("coupon.count_needs_open")
    terms = _terms(a, s)
    uses = parse_whole_number(a.uses, field="uses") if a.uses is not None else 1
    count = parse_whole_number(a.count, field="count") if a.count is not None else 1
    valid_until = parse_date(a.valid_until) if a.valid_until is not None else None
    if a.valid_days is not None:
        valid_days: int | None = parse_whole_number(a.valid_days, field="valid_days")
    else:
        valid_days = None if valid_until is not None else DEFAULT_VALID_DAYS
    valid_from = parse_date(a.valid_from) if a.valid_from is not None else None
    member_ids = [s.membership.resolve(a.member).id] if a.member is not None else None
    issued = s.coupons.issue_batch(
        terms,
        s.actor,
        member_ids=member_ids,
        count=count,
        uses=uses,
        valid_until=valid_until,
        valid_days=valid_days,
        valid_from=valid_from,
        op_id=cli.op_id(),
    )
    text = cli.text
    made = issued.coupons
    lines = [text.coupon_line(v) for v in made]
    if issued.replayed:
        lines.append(
            translate("Cli", "(Already done earlier with this operation id; nothing changed.)")
        )
    cli.emit(
        {
            "operation_id": cli.op_id(),
            "replayed": issued.replayed,
            "codes": [v.code for v in made],
            "coupons": [jsonout.coupon(v, text.coupon_terms) for v in made],
        },
        "\n".join(lines),
    )
    return EXIT_OK


def _terms(a: argparse.Namespace, s: Services) -> CouponTerms:
    minimum = parse_amount(a.min_purchase) if a.min_purchase is not None else 0
    ceiling = parse_amount(a.max) if a.max is not None else None
    if a.percent is not None:
        # "20%" and "۲۰٪" as a person writes them are 20.
        percent = parse_whole_number(a.percent.strip().rstrip("%٪"), field="percent")
        return CouponTerms(
            CouponKind.PERCENT, percent=percent, max_rials=ceiling, min_purchase_rials=minimum
        )
    if a.amount is not None:
        return CouponTerms(
            CouponKind.AMOUNT,
            amount_rials=parse_amount(a.amount),
            max_rials=ceiling,
            min_purchase_rials=minimum,
        )
    return CouponTerms(
        CouponKind.REWARD,
        reward_id=_reward_id(s, a.reward),
        max_rials=ceiling,
        min_purchase_rials=minimum,
    )


def _reward_id(s: Services, name: str) -> int:
    """A reward offered now, by its English or Persian name (as `redeem` finds it)."""
    if not name.strip():
        raise InvalidInput("reward.empty")
    for reward in s.rules.rewards():
        if reward.matches(name):
            return reward.id
    raise NotFound("reward.unknown", reward=name)


# -- check ------------------------------------------------------------------------------


def _check(cli: Cli, s: Services) -> int:
    a = cli.args
    gross = parse_amount(a.amount) if a.amount is not None else None
    member_id = s.membership.resolve(a.member).id if a.member is not None else None
    try:
        check = s.coupons.check(a.code, member_id=member_id, gross_rials=gross)
    except Refused as refusal:
        # The coupon exists but cannot be used: say what it is as well as why not, so the
        # cashier (or the POS) sees whose it is and where it went.
        return _refused(cli, s.coupons.find(a.code), refusal)
    text = cli.text
    cli.emit(jsonout.coupon_check(check, text.coupon_terms), _check_text(text, check))
    return EXIT_OK


def _check_text(text: TextOutput, check: CouponCheck) -> str:
    lines = [text.coupon_line(check.view), *_use_lines(text, check.view)]
    lines.append(translate("Cli", "It can be used now."))
    if check.gross_rials is not None and check.paid_rials is not None:
        reward = check.view.reward
        if check.view.coupon.terms.kind is CouponKind.REWARD and reward is not None:
            line = translate("Cli", "On a purchase of {gross}: {reward} free, {paid} to pay.")
        else:
            line = translate("Cli", "On a purchase of {gross}: {discount} off, {paid} to pay.")
        lines.append(
            line.format(
                gross=text.money(check.gross_rials),
                reward=reward.display_name(text.language) if reward else "",
                discount=text.money(check.discount_rials),
                paid=text.money(check.paid_rials),
            )
        )
    return "\n".join(lines)


def _refused(cli: Cli, view: CouponView, refusal: Refused) -> int:
    settings = cli.settings
    message = error_text(refusal, settings.display(), screen=False)
    text = cli.text
    if cli.as_json:
        data: dict[str, Any] = {
            "valid": False,
            "error": {"code": refusal.code, "message": message},
            "coupon": jsonout.coupon(view, text.coupon_terms),
        }
        cli.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        cli.write("\n".join([text.coupon_line(view), *_use_lines(text, view)]) + "\n")
    print(f"loyaltydesk: {message}", file=sys.stderr)
    return EXIT_REFUSED


def _use_lines(text: TextOutput, view: CouponView) -> list[str]:
    return ["    " + _use_text(text, use) for use in view.uses]


def _use_text(text: TextOutput, use: CouponUse) -> str:
    said = translate(
        "Cli", "used {when} at {counter} by {staff}, purchase {purchase}: {discount} off"
    ).format(
        when=text.when(use.used_at),
        counter=use.counter,
        staff=use.staff,
        purchase=text.id(use.purchase_id) if use.purchase_id is not None else "-",
        discount=text.money(use.discount_rials),
    )
    if use.returned_at is not None:
        said += " " + translate("Cli", "(given back by a refund {when})").format(
            when=text.when(use.returned_at)
        )
    return said


# -- void, list, policy ----------------------------------------------------------------


def _void(cli: Cli, s: Services) -> int:
    before = s.coupons.find(cli.args.code)
    view = s.coupons.void(cli.args.code, s.actor)
    already = before.state is CouponState.VOIDED
    text = cli.text
    if already:
        said = translate("Cli", "Coupon {coupon} was already voided ({when}); nothing changed.")
    else:
        said = translate("Cli", "Coupon {coupon} is voided: nobody can use it any more.")
    cli.emit(
        {"coupon": jsonout.coupon(view, text.coupon_terms), "already_voided": already},
        said.format(coupon=text.digits(view.code), when=text.when(view.coupon.voided_at)),
    )
    return EXIT_OK


def _list(cli: Cli, s: Services) -> int:
    a = cli.args
    limit = parse_whole_number(a.limit, field="limit") if a.limit is not None else DEFAULT_LIMIT
    member_id = s.membership.resolve(a.member).id if a.member is not None else None
    views = s.coupons.listing(
        state=CouponState(a.status) if a.status else None,
        member_id=member_id,
        campaign=a.campaign,
        limit=limit,
    )
    counts = s.coupons.counts()
    text = cli.text
    lines: list[str] = []
    for view in views:
        lines += [text.coupon_line(view), *_use_lines(text, view)]
    if not views:
        lines.append(translate("Cli", "No coupons."))
    lines.append(
        " · ".join(f"{coupon_state_label(state)} {text.n(counts[state])}" for state in CouponState)
    )
    cli.emit(
        {
            "coupons": [jsonout.coupon(v, text.coupon_terms) for v in views],
            "counts": {state.value: counts[state] for state in CouponState},
        },
        "\n".join(lines),
    )
    return EXIT_OK


def _policy(cli: Cli, s: Services) -> int:
    if cli.args.policy is not None:
        s.coupons.set_return_policy(cli.args.policy, s.actor)
    policy = s.coupons.return_policy()
    if policy == RETURN_ALWAYS:
        said = translate("Cli", "A purchase refunded in full gives its coupon back.")
    elif policy == RETURN_NEVER:
        said = translate("Cli", "A refunded purchase never gives its coupon back.")
    else:
        said = translate(
            "Cli",
            "A purchase refunded in full gives a member's own single-use coupon back; "
            "other coupons stay used.",
        )
    cli.emit({"policy": policy}, said)
    return EXIT_OK
