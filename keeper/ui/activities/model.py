"""The activities table: a few a week, so the rows are held whole."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from keeper.core.activities import TYPES, ActivityRow
from keeper.errors import QT_TRANSLATE_NOOP
from keeper.i18n import current_language, translate
from keeper.ui.widgets.record_model import RecordTableModel
from keeper.ui.widgets import palette

NUMBER, DATE, TYPE, TITLE, TEAM, PARTICIPANTS, HOURS, HELPED = range(8)
HEADERS = (
    QT_TRANSLATE_NOOP("ActivityTable", "No."), QT_TRANSLATE_NOOP("ActivityTable", "Date"),
    QT_TRANSLATE_NOOP("ActivityTable", "Type"), QT_TRANSLATE_NOOP("ActivityTable", "Title"),
    QT_TRANSLATE_NOOP("ActivityTable", "Team"), QT_TRANSLATE_NOOP("ActivityTable", "People"),
    QT_TRANSLATE_NOOP("ActivityTable", "Volunteer hours"),
    QT_TRANSLATE_NOOP("ActivityTable", "Helped"),
)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def hours_text(value: float) -> str:
    return f"{value:g}"


class ActivityTableModel(RecordTableModel):
    CONTEXT = "ActivityTable"
    HEADERS = HEADERS

    def reload_names(self) -> None:
        self._types = TYPES.names(current_language())

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column, role = self._rows[index.row()], index.column(), int(role)
        if role == _DISPLAY:
            return self._text(row, column)
        if role == int(Qt.ItemDataRole.TextAlignmentRole) and column in (
                NUMBER, PARTICIPANTS, HOURS, HELPED):
            return int(_RIGHT.value)
        if role == int(Qt.ItemDataRole.ToolTipRole) and column == TITLE and row.story:
            return row.story
        if row.voided_at is not None:
            if role == int(Qt.ItemDataRole.ForegroundRole):
                return QColor(palette.TEXT_MUTED)
            if role == int(Qt.ItemDataRole.FontRole):
                font = QFont()
                font.setStrikeOut(True)
                return font
        if role == int(Qt.ItemDataRole.UserRole):
            return row.id
        return None

    def _text(self, row: ActivityRow, column: int) -> str:
        if column == NUMBER:
            return str(row.id)
        if column == DATE:
            return row.date
        if column == TYPE:
            return self._types.get(row.type, row.type)
        if column == TITLE:
            return row.title + ("  " + translate("ActivityTable", "(voided)")
                                if row.voided_at is not None else "")
        if column == TEAM:
            return row.team_name
        if column == PARTICIPANTS:
            return str(row.participants)
        if column == HOURS:
            return hours_text(row.volunteer_hours)
        return str(row.people_helped)
