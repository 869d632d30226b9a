"""Volunteer activities and good deeds (志愿活动与好人好事); the teams are ``core.teams``.

An activity has participants picked from the directory plus a count of others, hours per
participant, people helped, a story worth reporting and optionally a photo (only its path
is kept). Voided with a reason, never deleted; everything audited, without names (titles
and stories are free text and may name people: logged as "(text)").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from keeper import settings
from keeper.core import audit, clock
from keeper.core.months import month_bounds
from keeper.core.vocabulary import (
    TEXT,
    Vocabulary,
    check_day,
    check_reason,
    clean_text,
    like_pattern,
    live_visitor,
)
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.store.models import database
from keeper.store.records import Activity, ActivityParticipant, ActivityType, Team

TYPES = Vocabulary(ActivityType, "activity_type", settings.HIDDEN_TYPES)
DEFAULT_TYPE = "other"
MAX_HOURS = 24  # per participant: an activity is at most a day
MAX_PEOPLE = 9999


def hours_number(value: float) -> int | float:
    """Hours as the reports show them: 12, not 12.0; 7.5 stays 7.5."""
    value = round(float(value), 2)
    return int(value) if value.is_integer() else value


@dataclass
class NewActivity:
    title: str
    type: str = DEFAULT_TYPE
    day: date | None = None  # None: today
    participants: list[int] = field(default_factory=list)  # registered visitors' ids
    others: int = 0  # participants who are not in the directory
    hours: float = 0  # per participant
    people_helped: int = 0
    story: str = ""
    photo_path: str = ""
    team_id: int | None = None


def _whole(value, field_name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_PEOPLE:
        if field_name == "others":
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "The number of others must be a whole number from 0 to {max}."),
                max=MAX_PEOPLE, field=field_name)
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The people helped must be a whole number from 0 to {max}."),
            max=MAX_PEOPLE, field=field_name)
    return value


def _validate(activity: NewActivity) -> tuple[dict, list[int]]:
    title = " ".join(clean_text(activity.title).split())[:200]
    if not title:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Give the activity a title."), field="title")
    if ActivityType.get_or_none(ActivityType.code == activity.type) is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown activity type: {code}."),
                        code=activity.type, field="type")
    day = check_day(activity.day)
    people = list(dict.fromkeys(activity.participants))
    for visitor_id in people:
        live_visitor(visitor_id)
    others = _whole(activity.others, "others")
    if not people and not others:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Who took part? Pick registered visitors or count the others."),
            field="participants")
    hours = activity.hours
    if isinstance(hours, bool) or not isinstance(hours, (int, float)) or not (
            0 <= hours <= MAX_HOURS):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The hours per participant must be from 0 to {max}."), max=MAX_HOURS,
            field="hours")
    helped = _whole(activity.people_helped, "people_helped")
    photo = (activity.photo_path or "").strip()
    if photo:
        path = Path(photo).expanduser()
        if not path.is_file():
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "The photo {path} does not exist. Choose the file again."),
                path=photo, field="photo")
        photo = str(path.resolve())
    if activity.team_id is not None and Team.get_or_none(Team.id == activity.team_id) is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Team #{id} does not exist."),
                        id=activity.team_id, field="team")
    return {"date": day.isoformat(), "type": activity.type, "title": title,
            "team": activity.team_id, "other_participants": others,
            "hours": round(float(hours), 2), "people_helped": helped,
            "story": clean_text(activity.story), "photo_path": photo}, people


def _public(values: dict) -> dict:
    return {k: (TEXT if k in ("title", "story", "photo_path") and v else v)
            for k, v in values.items()}


def record_activity(activity: NewActivity, *, source: str = "gui") -> int:
    values, people = _validate(activity)
    stamp = clock.stamp()
    with database.atomic():
        row = Activity.create(created_at=stamp, changed_at=stamp, **values)
        if people:
            ActivityParticipant.insert_many([(row.id, v) for v in people], fields=[
                ActivityParticipant.activity, ActivityParticipant.visitor]).execute()
        audit.record("create", "activity", row.id,
                     new={**_public(values), "participants": people, "source": source})
    return row.id


def _get(activity_id: int) -> Activity:
    row = Activity.get_or_none(Activity.id == activity_id)
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Activity #{id} does not exist."),
                        id=activity_id)
    return row


def _participants(activity_id: int) -> list[int]:
    return sorted(p.visitor_id for p in ActivityParticipant.select().where(
        ActivityParticipant.activity == activity_id))


def amend_activity(activity_id: int, activity: NewActivity, reason: str) -> bool:
    """Correct an activity (a forgotten participant, the hours); False when nothing changed."""
    reason = check_reason(reason)
    values, people = _validate(activity)
    with database.atomic():
        row = _get(activity_id)
        if row.voided_at is not None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Activity #{id} is voided."),
                            id=activity_id)
        old = {k: getattr(row, "team_id" if k == "team" else "type_id" if k == "type" else k)
               for k in values}
        old["participants"], new = _participants(activity_id), {**values,
                                                                 "participants": sorted(people)}
        changed = sorted(k for k in new if new[k] != old[k])
        if not changed:
            return False
        Activity.update(changed_at=clock.stamp(), **values).where(
            Activity.id == activity_id).execute()
        if "participants" in changed:
            ActivityParticipant.delete().where(
                ActivityParticipant.activity == activity_id).execute()
            if people:
                ActivityParticipant.insert_many([(activity_id, v) for v in people], fields=[
                    ActivityParticipant.activity, ActivityParticipant.visitor]).execute()
        audit.record("amend", "activity", activity_id, reason=reason,
                     old=_public({k: old[k] for k in changed}),
                     new=_public({k: new[k] for k in changed}))
    return True


def void_activity(activity_id: int, reason: str, *, restore: bool = False) -> None:
    """Void an activity (it stays, marked, and stops counting), or restore a voided one."""
    reason = check_reason(reason)
    with database.atomic():
        row = _get(activity_id)
        if restore and row.voided_at is None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Activity #{id} is not voided."),
                            id=activity_id)
        if not restore and row.voided_at is not None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Activity #{id} is voided."),
                            id=activity_id)
        stamp = clock.stamp()
        Activity.update(voided_at=None if restore else stamp, void_reason="" if restore
                        else reason, changed_at=stamp).where(Activity.id == activity_id).execute()
        audit.record("restore" if restore else "void", "activity", activity_id, reason=reason,
                     old={"voided": restore}, new={"voided": not restore})


def as_new(activity_id: int) -> NewActivity:
    """An activity's current values, for the correction dialog."""
    row = _get(activity_id)
    return NewActivity(row.title, row.type_id, date.fromisoformat(row.date),
                       _participants(activity_id), row.other_participants, row.hours,
                       row.people_helped, row.story, row.photo_path, row.team_id)


# -- reading -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ActivityRow:
    id: int
    date: str
    type: str
    title: str
    team_id: int | None
    team_name: str
    participant_ids: tuple[int, ...]
    others: int
    hours: float
    people_helped: int
    story: str
    photo_path: str
    voided_at: str | None
    void_reason: str

    @property
    def participants(self) -> int:
        return len(self.participant_ids) + self.others

    @property
    def volunteer_hours(self) -> int | float:
        return hours_number(self.hours * self.participants)


def activity_rows(activity_type: str | None = None, *, text: str = "",
                  include_voided: bool = False, visitor_id: int | None = None,
                  ids: list[int] | None = None) -> list[ActivityRow]:
    """Activities, newest first; ``visitor_id``: those that person took part in."""
    clauses, params = ["1"], []
    if not include_voided:
        clauses.append("a.voided_at IS NULL")
    if activity_type:
        clauses.append("a.type = ?")
        params.append(activity_type)
    if visitor_id is not None:
        clauses.append("a.id IN (SELECT activity_id FROM activity_participant "
                       "WHERE visitor_id = ?)")
        params.append(visitor_id)
    if ids is not None:
        clauses.append(f"a.id IN ({','.join('?' * len(ids)) or 'NULL'})")
        params.extend(ids)
    needle = " ".join((text or "").split()).casefold()
    if needle:
        clauses.append("(" + " OR ".join(f"lower({f}) LIKE ? ESCAPE '\\'" for f in (
            "a.title", "a.story", "t.name")) + ")")
        params.extend([like_pattern(needle)] * 3)
    rows = database.execute_sql(
        "SELECT a.id, a.date, a.type, a.title, a.team_id, COALESCE(t.name, ''), "
        "(SELECT group_concat(visitor_id) FROM activity_participant WHERE activity_id = a.id), "
        "a.other_participants, a.hours, a.people_helped, a.story, a.photo_path, a.voided_at, "
        "a.void_reason FROM activity a LEFT JOIN team t ON t.id = a.team_id "
        f"WHERE {' AND '.join(clauses)} ORDER BY a.date DESC, a.id DESC", params).fetchall()
    return [ActivityRow(*r[:6], tuple(sorted(int(v) for v in r[6].split(","))) if r[6] else (),
                        *r[7:]) for r in rows]


def get_activity(activity_id: int) -> ActivityRow | None:
    found = activity_rows(include_voided=True, ids=[activity_id])
    return found[0] if found else None


def activity_records(month: str) -> list[dict]:
    """The month's activities (voided left out) for the report and the bundle."""
    first, last = month_bounds(month)
    rows = sorted((r for r in activity_rows() if first.isoformat() <= r.date <= last.isoformat()),
                  key=lambda r: (r.date, r.id))
    return [{"id": r.id, "date": r.date, "type": r.type, "title": r.title,
             "participants": r.participants, "registered_participants": len(r.participant_ids),
             "volunteer_hours": r.volunteer_hours, "people_helped": r.people_helped,
             "story": r.story} for r in rows]


def activities_figures(first: date, last: date) -> dict:
    """summary.json's ``activities``: how many, participants (registered + others, summed
    over activities), volunteer hours (hours × participants), how many of each type."""
    rows = database.execute_sql(
        "SELECT a.type, a.hours, a.other_participants + (SELECT COUNT(*) FROM "
        "activity_participant p WHERE p.activity_id = a.id) FROM activity a "
        "WHERE a.voided_at IS NULL AND a.date BETWEEN ? AND ?",
        [first.isoformat(), last.isoformat()]).fetchall()
    by_type: dict[str, int] = {}
    for kind, _hours, _people in rows:
        by_type[kind] = by_type.get(kind, 0) + 1
    return {"count": len(rows), "participants": sum(r[2] for r in rows),
            "volunteer_hours": hours_number(sum(r[1] * r[2] for r in rows)),
            "by_type": dict(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0])))}
