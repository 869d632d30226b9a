"""Writing a month's outputs: the workbook, the PDF and the district bundle.

Nothing is built on a damaged ledger: the quick check runs on a connection of its own while
the month is read, and nothing is written before it has passed. Each file is written beside
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
from keeper.core import activities, appeal_rows, catalog, clock, exports, signing, station
from keeper.core.ledger_query import month_rows
from keeper.core.database import database_error, healthy_meanwhile, is_read_only
from keeper.core.months import month_bounds
from keeper.core.stats import MonthSummary, month_summary
from keeper.core.dbfile import environment_problem
from keeper.core.files import atomic_write, verify_pdf, verify_zip
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.reports import bundle
from keeper.reports.common import visitor_key_made

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
    complete: bool = True  # False: a preview of a month not over yet (revision 0)
    as_of: str = ""  # the last day the figures cover


def parse_formats(text: str | None) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(p.strip().lower() for p in (text or ",".join(FORMATS))
                                 .split(",") if p.strip()))
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Unknown report format \"{format}\": use xlsx, pdf and/or bundle."),
            format=", ".join(unknown) or text)
    return chosen


def _content_hash(contents: dict[str, tuple[bytes, int]], extra: dict) -> str:
    """What decides a new revision: the data, not when it was written nor the revision and
    corrections figures (which are about revisions themselves)."""
    digest = hashlib.sha256(json.dumps(extra, sort_keys=True).encode())
    for name in sorted(contents):
        data = contents[name][0]
        if name == "summary.json":
            figures = json.loads(data)
            figures.pop("corrections", None)
            figures.pop("revision", None)
            data = json.dumps(figures, sort_keys=True).encode()
        digest.update(name.encode() + b"\0" + data)
    return digest.hexdigest()


def month_state(month: str) -> tuple[bool, str]:
    """(complete, as_of) of an export of ``month`` today; a month after this one is refused."""
    first, last = month_bounds(month)
    today = clock.today()
    if first > today:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "{month} has not begun yet: a report can be made from its first day on "
                      "(a preview until it ends)."), month=month)
    if last >= today:
        return False, today.isoformat()
    return True, last.isoformat()


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
    """Write the month's outputs. A month not over yet is a preview (revision 0, marked
    incomplete, never taking a revision number); a finished month keeps its revision while
    unchanged (the same bytes again) and takes the next one when anything changed."""
    complete, as_of = month_state(month)
    # A damaged index leaves visits out of the figures without an error: the quick check
    # runs while the month is read, and nothing is written until it has passed.
    with healthy_meanwhile() as require_healthy:
        summary, records, visits, contents, content, decided = _read(
            month, out_dir, complete, as_of, require_healthy)
        require_healthy()
    code, folder = summary.station["code"], Path(out_dir) if out_dir else paths.exports_dir()
    appeals, activities = records.get("appeals"), records.get("activities")
    revision = decided.number
    summary.corrections = decided.corrections
    contents["summary.json"] = bundle.summary_json(summary, revision)
    generated_at = decided.generated_at or clock.stamp()
    result = ExportResult(month, revision, folder, summary=summary, changed=decided.changed,
                          complete=complete, as_of=as_of)
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
                           appeals=appeals, activities=activities, revision=revision,
                           as_of=as_of, visits=visits)
        result.files.append(target)
    if "pdf" in formats:
        _step(progress, "pdf")
        from keeper.reports.pdf import write_pdf

        target = folder / f"{code}_{month}.pdf"
        with atomic_write(target, verify_pdf) as temporary:
            write_pdf(summary, temporary, language=language, appeals=appeals,
                      activities=activities, fingerprint=station.key_fingerprint(),
                      revision=revision, as_of=as_of)
        result.files.append(target)
    if "bundle" in formats:
        _step(progress, "bundle")
        private, public = station.signing_key()
        profile = station.get_station()
        manifest = bundle.manifest_bytes(
            station={**summary.station, "kind": profile.kind if profile else ""},
            month=month, revision=revision, supersedes=decided.supersedes,
            complete=complete, as_of=as_of, generated_at=generated_at,
            codes=catalog.codes(), public_key=public, contents=contents)
        target = folder / f"{code}_{month}_r{revision}.zip"
        with atomic_write(target, verify_zip) as temporary:
            bundle.write_bundle(temporary, manifest, signing.sign(private, manifest), contents)
        result.files.append(target)
    if is_read_only():  # rescuing a copy from a read-only disk: nothing can be recorded
        return result
    if complete:
        try:
            exports.remember(month, revision, content, generated_at)
        except OSError as exc:
            raise environment_problem(exc, paths.data_dir()) from exc
    exports.record_export(month, revision, generated_at, str(folder),
                          [p.name for p in result.files], content)
    return result


def _read(month: str, out_dir: str | Path | None, complete: bool, as_of: str,
          require_healthy: Callable[[], None]):
    """What the month's files are made of, and the revision they get: read, not written
    (but for the visitor-key secret of a first bundle, stored once the check has passed)."""
    summary = month_summary(month)
    code = summary.station["code"]
    if not code:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Set the station profile first: the code names the report files."))
    folder = Path(out_dir) if out_dir else paths.exports_dir()
    records = {name: source(month) for name, source in RECORD_SOURCES.items()}
    # Read once: the bundle's visits.csv and the workbook's ledger sheet are the same rows.
    # A deque: the workbook lets each row go once it is written (no more memory than
    # reading them twice).
    visits = deque(month_rows(month))
    if not visitor_key_made():
        require_healthy()
    contents = bundle.bundle_contents(summary, appeals=records.get("appeals"),
                                      activities=records.get("activities"), rows=visits)
    content = _content_hash(contents, {"complete": complete, "as_of": as_of})
    if complete:
        decided = exports.decide(code, month, content, {folder, paths.exports_dir()})
    else:
        decided = exports.PREVIEW
    return summary, records, visits, contents, content, decided


def _step(progress: Callable[[str], None] | None, name: str) -> None:
    if progress is not None:
        progress(name)

