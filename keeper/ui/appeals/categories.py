"""Editing a list of categories (appeal categories, activity types): add, rename, hide.

A category once used stays in old records and reports, so it is hidden, never deleted.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keeper.core.vocabulary import Vocabulary
from keeper.errors import UserError
from keeper.i18n import translate
from keeper.ui.widgets.visit_form import error_label


class VocabularyDialog(QDialog):
    def __init__(self, vocabulary: Vocabulary, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vocabulary = vocabulary
        self.changed = False
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([
            translate("VocabularyDialog", "Chinese"), translate("VocabularyDialog", "English"),
            translate("VocabularyDialog", "Code"), translate("VocabularyDialog", "Shown")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.name_zh = QLineEdit()
        self.name_en = QLineEdit()
        self.name_en.setPlaceholderText(translate("VocabularyDialog", "Optional"))
        form.addRow(translate("VocabularyDialog", "Chinese name:"), self.name_zh)
        form.addRow(translate("VocabularyDialog", "English name:"), self.name_en)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("VocabularyDialog", "Add"))
        self.rename_button = QPushButton(translate("VocabularyDialog", "Rename the selected"))
        self.hide_button = QPushButton(translate("VocabularyDialog", "Hide / show the selected"))
        for button in (self.add_button, self.rename_button, self.hide_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = error_label()
        layout.addWidget(self.error)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.table.itemSelectionChanged.connect(self._selected)
        self._fill()
        self.resize(620, 460)

    def _fill(self) -> None:
        terms = self.vocabulary.terms()
        self.table.setRowCount(len(terms))
        for row, term in enumerate(terms):
            shown = (translate("VocabularyDialog", "no (hidden)") if term.hidden
                     else translate("VocabularyDialog", "yes"))
            for column, text in enumerate((term.name_zh, term.name_en, term.code, shown)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, term.code)
                self.table.setItem(row, column, item)

    def _code(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _selected(self) -> None:
        code = self._code()
        term = next((t for t in self.vocabulary.terms() if t.code == code), None)
        if term is not None:
            self.name_zh.setText(term.name_zh)
            self.name_en.setText(term.name_en)

    def _run(self, action) -> None:
        self.error.hide()
        try:
            action()
        except UserError as exc:
            self.error.setText(exc.message(QCoreApplication.translate))
            self.error.show()
            return
        self.changed = True
        self._fill()

    def add(self) -> None:
        def add() -> None:
            self.vocabulary.add(self.name_zh.text(), self.name_en.text())
            self.name_zh.clear()
            self.name_en.clear()
        self._run(add)

    def rename(self) -> None:
        code = self._code()
        if code is not None:
            self._run(lambda: self.vocabulary.rename(code, self.name_zh.text(),
                                                     self.name_en.text()))

    def toggle_hidden(self) -> None:
        code = self._code()
        if code is not None:
            hidden = next(t.hidden for t in self.vocabulary.terms() if t.code == code)
            self._run(lambda: self.vocabulary.set_hidden(code, not hidden))
