"""Understanding the rows of a legacy ledger (DESIGN §3 "Legacy ledger import").

Each distinct cell text is understood once and remembered: a 100,000-row ledger has a
few hundred distinct dates and a handful of service spellings, so the per-row work is a
few dictionary look-ups. Reasons are untranslated texts (context "Import") with named
fields; the CLI and the GUI translate them.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Callable, NamedTuple

from keeper.core import catalog
from keeper.core.ledger import MAX_COUNT, MAX_NOTE
from keeper.core.visitors import normalise_phone
from keeper.errors import QT_TRANSLATE_NOOP

# The column names of DESIGN §3, compared without case and spaces.
HEADER_WORDS = {
    "date": ("日期", "登记日期", "date"),
    "time": ("时间", "到站时间", "time"),
    "datetime": ("日期时间", "datetime", "date time"),
    "name": ("姓名", "name"),
    "phone": ("电话", "手机", "手机号", "联系电话", "phone"),
    "group": ("身份", "群体", "人员类别", "职业", "group"),
    "platform": ("平台", "所属平台", "单位", "工作单位", "platform"),
    "services": ("服务项目", "服务内容", "服务", "services", "service"),
    "count": ("人次", "人数", "count"),
    "notes": ("备注", "notes", "note"),
}
FIELD_LABELS = {
    "date": QT_TRANSLATE_NOOP("Import", "date"),
    "time": QT_TRANSLATE_NOOP("Import", "time"),
    "datetime": QT_TRANSLATE_NOOP("Import", "date and time"),
    "name": QT_TRANSLATE_NOOP("Import", "name"),
    "phone": QT_TRANSLATE_NOOP("Import", "phone"),
    "group": QT_TRANSLATE_NOOP("Import", "group"),
    "platform": QT_TRANSLATE_NOOP("Import", "platform"),
    "services": QT_TRANSLATE_NOOP("Import", "services"),
    "count": QT_TRANSLATE_NOOP("Import", "count"),
    "notes": QT_TRANSLATE_NOOP("Import", "notes"),
}
IGNORED_LABEL = QT_TRANSLATE_NOOP("Import", "ignored")

SERVICE_SPLIT = re.compile(r"\s*[、,，;；/+]\s*")  # and spaces, see _parse_services
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                   r"(?:(?:[\sT]+|(?=\())(.+))?$")
_WEEKDAY = re.compile(r"[(（]?(?:星期|周|礼拜)[一二三四五六日天七][)）]?")  # paper sheets add it
_COMPACT_DATE = re.compile(r"((?:19|20)\d{2})(\d{2})(\d{2})$")
_TIME = re.compile(r"(\d{1,2})\s*[:时点]\s*(\d{1,2})?\s*(?:[:分]\s*(?:(\d{1,2})\s*秒?)?)?$")
_COUNT = re.compile(r"(\d{1,6})(?:\.0+)?\s*(?:人次|人)?$")
_FUTURE_TOLERANCE = timedelta(minutes=5)  # as the ledger: a PC clock a little behind
_EXCEL_EPOCH = datetime(1899, 12, 30)
_OLDEST_YEAR = 2000  # 驿站 are recent: an older year is a typo, not a visit


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(text.split()).casefold().strip("*:")


_FIELD_OF = {_key(word): name for name, words in HEADER_WORDS.items() for word in words}


def field_of(header: Any) -> str | None:
    return _FIELD_OF.get(_key(header)) if isinstance(header, str) and header else None


def looks_like_header(cells: list) -> bool:
    """A header names at least two known columns (a title row above it names none)."""
    return sum(1 for c in cells if field_of(c)) >= 2


@dataclass(frozen=True)
class Message:
    """An untranslated text with named fields; ``message(translate)`` says it."""

    text: str
    params: dict = field(default_factory=dict)
    context: str = "Import"

    def message(self, translate: Callable[[str, str], str] = lambda c, t: t) -> str:
        return translate(self.context, self.text).format(**self.params)


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    field: str | None  # None: ignored (unknown, or a second column of the same kind)


def map_columns(headers: list[str]) -> list[Column]:
    seen: set[str] = set()
    columns = []
    for index, header in enumerate(headers):
        name = field_of(header)
        if name in seen:
            name = None
        if name:
            seen.add(name)
        columns.append(Column(index, header, name))
    return columns


class Row(NamedTuple):
    """A ledger row as it will be stored."""

    number: int  # the spreadsheet row
    date: str  # YYYY-MM-DD
    time: str | None  # HH:MM, None when the ledger gave no time
    group: str
    services: tuple[str, ...]
    count: int
    phone: str | None
    name: str
    platform: str
    note: str

    def content(self) -> str:
        """What makes two rows the same visit (the import key hashes it)."""
        return "\x1f".join((self.date, self.time or "", self.group, ",".join(sorted(
            self.services)), str(self.count), self.phone or "", self.name, self.platform,
            self.note))


class Rejection(NamedTuple):
    number: int
    reason: Message
    values: list


def _reason(source: str, /, **params: Any) -> Message:
    return Message(source, params)


NO_DATE = _reason(QT_TRANSLATE_NOOP("Import", "the date is missing"))
NO_SERVICE = _reason(QT_TRANSLATE_NOOP("Import", "no service is given"))


def _shown(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def parse_time(value: Any) -> tuple[str | None, Message | None]:
    """HH:MM from 14:05, 14:05:30, 9:05, 14时05分, an Excel time cell (seconds dropped)."""
    if value == "" or value is None:
        return None, None
    if isinstance(value, datetime):
        value = value.time()
    elif isinstance(value, timedelta) and timedelta(0) <= value < timedelta(days=1):
        value = (datetime.min + value).time()
    elif isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 1:
        value = (datetime.min + timedelta(days=value)).time()  # an unformatted Excel time
    if isinstance(value, time):
        return value.strftime("%H:%M"), None
    match = _TIME.match(str(value)) if isinstance(value, str) else None
    if match:
        hours, minutes, seconds = (int(g or 0) for g in match.groups())
        if hours < 24 and minutes < 60 and seconds < 60:
            return f"{hours:02d}:{minutes:02d}", None
    return None, _reason(QT_TRANSLATE_NOOP(
        "Import", "\"{text}\" is not a time of day (write it as 14:05)"), text=_shown(value))


def parse_date(value: Any) -> tuple[str | None, str | None, Message | None]:
    """(YYYY-MM-DD, HH:MM or None, reason) from the forms of DESIGN §3 or an Excel cell.
    A time written after the date (2026/10/3 14:05, as Excel exports dates) is kept."""
    if value == "" or value is None:
        return None, None, NO_DATE
    clock_time = None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 20000 < value < 80000:
        value = _EXCEL_EPOCH + timedelta(days=value)  # a date cell that lost its format
    if isinstance(value, datetime):
        if value.time() != time(0, 0):
            clock_time = value.strftime("%H:%M")
        value = value.date()
    if isinstance(value, date):
        day = value
    else:
        text = str(value).strip() if isinstance(value, str) else _shown(value)
        match = _DATE.match(text) or _COMPACT_DATE.match(text)
        if not match:
            return None, None, _reason(QT_TRANSLATE_NOOP(
                "Import", "\"{text}\" is not a date (write it as 2026-10-03)"), text=text)
        year, month, day_no = (int(g) for g in match.groups()[:3])
        rest = _WEEKDAY.sub("", match.group(4) or "").strip() if match.re is _DATE else None
        try:
            day = date(year, month, day_no)
        except ValueError:
            day = None
        if rest:
            clock_time, problem = parse_time(rest)
            if problem:
                return None, None, problem
        if day is None:
            return None, None, _reason(QT_TRANSLATE_NOOP(
                "Import", "the date \"{text}\" does not exist"), text=text)
    if day.year < _OLDEST_YEAR:
        return None, None, _reason(QT_TRANSLATE_NOOP(
            "Import", "the date \"{text}\" does not exist"), text=day.isoformat())
    return day.isoformat(), clock_time, None


def parse_count(value: Any) -> tuple[int | None, Message | None]:
    if value == "" or value is None:
        return 1, None
    number = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float):
        number = int(value) if value.is_integer() else None
    else:
        match = _COUNT.match(str(value))
        number = int(match.group(1)) if match else None
    if number is None or not 1 <= number <= MAX_COUNT:
        return None, _reason(QT_TRANSLATE_NOOP(
            "Import", "the count \"{text}\" is not a whole number from 1 to {max}"),
            text=_shown(value), max=MAX_COUNT)
    return number, None


def parse_phone(value: Any) -> tuple[str | None, Message | None]:
    if value == "" or value is None:
        return None, None
    text = _shown(value)  # Excel keeps 13812345678 as a number
    phone = normalise_phone(text)
    if phone is None:
        return None, _reason(QT_TRANSLATE_NOOP(
            "Import", "the phone \"{text}\" is not a valid mobile number"), text=text)
    return phone, None


class Memo(dict):
    """Works a value out on first sight; after that a look-up is one C-level dict access."""

    def __init__(self, work: Callable[[Any], Any]) -> None:
        super().__init__()
        self.work = work

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.work(key)
        return value


def _one_line(value: Any) -> str:
    return " ".join(_shown(value).split())


_ORDER = ("date", "datetime", "time", "services", "count", "phone", "name", "group",
          "platform", "notes")


class RowParser:
    """Turns the cells of one row into a Row or a Rejection, remembering what it learnt."""

    def __init__(self, columns: list[Column], now: datetime,
                 closed_months: frozenset[str] = frozenset()) -> None:
        index = {c.field: c.index for c in columns if c.field}
        self.closed_months = closed_months  # "YYYY-MM": their reports went to the district
        self.indices = tuple(index.get(name, -1) for name in _ORDER)  # -1: no such column
        self.group_header = next((c.header for c in columns if c.field == "group"), "")
        self.today = now.date().isoformat()
        limit = now + _FUTURE_TOLERANCE
        self.latest_time = limit.strftime("%H:%M") if limit.date() == now.date() else "24:00"
        self._dates = Memo(parse_date)
        self._times = Memo(parse_time)
        self._services = Memo(self._parse_services)
        self._service_words = Memo(catalog.resolve_service)
        self._groups = Memo(self._parse_group)
        self._counts = Memo(parse_count)
        self._phones = Memo(parse_phone)
        self._text = Memo(_one_line)
        self.unknown_groups: dict[str, list[int]] = {}  # text -> [rows], for one warning each
        self.names_without_phone = 0

    def _parse_services(self, value: Any) -> tuple:
        codes: list[str] = []
        resolve = self._service_words
        for part in SERVICE_SPLIT.split(_shown(value)):
            # "休息 一下" is one service; "喝水 休息" two: try the part whole, then its words.
            whole = resolve[part] if part else None
            for word in ([part] if whole else part.split()):
                code = whole or resolve[word]
                if code is None:
                    return None, _reason(QT_TRANSLATE_NOOP(
                        "Import", "unknown service \"{text}\""), text=word)
                if code not in codes:
                    codes.append(code)
        return (tuple(codes), None) if codes else (None, NO_SERVICE)

    def _parse_group(self, text: str) -> tuple[str, str | None]:
        if not text:
            return catalog.DEFAULT_GROUP, None
        code = catalog.resolve_group(text)
        return (code, None) if code else (catalog.DEFAULT_GROUP, text)

    def parse(self, number: int, cells: list) -> Row | Rejection:
        (i_date, i_datetime, i_time, i_services, i_count, i_phone, i_name, i_group,
         i_platform, i_notes) = self.indices
        raw = cells[i_date] if i_date >= 0 else ""
        if raw == "" and i_datetime >= 0:
            raw = cells[i_datetime]
        day, at, problem = self._dates[raw]
        if problem:
            return Rejection(number, problem, cells)
        if i_time >= 0 and cells[i_time] != "":
            at, problem = self._times[cells[i_time]]
            if problem:
                return Rejection(number, problem, cells)
        if day >= self.today and (day > self.today or (at or "") > self.latest_time):
            return Rejection(number, _reason(QT_TRANSLATE_NOOP(
                "Import", "the date {when} is in the future"),
                when=f"{day} {at}" if at else day), cells)
        if day[:7] in self.closed_months:
            return Rejection(number, _reason(QT_TRANSLATE_NOOP(
                "Import", "{month} is closed: its report went to the district (reopen the "
                          "month to add visits to it)"), month=day[:7]), cells)
        services, problem = self._services[cells[i_services]]
        if problem:
            return Rejection(number, problem, cells)
        count, problem = self._counts[cells[i_count]] if i_count >= 0 else (1, None)
        if problem:
            return Rejection(number, problem, cells)
        phone, problem = self._phones[cells[i_phone]] if i_phone >= 0 else (None, None)
        if problem:
            return Rejection(number, problem, cells)
        text = self._text
        name = text[cells[i_name]] if i_name >= 0 else ""
        if name and phone is None:
            self.names_without_phone += 1
        group, unknown = self._groups[text[cells[i_group]] if i_group >= 0 else ""]
        note = text[cells[i_notes]] if i_notes >= 0 else ""
        if unknown:
            self.unknown_groups.setdefault(unknown, []).append(number)
            # Nothing lost: the ledger's own word stays with the visit.
            note = "; ".join(part for part in (note, f"{self.group_header}: {unknown}") if part)
        if len(note) > MAX_NOTE:  # refused with its row, never cut in the workbook
            return Rejection(number, _reason(QT_TRANSLATE_NOOP(
                "Import", "the note has {length} characters (at most {max})"),
                length=len(note), max=MAX_NOTE), cells)
        platform = text[cells[i_platform]] if i_platform >= 0 else ""
        return Row(number, day, at, group, services, count, phone, name, platform, note)
