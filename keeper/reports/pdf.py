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
from keeper.core.stats import MonthSummary, month_bounds
from keeper.core.visitors import mask_phones_in
from keeper.reports import labels
from keeper.reports.common import names
from keeper.reports.stock import stock_section
from keeper.reports.pdf_layout import (ACCENT, CENTER, HEAD_FILL, LEFT, MUTED, RIGHT, TEXT,
                                       Column, Flow)

RESOLUTION = 600  # dots per inch of the PDF's coordinate space (text and lines stay vector)
STAMP = 104.0  # the stamp box's side, in points
SIGNATURES = 14 + STAMP + 10  # the signature block's height, with the space above it
BUSIEST = QColor("#D9822B")


def a4_writer(path: Path, title: str) -> QPdfWriter:
    """An A4 portrait PDF with no printer margins (the flow lays out its own), as every
    signed paper of keeper's is: the station's and the district's monthly reports."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    writer.setTitle(title)
    writer.setCreator("keeper 驿站管家")
    return writer


def require_gui_application() -> None:
    app = QCoreApplication.instance()
    if not isinstance(app, QGuiApplication):
        raise RuntimeError(
            "write_pdf needs a QGuiApplication (fonts and painting live in QtGui); "
            + ("this process has only a QCoreApplication: create a QGuiApplication instead, "
               "e.g. with QT_QPA_PLATFORM=offscreen for the command line."
               if app is not None else "none exists yet: create one before exporting."))


def write_pdf(summary: MonthSummary, path: Path, *, language: str,
              appeals: list[dict] | None = None, activities: list[dict] | None = None,
              fingerprint: str = "", revision: int | None = None,
              as_of: str | None = None) -> int:
    """Write the month's printable report to ``path``; return the number of pages.

    Needs a QGuiApplication (a RuntimeError says so otherwise). ``appeals`` and
    ``activities`` are the month's records as plain dicts; without them their sections
    say there were none. ``fingerprint``: the station key's, printed by the signatures so
    the district can tell the bundle and the signed paper come from the same station.
    ``revision`` and ``as_of`` (the last day the figures cover) go in the header, so a
    signed paper matches its bundle. The paper goes to the district: it carries no names,
    phones or free text (descriptions, stories), only codes and figures."""
    require_gui_application()
    family = fonts.load_bundled_fonts()
    appeals, activities = appeals or [], activities or []
    vocabularies = {"category": labels.vocabulary("category", language) if appeals else {},
                    "type": labels.vocabulary("type", language) if activities else {}}
    edition = (revision, as_of)
    return _write(summary, Path(path), language, family, appeals, activities, vocabularies,
                  fingerprint, edition)


def _write(summary: MonthSummary, path: Path, language: str, family: str, appeals: list[dict],
           activities: list[dict], vocabularies: dict[str, dict[str, str]],
           fingerprint: str, edition: tuple[int | None, str | None] = (None, None)) -> int:
    t = labels.texts(labels.PDF_LABELS, labels.PDF, language)
    profile = get_station()
    station = {**summary.station, "address": profile.address if profile else ""}
    month = labels.month_title(summary.month, language)
    title = t["title"].format(month=month)
    writer = a4_writer(path, f"{station.get('name', '')} {title}".strip())

    flow = Flow(writer, family)
    _header(flow, station, title, t, language, summary.month, edition)
    # "Corrections since the last export" only where there was an earlier revision.
    _key_figures(flow, summary, t, language,
                 corrections=(edition[0] or 0) > 1 or summary.corrections > 0)
    flow.block(196, lambda painter, box: day_chart(flow, painter, box, summary, t))
    flow.space(14)
    _count_tables(flow, summary, t, language)
    _appeals(flow, summary, appeals, t, language, vocabularies["category"])
    # The signatures never stand alone on a page: the last table keeps rows with them.
    last_is_stock = bool(summary.stock)
    _activities(flow, summary, activities, t, language, vocabularies["type"],
                keep_after=0 if last_is_stock else SIGNATURES)
    stock_section(flow, summary, language, t["continued"], keep_after=SIGNATURES)
    signatures(flow, t, language, fingerprint)

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


def edition_text(t: dict[str, str], month: str, revision: int | None,
                 as_of: str | None) -> str:
    """"第 2 版 · 数据截至 2026-10-31": what ties a signed paper to its bundle."""
    parts = []
    if revision:
        parts.append(t["revision"].format(revision=revision))
    if as_of:
        parts.append(t["as_of"].format(day=as_of))
        if as_of < month_bounds(month)[1].isoformat():
            parts.append(t["incomplete"])
    return " · ".join(parts)


def _header(flow: Flow, station: dict, title: str, t: dict[str, str], language: str,
            month: str, edition: tuple[int | None, str | None]) -> None:
    height = flow.line_height(18, True)
    flow.text(flow.left, flow.y, flow.width, height, title, 18, bold=True)
    edition_line = edition_text(t, month, *edition)
    if edition_line:
        flow.text(flow.left, flow.y, flow.width, height, edition_line, 10, bold=True,
                  color=ACCENT, align=RIGHT)
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


def _key_figures(flow: Flow, summary: MonthSummary, t: dict[str, str], language: str,
                 corrections: bool = True) -> None:
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
    if corrections:
        lines.append(t["corrections"].format(count=labels.number(summary.corrections)))
    flow.paragraph("　　".join(lines), 9, color=MUTED, after=10)


def nice_scale(maximum: int, ticks: int = 4) -> tuple[float, float]:
    """(step, top) of a value axis with round gridlines: 1, 2, 2.5 or 5 times 10^n."""
    if maximum <= 0:
        return 1.0, float(ticks)
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if step < 1:
        step = 1.0
    return step, math.ceil(maximum / step) * step


def day_chart(flow: Flow, painter: QPainter, box: QRectF, summary: MonthSummary,
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
    step, top = nice_scale(max(values, default=0))
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
    for title, counted, current, earlier, names_of, always in (
            (t["services"], t["uses"], summary.services, previous and previous.services,
             service_names, active),
            (t["groups"], t["visit_count"], summary.groups, previous and previous.groups,
             group_names, shown_groups),
            (t["platforms"], t["visit_count"], summary.platforms,
             previous and previous.platforms, {}, ())):
        rows = labels.ranked(current, earlier, names_of, always)
        if not rows:
            continue
        total = sum(value for *_, value, _ in rows)
        columns = [Column(title, 3.0), Column(counted, 1.2, RIGHT),
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
    flow.paragraph(t["uses_note"], 8, color=MUTED, after=10)


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
    # Codes and dates only: the description and to whom it was referred are free text,
    # which can name people; they stay at the station (the workbook's full details).
    _, group_names = names(language)
    columns = [Column(t["date"], 1.0), Column(t["category"], 1.6, wrap=True),
               Column(t["group"], 1.5, wrap=True), Column(t["urgency"], 0.9),
               Column(t["status"], 1.1), Column(t["overdue"], 0.7, CENTER)]
    rows = []
    for appeal in listed:
        group, category = appeal.get("group") or "", appeal.get("category") or ""
        rows.append([_day_text(appeal.get("date"), language), categories.get(category, category),
                     group_names.get(group, group),
                     labels.code_name(t, "urgency", appeal.get("urgency")),
                     labels.code_name(t, "status", appeal.get("status")),
                     "●" if appeal.get("overdue") else ""])
    flow.table(t["open_appeals"], columns, rows, continued=t["continued"], title_size=10.5)


def _activities(flow: Flow, summary: MonthSummary, activities: list[dict], t: dict[str, str],
                language: str, types: dict[str, str], keep_after: float = 0) -> None:
    figures = summary.activities or {}
    # Without a table, the heading and its lines stay with what follows (the signatures).
    flow.heading(t["activities"], keep_with=60 + (0 if activities else keep_after))
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
    for activity in activities:  # the title, not the story: that names people
        text = mask_phones_in(str(activity.get("title") or ""))
        kind = activity.get("type") or ""
        rows.append([_day_text(activity.get("date"), language), types.get(kind, kind), text,
                     labels.number(activity.get("participants")),
                     labels.number(activity.get("volunteer_hours")),
                     labels.number(activity.get("people_helped"))])
    flow.table(t["activity_list"], columns, rows, continued=t["continued"], title_size=10.5,
               keep_after=keep_after)


def signatures(flow: Flow, t: dict[str, str], language: str, fingerprint: str) -> None:
    """Lines to sign and date, the station key's fingerprint, the box for the stamp."""
    stamp, size, gap = STAMP, 10.5, 14.0
    chinese = labels.is_chinese(language)
    flow.ensure(SIGNATURES)
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
