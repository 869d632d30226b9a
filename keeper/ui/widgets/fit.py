"""Columns as wide as what they hold, in either language, and a check that nothing is cut.

English words are longer than Chinese ones ("Ride-hailing driver" vs 网约车司机): fixed pixel
widths cut one language or waste space in the other. ``fit_columns`` measures the header,
the first rows and the values a column can take; ``elided_texts`` lists every header,
tile and button whose text does not fit (the gallery and a GUI test use it).
"""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableView,
    QToolButton,
    QWidget,
)

SAMPLE_ROWS = 60  # rows measured: enough to see the usual values, cheap on a long list
CELL_PADDING = 14  # the cell's margins and a little air
MAX_WIDTH = 320  # one long note must not push every other column off screen
FREE_TEXT_LEAST = 120  # the stretching free-text column: its first few words, then "…"


def header_text_width(header: QHeaderView, column: int) -> int:
    """What a header section needs to show its title whole (with the sort arrow)."""
    model = header.model()
    text = str(model.headerData(column, header.orientation(),
                                Qt.ItemDataRole.DisplayRole) or "")
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    font = QFont(header.font())
    # A header whose sections light up with the selection draws them bold: the wider case.
    font.setBold(font.bold() or header.highlightSections())
    metrics = QFontMetrics(font)
    width = max((metrics.horizontalAdvance(line) for line in text.split("\n")),
                default=0) + 2 * margin  # as Qt's style sizes a section
    if header.isSortIndicatorShown():
        width += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
    return width


def fit_columns(view: QTableView, *, stretch: int | None = None,
                samples: dict[int, Iterable[str]] | None = None,
                minimum: int = 40, maximum: int = MAX_WIDTH) -> None:
    """Size every column to its header, its first rows and ``samples`` (the values it can
    take, e.g. every group's name), between ``minimum`` and ``maximum``. ``stretch`` (the
    free-text column) takes the room left over, so a short column never gets it."""
    header = view.horizontalHeader()
    model = view.model()
    metrics = view.fontMetrics()
    rows = min(model.rowCount(), SAMPLE_ROWS)
    samples = samples or {}
    hidden = [column for column in range(header.count()) if header.isSectionHidden(column)]
    header.setStretchLastSection(stretch is None)
    for column in hidden:  # turning the stretch off gives hidden sections their room back
        header.showSection(column)
        header.hideSection(column)
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        width = header_text_width(header, column)
        widths = [metrics.horizontalAdvance(text) for text in samples.get(column, ())]
        for row in range(rows):
            index = model.index(row, column)
            font = index.data(Qt.ItemDataRole.FontRole)  # bold "overdue" cells are wider
            cell = QFontMetrics(font) if isinstance(font, QFont) else metrics
            widths.append(cell.horizontalAdvance(str(index.data() or "")))
        if widths:
            width = max(width, min(maximum, max(widths) + CELL_PADDING))
        width = max(width, minimum)
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    if stretch is not None:
        keeper = view.findChild(_Stretch)
        if keeper is None:
            keeper = _Stretch(view)
        # Free text elides rather than push the list into sideways scrolling; it keeps
        # its title and a few words (FREE_TEXT_LEAST) at the least.
        keeper.column = stretch
        keeper.least = min(header.sectionSize(stretch),
                           max(header_text_width(header, stretch), FREE_TEXT_LEAST))
        keeper.fill()


class _Stretch(QObject):
    """The free-text column takes the room the others leave, but never less than its title
    and a few words: a narrow list elides the free text, and scrolls sideways only when even
    that does not fit (Qt's own Stretch mode would squeeze it to nothing)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view, self.column, self.least = view, 0, 0
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._resized)

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if column != self.column:
            self.fill()

    def fill(self) -> None:
        header = self.view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self.column and not header.isSectionHidden(c))
        wanted = max(self.least, self.view.viewport().width() - others)
        if header.sectionSize(self.column) != wanted:
            header.resizeSection(self.column, wanted)  # _resized ignores this column

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self.fill()
        return False


def _tool_button_needs(button: QToolButton) -> int:
    lines = button.text().split("\n")
    needed = max(button.fontMetrics().horizontalAdvance(line) for line in lines)
    if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
        needed += button.iconSize().width() + 6
    return needed + 10  # the frame and padding of the tile style


def elided_texts(root: QWidget) -> list[str]:
    """Every visible table header section, tile or button under ``root`` whose text is
    wider than the room it has: "what: text (needs N px, has M px)"."""
    found: list[str] = []
    views = root.findChildren(QAbstractItemView)
    for view in ([root] if isinstance(root, QTableView) else []) + views:
        if not view.isVisible() or not isinstance(view, QTableView):
            continue
        header = view.horizontalHeader()
        if header.isHidden():
            continue
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            needs, has = header_text_width(header, column), header.sectionSize(column)
            if needs > has:
                text = view.model().headerData(column, Qt.Orientation.Horizontal)
                found.append(f"header {view.objectName() or type(view).__name__}: {text} "
                             f"(needs {needs} px, has {has} px)")
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text() or button.width() <= 1:
            continue
        if isinstance(button, QToolButton) and button.toolButtonStyle() != \
                Qt.ToolButtonStyle.ToolButtonIconOnly:
            needs = _tool_button_needs(button)
        elif type(button).__name__ == "QPushButton":
            text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            needs = button.fontMetrics().horizontalAdvance(text) + 12
        else:
            continue
        if needs > button.width():
            found.append(f"button: {button.text()!r} (needs {needs} px, has "
                         f"{button.width()} px)")
    return found
