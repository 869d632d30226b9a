"""The catalogue: services a station offers and the groups its visitors belong to.

Names live in the database in Chinese and English (attendants add their own services), so
they are data, not translations. Synonyms let imports understand a ledger's own words.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from peewee import fn

from keeper.core import audit
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.store.models import Service, Synonym, VisitorGroup, VisitService, database
from keeper.store.seed import BUILTIN_GROUPS

GROUP_CODES = tuple(code for code, _, _ in BUILTIN_GROUPS)
DEFAULT_GROUP = "other"

# DESIGN §3: the words found in real paper and Excel ledgers.
BUILTIN_SERVICE_SYNONYMS = {
    "water": ("喝水", "接水", "开水", "饮用水", "热水", "打水", "水"),
    "rest": ("歇脚", "休息一下", "纳凉", "避暑", "取暖", "歇息"),
    "battery_swap": ("换电池", "换电瓶", "电池更换"),
    "charging": ("充电宝", "手机充电", "电动车充电", "充电桩"),
    "repair": ("修车", "补胎", "打气", "充气", "维修工具", "修理"),
    "meal_heating": ("加热", "微波炉", "热餐", "热饭菜", "加热饭菜"),
    "toilet": ("厕所", "上厕所", "卫生间", "洗手间"),
    "first_aid": ("药箱", "急救", "医药箱", "药品", "创可贴", "应急"),
}
BUILTIN_GROUP_SYNONYMS = {
    "rider": ("外卖员", "美团骑手", "饿了么骑手", "骑手", "外卖小哥", "送餐员", "外卖"),
    "courier": ("快递小哥", "快递", "快递员工", "快递配送员"),
    "ride_hailing": ("滴滴司机", "网约车", "专车司机", "出租车司机", "的哥"),
    "truck": ("卡车司机", "货车", "货运司机", "货拉拉司机"),
    "citizen": ("居民", "群众", "市民群众", "路人", "老人"),
    "other": ("其它",),
}


@dataclass(frozen=True)
class CatalogItem:
    code: str
    name_zh: str
    name_en: str
    sort_order: int
    active: bool = True
    shortcut: str = ""
    builtin: bool = False

    def name(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") else self.name_en


def services(*, active_only: bool = False) -> list[CatalogItem]:
    query = Service.select().order_by(Service.sort_order, Service.code)
    if active_only:
        query = query.where(Service.active == True)  # noqa: E712 (peewee expression)
    return [CatalogItem(s.code, s.name_zh, s.name_en, s.sort_order, s.active, s.shortcut,
                        s.builtin) for s in query]


def groups() -> list[CatalogItem]:
    query = VisitorGroup.select().order_by(VisitorGroup.sort_order, VisitorGroup.code)
    return [CatalogItem(g.code, g.name_zh, g.name_en, g.sort_order, builtin=g.code in GROUP_CODES)
            for g in query]


def _key(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def _lookup(kind: str, text: str, items: list[CatalogItem],
            builtin: dict[str, tuple[str, ...]]) -> str | None:
    key = _key(text)
    if not key:
        return None
    for item in items:
        if key in (_key(item.code), _key(item.name_zh), _key(item.name_en)):
            return item.code
    custom = Synonym.get_or_none((Synonym.kind == kind) & (Synonym.text == key))
    if custom is not None:
        return custom.code
    known = {item.code for item in items}
    for code, words in builtin.items():
        if code in known and key in (_key(w) for w in words):
            return code
    return None


def resolve_service(text: str) -> str | None:
    """A service code for a code, a name or a synonym; None when nothing matches."""
    return _lookup("service", text, services(), BUILTIN_SERVICE_SYNONYMS)


def resolve_group(text: str) -> str | None:
    return _lookup("group", text, groups(), BUILTIN_GROUP_SYNONYMS)


# -- editing the catalogue (Settings) ------------------------------------------------------
# Every change is audited. A service that was ever used is hidden, never deleted, so old
# visits and reports keep their names.

_SERVICE_CODE = re.compile(r"^[a-z][a-z0-9_]{1,31}$")


def _service(code: str) -> Service:
    row = Service.get_or_none(Service.code == code)
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown service: {codes}."), codes=code)
    return row


def _check_names(name_zh: str, name_en: str) -> tuple[str, str]:
    name_zh, name_en = " ".join(name_zh.split()), " ".join(name_en.split())
    if not name_zh or not name_en:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "A service needs both a Chinese and an English name."))
    return name_zh, name_en


def _check_shortcut(shortcut: str, code: str) -> str:
    shortcut = unicodedata.normalize("NFKC", shortcut or "").strip().upper()
    if not shortcut:
        return ""
    if len(shortcut) != 1 or not shortcut.isalnum() or not shortcut.isascii():
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "A shortcut is one letter or digit, not \"{key}\"."), key=shortcut)
    other = Service.get_or_none((Service.shortcut == shortcut) & (Service.code != code))
    if other is not None:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The key {key} already logs \"{name}\"."), key=shortcut, name=other.name_zh)
    return shortcut


def add_service(code: str, name_zh: str, name_en: str, shortcut: str = "") -> CatalogItem:
    code = (code or "").strip()
    if not _SERVICE_CODE.match(code):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The service code \"{code}\" is not valid: use 2 to 32 lowercase letters, "
                      "digits or _, starting with a letter (e.g. haircut)."), code=code)
    if Service.get_or_none(Service.code == code) is not None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The service code \"{code}\" is taken."),
                        code=code)
    name_zh, name_en = _check_names(name_zh, name_en)
    with database.atomic():
        shortcut = _check_shortcut(shortcut, code)
        order = (Service.select(fn.MAX(Service.sort_order)).scalar() or 0) + 1
        Service.create(code=code, name_zh=name_zh, name_en=name_en, active=True,
                       sort_order=order, builtin=False, shortcut=shortcut)
        audit.record("create", "service", code, new={"name_zh": name_zh, "name_en": name_en,
                                                      "shortcut": shortcut})
    return next(s for s in services() if s.code == code)


def update_service(code: str, *, name_zh: str, name_en: str, shortcut: str) -> None:
    name_zh, name_en = _check_names(name_zh, name_en)
    with database.atomic():
        row = _service(code)
        shortcut = _check_shortcut(shortcut, code)
        old = {"name_zh": row.name_zh, "name_en": row.name_en, "shortcut": row.shortcut}
        new = {"name_zh": name_zh, "name_en": name_en, "shortcut": shortcut}
        if old == new:
            return
        Service.update(**new).where(Service.code == code).execute()
        audit.record("update", "service", code, old=old, new=new)


def set_service_active(code: str, active: bool) -> None:
    """Show or hide a service's tile. Hidden services keep their history."""
    with database.atomic():
        row = _service(code)
        if row.active == active:
            return
        Service.update(active=active).where(Service.code == code).execute()
        audit.record("show" if active else "hide", "service", code,
                     old={"active": row.active}, new={"active": active})


def move_service(code: str, step: int) -> None:
    """Move a service up (-1) or down (+1) among the tiles."""
    with database.atomic():
        ordered = [s.code for s in services()]
        index = ordered.index(_service(code).code)
        target = max(0, min(len(ordered) - 1, index + step))
        if target == index:
            return
        ordered.insert(target, ordered.pop(index))
        for position, each in enumerate(ordered):
            Service.update(sort_order=position).where(Service.code == each).execute()
        audit.record("reorder", "service", code, old={"position": index},
                     new={"position": target})


def service_used(code: str) -> bool:
    return VisitService.select().where(VisitService.service == code).limit(1).exists()


def delete_service(code: str) -> None:
    """Only a service added by mistake and never used can go; others are hidden."""
    with database.atomic():
        row = _service(code)
        if row.builtin or service_used(code):
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "\"{name}\" has been used or is built in, so it can only be hidden, "
                          "never deleted."), name=row.name_zh)
        Synonym.delete().where((Synonym.kind == "service") & (Synonym.code == code)).execute()
        Service.delete().where(Service.code == code).execute()
        audit.record("delete", "service", code, old={"name_zh": row.name_zh,
                                                     "name_en": row.name_en})


def synonyms(kind: str) -> list[tuple[str, str]]:
    """The station's own synonyms of ``kind`` ("service" or "group"): (text, code)."""
    return [(s.text, s.code) for s in
            Synonym.select().where(Synonym.kind == kind).order_by(Synonym.code, Synonym.text)]


def add_synonym(kind: str, text: str, code: str) -> str:
    key = _key(text)
    items = services() if kind == "service" else groups()
    if not key:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Type the word to teach."))
    if code not in {item.code for item in items}:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown service: {codes}."), codes=code)
    resolver = resolve_service if kind == "service" else resolve_group
    known = resolver(text)
    if known is not None and known != code:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "\"{text}\" already means {code}."), text=text, code=known)
    with database.atomic():
        Synonym.insert(kind=kind, text=key, code=code).on_conflict_replace().execute()
        audit.record("create", "synonym", f"{kind}:{key}", new={"code": code})
    return key


def remove_synonym(kind: str, text: str) -> None:
    with database.atomic():
        row = Synonym.get_or_none((Synonym.kind == kind) & (Synonym.text == text))
        if row is None:
            return
        Synonym.delete().where((Synonym.kind == kind) & (Synonym.text == text)).execute()
        audit.record("delete", "synonym", f"{kind}:{text}", old={"code": row.code})
