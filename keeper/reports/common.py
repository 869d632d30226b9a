"""What every month output shares: names in a language, the pseudonymous visitor key.
(A month's ledger rows are ``core.ledger_query.month_rows``.)"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from pathlib import Path
from typing import Callable

from keeper import settings
from keeper.core import catalog
from keeper.core.database import is_read_only
from keeper.errors import QT_TRANSLATE_NOOP, EnvironmentProblem

def names(language: str) -> tuple[dict[str, str], dict[str, str]]:
    """Service and group names in ``language`` ("zh_CN" or "en")."""
    return ({s.code: s.name(language) for s in catalog.services()},
            {g.code: g.name(language) for g in catalog.groups()})


def visitor_key_made() -> bool:
    """The station's visitor-key secret exists (the first bundle stores it)."""
    return bool(settings.get(settings.VISITOR_KEY_SECRET))


def visitor_keys() -> Callable[[int | None], str]:
    """A function giving each visitor id its key (the secret read once, not per row)."""
    secret = settings.get(settings.VISITOR_KEY_SECRET)
    if not secret and is_read_only():  # a key not kept would differ in the next bundle
        raise EnvironmentProblem(QT_TRANSLATE_NOOP(
            "Errors", "The district bundle needs the station's visitor key, which is made at the "
                      "first export and cannot be stored on a read-only disk. Export with "
                      "--format xlsx,pdf, or restore a backup onto a writable disk first."))
    if not secret:
        secret = secrets.token_hex(32)
        settings.set(settings.VISITOR_KEY_SECRET, secret)
    key = bytes.fromhex(secret)
    cache: dict[int, str] = {}

    def visitor_key(visitor_id: int | None) -> str:
        if visitor_id is None:
            return ""
        if visitor_id not in cache:
            cache[visitor_id] = hmac.new(key, str(visitor_id).encode(),
                                         hashlib.sha256).hexdigest()[:16]
        return cache[visitor_id]
    return visitor_key


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
