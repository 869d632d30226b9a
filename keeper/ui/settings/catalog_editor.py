"""The service catalogue in Settings: add, rename, reorder, hide, shortcut keys, synonyms."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keeper.core import catalog
from keeper.errors import UserError
from keeper.i18n import current_language, translate
from keeper.ui.widgets.visit_form import error_label


class CatalogEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        services_box = QGroupBox(translate("CatalogEditor", "Services"))
        box = QVBoxLayout(services_box)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([
            translate("CatalogEditor", "Chinese name"), translate("CatalogEditor", "English name"),
            translate("CatalogEditor", "Key"), translate("CatalogEditor", "Shown")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        for column, width in enumerate((120, 160, 50)):
            self.table.setColumnWidth(column, width)
        self.table.setMinimumHeight(240)
        self.table.itemSelectionChanged.connect(self._selected)
        box.addWidget(self.table)

        edit = QFormLayout()
        self.name_zh = QLineEdit()
        self.name_en = QLineEdit()
        self.shortcut = QLineEdit()
        self.shortcut.setMaxLength(1)
        self.shortcut.setMaximumWidth(60)
        edit.addRow(translate("CatalogEditor", "Chinese name:"), self.name_zh)
        edit.addRow(translate("CatalogEditor", "English name:"), self.name_en)
        edit.addRow(translate("CatalogEditor", "Shortcut key:"), self.shortcut)
        box.addLayout(edit)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(translate("CatalogEditor", "Save changes"))
        self.hide_button = QPushButton(translate("CatalogEditor", "Hide"))
        self.up_button = QPushButton(translate("CatalogEditor", "Move up"))
        self.down_button = QPushButton(translate("CatalogEditor", "Move down"))
        self.delete_button = QPushButton(translate("CatalogEditor", "Delete"))
        self.delete_button.setToolTip(translate(
            "CatalogEditor", "Only a service added by mistake and never used can be deleted; "
                             "others are hidden, so old visits keep their names."))
        for button in (self.save_button, self.hide_button, self.up_button, self.down_button,
                       self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.save_button.clicked.connect(self._save)
        self.hide_button.clicked.connect(self._toggle_shown)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.delete_button.clicked.connect(self._delete)

        add = QHBoxLayout()
        self.new_code = QLineEdit()
        self.new_code.setPlaceholderText(translate("CatalogEditor", "code, e.g. haircut"))
        self.new_zh = QLineEdit()
        self.new_zh.setPlaceholderText(translate("CatalogEditor", "Chinese name, e.g. 理发"))
        self.new_en = QLineEdit()
        self.new_en.setPlaceholderText(translate("CatalogEditor", "English name, e.g. Haircut"))
        self.add_button = QPushButton(translate("CatalogEditor", "Add service"))
        self.add_button.clicked.connect(self._add)
        for widget in (self.new_code, self.new_zh, self.new_en, self.add_button):
            add.addWidget(widget)
        box.addLayout(add)
        self.error = error_label()
        box.addWidget(self.error)
        layout.addWidget(services_box)

        synonyms_box = QGroupBox(translate("CatalogEditor", "Words used in old ledgers"))
        syn = QVBoxLayout(synonyms_box)
        explain = QLabel(translate(
            "CatalogEditor", "When an old ledger is imported, these words are read as keeper's "
                             "services and groups. The grey ones are built in; teach the words "
                             "your own sheets use."))
        explain.setWordWrap(True)
        syn.addWidget(explain)
        self.synonyms = QListWidget()
        self.synonyms.setMaximumHeight(180)
        syn.addWidget(self.synonyms)
        row = QHBoxLayout()
        self.synonym_kind = QComboBox()
        self.synonym_kind.addItem(translate("CatalogEditor", "Service"), "service")
        self.synonym_kind.addItem(translate("CatalogEditor", "Group"), "group")
        self.synonym_target = QComboBox()
        self.synonym_text = QLineEdit()
        self.synonym_text.setPlaceholderText(translate("CatalogEditor", "the word, e.g. 送水"))
        self.synonym_add = QPushButton(translate("CatalogEditor", "Teach"))
        self.synonym_remove = QPushButton(translate("CatalogEditor", "Forget"))
        for widget in (self.synonym_text, self.synonym_kind, self.synonym_target,
                       self.synonym_add, self.synonym_remove):
            row.addWidget(widget)
        syn.addLayout(row)
        self.synonym_kind.currentIndexChanged.connect(self._fill_targets)
        self.synonym_add.clicked.connect(self._add_synonym)
        self.synonym_remove.clicked.connect(self._remove_synonym)
        layout.addWidget(synonyms_box)
        self.reload()
        self._fill_targets()

    # -- listing -----------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        self._items = catalog.services()
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            shown = translate("CatalogEditor", "Shown") if item.active else translate(
                "CatalogEditor", "Hidden")
            for column, text in enumerate((item.name_zh, item.name_en, item.shortcut, shown)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.code)
                self.table.setItem(row, column, cell)
            if item.code == select:
                self.table.selectRow(row)
        self.synonyms.clear()
        names = {i.code: i.name(current_language()) for i in catalog.services() + catalog.groups()}
        for kind in ("service", "group"):
            for text, code in catalog.synonyms(kind):
                entry = QListWidgetItem(f"{text}  →  {names.get(code, code)}")
                entry.setData(Qt.ItemDataRole.UserRole, (kind, text))
                self.synonyms.addItem(entry)
        # The built-in words, shown so nobody teaches them twice; they cannot be forgotten.
        separator = catalog.list_separator(current_language())
        for builtin in (catalog.BUILTIN_SERVICE_SYNONYMS, catalog.BUILTIN_GROUP_SYNONYMS):
            for code, words in builtin.items():
                entry = QListWidgetItem(f"{separator.join(words)}  →  {names.get(code, code)}")
                entry.setForeground(QColor("#868e96"))
                entry.setFlags(Qt.ItemFlag.NoItemFlags)
                self.synonyms.addItem(entry)
        self._selected()

    def _fill_targets(self) -> None:
        self.synonym_target.clear()
        items = catalog.services() if self.synonym_kind.currentData() == "service" \
            else catalog.groups()
        for item in items:
            self.synonym_target.addItem(item.name(current_language()), item.code)

    def selected_code(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _selected(self) -> None:
        code = self.selected_code()
        item = next((i for i in self._items if i.code == code), None)
        for widget in (self.save_button, self.hide_button, self.up_button, self.down_button,
                       self.delete_button, self.name_zh, self.name_en, self.shortcut):
            widget.setEnabled(item is not None)
        if item is None:
            return
        self.name_zh.setText(item.name_zh)
        self.name_en.setText(item.name_en)
        self.shortcut.setText(item.shortcut)
        self.hide_button.setText(translate("CatalogEditor", "Hide") if item.active
                                 else translate("CatalogEditor", "Show"))
        self.delete_button.setEnabled(not item.builtin)

    # -- actions -----------------------------------------------------------------------
    def _run(self, action, select: str | None = None) -> bool:
        from keeper.ui.lock import require_pin

        self.error.hide()
        if not require_pin(self, translate("CatalogEditor", "Changing the services")):
            return False
        try:
            action()
        except UserError as exc:
            self.error.setText(exc.message(QCoreApplication.translate))
            self.error.show()
            return False
        self.reload(select)
        self.changed.emit()
        return True

    def _save(self) -> None:
        code = self.selected_code()
        self._run(lambda: catalog.update_service(code, name_zh=self.name_zh.text(),
                                                 name_en=self.name_en.text(),
                                                 shortcut=self.shortcut.text()), code)

    def _toggle_shown(self) -> None:
        code = self.selected_code()
        item = next(i for i in self._items if i.code == code)
        self._run(lambda: catalog.set_service_active(code, not item.active), code)

    def _move(self, step: int) -> None:
        code = self.selected_code()
        self._run(lambda: catalog.move_service(code, step), code)

    def _delete(self) -> None:
        code = self.selected_code()
        self._run(lambda: catalog.delete_service(code))

    def _add(self) -> None:
        code = self.new_code.text().strip()
        if self._run(lambda: catalog.add_service(code, self.new_zh.text(), self.new_en.text()),
                     code):
            for field in (self.new_code, self.new_zh, self.new_en):
                field.clear()
            self._fill_targets()

    def _add_synonym(self) -> None:
        kind, code = self.synonym_kind.currentData(), self.synonym_target.currentData()
        if self._run(lambda: catalog.add_synonym(kind, self.synonym_text.text(), code)):
            self.synonym_text.clear()

    def _remove_synonym(self) -> None:
        entry = self.synonyms.currentItem()
        if entry is not None:
            kind, text = entry.data(Qt.ItemDataRole.UserRole)
            self._run(lambda: catalog.remove_synonym(kind, text))
