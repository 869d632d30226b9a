"""The register in the window: the stations in a table, a form to add one or change the
selected one. Saving goes through keeper.district.register_edit (checked and audited)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from keeper.district.register_edit import save_station
from keeper.errors import KeeperError
from keeper.errors import QT_TRANSLATE_NOOP
from keeper.i18n import translate


REGISTER_COLUMNS = (
    QT_TRANSLATE_NOOP("DistrictRegister", "Code"),
    QT_TRANSLATE_NOOP("DistrictRegister", "Name"),
    QT_TRANSLATE_NOOP("DistrictRegister", "Kind"),
    QT_TRANSLATE_NOOP("DistrictRegister", "Opened"),
    QT_TRANSLATE_NOOP("DistrictRegister", "Closed"),
    QT_TRANSLATE_NOOP("DistrictRegister", "Contact"),
    QT_TRANSLATE_NOOP("DistrictRegister", "Phone"),
)

class RegisterDialog(QDialog):
    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(translate("DistrictRegister", "Stations register"))
        headers = [translate("DistrictRegister", h) for h in REGISTER_COLUMNS]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)

        self.code, self.name, self.opened, self.closed, self.contact, self.phone, \
            self.address = (QLineEdit() for _ in range(7))
        self.code.setPlaceholderText("CY-017")
        self.opened.setPlaceholderText("2026-01")
        self.closed.setPlaceholderText(translate("DistrictRegister", "still open"))
        self.kind = QComboBox()
        self.kind.addItem(translate("DistrictRegister", "comprehensive"), "comprehensive")
        self.kind.addItem(translate("DistrictRegister", "specialized"), "specialized")
        form = QFormLayout()
        for label, widget in ((translate("DistrictRegister", "Code:"), self.code),
                              (translate("DistrictRegister", "Name:"), self.name),
                              (translate("DistrictRegister", "Kind:"), self.kind),
                              (translate("DistrictRegister", "Opened (month):"), self.opened),
                              (translate("DistrictRegister", "Closed (last month):"),
                               self.closed),
                              (translate("DistrictRegister", "Contact:"), self.contact),
                              (translate("DistrictRegister", "Phone:"), self.phone),
                              (translate("DistrictRegister", "Address:"), self.address)):
            form.addRow(label, widget)
        self.error = QLabel()
        self.error.setStyleSheet("color: #B42318;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.new_button = QPushButton(translate("DistrictRegister", "New station"))
        self.new_button.clicked.connect(self.new_station)
        self.save_button = QPushButton(translate("DistrictRegister", "Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.error)
        side.addLayout(row)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(1100, 600)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.stations = self.store.stations()
        self.table.setRowCount(len(self.stations))
        kinds = {self.kind.itemData(i): self.kind.itemText(i) for i in range(self.kind.count())}
        for row, s in enumerate(self.stations):
            for col, value in enumerate((s.code, s.name, kinds.get(s.kind, s.kind), s.opened,
                                         s.closed or "", s.contact, s.phone)):
                self.table.setItem(row, col, QTableWidgetItem(value))
            if s.code == select:
                self.table.selectRow(row)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        s = self.stations[rows[0].row()]
        self.code.setText(s.code)
        self.code.setReadOnly(True)  # the code names the station in every bundle
        for widget, value in ((self.name, s.name), (self.opened, s.opened),
                              (self.closed, s.closed or ""), (self.contact, s.contact),
                              (self.phone, s.phone), (self.address, s.address)):
            widget.setText(value)
        self.kind.setCurrentIndex(max(self.kind.findData(s.kind), 0))
        self.error.hide()

    def new_station(self) -> None:
        self.table.clearSelection()
        self.code.setReadOnly(False)
        for widget in (self.code, self.name, self.opened, self.closed, self.contact,
                       self.phone, self.address):
            widget.clear()
        self.kind.setCurrentIndex(0)
        self.error.hide()
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        try:
            row = save_station(self.store.db, self.code.text(), name=self.name.text(),
                               kind=self.kind.currentData(), opened=self.opened.text(),
                               closed=self.closed.text(), contact=self.contact.text(),
                               phone=self.phone.text(), address=self.address.text())
        except KeeperError as exc:
            self.error.setText(exc.message(QCoreApplication.translate))
            self.error.show()
            return
        self.error.hide()
        self.reload(select=row.code)
