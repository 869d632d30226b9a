"""What every month output shares: names in a language, the pseudonymous visitor key,
atomic writing. (A month's ledger rows are ``core.ledger_query.month_rows``.)"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

from keeper import settings
from keeper.core import catalog


def names(language: str) -> tuple[dict[str, str], dict[str, str]]:
    """Service and group names in ``language`` ("zh_CN" or "en")."""
    return ({s.code: s.name(language) for s in catalog.services()},
            {g.code: g.name(language) for g in catalog.groups()})


def visitor_keys() -> Callable[[int | None], str]:
    """A function giving each visitor id its key (the secret read once, not per row)."""
    secret = settings.get(settings.VISITOR_KEY_SECRET)
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


@contextmanager
def atomic_file(path: Path):
    """Yield a temporary path beside ``path``; on success it replaces ``path`` in one
    step, on failure it is removed: never a half-written report."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part",
                                         dir=path.parent)
    os.close(handle)
    try:
        yield Path(temporary)
        # mkstemp makes the file private (0600); a report is an ordinary file.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
