"""Registering the visitors a ledger import meets, all at once.

``directory.ensure_visitor_by_phone`` registers one visitor in about 2 ms (pinyin, a
member number, checks, an audit entry, each a query); a first import of a station's
ledgers meets a couple of thousand phones, which made that the slowest part of the
import. This does the same registration for many at once: the directory's own search
key, member numbering and platform list, one audit entry per visitor, with ``executemany``.
tests/unit/test_importing.py checks that the rows it writes equal register_visitor's.
"""
from __future__ import annotations

import json
import unicodedata
from typing import NamedTuple

from keeper.core import clock
from keeper.core.directory import remember_platform, ensure_visitor_by_phone, \
    next_member_no, search_key
from keeper.store.models import Visitor, database

_FEW = 20  # below this, the directory's own one-by-one path is as quick


class NewPerson(NamedTuple):
    phone: str  # already normalised
    name: str
    group: str
    platform: str


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


def known_visitors(phones: list[str]) -> dict[str, tuple[int, str]]:
    """phone -> (visitor id, platform) for the phones already in the directory."""
    known = {}
    for start in range(0, len(phones), 900):
        for v in Visitor.select(Visitor.id, Visitor.phone, Visitor.platform).where(
                Visitor.phone.in_(phones[start:start + 900])):
            known[v.phone] = (v.id, v.platform)
    return known


def register_people(people: list[NewPerson]) -> dict[str, tuple[int, str]]:
    """Register people whose phones are not in the directory (the caller holds the
    transaction); phone -> (visitor id, platform)."""
    if len(people) < _FEW:
        return {p.phone: (ensure_visitor_by_phone(p.phone, p.name, p.group, p.platform,
                                                  source="import"), _clean(p.platform))
                for p in people}
    stamp, today = clock.stamp(), clock.today().isoformat()
    for platform in dict.fromkeys(_clean(p.platform) for p in people):
        remember_platform(platform)  # the directory's rule: a new platform joins the list
    number = int(next_member_no()[1:])
    rows = []
    for offset, person in enumerate(people):
        name = _clean(person.name) or person.phone[-4:]  # someone known only by a phone
        rows.append((name, person.phone, f"M{number + offset:06d}", person.group, stamp,
                     _clean(person.platform), today, search_key(name)))
    conn = database.connection()
    conn.executemany(
        "INSERT INTO visitor (name, phone, member_no, group_code, created_at, platform,"
        " registered_on, search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    found = known_visitors([p.phone for p in people])
    conn.executemany(
        "INSERT INTO audit_log (at, action, entity, entity_id, new) VALUES (?, ?, ?, ?, ?)",
        [(stamp, "create", "visitor", str(found[row[1]][0]), json.dumps(
            {"group": row[3], "member_no": row[2], "source": "import"}, ensure_ascii=False,
            sort_keys=True)) for row in rows])
    return found
