"""The list-and-detail shape the Appeals and Activities screens share: filters above, the
records on the left (or a sentence when there are none), one record's page on the right,
recording, correcting, voiding with a reason and the vocabulary (categories, types).

A screen says what is particular to it through the hooks at the end of the class."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QSplitter, QVBoxLayout, QWidget

from keeper.core.vocabulary import Vocabulary
from keeper.i18n import current_language
from keeper.ui.widgets.common import after_typing, empty_label, list_beside_detail, list_table


class RecordListPanel(QWidget):
    message = Signal(str)  # shown in the status bar

    def _build_list(self, layout: QVBoxLayout, model, widths: dict[int, int],
                    sizes: tuple[int, int]) -> QSplitter:
        """The table of ``model`` beside ``_detail_panel()``, with selection, double-click
        and search wired; the caller adds the returned splitter to ``layout``."""
        self.model = model
        self.table = list_table(model)
        for column, width in widths.items():
            self.table.horizontalHeader().resizeSection(column, width)
        self.empty = empty_label("")
        splitter, self.list_stack = list_beside_detail(self.table, self.empty,
                                                       self._detail_panel(), sizes)
        layout.addWidget(splitter, 1)
        self._debounce = after_typing(self, self.search, self.refresh)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        self.table.doubleClicked.connect(lambda _index: self.correct())
        return splitter

    # -- the list ------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.selected_id()
        rows = self.load_rows()
        self.model.set_rows(rows)
        self.show_counts(rows)
        if rows:
            self.list_stack.setCurrentWidget(self.table)
        else:
            self.empty.setText(self.empty_text(self.has_any()))
            self.list_stack.setCurrentWidget(self.empty)
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select(keep)
        else:
            self.show_selected()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()).id if rows else None

    def selected_row(self) -> Any | None:
        record_id = self.selected_id()
        return self.get_row(record_id) if record_id is not None else None

    def select(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row < 0:  # hidden by the filters: widen them until it shows
            self.clear_filters(record_id)
            self.refresh()
            row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.show_selected()

    def show_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            self.detail_stack.setCurrentIndex(0)
            return
        self.detail_stack.setCurrentIndex(1)
        self.show_record(row)

    def fill_terms(self, combo: QComboBox, vocabulary: Vocabulary, all_text: str) -> None:
        """A filter of categories or types: "all" first, then every term, keeping the
        choice; the list's names follow."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for term in vocabulary.terms():
            combo.addItem(term.name(current_language()), term.code)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
        self.model.reload_names()

    # -- actions -------------------------------------------------------------------------
    def record(self) -> int | None:
        dialog = self.record_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            record_id = self.recorded_id(dialog)
            self.select(record_id)
            self.message.emit(self.recorded_text(record_id))
            return record_id
        return None

    def correct(self) -> None:
        row = self.selected_row()
        if row is None or row.voided_at is not None:
            return
        if self.record_dialog(row.id).exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.select(row.id)

    def after_reason(self, dialog: QDialog, record_id: int) -> bool:
        """Run a reason dialog (void, restore, take back); on Save show the record again."""
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.refresh()
        self.select(record_id)
        return True

    # -- hooks ---------------------------------------------------------------------------
    def _detail_panel(self) -> QWidget:
        raise NotImplementedError

    def load_rows(self) -> list:
        raise NotImplementedError

    def get_row(self, record_id: int) -> Any | None:
        raise NotImplementedError

    def has_any(self) -> bool:
        """Whether there is any record at all (to say "none match" or "none yet")."""
        raise NotImplementedError

    def empty_text(self, anything: bool) -> str:
        raise NotImplementedError

    def show_counts(self, rows: list) -> None:
        raise NotImplementedError

    def clear_filters(self, record_id: int) -> None:
        raise NotImplementedError

    def show_record(self, row) -> None:
        raise NotImplementedError

    def record_dialog(self, record_id: int | None) -> QDialog:
        raise NotImplementedError

    def recorded_id(self, dialog: QDialog) -> int:
        raise NotImplementedError

    def recorded_text(self, record_id: int) -> str:
        raise NotImplementedError

