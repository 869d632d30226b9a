"""The month's charts (QtCharts): visits per day, services, groups."""
from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QPainter

from keeper.core.stats import MonthSummary
from keeper.ui.widgets import palette

BLUE = QColor(palette.ACCENT)
PALETTE = [QColor(c) for c in palette.CHART]


def _view(chart: QChart) -> QChartView:
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(6)
    chart.legend().setVisible(False)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _bars(title: str, labels: list[str], values: list[int]) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    series = QBarSeries()
    bars = QBarSet("")
    bars.setColor(BLUE)
    bars.append([float(v) for v in values])
    series.append(bars)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append(labels)
    axis_y = QValueAxis()
    axis_y.setRange(0, max(values + [1]) * 1.1)
    axis_y.applyNiceNumbers()
    axis_y.setLabelFormat("%d")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    return _view(chart)


def days_chart(summary: MonthSummary, title: str) -> QChartView:
    return _bars(title, [day[-2:] for day in summary.by_day], list(summary.by_day.values()))


def services_chart(summary: MonthSummary, names: dict[str, str], title: str) -> QChartView:
    """Lying bars, the names down the side: a long name ("Drinking water", 应急药品) is
    read whole instead of cut under a narrow bar. The most used at the top."""
    ordered = sorted(summary.services.items(), key=lambda item: item[1])
    chart = QChart()
    chart.setTitle(title)
    series = QHorizontalBarSeries()
    bars = QBarSet("")
    bars.setColor(BLUE)
    bars.append([float(uses) for _, uses in ordered])
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    bars.setLabelColor(QColor("#343a40"))
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append([names.get(code, code) for code, _ in ordered])
    # The window's font (Latin, then Keeper Sans for Han): with QtCharts' own default the
    # Chinese names are measured wrong and cut to "…".
    axis_y.setLabelsFont(QGuiApplication.font())
    axis_y.setTruncateLabels(False)
    axis_x = QValueAxis()
    axis_x.setRange(0, max([uses for _, uses in ordered] + [1]) * 1.15)  # room for figures
    axis_x.applyNiceNumbers()
    axis_x.setLabelFormat("%d")
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_y)
    series.attachAxis(axis_x)
    view = _view(chart)
    view.setMinimumHeight(max(260, 30 * len(ordered) + 80))
    return view


def groups_chart(summary: MonthSummary, names: dict[str, str], title: str) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    series = QPieSeries()
    total = sum(summary.groups.values()) or 1
    for position, (code, visits) in enumerate(sorted(summary.groups.items(),
                                                      key=lambda item: -item[1])):
        piece = series.append(f"{names.get(code, code)}  {visits * 100 / total:.0f}%", visits)
        piece.setColor(PALETTE[position % len(PALETTE)])
    series.setPieSize(0.8)
    chart.addSeries(series)
    view = _view(chart)
    # Names and shares in a legend beside the pie: labels on thin slices would collide.
    legend = chart.legend()
    legend.setVisible(True)
    legend.setAlignment(Qt.AlignmentFlag.AlignRight)
    widest = max((QFontMetrics(legend.font()).horizontalAdvance(piece.label())
                  for piece in series.slices()), default=0)
    legend.setMinimumWidth(widest + 40)  # the marker and margins: no name cut short
    view.setMinimumHeight(260)
    return view
