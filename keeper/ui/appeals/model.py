"""The appeals table (a few hundred a year: the rows are held whole) and the words for
statuses and urgencies that the screen and the dialogs share."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from keeper.core import catalog
from keeper.core.appeal_rows import AppealRow
from keeper.core.appeals import CATEGORIES
from keeper.errors import QT_TRANSLATE_NOOP
from keeper.i18n import current_language, translate
from keeper.ui.widgets.record_model import RecordTableModel
from keeper.ui.widgets import palette

NUMBER, DATE, CATEGORY, RAISED_BY, URGENCY, STATUS, PROBLEM = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("AppealTable", "No."), QT_TRANSLATE_NOOP("AppealTable", "Date"),
    QT_TRANSLATE_NOOP("AppealTable", "Category"), QT_TRANSLATE_NOOP("AppealTable", "Raised by"),
    QT_TRANSLATE_NOOP("AppealTable", "Urgency"), QT_TRANSLATE_NOOP("AppealTable", "Status"),
    QT_TRANSLATE_NOOP("AppealTable", "Problem"),
)
STATUS_LABELS = {
    "recorded": QT_TRANSLATE_NOOP("AppealTable", "Recorded"),
    "referred": QT_TRANSLATE_NOOP("AppealTable", "Referred"),
    "resolved": QT_TRANSLATE_NOOP("AppealTable", "Resolved"),
    "followed_up": QT_TRANSLATE_NOOP("AppealTable", "Followed up"),
}
URGENCY_LABELS = {
    "low": QT_TRANSLATE_NOOP("AppealTable", "Low"),
    "normal": QT_TRANSLATE_NOOP("AppealTable", "Normal"),
    "high": QT_TRANSLATE_NOOP("AppealTable", "High"),
}
OVERDUE_COLOUR = QColor(palette.ERROR)
VOIDED_COLOUR = QColor(palette.TEXT_MUTED)
HIGH_COLOUR = QColor(palette.HIGH)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)


def status_text(code: str) -> str:
    return translate("AppealTable", STATUS_LABELS.get(code, code))


def urgency_text(code: str) -> str:
    return translate("AppealTable", URGENCY_LABELS.get(code, code))


def raised_by(row: AppealRow, groups: dict[str, str]) -> str:
    if row.visitor_id is not None:
        return row.visitor_name or translate("AppealTable", "(erased)")
    return translate("AppealTable", "Anonymous {group}").format(
        group=groups.get(row.group, row.group))


def state_text(row: AppealRow) -> str:
    """The status as the list says it: with "voided" or how late an open appeal is."""
    if row.voided_at is not None:
        return translate("AppealTable", "Voided")
    if row.overdue:
        return translate("AppealTable", "{status} · overdue {days} d").format(
            status=status_text(row.status), days=row.days_overdue)
    return status_text(row.status)


class AppealTableModel(RecordTableModel):
    CONTEXT = "AppealTable"
    HEADERS = HEADERS

    def reload_names(self) -> None:
        language = current_language()
        self._groups = {g.code: g.name(language) for g in catalog.groups()}
        self._categories = CATEGORIES.names(language)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        role = int(role)
        if role == _DISPLAY:
            return self._text(row, column)
        if role == int(Qt.ItemDataRole.ToolTipRole) and column == PROBLEM:
            return row.description
        if role == int(Qt.ItemDataRole.ForegroundRole):
            if row.voided_at is not None:
                return VOIDED_COLOUR
            if row.overdue and column in (DATE, STATUS, PROBLEM, NUMBER):
                return OVERDUE_COLOUR
            if column == URGENCY and row.urgency == "high":
                return HIGH_COLOUR
        if role == int(Qt.ItemDataRole.FontRole):
            voided = row.voided_at is not None
            bold = not voided and ((row.overdue and column == STATUS)
                                   or (column == URGENCY and row.urgency == "high"))
            if voided or bold:  # otherwise the view's own font
                font = QFont()
                font.setStrikeOut(voided)
                font.setBold(bold)
                return font
        if role == int(Qt.ItemDataRole.UserRole):
            return row.id
        return None

    def _text(self, row: AppealRow, column: int) -> str:
        if column == NUMBER:
            return str(row.id)
        if column == DATE:
            return row.date
        if column == CATEGORY:
            return self._categories.get(row.category, row.category)
        if column == RAISED_BY:
            return raised_by(row, self._groups)
        if column == URGENCY:
            return urgency_text(row.urgency)
        if column == STATUS:
            return state_text(row)
        return " ".join(row.description.split())
