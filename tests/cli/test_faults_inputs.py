"""Hostile conditions, part 3: input that went somewhere unexpected, files that are not
keeper's, a PIN the window would ask for, and a data folder on a read-only disk."""
from __future__ import annotations

import os
import sqlite3

import pytest

from tests.cli.faults import (
    last_month,
    ledger_state,
    make_demo,
    remount,
    run_keeper,
    text,
    tmpfs,
)


@pytest.fixture
def station(tmp_path):
    folder = tmp_path / "data"
    made = run_keeper(folder, "station", "set", "--code", "CY-017", "--name", "望京驿站",
                      "--district", "朝阳区")
    assert made.returncode == 0, text(made)
    return folder


def _clean_error(result) -> str:
    stdout, stderr = text(result)
    assert result.returncode == 1, (stdout, stderr)
    assert "Traceback" not in stderr and stderr.strip().count("\n") == 0, stderr
    return stderr


@pytest.mark.parametrize("option", ["--data-dir", "--out", "--to"])
def test_a_path_that_is_not_utf8_is_refused_not_replaced(station, tmp_path, option):
    bad = os.fsencode(tmp_path) + b"/\xff\xfeledger"
    args = {"--data-dir": ("station", "show"), "--out": ("export", "--month", last_month(),
                                                         "--out", bad),
            "--to": ("backup", "--to", bad)}[option]
    folder = bad if option == "--data-dir" else station
    err = _clean_error(run_keeper(folder, *args))
    assert "is not valid UTF-8" in err and "\\xff" in err
    assert sorted(os.listdir(tmp_path)) == ["data"]  # no new folder, under either name


def test_check_refuses_an_empty_file_and_another_programs_database(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "keeper.db").write_bytes(b"")
    assert "is not a keeper database (0 bytes)" in _clean_error(run_keeper(folder, "check"))
    (folder / "keeper.db").unlink()
    conn = sqlite3.connect(folder / "keeper.db")
    conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    conn.commit()
    conn.close()
    before = (folder / "keeper.db").read_bytes()
    for args in (("check",), ("log", "--service", "water")):
        assert "is not a keeper database (songs)" in _clean_error(run_keeper(folder, *args))
    assert (folder / "keeper.db").read_bytes() == before  # never migrated, nor made WAL
    assert not (folder / "backups").exists() or os.listdir(folder / "backups") == []


@pytest.mark.parametrize("at", ["0001-01-01", "1900-05-01 10:00"])
def test_a_visit_nothing_can_report_is_refused(station, at):
    assert "is before 2000" in _clean_error(run_keeper(station, "log", "--service", "water",
                                                       "--at", at))


def test_a_huge_note_is_refused_not_cut(station):
    err = _clean_error(run_keeper(station, "log", "--service", "water", "--note", "n" * 120_000))
    assert "The note has 120000 characters" in err
    check = run_keeper(station, "check")
    assert "0 entries" in text(check)[0]


def test_station_set_asks_for_the_pin_the_window_asks_for(station):
    from keeper.core.pin import hash_pin

    conn = sqlite3.connect(station / "keeper.db")
    conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('lock.pin_hash', ?)",
                 ('"' + hash_pin("2468") + '"',))
    conn.commit()
    conn.close()
    assert "--pin" in _clean_error(run_keeper(station, "station", "set", "--name", "改名"))
    assert "wrong" in _clean_error(run_keeper(station, "station", "set", "--name", "改名",
                                              "--pin", "1111"))
    assert "望京驿站" in text(run_keeper(station, "station", "show"))[0]
    done = run_keeper(station, "station", "set", "--name", "改名", "--pin", "2468")
    assert done.returncode == 0, text(done)
    assert "改名" in text(run_keeper(station, "station", "show"))[0]


@pytest.mark.slow
def test_a_read_only_data_folder_can_still_be_checked_exported_and_backed_up(tmp_path):
    with tmpfs(tmp_path / "disk", "12m") as disk:
        data = make_demo(disk / "data")
        exported = run_keeper(data, "export", "--month", last_month(), "--out", tmp_path / "x")
        assert exported.returncode == 0  # the station's bundle key exists, as at a station
        before = ledger_state(data)
        remount(disk, "ro")  # what Linux does to a failing disk
        checked = run_keeper(data, "check")
        assert checked.returncode == 0 and "Integrity: ok" in text(checked)[0]
        assert "DEMO01" in text(run_keeper(data, "station", "show"))[0]
        saved = run_keeper(data, "backup", "--to", tmp_path / "usb")
        assert saved.returncode == 0, text(saved)
        out = run_keeper(data, "export", "--month", last_month(), "--out", tmp_path / "rescued")
        assert out.returncode == 0, text(out)
        assert sorted(p.suffix for p in (tmp_path / "rescued").iterdir()) == [
            ".pdf", ".xlsx", ".zip"]
        err = _clean_error(run_keeper(data, "log", "--service", "water"))
        assert "can only be read" in err
        remount(disk, "rw")
        assert ledger_state(data) == before
    copy = next((tmp_path / "usb").glob("keeper-*.db"))
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT COUNT(*) FROM visit").fetchone()[0] == before[0]
    conn.close()

