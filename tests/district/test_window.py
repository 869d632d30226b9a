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
