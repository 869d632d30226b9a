"""The directory's table: visitor ids in order, their rows read a page at a time."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from keeper.core import catalog, directory
from keeper.core.visitors import mask_phone
from keeper.errors import QT_TRANSLATE_NOOP
from keeper.i18n import current_language, translate

PAGE = 60  # rows read at a time: two screenfuls (each keystroke reads the first page)
MEMBER, NAME, PHONE, GROUP, PLATFORM, VISITS, LAST, FLAGS = range(8)
HEADERS = (
    QT_TRANSLATE_NOOP("VisitorTable", "Member no."), QT_TRANSLATE_NOOP("VisitorTable", "Name"),
    QT_TRANSLATE_NOOP("VisitorTable", "Mobile"), QT_TRANSLATE_NOOP("VisitorTable", "Group"),
    QT_TRANSLATE_NOOP("VisitorTable", "Platform"), QT_TRANSLATE_NOOP("VisitorTable", "Visits"),
    QT_TRANSLATE_NOOP("VisitorTable", "Last visit"), QT_TRANSLATE_NOOP("VisitorTable", "Party / volunteer"),
)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class VisitorTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._pages: dict[int, dict[int, tuple[str, ...]]] = {}
        language = current_language()
        self._groups = {g.code: g.name(language) for g in catalog.groups()}
        self._query: tuple = ("", None, False, False)
        # Asked for at every repaint of the header (each keystroke resets the model).
        self._headers = tuple(translate("VisitorTable", text) for text in HEADERS)
        self.refresh()

    def set_query(self, text: str = "", group: str | None = None, volunteers: bool = False,
                  party_members: bool = False) -> None:
        self._query = (text, group, volunteers, party_members)
        self.refresh()

    def refresh(self) -> None:
        text, group, volunteers, party_members = self._query
        self.beginResetModel()
        self._ids = directory.visitor_ids(text, group, volunteers=volunteers,
                                          party_members=party_members)
        self._pages.clear()
        self.endResetModel()

    def reread(self) -> None:
        """The rows' figures read again (a visit was corrected): the same people in the same
        order, so the selection stays where it was."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(HEADERS) - 1))

    def visitor_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, visitor_id: int) -> int:
        try:
            return self._ids.index(visitor_id)
        except ValueError:
            return -1

    def _texts(self, row: int) -> tuple[str, ...]:
        page = row // PAGE
        if page not in self._pages:
            if len(self._pages) > 20:
                self._pages.clear()
            found = directory.summaries(self._ids[page * PAGE:(page + 1) * PAGE])
            self._pages[page] = {i: self._row(s) for i, s in found.items()}
        return self._pages[page].get(self._ids[row], ("",) * len(HEADERS))

    def _row(self, s: directory.VisitorSummary) -> tuple[str, ...]:
        flags = []
        if s.party_member:
            flags.append(translate("VisitorTable", "party member"))
        if s.volunteer:
            flags.append(translate("VisitorTable", "volunteer"))
        if s.erased:
            flags.append(translate("VisitorTable", "erased"))
        return (s.member_no, s.name, mask_phone(s.phone), self._groups.get(s.group, s.group),
                s.platform, str(s.visits), s.last_visit or "", ", ".join(flags))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=_DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < len(
                HEADERS):
            return self._headers[section]
        return None

    def data(self, index, role=_DISPLAY):
        # A view asks each painted cell for a dozen roles at every keystroke: the roles
        # this model does not answer leave first, without touching the index.
        if role == _DISPLAY:
            row = index.row()
            return self._texts(row)[index.column()] if 0 <= row < len(self._ids) else None
        if role == _ALIGNMENT and index.column() == VISITS:
            return _RIGHT
        return None
