"""The import dialog: preview, rejected rows, import, cancel, history and undo."""
from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt, QTimer

from keeper.core.importing import import_batches
from keeper.store.models import ImportBatch, Visit, Visitor

LEFT = Qt.MouseButton.LeftButton
HEADER = ("登记日期", "到站时间", "手机号", "身份", "服务内容", "人次", "天气")

pytestmark = pytest.mark.usefixtures("pinned_now")


def write(path, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["望京驿站台账", "", "", "", "", "", ""])  # a title row above
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


GOOD = [["2026-10-03", "14:05", "13812345678", "外卖员", "喝水、休息", "1", "晴"],
        ["2026/10/4", "9:05", "", "学生", "修车", "2", ""],
        ["2026年10月5日", "", "", "", "如厕", "", ""]]
BAD = [["2026-10-06", "", "", "", "唱歌", "", ""],
       ["2026-13-01", "", "", "", "喝水", "", ""]]


@pytest.fixture
def dialog(app, qtbot):
    from keeper.ui.ledger.import_dialog import ImportDialog

    widget = ImportDialog()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def texts(table, column):
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_preview_shows_columns_rows_rejects_and_warnings(dialog, qtbot, tmp_path):
    chosen = write(tmp_path / "台账.csv", GOOD + BAD)
    dialog.choose_file = lambda: str(chosen)
    qtbot.mouseClick(dialog.choose_button, LEFT)
    assert dialog.file_edit.text() == str(chosen)
    assert texts(dialog.columns_table, 0) == list(HEADER)
    assert texts(dialog.columns_table, 1) == ["date", "time", "phone", "group", "services",
                                              "count", "ignored"]
    assert texts(dialog.preview_table, 0) == ["3", "4", "5"]
    assert texts(dialog.preview_table, 4) == ["Drinking water, Rest", "Repair", "Toilet"]
    assert dialog.preview_table.item(0, 6).text() == "138****5678"
    assert texts(dialog.rejects_table, 0) == ["6", "7"]
    assert texts(dialog.rejects_table, 1) == ['unknown service "唱歌"',
                                              'the date "2026-13-01" does not exist']
    assert "服务内容: 唱歌" in dialog.rejects_table.item(0, 2).text()
    assert dialog.tabs.currentWidget() is dialog.rejects_table
    assert dialog.tabs.tabText(2) == "Rejected rows (2)"
    assert dialog.warnings_list.count() == 1 and "学生" in dialog.warnings_list.item(0).text()
    assert "row 2" in dialog.source.text() and "Rejected: 2" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()  # all or nothing
    assert Visit.select().count() == 0


def test_skip_bad_imports_the_good_rows_and_saves_the_rejects(dialog, qtbot, tmp_path):
    dialog.load(write(tmp_path / "台账.csv", GOOD + BAD))
    dialog.skip_bad.setChecked(True)
    assert dialog.import_button.isEnabled()
    out = tmp_path / "rejected.csv"
    dialog.choose_rejects_file = lambda: str(out)
    with qtbot.waitSignal(dialog.visits_changed):
        qtbot.mouseClick(dialog.import_button, LEFT)
    assert Visit.select().count() == 3
    assert Visitor.get().phone == "13812345678"
    assert "Imported 3 rows" in dialog.status.text() and str(out) in dialog.status.text()
    assert "唱歌" in out.read_text(encoding="utf-8-sig")
    assert not dialog.import_button.isEnabled()
    assert texts(dialog.history_table, 1) == ["台账.csv"]


def test_import_all_then_undo_from_the_history(dialog, qtbot, tmp_path):
    path = write(tmp_path / "ledger.csv", GOOD)
    dialog.load(path)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert Visit.select().where(Visit.voided_at.is_null()).count() == 3
    dialog.load(path)
    assert "Ready to import: 0" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()

    dialog.tabs.setCurrentIndex(4)
    assert not dialog.undo_button.isEnabled()
    dialog.history_table.selectRow(0)
    asked = []
    dialog.confirm = lambda text: asked.append(text) or False  # "No"
    qtbot.mouseClick(dialog.undo_button, LEFT)
    assert asked and Visit.select().where(Visit.voided_at.is_null()).count() == 3
    dialog.confirm = lambda text: True
    with qtbot.waitSignal(dialog.visits_changed):
        qtbot.mouseClick(dialog.undo_button, LEFT)
    assert Visit.select().where(Visit.voided_at.is_null()).count() == 0
    assert import_batches()[0].undone_at is not None
    assert "undone" in dialog.status.text()
    assert dialog.history_table.item(0, 4).text()  # when it was undone
    assert not dialog.undo_button.isEnabled()
    assert "Ready to import: 3" in dialog.summary.text()  # the file can be imported again


def test_cancel_during_the_import_stores_nothing(dialog, qtbot, tmp_path):
    rows = [[f"2026-{m:02d}-{d:02d}", "", f"1390000{n:04d}", "", "喝水", "", ""]
            for n, (m, d) in enumerate((m, d) for m in range(1, 10) for d in range(1, 28))]
    dialog.load(write(tmp_path / "big.csv", rows * 12))
    assert dialog.result.new_rows == len(rows) * 12
    assert dialog.close_button.text() == "Close"
    seen = []
    # Clicked while the import runs: the button then says Cancel.
    QTimer.singleShot(0, lambda: (seen.append(dialog.close_button.text()),
                                  dialog.close_button.click()))
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert seen == ["Cancel"]
    assert "cancelled" in dialog.status.text()
    assert Visit.select().count() == Visitor.select().count() == ImportBatch.select().count() == 0
    assert dialog.isVisible() and dialog.import_button.isEnabled()


def test_a_file_that_cannot_be_read_is_said_in_the_dialog(dialog, tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("姓名,备注\n张三,x\n", encoding="utf-8")
    dialog.load(path)
    assert "has no 日期 (date), 服务项目 (services) column" in dialog.status.text()
    assert dialog.columns_table.rowCount() == 0 and not dialog.import_button.isEnabled()


def test_an_undone_imports_reason_reads_in_chinese(app, station, tmp_path):
    """keeper's own reason "import undone" is shown in the window's language, in the ledger
    and the workbook."""
    from openpyxl import load_workbook

    from keeper import i18n
    from keeper.core.importing import UNDO_REASON, import_ledger, undo_import
    from keeper.reports.export import export_month
    from keeper.core.ledger_query import VisitFilter
    from keeper.ui.ledger.model import IMPORT_UNDONE, STATE, VisitTableModel

    assert IMPORT_UNDONE == UNDO_REASON
    batch = import_ledger(write(tmp_path / "ledger.csv", GOOD[:1]))
    undo_import(batch.batch_id)
    i18n.install_translators("zh_CN")
    try:
        model = VisitTableModel(VisitFilter())
        state = model.data(model.index(0, STATE))
        assert state == "已作废：导入已撤销", state
    finally:
        i18n.install_translators("en")
    # The station's full copy carries reasons (the district's carries no free text).
    book = export_month("2026-10", tmp_path / "out", ["xlsx"], language="zh_CN",
                        full_details=True).files[0]
    cells = [c.value for row in load_workbook(book)["台账"].iter_rows() for c in row]
    assert "导入已撤销" in cells and UNDO_REASON not in cells
