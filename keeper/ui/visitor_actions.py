"""Merging two records of one person, and erasing a person's data (each with a reason)."""
from __future__ import annotations

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

from keeper.core.directory_changes import erase_visitor, merge_visitors
from keeper.core.visitors import visitor_hit
from keeper.errors import UserError
from keeper.i18n import translate
from keeper.ui.visit_form import error_label
from keeper.ui.widgets.visitor_picker import VisitorPicker


class _ActionDialog(QDialog):
    def _finish(self, layout: QVBoxLayout, ok_text: str) -> None:
        self.reason = QLineEdit()
        form = QFormLayout()
        form.addRow(translate("VisitorActions", "Reason:"), self.reason)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _run(self, action) -> None:
        try:
            action()
        except UserError as exc:
            self.error.setText(exc.message(QCoreApplication.translate))
            self.error.show()
            return
        self.accept()

    def _save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class MergeDialog(_ActionDialog):
    """Join a duplicate record (found with the search box) into the one shown."""

    def __init__(self, keep_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keep_id = keep_id
        keep = visitor_hit(keep_id)
        self.setWindowTitle(translate("VisitorActions", "Merge two records of one person"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "VisitorActions", "Find the other record of {name}. Its visits move to this one, "
                              "details missing here are taken from it, and it is then left "
                              "empty.").format(name=keep.name if keep else ""))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.other = VisitorPicker()
        layout.addWidget(self.other)
        self._finish(layout, translate("VisitorActions", "Merge"))
        self.moved = 0

    def _save(self) -> None:
        if self.other.visitor is None:
            self.error.setText(translate("VisitorActions", "Choose the other record first."))
            self.error.show()
            return

        def merge() -> None:
            self.moved = merge_visitors(self.keep_id, self.other.visitor.id, self.reason.text())
        self._run(merge)


class EraseDialog(_ActionDialog):
    """Erase a person's name, phone and notes now (PIPL); their visits stay, anonymous."""

    def __init__(self, visitor_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visitor_id = visitor_id
        person = visitor_hit(visitor_id)
        self.setWindowTitle(translate("VisitorActions", "Erase this person's data"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "VisitorActions", "The name, mobile number and notes of {name} are erased for good. "
                              "Their visits stay in the figures, without a name. This cannot be "
                              "undone.").format(name=person.name if person else ""))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self._finish(layout, translate("VisitorActions", "Erase"))

    def _save(self) -> None:
        self._run(lambda: erase_visitor(self.visitor_id, self.reason.text()))
