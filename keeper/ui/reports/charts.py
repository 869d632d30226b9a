"""The month's charts (QtCharts): visits per day, services, groups."""
from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter

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
    ordered = sorted(summary.services.items(), key=lambda item: -item[1])
    return _bars(title, [names.get(code, code) for code, _ in ordered],
                 [uses for _, uses in ordered])


def groups_chart(summary: MonthSummary, names: dict[str, str], title: str) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    series = QPieSeries()
    total = sum(summary.groups.values()) or 1
    for position, (code, visits) in enumerate(sorted(summary.groups.items(),
                                                      key=lambda item: -item[1])):
        piece = series.append(f"{names.get(code, code)} {visits * 100 / total:.0f}%", visits)
        piece.setColor(PALETTE[position % len(PALETTE)])
        piece.setLabelVisible(visits / total > 0.04)
    chart.addSeries(series)
    return _view(chart)
