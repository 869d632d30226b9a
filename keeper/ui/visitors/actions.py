"""Merging two records of one person, and erasing a person's data (each with a reason)."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from keeper.core.directory_changes import erase_visitor, merge_visitors
from keeper.core.visitors import visitor_hit
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.i18n import translate
from keeper.ui.widgets.reason_dialog import ReasonDialog
from keeper.ui.widgets.visitor_picker import VisitorPicker


class MergeDialog(ReasonDialog):
    """Join a duplicate record (found with the search box) into the one shown."""

    def __init__(self, keep_id: int, parent: QWidget | None = None) -> None:
        keep = visitor_hit(keep_id)
        self.other = VisitorPicker()
        super().__init__(
            translate("VisitorActions", "Merge two records of one person"),
            translate("VisitorActions", "Find the other record of {name}. Its visits move to "
                                        "this one, details missing here are taken from it, and "
                                        "it is then left empty.").format(
                name=keep.name if keep else ""),
            translate("VisitorActions", "Merge"), parent=parent, extra=self.other, width=520)
        self.keep_id = keep_id
        self.moved = 0

    def run(self) -> None:
        if self.other.visitor is None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Choose the other record first."))
        self.moved = merge_visitors(self.keep_id, self.other.visitor.id, self.reason.text())


class EraseDialog(ReasonDialog):
    """Erase a person's name, phone and notes now (PIPL); their visits stay, anonymous."""

    def __init__(self, visitor_id: int, parent: QWidget | None = None) -> None:
        person = visitor_hit(visitor_id)
        super().__init__(
            translate("VisitorActions", "Erase this person's data"),
            translate("VisitorActions", "The name, mobile number and notes of {name} are erased "
                                        "for good. Their visits stay in the figures, without a "
                                        "name. This cannot be undone.").format(
                name=person.name if person else ""),
            translate("VisitorActions", "Erase"),
            lambda reason: erase_visitor(visitor_id, reason), parent, width=520)
        self.visitor_id = visitor_id
