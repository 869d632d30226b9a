"""The district month report's words (workbook and PDF), each with its Chinese beside the
English as the station's report labels are (keeper.reports.labels explains why)."""
from __future__ import annotations

from keeper.errors import QT_TRANSLATE_NOOP
from keeper.reports import labels

CONTEXT = "DistrictReport"


LABELS = {  # English sources; the Chinese is keeper_zh_CN.ts's, nowhere else
    "title": QT_TRANSLATE_NOOP("DistrictReport", "District monthly report, {month}"),
    "district": QT_TRANSLATE_NOOP("DistrictReport", "District"),
    "district_code": QT_TRANSLATE_NOOP("DistrictReport", "District code"),
    "month": QT_TRANSLATE_NOOP("DistrictReport", "Month"),
    "sheet_summary": QT_TRANSLATE_NOOP("DistrictReport", "District totals"),
    "sheet_stations": QT_TRANSLATE_NOOP("DistrictReport", "Stations"),
    "sheet_chase": QT_TRANSLATE_NOOP("DistrictReport", "Missing reports"),
    "reporting": QT_TRANSLATE_NOOP("DistrictReport", "Reporting"),
    "expected": QT_TRANSLATE_NOOP("DistrictReport", "Expected"),
    "received": QT_TRANSLATE_NOOP("DistrictReport", "Received"),
    "on_time": QT_TRANSLATE_NOOP("DistrictReport", "On time"),
    "late": QT_TRANSLATE_NOOP("DistrictReport", "Late"),
    "missing": QT_TRANSLATE_NOOP("DistrictReport", "Missing"),
    "rate": QT_TRANSLATE_NOOP("DistrictReport", "Reporting rate"),
    "reporting_line": QT_TRANSLATE_NOOP(
        "DistrictReport", "Expected {expected}, received {received} (on time "
        "{on_time}, late {late}), missing {missing}; reporting rate {rate}."),
    "key_figures": QT_TRANSLATE_NOOP("DistrictReport", "Totals of the district"),
    "figure": QT_TRANSLATE_NOOP("DistrictReport", "Figure"),
    "this_month": QT_TRANSLATE_NOOP("DistrictReport", "This month"),
    "last_month": QT_TRANSLATE_NOOP("DistrictReport", "Last month"),
    "vs_last_month": QT_TRANSLATE_NOOP("DistrictReport", "vs last month"),
    "last_year": QT_TRANSLATE_NOOP("DistrictReport", "Same month last year"),
    "vs_last_year": QT_TRANSLATE_NOOP("DistrictReport", "vs last year"),
    "visits": QT_TRANSLATE_NOOP("DistrictReport", "Visits (person-times)"),
    "people": QT_TRANSLATE_NOOP("DistrictReport", "People (registered)"),
    "people_not_summed": QT_TRANSLATE_NOOP(
        "DistrictReport", "not added up: a worker may visit several stations"),
    "people_note": QT_TRANSLATE_NOOP(
        "DistrictReport", "People (人数) are counted by each station and are not added "
        "up across stations: a worker who visits several stations would be counted once at each."),
    "new_registrations": QT_TRANSLATE_NOOP("DistrictReport", "New registrations"),
    "corrections": QT_TRANSLATE_NOOP("DistrictReport", "Corrections"),
    "stations_reporting": QT_TRANSLATE_NOOP("DistrictReport", "Stations reporting"),
    "services": QT_TRANSLATE_NOOP("DistrictReport", "Services"),
    "groups": QT_TRANSLATE_NOOP("DistrictReport", "Visitor groups"),
    "platforms": QT_TRANSLATE_NOOP("DistrictReport", "Platforms"),
    "uses": QT_TRANSLATE_NOOP("DistrictReport", "Uses"),
    "share": QT_TRANSLATE_NOOP("DistrictReport", "Share"),
    "total": QT_TRANSLATE_NOOP("DistrictReport", "Total"),
    "no_platforms": QT_TRANSLATE_NOOP("DistrictReport", "No platform recorded this month."),
    "appeals": QT_TRANSLATE_NOOP("DistrictReport", "Appeals"),
    "appeals_received": QT_TRANSLATE_NOOP("DistrictReport", "Appeals received"),
    "resolved": QT_TRANSLATE_NOOP("DistrictReport", "Resolved"),
    "open": QT_TRANSLATE_NOOP("DistrictReport", "Open"),
    "overdue": QT_TRANSLATE_NOOP("DistrictReport", "Overdue"),
    "activities": QT_TRANSLATE_NOOP("DistrictReport", "Activities"),
    "participants": QT_TRANSLATE_NOOP("DistrictReport", "Participants"),
    "volunteer_hours": QT_TRANSLATE_NOOP("DistrictReport", "Volunteer hours"),
    "station_rows": QT_TRANSLATE_NOOP("DistrictReport", "Station by station"),
    "code": QT_TRANSLATE_NOOP("DistrictReport", "Code"),
    "station": QT_TRANSLATE_NOOP("DistrictReport", "Station"),
    "service_uses": QT_TRANSLATE_NOOP("DistrictReport", "Service uses"),
    "revision": QT_TRANSLATE_NOOP("DistrictReport", "Revision"),
    "short_visits": QT_TRANSLATE_NOOP("DistrictReport", "Visits"),
    "short_people": QT_TRANSLATE_NOOP("DistrictReport", "People"),
    "short_hours": QT_TRANSLATE_NOOP("DistrictReport", "Hours"),
    "short_revision": QT_TRANSLATE_NOOP("DistrictReport", "Rev."),
    "timeliness": QT_TRANSLATE_NOOP("DistrictReport", "On time?"),
    "approved": QT_TRANSLATE_NOOP("DistrictReport", "Approved"),
    "not_received": QT_TRANSLATE_NOOP("DistrictReport", "not received"),
    "chase": QT_TRANSLATE_NOOP("DistrictReport", "Stations to chase (no report received)"),
    "nobody_missing": QT_TRANSLATE_NOOP("DistrictReport", "Every expected station has reported."),
    "kind": QT_TRANSLATE_NOOP("DistrictReport", "Kind"),
    "contact": QT_TRANSLATE_NOOP("DistrictReport", "Contact"),
    "chart_services": QT_TRANSLATE_NOOP("DistrictReport", "Uses per service"),
    "chart_groups": QT_TRANSLATE_NOOP("DistrictReport", "Visits per group"),
    "chart_busiest": QT_TRANSLATE_NOOP(
        "DistrictReport", "Visits per station (the {count} busiest)"),
    "per_day": QT_TRANSLATE_NOOP("DistrictReport", "Visits per day"),
    "chart_stations": QT_TRANSLATE_NOOP("DistrictReport", "Visits per station"),
    "comparison_note": QT_TRANSLATE_NOOP(
        "DistrictReport", "Earlier months are the reports held now from the stations "
        "that sent them."),
    "prepared_by": QT_TRANSLATE_NOOP("DistrictReport", "Prepared by (signature)"),
    "reviewed_by": QT_TRANSLATE_NOOP("DistrictReport", "Reviewed by (signature)"),
    "date": QT_TRANSLATE_NOOP("DistrictReport", "Date"),
    "stamp": QT_TRANSLATE_NOOP("DistrictReport", "Stamp"),
    "continued": QT_TRANSLATE_NOOP("DistrictReport", "{title} (continued)"),
    "page": QT_TRANSLATE_NOOP("DistrictReport", "Page {page} of {pages}"),
    "generated": QT_TRANSLATE_NOOP("DistrictReport", "Generated by keeper on {when}"),
    "key_fingerprint": QT_TRANSLATE_NOOP(
        "DistrictReport", "District key fingerprint: {fingerprint}"),
    "yes": QT_TRANSLATE_NOOP("DistrictReport", "Yes"),
    "kind_comprehensive": QT_TRANSLATE_NOOP("DistrictReport", "comprehensive"),
    "kind_specialized": QT_TRANSLATE_NOOP("DistrictReport", "specialized"),
}


def texts(language: str) -> dict[str, str]:
    return labels.texts(LABELS, CONTEXT, language)


def rate_text(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.1%}"
