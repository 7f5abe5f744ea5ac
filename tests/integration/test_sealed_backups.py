"""Backups sealed with a passphrase: what goes in comes out, and nothing else does."""

from __future__ import annotations

import os
import stat
import struct
from pathlib import Path

import pytest

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.persistence.sealed_files import TAG, is_sealed, seal, unseal


@pytest.mark.parametrize("size", [0, 1, 4096, 4096 * 3, 4096 * 3 + 5])
def test_a_sealed_file_opens_with_its_passphrase(tmp_path: Path, size: int) -> None:
    plain = tmp_path / "plain"
    plain.write_bytes(os.urandom(size))
    sealed, back = tmp_path / "sealed", tmp_path / "back"
    seal(plain, sealed, "correct horse", chunk=4096)
    assert is_sealed(sealed) and not is_sealed(plain)
    # A short plaintext's bytes turn up in any random ciphertext by chance (1 byte: ~1 in 4).
    assert size < 16 or plain.read_bytes()[:64] not in sealed.read_bytes()
    unseal(sealed, back, "correct horse")
    assert back.read_bytes() == plain.read_bytes()
    if os.name != "nt":
        assert stat.S_IMODE(sealed.stat().st_mode) == 0o600
        assert stat.S_IMODE(back.stat().st_mode) == 0o600


def _sealed(tmp_path: Path) -> tuple[Path, bytes]:
    plain = tmp_path / "plain"
    plain.write_bytes(os.urandom(4096 * 3 + 100))
    sealed = tmp_path / "sealed"
    seal(plain, sealed, "correct horse", chunk=4096)
    return sealed, sealed.read_bytes()


def _refused(sealed: Path, tmp_path: Path, passphrase: str = "correct horse") -> str:
    back = tmp_path / "back"
    with pytest.raises(InvalidInput) as refused:
        unseal(sealed, back, passphrase)
    assert not back.exists()  # nothing half-written is left to be mistaken for a backup
    return refused.value.code


def test_a_wrong_passphrase_is_said_as_such(tmp_path: Path) -> None:
    sealed, _ = _sealed(tmp_path)
    assert _refused(sealed, tmp_path, "wrong horse") == "backup.wrong_passphrase"


def test_a_changed_truncated_or_reordered_file_is_refused(tmp_path: Path) -> None:
    sealed, data = _sealed(tmp_path)
    header = 8 + 1 + 3 + 4 + 16 + 7 + 16
    block = 4096 + TAG
    chunks = [data[header + i : header + i + block] for i in range(0, len(data) - header, block)]
    assert len(chunks) == 4
    flipped = bytearray(data)
    flipped[header + 10] ^= 1
    cases = {
        "a flipped bit": bytes(flipped),
        "the last chunk cut off": data[: header + 3 * block],
        "a chunk cut short": data[:-1],
        "two chunks swapped": data[:header] + chunks[1] + chunks[0] + chunks[2] + chunks[3],
        "a chunk dropped": data[:header] + chunks[0] + chunks[2] + chunks[3],
        "a chunk repeated": data[:header] + chunks[0] + chunks[0] + chunks[1] + chunks[2]
        + chunks[3],
    }  # fmt: skip
    for what, changed in cases.items():
        sealed.write_bytes(changed)
        assert _refused(sealed, tmp_path) == "backup.damaged", what
    # A header changed to a smaller chunk size: the passphrase check still passes, the
    # chunks do not.
    header_changed = bytearray(data)
    struct.pack_into(">I", header_changed, 12, 2048)
    sealed.write_bytes(bytes(header_changed))
    assert _refused(sealed, tmp_path) == "backup.damaged"


def test_a_file_that_is_not_sealed_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.write_bytes(b"SQLite format 3\x00" + bytes(200))
    assert _refused(other, tmp_path) == "backup.not_sealed"
