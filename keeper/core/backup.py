"""Backups, restore and the start-up check of the one database file.

A backup is made with SQLite's online backup API (consistent while the window keeps
writing), into a hidden temp file, verified (integrity check, keeper tables, a schema this
keeper can open), then renamed into place: a half-written or bad copy never carries a
backup's name. No Qt here; the GUI runs ``run_backup`` on a worker thread.
"""
from __future__ import annotations

import errno
import logging
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Hashable, Iterable, Mapping

from keeper import paths, settings
from keeper.core import clock
from keeper.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseProblem,
    EnvironmentProblem,
    KeeperError,
    UserError,
)
from keeper.store import migrations
from keeper.store.connection import (  # noqa: F401 (open_checked: for callers)
    close_database,
    open_checked,
    open_database,
    quick_check,
)
from keeper.store.models import database

log = logging.getLogger(__name__)

SECOND_FOLDER = settings.SECOND_FOLDER  # declared in keeper/settings.py with the others
LAST_SECOND_PLACE = settings.LAST_SECOND_PLACE

# Only these are thinned out. A before-restore copy is the only copy of what a restore
# replaced and a damaged copy is evidence: both stay until the attendant deletes them.
ROTATED_KINDS = ("manual", "daily", "exit")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
SQLITE_HEADER = b"SQLite format 3\x00"
KEEPER_TABLES = {"station", "visit", "visit_service", "setting", "audit_log"}
_NAME = re.compile(r"^keeper-(\d{8})-(\d{6})-([a-z]+(?:-[a-z]+)*)(?:-(\d+))?\.db$")
_BEFORE_MIGRATION = re.compile(r"^keeper-v\d+-before-migration-(\d{8})-(\d{6})\.db$")
_PARTIAL = ".partial"

_FULL = QT_TRANSLATE_NOOP("Errors", "The disk holding {folder} is full. Free some space or "
                                    "choose another folder, then try again.")
_READ_ONLY = QT_TRANSLATE_NOOP("Errors", "Cannot write to {folder}: the disk or folder is "
                                         "read-only, or keeper may not write there.")
_MISSING = QT_TRANSLATE_NOOP("Errors", "The folder {folder} cannot be reached (was the USB "
                                       "stick taken out?).")
_LOCKED = QT_TRANSLATE_NOOP("Errors", "The database is in use by another program (another "
                                      "keeper window?). Close it and try again.")
_OTHER = QT_TRANSLATE_NOOP("Errors", "Cannot write to {folder}: {reason}.")


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


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept: Path | None  # the database as it was before the restore
    schema_version: int  # of the restored file, before any migration


class _Unusable(Exception):
    """A file that is not a whole keeper database this keeper can open."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason, self.detail = reason, detail  # reason: not-keeper | newer | damaged


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


# -- errors of the machine ------------------------------------------------------------------
def environment_problem(exc: BaseException, folder: Path) -> KeeperError:
    """An OSError or SQLite error met while writing into ``folder``, as a message."""
    if isinstance(exc, OSError):
        code = exc.errno
        if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return EnvironmentProblem(_FULL, folder=folder)
        if code in (errno.EACCES, errno.EPERM, errno.EROFS):
            return EnvironmentProblem(_READ_ONLY, folder=folder)
        if code in (errno.ENOENT, errno.ENOTDIR, errno.ENODEV, errno.ENXIO, errno.EEXIST):
            return EnvironmentProblem(_MISSING, folder=folder)
        return EnvironmentProblem(_OTHER, folder=folder, reason=exc.strerror or str(exc))
    text = str(exc).lower()
    if "full" in text:
        return EnvironmentProblem(_FULL, folder=folder)
    if "readonly" in text or "read-only" in text:
        return EnvironmentProblem(_READ_ONLY, folder=folder)
    if "locked" in text or "busy" in text:
        return EnvironmentProblem(_LOCKED)
    if "malformed" in text or "not a database" in text:
        return DatabaseProblem(QT_TRANSLATE_NOOP(
            "Errors", "The database is damaged ({detail}). Restore it from a backup."),
            detail=str(exc))
    if "unable to open" in text:
        return EnvironmentProblem(_MISSING, folder=folder)
    return EnvironmentProblem(_OTHER, folder=folder, reason=str(exc))


# -- reading a database file ----------------------------------------------------------------
def _connect_existing(path: Path) -> sqlite3.Connection:
    # mode=rw never creates a file; a write-protected file still opens, read-only.
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=5)
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")  # damaged text is no crash
    return conn


def _columns(conn: sqlite3.Connection) -> dict[str, set[str]]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: {r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')} for t in tables}


def _schema_gaps(conn: sqlite3.Connection, version: int) -> list[str]:
    """Tables or columns the migrations to ``version`` make but the file lacks (a damaged
    schema passes SQLite's integrity check)."""
    fresh = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrations.migrate(fresh, target=version)
        expected = _columns(fresh)
    finally:
        fresh.close()
    found = _columns(conn)
    return [f"{t}: {sorted(cols - found.get(t, set()))}" for t, cols in expected.items()
            if not cols <= found.get(t, set())]


def _inspect(path: Path, *, quick: bool = False) -> int:
    """The schema version of a keeper database file; raises _Unusable otherwise."""
    with open(path, "rb") as handle:
        if not handle.read(100).startswith(SQLITE_HEADER):
            raise _Unusable("not-keeper", "no SQLite header")
    try:
        conn = _connect_existing(path)
    except sqlite3.Error as exc:
        raise _Unusable("not-keeper", str(exc)) from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if version < 1 or not KEEPER_TABLES <= tables:
            raise _Unusable("not-keeper", "no keeper tables")
        if version > migrations.LATEST_VERSION:
            raise _Unusable("newer", str(version))
        rows = [r[0] for r in conn.execute(f"PRAGMA {'quick' if quick else 'integrity'}_check")]
        rows = rows if rows != ["ok"] else _schema_gaps(conn, version)
        if rows:
            raise _Unusable("damaged", "; ".join(map(str, rows[:3])))
        return version
    except (sqlite3.Error, ValueError) as exc:  # garbage after a valid header, a cut file
        raise _Unusable("damaged", str(exc)) from exc
    finally:
        conn.close()


def _single_file(path: Path, version: int | None = None) -> None:
    """Leave the copy in rollback-journal mode: one self-contained file, no -wal beside it.
    With ``version``, also write it (proves the file can be written)."""
    conn = _connect_existing(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        if version is not None:
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.commit()
    finally:
        conn.close()


def _fsync(path: Path, *, folder: bool = False) -> None:
    if folder and os.name == "nt":
        return  # Windows cannot open a folder to flush it; its rename is already durable
    fd = os.open(path, os.O_RDONLY if folder else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _discard(*files: Path) -> None:
    for path in files:
        for extra in ("", "-journal", "-wal", "-shm"):
            try:
                os.unlink(f"{path}{extra}")
            except OSError:
                pass


def _copy_pages(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """SQLite's online backup, in one step (a separate function so tests can fill the disk)."""
    source.backup(target)


# -- making backups -------------------------------------------------------------------------
def current_db_path() -> Path:
    """The open database's file, else the data folder's keeper.db."""
    if database.obj is not None and not database.obj.is_closed():
        return Path(database.obj.database)
    return paths.db_path()


def _name(when: datetime, kind: str, folder: Path) -> Path:
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
    final = _name(when, kind, folder)
    temp = folder / f".{final.name}{_PARTIAL}"
    try:
        _discard(temp)
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=rw", uri=True, timeout=5)
        try:
            dst = sqlite3.connect(temp)
            try:
                _copy_pages(src, dst)
            finally:
                dst.close()
        finally:
            src.close()
        _single_file(temp)
        try:
            version = _inspect(temp)
        except _Unusable as bad:
            raise DatabaseProblem(QT_TRANSLATE_NOOP(
                "Errors", "The backup did not read back correctly ({detail}) and was deleted. "
                          "Run \"keeper check\": the database may be damaged, or the disk "
                          "{folder} may be failing."), detail=bad.detail, folder=folder) from bad
        _fsync(temp)
        os.replace(temp, final)
        _fsync(folder, folder=True)
        size = final.stat().st_size
    except (OSError, sqlite3.Error) as exc:
        _discard(temp)
        raise environment_problem(exc, folder) from exc
    except BaseException:
        _discard(temp)
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
            _inspect(temp, quick=True)
            _fsync(temp)
            os.replace(temp, final)
            _fsync(folder, folder=True)
        except BaseException:
            _discard(temp)
            raise
    except _Unusable as bad:
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
    if info.second_place and database.obj is not None:
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


# -- checks ---------------------------------------------------------------------------------
def newest_good_backup(folders: Iterable[Path] | None = None) -> BackupFile | None:
    """The newest backup that passes a quick check (for the damaged-database dialog)."""
    folders = list(folders) if folders is not None else [paths.backups_dir()]
    candidates = sorted((b for f in folders for b in list_backups(f) if b.kind != "damaged"),
                        key=lambda b: b.when, reverse=True)
    for candidate in candidates:
        try:
            _inspect(candidate.path, quick=True)
            return candidate
        except (_Unusable, OSError) as exc:
            log.warning("backup %s is not usable: %s", candidate.path, exc)
    return None


# -- restore --------------------------------------------------------------------------------
def _not_restorable(file: Path, bad: _Unusable) -> UserError:
    if bad.reason == "newer":
        return UserError(QT_TRANSLATE_NOOP(
            "Errors", "{path} was written by a newer version of keeper (schema {found}; this "
                      "keeper knows up to {known}). Install the newer keeper to restore it."),
            path=file, found=bad.detail, known=migrations.LATEST_VERSION)
    if bad.reason == "damaged":
        return UserError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is a damaged database ({detail}); choose another backup."),
            path=file, detail=bad.detail)
    return UserError(QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a keeper database; choose a backup made by keeper "
                  "(keeper-….db)."), path=file)


def _stage(file: Path, temp: Path) -> int:
    """Copy the file to restore beside keeper.db and check the copy (never the user's own
    file: opening it could change it). Returns its schema version."""
    try:
        with open(file, "rb") as handle:
            if not handle.read(100).startswith(SQLITE_HEADER):
                raise _not_restorable(file, _Unusable("not-keeper"))
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}."),
                        path=file, reason=exc.strerror or exc) from exc
    try:
        _discard(temp)
        shutil.copyfile(file, temp)
        wal = Path(f"{file}-wal")
        if wal.exists():  # a keeper.db copied from a running station: its recent visits
            shutil.copyfile(wal, f"{temp}-wal")
        version = _inspect(temp)
        try:  # one write, as the app will make: a file SQLite only reads is refused here
            _single_file(temp, version)
        except sqlite3.Error as exc:
            raise _Unusable("damaged", str(exc)) from exc
        _fsync(temp)
        return version
    except _Unusable as bad:
        _discard(temp)
        raise _not_restorable(file, bad) from bad
    except (OSError, sqlite3.Error) as exc:
        _discard(temp)
        raise environment_problem(exc, temp.parent) from exc


def _keep_current(target: Path, when: datetime) -> Path:
    """A copy of the database about to be replaced: a verified backup, or, when it is
    damaged, the raw file (evidence, and maybe recoverable by an expert)."""
    try:
        return write_backup(target, paths.backups_dir(), "before-restore", when).path
    except DatabaseProblem:
        folder = paths.backups_dir()
        copy = _name(when, "damaged", folder)
        try:
            shutil.copyfile(target, copy)
            if Path(f"{target}-wal").exists():
                shutil.copyfile(f"{target}-wal", f"{copy}-wal")
        except OSError as exc:
            _discard(copy)
            raise environment_problem(exc, folder) from exc
        return copy


def _release(target: Path) -> None:
    """Take the database out of WAL mode before swapping it: SQLite refuses while any other
    connection (another keeper window) has it open, and it folds the -wal file in."""
    try:
        conn = _connect_existing(target)
    except sqlite3.Error:
        return
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        mode = "wal" if "locked" in str(exc) or "busy" in str(exc) else "damaged"
    except sqlite3.Error:
        mode = "damaged"  # a damaged file: its -wal and -shm are simply removed
    finally:
        conn.close()
    if mode == "wal":
        raise EnvironmentProblem(_LOCKED)


def restore(file: str | os.PathLike) -> RestoreResult:
    """Replace the database with a backup: check it, keep a copy of the current database,
    swap atomically, reopen (migrating an older backup)."""
    file = Path(file).expanduser()
    target = current_db_path()
    temp = target.with_name(f".{target.name}.restoring")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)  # restoring onto a new PC
    except OSError as exc:
        raise environment_problem(exc, target.parent) from exc
    version = _stage(file, temp)
    when = clock.now().replace(tzinfo=None, microsecond=0)
    try:
        close_database()
        kept = None
        if target.exists():
            _release(target)  # first: refused while in use, before any copy is made
            kept = _keep_current(target, when)
        for extra in ("-wal", "-shm", "-journal"):  # another file's WAL must never replay
            Path(f"{target}{extra}").unlink(missing_ok=True)
        os.replace(temp, target)
        _fsync(target.parent, folder=True)
    except BaseException as exc:
        _discard(temp)
        if database.obj is not None and database.obj.is_closed() and target.exists():
            try:  # the database as it was, so the window goes on working
                open_database(target)
            except KeeperError:
                pass
        if isinstance(exc, (OSError, sqlite3.Error)):
            raise environment_problem(exc, target.parent) from exc
        raise
    open_database(target)
    from keeper.core import audit

    try:
        audit.record("restore", "database", new={"from": str(file), "kept": str(kept or ""),
                                                 "schema": version})
    except Exception as exc:  # noqa: BLE001 (the restore itself is done; say so in the log)
        log.warning("restore not recorded in the audit log: %s", exc)
    return RestoreResult(file, kept, version)
