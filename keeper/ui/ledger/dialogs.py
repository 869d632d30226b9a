"""Correcting, voiding and restoring a visit (each with a reason), and its history."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from keeper.core import catalog, ledger
from keeper.errors import UserError
from keeper.i18n import translate
from keeper.ui.ledger.history import VisitHistoryDialog, describe_visit
from keeper.ui.widgets.visit_form import VisitForm
from keeper.ui.widgets.reason_dialog import ReasonDialog


class CorrectVisitDialog(ReasonDialog):
    def __init__(self, visit_id: int, parent: QWidget | None = None) -> None:
        current = ledger.visit_as_new(visit_id)
        self.form = VisitForm(compact=True, extra_services=tuple(current.services),
                              extra_groups=(current.group,))
        self.form.set_value(current)
        title = translate("VisitDialogs", "Correct the visit of {visit}").format(
            visit=describe_visit(visit_id))
        super().__init__(title, "", translate("VisitDialogs", "Save correction"), parent=parent,
                         extra=self.form, width=900)
        self.visit_id = visit_id
        self.changed = False
        # The service keys work here as on the log screen (not while typing in a box).
        for service in catalog.services(active_only=True):
            if service.shortcut:
                shortcut = QShortcut(QKeySequence(service.shortcut), self)
                shortcut.activated.connect(
                    lambda code=service.code: self.form.services.toggle(code))

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
            title = translate("VisitDialogs", "Restore the visit of {visit}").format(
                visit=describe_visit(visit_id))
            text = translate("VisitDialogs", "The visit will count again.")
            ok = translate("VisitDialogs", "Restore")
            action = ledger.restore_visit
        else:
            title = translate("VisitDialogs", "Void the visit of {visit}").format(
                visit=describe_visit(visit_id))
            text = translate("VisitDialogs", "The visit stays in the ledger, marked as voided, "
                                             "and no longer counts in the figures.")
            ok = translate("VisitDialogs", "Void")
            action = ledger.void_visit
        super().__init__(title, text, ok, lambda reason: action(visit_id, reason),
                         parent, width=460)
        self.visit_id, self.restore = visit_id, restore


__all__ = ["CorrectVisitDialog", "VisitHistoryDialog", "VoidVisitDialog"]
