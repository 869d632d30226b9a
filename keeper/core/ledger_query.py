"""Reading the ledger: filters, ordered id lists, rows by id, totals.

Everything runs in SQL over indexed columns. Lists hold row ids only (an ``array`` of
int64, 8 MB for a million visits); rows are fetched a page at a time when shown.
"""
from __future__ import annotations

import time
from array import array
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from typing import Iterable, Iterator

from keeper.core import catalog
from keeper.core.months import month_bounds
from keeper.core.visitors import mask_phone
from keeper.store.models import database

# Queries take an optional raw sqlite3 connection: a worker thread reads through its own.


def _execute(sql: str, params: list, conn=None):
    return (conn.execute(sql, params) if conn is not None
            else database.execute_sql(sql, params))


@dataclass(frozen=True)
class VisitFilter:
    first: date | None = None  # inclusive; None: from the beginning
    last: date | None = None  # inclusive; None: up to today and beyond
    service: str | None = None
    group: str | None = None
    visitor_id: int | None = None
    text: str = ""  # in the note, or the visitor's name, phone or member number
    entered_on: date | None = None  # also visits typed in that day, whatever their date
    include_voided: bool = True


@dataclass(frozen=True, slots=True)
class VisitRow:
    """A visit as read back: the ledger screens and the month's reports use this one shape."""

    id: int
    date: str
    time: str | None
    group: str
    services: tuple[str, ...]
    count: int
    visitor_id: int | None
    visitor_name: str
    visitor_phone: str | None
    platform: str
    note: str
    voided_at: str | None
    void_reason: str
    created_at: str
    changed_at: str
    amendments: int = 0

    @property
    def voided(self) -> bool:
        return self.voided_at is not None

    @property
    def amended(self) -> bool:
        """Corrected at least once (a voided visit shows as voided first)."""
        return self.amendments > 0

    def visitor_shown(self, full_details: bool = False) -> str:
        phone = self.visitor_phone if full_details else mask_phone(self.visitor_phone)
        return f"{self.visitor_name} {phone or ''}".strip()


# Every column named as the VisitRow field it fills: rows are built by keyword.
_ROW_SELECT = (
    "SELECT v.id AS id, v.date AS date, v.time AS time, v.group_code AS \"group\", "
    "(SELECT group_concat(service_code) FROM visit_service WHERE visit_id = v.id) AS services, "
    "v.count AS count, v.visitor_id AS visitor_id, COALESCE(p.name, '') AS visitor_name, "
    "p.phone AS visitor_phone, v.platform AS platform, v.note AS note, "
    "v.voided_at AS voided_at, COALESCE(v.void_reason, '') AS void_reason, "
    "v.created_at AS created_at, v.changed_at AS changed_at, v.amendments AS amendments "
    "FROM visit v LEFT JOIN visitor p ON p.id = v.visitor_id ")


_FIELDS = tuple(f.name for f in fields(VisitRow))


def _rows(cursor) -> Iterator[VisitRow]:
    names = [column[0] for column in cursor.description]
    if tuple(names) == _FIELDS:  # _ROW_SELECT names them in order: no dict per row
        while batch := cursor.fetchmany(2000):
            for v in batch:
                yield VisitRow(v[0], v[1], v[2], v[3], tuple(v[4].split(",")) if v[4] else (),
                               *v[5:])
        return
    while batch := cursor.fetchmany(2000):
        for values in batch:
            fields = dict(zip(names, values))
            fields["services"] = tuple(fields["services"].split(",")) \
                if fields["services"] else ()
            yield VisitRow(**fields)


@dataclass
class Totals:
    entries: int = 0  # rows shown, voided included
    visits: int = 0  # 人次, voided excluded
    voided: int = 0
    services: dict[str, int] = field(default_factory=dict)  # uses, voided excluded


def _where(f: VisitFilter) -> tuple[str, list]:
    clauses, params = [], []
    dated = []
    if f.first is not None:
        dated.append("v.date >= ?")
        params.append(f.first.isoformat())
    if f.last is not None:
        dated.append("v.date <= ?")
        params.append(f.last.isoformat())
    if f.entered_on is not None:
        # created_at is ISO 8601 local time: the day's entries sort between these bounds.
        day = f.entered_on.isoformat()
        after = (f.entered_on + timedelta(days=1)).isoformat()
        entered = "(v.created_at >= ? AND v.created_at < ?)"
        clauses.append(f"(({' AND '.join(dated)}) OR {entered})" if dated else entered)
        params += [day, after]
    elif dated:
        clauses += dated
    if f.service:
        clauses.append("v.id IN (SELECT visit_id FROM visit_service WHERE service_code = ?)")
        params.append(f.service)
    if f.group:
        clauses.append("v.group_code = ?")
        params.append(f.group)
    if f.visitor_id is not None:
        clauses.append("v.visitor_id = ?")
        params.append(f.visitor_id)
    text = " ".join(f.text.split())
    if text:
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append("(v.note LIKE ? ESCAPE '\\' OR v.visitor_id IN (SELECT id FROM visitor "
                       "WHERE name LIKE ? ESCAPE '\\' OR phone LIKE ? ESCAPE '\\' "
                       "OR member_no LIKE ? ESCAPE '\\'))")
        params += [like, like, like, like]
    if not f.include_voided:
        clauses.append("v.voided_at IS NULL")
    return (" AND ".join(clauses) or "1"), params


_ORDER = {
    "date": "v.date {d}, v.time {d}, v.id {d}",
    "entered": "v.id {d}",
    "group": "(SELECT sort_order FROM visitor_group g WHERE g.code = v.group_code) {d}, v.id {d}",
    "services": "(SELECT MIN(s.sort_order) FROM visit_service vs JOIN service s "
                "ON s.code = vs.service_code WHERE vs.visit_id = v.id) {d}, v.id {d}",
    "count": "v.count {d}, v.id {d}",
    "visitor": "(SELECT name FROM visitor p WHERE p.id = v.visitor_id) {d}, v.id {d}",
    "note": "v.note {d}, v.id {d}",
    "state": "(v.voided_at IS NOT NULL) {d}, (v.amendments > 0) {d}, v.id {d}",
}


def visit_ids(f: VisitFilter, sort: str = "date", descending: bool = True, *,
              limit: int | None = None, conn=None) -> array:
    """Ids of the visits matching ``f``, in order, as an array of int64."""
    order = _ORDER[sort].format(d="DESC" if descending else "ASC")
    where, params = _where(f)
    sql = f"SELECT v.id FROM visit v WHERE {where} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    if conn is not None:
        return _ids_in_one_step(sql, params, conn)
    cursor = _execute(sql, params)
    ids = array("q")
    while batch := cursor.fetchmany(5_000):
        ids.extend(row[0] for row in batch)
    return ids


def _ids_in_one_step(sql: str, params: list, conn) -> array:
    """For a worker thread: SQLite builds the whole list in one call, during which Python
    lets the window's thread run; row-by-row fetching would fight it for the GIL."""
    text = conn.execute(f"SELECT group_concat(id) FROM ({sql})", params).fetchone()[0]
    ids = array("q")
    position, size = 0, len(text or "")
    while position < size:  # in slices: a million small strings at once would cost 60 MB
        end = text.find(",", min(position + 300_000, size))
        end = size if end == -1 else end
        ids.extend(map(int, text[position:end].split(",")))
        position = end + 1
        time.sleep(0)  # let the window paint between slices
    return ids


def visit_rows(ids: Iterable[int]) -> dict[int, VisitRow]:
    """The rows for these ids (at most a few hundred at a time: one page of a table)."""
    ids = list(ids)
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    cursor = database.execute_sql(_ROW_SELECT + f"WHERE v.id IN ({marks})", ids)
    return {row.id: row for row in _rows(cursor)}


def month_rows(month: str, *, include_voided: bool = True) -> Iterator[VisitRow]:
    """A month's visits in date and time order, streamed (the reports' ledger)."""
    first, last = month_bounds(month)
    cursor = database.execute_sql(
        _ROW_SELECT + "WHERE v.date BETWEEN ? AND ? "
        + ("" if include_voided else "AND v.voided_at IS NULL ")
        + "ORDER BY v.date, v.time IS NULL, v.time, v.id", [first.isoformat(), last.isoformat()])
    yield from _rows(cursor)


def visit_total(f: VisitFilter, *, conn=None) -> int:
    """人次 of the visits matching ``f`` that are not voided (no per-service split)."""
    where, params = _where(f)
    return _execute(f"SELECT COALESCE(SUM(v.count), 0) FROM visit v WHERE {where} "
                    "AND v.voided_at IS NULL", params, conn).fetchone()[0]


def totals(f: VisitFilter, *, conn=None) -> Totals:
    where, params = _where(f)
    entries, visits, voided = _execute(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN v.voided_at IS NULL THEN v.count END), 0), "
        f"COUNT(v.voided_at) FROM visit v WHERE {where}", params, conn).fetchone()
    services = dict(_execute(
        "SELECT vs.service_code, SUM(v.count) FROM visit v JOIN visit_service vs "
        f"ON vs.visit_id = v.id WHERE {where} AND v.voided_at IS NULL "
        "GROUP BY vs.service_code", params, conn).fetchall())
    return Totals(entries, visits, voided, services)


# What the log screen may still offer: a group or service the station has since hidden is
# one it no longer serves, so it leads no "repeat" tile and is not the usual group. Left
# out after grouping, in Python: a test per visit in SQL cost 4 ms on a busy station.
def frequent_combinations(today: date, days: int = 7, limit: int = 4) -> list[tuple[str, tuple]]:
    """The (group, services) most often logged over the last ``days``, all still shown in
    the catalogue: the "repeat" tiles."""
    rows = database.execute_sql(
        "SELECT v.group_code, (SELECT group_concat(service_code) FROM (SELECT service_code "
        "FROM visit_service WHERE visit_id = v.id ORDER BY service_code)) AS combo, "
        "COUNT(*) AS n FROM visit v WHERE v.date >= ? AND v.date <= ? AND v.voided_at IS NULL "
        "GROUP BY v.group_code, combo ORDER BY n DESC, v.group_code, combo",
        [(today - timedelta(days=days)).isoformat(), today.isoformat()]).fetchall()
    groups = {g.code for g in catalog.groups(active_only=True)}
    services = {s.code for s in catalog.services(active_only=True)}
    combos = [(group, tuple(combo.split(","))) for group, combo, _n in rows if combo]
    return [(group, combo) for group, combo in combos
            if group in groups and services.issuperset(combo)][:limit]


def commonest_group(today: date, days: int = 30) -> str | None:
    """The shown group this station served most (人次) over the last ``days``: what the
    log screen starts with, so "1, Enter" logs the usual visitor. None on a new station."""
    rows = database.execute_sql(
        "SELECT v.group_code FROM visit v WHERE v.date > ? AND v.date <= ? "
        "AND v.voided_at IS NULL GROUP BY v.group_code ORDER BY SUM(v.count) DESC, "
        "v.group_code",
        [(today - timedelta(days=days)).isoformat(), today.isoformat()]).fetchall()
    shown = {g.code for g in catalog.groups(active_only=True)}
    return next((group for (group,) in rows if group in shown), None)
