"""Restore: replace the database with a checked backup, keeping the current one first, and
find the newest good backup for the damaged-database dialog. No Qt here.
"""
from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterable

from keeper import paths
from keeper.core import clock
from keeper.core.backup import BackupFile, current_db_path, list_backups, name_for, write_backup
from keeper.core.dbfile import (
    LOCKED,
    SQLITE_HEADER,
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
from keeper.store import migrations
from keeper.store.connection import close_database, open_database
from keeper.store.models import database

log = logging.getLogger(__name__)

LOCK_WAIT = 15  # seconds a restore waits for a writer to finish before giving up
WINDOW_OPEN = QT_TRANSLATE_NOOP("Errors", "A keeper window is open on this data folder. Restore "
                                          "from that window (Settings → Backups), or close it "
                                          "and try again.")


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept: Path | None  # the database as it was before the restore
    schema_version: int  # of the restored file, before any migration


# -- checks ---------------------------------------------------------------------------------
def newest_good_backup(folders: Iterable[Path] | None = None) -> BackupFile | None:
    """The newest backup that passes a quick check (for the damaged-database dialog)."""
    folders = list(folders) if folders is not None else [paths.backups_dir()]
    candidates = sorted((b for f in folders for b in list_backups(f) if b.kind != "damaged"),
                        key=lambda b: b.when, reverse=True)
    for candidate in candidates:
        try:
            inspect(candidate.path, quick=True)
            return candidate
        except (Unusable, OSError) as exc:
            log.warning("backup %s is not usable: %s", candidate.path, exc)
    return None



# -- restore --------------------------------------------------------------------------------
def _not_restorable(file: Path, bad: Unusable) -> UserError:
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
                raise _not_restorable(file, Unusable("not-keeper"))
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}."),
                        path=file, reason=exc.strerror or exc) from exc
    try:
        discard(temp)
        shutil.copyfile(file, temp)
        wal = Path(f"{file}-wal")
        if wal.exists():  # a keeper.db copied from a running station: its recent visits
            shutil.copyfile(wal, f"{temp}-wal")
        version = inspect(temp)
        try:  # one write, as the app will make: a file SQLite only reads is refused here
            single_file(temp, version)
        except sqlite3.Error as exc:
            raise Unusable("damaged", str(exc)) from exc
        fsync(temp)
        return version
    except Unusable as bad:
        discard(temp)
        raise _not_restorable(file, bad) from bad
    except (OSError, sqlite3.Error) as exc:
        discard(temp)
        raise environment_problem(exc, temp.parent) from exc


def other_window_pid() -> int | None:
    """The process id of a keeper window open on this data folder, other than this process
    (the window holds ``paths.window_lock_path()``, a QLockFile: pid on its first line)."""
    try:
        pid = int(paths.window_lock_path().read_text(errors="replace").split()[0])
    except (OSError, ValueError, IndexError):
        return None
    if pid == os.getpid():
        return None
    try:
        os.kill(pid, 0)  # no signal sent: only "does it exist"
    except ProcessLookupError:
        return None  # a stale lock of a window that crashed
    except OSError:
        pass  # exists, owned by someone else
    return pid


def _write_lock(target: Path, staged: Path) -> sqlite3.Connection:
    """A connection holding the database's write lock, with the staged file attached.
    Writers (a window, ``keeper log``) now wait, up to their busy timeout, or are refused:
    none of them can commit between the kept copy and the swap."""
    conn = sqlite3.connect(target, isolation_level=None, timeout=LOCK_WAIT)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")  # tables are dropped and refilled
        conn.execute("ATTACH DATABASE ? AS restored", (str(staged),))
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        conn.close()
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise EnvironmentProblem(LOCKED) from exc
        raise _CurrentDamaged(str(exc)) from exc
    return conn


def _replace_contents(conn: sqlite3.Connection, version: int) -> None:
    """Inside the write transaction: main's schema and rows become the restored file's.
    Every connection (another process mid-wait included) then sees the restored ledger:
    nothing writes into a file that was swapped away underneath it."""
    listed = "SELECT type, name, sql FROM {}.sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    for kind, name, _sql in conn.execute(listed.format("main")).fetchall():
        if kind in ("table", "view"):
            conn.execute(f'DROP {kind.upper()} IF EXISTS main."{name}"')
    objects = conn.execute(listed.format("restored")).fetchall()
    for kind, name, sql in objects:
        if kind == "table":
            conn.execute(sql)  # an unqualified CREATE makes it in main
            conn.execute(f'INSERT INTO main."{name}" SELECT * FROM restored."{name}"')
    has_sequence = "SELECT 1 FROM {}.sqlite_master WHERE name = 'sqlite_sequence'"
    if conn.execute(has_sequence.format("restored")).fetchone():
        if conn.execute(has_sequence.format("main")).fetchone():
            conn.execute("DELETE FROM main.sqlite_sequence")
            conn.execute("INSERT INTO main.sqlite_sequence SELECT * FROM restored.sqlite_sequence")
    for kind, name, sql in objects:
        if kind != "table" and sql:
            conn.execute(sql)
    conn.execute(f"PRAGMA main.user_version = {int(version)}")


class _CurrentDamaged(Exception):
    """The database being replaced cannot be read through: swap the file instead."""


def _restore_in_place(target: Path, staged: Path, version: int, when: datetime) -> Path:
    conn = _write_lock(target, staged)
    try:
        try:  # a second connection reads the last commit: everything ever acknowledged
            kept = write_backup(target, paths.backups_dir(), "before-restore", when).path
        except DatabaseProblem as damaged:
            raise _CurrentDamaged(str(damaged)) from damaged
        try:
            _replace_contents(conn, version)
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if any(w in str(exc).lower() for w in ("full", "locked", "busy", "readonly")):
                raise
            raise _CurrentDamaged(str(exc)) from exc
        return kept
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()


def _swap_damaged(target: Path, staged: Path, when: datetime) -> Path:
    """A damaged database is kept as a raw copy (evidence, maybe recoverable by an expert)
    and the checked file renamed over it."""
    folder = paths.backups_dir()
    copy = name_for(when, "damaged", folder)
    try:
        shutil.copyfile(target, copy)
        if Path(f"{target}-wal").exists():
            shutil.copyfile(f"{target}-wal", f"{copy}-wal")
    except OSError as exc:
        discard(copy)
        raise environment_problem(exc, folder) from exc
    for extra in ("-wal", "-shm", "-journal"):  # the damaged file's WAL must never replay
        Path(f"{target}{extra}").unlink(missing_ok=True)
    os.replace(staged, target)
    fsync(target.parent, folder=True)
    return copy


def restore(file: str | os.PathLike) -> RestoreResult:
    """Replace the database with a backup: check it, then, holding the database's write
    lock, keep a copy of the current database and put the backup's contents in its place
    in one transaction; reopen (migrating an older backup). Refused while another keeper
    window is open on the data folder."""
    file = Path(file).expanduser()
    target = current_db_path()
    temp = target.with_name(f".{target.name}.restoring")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)  # restoring onto a new PC
    except OSError as exc:
        raise environment_problem(exc, target.parent) from exc
    if other_window_pid() is not None:
        raise EnvironmentProblem(WINDOW_OPEN)
    version = _stage(file, temp)
    when = clock.now().replace(tzinfo=None, microsecond=0)
    try:
        close_database()
        kept = None
        if not target.exists():
            os.replace(temp, target)
            fsync(target.parent, folder=True)
        else:
            try:
                kept = _restore_in_place(target, temp, version, when)
            except _CurrentDamaged as damaged:
                log.warning("restoring over a damaged database: %s", damaged)
                kept = _swap_damaged(target, temp, when)
    except BaseException as exc:
        if database.obj is not None and database.obj.is_closed() and target.exists():
            try:  # the database as it was, so the window goes on working
                open_database(target)
            except KeeperError:
                pass
        if isinstance(exc, (OSError, sqlite3.Error)):
            raise environment_problem(exc, target.parent) from exc
        raise
    finally:
        discard(temp)
    open_database(target)
    from keeper.core import audit

    try:
        audit.record("restore", "database", new={"from": str(file), "kept": str(kept or ""),
                                                 "schema": version})
    except Exception as exc:  # noqa: BLE001 (the restore itself is done; say so in the log)
        log.warning("restore not recorded in the audit log: %s", exc)
    return RestoreResult(file, kept, version)
