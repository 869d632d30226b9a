"""The Supplies screen: what is on hand, what needs attention, an item's movements, and
the receive / issue / discard / count dialogs."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from keeper.core import supply_figures
from keeper.i18n import current_language, translate
from keeper.ui.supplies.model import ItemTableModel, MovementTableModel
from keeper.ui.widgets.common import button_row, list_table
from keeper.ui.widgets import palette


class SuppliesScreen(QWidget):
    message = Signal(str)  # for the status bar
    stock_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        self.alerts = QLabel()
        self.alerts.setObjectName("supplyAlerts")
        self.alerts.setWordWrap(True)
        self.alerts.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.alerts)

        self.buttons = {}
        for kind, text in (("receive", translate("SuppliesScreen", "Receive…")),
                           ("issue", translate("SuppliesScreen", "Issue…")),
                           ("discard", translate("SuppliesScreen", "Discard…")),
                           ("count", translate("SuppliesScreen", "Count…"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=kind: self.record(k))
            self.buttons[kind] = button
        self.links_button = QPushButton(translate("SuppliesScreen", "Items and services…"))
        self.links_button.clicked.connect(self.edit_items)
        layout.addLayout(button_row(*self.buttons.values(), self.links_button))

        self.model = ItemTableModel(self)
        self.table = list_table(self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_movements())
        self.movements_model = MovementTableModel(self)
        self.movements = list_table(self.movements_model)
        for view in (self.table, self.movements):  # names and figures whole, in both languages
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
        self.movements_box = QGroupBox()
        box = QVBoxLayout(self.movements_box)
        box.addWidget(self.movements)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.movements_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.reload()

    # -- listing -----------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        select = select or self.selected_code()
        self.model.set_rows(supply_figures.items())
        row = self.model.row_of_code(select) if select else 0
        self.table.selectRow(max(row, 0))
        language = current_language()
        alerts = supply_figures.alerts()
        if alerts:
            lines = [alert.message(translate, language) for alert in alerts]
            self.alerts.setText(translate("SuppliesScreen", "Needs attention:") + "\n"
                                + "\n".join(f"• {line}" for line in lines))
            self.alerts.setStyleSheet(palette.ERROR_TEXT)
        else:
            self.alerts.setText(translate("SuppliesScreen", "Nothing is low, out or expiring."))
            self.alerts.setStyleSheet(f"color: {palette.DONE};")
        self._show_movements()

    def selected_code(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()).code if index.isValid() else None

    def _show_movements(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row(index.row()) if index.isValid() else None  # already read
        if row is None:
            self.movements_model.set_rows([])
            self.movements_box.setTitle("")
            return
        self.movements_box.setTitle(translate("SuppliesScreen", "Movements of {item}").format(
            item=row.name(current_language())))
        self.movements_model.set_rows(supply_figures.movements(row.code))

    # -- actions -----------------------------------------------------------------------
    def record(self, kind: str) -> bool:
        from keeper.ui.supplies.dialogs import MovementDialog

        dialog = MovementDialog(kind, self.selected_code(), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            code = dialog.item.currentData()
            warnings = [w.message(translate) for w in dialog.warnings]
        finally:
            dialog.deleteLater()
        self.reload(code)
        self.stock_changed.emit()
        if warnings:
            self.message.emit(" ".join(warnings))
        return True

    def edit_items(self) -> None:
        from keeper.ui.supplies.items_dialog import ItemsDialog

        dialog = ItemsDialog(self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self.reload()
        self.stock_changed.emit()
