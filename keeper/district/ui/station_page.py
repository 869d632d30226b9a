"""A station's page: who it is, its figures month by month with a chart, the revisions
received of a month, and the checks' findings."""
from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, \
    QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from keeper.district.figures import StationMonth
from keeper.district.grid import Grid
from keeper.district.models import Finding
from keeper.district.store import DistrictError
from keeper.district.report_xlsx import station_figures
from keeper.district.ui.grid_view import state_brush, state_name
from keeper.errors import QT_TRANSLATE_NOOP, KeeperError
from keeper.i18n import translate
from keeper.reports import labels


FIGURE_COLUMNS = (
    QT_TRANSLATE_NOOP("DistrictStation", "Month"),
    QT_TRANSLATE_NOOP("DistrictStation", "State"),
    QT_TRANSLATE_NOOP("DistrictStation", "Visits"),
    QT_TRANSLATE_NOOP("DistrictStation", "People"),
    QT_TRANSLATE_NOOP("DistrictStation", "Service uses"),
    QT_TRANSLATE_NOOP("DistrictStation", "Appeals"),
    QT_TRANSLATE_NOOP("DistrictStation", "Resolved"),
    QT_TRANSLATE_NOOP("DistrictStation", "Open"),
    QT_TRANSLATE_NOOP("DistrictStation", "Overdue"),
    QT_TRANSLATE_NOOP("DistrictStation", "Activities"),
    QT_TRANSLATE_NOOP("DistrictStation", "Volunteer hours"),
    QT_TRANSLATE_NOOP("DistrictStation", "Revision"),
)
REVISION_COLUMNS = (
    QT_TRANSLATE_NOOP("DistrictStation", "Revision"),
    QT_TRANSLATE_NOOP("DistrictStation", "Replaces"),
    QT_TRANSLATE_NOOP("DistrictStation", "Complete"),
    QT_TRANSLATE_NOOP("DistrictStation", "Figures up to"),
    QT_TRANSLATE_NOOP("DistrictStation", "Sent"),
    QT_TRANSLATE_NOOP("DistrictStation", "Received"),
    QT_TRANSLATE_NOOP("DistrictStation", "Visits"),
    QT_TRANSLATE_NOOP("DistrictStation", "File"),
)
FINDING_COLUMNS = (
    QT_TRANSLATE_NOOP("DistrictStation", "Month"),
    QT_TRANSLATE_NOOP("DistrictStation", "Rule"),
    QT_TRANSLATE_NOOP("DistrictStation", "Figure"),
    QT_TRANSLATE_NOOP("DistrictStation", "Value"),
    QT_TRANSLATE_NOOP("DistrictStation", "Expected"),
    QT_TRANSLATE_NOOP("DistrictStation", "Explained"),
)

def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(value, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(value if isinstance(value, str) else labels.number(value))
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def month_ticks(months: list[str]) -> list[str]:
    """Short labels under a chart's bars: the month's number, with the year at each January
    ("25/1"); the title gives the range. Category labels must differ, so the same month of
    another year carries zero-width spaces."""
    ticks = []
    for month in months:
        year, number = int(month[:4]), int(month[5:7])
        if number == 1:
            ticks.append(f"{year % 100:02d}/{number}")
        else:
            ticks.append(str(number) + "\u200b" * (year - int(months[0][:4])))
    return ticks


class StationPage(QDialog):
    def __init__(self, store, code: str, grid: Grid, month: str, parent=None) -> None:
        super().__init__(parent)
        self.store, self.code, self.month = store, code, month
        info = store.station(code)
        self.setWindowTitle(f"{info.code} {info.name}")
        title = QLabel(f"<b>{info.code}</b>&nbsp;&nbsp;{info.name}")
        title.setStyleSheet("font-size: 16pt;")
        details = QFormLayout()
        kind = {"comprehensive": translate("DistrictStation", "comprehensive"),
                "specialized": translate("DistrictStation", "specialized")}
        details.addRow(translate("DistrictStation", "Kind:"), QLabel(kind.get(info.kind,
                                                                                info.kind)))
        details.addRow(translate("DistrictStation", "Expected:"), QLabel(
            translate("DistrictStation", "from {opened}").format(opened=info.opened)
            if not info.closed else translate("DistrictStation", "{opened} to {closed}")
            .format(opened=info.opened, closed=info.closed)))
        details.addRow(translate("DistrictStation", "Contact:"),
                       QLabel(" ".join(p for p in (info.contact, info.phone) if p) or "—"))
        details.addRow(translate("DistrictStation", "Address:"), QLabel(info.address or "—"))
        details.addRow(translate("DistrictStation", "Signing key:"), QLabel(
            info.key_fingerprint or translate("DistrictStation", "none yet (first bundle)")))

        months = [m for m in grid.months if m >= info.opened]
        history = store.station_history(code, months)
        self.figures = self._figures_table(months, history, grid)
        self.chart = self._chart(months, history)
        self.revisions = self._revisions()
        self.findings = _table([translate("DistrictStation", h) for h in FINDING_COLUMNS])
        self.finding_ids: list[int] = []
        self.fill_findings()
        findings_page = self._findings_page()
        tabs = QTabWidget()
        over_time = QWidget()
        column = QVBoxLayout(over_time)
        column.addWidget(self.chart, 2)
        column.addWidget(self.figures, 3)
        tabs.addTab(over_time, translate("DistrictStation", "Figures over time"))
        tabs.addTab(self.revisions, translate("DistrictStation", "Revisions of {month}")
                    .format(month=month))
        tabs.addTab(findings_page, translate("DistrictStation", "Findings ({count})")
                    .format(count=self.findings.rowCount()))
        self.tabs = tabs
        top = QHBoxLayout()
        box = QGroupBox()
        box.setLayout(details)
        top.addWidget(title, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(box)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.resize(1100, 720)

    def _figures_table(self, months, history, grid: Grid) -> QTableWidget:
        headers = [translate("DistrictStation", h) for h in FIGURE_COLUMNS]
        table = _table(headers)
        for month in reversed(months):
            sub = history.get(month)
            row = table.rowCount()
            table.insertRow(row)
            cell = grid.cells.get((self.code, month))
            table.setItem(row, 0, _item(month))
            state = QTableWidgetItem(state_name(cell.state) if cell else "")
            if cell:
                state.setBackground(state_brush(cell.state))
                if cell.state in ("approved", "on_time", "missing"):
                    state.setForeground(QColor("#FFFFFF"))
            table.setItem(row, 1, state)
            if sub is None:
                continue
            figures = station_figures(StationMonth(self.code, "", summary=sub.summary))
            for col, value in enumerate(figures, start=2):
                table.setItem(row, col, _item(value, True))
            table.setItem(row, 11, _item(f"r{sub.revision}"))
        return table

    def _chart(self, months, history) -> QChartView:
        chart = QChart()
        chart.setTitle(translate("DistrictStation", "Visits per month, {first} to {last}")
                       .format(first=months[0], last=months[-1]) if months else "")
        bars = QBarSet(translate("DistrictStation", "Visits"))
        bars.setColor(QColor("#2F6FA3"))
        values = [float(sub.summary.get("visits", 0)) if (sub := history.get(m)) else 0.0
                  for m in months]
        bars.append(values)
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(month_ticks(months))
        axis_y = QValueAxis()
        axis_y.setRange(0, max(values + [1.0]) * 1.1)
        axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.legend().setVisible(False)
        chart.setMargins(QMargins(4, 4, 4, 4))
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(200)
        return view

    def _revisions(self) -> QTableWidget:
        table = _table([translate("DistrictStation", h) for h in REVISION_COLUMNS])
        for sub in self.store.revisions(self.code, self.month):
            row = table.rowCount()
            table.insertRow(row)
            summary = sub.summary_dict()
            for col, value in enumerate((
                    f"r{sub.revision}", f"r{sub.supersedes}" if sub.supersedes else "—",
                    translate("DistrictStation", "yes") if sub.complete
                    else translate("DistrictStation", "preview"),
                    sub.as_of, sub.generated_at[:16].replace("T", " "),
                    sub.received_at[:16].replace("T", " "))):
                table.setItem(row, col, _item(value))
            table.setItem(row, 6, _item(summary.get("visits", 0), True))
            table.setItem(row, 7, _item(sub.file_name))
        return table

    def _findings_page(self) -> QWidget:
        """The findings, and a note to mark the selected one as explained."""
        self.note = QLineEdit()
        self.note.setPlaceholderText(translate(
            "DistrictStation", "What explains it, e.g. closed for renovation 10–20 October"))
        self.explain_button = QPushButton(translate("DistrictStation", "Mark as explained"))
        self.explain_button.clicked.connect(self.explain_selected)
        self.explain_error = QLabel()
        self.explain_error.setStyleSheet("color: #B42318;")
        self.explain_error.hide()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.findings, 1)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.explain_button)
        layout.addLayout(row)
        layout.addWidget(self.explain_error)
        return page

    def fill_findings(self) -> None:
        rules = {"invariant": translate("DistrictStation", "figures disagree"),
                 "zero_visits": translate("DistrictStation", "no visits"),
                 "outlier": translate("DistrictStation", "far from its last months")}
        rows = list(Finding.select().where(Finding.station_code == self.code)
                    .order_by(Finding.month.desc(), Finding.rule))
        self.finding_ids = [finding.id for finding in rows]
        self.findings.setRowCount(len(rows))
        for row, finding in enumerate(rows):
            explained = (translate("DistrictStation", "yes: {note}").format(note=finding.note)
                         if finding.explained_at else "")
            for col, value in enumerate((finding.month, rules.get(finding.rule, finding.rule),
                                         finding.figure, finding.value, finding.expected,
                                         explained)):
                self.findings.setItem(row, col, _item(value))

    def explain_selected(self) -> None:
        from keeper.district.checks import explain

        rows = self.findings.selectionModel().selectedRows()
        try:
            if not rows:
                raise DistrictError(QT_TRANSLATE_NOOP(
                    "District", "Choose the finding to explain in the list."))
            explain(self.store, self.finding_ids[rows[0].row()], self.note.text())
        except KeeperError as exc:
            self.explain_error.setText(exc.message(QCoreApplication.translate))
            self.explain_error.show()
            return
        self.explain_error.hide()
        self.note.clear()
        self.fill_findings()
