"""Reading a district bundle (keeper-district-bundle/1) as a city receives it: checked whole
before anything is stored. A zip that is not one, unsafe entry names, sizes far beyond a
bundle's, an unknown format, a changed byte, a bad signature, rows or totals that disagree:
each is refused with its reason (``BundleRefused``)."""
from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from keeper.core import signing
from keeper.district.district_bundle import FORMAT
from keeper.district.figures import add_up
from keeper.errors import QT_TRANSLATE_NOOP, UserError

MAX_ENTRY = 64 * 1024 * 1024  # a district of 200 stations is a few MB at most
MAX_TOTAL = 256 * 1024 * 1024
MAX_RATIO = 200  # deflate rarely beats 1:20 on JSON and CSV; a bomb does 1:1000
REQUIRED = ("summary.json", "stations.json", "stations.csv")


class BundleRefused(UserError):
    """A district bundle that cannot be taken, with the reason."""


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


def _refuse(text: str, **params) -> BundleRefused:
    return BundleRefused(text, **params)


def _entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in archive.infolist():
        name = info.filename
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":"):
            raise _refuse(QT_TRANSLATE_NOOP(
                "Errors", "The bundle holds an unsafe file name ({name})."), name=name)
        if name in entries:
            raise _refuse(QT_TRANSLATE_NOOP(
                "Errors", "The bundle holds the file {name} twice."), name=name)
        total += info.file_size
        if info.file_size > MAX_ENTRY or total > MAX_TOTAL or (
                info.compress_size and info.file_size / info.compress_size > MAX_RATIO
                and info.file_size > 1024 * 1024):
            raise _refuse(QT_TRANSLATE_NOOP(
                "Errors", "The bundle's file {name} is far larger than a bundle's can be."),
                name=name)
        entries[name] = info
    return entries


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The entry's bytes, never more than it declared (a lying header cannot blow up)."""
    with archive.open(info) as handle:
        data = handle.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Errors", "The bundle's file {name} is not the size it says."), name=info.filename)
    return data


def _json(data: bytes, name: str):
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "The bundle's {name} is not valid JSON."),
                      name=name) from exc


def read_district_bundle(path) -> DistrictReading:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}."), path=path,
                      reason=exc.strerror or exc) from exc
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Errors", "This is not a bundle: not a zip file, or a damaged one.")) from exc
    with archive:
        try:
            return _check(path, raw, archive, _entries(archive))
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
            if isinstance(exc, BundleRefused):
                raise
            raise _refuse(QT_TRANSLATE_NOOP(
                "Errors", "This is not a bundle: not a zip file, or a damaged one.")) from exc


def _check(path: Path, raw: bytes, archive: zipfile.ZipFile, entries) -> DistrictReading:
    for name in ("manifest.json", "manifest.sig"):
        if name not in entries:
            raise _refuse(QT_TRANSLATE_NOOP("Errors", "The bundle has no {name}."), name=name)
    manifest_bytes = _read(archive, entries["manifest.json"])
    manifest = _json(manifest_bytes, "manifest.json")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        raise _refuse(QT_TRANSLATE_NOOP(
            "Errors", "Unknown bundle format \"{format}\": a district bundle is {expected}."),
            format=found, expected=FORMAT)
    key = manifest.get("key")
    if not isinstance(key, str) or not signing.verify(
            key, manifest_bytes, _read(archive, entries["manifest.sig"])):
        raise _refuse(QT_TRANSLATE_NOOP(
            "Errors", "The bundle's signature does not match its manifest: it was changed "
                      "after the district signed it."))
    files = manifest.get("files")
    district = manifest.get("district")
    if not isinstance(files, dict) or not isinstance(district, dict) or not all(
            name in files for name in REQUIRED):
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "The bundle's manifest is incomplete."))
    contents = {}
    for name, entry in files.items():
        if name not in entries:
            raise _refuse(QT_TRANSLATE_NOOP("Errors", "The bundle has no {name}."), name=name)
        data = _read(archive, entries[name])
        if not isinstance(entry, dict) or hashlib.sha256(data).hexdigest() != entry.get("sha256"):
            raise _refuse(QT_TRANSLATE_NOOP(
                "Errors", "The bundle's {name} was changed: its checksum does not match."),
                name=name)
        contents[name] = data
    summary = _json(contents["summary.json"], "summary.json")
    stations = _json(contents["stations.json"], "stations.json")
    csv_rows = contents["stations.csv"].decode("utf-8-sig", "replace").count("\n") - 1
    if not isinstance(summary, dict) or not isinstance(stations, list) or \
            files["stations.json"].get("rows") != len(stations) or \
            files["stations.csv"].get("rows") != csv_rows:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Errors", "The bundle's rows disagree with its manifest."))
    _check_totals(summary, stations)
    if summary.get("month") != manifest.get("month"):
        raise _refuse(QT_TRANSLATE_NOOP(
            "Errors", "The bundle's figures are for another month than its manifest says."))
    return DistrictReading(path, hashlib.sha256(raw).hexdigest(), manifest, summary, stations)


def _check_totals(summary: dict, stations: list) -> None:
    """The district's totals must be its stations' summaries added up."""
    try:
        totals = add_up([s["summary"] for s in stations]).to_json()
    except (KeyError, TypeError, AttributeError) as exc:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Errors", "The bundle's station figures cannot be read.")) from exc
    for key in ("visits", "services", "groups", "platforms", "by_day", "appeals",
                "activities"):
        if summary.get(key) != totals[key]:
            raise _refuse(QT_TRANSLATE_NOOP(
                "Errors", "The bundle's totals ({figure}) are not the sum of its stations'."),
                figure=key)
    if (summary.get("status") or {}).get("received") != len(stations):
        raise _refuse(QT_TRANSLATE_NOOP(
            "Errors", "The bundle's totals (stations) are not the sum of its stations'."))
