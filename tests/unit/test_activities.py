"""Volunteer activities and teams: recording, rules, a member's history, the month's figures."""
from __future__ import annotations

import json
from datetime import date

import pytest

from keeper.core import activities, stats, teams
from keeper.core.activities import NewActivity
from keeper.core.directory_changes import erase_visitor
from keeper.errors import UserError
from keeper.store.models import AuditEntry
from keeper.store.records import Activity, ActivityParticipant, Team, TeamMember

D = date.fromisoformat
RECORD_KEYS = {"id", "date", "type", "title", "participants", "registered_participants",
               "volunteer_hours", "people_helped", "story"}


@pytest.fixture
def people(register, pinned_now):
    return register(("李映旺", "13812345678"), ("王芳", "13900001111"), ("张强", "13700002222"))


def test_record_an_activity_with_participants_and_others(people, tmp_path):
    photo = tmp_path / "巡防.jpg"
    photo.write_bytes(b"\xff\xd8\xff")
    activity_id = activities.record_activity(NewActivity(
        "望京西路夜间巡防", "patrol", D("2026-10-10"), [people["李映旺"], people["王芳"],
                                                   people["李映旺"]],
        others=3, hours=2.5, people_helped=4, story="巡防中帮助李大爷找到走失的孙子",
        photo_path=str(photo)))
    row = Activity.get_by_id(activity_id)
    assert (row.type_id, row.other_participants, row.hours, row.people_helped,
            row.photo_path) == ("patrol", 3, 2.5, 4, str(photo.resolve()))
    assert ActivityParticipant.select().where(
        ActivityParticipant.activity == activity_id).count() == 2
    view = activities.get_activity(activity_id)
    assert (view.participants, view.volunteer_hours) == (5, 12.5)
    entry = AuditEntry.get((AuditEntry.entity == "activity") & (AuditEntry.action == "create"))
    new = json.loads(entry.new)
    assert new["participants"] == [people["李映旺"], people["王芳"]]
    assert new["title"] == new["story"] == new["photo_path"] == "(text)"
    assert "李" not in entry.new and "138" not in entry.new


@pytest.mark.parametrize("activity, field", [
    (NewActivity(" ", others=1), "title"),
    (NewActivity("巡防", "space_walk", others=1), "type"),
    (NewActivity("巡防", day=D("2026-10-16"), others=1), "day"),
    (NewActivity("巡防"), "participants"),
    (NewActivity("巡防", others=-1), "others"),
    (NewActivity("巡防", others=1, hours=25), "hours"),
    (NewActivity("巡防", others=1, people_helped=1.5), "people_helped"),
    (NewActivity("巡防", others=1, photo_path="/nowhere/p.jpg"), "photo"),
    (NewActivity("巡防", others=1, team_id=42), "team"),
    (NewActivity("巡防", participants=[999]), "visitor"),
])
def test_bad_input_is_refused_and_stores_nothing(people, activity, field):
    with pytest.raises(UserError) as caught:
        activities.record_activity(activity)
    assert caught.value.field == field
    assert Activity.select().count() == 0 and ActivityParticipant.select().count() == 0


def test_correct_void_and_restore(people):
    activity_id = activities.record_activity(NewActivity(
        "社区环境整治", "cleanup", D("2026-10-05"), [people["王芳"]], hours=3))
    current = activities.as_new(activity_id)
    current.participants.append(people["张强"])
    assert activities.amend_activity(activity_id, current, "漏登一人")
    assert not activities.amend_activity(activity_id, activities.as_new(activity_id), "again")
    assert activities.get_activity(activity_id).participant_ids == (people["王芳"], people["张强"])
    activities.void_activity(activity_id, "登记重复")
    with pytest.raises(UserError, match="voided"):
        activities.void_activity(activity_id, "again")
    assert activities.activity_rows() == []
    activities.void_activity(activity_id, "误操作", restore=True)
    assert [r.id for r in activities.activity_rows()] == [activity_id]
    log = list(AuditEntry.select().where(AuditEntry.entity == "activity").order_by(AuditEntry.id))
    assert [e.action for e in log] == ["create", "amend", "void", "restore"]
    assert json.loads(log[1].new) == {"participants": [people["王芳"], people["张强"]]}


@pytest.fixture
def october(people):
    make = activities.record_activity
    ids = {
        "sep_last": make(NewActivity("九月巡防", "patrol", D("2026-09-30"), [people["李映旺"]],
                                     hours=2)),
        "oct_first": make(NewActivity("十月巡防", "patrol", D("2026-10-01"),
                                      [people["李映旺"], people["王芳"]], others=2, hours=1.5)),
        "oct_help": make(NewActivity("帮扶独居老人", "helping", D("2026-10-14"), [people["张强"]],
                                     hours=3, people_helped=2, story="买菜送药")),
        "oct_emergency": make(NewActivity("暴雨中救助被困司机", "emergency", D("2026-10-15"),
                                          others=1, hours=0.5, people_helped=1)),
        "oct_void": make(NewActivity("重复的", "patrol", D("2026-10-02"), others=9, hours=9)),
    }
    activities.void_activity(ids["oct_void"], "重复")
    return ids


def test_monthly_figures(october):
    figures = activities.activities_figures
    assert figures(D("2026-10-01"), D("2026-10-31")) == {
        "count": 3, "participants": 6, "volunteer_hours": 9.5,  # 4×1.5 + 1×3 + 1×0.5
        "by_type": {"emergency": 1, "helping": 1, "patrol": 1}}
    assert figures(D("2026-09-01"), D("2026-09-30")) == {
        "count": 1, "participants": 1, "volunteer_hours": 2, "by_type": {"patrol": 1}}
    assert isinstance(figures(D("2026-09-01"), D("2026-09-30"))["volunteer_hours"], int)
    assert figures(D("2026-11-01"), D("2026-11-30")) == {
        "count": 0, "participants": 0, "volunteer_hours": 0, "by_type": {}}
    assert stats.month_summary("2026-10").to_json()["activities"]["count"] == 3


def test_monthly_records(october):
    records = activities.activity_records("2026-10")
    assert [r["id"] for r in records] == [october["oct_first"], october["oct_help"],
                                          october["oct_emergency"]]
    assert all(set(r) == RECORD_KEYS for r in records)
    assert records[0] == {"id": october["oct_first"], "date": "2026-10-01", "type": "patrol",
                          "title": "十月巡防", "participants": 4, "registered_participants": 2,
                          "volunteer_hours": 6, "people_helped": 0, "story": ""}
    assert records[2]["registered_participants"] == 0 and records[2]["volunteer_hours"] == 0.5
    assert [r.title for r in activities.activity_rows(text="巡防")] == ["十月巡防", "九月巡防"]
    assert [r.title for r in activities.activity_rows("helping", text="送药")] == ["帮扶独居老人"]

    from keeper.reports.bundle import ACTIVITY_COLUMNS, record_csv

    data, rows = record_csv(ACTIVITY_COLUMNS, records, "CY-017")
    assert rows == 3 and "买菜" not in data.decode() and "巡防" not in data.decode()


def test_teams_leader_members_and_history(october, people):
    team = teams.create_team("望京骑手志愿巡防队", leader_id=people["李映旺"])
    with pytest.raises(UserError, match="already a team"):
        teams.create_team(" 望京骑手志愿巡防队 ")
    teams.add_member(team, people["王芳"], D("2026-09-01"))
    with pytest.raises(UserError, match="already in this team"):
        teams.add_member(team, people["王芳"])
    with pytest.raises(UserError, match="future"):
        teams.add_member(team, people["张强"], D("2026-11-01"))
    [row] = teams.teams()
    assert (row.name, row.leader_id, row.leader_name, row.members) == (
        "望京骑手志愿巡防队", people["李映旺"], "李映旺", 2)
    members = teams.members(team)
    assert [(m.name, m.leader, m.activities, m.hours) for m in members] == [
        ("李映旺", True, 2, 3.5), ("王芳", False, 1, 1.5)]
    assert members[0].joined_on == "2026-10-15"
    history = teams.member_history(people["李映旺"])
    assert [a.title for a in history.activities] == ["十月巡防", "九月巡防"]
    assert (history.count, history.hours) == (2, 3.5)

    teams.remove_member(team, people["李映旺"])  # the leader leaves: no leader
    assert teams.teams()[0].leader_id is None
    assert TeamMember.select().count() == 1
    teams.rename_team(team, "望京志愿服务队")
    assert Team.get_by_id(team).name == "望京志愿服务队"
    log = [e.action for e in AuditEntry.select().where(AuditEntry.entity == "team")
           .order_by(AuditEntry.id)]
    assert log == ["create", "add-member", "set-leader", "add-member", "set-leader",
                   "remove-member", "update"]


def test_an_activity_of_a_team_and_erased_members(october, people):
    team = teams.create_team("环保小分队")
    activity_id = activities.record_activity(NewActivity(
        "河边捡垃圾", "cleanup", participants=[people["张强"]], hours=1, team_id=team))
    assert activities.get_activity(activity_id).team_name == "环保小分队"
    erase_visitor(people["张强"], "本人要求")
    # Their past activities still count; they cannot join new ones.
    assert activities.get_activity(activity_id).participants == 1
    with pytest.raises(UserError, match="does not exist"):
        teams.add_member(team, people["张强"])


def test_activity_types_are_extendable(people):
    code = activities.TYPES.add("交通劝导", "Traffic guidance")
    activity_id = activities.record_activity(NewActivity("路口劝导", code, others=2, hours=1))
    assert activities.get_activity(activity_id).type == "traffic_guidance"
    activities.TYPES.set_hidden(code, True)
    assert code not in [t.code for t in activities.TYPES.terms(include_hidden=False)]
