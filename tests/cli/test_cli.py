"""The command line as a user runs it: a real process, its output and its exit status."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def keeper(data_dir: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("KEEPER_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "keeper", "--data-dir", str(data_dir), "--lang", lang, *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )


def assert_clean_error(result: subprocess.CompletedProcess, status: int = 1) -> str:
    assert result.returncode == status, result
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()
    return result.stderr


@pytest.fixture
def station(tmp_path):
    folder = tmp_path / "d"
    result = keeper(folder, "station", "set", "--code", "CY-017", "--name", "望京街道暖心驿站",
                    "--district", "朝阳区", "--address", "望京西路 1 号")
    assert result.returncode == 0, result.stderr
    return folder


def test_version():
    result = keeper(Path("/nonexistent"), "--version")
    assert result.returncode == 0
    assert result.stdout.startswith("keeper 0.")


def test_station_set_and_show(station):
    result = keeper(station, "station", "show")
    assert result.returncode == 0
    assert "CY-017" in result.stdout and "望京街道暖心驿站" in result.stdout
    assert "朝阳区" in result.stdout and "comprehensive" in result.stdout
    assert (station / "keeper.db").exists()
    for sub in ("logs", "backups", "exports"):
        assert (station / sub).is_dir()


def test_station_change_one_field(station):
    assert keeper(station, "station", "set", "--kind", "specialized").returncode == 0
    shown = keeper(station, "station", "show").stdout
    assert "望京街道暖心驿站" in shown and "specialised" in shown


def test_station_show_in_chinese(station):
    shown = keeper(station, "station", "show", lang="zh_CN").stdout
    assert "名称" in shown and "望京街道暖心驿站" in shown


def test_station_show_without_profile(tmp_path):
    keeper(tmp_path / "d", "check")  # no database yet: exit 1, nothing created by check
    assert not (tmp_path / "d" / "keeper.db").exists()
    assert keeper(tmp_path / "d", "station", "set", "--code", "X1", "--name", "n",
                  "--district", "d").returncode == 0
    assert_clean_error(keeper(tmp_path / "e", "station", "show"))


def test_new_profile_needs_code_name_district(tmp_path):
    err = assert_clean_error(keeper(tmp_path / "d", "station", "set", "--name", "驿站"))
    assert "--code" in err


def test_bad_station_code(tmp_path):
    err = assert_clean_error(keeper(tmp_path / "d", "station", "set", "--code", "a b/c",
                                    "--name", "n", "--district", "d"))
    assert "station code" in err


def _visits(folder: Path) -> list[tuple]:
    with sqlite3.connect(folder / "keeper.db") as conn:
        rows = conn.execute(
            "SELECT v.date, v.time, v.group_code, v.count, v.note, "
            "group_concat(s.service_code) FROM visit v JOIN visit_service s ON s.visit_id = v.id "
            "GROUP BY v.id ORDER BY v.id").fetchall()
    conn.close()
    return rows


@pytest.mark.slow  # seconds: a real process, a big file or many examples
def test_log_visits(station):
    result = keeper(station, "log", "--service", "water")
    assert result.returncode == 0 and "#1" in result.stdout
    assert keeper(station, "log", "--service", "饮水", "--service", "歇脚", "--group", "外卖员",
                  "--count", "5", "--at", "2026-10-03 14:05", "--note", "雨天").returncode == 0
    assert keeper(station, "log", "--service", "repair", "--at", "2026-10-04").returncode == 0
    rows = _visits(station)
    assert len(rows) == 3
    assert rows[0][2:4] == ("other", 1) and rows[0][5] == "water"
    assert rows[1][:5] == ("2026-10-03", "14:05", "rider", 5, "雨天")
    assert sorted(rows[1][5].split(",")) == ["rest", "water"]
    assert rows[2][:2] == ("2026-10-04", None)
    checked = keeper(station, "check")
    assert checked.returncode == 0 and "3 entries, 7 visits" in checked.stdout


@pytest.mark.parametrize("args, words", [
    (("--service", "massage"), "Unknown service"),
    (("--service", "water", "--group", "astronaut"), "Unknown visitor group"),
    (("--service", "water", "--count", "0"), "whole number"),
    (("--service", "water", "--count", "two"), "whole number"),
    (("--service", "water", "--at", "2099-01-01 10:00"), "in the future"),
    (("--service", "water", "--at", "yesterday"), "YYYY-MM-DD HH:MM"),
    (("--service", "water", "--at", "2026-02-30 10:00"), "YYYY-MM-DD HH:MM"),
    (("--service", "water", "--visitor", "13800000000"), "No registered visitor"),
])
def test_bad_log_input_is_one_clear_message(station, args, words):
    err = assert_clean_error(keeper(station, "log", *args))
    assert words in err
    assert _visits(station) == []


@pytest.mark.slow  # seconds: real processes
def test_a_hidden_service_or_group_is_not_logged_but_still_named(station):
    """The station stopped swapping batteries and hid the tile: the command line cannot log
    a new swap either, and says where to show it again; old visits keep the name."""
    from keeper.core import catalog_edit
    from keeper.store.connection import open_database
    from keeper.store.models import database

    assert keeper(station, "log", "--service", "换电").returncode == 0  # before it was hidden
    open_database(station / "keeper.db")
    try:
        catalog_edit.set_active("service", "battery_swap", False)
        catalog_edit.set_active("group", "taxi", False)
    finally:
        database.close()
    err = assert_clean_error(keeper(station, "log", "--service", "换电"))
    assert "hidden at this station" in err and "Settings, Services" in err
    err = assert_clean_error(keeper(station, "log", "--service", "water", "--group", "taxi"))
    assert "Settings, Visitor groups" in err
    err = assert_clean_error(keeper(station, "log", "--service", "massage"))
    assert "battery_swap" not in err.split("Known services:")[1]  # not offered as known
    assert [row[5] for row in _visits(station)] == ["battery_swap"]  # only the first one
    err = assert_clean_error(keeper(station, "log", "--service", "换电", lang="zh_CN"))
    assert "设置" in err and "hidden" not in err


def test_bad_input_message_in_chinese(station):
    err = assert_clean_error(keeper(station, "log", "--service", "massage", lang="zh_CN"))
    assert "未知" in err


@pytest.mark.parametrize("args", [("bogus",), ("log",), ("station",), ("demo", "--months", "x"),
                                  ("log", "--service")])
def test_usage_errors_exit_2(tmp_path, args):
    assert_clean_error(keeper(tmp_path / "d", *args), status=2)


def test_check_finds_damage(station):
    # Enough rows that the file has pages to damage, then bytes overwritten in the middle.
    with sqlite3.connect(station / "keeper.db") as conn:
        conn.executemany("INSERT INTO visit (date, time, group_code, count, note, created_at, "
                         "changed_at) VALUES ('2026-10-01', '10:00', 'rider', 1, ?, 'x', 'x')",
                         [("note %d" % i,) for i in range(5000)])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    path = station / "keeper.db"
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\x00\xff" * 2048)
    err = assert_clean_error(keeper(station, "check"))
    assert "damaged" in err


def test_check_refuses_a_newer_database(station):
    with sqlite3.connect(station / "keeper.db") as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert "newer version" in assert_clean_error(keeper(station, "check"))


def test_read_only_data_folder_is_a_message(tmp_path):
    if os.geteuid() == 0:
        # root writes anywhere; a file where the folder should be fails for everyone.
        blocker = tmp_path / "d"
        blocker.write_text("not a folder")
        assert_clean_error(keeper(blocker, "log", "--service", "water"))
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o500)
        assert_clean_error(keeper(folder / "d", "log", "--service", "water"))


@pytest.mark.slow  # seconds: a real process, a big file or many examples
def test_demo_fills_an_empty_folder_and_refuses_a_real_ledger(tmp_path, station):
    folder = tmp_path / "demo"
    result = keeper(folder, "demo", "--months", "1", "--seed", "7")
    assert result.returncode == 0, result.stderr
    assert "Demo data written" in result.stdout
    with sqlite3.connect(folder / "keeper.db") as conn:
        visits = conn.execute("SELECT SUM(count) FROM visit").fetchone()[0]
    conn.close()
    assert visits > 1000
    assert keeper(folder, "check").returncode == 0
    assert keeper(station, "log", "--service", "water").returncode == 0
    assert_clean_error(keeper(station, "demo", "--months", "1"))


@pytest.mark.slow  # seconds: a real process, a big file or many examples
def test_visitors_import(station, tmp_path):
    import csv

    path = tmp_path / "roster.csv"
    with open(path, "w", newline="", encoding="gb18030") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "联系电话", "群体", "单位"])
        writer.writerow(["李映旺", "13812345678", "外卖员", "美团"])
        writer.writerow(["王芳", "13900001111", "快递员", "顺丰"])
    checked = keeper(station, "visitors", "import", str(path), "--dry-run")
    assert checked.returncode == 0 and "2 rows" in checked.stdout
    done = keeper(station, "visitors", "import", str(path))
    assert done.returncode == 0 and "2 added" in done.stdout
    assert "0 added, 0 updated, 2 unchanged" in keeper(station, "visitors", "import",
                                                        str(path)).stdout
    with open(path, "a", newline="", encoding="gb18030") as handle:
        csv.writer(handle).writerow(["张三", "12345", "外卖员", ""])
    err = assert_clean_error(keeper(station, "visitors", "import", str(path)))
    assert "row 4" in err and "nothing was imported" in err
    assert_clean_error(keeper(station, "visitors", "import", str(tmp_path / "missing.csv")))


def test_options_may_follow_the_command(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("KEEPER_DATA_DIR", None)
    folder = tmp_path / "after"
    result = subprocess.run(
        [sys.executable, "-m", "keeper", "station", "set", "--code", "A1", "--name", "n",
         "--district", "d", "--data-dir", str(folder), "--lang", "zh_CN"],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "驿站信息已保存" in result.stdout and (folder / "keeper.db").exists()


def test_a_visit_logged_for_a_registered_worker_counts_in_platforms(station, tmp_path):
    """The issue's reproduction: a 美团 rider registered, a visit logged with --visitor,
    the month exported: the bundle's platforms figure holds that visit."""
    import json
    import zipfile

    roster = tmp_path / "roster.csv"
    roster.write_text("姓名,手机号,身份,平台\n李映旺,13812345678,外卖员,美团\n", encoding="utf-8")
    assert keeper(station, "visitors", "import", str(roster)).returncode == 0
    logged = keeper(station, "log", "--service", "water", "--visitor", "13812345678",
                    "--at", "2026-10-03 10:00")
    assert logged.returncode == 0, logged.stderr
    out = tmp_path / "out"
    exported = keeper(station, "export", "--month", "2026-10", "--format", "bundle",
                      "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    (bundle,) = out.glob("*.zip")
    with zipfile.ZipFile(bundle) as archive:
        summary = json.loads(archive.read("summary.json"))
    assert summary["platforms"] == {"美团": 1} and summary["visits"] == 1
