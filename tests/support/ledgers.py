"""A ledger file big enough to damage a page in the middle of (store tests)."""
from __future__ import annotations

from pathlib import Path


def write_many_visits(path: Path, n: int = 5000) -> None:
    """``n`` plain visits written straight into a new ledger at ``path``, checkpointed into
    the file itself, the database closed again."""
    from keeper.store.connection import close_database, open_database

    db = open_database(path)
    rows = [(f"2026-10-{1 + i % 28:02d}", "10:00", "rider", 1, "", "x", "x") for i in range(n)]
    db.execute_sql("BEGIN")
    db.connection().executemany(
        "INSERT INTO visit (date, time, group_code, count, note, created_at, changed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    db.execute_sql("COMMIT")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
