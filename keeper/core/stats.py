"""The month summary: the figures of DESIGN §3 "Monthly bundle" summary.json.

Each figure is one SQL aggregate over the date index; nothing loads rows into Python.
Month boundaries are the station's local calendar days (visit dates are stored local).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

from keeper.core import activities, appeal_rows, exports, supply_figures
from keeper.core.months import month_bounds, shift_month
from keeper.core.station import get_station
from keeper.store.models import database


@dataclass
class MonthSummary:
    """Exactly summary.json's fields (``to_json``), plus comparisons for the reports."""

    month: str
    station: dict
    visits: int = 0  # 人次
    visitors_registered: int = 0  # distinct registered visitors who came (人数)
    new_registrations: int = 0
    services: dict[str, int] = field(default_factory=dict)
    groups: dict[str, int] = field(default_factory=dict)
    platforms: dict[str, int] = field(default_factory=dict)
    by_day: dict[str, int] = field(default_factory=dict)
    by_hour: dict[str, int] = field(default_factory=dict)
    appeals: dict = field(default_factory=lambda: {
        "received": 0, "resolved": 0, "open": 0, "by_category": {}})
    activities: dict = field(default_factory=lambda: {
        "count": 0, "participants": 0, "volunteer_hours": 0, "by_type": {}})
    corrections: int = 0
    # Only when the station keeps stock (DESIGN §3); absent from summary.json otherwise.
    supplies: dict | None = None
    donations: dict | None = None
    stock: list = field(default_factory=list)  # MonthStock rows for the papers (not in JSON)
    entries: int = 0  # rows of the ledger (not in summary.json)
    previous: MonthSummary | None = None  # the month before
    last_year: MonthSummary | None = None  # the same month a year earlier

    JSON_FIELDS = ("month", "station", "visits", "visitors_registered", "new_registrations",
                   "services", "groups", "platforms", "by_day", "by_hour", "appeals",
                   "activities", "corrections")

    def to_json(self) -> dict:
        data = asdict(self)
        extra = ("supplies", "donations") if self.supplies is not None else ()
        return {key: data[key] for key in self.JSON_FIELDS + extra}

    @property
    def busiest_day(self) -> tuple[str, int] | None:
        best = max(self.by_day.items(), key=lambda item: (item[1], item[0]), default=None)
        return best if best and best[1] else None

    @property
    def busiest_hour(self) -> tuple[int, int] | None:
        best = max(self.by_hour.items(), key=lambda item: item[1], default=None)
        return (int(best[0]), best[1]) if best and best[1] else None


def month_summary(month: str, *, compare: bool = True) -> MonthSummary:
    first, last = month_bounds(month)
    bounds = [first.isoformat(), last.isoformat()]
    live = "v.date BETWEEN ? AND ? AND v.voided_at IS NULL"
    profile = get_station()
    station = ({"code": profile.code, "name": profile.name, "district": profile.district}
               if profile else {"code": "", "name": "", "district": ""})
    summary = MonthSummary(month=month, station=station)

    def rows(sql: str, params=bounds):
        return database.execute_sql(sql, params).fetchall()

    summary.entries, summary.visits, summary.visitors_registered = rows(
        f"SELECT COUNT(*), COALESCE(SUM(v.count), 0), COUNT(DISTINCT v.visitor_id) "
        f"FROM visit v WHERE {live}")[0]
    summary.new_registrations = rows(
        "SELECT COUNT(*) FROM visitor WHERE registered_on BETWEEN ? AND ? "
        "AND merged_into IS NULL")[0][0]
    summary.services = dict(rows(
        f"SELECT vs.service_code, SUM(v.count) FROM visit v JOIN visit_service vs "
        f"ON vs.visit_id = v.id WHERE {live} GROUP BY vs.service_code ORDER BY 2 DESC"))
    summary.groups = dict(rows(
        f"SELECT v.group_code, SUM(v.count) FROM visit v WHERE {live} "
        f"GROUP BY v.group_code ORDER BY 2 DESC"))
    summary.platforms = dict(rows(
        f"SELECT v.platform, SUM(v.count) FROM visit v WHERE {live} AND v.platform != '' "
        f"GROUP BY v.platform ORDER BY 2 DESC"))
    per_day = dict(rows(f"SELECT v.date, SUM(v.count) FROM visit v WHERE {live} "
                        f"GROUP BY v.date"))
    summary.by_day = {date(first.year, first.month, d).isoformat(): 0
                      for d in range(1, last.day + 1)}
    summary.by_day.update(per_day)
    per_hour = dict(rows(f"SELECT CAST(substr(v.time, 1, 2) AS INTEGER), SUM(v.count) "
                         f"FROM visit v WHERE {live} AND v.time IS NOT NULL GROUP BY 1"))
    summary.by_hour = {str(hour): per_hour.get(hour, 0) for hour in range(24)}
    summary.corrections = exports.corrections(month)
    summary.appeals = appeal_rows.appeals_figures(first, last)
    summary.activities = activities.activities_figures(first, last)
    if supply_figures.keeps_stock():
        summary.stock = supply_figures.month_stock(first, last)
        summary.supplies, summary.donations = supply_figures.summary_figures(summary.stock)
    if compare:
        summary.previous = month_summary(shift_month(month, -1), compare=False)
        summary.last_year = month_summary(shift_month(month, -12), compare=False)
    return summary

