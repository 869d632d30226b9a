"""Writing a month's outputs: the workbook, the PDF and the district bundle.

Nothing is built on a damaged ledger (the quick check first). Each file is written beside
its final name, checked whole, flushed and renamed into place (keeper.core.files).
A month exported again with different content gets the next revision number
(``core.exports`` keeps that bookkeeping and the one definition of ``corrections``).
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import peewee

from keeper import paths
from keeper.core import activities, appeal_rows, clock, exports
from keeper.core.ledger_query import month_rows
from keeper.core.stats import MonthSummary, month_summary
from keeper.core.database import database_error, is_read_only, require_healthy
from keeper.core.dbfile import environment_problem
from keeper.core.files import atomic_write, verify_pdf, verify_zip
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.reports import bundle

FORMATS = ("xlsx", "pdf", "bundle")
# Appeals and activities of a month as plain dicts.
RECORD_SOURCES: dict[str, Callable[[str], list[dict]]] = {
    "appeals": appeal_rows.appeal_records,
    "activities": activities.activity_records,
}


@dataclass
class ExportResult:
    month: str
    revision: int
    folder: Path
    files: list[Path] = field(default_factory=list)
    summary: MonthSummary | None = None
    changed: bool = True  # False: same content as the last export (same revision)


def parse_formats(text: str | None) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(p.strip().lower() for p in (text or ",".join(FORMATS))
                                 .split(",") if p.strip()))
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Unknown report format \"{format}\": use xlsx, pdf and/or bundle."),
            format=", ".join(unknown) or text)
    return chosen


def _content_hash(contents: dict[str, tuple[bytes, int]]) -> str:
    """What decides a new revision: the data, not when it was written nor the corrections
    count (which is about revisions itself)."""
    digest = hashlib.sha256()
    for name in sorted(contents):
        data = contents[name][0]
        if name == "summary.json":
            figures = json.loads(data)
            figures.pop("corrections", None)
            data = json.dumps(figures, sort_keys=True).encode()
        digest.update(name.encode() + b"\0" + data)
    return digest.hexdigest()


def export_month(month: str, out_dir: str | Path | None = None, formats=FORMATS, *,
                 language: str = "zh_CN", full_details: bool = False,
                 progress: Callable[[str], None] | None = None) -> ExportResult:
    try:
        return _export(month, out_dir, formats, language=language, full_details=full_details,
                       progress=progress)
    except (sqlite3.Error, peewee.PeeweeException) as exc:  # locked, damaged, a full disk
        raise database_error(exc) from exc


def _export(month: str, out_dir: str | Path | None, formats, *, language: str,
            full_details: bool, progress: Callable[[str], None] | None) -> ExportResult:
    require_healthy()  # a damaged index leaves visits out of the figures without an error
    summary = month_summary(month)
    code = summary.station["code"]
    if not code:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Set the station profile first: the code names the report files."))
    folder = Path(out_dir) if out_dir else paths.exports_dir()
    records = {name: source(month) for name, source in RECORD_SOURCES.items()}
    appeals, activities = records.get("appeals"), records.get("activities")
    # Read once: the bundle's visits.csv and the workbook's ledger sheet are the same rows.
    # A deque: the workbook lets each row go once it is written (no more memory than
    # reading them twice).
    visits = deque(month_rows(month))
    contents = bundle.bundle_contents(summary, appeals=appeals, activities=activities,
                                      rows=visits)
    content = _content_hash(contents)
    revision = exports.next_revision(month, content)
    summary.corrections = revision.corrections
    contents["summary.json"] = bundle.summary_json(summary)
    generated_at = clock.stamp()
    result = ExportResult(month, revision.number, folder, summary=summary,
                          changed=revision.changed)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise environment_problem(exc, folder) from exc
    if "xlsx" in formats:
        _step(progress, "xlsx")
        from keeper.reports.xlsx import write_workbook

        target = folder / f"{code}_{month}.xlsx"
        with atomic_write(target, verify_zip) as temporary:
            write_workbook(summary, temporary, language=language, full_details=full_details,
                           appeals=appeals, activities=activities, visits=visits)
        result.files.append(target)
    if "pdf" in formats:
        _step(progress, "pdf")
        from keeper.reports.pdf import write_pdf

        target = folder / f"{code}_{month}.pdf"
        with atomic_write(target, verify_pdf) as temporary:
            write_pdf(summary, temporary, language=language, appeals=appeals,
                      activities=activities)
        result.files.append(target)
    if "bundle" in formats:
        _step(progress, "bundle")
        target = folder / f"{code}_{month}_r{revision.number}.zip"
        with atomic_write(target, verify_zip) as temporary:
            bundle.write_bundle(temporary, summary, contents, revision=revision.number,
                                generated_at=generated_at)
        result.files.append(target)
    if is_read_only():  # rescuing a copy from a read-only disk: nothing can be recorded
        return result
    exports.record_export(month, revision.number, generated_at, str(folder),
                          [p.name for p in result.files], content)
    return result


def _step(progress: Callable[[str], None] | None, name: str) -> None:
    if progress is not None:
        progress(name)

