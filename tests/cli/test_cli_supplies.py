"""``keeper supplies …`` as an attendant types it: real processes, output, exit status."""
from __future__ import annotations

import sqlite3

import pytest

from tests.cli.test_cli import assert_clean_error, keeper, station  # noqa: F401 (fixture)


def on_hand(folder, item):
    with sqlite3.connect(folder / "keeper.db") as db:
        value = db.execute("SELECT on_hand FROM supply_item WHERE code = ?", (item,)).fetchone()[0]
    db.close()
    return value


def movements(folder):
    with sqlite3.connect(folder / "keeper.db") as db:
        rows = db.execute("SELECT kind, quantity, donor, reason FROM supply_movement"
                          " ORDER BY id").fetchall()
    db.close()
    return rows


def test_receive_issue_discard_count_and_list(station):
    done = keeper(station, "supplies", "receive", "瓶装水", "48", "--expires", "2099-01-01",
                  "--donor", "望京便利店")
    assert done.returncode == 0, done.stderr
    assert "Bottled water: 48 bottles on hand." in done.stdout
    assert keeper(station, "supplies", "issue", "bottled_water", "6", "--reason",
                  "巡逻").returncode == 0
    assert keeper(station, "supplies", "discard", "bottled_water", "2", "--reason",
                  "破损").returncode == 0
    counted = keeper(station, "supplies", "count", "bottled_water", "37", lang="zh_CN")
    assert counted.returncode == 0 and "-3" in counted.stdout and "瓶装水" in counted.stdout
    assert on_hand(station, "bottled_water") == 37
    assert movements(station) == [("receive", 48, "望京便利店", ""), ("issue", -6, "", "巡逻"),
                                  ("discard", -2, "", "破损"), ("count", -3, "", "")]
    listing = keeper(station, "supplies", "list")
    assert listing.returncode == 0
    line = next(l for l in listing.stdout.splitlines() if l.startswith("bottled_water"))
    assert "37" in line and "2099-01-01" in line


@pytest.mark.parametrize("args, words", [
    (("receive", "bottled_water", "0"), "whole number from 1"),
    (("receive", "bottled_water", "-3"), "whole number from 1"),
    (("receive", "bottled_water", "two"), "whole number"),
    (("receive", "caviar", "1"), "Unknown supply item: caviar"),
    (("receive", "bottled_water", "1", "--expires", "soon"), "is not a date"),
    (("issue", "inner_tube", "3"), "Only 0"),
    (("discard", "plaster", "1", "--reason", " "), "Say why"),
])
def test_bad_input_is_one_message_and_nothing_stored(station, args, words):
    err = assert_clean_error(keeper(station, "supplies", *args))
    assert words in err
    assert movements(station) == []


def test_a_past_expiry_is_a_warning(station):
    done = keeper(station, "supplies", "receive", "iodine", "2", "--expires", "2020-01-01")
    assert done.returncode == 0 and "expired on 2020-01-01" in done.stderr
    assert on_hand(station, "iodine") == 2


def test_usage_errors_exit_2(station):
    assert keeper(station, "supplies", "discard", "plaster", "1").returncode == 2  # no reason
    assert keeper(station, "supplies").returncode == 2
