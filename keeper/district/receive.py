"""Receiving stations' bundles: each checked whole and stored whole, or not at all.

Files and folders (searched recursively, as a WeChat download folder is). One outcome per
bundle: accepted rN (and which revision it supersedes), already received, or refused and
why; a bad bundle never stops the others. Every accepted file is kept verbatim under
``received/<month>/``. Receiving the same file again is a no-op.

Two officers receiving at once on a shared PostgreSQL server: each bundle's checks and its
row happen in one transaction that first locks the station's register row, and the file's
hash is unique, so each bundle is stored once.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from peewee import IntegrityError

from keeper.core import clock, signing
from keeper.district.models import RegisteredStation, Submission
from keeper.district.store import DistrictStore
from keeper.errors import QT_TRANSLATE_NOOP
from keeper.reports.bundle_read import Bundle, BundleProblem, read_bundle

ACCEPTED = "accepted"
ALREADY = "already"
REFUSED = "refused"


@dataclass
class Outcome:
    """What became of one file. ``text``/``params``: the line to show, untranslated."""

    path: Path
    status: str  # accepted | already | refused
    text: str
    params: dict = field(default_factory=dict)
    reason: str = ""  # refused: a short code (hash, signature, unregistered, older …)
    station: str = ""
    month: str = ""
    revision: int | None = None
    new_key: bool = False  # trust on first use: this bundle's key is now the station's
    notes: list[str] = field(default_factory=list)  # more sentences, same params

    def message(self, translate: Callable[[str, str], str] = lambda c, t: t) -> str:
        params = dict(self.params)
        if "problem" in params:  # a BundleProblem: its own sentence, translated too
            params["problem"] = params["problem"].message(translate)
        return " ".join(translate("District", text).format(**params)
                        for text in [self.text, *self.notes])


class _Refused(Exception):
    def __init__(self, reason: str, text: str, **params) -> None:
        super().__init__(reason)
        self.reason, self.text, self.params = reason, text, params


def bundle_files(paths: Iterable) -> list[Path]:
    """The files to try: each file named, and every .zip under each folder named, in order."""
    found: list[Path] = []
    for item in paths:
        item = Path(item)
        if item.is_dir():
            found.extend(sorted(p for p in item.rglob("*")
                                if p.is_file() and p.suffix.lower() == ".zip"))
        else:
            found.append(item)
    return list(dict.fromkeys(found))


def receive(store: DistrictStore, paths: Iterable, *, dry_run: bool = False,
            progress: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Receive every bundle under ``paths``; return one outcome per file."""
    outcomes = []
    for path in bundle_files(paths):
        outcome = receive_file(store, path, dry_run=dry_run)
        outcomes.append(outcome)
        if progress is not None:
            progress(outcome)
    return outcomes


def receive_file(store: DistrictStore, path: Path, *, dry_run: bool = False) -> Outcome:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return Outcome(path, REFUSED, QT_TRANSLATE_NOOP("District", "{file}: refused: {reason}"),
                       {"file": path.name, "reason": exc.strerror or exc}, reason="unreadable")
    digest = hashlib.sha256(data).hexdigest()
    held = Submission.get_or_none(Submission.file_sha256 == digest)
    if held is not None:
        return _already(path, held)
    try:
        bundle = read_bundle(data)
    except BundleProblem as problem:
        return Outcome(path, REFUSED, QT_TRANSLATE_NOOP("District", "{file}: refused: {problem}"),
                       {"file": path.name, "problem": problem}, reason=problem.reason)
    try:
        with _transaction(store):
            return _store(store, path, data, bundle, dry_run)
    except _Refused as refused:
        if refused.reason == "new_key" and not dry_run:
            _remember_pending_key(store, bundle)
        return Outcome(path, REFUSED, refused.text, {"file": path.name, **refused.params},
                       reason=refused.reason, station=bundle.station_code, month=bundle.month,
                       revision=bundle.revision)
    except IntegrityError:  # another officer stored this very bundle a moment ago
        held = Submission.get_or_none(Submission.file_sha256 == digest)
        if held is not None:
            return _already(path, held)
        return Outcome(path, REFUSED, QT_TRANSLATE_NOOP(
            "District", "{file}: refused: {station} {month} r{revision} arrived from another "
                        "officer at the same moment with other content."),
            {"file": path.name, "station": bundle.station_code, "month": bundle.month,
             "revision": bundle.revision}, reason="conflict")


def _already(path: Path, held: Submission) -> Outcome:
    return Outcome(path, ALREADY, QT_TRANSLATE_NOOP(
        "District", "{file}: already received ({station} {month} r{revision})."),
        {"file": path.name, "station": held.station_code, "month": held.month,
         "revision": held.revision}, station=held.station_code, month=held.month,
        revision=held.revision)


class _transaction:
    """One transaction per bundle; on SQLite taken for writing at once (no upgrade deadlock
    between two processes)."""

    def __init__(self, store: DistrictStore) -> None:
        self.atomic = (store.db.atomic() if store.is_postgres()
                       else store.db.atomic(lock_type="IMMEDIATE"))

    def __enter__(self):
        return self.atomic.__enter__()

    def __exit__(self, *exc):
        return self.atomic.__exit__(*exc)


def _store(store: DistrictStore, path: Path, data: bytes, bundle: Bundle,
           dry_run: bool) -> Outcome:
    code, month, revision = bundle.station_code, bundle.month, bundle.revision
    query = RegisteredStation.select().where(RegisteredStation.code == code)
    if store.is_postgres():
        query = query.for_update()
    station = query.first()
    if station is None:
        raise _Refused("unregistered", QT_TRANSLATE_NOOP(
            "District", "{file}: refused: station {station} is not in the register. Add it "
                        "(keeper district stations import) and receive the file again."),
            station=code)
    if month > clock.today().strftime("%Y-%m"):
        raise _Refused("future", QT_TRANSLATE_NOOP(
            "District", "{file}: refused: {month} is in the future."), month=month)
    if not bundle.manifest["complete"]:
        raise _Refused("incomplete", QT_TRANSLATE_NOOP(
            "District", "{file}: refused: it is a preview of {month}, made before the month "
                        "ended. The station sends the whole month after it ends."), month=month)
    if store.is_approved(month, code):
        raise _Refused("approved", QT_TRANSLATE_NOOP(
            "District", "{file}: refused: {month} is already approved for {station}. Reopen it "
                        "first (keeper district reopen) to take a new revision."),
            month=month, station=code)
    new_key = station.key is None
    if not new_key and station.key != bundle.key:
        raise _Refused("new_key", QT_TRANSLATE_NOOP(
            "District", "{file}: refused: signed by another key ({fingerprint}) than station "
                        "{station}'s ({known}). If the station has a new PC, accept its new key "
                        "with keeper district stations accept-key {station} and receive the "
                        "file again."),
            fingerprint=signing.fingerprint(bundle.key), station=code,
            known=signing.fingerprint(station.key))
    held = (Submission.select().where((Submission.station == code) & (Submission.month == month))
            .order_by(Submission.revision.desc()).first())
    if held is not None and revision <= held.revision:
        if revision == held.revision:
            raise _Refused("reissued", QT_TRANSLATE_NOOP(
                "District", "{file}: refused: {station} {month} r{revision} is already held "
                            "with other content. Ask the station to export the month again."),
                station=code, month=month, revision=revision)
        raise _Refused("older", QT_TRANSLATE_NOOP(
            "District", "{file}: refused: r{revision} is older than r{held}, which is already "
                        "held for {station} {month}."),
            revision=revision, held=held.revision, station=code, month=month)
    outcome = Outcome(path, ACCEPTED, QT_TRANSLATE_NOOP(
        "District", "{file}: accepted {station} {month} r{revision}."),
        {"file": path.name, "station": code, "month": month, "revision": revision},
        station=code, month=month, revision=revision, new_key=new_key)
    if held is not None:
        outcome.text = QT_TRANSLATE_NOOP(
            "District", "{file}: accepted {station} {month} r{revision}, superseded r{held}.")
        outcome.params["held"] = held.revision
    if new_key:
        outcome.notes.append(QT_TRANSLATE_NOOP(
            "District", "Its key {fingerprint} is now station {station}'s (first bundle: "
                        "compare it with the one printed on the station's signed report)."))
        outcome.params["fingerprint"] = signing.fingerprint(bundle.key)
    if dry_run:
        return outcome
    now = clock.stamp()
    name = _archive(store, month, path, data, bundle)
    if new_key:
        RegisteredStation.update(key=bundle.key, key_recorded_at=now) \
            .where(RegisteredStation.code == code).execute()
    Submission.update(current=False).where((Submission.station == code)
                                           & (Submission.month == month)).execute()
    Submission.create(
        station=code, month=month, revision=revision, supersedes=bundle.manifest["supersedes"],
        complete=bundle.manifest["complete"], as_of=bundle.manifest["as_of"],
        generated_at=bundle.manifest["generated_at"], received_at=now, file_name=name,
        file_sha256=bundle.sha256, key=bundle.key,
        manifest=bundle.manifest_bytes.decode("utf-8"),
        summary=bundle.files["summary.json"].decode("utf-8"), current=True)
    return outcome


def _archive(store: DistrictStore, month: str, path: Path, data: bytes, bundle: Bundle) -> str:
    """Keep the file verbatim: received/<month>/<CODE>_<month>_r<N>.zip (another file
    already of that name gets the hash's start added). Written whole, then renamed."""
    folder = store.received_dir / month
    folder.mkdir(parents=True, exist_ok=True)
    base = f"{bundle.station_code}_{month}_r{bundle.revision}"
    target = folder / f"{base}.zip"
    if target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() != bundle.sha256:
        target = folder / f"{base}-{bundle.sha256[:12]}.zip"
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return f"{month}/{target.name}"


def _remember_pending_key(store: DistrictStore, bundle: Bundle) -> None:
    """Show the officer which other key was seen (the bundle itself is not stored)."""
    with store.db.atomic():
        RegisteredStation.update(pending_key=bundle.key, pending_key_seen_at=clock.stamp()) \
            .where(RegisteredStation.code == bundle.station_code).execute()
