"""The import dialog's history page: every ledger import, each of which can be undone as
a whole (its visits voided, never deleted, and its rows free to be imported again)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keeper.core.importing import Batch, import_batches, undo_import
from keeper.errors import KeeperError
from keeper.i18n import translate


def make_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(table.columnCount() - 1):  # a long note must not push others away
        header.resizeSection(column, min(header.sectionSize(column), 420))


class ImportHistory:
    """Mixed into ImportDialog, which provides ``confirm``, ``running``, ``path``, ``load``,
    ``_set_status`` and the ``visits_changed`` signal."""

    # -- history and undo ----------------------------------------------------------------
    def _history_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.history_table = make_table([
            translate("ImportDialog", "Import"), translate("ImportDialog", "File"),
            translate("ImportDialog", "Imported at"), translate("ImportDialog", "Rows added"),
            translate("ImportDialog", "Undone at")])
        self.history_table.itemSelectionChanged.connect(self._sync_undo)
        box.addWidget(self.history_table)
        row = QHBoxLayout()
        row.addStretch(1)
        self.undo_button = QPushButton(translate("ImportDialog", "Undo this import"))
        self.undo_button.setToolTip(translate(
            "ImportDialog", "Voids every visit of the import (they stay in the ledger, marked); "
                            "the file can then be imported again."))
        self.undo_button.clicked.connect(self._undo)
        row.addWidget(self.undo_button)
        box.addLayout(row)
        return page

    def refresh_history(self) -> None:
        self._batches = import_batches()
        fill_table(self.history_table, [
            [f"#{b.id}", b.file_name, b.imported_at[:16].replace("T", " "), str(b.rows_added),
             (b.undone_at or "")[:16].replace("T", " ")] for b in self._batches])
        self._sync_undo()

    def selected_batch(self) -> Batch | None:
        rows = self.history_table.selectionModel().selectedRows()
        return self._batches[rows[0].row()] if rows else None

    def _sync_undo(self) -> None:
        if not hasattr(self, "import_button"):
            return  # still being built
        batch = self.selected_batch()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None
                                    and not self.running)

    def _ask_confirmation(self, text: str) -> bool:
        answer = QMessageBox.question(self, translate("ImportDialog", "Undo the import?"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _undo(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.undone_at is not None:
            return
        question = translate("ImportDialog", "Undo import #{id} of {file}? Its {rows} visits are "
                                             "voided: they stay in the ledger, marked \"import "
                                             "undone\", and no longer count.").format(
            id=batch.id, file=batch.file_name, rows=batch.rows_added)
        if not self.confirm(question):
            return
        try:
            voided = undo_import(batch.id)
        except KeeperError as exc:
            self._set_status(exc.message(QCoreApplication.translate), error=True)
            return
        self.refresh_history()
        self.visits_changed.emit()
        if self.path is not None and self.path.exists():
            self.load(self.path)  # its rows can be imported again: the preview says so
        self._set_status(translate("ImportDialog", "Import #{id} undone: {count} visits "
                                                   "voided.").format(id=batch.id, count=voided))
