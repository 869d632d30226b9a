"""Export revisions and their bookkeeping, and the one definition of ``corrections``.

Which revision an export of a month is, so that a number is never issued twice: the
database's export history says what was issued, but a restore from an older backup forgets
the newest exports, so the highest revision issued per month is also kept outside the
database, in ``bundle-revisions.json`` of the data folder (a restore does not touch it),
and the bundles already written (``<code>_<month>_r<N>.zip`` in the output and exports
folders) count too. An unchanged month keeps its revision and its first ``generated_at``
(the same bytes); any change makes the highest issued + 1.

``corrections`` (DESIGN §3) counts the changes to a closed month made since its *previous
revision* first went out: the Reports screen, the workbook, the PDF and the bundle all
read it here.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from keeper import paths
from keeper.store.models import Correction, ExportRecord

LEDGER_NAME = "bundle-revisions.json"


@dataclass(frozen=True)
class ExportEntry:
    """One export made: what the Reports screen lists."""

    month: str
    revision: int
    generated_at: str
    folder: str
    files: tuple[str, ...]


@dataclass(frozen=True)
class Revision:
    number: int
    changed: bool  # False: the same content as the highest issued (same bytes again)
    supersedes: int | None  # always number - 1: a new revision is the highest issued + 1
    generated_at: str | None  # the revision's first generated_at when unchanged
    since: str  # when the previous revision went out ('' for the first)
    corrections: int = 0  # changes to the month since then


PREVIEW = Revision(0, True, None, None, "")  # a month not over yet: no number taken


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


def _first_exports(month: str) -> dict[int, ExportRecord]:
    """revision -> its first export (previews, revision 0, left out)."""
    first_of: dict[int, ExportRecord] = {}
    for record in (ExportRecord.select().where((ExportRecord.month == month)
                                               & (ExportRecord.revision > 0))
                   .order_by(ExportRecord.revision, ExportRecord.id)):
        first_of.setdefault(record.revision, record)
    return first_of


def corrections_since(month: str, since: str) -> int:
    # A first revision has no previous one to correct: its corrections are 0.
    if not since:
        return 0
    return Correction.select().where((Correction.month == month)
                                     & (Correction.at > since)).count()


def decide(code: str, month: str, content: str, folders) -> Revision:
    """The revision an export of ``month`` with this content hash gets."""
    first_of = _first_exports(month)
    kept = _ledger().get(month) or {}
    highest = max([*first_of, int(kept.get("revision") or 0), _written(code, month, folders)])
    if highest == 0:
        return Revision(1, True, None, None, "")
    top = first_of.get(highest)
    top_content = top.content_sha256 if top else (
        kept.get("content") if kept.get("revision") == highest else None)
    previous = max((n for n in first_of if n < highest), default=None)
    if content == top_content:
        generated_at = top.generated_at if top else kept.get("generated_at")
        since = first_of[previous].generated_at if previous else ""
        return Revision(highest, False, highest - 1 if highest > 1 else None, generated_at,
                        since, corrections_since(month, since))
    since = top.generated_at if top else kept.get("generated_at") or ""
    return Revision(highest + 1, True, highest, None, since, corrections_since(month, since))


def corrections(month: str) -> int:
    """``corrections`` before the content of the next export is known (the Reports
    screen): a correction made after the month's latest revision went out makes the next
    export a new revision, counting from that one; otherwise the month stands at its latest
    revision, which counts from the one before. ``decide`` agrees whenever the corrections
    changed what the bundle holds (a note-only amendment does not)."""
    first_of = _first_exports(month)
    if not first_of:
        return 0
    top = max(first_of)
    newer = corrections_since(month, first_of[top].generated_at)
    if newer:
        return newer
    previous = max((n for n in first_of if n < top), default=None)
    return corrections_since(month, first_of[previous].generated_at if previous else "")


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


def record_export(month: str, revision: int, generated_at: str, folder: str,
                  files: list[str], content_sha256: str) -> None:
    ExportRecord.create(month=month, revision=revision, generated_at=generated_at,
                        folder=folder, files=json.dumps(files), content_sha256=content_sha256)


def export_history(month: str | None = None) -> list[ExportEntry]:
    """The exports made, newest first."""
    query = ExportRecord.select().order_by(ExportRecord.id.desc())
    if month:
        query = query.where(ExportRecord.month == month)
    return [ExportEntry(r.month, r.revision, r.generated_at, r.folder,
                        tuple(json.loads(r.files))) for r in query]
