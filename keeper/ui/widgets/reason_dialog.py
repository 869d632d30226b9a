"""A change that needs a reason (void, restore, erase, merge, correct): what it does,
optionally a form, the reason, and the error said in the dialog (nothing is lost)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from keeper.errors import UserError
from keeper.i18n import translate
from keeper.ui.widgets.visit_form import error_label


class ReasonDialog(QDialog):
    """``action(reason)`` runs on OK; a UserError it raises is shown and the dialog stays.
    Subclasses with a form of their own override ``run``."""

    def __init__(self, title: str, intro: str, ok_text: str,
                 action: Callable[[str], object] | None = None,
                 parent: QWidget | None = None, *, extra: QWidget | None = None,
                 width: int = 480) -> None:
        super().__init__(parent)
        self.action = action
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        if extra is not None:
            layout.addWidget(extra)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("ReasonDialog", "Why? (kept in the history)"))
        form.addRow(translate("ReasonDialog", "Reason:"), self.reason)
        layout.addLayout(form)
        self.reason_form = form  # a subclass without a reason hides its row
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(width)

    def run(self) -> None:
        self.action(self.reason.text())

    def fail(self, exc: UserError) -> None:
        self.error.setText(exc.message(QCoreApplication.translate))
        self.error.show()

    def _save(self) -> None:
        self.error.hide()
        try:
            self.run()
        except UserError as exc:
            self.fail(exc)
            return
        self.accept()
