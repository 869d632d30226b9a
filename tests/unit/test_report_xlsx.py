"""The monthly workbook, read back with openpyxl: figures, one ledger row per visit, masked
phones, charts, print setup, both languages."""
from __future__ import annotations

import re
import zipfile
from datetime import date, time

import pytest
from openpyxl import load_workbook

from keeper.core import directory
from keeper.core.demo import generate_demo
from keeper.core.ledger import NewVisit, amend_visit, log_visit, void_visit
from keeper.core.stats import month_summary
from keeper.errors import QT_TRANSLATE_NOOP
from keeper.reports import labels
from keeper.reports.stock import STOCK_LABELS
from keeper.reports.xlsx import write_workbook
from keeper.store.models import database

MONTH = "2026-09"
PHONE = "13812345678"
ELEVEN_DIGITS = re.compile(r"(?<!\d)1\d{10}(?!\d)")


@pytest.fixture
def month(db, pinned_now):
    """A demo month (September 2026) plus visits whose rendering we know exactly."""
    generate_demo(months=1, seed=7)
    visitor = directory.ensure_visitor_by_phone(PHONE, "李映旺", "rider", source="test")
    known = {
        "regular": log_visit(NewVisit(["water", "rest"], "rider", date(2026, 9, 30), time(23, 59),
                                      visitor_id=visitor, note="=1+1 http://x.cn")),
        "party": log_visit(NewVisit(["water"], "courier", date(2026, 9, 1), time(0, 0), count=5)),
        "voided": log_visit(NewVisit(["toilet"], "truck", date(2026, 9, 15), time(9, 30))),
        "amended": log_visit(NewVisit(["charging"], "citizen", date(2026, 9, 20), None)),
        "next_month": log_visit(NewVisit(["water"], "rider", date(2026, 10, 1), time(0, 0))),
    }
    void_visit(known["voided"], "登记重复")
    amend_visit(known["amended"], NewVisit(["charging"], "citizen", date(2026, 9, 20), None,
                                           count=2), "人数记错")
    return month_summary(MONTH), known


def _write(tmp_path, summary, language="zh_CN", **options):
    path = tmp_path / f"report-{language}.xlsx"
    rows = write_workbook(summary, path, language=language, **options)
    return path, rows, load_workbook(path)


def _month_visits() -> list[int]:
    return [r[0] for r in database.execute_sql(
        "SELECT id FROM visit WHERE date BETWEEN '2026-09-01' AND '2026-09-30' ORDER BY id")]


def _figure(sheet, label: str, column: int = 2):
    for row in sheet.iter_rows():
        if row[0].value == label:
            return row[column - 1].value
    raise AssertionError(f"no row {label!r} on {sheet.title}")


def test_summary_sheet_holds_the_month_figures_in_chinese(tmp_path, month):
    summary, _ = month
    _, _, book = _write(tmp_path, summary)
    assert book.sheetnames == ["汇总", "台账", "诉求", "志愿活动", "库存"]  # the demo keeps stock
    sheet = book["汇总"]
    assert sheet["A1"].value == "驿站服务月报 2026年9月"
    assert _figure(sheet, "驿站名称") == summary.station["name"] == "示范驿站（演示数据）"
    assert _figure(sheet, "驿站编号") == "DEMO01"
    assert _figure(sheet, "服务人次") == summary.visits
    assert _figure(sheet, "服务人数（登记访客）") == summary.visitors_registered
    assert _figure(sheet, "新登记人数") == summary.new_registrations
    assert _figure(sheet, "台账登记条数") == summary.entries
    assert _figure(sheet, "服务人次", 3) == summary.previous.visits  # last month
    change = _figure(sheet, "服务人次", 4)
    if summary.previous.visits:
        assert change == pytest.approx(summary.visits / summary.previous.visits - 1)
    busiest_day, busiest_visits = summary.busiest_day
    assert _figure(sheet, "最忙的一天") == f"{busiest_day} ({busiest_visits:,})"
    assert _figure(sheet, "饮水") == summary.services["water"]
    assert _figure(sheet, "休息") == summary.services["rest"]
    assert _figure(sheet, "外卖骑手") == summary.groups["rider"]
    platform, visits = next(iter(summary.platforms.items()))
    assert _figure(sheet, platform) == visits
    day_rows = {row[0].value.date().isoformat(): row[1].value for row in sheet.iter_rows()
                if hasattr(row[0].value, "date")}
    assert day_rows == summary.by_day  # every day of the month, zeros included


def test_ledger_has_one_row_per_visit_voided_ones_marked(tmp_path, month):
    summary, known = month
    _, rows, book = _write(tmp_path, summary)
    sheet = book["台账"]
    header = [cell.value for cell in sheet[1]]
    # The district's copy: no visitor, note or reason voided (names and free text).
    assert header == ["登记号", "日期", "时间", "人员类别", "服务项目", "人次", "平台", "状态"]
    body = list(sheet.iter_rows(min_row=2, values_only=True))
    voided_count = sum(1 for r in body if r[7] == "已作废")
    assert voided_count >= 1  # ours, and the demo's slips
    assert rows == len(body) == len(_month_visits()) == summary.entries + voided_count
    assert sorted(r[0] for r in body) == _month_visits()
    assert known["next_month"] not in {r[0] for r in body}
    by_id = {r[0]: r for r in body}
    voided = by_id[known["voided"]]
    assert voided[7] == "已作废"
    assert by_id[known["amended"]][7] == "已更正" and by_id[known["amended"]][2] is None
    regular = by_id[known["regular"]]
    assert regular[1].date() == date(2026, 9, 30) and regular[2].strftime("%H:%M") == "23:59"
    assert regular[3:6] == ("外卖骑手", "饮水、休息", 1)
    assert "李映旺" not in str(body) and "http://x.cn" not in str(body)
    assert by_id[known["party"]][5] == 5
    assert sum(r[5] for r in body if r[7] != "已作废") == summary.visits
    phones = [v for r in body for v in r if isinstance(v, str) and ELEVEN_DIGITS.search(v)]
    assert phones == []


@pytest.mark.slow  # seconds: a real process, a big file or many examples
def test_full_details_show_the_whole_phone(tmp_path, month):
    summary, known = month
    _, _, book = _write(tmp_path, summary, full_details=True)
    sheet = book["台账"]
    assert [cell.value for cell in sheet[1]] == [
        "登记号", "日期", "时间", "人员类别", "服务项目", "人次", "来访人员", "平台", "备注", "状态",
        "作废原因"]
    body = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    regular = body[known["regular"]]
    assert regular[6] == f"李映旺 {PHONE}"
    assert regular[8] == "=1+1 http://x.cn"  # a note is text, never a formula or a link
    assert body[known["voided"]][9:] == ("已作废", "登记重复")


@pytest.mark.slow  # seconds: a real process, a big file or many examples
def test_charts_frozen_header_filter_and_print_setup(tmp_path, month):
    summary, _ = month
    path, rows, book = _write(tmp_path, summary)
    with zipfile.ZipFile(path) as archive:
        charts = [n for n in archive.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n)]
    assert len(charts) == 3  # services, groups, visits per day
    assert len(book["汇总"]._charts) == 3
    ledger = book["台账"]
    assert ledger.freeze_panes == "A2"
    assert ledger.auto_filter.ref == f"A1:H{rows + 1}"
    assert ledger.print_title_rows == "$1:$1"
    assert ledger.column_dimensions["E"].width > 20
    for sheet in book.worksheets:
        assert sheet.page_setup.paperSize == 9  # A4
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        # One page wide (1 is the default, so XlsxWriter leaves it out), any number tall.
        assert sheet.page_setup.fitToWidth in (None, 1) and sheet.page_setup.fitToHeight == 0
        assert "示范驿站" in sheet.oddHeader.left.text
        assert sheet.oddFooter.center.text == "第 &P 页 / 共 &N 页"


@pytest.mark.slow  # seconds: a real process, a big file or many examples
def test_english_headers_and_names(tmp_path, month):
    summary, _ = month
    _, _, book = _write(tmp_path, summary, language="en")
    assert book.sheetnames == ["Summary", "Ledger", "Appeals", "Activities", "Stock"]
    assert book["Summary"]["A1"].value == "Monthly report, September 2026"
    assert _figure(book["Summary"], "Visits (person-times)") == summary.visits
    assert _figure(book["Summary"], "Drinking water") == summary.services["water"]
    header = [cell.value for cell in book["Ledger"][1]]
    assert header[:6] == ["Entry no.", "Date", "Time", "Group", "Services", "Count"]
    assert book["Appeals"]["A2"].value == "No appeals this month."
    assert book["Activities"]["A2"].value == "No activities this month."


def test_appeals_and_activities_sheets(tmp_path, month):
    summary, _ = month
    appeals = [
        {"id": 3, "date": "2026-09-04", "category": "access", "group": "rider",
         "description": "小区不让骑手进", "urgency": "high", "status": "referred",
         "referred_to": "街道办", "resolved_on": None, "overdue": True},
        {"id": 4, "date": date(2026, 9, 9), "category": "other", "group": "",
         "description": "饮水机坏了", "urgency": "low", "status": "resolved",
         "referred_to": "", "resolved_on": "2026-09-10", "overdue": False},
    ]
    activities = [{"id": 1, "date": "2026-09-12", "type": "patrol", "title": "夜间巡逻",
                   "participants": 6, "volunteer_hours": 2.5, "people_helped": 14,
                   "story": "帮 3 名骑手补胎"}]
    _, _, book = _write(tmp_path, summary, appeals=appeals, activities=activities,
                        full_details=True)
    rows = list(book["诉求"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == [3, 4]
    assert rows[0][1].date() == date(2026, 9, 4)
    assert rows[0][3:8] == ("外卖骑手", "小区不让骑手进", "紧急", "已转办", "街道办")
    assert rows[0][9] == "是" and rows[1][9] is None
    assert rows[1][8].date() == date(2026, 9, 10)
    (activity,) = book["志愿活动"].iter_rows(min_row=2, values_only=True)
    assert activity[3:8] == ("夜间巡逻", 6, 2.5, 14, "帮 3 名骑手补胎")
    assert _figure(book["汇总"], "超期") == 1


def test_the_districts_workbook_carries_no_names_phones_or_free_text(tmp_path, month):
    summary, _ = month
    appeals = [{"id": 3, "date": "2026-09-04", "category": "access", "group": "rider",
                "description": "张三 13912345678 反映小区不让进", "urgency": "high",
                "status": "referred", "referred_to": "王主任 010-62345678",
                "resolved_on": None, "overdue": True}]
    activities = [{"id": 1, "date": "2026-09-12", "type": "patrol",
                   "title": "夜间巡逻（联系 13912345678）", "participants": 6,
                   "volunteer_hours": 2.5, "people_helped": 14, "story": "李四帮骑手补胎"}]
    path, _, book = _write(tmp_path, summary, appeals=appeals, activities=activities)
    cells = [str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
             for v in row if v is not None]
    text = "\n".join(cells)
    for personal in ("张三", "13912345678", "王主任", "62345678", "李四", "李映旺"):
        assert personal not in text, personal
    assert [c.value for c in book["诉求"][1]] == [
        "编号", "日期", "类别", "人员类别", "紧急程度", "状态", "办结日期", "超期"]
    assert "夜间巡逻（联系 139****5678）" in cells  # a title stays, its phone masked
    # The station's full copy masks phone-like numbers inside free text too.
    _, _, full = _write(tmp_path, summary, appeals=appeals, activities=activities,
                        full_details=True)
    row = next(full["诉求"].iter_rows(min_row=2, values_only=True))
    assert "张三 139****5678 反映小区不让进" in row and "王主任 010****5678" in row


def test_revision_as_of_and_the_uses_footnote(tmp_path, month):
    summary, _ = month
    _, _, book = _write(tmp_path, summary, revision=2, as_of="2026-09-30")
    sheet = book["汇总"]
    values = {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert values["版本"] == "第 2 版" and values["数据截至"] == "2026-09-30"
    services_header = next(row for row in sheet.iter_rows(values_only=True)
                           if row[0] == "服务项目" and row[1])
    assert services_header[1] == "服务次数"  # not 服务人次: that is the visits
    assert any(str(row[0]).startswith("说明：服务人次按来访人次计")
               for row in sheet.iter_rows(values_only=True) if row[0])


def test_english_columns_fit_their_words(tmp_path, month):
    summary, _ = month
    appeals = [{"id": 3, "date": "2026-09-04", "category": "access", "group": "ride_hailing",
                "description": "x", "urgency": "high", "status": "followed_up",
                "referred_to": "", "resolved_on": None, "overdue": False}]
    activities = [{"id": 1, "date": "2026-09-12", "type": "patrol", "title": "Patrol",
                   "participants": 6, "volunteer_hours": 2.5, "people_helped": 14}]
    _, _, book = _write(tmp_path, summary, language="en", appeals=appeals,
                        activities=activities)
    ledger = book["Ledger"]
    assert ledger.column_dimensions["D"].width >= len("Ride-hailing driver") + 2
    assert ledger.column_dimensions["E"].width >= 30
    appeals_sheet, activities_sheet = book["Appeals"], book["Activities"]
    for sheet in (appeals_sheet, activities_sheet):
        for cell in sheet[1]:  # every header fits beside its filter button
            width = sheet.column_dimensions[cell.column_letter].width
            assert width >= len(cell.value) + 3, cell.value


def test_progress_is_reported_in_percent(tmp_path, month):
    summary, _ = month
    seen: list[int] = []
    _write(tmp_path, summary, progress=seen.append)
    assert seen[-1] == 100 and seen == sorted(seen) and all(0 <= p <= 100 for p in seen)


def test_a_month_without_visits(tmp_path, db, pinned_now):
    summary = month_summary("2026-08")
    _, rows, book = _write(tmp_path, summary)
    assert rows == 0
    assert _figure(book["汇总"], "服务人次") == 0
    assert book["台账"].max_row == 1


@pytest.mark.parametrize("table, context", [(labels.XLSX_LABELS, labels.XLSX),
                                            (labels.PDF_LABELS, labels.PDF),
                                            (STOCK_LABELS, "ReportStock")],
                         ids=["xlsx", "pdf", "stock"])
def test_every_label_has_chinese_with_the_same_placeholders(table, context):
    chinese_texts = labels.texts(table, context, "zh_CN")  # from the .ts, the one source
    for key, english in table.items():
        chinese = chinese_texts[key]
        assert chinese.strip() and chinese != english, key
        assert set(re.findall(r"\{\w+\}", english)) == set(re.findall(r"\{\w+\}", chinese)), key
    assert QT_TRANSLATE_NOOP("ReportXlsx", "Summary") == "Summary"


def test_ledger_cells_written_beneath_the_a1_wrapper_land_where_the_public_call_puts_them(
        tmp_path):
    import xlsxwriter

    from keeper.reports.xlsx_sheets import _by_row_and_column

    book = xlsxwriter.Workbook(str(tmp_path / "cells.xlsx"))
    sheet = book.add_worksheet("x")
    number, string = (_by_row_and_column(sheet.write_number),
                      _by_row_and_column(sheet.write_string))
    assert number(1, 0, 42) == 0 and string(1, 1, "饮水、休息") == 0
    assert number(2_000_000, 0, 1) == -1  # past Excel's last row: refused, as the public call
    sheet.write_number("C2", 7)  # the public call, in A1 notation
    book.close()
    cells = load_workbook(tmp_path / "cells.xlsx")["x"]
    assert [cells["A2"].value, cells["B2"].value, cells["C2"].value] == [42, "饮水、休息", 7]

    class Plain:  # a version whose write_* has no wrapper: the method as it is
        def write_number(self, row, col, value, cell_format=None):
            return (row, col, value)

    assert _by_row_and_column(Plain().write_number)(1, 2, 3) == (1, 2, 3)
