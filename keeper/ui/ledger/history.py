"""A visit's history as the attendant reads it: one line per change, in words, with the reason.

The audit log stores each change as JSON of the visit's fields (codes, ids); here they become
"服务项目：换电 → 换电、充电", with names from the catalogue and the directory.
"""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keeper.core import audit, catalog, ledger
from keeper.core.visitors import mask_phone, mask_phones_in, visitor_hit
from keeper.errors import QT_TRANSLATE_NOOP
from keeper.i18n import current_language, translate
from keeper.ui.widgets.fit import fit_columns

_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("VisitDialogs", "Logged"),
    "amend": QT_TRANSLATE_NOOP("VisitDialogs", "Corrected"),
    "void": QT_TRANSLATE_NOOP("VisitDialogs", "Voided"),
    "undo": QT_TRANSLATE_NOOP("VisitDialogs", "Undone"),
    "restore": QT_TRANSLATE_NOOP("VisitDialogs", "Restored"),
}
# The fields of a visit, in the order the log screen shows them; "source" etc. are not shown.
_FIELDS = (
    ("date", QT_TRANSLATE_NOOP("VisitDialogs", "Date")),
    ("time", QT_TRANSLATE_NOOP("VisitDialogs", "Time")),
    ("group", QT_TRANSLATE_NOOP("VisitDialogs", "Group")),
    ("services", QT_TRANSLATE_NOOP("VisitDialogs", "Services")),
    ("count", QT_TRANSLATE_NOOP("VisitDialogs", "People")),
    ("visitor", QT_TRANSLATE_NOOP("VisitDialogs", "Visitor")),
    ("note", QT_TRANSLATE_NOOP("VisitDialogs", "Note")),
)


class _Words:
    """Turns stored values into the words the screens use."""

    def __init__(self) -> None:
        self.language = current_language()
        self.services = {s.code: s.name(self.language) for s in catalog.services()}
        self.groups = {g.code: g.name(self.language) for g in catalog.groups()}

    def value(self, key: str, value) -> str:
        if value in (None, "", []):
            if key == "time":
                return translate("VisitDialogs", "unknown")
            return translate("VisitDialogs", "(none)")
        if key == "services":
            return catalog.join_services(value, self.services, self.language)
        if key == "group":
            return self.groups.get(value, value)
        if key == "visitor":
            hit = visitor_hit(value)
            if hit is None or not (hit.name or hit.phone):
                return translate("VisitTable", "(erased)")
            return " ".join(part for part in (hit.name, mask_phone(hit.phone)) if part)
        if key == "note":
            return mask_phones_in(str(value))
        return str(value)

    def line(self, key: str, label: str, text: str) -> str:
        return translate("VisitDialogs", "{field}: {value}").format(
            field=translate("VisitDialogs", label), value=text)

    def describe(self, action: str, old: dict, new: dict) -> str:
        """The change, one field a line: everything for a new visit, what changed otherwise."""
        lines = []
        for key, label in _FIELDS:
            if action == "create":
                if key in new and (new[key] not in (None, "", []) or key == "time"):
                    lines.append(self.line(key, label, self.value(key, new[key])))
            elif key in old or key in new:
                before, after = old.get(key), new.get(key)
                if key == "services":
                    same = sorted(before or []) == sorted(after or [])
                else:
                    same = before == after
                if not same:
                    lines.append(self.line(key, label, "{} → {}".format(
                        self.value(key, before), self.value(key, after))))
        return "\n".join(lines)


def _load(text: str | None) -> dict:
    if not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def describe_visit(visit_id: int) -> str:
    """The visit as a title says it: 2026-10-15 14:05, 外卖骑手 · 饮水."""
    words = _Words()
    visit = ledger.visit_as_new(visit_id)
    when = visit.day.isoformat() + (" " + visit.at.strftime("%H:%M") if visit.at else "")
    return translate("VisitDialogs", "{when}, {group} · {services}").format(
        when=when, group=words.groups.get(visit.group, visit.group),
        services=catalog.join_services(visit.services, words.services, words.language))


class VisitHistoryDialog(QDialog):
    """Columns: when, what was done, why, and what changed (one field a line)."""

    WHEN, WHAT, REASON, CHANGE = range(4)

    def __init__(self, visit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("VisitDialogs", "History of a visit"))
        layout = QVBoxLayout(self)
        self.heading = QLabel(describe_visit(visit_id))
        self.heading.setObjectName("historyHeading")
        self.heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.heading)
        words = _Words()
        entries = audit.history("visit", visit_id)
        self.table = QTableWidget(len(entries), 4)
        self.table.setHorizontalHeaderLabels([
            translate("VisitDialogs", "When"), translate("VisitDialogs", "What"),
            translate("VisitDialogs", "Reason"), translate("VisitDialogs", "Change")])
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        for row, entry in enumerate(entries):
            action = _ACTIONS.get(entry.action)
            reason = translate("VisitDialogs", "(undone at once)") if entry.action == "undo" \
                else mask_phones_in(entry.reason)
            cells = (entry.at.replace("T", " ")[:16],
                     translate("VisitDialogs", action) if action else entry.action,
                     reason, words.describe(entry.action, _load(entry.old), _load(entry.new)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        fit_columns(self.table, stretch=self.CHANGE, maximum=240,
                    samples={self.WHEN: ["2026-10-15 14:30"]})
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # As tall as its rows (a visit has a few changes), not a large empty box.
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.resize(900, min(560, rows + self.table.horizontalHeader().height()
                             + self.heading.sizeHint().height() + 110))

    def texts(self) -> list[list[str]]:
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]
