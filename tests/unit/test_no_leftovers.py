"""No screen of an earlier test is alive when a unit test starts (tests/unit/conftest.py
checks it before every unit test; tests/gui/conftest.py makes it so)."""
from __future__ import annotations

from tests.support.qt import delete_leftover_widgets
from tests.unit.conftest import alive_widgets


def test_a_screen_made_and_closed_as_a_gui_test_does_is_gone(qapp, db, station):
    """What a GUI test leaves, done here: a real screen (with its 15 s timer), closed and
    deleteLater()-ed as pytest-qt does; then the cleanup tests/gui/conftest.py runs after
    each GUI test."""
    from keeper.ui.log.screen import LogScreen

    screen = LogScreen()
    screen.show()
    assert screen._tick.isActive()
    assert "keeper.ui.log.screen.LogScreen" in alive_widgets()
    screen.close()
    assert not screen._tick.isActive()  # hidden or closed: it no longer reads the database
    screen.deleteLater()
    assert "keeper.ui.log.screen.LogScreen" in alive_widgets()  # no event loop ran
    delete_leftover_widgets()
    assert alive_widgets() == []


def test_no_screen_of_an_earlier_test_is_alive():
    assert alive_widgets() == []
