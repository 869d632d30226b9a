"""The catalogue editor in Settings, and the log screen's tiles following it."""
from __future__ import annotations

from PySide6.QtCore import Qt

from keeper.core import catalog
from keeper.store.models import Service, Visit
from tests.gui.conftest import type_text

LEFT = Qt.MouseButton.LeftButton


def test_add_a_service_and_log_it_with_its_key(window, qtbot, pinned_now):
    settings_screen = window.show_screen("settings")
    editor = settings_screen.catalog.services
    qtbot.keyClicks(editor.new_code, "massage")
    type_text(qtbot, editor.new_zh, "按摩")
    qtbot.keyClicks(editor.new_en, "Massage")
    qtbot.mouseClick(editor.add_button, LEFT)
    assert Service.get_by_id("massage").name_zh == "按摩"
    assert editor.selected_code() == "massage"
    assert editor.shortcut.text() == "W"  # the next free key, on the row under the digits
    editor.shortcut.clear()
    qtbot.keyClicks(editor.shortcut, "h")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert Service.get_by_id("massage").shortcut == "H"

    log = window.show_screen("log")  # rebuilt with the new tile
    assert "massage" in log.form.services.tiles
    log.activateWindow()
    qtbot.waitUntil(log.isActiveWindow)
    log.setFocus()
    qtbot.keyClick(log, Qt.Key.Key_H)
    qtbot.keyClick(log, Qt.Key.Key_Return)
    assert [s.service_code for s in Visit.select().first().services] == ["massage"]


def test_hide_reorder_and_refuse(window, qtbot):
    editor = window.show_screen("settings").catalog.services
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
    assert editor.synonyms.count() == 1 and "送水" in editor.synonyms.item(0).text()
    editor.synonyms.setCurrentRow(0)
    qtbot.mouseClick(editor.synonym_remove, LEFT)
    assert catalog.resolve_service("送水") is None


def test_turn_on_a_group_and_log_it_with_its_key(window, qtbot, pinned_now):
    editor = window.show_screen("settings").catalog.groups  # a comprehensive station
    rows = [editor.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            for r in range(editor.table.rowCount())]
    assert editor.table.item(rows.index("taxi"), 2).text() == "Alt+9"
    editor.table.selectRow(rows.index("taxi"))
    qtbot.mouseClick(editor.hide_button, LEFT)
    row = rows.index("security_guard")
    assert editor.table.item(row, 3).text() == "Hidden"
    editor.table.selectRow(row)
    qtbot.mouseClick(editor.hide_button, LEFT)  # "Show"
    assert editor.table.item(row, 3).text() == "Shown"
    assert editor.table.item(row, 2).text() == "Alt+9"  # taxi's key, free now

    log = window.show_screen("log")
    assert "security_guard" in log.form.groups.tiles and "taxi" not in log.form.groups.tiles
    assert "Alt+9" in log.form.groups.tiles["security_guard"].toolTip()
    log.activateWindow()
    qtbot.waitUntil(log.isActiveWindow)
    log.setFocus()
    qtbot.keyClick(log, Qt.Key.Key_1)
    qtbot.keyClick(log, Qt.Key.Key_9, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(log, Qt.Key.Key_Return)
    visit = Visit.select().first()
    assert visit.group.code == "security_guard"
    from keeper.core.stats import month_summary

    summary = month_summary(visit.date[:7])
    assert summary.groups == {"security_guard": 1} and summary.services == {"water": 1}


def test_add_a_group_with_an_icon(window, qtbot, pinned_now):
    editor = window.show_screen("settings").catalog.groups
    qtbot.keyClicks(editor.new_code, "porter")
    type_text(qtbot, editor.new_zh, "搬运工")
    qtbot.keyClicks(editor.new_en, "Porter")
    qtbot.mouseClick(editor.add_button, LEFT)
    assert editor.selected_code() == "porter"
    editor.icon.setCurrentIndex(editor.icon.findData("group-truck"))
    qtbot.mouseClick(editor.save_button, LEFT)
    assert catalog.groups()[-1].icon == "group-truck"
    editor.shortcut.setText("0")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.error.isVisible() and "1 to 9" in editor.error.text()
    assert editor.delete_button.isEnabled()  # its own and never used: it may go
    qtbot.mouseClick(editor.delete_button, LEFT)
    assert "porter" not in [g.code for g in catalog.groups()]
