"""The catalogue: services a station offers and the groups its visitors belong to.

Names live in the database in Chinese and English (attendants add their own services), so
they are data, not translations. Synonyms let imports understand a ledger's own words.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from keeper.store.models import Service, Synonym, VisitorGroup
from keeper.store.seed import BUILTIN_GROUPS, BUILTIN_SERVICES

SERVICE_CODES = tuple(code for code, _, _ in BUILTIN_SERVICES)
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
