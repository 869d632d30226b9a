"""The attendant's optional PIN: it unlocks the window and guards restore, reopening a closed
month, erasing a person and changing settings on the shared station PC.

Stored as a salted scrypt hash, never the digits. Wrong PINs make the next try wait longer;
the count survives a restart (a setting), so closing keeper does not reset it.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
import unicodedata
from typing import Callable

from keeper import settings
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.store.models import database

# Declared in keeper/settings.py with the others; named here for the lock's readers.
PIN_HASH, FAILED_ATTEMPTS = settings.PIN_HASH, settings.FAILED_ATTEMPTS
IDLE_MINUTES = settings.IDLE_MINUTES

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1  # ~16 MB and a few dozen ms per try
FREE_ATTEMPTS = 3  # typos are free; from the fourth wrong PIN on, each wait doubles
MAX_DELAY = 60.0

# In memory too (per database file): a read-only database must not turn the slow-down off.
_failures: dict[str, int] = {}
_last_failure: dict[str, float] = {}  # monotonic time of the last wrong PIN
_now = time.monotonic  # tests replace it


def _key() -> str:
    return str(database.obj.database) if database.obj is not None else ""


def normalize(pin: str) -> str:
    """Full-width digits from a Chinese input method count as digits."""
    return unicodedata.normalize("NFKC", pin or "").strip()


def validate(pin: str) -> str:
    pin = normalize(pin)
    if not re.fullmatch(r"[0-9]{4,8}", pin):
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The PIN must be 4 to 8 digits."),
                        field="pin")
    return pin


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(normalize(pin).encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R,
                            p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_hash(pin: str, stored: str) -> bool:
    """Compare in constant time. The parameters come from the stored text, so hashes made
    with other costs stay valid; anything malformed is simply "wrong"."""
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(normalize(pin).encode(), salt=bytes.fromhex(salt), n=int(n),
                                r=int(r), p=int(p), dklen=len(bytes.fromhex(expected)),
                                maxmem=256 * 1024 * 1024)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest.hex(), expected)


def has_pin() -> bool:
    return bool(settings.get(PIN_HASH))


def delay_for(failures: int) -> float:
    """Seconds to wait before the next try after ``failures`` wrong PINs in a row."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY, 2.0 ** (failures - FREE_ATTEMPTS))


def failures() -> int:
    try:
        stored = settings.get(FAILED_ATTEMPTS)
    except Exception:  # noqa: BLE001 (an unreadable database: the memory still counts)
        stored = 0
    return max(_failures.get(_key(), 0), stored)


def seconds_to_wait() -> float:
    """How long before the next try is allowed: the delay since the last wrong PIN, or all
    of it when the wrong PINs were before a restart."""
    delay = delay_for(failures())
    last = _last_failure.get(_key())
    if not delay or last is None:
        return delay
    return max(0.0, delay - (_now() - last))


def _set_failures(count: int) -> None:
    _failures[_key()] = count
    try:
        settings.set(FAILED_ATTEMPTS, count)
    except Exception:  # noqa: BLE001 (locked/read-only: the in-memory count is enough)
        pass


def check_pin(pin: str, *, sleep: Callable[[float], None] = time.sleep) -> bool:
    """Whether ``pin`` is the attendant's PIN (always True when none is set). Waits first
    when earlier tries were wrong; the GUI passes a ``sleep`` that does not block, having
    made the attendant wait (``seconds_to_wait``) with the field disabled instead."""
    stored = settings.get(PIN_HASH)
    if not stored:
        return True
    wait = seconds_to_wait()
    if wait > 0:
        sleep(wait)
    if verify_hash(pin, stored):
        if failures():
            _set_failures(0)
        return True
    _last_failure[_key()] = _now()
    _set_failures(failures() + 1)
    return False


def _require_current(old: str | None, sleep: Callable[[float], None]) -> None:
    if has_pin() and not check_pin(old or "", sleep=sleep):
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The current PIN is wrong."), field="old_pin")


def set_pin(new: str, old: str | None = None, *,
            sleep: Callable[[float], None] = time.sleep) -> None:
    """Set or change the PIN; changing it needs the current one."""
    from keeper.core import audit

    new = validate(new)
    _require_current(old, sleep)
    changed = has_pin()
    settings.set(PIN_HASH, hash_pin(new))
    _set_failures(0)
    audit.record("change" if changed else "set", "pin")


def clear_pin(old: str, *, sleep: Callable[[float], None] = time.sleep) -> None:
    """Remove the PIN (the window no longer locks); needs the current PIN."""
    from keeper.core import audit

    if not has_pin():
        return
    _require_current(old, sleep)
    settings.set(PIN_HASH, "")
    _set_failures(0)
    audit.record("clear", "pin")
