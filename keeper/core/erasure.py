"""Erasure that reaches free text: a person's name and phone typed into notes, appeals,
stories, reasons and the audit log's copies of them are replaced by a placeholder.

Clearing the directory row (``directory_changes.erase_visitor``) is not enough: an
attendant types "李映旺 13812345678 asked for…" into a visit's note or an appeal, and the
audit log keeps what notes held. Every free-text column listed in ``FREE_TEXT`` is searched
(not only the person's own records: another visit's note may name them too), the phone in
its written forms (spaced, dashed, +86, masked 138****5678, 尾号5678), the name as written.
``planned_changes`` shows what would change; ``scrub`` changes it and says so in the audit
log, by place and count, never by content. No Qt here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from keeper.core import audit
from keeper.store.models import Visitor, database

PLACEHOLDER = "■■■"  # a redaction bar reads the same in Chinese and English
MIN_NAME = 2  # a one-character "name" would cut through ordinary words

# table -> its free-text columns. Another feature's table joins by adding a line here.
FREE_TEXT: dict[str, tuple[str, ...]] = {
    "visit": ("note", "void_reason"),
    "appeal": ("description", "referred_to", "resolution", "follow_up_note", "void_reason"),
    "activity": ("title", "story", "void_reason"),
    "visitor": ("notes", "volunteer_team"),
    "team": ("name",),
    "correction": ("reason",),
    "audit_log": ("old", "new", "reason"),
    "supply_movement": ("donor", "reason"),
}
_MASK = "[*＊xX×]"


@dataclass(frozen=True)
class TextChange:
    """One free-text field that erasure rewrites."""

    table: str
    row_id: int
    column: str
    before: str
    after: str


def _phone_pattern(phone: str) -> str:
    sep = r"[\s\-]?"
    full = r"(?:\+?86[\s\-]?)?" + sep.join(re.escape(d) for d in phone)
    masked = re.escape(phone[:3]) + _MASK + "{4}" + re.escape(phone[-4:])
    tail = r"尾号\s*" + re.escape(phone[-4:])
    return rf"(?<!\d)(?:{full}|{masked})(?!\d)|{tail}(?!\d)"


def pattern_for(people: Iterable[tuple[str, str | None]]) -> re.Pattern | None:
    """One regular expression for the names and phones of ``people``; longest first, so
    a name inside another one is not half replaced."""
    parts = []
    for name, phone in people:
        name = (name or "").strip()
        if len(name) >= MIN_NAME:
            parts.append(re.escape(name))
        if phone and len(phone) >= 8:
            parts.append(_phone_pattern(phone))
    if not parts:
        return None
    return re.compile("|".join(sorted(set(parts), key=len, reverse=True)))


def _people(visitor_ids: Iterable[int]) -> list[tuple[str, str | None]]:
    ids = list(visitor_ids)
    if not ids:
        return []
    rows = Visitor.select(Visitor.name, Visitor.phone).where(Visitor.id.in_(ids))
    return [(row.name, row.phone) for row in rows]


def _tables() -> dict[str, set[str]]:
    names = [r[0] for r in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
    return {t: {r[1] for r in database.execute_sql(f'PRAGMA table_info("{t}")').fetchall()}
            for t in names if t in FREE_TEXT}


def _changes(pattern: re.Pattern, placeholder: str) -> list[TextChange]:
    found = []
    for table, columns in _tables().items():
        present = [c for c in FREE_TEXT[table] if c in columns]
        if not present:
            continue
        # SQLite only hands over rows with something in them; the pattern decides.
        cursor = database.execute_sql(
            f'SELECT id, {", ".join(present)} FROM "{table}" WHERE '
            + " OR ".join(f"COALESCE({c}, '') != ''" for c in present))
        for row_id, *texts in cursor:
            for column, text in zip(present, texts):
                if text and pattern.search(text):
                    found.append(TextChange(table, row_id, column, text,
                                            pattern.sub(placeholder, text)))
    return found


def planned_changes(visitor_ids: Iterable[int], placeholder: str = PLACEHOLDER
                    ) -> list[TextChange]:
    """What ``scrub`` would rewrite for these people, for the attendant to see first."""
    pattern = pattern_for(_people(visitor_ids))
    return _changes(pattern, placeholder) if pattern else []


def redact(text: str, visitor_ids: Iterable[int], placeholder: str = PLACEHOLDER) -> str:
    """``text`` (a reason about to be logged) without these people's names and phones."""
    pattern = pattern_for(_people(visitor_ids))
    return pattern.sub(placeholder, text) if pattern and text else text


def scrub(visitor_ids: Iterable[int], *, reason: str = "",
          placeholder: str = PLACEHOLDER) -> int:
    """Replace these people's names and phones in all free text; returns the fields
    changed. Call it before their directory rows are cleared (it reads name and phone)."""
    ids = list(visitor_ids)
    with database.atomic():
        changes = planned_changes(ids, placeholder)
        for change in changes:
            database.execute_sql(
                f'UPDATE "{change.table}" SET "{change.column}" = ? WHERE id = ?',
                [change.after, change.row_id])
        if changes:
            places: dict[str, int] = {}
            for change in changes:
                key = f"{change.table}.{change.column}"
                places[key] = places.get(key, 0) + 1
            for visitor_id in ids:
                audit.record("scrub", "visitor", visitor_id, reason=reason,
                             new={"free text fields": len(changes), "where": places})
    return len(changes)
