"""Opening the one database file: pragmas, version checks, a copy before migrating."""
from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import peewee
from peewee import SqliteDatabase

from keeper import paths
from keeper.errors import QT_TRANSLATE_NOOP, DatabaseProblem, EnvironmentProblem
from keeper.store import migrations
from keeper.store.models import database

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # FULL: a visit whose save returned survives the PC being switched off at the wall.
    "synchronous": 2,
    "busy_timeout": 5000,
}


def _copy_before_migrating(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the database with SQLite's backup API (safe with WAL) into backups/."""
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"keeper-v{version}-before-migration-{stamp}.db"
    with sqlite3.connect(target) as copy:
        conn.backup(copy)
    copy.close()
    return target


def _raise_for(exc: Exception, path: Path) -> None:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        raise EnvironmentProblem(
            QT_TRANSLATE_NOOP("Errors", "The database {path} is in use by another program. "
                              "Close the other keeper window and try again."),
            path=path,
        ) from exc
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        raise EnvironmentProblem(
            QT_TRANSLATE_NOOP("Errors", "Cannot open or write the database {path}. "
                              "Check that the folder exists and can be written to."),
            path=path,
        ) from exc
    raise DatabaseProblem(
        QT_TRANSLATE_NOOP("Errors", "The database {path} is damaged or is not a keeper "
                          "database ({detail}). Restore it from a backup."),
        path=path, detail=str(exc),
    ) from exc


def open_database(path: str | Path, *, migrate: bool = True) -> SqliteDatabase:
    """Open (creating if needed) and migrate the database; bind the models to it.

    Refuses a database written by a newer keeper instead of damaging it.
    """
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    db = SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
    try:
        db.connect(reuse_if_open=True)
        conn = db.connection()
        version = migrations.user_version(conn)
        if version > migrations.LATEST_VERSION:
            db.close()
            raise DatabaseProblem(
                QT_TRANSLATE_NOOP("Errors", "The database {path} was written by a newer version "
                                  "of keeper (schema {found}; this keeper knows up to {known}). "
                                  "Install the newer keeper to open it."),
                path=path, found=version, known=migrations.LATEST_VERSION,
            )
        if migrate and version < migrations.LATEST_VERSION:
            if existed and version > 0:
                _copy_before_migrating(conn, path, version)
            migrations.migrate(conn)
    except (sqlite3.Error, peewee.DatabaseError) as exc:
        if not db.is_closed():
            db.close()
        _raise_for(exc, path)
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


def close_database() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


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
    return problems
