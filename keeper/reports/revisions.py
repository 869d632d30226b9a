"""Which revision an export of a month is, so that a number is never issued twice.

The database's export history says what was issued, but a restore from an older backup
forgets the newest exports. So the highest revision issued per month is also kept outside
the database, in ``bundle-revisions.json`` of the data folder (a restore does not touch
it), and the bundles already written (``<code>_<month>_r<N>.zip`` in the output and
exports folders) count too. An unchanged month keeps its revision and its first
``generated_at`` (the same bytes); any change makes the highest issued + 1.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from keeper import paths
from keeper.store.models import ExportRecord

LEDGER_NAME = "bundle-revisions.json"


@dataclass(frozen=True)
class Revision:
    number: int
    changed: bool  # False: the same content as the highest issued (same bytes again)
    supersedes: int | None  # always number - 1: a new revision is the highest issued + 1
    generated_at: str | None  # the revision's first generated_at when unchanged
    since: str  # when the previous revision went out ('' for the first)


def _ledger_path() -> Path:
    return paths.data_dir() / LEDGER_NAME


def _ledger() -> dict:
    try:
        data = json.loads(_ledger_path().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _written(code: str, month: str, folders) -> int:
    pattern = re.compile(rf"^{re.escape(code)}_{re.escape(month)}_r(\d+)\.zip$", re.I)
    highest = 0
    for folder in folders:
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            match = pattern.match(name)
            if match:
                highest = max(highest, int(match.group(1)))
    return highest


def decide(code: str, month: str, content: str, folders) -> Revision:
    """The revision an export of ``month`` with this content hash gets."""
    records = list(ExportRecord.select().where((ExportRecord.month == month)
                                               & (ExportRecord.revision > 0))
                   .order_by(ExportRecord.revision, ExportRecord.id))
    kept = _ledger().get(month) or {}
    highest = max([r.revision for r in records] + [int(kept.get("revision") or 0),
                                                   _written(code, month, folders)])
    if highest == 0:
        return Revision(1, True, None, None, "")
    first_of = {}
    for record in records:
        first_of.setdefault(record.revision, record)
    top = first_of.get(highest)
    top_content = top.content_sha256 if top else (
        kept.get("content") if kept.get("revision") == highest else None)
    previous = max((n for n in first_of if n < highest), default=None)
    if content == top_content:
        generated_at = top.generated_at if top else kept.get("generated_at")
        since = first_of[previous].generated_at if previous else ""
        return Revision(highest, False, highest - 1 if highest > 1 else None, generated_at,
                        since)
    since = top.generated_at if top else kept.get("generated_at") or ""
    return Revision(highest + 1, True, highest, None, since)


def remember(month: str, revision: int, content: str, generated_at: str) -> None:
    """Keep the highest revision issued outside the database (written atomically)."""
    ledger = _ledger()
    kept = ledger.get(month) or {}
    if int(kept.get("revision") or 0) > revision:
        return
    if kept.get("revision") == revision and kept.get("content") == content:
        return
    ledger[month] = {"revision": revision, "content": content, "generated_at": generated_at}
    target = _ledger_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.part")
    temporary.write_text(json.dumps(ledger, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(temporary, target)
