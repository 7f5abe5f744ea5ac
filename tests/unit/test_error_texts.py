"""Every refusal the code can raise has a sentence a person can read, in both languages."""

from __future__ import annotations

import re
from pathlib import Path

from loyaltydesk.ui.error_text import known_codes

PACKAGE = Path(__file__).resolve().parents[2] / "loyaltydesk"
RAISED = re.compile(
    r"(?:InvalidInput|Refused|NotFound|StorageError|DeviceError|NotPermitted|DomainError)"
    r'\(\s*"([a-z_]+\.[a-z_]+)"'
)


def test_every_raised_code_has_a_sentence() -> None:
    raised = {m.group(1) for p in PACKAGE.rglob("*.py") for m in RAISED.finditer(p.read_text())}
    assert len(raised) > 50  # the pattern still finds the raises
    assert sorted(raised - known_codes()) == []
