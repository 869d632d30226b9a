"""Encrypted backups: the copies that leave the PC's own disk (a USB stick, ``--to DIR``).

A lost stick must not be a list of names and phones. The file is AES-256-GCM in chunks of
1 MiB, streamed, so a 200 MB ledger never sits in memory. Layout::

    header  "keeper encrypted backup\\n" | version (1 byte) | salt (16) | code id (8) | chunk size (4)
    chunks  final flag (1) | length (4) | ciphertext with its 16-byte tag

Each chunk's nonce is its number and its associated data is the whole header, its number
and its final flag: a changed byte, chunks swapped or dropped, a file cut after any chunk,
or a header edited to claim another salt are all refused. The key is scrypt of the
recovery code with the file's own salt. The code id (a hash of the code alone; the code is
random and 125 bits long, so the id gives nothing away) says which code a file needs
without trying it.

The recovery code lives in the database (a setting), so the station PC backs up without
typing; a restore on another PC asks for it. No Qt here.
"""
from __future__ import annotations

import hashlib
import os
import secrets
import struct
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from keeper import settings
from keeper.errors import QT_TRANSLATE_NOOP, UserError


MAGIC = b"keeper encrypted backup\n"
VERSION = 1
SUFFIX = ".enc"  # keeper-YYYYmmdd-HHMMSS-kind.db.enc
CHUNK = 1 << 20
_HEADER = struct.Struct(">B16s8sI")  # after MAGIC: version, salt, code id, chunk size
HEADER_SIZE = len(MAGIC) + _HEADER.size
_RECORD = struct.Struct(">BI")  # final flag, ciphertext length
_TAG = 16
# Crockford's base32: no I, L, O, U, so a code read off paper is typed back right.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READS_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
CODE_LENGTH = 25  # 125 bits, in five groups of five


class CodeNeeded(UserError):
    """The file is encrypted with a code this PC does not hold: ask for it."""


_WRONG_CODE = QT_TRANSLATE_NOOP(
    "Errors", "The recovery code is wrong for {path}: it was encrypted with another code. "
              "Nothing was changed.")
_CHANGED = QT_TRANSLATE_NOOP(
    "Errors", "{path} has been changed or damaged since it was written (it fails its "
              "check). Nothing was changed; choose another backup.")
_CUT = QT_TRANSLATE_NOOP(
    "Errors", "{path} is incomplete: the file was cut short (was the USB stick pulled out "
              "while copying?). Nothing was changed; choose another backup.")
_NEWER = QT_TRANSLATE_NOOP(
    "Errors", "{path} was encrypted by a newer version of keeper. Install the newer keeper "
              "to restore it.")


# -- the recovery code ---------------------------------------------------------------------
def new_code() -> str:
    """A fresh random recovery code, ``XXXXX-XXXXX-XXXXX-XXXXX-XXXXX``."""
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i:i + 5] for i in range(0, CODE_LENGTH, 5))


def normalize_code(text: str) -> str:
    """The code as typed (any case, spaces, dashes, O for 0, I or L for 1) in its canonical
    form; a UserError when it cannot be a recovery code."""
    raw = unicodedata.normalize("NFKC", text or "").upper().translate(_READS_AS)
    raw = "".join(ch for ch in raw if not ch.isspace() and ch not in "-_")
    if len(raw) != CODE_LENGTH or any(ch not in _ALPHABET for ch in raw):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "That is not a recovery code: it has 25 letters and digits, in five "
                      "groups of five, as printed on the recovery code page."))
    return "-".join(raw[i:i + 5] for i in range(0, CODE_LENGTH, 5))


def code_id(code: str) -> bytes:
    return hashlib.sha256(b"keeper recovery code id\0" + normalize_code(code).encode()).digest()[:8]


def stored_code() -> str:
    """The station's recovery code ("" when none was made yet). Needs the database."""
    return settings.get(settings.RECOVERY_CODE)


def store_code(code: str) -> None:
    settings.set(settings.RECOVERY_CODE, normalize_code(code))


def _key(code: str, salt: bytes) -> AESGCM:
    # n=2**14 (16 MB, ~50 ms): the code is random, so this is about form, not brute force.
    kdf = Scrypt(salt=salt, length=32, n=2 ** 14, r=8, p=1)
    return AESGCM(kdf.derive(normalize_code(code).encode()))


# -- reading headers -----------------------------------------------------------------------
@dataclass(frozen=True)
class Header:
    version: int
    salt: bytes
    code_id: bytes
    chunk: int
    raw: bytes


def is_encrypted(path: str | os.PathLike) -> bool:
    """True for a file that starts as keeper's encrypted backups do."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _read_header(handle: BinaryIO, path: Path) -> Header:
    raw = handle.read(HEADER_SIZE)
    if not raw.startswith(MAGIC):
        raise UserError(QT_TRANSLATE_NOOP("Errors", "{path} is not an encrypted keeper backup."),
                        path=path)
    if len(raw) < HEADER_SIZE:
        raise UserError(_CUT, path=path)
    version, salt, ident, chunk = _HEADER.unpack(raw[len(MAGIC):])
    if version > VERSION:
        raise UserError(_NEWER, path=path)
    if version < 1 or not 0 < chunk <= 64 * CHUNK:
        raise UserError(_CHANGED, path=path)
    return Header(version, salt, ident, chunk, raw)


def read_header(path: str | os.PathLike) -> Header:
    path = Path(path)
    with open(path, "rb") as handle:
        return _read_header(handle, path)


def needs_other_code(path: str | os.PathLike, code: str) -> bool:
    """True when ``path`` is encrypted with a code other than ``code``."""
    try:
        return read_header(path).code_id != code_id(code)
    except (UserError, OSError):
        return False


def _aad(header: bytes, index: int, final: bool) -> bytes:
    return header + struct.pack(">QB", index, final)


def _nonce(index: int) -> bytes:
    return struct.pack(">QI", index, 0)  # the key is the file's own (its salt): no reuse


# -- streaming -----------------------------------------------------------------------------
def encrypt_stream(source: BinaryIO, target: BinaryIO, code: str) -> int:
    """Encrypt ``source`` into ``target``; returns the plaintext's length."""
    salt = os.urandom(16)
    header = MAGIC + _HEADER.pack(VERSION, salt, code_id(code), CHUNK)
    aead = _key(code, salt)
    target.write(header)
    size = 0
    index, block = 0, source.read(CHUNK)
    while True:
        following = source.read(CHUNK) if len(block) == CHUNK else b""
        final = not following
        size += len(block)
        sealed = aead.encrypt(_nonce(index), block, _aad(header, index, final))
        target.write(_RECORD.pack(final, len(sealed)))
        target.write(sealed)
        if final:
            return size
        index, block = index + 1, following


def decrypt_stream(source: BinaryIO, target: BinaryIO | None, code: str, path: Path) -> int:
    """Check and decrypt ``source`` (into ``target``, or only check when None); returns the
    plaintext's length. UserError for a wrong code, a changed byte or a cut file. Every
    chunk's tag covers its number and the final flag, so a file that passes is exactly,
    and all of, what was written (no hash of the plaintext needed: it cost a third)."""
    header = _read_header(source, path)
    if header.code_id != code_id(code):
        raise UserError(_WRONG_CODE, path=path)
    aead = _key(code, header.salt)
    size = 0
    index = 0
    while True:
        record = source.read(_RECORD.size)
        if len(record) < _RECORD.size:
            raise UserError(_CUT, path=path)
        final, length = _RECORD.unpack(record)
        if final > 1 or not _TAG <= length <= header.chunk + _TAG:
            raise UserError(_CHANGED, path=path)
        sealed = source.read(length)
        if len(sealed) < length:
            raise UserError(_CUT, path=path)
        try:
            block = aead.decrypt(_nonce(index), sealed, _aad(header.raw, index, bool(final)))
        except InvalidTag as exc:
            raise UserError(_CHANGED, path=path) from exc
        size += len(block)
        if target is not None:
            target.write(block)
        if final:
            if source.read(1):  # bytes after the last chunk: not what keeper wrote
                raise UserError(_CHANGED, path=path)
            return size
        index += 1


def decrypt_file(path: str | os.PathLike, target: str | os.PathLike | None, code: str) -> int:
    path = Path(path)
    with open(path, "rb") as source:
        if target is None:
            return decrypt_stream(source, None, code, path)
        with open(target, "wb") as out:
            result = decrypt_stream(source, out, code, path)
            out.flush()
            os.fsync(out.fileno())
            return result


def encrypted_name(plain_name: str) -> str:
    return plain_name + SUFFIX
