"""Fixtures the test folders share (loaded by tests/conftest.py as a plugin)."""
from __future__ import annotations

import pytest


@pytest.fixture
def show(qtbot):
    """``show(widget, size)``: a screen shown at a station PC's size; pytest-qt closes it
    after the test and tests/gui/conftest.py sees it deleted."""
    def show_widget(widget, size: tuple[int, int] = (1280, 760)):
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        return widget
    return show_widget


@pytest.fixture
def register(db):
    """``register(("李映旺", "13812345678"), …, name=VisitorDetails(…))``: people in the
    directory, by name -> visitor id."""
    from keeper.core.directory import VisitorDetails, register_visitor

    def register_people(*pairs: tuple[str, str], **details: VisitorDetails) -> dict[str, int]:
        found = {name: register_visitor(VisitorDetails(name=name, phone=phone))
                 for name, phone in pairs}
        found.update({key: register_visitor(person) for key, person in details.items()})
        return found
    return register_people
