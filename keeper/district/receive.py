"""Receiving stations' bundles: each checked whole and stored whole, or not at all.

Files and folders (searched recursively, as a WeChat download folder is). One outcome per
bundle: accepted rN (and which revision it supersedes), already received, or refused and
why; a bad bundle never stops the others. Every accepted file is kept verbatim under
``received/<month>/``. Receiving the same file again is a no-op.

Bundles go to the database in batches: one transaction and one flush to disk per batch,
each bundle still whole or nothing (its refusal comes before any write; a batch whose
write fails goes again, a transaction per bundle). Two officers receiving at once on a
shared PostgreSQL server: a batch first locks its stations' register rows (in code order)
and the file's hash is unique, so each bundle is stored once.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from peewee import IntegrityError, InternalError, OperationalError

from keeper.core import clock, signing
from keeper.district.models import RegisteredStation, Submission
from keeper.district.receive_sql import Held, Sql, held_by_hash, marks
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


# Bundles committed together: one transaction (a savepoint each, so each bundle is still
# whole or nothing) and one flush to disk per batch, instead of one per bundle.
BATCH = 64


@dataclass
class _Ready:
    """A bundle read and verified, waiting for its turn in the database."""

    path: Path
    bundle: Bundle
    data: bytes


def receive(store: DistrictStore, paths: Iterable, *, dry_run: bool = False,
            progress: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Receive every bundle under ``paths``; return one outcome per file, in order."""
    outcomes: list[Outcome] = []
    files = bundle_files(paths)
    for start in range(0, len(files), BATCH):
        for outcome in _commit(store, _prepare(store, files[start:start + BATCH]), dry_run):
            outcomes.append(outcome)
            if progress is not None:
                progress(outcome)
    return outcomes


def _prepare(store: DistrictStore, paths: list[Path]) -> list[Outcome | _Ready]:
    """Read and verify the files (no database writes): each an outcome already, or ready.
    A file already held is known by its hash before it is even unzipped."""
    loaded: list[tuple[Path, bytes | None, str]] = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
            loaded.append((path, data, hashlib.sha256(data).hexdigest()))
        except OSError as exc:
            loaded.append((path, None, exc.strerror or str(exc)))
    held = held_by_hash(store, [d for _p, data, d in loaded if data is not None])
    prepared: list[Outcome | _Ready] = []
    for path, data, digest in loaded:
        if data is None:
            prepared.append(Outcome(path, REFUSED, QT_TRANSLATE_NOOP(
                "District", "{file}: refused: {reason}"), {"file": path.name, "reason": digest},
                reason="unreadable"))
        elif digest in held:
            prepared.append(_already(path, held[digest]))
        else:
            try:
                prepared.append(_Ready(path, read_bundle(data), data))
            except BundleProblem as problem:
                prepared.append(Outcome(path, REFUSED, QT_TRANSLATE_NOOP(
                    "District", "{file}: refused: {problem}"),
                    {"file": path.name, "problem": problem}, reason=problem.reason))
    return prepared


def _commit(store: DistrictStore, prepared: list, dry_run: bool) -> list[Outcome]:
    ready = [item for item in prepared if isinstance(item, _Ready)]
    done: dict[int, Outcome] = {}
    if ready:
        written: list[Path] = []
        try:
            with _transaction(store):
                batch = _Batch(store, ready)
                for item in ready:
                    done[id(item)] = _checked(store, batch, item, dry_run, written)
                batch.write(store)
                _flush(written)
        except (IntegrityError, OperationalError, InternalError):
            # Another officer's batch got there first, or two batches waited on each other
            # (PostgreSQL ends one): this one goes again, a transaction per bundle.
            _discard(written)
            done = {id(item): _alone(store, item, dry_run) for item in ready}
        for item in ready:
            if done[id(item)].reason == "new_key" and not dry_run:
                _remember_pending_key(store, item.bundle)
    return [done.get(id(item), item) for item in prepared]


def _alone(store: DistrictStore, item: _Ready, dry_run: bool) -> Outcome:
    written: list[Path] = []
    try:
        with _transaction(store):
            outcome = _in_savepoint(store, _Batch(store, [item]), item, dry_run, written)
            _flush(written)
    except BaseException:
        _discard(written)
        raise
    return outcome


def _checked(store: DistrictStore, batch: _Batch, item: _Ready, dry_run: bool,
             written: list[Path]) -> Outcome:
    """A bundle within a batch: a refusal comes before any write, so the batch needs no
    savepoint per bundle; a write that fails fails the batch, which then goes again
    bundle by bundle (``_alone``)."""
    try:
        return _store(store, batch, item, dry_run, written)
    except _Refused as refused:
        bundle = item.bundle
        return Outcome(item.path, REFUSED, refused.text,
                       {"file": item.path.name, **refused.params}, reason=refused.reason,
                       station=bundle.station_code, month=bundle.month,
                       revision=bundle.revision)


def _in_savepoint(store: DistrictStore, batch: _Batch, item: _Ready, dry_run: bool,
                  written: list[Path]) -> Outcome:
    bundle, path = item.bundle, item.path
    try:
        with store.db.atomic():
            outcome = _store(store, batch, item, dry_run, written)
            batch.write(store)
            return outcome
    except _Refused as refused:
        return Outcome(path, REFUSED, refused.text, {"file": path.name, **refused.params},
                       reason=refused.reason, station=bundle.station_code, month=bundle.month,
                       revision=bundle.revision)
    except IntegrityError:  # another officer stored this very bundle a moment ago
        held = Submission.get_or_none(Submission.file_sha256 == bundle.sha256)
        if held is not None:
            return _already(path, held)
        return Outcome(path, REFUSED, QT_TRANSLATE_NOOP(
            "District", "{file}: refused: {station} {month} r{revision} arrived from another "
                        "officer at the same moment with other content."),
            {"file": path.name, "station": bundle.station_code, "month": bundle.month,
             "revision": bundle.revision}, reason="conflict")


def _flush(written: list[Path]) -> None:
    """The archived files reach the disk before the rows that name them are committed."""
    if not written:
        return
    if hasattr(os, "sync"):
        os.sync()  # one flush for the whole batch
        return
    for path in written:  # Windows: file by file
        with open(path, "rb+") as handle:
            os.fsync(handle.fileno())


def _discard(written: list[Path]) -> None:
    for path in written:
        path.unlink(missing_ok=True)


def _already(path: Path, held: Held | Submission) -> Outcome:
    return Outcome(path, ALREADY, QT_TRANSLATE_NOOP(
        "District", "{file}: already received ({station} {month} r{revision})."),
        {"file": path.name, "station": held.station_code, "month": held.month,
         "revision": held.revision}, station=held.station_code, month=held.month,
        revision=held.revision)


def _transaction(store: DistrictStore):
    """A batch's transaction; on SQLite taken for writing at once (two processes cannot
    deadlock upgrading their read locks)."""
    return store.db.atomic() if store.is_postgres() else store.db.atomic(lock_type="IMMEDIATE")


class _Batch:
    """What a batch's checks need, read once inside its transaction: the stations (locked
    on PostgreSQL, in code order, so two officers' batches cannot wait on each other in a
    circle), the hashes already held, the approvals, each (station, month)'s top revision.
    Kept up to date as the batch's bundles are stored."""

    def __init__(self, store: DistrictStore, ready: list[_Ready]) -> None:
        codes = sorted({item.bundle.station_code for item in ready})
        months = sorted({item.bundle.month for item in ready})
        sql = Sql(store)
        self.keys = dict(sql.rows(
            f"SELECT code, key FROM registered_station WHERE code IN ({marks(codes)}) "
            "ORDER BY code" + (" FOR UPDATE" if store.is_postgres() else ""), *codes))
        self.held = held_by_hash(store, [item.bundle.sha256 for item in ready])
        self.approved = set(sql.rows(
            f"SELECT month, station_code FROM approval WHERE month IN ({marks(months)})",
            *months))
        self.top = {(code, month): revision for code, month, revision in sql.rows(
            "SELECT station_code, month, MAX(revision) FROM submission WHERE station_code IN "
            f"({marks(codes)}) AND month IN ({marks(months)}) GROUP BY station_code, month",
            *codes, *months)}
        self.this_month = clock.today().strftime("%Y-%m")
        self.rows: list[tuple] = []  # submissions to insert, all in one statement

    def write(self, store: DistrictStore) -> None:
        if not self.rows:
            return
        row_marks = "(" + ", ".join(["?"] * len(self.rows[0])) + ")"
        Sql(store)(
            "INSERT INTO submission (station_code, month, revision, supersedes, complete, "
            "as_of, generated_at, received_at, file_name, file_sha256, key, manifest, summary, "
            "current) VALUES " + ", ".join([row_marks] * len(self.rows)),
            *(value for row in self.rows for value in row))
        self.rows.clear()


def _store(store: DistrictStore, batch: _Batch, item: _Ready, dry_run: bool,
           written: list[Path]) -> Outcome:
    path, bundle = item.path, item.bundle
    code, month, revision = bundle.station_code, bundle.month, bundle.revision
    held = batch.held.get(bundle.sha256)
    if held is not None:  # another officer stored it while this one was reading it
        return _already(path, held)
    if code not in batch.keys:
        raise _Refused("unregistered", QT_TRANSLATE_NOOP(
            "District", "{file}: refused: station {station} is not in the register. Add it "
                        "(keeper district stations import) and receive the file again."),
            station=code)
    if month > batch.this_month:
        raise _Refused("future", QT_TRANSLATE_NOOP(
            "District", "{file}: refused: {month} is in the future."), month=month)
    if not bundle.manifest["complete"]:
        raise _Refused("incomplete", QT_TRANSLATE_NOOP(
            "District", "{file}: refused: it is a preview of {month}, made before the month "
                        "ended. The station sends the whole month after it ends."), month=month)
    if (month, "") in batch.approved or (month, code) in batch.approved:
        raise _Refused("approved", QT_TRANSLATE_NOOP(
            "District", "{file}: refused: {month} is already approved for {station}. Reopen it "
                        "first (keeper district reopen) to take a new revision."),
            month=month, station=code)
    known = batch.keys[code]
    new_key = known is None
    if not new_key and known != bundle.key:
        raise _Refused("new_key", QT_TRANSLATE_NOOP(
            "District", "{file}: refused: signed by another key ({fingerprint}) than station "
                        "{station}'s ({known}). If the station has a new PC, accept its new key "
                        "with keeper district stations accept-key {station} and receive the "
                        "file again."),
            fingerprint=signing.fingerprint(bundle.key), station=code,
            known=signing.fingerprint(known))
    top = batch.top.get((code, month))
    if top is not None and revision <= top:
        if revision == top:
            raise _Refused("reissued", QT_TRANSLATE_NOOP(
                "District", "{file}: refused: {station} {month} r{revision} is already held "
                            "with other content. Ask the station to export the month again."),
                station=code, month=month, revision=revision)
        raise _Refused("older", QT_TRANSLATE_NOOP(
            "District", "{file}: refused: r{revision} is older than r{held}, which is already "
                        "held for {station} {month}."),
            revision=revision, held=top, station=code, month=month)
    outcome = Outcome(path, ACCEPTED, QT_TRANSLATE_NOOP(
        "District", "{file}: accepted {station} {month} r{revision}."),
        {"file": path.name, "station": code, "month": month, "revision": revision},
        station=code, month=month, revision=revision, new_key=new_key)
    if top is not None:
        outcome.text = QT_TRANSLATE_NOOP(
            "District", "{file}: accepted {station} {month} r{revision}, superseded r{held}.")
        outcome.params["held"] = top
    if new_key:
        outcome.notes.append(QT_TRANSLATE_NOOP(
            "District", "Its key {fingerprint} is now station {station}'s (first bundle: "
                        "compare it with the one printed on the station's signed report)."))
        outcome.params["fingerprint"] = signing.fingerprint(bundle.key)
    if dry_run:
        return outcome
    now = clock.stamp()
    name = _archive(store, month, item.data, bundle, written)
    sql = Sql(store)
    if new_key:
        sql("UPDATE registered_station SET key = ?, key_recorded_at = ? WHERE code = ?",
            bundle.key, now, code)
    if top is not None:
        batch.write(store)  # the older revision's row may be in this batch's rows yet
        sql("UPDATE submission SET current = ? WHERE station_code = ? AND month = ?",
            False, code, month)
    manifest = bundle.manifest
    batch.rows.append((
        code, month, revision, manifest["supersedes"], manifest["complete"], manifest["as_of"],
        manifest["generated_at"], now, name, bundle.sha256, bundle.key,
        bundle.manifest_bytes.decode("utf-8"), bundle.files["summary.json"].decode("utf-8"),
        True))
    batch.keys[code] = bundle.key
    batch.top[(code, month)] = revision
    batch.held[bundle.sha256] = Held(code, month, revision)
    return outcome


def _archive(store: DistrictStore, month: str, data: bytes, bundle: Bundle,
             written: list[Path]) -> str:
    """Keep the file verbatim: received/<month>/<CODE>_<month>_r<N>.zip (another file
    already of that name gets the hash's start added). Written whole, then renamed; the
    batch flushes it to disk before committing (``written`` lists the new files)."""
    folder = store.received_dir / month
    folder.mkdir(parents=True, exist_ok=True)
    base = f"{bundle.station_code}_{month}_r{bundle.revision}"
    target = folder / f"{base}.zip"
    if target.exists():
        if hashlib.sha256(target.read_bytes()).hexdigest() == bundle.sha256:
            return f"{month}/{target.name}"  # this very file, kept by an earlier try
        target = folder / f"{base}-{bundle.sha256[:12]}.zip"
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    written.append(target)
    return f"{month}/{target.name}"


def _remember_pending_key(store: DistrictStore, bundle: Bundle) -> None:
    """Show the officer which other key was seen (the bundle itself is not stored)."""
    with store.db.atomic():
        RegisteredStation.update(pending_key=bundle.key, pending_key_seen_at=clock.stamp()) \
            .where(RegisteredStation.code == bundle.station_code).execute()
