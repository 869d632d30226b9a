"""The catalogue editor in Settings, and the log screen's tiles following it."""
from __future__ import annotations

from PySide6.QtCore import Qt

from keeper.core import catalog
from keeper.store.models import Service, Visit
from tests.gui.conftest import type_text

LEFT = Qt.MouseButton.LeftButton


def test_add_a_service_and_log_it_with_its_key(window, qtbot, pinned_now):
    settings_screen = window.show_screen("settings")
    editor = settings_screen.catalog
    qtbot.keyClicks(editor.new_code, "haircut")
    type_text(qtbot, editor.new_zh, "义剪")
    qtbot.keyClicks(editor.new_en, "Free haircut")
    qtbot.mouseClick(editor.add_button, LEFT)
    assert Service.get_by_id("haircut").name_zh == "义剪"
    assert editor.selected_code() == "haircut"
    qtbot.keyClicks(editor.shortcut, "h")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert Service.get_by_id("haircut").shortcut == "H"

    log = window.show_screen("log")  # rebuilt with the new tile
    assert "haircut" in log.form.services.tiles
    log.activateWindow()
    qtbot.waitUntil(log.isActiveWindow)
    log.setFocus()
    qtbot.keyClick(log, Qt.Key.Key_H)
    qtbot.keyClick(log, Qt.Key.Key_Return)
    assert [s.service_code for s in Visit.select().first().services] == ["haircut"]


def test_hide_reorder_and_refuse(window, qtbot):
    editor = window.show_screen("settings").catalog
    editor.table.selectRow(6)  # toilet
    assert editor.selected_code() == "toilet"
    qtbot.mouseClick(editor.hide_button, LEFT)
    assert not Service.get_by_id("toilet").active
    assert editor.table.item(6, 3).text() == "Hidden"
    assert "toilet" not in window.show_screen("log").form.services.tiles
    window.show_screen("settings")
    editor.table.selectRow(1)
    qtbot.mouseClick(editor.up_button, LEFT)
    assert [s.code for s in catalog.services()][:2] == ["rest", "water"]
    assert editor.selected_code() == "rest"
    editor.shortcut.setText("3")  # battery swap's key
    qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.error.isVisible() and "already logs" in editor.error.text()
    assert Service.get_by_id("rest").shortcut == "2"
    assert not editor.delete_button.isEnabled()  # built in: hide only


def test_teach_a_synonym(window, qtbot):
    editor = window.show_screen("settings").catalog
    type_text(qtbot, editor.synonym_text, "送水")
    editor.synonym_target.setCurrentIndex(editor.synonym_target.findData("water"))
    qtbot.mouseClick(editor.synonym_add, LEFT)
    assert catalog.resolve_service("送水") == "water"
    builtin = 14  # the built-in words (8 services, 6 groups), one line each, greyed
    assert editor.synonyms.count() == 1 + builtin and "送水" in editor.synonyms.item(0).text()
    drinking = next(editor.synonyms.item(i) for i in range(editor.synonyms.count())
                    if "喝水" in editor.synonyms.item(i).text())
    assert drinking.flags() == Qt.ItemFlag.NoItemFlags  # shown, never forgotten
    editor.synonyms.setCurrentRow(0)
    qtbot.mouseClick(editor.synonym_remove, LEFT)
    assert catalog.resolve_service("送水") is None
