"""Supplies: what the station hands out. Every change of stock is a movement, never
edited: received (bought or donated), issued, returned, discarded, counted. Lots carry
expiry dates; issuing takes the soonest-expiring lot first.

``SupplyItem.on_hand`` and ``SupplyLot.remaining`` are running totals written in the same
transaction as the movements, so what is on hand is read, not summed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from keeper.core import audit, clock, months
from keeper.errors import QT_TRANSLATE_NOOP, Named, UserError
from keeper.store.models import database
from keeper.store.stock import SupplyItem, SupplyLot

MAX_QUANTITY = 100_000  # a typo guard: a station receives pallets, not container ships
ANONYMOUS = "anonymous"  # the donor of a gift whose giver left no name


@dataclass
class Receipt:
    lot_id: int
    warnings: list[UserError] = field(default_factory=list)


def get_item(code: str) -> SupplyItem:
    row = SupplyItem.get_or_none(SupplyItem.code == code)
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown supply item: {item}."), item=code)
    return row


def find_item(text: str) -> SupplyItem:
    """An item by code or by its Chinese or English name (the command line takes both)."""
    key = " ".join((text or "").split()).casefold()
    for row in SupplyItem.select():
        if key in (row.code.casefold(), row.name_zh.casefold(), row.name_en.casefold()):
            return row
    raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown supply item: {item}."), item=text)


def _quantity(quantity) -> int:
    if isinstance(quantity, bool) or not isinstance(quantity, int) or not (
            0 < quantity <= MAX_QUANTITY):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The quantity must be a whole number from 1 to {max}."), max=MAX_QUANTITY)
    return quantity


def _day(day: date | None) -> date:
    today = clock.today()
    day = day or today
    if day > today:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "{day} is in the future."),
                        day=day.isoformat())
    if months.is_closed(months.month_of(day)):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "{month} is closed: its report went to the district. Record the change "
                      "of stock on a day of an open month."), month=months.month_of(day))
    return day


def record_movement(item: str, kind: str, quantity: int, day: date, *, lot: int | None = None,
                    donor: str = "", reason: str = "", visit: int | None = None) -> None:
    """Append one movement and move the running totals with it (plain SQL: a water visit
    pays for this at the counter)."""
    database.execute_sql(
        "INSERT INTO supply_movement (item_code, kind, quantity, lot_id, day, created_at,"
        " donor, reason, visit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [item, kind, quantity, lot, day.isoformat(), clock.stamp(), donor, reason, visit])
    database.execute_sql("UPDATE supply_item SET on_hand = on_hand + ? WHERE code = ?",
                         [quantity, item])
    if lot is not None:
        database.execute_sql("UPDATE supply_lot SET remaining = remaining + ? WHERE id = ?",
                             [quantity, lot])


def open_lots(item: str) -> list[tuple[int, int, str | None]]:
    """(lot id, remaining, expires) of the lots with something left, in the order they are
    used: soonest expiry first, lots without a date last, the oldest first among equals."""
    return database.execute_sql(
        "SELECT id, remaining, expires FROM supply_lot WHERE item_code = ? AND remaining > 0"
        " ORDER BY expires IS NULL, expires, id", [item]).fetchall()


def take_from_lots(item: str, quantity: int, kind: str, day: date, *, reason: str = "",
          visit: int | None = None) -> None:
    """Take ``quantity`` out of the lots, soonest-expiring first. What the lots cannot cover
    (stock handed out that was never recorded) is taken without a lot: on hand goes below
    zero and the alerts ask for a count."""
    left = quantity
    for lot, remaining, _expires in open_lots(item):
        if left == 0:
            break
        take = min(remaining, left)
        record_movement(item, kind, -take, day, lot=lot, reason=reason, visit=visit)
        left -= take
    if left:
        record_movement(item, kind, -left, day, reason=reason, visit=visit)


def receive(item_code: str, quantity: int, *, expires: date | None = None, donor: str = "",
            day: date | None = None) -> Receipt:
    """A delivery, bought (no donor) or donated (a donor's name, or ANONYMOUS)."""
    item = get_item(item_code)
    quantity, day = _quantity(quantity), _day(day)
    donor = " ".join((donor or "").split())[:100]
    warnings = []
    if expires is not None and expires < day:
        warnings.append(UserError(QT_TRANSLATE_NOOP(
            "Errors", "This lot expired on {day}: recorded, but discard it rather than hand it "
                      "out."), day=expires.isoformat()))
    if item.has_expiry and expires is None:
        warnings.append(UserError(QT_TRANSLATE_NOOP(
            "Errors", "No expiry date given for {item}: keeper cannot warn before this lot "
                      "expires."), item=Named(item.name_zh, item.name_en)))
    with database.atomic():
        lot = SupplyLot.create(item=item.code, expires=expires.isoformat() if expires else None,
                               received_on=day.isoformat(), remaining=0)
        record_movement(item.code, "receive", quantity, day, lot=lot.id, donor=donor)
        audit.record("receive", "supply", item.code, new={
            "quantity": quantity, "expires": expires.isoformat() if expires else None,
            "donor": donor, "day": day.isoformat()})
    return Receipt(lot.id, warnings)


def _refuse_more_than_on_hand(item: SupplyItem, quantity: int) -> None:
    if quantity > item.on_hand:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Only {on_hand} {unit} of {item} are on hand, not {quantity}. If there "
                      "are more on the shelf, count the stock first."),
            on_hand=max(item.on_hand, 0), unit=Named(item.unit_zh, item.unit_en),
            item=Named(item.name_zh, item.name_en), quantity=quantity, field="quantity")


def issue(item_code: str, quantity: int, *, reason: str = "", day: date | None = None) -> None:
    """Hand out stock without a visit (a box of plasters to a team, a claimed gift)."""
    item = get_item(item_code)
    quantity, day = _quantity(quantity), _day(day)
    with database.atomic():
        _refuse_more_than_on_hand(item, quantity)
        take_from_lots(item.code, quantity, "issue", day, reason=reason.strip())
        audit.record("issue", "supply", item.code, new={"quantity": quantity,
                                                        "day": day.isoformat()})


def discard(item_code: str, quantity: int, reason: str, *, day: date | None = None) -> None:
    """Throw away expired or damaged stock: the reason is required and kept."""
    item = get_item(item_code)
    quantity, day = _quantity(quantity), _day(day)
    reason = " ".join((reason or "").split())
    if not reason:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Say why the stock is discarded (expired, damaged …)."), field="reason")
    with database.atomic():
        _refuse_more_than_on_hand(item, quantity)
        # Expired lots go first: that is what a discard usually is.
        take_from_lots(item.code, quantity, "discard", day, reason=reason)
        audit.record("discard", "supply", item.code, reason=reason,
                     new={"quantity": quantity, "day": day.isoformat()})


def count(item_code: str, counted: int, *, reason: str = "", expires: date | None = None,
          day: date | None = None) -> int:
    """A stocktake: what is on the shelf becomes what is on hand; the difference is a
    movement with its reason. Returns the difference (negative: missing)."""
    item = get_item(item_code)
    if isinstance(counted, bool) or not isinstance(counted, int) or not (
            0 <= counted <= MAX_QUANTITY):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The count must be a whole number from 0 to {max}."), max=MAX_QUANTITY)
    day = _day(day)
    reason = " ".join((reason or "").split())
    with database.atomic():
        item = get_item(item_code)
        lots = sum(remaining for _lot, remaining, _expires in open_lots(item.code))
        difference = counted - item.on_hand
        if difference == 0:
            return 0
        if counted < lots:
            take_from_lots(item.code, lots - counted, "count", day, reason=reason)
        elif counted > lots:
            lot = SupplyLot.create(item=item.code,
                                   expires=expires.isoformat() if expires else None,
                                   received_on=day.isoformat(), remaining=0)
            record_movement(item.code, "count", counted - lots, day, lot=lot.id, reason=reason)
        # Stock handed out unrecorded left on hand below what the lots hold: square it.
        unlotted = counted - (item.on_hand + (counted - lots))
        if unlotted:
            record_movement(item.code, "count", unlotted, day, reason=reason)
        audit.record("count", "supply", item.code, reason=reason,
                     old={"on_hand": item.on_hand}, new={"on_hand": counted})
    return difference
