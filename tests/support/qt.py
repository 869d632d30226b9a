"""Qt helpers the test folders share."""
from __future__ import annotations


def delete_leftover_widgets() -> None:
    """Make the widgets of a finished test really gone. pytest-qt closes what a test
    registered and calls deleteLater, which only happens at the next turn of an event loop
    that a following unit test never runs; left alive, a screen's timer fired inside later
    tests (LogScreen reading a deliberately damaged database). Top-level widgets still
    there are hidden (not closed: nothing is written into the next test's data folder)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    for _ in range(2):  # a widget deleted may deleteLater() others as it goes
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
