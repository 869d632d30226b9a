"""Starting keeper the way ``keeper`` does: damaged databases, first run, a normal day."""
from __future__ import annotations

import sys

import pytest

from keeper import settings
from keeper.core.station import StationProfile, set_station
from keeper.logsetup import teardown_logging


@pytest.fixture
def start(qapp, monkeypatch, data_dir):
    """run_gui as the console script calls it, with the hook and the log put back after."""
    from keeper.ui.app import run_gui

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield run_gui
    teardown_logging()
    from keeper import i18n

    i18n.install_translators("en")


def test_a_damaged_database_is_a_message_not_a_crash(start, monkeypatch, data_dir):
    from PySide6.QtWidgets import QDialog

    from keeper.ui.damaged_dialog import DamagedDatabaseDialog

    data_dir.mkdir(parents=True)
    (data_dir / "keeper.db").write_bytes(b"\x00garbage" * 4096)
    said = []

    def quit_instead(dialog):
        said.append(dialog.details.toPlainText())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(DamagedDatabaseDialog, "exec", quit_instead)
    assert start(language="en") == 1
    assert "is damaged" in said[0]
    assert "keeper.db" in (data_dir / "logs" / "keeper.log").read_text(encoding="utf-8")


def test_first_run_cancelled_quits_quietly(start, monkeypatch):
    from keeper.ui.settings.station_form import StationSetupDialog

    monkeypatch.setattr(StationSetupDialog, "exec",
                        lambda self: StationSetupDialog.DialogCode.Rejected)
    assert start(language="en") == 0


def test_a_normal_start_shows_the_window_and_remembers_it(start, data_dir):
    from keeper import paths
    from keeper.store.connection import close_database, open_database

    paths.ensure_data_dirs()
    open_database(paths.db_path())
    set_station(StationProfile("CY-017", "望京街道暖心驿站", "朝阳区"))
    close_database()
    assert start(language="en", quit_after_ms=200) == 0
    open_database(paths.db_path())
    assert settings.get(settings.WINDOW_GEOMETRY)  # saved when the window closed
    assert settings.get(settings.LAST_SCREEN) == "log"
