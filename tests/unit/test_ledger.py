"""Logging visits: what is stored, what is refused and why."""
from __future__ import annotations

import json
from datetime import date, time

import pytest

from keeper.core import ledger
from keeper.core.ledger import NewVisit
from keeper.errors import UserError
from keeper.store.models import AuditEntry, Visit, VisitService, Visitor


def test_log_a_visit_now(db, pinned_now):
    visit_id = ledger.log_visit(NewVisit(services=["water"], group="rider"))
    row = Visit.get_by_id(visit_id)
    assert (row.date, row.time, row.group_code, row.count) == ("2026-10-15", "14:30", "rider", 1)
    assert row.created_at == row.changed_at == pinned_now.isoformat(timespec="seconds")
    assert [s.service_code for s in VisitService.select().where(VisitService.visit == visit_id)] == [
        "water"]


def test_several_services_and_a_count(db, pinned_now):
    visit_id = ledger.log_visit(NewVisit(services=["water", "rest", "water"], group="courier",
                                         count=5, note=" 雨天 "))
    row = Visit.get_by_id(visit_id)
    assert row.count == 5 and row.note == "雨天"
    services = sorted(s.service_code for s in VisitService.select().where(
        VisitService.visit == visit_id))
    assert services == ["rest", "water"]
    assert ledger.visits_on(date(2026, 10, 15)) == 5


def test_back_filled_paper_entry_without_time(db, pinned_now):
    visit_id = ledger.log_visit(NewVisit(services=["rest"], day=date(2026, 10, 3)))
    row = Visit.get_by_id(visit_id)
    assert (row.date, row.time, row.group_code) == ("2026-10-03", None, "other")


def test_creation_is_audited(db, pinned_now):
    visit_id = ledger.log_visit(NewVisit(services=["water"], group="rider"), source="cli")
    entry = AuditEntry.get((AuditEntry.entity == "visit") & (AuditEntry.entity_id == str(visit_id)))
    assert entry.action == "create"
    assert json.loads(entry.new)["services"] == ["water"]
    assert json.loads(entry.new)["source"] == "cli"


def test_voided_visits_stop_counting(db, pinned_now):
    first = ledger.log_visit(NewVisit(services=["water"], count=2))
    ledger.log_visit(NewVisit(services=["water"], count=3))
    Visit.update(voided_at="x").where(Visit.id == first).execute()
    assert ledger.visits_on(date(2026, 10, 15)) == 3


def test_linked_visitor(db, pinned_now):
    person = Visitor.create(name="李映旺", phone="13812345678", group="rider", created_at="x")
    visit_id = ledger.log_visit(NewVisit(services=["water"], visitor_id=person.id))
    assert Visit.get_by_id(visit_id).visitor_id == person.id


@pytest.mark.parametrize("visit, message", [
    (NewVisit(services=[]), "at least one service"),
    (NewVisit(services=["massage"]), "Unknown service: massage"),
    (NewVisit(services=["water"], group="astronaut"), "Unknown visitor group"),
    (NewVisit(services=["water"], count=0), "whole number from 1"),
    (NewVisit(services=["water"], count=-2), "whole number from 1"),
    (NewVisit(services=["water"], count=10_000), "whole number from 1"),
    (NewVisit(services=["water"], day=date(2026, 10, 16)), "in the future"),
    (NewVisit(services=["water"], day=date(2026, 10, 15), at=time(18, 0)), "in the future"),
])
def test_bad_visits_are_refused_and_nothing_is_stored(db, pinned_now, visit, message):
    with pytest.raises(UserError, match=message):
        ledger.log_visit(visit)
    assert Visit.select().count() == 0 and VisitService.select().count() == 0
