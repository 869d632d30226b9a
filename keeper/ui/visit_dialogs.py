"""Correcting, voiding and restoring a visit (each with a reason), and its history."""
from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keeper.core import audit, ledger
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.i18n import translate
from keeper.ui.visit_form import VisitForm, error_label


class _ReasonDialog(QDialog):
    """A dialog that refuses to save without a reason."""

    def _add_reason(self, layout: QVBoxLayout | QFormLayout, ok_text: str) -> None:
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("VisitDialogs", "Why? (kept in the history)"))
        self.error = error_label()
        form = QFormLayout()
        form.addRow(translate("VisitDialogs", "Reason:"), self.reason)
        form.addRow("", self.error)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _fail(self, exc: UserError) -> None:
        self.error.setText(exc.message(QCoreApplication.translate))
        self.error.show()

    def _save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class CorrectVisitDialog(_ReasonDialog):
    def __init__(self, visit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visit_id = visit_id
        self.setWindowTitle(translate("VisitDialogs", "Correct visit #{id}").format(id=visit_id))
        layout = QVBoxLayout(self)
        current = ledger.visit_as_new(visit_id)
        self.form = VisitForm(compact=True, extra_services=tuple(current.services))
        self.form.set_value(current)
        layout.addWidget(self.form)
        self._add_reason(layout, translate("VisitDialogs", "Save correction"))
        self.changed = False
        self.resize(900, 460)

    def _save(self) -> None:
        self.form.clear_errors()
        self.error.hide()
        try:
            self.changed = ledger.amend_visit(self.visit_id, self.form.value(),
                                              self.reason.text())
        except UserError as exc:
            if exc.field in ("services", "when"):
                self.form.show_error(exc.field, exc.message(QCoreApplication.translate))
            else:
                self._fail(exc)
            return
        self.accept()


class VoidVisitDialog(_ReasonDialog):
    """Void a visit, or restore a voided one."""

    def __init__(self, visit_id: int, *, restore: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visit_id, self.restore = visit_id, restore
        layout = QVBoxLayout(self)
        if restore:
            self.setWindowTitle(translate("VisitDialogs", "Restore visit #{id}").format(
                id=visit_id))
            text = translate("VisitDialogs", "The visit will count again.")
            ok = translate("VisitDialogs", "Restore")
        else:
            self.setWindowTitle(translate("VisitDialogs", "Void visit #{id}").format(id=visit_id))
            text = translate("VisitDialogs", "The visit stays in the ledger, marked as voided, "
                                             "and no longer counts in the figures.")
            ok = translate("VisitDialogs", "Void")
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self._add_reason(layout, ok)
        self.setMinimumWidth(460)

    def _save(self) -> None:
        try:
            if self.restore:
                ledger.restore_visit(self.visit_id, self.reason.text())
            else:
                ledger.void_visit(self.visit_id, self.reason.text())
        except UserError as exc:
            self._fail(exc)
            return
        self.accept()


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
