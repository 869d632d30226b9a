"""Registering and correcting a visitor: the form and its dialog.

A phone already in the directory is refused with a button to the existing record, so the
attendant never makes a duplicate by accident.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keeper.core import clock, directory
from keeper.core.directory import DuplicatePhone, VisitorDetails
from keeper.core.directory_changes import update_visitor
from keeper.errors import UserError
from keeper.i18n import translate
from keeper.ui.widgets.visit_form import error_label
from keeper.ui.widgets.common import choose_group, group_combo, pydate, qdate


class VisitorDialog(QDialog):
    """Register a new visitor (``visitor_id`` None) or correct one."""

    open_existing = Signal(int)  # the attendant chose the record that has this phone

    def __init__(self, visitor_id: int | None = None, *, prefill: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visitor_id = visitor_id
        self.setWindowTitle(translate("VisitorDialog", "Register a visitor") if visitor_id is None
                            else translate("VisitorDialog", "Correct visitor details"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(translate("VisitorDialog", "11-digit mobile number"))
        self.group = group_combo()
        self.platform = QComboBox()
        self.platform.setEditable(True)  # a new employer is typed in and joins the list
        self.platform.addItem("")
        self.platform.addItems(directory.platforms())
        self.party_member = QCheckBox(translate("VisitorDialog", "Party member (党员)"))
        self.volunteer = QCheckBox(translate("VisitorDialog", "Volunteer"))
        self.team = QLineEdit()
        self.team.setPlaceholderText(translate("VisitorDialog", "Volunteer team"))
        self.registered = QDateEdit(qdate(clock.today()))
        self.registered.setCalendarPopup(True)
        self.registered.setDisplayFormat("yyyy-MM-dd")
        self.consent = QCheckBox(translate(
            "VisitorDialog", "Agreed today that the station keeps their name and phone"))
        self.notes = QLineEdit()
        form.addRow(translate("VisitorDialog", "Name:"), self.name)
        form.addRow(translate("VisitorDialog", "Mobile:"), self.phone)
        self.phone_error = error_label()
        self.existing_button = QPushButton(translate("VisitorDialog", "Open the existing record"))
        self.existing_button.hide()
        self.existing_button.clicked.connect(self._open_existing)
        row = QHBoxLayout()
        row.addWidget(self.phone_error, 1)
        row.addWidget(self.existing_button)
        form.addRow("", row)
        form.addRow(translate("VisitorDialog", "Group:"), self.group)
        form.addRow(translate("VisitorDialog", "Platform or employer:"), self.platform)
        flags = QHBoxLayout()
        flags.addWidget(self.party_member)
        flags.addWidget(self.volunteer)
        flags.addWidget(self.team, 1)
        form.addRow("", flags)
        form.addRow(translate("VisitorDialog", "Registered on:"), self.registered)
        form.addRow("", self.consent)
        form.addRow(translate("VisitorDialog", "Notes:"), self.notes)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._existing: int | None = None
        self._consent_on: date | None = None
        if visitor_id is not None:
            self._show(directory.details(visitor_id))
        elif prefill.strip():
            # What was typed in the search box: digits are a phone, anything else a name.
            digits = "".join(prefill.split())
            (self.phone if digits.isdigit() else self.name).setText(prefill.strip())
        self.setMinimumWidth(520)

    def _show(self, details: VisitorDetails) -> None:
        self.name.setText(details.name)
        self.phone.setText(details.phone)
        choose_group(self.group, details.group)
        self.platform.setCurrentText(details.platform)
        self.party_member.setChecked(details.party_member)
        self.volunteer.setChecked(details.volunteer)
        self.team.setText(details.volunteer_team)
        if details.registered_on:
            self.registered.setDate(qdate(details.registered_on))
        self._consent_on = details.consent_on
        self.consent.setChecked(details.consent_on is not None)
        if details.consent_on:
            self.consent.setText(translate("VisitorDialog", "Agreed on {day} that the station "
                                                            "keeps their name and phone").format(
                day=details.consent_on.isoformat()))
        self.notes.setText(details.notes)

    def details(self) -> VisitorDetails:
        consent = (self._consent_on or clock.today()) if self.consent.isChecked() else None
        return VisitorDetails(
            name=self.name.text(), phone=self.phone.text(), group=self.group.currentData(),
            platform=self.platform.currentText(), party_member=self.party_member.isChecked(),
            volunteer=self.volunteer.isChecked(), volunteer_team=self.team.text(),
            registered_on=pydate(self.registered.date()), consent_on=consent,
            notes=self.notes.text())

    def _save(self) -> None:
        for label in (self.error, self.phone_error):
            label.hide()
        self.existing_button.hide()
        try:
            if self.visitor_id is None:
                self.visitor_id = directory.register_visitor(self.details())
            else:
                update_visitor(self.visitor_id, self.details())
        except DuplicatePhone as exc:
            self._existing = exc.visitor_id
            self.phone_error.setText(exc.message(QCoreApplication.translate))
            self.phone_error.show()
            self.existing_button.show()
            return
        except UserError as exc:
            label = self.phone_error if exc.field == "phone" else self.error
            label.setText(exc.message(QCoreApplication.translate))
            label.show()
            return
        self.accept()

    def _open_existing(self) -> None:
        if self._existing is not None:
            self.open_existing.emit(self._existing)
            self.reject()
