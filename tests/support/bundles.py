"""Signed keeper-bundle/2 files made in memory, valid or mangled on purpose, without a
station database: the district's and the reader's tests feed them in."""
from __future__ import annotations

import hashlib
import io
import json
import zipfile

from keeper.core import signing
from keeper.reports import bundle

SERVICES = ("water", "rest", "charging", "repair")
GROUPS = ("rider", "courier", "citizen")


def make_summary(code: str, month: str, revision: int, visits: int,
                 seed: int = 0) -> tuple[dict, list]:
    """A summary whose invariants hold: visits spread over days, groups and services."""
    import calendar

    year, number = map(int, month.split("-"))
    days = calendar.monthrange(year, number)[1]
    by_day = {f"{month}-{d:02d}": 0 for d in range(1, days + 1)}
    rows = []  # (day, group, services, count): one visit row per 1..3 人次
    left, index = visits, seed
    while left > 0:
        count = min(left, 1 + index % 3)
        day = f"{month}-{1 + index % days:02d}"
        group = GROUPS[index % len(GROUPS)]
        services = sorted({SERVICES[index % 4], SERVICES[(index // 3) % 4]})
        rows.append((day, group, services, count, 8 + index % 12))
        left -= count
        index += 1
    groups, services, by_hour = {}, {}, {str(h): 0 for h in range(24)}
    for day, group, names, count, hour in rows:
        by_day[day] += count
        groups[group] = groups.get(group, 0) + count
        by_hour[str(hour)] += count
        for name in names:
            services[name] = services.get(name, 0) + count
    summary = {
        "month": month, "station": {"code": code, "name": f"驿站{code}", "district": "九江"},
        "visits": visits, "visitors_registered": visits // 4, "new_registrations": 1,
        "services": services, "groups": groups, "platforms": {"美团": visits // 2},
        "by_day": by_day, "by_hour": by_hour,
        "appeals": {"received": 1, "resolved": 1, "open": 0, "overdue": 0,
                    "by_category": {"access": 1}},
        "activities": {"count": 1, "participants": 3, "volunteer_hours": 6,
                       "by_type": {"patrol": 1}},
        "corrections": 0, "revision": revision,
    }
    return summary, rows


def _csv(columns, rows) -> tuple[bytes, int]:
    text = "\ufeff" + ",".join(columns) + "\r\n" + "".join(
        ",".join(str(v) for v in row) + "\r\n" for row in rows)
    return text.encode("utf-8"), len(rows)


def contents_for(code: str, month: str, revision: int, visits: int, seed: int = 0) -> dict:
    summary, rows = make_summary(code, month, revision, visits, seed)
    visit_rows = [(code, i + 1, day, f"{hour:02d}:00", group, "|".join(names), count, "", "", 0)
                  for i, (day, group, names, count, hour) in enumerate(rows)]
    return {
        "summary.json": (json.dumps(summary, ensure_ascii=False, indent=2).encode(), 1),
        "visits.csv": _csv(bundle.VISIT_COLUMNS, visit_rows),
        "appeals.csv": _csv(bundle.APPEAL_COLUMNS, [
            (code, 7, f"{month}-03", "access", "rider", "", "normal", "resolved", "",
             f"{month}-09", "", "", 0)]),
        "activities.csv": _csv(bundle.ACTIVITY_COLUMNS, [
            (code, 3, f"{month}-12", "patrol", 3, 1, 6, 0)]),
    }


def make_bundle(code: str, month: str, revision: int = 1, *, visits: int = 40,
                private_key: str | None = None, seed: int = 0, complete: bool = True,
                contents: dict | None = None, manifest_changes: dict | None = None,
                kind: str = "comprehensive") -> bytes:
    """A signed bundle's bytes (a fresh key unless ``private_key``)."""
    private_key = private_key or signing.new_key_pair()[0]
    contents = contents or contents_for(code, month, revision, visits, seed)
    import calendar

    year, number = map(int, month.split("-"))
    manifest = json.loads(bundle.manifest_bytes(
        station={"code": code, "name": f"驿站{code}", "district": "九江", "kind": kind},
        month=month, revision=revision, supersedes=revision - 1 if revision > 1 else None,
        complete=complete, as_of=f"{month}-{calendar.monthrange(year, number)[1]:02d}",
        generated_at=f"{month}-28T18:00:00+08:00",
        codes={"services": {"water": {"zh": "饮水", "en": "Drinking water"}}, "groups": {},
               "appeal_categories": {}, "activity_types": {}},
        public_key=signing.public_of(private_key), contents=contents))
    manifest.update(manifest_changes or {})
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
    buffer = io.BytesIO()
    bundle.write_bundle(buffer, manifest_bytes, signing.sign(private_key, manifest_bytes),
                        contents)
    return buffer.getvalue()


def entries(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def rezip(items: list[tuple[str, bytes]]) -> bytes:
    """The entries zipped again as given (names and order untouched, duplicates kept)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in items:
            archive.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data,
                             compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def resign(items: list[tuple[str, bytes]], private_key: str, **manifest_changes) -> list:
    """Edit the manifest, re-hash every file into it, and sign it with ``private_key``."""
    files = dict(items)
    manifest = json.loads(files["manifest.json"])
    manifest.update(manifest_changes)
    for name in manifest["files"]:
        manifest["files"][name]["sha256"] = hashlib.sha256(files[name]).hexdigest()
    manifest["key"] = signing.public_of(private_key)
    raw = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
    return [(name, raw if name == "manifest.json" else
             signing.sign(private_key, raw) if name == "manifest.sig" else data)
            for name, data in items]
