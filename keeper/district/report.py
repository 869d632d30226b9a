"""The district's month report: ``<district>_<YYYY-MM>.xlsx`` and ``.pdf`` and the district
bundle ``<district>_<YYYY-MM>_r<revision>.zip`` (keeper-district-bundle/1), written from what
the district store holds.

As with a station's bundle, an unchanged month written again is the same revision and the
same bytes (the first ``generated_at`` is kept); any change to what the bundle holds makes
the next revision, and a revision number is never issued twice.
"""
from __future__ import annotations

import calendar
import json
from datetime import date
from pathlib import Path
from typing import Callable

from peewee import IntegerField, TextField

from keeper.core import clock
from keeper.core.months import parse_month
from keeper.core.stats import shift_month
from keeper.district import district_bundle
from keeper.district.figures import DistrictMonth, StationMonth, build_month
from keeper.district.models import DistrictModel, Submission
from keeper.district.store import DistrictStore
from keeper.errors import QT_TRANSLATE_NOOP, EnvironmentProblem, UserError
from keeper.core.files import atomic_write, verify_pdf, verify_zip

FORMATS = ("xlsx", "pdf", "bundle")


class DistrictExport(DistrictModel):
    """A district bundle issued upward: its revision and what it held (migration 1)."""

    month = TextField()
    revision = IntegerField()
    content_sha256 = TextField()
    generated_at = TextField()
    file_name = TextField()

    class Meta:
        table_name = "district_export"


def _codes(month: str) -> dict:
    """The stations' own codes with their names, from the manifests held for ``month``."""
    merged: dict[str, dict] = {}
    for (manifest,) in (Submission.select(Submission.manifest)
                        .where((Submission.month == month) & Submission.current).tuples()):
        for kind, codes in (json.loads(manifest).get("codes") or {}).items():
            if isinstance(codes, dict):
                merged.setdefault(kind, {}).update(codes)
    return merged


def district_month(store: DistrictStore, month: str) -> DistrictMonth:
    """The district's month as the store holds it now."""
    parse_month(month)
    held = {s.station.code: s for s in store.month_submissions(month)}
    stations = []
    for info in store.expected_stations(month):
        stations.append(_station_month(info, held.pop(info.code, None), True))
    for sub in held.values():  # sent although the register does not expect it that month
        stations.append(_station_month(sub.station, sub, False))

    def summaries(other: str) -> list[dict] | None:
        return [s.summary for s in store.month_submissions(other)] or None

    district = {"code": store.code, "name": store.name}
    return build_month(district, month, stations, previous=summaries(shift_month(month, -1)),
                       last_year=summaries(shift_month(month, -12)), codes=_codes(month))


def _station_month(info, sub, expected: bool) -> StationMonth:
    contact = " ".join(part for part in (info.contact, info.phone) if part)
    if sub is None:
        return StationMonth(info.code, info.name, info.kind, contact, expected)
    return StationMonth(info.code, info.name, info.kind, contact, expected, summary=sub.summary,
                        revision=sub.revision, received_at=sub.received_at,
                        on_time=sub.on_time, approved=sub.approved)


def _period(month: str) -> tuple[bool, str]:
    """(complete, as_of): a month not yet ended is a preview up to today."""
    year, number = parse_month(month)
    last = date(year, number, calendar.monthrange(year, number)[1])
    today = clock.today()
    if date(year, number, 1) > today:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "{month} has not begun yet: there is nothing to report."), month=month)
    return today > last, min(last, today).isoformat()


def _revision(month: str, content: str) -> tuple[int, int | None, str | None]:
    """(revision, supersedes, generated_at to keep or None for a new one)."""
    last = (DistrictExport.select().where(DistrictExport.month == month)
            .order_by(DistrictExport.revision.desc()).first())
    if last is None:
        return 1, None, None
    if last.content_sha256 == content:
        previous = (DistrictExport.select().where((DistrictExport.month == month) & (
            DistrictExport.revision < last.revision))
            .order_by(DistrictExport.revision.desc()).first())
        return last.revision, previous.revision if previous else None, last.generated_at
    return last.revision + 1, last.revision, None


def write_month_report(store: DistrictStore, month: str, out_dir, *, language: str = "zh_CN",
                       formats=FORMATS,
                       progress: Callable[[str], None] | None = None) -> list[Path]:
    """Write the month's workbook, PDF and district bundle into ``out_dir``; return the
    files written. ``progress`` is told each step ("figures", "xlsx", "pdf", "bundle").
    The PDF needs a QGuiApplication."""
    _step(progress, "figures")
    figures = district_month(store, month)
    complete, as_of = _period(month)
    files = district_bundle.bundle_files(figures)
    content = district_bundle.content_hash(files)
    revision, supersedes, generated_at = _revision(month, content)
    figures.revision = revision
    private, public = store.signing_key()
    stem = f"{store.code or 'district'}_{month}"
    folder, written = Path(out_dir), []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if "xlsx" in formats:
            _step(progress, "xlsx")
            from keeper.district.report_xlsx import write_workbook

            with atomic_write(folder / f"{stem}.xlsx", verify_zip) as temporary:
                write_workbook(figures, temporary, language=language)
            written.append(folder / f"{stem}.xlsx")
        if "pdf" in formats:
            _step(progress, "pdf")
            from keeper.core import signing
            from keeper.district.report_pdf import write_pdf

            with atomic_write(folder / f"{stem}.pdf", verify_pdf) as temporary:
                write_pdf(figures, temporary, language=language,
                          fingerprint=signing.fingerprint(public))
            written.append(folder / f"{stem}.pdf")
        if "bundle" in formats:
            _step(progress, "bundle")
            name = district_bundle.file_name(store.code or "district", month, revision)
            new = generated_at is None
            generated_at = generated_at or clock.stamp()
            with atomic_write(folder / name, verify_zip) as temporary:
                district_bundle.write_bundle(
                    temporary, figures, files, revision=revision, supersedes=supersedes,
                    complete=complete, as_of=as_of, generated_at=generated_at,
                    private_key=private)
            written.append(folder / name)
            if new:
                with store.db.atomic():
                    DistrictExport.create(month=month, revision=revision, content_sha256=content,
                                          generated_at=generated_at, file_name=name)
    except OSError as exc:
        raise EnvironmentProblem(QT_TRANSLATE_NOOP(
            "Errors", "Cannot write the report into {folder}: {reason}. Check that the folder "
                      "(or USB stick) is there, writable and not full."),
            folder=folder, reason=exc.strerror or exc) from exc
    return written


def _step(progress: Callable[[str], None] | None, name: str) -> None:
    if progress is not None:
        progress(name)
