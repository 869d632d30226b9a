"""Merging two records of one person, and erasing a person's data (each with a reason)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keeper.core import erasure
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


# Where erasure rewrites free text, as the attendant knows those records.
PLACES = {
    "visit": QT_TRANSLATE_NOOP("VisitorActions", "Visit #{id}"),
    "appeal": QT_TRANSLATE_NOOP("VisitorActions", "Appeal #{id}"),
    "activity": QT_TRANSLATE_NOOP("VisitorActions", "Activity #{id}"),
    "visitor": QT_TRANSLATE_NOOP("VisitorActions", "Person #{id}"),
    "team": QT_TRANSLATE_NOOP("VisitorActions", "Team #{id}"),
    "correction": QT_TRANSLATE_NOOP("VisitorActions", "Correction #{id}"),
    "audit_log": QT_TRANSLATE_NOOP("VisitorActions", "History entry #{id}"),
    "supply_movement": QT_TRANSLATE_NOOP("VisitorActions", "Supplies entry #{id}"),
}


def excerpt(text: str, start: int, width: int = 40) -> str:
    """The part of a long text (a history entry's record) around the first change."""
    begin = max(0, start - 12)
    part = text[begin:begin + width]
    return ("…" if begin else "") + part + ("…" if begin + width < len(text) else "")


def changes_preview(changes: list[erasure.TextChange]) -> QWidget:
    """What erasing rewrites in notes, appeals, stories and the history: shown first."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    count = len(changes)  # a plain name: lupdate misses calls in the arguments
    label = QLabel(translate("VisitorActions", "Their name or phone is also written in %n "
                                               "places; it is replaced by ■■■ there:", None,
                             count) if changes else
                   translate("VisitorActions", "Their name and phone are not written in any "
                                               "note, appeal, story or history entry."))
    label.setWordWrap(True)
    layout.addWidget(label)
    if changes:
        tree = QTreeWidget()
        tree.setObjectName("erasurePreview")
        tree.setRootIsDecorated(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        tree.setHeaderLabels([translate("VisitorActions", "Where"),
                              translate("VisitorActions", "Now"),
                              translate("VisitorActions", "After erasing")])
        for change in changes:
            where = translate("VisitorActions", PLACES.get(change.table, "{id}")) \
                .format(id=change.row_id)
            first = next((i for i, (a, b) in enumerate(zip(change.before, change.after))
                          if a != b), 0)
            item = QTreeWidgetItem([where, excerpt(change.before, first),
                                    excerpt(change.after, first)])
            item.setToolTip(1, change.before)
            item.setToolTip(2, change.after)
            tree.addTopLevelItem(item)
        tree.setColumnWidth(0, 130)
        tree.setColumnWidth(1, 260)
        tree.setMinimumHeight(140)
        layout.addWidget(tree)
    return box


class EraseDialog(ReasonDialog):
    """Erase a person's name, phone and notes now (PIPL); their visits stay, anonymous.
    Where their name or phone was typed into other text is listed before anything is done."""

    def __init__(self, visitor_id: int, parent: QWidget | None = None) -> None:
        person = visitor_hit(visitor_id)
        self.changes = erasure.planned_changes([visitor_id])
        super().__init__(
            translate("VisitorActions", "Erase this person's data"),
            translate("VisitorActions", "The name, mobile number and notes of {name} are erased "
                                        "for good. Their visits stay in the figures, without a "
                                        "name. This cannot be undone.").format(
                name=person.name if person else ""),
            translate("VisitorActions", "Erase"),
            lambda reason: erase_visitor(visitor_id, reason), parent,
            extra=changes_preview(self.changes), width=720)
        self.visitor_id = visitor_id
