"""The district window driven as an officer does: the grid's colours and legend, a month's
figures, a station's page, the month report with progress, the register."""
from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt

from keeper.district.grid import APPROVED, LATE, MISSING, NOT_DUE, NOT_EXPECTED, ON_TIME
from keeper.district.models import Approval, DistrictAudit, RegisteredStation
from tests.district.submissions import add_submission, register, station_summary
from tests.gui.conftest import type_text


@pytest.fixture
def gui(qapp):
    from keeper.ui.app import prepare_application

    prepare_application(qapp, "en")
    yield qapp
    from keeper import i18n

    i18n.install_translators("en")


@pytest.fixture
def filled(district, pinned_now):
    """Now is 2026-10-15: September is due on 5 October, October not yet."""
    register("CY-001", "望京驿站", opened="2025-01", contact="王芳", phone="13800000001")
    register("CY-002", "酒仙桥驿站", opened="2026-08")
    register("CY-003", "三里屯驿站", opened="2025-01", closed="2026-08")
    for month, visits in (("2026-07", 200), ("2026-08", 250), ("2026-09", 300)):
        add_submission("CY-001", month, station_summary("CY-001", month, visits))
    add_submission("CY-001", "2026-09", station_summary("CY-001", "2026-09", 310), revision=2)
    add_submission("CY-002", "2026-08", station_summary("CY-002", "2026-08", 90),
                   received_at="2026-09-20T09:00:00+08:00")
    Approval.create(month="2026-07", station_code="", approved_at="2026-08-10T09:00:00+08:00")
    return district


@pytest.fixture
def window(gui, filled, qtbot):
    from keeper.district.ui.window import DistrictWindow

    window = DistrictWindow(filled)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.receiver.wait()


def _cell(window, code: str, month: str):
    model = window.model
    row = [s.code for s in model.grid.stations].index(code)
    return model.index(row, model.grid.months.index(month))


def test_grid_colours_every_station_and_month(window, qtmodeltester):
    qtmodeltester.check(window.model)
    grid = window.model.grid
    assert len(grid.months) == 24 and grid.months[-1] == "2026-10"
    assert [s.code for s in grid.stations] == ["CY-001", "CY-002", "CY-003"]
    states = {(code, month): grid.cell(code, month).state for code in ("CY-001", "CY-002",
                                                                        "CY-003")
              for month in ("2026-07", "2026-08", "2026-09", "2026-10")}
    assert states == {
        ("CY-001", "2026-07"): APPROVED, ("CY-001", "2026-08"): ON_TIME,
        ("CY-001", "2026-09"): ON_TIME, ("CY-001", "2026-10"): NOT_DUE,
        ("CY-002", "2026-07"): NOT_EXPECTED, ("CY-002", "2026-08"): LATE,
        ("CY-002", "2026-09"): MISSING, ("CY-002", "2026-10"): NOT_DUE,
        ("CY-003", "2026-07"): MISSING, ("CY-003", "2026-08"): MISSING,
        ("CY-003", "2026-09"): NOT_EXPECTED, ("CY-003", "2026-10"): NOT_EXPECTED}
    index = _cell(window, "CY-001", "2026-09")
    assert index.data() == "r2"
    assert "On time (revision 2, received 2026-10-03)" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert _cell(window, "CY-002", "2026-09").data(
        Qt.ItemDataRole.BackgroundRole).color().name() == "#d9453f"
    # September is chosen at first: its figures above the grid, its counts in the legend.
    assert window.month == "2026-09"
    assert window.month_line.text() == (
        "2026-09: expected 2, received 1 (on time 1, late 0, approved 0), missing 1; "
        "reporting rate 50.0%.")
    assert window.legend.labels[MISSING].text() == "Missing 1"
    assert window.legend.labels[NOT_EXPECTED].text() == "Not expected 1"


def test_clicking_a_month_shows_its_figures(window, qtbot):
    header = window.grid_view.horizontalHeader()
    column = window.months.index("2026-08")
    window.grid_view.scrollTo(window.model.index(0, column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 10))
    assert window.month == "2026-08"
    assert window.month_line.text().startswith(
        "2026-08: expected 3, received 2 (on time 1, late 1, approved 0), missing 1")


def test_a_station_page_shows_its_months_and_revisions(window, qtbot):
    index = _cell(window, "CY-001", "2026-09")
    window.grid_view.scrollTo(index)
    centre = window.grid_view.visualRect(index).center()
    # A double click is a press, a release and the double click (QTest sends only the last).
    qtbot.mouseClick(window.grid_view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(window.grid_view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    page = window.station_page
    assert page.isVisible() and page.windowTitle() == "CY-001 望京驿站"
    figures = page.figures
    rows = {figures.item(r, 0).text(): [figures.item(r, c).text() if figures.item(r, c) else ""
                                        for c in range(figures.columnCount())]
            for r in range(figures.rowCount())}
    assert rows["2026-09"][1:4] == ["On time", "310", "77"]
    assert rows["2026-09"][11] == "r2"
    assert rows["2026-07"][1] == "Approved"
    assert rows["2026-10"][1] == "Not due yet" and rows["2026-10"][2] == ""
    revisions = page.revisions
    assert revisions.rowCount() == 2
    assert [revisions.item(r, 0).text() for r in range(2)] == ["r1", "r2"]
    assert revisions.item(1, 1).text() == "r1" and revisions.item(1, 6).text() == "310"
    page.close()


def test_month_report_is_written_with_progress(window, qtbot, tmp_path):
    qtbot.mouseClick(window.report_button, Qt.MouseButton.LeftButton)
    dialog = window.export_dialog
    assert dialog.month.currentText() == "2026-09"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.folder = tmp_path / "out"
    steps = []
    dialog.worker.progress.connect(steps.append)
    with qtbot.waitSignal(dialog.worker.done, timeout=20000):
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
        assert dialog.progress.isVisible() and not dialog.write_button.isEnabled()
    assert steps == ["figures", "xlsx", "pdf", "bundle"]
    assert dialog.result.text() == "Written: CY_2026-09.xlsx, CY_2026-09.pdf, CY_2026-09_r1.zip"
    assert not dialog.progress.isVisible() and dialog.write_button.isEnabled()
    book = openpyxl.load_workbook(tmp_path / "out" / "CY_2026-09.xlsx")
    stations = list(book["Stations"].iter_rows(values_only=True))
    assert stations[1][:3] == ("CY-001", "望京驿站", 310)
    assert stations[2][12] == "not received"
    dialog.close()


def test_register_adds_and_edits_a_station(window, qtbot):
    qtbot.mouseClick(window.register_button, Qt.MouseButton.LeftButton)
    dialog = window.register_dialog
    assert dialog.table.rowCount() == 3
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.code, "cy-010")
    type_text(qtbot, dialog.name, "亮马桥驿站")
    type_text(qtbot, dialog.opened, "2026-09")
    type_text(qtbot, dialog.closed, "2026-01")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert dialog.error.text() == "A station cannot close (2026-01) before it opened (2026-09)."
    assert RegisteredStation.get_or_none(RegisteredStation.code == "CY-010") is None
    dialog.closed.clear()
    type_text(qtbot, dialog.contact, "周丽")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isVisible()
    row = RegisteredStation.get(RegisteredStation.code == "CY-010")
    assert (row.name, row.opened, row.closed, row.contact) == ("亮马桥驿站", "2026-09", None,
                                                               "周丽")
    assert dialog.table.rowCount() == 4
    # Change a station: select it, its code is fixed, the name changes.
    dialog.table.selectRow(0)
    assert dialog.code.text() == "CY-001" and dialog.code.isReadOnly()
    dialog.name.clear()
    type_text(qtbot, dialog.name, "望京西路驿站")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert RegisteredStation.get(RegisteredStation.code == "CY-001").name == "望京西路驿站"
    assert DistrictAudit.select().where(DistrictAudit.action == "register_edit").count() == 2
    dialog.close()
    qtbot.waitUntil(lambda: [s.code for s in window.model.grid.stations][-1] == "CY-010")
    assert window.model.grid.cell("CY-010", "2026-09").state == MISSING


def _drop(window, paths) -> None:
    """Drag files from the file manager and drop them on the window."""
    from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = window.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QCoreApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QCoreApplication.sendEvent(window, drop)


def test_dropping_a_folder_receives_its_bundles_off_the_gui_thread(window, qtbot, tmp_path):
    from tests.support.bundles import make_bundle

    folder = tmp_path / "WeChat Files" / "2026-10"
    (folder / "deep").mkdir(parents=True)
    (folder / "CY-002_2026-09_r1.zip").write_bytes(make_bundle("CY-002", "2026-09", visits=55))
    (folder / "deep" / "CY-001_2026-10_r1.zip").write_bytes(make_bundle("CY-001", "2026-10",
                                                                       complete=False))
    (folder / "deep" / "broken.zip").write_bytes(b"PK\x03\x04 not really")
    steps = []
    window.receiver.progress.connect(steps.append)
    with qtbot.waitSignal(window.receiver.done, timeout=20000):
        _drop(window, [folder])
        assert window.progress.isVisible() and not window.receive_button.isEnabled()
    assert [(number, total) for number, total, _ in steps] == [(1, 3), (2, 3), (3, 3)]
    lines = window.log.toPlainText().splitlines()
    assert lines[0].startswith("CY-002_2026-09_r1.zip: accepted CY-002 2026-09 r1.")
    assert lines[1].startswith("CY-001_2026-10_r1.zip: refused: it is a preview of 2026-10")
    assert lines[2].startswith("broken.zip: refused: The zip file is damaged")
    assert lines[3] == "Done: 1 accepted, 0 already held, 2 refused."
    assert not window.progress.isVisible() and window.receive_button.isEnabled()
    # The grid shows it at once: CY-002's September is in, a little late.
    assert window.model.grid.cell("CY-002", "2026-09").state == LATE
    assert window.month_line.text().startswith("2026-09: expected 2, received 2")
    [held] = window.store.month_submissions("2026-09")[1:]
    assert (held.station.code, held.summary["visits"]) == ("CY-002", 55)


def test_dropping_nothing_receivable_says_so(window, qtbot, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    with qtbot.waitSignal(window.receiver.done, timeout=20000):
        _drop(window, [empty])
    assert window.log.toPlainText() == "No bundle (.zip) found there."


def test_keeper_district_alone_opens_the_window(monkeypatch, tmp_path):
    from keeper import cli
    from keeper.cli.district import window_database

    opened = []
    monkeypatch.setattr("keeper.district.ui.app.run_district_window",
                        lambda folder, db, language=None: opened.append((folder, db)) or 0)
    assert cli.main(["district", "--data-dir", str(tmp_path)]) == 0
    assert cli.main(["district", "--db", "postgresql://x@h/d", "--data-dir", str(tmp_path)]) == 0
    assert opened == [(tmp_path, None), (tmp_path, "postgresql://x@h/d")]
    assert window_database(["status", "--month", "2026-09"]) is False
    assert window_database(["--db=postgresql://a/b"]) == "postgresql://a/b"


def test_a_folder_without_district_is_a_message(gui, capsys, tmp_path):
    from keeper.district.ui.app import run_district_window

    assert run_district_window(tmp_path / "nothing", language="en") == 1
    assert capsys.readouterr().err == (
        f"There is no district in {tmp_path / 'nothing'} yet: run keeper district init "
        "first.\n")


def test_a_finding_is_explained_from_the_station_page(window, qtbot):
    from keeper.district.models import Finding

    Finding.create(month="2026-09", station_code="CY-001", rule="outlier", figure="visits",
                   value="310", expected="180–260", found_at="2026-10-06T09:00:00+08:00")
    window.open_station(_cell(window, "CY-001", "2026-09"))
    page = window.station_page
    assert page.tabs.tabText(2) == "Findings (1)"
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.explain_button, Qt.MouseButton.LeftButton)
    assert page.explain_error.text() == "Choose the finding to explain in the list."
    page.findings.selectRow(0)
    qtbot.mouseClick(page.explain_button, Qt.MouseButton.LeftButton)
    assert page.explain_error.text() == (
        "Say what explains the finding: the note is kept with it.")
    type_text(qtbot, page.note, "国庆期间骑手多")
    qtbot.mouseClick(page.explain_button, Qt.MouseButton.LeftButton)
    assert not page.explain_error.isVisible()
    row = Finding.get(Finding.station_code == "CY-001")
    assert row.explained_at and row.note == "国庆期间骑手多"
    assert page.findings.item(0, 1).text() == "far from its last months"
    assert page.findings.item(0, 5).text() == "yes: 国庆期间骑手多"
    assert DistrictAudit.select().where(DistrictAudit.action == "explain").count() == 1
    page.close()


def test_chart_ticks_are_short_and_distinct():
    from keeper.district.grid import recent_months
    from keeper.district.ui.station_page import month_ticks

    ticks = month_ticks(recent_months(24, "2026-10"))
    assert len(set(ticks)) == 24
    assert [t.replace("\u200b", "") for t in ticks[:4]] == ["11", "12", "25/1", "2"]


def test_a_month_is_approved_and_reopened_from_the_window(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def answer(reply):
        def question(parent, title, text):
            asked.append((title, text))
            return reply
        monkeypatch.setattr(QMessageBox, "question", question)

    assert window.approve_button.text() == "Approve 2026-09…"
    answer(QMessageBox.StandardButton.No)
    qtbot.mouseClick(window.approve_button, Qt.MouseButton.LeftButton)
    assert not window.store.is_approved("2026-09")
    answer(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.approve_button, Qt.MouseButton.LeftButton)
    assert window.store.is_approved("2026-09")
    assert asked[-1] == ("Approve 2026-09", "Approve 2026-09? Its reports become final: a new "
                         "revision is refused until the month is reopened.")
    assert window.model.grid.cell("CY-001", "2026-09").state == APPROVED
    assert window.month_line.text().startswith(
        "2026-09: expected 2, received 1 (on time 0, late 0, approved 1)")
    assert window.approve_button.text() == "Reopen 2026-09…"
    qtbot.mouseClick(window.approve_button, Qt.MouseButton.LeftButton)
    assert not window.store.is_approved("2026-09")
    assert window.model.grid.cell("CY-001", "2026-09").state == ON_TIME
    assert [a.action for a in DistrictAudit.select().order_by(DistrictAudit.id)] == [
        "approve", "reopen"]
