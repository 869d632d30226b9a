"""The volunteer teams (志愿服务队): a leader and members from the directory; a member's
history is the activities they took part in. Everything audited, never deleted silently."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from keeper.core import audit, clock
from keeper.core.activities import ActivityRow, activity_rows, hours_number
from keeper.core.vocabulary import check_day, clean_text, live_visitor
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.store.models import database
from keeper.store.records import Team, TeamMember


@dataclass(frozen=True)
class TeamRow:
    id: int
    name: str
    leader_id: int | None
    leader_name: str
    members: int


def teams() -> list[TeamRow]:
    rows = database.execute_sql(
        "SELECT t.id, t.name, t.leader_id, COALESCE(p.name, ''), "
        "(SELECT COUNT(*) FROM team_member m WHERE m.team_id = t.id) "
        "FROM team t LEFT JOIN visitor p ON p.id = t.leader_id ORDER BY t.name").fetchall()
    return [TeamRow(*r) for r in rows]


def _team(team_id: int) -> Team:
    row = Team.get_or_none(Team.id == team_id)
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Team #{id} does not exist."), id=team_id,
                        field="team")
    return row


def _team_name(name: str, team_id: int | None = None) -> str:
    name = " ".join(clean_text(name).split())[:80]
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Give the team a name."), field="name")
    other = Team.get_or_none((Team.name == name) & (Team.id != (team_id or 0)))
    if other is not None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "There is already a team called \"{name}\"."),
                        name=name, field="name")
    return name


def create_team(name: str, leader_id: int | None = None) -> int:
    name = _team_name(name)
    with database.atomic():
        row = Team.create(name=name, created_at=clock.stamp())
        audit.record("create", "team", row.id, new={"name": name})
        if leader_id is not None:
            set_leader(row.id, leader_id)
    return row.id


def rename_team(team_id: int, name: str) -> None:
    with database.atomic():
        row = _team(team_id)
        name = _team_name(name, team_id)
        if name != row.name:
            Team.update(name=name).where(Team.id == team_id).execute()
            audit.record("update", "team", team_id, old={"name": row.name}, new={"name": name})


def set_leader(team_id: int, visitor_id: int | None) -> None:
    """Make someone the leader (they join the team if they were not in it), or nobody."""
    with database.atomic():
        row = _team(team_id)
        if visitor_id is not None and not TeamMember.select().where(
                (TeamMember.team == team_id) & (TeamMember.visitor == visitor_id)).exists():
            add_member(team_id, visitor_id)
        if row.leader_id != visitor_id:
            Team.update(leader=visitor_id).where(Team.id == team_id).execute()
            audit.record("set-leader", "team", team_id, old={"leader": row.leader_id},
                         new={"leader": visitor_id})


def add_member(team_id: int, visitor_id: int, joined_on: date | None = None) -> None:
    with database.atomic():
        _team(team_id)
        live_visitor(visitor_id)
        day = check_day(joined_on)
        if TeamMember.select().where((TeamMember.team == team_id) & (
                TeamMember.visitor == visitor_id)).exists():
            raise UserError(QT_TRANSLATE_NOOP("Errors", "They are already in this team."),
                            field="visitor")
        TeamMember.create(team=team_id, visitor=visitor_id, joined_on=day.isoformat())
        audit.record("add-member", "team", team_id, new={"visitor": visitor_id,
                                                          "joined_on": day.isoformat()})


def remove_member(team_id: int, visitor_id: int) -> None:
    """Someone leaves the team (their past activities stay theirs)."""
    with database.atomic():
        row = _team(team_id)
        member = TeamMember.get_or_none((TeamMember.team == team_id) & (
            TeamMember.visitor == visitor_id))
        if member is None:
            return
        if row.leader_id == visitor_id:
            set_leader(team_id, None)
        TeamMember.delete().where((TeamMember.team == team_id) & (
            TeamMember.visitor == visitor_id)).execute()
        audit.record("remove-member", "team", team_id, old={
            "visitor": visitor_id, "joined_on": member.joined_on})


@dataclass(frozen=True)
class MemberRow:
    visitor_id: int
    name: str
    phone: str | None
    member_no: str
    joined_on: str
    activities: int
    hours: int | float  # the volunteer hours they gave
    leader: bool


def members(team_id: int) -> list[MemberRow]:
    leader = _team(team_id).leader_id
    rows = database.execute_sql(
        "SELECT m.visitor_id, p.name, p.phone, COALESCE(p.member_no, ''), m.joined_on, "
        "COUNT(a.id), COALESCE(SUM(a.hours), 0) FROM team_member m "
        "JOIN visitor p ON p.id = m.visitor_id "
        "LEFT JOIN activity_participant ap ON ap.visitor_id = m.visitor_id "
        "LEFT JOIN activity a ON a.id = ap.activity_id AND a.voided_at IS NULL "
        "WHERE m.team_id = ? GROUP BY m.visitor_id ORDER BY m.visitor_id = ? DESC, "
        "m.joined_on, p.name", [team_id, leader or 0]).fetchall()
    return [MemberRow(*r[:6], hours_number(r[6]), r[0] == leader) for r in rows]


@dataclass(frozen=True)
class MemberHistory:
    activities: list[ActivityRow]
    hours: int | float  # their own hours, summed over the activities

    @property
    def count(self) -> int:
        return len(self.activities)


def member_history(visitor_id: int) -> MemberHistory:
    """The activities a person took part in (voided left out), newest first."""
    rows = activity_rows(visitor_id=visitor_id)
    return MemberHistory(rows, hours_number(sum(r.hours for r in rows)))
