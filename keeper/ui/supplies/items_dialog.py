"""Items and services: the supplies list (names, unit, category, minimum, expiry dates,
shown), the station's own items, and which services use which items."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from keeper import settings
from keeper.core import catalog, supply_figures, supply_items, supply_visits
from keeper.core.supply_items import SUPPLY_CATEGORIES, ItemDetails
from keeper.i18n import current_language, translate
from keeper.ui.supplies.model import CATEGORIES
from keeper.ui.widgets.common import button_row, guarded_change
from keeper.ui.widgets.visit_form import error_label


class ItemsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SupplyItems", "Items and services"))
        language = current_language()
        layout = QHBoxLayout(self)
        self.list = QListWidget()
        self.list.setMinimumWidth(220)
        self.list.currentItemChanged.connect(lambda *_: self._selected())
        layout.addWidget(self.list)

        right = QVBoxLayout()
        layout.addLayout(right, 1)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText(translate("SupplyItems", "a new item's code, e.g. mask"))
        self.name_zh, self.name_en = QLineEdit(), QLineEdit()
        self.unit_zh, self.unit_en = QLineEdit(), QLineEdit()
        self.unit_zh.setPlaceholderText("瓶")
        self.unit_en.setPlaceholderText("bottles")
        self.category = QComboBox()
        for code in SUPPLY_CATEGORIES:
            self.category.addItem(translate("Supplies", CATEGORIES[code]), code)
        self.minimum = QSpinBox()
        self.minimum.setRange(0, 100_000)
        self.minimum.setToolTip(translate(
            "SupplyItems", "Below this, the log screen and the status bar say so."))
        self.has_expiry = QCheckBox(translate("SupplyItems", "Has expiry dates"))
        self.active = QCheckBox(translate("SupplyItems", "Shown"))
        form.addRow(translate("SupplyItems", "Code:"), self.code)
        form.addRow(translate("SupplyItems", "Chinese name:"), self.name_zh)
        form.addRow(translate("SupplyItems", "English name:"), self.name_en)
        units = QHBoxLayout()
        units.addWidget(self.unit_zh)
        units.addWidget(self.unit_en)
        form.addRow(translate("SupplyItems", "Unit (zh / en):"), units)
        form.addRow(translate("SupplyItems", "Category:"), self.category)
        form.addRow(translate("SupplyItems", "Minimum on hand:"), self.minimum)
        flags = QHBoxLayout()
        flags.addWidget(self.has_expiry)
        flags.addWidget(self.active)
        form.addRow("", flags)
        right.addLayout(form)
        self.save_button = QPushButton(translate("SupplyItems", "Save item"))
        self.add_button = QPushButton(translate("SupplyItems", "Add as a new item"))
        self.save_button.clicked.connect(self._save)
        self.add_button.clicked.connect(self._add)
        right.addLayout(button_row(self.save_button, self.add_button))

        links = QGroupBox(translate("SupplyItems", "Services that use this item"))
        box = QVBoxLayout(links)
        self.links = QListWidget()
        self.links.setMaximumHeight(110)
        box.addWidget(self.links)
        row = QHBoxLayout()
        self.service = QComboBox()
        for service in catalog.services(active_only=True):
            self.service.addItem(service.name(language), service.code)
        self.per_person = QSpinBox()
        self.per_person.setRange(0, 99)
        self.per_person.setValue(1)
        self.per_person.setSpecialValueText(translate("SupplyItems", "ask which"))
        self.per_person.setToolTip(translate(
            "SupplyItems", "How many each person served takes; \"ask which\": after the visit "
                           "the log screen offers the parts to choose (repairs)."))
        self.link_button = QPushButton(translate("SupplyItems", "Link"))
        self.unlink_button = QPushButton(translate("SupplyItems", "Unlink"))
        self.link_button.clicked.connect(self._link)
        self.unlink_button.clicked.connect(self._unlink)
        for widget in (self.service, self.per_person, self.link_button, self.unlink_button):
            row.addWidget(widget)
        box.addLayout(row)
        right.addWidget(links)
        warn = QHBoxLayout()
        self.warn_days = QSpinBox()
        self.warn_days.setRange(1, 365)
        self.warn_days.setValue(settings.get(settings.SUPPLY_EXPIRY_DAYS))
        self.warn_days.valueChanged.connect(
            lambda days: settings.set(settings.SUPPLY_EXPIRY_DAYS, days))
        warn.addWidget(QLabel(translate("SupplyItems", "Warn this many days before a lot "
                                                       "expires:")))
        warn.addWidget(self.warn_days)
        warn.addStretch(1)
        right.addLayout(warn)
        self.error = error_label()
        right.addWidget(self.error)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        right.addWidget(close)
        self.setMinimumWidth(760)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        language = current_language()
        select = select or self.selected_code()
        self.list.clear()
        for row in supply_figures.items():
            entry = QListWidgetItem(row.name(language) if row.active else translate(
                "Supplies", "{item} (hidden)").format(item=row.name(language)))
            entry.setData(Qt.ItemDataRole.UserRole, row.code)
            self.list.addItem(entry)
            if row.code == select:
                self.list.setCurrentItem(entry)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def selected_code(self) -> str | None:
        entry = self.list.currentItem() if hasattr(self, "list") else None
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

    def _selected(self) -> None:
        code = self.selected_code()
        if code is None:
            return
        details = supply_items.details_of(code)
        self.code.clear()
        for field, value in ((self.name_zh, details.name_zh), (self.name_en, details.name_en),
                             (self.unit_zh, details.unit_zh), (self.unit_en, details.unit_en)):
            field.setText(value)
        self.category.setCurrentIndex(max(0, self.category.findData(details.category)))
        self.minimum.setValue(details.min_level)
        self.has_expiry.setChecked(details.has_expiry)
        self.active.setChecked(details.active)
        self._show_links(code)

    def _show_links(self, code: str) -> None:
        names = {s.code: s.name(current_language()) for s in catalog.services()}
        self.links.clear()
        for service, items in sorted(supply_visits.links().items()):
            if code in items:
                quantity = items[code]
                text = translate("SupplyItems", "{service}: {quantity} per person").format(
                    service=names.get(service, service), quantity=quantity) if quantity else \
                    translate("SupplyItems", "{service}: ask which").format(
                        service=names.get(service, service))
                entry = QListWidgetItem(text)
                entry.setData(Qt.ItemDataRole.UserRole, service)
                self.links.addItem(entry)

    def _details(self) -> ItemDetails:
        return ItemDetails(self.name_zh.text(), self.name_en.text(), self.unit_zh.text(),
                           self.unit_en.text(), self.category.currentData(),
                           self.minimum.value(), self.has_expiry.isChecked(),
                           self.active.isChecked())

    def _run(self, action, select: str | None) -> bool:
        if not guarded_change(self, self.error, translate("SupplyItems", "Changing the supplies list"), action):
            return False
        self.reload(select)
        return True

    def _save(self) -> None:
        code = self.selected_code()
        self._run(lambda: supply_items.update_item(code, self._details()), code)

    def _add(self) -> None:
        code = self.code.text().strip()
        self._run(lambda: supply_items.add_item(code, self._details()), code)

    def _link(self) -> None:
        code, service = self.selected_code(), self.service.currentData()
        self._run(lambda: supply_visits.set_link(service, code, self.per_person.value()), code)

    def _unlink(self) -> None:
        code, entry = self.selected_code(), self.links.currentItem()
        service = entry.data(Qt.ItemDataRole.UserRole) if entry else self.service.currentData()
        self._run(lambda: supply_visits.set_link(service, code, None), code)
