"""The ledger (台账): logging visits. Each service of a visit counts ``count`` times."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Callable, Iterable, NamedTuple, Sequence

from peewee import fn

from keeper.core import audit, catalog, clock, months
from keeper.core.supply_visits import settle_visit, take_for_new_visit
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.store.models import Service, Visit, Visitor, VisitorGroup, VisitService, database

MAX_COUNT = 999  # a rush is five couriers, not five thousand: a typo guard
MAX_NOTE = 2000  # a note, not a letter: longer is refused, never cut (Excel cuts at 32,767)
OLDEST_YEAR = 2000  # as the import: stations are recent, an older year is a typo
UNDO_MINUTES = 5  # "oops, wrong tile": undo without a reason, for a few minutes only
# A PC clock a little behind the phone on the wall should not refuse a visit logged "now".
_FUTURE_TOLERANCE = timedelta(minutes=5)
# Old paper ledgers and demo data record visits whose stock was never kept: they take none.
BACKFILL_SOURCES = ("import", "demo")


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
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Choose at least one service."),
                        field="services")
    known = {s.code for s in Service.select(Service.code).where(Service.code.in_(codes))}
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown service: {codes}."),
                        codes=", ".join(unknown), field="services")
    if VisitorGroup.get_or_none(VisitorGroup.code == visit.group) is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown visitor group: {group}."),
                        group=visit.group)
    if isinstance(visit.count, bool) or not isinstance(visit.count, int) or not (
            1 <= visit.count <= MAX_COUNT):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The count must be a whole number from 1 to {max}."), max=MAX_COUNT,
            field="count")
    day, at = visit.day, visit.at
    if day is None:
        day = now.date()
        if at is None:
            at = now.time().replace(second=0, microsecond=0)
    if day.year < OLDEST_YEAR:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The date {day} is before {year}: no station kept a ledger then. Check "
                      "the date."), day=day.isoformat(), year=OLDEST_YEAR, field="when")
    if day > now.date() or (
            at is not None and datetime.combine(day, at).astimezone() > now + _FUTURE_TOLERANCE):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The visit is in the future ({when}). Check the date and time."),
            when=f"{day.isoformat()} {at.strftime('%H:%M') if at else ''}".strip(), field="when")
    note = visit.note.strip()
    if len(note) > MAX_NOTE:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The note has {length} characters; at most {max} are kept. Shorten it."),
            length=len(note), max=MAX_NOTE, field="note")
    return NewVisit(codes, visit.group, day, at, visit.count, visit.visitor_id, note,
                    visit.extra)


class VisitRecord(NamedTuple):
    """One visit as it is stored, its values already checked (``validate`` for the counter,
    the import's row parser for a ledger file, the demo's own catalogue). A named tuple: an
    import makes 100,000 of them (a frozen dataclass took ~1.5 µs each to build)."""

    date: str  # YYYY-MM-DD
    time: str | None  # HH:MM; None: unknown (a paper entry)
    group: str
    services: tuple[str, ...]
    count: int = 1
    visitor_id: int | None = None
    note: str = ""
    platform: str = ""  # "" with a visitor: the visitor's platform (see store_visits)
    created_at: str | None = None  # None: now
    import_batch_id: int | None = None
    import_key: str | None = None


VISIT_COLUMNS = ("id", "date", "time", "group_code", "count", "visitor_id", "note",
                 "created_at", "changed_at", "platform", "import_batch_id", "import_key")
_INSERT_VISIT = (f"INSERT INTO visit ({', '.join(VISIT_COLUMNS)}) "
                 f"VALUES ({', '.join('?' * len(VISIT_COLUMNS))})")
_INSERT_SERVICE = "INSERT INTO visit_service (visit_id, service_code) VALUES (?, ?)"
STORE_CHUNK = 5000  # rows per executemany: an import looks at progress and cancel between


def store_visits(records: Sequence[VisitRecord], *, source: str | None = None,
                 tick: Callable[[int], None] | None = None) -> range:
    """The one place a visit is written: the counter, ``keeper log``, the ledger import and
    the demo all come here, so every visit gets the same columns and the same rules.

    A visit of a registered worker takes the worker's platform unless its row names one:
    the month's ``platforms`` figure counts visits by it. With ``source`` each visit gets
    its own audit entry (an import or the demo records one entry for the whole batch).
    ``tick(done)`` is called between chunks. Returns the new ids, in order. Ids are chosen
    here because ``executemany`` cannot hand them back.
    """
    stamp = clock.stamp()
    platform_of = visitor_platforms({r.visitor_id for r in records
                                     if r.visitor_id is not None and not r.platform})
    with database.atomic():
        conn = database.connection()
        first = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM visit").fetchone()[0]
        for start in range(0, len(records), STORE_CHUNK):
            if tick is not None:
                tick(start)
            visits, services = [], []
            for visit_id, r in enumerate(records[start:start + STORE_CHUNK], first + start):
                created = r.created_at or stamp
                visits.append((visit_id, r.date, r.time, r.group, r.count, r.visitor_id,
                               r.note, created, created,
                               r.platform or platform_of.get(r.visitor_id, ""),
                               r.import_batch_id, r.import_key))
                services.extend((visit_id, code) for code in r.services)
            conn.executemany(_INSERT_VISIT, visits)
            conn.executemany(_INSERT_SERVICE, services)
        ids = range(first, first + len(records))
        if source is not None:
            for visit_id, r in zip(ids, records):
                audit.record("create", "visit", visit_id, new={
                    "date": r.date, "time": r.time, "group": r.group, "count": r.count,
                    "services": list(r.services), "visitor": r.visitor_id, "note": r.note,
                    "source": source})
    return ids


def visitor_platforms(visitor_ids: Iterable[int]) -> dict[int, str]:
    """visitor id -> platform, for the visitors that have one."""
    ids = list(visitor_ids)
    found: dict[int, str] = {}
    for start in range(0, len(ids), 900):  # SQLite's variable limit on old builds
        found.update(Visitor.select(Visitor.id, Visitor.platform).where(
            Visitor.id.in_(ids[start:start + 900]) & (Visitor.platform != "")).tuples())
    return found


def log_visit(visit: NewVisit, *, source: str = "gui") -> int:
    """Store one visit and its services; return its id. Audited as a creation."""
    visit = validate(visit)
    months.check_open_for_new_visits(visit.day)
    with database.atomic():
        (visit_id,) = store_visits([VisitRecord(
            date=visit.day.isoformat(), time=visit.at.strftime("%H:%M") if visit.at else None,
            group=visit.group, services=tuple(visit.services), count=visit.count,
            visitor_id=visit.visitor_id, note=visit.note)], source=source)
        if source not in BACKFILL_SOURCES:  # a water visit takes its bottle (linked supplies)
            take_for_new_visit(visit_id, visit.day, visit.services, visit.count)
    return visit_id


def _snapshot(row: Visit) -> dict:
    services = sorted(s.service_code for s in VisitService.select(VisitService.service)
                      .where(VisitService.visit == row.id))
    return {"date": row.date, "time": row.time, "group": row.group_code, "count": row.count,
            "services": services, "visitor": row.visitor_id, "note": row.note}


def _get(visit_id: int) -> Visit:
    row = Visit.get_or_none(Visit.id == visit_id)
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Visit #{id} does not exist."), id=visit_id)
    return row


def _reason(reason: str) -> str:
    reason = " ".join((reason or "").split())
    if not reason:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Give a reason for the change: it is kept in the visit's history."))
    return reason


def amend_visit(visit_id: int, visit: NewVisit, reason: str) -> bool:
    """Correct a visit. The old and new values and the reason go to the audit log; the
    visit keeps its id and creation stamp. Returns False when nothing changed."""
    reason = _reason(reason)
    visit = validate(visit)
    with database.atomic():
        row = _get(visit_id)
        if row.voided_at is not None:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "Visit #{id} is voided; restore it before correcting it."), id=visit_id)
        old = _snapshot(row)
        new = {"date": visit.day.isoformat(),
               "time": visit.at.strftime("%H:%M") if visit.at else None,
               "group": visit.group, "count": visit.count, "services": sorted(visit.services),
               "visitor": visit.visitor_id, "note": visit.note}
        if new == old:
            return False
        platform = {}
        if new["visitor"] != old["visitor"]:  # the visit is now another worker's: their platform
            platform["platform"] = visitor_platforms(
                [visit.visitor_id] if visit.visitor_id else []).get(visit.visitor_id, "")
        Visit.update(date=new["date"], time=new["time"], group=visit.group, count=visit.count,
                     visitor=visit.visitor_id, note=visit.note, changed_at=clock.stamp(),
                     amendments=Visit.amendments + 1, **platform) \
            .where(Visit.id == visit_id).execute()
        if new["services"] != old["services"]:
            VisitService.delete().where(VisitService.visit == visit_id).execute()
            VisitService.insert_many([(visit_id, code) for code in visit.services],
                                     fields=[VisitService.visit, VisitService.service]).execute()
        changed = {k for k in new if new[k] != old[k]}
        settle_visit(visit_id)
        months.record_correction(visit_id, [old["date"], new["date"]], "amend", reason)
        audit.record("amend", "visit", visit_id, reason=reason,
                     old={k: old[k] for k in sorted(changed)},
                     new={k: new[k] for k in sorted(changed)})
    return True


def void_visit(visit_id: int, reason: str, *, action: str = "void") -> None:
    """Void a visit: it stays in the ledger, marked, and stops counting."""
    reason = _reason(reason)
    with database.atomic():
        row = _get(visit_id)
        if row.voided_at is not None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Visit #{id} is already voided."),
                            id=visit_id)
        stamp = clock.stamp()
        Visit.update(voided_at=stamp, void_reason=reason, changed_at=stamp) \
            .where(Visit.id == visit_id).execute()
        settle_visit(visit_id)  # what it took goes back on the shelf
        months.record_correction(visit_id, [row.date], action, reason)
        audit.record(action, "visit", visit_id, reason=reason, old={"voided": False},
                     new={"voided": True})


def restore_visit(visit_id: int, reason: str) -> None:
    """Undo a void (a void made by mistake): the visit counts again."""
    reason = _reason(reason)
    with database.atomic():
        row = _get(visit_id)
        if row.voided_at is None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Visit #{id} is not voided."),
                            id=visit_id)
        Visit.update(voided_at=None, void_reason="", changed_at=clock.stamp()) \
            .where(Visit.id == visit_id).execute()
        settle_visit(visit_id)
        months.record_correction(visit_id, [row.date], "restore", reason)
        audit.record("restore", "visit", visit_id, reason=reason,
                     old={"voided": True, "void_reason": row.void_reason},
                     new={"voided": False})


def can_undo(visit_id: int) -> bool:
    row = Visit.get_or_none(Visit.id == visit_id)
    if row is None or row.voided_at is not None:
        return False
    created = datetime.fromisoformat(row.created_at)
    return clock.now() - created <= timedelta(minutes=UNDO_MINUTES)


def undo_visit(visit_id: int) -> None:
    """Take back an entry just logged by mistake. Never deleted: voided as "undone"."""
    if not can_undo(visit_id):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The entry can no longer be undone (after {minutes} minutes); void it "
                      "with a reason instead."), minutes=UNDO_MINUTES)
    void_visit(visit_id, "undo", action="undo")


def visit_as_new(visit_id: int) -> NewVisit:
    """A visit's current values in the form the log and edit screens use."""
    row = _get(visit_id)
    snap = _snapshot(row)
    return NewVisit(services=snap["services"], group=snap["group"],
                    day=date.fromisoformat(snap["date"]),
                    at=time.fromisoformat(snap["time"]) if snap["time"] else None,
                    count=snap["count"], visitor_id=snap["visitor"], note=snap["note"])


def visits_on(day: date) -> int:
    """人次 on one day: the sum of counts of the visits not voided."""
    total = (Visit.select(fn.COALESCE(fn.SUM(Visit.count), 0))
             .where((Visit.date == day.isoformat()) & Visit.voided_at.is_null())
             .scalar())
    return int(total or 0)
