"""What every month output shares: the ledger rows of a month, names in a language,
the pseudonymous visitor key, atomic writing."""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from keeper import settings
from keeper.core import catalog
from keeper.core.months import month_bounds
from keeper.core.visitors import mask_phone
from keeper.store.models import database

# A random secret of this station: the bundle's visitor keys let the district count the
# same worker across months, but cannot be turned back into a person.
VISITOR_KEY_SECRET = settings.Option("reports.visitor_key_secret", str, "")


@dataclass(frozen=True)
class LedgerRow:
    id: int
    date: str
    time: str | None
    group: str
    services: tuple[str, ...]
    count: int
    visitor_id: int | None
    visitor_name: str
    visitor_phone: str | None
    platform: str
    note: str
    voided: bool
    void_reason: str
    amended: bool

    def visitor_shown(self, full_details: bool = False) -> str:
        phone = self.visitor_phone if full_details else mask_phone(self.visitor_phone)
        return f"{self.visitor_name} {phone or ''}".strip()


def ledger_rows(month: str, *, include_voided: bool = True) -> Iterator[LedgerRow]:
    """The month's visits in date and time order, streamed."""
    first, last = month_bounds(month)
    cursor = database.execute_sql(
        "SELECT v.id, v.date, v.time, v.group_code, "
        "(SELECT group_concat(service_code) FROM visit_service WHERE visit_id = v.id), "
        "v.count, v.visitor_id, COALESCE(p.name, ''), p.phone, v.platform, v.note, "
        "v.voided_at IS NOT NULL, v.void_reason, v.amendments > 0 "
        "FROM visit v LEFT JOIN visitor p ON p.id = v.visitor_id "
        "WHERE v.date BETWEEN ? AND ? " + ("" if include_voided else
                                           "AND v.voided_at IS NULL ") +
        "ORDER BY v.date, v.time IS NULL, v.time, v.id", [first.isoformat(), last.isoformat()])
    while batch := cursor.fetchmany(2000):
        for r in batch:
            yield LedgerRow(r[0], r[1], r[2], r[3], tuple((r[4] or "").split(",")) if r[4]
                            else (), r[5], r[6], r[7], r[8], r[9], r[10], bool(r[11]), r[12],
                            bool(r[13]))


def names(language: str) -> tuple[dict[str, str], dict[str, str]]:
    """Service and group names in ``language`` ("zh_CN" or "en")."""
    return ({s.code: s.name(language) for s in catalog.services()},
            {g.code: g.name(language) for g in catalog.groups()})


def visitor_keys() -> Callable[[int | None], str]:
    """A function giving each visitor id its key (the secret read once, not per row)."""
    secret = settings.get(VISITOR_KEY_SECRET)
    if not secret:
        secret = secrets.token_hex(32)
        settings.set(VISITOR_KEY_SECRET, secret)
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
