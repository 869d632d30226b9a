"""Corrections, voids, undo and the ledger's queries."""
from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

import pytest

from keeper.core import clock, ledger
from keeper.core.ledger import NewVisit
from keeper.core.ledger_query import (
    VisitFilter,
    commonest_group,
    frequent_combinations,
    totals,
    visit_ids,
    visit_rows,
)
from keeper.errors import UserError
from keeper.store.models import AuditEntry, Visit, VisitService, Visitor


def _audit(visit_id):
    return list(AuditEntry.select().where((AuditEntry.entity == "visit") & (
        AuditEntry.entity_id == str(visit_id))).order_by(AuditEntry.id))


def test_amend_records_old_and_new_values_and_the_reason(db, pinned_now):
    visit_id = ledger.log_visit(NewVisit(services=["water"], group="rider"))
    changed = ledger.amend_visit(visit_id, NewVisit(
        services=["water", "rest"], group="courier", day=date(2026, 10, 15), at=time(14, 30),
        count=3), "typed the wrong group")
    assert changed
    row = Visit.get_by_id(visit_id)
    assert (row.group_code, row.count) == ("courier", 3)
    assert sorted(s.service_code for s in VisitService.select().where(
        VisitService.visit == visit_id)) == ["rest", "water"]
    entry = _audit(visit_id)[-1]
    assert entry.action == "amend" and entry.reason == "typed the wrong group"
    assert json.loads(entry.old) == {"count": 1, "group": "rider", "services": ["water"]}
    assert json.loads(entry.new) == {"count": 3, "group": "courier",
                                     "services": ["rest", "water"]}
    assert row.created_at != "" and row.id == visit_id


def test_amend_without_reason_or_without_change(db, pinned_now):
    visit_id = ledger.log_visit(NewVisit(services=["water"], group="rider"))
    same = ledger.visit_as_new(visit_id)
    with pytest.raises(UserError, match="reason"):
        ledger.amend_visit(visit_id, NewVisit(services=["rest"], group="rider"), "  ")
    assert ledger.amend_visit(visit_id, same, "nothing really") is False
    assert len(_audit(visit_id)) == 1


def test_void_keeps_the_row_and_stops_counting(db, pinned_now):
    keep = ledger.log_visit(NewVisit(services=["water"], count=2))
    gone = ledger.log_visit(NewVisit(services=["water", "rest"], count=3))
    ledger.void_visit(gone, "logged twice")
    row = Visit.get_by_id(gone)
    assert row.voided_at and row.void_reason == "logged twice"
    today = VisitFilter(first=date(2026, 10, 15), last=date(2026, 10, 15))
    figures = totals(today)
    assert (figures.entries, figures.visits, figures.voided) == (2, 2, 1)
    assert figures.services == {"water": 2}
    assert list(visit_ids(VisitFilter(include_voided=False))) == [keep]
    with pytest.raises(UserError, match="already voided"):
        ledger.void_visit(gone, "again")
    with pytest.raises(UserError, match="voided"):
        ledger.amend_visit(gone, NewVisit(services=["water"]), "fix")
    ledger.restore_visit(gone, "it was not a double")
    assert totals(today).visits == 5
    assert [e.action for e in _audit(gone)] == ["create", "void", "restore"]


def test_undo_only_for_a_few_minutes(db):
    start = datetime(2026, 10, 15, 14, 30).astimezone()
    clock.pin(start)
    first = ledger.log_visit(NewVisit(services=["water"]))
    second = ledger.log_visit(NewVisit(services=["rest"]))
    clock.pin(start + timedelta(minutes=ledger.UNDO_MINUTES - 1))
    ledger.undo_visit(second)
    assert Visit.get_by_id(second).void_reason == "undo"
    assert _audit(second)[-1].action == "undo"
    clock.pin(start + timedelta(minutes=ledger.UNDO_MINUTES + 1))
    assert not ledger.can_undo(first)
    with pytest.raises(UserError, match="no longer be undone"):
        ledger.undo_visit(first)


def test_filters(db, pinned_now):
    lee = Visitor.create(name="李映旺", phone="13812345678", member_no="M000001", group="rider",
                         created_at="x")
    a = ledger.log_visit(NewVisit(services=["water"], group="rider", visitor_id=lee.id))
    b = ledger.log_visit(NewVisit(services=["rest"], group="courier", day=date(2026, 10, 1),
                                  note="雨天避雨"))
    c = ledger.log_visit(NewVisit(services=["water", "repair"], group="truck",
                                  day=date(2026, 9, 30), at=time(22, 5), count=2))

    def ids(**kw):
        return sorted(visit_ids(VisitFilter(**kw)))

    assert ids() == sorted([a, b, c])
    assert ids(first=date(2026, 10, 1)) == sorted([a, b])
    assert ids(last=date(2026, 9, 30)) == [c]
    assert ids(service="water") == sorted([a, c])
    assert ids(group="courier") == [b]
    assert ids(visitor_id=lee.id) == [a]
    assert ids(text="避雨") == [b]
    assert ids(text="李映") == [a]
    assert ids(text="5678") == [a]
    assert ids(text="100%") == []  # LIKE wildcards are literal
    # Entered today, whatever its date: the log screen's list.
    assert ids(first=date(2026, 10, 15), last=date(2026, 10, 15),
               entered_on=date(2026, 10, 15)) == sorted([a, b, c])
    assert ids(first=date(2026, 10, 15), last=date(2026, 10, 15)) == [a]


def test_sorting_and_rows(db, pinned_now):
    a = ledger.log_visit(NewVisit(services=["water"], group="truck", count=3))
    b = ledger.log_visit(NewVisit(services=["first_aid", "water"], group="rider",
                                  day=date(2026, 10, 2)))
    assert list(visit_ids(VisitFilter(), "date", True)) == [a, b]
    assert list(visit_ids(VisitFilter(), "date", False)) == [b, a]
    assert list(visit_ids(VisitFilter(), "count", True)) == [a, b]
    assert list(visit_ids(VisitFilter(), "group", False)) == [b, a]  # rider before truck
    assert list(visit_ids(VisitFilter(), "entered", True)) == [b, a]
    rows = visit_rows([a, b])
    assert rows[b].services == ("first_aid", "water") or set(rows[b].services) == {
        "first_aid", "water"}
    assert rows[b].time is None and rows[a].count == 3


def test_frequent_combinations(db, pinned_now):
    for _ in range(3):
        ledger.log_visit(NewVisit(services=["water"], group="rider"))
    for _ in range(2):
        ledger.log_visit(NewVisit(services=["rest", "water"], group="courier"))
    ledger.log_visit(NewVisit(services=["toilet"], group="citizen"))
    old = ledger.log_visit(NewVisit(services=["repair"], group="truck", day=date(2026, 9, 1)))
    combos = frequent_combinations(date(2026, 10, 15), limit=2)
    assert combos == [("rider", ("water",)), ("courier", ("rest", "water"))]
    assert ("truck", ("repair",)) not in frequent_combinations(date(2026, 10, 15))
    assert old


def test_hidden_groups_and_services_lead_no_repeat_tile_and_are_not_the_usual_group(
        db, pinned_now):
    """The station stopped serving riders' rest: last week's "courier · rest, water" is
    no longer offered in one click, and a hidden group is not where a visit starts."""
    from keeper.core import catalog_edit

    for _ in range(3):
        ledger.log_visit(NewVisit(services=["water"], group="rider", count=5))
    for _ in range(2):
        ledger.log_visit(NewVisit(services=["rest", "water"], group="courier"))
    ledger.log_visit(NewVisit(services=["toilet"], group="citizen"))
    today = date(2026, 10, 15)
    assert commonest_group(today) == "rider"
    catalog_edit.set_active("service", "rest", False)
    catalog_edit.set_active("group", "rider", False)
    assert frequent_combinations(today) == [("citizen", ("toilet",))]
    assert commonest_group(today) == "courier"  # riders hidden; couriers still come by
    catalog_edit.set_active("service", "rest", True)
    assert frequent_combinations(today)[0] == ("courier", ("rest", "water"))
