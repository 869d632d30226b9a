"""Appeals (诉求): problems workers raise at the station, followed until they are solved.

An appeal's life: recorded → referred (to whom, when) → resolved (how, when) → followed up
with the worker (when, satisfied or not). Each step is dated (never in the future, never
before the step before it) and audited; a referral may be skipped. Appeals are voided with
a reason, never deleted. Open appeals older than ``settings.OVERDUE_DAYS`` are overdue.

The audit log is kept for years and never holds a name or a phone number: free text that
may name people (the description, to whom, how, the follow-up note) is logged as "(text)";
the appeal itself keeps it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from keeper import settings
from keeper.core import audit, clock
from keeper.core.vocabulary import (
    TEXT,
    Vocabulary,
    check_day,
    check_reason,
    clean_text,
    live_visitor,
)
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.store.models import VisitorGroup, database
from keeper.store.records import Appeal, AppealCategory

STATUSES = ("recorded", "referred", "resolved", "followed_up")
OPEN_STATUSES = ("recorded", "referred")
URGENCIES = ("low", "normal", "high")
DEFAULT_CATEGORY = "other"


CATEGORIES = Vocabulary(AppealCategory, "appeal_category", settings.HIDDEN_CATEGORIES)


# -- recording and following an appeal --------------------------------------------------

@dataclass
class NewAppeal:
    description: str
    category: str = DEFAULT_CATEGORY
    group: str | None = None  # None: the visitor's group, or "other" for an anonymous one
    visitor_id: int | None = None
    urgency: str = "normal"
    day: date | None = None  # None: today


def _validate(appeal: NewAppeal, *, before: str | None = None) -> dict:
    description = clean_text(appeal.description)
    if not description:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Describe the problem: what happens, where, to whom."),
            field="description")
    CATEGORIES._get(appeal.category)
    if appeal.urgency not in URGENCIES:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown urgency: {urgency}."),
                        urgency=appeal.urgency, field="urgency")
    person = live_visitor(appeal.visitor_id) if appeal.visitor_id is not None else None
    group = appeal.group or (person.group_code if person else "other")
    if VisitorGroup.get_or_none(VisitorGroup.code == group) is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown visitor group: {group}."),
                        group=group, field="group")
    day = check_day(appeal.day)
    if before and day.isoformat() > before:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The date {day} is after the appeal's next step ({next})."),
            day=day.isoformat(), next=before, field="day")
    return {"date": day.isoformat(), "category": appeal.category, "group": group,
            "visitor": appeal.visitor_id, "urgency": appeal.urgency, "description": description}


def _public(values: dict) -> dict:
    return {k: (TEXT if k in ("description", "referred_to", "resolution", "follow_up_note")
                and v else v) for k, v in values.items()}


def record_appeal(appeal: NewAppeal, *, source: str = "gui") -> int:
    values = _validate(appeal)
    stamp = clock.stamp()
    with database.atomic():
        row = Appeal.create(created_at=stamp, changed_at=stamp, status="recorded", **values)
        audit.record("create", "appeal", row.id, new={**_public(values), "source": source})
    return row.id


def _get(appeal_id: int, *, live: bool = True) -> Appeal:
    row = Appeal.get_or_none(Appeal.id == appeal_id)
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Appeal #{id} does not exist."), id=appeal_id)
    if live and row.voided_at is not None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Appeal #{id} is voided."), id=appeal_id)
    return row


def _step(appeal_id: int, action: str, changes: dict) -> None:
    old_row = Appeal.get_by_id(appeal_id)
    old = {k: getattr(old_row, k) for k in changes}
    Appeal.update(changed_at=clock.stamp(), **changes).where(Appeal.id == appeal_id).execute()
    audit.record(action, "appeal", appeal_id, old=_public(old), new=_public(changes))


def refer_appeal(appeal_id: int, to: str, day: date | None = None) -> None:
    """Pass the appeal on (to the community, the compound's management, a platform …).
    Referring again (to someone else) replaces the referral; the audit keeps the first."""
    to = clean_text(to)
    if not to:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Say to whom the appeal was referred."),
                        field="text")
    with database.atomic():
        row = _get(appeal_id)
        if row.status not in OPEN_STATUSES:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "Appeal #{id} is already resolved: it can no longer be referred."),
                id=appeal_id)
        day = check_day(day, after=row.referred_on or row.date)
        _step(appeal_id, "refer", {"status": "referred", "referred_to": to,
                                   "referred_on": day.isoformat()})


def resolve_appeal(appeal_id: int, how: str, day: date | None = None) -> None:
    how = clean_text(how)
    if not how:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Say how the appeal was resolved."),
                        field="text")
    with database.atomic():
        row = _get(appeal_id)
        if row.status not in OPEN_STATUSES:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Appeal #{id} is already resolved."),
                            id=appeal_id)
        day = check_day(day, after=row.referred_on or row.date)
        _step(appeal_id, "resolve", {"status": "resolved", "resolution": how,
                                     "resolved_on": day.isoformat()})


def follow_up_appeal(appeal_id: int, satisfied: bool, note: str = "",
                     day: date | None = None) -> None:
    """Ask the worker afterwards whether the solution holds: satisfied or not."""
    if not isinstance(satisfied, bool):
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Say whether the worker was satisfied."),
                        field="satisfied")
    with database.atomic():
        row = _get(appeal_id)
        if row.status in OPEN_STATUSES:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "Resolve appeal #{id} before following it up."), id=appeal_id)
        if row.status == "followed_up":
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Appeal #{id} was already followed up."),
                            id=appeal_id)
        day = check_day(day, after=row.resolved_on)
        _step(appeal_id, "follow-up", {"status": "followed_up", "satisfied": satisfied,
                                       "follow_up_note": clean_text(note),
                                       "followed_up_on": day.isoformat()})


_UNDO = {"referred": ("recorded", {"referred_to": "", "referred_on": None}),
         "resolved": (None, {"resolution": "", "resolved_on": None}),
         "followed_up": ("resolved", {"satisfied": None, "follow_up_note": "",
                                      "followed_up_on": None})}


def undo_step(appeal_id: int, reason: str) -> str:
    """Take back the last step (a step recorded by mistake); returns the status now."""
    reason = check_reason(reason)
    with database.atomic():
        row = _get(appeal_id)
        if row.status not in _UNDO:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "Appeal #{id} has no step to take back."), id=appeal_id)
        status, cleared = _UNDO[row.status]
        status = status or ("referred" if row.referred_on else "recorded")
        changes = {"status": status, **cleared}
        old = {k: getattr(row, k) for k in changes}
        Appeal.update(changed_at=clock.stamp(), **changes).where(Appeal.id == appeal_id).execute()
        audit.record("undo-step", "appeal", appeal_id, reason=reason, old=_public(old),
                     new=_public(changes))
    return status


def amend_appeal(appeal_id: int, appeal: NewAppeal, reason: str) -> bool:
    """Correct what was recorded (not the steps); False when nothing changed."""
    reason = check_reason(reason)
    with database.atomic():
        row = _get(appeal_id)
        values = _validate(appeal, before=row.referred_on or row.resolved_on)
        old = {"date": row.date, "category": row.category_id, "group": row.group_code,
               "visitor": row.visitor_id, "urgency": row.urgency, "description": row.description}
        changed = sorted(k for k in values if values[k] != old[k])
        if not changed:
            return False
        Appeal.update(changed_at=clock.stamp(), **{k: values[k] for k in changed}) \
            .where(Appeal.id == appeal_id).execute()
        audit.record("amend", "appeal", appeal_id, reason=reason,
                     old=_public({k: old[k] for k in changed}),
                     new=_public({k: values[k] for k in changed}))
    return True


def void_appeal(appeal_id: int, reason: str) -> None:
    """Void an appeal recorded by mistake or twice: it stays, marked, and stops counting."""
    reason = check_reason(reason)
    with database.atomic():
        _get(appeal_id)
        stamp = clock.stamp()
        Appeal.update(voided_at=stamp, void_reason=reason, changed_at=stamp) \
            .where(Appeal.id == appeal_id).execute()
        audit.record("void", "appeal", appeal_id, reason=reason, old={"voided": False},
                     new={"voided": True})


def restore_appeal(appeal_id: int, reason: str) -> None:
    reason = check_reason(reason)
    with database.atomic():
        row = _get(appeal_id, live=False)
        if row.voided_at is None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Appeal #{id} is not voided."),
                            id=appeal_id)
        Appeal.update(voided_at=None, void_reason="", changed_at=clock.stamp()) \
            .where(Appeal.id == appeal_id).execute()
        audit.record("restore", "appeal", appeal_id, reason=reason, old={"voided": True},
                     new={"voided": False})


# -- overdue ---------------------------------------------------------------------------

def overdue_days() -> int:
    days = settings.get(settings.OVERDUE_DAYS)
    return days if days > 0 else settings.OVERDUE_DAYS.default


def set_overdue_days(days: int) -> None:
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 365:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "An appeal is overdue after 1 to 365 days, not {days}."), days=days)
    old = overdue_days()
    if old != days:
        with database.atomic():
            settings.set(settings.OVERDUE_DAYS, days)
            audit.record("set", "setting", settings.OVERDUE_DAYS.key, old=old, new=days)


def days_overdue(raised_on: str, today: date, limit: int) -> int:
    """How many days past the limit an appeal raised on ``raised_on`` and still open on
    ``today`` is (0: not overdue). Older than ``limit`` days is overdue."""
    return max(0, (today - date.fromisoformat(raised_on)).days - limit)
