"""Staff accounts, PIN sign-in with lockout, a manager's approval on the spot, the owner's
counter policy, and the check every protected service method makes (``permit``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import secrets
from typing import TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo

from loyaltydesk.domain.audit import AuditEvent, AuditKind
from loyaltydesk.domain.errors import (
    DomainError,
    InvalidInput,
    NotFound,
    NotPermitted,
    Refused,
    StorageError,
)
from loyaltydesk.domain.staff import (
    APPROVABLE,
    FAILURES_BEFORE_LOCK,
    Actor,
    Approval,
    ApprovalLimits,
    CounterPolicy,
    Permission,
    Role,
    StaffMember,
    allows,
    authorize,
    check_pin,
    check_staff_name,
    lock_length,
    name_key,
)
from loyaltydesk.services.common import UTC_ZONE, run_write
from loyaltydesk.services.ports import (
    Clock,
    OfflineStaff,
    RememberedStaff,
    UnitOfWork,
    UnitOfWorkFactory,
)

if TYPE_CHECKING:
    from argon2 import PasswordHasher

POLICY_KEY = "counter_policy"
UNREACHABLE = "database.unreachable"


def _unreachable(error: DomainError) -> bool:
    return isinstance(error, StorageError) and error.code == UNREACHABLE


def _remembered(account: StaffMember, pin_hash: str) -> RememberedStaff:
    return RememberedStaff(
        name_key(account.name),
        account.id,
        account.name,
        account.role,
        account.active,
        pin_hash,
        account.failed_attempts,
        account.locked_until,
        account.lockouts,
    )


class PinHasher(Protocol):
    def hash(self, pin: str) -> str: ...
    def verify(self, hashed: str, pin: str) -> bool: ...


# OWASP's argon2id minimum (19 MiB, two passes, one lane): a command-line call that signs in
# for each sale pays it every time (~0.1 s here; the library's RFC 9106 default, 64 MiB × 3,
# took 0.5 s). A 4–8 digit PIN is guarded by the lockout; the hash keeps it out of a copied
# database, and nothing costlier would make a four-digit PIN hard to guess offline.
PIN_TIME_COST = 2
PIN_MEMORY_KIB = 19 * 1024


class Argon2Hasher:
    """argon2id. Tests pass lighter costs: still argon2id, only cheaper to compute."""

    def __init__(self, *, time_cost: int = PIN_TIME_COST, memory_kib: int = PIN_MEMORY_KIB) -> None:
        self._time_cost = time_cost
        self._memory_kib = memory_kib
        self._hasher: PasswordHasher | None = None

    def _get(self) -> PasswordHasher:
        if self._hasher is None:
            from argon2 import PasswordHasher

            self._hasher = PasswordHasher(
                time_cost=self._time_cost, memory_cost=self._memory_kib, parallelism=1
            )
        return self._hasher

    def hash(self, pin: str) -> str:
        return self._get().hash(pin)

    def verify(self, hashed: str, pin: str) -> bool:
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            return self._get().verify(hashed, pin)
        except (VerificationError, InvalidHashError):
            return False


def permit(uow: UnitOfWork, actor: Actor, permission: Permission) -> Actor:
    """Refuse unless ``actor`` may do it now; returns the actor with its current role.

    The account is read again, so a disabled or demoted account stops at once on every
    counter. An actor without an account is accepted only while the club has no accounts
    at all (every club before staff existed; the first start then asks for an owner).
    """
    if actor.staff_id is None:
        if uow.staff.any():
            raise NotPermitted("staff.sign_in_needed")
        return actor
    account = uow.staff.get(actor.staff_id)
    if account is None or not account.active:
        raise NotPermitted("staff.disabled", name=actor.staff)
    current = dataclasses.replace(actor, role=account.role)
    if current.approval is not None:
        approver = uow.staff.get(current.approval.staff_id)
        if approver is None or not approver.active:
            current = current.approved_by(None)
        else:
            current = current.approved_by(Approval(approver.id, approver.name, approver.role))
    authorize(current, permission)
    return current


def require(uow_factory: UnitOfWorkFactory, actor: Actor, permission: Permission) -> Actor:
    """``permit`` in a read transaction of its own, for work that is not one write."""
    with uow_factory(write=False) as uow:
        return permit(uow, actor, permission)


def record(
    uow: UnitOfWork,
    actor: Actor,
    at: dt.datetime,
    kind: AuditKind,
    subject: str | None = None,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """One line of the audit trail, in the caller's transaction."""
    uow.audit.add(AuditEvent(kind, subject, before, after), actor, at)


def policy_in(uow: UnitOfWork) -> CounterPolicy:
    stored = uow.club_settings.get(POLICY_KEY)
    if stored is None:
        return CounterPolicy()
    data = json.loads(stored)
    return CounterPolicy(
        limits=ApprovalLimits(
            credit_rials=data.get("credit_rials"), redeem_points=data.get("redeem_points")
        ),
        idle_minutes=data.get("idle_minutes"),
        offline_points=int(data.get("offline_points") or 0),
    )


def policy_json(policy: CounterPolicy) -> dict[str, Any]:
    return {
        "credit_rials": policy.limits.credit_rials,
        "redeem_points": policy.limits.redeem_points,
        "idle_minutes": policy.idle_minutes,
        "offline_points": policy.offline_points,
    }


def account_json(account: StaffMember) -> dict[str, Any]:
    return {"name": account.name, "role": account.role.value, "active": account.active}


# A script names its person on every request (a POS through the API, X-Staff and
# X-Staff-Pin, several times a sale), and a PIN's argon2 check is slow by design (~60 ms
# here, in the write lock). A right PIN is remembered this long with the PIN hash it matched:
# the next request reads the account and, while it is as it was (the same PIN hash, active,
# not locked, no wrong PIN since), neither runs argon2 again nor writes. A new PIN, a lock, a
# wrong PIN or a disabled account takes the whole way at once.
SCRIPT_TRUST = dt.timedelta(minutes=5)
_SCRIPT_TRUSTED_MAX = 10_000


class StaffService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        clock: Clock,
        hasher: PinHasher | None = None,
        zone: ZoneInfo = UTC_ZONE,
        offline: OfflineStaff | None = None,
    ) -> None:
        """``offline``: a counter of a shared club remembers its staff accounts there on
        every online sign-in and every time the server answers again, and signs them in from
        it while the server does not answer."""
        self._uow = uow
        self._clock = clock
        self._zone = zone
        self._hasher: PinHasher = hasher or Argon2Hasher()
        self._dummy: str | None = None
        self._offline = offline
        # (name key, keyed hash of the PIN) -> (the PIN hash it matched, when): see
        # SCRIPT_TRUST. The PIN itself is not kept.
        self._right: dict[tuple[str, str], tuple[str, dt.datetime]] = {}
        self._pin_key = secrets.token_bytes(32)

    # -- reading -----------------------------------------------------------------------

    def has_staff(self) -> bool:
        try:
            with self._uow(write=False) as uow:
                return uow.staff.any()
        except StorageError as error:
            if self._offline is None or not _unreachable(error):
                raise
            return bool(self._offline.staff_accounts())

    def names(self, *, approvers_for: Permission | None = None) -> list[str]:
        """Active accounts' names for the PIN dialog (those who may approve ``approvers_for``)."""
        try:
            with self._uow(write=False) as uow:
                accounts = [(s.name, s.role) for s in uow.staff.listing(include_inactive=False)]
        except StorageError as error:
            if self._offline is None or not _unreachable(error):
                raise
            accounts = [(a.name, a.role) for a in self._offline.staff_accounts() if a.active]
        return [
            name for name, role in accounts if approvers_for is None or allows(role, approvers_for)
        ]

    def remember_offline(self) -> None:
        """Every account as the server has it now, kept on this counter for signing in while
        the server does not answer (a disabled one, or a changed PIN, is seen so there)."""
        if self._offline is None:
            return
        with self._uow(write=False) as uow:
            kept = [_remembered(account, pin_hash) for account, pin_hash in uow.staff.with_pins()]
        self._offline.remember_staff(kept, whole=True)

    def listing(self, actor: Actor) -> list[StaffMember]:
        with self._uow(write=False) as uow:
            permit(uow, actor, Permission.STAFF)
            return uow.staff.listing()

    def policy(self) -> CounterPolicy:
        try:
            with self._uow(write=False) as uow:
                return policy_in(uow)
        except StorageError as error:
            if self._offline is None or not _unreachable(error):
                raise
            club = self._offline.club()
            return club.policy if club is not None else CounterPolicy()

    # -- signing in --------------------------------------------------------------------

    def sign_in(
        self,
        name: str,
        pin: str,
        counter: str,
        *,
        branch: str | None = None,
        shift: bool = True,
    ) -> Actor:
        """The actor for a name and PIN at ``counter`` (in ``branch``), or NotPermitted.
        Wrong PINs are counted (and kept, though the request fails); five in a row lock the
        account. ``shift`` False: one command of a script, which the trail does not list as
        a sign-in (its work is)."""
        account = self._right_again(name, pin) if not shift else None
        offline = False
        if account is None:
            account, offline = self._verify(
                name, pin, counter, signing_in=shift, branch=branch, remember=not shift
            )
        return Actor(
            account.name,
            counter,
            role=account.role,
            staff_id=account.id,
            branch=branch,
            offline=offline,
        )

    def script_actor(
        self, name: str, pin: str | None, counter: str, *, branch: str | None = None
    ) -> Actor:
        """Who runs one command of a script (the command line, here or handed to the running
        program): the account named, its PIN checked. A club with no accounts yet works as
        before, under the name given, so its scripts keep running until the owner adds
        staff."""
        if not self.has_staff():
            return Actor(name, counter, branch=branch)
        if not pin:
            raise NotPermitted("staff.pin_needed", name=name)
        return self.sign_in(name, pin, counter, branch=branch, shift=False)

    def approve(self, request: Actor, permission: Permission | None, name: str, pin: str) -> Actor:
        """A manager's PIN typed on the spot for ``request``: the request, approved. Without
        a ``permission`` (the command line, which does not know yet what will need it) the
        approver must be one who may approve everything a cashier may ask for."""
        account, _offline = self._verify(
            name, pin, request.counter, signing_in=False, branch=request.branch
        )
        if request.staff_id is not None and account.id == request.staff_id:
            raise NotPermitted("staff.self_approval")
        if permission is None:
            if not all(allows(account.role, p) for p in APPROVABLE):
                raise NotPermitted("staff.not_an_approver", name=account.name)
        elif not allows(account.role, permission):
            raise NotPermitted("staff.cannot_approve", name=account.name, action=permission.value)
        return request.approved_by(Approval(account.id, account.name, account.role))

    def _dummy_hash(self) -> str:
        if self._dummy is None:
            self._dummy = self._hasher.hash("00000000")
        return self._dummy

    def _trust_key(self, key: str, pin: str) -> tuple[str, str]:
        digest = hashlib.blake2b(pin.encode(), key=self._pin_key, digest_size=16).hexdigest()
        return (key, digest)

    def _right_again(self, name: str, pin: str) -> StaffMember | None:
        """The account of a name and PIN that were right a moment ago and whose account is
        as it was then (SCRIPT_TRUST); None: check the whole way."""
        try:
            pin = check_pin(pin)  # as _verify remembers it: ۱۲۳۴ is 1234
        except InvalidInput:
            return None
        trust = self._trust_key(name_key(name), pin)
        held = self._right.get(trust)
        now = self._clock()
        if held is None or now - held[1] >= SCRIPT_TRUST:
            return None
        try:
            with self._uow(write=False) as uow:
                found = uow.staff.by_name(trust[0])
        except StorageError:
            return None  # the whole way knows what to do offline
        if found is None:
            return None
        account, pin_hash = found
        if (
            pin_hash != held[0]
            or not account.active
            or account.locked_until is not None
            or account.failed_attempts
        ):
            return None
        return account

    def _verify(
        self,
        name: str,
        pin: str,
        counter: str,
        *,
        signing_in: bool,
        branch: str | None = None,
        remember: bool = False,
    ) -> tuple[StaffMember, bool]:
        """The account of a right name and PIN, and whether it was checked offline (against
        this counter's memory, the server not answering)."""
        try:
            pin = check_pin(pin)
        except InvalidInput:
            pin = ""  # still compared below, so a malformed PIN costs the same time
        key = name_key(name)
        outcome: list[StaffMember | NotPermitted] = []
        seen: list[RememberedStaff] = []

        def work(uow: UnitOfWork) -> None:
            outcome.clear()
            seen.clear()
            now = self._clock()
            found = uow.staff.by_name(key, lock=True) if key else None
            if found is not None:
                seen.append(_remembered(*found))
            # The same argon2 comparison whether the name exists or not: the time taken
            # does not tell a stranger which names are accounts.
            hashed = found[1] if found else self._dummy_hash()
            matches = self._hasher.verify(hashed, pin) and bool(pin)
            if found is None:
                outcome.append(NotPermitted("staff.wrong_name_or_pin"))
                return
            account = found[0]
            who = Actor(
                account.name, counter, role=account.role, staff_id=account.id, branch=branch
            )
            if not account.active:
                outcome.append(NotPermitted("staff.disabled", name=account.name))
                return
            if account.locked_at(now):
                assert account.locked_until is not None
                outcome.append(
                    NotPermitted("staff.locked", until=account.locked_until.astimezone(self._zone))
                )
                return
            if not matches:
                failures = account.failed_attempts + 1
                subject = "sign_in" if signing_in else "approval"
                if failures >= FAILURES_BEFORE_LOCK:
                    until = now + lock_length(account.lockouts)
                    uow.staff.update(
                        account.id,
                        failed_attempts=0,
                        locked_until=until,
                        lockouts=account.lockouts + 1,
                    )
                    record(uow, who, now, AuditKind.WRONG_PIN, subject)
                    record(
                        uow,
                        who,
                        now,
                        AuditKind.LOCKED_OUT,
                        account.name,
                        after={"until": until.isoformat(), "lock": account.lockouts + 1},
                    )
                    uow.commit()
                    outcome.append(NotPermitted("staff.locked", until=until.astimezone(self._zone)))
                    return
                uow.staff.update(account.id, failed_attempts=failures)
                record(uow, who, now, AuditKind.WRONG_PIN, subject)
                uow.commit()
                outcome.append(
                    NotPermitted(
                        "staff.wrong_name_or_pin", tries_left=FAILURES_BEFORE_LOCK - failures
                    )
                )
                return
            # A right PIN: the count starts again, and a served lock is forgiven after a day.
            values: dict[str, Any] = {"failed_attempts": 0, "locked_until": None}
            if signing_in:
                values["last_sign_in_at"] = now
                record(uow, who, now, AuditKind.SIGN_IN, account.name)
            uow.staff.update(account.id, **values)
            uow.commit()
            outcome.append(account)

        try:
            run_write(self._uow, work)
        except StorageError as error:
            if self._offline is None or not _unreachable(error):
                raise
            return self._verify_offline(key, pin), True
        result = outcome[0]
        if self._offline is not None and seen:
            # What the server said of this account (disabled, a new PIN) holds offline too.
            account = seen[0]
            if isinstance(result, StaffMember):  # the count starts again
                account = dataclasses.replace(account, failed_attempts=0, locked_until=None)
            self._offline.remember_staff([account], whole=False)
        if isinstance(result, NotPermitted):
            raise result
        if remember and seen:
            if len(self._right) >= _SCRIPT_TRUSTED_MAX:
                self._right.clear()
            self._right[self._trust_key(key, pin)] = (seen[0].pin_hash, self._clock())
        return result, False

    def _verify_offline(self, key: str, pin: str) -> StaffMember:
        """As online, against the accounts this counter remembers: the same hasher and the
        same dummy comparison for an unknown name, wrong PINs counted here, the same lock."""
        assert self._offline is not None
        now = self._clock()
        found = self._offline.staff_account(key) if key else None
        hashed = found.pin_hash if found is not None else self._dummy_hash()
        matches = self._hasher.verify(hashed, pin) and bool(pin)
        if found is None:
            raise NotPermitted("staff.wrong_name_or_pin")
        if not found.active:
            raise NotPermitted("staff.disabled", name=found.name)
        if found.locked_until is not None and found.locked_until > now:
            raise NotPermitted("staff.locked", until=found.locked_until.astimezone(self._zone))
        if not matches:
            failures = found.failed_attempts + 1
            if failures >= FAILURES_BEFORE_LOCK:
                until = now + lock_length(found.lockouts)
                self._offline.note_staff_attempts(key, 0, until, found.lockouts + 1)
                raise NotPermitted("staff.locked", until=until.astimezone(self._zone))
            self._offline.note_staff_attempts(key, failures, found.locked_until, found.lockouts)
            raise NotPermitted(
                "staff.wrong_name_or_pin", tries_left=FAILURES_BEFORE_LOCK - failures
            )
        self._offline.note_staff_attempts(key, 0, None, found.lockouts)
        return StaffMember(found.id, found.name, found.role, found.active, now)

    def sign_out(self, actor: Actor, *, locked: bool = False) -> None:
        """A cashier switching or the window locking itself: recorded, nothing else."""
        if actor.staff_id is None:
            return

        def work(uow: UnitOfWork) -> None:
            kind = AuditKind.LOCKED if locked else AuditKind.SIGN_OUT
            record(uow, actor, self._clock(), kind, actor.staff)
            uow.commit()

        try:
            run_write(self._uow, work)
        except StorageError as error:
            if self._offline is None or not _unreachable(error):
                raise
            # Not kept for later: the trail's sign-outs are not worth a queue of their own.
            return

    # -- the owner's work --------------------------------------------------------------

    def add(self, name: str, role: Role, pin: str, actor: Actor) -> StaffMember:
        """A new account. On a club with no accounts the first one (an owner) needs no
        identity; after that only an owner adds staff."""
        name = check_staff_name(name)
        pin = check_pin(pin)
        hashed = self._hasher.hash(pin)

        def work(uow: UnitOfWork) -> StaffMember:
            now = self._clock()
            first = not uow.staff.any()
            if first:
                if role is not Role.OWNER:
                    raise Refused("staff.first_must_be_owner")
            else:
                permit(uow, actor, Permission.STAFF)
            key = name_key(name)
            if uow.staff.by_name(key) is not None:
                raise Refused("staff.name_taken", name=name)
            added = uow.staff.add(name, key, role, hashed, now)
            by = (
                Actor(
                    added.name,
                    actor.counter,
                    role=added.role,
                    staff_id=added.id,
                    branch=actor.branch,
                )
                if first
                else actor
            )
            record(uow, by, now, AuditKind.STAFF_ADDED, added.name, after=account_json(added))
            uow.commit()
            return added

        return run_write(self._uow, work)

    def _change(
        self,
        name: str,
        actor: Actor,
        change: Any,
        kind: AuditKind = AuditKind.STAFF_CHANGED,
        *,
        permission: Permission = Permission.STAFF,
    ) -> StaffMember:
        def work(uow: UnitOfWork) -> StaffMember:
            now = self._clock()
            permit(uow, actor, permission)
            found = uow.staff.by_name(name_key(name), lock=True)
            if found is None:
                raise NotFound("staff.no_such_name", name=name.strip())
            before = found[0]
            values, after_json = change(uow, before)
            uow.staff.update(before.id, **values)
            after = uow.staff.get(before.id)
            assert after is not None
            if kind is AuditKind.STAFF_CHANGED and account_json(after) == account_json(before):
                return after  # already so (disabled twice): nothing changed, nothing to record
            record(
                uow,
                actor,
                now,
                kind,
                before.name,
                before=account_json(before) if after_json is None else None,
                after=account_json(after) if after_json is None else after_json,
            )
            uow.commit()
            return after

        return run_write(self._uow, work)

    @staticmethod
    def _keeps_an_owner(uow: UnitOfWork, account: StaffMember) -> None:
        if account.role is Role.OWNER and account.active and uow.staff.active_owners() <= 1:
            raise Refused("staff.last_owner", name=account.name)

    def set_role(self, name: str, role: Role, actor: Actor) -> StaffMember:
        def change(uow: UnitOfWork, account: StaffMember) -> tuple[dict[str, Any], None]:
            if role is not Role.OWNER:
                self._keeps_an_owner(uow, account)
            return {"role": role.value}, None

        return self._change(name, actor, change)

    def set_active(self, name: str, active: bool, actor: Actor) -> StaffMember:
        def change(uow: UnitOfWork, account: StaffMember) -> tuple[dict[str, Any], None]:
            if not active:
                self._keeps_an_owner(uow, account)
            return {"active": active}, None

        return self._change(name, actor, change)

    def unlock(self, name: str, actor: Actor) -> StaffMember:
        def change(_uow: UnitOfWork, account: StaffMember) -> tuple[dict[str, Any], None]:
            return {"locked_until": None, "failed_attempts": 0}, None

        return self._change(name, actor, change, AuditKind.UNLOCKED)

    def set_pin(self, name: str, pin: str, actor: Actor) -> StaffMember:
        """A new PIN: the owner's for anyone; each person may change their own."""
        hashed = self._hasher.hash(check_pin(pin))
        own = actor.staff_id is not None and name_key(name) == name_key(actor.staff)

        def change(_uow: UnitOfWork, account: StaffMember) -> tuple[dict[str, Any], dict[str, Any]]:
            values = {"pin_hash": hashed, "failed_attempts": 0, "locked_until": None}
            return values, {"pin": "changed"}  # the trail says it changed, never what to

        return self._change(
            name,
            actor,
            change,
            AuditKind.PIN_CHANGED,
            permission=Permission.OWN_PIN if own else Permission.STAFF,
        )

    def set_policy(self, policy: CounterPolicy, actor: Actor) -> CounterPolicy:
        checked = policy.checked()

        def work(uow: UnitOfWork) -> CounterPolicy:
            permit(uow, actor, Permission.SETTINGS)
            before = policy_in(uow)
            uow.club_settings.put(POLICY_KEY, json.dumps(policy_json(checked)))
            record(
                uow,
                actor,
                self._clock(),
                AuditKind.SETTINGS,
                POLICY_KEY,
                before=policy_json(before),
                after=policy_json(checked),
            )
            uow.commit()
            return checked

        return run_write(self._uow, work)
