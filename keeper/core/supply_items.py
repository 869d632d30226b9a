"""Editing the supplies list: the starter items and the station's own, audited. An item
with movements is hidden, never deleted, so its history keeps its name."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from peewee import fn

from keeper.core import audit
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.store.models import database
from keeper.store.seed import SUPPLY_CATEGORIES  # the screens offer these through core
from keeper.store.stock import SupplyItem

_CODE = re.compile(r"^[a-z][a-z0-9_]{1,31}$")


@dataclass(frozen=True)
class ItemDetails:
    name_zh: str
    name_en: str
    unit_zh: str
    unit_en: str
    category: str
    min_level: int = 0
    has_expiry: bool = False
    active: bool = True


def _checked(details: ItemDetails) -> ItemDetails:
    clean = ItemDetails(*(" ".join(v.split()) if isinstance(v, str) else v
                          for v in asdict(details).values()))
    if not (clean.name_zh and clean.name_en):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "An item needs both a Chinese and an English name."), field="name")
    if not (clean.unit_zh and clean.unit_en):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Say the unit it is counted in, in Chinese and English (瓶 / bottles)."),
            field="unit")
    if clean.category not in SUPPLY_CATEGORIES:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown category: {category}."),
                        category=clean.category)
    if isinstance(clean.min_level, bool) or not isinstance(clean.min_level, int) or not (
            0 <= clean.min_level <= 100_000):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The minimum must be a whole number from 0 to 100000."), field="minimum")
    return clean


def add_item(code: str, details: ItemDetails) -> None:
    code = (code or "").strip()
    if not _CODE.match(code):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The code \"{code}\" is not valid: use 2 to 32 lowercase letters, "
                      "digits or _, starting with a letter (e.g. haircut)."), code=code,
            field="code")
    details = _checked(details)
    with database.atomic():
        if SupplyItem.get_or_none(SupplyItem.code == code) is not None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "The code \"{code}\" is taken."),
                            code=code, field="code")
        order = (SupplyItem.select(fn.MAX(SupplyItem.sort_order)).scalar() or 0) + 1
        SupplyItem.create(code=code, sort_order=order, builtin=False, **asdict(details))
        audit.record("create", "supply_item", code, new=asdict(details))


def update_item(code: str, details: ItemDetails) -> None:
    details = _checked(details)
    with database.atomic():
        row = SupplyItem.get_or_none(SupplyItem.code == code)
        if row is None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown supply item: {item}."),
                            item=code)
        old = {key: getattr(row, key) for key in asdict(details)}
        if old == asdict(details):
            return
        SupplyItem.update(**asdict(details)).where(SupplyItem.code == code).execute()
        audit.record("update", "supply_item", code, old=old, new=asdict(details))


def details_of(code: str) -> ItemDetails:
    row = SupplyItem.get_by_id(code)
    return ItemDetails(row.name_zh, row.name_en, row.unit_zh, row.unit_en, row.category,
                       row.min_level, row.has_expiry, row.active)
