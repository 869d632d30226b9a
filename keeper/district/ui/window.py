"""The district window: the stations × months grid with its legend, the chosen month's
reporting figures, receiving by drag and drop or buttons (on a worker thread, one line per
bundle), a station's page, the month report and the register."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QMainWindow, QPlainTextEdit,
                               QProgressBar, QPushButton, QVBoxLayout, QWidget)

from keeper.district.grid import LATE, MISSING, NOT_DUE, ON_TIME, APPROVED, recent_months, \
    status_grid
from keeper.district.report_labels import rate_text
from keeper.district.ui.grid_view import GridModel, GridView, Legend
from keeper.district.ui.workers import Worker
from keeper.errors import KeeperError
from keeper.i18n import translate

MONTHS = 24


class DistrictWindow(QMainWindow):
    def __init__(self, store, months: int = MONTHS, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.months = recent_months(months)
        self.setWindowTitle(translate("DistrictWindow", "{name} — district office · keeper")
                            .format(name=store.name))
        self.setAcceptDrops(True)
        self.model = GridModel(self)
        self.grid_view = GridView(self.model)
        self.grid_view.doubleClicked.connect(self.open_station)
        self.grid_view.selectionModel().currentChanged.connect(self._current_changed)
        self.grid_view.horizontalHeader().sectionClicked.connect(self.choose_month)
        self.grid_view.verticalHeader().sectionDoubleClicked.connect(
            lambda row: self.open_station(self.model.index(row, self.months.index(self.month))))
        self.legend = Legend()
        self.month = self.months[-2] if len(self.months) > 1 else self.months[-1]

        title = QLabel(f"<b>{store.name}</b>" + (f"&nbsp;&nbsp;{store.code}" if store.code
                                                 else ""))
        title.setStyleSheet("font-size: 15pt;")
        self.receive_button = QPushButton(translate("DistrictWindow", "Receive bundles…"))
        self.receive_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(translate("DistrictWindow", "Receive a folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.report_button = QPushButton(translate("DistrictWindow", "Month report…"))
        self.report_button.clicked.connect(self.open_report)
        self.register_button = QPushButton(translate("DistrictWindow", "Stations register…"))
        self.register_button.clicked.connect(self.open_register)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        for button in (self.receive_button, self.folder_button, self.report_button,
                       self.register_button):
            top.addWidget(button)

        self.month_line = QLabel()
        self.month_line.setObjectName("monthLine")
        self.approve_button = QPushButton()
        self.approve_button.clicked.connect(self.approve_or_reopen)
        month_row = QHBoxLayout()
        month_row.addWidget(self.month_line, 1)
        month_row.addWidget(self.approve_button)
        self.hint = QLabel(translate(
            "DistrictWindow", "Drop bundles (.zip) or folders of them anywhere on this window "
                              "to receive them. Double-click a cell for the station's page; "
                              "click a month to see its figures."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5B6570;")
        self.progress = QProgressBar()
        self.progress.hide()
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumHeight(120)
        self.log.hide()

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addLayout(month_row)
        layout.addWidget(self.grid_view, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.hint)
        layout.addWidget(self.progress)
        layout.addWidget(self.log)
        self.setCentralWidget(central)
        self.receiver = Worker(store, self)
        self.receiver.progress.connect(self._received_one)
        self.receiver.done.connect(self._received_all)
        self.refresh()
        self.resize(1280, 800)
        self._shown = False

    # -- the grid -------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.set_grid(status_grid(self.store, self.months))
        self.choose_month(self.months.index(self.month))

    def choose_month(self, column: int) -> None:
        self.month = self.months[column]
        self.model.set_chosen(self.month)
        counts = self.model.grid.counts(self.month)
        self.legend.set_counts(counts)
        expected = sum(counts[s] for s in (APPROVED, ON_TIME, LATE, MISSING, NOT_DUE))
        received = counts[APPROVED] + counts[ON_TIME] + counts[LATE]
        self.month_line.setText(translate(
            "DistrictWindow", "{month}: expected {expected}, received {received} (on time "
                              "{on_time}, late {late}, approved {approved}), missing {missing}; "
                              "reporting rate {rate}.").format(
            month=self.month, expected=expected, received=received, on_time=counts[ON_TIME],
            late=counts[LATE], approved=counts[APPROVED],
            missing=counts[MISSING] + counts[NOT_DUE],
            rate=rate_text(received / expected if expected else None)))
        self.approve_button.setText(
            translate("DistrictWindow", "Reopen {month}…").format(month=self.month)
            if self.store.is_approved(self.month) else
            translate("DistrictWindow", "Approve {month}…").format(month=self.month))

    def approve_or_reopen(self) -> None:
        """Approve the chosen month (its reports are then final: a new revision is refused
        until it is reopened), or reopen it; both audited."""
        from PySide6.QtWidgets import QMessageBox

        from keeper.district.approval import approve, reopen

        month, approved = self.month, self.store.is_approved(self.month)
        question = (translate("DistrictWindow", "Reopen {month}? Stations can then send new "
                                                "revisions of it again.") if approved else
                    translate("DistrictWindow", "Approve {month}? Its reports become final: a "
                                                "new revision is refused until the month is "
                                                "reopened."))
        answer = QMessageBox.question(self, self.approve_button.text().rstrip("…"),
                                      question.format(month=month))
        if answer != QMessageBox.StandardButton.Yes:
            return
        (reopen if approved else approve)(self.store, month)
        self.refresh()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.months[current.column()] != self.month:
            self.choose_month(current.column())

    def open_station(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        from keeper.district.ui.station_page import StationPage

        page = StationPage(self.store, self.model.station_at(index.row()).code,
                           self.model.grid, self.model.month_at(index.column()), self)
        page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        page.open()
        self.station_page = page

    # -- receiving ------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.receive(paths)

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, translate("DistrictWindow", "Receive bundles"), str(Path.home()),
            translate("DistrictWindow", "Bundles (*.zip)"))
        if files:
            self.receive([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("DistrictWindow", "Receive every bundle in a folder"),
            str(Path.home()))
        if folder:
            self.receive([Path(folder)])

    def receive(self, paths: list[Path]) -> None:
        """Receive bundles or folders of them on a worker thread, one line per bundle."""
        if self.receiver.busy:
            self.log.appendPlainText(translate(
                "DistrictWindow", "Still receiving the last drop: drop these again when it "
                                  "is done."))
            return
        from keeper.district.city import receive_any
        from keeper.district.receive import bundle_files

        self.log.show()
        self.progress.setRange(0, 0)  # busy until the folders are searched
        self.progress.show()
        for button in (self.receive_button, self.folder_button):
            button.setEnabled(False)
        store = self.store

        def work(report) -> list:
            files = bundle_files(paths)
            done = []

            def one(outcome) -> None:
                done.append(outcome)
                report((len(done), len(files), outcome))
            return receive_any(store, files, progress=one)  # a city's districts too
        self.receiver.start(work)

    def _received_one(self, step) -> None:
        number, total, outcome = step
        self.log.appendPlainText(outcome.message(QCoreApplication.translate))
        self.progress.setRange(0, total)
        self.progress.setValue(number)

    def _received_all(self, result) -> None:
        self.progress.hide()
        for button in (self.receive_button, self.folder_button):
            button.setEnabled(True)
        if isinstance(result, KeeperError):
            self.log.appendPlainText(result.message(QCoreApplication.translate))
        elif isinstance(result, Exception):
            raise result  # a bug: the crash dialog
        elif not result:
            self.log.appendPlainText(translate("DistrictWindow", "No bundle (.zip) found there."))
        else:
            counts = {status: sum(1 for o in result if o.status == status)
                      for status in ("accepted", "already", "refused")}
            self.log.appendPlainText(translate(
                "DistrictWindow", "Done: {accepted} accepted, {already} already held, "
                                  "{refused} refused.").format(**counts))
        self.refresh()

    # -- report and register --------------------------------------------------------------
    def open_report(self) -> None:
        from keeper.district.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.store, self.months, self.month, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.export_dialog = dialog

    def open_register(self) -> None:
        from keeper.district.ui.register_dialog import RegisterDialog

        dialog = RegisterDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: QTimer.singleShot(0, self.refresh))
        dialog.open()
        self.register_dialog = dialog

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._shown:  # the latest months matter most: start scrolled to them
            self._shown = True
            self.grid_view.scrollTo(self.model.index(0, len(self.months) - 1))

    def closeEvent(self, event) -> None:  # noqa: N802
        self.receiver.wait()  # a bundle is stored whole or not at all: let it finish
        super().closeEvent(event)
