"""The workbook's ledger, appeals and activities sheets, and what all its sheets share:
formats made once, A4 print setup, Excel dates.

A busy month is ~30,000 ledger rows (~250,000 cells). XlsxWriter's plain mode is used:
measured, it is faster here than constant_memory (repeated strings such as group and service
names go once into the shared string table instead of being escaped in every cell), and a
month of cells is a few tens of MB at most. Ledger cells take their number formats from
their column, empty cells are not written, and each cell is one public write_* call.
"""
from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from collections import deque
from typing import Callable, Iterable, Iterator, Sequence

import xlsxwriter

from keeper.core.importing import UNDO_REASON
from keeper.core.ledger_query import VisitRow, month_rows
from keeper.core.stats import MonthSummary
from keeper.core.visitors import mask_phones_in
from keeper.reports import labels

_EPOCH = date(1899, 12, 30).toordinal()  # Excel's day 0 (1900 date system)
LINE_HEIGHT = 15  # points, one line of the default 11-point font
_PROGRESS_EVERY = 2000
A4 = 9  # Excel's paper code


class Formats:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        add = book.add_format
        self.title = add({"bold": True, "font_size": 16})
        self.section = add({"bold": True, "font_size": 12, "font_color": "#1F4E79"})
        self.label = add({"bold": True})
        self.head = add({"bold": True, "bg_color": "#DDEBF7", "border": 1, "valign": "top",
                         "text_wrap": True})
        self.text = add({"border": 1})
        self.integer = add({"num_format": "#,##0", "border": 1})
        self.decimal = add({"num_format": "#,##0.0", "border": 1})
        self.share = add({"num_format": "0.0%", "border": 1})
        self.change = add({"num_format": "+0.0%;-0.0%;0.0%", "border": 1})
        self.day = add({"num_format": "yyyy-mm-dd", "border": 1})
        self.total = add({"bold": True, "border": 1, "top": 2})
        self.total_integer = add({"bold": True, "num_format": "#,##0", "border": 1, "top": 2})
        self.note = add({"italic": True, "font_color": "#595959"})
        self.wrap = add({"text_wrap": True, "valign": "top"})
        # Ledger columns (cells written without a format take their column's).
        self.col_date = add({"num_format": "yyyy-mm-dd", "valign": "top"})
        self.top = add({"valign": "top"})  # the columns of the appeals and activities
        self.col_time = add({"num_format": "hh:mm"})
        self.void_text = add({"font_color": "#A6A6A6", "font_strikeout": True})
        self.void_date = add({"num_format": "yyyy-mm-dd", "font_color": "#A6A6A6",
                              "font_strikeout": True})
        self.void_time = add({"num_format": "hh:mm", "font_color": "#A6A6A6",
                              "font_strikeout": True})
        self.void_state = add({"bold": True, "font_color": "#C00000", "valign": "top"})


@dataclass(frozen=True)
class Context:
    t: dict[str, str]  # the labels in the workbook's language
    fmt: Formats
    station_name: str
    title: str
    language: str
    categories: dict[str, str]  # appeal category names by code
    types: dict[str, str]  # activity type names by code


def text_lines(text: str, width: float, *, bold: bool = False) -> int:
    """About how many lines ``text`` wraps to in a column ``width`` characters wide (a
    Chinese character is two). Excel fits row heights when it opens a file, but not every
    spreadsheet program does, so rows with wrapped text get their height from this."""
    usable = max(width - 1, 1) / (1.1 if bold else 1.0)
    lines = 0
    for part in str(text).split("\n"):
        wide = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in part)
        lines += max(1, math.ceil(wide / usable))
    return lines


def header_row(sheet, row: int, headers: Sequence[str], widths: Sequence[float],
               fmt: Formats) -> None:
    """A bold header row, tall enough for its longest header wrapped in its column."""
    sheet.write_row(row, 0, headers, fmt.head)
    lines = max(text_lines(text, width, bold=True) for text, width in zip(headers, widths))
    if lines > 1:
        sheet.set_row(row, LINE_HEIGHT * min(lines, 3) + 2)


def serial(iso_day: str) -> int:
    return date.fromisoformat(iso_day).toordinal() - _EPOCH


def _time_fraction(text: str | None) -> float | None:
    if not text:
        return None
    return (int(text[:2]) * 60 + int(text[3:5])) / 1440


def print_setup(sheet, context: Context, *, landscape: bool,
                repeat_header: int | None = None) -> None:
    sheet.set_paper(A4)
    if landscape:
        sheet.set_landscape()
    else:
        sheet.set_portrait()
    sheet.fit_to_pages(1, 0)  # one page wide, as many tall as needed
    sheet.set_margins(left=0.5, right=0.5, top=0.75, bottom=0.75)
    if repeat_header is not None:
        sheet.repeat_rows(repeat_header)
    escape = lambda text: text.replace("&", "&&")  # noqa: E731 ("&" starts a code in headers)
    sheet.set_header(f"&L{escape(context.station_name)}&R{escape(context.title)}"[:255])
    sheet.set_footer("&C" + escape(context.t["page"]).replace("{page}", "&P")
                     .replace("{pages}", "&N"))


def _by_row_and_column(method: Callable) -> Callable:
    """An XlsxWriter write_* method without its wrapper, which first tries to read the
    "B3" notation from the first argument: the ledger passes row and column numbers,
    so the method beneath (kept by functools.wraps) does the same work with the same
    result, ~0.3 µs less per cell (55 ms of a 28,000-visit month). Where a version has
    no such wrapper, the method as it is."""
    inner = getattr(method, "__wrapped__", None)
    return inner.__get__(method.__self__) if inner is not None else method


def _drained(rows: Iterable[VisitRow]) -> Iterator[VisitRow]:
    """A deque's rows, each let go as it is handed over; any other iterable as it is."""
    if not isinstance(rows, deque):
        yield from rows
        return
    while rows:
        yield rows.popleft()


def write_ledger(sheet, summary: MonthSummary, service_names: dict[str, str],
                 group_names: dict[str, str], full_details: bool,
                 progress: Callable[[int], None] | None, context: Context,
                 visits: Iterable[VisitRow] | None = None) -> int:
    """Without ``full_details`` (the district's copy): no visitor, note or reason voided
    (names and free text); with them, phones in notes are still masked. ``visits``: the
    month's rows when the caller has read them already."""
    t, fmt, language = context.t, context.fmt, context.language
    full = full_details
    columns = (("entry_no", 9, None), ("date", 11, fmt.col_date), ("time", 7, fmt.col_time),
               ("group", 12, None), ("services", 24, None), ("count", 6, None),
               *((("visitor", 20, None),) if full else ()), ("platform", 10, None),
               *((("note", 30, None),) if full else ()), ("state", 8, None),
               *((("void_reason", 20, None),) if full else ()))
    longest = sorted(service_names.values(), key=display_width)[-2:]
    joiner = "、" if labels.is_chinese(language) else ", "
    widths = dict(fitted([(key, width) for key, width, _ in columns], t, {
        "group": list(group_names.values()), "services": [joiner.join(longest)],
        "state": [t["state_ok"], t["state_voided"], t["state_amended"]]}))
    for col, (key, _, column_format) in enumerate(columns):
        sheet.set_column(col, col, widths[key], column_format)
    header_row(sheet, 0, [t[key] for key, *_ in columns], [widths[k] for k, *_ in columns], fmt)
    sheet.freeze_panes(1, 0)
    print_setup(sheet, context, landscape=True, repeat_header=0)
    at = {key: col for col, (key, *_) in enumerate(columns)}
    platform_col, state_col = at["platform"], at["state"]
    ok, voided, amended = t["state_ok"], t["state_voided"], t["state_amended"]
    expected = max(summary.entries, 1)
    # The per-cell calls, not write_row: its type dispatch costs a fifth of the sheet.
    write_row, number, string = (sheet.write_row, _by_row_and_column(sheet.write_number),
                                 _by_row_and_column(sheet.write_string))
    # A month has ~30 dates, ~1,440 times and a few dozen service combinations: convert each once.
    days: dict[str, int] = {}
    moments: dict[str | None, float | None] = {}
    services_text: dict[tuple[str, ...], str] = {}
    order = {code: index for index, code in enumerate(service_names)}
    row = 0
    for entry in month_rows(summary.month) if visits is None else _drained(visits):
        row += 1
        day = days.get(entry.date)
        if day is None:
            day = days[entry.date] = serial(entry.date)
        try:
            moment = moments[entry.time]
        except KeyError:
            moment = moments[entry.time] = _time_fraction(entry.time)
        services = services_text.get(entry.services)
        if services is None:
            services = services_text[entry.services] = joiner.join(  # in tile order
                service_names.get(code, code) for code in sorted(
                    entry.services, key=lambda code: (order.get(code, len(order)), code)))
        group = group_names.get(entry.group, entry.group)
        if full:
            visitor = entry.visitor_shown(True) if entry.visitor_id is not None else ""
            note = mask_phones_in(entry.note)
        if entry.voided:
            number(row, 0, entry.id, fmt.void_text)
            number(row, 1, day, fmt.void_date)
            if moment is not None:
                number(row, 2, moment, fmt.void_time)
            write_row(row, 3, (group, services, entry.count, visitor, entry.platform, note)
                      if full else (group, services, entry.count, entry.platform),
                      fmt.void_text)
            reason = t["import_undone"] if entry.void_reason == UNDO_REASON \
                else mask_phones_in(entry.void_reason)
            write_row(row, state_col, (voided, reason) if full else (voided,), fmt.void_state)
        else:
            number(row, 0, entry.id)
            number(row, 1, day)
            if moment is not None:
                number(row, 2, moment)
            string(row, 3, group)
            string(row, 4, services)
            number(row, 5, entry.count)
            if full and visitor:
                string(row, 6, visitor)
            if entry.platform:
                string(row, platform_col, entry.platform)
            if full and note:
                string(row, 8, note)
            string(row, state_col, amended if entry.amended else ok)
        if progress and row % _PROGRESS_EVERY == 0:
            progress(min(99, row * 100 // expected))
    sheet.autofilter(0, 0, max(row, 1), len(columns) - 1)
    return row


def _record_sheet(sheet, records, columns, none_text, context, write) -> None:
    t, fmt = context.t, context.fmt
    for col, (_, width) in enumerate(columns):
        sheet.set_column(col, col, width, fmt.top)
    header_row(sheet, 0, [t[key] for key, _ in columns], [w for _, w in columns], fmt)
    sheet.freeze_panes(1, 0)
    print_setup(sheet, context, landscape=True, repeat_header=0)
    if not records:
        sheet.write_string(1, 0, none_text, fmt.note)
        return
    for row, record in enumerate(records, 1):
        write(row, record)
    sheet.autofilter(0, 0, len(records), len(columns) - 1)


def _date_cell(sheet, row, col, value, fmt) -> None:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        sheet.write_number(row, col, value.toordinal() - _EPOCH, fmt.col_date)
    elif isinstance(value, str) and len(value) >= 10 and value[4] == "-":
        try:
            sheet.write_number(row, col, serial(value[:10]), fmt.col_date)
        except ValueError:
            sheet.write_string(row, col, value)
    elif value:
        sheet.write_string(row, col, str(value))


def display_width(text: str) -> int:
    """Columns ``text`` takes in a spreadsheet cell: a Chinese character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(text))


def fitted(columns, t: dict[str, str], samples: dict[str, Sequence[str]] | None = None):
    """Column widths wide enough for the header (plus the filter button) and the given
    values, in the workbook's language: English names are longer than Chinese ones."""
    samples = samples or {}
    return tuple((key, max(width, display_width(t[key]) + 3,
                           *(display_width(text) + 2 for text in samples.get(key, ()))))
                 for key, width in columns)


def write_appeals(sheet, appeals: list[dict], group_names: dict[str, str],
                  context: Context, full_details: bool = False) -> None:
    """Without ``full_details`` (the district's copy) no free text: not the description,
    not to whom it was referred (either may name people)."""
    t, fmt = context.t, context.fmt
    words = (("description", 44),) if full_details else ()
    referred = (("referred_to", 16),) if full_details else ()
    columns = fitted((("number", 8), ("date", 11), ("category", 12), ("group", 12), *words,
                      ("urgency", 9), ("status", 10), *referred, ("resolved_on", 11),
                      ("overdue", 8)), t,
                     {"category": list(context.categories.values()),
                      "group": list(group_names.values()),
                      "status": [t[f"status_{s}"] for s in ("recorded", "referred",
                                                            "resolved", "followed_up")]})
    at = {key: col for col, (key, _) in enumerate(columns)}

    def write(row, appeal):
        sheet.write(row, 0, appeal.get("id"))
        _date_cell(sheet, row, 1, appeal.get("date"), fmt)
        group, category = appeal.get("group") or "", str(appeal.get("category") or "")
        sheet.write_row(row, 2, (context.categories.get(category, category),
                                 group_names.get(group, group)))
        if full_details:
            description = mask_phones_in(str(appeal.get("description") or ""))
            sheet.write_string(row, at["description"], description, fmt.wrap)
            sheet.set_row(row, LINE_HEIGHT * min(text_lines(description, 44), 12) + 2)
            sheet.write_string(row, at["referred_to"],
                               mask_phones_in(str(appeal.get("referred_to") or "")))
        sheet.write_row(row, at["urgency"], (
            labels.code_name(t, "urgency", appeal.get("urgency")),
            labels.code_name(t, "status", appeal.get("status"))))
        _date_cell(sheet, row, at["resolved_on"], appeal.get("resolved_on"), fmt)
        if appeal.get("overdue"):
            sheet.write_string(row, at["overdue"], t["yes"], fmt.void_state)

    _record_sheet(sheet, appeals, columns, t["no_appeals"], context, write)


def write_activities(sheet, activities: list[dict], context: Context,
                     full_details: bool = False) -> None:
    """The story (free text that names people) only in the station's full-details copy."""
    t, fmt = context.t, context.fmt
    columns = fitted((("number", 8), ("date", 11), ("type", 12), ("activity_title", 28),
                      ("participants", 10), ("volunteer_hours", 12), ("people_helped", 10),
                      *((("story", 60),) if full_details else ())), t,
                     {"type": list(context.types.values())})

    def write(row, activity):
        sheet.write(row, 0, activity.get("id"))
        _date_cell(sheet, row, 1, activity.get("date"), fmt)
        kind = str(activity.get("type") or "")
        sheet.write_row(row, 2, (context.types.get(kind, kind),
                                 mask_phones_in(str(activity.get("title") or ""))))
        for col, key in ((4, "participants"), (5, "volunteer_hours"), (6, "people_helped")):
            value = activity.get(key)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                sheet.write_number(row, col, value)
        if full_details:
            story = mask_phones_in(str(activity.get("story") or ""))
            sheet.write_string(row, 7, story, fmt.wrap)
            sheet.set_row(row, LINE_HEIGHT * min(text_lines(story, 60), 12) + 2)

    _record_sheet(sheet, activities, columns, t["no_activities"], context, write)
