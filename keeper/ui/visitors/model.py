"""The directory's table: visitor ids in order, their rows read a page at a time into Qt's
own items, so that painting a screenful never calls back into Python (a cell asks for seven
roles: 1,400 calls per paint through the binding took 1.7 ms of a 3.6 ms repaint)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from keeper.core import catalog, directory
from keeper.core.visitors import mask_phone
from keeper.errors import QT_TRANSLATE_NOOP
from keeper.i18n import current_language, translate

PAGE = 30  # rows read at a time: a screenful (each keystroke reads the first page)
MEMBER, NAME, PHONE, GROUP, PLATFORM, VISITS, LAST, FLAGS = range(8)
HEADERS = (
    QT_TRANSLATE_NOOP("VisitorTable", "Member no."), QT_TRANSLATE_NOOP("VisitorTable", "Name"),
    QT_TRANSLATE_NOOP("VisitorTable", "Mobile"), QT_TRANSLATE_NOOP("VisitorTable", "Group"),
    QT_TRANSLATE_NOOP("VisitorTable", "Platform"), QT_TRANSLATE_NOOP("VisitorTable", "Visits"),
    QT_TRANSLATE_NOOP("VisitorTable", "Last visit"), QT_TRANSLATE_NOOP("VisitorTable", "Party / volunteer"),
)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole


class VisitorTableModel(QStandardItemModel):
    """Rows exist for every id at once; their texts come in when first shown (``fill``),
    which ``fill_before_paint`` arranges for a view. Never sorted: the order is the ids'."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, len(HEADERS), parent)
        self.setHorizontalHeaderLabels([translate("VisitorTable", text) for text in HEADERS])
        self._ids: list[int] = []
        self._filled: set[int] = set()  # pages whose texts are in the items
        language = current_language()
        self._groups = {g.code: g.name(language) for g in catalog.groups()}
        self._flags = (translate("VisitorTable", "party member"),
                       translate("VisitorTable", "volunteer"), translate("VisitorTable", "erased"))
        self._query: tuple = ("", None, False, False)
        self.refresh()

    def set_query(self, text: str = "", group: str | None = None, volunteers: bool = False,
                  party_members: bool = False) -> None:
        self._query = (text, group, volunteers, party_members)
        self.refresh()

    def refresh(self) -> None:
        text, group, volunteers, party_members = self._query
        ids = directory.visitor_ids(text, group, volunteers=volunteers,
                                    party_members=party_members)
        self.beginResetModel()
        # Inside the reset, the rows' own insert and remove signals tell a view nothing.
        blocked = self.blockSignals(True)
        try:
            self.setRowCount(0)
            self._ids, self._filled = ids, set()
            self.setRowCount(len(ids))
            self.fill(0, PAGE - 1)
        finally:
            self.blockSignals(blocked)
        self.endResetModel()

    def reread(self) -> None:
        """The rows' figures read again (a visit was corrected): the same people in the same
        order, so the selection stays where it was."""
        pages, self._filled = self._filled, set()
        blocked = self.blockSignals(True)
        try:
            for page in sorted(pages):
                self.fill(page * PAGE, page * PAGE)
        finally:
            self.blockSignals(blocked)
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

    def texts(self, row: int) -> tuple[str, ...]:
        """What the list shows on this row (read now if it was not yet)."""
        self.fill(row, row)
        return tuple(self.item(row, column).text() for column in range(len(HEADERS)))

    def fill(self, first: int, last: int) -> None:
        """The texts of rows first..last: the pages not read yet, one query a page."""
        last = min(last, len(self._ids) - 1)
        if last < 0:
            return
        for page in range(max(first, 0) // PAGE, last // PAGE + 1):
            if page in self._filled:
                continue
            self._filled.add(page)
            start = page * PAGE
            ids = self._ids[start:start + PAGE]
            found = directory.summaries(ids)
            # Items made by the model itself, in C++: one made in Python keeps a Python
            # twin for as long as it lives (94 against 37 MB for 20,000 rows scrolled by).
            index, set_data = self.index, self.setData
            for row, visitor_id in enumerate(ids, start):
                summary = found.get(visitor_id)
                texts = self._row(summary) if summary else ("",) * len(HEADERS)
                for column, text in enumerate(texts):
                    set_data(index(row, column), text)
                set_data(index(row, VISITS), _RIGHT, _ALIGNMENT)

    def _row(self, s: directory.VisitorSummary) -> tuple[str, ...]:
        party, volunteer, erased = self._flags
        flags = [text for flag, text in ((s.party_member, party), (s.volunteer, volunteer),
                                         (s.erased, erased)) if flag]
        return (s.member_no, s.name, mask_phone(s.phone), self._groups.get(s.group, s.group),
                s.platform, str(s.visits), s.last_visit or "", ", ".join(flags))


class _FillBeforePaint(QObject):
    def __init__(self, view: QTableView, model: VisitorTableModel) -> None:
        super().__init__(view)
        self._view, self._model = view, model
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            area = event.rect()
            first = self._view.rowAt(area.top())
            if first >= 0:
                last = self._view.rowAt(area.bottom())
                # Quietly: the paint under way shows them; a signal would paint them again.
                blocked = self._model.blockSignals(True)
                try:
                    self._model.fill(first, last if last >= 0 else self._model.rowCount() - 1)
                finally:
                    self._model.blockSignals(blocked)
        return False


def fill_before_paint(view: QTableView, model: VisitorTableModel) -> None:
    """The rows a paint of ``view`` is about to show are read first (scrolling, resizing)."""
    _FillBeforePaint(view, model)
