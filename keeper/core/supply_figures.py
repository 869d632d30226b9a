"""What the supplies look like: items with what is on hand, the alerts a busy attendant
must see, an item's movements, and the month's stock figures for the report."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from peewee import JOIN, fn

from keeper import settings
from keeper.core import clock
from keeper.errors import QT_TRANSLATE_NOOP
from keeper.store.models import database
from keeper.store.stock import SupplyItem, SupplyLot, SupplyMovement

# Alert kinds, most urgent first.
EXPIRED, OUT, EXPIRING, LOW = "expired", "out", "expiring", "low"
ALERT_ORDER = (EXPIRED, OUT, EXPIRING, LOW)
_ALERT_TEXT = {
    EXPIRED: QT_TRANSLATE_NOOP("Supplies", "{item}: {quantity} expired on {day}, discard them"),
    OUT: QT_TRANSLATE_NOOP("Supplies", "{item}: out of stock"),
    EXPIRING: QT_TRANSLATE_NOOP("Supplies", "{item}: {quantity} expire on {day}"),
    LOW: QT_TRANSLATE_NOOP("Supplies", "{item}: only {quantity} left (minimum {minimum})"),
}


@dataclass(frozen=True)
class ItemRow:
    code: str
    name_zh: str
    name_en: str
    unit_zh: str
    unit_en: str
    category: str
    min_level: int
    has_expiry: bool
    active: bool
    on_hand: int
    next_expiry: str | None  # the soonest expiry of a lot with something left

    def name(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") else self.name_en

    def unit(self, language: str) -> str:
        return self.unit_zh if language.startswith("zh") else self.unit_en


@dataclass(frozen=True)
class Alert:
    kind: str  # EXPIRED | OUT | EXPIRING | LOW
    item: str
    name_zh: str
    name_en: str
    quantity: int  # on hand (OUT, LOW) or in the lots concerned (EXPIRED, EXPIRING)
    minimum: int = 0
    day: str | None = None  # the expiry date (EXPIRED, EXPIRING)

    def name(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") else self.name_en

    def message(self, translate, language: str) -> str:
        """One line for the log screen, the status bar and ``keeper supplies list``."""
        return translate("Supplies", _ALERT_TEXT[self.kind]).format(
            item=self.name(language), quantity=self.quantity, minimum=self.minimum,
            day=self.day)


def keeps_stock() -> bool:
    """Whether the station has ever recorded a movement (else reports leave stock out)."""
    return SupplyMovement.select().limit(1).exists()


# Plain SQL for the two reads the log screen repeats: peewee's row processing costs
# several times the queries themselves on 200 items.
_ITEMS = """
    SELECT i.code, i.name_zh, i.name_en, i.unit_zh, i.unit_en, i.category, i.min_level,
           i.has_expiry, i.active, i.on_hand,
           (SELECT MIN(l.expires) FROM supply_lot l WHERE l.item_code = i.code
            AND l.remaining > 0 AND l.expires IS NOT NULL)
    FROM supply_item i {where} ORDER BY i.sort_order, i.code"""
_KEPT = """
    SELECT i.code, i.name_zh, i.name_en, i.on_hand, i.min_level FROM supply_item i
    WHERE i.active AND EXISTS (SELECT 1 FROM supply_movement m WHERE m.item_code = i.code)"""
_DATED = """
    SELECT item_code, expires, SUM(remaining) FROM supply_lot
    WHERE remaining > 0 AND expires IS NOT NULL AND expires <= ?
    GROUP BY item_code, expires"""


def items(*, active_only: bool = False) -> list[ItemRow]:
    where = "WHERE i.active" if active_only else ""
    return [ItemRow(*row[:7], bool(row[7]), bool(row[8]), *row[9:])
            for row in database.execute_sql(_ITEMS.format(where=where)).fetchall()]


def alerts(today: date | None = None) -> list[Alert]:
    """Below minimum, out of stock, expiring within the warning days, expired: most
    urgent first. Reads the running totals and the open lots, never sums movements.
    Only items the station keeps count: one of the starter list never stocked is no alert."""
    today = today or clock.today()
    soon = (today + timedelta(days=settings.get(settings.SUPPLY_EXPIRY_DAYS))).isoformat()
    found: list[Alert] = []
    shown = {row[0]: row for row in database.execute_sql(_KEPT).fetchall()}
    for code, expires, quantity in database.execute_sql(_DATED, [soon]).fetchall():
        row = shown.get(code)
        if row is not None:
            kind = EXPIRED if expires < today.isoformat() else EXPIRING
            found.append(Alert(kind, code, row[1], row[2], quantity, day=expires))
    dated = {alert.item for alert in found}
    for code, name_zh, name_en, on_hand, minimum in shown.values():
        if on_hand <= 0 and (minimum > 0 or code in dated or on_hand < 0):
            found.append(Alert(OUT, code, name_zh, name_en, on_hand, minimum))
        elif on_hand < minimum:
            found.append(Alert(LOW, code, name_zh, name_en, on_hand, minimum))
    found.sort(key=lambda a: (ALERT_ORDER.index(a.kind), a.day or "", a.item))
    return found


@dataclass(frozen=True)
class MovementRow:
    id: int
    day: str
    kind: str
    quantity: int
    expires: str | None
    donor: str
    reason: str
    visit_id: int | None


def movements(item: str, limit: int = 500) -> list[MovementRow]:
    """An item's movements, newest first."""
    query = (SupplyMovement.select(SupplyMovement.id, SupplyMovement.day, SupplyMovement.kind,
                                   SupplyMovement.quantity, SupplyLot.expires,
                                   SupplyMovement.donor, SupplyMovement.reason,
                                   SupplyMovement.visit)
             .join(SupplyLot, JOIN.LEFT_OUTER, on=(SupplyMovement.lot == SupplyLot.id))
             .where(SupplyMovement.item == item)
             .order_by(SupplyMovement.id.desc()).limit(limit).tuples())
    return [MovementRow(*row) for row in query]


@dataclass(frozen=True)
class MonthStock:
    item: str
    name_zh: str
    name_en: str
    unit_zh: str
    unit_en: str
    category: str
    opening: int
    received: int
    issued: int  # net of what visits gave back
    discarded: int
    counted: int  # the difference found at stocktakes (negative: missing)
    closing: int


def month_stock(first: date, last: date) -> list[MonthStock]:
    """Per item: opening, received, issued, discarded, count differences, closing, for the
    days ``first``..``last``; items with no stock and no movement are left out."""
    start, end = first.isoformat(), last.isoformat()
    opening = dict(SupplyMovement.select(SupplyMovement.item, fn.SUM(SupplyMovement.quantity))
                   .where(SupplyMovement.day < start).group_by(SupplyMovement.item).tuples())
    inside: dict[str, dict[str, int]] = {}
    for item, kind, total in (
            SupplyMovement.select(SupplyMovement.item, SupplyMovement.kind,
                                  fn.SUM(SupplyMovement.quantity))
            .where(SupplyMovement.day.between(start, end))
            .group_by(SupplyMovement.item, SupplyMovement.kind).tuples()):
        inside.setdefault(item, {})[kind] = total
    rows = []
    for item in SupplyItem.select().order_by(SupplyItem.sort_order, SupplyItem.code):
        begin, kinds = opening.get(item.code, 0), inside.get(item.code, {})
        if not begin and not kinds:
            continue
        closing = begin + sum(kinds.values())
        rows.append(MonthStock(
            item.code, item.name_zh, item.name_en, item.unit_zh, item.unit_en, item.category,
            begin, kinds.get("receive", 0), -(kinds.get("issue", 0) + kinds.get("return", 0)),
            -kinds.get("discard", 0), kinds.get("count", 0), closing))
    return rows


def summary_figures(rows: list[MonthStock]) -> tuple[dict, dict]:
    """DESIGN §3's ``supplies`` {code: {unit, received, issued, discarded, on_hand}} and
    ``donations`` {received, claimed} (items of the donations category) from the month's
    stock rows."""
    supplies = {r.item: {"unit": r.unit_zh, "received": r.received, "issued": r.issued,
                         "discarded": r.discarded, "on_hand": r.closing} for r in rows}
    gifts = [r for r in rows if r.category == "donations"]
    donations = {"received": sum(r.received for r in gifts),
                 "claimed": sum(r.issued for r in gifts)}
    return supplies, donations
