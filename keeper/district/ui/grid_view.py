"""The stations × months grid: a table model over ``keeper.district.grid.Grid``, the view
that paints it, and the legend of its colours."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableView, \
    QWidget

from keeper.district.grid import (APPROVED, LATE, MISSING, NOT_DUE, NOT_EXPECTED, ON_TIME,
                                  STATES, Grid)
from keeper.i18n import current_language, translate

COLOURS = {APPROVED: QColor("#2F6FA3"), ON_TIME: QColor("#4CAF6A"), LATE: QColor("#F0A030"),
           MISSING: QColor("#D9453F"), NOT_DUE: QColor("#E3E8EE"),
           NOT_EXPECTED: QColor("#FFFFFF")}
DARK = (APPROVED, ON_TIME, MISSING)  # white text on these
HATCH = QColor("#C9D1D9")  # not expected: light diagonal lines
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def state_name(state: str) -> str:
    return {
        APPROVED: translate("DistrictGrid", "Approved"),
        ON_TIME: translate("DistrictGrid", "On time"),
        LATE: translate("DistrictGrid", "Late"),
        MISSING: translate("DistrictGrid", "Missing"),
        NOT_DUE: translate("DistrictGrid", "Not due yet"),
        NOT_EXPECTED: translate("DistrictGrid", "Not expected"),
    }[state]


def state_brush(state: str) -> QBrush:
    if state == NOT_EXPECTED:
        return QBrush(HATCH, Qt.BrushStyle.BDiagPattern)
    return QBrush(COLOURS[state])


def month_header(month: str) -> str:
    number = int(month[5:7])
    if current_language().startswith("zh"):
        return f"{month[:4]}\n{number}月"
    return f"{month[:4]}\n{_EN_MONTHS[number - 1]}"


class GridModel(QAbstractTableModel):
    """Rows are the register's stations, columns the months."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grid = Grid([], [], {})
        self._brushes = {state: state_brush(state) for state in STATES}
        self._white = QBrush(QColor("#FFFFFF"))
        self._names = {state: state_name(state) for state in STATES}
        self.chosen = ""
        self._bold = QFont()
        self._bold.setBold(True)
        self._accent = QBrush(QColor("#2F6FA3"))

    def set_grid(self, grid: Grid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.grid.stations)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.grid.months)

    def station_at(self, row: int):
        return self.grid.stations[row]

    def month_at(self, column: int) -> str:
        return self.grid.months[column]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        station = self.grid.stations[index.row()]
        month = self.grid.months[index.column()]
        cell = self.grid.cells[(station.code, month)]
        if role == Qt.ItemDataRole.DisplayRole:
            # Only corrections are written: r1 everywhere would hide the colours.
            return f"r{cell.revision}" if cell.revision and cell.revision > 1 else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes[cell.state]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._white if cell.state in DARK else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{station.code} {station.name} · {month}: {self._names[cell.state]}"
            if cell.revision:
                text += translate("DistrictGrid", " (revision {revision}, received {day})") \
                    .format(revision=cell.revision, day=(cell.received_at or "")[:10])
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._names[cell.state]
        return None

    def set_chosen(self, month: str) -> None:
        """The month whose figures the window shows: its header stands out."""
        before, self.chosen = self.chosen, month
        for m in (before, month):
            if m in self.grid.months:
                column = self.grid.months.index(m)
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole) \
                and self.grid.months[section] == self.chosen:
            return self._bold if role == Qt.ItemDataRole.FontRole else self._accent
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if horizontal:
            return month_header(self.grid.months[section])
        station = self.grid.stations[section]
        return f"{station.code}  {station.name}"


class GridView(QTableView):
    CELL_W, CELL_H = 40, 24

    def __init__(self, model: GridModel, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setObjectName("districtGrid")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setShowGrid(True)
        self.setStyleSheet("QTableView#districtGrid { gridline-color: #FFFFFF; }"
                           "QTableView#districtGrid::item:selected { border: 2px solid #1F2328; }")
        for header, size in ((self.horizontalHeader(), self.CELL_W),
                             (self.verticalHeader(), self.CELL_H)):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setMinimumSectionSize(10)  # first: the default is clamped to it
            header.setDefaultSectionSize(size)
        self.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.horizontalHeader().setFixedHeight(42)


class Swatch(QWidget):
    def __init__(self, state: str, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.setFixedSize(QSize(18, 14))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), state_brush(self.state))
        painter.setPen(QPen(QColor("#8C959F")))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))


class Legend(QWidget):
    """Each colour with its meaning and, for the chosen month, how many stations."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[str, QLabel] = {}
        for state in STATES:
            layout.addWidget(Swatch(state))
            label = QLabel(state_name(state))
            label.setObjectName(f"legend-{state}")
            self.labels[state] = label
            layout.addWidget(label)
            layout.addSpacing(12)
        layout.addStretch(1)

    def set_counts(self, counts: dict[str, int] | None) -> None:
        for state, label in self.labels.items():
            text = state_name(state)
            label.setText(f"{text} {counts[state]}" if counts is not None else text)
