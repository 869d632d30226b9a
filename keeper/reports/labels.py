"""The monthly report's words, in the language asked for, and the small formats both
report writers share (month titles, numbers, changes against an earlier month).

A report is written in the language passed to it, which need not be the language the
window speaks (the CLI may export Chinese from an English session), so the words are looked
up in keeper_zh_CN.qm through a translator of our own rather than the installed ones.
The .ts is the one source of the Chinese (tests/unit/test_translations.py fails on a
string it lacks).
"""
from __future__ import annotations

from PySide6.QtCore import QTranslator

from keeper import paths
from keeper.errors import QT_TRANSLATE_NOOP

XLSX = "ReportXlsx"
PDF = "ReportPdf"

# key: the English source text; the Chinese is the .ts's (keeper_zh_CN.ts), nowhere else.
XLSX_LABELS = {
    "sheet_summary": QT_TRANSLATE_NOOP("ReportXlsx", "Summary"),
    "sheet_ledger": QT_TRANSLATE_NOOP("ReportXlsx", "Ledger"),
    "sheet_appeals": QT_TRANSLATE_NOOP("ReportXlsx", "Appeals"),
    "sheet_activities": QT_TRANSLATE_NOOP("ReportXlsx", "Activities"),
    "title": QT_TRANSLATE_NOOP("ReportXlsx", "Monthly report, {month}"),
    "station": QT_TRANSLATE_NOOP("ReportXlsx", "Station"),
    "code": QT_TRANSLATE_NOOP("ReportXlsx", "Station code"),
    "district": QT_TRANSLATE_NOOP("ReportXlsx", "District"),
    "address": QT_TRANSLATE_NOOP("ReportXlsx", "Address"),
    "month": QT_TRANSLATE_NOOP("ReportXlsx", "Month"),
    "key_figures": QT_TRANSLATE_NOOP("ReportXlsx", "Key figures"),
    "figure": QT_TRANSLATE_NOOP("ReportXlsx", "Figure"),
    "this_month": QT_TRANSLATE_NOOP("ReportXlsx", "This month"),
    "last_month": QT_TRANSLATE_NOOP("ReportXlsx", "Last month"),
    "vs_last_month": QT_TRANSLATE_NOOP("ReportXlsx", "Change vs last month"),
    "last_year": QT_TRANSLATE_NOOP("ReportXlsx", "Same month last year"),
    "vs_last_year": QT_TRANSLATE_NOOP("ReportXlsx", "Change vs last year"),
    "visits": QT_TRANSLATE_NOOP("ReportXlsx", "Visits (person-times)"),
    "visitors": QT_TRANSLATE_NOOP("ReportXlsx", "Registered visitors who came"),
    "new_registrations": QT_TRANSLATE_NOOP("ReportXlsx", "New registrations"),
    "entries": QT_TRANSLATE_NOOP("ReportXlsx", "Ledger entries"),
    "busiest_day": QT_TRANSLATE_NOOP("ReportXlsx", "Busiest day"),
    "busiest_hour": QT_TRANSLATE_NOOP("ReportXlsx", "Busiest hour"),
    "corrections": QT_TRANSLATE_NOOP("ReportXlsx", "Corrections since the previous revision"),
    "services": QT_TRANSLATE_NOOP("ReportXlsx", "Services"),
    "service": QT_TRANSLATE_NOOP("ReportXlsx", "Service"),
    "uses": QT_TRANSLATE_NOOP("ReportXlsx", "Uses"),
    "uses_note": QT_TRANSLATE_NOOP(
        "ReportXlsx", "Visits count the people served; uses count each service they had: a "
                 "rider who drinks water and rests is 1 visit and 2 uses."),
    "revision": QT_TRANSLATE_NOOP("ReportXlsx", "Revision"),
    "revision_text": QT_TRANSLATE_NOOP("ReportXlsx", "Revision {revision}"),
    "as_of": QT_TRANSLATE_NOOP("ReportXlsx", "Figures up to"),
    "share": QT_TRANSLATE_NOOP("ReportXlsx", "Share"),
    "groups": QT_TRANSLATE_NOOP("ReportXlsx", "Visitor groups"),
    "group": QT_TRANSLATE_NOOP("ReportXlsx", "Group"),
    "group_visits": QT_TRANSLATE_NOOP("ReportXlsx", "Visits"),
    "platforms": QT_TRANSLATE_NOOP("ReportXlsx", "Platforms"),
    "platform": QT_TRANSLATE_NOOP("ReportXlsx", "Platform"),
    "no_platforms": QT_TRANSLATE_NOOP("ReportXlsx", "No platform recorded this month."),
    "per_day": QT_TRANSLATE_NOOP("ReportXlsx", "Visits per day"),
    "per_hour": QT_TRANSLATE_NOOP("ReportXlsx", "Visits per hour"),
    "day": QT_TRANSLATE_NOOP("ReportXlsx", "Day"),
    "hour": QT_TRANSLATE_NOOP("ReportXlsx", "Hour"),
    "total": QT_TRANSLATE_NOOP("ReportXlsx", "Total"),
    "chart_services": QT_TRANSLATE_NOOP("ReportXlsx", "Uses per service"),
    "chart_groups": QT_TRANSLATE_NOOP("ReportXlsx", "Visits per group"),
    "appeals": QT_TRANSLATE_NOOP("ReportXlsx", "Appeals"),
    "received": QT_TRANSLATE_NOOP("ReportXlsx", "Received"),
    "resolved": QT_TRANSLATE_NOOP("ReportXlsx", "Resolved"),
    "open": QT_TRANSLATE_NOOP("ReportXlsx", "Open"),
    "overdue": QT_TRANSLATE_NOOP("ReportXlsx", "Overdue"),
    "by_category": QT_TRANSLATE_NOOP("ReportXlsx", "Category: {name}"),
    "activities": QT_TRANSLATE_NOOP("ReportXlsx", "Volunteer activities"),
    "activity_count": QT_TRANSLATE_NOOP("ReportXlsx", "Activities held"),
    "participants": QT_TRANSLATE_NOOP("ReportXlsx", "Participants"),
    "volunteer_hours": QT_TRANSLATE_NOOP("ReportXlsx", "Volunteer hours"),
    "by_type": QT_TRANSLATE_NOOP("ReportXlsx", "Type: {name}"),
    "entry_no": QT_TRANSLATE_NOOP("ReportXlsx", "Entry no."),
    "date": QT_TRANSLATE_NOOP("ReportXlsx", "Date"),
    "time": QT_TRANSLATE_NOOP("ReportXlsx", "Time"),
    "count": QT_TRANSLATE_NOOP("ReportXlsx", "Count"),
    "visitor": QT_TRANSLATE_NOOP("ReportXlsx", "Visitor"),
    "note": QT_TRANSLATE_NOOP("ReportXlsx", "Note"),
    "state": QT_TRANSLATE_NOOP("ReportXlsx", "State"),
    "void_reason": QT_TRANSLATE_NOOP("ReportXlsx", "Reason voided"),
    "state_ok": QT_TRANSLATE_NOOP("ReportXlsx", "Valid"),
    "state_voided": QT_TRANSLATE_NOOP("ReportXlsx", "Voided"),
    "import_undone": QT_TRANSLATE_NOOP("ReportXlsx", "import undone"),
    "state_amended": QT_TRANSLATE_NOOP("ReportXlsx", "Corrected"),
    "number": QT_TRANSLATE_NOOP("ReportXlsx", "No."),
    "category": QT_TRANSLATE_NOOP("ReportXlsx", "Category"),
    "description": QT_TRANSLATE_NOOP("ReportXlsx", "Description"),
    "urgency": QT_TRANSLATE_NOOP("ReportXlsx", "Urgency"),
    "status": QT_TRANSLATE_NOOP("ReportXlsx", "Status"),
    "referred_to": QT_TRANSLATE_NOOP("ReportXlsx", "Referred to"),
    "resolved_on": QT_TRANSLATE_NOOP("ReportXlsx", "Resolved on"),
    "yes": QT_TRANSLATE_NOOP("ReportXlsx", "Yes"),
    "type": QT_TRANSLATE_NOOP("ReportXlsx", "Type"),
    "activity_title": QT_TRANSLATE_NOOP("ReportXlsx", "Title"),
    "people_helped": QT_TRANSLATE_NOOP("ReportXlsx", "People helped"),
    "story": QT_TRANSLATE_NOOP("ReportXlsx", "Story"),
    "no_appeals": QT_TRANSLATE_NOOP("ReportXlsx", "No appeals this month."),
    "no_activities": QT_TRANSLATE_NOOP("ReportXlsx", "No activities this month."),
    "page": QT_TRANSLATE_NOOP("ReportXlsx", "Page {page} of {pages}"),
    "status_recorded": QT_TRANSLATE_NOOP("ReportXlsx", "Recorded"),
    "status_referred": QT_TRANSLATE_NOOP("ReportXlsx", "Referred"),
    "status_resolved": QT_TRANSLATE_NOOP("ReportXlsx", "Resolved"),
    "status_followed_up": QT_TRANSLATE_NOOP("ReportXlsx", "Followed up"),
    "urgency_low": QT_TRANSLATE_NOOP("ReportXlsx", "Low"),
    "urgency_normal": QT_TRANSLATE_NOOP("ReportXlsx", "Normal"),
    "urgency_high": QT_TRANSLATE_NOOP("ReportXlsx", "High"),
}

PDF_LABELS = {
    "title": QT_TRANSLATE_NOOP("ReportPdf", "Monthly report, {month}"),
    "code": QT_TRANSLATE_NOOP("ReportPdf", "Station code"),
    "district": QT_TRANSLATE_NOOP("ReportPdf", "District"),
    "address": QT_TRANSLATE_NOOP("ReportPdf", "Address"),
    "visits": QT_TRANSLATE_NOOP("ReportPdf", "Visits (person-times)"),
    "visitors": QT_TRANSLATE_NOOP("ReportPdf", "Registered visitors"),
    "new_registrations": QT_TRANSLATE_NOOP("ReportPdf", "New registrations"),
    "entries": QT_TRANSLATE_NOOP("ReportPdf", "Ledger entries"),
    "vs_last_month": QT_TRANSLATE_NOOP("ReportPdf", "vs last month"),
    "vs_last_year": QT_TRANSLATE_NOOP("ReportPdf", "vs last year"),
    "busiest": QT_TRANSLATE_NOOP(
        "ReportPdf", "Busiest day: {day} ({day_visits})   Busiest hour: {hour} ({hour_visits})"),
    "corrections": QT_TRANSLATE_NOOP(
        "ReportPdf", "Corrections since the previous revision: {count}"),
    "per_day": QT_TRANSLATE_NOOP("ReportPdf", "Visits per day"),
    "services": QT_TRANSLATE_NOOP("ReportPdf", "Services"),
    "uses": QT_TRANSLATE_NOOP("ReportPdf", "Uses"),
    "uses_note": QT_TRANSLATE_NOOP(
        "ReportPdf", "Visits count the people served; uses count each service they had: a "
                 "rider who drinks water and rests is 1 visit and 2 uses."),
    "revision": QT_TRANSLATE_NOOP("ReportPdf", "Revision {revision}"),
    "as_of": QT_TRANSLATE_NOOP("ReportPdf", "figures up to {day}"),
    "incomplete": QT_TRANSLATE_NOOP("ReportPdf", "month not over: a preview"),
    "group": QT_TRANSLATE_NOOP("ReportPdf", "Group"),
    "visit_count": QT_TRANSLATE_NOOP("ReportPdf", "Visits"),
    "share": QT_TRANSLATE_NOOP("ReportPdf", "Share"),
    "last_month": QT_TRANSLATE_NOOP("ReportPdf", "Last month"),
    "change": QT_TRANSLATE_NOOP("ReportPdf", "Change"),
    "groups": QT_TRANSLATE_NOOP("ReportPdf", "Visitor groups"),
    "platforms": QT_TRANSLATE_NOOP("ReportPdf", "Platforms"),
    "total": QT_TRANSLATE_NOOP("ReportPdf", "Total"),
    "appeals": QT_TRANSLATE_NOOP("ReportPdf", "Appeals"),
    "appeal_figures": QT_TRANSLATE_NOOP(
        "ReportPdf", "Received {received}, resolved {resolved}, open {open}, overdue {overdue}."),
    "open_appeals": QT_TRANSLATE_NOOP("ReportPdf", "Open and overdue appeals"),
    "no_open_appeals": QT_TRANSLATE_NOOP("ReportPdf", "No open appeals this month."),
    "date": QT_TRANSLATE_NOOP("ReportPdf", "Date"),
    "category": QT_TRANSLATE_NOOP("ReportPdf", "Category"),
    "description": QT_TRANSLATE_NOOP("ReportPdf", "Description"),
    "status": QT_TRANSLATE_NOOP("ReportPdf", "Status"),
    "urgency": QT_TRANSLATE_NOOP("ReportPdf", "Urgency"),
    "referred_to": QT_TRANSLATE_NOOP("ReportPdf", "Referred to"),
    "overdue": QT_TRANSLATE_NOOP("ReportPdf", "Overdue"),
    "activities": QT_TRANSLATE_NOOP("ReportPdf", "Volunteer activities"),
    "activity_figures": QT_TRANSLATE_NOOP(
        "ReportPdf", "{count} activities, {participants} participants, {hours} volunteer hours."),
    "activity_list": QT_TRANSLATE_NOOP("ReportPdf", "Activities this month"),
    "no_activities": QT_TRANSLATE_NOOP("ReportPdf", "No activities this month."),
    "type": QT_TRANSLATE_NOOP("ReportPdf", "Type"),
    "activity_title": QT_TRANSLATE_NOOP("ReportPdf", "Activity"),
    "participants": QT_TRANSLATE_NOOP("ReportPdf", "Participants"),
    "volunteer_hours": QT_TRANSLATE_NOOP("ReportPdf", "Volunteer hours"),
    "people_helped": QT_TRANSLATE_NOOP("ReportPdf", "Helped"),
    "continued": QT_TRANSLATE_NOOP("ReportPdf", "{title} (continued)"),
    "prepared_by": QT_TRANSLATE_NOOP("ReportPdf", "Prepared by (signature)"),
    "reviewed_by": QT_TRANSLATE_NOOP("ReportPdf", "Reviewed by (signature)"),
    "stamp": QT_TRANSLATE_NOOP("ReportPdf", "Stamp"),
    "key_fingerprint": QT_TRANSLATE_NOOP("ReportPdf", "Station key fingerprint: {fingerprint}"),
    "page": QT_TRANSLATE_NOOP("ReportPdf", "Page {page} of {pages}"),
    "generated": QT_TRANSLATE_NOOP("ReportPdf", "Generated by keeper on {when}"),
    "status_recorded": QT_TRANSLATE_NOOP("ReportPdf", "Recorded"),
    "status_referred": QT_TRANSLATE_NOOP("ReportPdf", "Referred"),
    "status_resolved": QT_TRANSLATE_NOOP("ReportPdf", "Resolved"),
    "status_followed_up": QT_TRANSLATE_NOOP("ReportPdf", "Followed up"),
    "urgency_low": QT_TRANSLATE_NOOP("ReportPdf", "Low"),
    "urgency_normal": QT_TRANSLATE_NOOP("ReportPdf", "Normal"),
    "urgency_high": QT_TRANSLATE_NOOP("ReportPdf", "High"),
}

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_translator: QTranslator | None = None


def code_name(t: dict[str, str], kind: str, code) -> str:
    """An appeal's status or urgency in words (``kind`` "status" or "urgency"); an unknown
    code as it is."""
    text = str(code or "")
    return t.get(f"{kind}_{text}", text)


def vocabulary(kind: str, language: str) -> dict[str, str]:
    """Names of appeal categories (``kind`` "category") or activity types ("type") in
    ``language``, by code; empty where that feature is not installed, so codes show as they
    are. Asked only when a month has appeals or activities."""
    try:
        if kind == "category":
            from keeper.core.appeals import CATEGORIES as terms
        else:
            from keeper.core.activities import TYPES as terms
    except ImportError:
        return {}
    return terms.names(language)


def colon(language: str) -> str:
    return "：" if is_chinese(language) else ": "


def is_chinese(language: str) -> bool:
    return language.lower().replace("-", "_").startswith("zh")


def _zh_translator() -> QTranslator:
    global _translator
    if _translator is None:
        translator = QTranslator()
        path = paths.resource("translations", "keeper_zh_CN.qm")
        if not translator.load(str(path)):
            # Installed keeper always ships its .qm: without it a Chinese report cannot be
            # written, and an English one passed off as Chinese would be worse.
            raise RuntimeError(f"cannot load the report's translations from {path}")
        _translator = translator
    return _translator


def texts(table: dict[str, str], context: str, language: str) -> dict[str, str]:
    """``table``'s labels in ``language``, by key."""
    if not is_chinese(language):
        return dict(table)
    translator = _zh_translator()
    return {key: translator.translate(context, english) or english
            for key, english in table.items()}


def month_title(month: str, language: str) -> str:
    """"2026年10月" or "October 2026"."""
    year, number = int(month[:4]), int(month[5:7])
    return f"{year}年{number}月" if is_chinese(language) else f"{_EN_MONTHS[number - 1]} {year}"


def day_title(day: str, language: str) -> str:
    """"10月5日" or "5 Oct" for an ISO date."""
    number, month = int(day[8:10]), int(day[5:7])
    return f"{month}月{number}日" if is_chinese(language) else \
        f"{number} {_EN_MONTHS[month - 1][:3]}"


def hour_title(hour: int) -> str:
    """"12:00–12:59": the hour as the screen shows it (the next hour is not in it)."""
    return f"{hour:02d}:00–{hour:02d}:59"


def number(value: float | int | None) -> str:
    """1,234 (and 12.5 for hours); an empty string for a missing figure."""
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}"
    return f"{int(value):,}"


def change(current: float | int | None, earlier: float | int | None) -> float | None:
    """The relative change, or None when there is nothing to compare with."""
    if current is None or not earlier:
        return None
    return (current - earlier) / earlier


def change_text(current, earlier) -> str:
    """"↑12.3%", "↓4.0%", "±0%", or "—" when the earlier month had nothing."""
    ratio = change(current, earlier)
    if ratio is None:
        return "—"
    if abs(ratio) < 0.0005:
        return "±0%"
    return f"{'↑' if ratio > 0 else '↓'}{abs(ratio) * 100:.1f}%"


def ranked(current: dict[str, float], previous: dict[str, float] | None,
           names: dict[str, str], always: tuple[str, ...] = ()
           ) -> list[tuple[str, str, float, float | None]]:
    """Rows (code, name, this month, last month or None) for a services, groups or platforms
    table: the month's codes and ``always`` ones, most used first, catalogue order on ties."""
    order = {code: index for index, code in enumerate(names)}
    codes = list(dict.fromkeys([*current, *always]))
    codes.sort(key=lambda code: (-current.get(code, 0), order.get(code, len(order)), code))
    return [(code, names.get(code, code), current.get(code, 0),
             None if previous is None else previous.get(code, 0)) for code in codes]
