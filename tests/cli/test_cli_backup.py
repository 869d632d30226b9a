"""``keeper backup`` and ``keeper restore`` as a user runs them: real processes."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_clean_error, keeper


@pytest.fixture
def station(tmp_path):
    folder = tmp_path / "d"
    result = keeper(folder, "station", "set", "--code", "CY-017", "--name", "望京街道暖心驿站",
                    "--district", "朝阳区")
    assert result.returncode == 0, result.stderr
    return folder


def log(folder: Path, n: int = 1) -> None:
    for _ in range(n):
        assert keeper(folder, "log", "--service", "water").returncode == 0


def count_visits(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT COUNT(*) FROM visit").fetchone()[0]
    finally:
        conn.close()


def set_setting(folder: Path, key: str, value) -> None:
    conn = sqlite3.connect(folder / "keeper.db")
    try:
        conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                     (key, json.dumps(value)))
        conn.commit()
    finally:
        conn.close()


def backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("keeper-*.db"))


def test_backup_writes_a_verified_copy(station):
    log(station, 2)
    result = keeper(station, "backup")
    assert result.returncode == 0, result.stderr
    assert "Backup written and verified" in result.stdout
    made = backups(station / "backups")
    assert len(made) == 1 and made[0].name.endswith("-manual.db") and str(made[0]) in result.stdout
    assert count_visits(made[0]) == 2
    assert not list((station / "backups").glob(".*"))  # no temp file left


def test_backup_to_a_chosen_folder(station, tmp_path):
    result = keeper(station, "backup", "--to", str(tmp_path / "usb"))
    assert result.returncode == 0, result.stderr
    assert len(backups(tmp_path / "usb")) == 1 and backups(station / "backups") == []


def test_backup_errors_are_one_clear_message(tmp_path, station):
    assert "no keeper database" in assert_clean_error(keeper(tmp_path / "empty", "backup"))
    assert not (tmp_path / "empty" / "keeper.db").exists()
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    err = assert_clean_error(keeper(station, "backup", "--to", str(blocker / "usb")))
    assert "cannot be reached" in err


def test_a_missing_second_folder_is_a_warning_with_exit_0(station, tmp_path):
    blocker = tmp_path / "stick"
    blocker.write_text("x")
    set_setting(station, "backup.second_folder", str(blocker / "keeper"))
    result = keeper(station, "backup")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "Warning:" in result.stderr and "USB stick" in result.stderr
    assert len(backups(station / "backups")) == 1


def test_a_second_folder_gets_a_copy(station, tmp_path):
    set_setting(station, "backup.second_folder", str(tmp_path / "usb"))
    result = keeper(station, "backup")
    assert result.returncode == 0 and "Also copied to" in result.stdout
    assert len(backups(tmp_path / "usb")) == 1


@pytest.mark.slow  # seconds: a real process, a big file or many examples
def test_restore_round_trip(station):
    log(station, 2)
    assert keeper(station, "backup").returncode == 0
    saved = backups(station / "backups")[0]
    log(station, 3)
    result = keeper(station, "restore", str(saved))
    assert result.returncode == 0, result.stderr
    assert "Restored the database from" in result.stdout and "kept as" in result.stdout
    checked = keeper(station, "check")
    assert checked.returncode == 0 and "2 entries" in checked.stdout
    kept = [b for b in backups(station / "backups") if "before-restore" in b.name]
    assert len(kept) == 1 and count_visits(kept[0]) == 5


def test_restore_onto_an_empty_data_folder(station, tmp_path):
    log(station)
    keeper(station, "backup", "--to", str(tmp_path / "usb"))
    fresh = tmp_path / "new-pc"
    result = keeper(fresh, "restore", str(backups(tmp_path / "usb")[0]))
    assert result.returncode == 0, result.stderr
    assert "1 entries" in keeper(fresh, "check").stdout


@pytest.mark.slow  # seconds: a real process, a big file or many examples
def test_restore_refuses_bad_files(station, tmp_path):
    log(station)
    text = tmp_path / "ledger.csv"
    text.write_text("日期,服务\n2026-10-01,饮水\n", encoding="utf-8")
    assert "not a keeper database" in assert_clean_error(keeper(station, "restore", str(text)))
    assert "Cannot read" in assert_clean_error(keeper(station, "restore", str(tmp_path / "no.db")))
    keeper(station, "backup")
    newer = backups(station / "backups")[0]
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert "newer version" in assert_clean_error(keeper(station, "restore", str(newer)))
    assert count_visits(station / "keeper.db") == 1
    assert_clean_error(keeper(station, "restore"), status=2)


@pytest.mark.slow  # seconds: a real process, a big file or many examples
def test_restore_needs_the_pin_when_one_is_set(station):
    from keeper.core.pin import hash_pin

    log(station)
    keeper(station, "backup")
    saved = backups(station / "backups")[0]
    set_setting(station, "lock.pin_hash", hash_pin("2468"))
    assert "--pin" in assert_clean_error(keeper(station, "restore", str(saved)))
    assert "PIN is wrong" in assert_clean_error(keeper(station, "restore", str(saved),
                                                       "--pin", "1111"))
    assert keeper(station, "restore", str(saved), "--pin", "2468").returncode == 0


def test_damage_found_by_check_is_repaired_by_restoring_a_backup(station):
    conn = sqlite3.connect(station / "keeper.db")
    conn.executemany("INSERT INTO visit (date, time, group_code, count, note, created_at, "
                     "changed_at) VALUES ('2026-10-01', '10:00', 'rider', 1, ?, 'x', 'x')",
                     [(f"note {i}",) for i in range(5000)])
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert keeper(station, "backup").returncode == 0
    path = station / "keeper.db"
    with open(path, "r+b") as handle:
        handle.seek(path.stat().st_size // 2)
        handle.write(b"\x00\xff" * 2048)
    assert "damaged" in assert_clean_error(keeper(station, "check"))
    result = keeper(station, "restore", str(backups(station / "backups")[0]))
    assert result.returncode == 0, result.stderr
    assert "5000 entries" in keeper(station, "check").stdout
    assert any("damaged" in b.name for b in backups(station / "backups"))
