"""The district month report as an A4 PDF to sign and stamp, drawn with the station
report's building blocks (keeper.reports.pdf_layout's Flow, its day chart and signature
lines) in the bundled font. QtGui only, like the station's PDF."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from keeper import fonts
from keeper.core import clock
from keeper.district.figures import DistrictMonth, code_names
from keeper.district.report_labels import rate_text, texts
from keeper.district.report_xlsx import key_figures, station_figures, timeliness, total_of
from keeper.reports import labels
from keeper.reports.pdf import a4_writer, day_chart, nice_scale, require_gui_application
from keeper.reports.pdf import signatures as signature_lines
from keeper.reports.pdf_layout import (ACCENT, CENTER, HEAD_FILL, LEFT, MUTED, RIGHT, TEXT,
                                       Column, Flow)

CHART_BARS = 25  # stations shown in the per-station chart (the busiest)


def write_pdf(month: DistrictMonth, path: Path, *, language: str,
              fingerprint: str = "") -> int:
    """Write the district's month report; return the number of pages. Needs a
    QGuiApplication, as the station's PDF does."""
    require_gui_application()
    family = fonts.load_bundled_fonts()
    t = texts(language)
    title = t["title"].format(month=labels.month_title(month.month, language))
    writer = a4_writer(path, f"{month.district.get('name', '')} {title}".strip())

    flow = Flow(writer, family)
    _header(flow, month, title, t, language)
    _key_cards(flow, month, t)
    flow.paragraph(t["people_note"], 8.5, color=MUTED, after=8)
    days = SimpleNamespace(by_day=month.totals.by_day, busiest_day=max(
        month.totals.by_day.items(), key=lambda item: (item[1], item[0]), default=None))
    if days.busiest_day and not days.busiest_day[1]:
        days.busiest_day = None
    flow.block(180, lambda painter, box: day_chart(flow, painter, box, days, t))
    flow.space(10)
    _figures_table(flow, month, t)
    _count_tables(flow, month, t, language)
    _stations_chart(flow, month, t)
    _stations_table(flow, month, t)
    _chase_table(flow, month, t)
    signature_lines(flow, t, language, fingerprint)  # the district key's, as a station's

    generated = t["generated"].format(when=clock.now().strftime("%Y-%m-%d %H:%M"))
    left = f"{month.district.get('name', '')} · {labels.month_title(month.month, language)}"

    def footer(page: int, pages: int) -> None:
        y = flow.bottom + 22
        flow.line(flow.left, y - 6, flow.right, y - 6)
        third = flow.width / 3
        flow.text(flow.left, y, third, 12, left, 7.5, color=MUTED)
        flow.text(flow.left + third, y, third, 12, t["page"].format(page=page, pages=pages), 8,
                  color=MUTED, align=CENTER)
        flow.text(flow.right - third, y, third, 12, generated, 7, color=MUTED, align=RIGHT)

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write the PDF file {path}")
    try:
        return flow.paint(painter, footer)
    finally:
        painter.end()


def _header(flow: Flow, month: DistrictMonth, title: str, t, language: str) -> None:
    height = flow.line_height(18, True)
    flow.text(flow.left, flow.y, flow.width, height, title, 18, bold=True)
    flow.y += height + 2
    height = flow.line_height(13, True)
    flow.text(flow.left, flow.y, flow.width, height, month.district.get("name", ""), 13,
              bold=True, color=ACCENT)
    flow.y += height + 1
    colon = labels.colon(language)
    flow.paragraph(f"{t['district_code']}{colon}{month.district.get('code', '')}", 9,
                   color=MUTED, after=6)
    flow.line(flow.left, flow.y, flow.right, flow.y, ACCENT, 1.2)
    flow.space(10)
    status = month.status()
    flow.paragraph(t["reporting_line"].format(**{**status, "rate": rate_text(month.rate)}),
                   10, bold=True, after=10)


def _key_cards(flow: Flow, month: DistrictMonth, t) -> None:
    cards = ((t["visits"], ("visits",)), (t["stations_reporting"], ("stations",)),
             (t["appeals_received"], ("appeals", "received")),
             (t["volunteer_hours"], ("activities", "volunteer_hours")))
    gap, pad = 10.0, 8.0
    width = (flow.width - gap * (len(cards) - 1)) / len(cards)
    label_h, value_h, small_h = (flow.line_height(8.5), flow.line_height(20, True),
                                 flow.line_height(8))
    height = pad + label_h + value_h + 2 * small_h + pad + 2
    flow.ensure(height)
    for index, (label, path) in enumerate(cards):
        x, y = flow.left + index * (width + gap), flow.y
        value = total_of(month.totals, path)
        flow.fill(x, y, width, height, HEAD_FILL)
        flow.fill(x, y, 3, height, ACCENT)
        x, inner = x + pad + 2, width - 2 * pad - 2
        flow.text(x, y + pad, inner, label_h, label, 8.5, color=MUTED)
        y += pad + label_h
        flow.text(x, y, inner, value_h, labels.number(value), 20, bold=True)
        y += value_h + 2
        for word, earlier in ((t["vs_last_month"], total_of(month.previous, path)),
                              (t["vs_last_year"], total_of(month.last_year, path))):
            flow.text(x, y, inner, small_h, f"{word} {labels.change_text(value, earlier)}", 8,
                      color=MUTED)
            y += small_h
    flow.y += height + 8


def _figures_table(flow: Flow, month: DistrictMonth, t) -> None:
    columns = [Column(t["figure"], 3.0), Column(t["this_month"], 1.3, RIGHT),
               Column(t["last_month"], 1.3, RIGHT), Column(t["vs_last_month"], 1.2, RIGHT),
               Column(t["last_year"], 1.5, RIGHT), Column(t["vs_last_year"], 1.2, RIGHT)]
    rows = []
    for label, kind, path in key_figures(month, t):
        if kind == "people":
            rows.append([label, "—", "", t["people_not_summed"], "", ""])
            continue
        now, before, year_ago = (total_of(month.totals, path), total_of(month.previous, path),
                                 total_of(month.last_year, path))
        rows.append([label, labels.number(now), labels.number(before),
                     labels.change_text(now, before), labels.number(year_ago),
                     labels.change_text(now, year_ago)])
    flow.table(t["key_figures"], columns, rows, continued=t["continued"])
    flow.paragraph(t["comparison_note"], 8, color=MUTED, after=10)


def _count_tables(flow: Flow, month: DistrictMonth, t, language: str) -> None:
    for key in ("services", "groups", "platforms"):
        names = code_names(month.codes, key, language)
        current = getattr(month.totals, key)
        before = getattr(month.previous, key) if month.previous else None
        year_ago = getattr(month.last_year, key) if month.last_year else None
        ranked = labels.ranked(current, before, names, tuple(names) if key != "platforms"
                               else ())
        if not ranked:
            continue
        whole = sum(value for *_, value, _ in ranked)
        columns = [Column(t[key], 3.0), Column(t["uses"], 1.2, RIGHT),
                   Column(t["share"], 1.0, RIGHT), Column(t["last_month"], 1.2, RIGHT),
                   Column(t["vs_last_month"], 1.1, RIGHT), Column(t["last_year"], 1.5, RIGHT),
                   Column(t["vs_last_year"], 1.1, RIGHT)]
        rows = []
        for code, name, value, earlier in ranked:
            ago = None if year_ago is None else year_ago.get(code, 0)
            rows.append([name, labels.number(value), f"{value / (whole or 1):.1%}",
                         labels.number(earlier), labels.change_text(value, earlier),
                         labels.number(ago), labels.change_text(value, ago)])
        flow.table(t[key], columns, rows, continued=t["continued"],
                   total=[t["total"], labels.number(whole), "", "", "", "", ""])


def _stations_chart(flow: Flow, month: DistrictMonth, t) -> None:
    """Horizontal bars of visits per station, the busiest first."""
    received = sorted(month.received, key=lambda s: (-s.figure("visits"), s.code))
    title = (t["chart_busiest"].format(count=CHART_BARS) if len(received) > CHART_BARS
             else t["chart_stations"])
    received = received[:CHART_BARS]
    if not received:
        return
    bar_h = 13.0
    height = flow.line_height(10, True) + 10 + bar_h * len(received) + 6
    flow.heading(title, height)

    def draw(painter: QPainter, box: QRectF) -> None:
        u = flow.unit
        label_w, value_w = 150 * u, 44 * u
        plot_w = box.width() - label_w - value_w
        _, top = nice_scale(max(s.figure("visits") for s in received))
        painter.setFont(flow.font(7.5))
        for index, station in enumerate(received):
            y = box.top() + index * bar_h * u
            visits = station.figure("visits")
            painter.setPen(TEXT)
            name = flow.metrics(7.5).elidedText(f"{station.code} {station.name}",
                                                Qt.TextElideMode.ElideRight, label_w - 6 * u)
            painter.drawText(QRectF(box.left(), y, label_w - 6 * u, bar_h * u), int(LEFT), name)
            width = plot_w * visits / top
            painter.fillRect(QRectF(box.left() + label_w, y + 2 * u, width, (bar_h - 4) * u),
                             ACCENT)
            painter.setPen(MUTED)
            painter.drawText(QRectF(box.left() + label_w + width + 3 * u, y, value_w, bar_h * u),
                             int(LEFT), labels.number(visits))
        painter.setPen(QPen(MUTED, 0.6 * u))
        painter.drawLine(QPointF(box.left() + label_w, box.top()),
                         QPointF(box.left() + label_w, box.top() + len(received) * bar_h * u))
    flow.block(bar_h * len(received) + 6, draw)
    flow.space(8)


def _stations_table(flow: Flow, month: DistrictMonth, t) -> None:
    columns = [Column(t["station"], 3.6, wrap=True), Column(t["short_visits"], 1.0, RIGHT),
               Column(t["short_people"], 1.0, RIGHT), Column(t["service_uses"], 1.0, RIGHT),
               Column(t["appeals"], 0.9, RIGHT), Column(t["resolved"], 0.9, RIGHT),
               Column(t["open"], 0.7, RIGHT), Column(t["overdue"], 0.9, RIGHT),
               Column(t["activities"], 0.9, RIGHT), Column(t["short_hours"], 0.8, RIGHT),
               Column(t["short_revision"], 0.6, CENTER), Column(t["timeliness"], 1.0, CENTER)]
    rows = []
    for station in month.stations:
        figures = ([labels.number(v) for v in station_figures(station)] if station.received
                   else [""] * 9)
        revision = f"r{station.revision}" if station.received and station.revision else ""
        rows.append([f"{station.code} {station.name}", *figures, revision,
                     timeliness(station, t)])
    totals = month.totals
    total = [t["total"], labels.number(totals.visits), "—",
             labels.number(sum(totals.services.values())),
             *(labels.number(totals.appeals[k]) for k in ("received", "resolved", "open",
                                                          "overdue")),
             labels.number(totals.activities["count"]),
             labels.number(totals.activities["volunteer_hours"]), "", ""]
    flow.table(t["station_rows"], columns, rows, continued=t["continued"], total=total,
               size=7)
    flow.paragraph(t["people_note"], 8, color=MUTED, after=10)


def _chase_table(flow: Flow, month: DistrictMonth, t) -> None:
    if not month.missing:
        flow.heading(t["chase"], 20)
        flow.paragraph(t["nobody_missing"], 9.5, color=MUTED, after=10)
        return
    columns = [Column(t["code"], 1.2), Column(t["station"], 3.0, wrap=True),
               Column(t["kind"], 1.2), Column(t["contact"], 3.0, wrap=True)]
    rows = [[s.code, s.name, t.get(f"kind_{s.kind}", s.kind), s.contact] for s in month.missing]
    flow.table(t["chase"], columns, rows, continued=t["continued"])
