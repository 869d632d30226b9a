"""Importing a roster of registered workers, with a preview of what will happen."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keeper.core import catalog
from keeper.core.roster import RosterResult, import_roster, read_roster
from keeper.core.visitors import mask_phone
from keeper.ui.widgets.fit import fit_columns
from keeper.errors import KeeperError
from keeper.i18n import current_language, translate
from keeper.ui.widgets.visit_form import error_label

PREVIEW = 50


class RosterDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RosterDialog", "Import a roster of registered workers"))
        self.path: Path | None = None
        self.roster: RosterResult | None = None  # not "result": QDialog.result() exists
        self.imported = False
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.file_label = QLabel(translate(
            "RosterDialog", "A CSV or Excel file with a header row: 姓名, 手机号 and, if known, "
                            "身份, 平台, 党员, 志愿者, 报到日期."))
        self.file_label.setWordWrap(True)
        self.choose = QPushButton(translate("RosterDialog", "Choose file…"))
        self.choose.clicked.connect(self.choose_file)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            translate("RosterDialog", "Row"), translate("RosterDialog", "Name"),
            translate("RosterDialog", "Mobile"), translate("RosterDialog", "Group"),
            translate("RosterDialog", "Platform"), translate("RosterDialog", "Party / volunteer"),
            translate("RosterDialog", "Registered")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        fit_columns(self.table)
        layout.addWidget(self.table, 1)
        self.problems = QListWidget()
        self.problems.setMaximumHeight(140)
        self.problems.hide()
        layout.addWidget(self.problems)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(translate("RosterDialog", "Import"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(860, 560)

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, translate("RosterDialog", "Roster file"), "",
            translate("RosterDialog", "Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read and check the file; show what would happen."""
        self.path, self.roster, self.imported = path, None, False
        self.error.hide()
        self.problems.clear()
        self.problems.hide()
        self.table.setRowCount(0)
        self.import_button.setEnabled(False)
        self.file_label.setText(str(path))
        try:
            self.roster = result = read_roster(path)
        except KeeperError as exc:
            self.error.setText(exc.message(QCoreApplication.translate))
            self.error.show()
            return
        groups = {g.code: g.name(current_language()) for g in catalog.groups()}
        for row in result.rows[:PREVIEW]:
            also = [text for flag, text in (
                (row.party_member, translate("RosterDialog", "party member")),
                (row.volunteer, translate("RosterDialog", "volunteer"))) if flag]
            cells = (str(row.number), row.name, mask_phone(row.phone),
                     groups.get(row.group, row.group), row.platform,
                     catalog.list_separator(current_language()).join(also),
                     row.registered or "")
            position = self.table.rowCount()
            self.table.insertRow(position)
            for column, text in enumerate(cells):
                self.table.setItem(position, column, QTableWidgetItem(text))
        fit_columns(self.table)
        tr = QCoreApplication.translate
        for number, reason in result.rejected:
            self.problems.addItem(translate("RosterDialog", "Row {row}: {reason}").format(
                row=number, reason=reason.message(tr)))
        for number, warning in result.warnings:
            self.problems.addItem(translate("RosterDialog", "Row {row} (note): {reason}").format(
                row=number, reason=warning.message(tr)))
        self.problems.setVisible(self.problems.count() > 0)
        if result.rejected:
            bad = len(result.rejected)
            self.summary.setText(translate(
                "RosterDialog", "%n rows cannot be imported (listed below). Correct them in "
                                "the file and choose it again: nothing is imported until every "
                                "row is right.", None, bad))
        else:
            rows = len(result.rows)
            self.summary.setText(translate(
                "RosterDialog", "%n rows ready. Known mobile numbers update their record; "
                                "new ones are registered.", None, rows))
        self.import_button.setEnabled(not result.rejected and bool(result.rows))

    def run_import(self) -> None:
        if self.path is None:
            return
        try:
            result = import_roster(self.path)
        except KeeperError as exc:
            self.error.setText(exc.message(QCoreApplication.translate))
            self.error.show()
            return
        self.imported = result.imported
        self.import_button.setEnabled(False)
        self.summary.setText(translate(
            "RosterDialog", "Imported: {added} added, {updated} updated, {same} unchanged.")
            .format(added=result.added, updated=result.updated, same=result.unchanged))
