"""GUI fixtures: the application prepared as keeper prepares it (fonts, English UI)."""
from __future__ import annotations

import pytest

from tests.support.qt import delete_leftover_widgets


@pytest.fixture(autouse=True)
def nothing_left_alive(qapp):
    """After each GUI test its widgets are deleted, not merely closed (see the helper)."""
    yield
    delete_leftover_widgets()


@pytest.fixture
def app(qapp, db):
    from keeper.ui.app import prepare_application

    prepare_application(qapp, "en")
    yield qapp
    from keeper import i18n

    i18n.install_translators("en")


@pytest.fixture
def window(app, station, qtbot):
    from keeper.ui.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user: keys for ASCII, and for Chinese what an input method sends
    (a committed QInputMethodEvent), since QTest cannot press keys for 汉字."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    for part in _runs(text):
        if part.isascii():
            qtbot.keyClicks(widget, part)
        else:
            event = QInputMethodEvent()
            event.setCommitString(part)
            QCoreApplication.sendEvent(widget, event)


def _runs(text: str) -> list[str]:
    runs: list[str] = []
    for char in text:
        if runs and runs[-1][-1].isascii() == char.isascii():
            runs[-1] += char
        else:
            runs.append(char)
    return runs


def drive(monkeypatch, dialog_class, actions) -> None:
    """Run a modal dialog as the attendant would: its exec() shows it, does ``actions``
    (typing, clicking its buttons) and returns what the dialog decided."""
    def exec_(self):
        self.show()
        actions(self)
        return self.result()
    monkeypatch.setattr(dialog_class, "exec", exec_)
