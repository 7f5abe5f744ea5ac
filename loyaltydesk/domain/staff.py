"""Who works the counter, what each role may do, and who is acting right now.

One table (``ROLE_PERMISSIONS``) says what each role may do; every protected service method
asks ``authorize`` with the ``Actor`` it is given, so the window and the command line only hide
what the services would refuse anyway.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field, replace

from loyaltydesk.domain.errors import InvalidInput, NotPermitted
from loyaltydesk.i18n.digits import fold_digits
from loyaltydesk.i18n.text import strip_bidi_controls

PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 8
MAX_STAFF_NAME = 100

# Five wrong PINs in a row lock the account for a minute, twice as long each time after.
FAILURES_BEFORE_LOCK = 5
FIRST_LOCK = dt.timedelta(minutes=1)
LONGEST_LOCK = dt.timedelta(days=1)

DEFAULT_IDLE_MINUTES = 5
MAX_IDLE_MINUTES = 240


class Role(enum.StrEnum):
    CASHIER = "cashier"
    MANAGER = "manager"
    OWNER = "owner"


class Permission(enum.StrEnum):
    """What a person may ask the club to do; the values are the README's matrix rows."""

    # Everyone at the counter.
    FIND_MEMBERS = "find_members"
    REGISTER = "register"
    EDIT_MEMBER = "edit_member"
    CREDIT = "credit"
    REDEEM = "redeem"
    USE_COUPON = "use_coupon"
    PRINT = "print"
    FEEDBACK = "feedback"
    SEE_RULES = "see_rules"
    OWN_SHIFT = "own_shift"
    OWN_PIN = "own_pin"
    # A manager, or a cashier with a manager's PIN on the spot where marked APPROVABLE.
    REFUND = "refund"
    VOID = "void"
    ADJUST = "adjust"
    OPENING_BALANCE = "opening_balance"
    LARGE_CREDIT = "large_credit"
    LARGE_REDEMPTION = "large_redemption"
    ISSUE_COUPON = "issue_coupon"
    VOID_COUPON = "void_coupon"
    RUN_CAMPAIGN = "run_campaign"
    EDIT_RULES = "edit_rules"
    OUTBOX = "outbox"
    VERIFY = "verify"
    ANY_SHIFT = "any_shift"
    IMPORT = "import"  # members from another system's list (CSV/XLSX)
    MERGE = "merge"
    # The owner alone.
    STAFF = "staff"
    SETTINGS = "settings"
    REPORTS = "reports"
    BACKUP = "backup"
    RESTORE = "restore"
    EXPORT = "export"
    AUDIT = "audit"
    UNMERGE = "unmerge"
    # Settle what an offline counter's redemption could not take when it reached the server.
    SETTLE_SYNC = "settle_sync"


_CASHIER = frozenset(
    {
        Permission.FIND_MEMBERS,
        Permission.REGISTER,
        Permission.EDIT_MEMBER,
        Permission.CREDIT,
        Permission.REDEEM,
        Permission.USE_COUPON,
        Permission.PRINT,
        Permission.FEEDBACK,
        Permission.SEE_RULES,
        Permission.OWN_SHIFT,
        Permission.OWN_PIN,
    }
)
# What a cashier may do on the spot when a manager types their PIN.
APPROVABLE = frozenset(
    {
        Permission.REFUND,
        Permission.VOID,
        Permission.ADJUST,
        Permission.OPENING_BALANCE,
        Permission.LARGE_CREDIT,
        Permission.LARGE_REDEMPTION,
        Permission.ISSUE_COUPON,
    }
)
_MANAGER = (
    _CASHIER
    | APPROVABLE
    | {
        Permission.VOID_COUPON,
        Permission.RUN_CAMPAIGN,
        Permission.EDIT_RULES,
        Permission.OUTBOX,
        Permission.VERIFY,
        Permission.ANY_SHIFT,
        Permission.IMPORT,
        Permission.MERGE,
        Permission.SETTLE_SYNC,
    }
)
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CASHIER: _CASHIER,
    Role.MANAGER: frozenset(_MANAGER),
    Role.OWNER: frozenset(Permission),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


@dataclass(frozen=True, slots=True)
class Approval:
    """A manager who typed their PIN for someone else's request."""

    staff_id: int
    name: str
    role: Role


@dataclass(frozen=True, slots=True)
class Actor:
    """Who did it, at which counter and branch; recorded on every ledger entry.

    ``staff_id`` is the signed-in account; None only on a club that has no staff accounts yet
    (as every club had before accounts existed: the name is then whatever was typed, with the
    owner's rights) and for the program's own jobs (expiry, daily campaign runs).
    """

    staff: str
    counter: str
    role: Role = Role.OWNER
    staff_id: int | None = None
    approval: Approval | None = field(default=None)
    # The counter's branch (None: a counter of a club with one place, or the program's own
    # jobs); settings check it (domain/shop.check_branch), "" is taken for none here too.
    branch: str | None = None
    # Signed in against this counter's memory, the server not answering (services/staff).
    # Not part of who did it: the queued actions carry the same actor as online ones.
    offline: bool = field(default=False, compare=False)

    def __post_init__(self) -> None:
        # All are printed on every statement line: no directional controls reorder them.
        object.__setattr__(self, "staff", strip_bidi_controls(self.staff))
        object.__setattr__(self, "counter", strip_bidi_controls(self.counter))
        if self.branch is not None:
            object.__setattr__(self, "branch", strip_bidi_controls(self.branch).strip() or None)

    @property
    def approver(self) -> str | None:
        return self.approval.name if self.approval else None

    @property
    def approver_id(self) -> int | None:
        return self.approval.staff_id if self.approval else None

    def approved_by(self, approval: Approval | None) -> Actor:
        return replace(self, approval=approval)

    def may(self, permission: Permission) -> bool:
        """Allowed by the role alone, or by the manager who approved this request."""
        if allows(self.role, permission):
            return True
        return (
            permission in APPROVABLE
            and self.approval is not None
            and self.approval.staff_id != self.staff_id
            and allows(self.approval.role, permission)
        )


def authorize(actor: Actor, permission: Permission) -> None:
    """Raise NotPermitted unless ``actor`` may do it; says when a manager's PIN would do."""
    if actor.may(permission):
        return
    if permission in APPROVABLE:
        raise NotPermitted("staff.needs_approval", action=permission.value)
    raise NotPermitted("staff.not_allowed", action=permission.value, role=actor.role.value)


@dataclass(frozen=True, slots=True)
class StaffMember:
    """An account as the services show it: never its PIN or hash."""

    id: int
    name: str
    role: Role
    active: bool
    created_at: dt.datetime
    failed_attempts: int = 0
    locked_until: dt.datetime | None = None
    lockouts: int = 0
    last_sign_in_at: dt.datetime | None = None

    def locked_at(self, now: dt.datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


def check_staff_name(name: str) -> str:
    name = " ".join(strip_bidi_controls(name).split())
    if not name:
        raise InvalidInput("staff.name_empty")
    if len(name) > MAX_STAFF_NAME or not name.isprintable():
        raise InvalidInput("staff.name_malformed", limit=MAX_STAFF_NAME)
    return name


def name_key(name: str) -> str:
    """Names are matched without regard to case or spacing: 'reza ' finds 'Reza'."""
    return " ".join(strip_bidi_controls(name).split()).casefold()


def check_pin(pin: str) -> str:
    """4–8 digits (Persian and Arabic-Indic digits read as digits); the PIN never appears in
    the error, so it cannot reach a log or the screen."""
    pin = fold_digits(pin.strip())
    if pin and (not pin.isascii() or not pin.isdigit()):
        raise InvalidInput("staff.pin_not_digits", low=PIN_MIN_DIGITS, high=PIN_MAX_DIGITS)
    if not PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS:
        raise InvalidInput("staff.pin_length", low=PIN_MIN_DIGITS, high=PIN_MAX_DIGITS)
    return pin


def lock_length(lockouts_before: int) -> dt.timedelta:
    """How long the next lock lasts: a minute, doubling with each lock already served."""
    if lockouts_before >= 20:  # 2**20 minutes is two years: the cap is reached long before
        return LONGEST_LOCK
    return min(FIRST_LOCK * (1 << lockouts_before), LONGEST_LOCK)


@dataclass(frozen=True, slots=True)
class ApprovalLimits:
    """Above these a cashier's credit or redemption needs a manager's PIN (None: never)."""

    credit_rials: int | None = None
    redeem_points: int | None = None

    def needs_credit_approval(self, amount_rials: int) -> bool:
        return self.credit_rials is not None and amount_rials > self.credit_rials

    def needs_redeem_approval(self, points: int) -> bool:
        return self.redeem_points is not None and points > self.redeem_points


MAX_LIMIT_RIALS = 10**15
MAX_LIMIT_POINTS = 10_000_000


@dataclass(frozen=True, slots=True)
class CounterPolicy:
    """The owner's settings for every counter: approval limits, the idle lock, and the
    points a member may spend per shop day at a counter cut off from the club's server (0:
    no rewards while offline — what is given offline may be more than they have)."""

    limits: ApprovalLimits = ApprovalLimits()
    idle_minutes: int | None = DEFAULT_IDLE_MINUTES
    offline_points: int = 0

    def checked(self) -> CounterPolicy:
        credit, points = self.limits.credit_rials, self.limits.redeem_points
        if credit is not None and not 0 <= credit <= MAX_LIMIT_RIALS:
            raise InvalidInput("staff.bad_credit_limit")
        if points is not None and not 0 <= points <= MAX_LIMIT_POINTS:
            raise InvalidInput("staff.bad_redeem_limit", limit=MAX_LIMIT_POINTS)
        if self.idle_minutes is not None and not 1 <= self.idle_minutes <= MAX_IDLE_MINUTES:
            raise InvalidInput("staff.bad_idle_minutes", limit=MAX_IDLE_MINUTES)
        if not 0 <= self.offline_points <= MAX_LIMIT_POINTS:
            raise InvalidInput("staff.bad_offline_limit", limit=MAX_LIMIT_POINTS)
        return self
