"""keeper demo: realistic, deterministic demo data that never mixes with a real ledger."""
from __future__ import annotations

import json
import re
from datetime import date, datetime

import pytest

from keeper.core import clock, demo, ledger, station
from keeper.errors import UserError
from keeper.store.connection import close_database, integrity_problems, open_database

NOW = datetime(2026, 10, 15, 14, 30)  # a Thursday afternoon, mid-month
FULL_MONTHS = ("2026-07", "2026-08", "2026-09")  # what months=3 gives before October


@pytest.fixture
def fresh_db(tmp_path):
    clock.pin(NOW.astimezone())
    db = open_database(tmp_path / "keeper.db")
    yield db
    close_database()
    clock.pin(None)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """One three-month demo shared by the read-only tests (generation is the slow part)."""
    clock.pin(NOW.astimezone())
    db = open_database(tmp_path_factory.mktemp("demo") / "keeper.db")
    try:
        result = demo.generate_demo(3, seed=7)
        station_profile = station.get_station()
    finally:
        clock.pin(None)
    yield db, result, station_profile
    db.close()


def rows(db, sql, *params):
    return db.execute_sql(sql, params).fetchall()


def scalar(db, sql, *params):
    return db.execute_sql(sql, params).fetchone()[0]


def snapshot(db):
    return (rows(db, "SELECT * FROM visit ORDER BY id"),
            rows(db, "SELECT * FROM visit_service ORDER BY visit_id, service_code"),
            rows(db, "SELECT * FROM visitor ORDER BY id"))


def test_result_matches_the_database_and_the_period(generated):
    db, result, _ = generated
    assert result.first_day == date(2026, 7, 1)
    assert result.last_day == date(2026, 10, 15)
    assert result.entries == scalar(db, "SELECT COUNT(*) FROM visit")
    assert result.visits == scalar(db, "SELECT SUM(count) FROM visit")
    assert result.visitors == scalar(db, "SELECT COUNT(*) FROM visitor")
    assert (scalar(db, "SELECT MIN(date) FROM visit"), scalar(db, "SELECT MAX(date) FROM visit")) \
        == ("2026-07-01", "2026-10-15")
    assert integrity_problems(db) == []


def test_station_profile_and_audit_entry_are_written(generated):
    db, result, profile = generated
    assert profile is not None and profile.code == "DEMO01" and "演示" in profile.name
    (entry,) = rows(db, "SELECT new FROM audit_log WHERE action = 'demo' AND entity = 'ledger'")
    summary = json.loads(entry[0])
    assert summary["visits"] == result.visits and summary["seed"] == 7 and summary["months"] == 3


def test_thousands_of_visits_every_full_month(generated):
    db, _, _ = generated
    for month in FULL_MONTHS:
        visits = scalar(db, "SELECT SUM(count) FROM visit WHERE substr(date, 1, 7) = ?", month)
        assert 4000 <= visits <= 8000, (month, visits)


def test_nothing_is_in_the_future(generated):
    db, _, _ = generated
    now = NOW.astimezone()
    assert scalar(db, "SELECT MAX(date || ' ' || time) FROM visit WHERE time IS NOT NULL") \
        <= "2026-10-15 14:30"
    stamps = [r[0] for r in rows(db, "SELECT created_at FROM visit UNION SELECT created_at "
                                     "FROM visitor")]
    assert max(datetime.fromisoformat(s) for s in stamps) <= now
    # Logged a few seconds after the visit, on the visit's own day.
    late = rows(db, "SELECT date, time, created_at FROM visit WHERE time IS NOT NULL "
                    "AND substr(created_at, 1, 16) NOT IN (date || 'T' || time, "
                    "strftime('%Y-%m-%dT%H:%M', date || ' ' || time, '+1 minute'))")
    assert late == []


def test_every_shown_service_and_group_is_used(generated):
    db, _, _ = generated
    assert {r[0] for r in rows(db, "SELECT DISTINCT service_code FROM visit_service")} \
        == {r[0] for r in rows(db, "SELECT code FROM service WHERE active")}
    assert {r[0] for r in rows(db, "SELECT DISTINCT group_code FROM visit")} \
        == {r[0] for r in rows(db, "SELECT code FROM visitor_group WHERE active")}


def test_couriers_and_trucks_rest_at_weekends(generated):
    db, _, _ = generated
    # SQLite's %w: 0 is Sunday, 6 Saturday.
    per_day = rows(db, "SELECT date, strftime('%w', date) IN ('0', '6'), SUM(count), "
                       "SUM(CASE WHEN group_code IN ('courier', 'truck') THEN count END) "
                       "FROM visit WHERE substr(date, 1, 7) IN (?, ?, ?) GROUP BY date",
                 *FULL_MONTHS)
    weekday = [r for r in per_day if not r[1]]
    weekend = [r for r in per_day if r[1]]
    assert len(weekday) + len(weekend) == 92

    def average(days, column):
        return sum(d[column] for d in days) / len(days)

    assert average(weekday, 2) > average(weekend, 2)
    assert average(weekday, 3) > 1.4 * average(weekend, 3)


def test_riders_peak_at_lunch_and_dinner_and_the_night_is_for_trucks(generated):
    db, _, _ = generated
    by_hour = dict(rows(db, "SELECT CAST(substr(time, 1, 2) AS INTEGER), SUM(count) FROM visit "
                            "WHERE group_code = 'rider' AND time IS NOT NULL GROUP BY 1"))
    quiet = (by_hour[15] + by_hour[16]) / 2
    assert (by_hour[11] + by_hour[12]) / 2 > 2 * quiet
    assert (by_hour[17] + by_hour[18]) / 2 > 2 * quiet
    night = rows(db, "SELECT DISTINCT group_code FROM visit WHERE time < '06:00' OR time >= '22:00'")
    assert night == [("truck",)]


def test_summer_heat_empties_the_water_dispenser(generated):
    db, _, _ = generated

    def water_share(month):
        uses = dict(rows(db, "SELECT service_code, SUM(v.count) FROM visit_service s "
                             "JOIN visit v ON v.id = s.visit_id WHERE substr(v.date, 1, 7) = ? "
                             "GROUP BY 1", month))
        return uses["water"] / sum(uses.values())

    assert water_share("2026-07") > water_share("2026-10")


def test_mixed_entries_groups_paper_entries_and_notes(generated):
    db, result, _ = generated
    counts = dict(rows(db, "SELECT count > 1, COUNT(*) FROM visit GROUP BY 1"))
    assert 0 < counts[1] < 0.2 * result.entries  # most entries are one person
    assert scalar(db, "SELECT MAX(count) FROM visit") <= 5
    per_entry = dict(rows(db, "SELECT n, COUNT(*) FROM (SELECT COUNT(*) n FROM visit_service "
                              "GROUP BY visit_id) GROUP BY n"))
    assert set(per_entry) == {1, 2, 3} and per_entry[1] > 0.6 * result.entries
    paper = scalar(db, "SELECT COUNT(*) FROM visit WHERE time IS NULL")
    assert 0 < paper < 0.02 * result.entries
    notes = {r[0] for r in rows(db, "SELECT DISTINCT note FROM visit")}
    assert {"雨天避雨", ""} <= notes and len(notes) > 5


def test_regular_visitors_are_linked_and_come_back(generated):
    db, result, _ = generated
    assert 150 <= result.visitors <= 300
    for name, phone, member_no in rows(db, "SELECT name, phone, member_no FROM visitor"):
        assert 2 <= len(name) <= 3
        assert re.fullmatch(r"1[3-9]\d{9}", phone)
        assert re.fullmatch(r"M\d{6}", member_no)
    linked = scalar(db, "SELECT COUNT(*) FROM visit WHERE visitor_id IS NOT NULL")
    assert 0.2 < linked / result.entries < 0.45
    assert scalar(db, "SELECT MAX(n) FROM (SELECT COUNT(*) n FROM visit "
                      "WHERE visitor_id IS NOT NULL GROUP BY visitor_id)") >= 20
    # Nobody visits as a registered regular before registering, and a regular keeps one group.
    assert rows(db, "SELECT v.id FROM visit v JOIN visitor p ON p.id = v.visitor_id "
                    "WHERE v.date < substr(p.created_at, 1, 10) OR v.group_code <> p.group_code") \
        == []


@pytest.mark.slow  # seconds: a real process, a big file or many examples
def test_same_seed_same_ledger_other_seed_other_ledger(tmp_path):
    end = NOW.astimezone()
    ledgers = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        db = open_database(tmp_path / f"{name}.db")
        result = demo.generate_demo(1, seed, end=end)
        ledgers.append((result, snapshot(db)))
        db.close()
    assert ledgers[0] == ledgers[1]
    assert ledgers[0][0] != ledgers[2][0] and ledgers[0][1] != ledgers[2][1]


def test_a_ledger_with_visits_is_refused(fresh_db):
    ledger.log_visit(ledger.NewVisit(["water"], "rider"))
    with pytest.raises(UserError, match="already holds visits"):
        demo.generate_demo(1)
    assert scalar(fresh_db, "SELECT COUNT(*) FROM visit") == 1
    assert scalar(fresh_db, "SELECT COUNT(*) FROM visitor") == 0
    assert station.get_station() is None


def test_a_second_run_is_refused(fresh_db):
    first = demo.generate_demo(1, seed=3)
    with pytest.raises(UserError):
        demo.generate_demo(1, seed=4)
    assert scalar(fresh_db, "SELECT COUNT(*) FROM visit") == first.entries


def test_an_existing_station_profile_is_kept(fresh_db):
    mine = station.set_station(station.StationProfile("GL-007", "鼓楼驿站", "鼓楼区"))
    demo.generate_demo(1)
    assert station.get_station() == mine


@pytest.mark.parametrize("months", [0, -1, 61, True])
def test_months_out_of_range_are_refused(fresh_db, months):
    with pytest.raises(UserError, match="1 to 60 months"):
        demo.generate_demo(months)
    assert scalar(fresh_db, "SELECT COUNT(*) FROM visit") == 0


def test_appeals_and_activities_in_every_stage(generated):
    db, result, _profile = generated
    statuses = {r[0] for r in rows(db, "SELECT status FROM appeal")}
    assert {"recorded", "resolved", "followed_up"} <= statuses
    assert scalar(db, "SELECT COUNT(*) FROM appeal") >= 9
    assert scalar(db, "SELECT MAX(date) FROM appeal") < NOW.date().isoformat()
    assert scalar(db, "SELECT COUNT(*) FROM activity") >= 12
    assert scalar(db, "SELECT COUNT(*) FROM activity_participant") > 12
    assert scalar(db, "SELECT COUNT(*) FROM team_member") >= 2
    assert scalar(db, "SELECT COUNT(*) FROM audit_log WHERE entity = 'appeal'") >= 9


def test_the_demo_keeps_stock_as_a_station_does(generated):
    db, _, _ = generated
    totals = dict(rows(db, "SELECT item_code, SUM(quantity) FROM supply_movement "
                           "GROUP BY item_code"))
    assert dict(rows(db, "SELECT code, on_hand FROM supply_item WHERE code IN (%s)" % ",".join(
        "?" * len(totals)), *totals)) == totals  # running totals match the movements
    assert all(value >= 0 for value in totals.values())
    kinds = {r[0] for r in rows(db, "SELECT DISTINCT kind FROM supply_movement")}
    assert kinds == {"receive", "issue", "discard", "count"}
    donors = {r[0] for r in rows(db, "SELECT DISTINCT donor FROM supply_movement "
                                     "WHERE kind = 'receive' AND donor != ''")}
    assert "anonymous" in donors and len(donors) >= 3
    assert scalar(db, "SELECT COUNT(*) FROM service_supply WHERE service_code = 'repair'") == 2
