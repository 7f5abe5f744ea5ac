"""Human-readable output of the command line, in the shop's language, digits and calendar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from loyaltydesk.domain.coupons import is_coupon_code
from loyaltydesk.domain.earning import Calculation, EarnRule
from loyaltydesk.domain.ledger import EntryKind
from loyaltydesk.domain.phones import local_form
from loyaltydesk.domain.rewards import NextReward, Reward
from loyaltydesk.domain.tiers import TierBasis
from loyaltydesk.i18n.display import Display
from loyaltydesk.i18n.numbers import is_one
from loyaltydesk.services.rules import Liability
from loyaltydesk.services.views import (
    AdjustResult,
    CardReplaced,
    CouponView,
    CreditResult,
    MemberHit,
    MemberView,
    RedeemResult,
    RefundPreview,
    RefundResult,
    Registered,
    Statement,
    VerifyReport,
    VoidPreview,
    VoidResult,
)
from loyaltydesk.ui.labels import (
    campaign_line_text,
    coupon_state_label,
    coupon_terms_text,
    describe_calculation,
    entry_kind_label,
    merge_line_text,
    stamp_note,
    stamp_outcome_text,
    stamps_text,
    times_text,
)


def translate(context: str, text: str) -> str:
    """Qt's translation; the literal arguments at each call are what pyside6-lupdate reads."""
    return QCoreApplication.translate(context, text)


class TextOutput(Display):
    def id(self, value: int) -> str:
        """An entry or purchase number, as it is typed back into a command: no separators."""
        return self.digits(str(value))

    def reward_name(self, reward: Reward) -> str:
        return reward.display_name(self.language)

    def kind(self, kind: EntryKind) -> str:
        return entry_kind_label(kind)

    def how(self, calc: Calculation) -> str:
        return describe_calculation(calc, self)

    def stamp_goal(self, item: NextReward | None) -> str:
        if item is None:
            return ""
        if item.missing <= 0:
            return translate("Cli", "Enough stamps for {reward}.").format(
                reward=self.reward_name(item.reward)
            )
        return translate("Cli", "{missing} more to {reward}.").format(
            missing=stamps_text(item.missing, self), reward=self.reward_name(item.reward)
        )

    def next_reward(self, item: NextReward | None) -> str:
        if item is None:
            return translate("Cli", "Every reward is within reach.")
        return (
            translate("Cli", "{missing} more point to {reward}.")
            if is_one(item.missing)
            else translate("Cli", "{missing} more points to {reward}.")
        ).format(missing=self.n(item.missing), reward=self.reward_name(item.reward))

    def coupon_terms(self, view: CouponView) -> str:
        """What a coupon gives, in the one wording the window and paper use too."""
        return coupon_terms_text(view.coupon.terms, view.reward, self.language, self.currency)

    def coupon_line(self, view: CouponView) -> str:
        """One coupon on one line: code, what it gives, for whom, until when, its state."""
        item = view.coupon
        if view.member_name is not None:
            who = translate("Cli", "for {name}").format(name=view.member_name)
        elif item.uses_allowed == 1:
            who = translate("Cli", "open, one use")
        else:
            who = translate("Cli", "open, {left} of {uses} uses left").format(
                left=self.n(view.uses_left), uses=self.n(item.uses_allowed)
            )
        return translate("Cli", "{code}  {terms}; {who}; {first} to {last}; {state}").format(
            code=self.digits(item.code),
            terms=self.coupon_terms(view),
            who=who,
            first=self.day(item.valid_from),
            last=self.day(item.valid_until),
            state=coupon_state_label(view.state),
        )

    # -- whole results ----------------------------------------------------------------

    def member(self, view: MemberView) -> str:
        lines = [
            translate("Cli", "{name} — card {card}").format(
                name=view.name, card=self.digits(view.card or "-")
            ),
            translate("Cli", "Mobile: {phone}").format(phone=self.digits(local_form(view.phone))),
            (
                translate("Cli", "Balance: {balance} point")
                if is_one(view.balance)
                else translate("Cli", "Balance: {balance} points")
            ).format(balance=self.n(view.balance)),
            translate("Cli", "Member since: {date}").format(date=self.when(view.joined_at)),
            translate("Cli", "Last visit: {date}").format(date=self.when(view.last_visit_at)),
        ]
        if view.stamps:
            lines.append(
                translate("Cli", "Stamp card: {stamps}").format(
                    stamps=stamps_text(view.stamps, self)
                )
            )
        if view.birthday:
            lines.append(translate("Cli", "Birthday: {date}").format(date=self.day(view.birthday)))
        if view.email:
            lines.append(translate("Cli", "E-mail: {address}").format(address=view.email))
        if view.opted_out:
            lines.append(translate("Cli", "No messages: asked not to be messaged."))
        if view.notes:
            lines.append(translate("Cli", "Notes: {notes}").format(notes=view.notes))
        if view.in_debt:
            lines.append(
                translate(
                    "Cli", "Owes {points} points from a refund; no reward until paid back."
                ).format(points=self.n(-view.balance))
            )
        return "\n".join(lines)

    def hits(self, hits: list[MemberHit]) -> str:
        if not hits:
            return translate("Cli", "No member matches.")
        return "\n".join(
            f"{self.digits(h.member.card or '-')}  {self.digits(local_form(h.member.phone))}  "
            f"{h.member.name}  ({self.n(h.member.balance)})"
            for h in hits
        )

    def registered(self, result: Registered) -> str:
        return self._replayed(
            translate("Cli", "Registered {name}: card {card}.").format(
                name=result.member.name, card=self.digits(result.member.card or "-")
            ),
            result.replayed,
        )

    def card_replaced(self, result: CardReplaced) -> str:
        return self._replayed(
            translate("Cli", "Card {old} is replaced by card {new}; the balance stays.").format(
                old=self.digits(result.old_card), new=self.digits(result.new_card)
            ),
            result.replayed,
        )

    @staticmethod
    def _replayed(text: str, replayed: bool) -> str:
        """A repeated operation id says so, whatever the command."""
        if not replayed:
            return text
        return (
            text
            + "\n"
            + translate("Cli", "(Already done earlier with this operation id; nothing changed.)")
        )

    def credit(self, result: CreditResult) -> str:
        head = (
            translate("Cli", "{points} point for {name} ({amount}). Balance: {balance}.")
            if is_one(result.points_earned)
            else translate("Cli", "{points} points for {name} ({amount}). Balance: {balance}.")
        ).format(
            points=self.points(result.points_earned, signed=True),
            name=result.member.name,
            amount=self.money(result.amount_rials),
            balance=self.n(result.balance),
        )
        lines = [head]
        if result.coupon is not None and result.coupon.reward is not None:
            # A catalogue reward takes nothing off the purchase: say what was given.
            lines.append(
                translate("Cli", "Coupon {coupon} gives {reward}; {paid} paid.").format(
                    coupon=self.digits(result.coupon.code),
                    reward=self.reward_name(result.coupon.reward),
                    paid=self.money(result.amount_rials),
                )
            )
        elif result.coupon is not None:
            lines.append(
                translate(
                    "Cli", "Coupon {coupon} ({terms}): {discount} off {gross}; {paid} paid."
                ).format(
                    coupon=self.digits(result.coupon.code),
                    terms=self.coupon_terms(result.coupon),
                    discount=self.money(result.discount_rials),
                    gross=self.money(result.gross_rials),
                    paid=self.money(result.amount_rials),
                )
            )
        lines.append(self.next_reward(result.next_reward))
        if result.stamp_reason is not None:
            stamp = stamp_outcome_text(
                result.stamps_earned, result.stamp_reason, result.amount_rials, self
            )
            lines.append(
                translate("Cli", "{stamp}. Stamp card: {stamps}.").format(
                    stamp=stamp, stamps=stamps_text(result.stamps, self)
                )
            )
            goal = self.stamp_goal(result.stamp_goal)
            if goal:
                lines.append(goal)
        if result.replayed:
            lines.append(
                translate("Cli", "(Already done earlier with this operation id; nothing changed.)")
            )
        return "\n".join(lines)

    def redeem(self, result: RedeemResult) -> str:
        if result.stamps_spent:
            head = translate("Cli", "{reward} for {name}: {stamps}. Stamp card: {balance}.").format(
                reward=self.reward_name(result.reward),
                name=result.member.name,
                stamps=stamps_text(-result.stamps_spent, self),
                balance=stamps_text(result.stamps, self),
            )
        else:
            head = translate(
                "Cli", "{reward} for {name}: {points} points. Balance: {balance}."
            ).format(
                reward=self.reward_name(result.reward),
                name=result.member.name,
                points=self.points(-result.points_spent),
                balance=self.n(result.balance),
            )
        lines = [
            head,
            translate("Cli", "Redemption entry {entry}.").format(entry=self.id(result.entry_id)),
        ]
        if result.replayed:
            lines.append(
                translate("Cli", "(Already done earlier with this operation id; nothing changed.)")
            )
        return "\n".join(lines)

    def refund_preview(self, preview: RefundPreview) -> str:
        lines = [
            translate(
                "Cli",
                "Refund {refund} of {purchase} for {name}: {points} points back, "
                "balance {before} → {after}.",
            ).format(
                refund=self.money(preview.refund_rials),
                purchase=self.money(preview.purchase_rials),
                name=preview.member.name,
                points=self.points(-preview.points_reversed),
                before=self.n(preview.member.balance),
                after=self.n(preview.balance_after),
            )
        ]
        if preview.points_expired_before:
            lines.append(
                translate(
                    "Cli",
                    "{points} of this purchase's points had already expired; "
                    "they are not taken back again.",
                ).format(points=self.n(preview.points_expired_before))
            )
        if preview.leaves_debt:
            lines.append(
                translate(
                    "Cli", "The points were already spent: the member will owe {points}."
                ).format(points=self.n(-preview.balance_after))
            )
        if preview.stamps_reversed:
            lines.append(
                translate(
                    "Cli", "The visit's stamp is taken back: stamp card {before} → {after}."
                ).format(before=self.n(preview.member.stamps), after=self.n(preview.stamps_after))
            )
        if preview.coupon_code is not None:
            lines.append(
                (
                    translate("Cli", "The coupon {coupon} is given back: it can be used again.")
                    if preview.coupon_returned
                    else translate("Cli", "The coupon {coupon} stays used.")
                ).format(coupon=self.digits(preview.coupon_code))
            )
        return "\n".join(lines)

    def refund(self, result: RefundResult) -> str:
        return translate("Cli", "Done. {details}").format(
            details=self.refund_preview(result.preview)
        )

    def void_preview(self, preview: VoidPreview) -> str:
        if preview.stamps_restored:
            return self.void_stamps(preview)
        return translate(
            "Cli",
            "Void redemption {entry} ({reward}): {points} points back, balance {before} → {after}.",
        ).format(
            entry=self.id(preview.redemption_entry_id),
            reward=preview.reward_in(self.language) or "-",
            points=self.points(preview.points_restored, signed=True),
            before=self.n(preview.member.balance),
            after=self.n(preview.balance_after),
        )

    def void_stamps(self, preview: VoidPreview) -> str:
        return translate("Cli", "{stamps} back on the stamp card: {before} → {after}.").format(
            stamps=stamps_text(preview.stamps_restored, self),
            before=self.n(preview.member.stamps),
            after=self.n(preview.stamps_after),
        )

    def void(self, result: VoidResult) -> str:
        return translate("Cli", "Done. {details}").format(details=self.void_preview(result.preview))

    def adjust(self, result: AdjustResult) -> str:
        said = translate("Cli", "{kind} {points} points for {name}. Balance: {balance}.").format(
            kind=self.kind(result.kind),
            points=self.points(result.points, signed=True),
            name=result.member.name,
            balance=self.n(result.balance),
        )
        return self._replayed(said[:1].upper() + said[1:], result.replayed)

    def statement(self, result: Statement) -> str:
        lines = [self.member(result.member), ""]
        if not result.lines:
            lines.append(translate("Cli", "No points have moved yet."))
        for line in result.lines:
            detail = (
                line.receipt_no
                or line.reward_in(self.language)
                or (campaign_line_text(line.campaign, line.related_name) if line.campaign else None)
                or (
                    merge_line_text(line.reason, line.related_name)
                    if line.kind is EntryKind.MERGE
                    else None
                )
                or line.reason
                or ""
            )
            if line.purchase_rials and line.kind is EntryKind.EARN:
                detail = f"{self.money(line.purchase_rials)} {self.digits(detail)}".strip()
            if line.reward_name and line.reason and is_coupon_code(line.reason):
                detail += " " + translate("Cli", "(with coupon {coupon})").format(
                    coupon=self.digits(line.reason)
                )
            if line.calculation is not None:
                detail += f"  ({self.how(line.calculation)})"
            elif line.stamps:
                detail += f"  ({stamp_note(line.kind, line.stamps, self)})"
            if line.stamps_after is not None:
                detail += "  " + translate("Cli", "[stamp card: {stamps}]").format(
                    stamps=self.n(line.stamps_after)
                )
            when = self.when(line.effective_at)
            if line.backdated:
                when += " " + translate("Cli", "(entered {date})").format(
                    date=self.when(line.recorded_at)
                )
            lines.append(
                f"{self.id(line.entry_id):>8}  {when}  {self.kind(line.kind):<18} "
                f"{self.points(line.points, signed=True):>7} "
                f"{self.n(line.balance_after):>7}  {line.staff}@{line.place}"
                + (f"+{line.approver}" if line.approver else "")
                + f"  {detail}"
            )
        return "\n".join(lines)

    def verify(self, report: VerifyReport) -> str:
        head = translate("Cli", "{members} members and {entries} ledger entries checked.").format(
            members=self.n(report.members_checked), entries=self.n(report.entries_checked)
        )
        if report.ok:
            return head + "\n" + translate("Cli", "Every balance matches its ledger.")
        lines = [
            head,
            translate("Cli", "{count} balances differ from their ledger:").format(
                count=self.n(len(report.differences))
            ),
        ]
        for d in report.differences:
            lines.append(
                translate(
                    "Cli", "member {member} (card {card}): shown {cached}, ledger {ledger}"
                ).format(
                    member=self.n(d.member_id),
                    card=self.digits(d.card or "-"),
                    cached=self.n(d.cached),
                    ledger=self.n(d.ledger),
                )
            )
        for d in report.stamp_differences:
            lines.append(
                translate(
                    "Cli", "member {member} (card {card}): stamps shown {cached}, ledger {ledger}"
                ).format(
                    member=self.n(d.member_id),
                    card=self.digits(d.card or "-"),
                    cached=self.n(d.cached),
                    ledger=self.n(d.ledger),
                )
            )
        for code, uses, recorded in report.coupon_differences:
            lines.append(
                translate(
                    "Cli", "coupon {coupon}: counted {uses} uses, {recorded} recorded"
                ).format(coupon=self.digits(code), uses=self.n(uses), recorded=self.n(recorded))
            )
        return "\n".join(lines)

    def _stamps(self, rule: EarnRule) -> list[str]:
        if rule.stamps is None:
            return []
        lines = [
            translate(
                "Cli", "Stamp card: one stamp a visit from {amount}, at most {count} a day."
            ).format(
                amount=self.money(rule.stamps.min_purchase_rials), count=self.n(rule.stamps.per_day)
            )
        ]
        if not rule.points_enabled:
            lines.append(translate("Cli", "Stamps instead of points: purchases earn no points."))
        return lines

    def _earning(self, rule: EarnRule) -> list[str]:
        if not rule.points_enabled:
            return self._stamps(rule)
        lines = [
            (
                translate("Cli", "{points} point for every {amount} spent.")
                if is_one(rule.points_per_step)
                else translate("Cli", "{points} points for every {amount} spent.")
            ).format(points=self.n(rule.points_per_step), amount=self.money(rule.step_rials))
        ]
        lines += self._stamps(rule)
        if rule.min_purchase_rials:
            lines.append(
                translate("Cli", "Minimum purchase: {amount}.").format(
                    amount=self.money(rule.min_purchase_rials)
                )
            )
        return lines

    def rules(self, rule: EarnRule, owed: Liability) -> str:
        lines = [
            translate("Cli", "Rule version {version}, in force since {date}.").format(
                version=self.n(rule.id), date=self.when(rule.valid_from)
            ),
            *self._earning(rule),
        ]
        if rule.daily_cap is not None:
            lines.append(
                translate("Cli", "At most {points} points a day.").format(
                    points=self.n(rule.daily_cap)
                )
            )
        for text, value in (
            (translate("Cli", "First purchase: {points} extra points."), rule.first_purchase_bonus),
            (translate("Cli", "Birthday week: {points} extra points."), rule.birthday_bonus),
        ):
            if value:
                lines.append(text.format(points=self.n(value)))
        for item in rule.promotions:
            lines.append(
                translate("Cli", "Promotion: {name}").format(name=item.name)
                + (
                    f" ×{self.digits(f'{item.multiplier_percent / 100:g}')}"
                    if item.multiplier_percent != 100
                    else ""
                )
                + (f" {self.points(item.bonus_points, signed=True)}" if item.bonus_points else "")
            )
        for tier in rule.tier_policy.tiers:
            lines.append(
                translate("Cli", "Tier: {name} from {threshold}, {multiplier}").format(
                    name=tier.display_name(self.language),
                    threshold=self.money(tier.threshold)
                    if rule.tier_policy.basis is TierBasis.SPEND
                    else self.points(tier.threshold),
                    multiplier=times_text(tier.multiplier_percent, self),
                )
            )
        if rule.expiry_months is not None:
            lines.append(
                translate("Cli", "Points expire {months} months after they are earned.").format(
                    months=self.n(rule.expiry_months)
                )
            )
        lines.append(
            translate("Cli", "Outstanding: {points} points ({money}).").format(
                points=self.n(owed.points),
                money=self.money(owed.rials) if owed.rials is not None else "-",
            )
        )
        return "\n".join(lines)

    def rewards(self, rewards: list[Reward], rule: EarnRule) -> str:
        lines = self._earning(rule)
        if not rewards:
            lines.append(translate("Cli", "No rewards yet."))
        for item in rewards:
            state = "" if item.active else " " + translate("Cli", "(inactive)")
            cost = stamps_text(item.cost, self) if item.costs_stamps else self.n(item.cost)
            lines.append(f"{cost:>7}  {self.reward_name(item)}{state}")
        return "\n".join(lines)
