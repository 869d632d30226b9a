"""The catalogue: services a station offers and the groups its visitors belong to.

Names live in the database in Chinese and English (attendants add their own services), so
they are data, not translations. Synonyms let imports understand a ledger's own words.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from keeper.core import audit
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.store.models import Synonym, database
from keeper.store.seed import BUILTIN_GROUPS, BUILTIN_SERVICES, MORE_GROUPS

SERVICE_CODES = tuple(code for code, _, _ in BUILTIN_SERVICES)
GROUP_CODES = tuple(code for code, _, _ in BUILTIN_GROUPS + MORE_GROUPS)
DEFAULT_GROUP = "other"

# DESIGN §3: the words found in real paper and Excel ledgers.
BUILTIN_SERVICE_SYNONYMS = {
    "water": ("喝水", "接水", "开水", "饮用水", "热水", "打水", "水"),
    "rest": ("歇脚", "休息一下", "歇息"),
    "battery_swap": ("换电池", "换电瓶", "电池更换"),
    "charging": ("充电宝", "手机充电", "电动车充电", "充电桩"),
    "repair": ("修车", "补胎", "打气", "充气", "维修工具", "修理"),
    "meal_heating": ("加热", "微波炉", "热餐", "热饭菜", "加热饭菜"),
    "toilet": ("厕所", "上厕所", "卫生间", "洗手间"),
    "first_aid": ("药箱", "急救", "医药箱", "药品", "创可贴", "应急"),
    "meal_discount": ("优惠餐", "爱心餐", "暖心餐", "优惠午餐", "折扣餐"),
    "legal_aid": ("法律咨询", "法律援助", "法律服务", "维权咨询", "法律"),
    "haircut": ("剪发", "理发", "义剪", "爱心理发"),
    "nursing_room": ("母婴室", "哺乳室", "爱心妈妈小屋", "妈妈小屋"),
    "cooling_warming": ("避暑", "取暖", "纳凉", "防暑降温", "降温", "防暑"),
    "umbrella_loan": ("借伞", "雨伞", "雨衣", "借雨具", "雨具"),
    "reading": ("看书", "读书", "图书", "书报", "阅览"),
    "donation_claim": ("爱心互献", "领取捐赠", "爱心物资", "互献领取", "捐赠物品"),
}
BUILTIN_GROUP_SYNONYMS = {
    "rider": ("外卖员", "美团骑手", "饿了么骑手", "骑手", "外卖小哥", "送餐员", "外卖"),
    "courier": ("快递小哥", "快递", "快递员工", "快递配送员"),
    "ride_hailing": ("滴滴司机", "网约车", "专车司机"),
    "truck": ("卡车司机", "货车", "货运司机", "货拉拉司机"),
    "citizen": ("居民", "群众", "市民群众", "路人", "老人"),
    "other": ("其它",),
    "sanitation": ("环卫", "环卫工", "清洁工", "保洁", "保洁员", "清扫工"),
    "traffic_police": ("交警", "辅警", "协警", "交通警察", "交警辅警"),
    "taxi": ("的士", "出租车", "出租车司机", "的哥", "的姐"),
    "municipal": ("市政工人", "园林工人", "绿化工", "园林", "市政"),
    "security_guard": ("保安员", "门卫", "安保"),
    "construction": ("建筑工", "工地工人", "农民工", "施工人员"),
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
    icon: str = ""  # groups: a chosen icon; "" = the code's own

    def name(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") else self.name_en


# The catalogue is read a dozen times while a screen is built: one plain statement each,
# rows straight into CatalogItem (peewee's query building and model rows cost ~6× more).
_SERVICES = ("SELECT code, name_zh, name_en, sort_order, active, shortcut, builtin, '' "
             "FROM service {where}ORDER BY sort_order, code")
_GROUPS = ("SELECT code, name_zh, name_en, sort_order, active, shortcut, builtin, icon "
           "FROM visitor_group {where}ORDER BY sort_order, code")


def _items(sql: str, active_only: bool) -> list[CatalogItem]:
    rows = database.execute_sql(sql.format(where="WHERE active " if active_only else ""))
    return [CatalogItem(code, name_zh, name_en, order, bool(active), shortcut, bool(builtin),
                        icon)
            for code, name_zh, name_en, order, active, shortcut, builtin, icon in rows]


def services(*, active_only: bool = False) -> list[CatalogItem]:
    return _items(_SERVICES, active_only)


def groups(*, active_only: bool = False) -> list[CatalogItem]:
    return _items(_GROUPS, active_only)


def shown(kind: str, *, keep: tuple[str, ...] = ()) -> list[CatalogItem]:
    """The tiles to offer: the shown items, plus hidden ones a record already uses."""
    items = services() if kind == "service" else groups()
    return [item for item in items if item.active or item.code in keep]


def icon_name(kind: str, item: CatalogItem) -> str:
    """The icon file (without .svg) of a tile."""
    if item.icon:
        return item.icon
    if item.builtin:
        return f"{kind}-{item.code}"
    return f"{kind}-custom"


def list_separator(language: str) -> str:
    """How a list of names is written: 饮水、休息 in Chinese, "Drinking water, Rest" in English."""
    return "、" if language.startswith("zh") else ", "


def join_services(codes, names: dict[str, str], language: str) -> str:
    """A visit's services as the tiles show them: in catalogue order (``names`` is in that
    order, code -> name), whatever order they were stored or ticked in."""
    rank = {code: index for index, code in enumerate(names)}
    ordered = sorted(dict.fromkeys(codes), key=lambda code: (rank.get(code, len(rank)), code))
    return list_separator(language).join(names.get(code, code) for code in ordered)


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


def codes() -> dict[str, dict[str, dict[str, str]]]:
    """Every code of the station's catalogues with its names (the bundle's ``codes``), so a
    district can read a station's own codes without its catalogue."""
    def table(name: str) -> dict[str, dict[str, str]]:
        rows = database.execute_sql(
            f"SELECT code, name_zh, name_en FROM {name} ORDER BY sort_order, code").fetchall()
        return {code: {"zh": zh, "en": en} for code, zh, en in rows}
    return {"services": table("service"), "groups": table("visitor_group"),
            "appeal_categories": table("appeal_category"),
            "activity_types": table("activity_type")}
