"""Importing an old ledger: pick a file, see how it is understood, import or cancel; and
the history of imports, each of which can be undone (``import_history``).

The import runs on the GUI thread in steps: the core calls back every thousand rows, and
the callback lets Qt handle events (the progress bar moves, Cancel can be clicked). A
worker thread would need its own connection and a second writer; this keeps one writer
and still never freezes the window. The dialog is modal, so nothing else writes meanwhile.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from keeper.core import catalog
from keeper.core.import_rows import FIELD_LABELS, IGNORED_LABEL
from keeper.core.importing import (
    ImportCancelled,
    ImportResult,
    cell_text,
    import_ledger,
    write_rejects,
)
from keeper.core.visitors import mask_phone
from keeper.errors import KeeperError
from keeper.i18n import current_language, translate
from keeper.ui.ledger.import_history import ImportHistory, fill_table, make_table
from keeper.ui.widgets import palette

REJECTS_SHOWN = 500  # more would only slow the table; the rejects file has them all
_tr = QCoreApplication.translate


class ImportDialog(ImportHistory, QDialog):
    visits_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, path: str | Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImportDialog", "Import a ledger"))
        self.setModal(True)
        # Seams for tests: what a file dialog or a confirmation would answer.
        self.choose_file: Callable[[], str] = self._ask_file
        self.choose_rejects_file: Callable[[], str] = self._ask_rejects_file
        self.confirm: Callable[[str], bool] = self._ask_confirmation
        self.path: Path | None = None
        self.result: ImportResult | None = None
        self.running = False
        self._cancel_requested = False
        language = current_language()
        self._services = {s.code: s.name(language) for s in catalog.services()}
        self._groups = {g.code: g.name(language) for g in catalog.groups()}

        layout = QVBoxLayout(self)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(translate("ImportDialog", "Ledger file:")))
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(translate(
            "ImportDialog", "A CSV file or an Excel workbook (.xlsx) of the old ledger"))
        file_row.addWidget(self.file_edit, 1)
        self.choose_button = QPushButton(translate("ImportDialog", "Choose file…"))
        self.choose_button.clicked.connect(self._choose)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)

        self.source = QLabel()
        self.source.setStyleSheet(palette.SECONDARY_TEXT)
        layout.addWidget(self.source)
        self.summary = QLabel(translate(
            "ImportDialog", "Choose a file: keeper shows how it understands it before anything "
                            "is stored."))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.tabs = QTabWidget()
        self.columns_table = make_table([translate("ImportDialog", "Column in the file"),
                                     translate("ImportDialog", "Understood as")])
        self.preview_table = make_table([
            translate("ImportDialog", "Row"), translate("ImportDialog", "Date"),
            translate("ImportDialog", "Time"), translate("ImportDialog", "Group"),
            translate("ImportDialog", "Services"), translate("ImportDialog", "Count"),
            translate("ImportDialog", "Visitor"), translate("ImportDialog", "Platform"),
            translate("ImportDialog", "Note")])
        self.rejects_table = make_table([translate("ImportDialog", "Row"),
                                     translate("ImportDialog", "Reason"),
                                     translate("ImportDialog", "What the row says")])
        self.warnings_list = QListWidget()
        self.warnings_list.setWordWrap(True)
        self.tabs.addTab(self.columns_table, translate("ImportDialog", "Columns"))
        self.tabs.addTab(self.preview_table, translate("ImportDialog", "Preview"))
        self.tabs.addTab(self.rejects_table, "")
        self.tabs.addTab(self.warnings_list, "")
        self.tabs.addTab(self._history_page(), translate("ImportDialog", "Import history"))
        layout.addWidget(self.tabs, 1)
        self._name_tabs()

        self.skip_bad = QCheckBox(translate(
            "ImportDialog", "Skip the rejected rows: import the others and save the rejected "
                            "ones, with the reason, to a CSV file"))
        self.skip_bad.toggled.connect(self._sync_buttons)
        layout.addWidget(self.skip_bad)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton(translate("ImportDialog", "Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(translate("ImportDialog", "Close"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.resize(1040, 660)
        self.refresh_history()
        self._sync_buttons()
        if path is not None:
            self.load(path)

    # -- choosing and previewing ---------------------------------------------------------
    def _ask_file(self) -> str:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("ImportDialog", "Choose a ledger to import"), "",
            translate("ImportDialog", "Ledgers (*.csv *.xlsx *.txt);;All files (*)"))
        return name

    def _choose(self) -> None:
        name = self.choose_file()
        if name:
            self.load(name)

    def load(self, path: str | Path) -> None:
        """Read the file as a dry run and show how it is understood."""
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.result = None
        self._show_result(None)
        self._set_status(translate("ImportDialog", "Reading {file}…").format(
            file=self.path.name))
        try:
            self.result = self._run(dry_run=True)
        except KeeperError as exc:
            self._set_status(exc.message(_tr), error=True)
        else:
            self._set_status("")
            self._show_result(self.result)
        self._sync_buttons()

    def _name_tabs(self) -> None:
        result = self.result
        self.tabs.setTabText(2, translate("ImportDialog", "Rejected rows ({count})").format(
            count=len(result.rejected) if result else 0))
        self.tabs.setTabText(3, translate("ImportDialog", "Warnings ({count})").format(
            count=len(result.warnings) if result else 0))

    def _show_result(self, result: ImportResult | None) -> None:
        columns, preview, rejects, warnings = [], [], [], []
        if result is not None:
            columns = [[c.header or translate("ImportDialog", "(no name)"),
                        _tr("Import", FIELD_LABELS[c.field]) if c.field
                        else _tr("Import", IGNORED_LABEL)] for c in result.columns]
            preview = [self._preview_cells(row) for row in result.preview]
            names = result.headers
            rejects = [[str(r.number), r.reason.message(_tr), " | ".join(
                f"{names[i] if i < len(names) else ''}: {cell_text(v)}"
                for i, v in enumerate(r.values) if v != "")]
                for r in result.rejected[:REJECTS_SHOWN]]
            warnings = [w.message(_tr) for w in result.warnings]
            hidden = len(result.rejected) - REJECTS_SHOWN
            if hidden > 0:
                rejects.append(["…", translate("ImportDialog", "and {count} more").format(
                    count=hidden), ""])
            self.summary.setText(self._summary(result))
            self.source.setText(self._source(result))
        fill_table(self.columns_table, columns)
        fill_table(self.preview_table, preview)
        fill_table(self.rejects_table, rejects)
        self.warnings_list.clear()
        self.warnings_list.addItems(warnings)
        self._name_tabs()
        if result is not None and result.rejected:
            self.tabs.setCurrentWidget(self.rejects_table)
        elif result is not None:
            self.tabs.setCurrentWidget(self.preview_table)

    def _preview_cells(self, row) -> list[str]:
        visitor = " ".join(part for part in (row.name, mask_phone(row.phone)) if part)
        return [str(row.number), row.date, row.time or "", self._groups.get(row.group, row.group),
                "、".join(self._services.get(code, code) for code in row.services),
                str(row.count), visitor, row.platform, row.note]

    def _source(self, result: ImportResult) -> str:
        if result.kind == "xlsx":
            where = translate("ImportDialog", "Excel workbook, sheet \"{sheet}\"").format(
                sheet=result.sheet)
        else:
            separators = {",": translate("ImportDialog", "commas"),
                          "\t": translate("ImportDialog", "tabs"),
                          ";": translate("ImportDialog", "semicolons")}
            where = translate("ImportDialog", "CSV file in {encoding}, separated by "
                                              "{separator}").format(
                encoding=result.encoding.upper().replace("-SIG", ""),
                separator=separators.get(result.delimiter, result.delimiter))
        return translate("ImportDialog", "{source}; column names in row {row}.").format(
            source=where, row=result.header_row)

    def _summary(self, result: ImportResult) -> str:
        text = translate("ImportDialog", "Rows read: {rows}. Ready to import: {new}. Imported "
                                         "before (skipped): {already}. Rejected: {rejected}. "
                                         "New visitors: {visitors}.").format(
            rows=result.rows_read, new=result.new_rows, already=result.already,
            rejected=len(result.rejected), visitors=result.new_visitors)
        if result.rejected:
            text += "\n" + translate(
                "ImportDialog", "Correct the rejected rows in the file and choose it again, or "
                                "tick \"Skip the rejected rows\".")
        return text

    # -- importing -----------------------------------------------------------------------
    def _ask_rejects_file(self) -> str:
        suggested = self.path.with_name(self.path.stem + "_rejected.csv") if self.path else ""
        name, _ = QFileDialog.getSaveFileName(
            self, translate("ImportDialog", "Save the rejected rows as"), str(suggested),
            translate("ImportDialog", "CSV files (*.csv)"))
        return name

    def start_import(self) -> None:
        if self.running or self.result is None or self.path is None:
            return
        skip = self.skip_bad.isChecked()
        rejects_file = ""
        if self.result.rejected and skip:
            rejects_file = self.choose_rejects_file()
            if not rejects_file:
                return

        def save_rejects(result: ImportResult) -> None:
            if rejects_file:
                write_rejects(result, rejects_file, _tr)

        try:
            result = self._run(dry_run=False, skip_bad=skip, before_store=save_rejects)
        except ImportCancelled as exc:
            self._set_status(exc.message(_tr))
            return
        except KeeperError as exc:
            self._set_status(exc.message(_tr), error=True)
            return
        if result.refused:  # the file changed since the preview
            self.result = result
            self._show_result(result)
            self._set_status(translate("ImportDialog", "Nothing was imported: some rows are "
                                                       "rejected."), error=True)
        else:
            text = translate("ImportDialog", "Imported {added} rows (import #{batch}). Imported "
                                             "before and skipped: {already}.").format(
                added=result.added, batch=result.batch_id or "–", already=result.already)
            if rejects_file:
                text += " " + translate("ImportDialog", "Rejected rows saved to {file}.").format(
                    file=rejects_file)
            self.result = None  # imported: choose a file again to import more
            self._set_status(text)
            if result.added:
                self.visits_changed.emit()
            self.refresh_history()
        self._sync_buttons()

    def _run(self, **options) -> ImportResult:
        self.running, self._cancel_requested = True, False
        self.progress.setValue(0)
        self.progress.show()
        self._sync_buttons()
        try:
            return import_ledger(self.path, progress=self._progress,
                                 cancel=lambda: self._cancel_requested, **options)
        finally:
            self.running = False
            self.progress.hide()
            self._sync_buttons()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)  # 0..0 while the file is read: a busy bar
        self.progress.setValue(done)
        # Let the window repaint and the Cancel button be clicked between steps.
        QCoreApplication.processEvents()

    def reject(self) -> None:
        """Close, Esc and the window's close button: while importing, they cancel (QDialog's
        closeEvent ignores the close when the dialog stays visible)."""
        if self.running:
            self._cancel_requested = True
        else:
            super().reject()

    def _sync_buttons(self) -> None:
        busy = self.running
        ready = (self.result is not None and self.result.new_rows > 0
                 and (not self.result.rejected or self.skip_bad.isChecked()))
        self.import_button.setEnabled(ready and not busy)
        self.choose_button.setEnabled(not busy)
        self.skip_bad.setEnabled(not busy)
        self.history_table.setEnabled(not busy)
        self.close_button.setText(translate("ImportDialog", "Cancel") if busy
                                  else translate("ImportDialog", "Close"))
        self._sync_undo()

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(palette.ERROR_STYLE if error else "")
        self.status.setText(text)
