"""The whole chain as people run it: three real stations (their own data folders, visits
logged and a paper ledger imported, the real `keeper export`), their bundles received by a
district, and its status, checks and figures compared with the stations' own summaries."""
from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date

import pytest

from keeper import paths
from keeper.core.stats import month_summary, shift_month
from keeper.district.models import district_database
from keeper.district.store import open_district
from keeper.store.connection import close_database, open_database
from tests.cli.test_cli import keeper

THIS_MONTH = date.today().strftime("%Y-%m")
MONTH = shift_month(THIS_MONTH, -1)  # over: a whole month, revision 1
STATIONS = {"JJ-101": "八里湖驿站", "jj-102": "濂溪驿站", "JJ-103": "浔阳驿站"}


def run(folder, *args, db=None):
    extra = ("district", "--db", db, *args[1:]) if db and args[0] == "district" else args
    result = keeper(folder, *extra)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout


def own_summary(folder) -> dict:
    """The station's own month summary, read from its own database."""
    paths.set_data_dir(folder)
    try:
        open_database(folder / "keeper.db")
        return month_summary(MONTH, compare=False).to_json()
    finally:
        close_database()
        paths.set_data_dir(None)


def make_station(tmp_path, code, name, index) -> tuple:
    folder = tmp_path / code
    run(folder, "station", "set", "--code", code, "--name", name, "--district", "九江市濂溪区")
    for day, service, group, count in ((2, "water", "rider", 1 + index), (9, "饮水", "外卖员", 2),
                                       (20, "charging", "courier", 1)):
        run(folder, "log", "--service", service, "--service", "rest", "--group", group,
            "--at", f"{MONTH}-{day:02d} 09:30", "--count", str(count))
    ledger = tmp_path / f"{code}-台账.csv"
    with ledger.open("w", encoding="gb18030", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["日期", "时间", "服务项目", "身份", "人次"])
        for day in range(3, 3 + 4 + index):
            writer.writerow([f"{MONTH}-{day:02d}".replace("-", "/"), "14:05", "喝水、修车",
                             "快递小哥", str(day % 3 + 1)])
    run(folder, "import", str(ledger))
    run(folder, "export", "--month", MONTH, "--format", "bundle", "--out", str(folder / "out"))
    return folder, folder / "out"


@pytest.mark.slow
def test_three_stations_reach_the_district(tmp_path, engine_url):
    stations = {code.upper(): make_station(tmp_path, code, name, i)
                for i, (code, name) in enumerate(STATIONS.items())}
    office = tmp_path / "district"
    init = ["district", "init", "--name", "濂溪区", "--code", "LX"]
    run(office, *(init + (["--db", engine_url] if engine_url else [])))
    register = tmp_path / "register.csv"
    register.write_text("编号,名称,启用,负责人,电话\n" + "".join(
        f"{code},{name},{shift_month(MONTH, -3)},站长{code[-1]},1380000010{code[-1]}\n"
        for code, name in [*((c.upper(), n) for c, n in STATIONS.items()),
                           ("JJ-104", "柴桑驿站")]), encoding="utf-8")
    run(office, "district", "stations", "import", str(register))
    received = run(office, "district", "receive", *(str(out) for _f, out in stations.values()))
    assert received.count(" r1.") == 3 and "3 accepted, 0 already received, 0 refused" in received
    # The stations' whole data folders, searched recursively: the same three files again.
    again = run(office, "district", "receive", *(str(f) for f, _out in stations.values()))
    assert "0 accepted, 3 already received, 0 refused" in again

    status = run(office, "district", "status", "--month", MONTH)
    assert f"{MONTH}: 4 expected, 3 received (75.0%)" in status
    assert "JJ-104\t柴桑驿站\t站长4\t13800000104" in status  # the chase list
    checks = run(office, "district", "check", "--month", MONTH)
    assert f"{MONTH}: 0 findings, 0 not explained." in checks  # no history yet, no zeros

    store = open_district(office)
    try:
        held = {s.station.code: s for s in store.month_submissions(MONTH)}
        for code, (folder, _out) in stations.items():
            own = own_summary(folder)
            figures = {k: held[code].summary[k] for k in own if k != "corrections"}
            assert figures == {k: v for k, v in own.items() if k != "corrections"}, code
            assert own["visits"] > 0
        total = sum(s.summary["visits"] for s in held.values())
        assert total == sum(own_summary(f)["visits"] for f, _o in stations.values())
    finally:
        store.close()
        district_database.initialize(None)

    # A late paper sheet at JJ-101: the next export is r2, and the district takes it.
    folder, out = stations["JJ-101"]
    run(folder, "log", "--service", "water", "--at", f"{MONTH}-25 16:00", "--count", "4")
    assert "revision 2" in run(folder, "export", "--month", MONTH, "--format", "bundle",
                               "--out", str(out))
    taken = run(office, "district", "receive", str(out))
    assert "accepted JJ-101 " + MONTH + " r2, superseded r1" in taken
    run(office, "district", "approve", "--month", MONTH)
    store = open_district(office)
    try:
        [first] = [s for s in store.month_submissions(MONTH) if s.station.code == "JJ-101"]
        assert first.revision == 2 and first.approved
        assert first.summary["visits"] == own_summary(folder)["visits"]
    finally:
        store.close()
        district_database.initialize(None)
