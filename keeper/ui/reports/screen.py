"""The Reports screen: a month's figures and charts, export with progress, closing."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keeper import paths
from keeper.core import clock, months
from keeper.core.months import month_of, shift_month
from keeper.core.stats import MonthSummary, month_summary
from keeper.errors import KeeperError
from keeper.i18n import current_language, translate
from keeper.reports.common import names
from keeper.core.exports import export_history
from keeper.reports.export import export_month
from keeper.ui.background import ThreadTask
from keeper.ui.reports import charts as month_charts
from keeper.ui.widgets.visit_form import error_label
from keeper.ui.widgets.common import scrolling_page
from keeper.ui.widgets import palette

STEPS = ("xlsx", "pdf", "bundle")


def _pct(now: int, before: int) -> str:
    if not before:
        return "—"
    change = (now - before) * 100 / before
    return f"{'↑' if change >= 0 else '↓'} {abs(change):.1f}%"


class ReportsScreen(QWidget):
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = current_language()
        self.service_names, self.group_names = names(self.language)
        page = scrolling_page(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 12)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("ReportsScreen", "Month:")))
        self.month = QComboBox()
        this_month = month_of(clock.today())
        for back in range(0, 25):
            self.month.addItem(shift_month(this_month, -back))
        self.month.setCurrentIndex(1)  # reports are made for the month just ended
        bar.addWidget(self.month)
        self.state = QLabel()
        bar.addWidget(self.state, 1)
        layout.addLayout(bar)

        export_box = QGroupBox(translate("ReportsScreen", "Report for the district"))
        export_layout = QVBoxLayout(export_box)
        row = QHBoxLayout()
        self.folder_label = QLabel()
        self.choose_folder = QPushButton(translate("ReportsScreen", "Choose folder…"))
        self.full_details = QCheckBox(translate(
            "ReportsScreen", "Full phone numbers in the workbook (it stays at the station)"))
        row.addWidget(QLabel(translate("ReportsScreen", "Write into:")))
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.choose_folder)
        export_layout.addLayout(row)
        export_layout.addWidget(self.full_details)
        actions = QHBoxLayout()
        self.export_button = QPushButton(translate("ReportsScreen", "Export Excel, PDF and bundle"))
        self.export_button.setMinimumHeight(40)
        self.progress = QProgressBar()
        self.progress.setRange(0, len(STEPS))
        self.progress.hide()
        self.open_folder = QPushButton(translate("ReportsScreen", "Open the folder"))
        self.open_folder.hide()
        self.close_button = QPushButton(translate("ReportsScreen", "Close this month"))
        self.reopen_button = QPushButton(translate("ReportsScreen", "Reopen…"))
        for widget in (self.export_button, self.progress, self.open_folder):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        actions.addWidget(self.reopen_button)
        export_layout.addLayout(actions)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet(palette.DONE_STYLE)
        export_layout.addWidget(self.result_label)
        self.error = error_label()
        export_layout.addWidget(self.error)
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels([
            translate("ReportsScreen", "Month"), translate("ReportsScreen", "Revision"),
            translate("ReportsScreen", "Exported"), translate("ReportsScreen", "Files")])
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setMaximumHeight(180)
        for column, width in enumerate((80, 70, 130)):
            self.history.setColumnWidth(column, width)
        export_layout.addWidget(QLabel(translate("ReportsScreen", "Exported before:")))
        export_layout.addWidget(self.history)
        layout.addWidget(export_box)
        self.figures = QGridLayout()
        figures_box = QGroupBox(translate("ReportsScreen", "The month's figures"))
        figures_box.setLayout(self.figures)
        layout.addWidget(figures_box)
        self.charts = QHBoxLayout()
        layout.addLayout(self.charts)
        self.days_holder = QVBoxLayout()
        layout.addLayout(self.days_holder)

        self.folder = paths.exports_dir()
        self.folder_label.setText(str(self.folder))
        # The export runs on its own thread (its own database connection): the window
        # stays alive and shows each step.
        self.worker = ThreadTask(self, name="keeper-export")
        self.worker.step.connect(self._step)
        self.worker.done.connect(self._exported)
        self.month.currentIndexChanged.connect(self.refresh)
        self.choose_folder.clicked.connect(self._choose_folder)
        self.export_button.clicked.connect(self.export)
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_folder))))
        self.close_button.clicked.connect(self.close_month)
        self.reopen_button.clicked.connect(self.reopen_month)
        self.last_folder = self.folder
        self.summary: MonthSummary | None = None
        self.refresh()

    # -- the month's figures -----------------------------------------------------------
    def refresh(self) -> None:
        month = self.month.currentText()
        self.summary = summary = month_summary(month)
        while self.figures.count():
            self.figures.takeAt(0).widget().deleteLater()
        previous, last_year = summary.previous, summary.last_year
        rows = (
            (translate("ReportsScreen", "Visits (人次)"), summary.visits, previous.visits,
             last_year.visits),
            (translate("ReportsScreen", "Registered visitors who came (人数)"),
             summary.visitors_registered, previous.visitors_registered,
             last_year.visitors_registered),
            (translate("ReportsScreen", "New registrations"), summary.new_registrations,
             previous.new_registrations, last_year.new_registrations),
            (translate("ReportsScreen", "Ledger entries"), summary.entries, previous.entries,
             last_year.entries),
        )
        headers = ("", month, translate("ReportsScreen", "Last month"),
                   translate("ReportsScreen", "Change"), translate("ReportsScreen", "A year ago"))
        for column, text in enumerate(headers):
            self.figures.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        for row, (label, now, before, year_ago) in enumerate(rows, start=1):
            for column, text in enumerate((label, f"<b>{now}</b>", str(before),
                                           _pct(now, before), str(year_ago))):
                self.figures.addWidget(QLabel(text), row, column)
        busiest = summary.busiest_day
        hour = summary.busiest_hour
        extra = translate("ReportsScreen", "Busiest day: {day} ({visits}). Busiest hour: "
                                           "{hour}:00–{hour}:59. Corrections since the previous "
                                           "revision: {corrections}.").format(
            day=busiest[0] if busiest else "—", visits=busiest[1] if busiest else 0,
            hour=hour[0] if hour else "—", corrections=summary.corrections)
        note = QLabel(extra)
        note.setWordWrap(True)
        self.figures.addWidget(note, len(rows) + 1, 0, 1, 5)
        self._charts(summary)
        self._sync_state()

    def _charts(self, summary: MonthSummary) -> None:
        for holder in (self.charts, self.days_holder):
            while holder.count():
                holder.takeAt(0).widget().deleteLater()
        self.charts.addWidget(month_charts.services_chart(
            summary, self.service_names, translate("ReportsScreen", "Services used")))
        self.charts.addWidget(month_charts.groups_chart(
            summary, self.group_names, translate("ReportsScreen", "Visitor groups")))
        self.days_holder.addWidget(month_charts.days_chart(
            summary, translate("ReportsScreen", "Visits per day")))

    def _sync_state(self) -> None:
        month = self.month.currentText()
        closed = months.is_closed(month)
        exported = bool(export_history(month))
        self.state.setText(translate("ReportsScreen", "Closed") if closed else (
            translate("ReportsScreen", "Exported, not closed") if exported
            else translate("ReportsScreen", "Not exported yet")))
        self.close_button.setEnabled(exported and not closed)
        self.reopen_button.setEnabled(closed)
        records = export_history()
        self.history.setRowCount(len(records))
        for row, record in enumerate(records):
            for column, text in enumerate((record.month, f"r{record.revision}",
                                           record.generated_at.replace("T", " ")[:16],
                                           f"{record.folder}: " + ", ".join(record.files))):
                self.history.setItem(row, column, QTableWidgetItem(text))

    # -- exporting ---------------------------------------------------------------------
    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("ReportsScreen", "Where to write the report (e.g. a USB stick)"),
            str(self.folder))
        if chosen:
            self.folder = chosen
            self.folder_label.setText(chosen)

    def export(self) -> None:
        self.error.hide()
        self.result_label.clear()
        self.open_folder.hide()
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        month, folder, language = self.month.currentText(), self.folder, self.language
        full_details = self.full_details.isChecked()
        self.worker.start(lambda: export_month(month, folder, language=language,
                                               full_details=full_details,
                                               progress=self.worker.step.emit))

    def _step(self, name: str) -> None:
        self.progress.setValue(STEPS.index(name) if name in STEPS else 0)

    def _exported(self, result) -> None:
        self.export_button.setEnabled(True)
        self.progress.hide()
        if isinstance(result, KeeperError):
            self.error.setText(result.message(QCoreApplication.translate))
            self.error.show()
            return
        if isinstance(result, Exception):
            raise result  # a bug: the crash dialog, with the report
        self.last_folder = result.folder
        if result.complete:
            text = translate("ReportsScreen", "Written (revision {revision}): {files}").format(
                revision=result.revision, files=", ".join(p.name for p in result.files))
        else:
            text = translate("ReportsScreen", "Written as a preview (the month is not over, "
                                              "figures up to {day}): {files}").format(
                day=result.as_of, files=", ".join(p.name for p in result.files))
        self.result_label.setText(text)
        self.open_folder.show()
        self.message.emit(text)
        self.refresh()

    def close_month(self) -> None:
        try:
            months.close_month(self.month.currentText())
        except KeeperError as exc:
            self.error.setText(exc.message(QCoreApplication.translate))
            self.error.show()
        self._sync_state()

    def reopen_month(self) -> None:
        from keeper.ui.lock import require_pin

        if not require_pin(self, translate("ReportsScreen", "Reopening a closed month")):
            return
        reason, ok = QInputDialog.getText(self, translate("ReportsScreen", "Reopen the month"),
                                          translate("ReportsScreen", "Why? (kept in the history)"))
        if not ok:
            return
        try:
            months.reopen_month(self.month.currentText(), reason)
        except KeeperError as exc:
            self.error.setText(exc.message(QCoreApplication.translate))
            self.error.show()
        self._sync_state()
