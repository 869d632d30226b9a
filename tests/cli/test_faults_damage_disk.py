"""Hostile conditions, part 1: a damaged page and a full disk, met by keeper as a user runs it.

A damaged ledger is never reported on, closed or written to; a full disk says "the disk is
full" (never "damaged, restore"), leaves no half file under a final name, and loses nothing.
"""
from __future__ import annotations

import sqlite3

import openpyxl
import pytest

from tests.cli.faults import (
    copy_folder,
    damage_date_index,
    fill,
    last_month,
    ledger_state,
    leftovers,
    make_demo,
    run_keeper,
    text,
    tmpfs,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """``keeper demo --months 2 --seed 3``, made once and copied by each test."""
    return make_demo(tmp_path_factory.mktemp("demo") / "data")


@pytest.fixture
def damaged(demo, tmp_path):
    folder = copy_folder(demo, tmp_path / "damaged")
    damage_date_index(folder / "keeper.db")
    return folder


def test_a_damaged_index_stops_export_close_and_log_with_one_message(damaged, tmp_path):
    month, out = last_month(), tmp_path / "out"
    before = ledger_state(damaged)
    for args in (("export", "--month", month, "--out", out), ("close-month", month),
                 ("log", "--service", "water", "--at", f"{month}-15 10:00"),
                 ("log", "--service", "water")):
        result = run_keeper(damaged, *args)
        stdout, stderr = text(result)
        assert result.returncode == 1, (args, stdout, stderr)
        assert "is damaged" in stderr and "Restore it from a backup" in stderr, (args, stderr)
        assert "Traceback" not in stderr and stderr.count("\n") == 1
    assert not out.exists() or list(out.iterdir()) == []  # no report of part of the month
    assert ledger_state(damaged) == before  # nothing written, the month still open


def test_a_damaged_index_still_lets_the_profile_be_read_and_check_fail(damaged):
    shown = run_keeper(damaged, "station", "show")
    assert shown.returncode == 0 and "DEMO01" in text(shown)[0]  # that page is whole
    checked = run_keeper(damaged, "check")
    assert checked.returncode == 1 and "damaged" in text(checked)[1]
    assert "Traceback" not in text(checked)[1]


def test_a_read_that_meets_the_damage_is_the_damaged_message(damaged):
    from keeper.cli import user_problem

    conn = sqlite3.connect(damaged / "keeper.db")
    try:
        with pytest.raises(sqlite3.DatabaseError) as caught:
            conn.execute("SELECT date, id FROM visit INDEXED BY visit_by_date "
                         "ORDER BY date").fetchall()
    finally:
        conn.close()
    problem = user_problem(caught.value)
    assert "is damaged" in problem.message() and "Restore" in problem.message()


# -- a full disk ----------------------------------------------------------------------------
@pytest.fixture
def small_disk(demo, tmp_path):
    with tmpfs(tmp_path / "disk", "12m") as disk:
        copy_folder(demo, disk / "data")
        yield disk


def _ledger_csv(path):
    path.write_text("日期,服务项目,人次\n2026-10-03,饮水,1\n2026-10-04,休息,2\n",
                    encoding="utf-8")
    return path


def test_an_almost_full_disk_is_a_full_disk_never_damage(small_disk, tmp_path):
    data, out = small_disk / "data", small_disk / "out"
    before = ledger_state(data)
    fill(small_disk, 16 * 1024)
    for args in (("log", "--service", "water"), ("import", _ledger_csv(tmp_path / "old.csv")),
                 ("export", "--month", last_month(), "--out", out), ("backup",),
                 ("station", "show")):
        result = run_keeper(data, *args)
        stdout, stderr = text(result)
        assert result.returncode == 1, (args, stdout, stderr)
        assert "is full. Free some space" in stderr, (args, stderr)
        assert "damaged" not in stderr.replace("not damaged", "") and "Traceback" not in stderr
    (small_disk / "filler").unlink()
    assert ledger_state(data) == before
    assert run_keeper(data, "check").returncode == 0
    assert list((data / "backups").iterdir()) == [] and not out.exists()


def test_outputs_that_do_not_fit_leave_nothing_under_their_names(small_disk, tmp_path):
    data, out = small_disk / "data", small_disk / "out"
    fill(small_disk, 300 * 1024)  # the database opens and logs; a report does not fit
    logged = run_keeper(data, "log", "--service", "water")
    assert logged.returncode == 0, text(logged)
    for args in (("export", "--month", last_month(), "--out", out), ("backup",)):
        result = run_keeper(data, *args)
        stdout, stderr = text(result)
        assert result.returncode == 1 and "is full" in stderr and "Traceback" not in stderr, \
            (args, stdout, stderr)
    written = sorted(p.name for p in out.iterdir()) if out.exists() else []
    assert leftovers(out) == [] and not any(n.endswith(".pdf") for n in written), written
    for name in written:  # what did fit before the disk filled is whole
        assert name.endswith(".xlsx") and openpyxl.load_workbook(out / name).sheetnames
    assert leftovers(data / "backups") == [] and list((data / "backups").iterdir()) == []
    (small_disk / "filler").unlink()
    conn = sqlite3.connect(data / "keeper.db")
    assert conn.execute("SELECT COUNT(*) FROM export_record").fetchone()[0] == 0
    conn.close()
    again = run_keeper(data, "export", "--month", last_month(), "--out", out)
    assert again.returncode == 0, text(again)  # space freed: the same command works
    assert sorted(p.suffix for p in out.iterdir()) == [".pdf", ".xlsx", ".zip"]
