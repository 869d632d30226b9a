"""Export revisions and their bookkeeping, and the one definition of ``corrections``.

A month exported again with different content gets the next revision number (DESIGN §3).
``corrections`` counts the changes to a closed month made since its *previous revision*
went out: the Reports screen, the workbook, the PDF and the bundle all read it here.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from keeper.store.models import Correction, ExportRecord


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
    changed: bool  # False: the same content as the last export, so the same revision
    since: str  # when the previous revision last went out ("" for the first revision)
    corrections: int


def _latest(month: str) -> ExportRecord | None:
    return (ExportRecord.select().where(ExportRecord.month == month)
            .order_by(ExportRecord.revision.desc(), ExportRecord.id.desc()).first())


def _previous_went_out(month: str, revision: int) -> str:
    """When the last revision before ``revision`` was exported, "" when there was none."""
    before = (ExportRecord.select().where((ExportRecord.month == month) & (
        ExportRecord.revision < revision)).order_by(ExportRecord.id.desc()).first())
    return before.generated_at if before else ""


def _corrections_after(month: str, since: str) -> int:
    # A first revision has no previous one to correct: its corrections are 0.
    if not since:
        return 0
    return Correction.select().where((Correction.month == month)
                                     & (Correction.at > since)).count()


def next_revision(month: str, content_sha256: str) -> Revision:
    """The revision an export with this content is: the last one again when nothing
    changed, else the next number."""
    last = _latest(month)
    if last is None:
        return Revision(1, True, "", 0)
    if last.content_sha256 == content_sha256:
        since = _previous_went_out(month, last.revision)
        return Revision(last.revision, False, since, _corrections_after(month, since))
    return Revision(last.revision + 1, True, last.generated_at,
                    _corrections_after(month, last.generated_at))


def corrections(month: str) -> int:
    """``corrections`` before the content of the next export is known (the Reports
    screen): a correction made after the last export makes the next export a new
    revision, so it counts from the last export; otherwise the month stands at its last
    revision, which counts from the one before. ``next_revision`` agrees whenever the
    corrections changed what the bundle holds (a note-only amendment does not)."""
    last = _latest(month)
    if last is None:
        return 0
    newer = _corrections_after(month, last.generated_at)
    return newer if newer else _corrections_after(
        month, _previous_went_out(month, last.revision))


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
