"""The Appeals screen driven like an attendant: record, refer, resolve, follow up."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from keeper.core import appeal_rows, appeals
from keeper.core.appeals import NewAppeal
from keeper.core.directory import VisitorDetails
from keeper.store.models import AuditEntry
from keeper.store.records import Appeal
from tests.gui.conftest import drive, type_text

LEFT = Qt.MouseButton.LeftButton
D = date.fromisoformat




@pytest.fixture
def people(register, station, pinned_now):
    return register(lee=VisitorDetails(name="李映旺", phone="13812345678"),
                    wang=VisitorDetails(name="王芳", phone="13900001111", group="courier"))


@pytest.fixture
def screen(app, people, show):
    from keeper.ui.appeals.screen import AppealsScreen

    return show(AppealsScreen())


def test_an_empty_screen_says_what_to_do(screen):
    assert screen.list_stack.currentWidget() is screen.empty
    assert "No appeals yet" in screen.empty.text()
    assert screen.detail_stack.currentIndex() == 0


def test_record_an_appeal_and_take_it_through_every_step(screen, people, qtbot, monkeypatch):
    from keeper.ui.appeals.dialogs import RecordAppealDialog, StepDialog

    def record(dialog):
        dialog.visitor.search.setFocus()
        qtbot.keyClicks(dialog.visitor.search, "lyw")
        qtbot.keyClick(dialog.visitor.search, Qt.Key.Key_Return)
        assert dialog.visitor.visitor.name == "李映旺"
        assert dialog.group.currentData() == "rider"  # the group follows the visitor
        dialog.category.setCurrentIndex(dialog.category.findData("access"))
        dialog.urgency.setCurrentIndex(dialog.urgency.findData("high"))
        dialog.day.setDate(QDate(2026, 10, 2))
        type_text(qtbot, dialog.description, "望京花园小区保安不让骑手进，只能让顾客下楼取")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)

    drive(monkeypatch, RecordAppealDialog, record)
    qtbot.mouseClick(screen.record_button, LEFT)
    row = Appeal.get()
    assert (row.date, row.visitor_id, row.group_code, row.category_id, row.urgency,
            row.description, row.status) == (
        "2026-10-02", people["lee"], "rider", "access", "high",
        "望京花园小区保安不让骑手进，只能让顾客下楼取", "recorded")
    assert screen.selected_id() == row.id and screen.model.rowCount() == 1
    assert not screen.follow_up_button.isEnabled()

    def step(day, text=None, satisfied=None):
        def fill(dialog):
            dialog.day.setDate(QDate(*day))
            if satisfied is not None:
                qtbot.mouseClick(dialog.satisfied_yes if satisfied else dialog.satisfied_no, LEFT)
            if text:
                type_text(qtbot, dialog.text, text)
            qtbot.mouseClick(dialog.ok, LEFT)
        return fill

    drive(monkeypatch, StepDialog, step((2026, 10, 5), "望京街道综治办"))
    qtbot.mouseClick(screen.refer_button, LEFT)
    drive(monkeypatch, StepDialog, step((2026, 10, 12), "物业同意骑手登记后进入"))
    qtbot.mouseClick(screen.resolve_button, LEFT)
    assert screen.follow_up_button.isEnabled() and not screen.resolve_button.isEnabled()
    drive(monkeypatch, StepDialog, step((2026, 10, 15), "已能正常进小区", satisfied=True))
    qtbot.mouseClick(screen.follow_up_button, LEFT)

    row = Appeal.get_by_id(row.id)
    assert (row.status, row.referred_to, row.referred_on, row.resolution, row.resolved_on,
            row.followed_up_on, row.satisfied, row.follow_up_note) == (
        "followed_up", "望京街道综治办", "2026-10-05", "物业同意骑手登记后进入", "2026-10-12",
        "2026-10-15", True, "已能正常进小区")
    timeline = screen.timeline.text()
    for text in ("2026-10-02", "2026-10-05", "望京街道综治办", "2026-10-12", "Satisfied"):
        assert text in timeline
    assert screen.model.data(screen.model.index(0, 5)) == "Followed up"
    assert not any(b.isEnabled() for b in (screen.refer_button, screen.resolve_button,
                                           screen.follow_up_button))
    log = list(AuditEntry.select().where(AuditEntry.entity == "appeal").order_by(AuditEntry.id))
    assert [e.action for e in log] == ["create", "refer", "resolve", "follow-up"]
    assert not any("李映旺" in (e.new or "") or "小区" in (e.new or "") for e in log)


def test_an_anonymous_appeal_resolved_without_referral(screen, qtbot, monkeypatch):
    from keeper.ui.appeals.dialogs import RecordAppealDialog, StepDialog

    def record(dialog):
        dialog.group.setCurrentIndex(dialog.group.findData("truck"))
        dialog.category.setCurrentIndex(dialog.category.findData("parking_rest"))
        type_text(qtbot, dialog.description, "货车夜间没地方停车休息")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)

    drive(monkeypatch, RecordAppealDialog, record)
    qtbot.mouseClick(screen.record_button, LEFT)

    def resolve(dialog):
        type_text(qtbot, dialog.text, "协调了夜间停车场")
        qtbot.mouseClick(dialog.ok, LEFT)

    drive(monkeypatch, StepDialog, resolve)
    qtbot.mouseClick(screen.resolve_button, LEFT)
    row = Appeal.get()
    assert (row.visitor_id, row.group_code, row.status, row.referred_on, row.resolved_on) == (
        None, "truck", "resolved", None, "2026-10-15")
    assert "Anonymous Truck driver" in screen.model.data(screen.model.index(0, 3))
    assert "skipped" in screen.timeline.text()


def test_bad_input_is_said_and_nothing_is_stored(screen, qtbot, monkeypatch):
    from keeper.ui.appeals.dialogs import RecordAppealDialog, StepDialog

    def empty(dialog):
        dialog.day.setDate(QDate(2026, 10, 20))  # the future cannot even be chosen
        assert dialog.day.date() == QDate(2026, 10, 15)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
        label = dialog.errors.labels["description"]
        assert label.isVisible() and "Describe the problem" in label.text()
        assert dialog.isVisible()
        dialog.reject()

    drive(monkeypatch, RecordAppealDialog, empty)
    assert screen.record() is None
    assert Appeal.select().count() == 0

    appeal_id = appeals.record_appeal(NewAppeal("没地方充电", day=D("2026-10-10")))
    screen.refresh()
    screen.select(appeal_id)

    def too_early(dialog):
        dialog.day.setDate(QDate(2026, 10, 9))
        type_text(qtbot, dialog.text, "社区")
        qtbot.mouseClick(dialog.ok, LEFT)
        label = dialog.errors.labels["day"]
        assert label.isVisible() and "before the step before it (2026-10-10)" in label.text()
        dialog.reject()

    drive(monkeypatch, StepDialog, too_early)
    qtbot.mouseClick(screen.refer_button, LEFT)

    def unanswered(dialog):  # a follow-up must say satisfied or not
        qtbot.mouseClick(dialog.ok, LEFT)
        assert "satisfied" in dialog.errors.labels["satisfied"].text()
        dialog.reject()

    appeals.resolve_appeal(appeal_id, "ok")
    screen.refresh()
    drive(monkeypatch, StepDialog, unanswered)
    qtbot.mouseClick(screen.follow_up_button, LEFT)
    row = Appeal.get_by_id(appeal_id)
    assert (row.status, row.referred_on, row.followed_up_on) == ("resolved", None, None)


def test_overdue_rows_are_flagged_and_filters_work(screen, people, qtbot):
    from keeper.ui.appeals.model import OVERDUE_COLOUR, STATUS

    old = appeals.record_appeal(NewAppeal("小区不让骑手进", category="access",
                                          visitor_id=people["lee"], day=D("2026-09-20")))
    fresh = appeals.record_appeal(NewAppeal("保险太贵", category="insurance",
                                            day=D("2026-10-10")))
    solved = appeals.record_appeal(NewAppeal("饮水机坏了", category="facilities",
                                             day=D("2026-09-01")))
    appeals.resolve_appeal(solved, "修好了", D("2026-09-03"))
    screen.refresh()
    assert screen.model.rowCount() == 3
    row = screen.model.row_of(old)
    assert screen.model.data(screen.model.index(row, STATUS)) == "Recorded · overdue 11 d"
    assert screen.model.data(screen.model.index(row, STATUS),
                             Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert screen.model.data(screen.model.index(screen.model.row_of(fresh), STATUS),
                             Qt.ItemDataRole.ForegroundRole) is None
    assert "1 overdue" in screen.count_label.text()
    screen.select(old)
    assert "overdue by 11 days" in screen.heading.text()

    qtbot.mouseClick(screen.overdue_only, LEFT)
    assert [screen.model.row(i).id for i in range(screen.model.rowCount())] == [old]
    qtbot.mouseClick(screen.overdue_only, LEFT)
    screen.status.setCurrentIndex(screen.status.findData("open"))
    assert screen.model.rowCount() == 2
    screen.status.setCurrentIndex(0)
    screen.category.setCurrentIndex(screen.category.findData("insurance"))
    assert [screen.model.row(i).id for i in range(screen.model.rowCount())] == [fresh]
    screen.category.setCurrentIndex(0)
    qtbot.keyClicks(screen.search, "lyw")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=2000)
    screen.search.clear()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3, timeout=2000)

    screen.limit.setValue(30)  # the station allows a month
    assert appeals.overdue_days() == 30
    assert "0 overdue" in screen.count_label.text()
    assert AuditEntry.get(AuditEntry.entity == "setting").new == "30"


def test_void_restore_and_take_back_a_step(screen, qtbot, monkeypatch):
    from keeper.ui.widgets.reason_dialog import ReasonDialog

    appeal_id = appeals.record_appeal(NewAppeal("重复登记的问题", day=D("2026-10-03")))
    appeals.refer_appeal(appeal_id, "社区", D("2026-10-04"))
    screen.refresh()
    screen.select(appeal_id)

    def give(reason):
        def fill(dialog):
            qtbot.mouseClick(dialog.ok, LEFT)  # no reason: refused
            assert dialog.error.isVisible()
            type_text(qtbot, dialog.reason, reason)
            qtbot.mouseClick(dialog.ok, LEFT)
        return fill

    drive(monkeypatch, ReasonDialog, give("点错了"))
    qtbot.mouseClick(screen.undo_button, LEFT)
    assert Appeal.get_by_id(appeal_id).status == "recorded"
    drive(monkeypatch, ReasonDialog, give("登记重复"))
    qtbot.mouseClick(screen.void_button, LEFT)
    assert Appeal.get_by_id(appeal_id).voided_at is not None
    assert screen.status.currentData() == "voided"  # kept in sight, marked
    assert screen.selected_id() == appeal_id and screen.void_button.text() == "Restore…"
    assert not screen.refer_button.isEnabled() and "voided" in screen.heading.text()
    drive(monkeypatch, ReasonDialog, give("误操作"))
    qtbot.mouseClick(screen.void_button, LEFT)
    assert Appeal.get_by_id(appeal_id).voided_at is None
    actions = [e.action for e in AuditEntry.select().where(AuditEntry.entity == "appeal")
               .order_by(AuditEntry.id)]
    assert actions == ["create", "refer", "undo-step", "void", "restore"]


def test_correct_an_appeal(screen, qtbot, monkeypatch):
    from keeper.ui.appeals.dialogs import RecordAppealDialog

    appeal_id = appeals.record_appeal(NewAppeal("保险", category="other"))
    screen.refresh()
    screen.select(appeal_id)

    def fix(dialog):
        assert dialog.description.toPlainText() == "保险"
        dialog.category.setCurrentIndex(dialog.category.findData("insurance"))
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
        assert "reason" in dialog.errors.labels["reason"].text()
        type_text(qtbot, dialog.reason, "分类错了")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)

    drive(monkeypatch, RecordAppealDialog, fix)
    qtbot.mouseClick(screen.correct_button, LEFT)
    assert Appeal.get_by_id(appeal_id).category_id == "insurance"


def test_add_a_category(screen, qtbot, monkeypatch):
    from keeper.ui.appeals.categories import VocabularyDialog

    def add(dialog):
        type_text(qtbot, dialog.name_zh, "充电难")
        qtbot.keyClicks(dialog.name_en, "Charging")
        qtbot.mouseClick(dialog.add_button, LEFT)
        assert dialog.table.rowCount() == 8
        qtbot.mouseClick(dialog.add_button, LEFT)  # empty now: refused, said
        assert dialog.error.isVisible()
        dialog.accept()

    drive(monkeypatch, VocabularyDialog, add)
    qtbot.mouseClick(screen.categories_button, LEFT)
    assert screen.category.findData("charging") > 0


def test_the_appeal_model_keeps_qts_contract(qtmodeltester, app, people):
    from keeper.ui.appeals.model import AppealTableModel

    appeals.record_appeal(NewAppeal("问题一", visitor_id=people["lee"]))
    appeals.record_appeal(NewAppeal("问题二", urgency="high"))
    model = AppealTableModel()
    qtmodeltester.check(model)
    model.set_rows(appeal_rows.appeal_rows())
    qtmodeltester.check(model)
