"""Encrypted backups from the command line: ``backup --to`` encrypts, ``restore`` tells
plain from encrypted, asks for the code where the PC lacks it, refuses a wrong one."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.cli.test_cli import assert_clean_error, keeper
from tests.cli.test_cli_backup import count_visits, log, set_setting, station  # noqa: F401

CODE = re.compile(r"[0-9A-Z]{5}(?:-[0-9A-Z]{5}){4}")


def strings(path: Path) -> str:
    """What ``strings`` finds in a file: the printable runs, ASCII and UTF-8 text alike."""
    return subprocess.run(["strings", "-n", "4", str(path)], capture_output=True,
                          text=True, errors="replace").stdout + \
        path.read_bytes().decode("utf-8", "ignore")


def test_backup_to_a_stick_is_encrypted_and_restores_on_a_new_pc_with_the_code(station,
                                                                                  tmp_path):
    assert keeper(station, "log", "--service", "water", "--note", "李映旺 13812345678").returncode == 0
    made = keeper(station, "backup", "--to", str(tmp_path / "usb"))
    assert made.returncode == 0, made.stderr
    code = CODE.search(made.stdout).group(0)
    assert "Encrypted backup written" in made.stdout and "seal" in made.stdout
    copy = next((tmp_path / "usb").glob("keeper-*.db.enc"))
    text = strings(copy)
    assert "13812345678" not in text and "李映旺" not in text and "SQLite" not in text
    again = keeper(station, "backup", "--to", str(tmp_path / "usb"))
    assert again.returncode == 0 and not CODE.search(again.stdout)  # shown once only

    new_pc = tmp_path / "new-pc"
    err = assert_clean_error(keeper(new_pc, "restore", str(copy)))
    assert "--code" in err and not (new_pc / "keeper.db").exists()
    err = assert_clean_error(keeper(new_pc, "restore", str(copy), "--code",
                                    "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA"))
    assert "recovery code is wrong" in err and not (new_pc / "keeper.db").exists()
    done = keeper(new_pc, "restore", str(copy), "--code", code.lower())
    assert done.returncode == 0, done.stderr
    assert "encrypted backup" in done.stdout and count_visits(new_pc / "keeper.db") == 1


def test_restore_on_the_station_pc_needs_no_code_and_a_cut_file_is_refused(station, tmp_path):
    log(station, 2)
    assert keeper(station, "backup", "--to", str(tmp_path / "usb")).returncode == 0
    copy = next((tmp_path / "usb").glob("keeper-*.db.enc"))
    log(station, 1)
    cut = tmp_path / "cut.db.enc"
    cut.write_bytes(copy.read_bytes()[:-10])
    err = assert_clean_error(keeper(station, "restore", str(cut)))
    assert "incomplete" in err and count_visits(station / "keeper.db") == 3
    done = keeper(station, "restore", str(copy))
    assert done.returncode == 0, done.stderr
    assert count_visits(station / "keeper.db") == 2


def test_plain_on_request_and_old_plain_copies_on_the_stick_replaced(station, tmp_path):
    plain = keeper(station, "backup", "--to", str(tmp_path / "usb"), "--plain")
    assert plain.returncode == 0 and "not encrypted" in plain.stdout
    old = next((tmp_path / "usb").glob("keeper-*.db"))
    old.rename(old.with_name("keeper-20260101-090000-manual.db"))  # an older keeper's copy
    assert "goes with --to" in assert_clean_error(keeper(station, "backup", "--plain"))
    set_setting(station, "backup.second_folder", str(tmp_path / "usb"))
    no_code = keeper(station, "backup", "--replace-plain")
    assert no_code.returncode == 0 and "no recovery code yet" in no_code.stderr
    set_setting(station, "backup.recovery_code", "0123A-4567B-89CDE-FGHJK-MNPQR")
    warned = keeper(station, "backup")
    assert warned.returncode == 0 and "--replace-plain" in warned.stderr
    replaced = keeper(station, "backup", "--replace-plain")
    assert replaced.returncode == 0, replaced.stderr
    assert list((tmp_path / "usb").glob("keeper-*.db")) == []
    assert (tmp_path / "usb" / "keeper-20260101-090000-manual.db.enc").exists()


def test_chinese_messages(station, tmp_path):
    log(station, 1)
    assert keeper(station, "backup", "--to", str(tmp_path / "usb")).returncode == 0
    copy = next((tmp_path / "usb").glob("keeper-*.db.enc"))
    err = assert_clean_error(keeper(tmp_path / "other", "restore", str(copy), lang="zh_CN"))
    assert "恢复码" in err
