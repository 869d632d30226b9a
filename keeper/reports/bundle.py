"""The district's bundle, format ``keeper-bundle/2`` (DESIGN §3): a signed zip the district
merges with other stations'.

No names, phones or free text go in: a visitor appears as a pseudonymous key, and notes,
descriptions and stories stay at the station. Every CSV starts with the station's code
(the district stacks them) and is UTF-8 with a BOM (what Excel on Chinese Windows reads).
The same inputs always give the same bytes: fixed entry times, fixed order.
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

FORMAT = "keeper-bundle/2"
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
DATA_FILES = ("summary.json", "visits.csv", "appeals.csv", "activities.csv")
VISIT_COLUMNS = ("station", "visit_id", "date", "time", "group", "services", "count",
                 "visitor_key", "platform", "corrected")
APPEAL_COLUMNS = ("station", "appeal_id", "date", "category", "group", "visitor_key", "urgency",
                  "status", "referred_on", "resolved_on", "followed_up_on", "satisfied",
                  "overdue")
ACTIVITY_COLUMNS = ("station", "activity_id", "date", "type", "participants",
                    "registered_participants", "volunteer_hours", "people_helped")
# Every entry gets this time: an unchanged revision is the same bytes (zip's epoch).
ENTRY_TIME = (1980, 1, 1, 0, 0, 0)


def _csv(columns: tuple[str, ...], rows) -> tuple[bytes, int]:
    # Formulas neutralised (OWASP); a BOM and CRLF, as Excel on Chinese Windows reads it.
    text, count = csv_text(chain([columns], rows))
    return ("\ufeff" + text).encode("utf-8"), count - 1


def visits_csv(month: str, station: str,
               rows: Iterable[VisitRow] | None = None) -> tuple[bytes, int]:
    """The month's live visits (voided ones left out: they are not visits). ``rows``: the
    month's ``month_rows`` (voided ones included) when the caller has read them already."""
    visitor_key = visitor_keys()
    live = (month_rows(month, include_voided=False) if rows is None
            else (r for r in rows if not r.voided))
    return _csv(VISIT_COLUMNS, (
        (station, r.id, r.date, r.time or "", r.group, "|".join(sorted(r.services)), r.count,
         visitor_key(r.visitor_id), r.platform, int(r.amended))
        for r in live))


def record_csv(columns: tuple[str, ...], records: list[dict] | None,
               station: str) -> tuple[bytes, int]:
    """Appeals or activities as plain dicts: their id becomes appeal_id/activity_id (the
    station's stable id), a visitor id its key; free-text fields are not among the columns."""
    visitor_key = visitor_keys()
    id_column = columns[1]

    def row(record: dict) -> list:
        values = dict(record, station=station)
        values[id_column] = values.get("id")
        if "visitor_id" in values:
            values["visitor_key"] = visitor_key(values.pop("visitor_id"))
        return [("" if values.get(c) is None else
                 int(values[c]) if isinstance(values.get(c), bool) else values[c])
                for c in columns]
    return _csv(columns, (row(r) for r in records or ()))


def summary_dict(summary: MonthSummary, revision: int) -> dict:
    """summary.json: keeper-bundle/1's figures plus the revision."""
    return {**summary.to_json(), "revision": revision}


def summary_json(summary: MonthSummary, revision: int) -> tuple[bytes, int]:
    return json.dumps(summary_dict(summary, revision), ensure_ascii=False,
                      indent=2).encode("utf-8"), 1


def bundle_contents(summary: MonthSummary, *, revision: int = 0,
                    appeals: list[dict] | None = None,
                    activities: list[dict] | None = None,
                    rows: Iterable[VisitRow] | None = None) -> dict[str, tuple[bytes, int]]:
    """The data files of the bundle (all but the manifest and its signature):
    name -> (bytes, rows)."""
    code = summary.station["code"]
    return {
        "summary.json": summary_json(summary, revision),
        "visits.csv": visits_csv(summary.month, code, rows),
        "appeals.csv": record_csv(APPEAL_COLUMNS, appeals, code),
        "activities.csv": record_csv(ACTIVITY_COLUMNS, activities, code),
    }


def manifest_bytes(*, station: dict, month: str, revision: int, supersedes: int | None,
                   complete: bool, as_of: str, generated_at: str, codes: dict,
                   public_key: str, contents: dict[str, tuple[bytes, int]]) -> bytes:
    """manifest.json exactly as signed."""
    manifest = {
        "format": FORMAT,
        "station": {key: station.get(key, "") for key in ("code", "name", "district", "kind")},
        "month": month,
        "revision": revision,
        "supersedes": supersedes,
        "complete": complete,
        "as_of": as_of,
        "generated_at": generated_at,
        "app_version": __version__,
        "files": {name: {"sha256": hashlib.sha256(data).hexdigest(), "rows": rows}
                  for name, (data, rows) in contents.items()},
        "codes": codes,
        "key": public_key,
    }
    return json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")


def write_bundle(path: Path, manifest: bytes, signature: bytes,
                 contents: dict[str, tuple[bytes, int]]) -> None:
    """The zip: the manifest, its signature, then the data files, each at a fixed time."""
    entries = [(MANIFEST, manifest), (SIGNATURE, signature)]
    entries += [(name, contents[name][0]) for name in DATA_FILES if name in contents]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=ENTRY_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # the same bytes from Windows and Linux
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
