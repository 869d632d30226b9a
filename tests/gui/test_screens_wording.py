"""What the screens say: the setup dialog's errors, the window title, the Visitors panel's
names for things, the log setting in Settings, the Chinese headers."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from keeper.store.models import Station
from tests.gui.conftest import type_text

LEFT = Qt.MouseButton.LeftButton


def test_setup_says_a_missing_code_is_missing_and_grows_for_the_error(app, db, qtbot):
    from keeper.ui.settings.station_form import StationSetupDialog

    dialog = StationSetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.form
    assert form.layout().labelForField(form.code).text().endswith(" *")
    assert not form.layout().labelForField(form.address).text().endswith(" *")
    height = dialog.height()
    type_text(qtbot, form.name, "望京街道暖心驿站")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
    assert form.error.isVisible()
    assert form.error.text().startswith("The station code is missing")
    assert dialog.height() >= height
    assert form.error.height() >= form.error.heightForWidth(form.error.width())  # not clipped
    assert Station.select().count() == 0 and form.name.text() == "望京街道暖心驿站"
    qtbot.keyClicks(form.code, "cy-017")  # fixing it puts the old error away
    assert not form.error.isVisible()


def test_the_window_names_the_station_once(window):
    assert window.windowTitle() == "望京街道暖心驿站"
    assert QApplication.applicationDisplayName() == "Station Keeper"


def test_visitors_panel_names_what_each_button_corrects(window):
    screen = window.show_screen("visitors")
    assert screen.edit_button.text() == "Correct details…"
    assert screen.visits.correct_button.text() == "Correct visit…"
    header = screen.model.headerData(7, Qt.Orientation.Horizontal)
    assert header == "Party / volunteer"  # not "Also"/其他, which is a visitor group


def test_the_visitors_name_column_is_called_name_in_chinese(window, app):
    from keeper import i18n

    i18n.install_translators("zh_CN")
    from keeper.ui.visitors.model import VisitorTableModel

    model = VisitorTableModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers[:2] == ["会员编号", "姓名"] and "驿站名称" not in headers
    assert headers[7] == "党员/志愿者"


def test_the_group_setting_is_in_settings(window, qtbot):
    from keeper import settings

    screen = window.show_screen("settings")
    assert screen.group_returns.isChecked()
    screen.group_returns.setChecked(False)
    assert settings.get(settings.GROUP_RETURNS) is False
