"""Reading appeals: the screen's list, an appeal's timeline, the month's records for the
reports and its figures for the summary. Recording and following up is ``core.appeals``."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from keeper.core import clock
from keeper.core.appeals import OPEN_STATUSES, STATUSES, days_overdue, overdue_days
from keeper.core.months import month_bounds
from keeper.core.vocabulary import like_pattern
from keeper.store.models import database


@dataclass(frozen=True)
class AppealRow:
    id: int
    date: str
    category: str
    group: str
    visitor_id: int | None
    visitor_name: str  # at the station only: never in the audit log or the bundle
    visitor_phone: str | None
    member_no: str
    description: str
    urgency: str
    status: str
    referred_to: str
    referred_on: str | None
    resolution: str
    resolved_on: str | None
    followed_up_on: str | None
    satisfied: bool | None
    follow_up_note: str
    voided_at: str | None
    void_reason: str
    days_overdue: int = 0

    @property
    def open(self) -> bool:
        return self.voided_at is None and self.status in OPEN_STATUSES

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


_SELECT = ("SELECT a.id, a.date, a.category, a.group_code, a.visitor_id, COALESCE(p.name, ''), "
           "p.phone, COALESCE(p.member_no, ''), a.description, a.urgency, a.status, "
           "a.referred_to, a.referred_on, a.resolution, a.resolved_on, a.followed_up_on, "
           "a.satisfied, a.follow_up_note, a.voided_at, a.void_reason "
           "FROM appeal a LEFT JOIN visitor p ON p.id = a.visitor_id ")


def _read(where: str, params: list, today: date | None = None) -> list[AppealRow]:
    today, limit = today or clock.today(), overdue_days()
    rows = []
    for r in database.execute_sql(_SELECT + where + " ORDER BY a.date DESC, a.id DESC",
                                  params).fetchall():
        late = (days_overdue(r[1], today, limit)
                if r[18] is None and r[10] in OPEN_STATUSES else 0)
        rows.append(AppealRow(*r[:16], None if r[16] is None else bool(r[16]), *r[17:], late))
    return rows


def appeal_rows(status: str | None = None, category: str | None = None, *,
                overdue_only: bool = False, text: str = "",
                today: date | None = None) -> list[AppealRow]:
    """The list: newest first. ``status``: None (all but voided), "open", one of
    STATUSES, or "voided". ``text`` is looked for in the texts and the visitor's name."""
    clauses, params = ["a.voided_at IS " + ("NOT NULL" if status == "voided" else "NULL")], []
    if status == "open":
        clauses.append("a.status IN ('recorded', 'referred')")
    elif status in STATUSES:
        clauses.append("a.status = ?")
        params.append(status)
    if category:
        clauses.append("a.category = ?")
        params.append(category)
    needle = "".join((text or "").split()).casefold()
    if needle:
        like = like_pattern(needle)
        fields = ("a.description", "a.referred_to", "a.resolution", "a.follow_up_note",
                  "p.name", "p.search_key", "p.member_no", "p.phone")
        clauses.append("(" + " OR ".join(f"lower(replace({f}, ' ', '')) LIKE ? ESCAPE '\\'"
                                         for f in fields) + ")")
        params.extend([like] * len(fields))
    rows = _read("WHERE " + " AND ".join(clauses), params, today)
    return [r for r in rows if r.overdue] if overdue_only else rows


def get_row(appeal_id: int, today: date | None = None) -> AppealRow | None:
    found = _read("WHERE a.id = ?", [appeal_id], today)
    return found[0] if found else None


@dataclass(frozen=True)
class Step:
    key: str  # recorded | referred | resolved | followed_up
    day: str | None  # None: not (yet) taken
    text: str = ""
    skipped: bool = False  # resolved without a referral


def steps(row: AppealRow) -> list[Step]:
    """The timeline of an appeal, every step, taken or not."""
    return [
        Step("recorded", row.date, row.description),
        Step("referred", row.referred_on, row.referred_to,
             skipped=row.referred_on is None and row.resolved_on is not None),
        Step("resolved", row.resolved_on, row.resolution),
        Step("followed_up", row.followed_up_on, row.follow_up_note),
    ]


def appeal_records(month: str) -> list[dict]:
    """The month's appeals for the report and the bundle, as they stood at the end of the
    month (a later step does not change an exported month): those raised in it, and older
    ones still open in it or followed up in it. Voided ones are left out."""
    first, last = (d.isoformat() for d in month_bounds(month))
    as_of, limit = min(date.fromisoformat(last), clock.today()), overdue_days()
    rows = database.execute_sql(
        "SELECT id, date, category, group_code, visitor_id, description, urgency, referred_to, "
        "referred_on, resolved_on, followed_up_on, satisfied FROM appeal "
        "WHERE voided_at IS NULL AND date <= ? AND (resolved_on IS NULL OR resolved_on >= ? "
        "OR followed_up_on BETWEEN ? AND ?) ORDER BY date, id",
        [last, first, first, last]).fetchall()
    records = []
    for (appeal_id, raised, category, group, visitor_id, description, urgency, referred_to,
         referred_on, resolved_on, followed_up_on, satisfied) in rows:
        referred_on, resolved_on, followed_up_on = (
            day if day and day <= last else None
            for day in (referred_on, resolved_on, followed_up_on))
        status = ("followed_up" if followed_up_on else "resolved" if resolved_on
                  else "referred" if referred_on else "recorded")
        records.append({
            "id": appeal_id, "date": raised, "category": category, "group": group,
            "visitor_id": visitor_id, "description": description, "urgency": urgency,
            "status": status, "referred_to": referred_to if referred_on else "",
            "referred_on": referred_on, "resolved_on": resolved_on,
            "followed_up_on": followed_up_on,
            "satisfied": bool(satisfied) if followed_up_on and satisfied is not None else None,
            "overdue": resolved_on is None and days_overdue(raised, as_of, limit) > 0,
        })
    return records


def appeals_figures(first: date, last: date) -> dict:
    """summary.json's ``appeals``: received and resolved in the month, open at its end
    (of those received by then), received per category. Voided appeals never count."""
    bounds = [first.isoformat(), last.isoformat()]
    live = "voided_at IS NULL"
    received = database.execute_sql(
        f"SELECT COUNT(*) FROM appeal WHERE {live} AND date BETWEEN ? AND ?", bounds).fetchone()[0]
    resolved = database.execute_sql(
        f"SELECT COUNT(*) FROM appeal WHERE {live} AND resolved_on BETWEEN ? AND ?",
        bounds).fetchone()[0]
    still_open = database.execute_sql(
        f"SELECT COUNT(*) FROM appeal WHERE {live} AND date <= ? "
        f"AND (resolved_on IS NULL OR resolved_on > ?)", [bounds[1], bounds[1]]).fetchone()[0]
    by_category = dict(database.execute_sql(
        f"SELECT category, COUNT(*) FROM appeal WHERE {live} AND date BETWEEN ? AND ? "
        f"GROUP BY category ORDER BY 2 DESC, 1", bounds).fetchall())
    # Overdue: open at the month's end (or today, for a month not over) past the limit.
    as_of, limit = min(last, clock.today()), overdue_days()
    raised = database.execute_sql(
        f"SELECT date FROM appeal WHERE {live} AND date <= ? "
        f"AND (resolved_on IS NULL OR resolved_on > ?)", [bounds[1], bounds[1]]).fetchall()
    overdue = sum(1 for (day,) in raised if days_overdue(day, as_of, limit) > 0)
    return {"received": received, "resolved": resolved, "open": still_open,
            "overdue": overdue, "by_category": by_category}
