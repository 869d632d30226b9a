"""Importing a roster of registered workers: encodings, headers, bad rows, idempotence."""
from __future__ import annotations

import csv

import pytest

from keeper.core.directory import VisitorDetails, register_visitor
from keeper.core.roster import import_roster
from keeper.errors import UserError
from keeper.store.models import AuditEntry, ImportBatch, Visitor

HEADER_ZH = ["姓名", "手机号", "身份", "平台", "党员", "志愿者", "报到日期"]


def write_csv(path, rows, encoding="utf-8-sig", header=HEADER_ZH):
    with open(path, "w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


GOOD = [
    ["李映旺", "138 1234 5678", "外卖骑手", "美团", "是", "否", "2026/3/1"],
    ["王芳", "13900001111", "快递小哥", "顺丰", "", "是", "2026年3月2日"],
    ["张伟", "１３７００００２２２２", "货车司机", "满帮", "否", "否", ""],
]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030"])
def test_a_good_roster_in_each_encoding(db, pinned_now, tmp_path, encoding):
    result = import_roster(write_csv(tmp_path / "roster.csv", GOOD, encoding))
    assert result.imported and (result.added, result.updated) == (3, 0)
    lee = Visitor.get(Visitor.phone == "13812345678")
    assert (lee.name, lee.group_code, lee.platform, lee.party_member, lee.volunteer) == (
        "李映旺", "rider", "美团", True, False)
    assert lee.registered_on == "2026-03-01" and lee.member_no == "M000001"
    assert "lyw" in lee.search_key
    wang = Visitor.get(Visitor.phone == "13900001111")
    assert (wang.group_code, wang.volunteer, wang.registered_on) == ("courier", True,
                                                                    "2026-03-02")
    assert Visitor.get(Visitor.phone == "13700002222").registered_on == "2026-10-15"
    assert ImportBatch.get().kind == "roster"
    assert AuditEntry.select().where(AuditEntry.entity == "roster").count() == 1


def test_english_headers_and_xlsx(db, pinned_now, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Station roster 2026"])  # a title row above the header
    sheet.append(["Name", "Mobile", "Group", "Employer", "Party member", "Volunteer"])
    sheet.append(["Li Yingwang", 13812345678, "rider", "Meituan", "yes", "no"])
    sheet.append([None, None])  # trailing empty rows
    book.save(tmp_path / "roster.xlsx")
    result = import_roster(tmp_path / "roster.xlsx")
    assert result.added == 1
    assert Visitor.get(Visitor.phone == "13812345678").platform == "Meituan"


def test_known_phones_are_updated_and_a_second_import_adds_nothing(db, pinned_now, tmp_path):
    register_visitor(VisitorDetails(name="李映旺", phone="13812345678", group="courier",
                                    notes="老客户"))
    path = write_csv(tmp_path / "roster.csv", GOOD)
    first = import_roster(path)
    assert (first.added, first.updated, first.unchanged) == (2, 1, 0)
    lee = Visitor.get(Visitor.phone == "13812345678")
    assert lee.group_code == "rider" and lee.notes == "老客户" and lee.member_no == "M000001"
    again = import_roster(path)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
    assert Visitor.select().count() == 3


def test_bad_rows_are_reported_and_nothing_is_imported(db, pinned_now, tmp_path):
    rows = GOOD + [
        ["", "13600003333", "外卖骑手", "", "", "", ""],  # row 5: no name
        ["赵六", "1234", "外卖骑手", "", "", "", ""],  # row 6: bad phone
        ["钱七", "13812345678", "外卖骑手", "", "", "", ""],  # row 7: phone of row 2
        ["孙八", "13500004444", "外卖骑手", "", "也许", "", ""],  # row 8: not yes/no
        ["周九", "13500005555", "外卖骑手", "", "", "", "2027-01-01"],  # row 9: future
        ["吴十", "13500006666", "宇航员", "", "", "", ""],  # row 10: unknown group: warning
    ]
    result = import_roster(write_csv(tmp_path / "roster.csv", rows))
    assert not result.imported and Visitor.select().count() == 0
    reasons = {number: reason.message() for number, reason in result.rejected}
    assert sorted(reasons) == [5, 6, 7, 8, 9]
    assert "name is missing" in reasons[5] and "not a valid mobile" in reasons[6]
    assert "row 2" in reasons[7] and "yes or no" in reasons[8] and "future" in reasons[9]
    assert [n for n, _ in result.warnings] == [10]


def test_a_file_without_the_needed_columns(db, tmp_path):
    path = write_csv(tmp_path / "roster.csv", [["李映旺", "美团"]], header=["姓名", "平台"])
    with pytest.raises(UserError, match="no phone column"):
        import_roster(path)


@pytest.mark.slow  # seconds: a real process, a big file or many examples
def test_twenty_thousand_rows(db, pinned_now, tmp_path):
    rows = [[f"骑手{i}", f"15{i:09d}", "外卖骑手", "美团", "否", "否", "2026-03-01"]
            for i in range(20_000)]
    result = import_roster(write_csv(tmp_path / "big.csv", rows))
    assert result.added == 20_000 and Visitor.select().count() == 20_000
    assert Visitor.select().where(Visitor.member_no == "M020000").count() == 1


def test_the_roster_registers_people_as_the_form_does(db, pinned_now, tmp_path):
    """One directory function writes a person: the roster's rows equal the form's, and each
    newcomer gets its own audit entry as the form and the ledger import give one."""
    import json

    import_roster(write_csv(tmp_path / "roster.csv", GOOD[:1]))
    reference = register_visitor(VisitorDetails(
        name="李映旺", phone="13800000000", group="rider", platform="美团", party_member=True))
    columns = [f.column_name for f in Visitor._meta.sorted_fields
               if f.name not in ("id", "phone", "member_no", "registered_on")]
    roster = Visitor.get(Visitor.phone == "13812345678")
    form = Visitor.get_by_id(reference)
    assert {c: getattr(roster, c) for c in columns} == {c: getattr(form, c) for c in columns}
    entries = AuditEntry.select().where(AuditEntry.entity == "visitor").order_by(AuditEntry.id)
    assert [json.loads(e.new)["source"] for e in entries] == ["roster", "gui"]


def test_each_newcomer_is_audited_as_the_form_writes_it(db, pinned_now, tmp_path):
    """Speed (issue 17): the audit entries of 20,000 newcomers are put together by SQLite;
    each is still the JSON that json.dumps writes, in the order of the ids."""
    import json

    from keeper.core.catalog_edit import add_item

    add_item("group", "night_shift", "夜班保安", "Night guards")
    rows = [[f"骑手{i}", f"1380000{i:04d}", ("外卖骑手", "快递员", "夜班保安", "")[i % 4], "美团",
             "否", "是" if i % 3 else "否", "2026-03-01"] for i in range(40)]
    result = import_roster(write_csv(tmp_path / "roster.csv", rows))
    assert result.added == 40
    people = list(Visitor.select().order_by(Visitor.id))
    entries = list(AuditEntry.select().where(AuditEntry.entity == "visitor")
                   .order_by(AuditEntry.id))
    assert [(e.action, e.entity_id, e.at, e.old, e.reason, e.new) for e in entries] == [
        ("create", str(p.id), p.created_at, None, "", json.dumps(
            {"group": p.group_code, "member_no": p.member_no, "source": "roster"},
            ensure_ascii=False, sort_keys=True)) for p in people]
    assert {p.group_code for p in people} == {"rider", "courier", "night_shift", "other"}


def test_the_rows_shown_are_the_rows_stored(db, pinned_now, tmp_path):
    from keeper.core.roster import read_roster

    path = write_csv(tmp_path / "roster.csv", GOOD)
    shown = read_roster(path).rows
    assert [(r.number, r.name, r.phone, r.group, r.party_member, r.registered)
            for r in shown] == [(2, "李映旺", "13812345678", "rider", True, "2026-03-01"),
                                (3, "王芳", "13900001111", "courier", False, "2026-03-02"),
                                (4, "张伟", "13700002222", "truck", False, None)]
    result = import_roster(path)
    assert result.rows == shown
    assert [(v.name, v.phone, v.group_code, v.platform, v.party_member, v.volunteer)
            for v in Visitor.select().order_by(Visitor.id)] == [
        (r.name, r.phone, r.group, r.platform, r.party_member, r.volunteer) for r in shown]


def test_a_phone_on_a_wrong_row_is_not_taken(db, pinned_now, tmp_path):
    """A row refused for another reason does not hold its phone: the next row with it is
    the first, a third one repeats it."""
    rows = [["赵六", "13500004444", "外卖骑手", "", "也许", "", ""],
            ["钱七", "135 0000 4444", "外卖骑手", "", "", "", ""],
            ["孙八", "13500004444", "外卖骑手", "", "", "", ""]]
    result = import_roster(write_csv(tmp_path / "roster.csv", rows))
    assert [(n, r.message()) for n, r in result.rejected] == [
        (2, '"也许" is not yes or no (是/否)'), (4, "the phone is also on row 3")]
    assert not result.imported and Visitor.select().count() == 0


def test_an_xlsx_roster_is_checked_cell_by_cell(db, pinned_now, tmp_path):
    """An .xlsx holds numbers, booleans and dates: each cell is understood as what it is
    (True and 1 are yes, 0 is no, 1.5 is neither)."""
    from datetime import date, datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(HEADER_ZH)
    sheet.append(["李映旺", 13812345678, "外卖骑手", "美团", True, 0, datetime(2026, 3, 1)])
    sheet.append(["王芳", 13812345679.0, "", "", 1.5, "否", None])
    sheet.append(["张伟", "13812345670", "", "", 1, "也许", None])
    sheet.append(["赵六", 13812345671, "", "", "否", "否", date(2027, 1, 1)])
    book.save(tmp_path / "roster.xlsx")
    result = import_roster(tmp_path / "roster.xlsx")
    assert [(n, r.message()) for n, r in result.rejected] == [
        (3, '"1.5" is not yes or no (是/否)'), (4, '"也许" is not yes or no (是/否)'),
        (5, "the date 2027-01-01 is in the future")]
    assert [(r.name, r.phone, r.party_member, r.volunteer, r.registered)
            for r in result.rows] == [("李映旺", "13812345678", True, False, "2026-03-01")]


def test_the_cycle_collector_is_back_after_a_roster(db, pinned_now, tmp_path):
    import gc

    assert import_roster(write_csv(tmp_path / "roster.csv", GOOD)).added == 3
    assert gc.isenabled()
    with pytest.raises(UserError):
        import_roster(write_csv(tmp_path / "bad.csv", [["李映旺"]], header=["姓名"]))
    assert gc.isenabled()
