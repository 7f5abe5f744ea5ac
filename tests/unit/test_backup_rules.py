"""The backups' pure rules: names, retention, when one is due."""

from __future__ import annotations

import datetime as dt
from pathlib import PurePath
from zoneinfo import ZoneInfo

import pytest

from loyaltydesk.domain.backups import (
    BackupFile,
    BackupPlan,
    BackupStatus,
    backup_due,
    backup_name,
    days_without_backup,
    parse_backup_name,
    to_keep,
)
from loyaltydesk.domain.errors import InvalidInput

TEHRAN = ZoneInfo("Asia/Tehran")
UTC_ZONE = ZoneInfo("UTC")
UTC = dt.UTC


def at(day: str, hour: int = 9) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


def copy(when: dt.datetime, encrypted: bool = False) -> BackupFile:
    return BackupFile(backup_name(when, encrypted), when, 100, encrypted)


def test_names_round_trip_and_other_files_are_not_ours() -> None:
    when = dt.datetime(2026, 12, 2, 14, 5, 9, tzinfo=UTC)
    assert backup_name(when, False) == "loyaltydesk-20261202-140509.sqlite3"
    assert backup_name(when, True, serial=2) == "loyaltydesk-20261202-140509-2.sqlite3.enc"
    assert parse_backup_name("loyaltydesk-20261202-140509.sqlite3.enc") == (when, True)
    assert parse_backup_name("loyaltydesk-20261202-140509-2.sqlite3") == (when, False)
    for other in (
        "loyaltydesk-before-restore-20261202-140509.sqlite3",
        "loyaltydesk-20261202-140509.sqlite3.partial",
        "my-copy.sqlite3",
        "loyaltydesk-20261399-140509.sqlite3",
    ):
        assert parse_backup_name(other) is None


def test_retention_keeps_the_newest_per_day_and_per_month() -> None:
    files = [copy(at("2026-01-01") + dt.timedelta(days=d)) for d in range(0, 400, 1)]
    files.append(copy(at("2027-02-04", 15)))  # a second copy on the last day
    keep = to_keep(files, BackupPlan(PurePath("/b"), keep_daily=7, keep_monthly=12), UTC_ZONE)
    kept = sorted(f.taken_at for f in files if f.name in keep)
    days = {t.date() for t in kept}
    # The last 7 days, the last of each of the last 12 months (this month's is today's).
    assert {d for d in days if d >= dt.date(2027, 1, 29)} == {
        dt.date(2027, 1, 29) + dt.timedelta(days=i) for i in range(7)
    }
    assert at("2027-02-04", 9) not in kept and at("2027-02-04", 15) in kept
    month_ends = {t.date() for t in kept if t.date() < dt.date(2027, 1, 29)}
    assert month_ends == {
        dt.date(2026, 3, 31), dt.date(2026, 4, 30), dt.date(2026, 5, 31), dt.date(2026, 6, 30),
        dt.date(2026, 7, 31), dt.date(2026, 8, 31), dt.date(2026, 9, 30), dt.date(2026, 10, 31),
        dt.date(2026, 11, 30), dt.date(2026, 12, 31),
    }  # fmt: skip
    assert len(keep) == 7 + 10  # February and January's newest are among the daily ones


def test_retention_counts_the_shops_days_and_always_keeps_the_newest() -> None:
    # 22:00 UTC is 01:30 the next day in Tehran: two copies on one Tehran day.
    late, early = at("2026-12-01", 22), at("2026-12-02", 5)
    keep = to_keep([copy(late), copy(early)], BackupPlan(PurePath("/b"), 1, 0), TEHRAN)
    assert keep == {copy(early).name}
    assert to_keep([copy(late)], BackupPlan(PurePath("/b"), 0, 1), UTC_ZONE) == {copy(late).name}
    assert to_keep([], BackupPlan(PurePath("/b")), UTC_ZONE) == set()


def test_a_second_copy_in_the_same_second_is_the_newer_one() -> None:
    # "…-140509-2.sqlite3" sorts before "…-140509.sqlite3" as text, but was taken after it.
    when = at("2026-12-02", 14)
    first = BackupFile(backup_name(when, False), when, 100, False)
    second = BackupFile(backup_name(when, False, serial=2), when, 100, False)
    third = BackupFile(backup_name(when, False, serial=10), when, 100, False)
    plan = BackupPlan(PurePath("/b"), keep_daily=1, keep_monthly=0)
    assert to_keep([first, second], plan, UTC_ZONE) == {second.name}
    assert to_keep([third, second, first], plan, UTC_ZONE) == {third.name}


def test_a_plan_that_keeps_nothing_or_nonsense_is_refused() -> None:
    with pytest.raises(InvalidInput) as nothing:
        BackupPlan(PurePath("/b"), 0, 0).checked()
    assert nothing.value.code == "backup.keep_nothing"
    with pytest.raises(InvalidInput):
        BackupPlan(PurePath("/b"), -1, 3).checked()


def test_a_backup_is_due_once_a_shop_day_and_retried_an_hour_after_a_failure() -> None:
    now = at("2026-12-02", 10)
    assert backup_due(None, None, now, TEHRAN)
    assert not backup_due(now - dt.timedelta(hours=2), None, now, TEHRAN)
    # Yesterday's copy: due today.
    assert backup_due(now - dt.timedelta(days=1), None, now, TEHRAN)
    # 21:00 UTC on the 1st is already the 2nd in Tehran (00:30): nothing due.
    assert not backup_due(at("2026-12-01", 21), None, now, TEHRAN)
    assert backup_due(at("2026-12-01", 21), None, now, UTC_ZONE)
    # A failure ten minutes ago: wait; seventy minutes ago: try again.
    assert not backup_due(None, now - dt.timedelta(minutes=10), now, TEHRAN)
    assert backup_due(None, now - dt.timedelta(minutes=70), now, TEHRAN)


def test_days_without_a_backup() -> None:
    now = at("2026-12-05", 10)
    assert days_without_backup(None, now, UTC_ZONE) == -1
    assert days_without_backup(at("2026-12-05", 1), now, UTC_ZONE) == 0
    assert days_without_backup(at("2026-12-02", 23), now, UTC_ZONE) == 3


def test_status_fails_until_the_next_good_copy() -> None:
    start = at("2026-12-01")
    good = BackupStatus().succeeded(start, "/b/one")
    assert not good.failing
    failed = good.failed(start + dt.timedelta(days=1), "backup.disk_full", {"path": "/b"})
    assert failed.failing and failed.last_good_file == "/b/one"
    assert dict(failed.failure_params) == {"path": "/b"}
    assert not failed.succeeded(start + dt.timedelta(days=2), "/b/two").failing
    assert BackupStatus().failed(start, "backup.read_only", {}).failing
