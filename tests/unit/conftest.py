"""Unit tests run without a window: none from an earlier (GUI) test may still be alive."""
from __future__ import annotations

import sys

import pytest


def alive_widgets() -> list[str]:
    """The widgets that exist now (none unless Qt's widgets were ever loaded)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return []
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return []
    return sorted(f"{type(w).__module__}.{type(w).__name__}" for w in QApplication.allWidgets())


@pytest.fixture(autouse=True)
def no_screen_of_an_earlier_test():
    """A screen left alive keeps its timers: they fired inside later unit tests that use
    deliberately damaged databases. Checked before every unit test, in whatever order."""
    assert alive_widgets() == [], "widgets of an earlier test are still alive"
