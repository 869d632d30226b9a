"""The idle lock fires while a modal dialog is open (a person's correction with their phone
in it): the dialog is covered, not closed, and unlocking returns to it with its text."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from keeper import settings
from keeper.core import pin
from keeper.core.directory import VisitorDetails, register_visitor
from keeper.store.models import Visitor
from tests.gui.conftest import type_text
from tests.gui.test_backup_lock import Waits


@pytest.fixture
def idle_lock(window):
    from keeper.ui.lock import install_lock

    pin.set_pin("1234")
    settings.set(pin.IDLE_MINUTES, 5)
    lock = install_lock(window, wait=Waits())
    now = [1000.0]
    lock.clock = lambda: now[0]
    lock.last_input = now[0]
    lock.now = now
    return lock


def _while_open(qtbot, dialog_class, steps) -> list:
    """Run ``steps(dialog)`` once the next modal dialog of that class is up (its exec()
    blocks the test), then let it finish."""
    seen = []

    def run():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialog_class):
            QTimer.singleShot(20, run)
            return
        try:
            steps(dialog)
        except BaseException as exc:  # noqa: BLE001 (reported after exec returns)
            seen.append(exc)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    return seen


def test_idle_lock_covers_the_persons_correction_dialog_and_returns_to_it(window, idle_lock,
                                                                           qtbot):
    from keeper.ui.visitors.form import VisitorDialog

    who = register_visitor(VisitorDetails(name="李映旺", phone="13812345678"))
    checks = {}

    def steps(dialog):
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.notes.setFocus()
        type_text(qtbot, dialog.notes, "电话改了")
        idle_lock.now[0] += 299
        idle_lock.check_idle()
        checks["early"] = idle_lock.is_locked()
        idle_lock.now[0] += 2
        idle_lock.check_idle()
        assert idle_lock.is_locked() and dialog.isVisible()
        cover = idle_lock._covers[0]
        assert cover.dialog is dialog and cover.isVisible() and cover.geometry() == dialog.rect()
        assert cover.entry.field.hasFocus() and not idle_lock.overlay.entry.isVisible()
        dialog.grab().save("/tmp/privacy-lock-dialog.png")
        qtbot.keyClicks(dialog.notes, "typed while locked")  # never reaches the form
        qtbot.keyClick(cover.entry.field, Qt.Key.Key_Escape)  # must not cancel the dialog
        qtbot.keyClick(cover.entry.field, Qt.Key.Key_Return)  # nor press Save
        assert dialog.isVisible() and Visitor.get_by_id(who).notes == ""
        qtbot.keyClicks(cover.entry.field, "0000")
        qtbot.keyClick(cover.entry.field, Qt.Key.Key_Return)
        assert idle_lock.is_locked() and "Wrong PIN" in cover.entry.message.text()
        qtbot.keyClicks(cover.entry.field, "1234")
        qtbot.keyClick(cover.entry.field, Qt.Key.Key_Return)
        assert not idle_lock.is_locked() and not idle_lock.overlay.isVisible()
        qtbot.wait(1)  # the cover's deferred delete
        assert dialog.isVisible() and dialog.phone.text() == "13812345678"
        assert dialog.notes.text() == "电话改了" and dialog.notes.hasFocus()
        checks["done"] = True

    errors = _while_open(qtbot, VisitorDialog, steps)
    VisitorDialog(who, parent=window).exec()  # as "Edit" on the visitors screen opens it
    assert errors == [] and checks == {"early": False, "done": True}


def test_a_message_box_over_a_dialog_both_covered_the_front_one_takes_the_pin(window,
                                                                              idle_lock, qtbot):
    checks = []

    def steps(box):
        qtbot.waitUntil(box.isActiveWindow)
        idle_lock.lock_now()
        covers = {cover.dialog: cover for cover in idle_lock._covers}
        assert box in covers and covers[box].entry is not None
        assert box.width() >= covers[box].sizeHint().width()  # grown to hold the field
        qtbot.keyClicks(covers[box].entry.field, "1234")
        qtbot.keyClick(covers[box].entry.field, Qt.Key.Key_Return)
        assert not idle_lock.is_locked() and box.isVisible()
        checks.append(True)

    errors = _while_open(qtbot, QMessageBox, steps)
    answer = QMessageBox.question(window, "keeper", "Delete?")
    assert errors == [] and checks == [True]
    assert answer != QMessageBox.StandardButton.Yes


def test_typing_in_an_open_dialog_is_not_idleness(window, idle_lock, qtbot):
    from keeper.ui.visitors.form import VisitorDialog

    def steps(dialog):
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.name.setFocus()
        idle_lock.check_idle()  # starts watching the dialog's input
        idle_lock.now[0] += 299
        # A key pressed in the dialog: real keys pass its QWindow first.
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_W)
        idle_lock.now[0] += 200
        idle_lock.check_idle()
        assert not idle_lock.is_locked() and dialog.name.text() == "w"

    errors = _while_open(qtbot, VisitorDialog, steps)
    VisitorDialog(parent=window).exec()
    assert errors == []


def test_a_dialog_that_opens_while_locked_is_covered_and_takes_the_pin(window, idle_lock,
                                                                       qtbot):
    checks = []
    idle_lock.lock_now()

    def steps(box):
        qtbot.waitUntil(lambda: any(c.dialog is box for c in idle_lock._covers))
        cover = next(c for c in idle_lock._covers if c.dialog is box)
        assert cover.entry is not None and cover.isVisible()
        qtbot.waitUntil(box.isActiveWindow)
        qtbot.keyClicks(cover.entry.field, "1234")
        qtbot.keyClick(cover.entry.field, Qt.Key.Key_Return)
        assert not idle_lock.is_locked() and box.isVisible()
        checks.append(True)

    errors = _while_open(qtbot, QMessageBox, steps)
    QMessageBox.information(window, "keeper", "The daily backup failed.")
    assert errors == [] and checks == [True]
