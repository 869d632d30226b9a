"""The month report dialog: choose a month, a language and a folder; the workbook, the PDF
and the district bundle are written on a worker thread with a progress bar."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout,
                               QWidget)

from keeper.district.report import write_month_report
from keeper.district.ui.workers import Worker
from keeper.errors import KeeperError
from keeper.i18n import current_language, translate

STEPS = ("figures", "xlsx", "pdf", "bundle")


class ExportDialog(QDialog):
    def __init__(self, store, months: list[str], month: str, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.written: list[Path] = []
        self.setWindowTitle(translate("DistrictExport", "Month report"))
        self.month = QComboBox()
        self.month.addItems(list(reversed(months)))
        self.month.setCurrentText(month)
        self.language = QComboBox()
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if current_language().startswith("zh") else 1)
        self.folder = store.folder / "reports"
        self.folder_label = QLabel(str(self.folder))
        self.folder_label.setWordWrap(True)
        choose = QPushButton(translate("DistrictExport", "Choose…"))
        choose.clicked.connect(self.choose_folder)
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder_label, 1)
        row.addWidget(choose)
        form = QFormLayout()
        form.addRow(translate("DistrictExport", "Month:"), self.month)
        form.addRow(translate("DistrictExport", "Language:"), self.language)
        form.addRow(translate("DistrictExport", "Folder:"), folder_row)
        self.progress = QProgressBar()
        self.progress.setRange(0, len(STEPS))
        self.progress.hide()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.open_folder = QPushButton(translate("DistrictExport", "Open the folder"))
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder))))
        self.open_folder.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = self.buttons.addButton(
            translate("DistrictExport", "Write the report"),
            QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.clicked.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate(
            "DistrictExport", "Writes the workbook (.xlsx), the PDF to sign and stamp, and the "
                              "signed district bundle (.zip) for the city.")))
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addWidget(self.open_folder)
        layout.addWidget(self.buttons)
        self.worker = Worker(store, self)
        self.worker.progress.connect(self._step)
        self.worker.done.connect(self._done)
        self.resize(560, 280)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("DistrictExport", "Write the report into"), str(self.folder))
        if chosen:
            self.folder = Path(chosen)
            self.folder_label.setText(chosen)

    def write(self) -> None:
        month, language, folder = (self.month.currentText(), self.language.currentData(),
                                   self.folder)
        self.write_button.setEnabled(False)
        self.result.clear()
        self.open_folder.hide()
        self.progress.setValue(0)
        self.progress.show()
        self.worker.start(lambda report: write_month_report(
            self.store, month, folder, language=language, progress=report))

    def _step(self, name) -> None:
        self.progress.setValue(STEPS.index(name) if name in STEPS else 0)

    def _done(self, result) -> None:
        self.write_button.setEnabled(True)
        self.progress.hide()
        if isinstance(result, KeeperError):
            self.result.setText(result.message(QCoreApplication.translate))
            self.result.setStyleSheet("color: #B42318;")
            return
        if isinstance(result, Exception):
            raise result  # a bug: the crash dialog, with its report
        self.written = list(result)
        self.result.setStyleSheet("")
        self.result.setText(translate("DistrictExport", "Written: {files}").format(
            files=", ".join(path.name for path in self.written)))
        self.open_folder.show()

    def reject(self) -> None:
        if self.worker.busy:  # never leave a report half written behind a closed dialog
            return
        super().reject()
