"""Status (expected, on time, late, missing, rate, the chase list), checks (zero months,
outliers against the station's last six months, explained findings) and the register."""
from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest

from keeper.core import clock, signing
from keeper.district.checks import explain, outlier_range, run_checks
from keeper.district.models import RegisteredStation
from keeper.district.receive import receive
from keeper.district.register import import_stations
from keeper.district.status import month_status
from keeper.errors import UserError
from tests.support.bundles import make_bundle

KEYS = {code: signing.new_key_pair()[0] for code in ("JJ-001", "JJ-002", "JJ-003", "JJ-004")}


def at(day: str) -> None:
    clock.pin(datetime.fromisoformat(day + "T10:00").astimezone())


@pytest.fixture(autouse=True)
def unpin():
    yield
    clock.pin(None)


def send(store, folder, code, month, visits, revision=1):
    path = folder / f"{code}_{month}_r{revision}.zip"
    folder.mkdir(parents=True, exist_ok=True)
    path.write_bytes(make_bundle(code, month, revision, visits=visits, private_key=KEYS[code]))
    [outcome] = receive(store, [path])
    assert outcome.status == "accepted", outcome.message()


def test_status_counts_on_time_late_missing_and_the_chase_list(district, tmp_path):
    register = tmp_path / "名册.csv"
    register.write_bytes(
        "驿站编号,驿站名称,类型,启用时间,停用时间,负责人,联系电话\n"
        "jj-001,八里湖驿站,综合型,2026年1月,,王芳,13800000001\n"
        "JJ-002,濂溪驿站,专属,2026-01,,李强,13800000002\n"
        "JJ-003,浔阳驿站,综合,2026/02,,赵敏,13800000003\n"
        "JJ-004,柴桑驿站,综合,2026-01,2026-09,孙丽,13800000004\n".encode("gb18030"))
    result = import_stations(district, register)
    assert (result.added, result.updated) == (4, 0)
    assert district.station("jj-001").name == "八里湖驿站"
    at("2026-11-04")
    send(district, tmp_path / "in", "JJ-001", "2026-10", 120)
    at("2026-11-05")
    send(district, tmp_path / "in", "JJ-002", "2026-10", 80)
    at("2026-11-09")
    send(district, tmp_path / "in", "JJ-001", "2026-10", 125, revision=2)  # a correction
    send(district, tmp_path / "in", "JJ-003", "2026-10", 60)
    status = month_status(district, "2026-10")
    assert [s.code for s in status.expected] == ["JJ-001", "JJ-002", "JJ-003"]  # 004 closed
    assert sorted(s.station.code for s in status.on_time) == ["JJ-001", "JJ-002"]
    assert [s.station.code for s in status.late] == ["JJ-003"]
    assert status.received == 3 and status.rate == 100.0
    assert round(status.on_time_rate, 1) == 66.7
    assert status.due.isoformat() == "2026-11-05"
    september = month_status(district, "2026-09")
    assert [(s.code, s.contact, s.phone) for s in september.missing] == [
        ("JJ-001", "王芳", "13800000001"), ("JJ-002", "李强", "13800000002"),
        ("JJ-003", "赵敏", "13800000003"), ("JJ-004", "孙丽", "13800000004")]
    assert september.rate == 0.0


def test_the_register_from_xlsx_and_its_bad_rows(district, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["九江市驿站名册"])  # a title row above the header
    sheet.append(["Code", "Name", "Kind", "Opened", "Contact", "Phone"])
    sheet.append(["JJ-001", "八里湖驿站", "comprehensive", datetime(2026, 1, 15), "王芳", "138"])
    book.save(tmp_path / "register.xlsx")
    assert import_stations(district, tmp_path / "register.xlsx").added == 1
    assert district.station("JJ-001").opened == "2026-01"
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name,opened\nJJ-002,濂溪,2026-01\nJJ 3,浔阳,2026-01\n"
                   "JJ-004,柴桑,someday\n", encoding="utf-8")
    with pytest.raises(UserError, match="rows that need fixing") as caught:
        import_stations(district, bad)
    assert "3:" in caught.value.message() and "4:" in caught.value.message()
    assert RegisteredStation.select().count() == 1  # all or nothing
    again = import_stations(district, tmp_path / "register.xlsx")
    assert (again.added, again.updated) == (0, 1)


def test_checks_find_zero_months_and_outliers_and_keep_explanations(district, tmp_path):
    for code in ("JJ-001", "JJ-002"):
        RegisteredStation.create(code=code, name=code, opened="2026-01")
    at("2026-11-02")
    history = [100, 96, 104, 99, 101, 98]
    for index, visits in enumerate(history):
        month = f"2026-{4 + index:02d}"
        send(district, tmp_path / "in", "JJ-001", month, visits)
        send(district, tmp_path / "in", "JJ-002", month, visits, )
    send(district, tmp_path / "in", "JJ-001", "2026-10", 300)
    send(district, tmp_path / "in", "JJ-002", "2026-10", 0)
    found = run_checks(district, "2026-10")
    assert [(f.station_code, f.rule, f.figure) for f in found] == [
        ("JJ-001", "outlier", "visitors_registered"), ("JJ-001", "outlier", "visits"),
        ("JJ-002", "zero_visits", "visits")]
    outlier = found[1]
    assert outlier.value == "300" and outlier.expected == "75–124"  # 99.5 ± 25%
    with pytest.raises(UserError, match="explains"):
        explain(district, outlier.id, "  ")
    explain(district, outlier.id, "国庆节骑手活动周")
    again = run_checks(district, "2026-10")
    assert again[1].explained_at and again[1].note == "国庆节骑手活动周"
    assert again[1].id == outlier.id and not again[0].explained_at
    # A new revision that fixes the zero month takes its finding away.
    at("2026-11-03")
    send(district, tmp_path / "in", "JJ-002", "2026-10", 97, revision=2)
    assert [(f.station_code, f.rule) for f in run_checks(district, "2026-10")] == [
        ("JJ-001", "outlier"), ("JJ-001", "outlier")]


def test_the_outlier_rule_needs_history_and_ignores_small_wobbles():
    assert outlier_range([5, 6], 3.5) is None
    low, high = outlier_range([3, 4, 5, 4, 3, 4], 3.5)
    assert low < 0 and high >= 14  # small stations: differences under 10 never count
    low, high = outlier_range([100, 96, 104, 99, 101, 98], 3.5)
    assert (low, high) == (74.625, 124.375)  # a steady station: within 25% is usual
    low, high = outlier_range([100, 40, 160, 90, 120, 60], 3.5)
    assert low < 0 and high > 200  # a station that swings: only wild months count
