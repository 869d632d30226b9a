"""Backups: verified copies, rotation, the second place, restore, damage, a full or read-only
disk."""
from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from keeper import paths, settings
from keeper.core import backup, clock, ledger
from keeper.core import restore as restoring
from keeper.core.ledger import NewVisit
from keeper.errors import DatabaseProblem, EnvironmentProblem, UserError
from keeper.store import migrations
from keeper.store.connection import (
    close_database,
    integrity_problems,
    open_checked,
    open_database,
    quick_check,
)
from keeper.store.models import AuditEntry, Visit, database


def log(n: int) -> list[int]:
    return [ledger.log_visit(NewVisit(services=["water"], group="rider")) for _ in range(n)]


def visits_in(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT COUNT(*) FROM visit").fetchone()[0]
    finally:
        conn.close()


def leftovers(folder) -> list[str]:
    return [n for n in os.listdir(folder) if n.startswith(".") or n.endswith(("-wal", "-shm"))]


def damage(path) -> None:
    """Bytes overwritten in the middle of a file big enough to have pages there."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\x00\xff" * 2048)


def fill(db, rows: int = 5000) -> None:
    db.execute_sql("BEGIN")
    for i in range(rows):
        db.execute_sql("INSERT INTO visit (date, time, group_code, count, note, created_at, "
                       "changed_at) VALUES ('2026-10-01', '10:00', 'rider', 1, ?, 'x', 'x')",
                       (f"note {i}",))
    db.execute_sql("COMMIT")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


# -- making a backup ------------------------------------------------------------------------
def test_backup_is_a_verified_single_file_named_by_time_and_kind(db, pinned_now):
    log(3)
    info = backup.make_backup()
    assert info.path == paths.backups_dir() / "keeper-20261015-143000-manual.db"
    assert info.schema_version == migrations.LATEST_VERSION and info.size > 0
    assert visits_in(info.path) == 3
    with open(info.path, "rb") as handle:
        assert handle.read(20)[18:20] == b"\x01\x01"  # rollback journal: no -wal needed
    assert leftovers(paths.backups_dir()) == []
    assert backup.list_backups()[0].path == info.path


def test_two_backups_in_one_second_keep_both(db, tmp_path, pinned_now):
    first = backup.make_backup(tmp_path / "here")  # a chosen folder: not rotated
    second = backup.make_backup(tmp_path / "here")
    assert first.path != second.path and second.path.name.endswith("-manual-2.db")
    assert [b.kind for b in backup.list_backups(tmp_path / "here")] == ["manual", "manual"]
    backup.make_backup()
    backup.make_backup()  # in backups/, rotation keeps the newest of the day
    assert [b.path.name for b in backup.list_backups()] == ["keeper-20261015-143000-manual-2.db"]


def test_backup_into_a_chosen_folder_is_not_rotated_and_counts_as_second_place(db, tmp_path,
                                                                               pinned_now):
    info = backup.make_backup(tmp_path / "usb" / "keeper", kind="manual")
    assert info.path.parent == tmp_path / "usb" / "keeper" and info.second_place
    assert not backup.second_place_overdue()


def test_a_copy_that_does_not_verify_is_deleted_and_refused(db, monkeypatch, pinned_now):
    def not_keeper(source, target):
        target.execute("CREATE TABLE something_else (x)")
        target.commit()

    monkeypatch.setattr(backup, "_copy_pages", not_keeper)
    with pytest.raises(DatabaseProblem, match="did not read back correctly"):
        backup.make_backup()
    assert os.listdir(paths.backups_dir()) == []


@pytest.mark.parametrize("failure", [
    OSError(errno.ENOSPC, "No space left on device"),
    sqlite3.OperationalError("database or disk is full"),
])
def test_a_full_disk_is_a_message_and_leaves_no_half_file(db, monkeypatch, pinned_now, failure):
    def fills_the_disk(source, target):
        target.execute("CREATE TABLE half (x)")
        target.commit()
        raise failure

    monkeypatch.setattr(backup, "_copy_pages", fills_the_disk)
    with pytest.raises(EnvironmentProblem, match="is full") as caught:
        backup.make_backup()
    assert "Traceback" not in caught.value.message()
    assert os.listdir(paths.backups_dir()) == []


def test_a_full_disk_at_the_rename_leaves_no_half_file(db, monkeypatch, pinned_now):
    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup.os, "replace", full)
    with pytest.raises(EnvironmentProblem, match="is full"):
        backup.make_backup()
    assert os.listdir(paths.backups_dir()) == []


def test_a_folder_that_cannot_be_made_is_a_message(db, tmp_path):
    # Root writes anywhere, so no chmod: a regular file where a folder should be.
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(EnvironmentProblem, match="cannot be reached"):
        backup.make_backup(blocker / "backups")


def test_a_read_only_folder_is_a_message(db, monkeypatch):
    def read_only(*args):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(backup.os, "replace", read_only)
    with pytest.raises(EnvironmentProblem, match="read-only"):
        backup.make_backup()
    assert os.listdir(paths.backups_dir()) == []


def test_no_database_yet_is_a_user_error(data_dir):
    with pytest.raises(UserError, match="no keeper database"):
        backup.make_backup()


# -- the second place -----------------------------------------------------------------------
def test_second_folder_gets_a_verified_copy_and_the_reminder_waits_a_week(db, tmp_path,
                                                                          pinned_now):
    assert backup.second_place_overdue()  # never made
    settings.set(backup.SECOND_FOLDER, str(tmp_path / "usb"))
    info = backup.make_backup()
    assert info.warnings == [] and info.copies == [tmp_path / "usb" / info.path.name]
    assert visits_in(info.copies[0]) == 0 and leftovers(tmp_path / "usb") == []
    assert not backup.second_place_overdue()
    clock.pin(pinned_now + timedelta(days=6))
    assert not backup.second_place_overdue()
    clock.pin(pinned_now + timedelta(days=8))
    assert backup.second_place_overdue()


def test_a_missing_usb_stick_is_a_warning_not_an_error(db, tmp_path, pinned_now):
    blocker = tmp_path / "not-a-stick"
    blocker.write_text("x")
    settings.set(backup.SECOND_FOLDER, str(blocker / "keeper"))
    info = backup.make_backup()
    assert info.path.exists() and info.copies == []
    assert len(info.warnings) == 1 and isinstance(info.warnings[0], EnvironmentProblem)
    assert "USB stick" in info.warnings[0].message()
    assert backup.second_place_overdue()


def test_a_stick_pulled_out_during_the_backup_is_a_warning(db, tmp_path, monkeypatch):
    settings.set(backup.SECOND_FOLDER, str(tmp_path / "usb"))
    job = backup.prepare_backup()
    real = backup.shutil.copyfile

    def pulled(source, target):
        if str(target).startswith(str(tmp_path / "usb")):
            raise OSError(errno.EIO, "Input/output error")
        return real(source, target)

    monkeypatch.setattr(backup.shutil, "copyfile", pulled)
    info = backup.run_backup(job)
    assert info.path.exists() and "Input/output error" in info.warnings[0].message()
    assert leftovers(tmp_path / "usb") == []


def test_backup_due_once_a_day(db, pinned_now):
    assert backup.backup_due()
    backup.make_backup(kind="daily")
    assert not backup.backup_due()
    clock.pin(pinned_now + timedelta(days=1))
    assert backup.backup_due()


# -- rotation -------------------------------------------------------------------------------
def daily_for(days: int, end: datetime = datetime(2026, 10, 15, 18, 0)) -> dict:
    return {end - timedelta(days=i): end - timedelta(days=i) for i in range(days)}


def test_rotation_keeps_7_daily_4_weekly_12_monthly():
    kept = sorted(backup.backups_to_keep(daily_for(400)))
    days = [k.date().isoformat() for k in kept]
    assert days == [
        "2025-11-30", "2025-12-31", "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30",
        "2026-05-31", "2026-06-30", "2026-07-31", "2026-08-31",  # months
        "2026-09-27", "2026-09-30", "2026-10-04",  # weeks (Sundays) and September
        "2026-10-09", "2026-10-10", "2026-10-11", "2026-10-12", "2026-10-13", "2026-10-14",
        "2026-10-15"]  # days


def test_rotation_keeps_the_newest_of_each_day_and_counts_days_with_backups():
    moments = {f"b{i}": datetime(2026, 10, 15, 8 + i) for i in range(5)}  # five today
    assert backup.backups_to_keep(moments) == {"b4"}
    # A PC switched off for months: the 7 most recent days *with* backups stay.
    sparse = {d: d for d in (datetime(2026, 1, 1) + timedelta(days=30 * i) for i in range(7))}
    assert backup.backups_to_keep(sparse) == set(sparse)
    assert backup.backups_to_keep({}) == set()


@given(st.lists(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
                unique=True, max_size=60))
def test_rotation_properties(moments):
    moments = dict(enumerate(moments))
    kept = backup.backups_to_keep(moments)
    assert kept <= set(moments)
    if moments:
        assert max(moments, key=moments.get) in kept
    assert len(kept) <= backup.KEEP_DAILY + backup.KEEP_WEEKLY + backup.KEEP_MONTHLY
    assert backup.backups_to_keep({k: moments[k] for k in kept}) == kept  # stable


def test_prune_touches_only_rotated_kinds(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2026, 1, 1, 12)
    names = [f"keeper-{start + timedelta(days=i):%Y%m%d-%H%M%S}-daily.db" for i in range(60)]
    protected = ["keeper-v1-before-migration-20250101-120000.db",
                 "keeper-20250101-120000-before-restore.db", "keeper-20250101-120000-damaged.db",
                 "notes.txt", "keeper-important.db"]
    for name in names + protected:
        (folder / name).write_bytes(b"x")
    removed = backup.prune(folder)
    left = set(os.listdir(folder))
    assert set(protected) <= left
    assert names[-1] in left and len(left) == len(protected) + len(names) - len(removed)
    assert {p.name for p in removed} | left == set(names + protected)


# -- checks and damage ----------------------------------------------------------------------
def test_a_damaged_database_is_found_and_the_newest_good_backup_offered(db, pinned_now):
    fill(db)
    good = backup.make_backup()
    assert quick_check() == []
    # A newer backup that rotted on disk is skipped.
    clock.pin(pinned_now + timedelta(days=1))
    rotten = backup.make_backup()
    damage(rotten.path)
    close_database()
    damage(paths.db_path())
    problems = open_checked()
    assert problems
    assert database.obj.is_closed()
    assert restoring.newest_good_backup().path == good.path


def test_open_checked_on_a_healthy_database_leaves_it_open(data_dir):
    assert open_checked() == []
    assert Visit.select().count() == 0


def test_open_checked_on_garbage_is_a_problem_not_an_exception(data_dir):
    paths.ensure_data_dirs()
    paths.db_path().write_bytes(b"\x00garbage" * 4096)
    problems = open_checked()
    assert problems and "damaged" in problems[0]


def test_restore_over_a_damaged_database_keeps_the_damaged_file(db, pinned_now):
    fill(db)
    good = backup.make_backup()
    close_database()
    damage(paths.db_path())
    result = restoring.restore(good.path)
    assert result.kept.name.endswith("-damaged.db")
    assert integrity_problems(open_database(paths.db_path())) == []
    assert Visit.select().count() == 5000


# -- restore --------------------------------------------------------------------------------
def test_restore_round_trip(db, pinned_now):
    early = log(3)
    saved = backup.make_backup()
    later = log(2)
    result = restoring.restore(saved.path)
    assert [v.id for v in Visit.select().order_by(Visit.id)] == early
    assert not any(Visit.get_or_none(Visit.id == i) for i in later)
    assert result.kept.name == "keeper-20261015-143000-before-restore.db"
    assert visits_in(result.kept) == 5
    assert AuditEntry.select().where(AuditEntry.action == "restore").count() == 1
    assert quick_check() == []
    log(1)  # the reopened database takes new visits
    assert not any(paths.data_dir().glob(".*restoring*"))


def test_restore_onto_a_new_pc(tmp_path, db, pinned_now):
    log(2)
    saved = backup.make_backup(tmp_path / "usb")
    close_database()
    paths.set_data_dir(tmp_path / "new-pc")
    result = restoring.restore(saved.path)
    assert result.kept is None and Visit.select().count() == 2


def test_restore_of_an_older_version_migrates_it(db, tmp_path):
    old = tmp_path / "old.db"
    conn = sqlite3.connect(old, isolation_level=None)
    migrations.migrate(conn, target=1)
    conn.close()
    result = restoring.restore(old)
    assert result.schema_version == 1
    assert migrations.user_version(database.connection()) == migrations.LATEST_VERSION
    assert any(b.kind == "before-migration" for b in backup.list_backups())


@pytest.mark.parametrize("content, words", [
    (b"name,phone\n", "not a keeper database"),
    (b"", "not a keeper database"),
    (b"SQLite format 3\x00" + b"\x07" * 5000, "damaged"),
])
def test_restore_refuses_what_is_not_a_keeper_database(db, tmp_path, content, words):
    log(1)
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    with pytest.raises(UserError, match=words):
        restoring.restore(bad)
    assert Visit.select().count() == 1 and backup.list_backups() == []
    assert not any(paths.data_dir().glob(".*restoring*"))


def test_restore_refuses_another_sqlite_database_a_newer_one_and_a_missing_file(db, tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contacts (name)")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="not a keeper database"):
        restoring.restore(other)
    newer = backup.make_backup().path
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(UserError, match="newer version"):
        restoring.restore(newer)
    with pytest.raises(UserError, match="Cannot read"):
        restoring.restore(tmp_path / "nowhere.db")
    assert Visit.select().count() == 0


def test_restore_refused_while_a_keeper_window_is_open_elsewhere(db, pinned_now):
    log(1)
    saved = backup.make_backup()
    log(1)
    # A real second process holding the window's lock, as a second keeper window does.
    window = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from PySide6.QtCore import QLockFile; "
        "lock = QLockFile(sys.argv[1]); assert lock.tryLock(0); print('open', flush=True); "
        "time.sleep(60)"), str(paths.window_lock_path())], stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout.readline().strip() == "open"
        with pytest.raises(EnvironmentProblem, match="window is open"):
            restoring.restore(saved.path)
    finally:
        window.kill()
        window.communicate()
    assert Visit.select().count() == 2  # the window goes on with its database
    assert [b.kind for b in backup.list_backups()] == ["manual"]  # no copy made for nothing
    restoring.restore(saved.path)  # the window gone (its lock stale): the restore goes ahead
    assert Visit.select().count() == 1
