"""Correcting, voiding and restoring a visit (each with a reason), and its history."""
from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keeper.core import audit, ledger
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.i18n import translate
from keeper.ui.widgets.visit_form import VisitForm
from keeper.ui.widgets.reason_dialog import ReasonDialog


class CorrectVisitDialog(ReasonDialog):
    def __init__(self, visit_id: int, parent: QWidget | None = None) -> None:
        current = ledger.visit_as_new(visit_id)
        self.form = VisitForm(compact=True, extra_services=tuple(current.services),
                              extra_groups=(current.group,))
        self.form.set_value(current)
        super().__init__(translate("VisitDialogs", "Correct visit #{id}").format(id=visit_id),
                         "", translate("VisitDialogs", "Save correction"), parent=parent,
                         extra=self.form)
        self.visit_id = visit_id
        self.changed = False
        self.resize(900, 520)

    def run(self) -> None:
        self.form.clear_errors()
        self.changed = ledger.amend_visit(self.visit_id, self.form.value(), self.reason.text())

    def fail(self, exc: UserError) -> None:
        if exc.field in ("services", "when"):  # said next to the field it concerns
            self.form.show_error(exc.field, exc.message(QCoreApplication.translate))
        else:
            super().fail(exc)


class VoidVisitDialog(ReasonDialog):
    """Void a visit, or restore a voided one."""

    def __init__(self, visit_id: int, *, restore: bool = False,
                 parent: QWidget | None = None) -> None:
        if restore:
            title = translate("VisitDialogs", "Restore visit #{id}").format(id=visit_id)
            text = translate("VisitDialogs", "The visit will count again.")
            ok = translate("VisitDialogs", "Restore")
            action = ledger.restore_visit
        else:
            title = translate("VisitDialogs", "Void visit #{id}").format(id=visit_id)
            text = translate("VisitDialogs", "The visit stays in the ledger, marked as voided, "
                                             "and no longer counts in the figures.")
            ok = translate("VisitDialogs", "Void")
            action = ledger.void_visit
        super().__init__(title, text, ok, lambda reason: action(visit_id, reason),
                         parent, width=460)
        self.visit_id, self.restore = visit_id, restore


_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("VisitDialogs", "Logged"),
    "amend": QT_TRANSLATE_NOOP("VisitDialogs", "Corrected"),
    "void": QT_TRANSLATE_NOOP("VisitDialogs", "Voided"),
    "undo": QT_TRANSLATE_NOOP("VisitDialogs", "Undone"),
    "restore": QT_TRANSLATE_NOOP("VisitDialogs", "Restored"),
}


def _describe(value: str | None) -> str:
    if not value:
        return ""
    data = json.loads(value)
    return "; ".join(f"{key}: {item}" for key, item in data.items()) if isinstance(
        data, dict) else str(data)


class VisitHistoryDialog(QDialog):
    def __init__(self, visit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("VisitDialogs", "History of visit #{id}").format(
            id=visit_id))
        layout = QVBoxLayout(self)
        entries = audit.history("visit", visit_id)
        self.table = QTableWidget(len(entries), 5)
        self.table.setHorizontalHeaderLabels([
            translate("VisitDialogs", "When"), translate("VisitDialogs", "What"),
            translate("VisitDialogs", "Before"), translate("VisitDialogs", "After"),
            translate("VisitDialogs", "Reason")])
        for row, entry in enumerate(entries):
            action = _ACTIONS.get(entry.action)
            cells = (entry.at.replace("T", " ")[:19],
                     translate("VisitDialogs", action) if action else entry.action,
                     _describe(entry.old), _describe(entry.new),
                     translate("VisitDialogs", "(undo)") if entry.action == "undo"
                     else entry.reason)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(860, 320)
