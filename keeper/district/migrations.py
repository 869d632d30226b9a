"""Numbered migrations of the district store, for SQLite and PostgreSQL alike.

Frozen SQL (never the current models). The version lives in the one-row table
``district_schema`` (PRAGMA user_version is SQLite's alone). Each migration and its version
bump run in one transaction. ``{serial}`` becomes each engine's auto-increment key.
"""
from __future__ import annotations

from typing import Callable

from peewee import Database, PostgresqlDatabase

_V1 = """
CREATE TABLE district (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    code TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    private_key TEXT NOT NULL,
    public_key TEXT NOT NULL
);
CREATE TABLE registered_station (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'comprehensive',
    opened TEXT NOT NULL,
    closed TEXT,
    contact TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    key TEXT,
    key_recorded_at TEXT,
    pending_key TEXT,
    pending_key_seen_at TEXT
);
CREATE TABLE submission (
    id {serial},
    station_code TEXT NOT NULL REFERENCES registered_station(code),
    month TEXT NOT NULL,
    revision INTEGER NOT NULL,
    supersedes INTEGER,
    complete BOOLEAN NOT NULL,
    as_of TEXT NOT NULL,
    generated_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL UNIQUE,
    key TEXT NOT NULL,
    manifest TEXT NOT NULL,
    summary TEXT NOT NULL,
    current BOOLEAN NOT NULL
);
CREATE UNIQUE INDEX submission_station_month_revision ON submission(station_code, month, revision);
CREATE INDEX submission_month ON submission(month, current);
CREATE TABLE approval (
    month TEXT NOT NULL,
    station_code TEXT NOT NULL DEFAULT '',
    approved_at TEXT NOT NULL
);
CREATE UNIQUE INDEX approval_month_station ON approval(month, station_code);
CREATE TABLE district_export (
    id {serial},
    month TEXT NOT NULL,
    revision INTEGER NOT NULL,
    content_sha256 TEXT NOT NULL,
    generated_at TEXT NOT NULL,
    file_name TEXT NOT NULL
);
CREATE UNIQUE INDEX district_export_month_revision ON district_export(month, revision);
CREATE TABLE finding (
    id {serial},
    month TEXT NOT NULL,
    station_code TEXT NOT NULL,
    rule TEXT NOT NULL,
    figure TEXT NOT NULL DEFAULT '',
    value TEXT NOT NULL DEFAULT '',
    expected TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    revision INTEGER,
    found_at TEXT NOT NULL,
    explained_at TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX finding_key ON finding(month, station_code, rule, figure);
CREATE TABLE district_audit (
    id {serial},
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE TABLE district_setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

MIGRATIONS: tuple[str | Callable[[Database], None], ...] = (_V1,)
LATEST_VERSION = len(MIGRATIONS)


def _serial(db: Database) -> str:
    if isinstance(db, PostgresqlDatabase):
        return "SERIAL PRIMARY KEY"
    return "INTEGER PRIMARY KEY AUTOINCREMENT"


def schema_version(db: Database) -> int:
    if not db.table_exists("district_schema"):
        return 0
    row = db.execute_sql("SELECT version FROM district_schema").fetchone()
    return int(row[0]) if row else 0


def migrate(db: Database) -> list[int]:
    """Bring the store to the latest version; two officers starting at once on a shared
    PostgreSQL server are serialised by a lock on the version table."""
    applied = []
    with db.atomic():
        if isinstance(db, PostgresqlDatabase):
            db.execute_sql("SELECT pg_advisory_xact_lock(7243001)")
        if not db.table_exists("district_schema"):
            db.execute_sql("CREATE TABLE district_schema (version INTEGER NOT NULL)")
            db.execute_sql("INSERT INTO district_schema VALUES (0)")
    current = schema_version(db)
    for version in range(current + 1, LATEST_VERSION + 1):
        with db.atomic():
            if isinstance(db, PostgresqlDatabase):
                db.execute_sql("SELECT pg_advisory_xact_lock(7243001)")
                if schema_version(db) >= version:
                    continue
            step = MIGRATIONS[version - 1]
            if callable(step):
                step(db)
            else:
                for statement in step.format(serial=_serial(db)).split(";"):
                    if statement.strip():
                        db.execute_sql(statement)
            db.execute_sql("UPDATE district_schema SET version = %d" % version)
        applied.append(version)
    return applied
