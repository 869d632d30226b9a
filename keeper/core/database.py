"""The station database as the window and the command line handle it: open, check, close,
a worker's own connection. ``ui``, ``reports`` and ``cli`` reach ``store`` only through
``core`` (DESIGN §2; tests/unit/test_architecture.py holds it), so this is their door."""
from __future__ import annotations

import sqlite3

import peewee

from keeper.store.connection import (
    check_done,
    close_database,
    database_error,
    healthy_meanwhile,
    integrity_problems,
    is_read_only,
    open_checked,
    open_database,
    quick_check,
    read_connection,
    require_healthy,
)
from keeper.store.migrations import LATEST_VERSION, user_version
from keeper.store.models import database

__all__ = ["DATABASE_ERRORS", "LATEST_VERSION", "check_done", "close_database",
           "close_thread_connection", "database_error", "healthy_meanwhile",
           "integrity_problems", "is_read_only", "live_visit_totals", "open_checked",
           "open_database", "quick_check", "read_connection", "require_healthy",
           "schema_version"]

# What peewee and sqlite3 raise on a damaged page.
DATABASE_ERRORS = (sqlite3.DatabaseError, peewee.DatabaseError)


def schema_version() -> int:
    """The open database's schema version (``PRAGMA user_version``)."""
    return user_version(database.connection())


def close_thread_connection() -> None:
    """Close the connection peewee opened for the calling (worker) thread, if any."""
    if database.obj is not None and not database.is_closed():
        database.close()


def live_visit_totals() -> tuple[int, int]:
    """(entries, 人次) of the visits not voided: what ``keeper check`` reports."""
    return database.execute_sql("SELECT COUNT(*), COALESCE(SUM(count), 0) FROM visit "
                                "WHERE voided_at IS NULL").fetchone()
