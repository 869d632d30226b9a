"""Encrypted copies from the window: the recovery code shown once (and its printable page),
the stick's plain copies replaced, a new code naming the copies that need the old one,
restoring with or without the code, and the damaged-database dialog looking on the stick."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pypdf import PdfReader

from keeper import paths, settings
from keeper.core import backup, backup_crypto, encrypted_backup
from keeper.core.directory import VisitorDetails, register_visitor
from keeper.store.models import Visit, Visitor
from tests.gui.test_backup_lock import _damage_and_close, log, panel  # noqa: F401


@pytest.fixture
def stick_panel(panel, tmp_path, qtbot):
    panel.choose_folder = lambda parent, start: str(tmp_path / "usb")
    panel.choose_second_folder()
    return panel


def _back_up(panel, qtbot):
    with qtbot.waitSignal(panel.backed_up, timeout=10_000) as made:
        panel.back_up_now()
    return made.args[0]


def test_choosing_the_stick_shows_a_new_code_once_and_copies_are_encrypted(stick_panel,
                                                                           qtbot, tmp_path):
    panel = stick_panel
    assert len(panel.codes) == 1 and backup_crypto.stored_code() == panel.codes[0]
    panel.choose_second_folder()  # chosen again: the same code, not shown again
    assert len(panel.codes) == 1
    register_visitor(VisitorDetails(name="李映旺", phone="13812345678"))
    info = _back_up(panel, qtbot)
    copy = info.copies[0]
    assert backup_crypto.is_encrypted(copy) and b"13812345678" not in copy.read_bytes()
    assert "encrypted" in panel.result.text()
    kinds = {panel.list.topLevelItem(i).text(3): panel.list.topLevelItem(i).text(1)
             for i in range(panel.list.topLevelItemCount())}
    assert kinds == {"this PC": "by hand", str(tmp_path / "usb"): "by hand, encrypted"}
    Visitor.delete().execute()
    assert panel.restore_file(copy)  # the PC's own code: nothing to type
    assert Visitor.get().phone == "13812345678"


def test_plain_copies_on_the_stick_are_offered_for_encryption(panel, qtbot, tmp_path):
    log(1)
    old = backup.make_backup(tmp_path / "usb").path  # left by an older keeper
    old = old.rename(old.with_name("keeper-20260101-090000-manual.db"))
    panel.choose_folder = lambda parent, start: str(tmp_path / "usb")
    panel.choose_second_folder()
    row = panel.encryption
    assert row.replace_button.isVisibleTo(panel) and "1 unencrypted" in row.plain.text()
    qtbot.mouseClick(row.replace_button, Qt.MouseButton.LeftButton)
    assert not old.exists() and old.with_name(old.name + ".enc").exists()
    assert "1 copy replaced by an encrypted one." in panel.result.text()
    assert not row.replace_button.isVisibleTo(panel)


def test_a_new_code_names_the_copies_needing_the_old_one(stick_panel, qtbot):
    panel = stick_panel
    first = _back_up(panel, qtbot).copies[0]
    asked_sure = []
    panel.encryption.confirm = lambda parent, text: asked_sure.append(text) or True
    qtbot.mouseClick(panel.encryption.new_button, Qt.MouseButton.LeftButton)
    assert len(panel.codes) == 2 and backup_crypto.stored_code() == panel.codes[1]
    assert "old code" in asked_sure[0] and panel.asked[-1].startswith("Enter the PIN")
    result = panel.result.text()
    assert "1 copy in" in result and "still needs the old code" in result and first.name in result
    asked = []
    panel.ask_code = lambda parent, file: asked.append(file) or panel.codes[0]
    assert panel.restore_file(first) and asked == [first]
    assert backup_crypto.stored_code() == panel.codes[1]  # the PC keeps its newest code


def test_a_wrong_code_replaces_nothing(stick_panel, qtbot):
    panel = stick_panel
    log(2)
    copy = _back_up(panel, qtbot).copies[0]
    log(1)
    backup_crypto.store_code(backup_crypto.new_code())  # as on another PC
    panel.ask_code = lambda parent, file: backup_crypto.new_code()
    assert not panel.restore_file(copy)
    assert "recovery code is wrong" in panel.result.text() and Visit.select().count() == 3
    panel.ask_code = lambda parent, file: ""  # cancelled
    assert not panel.restore_file(copy) and Visit.select().count() == 3


def test_the_code_dialog_closes_only_once_kept_and_prints_a_page(app, station, qtbot,
                                                                  tmp_path):
    from keeper.ui.settings.recovery_code import RecoveryCodeDialog

    code = backup_crypto.new_code()
    dialog = RecoveryCodeDialog(code, save_path=lambda parent: str(tmp_path / "code.pdf"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.code_label.text() == code and not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = "".join(PdfReader(tmp_path / "code.pdf").pages[0].extract_text().split())
    assert code in text and "CY-017" in text and "seal" in text
    dialog.grab().save("/tmp/privacy-code-dialog.png")
    dialog.kept.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_damaged_dialog_finds_the_newest_copy_on_the_stick(app, station, db, qtbot, tmp_path):
    from keeper.ui.damaged_dialog import DamagedDatabaseDialog

    usb = tmp_path / "usb"
    settings.set(backup.SECOND_FOLDER, str(usb))
    code, _ = encrypted_backup.ensure_code()
    log(2)
    info = backup.make_backup()
    info.path.unlink()  # the PC's own copy is gone: only the stick has it
    _damage_and_close(db)
    from keeper.store.connection import open_checked

    assert open_checked()
    second, pc_code = encrypted_backup.pc_backup_settings()
    assert (second, pc_code) == (usb, code)
    candidate = encrypted_backup.newest_good_anywhere(second, pc_code)
    assert candidate.path == info.copies[0]
    asked = []
    dialog = DamagedDatabaseDialog(["damaged"], candidate, code=pc_code,
                                   ask_code=lambda parent, file: asked.append(file) or "")
    qtbot.addWidget(dialog)
    assert str(usb) in dialog.offer.text()
    dialog.restore_button.click()
    assert asked == [] and dialog.result() == QDialog.DialogCode.Accepted
    assert Visit.select().count() == 2


def test_damaged_dialog_asks_the_code_when_the_pc_lost_it(app, station, db, qtbot, tmp_path):
    from keeper.ui.damaged_dialog import DamagedDatabaseDialog

    settings.set(backup.SECOND_FOLDER, str(tmp_path / "usb"))
    code, _ = encrypted_backup.ensure_code()
    log(1)
    copy = backup.make_backup().copies[0]
    for plain in backup.list_backups():
        plain.path.unlink()
    _damage_and_close(db)
    candidate = encrypted_backup.newest_good_anywhere(tmp_path / "usb", "")
    assert candidate.path == copy
    asked = []
    dialog = DamagedDatabaseDialog(["damaged"], candidate,
                                   ask_code=lambda parent, file: asked.append(file) or code)
    qtbot.addWidget(dialog)
    dialog.restore_button.click()
    assert asked == [copy] and dialog.result() == QDialog.DialogCode.Accepted
    assert Visit.select().count() == 1 and Path(paths.db_path()).exists()
