"""The stations × months grid the district window shows: for each registered station and
month, whether its report came on time, late, not at all, is not expected, or is approved.

Three queries whatever the size (the register, the current submissions of the months, the
approvals): the window paints 183 stations × 24 months at once. No Qt here.
"""
from __future__ import annotations

from dataclasses import dataclass

from keeper.core import clock
from keeper.core.months import month_of
from keeper.core.stats import shift_month
from keeper.district.models import Approval, Submission
from keeper.district.store import DistrictStore, StationInfo

# The states, in the legend's order.
APPROVED, ON_TIME, LATE, MISSING, NOT_DUE, NOT_EXPECTED = (
    "approved", "on_time", "late", "missing", "not_due", "not_expected")
STATES = (APPROVED, ON_TIME, LATE, MISSING, NOT_DUE, NOT_EXPECTED)


@dataclass(frozen=True)
class Cell:
    state: str
    revision: int | None = None
    received_at: str | None = None


@dataclass
class Grid:
    months: list[str]
    stations: list[StationInfo]
    cells: dict[tuple[str, str], Cell]  # (station code, month)

    def cell(self, code: str, month: str) -> Cell:
        return self.cells[(code, month)]

    def counts(self, month: str) -> dict[str, int]:
        """How many stations are in each state in ``month``."""
        counts = dict.fromkeys(STATES, 0)
        for station in self.stations:
            counts[self.cells[(station.code, month)].state] += 1
        return counts


def recent_months(count: int = 24, last: str | None = None) -> list[str]:
    """``count`` months ending with ``last`` (default: this month), oldest first."""
    last = last or month_of(clock.today())
    return [shift_month(last, offset) for offset in range(1 - count, 1)]


def status_grid(store: DistrictStore, months: list[str]) -> Grid:
    stations = store.stations()
    held = {}
    if months:
        # Fetched raw: peewee's row handling would take longer than the query (4,000 cells).
        sql, params = (Submission.select(Submission.station, Submission.month,
                                         Submission.revision, Submission.received_at)
                       .where(Submission.month.in_(months) & Submission.current).sql())
        for code, month, revision, received_at in store.db.execute_sql(sql, params).fetchall():
            held[(code, month)] = (revision, received_at)
    approved: dict[str, set[str]] = {}
    for month, code in Approval.select(Approval.month, Approval.station_code) \
            .where(Approval.month.in_(months)).tuples():
        approved.setdefault(month, set()).add(code)
    today = clock.today().isoformat()
    on_time_day = int(store.setting("on_time_day"))  # store.due_date's rule, read once
    cells = {}
    for month in months:
        due = f"{shift_month(month, 1)}-{on_time_day:02d}"
        month_approved = approved.get(month, set())
        for station in stations:
            found = held.get((station.code, month))
            if found:
                revision, received_at = found
                if "" in month_approved or station.code in month_approved:
                    state = APPROVED
                else:
                    state = ON_TIME if received_at[:10] <= due else LATE
                cells[(station.code, month)] = Cell(state, revision, received_at)
            elif not station.expected_in(month):
                cells[(station.code, month)] = Cell(NOT_EXPECTED)
            else:
                cells[(station.code, month)] = Cell(MISSING if today > due else NOT_DUE)
    return Grid(list(months), stations, cells)
