"""Changing the directory: corrections, merging duplicates, erasing personal data (PIPL).

The audit log is append-only and kept for years, so it never holds a name or a phone:
it says which fields changed, not what they held.
"""
from __future__ import annotations

from datetime import date, timedelta

from keeper.core import audit, clock
from keeper.core.directory import VisitorDetails, clean_details, get_visitor, remember_platform
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.store.models import Visit, Visitor, database

PERSONAL = ("name", "phone", "notes", "search_key", "consent_on")
DEFAULT_RETENTION_MONTHS = 24


def _public(fields: dict) -> dict:
    return {k: ("(personal)" if k in PERSONAL else v) for k, v in fields.items()
            if k != "search_key"}


def update_visitor(visitor_id: int, details: VisitorDetails) -> bool:
    """Correct a visitor's record; returns False when nothing changed."""
    with database.atomic():
        row = get_visitor(visitor_id)
        if row.erased_at is not None:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "This person's data was erased; register them again instead."))
        new = clean_details(details, visitor_id)
        new["registered_on"] = (details.registered_on.isoformat() if details.registered_on
                                else row.registered_on)
        old = {key: getattr(row, "group_code" if key == "group" else key) for key in new}
        changed = {k for k in new if new[k] != old[k]}
        if not changed:
            return False
        remember_platform(new["platform"])
        Visitor.update(**{k: new[k] for k in changed}).where(Visitor.id == visitor_id).execute()
        audit.record("update", "visitor", visitor_id,
                     old=_public({k: old[k] for k in sorted(changed)}),
                     new=_public({k: new[k] for k in sorted(changed)}))
    return True


def erase_visitor(visitor_id: int, reason: str, *, action: str = "erase") -> None:
    """Erase a person's name, phone and notes at once. Their visits stay, anonymous,
    so the station's figures do not change; the member number stays (not personal)."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Give a reason for the change: it is kept in the visit's history."))
    with database.atomic():
        row = get_visitor(visitor_id)
        if row.erased_at is not None:
            return
        Visitor.update(name="", phone=None, notes="", search_key="", consent_on=None,
                       volunteer_team="", erased_at=clock.stamp()) \
            .where(Visitor.id == visitor_id).execute()
        audit.record(action, "visitor", visitor_id, reason=reason,
                     old={"personal data": "kept"}, new={"personal data": "erased"})


def _months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    last_day = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last_day))


def erase_inactive(months: int = DEFAULT_RETENTION_MONTHS, today: date | None = None) -> int:
    """The retention rule: erase everyone with no visit (and no registration) in the last
    ``months`` months. Returns how many were erased."""
    cutoff = _months_before(today or clock.today(), months).isoformat()
    stale = [r[0] for r in database.execute_sql(
        "SELECT p.id FROM visitor p WHERE p.erased_at IS NULL AND p.merged_into IS NULL "
        "AND COALESCE(p.registered_on, substr(p.created_at, 1, 10)) < ? "
        "AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.visitor_id = p.id AND v.date >= ?)",
        [cutoff, cutoff]).fetchall()]
    for visitor_id in stale:
        erase_visitor(visitor_id, f"retention: no visit for {months} months",
                      action="erase-retention")
    return len(stale)


def _move_records(keep_id: int, other_id: int) -> None:
    """Appeals, activities and teams follow the person too (no duplicate memberships)."""
    run = database.execute_sql
    run("UPDATE appeal SET visitor_id = ? WHERE visitor_id = ?", [keep_id, other_id])
    for table, owner in (("activity_participant", "activity_id"), ("team_member", "team_id")):
        run(f"DELETE FROM {table} WHERE visitor_id = ? AND {owner} IN "
            f"(SELECT {owner} FROM {table} WHERE visitor_id = ?)", [other_id, keep_id])
        run(f"UPDATE {table} SET visitor_id = ? WHERE visitor_id = ?", [keep_id, other_id])
    run("UPDATE team SET leader_id = ? WHERE leader_id = ?", [keep_id, other_id])


def merge_visitors(keep_id: int, other_id: int, reason: str = "") -> int:
    """Join a duplicate into ``keep_id``: its visits move over, empty fields are filled
    from it, and it is left as an empty record pointing at the one kept. Returns the
    number of visits moved."""
    if keep_id == other_id:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Choose two different people to merge."))
    with database.atomic():
        keep, other = get_visitor(keep_id), get_visitor(other_id)
        if other.merged_into_id is not None or keep.merged_into_id is not None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "That record was already merged."))
        moved = Visit.update(visitor=keep_id).where(Visit.visitor == other_id).execute()
        _move_records(keep_id, other_id)
        fill = {}
        for field in ("platform", "volunteer_team", "consent_on", "notes"):
            if not getattr(keep, field) and getattr(other, field):
                fill[field] = getattr(other, field)
        if not keep.phone and other.phone:
            fill["phone"] = other.phone
        for flag in ("party_member", "volunteer"):
            if getattr(other, flag) and not getattr(keep, flag):
                fill[flag] = True
        if (other.registered_on or "9999") < (keep.registered_on or "9999"):
            fill["registered_on"] = other.registered_on
        Visitor.update(name="", phone=None, notes="", search_key="", consent_on=None,
                       merged_into=keep_id).where(Visitor.id == other_id).execute()
        if fill:
            Visitor.update(**fill).where(Visitor.id == keep_id).execute()
        audit.record("merge", "visitor", keep_id, reason=" ".join(reason.split()),
                     old={"other": other_id}, new={"visits_moved": moved,
                                                   "fields_filled": sorted(fill)})
        audit.record("merged-into", "visitor", other_id, new={"into": keep_id})
    return moved
