"""Importing a roster of registered workers (花名册) from CSV or xlsx.

Rows are matched by phone: a new phone registers a new visitor, a known one updates that
record. Every bad row is reported with its spreadsheet row number; with any bad row
nothing is imported (a roster half imported is worse than none).
"""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable

from keeper.core import audit, catalog, clock
from keeper.core.directory import VisitorDetails, register_many, remember_platform, search_key
from keeper.core.import_rows import Message, parse_date, parse_phone
from keeper.core.tabular import read_table
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.store.models import ImportBatch, Visitor, database

HEADERS = {
    "name": ("姓名", "名字", "name"),
    "phone": ("手机号", "手机号码", "联系电话", "电话", "手机", "phone", "mobile"),
    "group": ("身份", "群体", "人员类别", "职业", "group"),
    "platform": ("平台", "所属平台", "单位", "工作单位", "platform", "employer", "company"),
    "party_member": ("党员", "是否党员", "partymember", "party"),
    "volunteer": ("志愿者", "是否志愿者", "volunteer"),
    "team": ("志愿服务队", "志愿队", "服务队", "team", "volunteerteam"),
    "registered": ("报到日期", "登记日期", "注册日期", "报到时间", "registered", "registeredon"),
    "notes": ("备注", "notes", "note"),
}
_YES = {"是", "√", "✓", "✔", "y", "yes", "true", "1", "党员", "志愿者", "是的", "有"}
_NO = {"否", "不是", "×", "n", "no", "false", "0", "无", "非党员", "-"}


def _key(text: Any) -> str:
    return "".join(unicodedata.normalize("NFKC", str(text or "")).split()).casefold()


_FIELD = {_key(word): name for name, words in HEADERS.items() for word in words}


def _is_header(cells: list) -> bool:
    return sum(1 for c in cells if isinstance(c, str) and _key(c) in _FIELD) >= 2


def _reason(source: str, /, **params: Any) -> Message:
    return Message(source, params)


@dataclass
class RosterRow:
    number: int
    name: str
    phone: str
    group: str
    platform: str
    party_member: bool | None  # None: the column is absent, keep what is known
    volunteer: bool | None
    team: str | None
    registered: str | None
    notes: str | None


@dataclass
class RosterResult:
    rows: list[RosterRow] = field(default_factory=list)
    rejected: list[tuple[int, Message]] = field(default_factory=list)
    warnings: list[tuple[int, Message]] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)  # header -> field understood
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    imported: bool = False


def _flag(value: Any) -> tuple[bool | None, Message | None]:
    key = _key(value)
    if key in _YES:
        return True, None
    if key in _NO or key == "":
        return False, None
    return None, _reason(QT_TRANSLATE_NOOP("Import", "\"{text}\" is not yes or no (是/否)"),
                         text=str(value))


def read_roster(path: str | Path) -> RosterResult:
    """Read and check every row; nothing is stored."""
    table = read_table(path, _is_header)
    fields = {index: _FIELD.get(_key(h)) for index, h in enumerate(table.headers)}
    result = RosterResult(columns={h: fields[i] or "" for i, h in enumerate(table.headers)})
    present = set(fields.values())
    missing = [name for name in ("name", "phone") if name not in present]
    if missing:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The roster has no {column} column (e.g. 姓名, 手机号)."),
            column=", ".join(missing))
    groups: dict[str, str | None] = {}
    seen: dict[str, int] = {}
    # A roster repeats its dates (a whole team registered the same day): each text is
    # understood once, against one "today" for the whole file.
    dates: dict[Any, tuple] = {}
    today = clock.today().isoformat()
    for number, cells in table.rows:
        values = {fields[i]: cells[i] for i in range(min(len(cells), len(fields))) if fields[i]}
        problems = []
        name = " ".join(unicodedata.normalize("NFKC", str(values.get("name") or "")).split())
        if not name:
            problems.append(_reason(QT_TRANSLATE_NOOP("Import", "the name is missing")))
        phone, problem = parse_phone(values.get("phone"))
        if problem:
            problems.append(problem)
        elif phone is None:
            problems.append(_reason(QT_TRANSLATE_NOOP("Import", "the phone is missing")))
        elif phone in seen:
            problems.append(_reason(QT_TRANSLATE_NOOP(
                "Import", "the phone is also on row {row}"), row=seen[phone]))
        group_text = str(values.get("group") or "").strip()
        if group_text not in groups:
            groups[group_text] = catalog.resolve_group(group_text) if group_text else "other"
        group = groups[group_text]
        if group is None:
            result.warnings.append((number, _reason(QT_TRANSLATE_NOOP(
                "Import", "unknown group \"{text}\": stored as other"), text=group_text)))
            group = "other"
        flags = {}
        for flag in ("party_member", "volunteer"):
            flags[flag], problem = _flag(values.get(flag)) if flag in present else (None, None)
            if problem:
                problems.append(problem)
        registered = None
        if values.get("registered") not in (None, ""):
            text = values["registered"]
            if text not in dates:
                dates[text] = parse_date(text)
            registered, _time, problem = dates[text]
            if problem:
                problems.append(problem)
            elif registered > today:
                problems.append(_reason(QT_TRANSLATE_NOOP(
                    "Import", "the date {text} is in the future"), text=registered))
        if problems:
            result.rejected.append((number, problems[0]))
            continue
        seen[phone] = number
        result.rows.append(RosterRow(
            number, name, phone, group, " ".join(str(values.get("platform") or "").split()),
            flags["party_member"], flags["volunteer"],
            str(values.get("team") or "").strip() if "team" in present else None, registered,
            str(values.get("notes") or "").strip() if "notes" in present else None))
    return result


def import_roster(path: str | Path, *, dry_run: bool = False,
                  progress: Callable[[int, int], None] | None = None) -> RosterResult:
    """Import (all or nothing). Returns the result; ``imported`` is False when any row was
    rejected or in a dry run."""
    path = Path(path)
    result = read_roster(path)
    if result.rejected or dry_run:
        return result
    stamp = clock.stamp()
    phones = [row.phone for row in result.rows]
    with database.atomic():
        known = {}
        for start in range(0, len(phones), 900):
            for v in Visitor.select().where(Visitor.phone.in_(phones[start:start + 900])):
                known[v.phone] = v
        newcomers, remembered = [], set()
        for index, row in enumerate(result.rows):
            if progress and index % 1000 == 0:
                progress(index, len(result.rows))
            person = known.get(row.phone)
            if person is None:
                newcomers.append(VisitorDetails(
                    name=row.name, phone=row.phone, group=row.group, platform=row.platform,
                    party_member=bool(row.party_member), volunteer=bool(row.volunteer),
                    volunteer_team=row.team or "", notes=row.notes or "",
                    registered_on=date.fromisoformat(row.registered) if row.registered else None))
                continue
            if row.platform and row.platform not in remembered:  # a query each: once per name
                remember_platform(row.platform)
                remembered.add(row.platform)
            changes = _changes(person, row)
            if changes:
                if "name" in changes:
                    changes["search_key"] = search_key(changes["name"])
                Visitor.update(**changes).where(Visitor.id == person.id).execute()
                result.updated += 1
            else:
                result.unchanged += 1
        result.added = len(register_many(newcomers, source="roster"))
        batch = ImportBatch.create(kind="roster", file_name=path.name,
                                   sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                                   rows_added=result.added, rows_updated=result.updated,
                                   imported_at=stamp)
        audit.record("import", "roster", batch.id, new={
            "file": path.name, "added": result.added, "updated": result.updated})
    result.imported = True
    return result


def _changes(person: Visitor, row: RosterRow) -> dict:
    """What the roster says differently (blank cells never erase what is known)."""
    wanted = {"name": row.name, "group": row.group}
    if row.platform:
        wanted["platform"] = row.platform
    for name in ("party_member", "volunteer"):
        if getattr(row, name) is not None:
            wanted[name] = getattr(row, name)
    if row.team:
        wanted["volunteer_team"] = row.team
    if row.registered:
        wanted["registered_on"] = row.registered
    if row.notes:
        wanted["notes"] = row.notes
    current = {key: getattr(person, "group_code" if key == "group" else key) for key in wanted}
    return {key: value for key, value in wanted.items() if current[key] != value}
