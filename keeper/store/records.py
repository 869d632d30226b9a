"""peewee models of the appeals and activities tables (schema v6, ``_v6_appeals_activities``).

The migration is the truth; these mirror it column for column. Kept apart from
``models.py`` so the visit ledger's models stay short.
"""
from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    CompositeKey,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from keeper.store.models import BaseModel, Visitor, VisitorGroup


class AppealCategory(BaseModel):
    code = CharField(primary_key=True)
    name_zh = TextField()
    name_en = TextField()
    sort_order = IntegerField(default=0)
    builtin = BooleanField(default=False)


class Appeal(BaseModel):
    """A problem a worker raised (诉求): recorded → referred → resolved → followed up."""

    id = AutoField()
    date = TextField()  # YYYY-MM-DD, when it was raised
    visitor = ForeignKeyField(Visitor, column_name="visitor_id", null=True, backref="appeals")
    group = ForeignKeyField(VisitorGroup, column_name="group_code", field="code")
    category = ForeignKeyField(AppealCategory, column_name="category", field="code")
    description = TextField()
    urgency = TextField(default="normal")  # low | normal | high
    status = TextField(default="recorded")  # recorded | referred | resolved | followed_up
    referred_to = TextField(default="")
    referred_on = TextField(null=True)
    resolution = TextField(default="")
    resolved_on = TextField(null=True)
    followed_up_on = TextField(null=True)
    satisfied = BooleanField(null=True)
    follow_up_note = TextField(default="")
    created_at = TextField()
    changed_at = TextField()
    voided_at = TextField(null=True)
    void_reason = TextField(default="")


class ActivityType(BaseModel):
    code = CharField(primary_key=True)
    name_zh = TextField()
    name_en = TextField()
    sort_order = IntegerField(default=0)
    builtin = BooleanField(default=False)


class Team(BaseModel):
    """A volunteer team of workers (志愿服务队)."""

    id = AutoField()
    name = TextField(unique=True)
    leader = ForeignKeyField(Visitor, column_name="leader_id", null=True)
    created_at = TextField()


class TeamMember(BaseModel):
    team = ForeignKeyField(Team, column_name="team_id", backref="members")
    visitor = ForeignKeyField(Visitor, column_name="visitor_id")
    joined_on = TextField()

    class Meta:
        primary_key = CompositeKey("team", "visitor")
        without_rowid = True


class Activity(BaseModel):
    """A volunteer activity or good deed (志愿活动与好人好事)."""

    id = AutoField()
    date = TextField()
    type = ForeignKeyField(ActivityType, column_name="type", field="code")
    title = TextField()
    team = ForeignKeyField(Team, column_name="team_id", null=True)
    other_participants = IntegerField(default=0)  # people who are not in the directory
    hours = FloatField(default=0)  # per participant
    people_helped = IntegerField(default=0)
    story = TextField(default="")
    photo_path = TextField(default="")
    created_at = TextField()
    changed_at = TextField()
    voided_at = TextField(null=True)
    void_reason = TextField(default="")


class ActivityParticipant(BaseModel):
    activity = ForeignKeyField(Activity, column_name="activity_id", backref="participants")
    visitor = ForeignKeyField(Visitor, column_name="visitor_id")

    class Meta:
        primary_key = CompositeKey("activity", "visitor")
        without_rowid = True


RECORD_MODELS = (AppealCategory, Appeal, ActivityType, Team, TeamMember, Activity,
                 ActivityParticipant)
