"""The Activities screen driven like an attendant: activities with participants, teams."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from keeper.core import activities
from keeper.core.activities import NewActivity
from keeper.core.teams import member_history
from keeper.store.models import AuditEntry
from keeper.store.records import Activity, ActivityParticipant, Team, TeamMember
from tests.gui.conftest import drive, type_text

LEFT = Qt.MouseButton.LeftButton
D = date.fromisoformat




@pytest.fixture
def people(register, station, pinned_now):
    return register(("李映旺", "13812345678"), ("王芳", "13900001111"), ("欧阳明", "13500004444"))


@pytest.fixture
def screen(app, people, show):
    from keeper.ui.activities.screen import ActivitiesScreen

    return show(ActivitiesScreen())


def pick(qtbot, picker, text: str) -> None:
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, text)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)


def test_empty_tabs_say_what_to_do(screen):
    panel = screen.activities
    assert panel.list_stack.currentWidget() is panel.empty
    assert "No activities yet" in panel.empty.text()
    assert screen.teams.stack.currentWidget() is screen.teams.no_teams


def test_record_an_activity_with_participants_and_others(screen, people, qtbot, monkeypatch,
                                                         tmp_path):
    from keeper.ui.activities.dialogs import RecordActivityDialog

    photo = tmp_path / "patrol.png"
    from PySide6.QtGui import QColor, QImage

    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#74c0fc"))
    assert image.save(str(photo))

    def record(dialog):
        dialog.day.setDate(QDate(2026, 10, 10))
        dialog.type.setCurrentIndex(dialog.type.findData("patrol"))
        type_text(qtbot, dialog.title, "望京西路夜间巡防")
        pick(qtbot, dialog.participants.picker, "lyw")
        pick(qtbot, dialog.participants.picker, "1111")
        pick(qtbot, dialog.participants.picker, "oym")
        pick(qtbot, dialog.participants.picker, "lyw")  # twice: listed once
        assert dialog.participants.list.count() == 3
        dialog.participants.list.setCurrentRow(2)
        qtbot.mouseClick(dialog.participants.remove_button, LEFT)
        dialog.others.setValue(2)
        dialog.hours.setValue(2.5)
        dialog.helped.setValue(3)
        assert "4 participants · 10 volunteer hours" in dialog.totals.text()
        type_text(qtbot, dialog.story, "帮助走失老人回家")
        dialog.photo.setText(str(photo))
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)

    drive(monkeypatch, RecordActivityDialog, record)
    qtbot.mouseClick(screen.activities.record_button, LEFT)
    row = Activity.get()
    assert (row.date, row.type_id, row.title, row.other_participants, row.hours,
            row.people_helped, row.story, row.photo_path) == (
        "2026-10-10", "patrol", "望京西路夜间巡防", 2, 2.5, 3, "帮助走失老人回家",
        str(photo.resolve()))
    assert sorted(p.visitor_id for p in ActivityParticipant.select()) == [
        people["李映旺"], people["王芳"]]
    panel = screen.activities
    assert panel.selected_id() == row.id
    assert "4 participants (2 registered, 2 others)" in panel.details.text()
    assert "李映旺" in panel.details.text() and "139****1111" in panel.details.text()
    assert panel.photo.pixmap() is not None and not panel.photo.pixmap().isNull()
    assert "1 activities · 4 participants · 10 volunteer hours" in panel.count_label.text()
    entry = AuditEntry.get(AuditEntry.entity == "activity")
    assert entry.action == "create" and "李映旺" not in entry.new and "老人" not in entry.new


def test_bad_input_is_said_and_nothing_is_stored(screen, qtbot, monkeypatch):
    from keeper.ui.activities.dialogs import RecordActivityDialog

    def bad(dialog):
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        qtbot.mouseClick(save, LEFT)
        assert "title" in dialog.errors.labels["title"].text()
        type_text(qtbot, dialog.title, "清理共享单车")
        qtbot.mouseClick(save, LEFT)
        assert "Who took part" in dialog.errors.labels["participants"].text()
        dialog.others.setValue(3)
        dialog.photo.setText("/no/such/photo.jpg")
        qtbot.mouseClick(save, LEFT)
        assert "does not exist" in dialog.errors.labels["photo"].text()
        assert dialog.isVisible()
        dialog.reject()

    drive(monkeypatch, RecordActivityDialog, bad)
    assert screen.activities.record() is None
    assert Activity.select().count() == 0


def test_correct_void_and_restore(screen, people, qtbot, monkeypatch):
    from keeper.ui.activities.dialogs import RecordActivityDialog
    from keeper.ui.widgets.reason_dialog import ReasonDialog

    activity_id = activities.record_activity(NewActivity(
        "社区环境整治", "cleanup", D("2026-10-05"), [people["王芳"]], hours=2))
    panel = screen.activities
    panel.refresh()
    panel.select(activity_id)

    def fix(dialog):
        assert dialog.participants.ids() == [people["王芳"]]
        pick(qtbot, dialog.participants.picker, "lyw")
        type_text(qtbot, dialog.reason, "漏登一人")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)

    drive(monkeypatch, RecordActivityDialog, fix)
    qtbot.mouseClick(panel.correct_button, LEFT)
    assert activities.get_activity(activity_id).participants == 2

    def void(dialog):
        type_text(qtbot, dialog.reason, "登记重复")
        qtbot.mouseClick(dialog.ok, LEFT)

    drive(monkeypatch, ReasonDialog, void)
    qtbot.mouseClick(panel.void_button, LEFT)
    assert Activity.get_by_id(activity_id).voided_at is not None
    assert panel.selected_id() == activity_id and panel.void_button.text() == "Restore…"
    assert "0 activities" in panel.count_label.text()
    qtbot.mouseClick(panel.void_button, LEFT)
    assert Activity.get_by_id(activity_id).voided_at is None
    assert [e.action for e in AuditEntry.select().where(AuditEntry.entity == "activity")
            .order_by(AuditEntry.id)] == ["create", "amend", "void", "restore"]


def test_teams_members_and_a_members_history(screen, people, qtbot, monkeypatch):
    from keeper.ui.activities.dialogs import RecordActivityDialog
    from keeper.ui.activities.teams import AddMemberDialog, TeamDialog

    teams = screen.teams
    screen.tabs.setCurrentWidget(teams)

    def new_team(dialog):
        type_text(qtbot, dialog.name, "望京骑手志愿巡防队")
        pick(qtbot, dialog.leader, "lyw")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)

    drive(monkeypatch, TeamDialog, new_team)
    qtbot.mouseClick(teams.new_button, LEFT)
    team = Team.get()
    assert (team.name, team.leader_id) == ("望京骑手志愿巡防队", people["李映旺"])
    assert teams.stack.currentIndex() == 1 and "李映旺" in teams.leader_label.text()

    def add(joined, who):
        def fill(dialog):
            qtbot.mouseClick(dialog.ok, LEFT)  # nobody chosen yet
            assert dialog.errors.labels["visitor"].isVisible()
            pick(qtbot, dialog.person, who)
            dialog.joined.setDate(QDate(*joined))
            qtbot.mouseClick(dialog.ok, LEFT)
        return fill

    drive(monkeypatch, AddMemberDialog, add((2026, 9, 1), "1111"))
    qtbot.mouseClick(teams.add_button, LEFT)
    drive(monkeypatch, AddMemberDialog, add((2026, 9, 10), "oym"))
    qtbot.mouseClick(teams.add_button, LEFT)
    assert teams.members.rowCount() == 3
    assert teams.members.item(0, 0).text() == "★ 李映旺"
    assert TeamMember.get(TeamMember.visitor == people["王芳"]).joined_on == "2026-09-01"

    # An activity of the team: its members in one click.
    def record(dialog):
        dialog.team.setCurrentIndex(dialog.team.findData(team.id))
        qtbot.mouseClick(dialog.participants.team_button, LEFT)
        assert dialog.participants.list.count() == 3
        type_text(qtbot, dialog.title, "夜间巡防")
        dialog.hours.setValue(2)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)

    drive(monkeypatch, RecordActivityDialog, record)
    qtbot.mouseClick(screen.activities.record_button, LEFT)
    assert Activity.get().team_id == team.id
    assert screen.activities.model.data(screen.activities.model.index(0, 4)) == team.name

    teams.refresh()
    row = next(r for r in range(teams.members.rowCount())
               if teams.members.item(r, 0).text() == "王芳")
    teams.members.selectRow(row)
    assert "王芳: 1 activities, 2 volunteer hours" in teams.history_label.text()
    assert teams.history.item(0, 3).text() == "夜间巡防"
    assert teams.members.item(row, 3).text() == "1"
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for figure in (teams.members.item(row, 4), teams.history.item(0, 2)):  # hours, as text
        assert figure.text() == "2" and figure.textAlignment() == right

    qtbot.mouseClick(teams.leader_button, LEFT)
    assert Team.get_by_id(team.id).leader_id == people["王芳"]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    teams.members.selectRow(0)  # the leader, listed first
    assert teams.members.item(0, 0).text() == "★ 王芳"
    qtbot.mouseClick(teams.remove_button, LEFT)
    assert Team.get_by_id(team.id).leader_id is None
    assert teams.members.rowCount() == 2 and "none yet" in teams.leader_label.text()
    # Their activities stay theirs.
    assert member_history(people["王芳"]).count == 1


def test_the_activity_model_keeps_qts_contract(qtmodeltester, app, people):
    from keeper.ui.activities.model import ActivityTableModel

    activities.record_activity(NewActivity("巡防", "patrol", participants=[people["王芳"]]))
    activities.record_activity(NewActivity("整治", "cleanup", others=3, hours=1.5))
    model = ActivityTableModel()
    qtmodeltester.check(model)
    model.set_rows(activities.activity_rows())
    qtmodeltester.check(model)
