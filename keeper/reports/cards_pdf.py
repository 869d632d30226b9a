"""The member card PDF: business-card-size cards, ten to an A4 sheet with cut marks, or
one card a page for a label printer.

Each card shows the station, the person's name and member number, a QR code and a
Code 128 barcode of the card's token. Both codes are drawn as vector rectangles (one
filled path each, so no hairline seams), from segno's QR matrix and python-barcode's
module pattern: they print sharply at any printer resolution. QtGui only: no widgets.
"""
from __future__ import annotations

import errno
from pathlib import Path
from typing import Callable

import segno
from barcode import Code128
from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter,
                           QPainterPath, QPdfWriter, QPen)

from keeper import fonts
from keeper.core.cards import Card
from keeper.i18n import translate
from keeper.core.files import atomic_write, verify_pdf

RESOLUTION = 1200  # dots per inch of the coordinate space; the drawing stays vector
CARD_W, CARD_H = 85.0, 54.0  # mm, the ISO business card
COLUMNS, ROWS = 2, 5
PAD = 3.5  # mm inside the card's edge
QUIET = 3.0  # mm of white either side of the barcode (≥ 10 modules)
MARK, MARK_GAP = 6.0, 1.5  # cut mark length, and its gap from the card
LAYOUTS = ("sheet", "single")
INK = QColor("#000000")
MUTED = QColor("#5B6570")


class PrintCancelled(Exception):
    """``progress`` said stop: no file was written."""


def write_cards(cards: list[Card], path: Path, station_name: str, *, layout: str = "sheet",
                progress: Callable[[int, int], bool] | None = None) -> int:
    """Write the cards to ``path`` (atomically); return the number of pages.

    ``progress(done, total)`` is called after each page (a few ms of work); when it returns
    False the file is not written and PrintCancelled is raised."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown card layout {layout!r}")
    family = fonts.load_bundled_fonts()
    with atomic_write(Path(path), verify_pdf) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(RESOLUTION)
        if layout == "sheet":
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        else:
            writer.setPageSize(QPageSize(QSizeF(CARD_W, CARD_H), QPageSize.Unit.Millimeter,
                                         "card", QPageSize.SizeMatchPolicy.ExactMatch))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        writer.setTitle(f"{station_name} " + translate("Cards", "member cards"))
        writer.setCreator("keeper 驿站管家")
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"cannot write the PDF file {path}")
        try:
            pages = _paint(painter, writer, cards, station_name, family, layout, progress)
        except BaseException:
            painter.end()
            raise
        if not painter.end():  # the rest of the file could not be written
            raise OSError(errno.EIO, f"the PDF file {path} could not be finished")
    return pages


def _paint(painter: QPainter, writer: QPdfWriter, cards: list[Card], station: str,
           family: str, layout: str, progress: Callable[[int, int], bool] | None) -> int:
    dots = RESOLUTION / 25.4
    painter.scale(dots, dots)  # from here on, millimetres
    per_page = COLUMNS * ROWS if layout == "sheet" else 1
    pages = max(1, -(-len(cards) // per_page))
    for page in range(pages):
        if page:
            writer.newPage()
        chunk = cards[page * per_page:(page + 1) * per_page]
        if layout == "single":
            if chunk:
                _card(painter, chunk[0], station, family, 0.0, 0.0)
        else:
            left, top = (210 - COLUMNS * CARD_W) / 2, (297 - ROWS * CARD_H) / 2
            for index, card in enumerate(chunk):
                row, column = divmod(index, COLUMNS)
                _card(painter, card, station, family, left + column * CARD_W,
                      top + row * CARD_H)
            _cut_marks(painter, left, top)
        if progress is not None and not progress(min(len(cards), (page + 1) * per_page),
                                                 len(cards)):
            raise PrintCancelled()
    return pages


def _cut_marks(painter: QPainter, left: float, top: float) -> None:
    """Short lines in the margins where the guillotine goes: none over a card."""
    painter.setPen(QPen(MUTED, 0.15))
    right, bottom = left + COLUMNS * CARD_W, top + ROWS * CARD_H
    for column in range(COLUMNS + 1):
        x = left + column * CARD_W
        painter.drawLine(QRectF(x, top - MARK_GAP - MARK, 0, MARK).topLeft(),
                         QRectF(x, top - MARK_GAP - MARK, 0, MARK).bottomLeft())
        painter.drawLine(QRectF(x, bottom + MARK_GAP, 0, MARK).topLeft(),
                         QRectF(x, bottom + MARK_GAP, 0, MARK).bottomLeft())
    for row in range(ROWS + 1):
        y = top + row * CARD_H
        painter.drawLine(QRectF(left - MARK_GAP - MARK, y, MARK, 0).topLeft(),
                         QRectF(left - MARK_GAP - MARK, y, MARK, 0).topRight())
        painter.drawLine(QRectF(right + MARK_GAP, y, MARK, 0).topLeft(),
                         QRectF(right + MARK_GAP, y, MARK, 0).topRight())


def _text(painter: QPainter, family: str, box: QRectF, text: str, size: float, *,
          bold: bool = False, color: QColor = INK,
          align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
    # Text is drawn unscaled in device dots so the font's hinting and size stay exact.
    painter.save()
    dots = RESOLUTION / 25.4
    painter.scale(1 / dots, 1 / dots)
    font = QFont(family)
    font.setPointSizeF(size)
    font.setBold(bold)
    painter.setFont(font)
    painter.setPen(color)
    target = QRectF(box.x() * dots, box.y() * dots, box.width() * dots, box.height() * dots)
    elided = QFontMetricsF(font, painter.device()).elidedText(
        text, Qt.TextElideMode.ElideRight, target.width())
    painter.drawText(target, int(align | Qt.AlignmentFlag.AlignVCenter), elided)
    painter.restore()


def _card(painter: QPainter, card: Card, station: str, family: str, x: float, y: float) -> None:
    inner = CARD_W - 2 * PAD
    _text(painter, family, QRectF(x + PAD, y + PAD - 0.5, inner, 4.2), station, 7.5,
          bold=True, color=MUTED)
    qr = 24.0
    _qr(painter, card.token, QRectF(x + PAD - 0.8, y + 8.3, qr, qr))
    text_x = x + PAD + qr + 2.0
    text_w = CARD_W - PAD - (text_x - x)
    _text(painter, family, QRectF(text_x, y + 10.5, text_w, 7), card.name or card.member_no,
          14, bold=True)
    _text(painter, family, QRectF(text_x, y + 18.5, text_w, 5), card.member_no, 11)
    _text(painter, family, QRectF(text_x, y + 24.5, text_w, 4), translate(
        "Cards", "Member card · no. {serial}").format(serial=card.serial), 7, color=MUTED)
    _code128(painter, card.token, QRectF(x + QUIET, y + 34.5, CARD_W - 2 * QUIET, 11.0))
    _text(painter, family, QRectF(x + PAD, y + 46.0, inner, 3.8), card.token, 6.5,
          color=MUTED, align=Qt.AlignmentFlag.AlignHCenter)


def _fill(painter: QPainter, rects: list[QRectF]) -> None:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for rect in rects:
        path.addRect(rect)
    painter.fillPath(path, INK)


def _qr(painter: QPainter, token: str, box: QRectF) -> None:
    """The QR code with a 2-module quiet zone inside ``box`` (the card's white does the rest)."""
    code = segno.make(token, error="m", micro=False)
    matrix = code.matrix
    size = len(matrix) + 4
    module = box.width() / size
    rects = []
    for r, line in enumerate(matrix):
        c = 0
        while c < len(line):  # one rectangle per run of dark modules
            if line[c]:
                start = c
                while c < len(line) and line[c]:
                    c += 1
                rects.append(QRectF(box.x() + (start + 2) * module, box.y() + (r + 2) * module,
                                    (c - start) * module, module))
            else:
                c += 1
    _fill(painter, rects)


def _code128(painter: QPainter, token: str, box: QRectF) -> None:
    """Code 128 bars across ``box`` (quiet zones are outside it)."""
    pattern = Code128(token).build()[0]
    module = box.width() / len(pattern)
    rects, c = [], 0
    while c < len(pattern):
        if pattern[c] == "1":
            start = c
            while c < len(pattern) and pattern[c] == "1":
                c += 1
            rects.append(QRectF(box.x() + start * module, box.y(), (c - start) * module,
                                box.height()))
        else:
            c += 1
    _fill(painter, rects)
