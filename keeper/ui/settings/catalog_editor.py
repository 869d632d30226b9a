"""The catalogue in Settings: services, visitor groups, and the words of old ledgers."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keeper.core import catalog
from keeper.i18n import current_language, translate
from keeper.ui.settings.catalog_items import ItemsEditor
from keeper.ui.widgets.common import guarded_change
from keeper.ui.widgets.visit_form import error_label


class CatalogEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.services = ItemsEditor("service")
        self.groups = ItemsEditor("group")
        for items in (self.services, self.groups):
            items.changed.connect(self._items_changed)
            layout.addWidget(items)

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
        self.error = error_label()
        syn.addWidget(self.error)
        self.synonym_kind.currentIndexChanged.connect(self._fill_targets)
        self.synonym_add.clicked.connect(self._add_synonym)
        self.synonym_remove.clicked.connect(self._remove_synonym)
        layout.addWidget(synonyms_box)
        self.reload()
        self._fill_targets()

    # -- listing -----------------------------------------------------------------------
    def reload(self) -> None:
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

    def _items_changed(self) -> None:
        self._fill_targets()
        self.changed.emit()

    def _fill_targets(self) -> None:
        self.synonym_target.clear()
        items = catalog.services() if self.synonym_kind.currentData() == "service" \
            else catalog.groups()
        for item in items:
            self.synonym_target.addItem(item.name(current_language()), item.code)

    # -- actions -----------------------------------------------------------------------
    def _run(self, action) -> bool:
        if not guarded_change(self, self.error, translate("CatalogEditor", "Changing the words of old ledgers"), action):
            return False
        self.reload()
        self.changed.emit()
        return True

    def _add_synonym(self) -> None:
        kind, code = self.synonym_kind.currentData(), self.synonym_target.currentData()
        if self._run(lambda: catalog.add_synonym(kind, self.synonym_text.text(), code)):
            self.synonym_text.clear()

    def _remove_synonym(self) -> None:
        entry = self.synonyms.currentItem()
        if entry is not None:
            kind, text = entry.data(Qt.ItemDataRole.UserRole)
            self._run(lambda: catalog.remove_synonym(kind, text))
