"""A small flowing layout for the monthly PDF: headings, paragraphs, tables that continue
on the next page with their header repeated, and blocks drawn by a function.

Layout runs first and records what each page draws; painting follows, so every footer
knows the page count ("第 1 页 / 共 2 页"). Geometry is in points (1/72 inch) and turned
into the writer's device pixels only when painting. QtGui only: no widgets here.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPdfWriter

PAGE_WIDTH, PAGE_HEIGHT = 210 / 25.4 * 72, 297 / 25.4 * 72  # A4 in points
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 46.0, 44.0, 58.0
TEXT = QColor("#1F2328")
MUTED = QColor("#5B6570")
RULE = QColor("#C9D1D9")
ACCENT = QColor("#2F6FA3")
HEAD_FILL = QColor("#E6EEF6")
ZEBRA = QColor("#F6F8FA")

Op = Callable[[QPainter], None]
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
WRAP = Qt.TextFlag.TextWordWrap


@dataclass(frozen=True)
class Column:
    header: str
    weight: float  # share of the table's width
    align: Qt.AlignmentFlag = LEFT
    wrap: bool = False  # long text wraps (up to MAX_LINES) instead of being elided


MAX_LINES = 6
CELL_PAD = 3.5
TABLE_AFTER = 10.0


@dataclass(frozen=True)
class _TablePlan:
    widths: list[float]
    starts: list[float]
    head: float  # the header row's height
    heights: list[float]  # each row's
    total: float  # the total row's (0 without one)


class Flow:
    """Content placed top to bottom on A4 pages, with a page break when it does not fit."""

    def __init__(self, writer: QPdfWriter, family: str) -> None:
        self.writer = writer
        self.family = family
        self.unit = writer.resolution() / 72  # device pixels per point
        self.left, self.right = MARGIN_X, PAGE_WIDTH - MARGIN_X
        self.width = self.right - self.left
        self.top, self.bottom = MARGIN_TOP, PAGE_HEIGHT - MARGIN_BOTTOM
        self.pages: list[list[Op]] = [[]]
        self.current = 0  # the page that add() draws on
        self.y = self.top
        self._fonts: dict[tuple[float, bool], QFont] = {}
        self._metrics: dict[tuple[float, bool], QFontMetricsF] = {}

    # Fonts and measuring -------------------------------------------------------------
    def font(self, size: float, bold: bool = False) -> QFont:
        key = (size, bold)
        if key not in self._fonts:
            font = QFont(self.family)
            font.setPointSizeF(size)
            font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
            # Unhinted, so that widths measured here are the widths drawn in the PDF.
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            # No "fi"/"fl" ligatures: copied or searched, "figures" must read as typed.
            for tag in ("liga", "clig"):
                font.setFeature(QFont.Tag(tag), 0)
            self._fonts[key] = font
            self._metrics[key] = QFontMetricsF(font, self.writer)
        return self._fonts[key]

    def metrics(self, size: float, bold: bool = False) -> QFontMetricsF:
        self.font(size, bold)
        return self._metrics[(size, bold)]

    def line_height(self, size: float, bold: bool = False) -> float:
        return self.metrics(size, bold).lineSpacing() / self.unit

    def text_width(self, text: str, size: float, bold: bool = False) -> float:
        return self.metrics(size, bold).horizontalAdvance(text) / self.unit

    def wrapped_height(self, text: str, size: float, width: float, bold: bool = False,
                       max_lines: int = MAX_LINES) -> float:
        box = QRectF(0, 0, width * self.unit, 1e7)
        height = self.metrics(size, bold).boundingRect(box, WRAP, text).height() / self.unit
        return min(height, self.line_height(size, bold) * max_lines)

    def rect(self, x: float, y: float, width: float, height: float) -> QRectF:
        u = self.unit
        return QRectF(x * u, y * u, width * u, height * u)

    # Recording ----------------------------------------------------------------------
    def add(self, op: Op) -> None:
        self.pages[self.current].append(op)

    def new_page(self) -> None:
        self.pages.append([])
        self.current = len(self.pages) - 1
        self.y = self.top

    def ensure(self, height: float) -> bool:
        """Start a new page unless ``height`` fits below; True if a page was started."""
        if self.y + height > self.bottom and self.y > self.top:
            self.new_page()
            return True
        return False

    def space(self, height: float) -> None:
        self.y = min(self.y + height, self.bottom)

    def text(self, x: float, y: float, width: float, height: float, text: str, size: float,
             *, bold: bool = False, color: QColor = TEXT, align=LEFT, wrap: bool = False) -> None:
        font, box = self.font(size, bold), self.rect(x, y, width, height)
        if not wrap:  # one line: elide what does not fit rather than clip it mid-glyph
            text = self.metrics(size, bold).elidedText(text, Qt.TextElideMode.ElideRight,
                                                         box.width())

        def op(painter: QPainter) -> None:
            painter.setFont(font)
            painter.setPen(color)
            painter.drawText(box, int(align | (WRAP if wrap else 0)), text)
        self.add(op)

    def fill(self, x: float, y: float, width: float, height: float, color: QColor) -> None:
        box = self.rect(x, y, width, height)
        self.add(lambda painter: painter.fillRect(box, color))

    def line(self, x1: float, y1: float, x2: float, y2: float, color: QColor = RULE,
             width: float = 0.6) -> None:
        u = self.unit
        start, end, pen = QPointF(x1 * u, y1 * u), QPointF(x2 * u, y2 * u), QPen(color, width * u)

        def op(painter: QPainter) -> None:
            painter.setPen(pen)
            painter.drawLine(start, end)
        self.add(op)

    def block(self, height: float, draw: Callable[[QPainter, QRectF], None]) -> None:
        """A box of the full width drawn by ``draw(painter, rect in device pixels)``."""
        self.ensure(height)
        box = self.rect(self.left, self.y, self.width, height)
        self.add(lambda painter: draw(painter, box))
        self.y += height

    # Flowing content ----------------------------------------------------------------
    def paragraph(self, text: str, size: float = 9.5, *, bold: bool = False,
                  color: QColor = TEXT, after: float = 4) -> None:
        height = self.wrapped_height(text, size, self.width, bold, max_lines=40)
        self.ensure(height)
        self.text(self.left, self.y, self.width, height, text, size, bold=bold, color=color,
                  wrap=True, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.y += height + after

    def heading(self, text: str, keep_with: float = 60, size: float = 12) -> None:
        """A section title, kept on the same page as the first ``keep_with`` points after it."""
        height = self.line_height(size, True)
        self.ensure(height + 8 + keep_with)
        if size >= 12:
            self.fill(self.left, self.y + 2, 3, height - 4, ACCENT)
        indent = 8 if size >= 12 else 0
        self.text(self.left + indent, self.y, self.width - indent, height, text, size, bold=True)
        self.y += height + 6

    @contextmanager
    def region(self, left: float, width: float) -> Iterator[None]:
        """Lay out within a column of the page (e.g. two tables side by side)."""
        saved = self.left, self.right, self.width
        self.left, self.right, self.width = left, left + width, width
        try:
            yield
        finally:
            self.left, self.right, self.width = saved

    def _plan(self, columns: list[Column], rows: list[list[str]], total: list[str] | None,
              size: float) -> _TablePlan:
        weights = sum(c.weight for c in columns)
        widths = [self.width * c.weight / weights for c in columns]
        # Never narrower than a header's longest word ("Overdue"), nor, for figures, than
        # the widest figure (a number is never cut short): the widest column gives.
        for index, column in enumerate(columns):
            texts = [(word, True) for word in column.header.split() or [""]]
            if not column.wrap and column.align != LEFT:
                texts += [(cells[index], False) for cells in rows]
                texts += [(total[index], True)] if total else []
            needed = max(self.text_width(text, size, bold) for text, bold in texts) \
                + 2 * CELL_PAD + 1
            if widths[index] < needed:
                widest = max(range(len(widths)), key=widths.__getitem__)
                widths[widest] -= needed - widths[index]
                widths[index] = needed
        starts = [self.left + sum(widths[:i]) for i in range(len(columns))]
        line = self.line_height(size)
        head = max(self.wrapped_height(c.header, size, w - 2 * CELL_PAD, True, 2)
                   for c, w in zip(columns, widths)) + 2 * CELL_PAD

        def row_height(cells: list[str], bold: bool = False) -> float:
            height = line
            for cell, column, width in zip(cells, columns, widths):
                if column.wrap and cell:
                    height = max(height, self.wrapped_height(cell, size, width - 2 * CELL_PAD,
                                                             bold))
            return height + 2 * CELL_PAD

        return _TablePlan(widths, starts, head, [row_height(cells) for cells in rows],
                          row_height(total, True) if total else 0.0)

    def table_height(self, columns: list[Column], rows: list[list[str]], *,
                     total: list[str] | None = None, size: float = 9,
                     title_size: float = 12) -> float:
        """The height ``table`` takes when it is not broken across pages."""
        plan = self._plan(columns, rows, total, size)
        return (self.line_height(title_size, True) + 6 + plan.head + sum(plan.heights)
                + plan.total + TABLE_AFTER)

    def table(self, title: str, columns: list[Column], rows: list[list[str]], *,
              continued: str = "{title}", total: list[str] | None = None,
              size: float = 9, title_size: float = 12, keep_after: float = 0) -> None:
        """A table under its heading; rows that do not fit go on the next page, under the
        heading marked continued and the column header again. ``keep_after``: the height
        of what must follow on the same page as the last row (the signatures)."""
        pad = CELL_PAD
        plan = self._plan(columns, rows, total, size)

        def header() -> None:
            self.fill(self.left, self.y, self.width, plan.head, HEAD_FILL)
            for column, x, width in zip(columns, plan.starts, plan.widths):
                self.text(x + pad, self.y, width - 2 * pad, plan.head, column.header, size,
                          bold=True, align=column.align, wrap=True)
            self.y += plan.head
            self.line(self.left, self.y, self.right, self.y, MUTED, 0.8)

        def draw_row(cells: list[str], height: float, shade: bool, bold: bool = False) -> None:
            if shade:
                self.fill(self.left, self.y, self.width, height, ZEBRA)
            single = self.line_height(size, bold) + 2 * pad  # a one-line row
            for cell, column, x, width in zip(cells, columns, plan.starts, plan.widths):
                if column.wrap:  # wrapped text starts at the top of a tall row
                    align = Qt.AlignmentFlag.AlignTop | (
                        column.align & ~Qt.AlignmentFlag.AlignVCenter)
                    self.text(x + pad, self.y + pad, width - 2 * pad, height - 2 * pad, cell,
                              size, bold=bold, align=align, wrap=True)
                else:  # level with the first line of wrapped neighbours
                    self.text(x + pad, self.y, width - 2 * pad, min(height, single), cell, size,
                              bold=bold, align=column.align)
            self.y += height
            self.line(self.left, self.y, self.right, self.y)

        def continue_on_next_page(height: float) -> None:
            if self.ensure(height):
                self.heading(continued.format(title=title), plan.head + height, title_size)
                header()

        short = len(rows) <= 2 and not total  # its last row keeps the heading company
        self.heading(title, plan.head + sum(plan.heights[:2])
                     + (keep_after + TABLE_AFTER if short and keep_after else 0), title_size)
        header()
        last = len(rows) - 1
        for index, (cells, height) in enumerate(zip(rows, plan.heights)):
            follows = keep_after + TABLE_AFTER if index == last and not total else 0
            continue_on_next_page(height + follows)
            draw_row(cells, height, index % 2 == 1)
        if total:
            continue_on_next_page(plan.total + (keep_after + TABLE_AFTER if keep_after else 0))
            self.line(self.left, self.y, self.right, self.y, MUTED, 0.8)
            draw_row(total, plan.total, False, bold=True)
        self.y += TABLE_AFTER

    # Painting -----------------------------------------------------------------------
    def paint(self, painter: QPainter, footer: Callable[[int, int], None]) -> int:
        """Record each page's footer (``footer(page, pages)`` draws with this flow's
        methods), then paint every page; return the page count."""
        count = len(self.pages)
        for self.current in range(count):
            footer(self.current + 1, count)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index, ops in enumerate(self.pages):
            if index and not self.writer.newPage():
                raise OSError("the PDF writer could not start a new page")
            for op in ops:
                op(painter)
        return count
