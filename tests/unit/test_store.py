"""The store: pragmas, migrations, the copy before migrating, refusals, the audit log."""
from __future__ import annotations

import sqlite3

import pytest

from keeper.errors import DatabaseProblem
from keeper.store import migrations
from keeper.store.connection import close_database, integrity_problems, open_database
from keeper.store.models import AuditEntry, Service, Visit, VisitService, VisitorGroup
from tests.support.ledgers import write_many_visits


def test_new_database_has_latest_schema_and_safe_pragmas(db):
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert integrity_problems(db) == []


def test_models_match_the_migrated_schema(db):
    """Every model column exists in the table the migrations made."""
    from keeper.store.models import ALL_MODELS

    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in db.execute_sql(f"PRAGMA table_info({table})").fetchall()}
        assert columns, table
        expected = {field.column_name for field in model._meta.sorted_fields}
        assert expected <= columns, (table, expected - columns)


def test_foreign_keys_are_enforced(db):
    with pytest.raises(Exception, match="FOREIGN KEY"):
        Visit.create(date="2026-10-01", group="no_such_group", count=1,
                     created_at="x", changed_at="x")


def test_audit_log_is_append_only(db):
    entry = AuditEntry.create(at="2026-10-01T10:00:00+08:00", action="create", entity="visit")
    with pytest.raises(Exception, match="append-only"):
        AuditEntry.update(reason="tampered").where(AuditEntry.id == entry.id).execute()
    with pytest.raises(Exception, match="append-only"):
        AuditEntry.delete().where(AuditEntry.id == entry.id).execute()
    assert AuditEntry.get_by_id(entry.id).reason == ""


def _version_1_database(path):
    """A database as keeper's first schema left it, holding a day of visits."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, target=1)
    conn.execute("INSERT INTO station VALUES (1, 'CY01', '望京驿站', '朝阳区', '', "
                 "'comprehensive', '2026-01-01T08:00:00+08:00')")
    conn.execute("INSERT INTO visitor (name, phone, group_code, created_at) "
                 "VALUES ('李映旺', '13812345678', 'rider', '2026-01-01T08:00:00+08:00')")
    for i in range(1, 4):
        conn.execute("INSERT INTO visit (id, date, time, group_code, count, visitor_id, note, "
                     "created_at, changed_at) VALUES (?, '2026-01-02', '12:0' || ?, 'rider', ?, "
                     "1, '', 'x', 'x')", (i, i, i))
        conn.execute("INSERT INTO visit_service VALUES (?, 'water')", (i,))
    conn.execute("INSERT INTO visit_service VALUES (3, 'rest')")
    conn.close()


def test_migration_from_version_1_keeps_data_and_copies_first(tmp_path):
    path = tmp_path / "keeper.db"
    _version_1_database(path)
    db = open_database(path)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
        visits = list(Visit.select().order_by(Visit.id))
        assert [v.count for v in visits] == [1, 2, 3]
        assert all(v.voided_at is None and v.void_reason == "" for v in visits)
        assert VisitService.select().count() == 4
        assert Service.get_by_id("water").shortcut == "1"  # v3 gave built-ins keys 1-8
        assert all(v.amendments == 0 for v in visits)
        assert integrity_problems(db) == []
    finally:
        close_database()
    copies = list((tmp_path / "backups").glob("keeper-v1-before-migration-*.db"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
        assert copy.execute("SELECT COUNT(*) FROM visit").fetchone()[0] == 3
    copy.close()


def test_failed_migration_leaves_previous_version_whole(tmp_path, monkeypatch):
    path = tmp_path / "keeper.db"
    _version_1_database(path)

    def broken(conn):
        conn.execute("ALTER TABLE visit ADD COLUMN half_done TEXT")
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], broken))
    conn = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(RuntimeError):
        migrations.migrate(conn, target=2)
    assert migrations.user_version(conn) == 1
    columns = {row[1] for row in conn.execute("PRAGMA table_info(visit)")}
    assert "half_done" not in columns
    conn.close()


def test_database_from_a_newer_keeper_is_refused(tmp_path):
    path = tmp_path / "keeper.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 5}")
    conn.close()
    with pytest.raises(DatabaseProblem, match="newer version of keeper"):
        open_database(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "keeper.db"
    path.write_bytes(b"this is a spreadsheet, not a database" * 200)
    with pytest.raises(DatabaseProblem, match="is damaged"):
        open_database(path)


def test_damage_in_the_middle_is_found_by_the_integrity_check(tmp_path):
    path = tmp_path / "keeper.db"
    write_many_visits(path)
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 1024)
    try:
        db = open_database(path, migrate=False)
        assert integrity_problems(db) != []
    except DatabaseProblem:
        pass  # also acceptable: the damage is found on opening
    finally:
        close_database()


def test_groups_seeded(db):
    shown = VisitorGroup.select().where(VisitorGroup.active == True)  # noqa: E712
    assert [g.code for g in shown.order_by(VisitorGroup.sort_order)] == [
        "rider", "courier", "ride_hailing", "truck", "citizen", "other"]


def test_migration_10_gives_an_existing_station_its_key_and_an_upper_case_code(tmp_path):
    from keeper.core import signing

    conn = sqlite3.connect(tmp_path / "old.db")
    migrations.migrate(conn, target=9)
    conn.execute("INSERT INTO station VALUES (1, 'cy_017', '望京', '朝阳区', '', "
                 "'comprehensive', '2026-01-01T00:00:00+08:00')")
    conn.commit()
    assert migrations.migrate(conn, target=10) == [10]
    assert conn.execute("SELECT code FROM station").fetchone() == ("CY-017",)
    private, public = conn.execute("SELECT private_key, public_key FROM station_key").fetchone()
    assert signing.public_of(private) == public
    assert signing.verify(public, b"month", signing.sign(private, b"month"))
    conn.close()
    empty = sqlite3.connect(tmp_path / "new.db")
    migrations.migrate(empty, target=10)  # no station yet: the key comes with the set-up
    assert empty.execute("SELECT COUNT(*) FROM station_key").fetchone() == (0,)
    empty.close()


def test_version_11_gives_counter_visits_their_visitors_platform(tmp_path):
    """Before version 11 a visit logged at the counter for a registered worker had no platform
    (the month's platforms figure left it out); the migration fills it from the visitor."""
    conn = sqlite3.connect(tmp_path / "keeper.db", isolation_level=None)
    migrations.migrate(conn, target=10)
    conn.executescript("""
        INSERT INTO visitor (id, name, phone, group_code, created_at, platform)
            VALUES (1, '李映旺', '13812345678', 'rider', 'x', '美团'),
                   (2, '王芳', '13912345678', 'rider', 'x', '');
        INSERT INTO visit (id, date, group_code, count, visitor_id, note, created_at,
                           changed_at, platform)
            VALUES (1, '2026-10-01', 'rider', 1, 1, '', 'x', 'x', ''),
                   (2, '2026-10-01', 'rider', 1, 1, '', 'x', 'x', '饿了么'),
                   (3, '2026-10-01', 'rider', 1, 2, '', 'x', 'x', ''),
                   (4, '2026-10-01', 'rider', 3, NULL, '', 'x', 'x', '');
    """)
    assert migrations.migrate(conn) == list(range(11, migrations.LATEST_VERSION + 1))
    platforms = dict(conn.execute("SELECT id, platform FROM visit"))
    # The counter's visit takes 美团; what an import said stays; no platform known: none.
    assert platforms == {1: "美团", 2: "饿了么", 3: "", 4: ""}
    (entry,) = conn.execute("SELECT action, entity, new FROM audit_log").fetchall()
    assert entry == ("repair", "visit", '{"platform_from_visitor": 1}')
    conn.close()
