"""A district's month in figures: the stations' summaries added up, one row per station,
and who is missing. Plain data in, plain data out (no database, no Qt), so the workbook,
the PDF, the district bundle and the window all show the same numbers.

人数 (visitors_registered) is never added across stations: a worker who stops at three
stations is one person at each of them, so the district total would count them three times.
The total stays None and every output says why.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from keeper.store.seed import BUILTIN_GROUPS, BUILTIN_SERVICES

# The figures that add up across stations (a dict of counts is added key by key).
SUMMED = ("visits", "new_registrations", "corrections")
SUMMED_MAPS = ("services", "groups", "platforms", "by_day", "by_hour")
APPEAL_FIGURES = ("received", "resolved", "open", "overdue")
ACTIVITY_FIGURES = ("count", "participants", "volunteer_hours")


@dataclass
class StationMonth:
    """One expected (or received) station in the month."""
    code: str
    name: str
    kind: str = ""
    contact: str = ""
    expected: bool = True
    summary: dict | None = None  # summary.json of the revision held, None if missing
    revision: int | None = None
    received_at: str | None = None
    on_time: bool | None = None
    approved: bool = False

    @property
    def received(self) -> bool:
        return self.summary is not None

    def figure(self, *path: str, default=0):
        """A figure of this station's summary (0 when missing), e.g. ("appeals", "open")."""
        value = self.summary or {}
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        return default if value is None else value


@dataclass
class Totals:
    """Station figures added up; ``stations`` says how many summaries went in."""
    stations: int = 0
    visits: int = 0
    new_registrations: int = 0
    corrections: int = 0
    services: dict[str, int] = field(default_factory=dict)
    groups: dict[str, int] = field(default_factory=dict)
    platforms: dict[str, int] = field(default_factory=dict)
    by_day: dict[str, int] = field(default_factory=dict)
    by_hour: dict[str, int] = field(default_factory=dict)
    appeals: dict = field(default_factory=lambda: {
        **{key: 0 for key in APPEAL_FIGURES}, "by_category": {}})
    activities: dict = field(default_factory=lambda: {
        **{key: 0 for key in ACTIVITY_FIGURES}, "by_type": {}})
    visitors_registered: None = None  # 人数: never summed across stations

    def to_json(self) -> dict:
        return {"stations": self.stations, "visits": self.visits,
                "visitors_registered": None, "new_registrations": self.new_registrations,
                "services": self.services, "groups": self.groups, "platforms": self.platforms,
                "by_day": self.by_day, "by_hour": self.by_hour, "appeals": self.appeals,
                "activities": self.activities, "corrections": self.corrections}


def _add_map(into: dict, values: dict | None) -> None:
    for key, value in (values or {}).items():
        into[key] = into.get(key, 0) + (value or 0)


def add_up(summaries: list[dict]) -> Totals:
    """The district's totals of station summaries (summary.json dicts)."""
    totals = Totals(stations=len(summaries))
    for summary in summaries:
        for key in SUMMED:
            setattr(totals, key, getattr(totals, key) + (summary.get(key) or 0))
        for key in SUMMED_MAPS:
            _add_map(getattr(totals, key), summary.get(key))
        appeals, activities = summary.get("appeals") or {}, summary.get("activities") or {}
        for key in APPEAL_FIGURES:
            totals.appeals[key] += appeals.get(key) or 0
        _add_map(totals.appeals["by_category"], appeals.get("by_category"))
        for key in ACTIVITY_FIGURES:
            totals.activities[key] += activities.get(key) or 0
        _add_map(totals.activities["by_type"], activities.get("by_type"))
    # Hours are tenths at most: keep the sum free of float dust (12.299999…).
    totals.activities["volunteer_hours"] = round(totals.activities["volunteer_hours"], 2)
    # Months have different days: keep by_day in date order, by_hour in hour order.
    totals.by_day = dict(sorted(totals.by_day.items()))
    totals.by_hour = {str(hour): totals.by_hour.get(str(hour), 0) for hour in range(24)}
    return totals


@dataclass
class DistrictMonth:
    """Everything a district month report shows."""
    district: dict  # {"code", "name"}
    month: str
    stations: list[StationMonth]  # expected ones, and any received station not expected
    totals: Totals
    previous: Totals | None = None  # the month before, as held now
    last_year: Totals | None = None  # the same month a year earlier
    codes: dict = field(default_factory=dict)  # services/groups/...: {code: {zh, en}}
    revision: int = 1  # of the district bundle

    @property
    def expected(self) -> list[StationMonth]:
        return [s for s in self.stations if s.expected]

    @property
    def received(self) -> list[StationMonth]:
        return [s for s in self.stations if s.received]

    @property
    def missing(self) -> list[StationMonth]:
        """The chase list: expected stations with no bundle for the month."""
        return [s for s in self.stations if s.expected and not s.received]

    @property
    def on_time(self) -> int:
        """Expected stations whose report came by the due day (as ``keeper district
        status`` counts: a report from a station not expected that month is not counted)."""
        return sum(1 for s in self.expected if s.received and s.on_time)

    @property
    def late(self) -> int:
        return sum(1 for s in self.expected if s.received and not s.on_time)

    @property
    def rate(self) -> float | None:
        """Reporting rate: received of expected (DHIS2's figure); None with none expected."""
        expected = self.expected
        if not expected:
            return None
        return sum(1 for s in expected if s.received) / len(expected)

    def status(self) -> dict:
        return {"expected": len(self.expected), "received": self.on_time + self.late,
                "on_time": self.on_time, "late": self.late, "missing": len(self.missing),
                "rate": None if self.rate is None else round(self.rate, 4)}


def build_month(district: dict, month: str, stations: list[StationMonth], *,
                previous: list[dict] | None = None, last_year: list[dict] | None = None,
                codes: dict | None = None) -> DistrictMonth:
    """The district month from its stations; ``previous`` and ``last_year`` are the
    summaries held for the month before and a year earlier (None: nothing to compare)."""
    ordered = sorted(stations, key=lambda s: s.code)
    return DistrictMonth(
        district=district, month=month, stations=ordered,
        totals=add_up([s.summary for s in ordered if s.summary is not None]),
        previous=add_up(previous) if previous else None,
        last_year=add_up(last_year) if last_year else None,
        codes=codes or {})


BUILTIN_NAMES = {
    "services": {code: {"zh": zh, "en": en} for code, zh, en in BUILTIN_SERVICES},
    "groups": {code: {"zh": zh, "en": en} for code, zh, en in BUILTIN_GROUPS},
}


def code_names(codes: dict, kind: str, language: str) -> dict[str, str]:
    """Names of ``kind`` ("services", "groups", "appeal_categories", "activity_types") by
    code: the built-in names, then what the stations' bundles said their codes mean."""
    key = "zh" if language.lower().startswith("zh") else "en"
    merged = {**BUILTIN_NAMES.get(kind, {}), **(codes.get(kind) or {})}
    return {code: (names.get(key) or names.get("zh") or code) if isinstance(names, dict)
            else str(names) for code, names in merged.items()}
