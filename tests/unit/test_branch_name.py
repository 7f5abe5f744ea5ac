"""The counter's branch name (issue 16): what domain/shop.check_branch keeps, refuses and
cleans, and a settings file edited by hand into a name no line may carry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.domain.shop import MAX_BRANCH_NAME, check_branch
from loyaltydesk.settings import load_settings


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("", ""),
        ("   ", ""),  # none
        ("  Vanak  north ", "Vanak north"),
        ("Vanak\tnorth\n", "Vanak north"),  # pasted from a sheet
        ("\u202bونک\u202c", "ونک"),  # directional controls could reorder a statement line
        ("شعبه\u200cی تجریش", "شعبه\u200cی تجریش"),  # the ZWNJ belongs to Persian words
        ("شعبه ونك", "شعبه ونک"),  # an Arabic keyboard's kaf: one branch, not two
        ("x" * MAX_BRANCH_NAME, "x" * MAX_BRANCH_NAME),
    ],
)
def test_a_branch_is_kept_clean(typed: str, kept: str) -> None:
    assert check_branch(typed) == kept


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Va\x07nak", "branch.malformed"),
        ("Vanak\x00", "branch.malformed"),
        ("x" * (MAX_BRANCH_NAME + 1), "branch.too_long"),
    ],
)
def test_a_branch_no_line_may_carry_is_refused(typed: str, code: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        check_branch(typed)
    assert refused.value.code == code


@pytest.mark.parametrize(
    ("stored", "loaded"),
    [("  Vanak ", "Vanak"), ("Va\x07nak", ""), ("x" * 500, ""), (42, "")],
)
def test_a_hand_edited_branch_is_cleaned_or_dropped(
    tmp_path: Path, stored: object, loaded: str
) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"branch": stored}), encoding="utf-8")
    settings = load_settings(tmp_path)
    assert settings.branch == loaded
    assert settings.branch_name == (loaded or None)
