"""Stock that follows visits: a service may use items (饮水 → 1 bottle per person), and a
repair may use a part the attendant names. Logging, correcting, voiding or undoing a
visit settles its stock to what the visit now says, with movements, never edits."""
from __future__ import annotations

from collections import Counter
from datetime import date

from peewee import fn

from keeper.core import audit, clock, months
from keeper.core.supplies import get_item, record_movement, take_from_lots
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.store.models import Visit, VisitService, database
from keeper.store.stock import ServiceSupply, SupplyMovement, VisitPart


def links() -> dict[str, dict[str, int]]:
    """{service: {item: quantity per person}}; quantity 0: ask which (parts)."""
    found: dict[str, dict[str, int]] = {}
    for row in ServiceSupply.select():
        found.setdefault(row.service_code, {})[row.item_code] = row.quantity
    return found


def set_link(service: str, item: str, quantity: int | None) -> None:
    """``quantity`` per person served, 0 to ask which part, None to unlink."""
    get_item(item)
    with database.atomic():
        old = ServiceSupply.get_or_none((ServiceSupply.service == service)
                                        & (ServiceSupply.item == item))
        if quantity is None:
            if old is not None:
                ServiceSupply.delete().where((ServiceSupply.service == service)
                                             & (ServiceSupply.item == item)).execute()
                audit.record("unlink", "supply", item, old={"service": service,
                                                            "quantity": old.quantity})
            return
        if isinstance(quantity, bool) or not isinstance(quantity, int) or not 0 <= quantity <= 99:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "A visit uses a whole number from 0 to 99 of an item."))
        ServiceSupply.insert(service=service, item=item, quantity=quantity) \
            .on_conflict_replace().execute()
        audit.record("link", "supply", item, old={"quantity": old.quantity} if old else None,
                     new={"service": service, "quantity": quantity})


def parts_to_ask(services: list[str]) -> list[str]:
    """The items to offer after a visit of these services (quantity 0 links)."""
    query = (ServiceSupply.select(ServiceSupply.item).distinct()
             .where(ServiceSupply.service.in_(services) & (ServiceSupply.quantity == 0)))
    return [row.item_code for row in query]


def _wanted(visit: Visit) -> Counter:
    if visit.voided_at is not None:
        return Counter()
    wanted: Counter = Counter()
    rows = (ServiceSupply.select(ServiceSupply.item, ServiceSupply.quantity)
            .join(VisitService, on=(VisitService.service == ServiceSupply.service))
            .where((VisitService.visit == visit.id) & (ServiceSupply.quantity > 0)))
    for row in rows:
        wanted[row.item_code] += row.quantity * visit.count
    for part in VisitPart.select().where(VisitPart.visit == visit.id):
        wanted[part.item_code] += part.quantity
    return wanted


def _held(visit_id: int) -> Counter:
    """What the visit has taken so far, per item (issues minus returns)."""
    rows = (SupplyMovement.select(SupplyMovement.item, fn.SUM(SupplyMovement.quantity))
            .where(SupplyMovement.visit == visit_id).group_by(SupplyMovement.item).tuples())
    return Counter({item: -total for item, total in rows if total})


def _return(item: str, quantity: int, day: date, visit_id: int) -> None:
    """Put back what a visit took, into the lots it came from, the latest first."""
    left = quantity
    rows = (SupplyMovement.select(SupplyMovement.lot, fn.SUM(SupplyMovement.quantity))
            .where((SupplyMovement.visit == visit_id) & (SupplyMovement.item == item))
            .group_by(SupplyMovement.lot).order_by(SupplyMovement.lot.desc()).tuples())
    for lot, total in rows:
        back = min(-total, left)
        if back > 0:
            record_movement(item, "return", back, day, lot=lot, visit=visit_id)
            left -= back
    if left > 0:
        record_movement(item, "return", left, day, visit=visit_id)


def take_for_new_visit(visit_id: int, day: date, services: list[str], count: int) -> None:
    """What a visit just logged takes: one indexed read when its services use nothing.
    (A new visit holds nothing yet and has no parts: settle_visit's other reads are moot.)"""
    marks = ", ".join("?" * len(services))
    wanted = database.execute_sql(
        f"SELECT item_code, SUM(quantity) FROM service_supply WHERE quantity > 0 AND "
        f"service_code IN ({marks}) GROUP BY item_code", list(services)).fetchall()
    for item, quantity in wanted:
        take_from_lots(item, quantity * count, "issue", day, visit=visit_id)


def settle_visit(visit_id: int) -> None:
    """Bring the stock a visit holds to what it should hold now. Runs inside the caller's
    transaction (log, amend, void, restore): a few indexed reads when nothing is linked."""
    visit = Visit.get_by_id(visit_id)
    wanted, held = _wanted(visit), _held(visit_id)
    if not wanted and not held:
        return
    day = date.fromisoformat(visit.date)
    if months.is_closed(months.month_of(day)):
        day = clock.today()  # a closed month's stock figures stay as reported
    for item in sorted(set(wanted) | set(held)):
        change = wanted[item] - held[item]
        if change > 0:
            take_from_lots(item, change, "issue", day, visit=visit_id)
        elif change < 0:
            _return(item, -change, day, visit_id)


def set_part(visit_id: int, item: str, quantity: int) -> None:
    """The attendant says which part a repair used (0 takes it back)."""
    get_item(item)
    if isinstance(quantity, bool) or not isinstance(quantity, int) or not 0 <= quantity <= 99:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "A visit uses a whole number from 0 to 99 of an item."))
    with database.atomic():
        if Visit.get_or_none(Visit.id == visit_id) is None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Visit #{id} does not exist."),
                            id=visit_id)
        VisitPart.insert(visit=visit_id, item=item, quantity=quantity) \
            .on_conflict_replace().execute()
        settle_visit(visit_id)
        audit.record("part", "visit", visit_id, new={"item": item, "quantity": quantity})
