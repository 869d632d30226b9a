"""Who has reported a month (DHIS2's reporting rate is the anchor): expected stations (open
that month), received, on time (by day N of the next month, a setting), late, missing, the
rates, and the missing ones as a chase list with whom to call."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from keeper.district.store import DistrictStore, MonthSubmission, StationInfo


@dataclass(frozen=True)
class MonthStatus:
    month: str
    due: date  # received by this day: on time
    expected: list[StationInfo]
    on_time: list[MonthSubmission]
    late: list[MonthSubmission]
    missing: list[StationInfo]  # the chase list: contact and phone are on each
    approved: bool  # the whole month

    @property
    def received(self) -> int:
        return len(self.on_time) + len(self.late)

    @property
    def rate(self) -> float:
        """Received / expected, in percent (100 when nothing is expected)."""
        return 100.0 * self.received / len(self.expected) if self.expected else 100.0

    @property
    def on_time_rate(self) -> float:
        return 100.0 * len(self.on_time) / len(self.expected) if self.expected else 100.0


def month_status(store: DistrictStore, month: str) -> MonthStatus:
    expected = store.expected_stations(month)
    expected_codes = {s.code for s in expected}
    received = {s.station.code: s for s in store.month_submissions(month)
                if s.station.code in expected_codes}
    on_time = [s for s in received.values() if s.on_time]
    late = [s for s in received.values() if not s.on_time]
    missing = [s for s in expected if s.code not in received]
    return MonthStatus(month, store.due_date(month), expected, on_time, late, missing,
                       store.is_approved(month))
