"""A member's notes (issue 15): registered, edited on the audit trail, imported from a
file's notes column; on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from loyaltydesk.bootstrap import Services
from loyaltydesk.devices.member_files import open_member_file
from loyaltydesk.domain.audit import AuditFilter, AuditKind
from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.imports import Field, guess_mapping
from tests.integration.helpers import register


def _changes(services: Services) -> list[tuple[object, object]]:
    lines = services.audit.trail(
        AuditFilter(kinds=(AuditKind.MEMBER_CHANGED.value,)), services.actor
    )
    return [(line.before, line.after) for line in lines]


def test_notes_are_kept_from_registration_and_shown_with_the_member(services: Services) -> None:
    sara = register(services, notes="  به بادام زمینی حساسیت دارد\r\nچای بدون قند ")
    assert sara.notes == "به بادام زمینی حساسیت دارد\nچای بدون قند"
    assert services.membership.resolve("09121234567").notes == sara.notes
    assert services.membership.panel(sara.id).member.notes == sara.notes
    ali = register(services, name="Ali", phone="09350000009", notes="   ")
    assert ali.notes is None


def test_notes_are_changed_and_cleared_on_the_audit_trail(services: Services) -> None:
    sara = register(services, email="sara@example.com")
    edited = services.membership.update_details(
        sara.id,
        name=sara.name,
        phone=sara.phone,
        birthday=None,
        notes=" allergic to nuts ",
        actor=services.actor,
    )
    assert edited.notes == "allergic to nuts"
    assert services.membership.get(sara.id).notes == "allergic to nuts"
    assert _changes(services) == [({"notes": None}, {"notes": "allergic to nuts"})]
    # None keeps the notes (an e-mail change alone), as it keeps the address.
    kept = services.membership.update_details(
        sara.id,
        name=sara.name,
        phone=sara.phone,
        birthday=None,
        email="sara@example.org",
        actor=services.actor,
    )
    assert (kept.notes, kept.email) == ("allergic to nuts", "sara@example.org")
    cleared = services.membership.update_details(
        sara.id, name=sara.name, phone=sara.phone, birthday=None, notes="", actor=services.actor
    )
    assert cleared.notes is None
    assert services.membership.get(sara.id).notes is None
    changes = _changes(services)
    assert ({"notes": "allergic to nuts"}, {"notes": None}) in changes
    assert len(changes) == 3


def test_bad_notes_are_refused_and_change_nothing(services: Services) -> None:
    sara = register(services, notes="decaf only")
    for notes, key in (("x" * 1001, "notes.too_long"), ("nuts\x00", "notes.control_characters")):
        with pytest.raises(InvalidInput) as caught:
            services.membership.update_details(
                sara.id,
                name="Someone Else",
                phone=sara.phone,
                birthday=None,
                notes=notes,
                actor=services.actor,
            )
        assert caught.value.code == key
    after = services.membership.get(sara.id)
    assert (after.name, after.notes) == (sara.name, "decaf only")
    assert _changes(services) == []
    with pytest.raises(InvalidInput):
        register(services, name="Ali", phone="09350000009", notes="y" * 1001)
    assert services.membership.find("Ali") == []


def test_an_import_brings_the_notes_column(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "club.csv"
    long_note = "x" * 1001
    path.write_text(
        "نام,موبایل,توضیحات\n"
        'سارا محمدی,09121234567,"به بادام حساسیت دارد\nمیز کنار پنجره"\n'
        "Ali Karimi,09121234568,\n"
        f"Reza,09121234569,{long_note}\n",
        encoding="utf-8",
    )
    source = open_member_file(path)
    mapping = guess_mapping(source.headers)
    assert mapping[Field.NOTES] == 2
    result = services.imports.run(source, mapping, services.actor)
    assert result.imported == 2
    assert [(r.line, r.key) for r in result.refused] == [(4, "notes.too_long")]
    assert services.membership.resolve("09121234567").notes == (
        "به بادام حساسیت دارد\nمیز کنار پنجره"
    )
    assert services.membership.resolve("09121234568").notes is None
