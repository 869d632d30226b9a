"""Reading a district bundle (keeper-district-bundle/1) as a city receives it, checked whole
before anything is stored. The zip itself (not a zip, damaged, unsafe or duplicate entry
names, sizes far beyond a bundle's) is checked by the station bundle's shared reader
(keeper.reports.bundle_read); here: the format, the signature, each file's hash and rows,
and that the district's totals are its stations' added up. Each failure is a
``BundleProblem`` with its reason, in the user's language."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from keeper.core import signing
from keeper.district.district_bundle import FORMAT
from keeper.district.figures import add_up
from keeper.errors import QT_TRANSLATE_NOOP
from keeper.reports.bundle_read import (BundleProblem, _entries, _file_bytes, _json,
                                        _open_zip, _read_entry)

REQUIRED = ("summary.json", "stations.json", "stations.csv")
SUMMED = ("visits", "services", "groups", "platforms", "by_day", "appeals", "activities")


@dataclass(frozen=True)
class DistrictReading:
    path: Path
    sha256: str  # of the whole file
    manifest: dict
    summary: dict
    stations: list[dict]

    @property
    def code(self) -> str:
        return str(self.manifest["district"].get("code", "")).strip().upper()


def read_district_bundle(path) -> DistrictReading:
    path = Path(path)
    data = _file_bytes(path)
    archive = _open_zip(data)
    with archive:
        raw = {name: _read_entry(archive, info, data)
               for name, info in _entries(archive).items()}
    for name in ("manifest.json", "manifest.sig"):
        if name not in raw:
            raise BundleProblem("missing", QT_TRANSLATE_NOOP(
                "Bundle", "{name} is missing from the bundle."), name=name)
    manifest = _json(raw["manifest.json"], "manifest.json")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        raise BundleProblem("format", QT_TRANSLATE_NOOP(
            "Bundle", "Its format is \"{found}\"; a district bundle is {known}."),
            found=found if isinstance(found, str) else "?", known=FORMAT)
    key = manifest.get("key")
    if not isinstance(key, str) or not signing.verify(key, raw["manifest.json"],
                                                      raw["manifest.sig"]):
        raise BundleProblem("signature", QT_TRANSLATE_NOOP(
            "Bundle", "The signature does not match the manifest: the bundle was changed "
                      "after the district made it."))
    files = manifest.get("files")
    if not isinstance(files, dict) or not isinstance(manifest.get("district"), dict) or \
            not all(isinstance(files.get(name), dict) for name in REQUIRED):
        raise BundleProblem("field", QT_TRANSLATE_NOOP(
            "Bundle", "{name} has a missing or wrong \"{field}\"."), name="manifest.json",
            field="files")
    for name in raw:
        if name not in files and name not in ("manifest.json", "manifest.sig"):
            raise BundleProblem("unexpected", QT_TRANSLATE_NOOP(
                "Bundle", "It holds {name}, which its manifest does not list."), name=name)
    for name in REQUIRED:
        if name not in raw:
            raise BundleProblem("missing", QT_TRANSLATE_NOOP(
                "Bundle", "{name} is missing from the bundle."), name=name)
        if hashlib.sha256(raw[name]).hexdigest() != files[name].get("sha256"):
            raise BundleProblem("hash", QT_TRANSLATE_NOOP(
                "Bundle", "{name} does not match its checksum: the file was changed or "
                          "damaged on the way. Ask the district to send the bundle again."),
                name=name)
    summary = _json(raw["summary.json"], "summary.json")
    stations = _json(raw["stations.json"], "stations.json")
    csv_rows = raw["stations.csv"].decode("utf-8-sig", "replace").count("\n") - 1
    for name, found in (("stations.json", len(stations) if isinstance(stations, list) else -1),
                        ("stations.csv", csv_rows)):
        if found != files[name].get("rows"):
            raise BundleProblem("rows", QT_TRANSLATE_NOOP(
                "Bundle", "{name} has {found} rows but its manifest says {listed}."),
                name=name, found=found, listed=files[name].get("rows"))
    _check_totals(summary, stations, manifest)
    return DistrictReading(path, hashlib.sha256(data).hexdigest(), manifest, summary, stations)


def _check_totals(summary, stations: list, manifest: dict) -> None:
    """The district's totals must be its stations' summaries added up, for its month."""
    try:
        totals = add_up([s["summary"] for s in stations]).to_json()
    except (KeyError, TypeError, AttributeError) as exc:
        raise BundleProblem("field", QT_TRANSLATE_NOOP(
            "Bundle", "{name} has a missing or wrong \"{field}\"."), name="stations.json",
            field="summary") from exc
    if not isinstance(summary, dict) or summary.get("month") != manifest.get("month"):
        raise BundleProblem("field", QT_TRANSLATE_NOOP(
            "Bundle", "{name} has a missing or wrong \"{field}\"."), name="summary.json",
            field="month")
    wrong = [key for key in SUMMED if summary.get(key) != totals[key]]
    if summary.get("stations") != len(stations):
        wrong.append("stations")
    if wrong:
        raise BundleProblem("invariant", QT_TRANSLATE_NOOP(
            "Bundle", "Its totals ({figures}) are not the sum of its stations' figures."),
            figures=", ".join(wrong))
