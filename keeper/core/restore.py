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
    connect_existing,
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


def _keep_current(target: Path, when: datetime) -> Path:
    """A copy of the database about to be replaced: a verified backup, or, when it is
    damaged, the raw file (evidence, and maybe recoverable by an expert)."""
    try:
        return write_backup(target, paths.backups_dir(), "before-restore", when).path
    except DatabaseProblem:
        folder = paths.backups_dir()
        copy = name_for(when, "damaged", folder)
        try:
            shutil.copyfile(target, copy)
            if Path(f"{target}-wal").exists():
                shutil.copyfile(f"{target}-wal", f"{copy}-wal")
        except OSError as exc:
            discard(copy)
            raise environment_problem(exc, folder) from exc
        return copy


def _release(target: Path) -> None:
    """Take the database out of WAL mode before swapping it: SQLite refuses while any other
    connection (another keeper window) has it open, and it folds the -wal file in."""
    try:
        conn = connect_existing(target)
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
        raise EnvironmentProblem(LOCKED)


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
        fsync(target.parent, folder=True)
    except BaseException as exc:
        discard(temp)
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
