"""Editing the catalogue in Settings: services and visitor groups alike.

Every change is audited. An item that was ever used is hidden, never deleted, so old
visits and reports keep their names. Built-in codes mean the same at every station (a
district adds them up), so they can be renamed for the screen but never deleted.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from peewee import fn

from keeper.core import audit
from keeper.core.catalog import CatalogItem, groups, services
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.store.models import (
    Service,
    Synonym,
    Visit,
    Visitor,
    VisitorGroup,
    VisitService,
    database,
)
from keeper.store.records import Appeal

KINDS = ("service", "group")
_CODE = re.compile(r"^[a-z][a-z0-9_]{1,31}$")
# The keys a newly shown item gets when it has none: services take the digits, then the
# row under them (QWERTY…), so 16 services stay two keys; groups take Alt+1..9.
SERVICE_KEYS = "1234567890QWERTYUIOP"
GROUP_KEYS = "123456789"
GROUP_ICONS = ("group-rider", "group-courier", "group-ride_hailing", "group-truck",
               "group-citizen", "group-other", "group-sanitation", "group-traffic_police",
               "group-taxi", "group-municipal", "group-security_guard", "group-construction",
               "group-custom")


@dataclass(frozen=True)
class _Table:
    model: type
    listing: object
    keys: str


def _table(kind: str) -> _Table:
    if kind == "service":
        return _Table(Service, services, SERVICE_KEYS)
    if kind == "group":
        return _Table(VisitorGroup, groups, GROUP_KEYS)
    raise ValueError(kind)


def _row(kind: str, code: str):
    model = _table(kind).model
    row = model.get_or_none(model.code == code)
    if row is None:
        if kind == "service":
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown service: {codes}."), codes=code)
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown visitor group: {code}."), code=code)
    return row


def _check_names(kind: str, name_zh: str, name_en: str) -> tuple[str, str]:
    name_zh, name_en = " ".join(name_zh.split()), " ".join(name_en.split())
    if not name_zh or not name_en:
        if kind == "service":
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "A service needs both a Chinese and an English name."))
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "A visitor group needs both a Chinese and an English name."))
    return name_zh, name_en


def _check_shortcut(kind: str, shortcut: str, code: str) -> str:
    shortcut = unicodedata.normalize("NFKC", shortcut or "").strip().upper()
    if not shortcut:
        return ""
    if kind == "group":
        if shortcut not in GROUP_KEYS:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "A group's key is a digit from 1 to 9 (Alt+1 … Alt+9), "
                          "not \"{key}\"."), key=shortcut)
    elif len(shortcut) != 1 or not shortcut.isalnum() or not shortcut.isascii():
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "A shortcut is one letter or digit, not \"{key}\"."), key=shortcut)
    model = _table(kind).model
    other = model.get_or_none((model.shortcut == shortcut) & (model.code != code)
                              & (model.active == True))  # noqa: E712 (peewee expression)
    if other is not None:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The key {key} already logs \"{name}\"."), key=shortcut, name=other.name_zh)
    return shortcut


def _taken(kind: str) -> set[str]:
    """The keys shown items hold (a hidden item keeps its key for when it is shown again,
    unless a shown one took it meanwhile)."""
    model = _table(kind).model
    return {row.shortcut for row in model.select(model.shortcut).where(
        model.active == True)}  # noqa: E712 (peewee expression)


def _free_key(kind: str) -> str:
    """The first key no shown item of ``kind`` holds; "" when all are taken."""
    taken = _taken(kind)
    return next((key for key in _table(kind).keys if key not in taken), "")


def add_item(kind: str, code: str, name_zh: str, name_en: str, shortcut: str = "") -> CatalogItem:
    """A station's own service or group, shown at once with the first free key."""
    table = _table(kind)
    model = table.model
    code = (code or "").strip()
    if not _CODE.match(code):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The code \"{code}\" is not valid: use 2 to 32 lowercase letters, "
                      "digits or _, starting with a letter (e.g. haircut)."), code=code)
    if model.get_or_none(model.code == code) is not None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The code \"{code}\" is taken."), code=code)
    name_zh, name_en = _check_names(kind, name_zh, name_en)
    with database.atomic():
        shortcut = _check_shortcut(kind, shortcut, code) or _free_key(kind)
        order = (model.select(fn.MAX(model.sort_order)).scalar() or 0) + 1
        model.create(code=code, name_zh=name_zh, name_en=name_en, active=True,
                     sort_order=order, builtin=False, shortcut=shortcut)
        audit.record("create", kind, code, new={"name_zh": name_zh, "name_en": name_en,
                                                "shortcut": shortcut})
    return next(item for item in table.listing() if item.code == code)


def update_item(kind: str, code: str, *, name_zh: str, name_en: str, shortcut: str,
                icon: str | None = None) -> None:
    name_zh, name_en = _check_names(kind, name_zh, name_en)
    with database.atomic():
        row = _row(kind, code)
        shortcut = _check_shortcut(kind, shortcut, code)
        old = {"name_zh": row.name_zh, "name_en": row.name_en, "shortcut": row.shortcut}
        new = {"name_zh": name_zh, "name_en": name_en, "shortcut": shortcut}
        if kind == "group" and icon is not None:
            if icon and icon not in GROUP_ICONS:
                raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown icon: {icon}."), icon=icon)
            old["icon"], new["icon"] = row.icon, icon
        if old == new:
            return
        model = _table(kind).model
        model.update(**new).where(model.code == code).execute()
        audit.record("update", kind, code, old=old, new=new)


def set_active(kind: str, code: str, active: bool) -> None:
    """Show or hide a tile. Hidden items keep their history; a shown one gets a key."""
    model = _table(kind).model
    with database.atomic():
        row = _row(kind, code)
        if row.active == active:
            return
        changes = {"active": active}
        if active and (not row.shortcut or row.shortcut in _taken(kind)):
            changes["shortcut"] = _free_key(kind)
        if not active and kind == "group" and code == "other":
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "\"{name}\" is where visits of no other group go, so it stays shown."),
                name=row.name_zh)
        model.update(**changes).where(model.code == code).execute()
        audit.record("show" if active else "hide", kind, code,
                     old={"active": row.active, "shortcut": row.shortcut}, new=changes)


def move_item(kind: str, code: str, step: int) -> None:
    """Move a tile up (-1) or down (+1)."""
    table = _table(kind)
    with database.atomic():
        ordered = [item.code for item in table.listing()]
        index = ordered.index(_row(kind, code).code)
        target = max(0, min(len(ordered) - 1, index + step))
        if target == index:
            return
        ordered.insert(target, ordered.pop(index))
        for position, each in enumerate(ordered):
            table.model.update(sort_order=position).where(table.model.code == each).execute()
        audit.record("reorder", kind, code, old={"position": index}, new={"position": target})


def item_used(kind: str, code: str) -> bool:
    if kind == "service":
        return VisitService.select().where(VisitService.service == code).limit(1).exists()
    return any(model.select().where(model.group == code).limit(1).exists()
               for model in (Visit, Visitor, Appeal))


def delete_item(kind: str, code: str) -> None:
    """Only an item added by mistake and never used can go; others are hidden."""
    model = _table(kind).model
    with database.atomic():
        row = _row(kind, code)
        if row.builtin or item_used(kind, code):
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "\"{name}\" has been used or is built in, so it can only be hidden, "
                          "never deleted."), name=row.name_zh)
        Synonym.delete().where((Synonym.kind == kind) & (Synonym.code == code)).execute()
        model.delete().where(model.code == code).execute()
        audit.record("delete", kind, code, old={"name_zh": row.name_zh, "name_en": row.name_en})


def turn_on(kind: str, codes) -> None:
    """Show several built-in items at once (a station kind's starting set)."""
    for code in codes:
        set_active(kind, code, True)


# Which of the codes that arrive hidden a new station of each kind starts with shown:
# an outdoor workers' station (comprehensive) serves sanitation workers, police and
# drivers in the street; a rider's or driver's home serves its drivers and riders.
KIND_PRESETS = {
    "comprehensive": {
        "group": ("sanitation", "traffic_police", "taxi"),  # Alt+7..9: all keys used
        "service": ("cooling_warming", "umbrella_loan", "reading"),
    },
    "specialized": {
        "group": ("taxi",),
        "service": ("meal_discount", "legal_aid", "haircut", "cooling_warming"),
    },
}


def apply_kind_preset(station_kind: str) -> None:
    preset = KIND_PRESETS.get(station_kind, {})
    with database.atomic():
        for kind in KINDS:
            turn_on(kind, preset.get(kind, ()))
