"""peewee models of the supplies (migration 8): items, lots, movements, and which
services use which items."""
from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CompositeKey,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from keeper.store.models import BaseModel, Service, Visit


class SupplyItem(BaseModel):
    code = TextField(primary_key=True)
    name_zh = TextField()
    name_en = TextField()
    unit_zh = TextField(default="")
    unit_en = TextField(default="")
    category = TextField()
    min_level = IntegerField(default=0)
    has_expiry = BooleanField(default=False)
    active = BooleanField(default=True)
    sort_order = IntegerField(default=0)
    builtin = BooleanField(default=False)
    on_hand = IntegerField(default=0)  # running total of the movements (same transaction)

    class Meta:
        table_name = "supply_item"


class SupplyLot(BaseModel):
    id = AutoField()
    item = ForeignKeyField(SupplyItem, column_name="item_code", field="code")
    expires = TextField(null=True)
    received_on = TextField()
    remaining = IntegerField(default=0)

    class Meta:
        table_name = "supply_lot"


class SupplyMovement(BaseModel):
    id = AutoField()
    item = ForeignKeyField(SupplyItem, column_name="item_code", field="code")
    kind = TextField()  # receive | issue | return | discard | count
    quantity = IntegerField()  # the signed change of what is on hand
    lot = ForeignKeyField(SupplyLot, column_name="lot_id", null=True)
    day = TextField()
    created_at = TextField()
    donor = TextField(default="")
    reason = TextField(default="")
    visit = ForeignKeyField(Visit, column_name="visit_id", null=True)

    class Meta:
        table_name = "supply_movement"


class ServiceSupply(BaseModel):
    service = ForeignKeyField(Service, column_name="service_code", field="code")
    item = ForeignKeyField(SupplyItem, column_name="item_code", field="code")
    quantity = IntegerField(default=1)  # per person served; 0: ask which (repair parts)

    class Meta:
        table_name = "service_supply"
        primary_key = CompositeKey("service", "item")
        without_rowid = True


class VisitPart(BaseModel):
    """A part the attendant said a visit used (维修 → an inner tube)."""

    visit = ForeignKeyField(Visit, column_name="visit_id")
    item = ForeignKeyField(SupplyItem, column_name="item_code", field="code")
    quantity = IntegerField()

    class Meta:
        table_name = "visit_part"
        primary_key = CompositeKey("visit", "item")
        without_rowid = True


STOCK_MODELS = (SupplyItem, SupplyLot, SupplyMovement, ServiceSupply, VisitPart)
