"""Reading and verifying a ``keeper-bundle/2`` (DESIGN §3), for whoever receives one.

A bundle comes from a USB stick, an e-mail or a WeChat download: anything may be wrong with
it. ``read_bundle`` checks it whole and either returns every part of it or raises a
``BundleProblem`` saying what is wrong, in the user's language (``reason`` names it for
programs). Nothing is written. Checked, in this order: a zip at all, undamaged; entry names
(no ``../``, no absolute paths, no duplicates, nothing the manifest does not list); sizes,
declared and real (no zip bombs); the manifest (JSON, format, fields); its signature by the
key it carries (whether that key is the station's is the receiver's question); each file's
hash and row count; the CSVs' columns and station; the invariants between summary and CSVs.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from keeper.core import signing
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.reports.bundle import (ACTIVITY_COLUMNS, APPEAL_COLUMNS, DATA_FILES, FORMAT, MANIFEST,
                                   SIGNATURE, VISIT_COLUMNS)

# A real month of a busy station is a few MB; far beyond that is not a bundle.
MAX_FILE = 64 << 20
MAX_ENTRY = 48 << 20
MAX_TOTAL = 128 << 20
MAX_RATIO = 200  # deflate of CSV reaches ~10x; a bomb reaches 1000x
STATION_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,31}$")
MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
COLUMNS = {"visits.csv": VISIT_COLUMNS, "appeals.csv": APPEAL_COLUMNS,
           "activities.csv": ACTIVITY_COLUMNS}


class BundleProblem(UserError):
    """Why a bundle cannot be taken; ``reason`` is a short code (``hash``, ``signature``…)."""

    context = "Bundle"

    def __init__(self, reason: str, text: str, /, **params) -> None:
        self.reason = reason
        super().__init__(text, **params)


@dataclass
class Bundle:
    """A verified bundle: every part, as bytes and parsed."""

    manifest: dict
    manifest_bytes: bytes
    signature: bytes
    files: dict[str, bytes]
    summary: dict
    sha256: str  # of the whole zip file
    size: int

    @property
    def station_code(self) -> str:
        return self.manifest["station"]["code"]

    @property
    def month(self) -> str:
        return self.manifest["month"]

    @property
    def revision(self) -> int:
        return self.manifest["revision"]

    @property
    def key(self) -> str:
        return self.manifest["key"]


def read_bundle(source: Path | bytes) -> Bundle:
    """Verify the bundle at ``source`` (a path or the file's bytes) and return it."""
    data = file_bytes(source)
    archive = open_zip(data)
    with archive:
        entries = zip_entries(archive)
        raw = {name: read_entry(archive, info, data) for name, info in entries.items()}
    manifest_bytes = raw.get(MANIFEST)
    if manifest_bytes is None:
        raise BundleProblem("manifest", QT_TRANSLATE_NOOP(
            "Bundle", "There is no manifest.json in it: it is not a keeper bundle."))
    manifest = _manifest(manifest_bytes)
    signature = raw.get(SIGNATURE)
    if signature is None or not signing.verify(manifest["key"], manifest_bytes, signature):
        raise BundleProblem("signature", QT_TRANSLATE_NOOP(
            "Bundle", "The signature does not match the manifest: the bundle was changed after "
                      "the station made it."))
    listed = manifest["files"]
    for name in raw:
        if name not in listed and name not in (MANIFEST, SIGNATURE):
            raise BundleProblem("unexpected", QT_TRANSLATE_NOOP(
                "Bundle", "It holds {name}, which its manifest does not list."), name=name)
    files = {}
    for name in DATA_FILES:
        if name not in raw or name not in listed:
            raise BundleProblem("missing", QT_TRANSLATE_NOOP(
                "Bundle", "{name} is missing from the bundle."), name=name)
        if hashlib.sha256(raw[name]).hexdigest() != listed[name]["sha256"]:
            raise BundleProblem("hash", QT_TRANSLATE_NOOP(
                "Bundle", "{name} does not match its checksum: the file was changed or damaged "
                          "on the way. Ask the station to send the bundle again."), name=name)
        files[name] = raw[name]
    summary = json_of(files["summary.json"], "summary.json")
    _check_summary_shape(summary, manifest)
    totals = {name: _csv_totals(name, files[name], manifest) for name in COLUMNS}
    for name in DATA_FILES:
        rows = 1 if name == "summary.json" else totals[name][0]
        if rows != listed[name]["rows"]:
            raise BundleProblem("rows", QT_TRANSLATE_NOOP(
                "Bundle", "{name} has {found} rows but its manifest says {listed}."),
                name=name, found=rows, listed=listed[name]["rows"])
    _check_invariants(summary, totals["visits.csv"][1])
    return Bundle(manifest, manifest_bytes, signature, files, summary,
                  hashlib.sha256(data).hexdigest(), len(data))


def file_bytes(source: Path | bytes) -> bytes:
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    else:
        try:
            size = Path(source).stat().st_size
            if size > MAX_FILE:
                raise BundleProblem("too_large", QT_TRANSLATE_NOOP(
                    "Bundle", "It is {size} MB, far more than a month's bundle: not taken."),
                    size=size >> 20)
            data = Path(source).read_bytes()
        except OSError as exc:
            raise BundleProblem("unreadable", QT_TRANSLATE_NOOP(
                "Bundle", "It cannot be read: {reason}"), reason=exc.strerror or exc) from exc
    if len(data) > MAX_FILE:
        raise BundleProblem("too_large", QT_TRANSLATE_NOOP(
            "Bundle", "It is {size} MB, far more than a month's bundle: not taken."),
            size=len(data) >> 20)
    return data


def open_zip(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        if data[:4] == b"PK\x03\x04":
            raise BundleProblem("damaged", QT_TRANSLATE_NOOP(
                "Bundle", "The zip file is damaged or cut short (an unfinished download?). Ask "
                          "the station to send it again.")) from exc
        raise BundleProblem("not_zip", QT_TRANSLATE_NOOP(
            "Bundle", "It is not a zip file, so not a keeper bundle.")) from exc


def zip_entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in archive.infolist():
        name = info.filename
        if (name.startswith(("/", "\\")) or "\\" in name or "/" in name or ".." in name
                or re.match(r"^[A-Za-z]:", name) or not name.strip()):
            raise BundleProblem("path", QT_TRANSLATE_NOOP(
                "Bundle", "It holds an entry named \"{name}\" that points outside the bundle: "
                          "refused for safety."), name=name)
        if name in entries:
            raise BundleProblem("duplicate", QT_TRANSLATE_NOOP(
                "Bundle", "It holds two entries named {name}: refused, since which one counts "
                          "would be a guess."), name=name)
        total += info.file_size
        if (info.file_size > MAX_ENTRY or total > MAX_TOTAL
                or info.file_size > MAX_RATIO * max(info.compress_size, 1024)):
            raise BundleProblem("bomb", QT_TRANSLATE_NOOP(
                "Bundle", "Its entry {name} unpacks to far more than a bundle holds (a zip "
                          "bomb?): refused."), name=name)
        entries[name] = info
    return entries


def _inflates_beyond(data: bytes, info: zipfile.ZipInfo) -> bool:
    """Whether the entry's deflated data makes more than its declared size (a lie zipfile
    stops at, reporting a bad CRC): inflating stops one byte past the declared size."""
    if info.compress_type != zipfile.ZIP_DEFLATED:
        return False
    local = data[info.header_offset:info.header_offset + 30]
    if len(local) < 30 or local[:4] != b"PK\x03\x04":
        return False
    start = (info.header_offset + 30 + int.from_bytes(local[26:28], "little")
             + int.from_bytes(local[28:30], "little"))
    try:
        made = zlib.decompressobj(-15).decompress(data[start:start + info.compress_size],
                                                   info.file_size + 1)
    except zlib.error:
        return False
    return len(made) > info.file_size


def read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, data: bytes) -> bytes:
    """Read at most the declared size (+1 to notice a lie); the CRC is checked at the end."""
    try:
        with archive.open(info) as handle:
            content = handle.read(info.file_size + 1)
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, ValueError,
            OSError, EOFError) as exc:  # bad CRC, bad deflate data, encrypted, cut short
        if _inflates_beyond(data, info):
            raise BundleProblem("bomb", QT_TRANSLATE_NOOP(
                "Bundle", "Its entry {name} unpacks to far more than a bundle holds (a zip "
                          "bomb?): refused."), name=info.filename) from exc
        raise BundleProblem("damaged", QT_TRANSLATE_NOOP(
            "Bundle", "The zip file is damaged or cut short (an unfinished download?). Ask "
                      "the station to send it again.")) from exc
    if len(content) > info.file_size:
        raise BundleProblem("bomb", QT_TRANSLATE_NOOP(
            "Bundle", "Its entry {name} unpacks to far more than a bundle holds (a zip "
                      "bomb?): refused."), name=info.filename)
    return content


def json_of(data: bytes, name: str):
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BundleProblem("json", QT_TRANSLATE_NOOP(
            "Bundle", "{name} is not valid JSON: {reason}"), name=name, reason=exc) from exc


def _malformed(name: str, field: str) -> BundleProblem:
    return BundleProblem("field", QT_TRANSLATE_NOOP(
        "Bundle", "{name} has a missing or wrong \"{field}\"."), name=name, field=field)


def _manifest(data: bytes) -> dict:
    manifest = json_of(data, MANIFEST)
    if not isinstance(manifest, dict):
        raise _malformed(MANIFEST, "format")
    found = manifest.get("format")
    if found != FORMAT:
        raise BundleProblem("format", QT_TRANSLATE_NOOP(
            "Bundle", "Its format is \"{found}\"; this keeper reads {known}. The station should "
                      "update keeper and export the month again."),
            found=found if isinstance(found, str) else "?", known=FORMAT)
    station = manifest.get("station")
    checks = {
        "station": isinstance(station, dict) and all(
            isinstance(station.get(k), str) for k in ("code", "name", "district", "kind")),
        "month": isinstance(manifest.get("month"), str) and MONTH.match(manifest["month"]),
        "revision": _whole(manifest.get("revision")),
        "supersedes": manifest.get("supersedes") is None or _whole(manifest.get("supersedes")),
        "complete": isinstance(manifest.get("complete"), bool),
        "as_of": isinstance(manifest.get("as_of"), str) and DAY.match(manifest["as_of"]),
        "generated_at": isinstance(manifest.get("generated_at"), str),
        "files": isinstance(manifest.get("files"), dict) and all(
            isinstance(v, dict) and isinstance(v.get("sha256"), str) and _whole(v.get("rows"))
            for v in manifest["files"].values()),
        "codes": isinstance(manifest.get("codes"), dict),
        "key": isinstance(manifest.get("key"), str),
    }
    for field, good in checks.items():
        if not good:
            raise _malformed(MANIFEST, field)
    if not STATION_CODE.match(station["code"]):
        raise _malformed(MANIFEST, "station.code")
    return manifest


def _whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _csv_totals(name: str, data: bytes, manifest: dict) -> tuple[int, int]:
    """(rows, sum of count) of a CSV, after checking its header and station column."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BundleProblem("csv", QT_TRANSLATE_NOOP(
            "Bundle", "{name} is not UTF-8 text."), name=name) from exc
    code = manifest["station"]["code"]
    quick = _quick_totals(name, text, code)
    return quick if quick is not None else _row_totals(name, text, code)


def _row_totals(name: str, text: str, code: str) -> tuple[int, int]:
    """Row by row with the csv module: any file, and it says which row is wrong."""
    reader = csv.reader(io.StringIO(text, newline=""))
    header = tuple(next(reader, ()))
    if header != COLUMNS[name]:
        raise BundleProblem("csv", QT_TRANSLATE_NOOP(
            "Bundle", "{name} does not have the columns of a keeper bundle."), name=name)
    rows, total = 0, 0
    counting = name == "visits.csv"
    count_at = VISIT_COLUMNS.index("count")
    try:
        for row in reader:
            rows += 1
            if len(row) != len(header) or row[0] != code:
                raise ValueError(rows)
            if counting:
                value = int(row[count_at])
                if value <= 0:
                    raise ValueError(rows)
                total += value
    except (ValueError, csv.Error) as exc:
        raise BundleProblem("csv", QT_TRANSLATE_NOOP(
            "Bundle", "{name} row {row} is not a row of station {code}'s bundle."),
            name=name, row=rows + 1, code=code) from exc
    return rows, total


def _quick_totals(name: str, text: str, code: str) -> tuple[int, int] | None:
    """The same answer as the row-by-row reading, for the usual file (no quoted fields,
    CRLF lines, every row well formed), with the loops in C. None: read it row by row
    (which also says where it is wrong).

    The body is split at commas only: then with ``width`` columns, row k's last field and
    row k+1's station share the piece at (width - 1)·k, and the row is well formed exactly
    when every such piece is "<last field>\r\n<station>" and no other piece holds a line
    end. One split and a set of the boundary pieces check that for every row at once."""
    if '"' in text or not text.endswith("\r\n"):
        return None
    header, _, body = text.partition("\r\n")
    columns = COLUMNS[name]
    if tuple(header.split(",")) != columns:
        return None
    rows = body.count("\r\n")
    if body.count("\n") != rows or body.count("\r") != rows:
        return None
    if not rows:
        return 0, 0
    step = len(columns) - 1
    pieces = body.split(",")
    if len(pieces) != rows * step + 1 or pieces[0] != code:
        return None
    boundaries = pieces[step:-1:step]  # rows - 1 pieces: "<last>\r\n<station>"
    if len(boundaries) != rows - 1 or not pieces[-1].endswith("\r\n"):
        return None
    joints = set(boundaries)
    if len(joints) > 64:  # the last column is a flag or a date; not, say, free text
        return None
    tail = "\r\n" + code
    if not all(j.endswith(tail) and j.count("\r\n") == 1 for j in joints):
        return None
    if name != "visits.csv":
        return rows, 0
    counts = pieces[VISIT_COLUMNS.index("count")::step]
    digits = "".join(counts)
    if not (digits.isascii() and digits.isdigit() and all(counts)):
        return None
    if len(digits) == rows:  # every count one digit: add them up by digit, in C
        if "0" in digits:
            return None
        return rows, sum(int(d) * digits.count(d) for d in "123456789")
    values = list(map(int, counts))
    if min(values) <= 0:
        return None
    return rows, sum(values)


def _number_map(summary: dict, key: str) -> dict:
    value = summary.get(key)
    # type() is exact: a bool (a subclass of int) is not a number here.
    if not isinstance(value, dict) or not set(map(type, value.values())) <= {int, float}:
        raise _malformed("summary.json", key)
    return value


def _check_summary_shape(summary, manifest: dict) -> None:
    if not isinstance(summary, dict):
        raise _malformed("summary.json", "visits")
    for key in ("visits", "visitors_registered", "new_registrations", "corrections",
                "revision"):
        if not _whole(summary.get(key)):
            raise _malformed("summary.json", key)
    for key in ("services", "groups", "platforms", "by_day", "by_hour"):
        _number_map(summary, key)
    for key in ("appeals", "activities"):
        if not isinstance(summary.get(key), dict):
            raise _malformed("summary.json", key)
    station = summary.get("station")
    if (summary.get("month") != manifest["month"] or summary["revision"] != manifest["revision"]
            or not isinstance(station, dict) or station.get("code") != manifest["station"]["code"]):
        raise BundleProblem("summary", QT_TRANSLATE_NOOP(
            "Bundle", "summary.json is about another station, month or revision than the "
                      "manifest."))


def invariant_problems(summary: dict, csv_visits: int | None = None) -> list[tuple[str, str]]:
    """The broken invariants of DESIGN §3 as (figure, what is wrong); empty when all hold.
    Also used by the district's checks on what it holds."""
    visits = summary.get("visits", 0)
    sums = {key: sum(_number_map(summary, key).values())
            for key in ("by_day", "groups", "by_hour", "services")}
    problems = []
    if sums["by_day"] != visits:
        problems.append(("by_day", f"sum of by_day {sums['by_day']} ≠ visits {visits}"))
    if sums["groups"] != visits:
        problems.append(("groups", f"sum of groups {sums['groups']} ≠ visits {visits}"))
    if csv_visits is not None and csv_visits != visits:
        problems.append(("visits.csv", f"sum of count in visits.csv {csv_visits} ≠ visits "
                                       f"{visits}"))
    if sums["by_hour"] > visits:
        problems.append(("by_hour", f"sum of by_hour {sums['by_hour']} > visits {visits}"))
    if sums["services"] < visits:
        problems.append(("services", f"sum of services {sums['services']} < visits {visits}"))
    return problems


def _check_invariants(summary: dict, csv_visits: int) -> None:
    problems = invariant_problems(summary, csv_visits)
    if problems:
        raise BundleProblem("invariant", QT_TRANSLATE_NOOP(
            "Bundle", "Its figures disagree with each other ({detail}): it was not made by "
                      "keeper as it is, or was changed."), detail="; ".join(
                text for _figure, text in problems))
