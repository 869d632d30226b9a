"""The legacy ledger import (DESIGN §3): columns, dates, services, groups, rejections, all or
nothing, idempotence, phones, undo. The clock is pinned to 2026-10-15 14:30."""
from __future__ import annotations

import csv
import hashlib
import json
from datetime import date, datetime, time

import openpyxl
import pytest

from keeper.core import catalog
from keeper.core.directory import VisitorDetails, register_visitor
from keeper.core.import_rows import HEADER_WORDS, map_columns
from keeper.core.importing import (
    ImportCancelled,
    import_batches,
    import_ledger,
    undo_import,
    write_rejects,
)
from keeper.errors import EnvironmentProblem, UserError
from keeper.store.models import (
    AuditEntry,
    Correction,
    ImportBatch,
    MonthState,
    Visit,
    Visitor,
)

pytestmark = pytest.mark.usefixtures("db", "pinned_now")
BASE = ("日期", "时间", "服务项目")


def ledger(tmp_path, rows, header=BASE, *, name="ledger.csv", encoding="utf-8"):
    path = tmp_path / name
    with path.open("w", encoding=encoding, newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def stored() -> list[tuple]:
    """(date, time, group, services, count, note) of the visits not voided, in order."""
    return [(v.date, v.time, v.group_code, sorted(s.service_code for s in v.services), v.count,
             v.note) for v in Visit.select().where(Visit.voided_at.is_null()).order_by(Visit.id)]


def one_row(tmp_path, header, row):
    result = import_ledger(ledger(tmp_path, [row], header))
    assert not result.rejected, [r.reason.message() for r in result.rejected]
    return Visit.select().order_by(Visit.id.desc()).first()


# -- columns ------------------------------------------------------------------------------
SAMPLE = {"date": "2026-10-03", "datetime": "2026-10-03 14:05", "services": "喝水",
          "time": "14:05", "name": "张伟", "phone": "13812345678", "group": "外卖员",
          "platform": "美团", "count": "3", "notes": "雨天"}
UNDERSTOOD = {"date": ("date", "2026-10-03"), "datetime": ("time", "14:05"),
              "services": ("services", ["water"]), "time": ("time", "14:05"),
              "phone": ("phone", "13812345678"), "group": ("group", "rider"),
              "platform": ("platform", "美团"), "count": ("count", 3), "notes": ("note", "雨天")}


@pytest.mark.parametrize("field, word", [(f, w) for f, words in HEADER_WORDS.items()
                                         for w in words])
def test_every_header_synonym(tmp_path, field, word):
    names = {"date": "日期", "services": "服务项目"}
    if field == "datetime":
        del names["date"]
    names[field] = word
    result = import_ledger(ledger(tmp_path, [[SAMPLE[f] for f in names]], tuple(names.values())))
    assert [c.field for c in result.columns] == list(names)
    assert result.added == 1
    visit = Visit.get()
    if field == "name":  # a name alone links no one: visitors are matched by phone
        assert "name but no phone" in result.warnings[0].message()
        return
    attribute, expected = UNDERSTOOD[field]
    value = {"services": lambda: [s.service_code for s in visit.services],
             "phone": lambda: visit.visitor.phone,
             "group": lambda: visit.group_code}.get(attribute, lambda: getattr(visit, attribute))()
    assert value == expected


@pytest.mark.parametrize("header", [" Date ", "DATE", "d a t e", "日 期", "*日期", "日期："])
def test_headers_ignore_case_spaces_and_marks(header):
    assert map_columns([header])[0].field == "date"


def test_columns_in_any_order_unknown_ones_ignored(tmp_path):
    path = ledger(tmp_path, [["x", "2", "喝水", "y", "2026-10-03"]],
                  ("编号", "人数", "Services", "天气", "DATE"))
    result = import_ledger(path)
    assert [c.field for c in result.columns] == [None, "count", "services", None, "date"]
    assert stored() == [("2026-10-03", None, "other", ["water"], 2, "")]


def test_required_columns_are_named(tmp_path):
    with pytest.raises(UserError, match="has no 服务项目 \\(services\\) column"):
        import_ledger(ledger(tmp_path, [["2026-10-03"]], ("日期", "备注")))
    with pytest.raises(UserError, match="日期 \\(date\\), 服务项目"):
        import_ledger(ledger(tmp_path, [["x"]], ("姓名", "备注")))


def test_every_column_lands_where_it_belongs(tmp_path):
    header = ("登记日期", "到站时间", "姓名", "联系电话", "人员类别", "工作单位", "服务内容", "人次",
              "备注")
    visit = one_row(tmp_path, header, ["2026-10-03", "14:05", "李映旺", "138 1234 5678",
                                       "美团骑手", "美团", "喝水、换电池", "3", "雨天"])
    assert (visit.date, visit.time, visit.group_code, visit.count, visit.note, visit.platform) \
        == ("2026-10-03", "14:05", "rider", 3, "雨天", "美团")
    assert sorted(s.service_code for s in visit.services) == ["battery_swap", "water"]
    assert visit.visitor.phone == "13812345678" and visit.visitor.name == "李映旺"
    assert visit.created_at == datetime(2026, 10, 15, 14, 30).astimezone().isoformat(
        timespec="seconds")


# -- dates and times ----------------------------------------------------------------------
@pytest.mark.parametrize("text", ["2026-10-03", "2026/10/3", "2026.10.3", "2026年10月3日",
                                  "2026-10-03 00:00", "20261003", "２０２６年１０月３日",
                                  "2026年10月3日 星期六", "2026-10-03（周六）"])
def test_date_forms(tmp_path, text):
    assert one_row(tmp_path, ("日期", "服务"), [text, "喝水"]).date == "2026-10-03"


@pytest.mark.parametrize("text, expected", [
    ("14:05", "14:05"), ("14:05:30", "14:05"), ("9:05", "09:05"), ("14时05分", "14:05"),
    ("14时5分", "14:05"), ("１４：０５", "14:05"), ("", None)])
def test_time_forms(tmp_path, text, expected):
    assert one_row(tmp_path, BASE, ["2026-10-03", text, "喝水"]).time == expected


def test_a_time_written_in_the_date_or_a_datetime_column(tmp_path):
    assert one_row(tmp_path, ("日期", "服务"), ["2026/10/3 14:05", "喝水"]).time == "14:05"
    assert one_row(tmp_path, ("日期", "服务"), ["2026/10/3 周六 9:00", "喝水"]).time == "09:00"
    visit = one_row(tmp_path, ("日期时间", "服务"), ["2026-10-04 09:15:00", "喝水"])
    assert (visit.date, visit.time) == ("2026-10-04", "09:15")
    # The time column wins over a time inside the date.
    visit = one_row(tmp_path, BASE, ["2026-10-05 08:00", "10:00", "喝水"])
    assert (visit.date, visit.time) == ("2026-10-05", "10:00")


def test_xlsx_end_to_end(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["望京驿站十月台账"])
    sheet.merge_cells("A1:G1")
    sheet.append(["日期", "时间", "日期时间", "服务项目", "人次", "手机号", "身份"])
    sheet.append([date(2026, 10, 3), time(14, 5), None, "喝水", 2, 13812345678, "外卖员"])
    sheet.append([None, None, datetime(2026, 10, 4, 9, 30), "补胎", 1.0, None, None])
    sheet.append([46300, 0.5, None, "如厕", None, None, None])  # cells that lost their format
    sheet.append([date(2026, 10, 6), time(10, 0), None, "唱歌", None, None, None])
    for row in range(7, 40):
        sheet.cell(row=row, column=1).number_format = "yyyy-mm-dd"  # trailing empty rows
    path = tmp_path / "ledger.xlsx"
    book.save(path)
    result = import_ledger(path, skip_bad=True)
    assert (result.kind, result.header_row, result.rows_read) == ("xlsx", 2, 4)
    assert [(r.number, r.reason.message()) for r in result.rejected] == [
        (6, 'unknown service "唱歌"')]
    assert stored() == [("2026-10-03", "14:05", "rider", ["water"], 2, ""),
                        ("2026-10-04", "09:30", "other", ["repair"], 1, ""),
                        ("2026-10-05", "12:00", "other", ["toilet"], 1, "")]
    assert Visitor.get(Visitor.phone == "13812345678").group_code == "rider"


def test_gb18030_with_tabs(tmp_path):
    path = tmp_path / "ledger.txt"
    path.write_bytes("日期\t服务项目\t身份\r\n2026-10-03\t热饭\t快递小哥\r\n".encode("gb18030"))
    result = import_ledger(path)
    assert (result.encoding, result.delimiter, result.added) == ("gb18030", "\t", 1)
    assert stored() == [("2026-10-03", None, "courier", ["meal_heating"], 1, "")]


# -- services and groups ------------------------------------------------------------------
@pytest.mark.parametrize("text, codes", [
    ("喝水、休息", ["rest", "water"]), ("喝水,休息", ["rest", "water"]),
    ("喝水，休息", ["rest", "water"]), ("喝水;休息", ["rest", "water"]),
    ("喝水；休息", ["rest", "water"]), ("喝水/休息", ["rest", "water"]),
    ("喝水+休息", ["rest", "water"]), ("喝水 休息", ["rest", "water"]),
    ("休息 一下", ["rest"]), ("喝水、开水、接水", ["water"]), ("歇脚", ["rest"]),
    ("换电池", ["battery_swap"]), ("修车 补胎", ["repair"]), ("加热/微波炉", ["meal_heating"]),
    ("药箱+急救", ["first_aid"]), ("water, Toilet", ["toilet", "water"]), ("饮水", ["water"]),
])
def test_services_split_and_synonyms(tmp_path, text, codes):
    visit = one_row(tmp_path, ("日期", "服务项目"), ["2026-10-03", text])
    assert sorted(s.service_code for s in visit.services) == codes


def test_a_stations_own_synonym(tmp_path):
    catalog.add_synonym("service", "送水", "water")
    catalog.add_synonym("group", "闪送", "courier")
    visit = one_row(tmp_path, ("日期", "服务项目", "身份"), ["2026-10-03", "送水", "闪送"])
    assert [s.service_code for s in visit.services] == ["water"]
    assert visit.group_code == "courier"


@pytest.mark.parametrize("text, code", [
    ("外卖员", "rider"), ("美团骑手", "rider"), ("快递小哥", "courier"), ("滴滴司机", "ride_hailing"),
    ("卡车司机", "truck"), ("居民", "citizen"), ("群众", "citizen"), ("", "other"),
    ("市民", "citizen"), ("courier", "courier")])
def test_groups(tmp_path, text, code):
    assert one_row(tmp_path, ("日期", "服务项目", "职业"), ["2026-10-03", "喝水", text]).group_code \
        == code


def test_unknown_group_is_other_with_a_warning_and_the_text_in_the_note(tmp_path):
    path = ledger(tmp_path, [["2026-10-03", "喝水", "学生", "雨天"], ["2026-10-04", "喝水", "学生", ""],
                             ["2026-10-05", "喝水", "外卖员", ""]], ("日期", "服务项目", "身份", "备注"))
    result = import_ledger(path)
    assert [w.message() for w in result.warnings] == [
        'Unknown group "学生" (rows: 2, the first is row 2): stored as other, the text kept in '
        'the note.']
    assert [(v[2], v[5]) for v in stored()] == [("other", "雨天; 身份: 学生"),
                                                ("other", "身份: 学生"), ("rider", "")]


# -- rejections ---------------------------------------------------------------------------
REJECTS = [
    (["", "10:00", "喝水", ""], "the date is missing"),
    (["2026-02-30", "", "喝水", ""], 'the date "2026-02-30" does not exist'),
    (["昨天", "", "喝水", ""], '"昨天" is not a date (write it as 2026-10-03)'),
    (["1926-10-03", "", "喝水", ""], 'the date "1926-10-03" does not exist'),
    (["2026-10-16", "", "喝水", ""], "the date 2026-10-16 is in the future"),
    (["2026-10-15", "15:00", "喝水", ""], "the date 2026-10-15 15:00 is in the future"),
    (["2026-10-03", "25:00", "喝水", ""], '"25:00" is not a time of day (write it as 14:05)'),
    (["2026-10-03", "", "", ""], "no service is given"),
    (["2026-10-03", "", "喝水、唱歌", ""], 'unknown service "唱歌"'),
    (["2026-10-03", "", "喝水", "0"], 'the count "0" is not a whole number from 1 to 999'),
    (["2026-10-03", "", "喝水", "-1"], 'the count "-1" is not a whole number from 1 to 999'),
    (["2026-10-03", "", "喝水", "2.5"], 'the count "2.5" is not a whole number from 1 to 999'),
    (["2026-10-03", "", "喝水", "三"], 'the count "三" is not a whole number from 1 to 999'),
    (["2026-10-03", "", "喝水", "1000"], 'the count "1000" is not a whole number from 1 to 999'),
]


def rejects_file(tmp_path):
    rows = [["2026-10-01", "9:00", "喝水", "1", ""]]
    rows += [[*cells, ""] for cells, _ in REJECTS]
    rows += [["2026-10-03", "", "喝水", "", "12345"], ["2026-10-15", "14:30", "如厕", "3人", ""]]
    return ledger(tmp_path, rows, ("日期", "时间", "服务项目", "人次", "手机号"))


def test_each_rejection_with_its_row_number(tmp_path):
    result = import_ledger(rejects_file(tmp_path))
    expected = [(number, reason) for number, (_, reason) in enumerate(REJECTS, start=3)]
    expected.append((len(REJECTS) + 3, 'the phone "12345" is not a valid mobile number'))
    assert [(r.number, r.reason.message()) for r in result.rejected] == expected
    assert result.refused and result.added == 0 and result.understood == 2
    assert Visit.select().count() == 0 and ImportBatch.select().count() == 0


def test_skip_bad_imports_the_rest_and_writes_the_rejects(tmp_path):
    out = tmp_path / "out" / "rejected.csv"
    out.parent.mkdir()
    result = import_ledger(rejects_file(tmp_path), skip_bad=True,
                           before_store=lambda r: write_rejects(r, out))
    assert result.added == 2 and not result.refused
    assert stored() == [("2026-10-01", "09:00", "other", ["water"], 1, ""),
                        ("2026-10-15", "14:30", "other", ["toilet"], 3, "")]
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel opens it as UTF-8
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert lines[0] == ["日期", "时间", "服务项目", "人次", "手机号", "reason"]
    assert lines[1] == ["", "10:00", "喝水", "", "", "row 3: the date is missing"]
    assert lines[-1][4] == "12345" and lines[-1][5].startswith(f"row {len(REJECTS) + 3}: ")
    assert len(lines) == len(REJECTS) + 2
    assert [p.name for p in out.parent.iterdir()] == ["rejected.csv"]  # no temp file left


def test_a_rejects_file_that_cannot_be_written_stops_the_import(tmp_path):
    (tmp_path / "a-file").write_text("x")  # a file where the folder should be
    target = tmp_path / "a-file" / "rejected.csv"
    with pytest.raises(EnvironmentProblem, match="cannot be reached"):
        import_ledger(rejects_file(tmp_path), skip_bad=True,
                      before_store=lambda r: write_rejects(r, target))
    assert Visit.select().count() == 0


def test_dry_run_stores_nothing(tmp_path):
    path = ledger(tmp_path, [["2026-10-03", "", "喝水", "13812345678"]],
                  ("日期", "时间", "服务项目", "手机"))
    result = import_ledger(path, dry_run=True)
    assert (result.dry_run, result.new_rows, result.new_visitors, result.added) == (True, 1, 1, 0)
    assert result.preview[0].phone == "13812345678"
    assert Visit.select().count() == Visitor.select().count() == ImportBatch.select().count() \
        == AuditEntry.select().count() == 0


# -- idempotence --------------------------------------------------------------------------
def rows(first: int, last: int) -> list[list[str]]:
    return [[f"2026-10-{day:02d}", "", "喝水"] for day in range(first, last + 1)]


def test_importing_the_same_file_again_adds_nothing(tmp_path):
    path = ledger(tmp_path, rows(1, 10), BASE)
    assert import_ledger(path).added == 10
    again = import_ledger(path)
    assert (again.added, again.already, again.batch_id) == (0, 10, None)
    assert "imported before" in " ".join(w.message() for w in again.warnings)
    assert Visit.select().count() == 10 and ImportBatch.select().count() == 1


def test_an_overlapping_file_adds_only_what_is_new(tmp_path):
    import_ledger(ledger(tmp_path, rows(1, 10), BASE, name="a.csv"))
    # The same rows written differently are the same rows.
    other = [[f"2026/10/{day}", "", "喝水"] for day in range(6, 16)]
    result = import_ledger(ledger(tmp_path, other, BASE, name="b.csv"))
    assert (result.added, result.already) == (5, 5)
    assert [v[0] for v in stored()] == [f"2026-10-{d:02d}" for d in range(1, 16)]


def test_identical_rows_are_separate_visits(tmp_path):
    same = ["2026-10-03", "14:05", "喝水"]
    assert import_ledger(ledger(tmp_path, [same, same], BASE, name="a.csv")).added == 2
    assert import_ledger(ledger(tmp_path, [same, same], BASE, name="a.csv")).added == 0
    # A later sheet with three of them holds one more.
    assert import_ledger(ledger(tmp_path, [same] * 3, BASE, name="b.csv")).added == 1
    assert Visit.select().count() == 3


# -- undo ---------------------------------------------------------------------------------
def test_undo_voids_the_batch_and_allows_a_new_import(tmp_path):
    path = ledger(tmp_path, rows(1, 4), BASE)
    first = import_ledger(path)
    assert undo_import(first.batch_id) == 4
    assert stored() == []
    voided = list(Visit.select())
    assert {(v.void_reason, v.import_key) for v in voided} == {("import undone", None)}
    batch = import_batches()[0]
    assert batch.id == first.batch_id and batch.undone_at and batch.rows_added == 4
    again = import_ledger(path)
    assert (again.added, again.already) == (4, 0) and len(stored()) == 4
    assert Visit.select().count() == 8  # never deleted
    with pytest.raises(UserError, match="already undone"):
        undo_import(first.batch_id)
    with pytest.raises(UserError, match="does not exist"):
        undo_import(999)
    undo = AuditEntry.get((AuditEntry.entity == "import_batch") & (AuditEntry.action == "undo"))
    assert undo.entity_id == str(first.batch_id) and undo.reason == "import undone"


def test_closed_months_take_no_new_visits_and_see_the_undo(tmp_path):
    path = ledger(tmp_path, [["2026-09-30", "", "喝水"], ["2026-10-01", "", "喝水"]], BASE)
    first = import_ledger(path)
    MonthState.create(month="2026-09", closed_at="2026-10-05T10:00:00+08:00")
    undo_import(first.batch_id)
    september = Visit.get(Visit.date == "2026-09-30")
    assert [(c.month, c.visit_id, c.action, c.reason) for c in Correction.select()] == [
        ("2026-09", september.id, "void", "import undone")]
    again = import_ledger(path, skip_bad=True)
    assert [(r.number, r.reason.message()) for r in again.rejected] == [
        (2, "2026-09 is closed: its report went to the district (reopen the month to add "
            "visits to it)")]
    assert again.added == 1 and stored() == [("2026-10-01", None, "other", ["water"], 1, "")]


def test_one_audit_entry_per_import(tmp_path):
    path = ledger(tmp_path, rows(1, 5), BASE)
    result = import_ledger(path)
    entries = list(AuditEntry.select())
    assert [(e.action, e.entity, e.entity_id) for e in entries] == [
        ("import", "import_batch", str(result.batch_id))]
    new = json.loads(entries[0].new)
    assert new["file_name"] == "ledger.csv" and new["rows_added"] == 5
    assert new["sha256"] == result.sha256 == ImportBatch.get().sha256 == hashlib.sha256(
        path.read_bytes()).hexdigest()


# -- visitors -----------------------------------------------------------------------------
def test_phones_create_or_match_visitors(tmp_path):
    known = register_visitor(VisitorDetails(name="王芳", phone="13900000001", group="courier",
                                            platform="顺丰"))
    path = ledger(tmp_path, [["2026-10-03", "喝水", "13900000001", "", ""],
                             ["2026-10-03", "喝水", "+86 139-0000-0002", "张伟", "美团"],
                             ["2026-10-04", "休息", "13900000002", "张伟", ""],
                             ["2026-10-04", "休息", "", "李四", ""]],
                  ("日期", "服务项目", "手机号", "姓名", "平台"))
    result = import_ledger(path)
    assert result.new_visitors == 1
    assert [w.message() for w in result.warnings][0].startswith(
        "Rows with a name but no phone: 1.")
    visits = list(Visit.select().order_by(Visit.id))
    new = Visitor.get(Visitor.phone == "13900000002")
    assert [v.visitor_id for v in visits] == [known, new.id, new.id, None]
    assert [v.platform for v in visits] == ["顺丰", "美团", "美团", ""]
    assert (new.name, new.platform, new.member_no) == ("张伟", "美团", "M000002")


def test_many_new_visitors_are_registered_as_the_directory_would(tmp_path):
    phones = [f"1370000{n:04d}" for n in range(30)]
    path = ledger(tmp_path, [["2026-10-03", "喝水", p, f"单{n}", "外卖员", "闪送平台"]
                             for n, p in enumerate(phones)],
                  ("日期", "服务项目", "手机号", "姓名", "身份", "平台"))
    assert import_ledger(path).new_visitors == 30
    reference = register_visitor(VisitorDetails(name="单29", phone="13800000000", group="rider",
                                                platform="闪送平台"), source="import")
    columns = [f.column_name for f in Visitor._meta.sorted_fields
               if f.name not in ("id", "phone", "member_no")]
    bulk = Visitor.get(Visitor.phone == phones[-1])
    one = Visitor.get_by_id(reference)
    assert {c: getattr(bulk, c) for c in columns} == {c: getattr(one, c) for c in columns}
    assert [v.member_no for v in Visitor.select().order_by(Visitor.id)][-2:] == [
        "M000030", "M000031"]
    entries = AuditEntry.select().where(AuditEntry.entity == "visitor").order_by(AuditEntry.id)
    assert [json.loads(e.new)["source"] for e in entries] == ["import"] * 31
    assert entries[0].entity_id == str(Visitor.get(Visitor.phone == phones[0]).id)


# -- progress and cancel ------------------------------------------------------------------
def test_progress_and_cancel(tmp_path):
    path = ledger(tmp_path, rows(1, 9) * 300, BASE)
    seen = []
    import_ledger(path, dry_run=True, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 0)  # reading the file: the length not known yet
    counted = [step for step in seen if step[1]]
    assert counted[0] == (0, 2700) and counted[-1] == (2700, 2700)
    assert [d for d, _ in counted] == sorted(d for d, _ in counted)
    with pytest.raises(ImportCancelled):  # while reading
        import_ledger(path, cancel=lambda: True)

    calls = []

    def cancel_when_storing() -> bool:
        calls.append(1)
        return len(calls) > 6  # after the rows are understood, while storing

    with pytest.raises(ImportCancelled):
        import_ledger(path, cancel=cancel_when_storing)
    assert Visit.select().count() == ImportBatch.select().count() == 0
    assert import_ledger(path).added == 2700


def test_the_cycle_collector_is_back_after_an_import(tmp_path):
    """Speed (issue 17): the collector rests while the rows are in flight, and runs again
    after an import, a refused one and a cancelled one; paused before, it stays paused."""
    import gc

    path = ledger(tmp_path, rows(1, 9) * 3, BASE)
    assert gc.isenabled()
    assert import_ledger(path).added == 27 and gc.isenabled()
    with pytest.raises(ImportCancelled):
        import_ledger(path, cancel=lambda: True)
    assert gc.isenabled()
    with pytest.raises(UserError):
        import_ledger(ledger(tmp_path, [["2026-10-03"]], ("日期",), name="bad.csv"))
    assert gc.isenabled()
    gc.disable()
    try:
        import_ledger(path, dry_run=True)
        assert not gc.isenabled()
    finally:
        gc.enable()
