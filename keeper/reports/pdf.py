"""The printable monthly report (A4 PDF) the attendant signs, stamps and hands in.

Drawn with Qt's QPdfWriter and QPainter in the bundled Keeper Sans, so Chinese shows on any
PC and text copied from the PDF is the real characters. QtGui only: the PDF is written
without widgets, but it needs a QGuiApplication (fonts live there).
"""
from __future__ import annotations

import errno
import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (QColor, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter,
                           QPen)

from keeper import fonts
from keeper.core import catalog, clock
from keeper.core.station import get_station
from keeper.core.stats import MonthSummary
from keeper.reports import labels
from keeper.reports.common import names
from keeper.reports.stock import stock_section
from keeper.reports.pdf_layout import (ACCENT, CENTER, HEAD_FILL, LEFT, MUTED, RIGHT, TEXT,
                                       Column, Flow)

RESOLUTION = 600  # dots per inch of the PDF's coordinate space (text and lines stay vector)
BUSIEST = QColor("#D9822B")


def _require_gui_application() -> None:
    app = QCoreApplication.instance()
    if not isinstance(app, QGuiApplication):
        raise RuntimeError(
            "write_pdf needs a QGuiApplication (fonts and painting live in QtGui); "
            + ("this process has only a QCoreApplication: create a QGuiApplication instead, "
               "e.g. with QT_QPA_PLATFORM=offscreen for the command line."
               if app is not None else "none exists yet: create one before exporting."))


def write_pdf(summary: MonthSummary, path: Path, *, language: str,
              appeals: list[dict] | None = None, activities: list[dict] | None = None,
              fingerprint: str = "") -> int:
    """Write the month's printable report to ``path``; return the number of pages.

    Needs a QGuiApplication (a RuntimeError says so otherwise). ``appeals`` and
    ``activities`` are the month's records as plain dicts; without them their sections
    say there were none. ``fingerprint``: the station key's, printed by the signatures so
    the district can tell the bundle and the signed paper come from the same station."""
    _require_gui_application()
    family = fonts.load_bundled_fonts()
    appeals, activities = appeals or [], activities or []
    vocabularies = {"category": labels.vocabulary("category", language) if appeals else {},
                    "type": labels.vocabulary("type", language) if activities else {}}
    return _write(summary, Path(path), language, family, appeals, activities, vocabularies,
                  fingerprint)


def _write(summary: MonthSummary, path: Path, language: str, family: str, appeals: list[dict],
           activities: list[dict], vocabularies: dict[str, dict[str, str]],
           fingerprint: str) -> int:
    t = labels.texts(labels.PDF_LABELS, labels.PDF, language)
    profile = get_station()
    station = {**summary.station, "address": profile.address if profile else ""}
    month = labels.month_title(summary.month, language)
    title = t["title"].format(month=month)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    writer.setTitle(f"{station.get('name', '')} {title}".strip())
    writer.setCreator("keeper 驿站管家")

    flow = Flow(writer, family)
    _header(flow, station, title, t, language)
    _key_figures(flow, summary, t, language)
    flow.block(196, lambda painter, box: _day_chart(flow, painter, box, summary, t))
    flow.space(14)
    _count_tables(flow, summary, t, language)
    _appeals(flow, summary, appeals, t, language, vocabularies["category"])
    _activities(flow, summary, activities, t, language, vocabularies["type"])
    stock_section(flow, summary, language, t["continued"])
    _signatures(flow, t, language, fingerprint)

    generated = t["generated"].format(when=clock.now().strftime("%Y-%m-%d %H:%M"))
    footer_left = f"{station.get('name', '')} · {month}"

    def footer(page: int, pages: int) -> None:
        y = flow.bottom + 22
        flow.line(flow.left, y - 6, flow.right, y - 6)
        third = flow.width / 3
        flow.text(flow.left, y, third, 12, footer_left, 7.5, color=MUTED)
        flow.text(flow.left + third, y, third, 12, t["page"].format(page=page, pages=pages),
                  8, color=MUTED, align=CENTER)
        flow.text(flow.right - third, y, third, 12, generated, 7.5, color=MUTED, align=RIGHT)

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write the PDF file {path}")
    try:
        pages = flow.paint(painter, footer)
    except BaseException:
        painter.end()
        raise
    # end() writes the rest of the file; False means it did not (a full disk, a lost stick).
    if not painter.end():
        raise OSError(errno.EIO, f"the PDF file {path} could not be finished")
    return pages


def _header(flow: Flow, station: dict, title: str, t: dict[str, str], language: str) -> None:
    height = flow.line_height(18, True)
    flow.text(flow.left, flow.y, flow.width, height, title, 18, bold=True)
    flow.y += height + 2
    height = flow.line_height(13, True)
    flow.text(flow.left, flow.y, flow.width, height, station.get("name", ""), 13, bold=True,
              color=ACCENT)
    flow.y += height + 1
    keys = ("code", "district", "address") if station.get("address") else ("code", "district")
    flow.paragraph("    ".join(f"{t[key]}{labels.colon(language)}{station.get(key, '')}"
                               for key in keys), 9, color=MUTED, after=6)
    flow.line(flow.left, flow.y, flow.right, flow.y, ACCENT, 1.2)
    flow.space(12)


def _key_figures(flow: Flow, summary: MonthSummary, t: dict[str, str], language: str) -> None:
    previous, last_year = summary.previous, summary.last_year
    figures = (("visits", "visits"), ("visitors", "visitors_registered"),
               ("new_registrations", "new_registrations"), ("entries", "entries"))
    gap, pad = 10.0, 8.0
    width = (flow.width - gap * (len(figures) - 1)) / len(figures)
    label_h, value_h, small_h = (flow.line_height(8.5), flow.line_height(20, True),
                                 flow.line_height(8))
    height = pad + label_h + value_h + 2 * small_h + pad + 2
    flow.ensure(height)
    for index, (key, attribute) in enumerate(figures):
        x, y = flow.left + index * (width + gap), flow.y
        value = getattr(summary, attribute)
        flow.fill(x, y, width, height, HEAD_FILL)
        flow.fill(x, y, 3, height, ACCENT)
        x, inner = x + pad + 2, width - 2 * pad - 2
        flow.text(x, y + pad, inner, label_h, t[key], 8.5, color=MUTED)
        y += pad + label_h
        flow.text(x, y, inner, value_h, labels.number(value), 20, bold=True)
        y += value_h + 2
        for label, earlier in ((t["vs_last_month"], getattr(previous, attribute, None)),
                               (t["vs_last_year"], getattr(last_year, attribute, None))):
            flow.text(x, y, inner, small_h, f"{label} {labels.change_text(value, earlier)}", 8,
                      color=MUTED)
            y += small_h
    flow.y += height + 8
    day, hour = summary.busiest_day, summary.busiest_hour
    lines = []
    if day and hour:
        lines.append(t["busiest"].format(
            day=labels.day_title(day[0], language), day_visits=labels.number(day[1]),
            hour=labels.hour_title(hour[0]), hour_visits=labels.number(hour[1])))
    lines.append(t["corrections"].format(count=labels.number(summary.corrections)))
    flow.paragraph("　　".join(lines), 9, color=MUTED, after=10)


def _nice_scale(maximum: int, ticks: int = 4) -> tuple[float, float]:
    """(step, top) of a value axis with round gridlines: 1, 2, 2.5 or 5 times 10^n."""
    if maximum <= 0:
        return 1.0, float(ticks)
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if step < 1:
        step = 1.0
    return step, math.ceil(maximum / step) * step


def _day_chart(flow: Flow, painter: QPainter, box: QRectF, summary: MonthSummary,
               t: dict[str, str]) -> None:
    """Bars of visits per day, with gridlines, value axis and day numbers; the busiest day
    stands out with its figure."""
    u = flow.unit
    painter.setFont(flow.font(10, True))
    painter.setPen(TEXT)
    title_h = flow.line_height(10, True) * u
    painter.drawText(QRectF(box.left(), box.top(), box.width(), title_h), int(LEFT), t["per_day"])
    days = list(summary.by_day.items())
    values = [visits for _, visits in days]
    step, top = _nice_scale(max(values, default=0))
    axis_w, label_h = 34 * u, 14 * u
    plot = QRectF(box.left() + axis_w, box.top() + title_h + 14 * u,
                  box.width() - axis_w - 4 * u, box.height() - title_h - 14 * u - label_h)
    small = flow.font(7)
    painter.setFont(small)
    grid = QPen(QColor("#E3E8EE"), 0.5 * u)
    tick = 0.0
    while tick <= top + 1e-9:
        y = plot.bottom() - plot.height() * tick / top
        painter.setPen(grid if tick else QPen(MUTED, 0.8 * u))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(MUTED)
        painter.drawText(QRectF(box.left(), y - 6 * u, axis_w - 5 * u, 12 * u), int(RIGHT),
                         labels.number(tick))
        tick += step
    if not days:
        return
    slot = plot.width() / len(days)
    bar = slot * 0.68
    busiest = summary.busiest_day
    for index, (day, visits) in enumerate(days):
        x = plot.left() + index * slot + (slot - bar) / 2
        height = plot.height() * visits / top
        is_busiest = busiest is not None and day == busiest[0]
        painter.fillRect(QRectF(x, plot.bottom() - height, bar, height),
                         BUSIEST if is_busiest else ACCENT)
        painter.setPen(MUTED)
        painter.drawText(QRectF(x - slot, plot.bottom() + 2 * u, bar + 2 * slot, label_h - 2 * u),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                         str(int(day[8:10])))
        if is_busiest:
            painter.setPen(TEXT)
            painter.drawText(QRectF(x - 3 * slot, plot.bottom() - height - 12 * u,
                                    bar + 6 * slot, 11 * u),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                             labels.number(visits))


def _count_tables(flow: Flow, summary: MonthSummary, t: dict[str, str], language: str) -> None:
    """Services and groups side by side when both fit on a page, then the platforms."""
    service_names, group_names = names(language)
    previous = summary.previous
    active = tuple(s.code for s in catalog.services(active_only=True))
    # Every shown tile has its row (a zero is a figure too); hidden ones only when used.
    shown_groups = tuple(g.code for g in catalog.groups(active_only=True))
    tables = []
    for title, current, earlier, names_of, always in (
            (t["services"], summary.services, previous and previous.services, service_names,
             active),
            (t["groups"], summary.groups, previous and previous.groups, group_names,
             shown_groups),
            (t["platforms"], summary.platforms, previous and previous.platforms, {}, ())):
        rows = labels.ranked(current, earlier, names_of, always)
        if not rows:
            continue
        total = sum(value for *_, value, _ in rows)
        columns = [Column(title, 3.0), Column(t["uses"], 1.2, RIGHT),
                   Column(t["share"], 1.2, RIGHT), Column(t["last_month"], 1.3, RIGHT),
                   Column(t["change"], 1.3, RIGHT)]
        cells = [[name, labels.number(value), f"{value / (total or 1):.1%}",
                  labels.number(before), labels.change_text(value, before)]
                 for _, name, value, before in rows]
        before_total = None if earlier is None else sum(before or 0 for *_, before in rows)
        tables.append(dict(title=title, columns=columns, rows=cells, continued=t["continued"],
                           total=[t["total"], labels.number(total), "",
                                  labels.number(before_total),
                                  labels.change_text(total, before_total)]))
    if len(tables) >= 2:
        gap = 18.0
        half = (flow.width - gap) / 2
        regions = ((flow.left, half), (flow.left + half + gap, half))
        heights = []
        for (left, width), spec in zip(regions, tables[:2]):
            with flow.region(left, width):
                heights.append(flow.table_height(spec["columns"], spec["rows"],
                                                 total=spec["total"]))
        if max(heights) <= flow.bottom - flow.top:
            flow.ensure(max(heights))
            top, ends = flow.y, []
            for (left, width), spec in zip(regions, tables[:2]):
                flow.y = top
                with flow.region(left, width):
                    flow.table(**spec)
                ends.append(flow.y)
            flow.y = max(ends)
            tables = tables[2:]
    for spec in tables:
        flow.table(**spec)


def _day_text(value, language: str) -> str:
    text = str(value or "")[:10]
    return labels.day_title(text, language) if len(text) == 10 and text[4] == "-" else text


def _appeals(flow: Flow, summary: MonthSummary, appeals: list[dict], t: dict[str, str],
             language: str, categories: dict[str, str]) -> None:
    figures = summary.appeals or {}
    overdue = sum(1 for appeal in appeals if appeal.get("overdue"))
    flow.heading(t["appeals"])
    flow.paragraph(t["appeal_figures"].format(
        received=figures.get("received", 0), resolved=figures.get("resolved", 0),
        open=figures.get("open", 0), overdue=overdue), 9.5)
    listed = [a for a in appeals if not a.get("resolved_on") or a.get("overdue")]
    if not listed:
        flow.paragraph(t["no_open_appeals"], 9.5, color=MUTED, after=12)
        return
    _, group_names = names(language)
    columns = [Column(t["date"], 1.0), Column(t["category"], 1.2, wrap=True),
               Column(t["description"], 3.9, wrap=True), Column(t["urgency"], 0.9),
               Column(t["status"], 1.0), Column(t["referred_to"], 1.5, wrap=True),
               Column(t["overdue"], 0.7, CENTER)]
    rows = []
    for appeal in listed:
        group, category = appeal.get("group") or "", appeal.get("category") or ""
        description = str(appeal.get("description") or "")
        if group:
            description = f"[{group_names.get(group, group)}] {description}"
        rows.append([_day_text(appeal.get("date"), language), categories.get(category, category),
                     description, labels.code_name(t, "urgency", appeal.get("urgency")),
                     labels.code_name(t, "status", appeal.get("status")),
                     str(appeal.get("referred_to") or ""), "●" if appeal.get("overdue") else ""])
    flow.table(t["open_appeals"], columns, rows, continued=t["continued"], title_size=10.5)


def _activities(flow: Flow, summary: MonthSummary, activities: list[dict], t: dict[str, str],
                language: str, types: dict[str, str]) -> None:
    figures = summary.activities or {}
    flow.heading(t["activities"])
    flow.paragraph(t["activity_figures"].format(
        count=labels.number(figures.get("count", 0)),
        participants=labels.number(figures.get("participants", 0)),
        hours=labels.number(figures.get("volunteer_hours", 0))), 9.5)
    if not activities:
        flow.paragraph(t["no_activities"], 9.5, color=MUTED, after=12)
        return
    columns = [Column(t["date"], 1.0), Column(t["type"], 1.3, wrap=True),
               Column(t["activity_title"], 4.7, wrap=True), Column(t["participants"], 1.1, RIGHT),
               Column(t["volunteer_hours"], 1.0, RIGHT), Column(t["people_helped"], 1.1, RIGHT)]
    rows = []
    for activity in activities:
        text, kind = str(activity.get("title") or ""), activity.get("type") or ""
        if activity.get("story"):
            text += "\n" + str(activity["story"])
        rows.append([_day_text(activity.get("date"), language), types.get(kind, kind), text,
                     labels.number(activity.get("participants")),
                     labels.number(activity.get("volunteer_hours")),
                     labels.number(activity.get("people_helped"))])
    flow.table(t["activity_list"], columns, rows, continued=t["continued"], title_size=10.5)


def _signatures(flow: Flow, t: dict[str, str], language: str, fingerprint: str) -> None:
    """Lines to sign and date, the station key's fingerprint, the box for the stamp."""
    stamp, size, gap = 104.0, 10.5, 14.0
    chinese = labels.is_chinese(language)
    flow.ensure(stamp + 24)
    flow.space(14)
    top, line_h = flow.y, flow.line_height(size)
    signers = [f"{t[key]}{labels.colon(language)}" for key in ("prepared_by", "reviewed_by")]
    date_label = f"{t['date']}{labels.colon(language)}"
    sign_x = flow.left + max(flow.text_width(text, size) for text in signers) + 4
    end = flow.right - stamp - 24  # the dates end here, clear of the stamp box
    date_width = 124.0 if chinese else 96.0  # room for a handwritten date
    date_x = end - date_width
    label_x = date_x - flow.text_width(date_label, size) - 4
    ink = QColor("#57606A")
    for index, signer in enumerate(signers):
        y = top + 16 + index * 50
        base = y + line_h
        flow.text(flow.left, y, sign_x - flow.left, line_h, signer, size)
        flow.line(sign_x, base, label_x - gap, base, ink, 0.7)
        flow.text(label_x, y, date_x - label_x, line_h, date_label, size)
        flow.line(date_x, base, end, base, ink, 0.7)
        if chinese:  # ____年___月___日: room for a year, a month and a day
            for mark, x in (("年", date_x + 46), ("月", date_x + 84), ("日", date_x + 114)):
                flow.text(x, y, 12, line_h, mark, size, color=MUTED)
    if fingerprint:
        flow.text(flow.left, top + 16 + 2 * 50 - 14, end - flow.left, flow.line_height(9),
                  t["key_fingerprint"].format(fingerprint=fingerprint), 9, color=MUTED)
    u = flow.unit
    box = QRectF((flow.right - stamp) * u, top * u, stamp * u, stamp * u)
    label_font = flow.font(10)
    label = f"（{t['stamp']}）" if chinese else f"({t['stamp']})"

    def draw_stamp(painter: QPainter) -> None:
        painter.setPen(QPen(QColor("#8C959F"), 0.8 * u, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, 6 * u, 6 * u)
        painter.setFont(label_font)
        painter.setPen(QColor("#8C959F"))
        painter.drawText(box.adjusted(0, 0, 0, -8 * u),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), label)
    flow.add(draw_stamp)
    flow.y = top + stamp + 8
