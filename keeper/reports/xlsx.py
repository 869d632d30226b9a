"""The monthly Excel workbook: a summary sheet with native charts (services, groups, visits
per day), the ledger (one row per visit, voided ones marked), the appeals and the volunteer
activities. Headers in the language asked for; A4 print setup on every sheet.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

import xlsxwriter

from keeper.core import catalog
from keeper.core.ledger_query import VisitRow
from keeper.core.station import get_station
from keeper.core.stats import MonthSummary
from keeper.reports import labels
from keeper.reports.common import names
from keeper.reports.stock import write_stock_sheet
from keeper.reports.xlsx_sheets import (Context, Formats, header_row, print_setup, serial,
                                        write_activities, write_appeals, write_ledger)

WIDTHS = (34, 18, 18, 13, 22, 13)  # the summary's columns A-F


def write_workbook(summary: MonthSummary, path: Path, *, language: str, full_details: bool = False,
                   appeals: list[dict] | None = None, activities: list[dict] | None = None,
                   progress: Callable[[int], None] | None = None, revision: int | None = None,
                   as_of: str | None = None, visits: Iterable[VisitRow] | None = None) -> int:
    """Write the month's workbook to ``path``; return the number of ledger rows written
    (one per visit of the month, voided ones included). ``progress`` receives a percentage
    (0-100) now and then while the ledger is written. Without ``full_details`` the workbook
    is the district's: no names, phones or free text (notes, descriptions, stories); with
    them (it stays at the station) phones in free text are still masked. ``revision`` and
    ``as_of`` head the summary, so the workbook matches its bundle. ``visits``: the month's
    ``month_rows`` when the caller has read them already (the export reads them once for
    the workbook and the bundle)."""
    t = labels.texts(labels.XLSX_LABELS, labels.XLSX, language)
    service_names, group_names = names(language)
    profile = get_station()
    station_name = summary.station.get("name") or (profile.name if profile else "")
    title = t["title"].format(month=labels.month_title(summary.month, language))
    book = xlsxwriter.Workbook(str(path), {
        "constant_memory": False,
        # Never turn a note like "=1+1" or "http://…" into a formula or a link.
        "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
    })
    try:
        book.set_properties({"title": title, "subject": summary.month, "author": station_name,
                             "company": station_name, "comments": "keeper"})
        context = Context(t, Formats(book), station_name, title, language, *_vocabularies(
            summary, appeals, activities, language))
        summary_sheet = book.add_worksheet(t["sheet_summary"][:31])
        ledger_sheet = book.add_worksheet(t["sheet_ledger"][:31])
        appeals_sheet = book.add_worksheet(t["sheet_appeals"][:31])
        activities_sheet = book.add_worksheet(t["sheet_activities"][:31])
        _summary(book, summary_sheet, summary, profile, service_names, group_names, appeals,
                 context, (revision, as_of))
        rows = write_ledger(ledger_sheet, summary, service_names, group_names, full_details,
                            progress, context, visits)
        write_appeals(appeals_sheet, appeals or [], group_names, context, full_details)
        write_activities(activities_sheet, activities or [], context, full_details)
        write_stock_sheet(book, summary, context)
    except BaseException:
        try:  # close what there is (the caller removes the file); keep the first error
            book.close()
        except Exception:  # noqa: BLE001
            pass
        raise
    book.close()
    if progress:
        progress(100)
    return rows


def _vocabularies(summary: MonthSummary, appeals, activities,
                  language: str) -> tuple[dict[str, str], dict[str, str]]:
    """Names of appeal categories and activity types, asked only when there are some."""
    wanted = (appeals or (summary.appeals or {}).get("by_category"),
              activities or (summary.activities or {}).get("by_type"))
    return tuple(labels.vocabulary(kind, language) if needed else {}
                 for kind, needed in zip(("category", "type"), wanted))


def _summary(book, sheet, summary: MonthSummary, profile, service_names, group_names,
             appeals, context, edition=(None, None)) -> None:
    t, fmt, station_name = context.t, context.fmt, context.station_name
    previous, last_year = summary.previous, summary.last_year
    print_setup(sheet, context, landscape=True)
    for col, width in enumerate(WIDTHS):
        sheet.set_column(col, col, width)
    row = 0
    sheet.set_row(0, 24)
    sheet.write(row, 0, context.title, fmt.title)
    row = 2
    revision, as_of = edition
    for key, value in (("station", station_name), ("code", summary.station.get("code", "")),
                       ("district", summary.station.get("district", "")),
                       ("address", profile.address if profile else ""),
                       ("month", summary.month),
                       ("revision", t["revision_text"].format(revision=revision)
                        if revision else ""),
                       ("as_of", as_of or "")):
        if key in ("address", "revision", "as_of") and not value:
            continue
        sheet.write_string(row, 0, t[key], fmt.label)
        sheet.write_string(row, 1, value or "")
        row += 1

    # Key figures against last month and the same month last year.
    row += 1
    sheet.write(row, 0, t["key_figures"], fmt.section)
    row += 1
    month_of = lambda s: f" ({s.month})" if s else ""  # noqa: E731
    header_row(sheet, row, (t["figure"], t["this_month"] + month_of(summary),
                             t["last_month"] + month_of(previous), t["vs_last_month"],
                             t["last_year"] + month_of(last_year), t["vs_last_year"]), WIDTHS, fmt)
    row += 1
    for key, attribute in (("visits", "visits"), ("visitors", "visitors_registered"),
                           ("new_registrations", "new_registrations"),
                           ("entries", "entries"), ("corrections", "corrections")):
        row = _compare_row(sheet, row, fmt, t[key], getattr(summary, attribute),
                           getattr(previous, attribute, None), getattr(last_year, attribute, None))

    def busiest_day(s):
        best = s.busiest_day if s else None
        return f"{best[0]} ({best[1]:,})" if best else ""

    def busiest_hour(s):
        best = s.busiest_hour if s else None
        return f"{labels.hour_title(best[0])} ({best[1]:,})" if best else ""

    for key, shown in (("busiest_day", busiest_day), ("busiest_hour", busiest_hour)):
        sheet.write_string(row, 0, t[key], fmt.text)
        for col, which in ((1, summary), (2, previous), (4, last_year)):
            sheet.write_string(row, col, shown(which), fmt.text)
        sheet.write_blank(row, 3, None, fmt.text)
        sheet.write_blank(row, 5, None, fmt.text)
        row += 1

    # Services, groups and platforms, each with its share and last month.
    tables = {}
    active = tuple(s.code for s in catalog.services(active_only=True))
    # Every shown tile has its row (a zero is a figure too); hidden ones only when used.
    shown_groups = tuple(g.code for g in catalog.groups(active_only=True))
    for key, name_key, current, earlier, names_of, always in (
            ("services", "service", summary.services, previous and previous.services,
             service_names, active),
            ("groups", "group", summary.groups, previous and previous.groups, group_names,
             shown_groups),
            ("platforms", "platform", summary.platforms, previous and previous.platforms, {}, ())):
        rows = labels.ranked(current, earlier, names_of, always)
        row += 1
        sheet.write(row, 0, t[key], fmt.section)
        row += 1
        header_row(sheet, row, (t[name_key], t["uses"] if key == "services" else
                                 t["group_visits"], t["share"], t["last_month"],
                                 t["vs_last_month"]), WIDTHS, fmt)
        row += 1
        if not rows:
            sheet.write(row, 0, t["no_platforms"], fmt.note)
            row += 1
            continue
        first, total = row, sum(value for *_, value, _ in rows) or 1
        for _, name, value, before in rows:
            sheet.write_string(row, 0, name, fmt.text)
            sheet.write_number(row, 1, value, fmt.integer)
            sheet.write_number(row, 2, value / total, fmt.share)
            _maybe_number(sheet, row, 3, before, fmt.integer, fmt.text)
            _maybe_number(sheet, row, 4, labels.change(value, before), fmt.change, fmt.text)
            row += 1
        tables[key] = (first, row - 1)
        sheet.write_string(row, 0, t["total"], fmt.total)
        sheet.write_number(row, 1, sum(value for *_, value, _ in rows), fmt.total_integer)
        for col in (2, 3, 4):
            sheet.write_blank(row, col, None, fmt.total)
        row += 1
        if key == "services":  # 服务次数 is not 人次: say how they differ
            sheet.write_string(row, 0, t["uses_note"], fmt.note)
            row += 1

    row = _appeal_and_activity_figures(sheet, row, summary, appeals, context)

    # Visits per day and per hour: tables to read and the data of the daily chart.
    row += 1
    sheet.write(row, 0, t["per_day"], fmt.section)
    row += 1
    header_row(sheet, row, (t["day"], t["group_visits"]), WIDTHS, fmt)
    days_first = row + 1
    for day, visits in summary.by_day.items():
        row += 1
        sheet.write_number(row, 0, serial(day), fmt.day)
        sheet.write_number(row, 1, visits, fmt.integer)
    days = (days_first, row)
    row += 2
    sheet.write(row, 0, t["per_hour"], fmt.section)
    row += 1
    header_row(sheet, row, (t["hour"], t["group_visits"]), WIDTHS, fmt)
    for hour, visits in summary.by_hour.items():
        row += 1
        sheet.write_string(row, 0, labels.hour_title(int(hour)), fmt.text)
        sheet.write_number(row, 1, visits, fmt.integer)
    _charts(book, sheet, tables, days, t, context.language)


def _maybe_number(sheet, row, col, value, number_format, blank_format) -> None:
    if value is None:
        sheet.write_blank(row, col, None, blank_format)
    else:
        sheet.write_number(row, col, value, number_format)


def _compare_row(sheet, row, fmt, label, current, earlier, a_year_ago) -> int:
    sheet.write_string(row, 0, label, fmt.text)
    sheet.write_number(row, 1, current, fmt.integer)
    _maybe_number(sheet, row, 2, earlier, fmt.integer, fmt.text)
    _maybe_number(sheet, row, 3, labels.change(current, earlier), fmt.change, fmt.text)
    _maybe_number(sheet, row, 4, a_year_ago, fmt.integer, fmt.text)
    _maybe_number(sheet, row, 5, labels.change(current, a_year_ago), fmt.change, fmt.text)
    return row + 1


def _appeal_and_activity_figures(sheet, row, summary, appeals, context: Context) -> int:
    t, fmt, previous = context.t, context.fmt, summary.previous
    figures_of = lambda s, name: getattr(s, name) if s else {}  # noqa: E731
    overdue = sum(1 for appeal in appeals or () if appeal.get("overdue"))
    for section, name, items in (
            ("appeals", "appeals", [("received", "received"), ("resolved", "resolved"),
                                    ("open", "open")]),
            ("activities", "activities", [("activity_count", "count"),
                                          ("participants", "participants"),
                                          ("volunteer_hours", "volunteer_hours")])):
        now, before = figures_of(summary, name), figures_of(previous, name)
        row += 1
        sheet.write(row, 0, t[section], fmt.section)
        row += 1
        header_row(sheet, row, (t["figure"], t["this_month"], t["last_month"],
                                 t["vs_last_month"]), WIDTHS, fmt)
        row += 1
        lines = [(t[label], now.get(key, 0), before.get(key) if before else None)
                 for label, key in items]
        if name == "appeals":
            lines.append((t["overdue"], overdue, None))
        breakdown, names_of = (("by_category", context.categories) if name == "appeals"
                               else ("by_type", context.types))
        for key, value in sorted((now.get(breakdown) or {}).items(), key=lambda kv: -kv[1]):
            lines.append((t[breakdown].format(name=names_of.get(key, key)),
                          value, (before.get(breakdown) or {}).get(key, 0) if before else None))
        for label, value, earlier in lines:
            number_format = fmt.decimal if isinstance(value, float) else fmt.integer
            sheet.write_string(row, 0, label, fmt.text)
            sheet.write_number(row, 1, value or 0, number_format)
            _maybe_number(sheet, row, 2, earlier, number_format, fmt.text)
            _maybe_number(sheet, row, 3, labels.change(value, earlier), fmt.change, fmt.text)
            row += 1
    return row


def _charts(book, sheet, tables, days, t, language) -> None:
    name = sheet.get_name()
    font = {"name": "Microsoft YaHei"} if labels.is_chinese(language) else {}
    title_font = {**font, "size": 12, "bold": True}
    anchor_row = 1
    for key, kind, title in (("services", "column", t["chart_services"]),
                             ("groups", "pie", t["chart_groups"])):
        if key not in tables:
            continue
        first, last = tables[key]
        chart = book.add_chart({"type": kind})
        series = {"name": title, "categories": [name, first, 0, last, 0],
                  "values": [name, first, 1, last, 1], "data_labels": {"value": True}}
        if kind == "pie":
            series["data_labels"] = {"percentage": True, "category": False, "leader_lines": True}
        else:
            series["fill"] = {"color": "#2F6FA3"}
        chart.add_series(series)
        chart.set_title({"name": title, "name_font": title_font})
        chart.set_legend({"none": True} if kind != "pie" else {"position": "right",
                                                                "font": font})
        if kind != "pie":
            chart.set_x_axis({"num_font": font})
            chart.set_y_axis({"min": 0, "major_gridlines": {"visible": True,
                                                  "line": {"color": "#D9D9D9"}}})
        chart.set_size({"width": 620, "height": 300})
        sheet.insert_chart(anchor_row, 7, chart)
        anchor_row += 16
    chart = book.add_chart({"type": "column"})
    chart.add_series({"name": t["per_day"], "categories": [name, days[0], 0, days[1], 0],
                      "values": [name, days[0], 1, days[1], 1], "fill": {"color": "#2F6FA3"},
                      "gap": 40})
    chart.set_title({"name": t["per_day"], "name_font": title_font})
    chart.set_legend({"none": True})
    chart.set_x_axis({"num_format": "d", "num_font": {**font, "size": 8},
                      "date_axis": False})
    chart.set_y_axis({"min": 0, "major_gridlines": {"visible": True,
                                                    "line": {"color": "#D9D9D9"}}})
    chart.set_size({"width": 620, "height": 300})
    sheet.insert_chart(anchor_row, 7, chart)


