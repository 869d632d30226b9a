"""The month summary of known data, and closed months."""
from __future__ import annotations

from datetime import date, datetime, time

import pytest

from keeper.core import clock, ledger, months
from keeper.core.directory import VisitorDetails, register_visitor
from keeper.core.ledger import NewVisit
from keeper.core.months import month_bounds, parse_month, shift_month
from keeper.core.stats import month_summary
from keeper.errors import UserError
from keeper.store.models import Correction, ExportRecord


def log(day, at=None, services=("water",), group="rider", count=1, visitor=None):
    return ledger.log_visit(NewVisit(services=list(services), group=group, day=day, at=at,
                                     count=count, visitor_id=visitor))


@pytest.fixture
def october(db, station, pinned_now):
    lee = register_visitor(VisitorDetails(name="李映旺", phone="13812345678", platform="美团",
                                          registered_on=date(2026, 10, 2)))
    wang = register_visitor(VisitorDetails(name="王芳", registered_on=date(2026, 9, 2)))
    log(date(2026, 10, 1), time(0, 0), count=5)  # local midnight: October
    log(date(2026, 9, 30), time(23, 59), count=7)  # the minute before: September
    log(date(2026, 10, 1), time(12, 5), ["water", "rest"], visitor=lee)
    log(date(2026, 10, 3), None, ["repair"], group="truck", count=2)  # time unknown
    log(date(2026, 10, 3), time(12, 40), ["water"], visitor=lee)
    log(date(2026, 10, 15), time(9, 10), ["toilet"], group="citizen", visitor=wang)
    gone = log(date(2026, 10, 15), time(9, 20), ["water"], count=9)
    ledger.void_visit(gone, "logged twice")
    log(date(2025, 10, 8), time(10, 0), count=3)  # a year ago
    return {"lee": lee, "wang": wang}


def test_month_summary_of_known_data(october):
    s = month_summary("2026-10")
    assert s.visits == 5 + 1 + 2 + 1 + 1  # counts, voided excluded
    assert s.entries == 5
    assert s.visitors_registered == 2 and s.new_registrations == 1
    assert s.services == {"water": 7, "rest": 1, "repair": 2, "toilet": 1}
    assert s.groups == {"rider": 7, "truck": 2, "citizen": 1}
    assert s.platforms == {"美团": 2}  # lee's two visits at the counter take his platform
    assert len(s.by_day) == 31 and s.by_day["2026-10-01"] == 6 and s.by_day["2026-10-02"] == 0
    assert s.by_day["2026-10-31"] == 0 and sum(s.by_day.values()) == s.visits
    assert list(s.by_hour) == [str(h) for h in range(24)]
    assert s.by_hour["0"] == 5 and s.by_hour["12"] == 2 and s.by_hour["9"] == 1
    assert sum(s.by_hour.values()) == s.visits - 2  # the visit of unknown time
    assert s.busiest_day == ("2026-10-01", 6) and s.busiest_hour == (0, 5)
    assert s.previous.visits == 7 and s.last_year.visits == 3
    assert s.appeals == {"received": 0, "resolved": 0, "open": 0, "overdue": 0,
                         "by_category": {}}
    assert s.activities["count"] == 0
    assert s.station == {"code": "CY-017", "name": "望京街道暖心驿站", "district": "朝阳区"}
    assert set(s.to_json()) == {"month", "station", "visits", "visitors_registered",
                                "new_registrations", "services", "groups", "platforms",
                                "by_day", "by_hour", "appeals", "activities", "corrections"}


def test_an_empty_month_is_all_zeros(db, station):
    s = month_summary("2024-02")
    assert s.visits == 0 and len(s.by_day) == 29 and set(s.by_day.values()) == {0}
    assert s.busiest_day is None and s.busiest_hour is None


@pytest.mark.parametrize("text", ["2026-13", "2026-1", "26-10", "October", "", "1999-01"])
def test_bad_months(text):
    with pytest.raises(UserError, match="YYYY-MM"):
        parse_month(text)


def test_month_arithmetic():
    assert shift_month("2026-01", -1) == "2025-12" and shift_month("2026-10", -12) == "2025-10"
    assert month_bounds("2028-02") == (date(2028, 2, 1), date(2028, 2, 29))


def test_closing_a_month(october):
    with pytest.raises(UserError, match="Export the report"):
        months.close_month("2026-10")
    ExportRecord.create(month="2026-10", revision=1, generated_at=clock.stamp(), folder="x",
                        files="[]", content_sha256="abc")
    months.close_month("2026-10")
    assert months.is_closed("2026-10") and months.closed_months() == ["2026-10"]
    with pytest.raises(UserError, match="closed"):
        log(date(2026, 10, 9), time(10, 0))
    visit = log(date(2026, 9, 29), time(10, 0))  # other months stay open
    ledger.amend_visit(visit, NewVisit(services=["rest"], day=date(2026, 10, 2), at=time(9, 0)),
                       "wrong day")  # moved into the closed month: a correction
    assert [c.action for c in months.corrections("2026-10")] == ["amend"]
    first = month_summary("2026-10").entries
    ledger.void_visit(visit, "not a visit")
    assert month_summary("2026-10").entries == first - 1
    assert Correction.select().count() == 2
    months.reopen_month("2026-10", "a paper sheet was found")
    assert not months.is_closed("2026-10")
    log(date(2026, 10, 9), time(10, 0))  # open again
    with pytest.raises(UserError, match="reason"):
        months.reopen_month("2026-10", "")


def test_no_visit_in_the_future_of_a_pinned_clock(db, station):
    clock.pin(datetime(2026, 10, 1, 0, 30).astimezone())
    log(None)
    assert month_summary("2026-10").visits == 1 and month_summary("2026-09").visits == 0


def test_every_write_path_gives_a_registered_workers_visit_the_platform(october, tmp_path):
    """The counter (log_visit), the command line (the same call, source "cli") and an
    amendment that moves a visit to another worker all count in ``platforms``."""
    zhao = register_visitor(VisitorDetails(name="赵顺", phone="13712345678", platform="顺丰",
                                           group="courier"))
    ledger.log_visit(NewVisit(services=["water"], group="courier", day=date(2026, 10, 5),
                              at=time(10, 0), count=2, visitor_id=zhao), source="cli")
    moved = log(date(2026, 10, 6), time(11, 0), visitor=october["wang"])  # no platform
    assert month_summary("2026-10").platforms == {"美团": 2, "顺丰": 2}
    ledger.amend_visit(moved, NewVisit(services=["water"], day=date(2026, 10, 6),
                                       at=time(11, 0), visitor_id=zhao), "it was 赵顺")
    assert month_summary("2026-10").platforms == {"美团": 2, "顺丰": 3}
