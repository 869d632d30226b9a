"""The district's bundle (DESIGN §3): a zip the district merges with other stations'.

No names and no phone numbers go in: a visitor appears as a pseudonymous key, and notes
(free text that may name people) stay at the station.
"""
from __future__ import annotations

import hashlib
import json
import zipfile
from itertools import chain
from pathlib import Path
from typing import Iterable

from keeper import __version__
from keeper.core.files import csv_text
from keeper.core.ledger_query import VisitRow, month_rows
from keeper.core.stats import MonthSummary
from keeper.reports.common import visitor_keys

FORMAT = "keeper-bundle/1"
VISIT_COLUMNS = ("id", "date", "time", "group", "services", "count", "visitor_key", "platform",
                 "voided", "corrected")
APPEAL_COLUMNS = ("id", "date", "category", "group", "visitor_key", "urgency", "status",
                  "referred_on", "resolved_on", "followed_up_on", "satisfied", "overdue")
ACTIVITY_COLUMNS = ("id", "date", "type", "participants", "registered_participants",
                    "volunteer_hours", "people_helped")


def _csv(columns: tuple[str, ...], rows) -> tuple[bytes, int]:
    text, count = csv_text(chain([columns], rows), lineterminator="\n")  # formulas neutralised
    return text.encode("utf-8"), count - 1


def visits_csv(month: str, rows: Iterable[VisitRow] | None = None) -> tuple[bytes, int]:
    """The month's visits; ``rows``: the month's ``month_rows`` already read."""
    visitor_key = visitor_keys()
    return _csv(VISIT_COLUMNS, (
        (r.id, r.date, r.time or "", r.group, "|".join(r.services), r.count,
         visitor_key(r.visitor_id), r.platform, int(r.voided), int(r.amended))
        for r in (month_rows(month) if rows is None else rows)))


def record_csv(columns: tuple[str, ...], records: list[dict] | None) -> tuple[bytes, int]:
    """Appeals or activities as plain dicts; a visitor id becomes its key."""
    visitor_key = visitor_keys()

    def row(record: dict) -> list:
        values = dict(record)
        if "visitor_id" in values:
            values["visitor_key"] = visitor_key(values.pop("visitor_id"))
        return [("" if values.get(c) is None else
                 int(values[c]) if isinstance(values.get(c), bool) else values[c])
                for c in columns]
    return _csv(columns, (row(r) for r in records or ()))


def summary_json(summary: MonthSummary) -> tuple[bytes, int]:
    return json.dumps(summary.to_json(), ensure_ascii=False, indent=2).encode("utf-8"), 1


def bundle_contents(summary: MonthSummary, *, appeals: list[dict] | None = None,
                    activities: list[dict] | None = None,
                    rows: Iterable[VisitRow] | None = None) -> dict[str, tuple[bytes, int]]:
    """The data files of the bundle (everything but the manifest): name -> (bytes, rows)."""
    return {
        "summary.json": summary_json(summary),
        "visits.csv": visits_csv(summary.month, rows),
        "appeals.csv": record_csv(APPEAL_COLUMNS, appeals),
        "activities.csv": record_csv(ACTIVITY_COLUMNS, activities),
    }


def write_bundle(path: Path, summary: MonthSummary, contents: dict[str, tuple[bytes, int]], *,
                 revision: int, generated_at: str) -> None:
    files = {name: {"sha256": hashlib.sha256(data).hexdigest(), "rows": rows}
             for name, (data, rows) in contents.items()}
    manifest = {
        "format": FORMAT,
        "station": summary.station,
        "month": summary.month,
        "revision": revision,
        "generated_at": generated_at,
        "app_version": __version__,
        "files": files,
    }
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        for name, (data, _rows) in contents.items():
            archive.writestr(name, data)
