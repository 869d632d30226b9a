"""The district bundle, ``keeper-district-bundle/1`` (DESIGN §3 "The district"): what a
district sends up to its city, built like a station's ``keeper-bundle/2`` so that a city
receives districts as a district receives stations.

``<district code>_<YYYY-MM>_r<revision>.zip`` holds:
- ``manifest.json``: ``format``, ``district`` {code, name}, ``month``, ``revision``,
  ``supersedes``, ``complete``, ``as_of``, ``generated_at``, ``app_version``, ``files``
  {name: {sha256, rows}}, ``codes`` (the stations' codes with their names), ``key`` (the
  district's public Ed25519 key, base64);
- ``manifest.sig``: the Ed25519 signature of manifest.json's exact bytes by that key;
- ``summary.json``: the district's totals (the station summary's fields, added up;
  ``visitors_registered`` is null: 人数 is never added across stations), ``status``
  (expected, received, on time, late, missing, rate) and the ``missing`` station codes;
- ``stations.json``: each received station's summary.json as the district holds it, with
  its revision, received_at, on_time and approved;
- ``stations.csv``: one row per station (UTF-8 with BOM), first column ``district``.
Invariants a reader may check: each total in summary.json is the sum of stations.json's
summaries, and its ``stations`` is how many there are; row counts and hashes match.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from pathlib import Path

from keeper import __version__
from keeper.core import signing
from keeper.district.figures import DistrictMonth

FORMAT = "keeper-district-bundle/1"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed entry times: the same revision is the same bytes
STATION_CSV_COLUMNS = (
    "district", "station", "name", "received", "revision", "on_time", "approved", "visits",
    "visitors_registered", "service_uses", "appeals_received", "appeals_resolved",
    "appeals_open", "appeals_overdue", "activities", "volunteer_hours")


def file_name(district_code: str, month: str, revision: int) -> str:
    return f"{district_code}_{month}_r{revision}.zip"


def _json(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def summary_data(month: DistrictMonth) -> dict:
    return {**month.totals.to_json(), "month": month.month, "district": month.district,
            "status": month.status(), "missing": [s.code for s in month.missing]}


def stations_data(month: DistrictMonth) -> list[dict]:
    return [{"code": s.code, "name": s.name, "kind": s.kind, "revision": s.revision,
             "received_at": s.received_at, "on_time": s.on_time, "approved": s.approved,
             "summary": s.summary} for s in month.received]


def stations_csv(month: DistrictMonth) -> tuple[bytes, int]:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(STATION_CSV_COLUMNS)
    code = month.district.get("code", "")
    for s in month.stations:
        f = s.figure
        writer.writerow([code, s.code, s.name, int(s.received), s.revision or "",
                         "" if s.on_time is None else int(s.on_time), int(s.approved),
                         f("visits"), f("visitors_registered"), sum(f("services", default={})
                                                                    .values()),
                         f("appeals", "received"), f("appeals", "resolved"),
                         f("appeals", "open"), f("appeals", "overdue"),
                         f("activities", "count"), f("activities", "volunteer_hours")])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8"), len(month.stations)


def bundle_files(month: DistrictMonth) -> dict[str, tuple[bytes, int]]:
    """The data files (everything but the manifest and its signature): name -> (bytes, rows)."""
    stations = stations_data(month)
    return {"summary.json": (_json(summary_data(month)), 1),
            "stations.json": (_json(stations), len(stations)),
            "stations.csv": stations_csv(month)}


def content_hash(files: dict[str, tuple[bytes, int]]) -> str:
    """What decides a new revision: the data files, not when they were written."""
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + files[name][0])
    return digest.hexdigest()


def manifest_bytes(month: DistrictMonth, files: dict[str, tuple[bytes, int]], *,
                   revision: int, supersedes: int | None, complete: bool, as_of: str,
                   generated_at: str, private_key: str) -> bytes:
    return _json({
        "format": FORMAT, "district": month.district, "month": month.month,
        "revision": revision, "supersedes": supersedes, "complete": complete, "as_of": as_of,
        "generated_at": generated_at, "app_version": __version__,
        "files": {name: {"sha256": hashlib.sha256(data).hexdigest(), "rows": rows}
                  for name, (data, rows) in files.items()},
        "codes": month.codes, "key": signing.public_of(private_key)})


def write_bundle(path: Path, month: DistrictMonth, files: dict[str, tuple[bytes, int]], *,
                 revision: int, supersedes: int | None, complete: bool, as_of: str,
                 generated_at: str, private_key: str) -> None:
    """Write the signed bundle; ``private_key`` is the district's (base64, keeper.core.signing)."""
    manifest = manifest_bytes(month, files, revision=revision, supersedes=supersedes,
                              complete=complete, as_of=as_of, generated_at=generated_at,
                              private_key=private_key)
    entries = [("manifest.json", manifest), ("manifest.sig", signing.sign(private_key, manifest)),
               *((name, data) for name, (data, _) in files.items())]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
