"""Erasing a person reaches free text: after "Erase this person" no table and no export
(workbook with full details, PDF, bundle) holds their name or phone in any written form."""
from __future__ import annotations

import sqlite3
import zipfile
from datetime import date, time

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from keeper import paths
from keeper.core import appeals, erasure, ledger, supplies
from keeper.core.activities import NewActivity, record_activity
from keeper.core.appeals import NewAppeal, record_appeal
from keeper.core.directory import VisitorDetails, register_visitor
from keeper.core.directory_changes import erase_inactive, erase_visitor
from keeper.core.ledger import NewVisit
from keeper.core.station import StationProfile, set_station
from keeper.reports.export import export_month
from keeper.store.models import AuditEntry, Visit, Visitor, database

NAME, PHONE = "李映旺", "13812345678"
FORMS = (NAME, PHONE, "138****5678", "138 1234 5678", "+86-138-1234-5678", "尾号5678")
OTHER_NAME, OTHER_PHONE = "张秀英", "13900001111"


def _ledger_with_the_person() -> tuple[int, int]:
    set_station(StationProfile(code="CY-017", name="望京驿站", district="朝阳区"))
    who = register_visitor(VisitorDetails(name=NAME, phone=PHONE, notes="常来"))
    other = register_visitor(VisitorDetails(name=OTHER_NAME, phone=OTHER_PHONE))
    day = date(2026, 10, 3)
    own = ledger.log_visit(NewVisit(["water"], "rider", day, time(9, 0), visitor_id=who,
                                    note=f"{NAME} 手机 138 1234 5678 来接水"))
    ledger.amend_visit(own, NewVisit(["water"], "rider", day, time(9, 0), visitor_id=who,
                                     note=f"{NAME}（尾号5678）来接水"), f"{NAME} 说时间不对")
    voided = ledger.log_visit(NewVisit(["rest"], "rider", day, time(10, 0), visitor_id=who))
    ledger.void_visit(voided, f"重复，{NAME}只来了一次")
    ledger.log_visit(NewVisit(["rest"], "courier", day, time(11, 0), visitor_id=other,
                              note=f"和 138****5678 一起来的，{OTHER_NAME}"))
    appeal = record_appeal(NewAppeal(f"{NAME}反映小区不让进，电话+86-138-1234-5678",
                                     visitor_id=who, day=day))
    appeals.resolve_appeal(appeal, f"已联系物业，告知{NAME}", day)
    record_activity(NewActivity(f"{NAME}参加巡防", day=day, participants=[who, other],
                                hours=2, story=f"{NAME}和{OTHER_NAME}一起巡逻"))
    supplies.receive("bottled_water", 24, donor=NAME, day=day)  # append-only movements
    supplies.issue("bottled_water", 2, reason=f"给{NAME}（尾号5678）", day=day)
    return who, other


def _all_text(db_path) -> str:
    """Every text value of every table, as a search of the file would see it."""
    conn = sqlite3.connect(db_path)
    try:
        found = []
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                found += [str(value) for value in row if isinstance(value, str)]
        return "\n".join(found)
    finally:
        conn.close()


def test_the_attendant_sees_each_change_before_it_is_made(db, pinned_now):
    who, _ = _ledger_with_the_person()
    before = _all_text(paths.db_path())
    planned = erasure.planned_changes([who])
    assert _all_text(paths.db_path()) == before  # looking changes nothing
    places = {(c.table, c.column) for c in planned}
    assert {("visit", "note"), ("visit", "void_reason"), ("appeal", "description"),
            ("appeal", "resolution"), ("activity", "title"), ("activity", "story"),
            ("audit_log", "new"), ("audit_log", "old"), ("audit_log", "reason"),
            ("supply_movement", "donor"), ("supply_movement", "reason")} <= places
    note = next(c for c in planned if c.table == "visit" and c.column == "note"
                and "接水" in c.before)
    assert note.after == "■■■（■■■）来接水"
    other = next(c for c in planned if "一起来的" in c.before and c.table == "visit")
    assert other.after == f"和 ■■■ 一起来的，{OTHER_NAME}"  # another's note: only this person


def test_erasure_scrubs_every_table_and_every_export(db, qapp, pinned_now, tmp_path):
    who, other = _ledger_with_the_person()
    assert NAME in _all_text(paths.db_path())
    erase_visitor(who, f"{NAME}本人要求删除")
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    text = _all_text(paths.db_path())
    for form in FORMS:
        assert form not in text, form
    assert OTHER_NAME in text and OTHER_PHONE in text  # nobody else is touched
    assert Visit.select().where(Visit.voided_at.is_null()).count() == 2  # figures unchanged
    scrub = AuditEntry.get(AuditEntry.action == "scrub")
    assert scrub.entity_id == str(who) and '"visit.note": 2' in scrub.new
    assert Visitor.get_by_id(who).erased_at is not None

    result = export_month("2026-10", tmp_path / "out", language="zh_CN", full_details=True)
    names = {f.suffix: f for f in result.files}
    book = load_workbook(names[".xlsx"])
    cells = "\n".join(str(c.value) for sheet in book for row in sheet.iter_rows()
                      for c in row if c.value is not None)
    pdf = "\n".join(page.extract_text() for page in PdfReader(names[".pdf"]).pages)
    with zipfile.ZipFile(names[".zip"]) as bundle:
        packed = "\n".join(bundle.read(n).decode("utf-8-sig") for n in bundle.namelist()
                           if not n.endswith(".sig"))
    assert OTHER_NAME in cells and "■■■" in cells  # the full-details workbook has names
    for form in FORMS:
        for where, content in (("xlsx", cells), ("pdf", "".join(pdf.split())),
                               ("bundle", packed)):
            assert form.replace(" ", "") not in content.replace(" ", ""), (where, form)


def test_retention_scrubs_everyone_erased_in_one_pass(db, pinned_now):
    who, other = _ledger_with_the_person()
    Visitor.update(registered_on="2020-01-01", created_at="2020-01-01T00:00:00").execute()
    Visit.update(date="2020-01-05").execute()
    assert erase_inactive(24) == 2
    text = _all_text(paths.db_path())
    for form in FORMS + (OTHER_NAME, OTHER_PHONE):
        assert form not in text, form
    assert AuditEntry.select().where(AuditEntry.action == "scrub").count() == 2


def test_the_audit_log_and_supply_movements_still_refuse_other_changes(db, pinned_now):
    from keeper.core import audit

    entry = audit.record("create", "visit", 1, new={"note": f"{NAME} 来了"})
    with pytest.raises(Exception, match="append-only"):
        database.execute_sql("UPDATE audit_log SET new = '{}' WHERE id = ?", [entry])
    with pytest.raises(Exception, match="append-only"):
        database.execute_sql("UPDATE audit_log SET action = 'x' WHERE id = ?", [entry])
    with pytest.raises(Exception, match="append-only"):
        database.execute_sql("DELETE FROM audit_log WHERE id = ?", [entry])
    supplies.receive("bottled_water", 5, donor=NAME)
    with pytest.raises(Exception, match="append-only"):
        database.execute_sql("UPDATE supply_movement SET quantity = 50, donor = '■■■'")
    database.execute_sql("UPDATE supply_movement SET donor = '■■■'")
    database.execute_sql("UPDATE audit_log SET new = replace(new, ?, '■■■') WHERE id = ?",
                         [NAME, entry])
    assert NAME not in AuditEntry.get_by_id(entry).new


def test_short_names_and_nobody_change_nothing(db):
    who = register_visitor(VisitorDetails(name="明"))
    ledger.log_visit(NewVisit(["water"], "rider", note="明天再来", visitor_id=who))
    assert erasure.planned_changes([who]) == [] and erasure.planned_changes([]) == []
    assert erasure.pattern_for([("", None)]) is None
