"""The station's local time. One place, so tests can pin "now"."""
from __future__ import annotations

from datetime import date, datetime

_fixed: datetime | None = None


def now() -> datetime:
    """Aware local datetime (month boundaries are the station's local calendar days)."""
    return _fixed if _fixed is not None else datetime.now().astimezone()


def today() -> date:
    return now().date()


def stamp() -> str:
    """ISO 8601 with offset, to the second: what created/changed/audit stamps hold."""
    return now().isoformat(timespec="seconds")


def pin(moment: datetime | None) -> None:
    """Fix "now" (tests and demo generation); None lets the clock run again."""
    global _fixed
    _fixed = moment.astimezone() if moment is not None else None
