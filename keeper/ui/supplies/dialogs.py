"""Receive, issue, discard and count: one dialog, the fields each movement needs. An error
is said in the dialog and nothing typed is lost."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from keeper.core import supplies, supply_figures
from keeper.core.supplies import MAX_QUANTITY
from keeper.errors import UserError
from keeper.i18n import current_language, translate
from keeper.ui.appeals.dialogs import date_edit
from keeper.ui.widgets.common import pydate
from keeper.ui.widgets.reason_dialog import ReasonDialog


def _titles() -> dict[str, tuple[str, str]]:
    return {
        "receive": (translate("SupplyDialog", "Receive stock"),
                    translate("SupplyDialog", "Record receipt")),
        "issue": (translate("SupplyDialog", "Issue stock"),
                  translate("SupplyDialog", "Record issue")),
        "discard": (translate("SupplyDialog", "Discard stock"),
                    translate("SupplyDialog", "Record discard")),
        "count": (translate("SupplyDialog", "Count stock"),
                  translate("SupplyDialog", "Record count")),
    }


class MovementDialog(ReasonDialog):
    def __init__(self, kind: str, item: str | None = None,
                 parent: QWidget | None = None) -> None:
        self.kind = kind
        self.warnings: list[UserError] = []
        language = current_language()
        self._items = {r.code: r for r in supply_figures.items(active_only=True)}
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        self.item = QComboBox()
        for row in self._items.values():
            self.item.addItem(f"{row.name(language)} ({row.unit(language)})", row.code)
        if item is not None:
            self.item.setCurrentIndex(max(0, self.item.findData(item)))
        form.addRow(translate("SupplyDialog", "Item:"), self.item)
        self.quantity = QSpinBox()
        self.quantity.setRange(0 if kind == "count" else 1, MAX_QUANTITY)
        self.quantity.setMinimumWidth(120)
        self.on_hand = QLineEdit()
        self.on_hand.setReadOnly(True)
        self.on_hand.setFrame(False)
        row = QHBoxLayout()
        row.addWidget(self.quantity)
        row.addWidget(self.on_hand, 1)
        form.addRow(translate("SupplyDialog", "Counted on the shelf:") if kind == "count"
                    else translate("SupplyDialog", "Quantity:"), row)
        self.day = date_edit()
        form.addRow(translate("SupplyDialog", "Date:"), self.day)
        self.expires_on = QCheckBox(translate("SupplyDialog", "Expires on"))
        self.expires = date_edit()
        self.expires.setMaximumDate(self.expires.maximumDate().addYears(20))
        self.expires.setDate(self.expires.date().addYears(1))  # today would alert at once
        self.bought = QRadioButton(translate("SupplyDialog", "Bought"))
        self.donated = QRadioButton(translate("SupplyDialog", "Donated by"))
        self.donor = QLineEdit()
        self.donor.setPlaceholderText(translate("SupplyDialog", "name, or empty: anonymous"))
        if kind == "receive":
            expiry = QHBoxLayout()
            expiry.addWidget(self.expires_on)
            expiry.addWidget(self.expires)
            expiry.addStretch(1)
            form.addRow(translate("SupplyDialog", "Lot:"), expiry)
            source = QHBoxLayout()
            self._source = QButtonGroup(self.bought)
            for button in (self.bought, self.donated):
                self._source.addButton(button)
                source.addWidget(button)
            source.addWidget(self.donor, 1)
            self.bought.setChecked(True)
            self.donor.textEdited.connect(lambda: self.donated.setChecked(True))
            form.addRow(translate("SupplyDialog", "Source:"), source)
        title, ok = _titles()[kind]
        super().__init__(title, "", ok, parent=parent, extra=form_widget, width=520)
        if kind == "discard":
            self.reason.setPlaceholderText(translate(
                "SupplyDialog", "Why? Expired, damaged … (required)"))
        elif kind == "receive":
            self.reason_form.setRowVisible(self.reason, False)
        self.item.currentIndexChanged.connect(self._item_changed)
        self._item_changed()

    def _item_changed(self) -> None:
        row = self._items.get(self.item.currentData())
        if row is None:
            return
        language = current_language()
        self.on_hand.setText(translate("SupplyDialog", "on hand: {quantity} {unit}").format(
            quantity=row.on_hand, unit=row.unit(language)))
        self.expires_on.setChecked(row.has_expiry)
        self.expires.setEnabled(True)

    def run(self) -> None:
        code, quantity = self.item.currentData(), self.quantity.value()
        day = pydate(self.day.date())
        if self.kind == "receive":
            donor = ""
            if self.donated.isChecked():
                donor = self.donor.text().strip() or supplies.ANONYMOUS
            expires = pydate(self.expires.date()) if self.expires_on.isChecked() else None
            self.warnings = supplies.receive(code, quantity, expires=expires, donor=donor,
                                             day=day).warnings
        elif self.kind == "issue":
            supplies.issue(code, quantity, reason=self.reason.text(), day=day)
        elif self.kind == "discard":
            supplies.discard(code, quantity, self.reason.text(), day=day)
        else:
            supplies.count(code, quantity, reason=self.reason.text(), day=day)
