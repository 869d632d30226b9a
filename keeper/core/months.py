"""Closed months. After its report went to the district a month is closed: new visits
can no longer be added to it, and each correction (edit, void, restore) is recorded so
the next export carries a new revision and the district sees what changed."""
from __future__ import annotations

import calendar
import re
from datetime import date

from keeper.core import audit, clock
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.store.connection import require_healthy
from keeper.store.models import Correction, ExportRecord, MonthState, database

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def parse_month(text: str) -> tuple[int, int]:
    match = _MONTH.match((text or "").strip())
    if not match or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 2000:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "\"{text}\" is not a month: write it as YYYY-MM, e.g. 2026-10."),
            text=text)
    return int(match.group(1)), int(match.group(2))


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_bounds(month: str) -> tuple[date, date]:
    year, number = parse_month(month)
    return date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1])


def shift_month(month: str, months: int) -> str:
    year, number = parse_month(month)
    index = year * 12 + number - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def is_closed(month: str) -> bool:
    state = MonthState.get_or_none(MonthState.month == month)
    return state is not None and state.closed_at is not None


def closed_months() -> list[str]:
    return [s.month for s in MonthState.select().where(MonthState.closed_at.is_null(False))
            .order_by(MonthState.month)]


def check_open_for_new_visits(day: date) -> None:
    month = month_of(day)
    if is_closed(month):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "{month} is closed: its report went to the district. A visit can no "
                      "longer be added to it; reopen the month first if this is a correction."),
            month=month, field="when")


def close_month(month: str) -> None:
    parse_month(month)
    require_healthy()  # closing a month built on a damaged ledger would seal wrong figures
    with database.atomic():
        if is_closed(month):
            return
        if not ExportRecord.select().where(ExportRecord.month == month).exists():
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "Export the report of {month} before closing it."), month=month)
        MonthState.insert(month=month, closed_at=clock.stamp(), reopened_at=None) \
            .on_conflict_replace().execute()
        audit.record("close", "month", month)


def reopen_month(month: str, reason: str) -> None:
    reason = " ".join((reason or "").split())
    if not reason:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Give a reason for the change: it is kept in the visit's history."))
    with database.atomic():
        if not is_closed(month):
            return
        MonthState.update(closed_at=None, reopened_at=clock.stamp()) \
            .where(MonthState.month == month).execute()
        audit.record("reopen", "month", month, reason=reason)


def record_correction(visit_id: int, days: list[str], action: str, reason: str) -> None:
    """Called inside the ledger's transaction for each change to a visit."""
    for month in sorted({day[:7] for day in days if day}):
        if is_closed(month):
            Correction.create(month=month, visit=visit_id, action=action, at=clock.stamp(),
                              reason=reason)


def corrections(month: str) -> list[Correction]:
    return list(Correction.select().where(Correction.month == month).order_by(Correction.id))
