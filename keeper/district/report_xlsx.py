"""The district month workbook: district totals against last month and last year with
charts, one row per station, and the chase list of stations that have not reported."""
from __future__ import annotations

from pathlib import Path

import xlsxwriter

from keeper.district.figures import DistrictMonth, StationMonth, Totals, code_names
from keeper.district.report_labels import texts
from keeper.reports import labels
from keeper.reports.xlsx_sheets import Formats, header_row

WIDTHS = (30, 14, 14, 12, 16, 12)  # the totals sheet's columns A-F
# The stations sheet: (label key, width); figures from StationMonth.figure paths.
STATION_COLUMNS = (("code", 11), ("station", 26), ("visits", 11), ("people", 12),
                   ("service_uses", 11), ("appeals_received", 10), ("resolved", 9),
                   ("open", 9), ("overdue", 9), ("activities", 9), ("volunteer_hours", 10),
                   ("revision", 8), ("timeliness", 10), ("approved", 9))
STATION_FIGURES = (("visits",), ("visitors_registered",), ("services",),
                   ("appeals", "received"), ("appeals", "resolved"), ("appeals", "open"),
                   ("appeals", "overdue"), ("activities", "count"),
                   ("activities", "volunteer_hours"))


def station_figures(station: StationMonth) -> list:
    """The station's row of figures, in STATION_FIGURES order (service uses summed)."""
    values = []
    for path in STATION_FIGURES:
        # 人数 may be absent (a district's totals in a city): blank, never 0.
        value = station.figure(*path, default=None if path == ("visitors_registered",) else 0)
        values.append(sum(value.values()) if isinstance(value, dict) else value)
    return values


def timeliness(station: StationMonth, t: dict[str, str]) -> str:
    if not station.received:
        return t["not_received"]
    return t["on_time"] if station.on_time else t["late"]


def write_workbook(month: DistrictMonth, path: Path, *, language: str) -> None:
    t = texts(language)
    title = t["title"].format(month=labels.month_title(month.month, language))
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False,
                                           "strings_to_urls": False,
                                           "strings_to_numbers": False})
    try:
        name = month.district.get("name", "")
        book.set_properties({"title": title, "subject": month.month, "author": name,
                             "company": name, "comments": "keeper"})
        fmt = Formats(book)
        totals = book.add_worksheet(t["sheet_summary"][:31])
        stations = book.add_worksheet(t["sheet_stations"][:31])
        chase = book.add_worksheet(t["sheet_chase"][:31])
        for sheet, landscape in ((totals, True), (stations, True), (chase, False)):
            _print_setup(sheet, name, title, t, landscape)
        tables = _totals_sheet(totals, month, title, t, fmt, language)
        station_rows = _stations_sheet(stations, month, t, fmt)
        _chase_sheet(chase, month, t, fmt)
        _charts(book, totals, stations, tables, station_rows, t, language)
    except BaseException:
        try:
            book.close()
        except Exception:  # noqa: BLE001 (the first error is the one to report)
            pass
        raise
    book.close()


def _print_setup(sheet, name: str, title: str, t: dict[str, str], landscape: bool) -> None:
    sheet.set_paper(9)  # A4
    sheet.set_landscape() if landscape else sheet.set_portrait()
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.5, right=0.5, top=0.75, bottom=0.75)
    escape = lambda text: text.replace("&", "&&")  # noqa: E731
    sheet.set_header(f"&L{escape(name)}&R{escape(title)}"[:255])
    sheet.set_footer("&C" + escape(t["page"]).replace("{page}", "&P").replace("{pages}", "&N"))


def _number(sheet, row: int, col: int, value, fmt: Formats) -> None:
    if value is None:
        sheet.write_blank(row, col, None, fmt.text)
    else:
        sheet.write_number(row, col, value,
                           fmt.decimal if isinstance(value, float) else fmt.integer)


def _compare(sheet, row: int, label: str, now, before, year_ago, fmt: Formats) -> int:
    sheet.write_string(row, 0, label, fmt.text)
    _number(sheet, row, 1, now, fmt)
    _number(sheet, row, 2, before, fmt)
    _change(sheet, row, 3, now, before, fmt)
    _number(sheet, row, 4, year_ago, fmt)
    _change(sheet, row, 5, now, year_ago, fmt)
    return row + 1


def _change(sheet, row: int, col: int, now, before, fmt: Formats) -> None:
    ratio = labels.change(now, before)
    if ratio is None:
        sheet.write_blank(row, col, None, fmt.text)
    else:
        sheet.write_number(row, col, ratio, fmt.change)


def key_figures(month: DistrictMonth, t: dict[str, str]) -> list[tuple[str, str, tuple]]:
    """(label, kind, path into Totals) of the district's key figures; kind "people" is
    the row that is never summed."""
    return [(t["stations_reporting"], "n", ("stations",)), (t["visits"], "n", ("visits",)),
            (t["people"], "people", ()),
            (t["new_registrations"], "n", ("new_registrations",)),
            (t["appeals_received"], "n", ("appeals", "received")),
            (t["resolved"], "n", ("appeals", "resolved")), (t["open"], "n", ("appeals", "open")),
            (t["overdue"], "n", ("appeals", "overdue")),
            (t["activities"], "n", ("activities", "count")),
            (t["participants"], "n", ("activities", "participants")),
            (t["volunteer_hours"], "n", ("activities", "volunteer_hours")),
            (t["corrections"], "n", ("corrections",))]


def total_of(totals: Totals | None, path: tuple):
    if totals is None:
        return None
    value = getattr(totals, path[0])
    return value[path[1]] if len(path) > 1 else value


def _totals_sheet(sheet, month: DistrictMonth, title: str, t, fmt: Formats, language: str):
    for col, width in enumerate(WIDTHS):
        sheet.set_column(col, col, width)
    sheet.set_row(0, 24)
    sheet.write(0, 0, title, fmt.title)
    row = 2
    for key, value in (("district", month.district.get("name", "")),
                       ("district_code", month.district.get("code", "")),
                       ("month", month.month)):
        sheet.write_string(row, 0, t[key], fmt.label)
        sheet.write_string(row, 1, value or "")
        row += 1
    row += 1
    sheet.write(row, 0, t["reporting"], fmt.section)
    row += 1
    status = month.status()
    header_row(sheet, row, [t[k] for k in ("expected", "received", "on_time", "late",
                                             "missing", "rate")], WIDTHS, fmt)
    row += 1
    for col, key in enumerate(("expected", "received", "on_time", "late", "missing")):
        sheet.write_number(row, col, status[key], fmt.integer)
    if month.rate is None:
        sheet.write_string(row, 5, "—", fmt.text)
    else:
        sheet.write_number(row, 5, month.rate, fmt.share)
    row += 2
    sheet.write(row, 0, t["key_figures"], fmt.section)
    row += 1
    previous, last_year = month.previous, month.last_year
    header_row(sheet, row, (t["figure"], t["this_month"], t["last_month"], t["vs_last_month"],
                             t["last_year"], t["vs_last_year"]), WIDTHS, fmt)
    row += 1
    for label, kind, path in key_figures(month, t):
        if kind == "people":  # 人数: the cell a total would take says why there is none
            sheet.write_string(row, 0, label, fmt.text)
            sheet.merge_range(row, 1, row, 5, t["people_not_summed"], fmt.text)
            row += 1
            continue
        row = _compare(sheet, row, label, total_of(month.totals, path),
                       total_of(previous, path), total_of(last_year, path), fmt)
    sheet.write(row, 0, t["people_note"], fmt.note)
    row += 1
    sheet.write(row, 0, t["comparison_note"], fmt.note)
    row += 1
    tables = {}
    for key in ("services", "groups", "platforms"):
        names = code_names(month.codes, key, language)
        current = getattr(month.totals, key)
        before = getattr(previous, key) if previous else None
        year_ago = getattr(last_year, key) if last_year else None
        ranked = labels.ranked(current, before, names,
                               tuple(names) if key != "platforms" else ())
        row += 1
        sheet.write(row, 0, t[key], fmt.section)
        row += 1
        header_row(sheet, row, (t[key], t["uses"], t["share"], t["last_month"],
                                 t["vs_last_month"], t["last_year"]), WIDTHS, fmt)
        row += 1
        if not ranked:
            sheet.write(row, 0, t["no_platforms"], fmt.note)
            row += 1
            continue
        first, whole = row, sum(value for *_, value, _ in ranked) or 1
        for code, name, value, earlier in ranked:
            sheet.write_string(row, 0, name, fmt.text)
            sheet.write_number(row, 1, value, fmt.integer)
            sheet.write_number(row, 2, value / whole, fmt.share)
            _number(sheet, row, 3, earlier, fmt)
            _change(sheet, row, 4, value, earlier, fmt)
            _number(sheet, row, 5, None if year_ago is None else year_ago.get(code, 0), fmt)
            row += 1
        tables[key] = (first, row - 1)
        sheet.write_string(row, 0, t["total"], fmt.total)
        sheet.write_number(row, 1, sum(value for *_, value, _ in ranked), fmt.total_integer)
        for col in range(2, 6):
            sheet.write_blank(row, col, None, fmt.total)
        row += 1
    return tables


def _stations_sheet(sheet, month: DistrictMonth, t, fmt: Formats) -> tuple[int, int] | None:
    for col, (_, width) in enumerate(STATION_COLUMNS):
        sheet.set_column(col, col, width)
    header_row(sheet, 0, [t[key] for key, _ in STATION_COLUMNS],
               [w for _, w in STATION_COLUMNS], fmt)
    sheet.freeze_panes(1, 2)
    sheet.repeat_rows(0)
    row = 1
    for station in month.stations:
        sheet.write_string(row, 0, station.code, fmt.text)
        sheet.write_string(row, 1, station.name, fmt.text)
        if station.received:
            for col, value in enumerate(station_figures(station), start=2):
                _number(sheet, row, col, value, fmt)
            sheet.write_number(row, 11, station.revision or 0, fmt.integer)
        else:
            for col in range(2, 12):
                sheet.write_blank(row, col, None, fmt.text)
        sheet.write_string(row, 12, timeliness(station, t), fmt.text)
        sheet.write_string(row, 13, t["yes"] if station.approved else "", fmt.text)
        row += 1
    last = row - 1
    totals = month.totals
    sheet.write_string(row, 0, t["total"], fmt.total)
    sheet.write_string(row, 1, "", fmt.total)
    summed = [totals.visits, None, sum(totals.services.values()),
              *(totals.appeals[key] for key in ("received", "resolved", "open", "overdue")),
              totals.activities["count"], totals.activities["volunteer_hours"]]
    for col, value in enumerate(summed, start=2):
        if value is None:
            sheet.write_string(row, col, t["people_not_summed"], fmt.total)
        else:
            sheet.write_number(row, col, value, fmt.total_integer if isinstance(value, int)
                               else fmt.decimal)
    for col in range(11, 14):
        sheet.write_blank(row, col, None, fmt.total)
    sheet.set_row(row, 45)
    return (1, last) if last >= 1 else None


def _chase_sheet(sheet, month: DistrictMonth, t, fmt: Formats) -> None:
    widths = (12, 30, 14, 36)
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
    sheet.write(0, 0, t["chase"], fmt.section)
    header_row(sheet, 1, (t["code"], t["station"], t["kind"], t["contact"]), widths, fmt)
    row = 2
    for station in month.missing:
        kind = t.get(f"kind_{station.kind}", station.kind)
        for col, value in enumerate((station.code, station.name, kind, station.contact)):
            sheet.write_string(row, col, value or "", fmt.text)
        row += 1
    if not month.missing:
        sheet.write(row, 0, t["nobody_missing"], fmt.note)


def _charts(book, totals_sheet, stations_sheet, tables, station_rows, t, language) -> None:
    font = {"name": "Microsoft YaHei"} if labels.is_chinese(language) else {}
    title_font = {**font, "size": 12, "bold": True}
    anchor = 1
    specs = [(totals_sheet.get_name(), tables.get("services"), "column", t["chart_services"]),
             (totals_sheet.get_name(), tables.get("groups"), "pie", t["chart_groups"])]
    if station_rows:
        specs.append((stations_sheet.get_name(), station_rows, "bar", t["chart_stations"]))
    for sheet_name, rows, kind, title in specs:
        if rows is None:
            continue
        first, last = rows
        chart = book.add_chart({"type": kind})
        name_col, value_col = (1, 2) if kind == "bar" else (0, 1)
        series = {"name": title, "categories": [sheet_name, first, name_col, last, name_col],
                  "values": [sheet_name, first, value_col, last, value_col]}
        if kind == "pie":
            series["data_labels"] = {"percentage": True, "leader_lines": True}
        else:
            series["fill"] = {"color": "#2F6FA3"}
            series["data_labels"] = {"value": True}
        chart.add_series(series)
        chart.set_title({"name": title, "name_font": title_font})
        chart.set_legend({"position": "right", "font": font} if kind == "pie"
                         else {"none": True})
        height = 300 if kind != "bar" else max(300, 18 * (last - first + 1) + 80)
        chart.set_size({"width": 620, "height": height})
        totals_sheet.insert_chart(anchor, 7, chart)
        anchor += height // 20 + 1
