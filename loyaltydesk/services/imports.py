"""Members imported from another system's list: preview, then import in batches.

Each batch is one transaction, whole or nothing, so a cancelled or failed import leaves the
batches done so far complete and the rest of the file untouched. The operation id of a row
is made from the file's content hash and the row's number: importing the same file again
finds every row done and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from loyaltydesk.domain.audit import AuditKind
from loyaltydesk.domain.cards import CARD_NUMBER_LENGTH, damm_digit
from loyaltydesk.domain.dates import shop_midnight
from loyaltydesk.domain.errors import InvalidInput, StorageError
from loyaltydesk.domain.imports import (
    MAX_IMPORT_ROWS,
    PREVIEW_ROWS,
    Duplicates,
    Field,
    ImportRow,
    Refusal,
    cell_text,
    check_mapping,
    normalise,
)
from loyaltydesk.domain.staff import Actor, Permission
from loyaltydesk.i18n.text import name_tokens
from loyaltydesk.services.common import UTC_ZONE, run_write
from loyaltydesk.services.ports import (
    Clock,
    ImportedMember,
    MemberSource,
    NewMember,
    UnitOfWork,
    UnitOfWorkFactory,
)
from loyaltydesk.services.staff import permit, record, require

# Rows per transaction: each commit waits for the disk, so not too few; a cancel waits for
# the batch under way, so not too many.
DEFAULT_BATCH = 1000
_MAX_CARD_TRIES = 20

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class PreviewLine:
    """A row of the preview: as it will be imported, or refused with the reason, or found
    already imported by an earlier run of the same file."""

    line: int
    row: ImportRow | None
    refusal: Refusal | None
    already: bool = False


@dataclass(frozen=True, slots=True)
class ImportPreview:
    lines: tuple[PreviewLine, ...]


@dataclass(frozen=True, slots=True)
class ImportResult:
    rows: int  # data rows in the file (empty lines not counted)
    imported: int
    already: int  # imported by an earlier run of the same file
    refused: tuple[Refusal, ...]
    cancelled: bool = False
    dry_run: bool = False
    # Rows not looked at because the import was cancelled.
    untouched: int = 0


@dataclass(slots=True)
class _Tally:
    imported: int = 0
    already: int = 0
    done: int = 0
    refused: list[Refusal] = field(default_factory=list)


class ImportService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        clock: Clock,
        make_card_number: Callable[[], str] | None = None,
        zone: ZoneInfo = UTC_ZONE,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._zone = zone
        self._make_card_number = make_card_number or quick_card_number

    @staticmethod
    def op_id(digest: str, line: int) -> str:
        """The operation id of a file's row: the same file, the same ids."""
        return f"import:{digest[:24]}:{line}"

    def preview(
        self,
        source: MemberSource,
        mapping: Mapping[Field, int],
        actor: Actor,
        limit: int = PREVIEW_ROWS,
    ) -> ImportPreview:
        """The first ``limit`` rows as they will be imported, refused ones with the reason."""
        check_mapping(mapping, len(source.headers))
        today = self._clock().astimezone(self._zone).date()
        duplicates = Duplicates()
        first: list[tuple[int, ImportRow | Refusal]] = []
        for line, cells in source.rows():
            if len(first) >= limit:
                break
            result = normalise(line, cells, mapping, today)
            if isinstance(result, ImportRow):
                result = duplicates.check(result, _shown(cells)) or result
            first.append((line, result))
        rows = [r for _, r in first if isinstance(r, ImportRow)]
        with self._uow(write=False) as uow:
            permit(uow, actor, Permission.IMPORT)
            done = uow.imports.done_operations([self.op_id(source.digest, r.line) for r in rows])
            checked = _Checks.of(uow, rows)
        lines: list[PreviewLine] = []
        for line, result in first:
            if isinstance(result, Refusal):
                lines.append(PreviewLine(line, None, result))
            elif self.op_id(source.digest, line) in done:
                lines.append(PreviewLine(line, result, None, already=True))
            else:
                refusal = checked.refusal(result, ())
                lines.append(PreviewLine(line, None if refusal else result, refusal))
        return ImportPreview(tuple(lines))

    def count(self, source: MemberSource) -> int:
        """The data rows of ``source``, read through once before anything is written: a file
        over the limit, in a wrong encoding or broken is refused here, whole."""
        rows = 0
        for _ in source.rows():
            rows += 1
            if rows > MAX_IMPORT_ROWS:
                raise InvalidInput("import.too_many_rows", limit=MAX_IMPORT_ROWS)
        return rows

    def run(
        self,
        source: MemberSource,
        mapping: Mapping[Field, int],
        actor: Actor,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        dry_run: bool = False,
        batch_size: int = DEFAULT_BATCH,
    ) -> ImportResult:
        """Import every row of ``source``; ``progress(done, total)`` after each batch, and
        ``cancelled()`` asked before each: once it says yes, no further batch is written."""
        require(self._uow, actor, Permission.IMPORT)
        check_mapping(mapping, len(source.headers))
        total = self.count(source)
        if progress is not None:
            progress(0, total)
        now = self._clock()
        today = now.astimezone(self._zone).date()
        duplicates = Duplicates()
        tally = _Tally()
        batch: list[tuple[ImportRow, tuple[str, ...]]] = []
        # Rows refused on reading since the last batch: they count as gone through only
        # with the batch they fall in, so a cancelled import reports just the rows it did.
        pending: list[Refusal] = []
        stopped = False

        def flush() -> bool:
            if cancelled is not None and cancelled():
                return False
            if batch:
                self._batch(source, batch, actor, now, tally, write=not dry_run)
            tally.done += len(batch) + len(pending)
            tally.refused.extend(pending)
            batch.clear()
            pending.clear()
            if progress is not None:
                progress(tally.done, total)
            return True

        for line, cells in source.rows():
            shown = _shown(cells)
            result = normalise(line, cells, mapping, today, shown)
            if isinstance(result, ImportRow):
                result = duplicates.check(result, shown) or result
            if isinstance(result, Refusal):
                pending.append(result)
            else:
                batch.append((result, shown))
            if len(batch) + len(pending) >= batch_size and not flush():
                stopped = True
                break
        if not stopped and (batch or pending) and not flush():
            stopped = True
        outcome = ImportResult(
            rows=total,
            imported=tally.imported,
            already=tally.already,
            refused=tuple(sorted(tally.refused, key=lambda r: r.line)),
            cancelled=stopped,
            dry_run=dry_run,
            untouched=total - tally.done,
        )
        if not dry_run:
            self._audit(source, outcome, actor)
        return outcome

    def _batch(
        self,
        source: MemberSource,
        batch: Sequence[tuple[ImportRow, tuple[str, ...]]],
        actor: Actor,
        now: dt.datetime,
        tally: _Tally,
        *,
        write: bool,
    ) -> None:
        def work(uow: UnitOfWork) -> tuple[int, int, list[Refusal]]:
            current = permit(uow, actor, Permission.IMPORT)
            ids = {row.line: self.op_id(source.digest, row.line) for row, _ in batch}
            done = uow.imports.done_operations(list(ids.values()))
            todo = [(row, shown) for row, shown in batch if ids[row.line] not in done]
            checks = _Checks.of(uow, [row for row, _ in todo])
            refused: list[Refusal] = []
            accepted: list[ImportRow] = []
            for row, shown in todo:
                refusal = checks.refusal(row, shown)
                if refusal is None:
                    accepted.append(row)
                else:
                    refused.append(refusal)
            numbers = self._card_numbers(uow, len(accepted), {r.card for r in accepted})
            new = [
                self._imported(ids[row.line], row, number, now)
                for row, number in zip(accepted, numbers, strict=True)
            ]
            if write:
                uow.imports.add_members(new, current, now)
                uow.commit()
            return len(new), len(done), refused

        if write:
            imported, already, refused = run_write(self._uow, work)
        else:
            with self._uow(write=False) as uow:
                imported, already, refused = work(uow)
        tally.imported += imported
        tally.already += already
        tally.refused.extend(refused)

    def _imported(
        self, op_id: str, row: ImportRow, number: str, now: dt.datetime
    ) -> ImportedMember:
        joined = shop_midnight(row.joined, self._zone) if row.joined is not None else now
        return ImportedMember(
            op_id=op_id,
            member=NewMember(
                name=row.name,
                name_tokens=name_tokens(row.name),
                phone=row.phone,
                birthday=row.birthday,
                national_code=row.national_code,
                referrer_id=None,
                joined_at=min(joined, now),
                email=row.email,
                notes=row.notes,
            ),
            card_number=number,
            alternate_code=row.card,
            opening=row.opening,
        )

    def _card_numbers(self, uow: UnitOfWork, count: int, avoid: set[str | None]) -> list[str]:
        """``count`` new card numbers of ours, none taken and none twice."""
        numbers: list[str] = []
        chosen: set[str] = set()
        for _ in range(_MAX_CARD_TRIES):
            wanted = count - len(numbers)
            if wanted == 0:
                return numbers
            fresh = [self._make_card_number() for _ in range(wanted)]
            taken = uow.imports.card_numbers_taken(fresh)
            for number in fresh:
                if number not in taken and number not in chosen and number not in avoid:
                    chosen.add(number)
                    numbers.append(number)
        if len(numbers) == count:
            return numbers
        raise StorageError("card.numbers_exhausted")

    def _audit(self, source: MemberSource, result: ImportResult, actor: Actor) -> None:
        now = self._clock()

        def work(uow: UnitOfWork) -> None:
            current = permit(uow, actor, Permission.IMPORT)
            record(
                uow,
                current,
                now,
                AuditKind.IMPORT,
                source.name,
                after={
                    "rows": result.rows,
                    "imported": result.imported,
                    "already": result.already,
                    "refused": len(result.refused),
                    "cancelled": result.cancelled,
                    "file": source.digest[:24],
                },
            )
            uow.commit()

        run_write(self._uow, work)


def quick_card_number() -> str:
    """A random card number as new_card_number makes them, from one draw instead of eleven
    (a hundred thousand members wait on it)."""
    span = CARD_BODY_TOP - CARD_BODY_BOTTOM
    body = str(CARD_BODY_BOTTOM + secrets.randbelow(span))
    return body + str(damm_digit(body))


# Eleven digits starting 1-8 (see domain/cards: never 0 or 9, so never read as a mobile).
CARD_BODY_BOTTOM = 10 ** (CARD_NUMBER_LENGTH - 2)
CARD_BODY_TOP = 9 * 10 ** (CARD_NUMBER_LENGTH - 2)


def _shown(cells: Sequence[object]) -> tuple[str, ...]:
    return tuple(cell_text(c) for c in cells)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class _Checks:
    """What the club already holds of a batch's phones, national codes and codes."""

    phones: dict[str, str]
    codes: dict[str, str]
    cards: set[str]

    @classmethod
    def of(cls, uow: UnitOfWork, rows: Sequence[ImportRow]) -> _Checks:
        return cls(
            uow.imports.phones_taken([r.phone for r in rows]),
            uow.imports.national_codes_taken([r.national_code for r in rows if r.national_code]),
            uow.imports.card_numbers_taken([r.card for r in rows if r.card]),
        )

    def refusal(self, row: ImportRow, shown: tuple[str, ...]) -> Refusal | None:
        if row.phone in self.phones:
            return Refusal(
                row.line,
                "import.phone_in_club",
                {"phone": "0" + row.phone[3:], "member": self.phones[row.phone]},
                shown,
            )
        if row.national_code is not None and row.national_code in self.codes:
            return Refusal(
                row.line,
                "import.national_code_in_club",
                {"member": self.codes[row.national_code]},
                shown,
            )
        if row.card is not None and row.card in self.cards:
            return Refusal(row.line, "import.card_taken", {"card": row.card}, shown)
        return None
