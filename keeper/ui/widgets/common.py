"""Small building blocks every list screen uses the same way."""
from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QAbstractItemModel, QDate, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keeper.ui.widgets import palette

ROW_HEIGHT = 28


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self._callback, self._done = callback, False
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == event.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # once this paint is over
        return False

    def _run(self) -> None:
        if not self._done:
            self._done = True
            self._callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None],
                      fallback_ms: int = 200) -> None:
    """Run ``callback`` once ``widget`` is first painted (or after ``fallback_ms`` when it
    is not shown): figures that can come a frame later do not hold up the first one."""
    _AfterFirstPaint(widget, callback, fallback_ms)


def list_table(model: QAbstractItemModel) -> QTableView:
    """A read-only table of records: whole rows, one at a time, fixed row heights (so a
    long list is never measured row by row)."""
    view = QTableView()
    # A viewport made here, in Python: the first plain QWidget PySide6 meets from C++ makes
    # it initialise every QtWidgets class and its enums to find the type (8 ms at start-up).
    view.setViewport(QWidget())
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(ROW_HEIGHT)
    vertical.hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view


def after_typing(owner: QObject, field: QLineEdit, slot: Callable[[], None],
                 pause_ms: int = 200) -> QTimer:
    """Call ``slot`` when typing in ``field`` pauses, not at every key."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(pause_ms)
    timer.timeout.connect(slot)
    field.textChanged.connect(lambda _text: timer.start())
    return timer


def list_beside_detail(table: QTableView, empty: QWidget, detail: QWidget,
                       sizes: tuple[int, int]) -> tuple[QSplitter, QStackedWidget]:
    """The list on the left (or ``empty`` when there is nothing to list), one record's
    page on the right. Returns the splitter and the stack that switches list and empty."""
    stack = QStackedWidget()
    stack.addWidget(table)
    stack.addWidget(empty)
    splitter = QSplitter()
    splitter.addWidget(stack)
    splitter.addWidget(detail)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setChildrenCollapsible(False)
    splitter.setSizes(list(sizes))
    return splitter, stack


def empty_label(text: str) -> QLabel:
    """What a list or panel says instead of an empty grey area."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet(palette.EMPTY_LIST)
    return label


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """Buttons side by side from the left."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def detail_page(title: str, empty_text: str) -> tuple[QGroupBox, QStackedWidget, QVBoxLayout]:
    """One record's page beside a list: the stack shows ``empty_text`` (index 0) until a
    record is chosen, then the page (index 1) whose layout is returned to be filled."""
    panel = QGroupBox(title)
    outer = QVBoxLayout(panel)
    stack = QStackedWidget()
    outer.addWidget(stack)
    stack.addWidget(empty_label(empty_text))
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    stack.addWidget(page)
    return panel, stack, layout


def scrolling_page(screen: QWidget) -> QWidget:
    """Give ``screen`` a frameless scroll area and return the page inside it: long
    screens (reports, settings) stay usable on a small station monitor."""
    outer = QVBoxLayout(screen)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    outer.addWidget(scroll)
    page = QWidget()
    scroll.setWidget(page)
    return page


def group_combo() -> QComboBox:
    """The shown visitor groups; a hidden one joins only when a record already has it."""
    from keeper.core import catalog
    from keeper.i18n import current_language

    combo = QComboBox()
    for item in catalog.groups(active_only=True):
        combo.addItem(item.name(current_language()), item.code)
    return combo


def choose_group(combo: QComboBox, code: str) -> None:
    """Select ``code`` in a group_combo, adding it if it is a hidden group."""
    from keeper.core import catalog
    from keeper.i18n import current_language

    if combo.findData(code) < 0:
        item = next((g for g in catalog.groups() if g.code == code), None)
        if item is None:
            return
        combo.addItem(item.name(current_language()), item.code)
    combo.setCurrentIndex(combo.findData(code))


def guarded_change(owner: QWidget, error: QLabel, pin_reason: str,
                   action: Callable[[], object]) -> bool:
    """A change to one of the station's lists (services, groups, supplies): the PIN first
    when one is set, then ``action``; a UserError it raises is said in ``error`` and
    nothing else happens. True when the change was made."""
    from PySide6.QtCore import QCoreApplication

    from keeper.errors import UserError
    from keeper.ui.lock import require_pin

    error.hide()
    if not require_pin(owner, pin_reason):
        return False
    try:
        action()
    except UserError as exc:
        error.setText(exc.message(QCoreApplication.translate))
        error.show()
        return False
    return True
