"""The visitor directory: search, registration, duplicates, merging, erasure."""
from __future__ import annotations

import json
from datetime import date

import pytest

from keeper.core import directory, ledger
from keeper.core.directory import DuplicatePhone, VisitorDetails, register_visitor
from keeper.core.directory_changes import (
    erase_inactive,
    erase_visitor,
    merge_visitors,
    update_visitor,
)
from keeper.core.ledger import NewVisit
from keeper.core.ledger_query import VisitFilter, totals
from keeper.errors import UserError
from keeper.store.models import AuditEntry, Platform, Visit, Visitor
from tests.support.people import make_directory


def names(ids):
    return [Visitor.get_by_id(i).name for i in ids]


def test_search_on_twenty_thousand_visitors(db, pinned_now):
    with db.atomic():
        rows = make_directory(20_000)
        lee = register_visitor(VisitorDetails(name="李映旺", phone="13812345678"))
        shan = register_visitor(VisitorDetails(name="单雄信", phone="13900001111"))
        zeng = register_visitor(VisitorDetails(name="曾小贤", phone="13700002222"))
    found = directory.search("lyw", limit=100)
    assert lee in found and all("lyw" in Visitor.get_by_id(i).search_key for i in found)
    ledger.log_visit(NewVisit(services=["water"], visitor_id=lee))
    assert directory.search("lyw")[0] == lee  # a regular comes first
    assert directory.search("liyingwang") == [lee]
    assert directory.search("李映旺") == [lee]
    assert directory.search("映旺") == [lee]
    tails = directory.search("5678")
    assert tails[0] == lee  # phone tails first, the regular first among them
    assert all(Visitor.get_by_id(i).phone.endswith("5678") for i in tails[:2])
    member = Visitor.get_by_id(lee).member_no
    assert directory.search(member)[0] == lee
    assert directory.search(member.lower())[0] == lee
    # Polyphonic surnames: 单 is Shan as a surname, 曾 is Zeng; the everyday reading works too.
    assert shan in directory.search("shanxiongxin") and shan in directory.search("sxx")
    assert shan in directory.search("danxiongxin")
    assert zeng in directory.search("zengxiaoxian") and zeng in directory.search("zxx")
    # Someone generated: found by pinyin initials and by the tail of the phone.
    some_id, some_name, some_phone, _, _ = rows[1234]
    assert some_id in directory.search(directory.search_key(some_name).split()[-1], limit=500)
    assert some_id in directory.search(some_phone[-4:], limit=50)
    assert directory.search("") == [] and directory.search("zzzzqqq") == []


def test_register_validates_and_numbers(db, pinned_now):
    first = register_visitor(VisitorDetails(name=" 王 芳 ", phone="１３８ １２３４ ５６７８",
                                            group="courier", platform="顺丰"))
    row = Visitor.get_by_id(first)
    assert (row.name, row.phone, row.member_no, row.registered_on) == (
        "王 芳", "13812345678", "M000001", "2026-10-15")
    assert register_visitor(VisitorDetails(name="赵六")) == first + 1
    assert Visitor.get_by_id(first + 1).member_no == "M000002"
    with pytest.raises(UserError, match="not a valid mobile"):
        register_visitor(VisitorDetails(name="张三", phone="12345"))
    with pytest.raises(UserError, match="name is missing"):
        register_visitor(VisitorDetails(name="  ", phone="13900000000"))
    # A platform typed for the first time joins the list.
    register_visitor(VisitorDetails(name="钱七", platform="闪送"))
    assert Platform.get_by_id("闪送").builtin is False
    assert "闪送" in directory.platforms()


def test_the_same_phone_is_refused_with_the_existing_record(db):
    first = register_visitor(VisitorDetails(name="李映旺", phone="13812345678"))
    with pytest.raises(DuplicatePhone) as refused:
        register_visitor(VisitorDetails(name="李应旺", phone="138-1234-5678"))
    assert refused.value.visitor_id == first and "李映旺" in str(refused.value)
    assert Visitor.select().count() == 1


def test_update_is_audited_without_personal_data(db):
    visitor_id = register_visitor(VisitorDetails(name="李映旺", phone="13812345678"))
    assert update_visitor(visitor_id, VisitorDetails(name="李映旺", phone="13912345678",
                                                     group="courier", volunteer=True))
    row = Visitor.get_by_id(visitor_id)
    assert (row.phone, row.group_code, row.volunteer) == ("13912345678", "courier", True)
    entry = AuditEntry.select().where(AuditEntry.action == "update").get()
    assert "1391234" not in entry.new and "1381234" not in entry.old
    assert json.loads(entry.new)["group"] == "courier"
    assert not update_visitor(visitor_id, directory.details(visitor_id))


def test_merge_moves_visits_and_keeps_counts(db, pinned_now):
    keep = register_visitor(VisitorDetails(name="李映旺", phone="13812345678"))
    other = register_visitor(VisitorDetails(name="李应旺", phone="13900001111", platform="美团",
                                            volunteer=True))
    for visitor in (keep, other, other):
        ledger.log_visit(NewVisit(services=["water"], visitor_id=visitor))
    before = totals(VisitFilter()).visits
    assert merge_visitors(keep, other, "same person, two phones") == 2
    assert Visit.select().where(Visit.visitor == keep).count() == 3
    kept, gone = Visitor.get_by_id(keep), Visitor.get_by_id(other)
    assert kept.platform == "美团" and kept.volunteer
    assert gone.merged_into_id == keep and gone.phone is None and gone.name == ""
    assert directory.search("13900001111") == []
    assert totals(VisitFilter()).visits == before
    assert AuditEntry.select().where(AuditEntry.action == "merge").count() == 1
    with pytest.raises(UserError):
        merge_visitors(keep, keep)


def test_erase_keeps_the_visits_as_anonymous_statistics(db, pinned_now):
    visitor_id = register_visitor(VisitorDetails(name="李映旺", phone="13812345678",
                                                 notes="住在望京"))
    ledger.log_visit(NewVisit(services=["water", "rest"], count=2, visitor_id=visitor_id))
    before = totals(VisitFilter())
    with pytest.raises(UserError, match="reason"):
        erase_visitor(visitor_id, "")
    erase_visitor(visitor_id, "asked to be forgotten")
    row = Visitor.get_by_id(visitor_id)
    assert (row.name, row.phone, row.notes, row.search_key) == ("", None, "", "")
    assert row.erased_at and row.member_no == "M000001"
    assert totals(VisitFilter()) == before
    assert Visit.select().first().visitor_id == visitor_id
    assert directory.search("lyw") == [] and directory.search("5678") == []
    assert AuditEntry.select().where(AuditEntry.action == "erase").get().reason == \
        "asked to be forgotten"


def test_retention_erases_only_the_inactive(db, pinned_now):
    old = register_visitor(VisitorDetails(name="老张", registered_on=date(2023, 1, 5)))
    regular = register_visitor(VisitorDetails(name="老李", registered_on=date(2023, 1, 5)))
    recent = register_visitor(VisitorDetails(name="小王", registered_on=date(2026, 9, 1)))
    ledger.log_visit(NewVisit(services=["water"], visitor_id=old, day=date(2024, 9, 30)))
    ledger.log_visit(NewVisit(services=["water"], visitor_id=regular, day=date(2025, 1, 2)))
    before = totals(VisitFilter()).visits
    assert erase_inactive(24, today=date(2026, 10, 15)) == 1
    assert Visitor.get_by_id(old).erased_at is not None
    assert Visitor.get_by_id(regular).erased_at is None
    assert Visitor.get_by_id(recent).erased_at is None
    assert totals(VisitFilter()).visits == before
    assert erase_inactive(24, today=date(2026, 10, 15)) == 0  # nothing twice


def test_stats_of_a_visitor(db, pinned_now):
    visitor_id = register_visitor(VisitorDetails(name="李映旺"))
    ledger.log_visit(NewVisit(services=["water", "rest"], visitor_id=visitor_id,
                              day=date(2026, 9, 1)))
    ledger.log_visit(NewVisit(services=["water"], count=3, visitor_id=visitor_id))
    figures = directory.stats(visitor_id)
    assert (figures.visits, figures.entries, figures.first_visit, figures.last_visit) == (
        4, 2, "2026-09-01", "2026-10-15")
    assert figures.services == {"water": 4, "rest": 1}
    summary = directory.summaries([visitor_id])[visitor_id]
    assert summary.visits == 4 and summary.last_visit == "2026-10-15"


def test_a_person_read_back_whole_and_a_missing_one_refused(db, pinned_now):
    """``get_visitor`` (plain SQL since the Visitors screen reads it at every keystroke)
    gives the same record the query builder gives, flags as booleans, group by its code."""
    lee = register_visitor(VisitorDetails(name="李映旺", phone="13812345678", group="courier",
                                          platform="美团", party_member=True, volunteer=True,
                                          volunteer_team="望京巡防队", notes="常来",
                                          consent_on=date(2026, 10, 1)))
    person = directory.get_visitor(lee)
    built = Visitor.get(Visitor.id == lee)
    assert person.__data__ == built.__data__ and not person.dirty_fields
    assert person.party_member is True and person.volunteer is True
    assert person.group_code == "courier" and person.consent_on == "2026-10-01"
    assert person.erased_at is None and person.card_serial is None
    with pytest.raises(UserError) as refused:
        directory.get_visitor(lee + 100)
    assert str(lee + 100) in str(refused.value)
