"""At 1280x800, in Chinese and in English, no table header, tile or button is cut short.

English words are longer than Chinese ones: a width that fits 网约车司机 cuts "Ride-hailing
driver". Every screen is shown with a demo month of data, as the gallery shows it.
"""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QHeaderView, QTableView, QTableWidget

from keeper.ui.widgets.fit import elided_texts, fit_columns


@pytest.fixture
def demo(db, station):
    from keeper.core import clock
    from keeper.core.demo import generate_demo

    now = datetime(2026, 11, 18, 15, 20).astimezone()
    clock.pin(now)
    generate_demo(months=1, seed=3, end=now)
    yield
    clock.pin(None)


def _main_window(app, qtbot, language: str, width: int = 1280):
    """The main window in ``language`` at a station PC's size, shown and exposed."""
    from keeper.ui.app import prepare_application
    from keeper.ui.main_window import MainWindow

    prepare_application(app, language)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(width, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_screen_shows_its_headers_and_tiles_whole(app, demo, qtbot, language):
    from keeper.ui.ledger.dialogs import CorrectVisitDialog
    from keeper.store.models import Visit

    window = _main_window(app, qtbot, language)
    cut = []
    for key in window.screen_keys():
        window.show_screen(key)
        qtbot.wait(20)
        cut += [f"{language} {key}: {text}" for text in elided_texts(window)]
    dialog = CorrectVisitDialog(Visit.select().first().id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    cut += [f"{language} correction dialog: {text}" for text in elided_texts(dialog)]
    assert cut == []


def test_a_cut_header_is_found(app, qtbot):
    """The check itself: a column narrower than its title is reported, a fitted one not."""
    table = QTableWidget(1, 2)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels(["Ride-hailing driver", "Count"])
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(False)
    table.resize(600, 200)
    table.show()
    qtbot.waitExposed(table)
    table.horizontalHeader().resizeSection(0, 40)
    assert [text for text in elided_texts(table) if "Ride-hailing driver" in text]
    fit_columns(table)
    assert elided_texts(table) == []


def test_the_appeals_list_elides_its_free_text_rather_than_scroll_sideways(app, demo, qtbot):
    """The free-text column (诉求内容) elides to the room left, rather than push the list a
    few pixels wider than its view (1200 wide: the tightest the demo month's rows get)."""
    window = _main_window(app, qtbot, "zh_CN", width=1200)
    window.show_screen("appeals")
    qtbot.wait(20)
    table = window.findChild(QTableView, "appealTable")
    assert table is not None and table.model().rowCount() > 0
    assert table.horizontalScrollBar().maximum() == 0
    problem = table.model().columnCount() - 1
    assert table.horizontalHeader().sectionSize(problem) >= 120  # its title and a few words


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_persons_visits_beside_their_page_fit_without_scrolling_sideways(app, demo, qtbot,
                                                                          language):
    """The Visitors screen's narrow pane lists the chosen person's visits by date, time,
    services, count and state (the page above says who and which group), the services
    eliding to the room left; no hidden column leaves a gap."""
    from peewee import fn

    from keeper.store.models import Visit
    from keeper.ui.ledger.model import COUNT, DATE, SERVICES, STATE, TIME

    window = _main_window(app, qtbot, language)
    screen = window.show_screen("visitors")
    regular = (Visit.select(Visit.visitor_id).where(Visit.visitor_id.is_null(False))
               .group_by(Visit.visitor_id).order_by(fn.COUNT().desc()).first().visitor_id)
    screen.select(regular)
    table = screen.visits.view
    assert table.model().rowCount() > 3
    qtbot.waitUntil(lambda: table.horizontalHeader().length() <= table.viewport().width() + 1)
    header = table.horizontalHeader()
    shown = [column for column in range(header.count()) if not header.isSectionHidden(column)]
    assert shown == [DATE, TIME, SERVICES, COUNT, STATE]
    assert header.sectionPosition(SERVICES) == header.sectionPosition(TIME) + header.sectionSize(TIME)
    assert table.horizontalScrollBar().maximum() == 0
    assert elided_texts(table) == []  # every title whole
