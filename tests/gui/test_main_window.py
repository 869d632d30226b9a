"""The main window: first-run setup, navigation, status bar, remembered layout, crashes."""
from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from keeper import settings
from keeper.core import ledger
from keeper.core.ledger import NewVisit
from keeper.core.station import get_station
from keeper.store.models import AuditEntry
from tests.gui.conftest import type_text


def test_first_run_setup_dialog_saves_the_profile(app, qtbot):
    from keeper.ui.settings.station_form import StationSetupDialog

    dialog = StationSetupDialog()
    qtbot.addWidget(dialog)
    form = dialog.form
    type_text(qtbot, form.code, "CY-017")
    type_text(qtbot, form.name, "望京街道暖心驿站")
    type_text(qtbot, form.address, "望京西路 1 号")
    form.kind.setCurrentIndex(form.kind.findData("specialized"))
    # District forgotten: the dialog says so and keeps what was typed.
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert get_station() is None
    assert not form.error.isHidden() and "district" in form.error.text()
    assert form.name.text() == "望京街道暖心驿站"
    type_text(qtbot, form.district, "朝阳区")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == StationSetupDialog.DialogCode.Accepted
    station = get_station()
    assert (station.code, station.name, station.district, station.kind) == (
        "CY-017", "望京街道暖心驿站", "朝阳区", "specialized")


def test_first_run_is_skipped_once_a_profile_exists(app, station):
    from keeper.ui.app import ensure_station_profile

    assert ensure_station_profile() is True


def test_navigation_shows_every_screen(window, qtbot):
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == ["Log", "Ledger", "Visitors", "Appeals", "Activities", "Reports", "Supplies",
                      "Settings"]
    for row, key in enumerate(window.screen_keys()):
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton,
                         pos=window.nav.visualItemRect(window.nav.item(row)).center())
        screen = window.screen(key)
        assert screen is not None and window.stack.currentWidget() is screen
        assert screen.isVisible()
        # No empty grey area: every screen says something.
        assert any(label.text().strip() for label in screen.findChildren(QLabel))


def test_keyboard_navigation(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "reports"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "log"


def test_status_bar_shows_station_and_today(app, station, qtbot, pinned_now):
    from keeper.ui.main_window import MainWindow

    ledger.log_visit(NewVisit(services=["water"], group="rider", count=4))
    main = MainWindow()
    qtbot.addWidget(main)
    assert "望京街道暖心驿站" in main.station_label.text()
    assert "CY-017" in main.station_label.text()
    assert main.today_label.text() == "Visits today: 4"


def test_window_layout_is_remembered(app, station, qtbot):
    from keeper.ui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(1111, 777)
    first.show_screen("reports")
    first.close()
    assert settings.get(settings.LAST_SCREEN) == "reports"
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert second.current_key() == "reports"
    assert (second.width(), second.height()) == (1111, 777)


def test_settings_screen_changes_the_station(window, qtbot):
    screen = window.show_screen("settings")
    form = screen.station_form
    assert form.name.text() == "望京街道暖心驿站"
    form.name.clear()
    type_text(qtbot, form.name, "望京骑手之家")
    qtbot.mouseClick(screen.save_station, Qt.MouseButton.LeftButton)
    assert get_station().name == "望京骑手之家"
    assert "望京骑手之家" in window.station_label.text()
    assert AuditEntry.select().where(AuditEntry.entity == "station").count() == 2
    form.code.setText("bad code!")
    qtbot.mouseClick(screen.save_station, Qt.MouseButton.LeftButton)
    assert get_station().code == "CY-017"
    assert form.error.isVisible()


def test_settings_screen_language_choice(window, qtbot):
    screen = window.show_screen("settings")
    screen.language.setCurrentIndex(screen.language.findData("zh_CN"))
    assert settings.get(settings.LANGUAGE) == "zh_CN"
    assert screen.language_note.text()


def test_crash_dialog_has_a_copyable_report(app, qtbot, data_dir):
    from PySide6.QtGui import QGuiApplication

    from keeper.logsetup import setup_logging, teardown_logging
    from keeper.ui import crash

    setup_logging()
    try:
        raise ZeroDivisionError("boom in a test")
    except ZeroDivisionError as exc:
        report = crash.crash_report(type(exc), exc, exc.__traceback__)
    from keeper.ui.crash_dialog import CrashDialog

    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    assert "ZeroDivisionError: boom in a test" in dialog.report.toPlainText()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "boom in a test" in QGuiApplication.clipboard().text()
    crash.log.error("unhandled exception\n%s", report)
    teardown_logging()
    assert "boom in a test" in (data_dir / "logs" / "keeper.log").read_text(encoding="utf-8")



@pytest.mark.parametrize("error, said", [
    ("database is locked", "is busy"), ("database or disk is full", "is full"),
    ("database disk image is malformed", "is damaged")])
def test_a_database_error_in_the_window_is_a_message_not_a_crash(app, monkeypatch, error, said):
    import sqlite3

    import peewee

    from keeper.ui import crash

    shown, crashed = [], []
    monkeypatch.setattr(crash, "show_error", lambda parent, problem: shown.append(problem))
    monkeypatch.setattr("keeper.ui.crash_dialog.CrashDialog.exec",
                        lambda self: crashed.append(self))
    try:
        try:
            raise sqlite3.OperationalError(error)
        except sqlite3.OperationalError as exc:
            raise peewee.OperationalError(error) from exc
    except peewee.OperationalError as exc:
        crash._hook(type(exc), exc, exc.__traceback__)
    assert crashed == [] and said in shown[0].message()

def test_main_window_opens_on_a_demo_database(app, qtbot, pinned_now):
    from keeper.core.demo import generate_demo
    from keeper.ui.main_window import MainWindow

    result = generate_demo(months=1, seed=3)
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert get_station() is not None
    assert get_station().name in main.station_label.text()
    assert main.today_label.text() == f"Visits today: {ledger.visits_on(pinned_now.date())}"
    assert result.visits > 1000


def test_exception_hook_shows_user_errors_as_messages_and_bugs_as_reports(app, monkeypatch,
                                                                           data_dir):
    from PySide6.QtWidgets import QMessageBox

    from keeper.errors import UserError
    from keeper.logsetup import setup_logging, teardown_logging
    from keeper.ui import crash, crash_dialog

    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: shown.append(("message", text)))
    monkeypatch.setattr(crash_dialog.CrashDialog, "exec",
                        lambda self: shown.append(("crash", self.report.toPlainText())))
    setup_logging()
    try:
        try:
            raise UserError("The count must be a whole number from 1 to {max}.", max=999)
        except UserError as exc:
            crash._hook(type(exc), exc, exc.__traceback__)
        try:
            {}["missing"]
        except KeyError as exc:
            crash._hook(type(exc), exc, exc.__traceback__)
    finally:
        teardown_logging()
    assert shown[0] == ("message", "The count must be a whole number from 1 to 999.")
    assert shown[1][0] == "crash" and "KeyError: 'missing'" in shown[1][1]
    log_text = (data_dir / "logs" / "keeper.log").read_text(encoding="utf-8")
    assert "KeyError" in log_text


def test_retention_setting(window, qtbot):
    screen = window.show_screen("settings")
    assert screen.retention.value() == 24
    screen.retention.setValue(36)
    assert settings.get(settings.RETENTION_MONTHS) == 36
