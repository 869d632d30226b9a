"""Importing a roster of registered workers (花名册) from CSV or xlsx.

Rows are matched by phone: a new phone registers a new visitor, a known one updates that
record. Every bad row is reported with its spreadsheet row number; with any bad row
nothing is imported (a roster half imported is worse than none).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from itertools import chain, compress, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, NamedTuple

from keeper.core import audit, catalog, clock
from keeper.core.directory import (
    PERSON_FIELDS,
    known_phones,
    register_columns,
    remember_platform,
    search_key,
)
from keeper.core.import_rows import Memo, Message, parse_date, parse_phone
from keeper.core.tabular import read_table, rows_in_flight
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


class RosterRow(NamedTuple):
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
    rejected: list[tuple[int, Message]] = field(default_factory=list)
    warnings: list[tuple[int, Message]] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)  # header -> field understood
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    imported: bool = False
    sha256: str = ""  # of the file as read: what the import records
    # The right rows, one list per field of RosterRow: an import writes them as they are;
    # ``rows`` puts them together when someone looks (the preview).
    values: tuple[list, ...] = field(default=(), repr=False)
    _rows: list[RosterRow] | None = field(default=None, repr=False)

    @property
    def rows(self) -> list[RosterRow]:
        if self._rows is None:
            # tuple.__new__ is what RosterRow._make calls, without a Python call per row.
            self._rows = list(map(tuple.__new__, repeat(RosterRow), zip(*self.values)))
        return self._rows


def _flag(value: Any) -> bool | None | Message:
    """True or False, or the problem (None: the column is absent)."""
    key = _key(value)
    if key in _YES:
        return True
    if key in _NO or key == "":
        return False
    return _reason(QT_TRANSLATE_NOOP("Import", "\"{text}\" is not yes or no (是/否)"),
                   text=str(value))


def _phone(value: Any) -> str | None | Message:
    """The normalised phone, None for an empty cell, or the problem."""
    phone, problem = parse_phone(value)
    return problem or phone


# A phone as typed most of the time: ``normalise_phone`` would give it back unchanged.
_PLAIN_MOBILE = re.compile("1[3-9][0-9]{9}").fullmatch
_PLAIN_MOBILES = re.compile("(?:1[3-9][0-9]{9}\x00)*1[3-9][0-9]{9}").fullmatch


def read_roster(path: str | Path) -> RosterResult:
    """Read and check every row; nothing is stored."""
    with rows_in_flight():
        return _read(path)


def _read(path: str | Path) -> RosterResult:
    """Column by column: each distinct text of a column is understood once (the file's cells
    are NFKC-normalised and stripped already, by ``read_table``), then each wrong row's first
    problem is found in the order name, phone, party member, volunteer, date, as the
    attendant reads a row left to right."""
    table = read_table(path, _is_header)
    fields = {index: _FIELD.get(_key(h)) for index, h in enumerate(table.headers)}
    result = RosterResult(columns={h: fields[i] or "" for i, h in enumerate(table.headers)},
                          sha256=table.sha256)
    present = set(fields.values())
    missing = [name for name in ("name", "phone") if name not in present]
    if missing:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The roster has no {column} column (e.g. 姓名, 手机号)."),
            column=", ".join(missing))
    # Rows are at least as wide as the header; two columns of one kind: the last one counts.
    where = {name: index for index, name in fields.items() if name}
    numbers = list(map(itemgetter(0), table.rows))
    cells = list(map(itemgetter(1), table.rows))
    count = len(cells)
    text_only = table.kind == "csv"  # an .xlsx may hold numbers, where 1 == 1.0 == True

    def column(name: str, work: Callable[[Any], Any], absent: Any) -> list:
        if name not in where:
            return [absent] * count
        values = map(itemgetter(where[name]), cells)
        return list(map(Memo(work).__getitem__ if text_only else work, values))

    # Names are all different: no use remembering them.
    names = [" ".join(str(v or "").split()) for v in map(itemgetter(where["name"]), cells)]
    odd_phones: list = []  # not plain: empty, to be normalised or wrong

    def phone(value: Any) -> str | None | Message:
        found = _phone(value)
        odd_phones.append(found)
        return found

    phones = list(map(itemgetter(where["phone"]), cells))
    # A file's text has no NUL (read_table refuses it): joined by NULs, one pass says
    # whether every phone is plain.
    if not (text_only and _PLAIN_MOBILES("\x00".join(phones))):
        phones = [v if v.__class__ is str and _PLAIN_MOBILE(v) else phone(v) for v in phones]
    groups = Memo(lambda text: catalog.resolve_group(text) if text else "other")
    group_codes = column("group", lambda v: groups[str(v or "").strip()], "other")
    flags = Memo(_flag)
    party = column("party_member", flags.__getitem__ if text_only else _flag, None)
    volunteer = column("volunteer", flags.__getitem__ if text_only else _flag, None)
    # A roster repeats its dates (a whole team registered the same day): each text is
    # understood once, against one "today" for the whole file.
    today = clock.today().isoformat()

    def registered_on(value: Any) -> str | None | Message:
        if value in (None, ""):
            return None
        registered, _time, problem = parse_date(value)
        if problem:
            return problem
        if registered > today:
            return _reason(QT_TRANSLATE_NOOP("Import", "the date {text} is in the future"),
                           text=registered)
        return registered

    dates = Memo(registered_on)
    registered = (list(map(dates.__getitem__, map(itemgetter(where["registered"]), cells)))
                  if "registered" in where else [None] * count)
    platforms = column("platform", lambda v: " ".join(str(v or "").split()), "")
    teams = column("team", lambda v: str(v or "").strip(), None)
    notes = column("notes", lambda v: str(v or "").strip(), None)

    if None in groups.values():  # an unknown group: a warning on each of its rows
        for number, code, text in zip(numbers, group_codes,
                                      map(itemgetter(where["group"]), cells)):
            if code is None:
                result.warnings.append((number, _reason(QT_TRANSLATE_NOOP(
                    "Import", "unknown group \"{text}\": stored as other"),
                    text=str(text or "").strip())))
        group_codes = ["other" if code is None else code for code in group_codes]
    # Most files are right: then every name is there, every phone plain and different, and
    # no flag or date went wrong (each was understood once), with no need to look row by row.
    right = (all(names) and all(p.__class__ is str for p in odd_phones)
             and len(set(phones)) == count
             and all(v.__class__ is not Message for v in chain(
                 flags.values() if text_only else chain(party, volunteer), dates.values())))
    keep = None if right else _first_problems(result, numbers, names, phones, party, volunteer,
                                              registered)
    values = (numbers, names, phones, group_codes, platforms, party, volunteer, teams,
              registered, notes)
    result.values = values if keep is None else tuple(list(compress(v, keep)) for v in values)
    return result


def _first_problems(result: RosterResult, numbers: list, names: list, phones: list,
                    party: list, volunteer: list, registered: list) -> list[bool]:
    """Each wrong row's first problem, in the order the attendant reads a row; a phone
    counts as taken by the first right row that has it. Returns which rows are right."""
    keep = [True] * len(numbers)
    seen: dict[str, int] = {}
    for at, (number, name, phone, flag1, flag2, day) in enumerate(
            zip(numbers, names, phones, party, volunteer, registered)):
        if (name and phone.__class__ is str and phone not in seen and flag1.__class__ is not
                Message and flag2.__class__ is not Message and day.__class__ is not Message):
            seen[phone] = number
            continue
        keep[at] = False
        if not name:
            problem = _reason(QT_TRANSLATE_NOOP("Import", "the name is missing"))
        elif phone.__class__ is Message:
            problem = phone
        elif phone is None:
            problem = _reason(QT_TRANSLATE_NOOP("Import", "the phone is missing"))
        elif phone in seen:
            problem = _reason(QT_TRANSLATE_NOOP(
                "Import", "the phone is also on row {row}"), row=seen[phone])
        else:
            problem = next(v for v in (flag1, flag2, day) if v.__class__ is Message)
        result.rejected.append((number, problem))
    return keep


def import_roster(path: str | Path, *, dry_run: bool = False,
                  progress: Callable[[int, int], None] | None = None) -> RosterResult:
    """Import (all or nothing). Returns the result; ``imported`` is False when any row was
    rejected or in a dry run."""
    path = Path(path)
    with rows_in_flight():
        result = _read(path)
        if not (result.rejected or dry_run):
            _store(result, path, progress)
    return result


def _store(result: RosterResult, path: Path,
           progress: Callable[[int, int], None] | None) -> None:
    stamp = clock.stamp()
    count = len(result.values[0]) if result.values else 0
    with database.atomic():
        known = {}
        found = list(known_phones(result.values[2] if count else []))
        for start in range(0, len(found), 900):
            for v in Visitor.select().where(Visitor.phone.in_(found[start:start + 900])):
                known[v.phone] = v
        newcomers, remembered = [], set()
        rows = result.rows if known else []  # someone known: row by row
        for start in range(0, count, 1000):
            if progress:
                progress(start, count)
            if not known:
                continue
            for row in rows[start:start + 1000]:
                person = known.get(row.phone)
                if person is None:
                    newcomers.append(row)
                    continue
                if row.platform and row.platform not in remembered:  # a query each: once
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
        result.added = len(_register(result.values if not known else tuple(zip(*newcomers)),
                                     len(newcomers) if known else count))
        batch = ImportBatch.create(kind="roster", file_name=path.name, sha256=result.sha256,
                                   rows_added=result.added, rows_updated=result.updated,
                                   imported_at=stamp)
        audit.record("import", "roster", batch.id, new={
            "file": path.name, "added": result.added, "updated": result.updated})
    result.imported = True


def _register(values: tuple, count: int) -> range:
    """New people (RosterRow's fields, a sequence each), as the form registers them: blank
    flags are no, a blank date is today."""
    if not count:
        return register_columns({key: [] for key in PERSON_FIELDS}, source="roster")
    _, name, phone, group, platform, party, volunteer, team, registered, notes = values
    today = clock.today().isoformat()
    return register_columns({
        "name": name, "phone": phone, "group": group, "platform": platform,
        "party_member": list(map(bool, party)), "volunteer": list(map(bool, volunteer)),
        "volunteer_team": [t or "" for t in team],
        "registered_on": [day or today for day in registered], "consent_on": [None] * count,
        "notes": [n or "" for n in notes]}, source="roster")


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
