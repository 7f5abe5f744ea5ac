"""The customer's voice: how a visit was, recorded at the counter after the purchase, and
why a member stopped coming, recorded by the owner from a call or a reply. The owner's
short list of reasons is kept club-wide (club_settings), so every counter offers the same.

Each record is done once per operation id: a second Enter or a retried command finds the
first record and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from loyaltydesk.domain.audit import AuditKind
from loyaltydesk.domain.errors import InvalidInput, NotFound, Refused
from loyaltydesk.domain.feedback import (
    DEFAULT_REASONS,
    Feedback,
    FeedbackKind,
    NewFeedback,
    Reason,
    VisitToScore,
    check_reasons,
    check_score,
    clean_note,
    match_reason,
    retire_reasons,
)
from loyaltydesk.domain.staff import Actor, Permission
from loyaltydesk.services.common import UTC_ZONE, check_op_id, require_member, run_write
from loyaltydesk.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from loyaltydesk.services.staff import permit, record

REASONS_KEY = "feedback.reasons"
# Reasons the owner took off the list: no longer offered, still the names of past answers.
# A key of its own, so a version that does not know it still reads the list as it was.
RETIRED_KEY = "feedback.reasons_retired"
MAX_HISTORY = 500


@dataclass(frozen=True, slots=True)
class Recorded:
    """What was stored; ``replayed``: the operation id had been recorded before."""

    feedback: Feedback
    replayed: bool = False


class FeedbackService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, zone: ZoneInfo = UTC_ZONE) -> None:
        self._uow = uow
        self._clock = clock
        self._zone = zone

    # -- the owner's reasons -----------------------------------------------------------

    def reasons(self) -> tuple[Reason, ...]:
        with self._uow(write=False) as uow:
            return reasons_of(uow)

    def known_reasons(self) -> tuple[Reason, ...]:
        """The reasons offered and those retired: what past answers are shown by."""
        with self._uow(write=False) as uow:
            return known_reasons_of(uow)

    def retired_reasons(self) -> tuple[Reason, ...]:
        with self._uow(write=False) as uow:
            return retired_of(uow)

    def set_reasons(self, reasons: Sequence[Reason], actor: Actor) -> tuple[Reason, ...]:
        """Replaces the list offered; a reason taken off it is kept as retired, so the
        answers already given with it keep their Persian and English names."""
        clean = check_reasons(reasons)

        def work(uow: UnitOfWork) -> tuple[Reason, ...]:
            permit(uow, actor, Permission.SETTINGS)
            before = reasons_of(uow)
            retired = retire_reasons(retired_of(uow), before, clean)
            uow.club_settings.put(REASONS_KEY, _as_json(clean))
            uow.club_settings.put(RETIRED_KEY, _as_json(retired))
            record(
                uow,
                actor,
                self._clock(),
                AuditKind.SETTINGS,
                REASONS_KEY,
                before={"reasons": [r.en for r in before]},
                after={"reasons": [r.en for r in clean]},
            )
            uow.commit()
            return clean

        return run_write(self._uow, work)

    # -- recording -----------------------------------------------------------------------

    def record_visit(
        self,
        op_id: str,
        member_id: int,
        score: int | str,
        reason: str | None = None,
        note: str | None = None,
        purchase_id: int | None = None,
        *,
        actor: Actor,
    ) -> Recorded:
        """How the visit was (1–5), attached to ``purchase_id`` or the member's latest
        purchase not refunded in full; ``reason`` is one of the owner's (either language).
        Refused without such a purchase, and for a visit already scored: one score a visit
        (the first stands, as a printed receipt does)."""
        op_id = check_op_id(op_id)
        score = check_score(score)
        note = clean_note(note)

        def work(uow: UnitOfWork) -> Recorded:
            permit(uow, actor, Permission.FEEDBACK)
            prior = self._prior(uow, op_id, member_id, FeedbackKind.VISIT)
            if prior is not None:
                return prior
            require_member(uow, member_id)
            stored_reason = _reason_in(uow, reason)
            visit = self._visit(uow, member_id, purchase_id, lock=True)
            return self._add(
                uow, op_id, member_id, FeedbackKind.VISIT, score, stored_reason, note,
                visit.purchase_id, actor,
            )  # fmt: skip

        return run_write(self._uow, work)

    def record_why_left(
        self,
        op_id: str,
        member_id: int,
        reason: str | None,
        note: str | None,
        actor: Actor,
    ) -> Recorded:
        """Why a member stopped coming: a reason from the list, a note, or both."""
        op_id = check_op_id(op_id)
        note = clean_note(note)
        if not (reason or "").strip() and note is None:
            raise InvalidInput("feedback.why_left_empty")

        def work(uow: UnitOfWork) -> Recorded:
            permit(uow, actor, Permission.FEEDBACK)
            prior = self._prior(uow, op_id, member_id, FeedbackKind.WHY_LEFT)
            if prior is not None:
                return prior
            require_member(uow, member_id)
            stored_reason = _reason_in(uow, reason)
            return self._add(
                uow, op_id, member_id, FeedbackKind.WHY_LEFT, None, stored_reason, note, None,
                actor,
            )  # fmt: skip

        return run_write(self._uow, work)

    def visit_to_score(self, member_id: int, purchase_id: int | None = None) -> VisitToScore:
        """The visit a score would go to (``purchase_id`` or the latest one not refunded in
        full), so the cashier sees which before pressing a digit; refused as record_visit
        would refuse it."""
        with self._uow(write=False) as uow:
            require_member(uow, member_id)
            return self._visit(uow, member_id, purchase_id, lock=False)

    def history(self, member_id: int, limit: int = 100) -> list[Feedback]:
        """The member's feedback, newest first."""
        if not 1 <= limit <= MAX_HISTORY:
            raise InvalidInput("feedback.bad_limit", limit=MAX_HISTORY)
        with self._uow(write=False) as uow:
            require_member(uow, member_id)
            return uow.feedback.for_member(member_id, limit)

    # -- helpers -------------------------------------------------------------------------

    @staticmethod
    def _prior(uow: UnitOfWork, op_id: str, member_id: int, kind: FeedbackKind) -> Recorded | None:
        prior = uow.feedback.by_operation(op_id)
        if prior is None:
            return None
        if prior.member_id != member_id or prior.kind is not kind:
            raise Refused("operation.reused", operation_id=op_id)
        return Recorded(prior, replayed=True)

    def _local(self, moment: dt.datetime) -> dt.datetime:
        return moment.astimezone(self._zone)

    def _visit(
        self, uow: UnitOfWork, member_id: int, purchase_id: int | None, *, lock: bool
    ) -> VisitToScore:
        if purchase_id is None:
            latest = uow.purchases.recent_for(member_id, 1, kept_only=True)
            if not latest:
                raise Refused("feedback.no_visit")
            purchase_id = latest[0].id
        # Locked while writing: two counters scoring one visit at once store one score.
        purchase = uow.purchases.get(purchase_id, lock=lock)
        if purchase is None or purchase.member_id != member_id:
            raise NotFound("feedback.no_such_purchase", purchase_id=purchase_id)
        if purchase.refunded_rials >= purchase.amount_rials:
            raise Refused("feedback.visit_refunded", visit=self._local(purchase.occurred_at))
        scored = uow.feedback.visit_score_of(purchase.id)
        if scored is not None:
            raise Refused(
                "feedback.already_scored",
                visit=self._local(purchase.occurred_at),
                score=scored.score or 0,
                scored_at=self._local(scored.recorded_at),
                staff=scored.staff,
            )
        return VisitToScore(
            purchase_id=purchase.id,
            occurred_at=self._local(purchase.occurred_at),
            amount_rials=purchase.amount_rials - purchase.refunded_rials,
        )

    def _add(
        self,
        uow: UnitOfWork,
        op_id: str,
        member_id: int,
        kind: FeedbackKind,
        score: int | None,
        reason: str | None,
        note: str | None,
        purchase_id: int | None,
        actor: Actor,
    ) -> Recorded:
        stored = uow.feedback.add(
            NewFeedback(
                member_id=member_id,
                purchase_id=purchase_id,
                kind=kind,
                score=score,
                reason=reason,
                note=note,
                recorded_at=self._clock(),
                staff=actor.staff,
                counter=actor.counter,
                operation_id=op_id,
            )
        )
        uow.commit()
        return Recorded(stored)


def _as_json(reasons: Sequence[Reason]) -> str:
    return json.dumps([{"en": r.en, "fa": r.fa} for r in reasons], ensure_ascii=False)


def _read(stored: str) -> list[Reason]:
    return [Reason(str(i.get("en", "")), str(i.get("fa", ""))) for i in json.loads(stored)]


def reasons_of(uow: UnitOfWork) -> tuple[Reason, ...]:
    """The owner's reasons (the defaults until the owner sets them)."""
    stored = uow.club_settings.get(REASONS_KEY)
    if not stored:
        return DEFAULT_REASONS
    try:
        return check_reasons(_read(stored))
    except (ValueError, TypeError, AttributeError, InvalidInput):
        # Written by hand or by a newer version: the defaults rather than no list at all.
        return DEFAULT_REASONS


def retired_of(uow: UnitOfWork) -> tuple[Reason, ...]:
    """The reasons taken off the list (none until the owner changes it)."""
    stored = uow.club_settings.get(RETIRED_KEY)
    if not stored:
        return ()
    try:
        return tuple(r for r in _read(stored) if r.en)
    except (ValueError, TypeError, AttributeError):
        return ()


def known_reasons_of(uow: UnitOfWork) -> tuple[Reason, ...]:
    """Offered first, then retired: the names every past answer is shown by."""
    return (*reasons_of(uow), *retired_of(uow))


def _reason_in(uow: UnitOfWork, text: str | None) -> str | None:
    """The English name of the owner's reason ``text`` names; refused with the list when it
    is none of them."""
    if text is None or not text.strip():
        return None
    reasons = reasons_of(uow)
    found = match_reason(reasons, text)
    if found is None:
        raise InvalidInput(
            "feedback.unknown_reason",
            reason=text.strip(),
            reasons=" | ".join(r.en for r in reasons),
            reasons_fa=" | ".join(r.fa for r in reasons),
        )
    return found.en
