"""Three real stations (each its own data folder: visits logged and an old ledger imported,
appeals and activities recorded, the month exported) send their bundles; the district
receives them and its month report's figures are the stations' own summaries, added up
where they add up."""
from __future__ import annotations

import json
import zipfile
from datetime import date, datetime, time

import openpyxl
import pytest

from keeper import paths
from keeper.core import activities, appeals, clock, ledger
from keeper.core.directory import VisitorDetails, register_visitor
from keeper.core.importing import import_ledger
from keeper.core.ledger import NewVisit
from keeper.core.station import StationProfile, set_station
from keeper.district.checks import run_checks
from keeper.district.models import RegisteredStation
from keeper.district.receive import receive
from keeper.district.report import write_month_report
from keeper.district.status import month_status
from keeper.reports.export import export_month
from keeper.store.connection import close_database, open_database

MONTH = "2026-10"
LEDGER = "日期,时间,身份,服务项目,人次\n2026/10/5,9:05,外卖员,喝水、歇脚,3\n2026-10-06,14:20,快递小哥,充电,1\n"


def _station(folder, code: str, name: str, visits: int, out, *, import_file=None) -> dict:
    """A station's October, exported on 3 November; returns its summary.json."""
    paths.set_data_dir(folder)
    paths.ensure_data_dirs()
    open_database(paths.db_path())
    try:
        clock.pin(datetime(2026, 10, 20, 18, 0).astimezone())
        set_station(StationProfile(code, name, "浔阳区"))
        worker = register_visitor(VisitorDetails(name="李映旺", phone="13812345678",
                                                 platform="美团"))
        for number in range(visits):
            ledger.log_visit(NewVisit(services=["water"] + (["rest"] if number % 2 else []),
                                      group="rider" if number % 3 else "courier",
                                      count=1 + number % 2, day=date(2026, 10, 1 + number % 19),
                                      at=time(8 + number % 10, 15),
                                      visitor_id=worker if number % 4 == 0 else None))
        if import_file is not None:
            assert not import_ledger(import_file).rejected
        appeals.record_appeal(appeals.NewAppeal(
            "小区保安不让骑手进小区送餐", category=appeals.DEFAULT_CATEGORY, visitor_id=worker,
            day=date(2026, 10, 8)))
        activities.record_activity(activities.NewActivity(
            "望江路夜间巡防", day=date(2026, 10, 12), participants=[worker], others=3, hours=2.5))
        clock.pin(datetime(2026, 11, 3, 9, 0).astimezone())
        [bundle] = export_month(MONTH, out, ("bundle",)).files
        with zipfile.ZipFile(bundle) as archive:
            return json.loads(archive.read("summary.json"))
    finally:
        close_database()
        paths.set_data_dir(None)


@pytest.fixture
def three_stations(tmp_path):
    old = tmp_path / "old-ledger.csv"
    old.write_text(LEDGER, encoding="gb18030")
    out = tmp_path / "wechat"
    summaries = {
        "XY-001": _station(tmp_path / "s1", "xy-001", "白水湖驿站", 30, out, import_file=old),
        "XY-002": _station(tmp_path / "s2", "XY-002", "甘棠湖驿站", 12, out),
        "XY-003": _station(tmp_path / "s3", "XY-003", "湓浦驿站", 0, out),
    }
    yield summaries, out
    clock.pin(None)


def test_the_district_report_is_the_stations_summaries(three_stations, district, qapp,
                                                      tmp_path):
    summaries, out = three_stations
    clock.pin(datetime(2026, 11, 4, 10, 0).astimezone())
    for code, name in (("XY-001", "白水湖驿站"), ("XY-002", "甘棠湖驿站"), ("XY-003", "湓浦驿站"),
                       ("XY-004", "浔阳江头驿站")):
        RegisteredStation.create(code=code, name=name, opened="2026-01", contact="周丽",
                                 phone="13900000004")
    outcomes = receive(district, [out])
    assert sorted(o.status for o in outcomes) == ["accepted"] * 3

    status = month_status(district, MONTH)
    assert (len(status.expected), status.received, len(status.on_time)) == (4, 3, 3)
    assert [s.code for s in status.missing] == ["XY-004"]
    assert [(f.station_code, f.rule) for f in run_checks(district, MONTH)] == [
        ("XY-003", "zero_visits")]

    xlsx, pdf, bundle = write_month_report(district, MONTH, tmp_path / "report")
    rows = list(openpyxl.load_workbook(xlsx)["各驿站"].iter_rows(values_only=True))
    by_code = {row[0]: row for row in rows[1:]}
    for code, summary in summaries.items():
        row = by_code[code]
        assert row[2:5] == (summary["visits"], summary["visitors_registered"],
                            sum(summary["services"].values()))
        assert row[5:9] == tuple(summary["appeals"][k] for k in ("received", "resolved", "open",
                                                                 "overdue"))
        assert row[9:12] == (summary["activities"]["count"],
                             summary["activities"]["volunteer_hours"], summary["revision"])
        assert row[12] == "按时"
    assert by_code["XY-004"][12] == "未报送"
    assert summaries["XY-001"]["visits"] == 30 + 15 + 4  # logged (count 1 or 2) and imported
    total = by_code["合计"]
    assert total[2] == sum(s["visits"] for s in summaries.values())
    assert total[3] == "不汇总：同一人可能到访多个驿站"
    chase = list(openpyxl.load_workbook(xlsx)["未报送"].iter_rows(values_only=True))
    assert chase[2] == ("XY-004", "浔阳江头驿站", "综合型", "周丽 13900000004")

    with zipfile.ZipFile(bundle) as archive:
        totals = json.loads(archive.read("summary.json"))
    for key in ("services", "groups", "platforms"):
        added: dict[str, int] = {}
        for summary in summaries.values():
            for code, value in summary[key].items():
                added[code] = added.get(code, 0) + value
        assert totals[key] == added
    assert totals["activities"]["volunteer_hours"] == sum(
        s["activities"]["volunteer_hours"] for s in summaries.values())
