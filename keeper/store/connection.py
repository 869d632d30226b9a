"""Opening the one database file: pragmas, version checks, a copy before migrating, a
read-only opening for a folder that cannot be written, and SQLite's errors as messages
(locked, a full disk and damage are three different things to tell the attendant)."""
from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator

import peewee
from peewee import SqliteDatabase

from keeper import paths
from keeper.errors import QT_TRANSLATE_NOOP, DatabaseProblem, EnvironmentProblem, KeeperError
from keeper.store import migrations
from keeper.store.models import database

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # FULL: a visit whose save returned survives the PC being switched off at the wall.
    "synchronous": 2,
    "busy_timeout": 5000,
}
# Below this much free space SQLite's vaguer errors (I/O error, cannot open) mean a full disk.
LOW_SPACE = 256 * 1024
KEEPER_TABLES = {"station", "visit", "visit_service", "setting", "audit_log"}

LOCKED = QT_TRANSLATE_NOOP("Errors", "Another keeper (a window or a command) is busy with the "
                                     "database {path}. Wait a moment and try again.")
DISK_FULL = QT_TRANSLATE_NOOP("Errors", "The disk holding {folder} is full. Free some space, "
                                        "then try again. The database is not damaged: do not "
                                        "restore anything.")
READ_ONLY = QT_TRANSLATE_NOOP("Errors", "The database {path} can only be read (the disk or "
                                        "folder is read-only), so nothing can be saved. It can "
                                        "still be checked, exported and backed up to another "
                                        "disk.")
CANNOT_OPEN = QT_TRANSLATE_NOOP("Errors", "Cannot open or write the database {path}. Check that "
                                          "the folder exists and can be written to.")
DAMAGED = QT_TRANSLATE_NOOP("Errors", "The database {path} is damaged ({detail}). Nothing was "
                                      "changed. Restore it from a backup (Settings → Backups in "
                                      "the window, or keeper restore FILE).")
NOT_KEEPER = QT_TRANSLATE_NOOP("Errors", "{path} is not a keeper database ({detail}). keeper "
                                         "leaves it as it is: move it away, or restore a backup "
                                         "made by keeper.")


_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")
_check_lock = threading.Lock()


class StationDatabase(SqliteDatabase):
    """peewee's SQLite database that can also open the file read-only (``mode=ro``).

    ``check_pending``: opened without the quick check (the window's start checks on a
    worker once the window is painted). Until the check is done, the first write runs it
    here, before writing: nothing is added to a damaged ledger, however quick the
    attendant is."""

    read_only = False
    check_pending = False

    def execute_sql(self, sql, params=None):
        if self.check_pending and sql.lstrip()[:7].upper().startswith(_WRITES):
            self._check_before_writing()
        return super().execute_sql(sql, params)

    def _check_before_writing(self) -> None:
        with _check_lock:
            if self.check_pending:
                require_healthy()  # damaged: refused, and so is every write after it
                self.check_pending = False

    def _connect(self):
        if not self.read_only:
            return super()._connect()
        uri = read_only_uri(Path(self.database))
        conn = sqlite3.connect(uri, uri=True, timeout=self._timeout, isolation_level=None,
                               **self.connect_params)
        try:
            self._add_conn_hooks(conn)
        except Exception:
            conn.close()
            raise
        return conn


def read_only_uri(path: Path) -> str:
    """A file on a read-only disk: nothing can change it, so SQLite need not lock it nor
    make the -shm file it cannot create there (``immutable``)."""
    return f"{path.resolve().as_uri()}?mode=ro&immutable=1"


def _private_copy(path: Path) -> Path:
    """A read-only database whose -wal still holds recent visits: immutable would skip
    them, so a copy of both in a temp folder is opened instead (SQLite folds the WAL in)."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="keeper-read-only-"))
    try:
        shutil.copyfile(path, folder / path.name)
        shutil.copyfile(f"{path}-wal", folder / f"{path.name}-wal")
        conn = sqlite3.connect(folder / path.name)
        try:  # fold the WAL in; then the copy is opened read-only like the original
            conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder / path.name


def _disk_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE
    except OSError:
        return False


def _short(detail: str, limit: int = 200) -> str:
    detail = " ".join(detail.split())
    return detail if len(detail) <= limit else detail[:limit] + "…"


def database_error(exc: BaseException, path: str | Path | None = None) -> KeeperError:
    """An error SQLite (or peewee around it) raised while using the station's database, as
    the message the attendant needs: locked, a full disk, read-only, damaged."""
    if path is None:
        path = Path(database.obj.database) if database.obj is not None else paths.db_path()
    path = Path(path)
    chain, seen = [], set()
    while exc is not None and id(exc) not in seen:  # "cannot rollback" hides "disk is full"
        seen.add(id(exc))
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__
    text = " | ".join(str(e) for e in chain).lower()
    exc = chain[0]
    if "locked" in text or "busy" in text:
        return EnvironmentProblem(LOCKED, path=path)
    if "full" in text or _disk_full(path.parent):
        return EnvironmentProblem(DISK_FULL, folder=path.parent)
    if "readonly" in text or "read-only" in text:
        return EnvironmentProblem(READ_ONLY, path=path)
    if "unable to open" in text or "disk i/o" in text:
        return EnvironmentProblem(CANNOT_OPEN, path=path)
    return DatabaseProblem(DAMAGED, path=path, detail=_short(str(exc)))


def _copy_before_migrating(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the database with SQLite's backup API (safe with WAL) into backups/, under a
    temp name renamed once whole: a killed migration never leaves a 0-byte copy."""
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"keeper-v{version}-before-migration-{stamp}.db"
    temp = folder / f".{target.name}.partial"
    try:
        copy = sqlite3.connect(temp)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


def _refuse_foreign(path: Path) -> None:
    """A file with tables but not keeper's is another program's: never migrate it, nor even
    switch it to WAL. Looked at through a read-only connection, before any pragma."""
    conn = sqlite3.connect(read_only_uri(path).replace("&immutable=1", ""), uri=True, timeout=5)
    try:
        version = migrations.user_version(conn)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master "
                                             "WHERE type='table'")}
    finally:
        conn.close()
    if version > migrations.LATEST_VERSION:
        return  # a newer keeper's: its own message follows
    if (version == 0 and tables) or (version > 0 and not KEEPER_TABLES <= tables):
        raise DatabaseProblem(NOT_KEEPER, path=path,
                              detail=_short(", ".join(sorted(tables)) or "no tables", 120))


def writable(path: Path) -> bool:
    """Can keeper write the database here? Not on a disk the system remounted read-only or
    in a write-protected folder. Root passes permission checks, so the mount is asked too."""
    folder = path.parent
    if not folder.exists():
        return True  # made on first use; failing that is its own message
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return False
    try:
        return not os.statvfs(folder).f_flag & os.ST_RDONLY
    except (AttributeError, OSError):
        return True  # Windows: os.access has answered


def open_database(path: str | Path, *, migrate: bool = True,
                  read_only: bool | None = None) -> SqliteDatabase:
    """Open (creating if needed) and migrate the database; bind the models to it.

    Refuses a database written by a newer keeper, an empty file and another program's
    database instead of changing them. Where keeper cannot write (``read_only`` None: found
    out) the file is opened read-only and unmigrated, to be checked, exported, backed up.
    """
    path = Path(path)
    existed = path.exists()
    if existed and path.stat().st_size == 0:
        raise DatabaseProblem(NOT_KEEPER, path=path, detail="0 bytes")
    if read_only is None:
        read_only = existed and not writable(path)
    wal = Path(f"{path}-wal")
    if read_only and wal.exists() and wal.stat().st_size > 0:
        try:
            opened = _private_copy(path)
        except (OSError, sqlite3.Error) as exc:
            raise EnvironmentProblem(CANNOT_OPEN, path=path) from exc
    else:
        opened = path
    db = StationDatabase(str(opened), pragmas={"busy_timeout": 5000} if read_only else PRAGMAS,
                         check_same_thread=False)
    db.read_only = read_only
    db.private_copy = opened != path  # removed again when closed
    try:
        if existed and not read_only:
            _refuse_foreign(path)
        db.connect(reuse_if_open=True)
        conn = db.connection()
        version = migrations.user_version(conn)
        if version > migrations.LATEST_VERSION:
            raise DatabaseProblem(
                QT_TRANSLATE_NOOP("Errors", "The database {path} was written by a newer version "
                                  "of keeper (schema {found}; this keeper knows up to {known}). "
                                  "Install the newer keeper to open it."),
                path=path, found=version, known=migrations.LATEST_VERSION,
            )
        if migrate and not read_only and version < migrations.LATEST_VERSION:
            if existed and version > 0:
                _copy_before_migrating(conn, path, version)
            migrations.migrate(conn)
    except BaseException as exc:
        if not db.is_closed():
            db.close()
        if isinstance(exc, (sqlite3.Error, peewee.DatabaseError)):
            raise database_error(exc, path) from exc
        if isinstance(exc, OSError):  # the copy before migrating
            raise (EnvironmentProblem(DISK_FULL, folder=path.parent) if _disk_full(path.parent)
                   else EnvironmentProblem(CANNOT_OPEN, path=path)) from exc
        raise
    database.initialize(db)
    return db


@contextmanager
def page_cache(mib: int):
    """A bigger page cache for one large write (SQLite's default is 2 MiB). A 100,000-row
    import inserts into five indexes, one of them keyed by a hash (random order): with the
    default cache its pages spill to the WAL and are read back again and again. Memory
    comes back when the block ends."""
    conn = database.connection()
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-1024 * mib}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")
        conn.execute("PRAGMA shrink_memory")


def is_read_only() -> bool:
    """The open database lies where keeper cannot write: it was opened read-only."""
    return bool(getattr(database.obj, "read_only", False))


def close_database() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()
        if getattr(db, "private_copy", False):
            shutil.rmtree(Path(db.database).parent, ignore_errors=True)


def integrity_problems(db=None, *, quick: bool = False, foreign_keys: bool = True) -> list[str]:
    """SQLite's integrity check (``quick``: every page read, no index cross-check) and the
    foreign keys, of the open database or of a worker's own sqlite3 connection. An empty
    list means healthy."""
    db = db or database.obj
    execute = getattr(db, "execute_sql", None) or db.execute
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = [r[0] for r in execute(f"PRAGMA {pragma}").fetchall()]
        problems = [] if rows == ["ok"] else [str(r) for r in rows]
        if foreign_keys:
            problems += [f"foreign key: {row}"
                         for row in execute("PRAGMA foreign_key_check").fetchall()]
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        problems = [str(exc)]
    return problems


def read_connection() -> sqlite3.Connection:
    """A separate read-only connection for a worker thread (WAL lets it read while the
    window's connection writes). The caller closes it."""
    path = Path(database.obj.database).resolve()
    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def quick_check(db=None) -> list[str]:
    """The check at each start: the quick one, without the foreign keys."""
    return integrity_problems(db, quick=True, foreign_keys=False)


def require_healthy() -> None:
    """Refuse to build a report on, or close a month of, a damaged ledger: a damaged index
    silently leaves visits out. The quick check costs ~0.4 s on a million visits."""
    problems = quick_check()
    if problems:
        first = [line for line in problems[0].splitlines() if not line.startswith("***")]
        raise DatabaseProblem(DAMAGED, path=Path(database.obj.database),
                              detail=_short((first or problems)[0], 120))


@contextmanager
def healthy_meanwhile() -> Iterator[Callable[[], None]]:
    """``require_healthy`` while the caller goes on reading: the quick check runs on a
    reader connection of its own in a thread (SQLite lets go of Python's lock while it
    checks), and the caller calls the yielded ``require`` before it writes anything. Only
    an "ok" is taken from the thread: any other outcome (a problem, a connection that would
    not open, a read-only database) is decided by ``require_healthy`` on the open database,
    so the verdict and its message are as before. A failure while reading is reported as
    the damage when the check finds some (a damaged ledger is said first)."""
    verdict: list[bool] = []
    conn = None
    if not is_read_only():
        try:
            conn = read_connection()
        except sqlite3.Error:
            conn = None

    def check() -> None:
        try:
            verdict.append(conn.execute("PRAGMA quick_check").fetchall() == [("ok",)])
        except sqlite3.Error:
            verdict.append(False)

    thread = None
    if conn is not None:
        thread = threading.Thread(target=check, daemon=True, name="keeper-quick-check")
        thread.start()
    required = False

    def require() -> None:
        nonlocal required
        if thread is not None:
            thread.join()
        required = True
        if verdict != [True]:
            require_healthy()

    try:
        yield require
        if not required:
            require()
    except Exception:
        if not required:
            require()
        raise
    finally:
        if thread is not None:
            if thread.is_alive():  # KeyboardInterrupt and the like: stop it, wait for it
                conn.interrupt()
                thread.join()
            conn.close()


def open_checked(path: str | os.PathLike | None = None, *, check: bool = True) -> list[str]:
    """Open the station database and quick-check it. Healthy: ``[]`` and the database open.
    Damaged: the problems, and the database closed (the damaged dialog takes over).
    Other problems (locked, a newer schema, an unwritable folder) are raised as ever.
    ``check=False`` only opens it (the window checks it on a worker thread once shown)."""
    path = Path(path) if path is not None else paths.db_path()
    paths.ensure_data_dirs()
    try:
        open_database(path)
    except DatabaseProblem as exc:
        if "found" in exc.params:  # a newer schema: no backup of ours would help
            raise
        return [exc.message()]
    problems = quick_check() if check else []
    if problems:
        close_database()
    elif not check:
        database.obj.check_pending = True  # until check_done(): see StationDatabase
    return problems


def check_done() -> None:
    """The deferred start-up check found the open database healthy: writes go ahead."""
    if database.obj is not None:
        database.obj.check_pending = False
