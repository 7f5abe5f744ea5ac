"""Backups sealed with the owner's passphrase: AES-256-GCM in chunks, key from scrypt.

Vetted primitives from ``cryptography`` (an AEAD and a memory-hard KDF), not home-made ones.
A club can be hundreds of megabytes, so the file is sealed in 1 MiB chunks (the STREAM
construction): each chunk has its own nonce (a random prefix, the chunk's index and a
"last chunk" flag), and the index and flag are also in its associated data together with
the whole header. A chunk moved, dropped, repeated or cut off, or a changed header, fails
authentication, and a file that ends before a chunk flagged last is refused as truncated.

Layout: MAGIC (8) | version (1) | log2 N, r, p (3) | chunk size (4, big-endian) | salt (16) |
nonce prefix (7) | passphrase check (16) | chunks, each ciphertext + 16-byte tag.

The passphrase check is derived from the passphrase by the same scrypt call as the key (not
the key itself), so a wrong passphrase is told apart from a damaged file before any chunk
is opened; it says no more about the passphrase than the sealed chunks themselves do.
"""

from __future__ import annotations

import hmac
import os
import struct
from pathlib import Path

from loyaltydesk.domain.errors import InvalidInput
from loyaltydesk.private_files import private_file

MAGIC = b"LDSEALED"
VERSION = 1
CHUNK = 1 << 20
TAG = 16
_HEADER = struct.Struct(">8sBBBBI16s7s16s")
# scrypt at N=2^15, r=8: 32 MiB and about a tenth of a second, once per file.
LOG_N, R, P = 15, 8, 1


def is_sealed(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _derive(passphrase: str, salt: bytes, log_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    if not passphrase:
        raise InvalidInput("backup.no_passphrase")
    material = Scrypt(salt=salt, length=48, n=1 << log_n, r=r, p=p).derive(
        passphrase.encode("utf-8")
    )
    return material[:32], material[32:]


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


def seal(source: Path, target: Path, passphrase: str, *, chunk: int = CHUNK) -> None:
    """Write ``source`` sealed with ``passphrase`` to ``target`` (a new private file)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, prefix = os.urandom(16), os.urandom(7)
    key, check = _derive(passphrase, salt, LOG_N, R, P)
    header = _HEADER.pack(MAGIC, VERSION, LOG_N, R, P, chunk, salt, prefix, check[:16])
    aead = AESGCM(key)
    private_file(target)
    with source.open("rb") as plain, target.open("wb") as sealed:
        sealed.write(header)
        index = 0
        current = plain.read(chunk)
        while True:
            following = plain.read(chunk) if len(current) == chunk else b""
            last = not following
            aad = header + struct.pack(">IB", index, 1 if last else 0)
            sealed.write(aead.encrypt(_nonce(prefix, index, last), current, aad))
            if last:
                break
            index += 1
            current = following
        sealed.flush()
        os.fsync(sealed.fileno())


def unseal(source: Path, target: Path, passphrase: str) -> None:
    """Write the plain file sealed in ``source`` to ``target`` (a new private file).

    A wrong passphrase, a damaged or truncated file: InvalidInput, and ``target`` removed."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    with source.open("rb") as sealed:
        header = sealed.read(_HEADER.size)
        if len(header) != _HEADER.size or not header.startswith(MAGIC):
            raise InvalidInput("backup.not_sealed", path=str(source))
        _, version, log_n, r, p, chunk, salt, prefix, check = _HEADER.unpack(header)
        if version != VERSION or not (10 <= log_n <= 22 and 1 <= r <= 32 and 1 <= p <= 16):
            raise InvalidInput("backup.damaged", path=str(source))
        if not 1 <= chunk <= 64 * CHUNK:
            raise InvalidInput("backup.damaged", path=str(source))
        key, expected = _derive(passphrase, salt, log_n, r, p)
        if not hmac.compare_digest(expected[:16], check):
            raise InvalidInput("backup.wrong_passphrase", path=str(source))
        aead = AESGCM(key)
        private_file(target)
        try:
            with target.open("wb") as plain:
                index = 0
                while True:
                    block = sealed.read(chunk + TAG)
                    if len(block) < TAG:
                        raise InvalidInput("backup.damaged", path=str(source))
                    # The last chunk is the one the file ends with; sealing flagged it so.
                    last = len(block) < chunk + TAG or not sealed.peek(1)
                    aad = header + struct.pack(">IB", index, 1 if last else 0)
                    try:
                        plain.write(aead.decrypt(_nonce(prefix, index, last), block, aad))
                    except InvalidTag as error:
                        raise InvalidInput("backup.damaged", path=str(source)) from error
                    if last:
                        break
                    index += 1
        except BaseException:
            target.unlink(missing_ok=True)
            raise
