"""A database file on disk, apart from the open connection: is it a whole keeper database
this keeper can open, flushing and discarding files, and the machine's errors (a full disk, a
read-only folder, a missing USB stick) as messages. Shared by backups and restore; no Qt.
"""
from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from keeper.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseProblem,
    EnvironmentProblem,
    KeeperError,
)
from keeper.store import migrations

SQLITE_HEADER = b"SQLite format 3\x00"
KEEPER_TABLES = {"station", "visit", "visit_service", "setting", "audit_log"}

FULL = QT_TRANSLATE_NOOP("Errors", "The disk holding {folder} is full. Free some space or "
                                    "choose another folder, then try again.")
READ_ONLY = QT_TRANSLATE_NOOP("Errors", "Cannot write to {folder}: the disk or folder is "
                                         "read-only, or keeper may not write there.")
MISSING = QT_TRANSLATE_NOOP("Errors", "The folder {folder} cannot be reached (was the USB "
                                       "stick taken out?).")
LOCKED = QT_TRANSLATE_NOOP("Errors", "The database is in use by another program (another "
                                      "keeper window?). Close it and try again.")
OTHER = QT_TRANSLATE_NOOP("Errors", "Cannot write to {folder}: {reason}.")



class Unusable(Exception):
    """A file that is not a whole keeper database this keeper can open."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason, self.detail = reason, detail  # reason: not-keeper | newer | damaged


# -- errors of the machine ------------------------------------------------------------------
def environment_problem(exc: BaseException, folder: Path) -> KeeperError:
    """An OSError or SQLite error met while writing into ``folder``, as a message."""
    if isinstance(exc, OSError):
        code = exc.errno
        if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return EnvironmentProblem(FULL, folder=folder)
        if code in (errno.EACCES, errno.EPERM, errno.EROFS):
            return EnvironmentProblem(READ_ONLY, folder=folder)
        if code in (errno.ENOENT, errno.ENOTDIR, errno.ENODEV, errno.ENXIO, errno.EEXIST):
            return EnvironmentProblem(MISSING, folder=folder)
        return EnvironmentProblem(OTHER, folder=folder, reason=exc.strerror or str(exc))
    text = str(exc).lower()
    if "full" in text:
        return EnvironmentProblem(FULL, folder=folder)
    if "readonly" in text or "read-only" in text:
        return EnvironmentProblem(READ_ONLY, folder=folder)
    if "locked" in text or "busy" in text:
        return EnvironmentProblem(LOCKED)
    if "malformed" in text or "not a database" in text:
        return DatabaseProblem(QT_TRANSLATE_NOOP(
            "Errors", "The database is damaged ({detail}). Restore it from a backup."),
            detail=str(exc))
    if "unable to open" in text:
        return EnvironmentProblem(MISSING, folder=folder)
    return EnvironmentProblem(OTHER, folder=folder, reason=str(exc))



# -- reading a database file ----------------------------------------------------------------
def connect_existing(path: Path) -> sqlite3.Connection:
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


def inspect(path: Path, *, quick: bool = False) -> int:
    """The schema version of a keeper database file; raises Unusable otherwise."""
    with open(path, "rb") as handle:
        if not handle.read(100).startswith(SQLITE_HEADER):
            raise Unusable("not-keeper", "no SQLite header")
    try:
        conn = connect_existing(path)
    except sqlite3.Error as exc:
        raise Unusable("not-keeper", str(exc)) from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if version < 1 or not KEEPER_TABLES <= tables:
            raise Unusable("not-keeper", "no keeper tables")
        if version > migrations.LATEST_VERSION:
            raise Unusable("newer", str(version))
        rows = [r[0] for r in conn.execute(f"PRAGMA {'quick' if quick else 'integrity'}_check")]
        rows = rows if rows != ["ok"] else _schema_gaps(conn, version)
        if rows:
            raise Unusable("damaged", "; ".join(map(str, rows[:3])))
        return version
    except (sqlite3.Error, ValueError) as exc:  # garbage after a valid header, a cut file
        raise Unusable("damaged", str(exc)) from exc
    finally:
        conn.close()


def single_file(path: Path, version: int | None = None) -> None:
    """Leave the copy in rollback-journal mode: one self-contained file, no -wal beside it.
    With ``version``, also write it (proves the file can be written)."""
    conn = connect_existing(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        if version is not None:
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.commit()
    finally:
        conn.close()


def fsync(path: Path, *, folder: bool = False) -> None:
    if folder and os.name == "nt":
        return  # Windows cannot open a folder to flush it; its rename is already durable
    fd = os.open(path, os.O_RDONLY if folder else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def discard(*files: Path) -> None:
    for path in files:
        for extra in ("", "-journal", "-wal", "-shm"):
            try:
                os.unlink(f"{path}{extra}")
            except OSError:
                pass
