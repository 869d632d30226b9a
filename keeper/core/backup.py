"""Backups of the one database file: making, naming, rotating, the second place.

A backup is made with SQLite's online backup API (consistent while the window keeps
writing), into a hidden temp file, verified (integrity check, keeper tables, a schema this
keeper can open), then renamed into place: a half-written or bad copy never carries a
backup's name. No Qt here; the GUI runs ``run_backup`` on a worker thread.
"""
from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Hashable, Mapping

from keeper import paths, settings
from keeper.core import clock
from keeper.core.dbfile import (
    Unusable,
    discard,
    environment_problem,
    fsync,
    inspect,
    single_file,
)
from keeper.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseProblem,
    EnvironmentProblem,
    KeeperError,
    UserError,
)
from keeper.store.connection import is_read_only, read_only_uri, writable
from keeper.store.models import database

log = logging.getLogger(__name__)

SECOND_FOLDER = settings.SECOND_FOLDER  # declared in keeper/settings.py with the others
LAST_SECOND_PLACE = settings.LAST_SECOND_PLACE

# Only these are thinned out. A before-restore copy is the only copy of what a restore
# replaced and a damaged copy is evidence: both stay until the attendant deletes them.
ROTATED_KINDS = ("manual", "daily", "exit")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
_NAME = re.compile(r"^keeper-(\d{8})-(\d{6})-([a-z]+(?:-[a-z]+)*)(?:-(\d+))?\.db$")
_BEFORE_MIGRATION = re.compile(r"^keeper-v\d+-before-migration-(\d{8})-(\d{6})\.db$")
_PARTIAL = ".partial"


@dataclass(frozen=True)
class BackupFile:
    """A backup lying in a folder, as its name describes it."""

    path: Path
    when: datetime  # local time, from the name
    kind: str  # manual, daily, exit, before-restore, damaged, before-migration
    size: int


@dataclass
class BackupInfo:
    """What one backup run did. Warnings (a missing USB stick) are returned, not raised."""

    path: Path
    size: int
    when: datetime
    kind: str
    schema_version: int
    copies: list[Path] = field(default_factory=list)  # the same backup in the second folder
    removed: list[Path] = field(default_factory=list)  # older backups rotated away
    warnings: list[KeeperError] = field(default_factory=list)
    second_place: bool = False  # a copy now lies outside the data folder


@dataclass(frozen=True)
class BackupJob:
    """Everything a backup needs from the database (settings), read on the GUI thread, so
    that ``run_backup`` can run on a worker thread without touching peewee."""

    source: Path
    folder: Path
    second: Path | None
    kind: str
    when: datetime
    rotate: bool



# -- names and rotation ---------------------------------------------------------------------
def list_backups(folder: str | os.PathLike | None = None) -> list[BackupFile]:
    """keeper's backups in ``folder`` (default ``backups/``), newest first. Other files are
    ignored; an unreadable or vanished folder lists nothing."""
    folder = Path(folder) if folder is not None else paths.backups_dir()
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        kind, n = (match.group(3), int(match.group(4) or 1)) if match else ("before-migration", 1)
        match = match or _BEFORE_MIGRATION.match(entry.name)
        if not match:
            continue
        try:
            when = datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
            found.append((when, n, BackupFile(Path(entry.path), when, kind, entry.stat().st_size)))
        except (ValueError, OSError):
            continue
    return [b for *_, b in sorted(found, key=lambda f: f[:2], reverse=True)]


def backups_to_keep(moments: Mapping[Hashable, datetime], *, daily: int = KEEP_DAILY,
                    weekly: int = KEEP_WEEKLY, monthly: int = KEEP_MONTHLY) -> set:
    """Which backups rotation keeps: the newest of each of the ``daily`` most recent days
    that have one, likewise ISO weeks and months, and always the newest of all.

    Counting days *with* backups (not calendar days) means a PC left off for a month
    still keeps a week of history. Pure: tests give it fake dates.
    """
    ordered = [key for key, _ in sorted(moments.items(), key=lambda kv: kv[1], reverse=True)]
    keep = set(ordered[:1])
    rules = ((lambda m: m.date(), daily), (lambda m: m.isocalendar()[:2], weekly),
             (lambda m: (m.year, m.month), monthly))
    for period_of, count in rules:
        periods: set = set()
        for key in ordered:
            period = period_of(moments[key])
            if period in periods:
                continue
            if len(periods) >= count:
                break
            periods.add(period)
            keep.add(key)
    return keep


def prune(folder: str | os.PathLike | None = None) -> list[Path]:
    """Delete the backups rotation does not keep; return them. Only keeper's own rotated
    kinds are considered: never pre-migration, before-restore or other files."""
    folder = Path(folder) if folder is not None else paths.backups_dir()
    rotated = [b for b in list_backups(folder) if b.kind in ROTATED_KINDS]
    keep = backups_to_keep({b.path: b.when for b in rotated})
    removed = []
    for backup in rotated:
        if backup.path not in keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError as exc:  # a locked or read-only file waits for the next rotation
                log.warning("cannot remove old backup %s: %s", backup.path, exc)
    for stale in folder.glob(f".keeper-*{_PARTIAL}"):  # left by a backup killed midway
        try:
            if time.time() - stale.stat().st_mtime > 3600:  # an hour old: not one running
                stale.unlink()
        except OSError:
            pass
    return removed



def _copy_pages(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """SQLite's online backup, in one step (a separate function so tests can fill the disk)."""
    source.backup(target)


# -- making backups -------------------------------------------------------------------------
def current_db_path() -> Path:
    """The open database's file, else the data folder's keeper.db."""
    if database.obj is not None and not database.obj.is_closed():
        return Path(database.obj.database)
    return paths.db_path()


def name_for(when: datetime, kind: str, folder: Path) -> Path:
    base = f"keeper-{when:%Y%m%d-%H%M%S}-{kind}"
    candidate, n = folder / f"{base}.db", 1
    while candidate.exists():  # two backups in one second keep both
        n += 1
        candidate = folder / f"{base}-{n}.db"
    return candidate


def write_backup(source: Path, folder: Path, kind: str, when: datetime) -> BackupInfo:
    """Copy the database ``source`` into ``folder``, verified, atomically. Thread-safe."""
    if not re.fullmatch(r"[a-z]+(-[a-z]+)*", kind):
        raise ValueError(f"bad backup kind {kind!r}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise environment_problem(exc, folder) from exc
    final = name_for(when, kind, folder)
    temp = folder / f".{final.name}{_PARTIAL}"
    try:
        discard(temp)
        uri = (f"{source.resolve().as_uri()}?mode=rw" if writable(source)
               else read_only_uri(source))  # rescuing a copy from a read-only disk
        src = sqlite3.connect(uri, uri=True, timeout=5)
        try:
            dst = sqlite3.connect(temp)
            try:
                _copy_pages(src, dst)
            finally:
                dst.close()
        finally:
            src.close()
        single_file(temp)
        try:
            version = inspect(temp)
        except Unusable as bad:
            raise DatabaseProblem(QT_TRANSLATE_NOOP(
                "Errors", "The backup did not read back correctly ({detail}) and was deleted. "
                          "Run \"keeper check\": the database may be damaged, or the disk "
                          "{folder} may be failing."), detail=bad.detail, folder=folder) from bad
        fsync(temp)
        os.replace(temp, final)
        fsync(folder, folder=True)
        size = final.stat().st_size
    except (OSError, sqlite3.Error) as exc:
        discard(temp)
        raise environment_problem(exc, folder) from exc
    except BaseException:
        discard(temp)
        raise
    return BackupInfo(final, size, when, kind, version)


def _copy_verified(backup: Path, folder: Path) -> Path:
    """Copy a finished backup into another folder (the USB stick), verified, atomically."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / backup.name
        temp = folder / f".{backup.name}{_PARTIAL}"
        try:
            shutil.copyfile(backup, temp)
            inspect(temp, quick=True)
            fsync(temp)
            os.replace(temp, final)
            fsync(folder, folder=True)
        except BaseException:
            discard(temp)
            raise
    except Unusable as bad:
        raise EnvironmentProblem(QT_TRANSLATE_NOOP(
            "Errors", "The copy in {folder} did not read back correctly and was deleted: the "
                      "disk may be failing."), folder=folder) from bad
    except (OSError, sqlite3.Error) as exc:
        raise environment_problem(exc, folder) from exc
    return final


def inside_data_folder(folder: Path) -> bool:
    try:
        folder.resolve().relative_to(paths.data_dir().resolve())
        return True
    except ValueError:
        return False


def prepare_backup(target_dir: str | os.PathLike | None = None, *,
                   kind: str = "manual") -> BackupJob:
    """Read what a backup needs from the database (on the thread that owns it)."""
    source = current_db_path()
    if not source.exists():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "There is no keeper database at {path} yet."),
                        path=source)
    when = clock.now().replace(tzinfo=None, microsecond=0)
    if target_dir is not None:  # an explicit folder: exactly there, never rotated
        return BackupJob(source, Path(target_dir).expanduser(), None, kind, when, False)
    second = settings.get(SECOND_FOLDER) if database.obj is not None else ""
    return BackupJob(source, paths.backups_dir(), Path(second) if second else None, kind, when,
                     True)


def run_backup(job: BackupJob) -> BackupInfo:
    """The copying (slow on a USB stick): no peewee, so it may run on a worker thread."""
    info = write_backup(job.source, job.folder, job.kind, job.when)
    info.second_place = not inside_data_folder(job.folder)
    if job.second is not None:
        try:
            info.copies.append(_copy_verified(info.path, job.second))
            info.second_place = True
        except KeeperError as problem:
            info.warnings.append(problem)
    if job.rotate:
        info.removed += prune(job.folder)
        if info.copies:
            info.removed += prune(job.second)
    return info


def record_backup(info: BackupInfo) -> None:
    """Remember a backup to a second place (for the reminder). On the database's thread."""
    if info.second_place and database.obj is not None and not is_read_only():
        settings.set(LAST_SECOND_PLACE, clock.stamp())


def make_backup(target_dir: str | os.PathLike | None = None, *,
                kind: str = "manual") -> BackupInfo:
    """Back up the database now: into ``target_dir``, or into ``backups/`` (rotated) and the
    second folder if one is set. Raises EnvironmentProblem when the main copy fails."""
    job = prepare_backup(target_dir, kind=kind)
    info = run_backup(job)
    record_backup(info)
    return info


def backup_at_exit() -> BackupInfo | None:
    """The backup made when the window closes: a failure is logged, never stops the exit."""
    try:
        return make_backup(kind="exit")
    except (KeeperError, OSError) as exc:
        log.warning("no backup at exit: %s", exc)
        return None


def backup_due() -> bool:
    """No backup in ``backups/`` today: the GUI makes one (at least daily while running)."""
    today = clock.today()
    return not any(b.when.date() == today for b in list_backups() if b.kind != "damaged")


def last_second_place() -> datetime | None:
    try:
        return datetime.fromisoformat(settings.get(LAST_SECOND_PLACE))
    except ValueError:
        return None


def second_place_overdue(days: int = 7) -> bool:
    """True when no backup reached a second place (USB stick) for ``days`` days, or ever."""
    last = last_second_place()
    return last is None or clock.now() - last.astimezone() > timedelta(days=days)
