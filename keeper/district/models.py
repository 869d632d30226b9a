"""The district office's tables (peewee), on SQLite (``district.db``) or PostgreSQL.

They mirror the latest schema of ``keeper.district.migrations`` (the migrations are the
truth). All models bind to ``district_database``, a proxy set by ``store.open_district``:
one district store is open per process at a time. JSON is kept as text, so both engines
hold the same bytes.
"""
from __future__ import annotations

import json

from peewee import (
    AutoField,
    BooleanField,
    DatabaseProxy,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

district_database = DatabaseProxy()


class DistrictModel(Model):
    class Meta:
        database = district_database
        legacy_table_names = False


class District(DistrictModel):
    """The one district (id 1): who receives, and its own signing key (for the district
    bundle it sends upward, signed as stations sign theirs)."""

    id = IntegerField(primary_key=True, default=1)
    name = TextField()
    code = TextField(default="")
    created_at = TextField()
    private_key = TextField()  # Ed25519 raw private key, base64
    public_key = TextField()  # base64


class RegisteredStation(DistrictModel):
    """A station of the register. Expected from ``opened`` to ``closed`` (months, YYYY-MM)."""

    code = TextField(primary_key=True)  # upper-case, as in the bundles
    name = TextField()
    kind = TextField(default="comprehensive")  # comprehensive | specialized (or district/city)
    opened = TextField()  # YYYY-MM
    closed = TextField(null=True)  # YYYY-MM, the last month it is expected
    contact = TextField(default="")  # person in charge
    phone = TextField(default="")
    address = TextField(default="")
    key = TextField(null=True)  # public key trusted for this station (base64), first bundle
    key_recorded_at = TextField(null=True)
    pending_key = TextField(null=True)  # another key seen, refused until the officer accepts it
    pending_key_seen_at = TextField(null=True)


class Submission(DistrictModel):
    """One accepted bundle: a full restatement of a station's month at one revision."""

    id = AutoField()
    station = ForeignKeyField(RegisteredStation, column_name="station_code", field="code")
    month = TextField()  # YYYY-MM
    revision = IntegerField()
    supersedes = IntegerField(null=True)
    complete = BooleanField(default=True)
    as_of = TextField()  # the last day the figures cover
    generated_at = TextField()
    received_at = TextField()
    file_name = TextField()  # under received/, kept verbatim
    file_sha256 = TextField(unique=True)
    key = TextField()  # the public key that signed it
    manifest = TextField()  # JSON
    summary = TextField()  # JSON: summary.json as sent
    current = BooleanField(default=True)  # the highest revision held for (station, month)

    class Meta:
        indexes = ((("station", "month", "revision"), True),)

    def summary_dict(self) -> dict:
        return json.loads(self.summary)


class Approval(DistrictModel):
    """An approved month: the whole district (station '') or one station. Deleting the row
    reopens; both are in the audit log."""

    month = TextField()
    station_code = TextField(default="")  # '' = the whole district's month
    approved_at = TextField()

    class Meta:
        primary_key = False
        indexes = ((("month", "station_code"), True),)


class Finding(DistrictModel):
    """A check's result for a station's month: a broken invariant, a zero month, an outlier."""

    id = AutoField()
    month = TextField()
    station_code = TextField()
    rule = TextField()  # invariant | zero_visits | outlier
    figure = TextField(default="")  # e.g. visits, services.water
    value = TextField(default="")  # what the month shows
    expected = TextField(default="")  # e.g. the range the last six months allow
    detail = TextField(default="")  # a sentence (English; the UI translates by rule)
    revision = IntegerField(null=True)
    found_at = TextField()
    explained_at = TextField(null=True)
    note = TextField(default="")

    class Meta:
        indexes = ((("month", "station_code", "rule", "figure"), True),)


class DistrictAudit(DistrictModel):
    """Append-only record of what officers did (approve, reopen, accept a key, explain)."""

    id = AutoField()
    at = TextField()
    action = TextField()
    entity = TextField()
    entity_id = TextField(default="")
    detail = TextField(default="")

    class Meta:
        table_name = "district_audit"


class DistrictSetting(DistrictModel):
    key = TextField(primary_key=True)
    value = TextField()  # JSON


ALL_MODELS = (District, RegisteredStation, Submission, Approval, Finding, DistrictAudit,
              DistrictSetting)
