"""The items table and an item's movements: a few hundred rows at most, held whole."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from keeper.core import clock
from keeper.core.supply_figures import ItemRow, MovementRow
from keeper.errors import QT_TRANSLATE_NOOP
from keeper.i18n import current_language, translate
from keeper.ui.widgets.record_model import RecordTableModel
from keeper.ui.widgets import palette

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)

CATEGORIES = {
    "drinks": QT_TRANSLATE_NOOP("Supplies", "Drinks"),
    "first_aid": QT_TRANSLATE_NOOP("Supplies", "First aid"),
    "repair_parts": QT_TRANSLATE_NOOP("Supplies", "Repair parts"),
    "loan_items": QT_TRANSLATE_NOOP("Supplies", "Loan items"),
    "donations": QT_TRANSLATE_NOOP("Supplies", "Donations (爱心互献)"),
}
KINDS = {
    "receive": QT_TRANSLATE_NOOP("Supplies", "Received"),
    "issue": QT_TRANSLATE_NOOP("Supplies", "Issued"),
    "return": QT_TRANSLATE_NOOP("Supplies", "Given back"),
    "discard": QT_TRANSLATE_NOOP("Supplies", "Discarded"),
    "count": QT_TRANSLATE_NOOP("Supplies", "Counted"),
}

ITEM, CATEGORY, ON_HAND, MINIMUM, NEXT_EXPIRY = range(5)


class ItemTableModel(RecordTableModel):
    CONTEXT = "SupplyTable"
    HEADERS = (QT_TRANSLATE_NOOP("SupplyTable", "Item"),
               QT_TRANSLATE_NOOP("SupplyTable", "Category"),
               QT_TRANSLATE_NOOP("SupplyTable", "On hand"),
               QT_TRANSLATE_NOOP("SupplyTable", "Minimum"),
               QT_TRANSLATE_NOOP("SupplyTable", "Next expiry"))

    def row_of_code(self, code: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.code == code), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: ItemRow = self._rows[index.row()]
        column, role = index.column(), int(role)
        if role == _DISPLAY:
            return self._text(row, column)
        if role == int(Qt.ItemDataRole.TextAlignmentRole) and column in (ON_HAND, MINIMUM):
            return _RIGHT
        if role == int(Qt.ItemDataRole.ForegroundRole):
            if column == ON_HAND and row.on_hand < max(row.min_level, 1) and self._kept(row):
                return QColor(palette.ERROR)
            if column == NEXT_EXPIRY and row.next_expiry and \
                    row.next_expiry < clock.today().isoformat():
                return QColor(palette.ERROR)
            if not row.active:
                return QColor(palette.TEXT_MUTED)
        if role == int(Qt.ItemDataRole.UserRole):
            return row.code
        return None

    @staticmethod
    def _kept(row: ItemRow) -> bool:
        return row.on_hand != 0 or row.next_expiry is not None

    def _text(self, row: ItemRow, column: int) -> str:
        language = current_language()
        if column == ITEM:
            name = row.name(language)
            return name if row.active else translate("Supplies", "{item} (hidden)").format(
                item=name)
        if column == CATEGORY:
            return translate("Supplies", CATEGORIES.get(row.category, row.category))
        if column == ON_HAND:
            return f"{row.on_hand} {row.unit(language)}"
        if column == MINIMUM:
            return str(row.min_level) if row.min_level else "—"
        if column == NEXT_EXPIRY:
            return row.next_expiry or "—"
        return ""


DAY, KIND, QUANTITY, EXPIRES, WHO, WHY = range(6)


class MovementTableModel(RecordTableModel):
    CONTEXT = "SupplyTable"
    HEADERS = (QT_TRANSLATE_NOOP("SupplyTable", "Date"),
               QT_TRANSLATE_NOOP("SupplyTable", "Movement"),
               QT_TRANSLATE_NOOP("SupplyTable", "Quantity"),
               QT_TRANSLATE_NOOP("SupplyTable", "Lot expires"),
               QT_TRANSLATE_NOOP("SupplyTable", "Donor or visit"),
               QT_TRANSLATE_NOOP("SupplyTable", "Reason"))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: MovementRow = self._rows[index.row()]
        column, role = index.column(), int(role)
        if role == _DISPLAY:
            return self._text(row, column)
        if role == int(Qt.ItemDataRole.TextAlignmentRole) and column == QUANTITY:
            return _RIGHT
        if role == int(Qt.ItemDataRole.ForegroundRole) and column == QUANTITY:
            return QColor(palette.DONE) if row.quantity > 0 else QColor(palette.ERROR)
        return None

    def _text(self, row: MovementRow, column: int) -> str:
        if column == DAY:
            return date.fromisoformat(row.day).isoformat()
        if column == KIND:
            return translate("Supplies", KINDS.get(row.kind, row.kind))
        if column == QUANTITY:
            return f"{row.quantity:+d}"
        if column == EXPIRES:
            return row.expires or ""
        if column == WHO:
            if row.visit_id is not None:
                return translate("Supplies", "a visit at {day}").format(day=row.day)
            if row.donor == "anonymous":
                return translate("Supplies", "Anonymous donor")
            return row.donor
        if column == WHY:
            return row.reason
        return ""
