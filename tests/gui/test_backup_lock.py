"""The backup panel, the lock (Ctrl+L, idle, wrong PINs slowed) and the damaged-database dialog."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from keeper import paths, settings
from keeper.core import backup, ledger, pin
from keeper.core import restore as restoring
from keeper.core import dbfile
from keeper.store.connection import open_checked, quick_check
from keeper.core.ledger import NewVisit
from keeper.store.connection import close_database
from keeper.store.models import Visit
from tests.gui.conftest import type_text


def log(n: int) -> None:
    for _ in range(n):
        ledger.log_visit(NewVisit(services=["water"]))


class Waits:
    """An injected wait: records each wait; ``finish`` ends the last one (no real sleeping)."""

    def __init__(self) -> None:
        self.seconds: list[float] = []
        self.pending = None

    def __call__(self, seconds, then) -> None:
        self.seconds.append(seconds)
        self.pending = then

    def finish(self) -> None:
        self.pending, then = None, self.pending
        then()


@pytest.fixture
def panel(app, station, qtbot):
    from keeper.ui.settings.backup_panel import BackupPanel

    asked = []
    widget = BackupPanel(confirm=lambda parent, text: True,
                         ask_pin=lambda parent, reason: asked.append(reason) or True)
    widget.asked = asked
    qtbot.addWidget(widget)
    widget.show()
    return widget


# -- the backup panel -----------------------------------------------------------------------
def test_back_up_now_creates_a_verified_file_and_shows_it(panel, qtbot):
    log(2)
    with qtbot.waitSignal(panel.backed_up, timeout=10_000) as made:
        qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    info = made.args[0]
    assert info.path.exists() and info.path.parent == paths.backups_dir()
    assert dbfile.inspect(info.path) > 0  # integrity and schema read back
    assert "verified" in panel.result.text()
    assert panel.list.topLevelItemCount() == 1
    assert panel.list.topLevelItem(0).text(1) == "by hand"
    assert panel.backup_button.isEnabled()


def test_a_missing_usb_stick_is_a_warning_in_the_panel(panel, qtbot, tmp_path):
    blocker = tmp_path / "stick-gone"
    blocker.write_text("x")
    panel.choose_folder = lambda parent, start: str(blocker / "keeper")
    panel.choose_second_folder()
    assert panel.asked and settings.get(backup.SECOND_FOLDER) == str(blocker / "keeper")
    with qtbot.waitSignal(panel.backed_up, timeout=10_000):
        panel.back_up_now()
    assert "USB stick" in panel.result.text()
    assert "second place" in panel.reminder.text()


def test_a_second_folder_gets_copies_and_silences_the_reminder(panel, qtbot, tmp_path):
    panel.choose_folder = lambda parent, start: str(tmp_path / "usb")
    panel.choose_second_folder()
    assert "No backup has been copied" in panel.reminder.text()
    with qtbot.waitSignal(panel.backed_up, timeout=10_000):
        panel.back_up_now()
    assert len(list((tmp_path / "usb").glob("keeper-*.db"))) == 1
    assert "Last copy to a second place" in panel.reminder.text()
    assert panel.list.topLevelItemCount() == 2  # this PC and the stick


def test_the_data_folder_is_not_a_second_place(panel):
    panel.choose_folder = lambda parent, start: str(paths.data_dir() / "exports")
    panel.choose_second_folder()
    assert settings.get(backup.SECOND_FOLDER) == ""
    assert "inside keeper's own data folder" in panel.result.text()


def test_restore_from_the_panel_asks_the_pin_and_reloads(panel, qtbot):
    log(3)
    saved = backup.make_backup()
    log(2)
    panel.refresh()
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    with qtbot.waitSignal(panel.restored):
        qtbot.mouseClick(panel.restore_selected, Qt.MouseButton.LeftButton)
    assert Visit.select().count() == 3
    assert panel.asked[-1] == "Enter the PIN to restore a backup."
    assert "Restored " + saved.path.name in panel.result.text()
    assert any(b.kind == "before-restore" for b in backup.list_backups())


def test_restore_refused_without_the_pin_or_confirmation(panel, qtbot, tmp_path):
    log(1)
    saved = backup.make_backup()
    log(1)
    panel.ask_pin = lambda parent, reason: False
    assert not panel.restore_file(saved.path)
    panel.ask_pin = lambda parent, reason: True
    panel.confirm = lambda parent, text: False
    assert not panel.restore_file(saved.path)
    assert Visit.select().count() == 2


def test_restore_of_a_bad_file_is_a_message(panel, tmp_path):
    bad = tmp_path / "ledger.xlsx"
    bad.write_bytes(b"PK\x03\x04 not a database")
    panel.choose_file = lambda parent, start: str(bad)
    panel._restore_other()
    assert "not a keeper database" in panel.result.text()


def test_auto_backup_makes_one_a_day(app, station, qtbot):
    from keeper.ui.settings.backup_panel import AutoBackup

    auto = AutoBackup(first_ms=10_000_000)
    with qtbot.waitSignal(auto.backed_up, timeout=10_000) as made:
        auto.tick()
    assert made.args[0].kind == "daily"
    auto.tick()  # not due any more today
    assert not auto.worker.running and len(backup.list_backups()) == 1


# -- the lock -------------------------------------------------------------------------------
@pytest.fixture
def locked_window(window, qtbot):
    from keeper.ui.lock import install_lock

    pin.set_pin("1234")
    waits = Waits()
    controller = install_lock(window, wait=waits)
    controller.waits = waits
    return window, controller


def test_ctrl_l_locks_and_the_right_pin_unlocks_keeping_the_typed_text(locked_window, qtbot):
    window, lock = locked_window
    note = window.screen("log").form.note
    note.setFocus()
    type_text(qtbot, note, "雨天 wet")
    qtbot.keyClick(note, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.is_locked() and lock.overlay.isVisible()
    assert lock.overlay.geometry() == window.rect()
    assert lock.overlay.entry.field.hasFocus()
    qtbot.keyClicks(note, "typed while locked")  # never reaches the form underneath
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # no screen switch
    assert window.current_key() == "log"
    qtbot.keyClicks(lock.overlay.entry.field, "1234")
    qtbot.keyClick(lock.overlay.entry.field, Qt.Key.Key_Return)
    assert not lock.is_locked() and not lock.overlay.isVisible()
    assert note.text() == "雨天 wet" and note.hasFocus()


def test_wrong_pins_are_refused_and_slowed(locked_window, qtbot):
    window, lock = locked_window
    lock.lock_now()
    entry = lock.overlay.entry
    for _ in range(3):
        qtbot.keyClicks(entry.field, "0000")
        qtbot.keyClick(entry.field, Qt.Key.Key_Return)
        assert lock.is_locked() and entry.field.text() == ""
    assert lock.waits.seconds == [pytest.approx(1, abs=0.2)]  # the 4th try must wait
    assert not entry.field.isEnabled()
    assert "Wait 1 second" in entry.message.text()
    lock.waits.finish()
    assert entry.field.isEnabled()
    qtbot.keyClicks(entry.field, "9999")
    qtbot.keyClick(entry.field, Qt.Key.Key_Return)
    assert lock.waits.seconds[-1] == pytest.approx(2, abs=0.2)
    lock.waits.finish()
    qtbot.keyClicks(entry.field, "1234")
    qtbot.keyClick(entry.field, Qt.Key.Key_Return)
    assert not lock.is_locked() and pin.failures() == 0


def test_idle_minutes_lock_the_window(locked_window):
    window, lock = locked_window
    now = [100.0]
    lock.clock = lambda: now[0]
    lock.last_input = now[0]
    settings.set(pin.IDLE_MINUTES, 5)
    now[0] += 299
    lock.check_idle()
    assert not lock.is_locked()
    # A key pressed in the window (it passes the window's QWindow) starts the count again.
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Shift)
    now[0] += 299
    lock.check_idle()
    assert not lock.is_locked()
    now[0] += 2
    lock.check_idle()
    assert lock.is_locked()


def test_without_a_pin_the_window_never_locks(window, qtbot):
    from keeper.ui.lock import install_lock

    lock = install_lock(window)
    lock.clock = lambda: 10 ** 9
    lock.check_idle()
    note = window.screen("log").form.note
    note.setFocus()
    with qtbot.waitSignal(lock.message):
        qtbot.keyClick(note, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not lock.is_locked()
    assert "Set a PIN" in window.statusBar().currentMessage()


def test_pin_dialog_for_sensitive_actions(app, station, qtbot):
    from keeper.ui.lock import PinDialog, require_pin

    assert require_pin(None, "restore")  # no PIN set: nothing asked
    pin.set_pin("2468")
    dialog = PinDialog("Enter the PIN to restore a backup.", wait=Waits())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.entry.field, "1111")
    qtbot.keyClick(dialog.entry.field, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Wrong PIN" in dialog.entry.message.text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClicks(dialog.entry.field, "2468")
        qtbot.keyClick(dialog.entry.field, Qt.Key.Key_Return)


def test_pin_settings_box_sets_changes_and_removes(app, station, qtbot):
    from keeper.ui.lock import PinSettingsBox

    box = PinSettingsBox()
    qtbot.addWidget(box)
    box.show()
    assert not box.current.isVisible()
    qtbot.keyClicks(box.new, "1357")
    qtbot.keyClicks(box.repeat, "1375")
    box.save.click()
    assert "differ" in box.result.text() and not pin.has_pin()
    box.repeat.clear()
    qtbot.keyClicks(box.repeat, "1357")
    box.idle.setValue(3)
    box.save.click()
    assert pin.has_pin() and pin.check_pin("1357") and settings.get(pin.IDLE_MINUTES) == 3
    assert box.current.isVisible() and box.new.text() == ""
    box.idle.setValue(20)
    box.save.click()  # changing the lock settings needs the current PIN
    assert "current PIN" in box.result.text() and settings.get(pin.IDLE_MINUTES) == 3
    qtbot.keyClicks(box.current, "1357")
    box.remove.click()
    assert not pin.has_pin() and "removed" in box.result.text()


# -- the damaged database -------------------------------------------------------------------
def _damage_and_close(db) -> None:
    db.execute_sql("BEGIN")
    for i in range(5000):
        db.execute_sql("INSERT INTO visit (date, time, group_code, count, note, created_at, "
                       "changed_at) VALUES ('2026-10-01', '10:00', 'rider', 1, ?, 'x', 'x')",
                       (f"note {i}",))
    db.execute_sql("COMMIT")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    path = paths.db_path()
    with open(path, "r+b") as handle:
        handle.seek(path.stat().st_size // 2)
        handle.write(b"\x00\xff" * 2048)


def test_damaged_dialog_restores_the_newest_good_backup(app, station, db, qtbot):
    from keeper.ui.damaged_dialog import DamagedDatabaseDialog

    log(2)
    good = backup.make_backup()
    _damage_and_close(db)
    problems = open_checked()
    assert problems
    candidate = restoring.newest_good_backup()
    assert candidate.path == good.path
    dialog = DamagedDatabaseDialog(problems, candidate)
    qtbot.addWidget(dialog)
    assert good.when.strftime("%Y-%m-%d %H:%M") in dialog.restore_button.text()
    dialog.restore_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Visit.select().count() == 2 and quick_check() == []
    assert any(b.kind == "damaged" for b in backup.list_backups())


def test_damaged_dialog_without_a_backup_offers_a_file_or_quitting(app, station, db, qtbot,
                                                                   tmp_path):
    from keeper.ui.damaged_dialog import DamagedDatabaseDialog

    bad = tmp_path / "photo.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0")
    dialog = DamagedDatabaseDialog(["file is not a database"], None,
                                   choose_file=lambda parent, start: str(bad))
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None and "No good backup" in dialog.offer.text()
    dialog.file_button.click()
    assert "not a keeper database" in dialog.error.text() and dialog.result() == 0
    dialog.quit_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_gui_start_on_a_damaged_database_shows_the_dialog(qapp, station, db, monkeypatch):
    """Needs keeper/ui/app.py to call open_checked and resolve_damage at start."""
    from keeper.logsetup import teardown_logging
    from keeper.ui import damaged_dialog
    from keeper.ui.app import run_gui
    from keeper.ui.settings.station_form import StationSetupDialog

    _damage_and_close(db)
    shown = []

    def quit_instead(self):
        shown.append(self.details.toPlainText())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(damaged_dialog.DamagedDatabaseDialog, "exec", quit_instead)
    # Never a modal dialog waiting for a click in a test, whatever start-up does.
    monkeypatch.setattr(StationSetupDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical", lambda *args: None)
    monkeypatch.setattr("keeper.ui.crash_dialog.CrashDialog.exec", lambda self: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    try:
        assert run_gui(language="en", quit_after_ms=200) == 1
    finally:
        teardown_logging()
        from keeper import i18n

        i18n.install_translators("en")
    assert shown and shown[0]
    assert Path(paths.db_path()).exists()  # nothing changed without the attendant


def _quiet_start(monkeypatch) -> None:
    """Never a modal dialog waiting for a click in a test, whatever start-up does."""
    from keeper.ui.settings.station_form import StationSetupDialog

    monkeypatch.setattr(StationSetupDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical", lambda *args: None)
    monkeypatch.setattr("keeper.ui.crash_dialog.CrashDialog.exec", lambda self: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


@pytest.mark.parametrize("restore", [False, True])
def test_damage_found_after_the_window_is_up_brings_the_dialog_over_it(
        qapp, station, db, monkeypatch, restore):
    """The quick check runs on a worker thread once the window is shown. What it finds
    brings the damaged dialog over the window: quitting ends keeper with status 1 and
    saves nothing; a restored backup rebuilds every screen, and keeper goes on."""
    from keeper.logsetup import teardown_logging
    from keeper.ui import app as app_module
    from keeper.ui import damaged_dialog
    from keeper.ui.main_window import MainWindow

    log(1)
    good = backup.make_backup()
    log(2)  # after the backup: lost when it is restored
    close_database()
    checked_on = []

    def found_damage(conn=None):
        checked_on.append(type(conn).__name__)
        return ["*** in database main ***", "Page 7: btreeInitPage() returns error code 11"]

    monkeypatch.setattr(app_module, "quick_check", found_damage)
    seen = {}

    def choose(self):
        seen["window"] = self.parentWidget()
        seen["details"] = self.details.toPlainText()
        if restore:
            assert self.restore(good.path)
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(damaged_dialog.DamagedDatabaseDialog, "exec", choose)
    rebuilt = []
    real_reload = MainWindow.reload_all_screens
    monkeypatch.setattr(MainWindow, "reload_all_screens",
                        lambda self: (rebuilt.append(self.current_key()), real_reload(self)))
    exits = []
    monkeypatch.setattr(backup, "backup_at_exit", lambda: exits.append("backup"))
    _quiet_start(monkeypatch)
    try:
        status = app_module.run_gui(language="en", quit_after_ms=100)
    finally:
        teardown_logging()
        from keeper import i18n

        i18n.install_translators("en")
    assert checked_on == ["Connection"]  # the worker's own sqlite3 connection
    assert isinstance(seen["window"], MainWindow) and "btreeInitPage" in seen["details"]
    if restore:
        assert status == 0 and rebuilt == ["log"] and exits == ["backup"]
        from keeper.store.connection import open_database

        open_database(paths.db_path())
        assert Visit.select().count() == 1  # the backup's visit, open again
    else:
        assert status == 1 and rebuilt == [] and exits == []


def test_a_damaged_page_the_first_screen_never_reads_is_found_once_the_window_is_up(
        qapp, station, db, monkeypatch):
    """Real damage, not a stand-in: a table the log screen never reads (the export history)
    is broken. The window comes up on it; the background check finds the damage and the
    dialog comes over the window."""
    from keeper.logsetup import teardown_logging
    from keeper.ui import damaged_dialog
    from keeper.ui.app import run_gui
    from keeper.ui.main_window import MainWindow

    log(3)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    page = db.execute_sql(
        "SELECT rootpage FROM sqlite_master WHERE name = 'export_record'").fetchone()[0]
    size = db.execute_sql("PRAGMA page_size").fetchone()[0]
    close_database()
    with open(paths.db_path(), "r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(b"\xff" * 64)  # its header: no longer a b-tree page
    seen = {}

    def quit_instead(self):
        seen["window"], seen["details"] = self.parentWidget(), self.details.toPlainText()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(damaged_dialog.DamagedDatabaseDialog, "exec", quit_instead)
    _quiet_start(monkeypatch)
    try:
        status = run_gui(language="en", quit_after_ms=100)
    finally:
        teardown_logging()
        from keeper import i18n

        i18n.install_translators("en")
    assert status == 1
    assert isinstance(seen["window"], MainWindow)
    assert "malformed" in seen["details"] or f"Page {page}" in seen["details"]
