"""One list of the catalogue in Settings, services or visitor groups: add, rename, reorder,
show or hide, a key, and (groups) an icon. Built-in codes can be hidden, never deleted."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keeper.core import catalog, catalog_edit
from keeper.i18n import translate
from keeper.ui.icons import icon
from keeper.ui.widgets.common import guarded_change
from keeper.ui.widgets.visit_form import error_label


def _texts(kind: str) -> dict[str, str]:
    if kind == "service":
        return {
            "title": translate("CatalogEditor", "Services"),
            "add": translate("CatalogEditor", "Add service"),
            "code": translate("CatalogEditor", "code, e.g. massage"),
            "zh": translate("CatalogEditor", "Chinese name, e.g. 按摩"),
            "en": translate("CatalogEditor", "English name, e.g. Massage"),
            "delete": translate(
                "CatalogEditor", "Only a service added by mistake and never used can be "
                                 "deleted; others are hidden, so old visits keep their names."),
            "pin": translate("CatalogEditor", "Changing the services"),
            "key": translate("CatalogEditor", "Key"),
        }
    return {
        "title": translate("CatalogEditor", "Visitor groups"),
        "add": translate("CatalogEditor", "Add group"),
        "code": translate("CatalogEditor", "code, e.g. porter"),
        "zh": translate("CatalogEditor", "Chinese name, e.g. 搬运工"),
        "en": translate("CatalogEditor", "English name, e.g. Porter"),
        "delete": translate(
            "CatalogEditor", "Only a group added by mistake and never used can be deleted; "
                             "others are hidden, so old visits keep their names."),
        "pin": translate("CatalogEditor", "Changing the visitor groups"),
        "key": translate("CatalogEditor", "Alt+key"),
    }


class ItemsEditor(QGroupBox):
    changed = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        self.kind = kind
        self._t = _texts(kind)
        super().__init__(self._t["title"], parent)
        box = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([
            translate("CatalogEditor", "Chinese name"), translate("CatalogEditor", "English name"),
            self._t["key"], translate("CatalogEditor", "Shown")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setIconSize(QSize(20, 20))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().hide()
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
        self.icon = QComboBox()
        if kind == "group":
            self.shortcut.setToolTip(translate(
                "CatalogEditor", "A digit 1–9: Alt and the digit pick the group on the log "
                                 "screen."))
            self.icon.setIconSize(QSize(24, 24))
            self.icon.addItem(translate("CatalogEditor", "The group's own"), "")
            for name in catalog_edit.GROUP_ICONS:
                self.icon.addItem(icon(name), "", name)
            edit.addRow(translate("CatalogEditor", "Icon:"), self.icon)
        box.addLayout(edit)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(translate("CatalogEditor", "Save changes"))
        self.hide_button = QPushButton(translate("CatalogEditor", "Hide"))
        self.up_button = QPushButton(translate("CatalogEditor", "Move up"))
        self.down_button = QPushButton(translate("CatalogEditor", "Move down"))
        self.delete_button = QPushButton(translate("CatalogEditor", "Delete"))
        self.delete_button.setToolTip(self._t["delete"])
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
        self.new_code.setPlaceholderText(self._t["code"])
        self.new_zh = QLineEdit()
        self.new_zh.setPlaceholderText(self._t["zh"])
        self.new_en = QLineEdit()
        self.new_en.setPlaceholderText(self._t["en"])
        self.add_button = QPushButton(self._t["add"])
        self.add_button.clicked.connect(self._add)
        for widget in (self.new_code, self.new_zh, self.new_en, self.add_button):
            add.addWidget(widget)
        box.addLayout(add)
        self.error = error_label()
        box.addWidget(self.error)
        self.reload()

    def _listing(self) -> list[catalog.CatalogItem]:
        return catalog.services() if self.kind == "service" else catalog.groups()

    def reload(self, select: str | None = None) -> None:
        self._items = self._listing()
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            shown = translate("CatalogEditor", "Shown") if item.active else translate(
                "CatalogEditor", "Hidden")
            key = f"Alt+{item.shortcut}" if self.kind == "group" and item.shortcut \
                else item.shortcut
            for column, text in enumerate((item.name_zh, item.name_en, key, shown)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.code)
                if column == 0:
                    cell.setIcon(icon(catalog.icon_name(self.kind, item)))
                self.table.setItem(row, column, cell)
            if item.code == select:
                self.table.selectRow(row)
        self._selected()

    def selected_code(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _selected(self) -> None:
        code = self.selected_code()
        item = next((i for i in self._items if i.code == code), None)
        for widget in (self.save_button, self.hide_button, self.up_button, self.down_button,
                       self.delete_button, self.name_zh, self.name_en, self.shortcut, self.icon):
            widget.setEnabled(item is not None)
        if item is None:
            return
        self.name_zh.setText(item.name_zh)
        self.name_en.setText(item.name_en)
        self.shortcut.setText(item.shortcut)
        self.icon.setCurrentIndex(max(0, self.icon.findData(item.icon)))
        self.hide_button.setText(translate("CatalogEditor", "Hide") if item.active
                                 else translate("CatalogEditor", "Show"))
        self.delete_button.setEnabled(not item.builtin)

    # -- actions -----------------------------------------------------------------------
    def _run(self, action, select: str | None = None) -> bool:
        if not guarded_change(self, self.error, self._t["pin"], action):
            return False
        self.reload(select)
        self.changed.emit()
        return True

    def _save(self) -> None:
        code = self.selected_code()
        icon_name = self.icon.currentData() if self.kind == "group" else None
        self._run(lambda: catalog_edit.update_item(
            self.kind, code, name_zh=self.name_zh.text(), name_en=self.name_en.text(),
            shortcut=self.shortcut.text(), icon=icon_name), code)

    def _toggle_shown(self) -> None:
        code = self.selected_code()
        item = next(i for i in self._items if i.code == code)
        self._run(lambda: catalog_edit.set_active(self.kind, code, not item.active), code)

    def _move(self, step: int) -> None:
        code = self.selected_code()
        self._run(lambda: catalog_edit.move_item(self.kind, code, step), code)

    def _delete(self) -> None:
        code = self.selected_code()
        self._run(lambda: catalog_edit.delete_item(self.kind, code))

    def _add(self) -> None:
        code = self.new_code.text().strip()
        if self._run(lambda: catalog_edit.add_item(self.kind, code, self.new_zh.text(),
                                                   self.new_en.text()), code):
            for field in (self.new_code, self.new_zh, self.new_en):
                field.clear()
