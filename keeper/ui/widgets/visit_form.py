"""The fields of a visit: services, group, count, when, visitor, note.

The log screen shows it with big tiles; the correction dialog with compact ones. Errors
are said next to the field they concern; nothing typed is lost.
"""
from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from keeper.core import catalog, clock
from keeper.core.ledger import MAX_COUNT, NewVisit
from keeper.core.visitors import visitor_hit
from keeper.i18n import translate
from keeper.ui.widgets.common import qdate
from keeper.ui.widgets.tiles import TilePanel
from keeper.ui.widgets.visitor_picker import VisitorPicker
from keeper.ui.widgets import palette



def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(palette.ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class VisitForm(QWidget):
    changed = Signal()

    def __init__(self, *, compact: bool = False, extra_services: tuple[str, ...] = (),
                 extra_groups: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Hidden tiles only appear when a visit being corrected already uses them.
        services = catalog.shown("service", keep=extra_services)
        self.services = TilePanel(services, "service", exclusive=False,
                                  columns=4 if compact else 8, compact=compact)
        self.groups = TilePanel(catalog.shown("group", keep=extra_groups), "group",
                                exclusive=True, columns=6, compact=True)
        self.services_error = error_label()
        layout.addWidget(self._caption(translate("VisitForm", "Services")))
        layout.addWidget(self.services)
        layout.addWidget(self.services_error)
        layout.addWidget(self._caption(translate("VisitForm", "Visitor group")))
        layout.addWidget(self.groups)
        self.groups.set_chosen([catalog.DEFAULT_GROUP])

        details = QFormLayout()
        layout.addLayout(details)
        self.visitor = VisitorPicker()
        self.visitor.chosen.connect(self._visitor_chosen)
        details.addRow(translate("VisitForm", "Visitor:"), self.visitor)

        self.count = QSpinBox()
        self.count.setRange(1, MAX_COUNT)
        self.count.setToolTip(translate("VisitForm", "Several people served at once (人次)"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(translate("VisitForm", "Note (optional)"))
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addWidget(self.note, 1)
        details.addRow(translate("VisitForm", "People:"), row)

        when = QHBoxLayout()
        self.now = QCheckBox(translate("VisitForm", "Now"))
        self.now.setToolTip(translate("VisitForm", "Untick to type in an entry from a paper "
                                                   "sheet with its real date and time"))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.at = QTimeEdit()
        self.at.setDisplayFormat("HH:mm")
        self.time_unknown = QCheckBox(translate("VisitForm", "Time unknown"))
        for widget in (self.now, self.day, self.at, self.time_unknown):
            when.addWidget(widget)
        when.addStretch(1)
        self.when_error = error_label()
        details.addRow(translate("VisitForm", "When:"), when)
        details.addRow("", self.when_error)
        self.now.toggled.connect(self._sync_when)
        self.time_unknown.toggled.connect(self._sync_when)
        self.now.setChecked(True)
        self._sync_when()
        self.services.changed.connect(self._services_changed)
        self.groups.changed.connect(self.changed)

    @staticmethod
    def _caption(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet(palette.CAPTION)
        return label

    def _services_changed(self) -> None:
        if self.services.chosen():
            self.services_error.hide()
        self.changed.emit()

    def _visitor_chosen(self, hit) -> None:
        # A registered rider is a rider: the group follows the visitor.
        if hit is not None:
            self.groups.set_chosen([hit.group])

    def _sync_when(self) -> None:
        now = self.now.isChecked()
        if now:
            moment = clock.now()
            self.day.setDate(qdate(moment))
            self.at.setTime(QTime(moment.hour, moment.minute))
        self.day.setEnabled(not now)
        self.time_unknown.setEnabled(not now)
        self.at.setEnabled(not now and not self.time_unknown.isChecked())
        self.when_error.hide()

    # -- values ------------------------------------------------------------------------
    def value(self) -> NewVisit:
        day = at = None
        if not self.now.isChecked():
            qd = self.day.date()
            day = date(qd.year(), qd.month(), qd.day())
            if not self.time_unknown.isChecked():
                qt = self.at.time()
                at = time(qt.hour(), qt.minute())
        return NewVisit(services=self.services.chosen(), group=(self.groups.chosen() or [
            catalog.DEFAULT_GROUP])[0], day=day, at=at, count=self.count.value(),
            visitor_id=self.visitor.visitor.id if self.visitor.visitor else None,
            note=self.note.text())

    def set_value(self, visit: NewVisit) -> None:
        """Show an existing visit (for a correction): its own date and time, never "now"."""
        self.services.set_chosen(visit.services)
        self.groups.set_chosen([visit.group])
        self.count.setValue(visit.count)
        self.note.setText(visit.note)
        self.visitor.set_visitor(visitor_hit(visit.visitor_id))
        self.groups.set_chosen([visit.group])
        self.now.setChecked(False)
        day = visit.day or clock.today()
        self.day.setDate(qdate(day))
        self.time_unknown.setChecked(visit.at is None)
        if visit.at is not None:
            self.at.setTime(QTime(visit.at.hour, visit.at.minute))
        self._sync_when()

    def reset_for_next(self) -> None:
        """After a save: services, count, note and visitor clear; the group and the date
        mode stay (the next rider is likely a rider; a paper sheet has many rows)."""
        self.services.clear()
        self.count.setValue(1)
        self.note.clear()
        self.visitor.clear()
        if self.now.isChecked():
            self._sync_when()

    def show_error(self, field: str, text: str) -> None:
        label = self.services_error if field == "services" else self.when_error
        label.setText(text)
        label.show()

    def clear_errors(self) -> None:
        self.services_error.hide()
        self.when_error.hide()

