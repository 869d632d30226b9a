"""The Reports screen: a month's figures, export with progress, closing and reopening."""
from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from keeper.core import ledger, months
from keeper.core.ledger import NewVisit
from keeper.store.models import ExportRecord

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def screen(app, station, qtbot, pinned_now):
    from keeper.ui.reports.screen import ReportsScreen

    for day, count in ((1, 3), (2, 1), (30, 2)):
        ledger.log_visit(NewVisit(services=["water", "rest"], group="rider", count=count,
                                  day=date(2026, 9, day), at=time(12, 0)))
    ledger.log_visit(NewVisit(services=["water"], group="rider", day=date(2026, 8, 5)))
    reports = ReportsScreen()
    qtbot.addWidget(reports)
    reports.resize(1200, 900)
    reports.show()
    return reports


def figure(screen, row, column):
    return screen.figures.itemAtPosition(row, column).widget().text()


def test_opens_on_last_month_with_its_figures_and_charts(screen):
    assert screen.month.currentText() == "2026-09"
    assert figure(screen, 1, 1) == "<b>6</b>" and figure(screen, 1, 2) == "1"
    assert "↑ 500.0%" in figure(screen, 1, 3)
    assert screen.charts.count() == 2 and screen.days_holder.count() == 1
    assert screen.state.text() == "Not exported yet" and not screen.close_button.isEnabled()
    screen.month.setCurrentIndex(0)  # October: nothing yet
    assert figure(screen, 1, 1) == "<b>0</b>"


def test_export_close_and_reopen(screen, qtbot, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    qtbot.mouseClick(screen.choose_folder, LEFT)
    assert screen.folder_label.text() == str(usb)
    qtbot.mouseClick(screen.export_button, LEFT)
    assert not screen.export_button.isEnabled()  # busy, the window still answers
    qtbot.waitUntil(lambda: screen.export_button.isEnabled(), timeout=30_000)
    assert not screen.error.isVisible(), screen.error.text()
    assert sorted(p.name for p in usb.iterdir()) == [
        "CY-017_2026-09.pdf", "CY-017_2026-09.xlsx", "CY-017_2026-09_r1.zip"]
    assert "revision 1" in screen.result_label.text() and screen.open_folder.isVisible()
    assert screen.history.rowCount() == 1 and screen.history.item(0, 1).text() == "r1"
    assert ExportRecord.select().count() == 1
    qtbot.mouseClick(screen.close_button, LEFT)
    assert months.is_closed("2026-09") and screen.state.text() == "Closed"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("补录纸质台账", True))
    qtbot.mouseClick(screen.reopen_button, LEFT)
    assert not months.is_closed("2026-09")


def test_a_month_says_only_what_it_has(screen, qtbot, tmp_path, monkeypatch):
    note = figure(screen, 5, 0)
    assert "Busiest hour: 12:00–12:59." in note  # as the PDF writes it
    assert "Corrections" not in note  # never exported: there is no previous revision
    assert figure(screen, 1, 4) == "—"  # no ledger a year ago: not a 0
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    qtbot.mouseClick(screen.choose_folder, LEFT)
    qtbot.mouseClick(screen.export_button, LEFT)
    qtbot.waitUntil(lambda: screen.export_button.isEnabled(), timeout=30_000)
    assert screen.result_label.text() and "Corrections since the previous revision: 0." in \
        figure(screen, 5, 0)
    screen.month.setCurrentIndex(2)  # another month: the message was about September
    assert screen.result_label.text() == "" and not screen.open_folder.isVisible()


def test_the_charts_share_the_width_after_every_refresh(screen, qtbot):
    for _ in range(2):
        screen.month.setCurrentIndex(1)
        qtbot.wait(10)
        services, groups = (screen.charts.itemAt(i).widget() for i in range(2))
        assert screen.charts.stretch(0) == screen.charts.stretch(1) == 1
        assert abs(services.width() - groups.width()) <= 2
        screen.month.setCurrentIndex(0)


def test_export_and_close_refuse_a_damaged_ledger(app, station, qtbot, pinned_now, tmp_path,
                                                  monkeypatch):
    """The window's export and month close run the same quick check as the command line."""
    from keeper import paths
    from keeper.reports.export import export_month
    from keeper.store.connection import close_database, open_database
    from keeper.store.models import database
    from keeper.ui.reports.screen import ReportsScreen
    from tests.cli.faults import damage_date_index

    ledger.log_visit(NewVisit(services=["water"], group="rider", day=date(2026, 9, 3),
                              at=time(9, 0)))
    columns = ", ".join(c.name for c in database.get_columns("visit") if c.name != "id")
    with database.atomic():
        for _ in range(12):  # 4,096 visits: an index on dates of many pages
            database.execute_sql(f"INSERT INTO visit ({columns}) SELECT {columns} FROM visit")
    usb = tmp_path / "usb"
    export_month("2026-09", usb)
    screen = ReportsScreen()
    qtbot.addWidget(screen)
    screen.show()
    close_database()  # the disk fails while the window is open
    damage_date_index(paths.db_path())
    open_database(paths.db_path())
    written = sorted(p.stat().st_mtime_ns for p in usb.iterdir())
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    qtbot.mouseClick(screen.choose_folder, LEFT)
    qtbot.mouseClick(screen.export_button, LEFT)
    qtbot.waitUntil(lambda: screen.export_button.isEnabled(), timeout=30_000)
    assert screen.error.isVisible() and "is damaged" in screen.error.text()
    assert sorted(p.stat().st_mtime_ns for p in usb.iterdir()) == written  # nothing rewritten
    assert ExportRecord.select().count() == 1
    screen.error.hide()
    qtbot.mouseClick(screen.close_button, LEFT)
    assert screen.error.isVisible() and "is damaged" in screen.error.text()
    assert not months.is_closed("2026-09")
