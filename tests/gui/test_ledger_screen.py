"""The ledger screen: filters, totals, sorting, corrections; the table model's contract."""
from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt

from keeper.core import ledger
from keeper.core.ledger import NewVisit
from keeper.core.ledger_query import VisitFilter
from keeper.core.visitors import visitor_hit
from keeper.store.models import Visitor
from tests.gui.conftest import type_text

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def visits(db, station, pinned_now):
    lee = Visitor.create(name="李映旺", phone="13812345678", member_no="M000001", group="rider",
                         created_at="x")
    made = {
        "today": ledger.log_visit(NewVisit(services=["water"], group="rider", count=2,
                                           visitor_id=lee.id)),
        "monday": ledger.log_visit(NewVisit(services=["rest", "water"], group="courier",
                                            day=date(2026, 10, 12), at=time(9, 0),
                                            note="雨天避雨")),
        "first": ledger.log_visit(NewVisit(services=["repair"], group="truck",
                                           day=date(2026, 10, 1), count=3)),
        "september": ledger.log_visit(NewVisit(services=["toilet"], group="citizen",
                                               day=date(2026, 9, 20))),
    }
    ledger.void_visit(ledger.log_visit(NewVisit(services=["water"], day=date(2026, 10, 2))),
                      "double")
    return made


@pytest.fixture
def screen(app, visits, show):
    from keeper.ui.ledger.screen import LedgerScreen

    return show(LedgerScreen(), (1200, 700))


def shown_ids(screen):
    model = screen.table.model
    return [model.visit_id(row) for row in range(model.rowCount())]


def test_opens_on_this_month_newest_first_with_totals(screen, visits):
    assert shown_ids(screen)[:3] == [visits["today"], visits["monday"], shown_ids(screen)[2]]
    assert visits["september"] not in shown_ids(screen)
    assert len(shown_ids(screen)) == 4  # three of October and the voided one
    text = screen.totals_label.text()
    assert "4 entries, 6 visits" in text and "1 voided" in text
    assert "Drinking water 3" in text and "Repair 3" in text


def test_period_filters(screen, visits):
    screen.period.setCurrentIndex(screen.period.findData("today"))
    assert shown_ids(screen) == [visits["today"]]
    screen.period.setCurrentIndex(screen.period.findData("week"))  # Mon 12th to Thu 15th
    assert shown_ids(screen) == [visits["today"], visits["monday"]]
    screen.period.setCurrentIndex(screen.period.findData("last_month"))
    assert shown_ids(screen) == [visits["september"]]
    screen.period.setCurrentIndex(screen.period.findData("range"))
    assert screen.first.isEnabled()
    screen.first.setDate(screen.first.date().addDays(-30))
    assert visits["september"] in shown_ids(screen)
    screen.period.setCurrentIndex(screen.period.findData("all"))
    assert len(shown_ids(screen)) == 5


def test_service_group_text_visitor_and_voided_filters(screen, visits, qtbot):
    screen.service.setCurrentIndex(screen.service.findData("water"))
    assert set(shown_ids(screen)) == {visits["today"], visits["monday"],
                                      shown_ids(screen)[-1]}
    screen.include_voided.setChecked(False)
    assert shown_ids(screen) == [visits["today"], visits["monday"]]
    assert "2 entries, 3 visits" in screen.totals_label.text()
    screen.group.setCurrentIndex(screen.group.findData("courier"))
    assert shown_ids(screen) == [visits["monday"]]
    screen.service.setCurrentIndex(0)
    screen.group.setCurrentIndex(0)
    type_text(qtbot, screen.text, "避雨")
    qtbot.waitUntil(lambda: shown_ids(screen) == [visits["monday"]], timeout=2000)
    screen.text.clear()
    qtbot.waitUntil(lambda: len(shown_ids(screen)) == 3, timeout=2000)
    screen.visitor.set_visitor(visitor_hit(Visitor.select().first().id))
    assert shown_ids(screen) == [visits["today"]]
    assert "138****5678" in screen.table.model.data(screen.table.model.index(0, 5))


def test_sorting_by_a_column(screen, visits):
    header = screen.table.view.horizontalHeader()
    screen.table.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # count
    assert shown_ids(screen)[0] == visits["first"]
    assert header.sortIndicatorSection() == 4
    screen.table.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown_ids(screen)[0] == visits["first"]
    assert shown_ids(screen)[-1] == visits["today"]


def test_void_from_the_ledger_updates_the_totals(screen, visits, qtbot, monkeypatch):
    from keeper.ui.ledger.dialogs import VoidVisitDialog

    def act(dialog):
        type_text(qtbot, dialog.reason, "写错了")
        qtbot.mouseClick(dialog.ok, LEFT)

    monkeypatch.setattr(VoidVisitDialog, "exec", lambda self: (self.show(), act(self),
                                                               self.result())[-1])
    screen.table.select_id(visits["first"])
    qtbot.mouseClick(screen.table.void_button, LEFT)
    assert "2 voided" in screen.totals_label.text()
    assert "3 visits" in screen.totals_label.text()


def test_the_model_keeps_qts_contract(qtmodeltester, app, visits):
    from keeper.ui.ledger.model import VisitTableModel

    model = VisitTableModel(VisitFilter())
    qtmodeltester.check(model)
    model.set_filter(VisitFilter(service="water"))
    qtmodeltester.check(model)
    model.prepend(visits["september"])
    qtmodeltester.check(model)


def test_an_empty_list_stays_put_until_it_has_rows(app, visits):
    """From one empty filter to another nothing shown changes: no reset (the Visitors
    screen does this at every keystroke for people who never came), still ``loaded``;
    a filter with rows resets as before."""
    from keeper.ui.ledger.model import VisitTableModel

    model = VisitTableModel(VisitFilter(visitor_id=9001))
    resets, loaded = [], []
    model.modelReset.connect(lambda: resets.append(True))
    model.loaded.connect(lambda: loaded.append(True))
    model.set_filter(VisitFilter(visitor_id=9002))
    assert model.rowCount() == 0 and not resets and loaded == [True]
    assert model.visit_filter.visitor_id == 9002
    lee = Visitor.get(Visitor.name == "李映旺").id
    model.set_filter(VisitFilter(visitor_id=lee))
    assert resets == [True] and model.visit_id(0) == visits["today"]
    model.set_filter(VisitFilter(visitor_id=9002))
    assert resets == [True, True] and model.rowCount() == 0


def test_a_long_list_arrives_from_a_worker_thread(app, station, qtbot, pinned_now):
    """More rows than are read at once: the first come at once, the rest and the totals
    follow from a worker thread, and a visit logged meanwhile is not lost."""
    from keeper.store.models import database
    from keeper.ui.ledger import model as visit_model
    from keeper.ui.ledger.screen import LedgerScreen

    rows = visit_model.FIRST + 700
    conn = database.connection()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO visit (id, date, time, group_code, count, note, created_at, changed_at) "
        "VALUES (?, '2026-10-14', '10:00', 'rider', 2, '', 'x', 'x')",
        [(i,) for i in range(1, rows + 1)])
    conn.executemany("INSERT INTO visit_service VALUES (?, 'water')",
                     [(i,) for i in range(1, rows + 1)])
    conn.execute("COMMIT")
    screen = LedgerScreen()
    qtbot.addWidget(screen)
    model = screen.table.model
    assert model.rowCount() == visit_model.FIRST and not model.complete
    qtbot.waitUntil(lambda: model.complete, timeout=5000)
    assert model.rowCount() == rows
    qtbot.waitUntil(lambda: "visits" in screen.totals_label.text(), timeout=5000)
    assert f"{rows} entries, {2 * rows} visits" in screen.totals_label.text()
    assert model.visit_id(rows - 1) == 1  # the oldest, last

    log_model = visit_model.VisitTableModel(VisitFilter(), sort="entered")
    new_id = ledger.log_visit(NewVisit(services=["rest"]))
    log_model.prepend(new_id)
    qtbot.waitUntil(lambda: log_model.complete, timeout=5000)
    assert log_model.visit_id(0) == new_id and log_model.rowCount() == rows + 1


def test_a_long_lists_rest_waits_for_the_painted_screenful_not_the_column_fit(
        app, station, qtbot, show, pinned_now):
    """Sizing the columns reads the first rows before anything is painted: the rest of a
    long list and its totals still wait for the table's first paint (a worker started
    earlier fights that paint for Python's lock), then arrive."""
    from PySide6.QtWidgets import QApplication

    from keeper.store.models import database
    from keeper.ui.ledger import model as visit_model
    from keeper.ui.ledger.screen import LedgerScreen

    rows = visit_model.FIRST + 10
    conn = database.connection()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO visit (id, date, time, group_code, count, note, created_at, changed_at) "
        "VALUES (?, '2026-10-14', '10:00', 'rider', 1, '', 'x', 'x')",
        [(i,) for i in range(1, rows + 1)])
    conn.executemany("INSERT INTO visit_service VALUES (?, 'water')",
                     [(i,) for i in range(1, rows + 1)])
    conn.execute("COMMIT")
    screen = LedgerScreen()
    model = screen.table.model
    assert model.visit(0).date == "2026-10-14"  # the columns were fitted to read rows
    QApplication.processEvents()  # nothing painted yet: nothing released
    assert model.reader.holding and not model.complete
    assert screen.totals_label.text() == "Counting…"
    show(screen, (1200, 700))
    qtbot.waitUntil(lambda: model.complete and "visits" in screen.totals_label.text(),
                    timeout=5000)
    assert model.rowCount() == rows
    assert f"{rows} entries, {rows} visits" in screen.totals_label.text()


def test_held_reads_start_after_the_first_paint_or_soon_anyway(app, station, qtbot):
    """A long list's rest waits until its first screenful is painted (so the worker does not
    slow that paint); a newer request replaces a held one; unpainted, it starts anyway."""
    from keeper.ui.background import BackgroundReader

    reader = BackgroundReader()
    got = []
    reader.finished.connect(lambda generation, result: got.append((generation, result)))
    reader.start(1, lambda conn: "stale", after_paint=True)
    reader.start(2, lambda conn: conn.execute("SELECT 40 + 2").fetchone()[0], after_paint=True)
    assert reader.holding and not got
    reader.painting()
    qtbot.waitUntil(lambda: bool(got), timeout=2000)
    assert got == [(2, 42)] and not reader.holding

    reader.start(3, lambda conn: "nobody painted", after_paint=True)
    qtbot.waitUntil(lambda: len(got) == 2, timeout=BackgroundReader.HOLD_MS + 2000)
    assert got[1] == (3, "nobody painted")


def test_a_painted_cell_gets_its_text_alignment_and_voided_look_in_one_call(app, station,
                                                                           pinned_now):
    """What the delegate paints comes through multiData (one call per cell): the same text,
    alignment, strike-out and colours as data() gives role by role."""
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    from keeper.ui.ledger import model as visit_model

    kept = ledger.log_visit(NewVisit(services=["water"], count=3))
    voided = ledger.log_visit(NewVisit(services=["rest"], note="typed twice"))
    ledger.void_visit(voided, "a duplicate")
    model = visit_model.VisitTableModel(VisitFilter(), sort="entered")
    model.highlighted = kept
    delegate = QStyledItemDelegate()

    def painted(visit_id: int, column: int) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, model.index(model.row_of(visit_id), column))
        return option

    count = painted(kept, visit_model.COUNT)
    assert count.text == "3" and count.displayAlignment & Qt.AlignmentFlag.AlignRight
    assert not count.font.strikeOut()
    assert count.backgroundBrush.color().name() == "#d3f9d8"  # just logged
    note = painted(voided, visit_model.NOTE)
    assert note.text == "typed twice" and note.font.strikeOut()
    assert note.palette.text().color().name() == "#868e96"
    assert note.backgroundBrush.style() == Qt.BrushStyle.NoBrush
    state = painted(voided, visit_model.STATE)
    assert state.text == "Voided: a duplicate" and not state.font.strikeOut()
    for column in range(model.columnCount()):  # both ways agree, cell by cell
        index = model.index(model.row_of(voided), column)
        assert painted(voided, column).text == model.data(index)
