"""The table model of visits, for the ledger screen and today's list on the log screen.

Anki's way: the model holds the ordered row ids of the current filter, and fetches the rows
themselves a page at a time when the view asks for them, so a million visits cost 8 MB of
ids and only the visible pages are ever read.
"""
from __future__ import annotations

from array import array
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from keeper.core import catalog
from keeper.core.ledger_query import VisitFilter, VisitRow, visit_ids, visit_rows
from keeper.core.visitors import mask_phone, mask_phones_in
from keeper.errors import QT_TRANSLATE_NOOP
from keeper.i18n import current_language, translate
from keeper.ui.background import BackgroundReader
from keeper.ui.widgets import palette

IMPORT_UNDONE = "import undone"  # core.importing.UNDO_REASON (not imported: start-up stays lean)

PAGE = 200
PAGES_KEPT = 30  # 6,000 rows: several screens either way of where the view is
FIRST = 2000  # ids read at once (~1 ms); a longer list arrives from a worker thread

DATE, TIME, GROUP, SERVICES, COUNT, VISITOR, NOTE, STATE = range(8)
HEADERS = (
    QT_TRANSLATE_NOOP("VisitTable", "Date"), QT_TRANSLATE_NOOP("VisitTable", "Time"),
    QT_TRANSLATE_NOOP("VisitTable", "Group"), QT_TRANSLATE_NOOP("VisitTable", "Services"),
    QT_TRANSLATE_NOOP("VisitTable", "Count"), QT_TRANSLATE_NOOP("VisitTable", "Visitor"),
    QT_TRANSLATE_NOOP("VisitTable", "Note"), QT_TRANSLATE_NOOP("VisitTable", "State"),
)
SORT_BY_COLUMN = {DATE: "date", TIME: "date", GROUP: "group", SERVICES: "services",
                  COUNT: "count", VISITOR: "visitor", NOTE: "note", STATE: "state"}
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_VOIDED_COLOUR = QBrush(QColor(palette.TEXT_MUTED))
_NEW_ROW_COLOUR = QBrush(QColor(palette.NEW_ROW))


class VisitTableModel(QAbstractTableModel):
    """``complete`` is False while the rest of a long list is still being read."""

    loaded = Signal()  # the whole list is in

    def __init__(self, visit_filter: VisitFilter | None = None, sort: str = "date",
                 descending: bool = True, parent=None) -> None:
        super().__init__(parent)
        self._filter = visit_filter or VisitFilter()
        self._sort, self._descending = sort, descending
        self._pages: OrderedDict[int, dict[int, VisitRow]] = OrderedDict()
        self.highlighted: int | None = None
        self._strike = QFont()
        self._strike.setStrikeOut(True)
        self._generation = 0
        self.reader = BackgroundReader(self)
        self.reader.finished.connect(self._rest_loaded)
        self.reload_names()
        self._ids = self._read()

    # -- what is shown -----------------------------------------------------------------
    def reload_names(self) -> None:
        language = current_language()
        self._services = {s.code: s.name(language) for s in catalog.services()}
        self._groups = {g.code: g.name(language) for g in catalog.groups()}

    @property
    def visit_filter(self) -> VisitFilter:
        return self._filter

    def set_filter(self, visit_filter: VisitFilter) -> None:
        self._filter = visit_filter
        self.refresh()

    def _read(self) -> array:
        """The first ids now; when there are more, the rest from a worker thread, so a
        million-row list opens as fast as a short one."""
        self._generation += 1
        self._front: list[int] = []  # logged while the rest was being read
        ids = visit_ids(self._filter, self._sort, self._descending, limit=FIRST)
        self.complete = len(ids) < FIRST
        if not self.complete:
            query = (self._filter, self._sort, self._descending)
            self.reader.start(self._generation, lambda conn: visit_ids(*query, conn=conn),
                               after_paint=True)
        return ids

    def _rest_loaded(self, generation: int, ids) -> None:
        if generation != self._generation:
            return  # a newer filter or order was asked for meanwhile
        if isinstance(ids, Exception):
            ids = visit_ids(self._filter, self._sort, self._descending)
        if self._front:
            known = set(ids)
            ids = array("q", [i for i in self._front if i not in known]) + ids
            self._front = []
        self.complete = True
        have = len(self._ids)
        if len(ids) >= have and ids[:have] == self._ids:
            if len(ids) > have:
                self.beginInsertRows(QModelIndex(), have, len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
        else:
            self.beginResetModel()
            self._ids = ids
            self._pages.clear()
            self.endResetModel()
        self.loaded.emit()

    def refresh(self) -> None:
        ids = self._read()
        if not ids and not self._ids:
            # Empty before and after (someone with no visits yet): nothing shown changes,
            # and a reset would still lay out and repaint the table and its header.
            self._pages.clear()
        else:
            self.beginResetModel()
            self._ids = ids
            self._pages.clear()
            self.endResetModel()
        if self.complete:
            self.loaded.emit()

    def prepend(self, visit_id: int) -> None:
        """A visit just logged: on top, without re-reading the list."""
        if not self.complete:
            self._front.insert(0, visit_id)  # the list being read may not hold it
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._ids.insert(0, visit_id)
        self._pages.clear()
        self.endInsertRows()

    def refresh_row(self, visit_id: int) -> None:
        self._pages.clear()
        try:
            row = self._ids.index(visit_id)
        except ValueError:
            return
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def visit_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, visit_id: int) -> int:
        try:
            return self._ids.index(visit_id)
        except ValueError:
            return -1

    def visit(self, row: int) -> VisitRow:
        return self._shown(row)[0]

    def _shown(self, row: int) -> list:
        """``[row, cell texts]``: rows are read a page at a time, texts made when first shown
        (a page holds 200 rows, a screen shows 25)."""
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            fetched = visit_rows(self._ids[page * PAGE:(page + 1) * PAGE])
            rows = {visit_id: [visit, None] for visit_id, visit in fetched.items()}
            self._pages[page] = rows
            if len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        shown = rows[self._ids[row]]
        if shown[1] is None:
            shown[1] = tuple(self._text(shown[0], column) for column in range(len(HEADERS)))
        return shown

    # -- Qt's model interface ----------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(HEADERS):
                return translate("VisitTable", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        row = index.row()
        if not 0 <= row < len(self._ids):
            return None
        visit, texts = self._shown(row)
        return self._value(visit, texts, index.column(), role)

    def _value(self, visit: VisitRow, texts: tuple[str, ...], column: int, role: int):
        # Called for every cell and role at each paint: plain ints, cached texts.
        if role == _DISPLAY:
            return texts[column]
        if role == ID_ROLE:
            return visit.id
        if role == _FOREGROUND:
            return _VOIDED_COLOUR if visit.voided else None
        if role == _FONT:
            return self._strike if visit.voided and column != STATE else None
        if role == _BACKGROUND:
            return _NEW_ROW_COLOUR if visit.id == self.highlighted else None
        if role == _ALIGNMENT:
            return _RIGHT if column == COUNT else None
        if role == _TOOLTIP and visit.voided:
            return texts[STATE]
        return None

    def multiData(self, index: QModelIndex | QPersistentModelIndex, span) -> None:  # noqa: N802
        # A painted cell asks for ~7 roles at once: one call here instead of seven to data().
        # The delegate reuses its span from cell to cell, so every role is set or cleared.
        row = index.row()
        if not 0 <= row < len(self._ids):
            for role_data in span:
                role_data.clearData()
            return
        visit, texts = self._shown(row)
        column = index.column()
        for role_data in span:
            value = self._value(visit, texts, column, role_data.role())
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _text(self, visit: VisitRow, column: int) -> str:
        if column == DATE:
            return visit.date
        if column == TIME:
            return visit.time or "—"
        if column == GROUP:
            return self._groups.get(visit.group, visit.group)
        if column == SERVICES:
            return catalog.join_services(visit.services, self._services, current_language())
        if column == COUNT:
            return str(visit.count)
        if column == VISITOR:
            if visit.visitor_id is None:
                return ""
            if not visit.visitor_name and not visit.visitor_phone:
                return translate("VisitTable", "(erased)")
            return f"{visit.visitor_name} {mask_phone(visit.visitor_phone)}".strip()
        if column == NOTE:  # a number typed into a note is masked like any phone in a list
            return mask_phones_in(visit.note)
        return self._state(visit)

    def _state(self, visit: VisitRow) -> str:
        if visit.voided:
            if visit.void_reason == "undo":
                return translate("VisitTable", "Undone")
            if visit.void_reason == IMPORT_UNDONE:  # keeper's own words, not the attendant's
                return translate("VisitTable", "Voided: import undone")
            return translate("VisitTable", "Voided: {reason}").format(reason=visit.void_reason)
        if visit.amended:
            return translate("VisitTable", "Corrected")
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_BY_COLUMN.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return  # already so (the view asks once when sorting is switched on)
        self._sort, self._descending = key, descending
        self.refresh()
