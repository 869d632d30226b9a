"""The ledger (台账): logging visits. Each service of a visit counts ``count`` times."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from peewee import fn

from keeper.core import audit, catalog, clock
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.store.models import Service, Visit, VisitorGroup, VisitService, database

MAX_COUNT = 999  # a rush is five couriers, not five thousand: a typo guard
# A PC clock a little behind the phone on the wall should not refuse a visit logged "now".
_FUTURE_TOLERANCE = timedelta(minutes=5)


@dataclass
class NewVisit:
    services: list[str]
    group: str = catalog.DEFAULT_GROUP
    day: date | None = None  # None: today
    at: time | None = None  # None with day None: now; None with a day: time unknown
    count: int = 1
    visitor_id: int | None = None
    note: str = ""
    extra: dict = field(default_factory=dict)


def validate(visit: NewVisit) -> NewVisit:
    """Check a visit before it is stored; raise a UserError saying what is wrong."""
    now = clock.now()
    codes = []
    for code in visit.services:
        if code not in codes:
            codes.append(code)
    if not codes:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Choose at least one service."))
    known = {s.code for s in Service.select(Service.code).where(Service.code.in_(codes))}
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown service: {codes}."),
                        codes=", ".join(unknown))
    if VisitorGroup.get_or_none(VisitorGroup.code == visit.group) is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown visitor group: {group}."),
                        group=visit.group)
    if isinstance(visit.count, bool) or not isinstance(visit.count, int) or not (
            1 <= visit.count <= MAX_COUNT):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The count must be a whole number from 1 to {max}."), max=MAX_COUNT)
    day, at = visit.day, visit.at
    if day is None:
        day = now.date()
        if at is None:
            at = now.time().replace(second=0, microsecond=0)
    if day > now.date() or (
            at is not None and datetime.combine(day, at).astimezone() > now + _FUTURE_TOLERANCE):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The visit is in the future ({when}). Check the date and time."),
            when=f"{day.isoformat()} {at.strftime('%H:%M') if at else ''}".strip())
    return NewVisit(codes, visit.group, day, at, visit.count, visit.visitor_id,
                    visit.note.strip(), visit.extra)


def log_visit(visit: NewVisit, *, source: str = "gui") -> int:
    """Store one visit and its services; return its id. Audited as a creation."""
    visit = validate(visit)
    stamp = clock.stamp()
    with database.atomic():
        row = Visit.create(
            date=visit.day.isoformat(),
            time=visit.at.strftime("%H:%M") if visit.at else None,
            group=visit.group, count=visit.count, visitor=visit.visitor_id,
            note=visit.note, created_at=stamp, changed_at=stamp,
        )
        VisitService.insert_many(
            [(row.id, code) for code in visit.services],
            fields=[VisitService.visit, VisitService.service],
        ).execute()
        audit.record("create", "visit", row.id, new={
            "date": row.date, "time": row.time, "group": visit.group, "count": visit.count,
            "services": visit.services, "visitor": visit.visitor_id, "note": visit.note,
            "source": source,
        })
    return row.id


def visits_on(day: date) -> int:
    """人次 on one day: the sum of counts of the visits not voided."""
    total = (Visit.select(fn.COALESCE(fn.SUM(Visit.count), 0))
             .where((Visit.date == day.isoformat()) & Visit.voided_at.is_null())
             .scalar())
    return int(total or 0)
