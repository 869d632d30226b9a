"""peewee models mirroring the latest schema (the migrations are the truth).

All models bind to ``database``, a proxy set by ``keeper.store.connection.open_database``.
"""
from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database = DatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Station(BaseModel):
    """The one station profile (id is always 1)."""

    id = IntegerField(primary_key=True, default=1)
    code = TextField()
    name = TextField()
    district = TextField()
    address = TextField(default="")
    kind = TextField(default="comprehensive")  # comprehensive | specialized
    updated_at = TextField()


class Service(BaseModel):
    code = CharField(primary_key=True)
    name_zh = TextField()
    name_en = TextField()
    active = BooleanField(default=True)
    sort_order = IntegerField(default=0)
    builtin = BooleanField(default=False)
    shortcut = TextField(default="")


class VisitorGroup(BaseModel):
    code = CharField(primary_key=True)
    name_zh = TextField()
    name_en = TextField()
    sort_order = IntegerField(default=0)
    active = BooleanField(default=True)
    builtin = BooleanField(default=False)
    shortcut = TextField(default="")  # N: Alt+N picks the group on the log screen
    icon = TextField(default="")  # a built-in icon's name; "" = the group's own or generic


class Visitor(BaseModel):
    """A registered worker. Minimal here; the directory extends it."""

    id = AutoField()
    name = TextField(default="")
    phone = TextField(null=True, unique=True)
    member_no = TextField(null=True, unique=True)
    group = ForeignKeyField(VisitorGroup, column_name="group_code", field="code")
    created_at = TextField()
    platform = TextField(default="")  # 美团, 顺丰 … (the platform table lists the choices)
    party_member = BooleanField(default=False)  # 党员
    volunteer = BooleanField(default=False)
    volunteer_team = TextField(default="")
    registered_on = TextField(null=True)  # YYYY-MM-DD (在线报到)
    consent_on = TextField(null=True)  # when they agreed that the station keeps their data
    notes = TextField(default="")
    erased_at = TextField(null=True)  # personal data erased (PIPL); visits stay, anonymous
    merged_into = ForeignKeyField("self", column_name="merged_into", null=True)
    search_key = TextField(default="")  # name, full pinyin, initials: what search matches
    card_serial = IntegerField(null=True)  # the member card in force (None: none printed)


class Platform(BaseModel):
    name = TextField(primary_key=True)
    sort_order = IntegerField(default=0)
    builtin = BooleanField(default=False)


class ImportBatch(BaseModel):
    """One imported file: what it added, and whether it was undone."""

    id = AutoField()
    kind = TextField()  # ledger | roster
    file_name = TextField()
    sha256 = TextField()
    rows_added = IntegerField(default=0)
    rows_updated = IntegerField(default=0)
    imported_at = TextField()
    undone_at = TextField(null=True)


class Visit(BaseModel):
    id = AutoField()
    date = TextField()  # YYYY-MM-DD, the station's local calendar day
    time = TextField(null=True)  # HH:MM local; None for back-filled paper entries
    group = ForeignKeyField(VisitorGroup, column_name="group_code", field="code")
    count = IntegerField(default=1)  # 人次 served by this entry
    visitor = ForeignKeyField(Visitor, column_name="visitor_id", null=True, backref="visits")
    note = TextField(default="")
    created_at = TextField()
    changed_at = TextField()
    voided_at = TextField(null=True)
    void_reason = TextField(default="")
    amendments = IntegerField(default=0)  # corrections made (the audit log says what)
    platform = TextField(default="")  # the worker's platform when known (district figures)
    import_batch = ForeignKeyField(ImportBatch, column_name="import_batch_id", null=True)
    import_key = TextField(null=True)  # a row's identity in imported files: no double imports


class VisitService(BaseModel):
    visit = ForeignKeyField(Visit, column_name="visit_id", backref="services")
    service = ForeignKeyField(Service, column_name="service_code", field="code")

    class Meta:
        primary_key = CompositeKey("visit", "service")
        without_rowid = True


class AuditEntry(BaseModel):
    """Append-only (triggers refuse UPDATE and DELETE)."""

    id = AutoField()
    at = TextField()
    action = TextField()  # e.g. create, update, void, set
    entity = TextField()  # e.g. visit, station, service
    entity_id = TextField(null=True)
    old = TextField(null=True)  # JSON
    new = TextField(null=True)  # JSON
    reason = TextField(default="")

    class Meta:
        table_name = "audit_log"


class Setting(BaseModel):
    key = TextField(primary_key=True)
    value = TextField()  # JSON


class Synonym(BaseModel):
    """A station's own spelling of a service or group, taught once, used by imports."""

    kind = TextField()  # service | group
    text = TextField()
    code = TextField()

    class Meta:
        primary_key = CompositeKey("kind", "text")


class MonthState(BaseModel):
    month = TextField(primary_key=True)  # YYYY-MM
    closed_at = TextField(null=True)
    reopened_at = TextField(null=True)


class Correction(BaseModel):
    """A change to a visit of a closed month: listed for the district with the next export."""

    id = AutoField()
    month = TextField()
    visit = ForeignKeyField(Visit, column_name="visit_id", null=True)
    action = TextField()  # amend | void | restore
    at = TextField()
    reason = TextField(default="")


class ExportRecord(BaseModel):
    id = AutoField()
    month = TextField()
    revision = IntegerField()
    generated_at = TextField()
    folder = TextField()
    files = TextField()  # JSON list of file names
    content_sha256 = TextField()  # what was exported: a change means a new revision


class StationKey(BaseModel):
    """The station's Ed25519 key pair (one row): its bundles are signed with it."""

    id = IntegerField(primary_key=True, default=1)
    private_key = TextField()  # base64 of the raw 32 bytes
    public_key = TextField()
    created_at = TextField()


ALL_MODELS = (Station, StationKey, Service, VisitorGroup, Visitor, Visit, VisitService, AuditEntry, Setting,
              Synonym, Platform, ImportBatch, MonthState, Correction, ExportRecord)
