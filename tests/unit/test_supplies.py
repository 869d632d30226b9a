"""Supplies (issue 19): movements never edited, lots used soonest-expiry first, stock that
follows visits, alerts, the month's figures, and bad input refused whole."""
from __future__ import annotations

from datetime import date

import pytest

from keeper import settings
from keeper.core import ledger, months, supplies, supply_figures, supply_visits
from keeper.core.ledger import NewVisit
from keeper.errors import UserError
from keeper.store.models import MonthState
from keeper.store.stock import SupplyItem, SupplyLot, SupplyMovement

pytestmark = pytest.mark.usefixtures("db", "pinned_now")  # today is 2026-10-15


def on_hand(code: str) -> int:
    return SupplyItem.get_by_id(code).on_hand


def consistent() -> None:
    """The running totals equal what the movements add up to."""
    for item in SupplyItem.select():
        total = sum(m.quantity for m in SupplyMovement.select().where(
            SupplyMovement.item == item.code))
        assert item.on_hand == total, item.code
    for lot in SupplyLot.select():
        total = sum(m.quantity for m in SupplyMovement.select().where(
            SupplyMovement.lot == lot.id))
        assert lot.remaining == total, lot.id


def test_the_starter_list_is_there_and_empty():
    rows = supply_figures.items()
    assert {"bottled_water", "plaster", "inner_tube", "umbrella", "donated_goods"} <= {
        r.code for r in rows}
    assert all(r.on_hand == 0 for r in rows)
    assert not supply_figures.keeps_stock()


def test_receive_issue_discard_count_are_movements():
    supplies.receive("bottled_water", 48, expires=date(2027, 3, 1))
    supplies.issue("bottled_water", 6, reason="社区巡逻")
    supplies.discard("bottled_water", 2, "瓶身破损")
    assert on_hand("bottled_water") == 40
    assert supplies.count("bottled_water", 37, reason="盘点") == -3
    assert on_hand("bottled_water") == 37
    kinds = [m.kind for m in SupplyMovement.select().order_by(SupplyMovement.id)]
    assert kinds == ["receive", "issue", "discard", "count"]
    consistent()
    with pytest.raises(Exception, match="append-only"):
        SupplyMovement.update(quantity=1).execute()
    with pytest.raises(Exception, match="append-only"):
        SupplyMovement.delete().execute()


def test_issuing_takes_the_soonest_expiring_lot_first():
    late = supplies.receive("plaster", 10, expires=date(2027, 6, 1)).lot_id
    soon = supplies.receive("plaster", 10, expires=date(2026, 12, 1)).lot_id
    undated = supplies.receive("plaster", 5).lot_id
    supplies.issue("plaster", 12)
    remaining = {lot.id: lot.remaining for lot in SupplyLot.select()}
    assert remaining == {late: 8, soon: 0, undated: 5}
    assert [lot for lot, _left, _expires in supplies.open_lots("plaster")] == [late, undated]
    consistent()


def test_a_donation_keeps_its_donor_and_counts_in_donations():
    supplies.receive("donated_goods", 30, donor="望京便利店")
    supplies.receive("donated_goods", 5, donor=supplies.ANONYMOUS)
    supplies.issue("donated_goods", 12)
    assert [m.donor for m in SupplyMovement.select().where(SupplyMovement.kind == "receive")] \
        == ["望京便利店", "anonymous"]
    figures, donations = supply_figures.summary_figures(
        supply_figures.month_stock(date(2026, 10, 1), date(2026, 10, 31)))
    assert donations == {"received": 35, "claimed": 12}
    assert figures["donated_goods"] == {"unit": "件", "received": 35, "issued": 12,
                                        "discarded": 0, "on_hand": 23}


@pytest.mark.parametrize("action, words", [
    (lambda: supplies.receive("bottled_water", 0), "whole number from 1"),
    (lambda: supplies.receive("bottled_water", -5), "whole number from 1"),
    (lambda: supplies.receive("bottled_water", 2.5), "whole number from 1"),
    (lambda: supplies.receive("caviar", 1), "Unknown supply item"),
    (lambda: supplies.issue("bottled_water", 1), "Only 0"),
    (lambda: supplies.discard("bottled_water", 1, ""), "Say why"),
    (lambda: supplies.count("bottled_water", -1), "from 0"),
    (lambda: supplies.receive("bottled_water", 5, day=date(2026, 10, 16)), "future"),
])
def test_bad_input_is_refused_and_nothing_is_stored(action, words):
    with pytest.raises(UserError, match=words):
        action()
    assert SupplyMovement.select().count() == 0 and SupplyLot.select().count() == 0


def test_issuing_more_than_on_hand_says_what_is_there():
    supplies.receive("inner_tube", 2)
    with pytest.raises(UserError) as caught:
        supplies.issue("inner_tube", 3)
    message = caught.value.message()
    assert "Only 2" in message and "count the stock" in message
    assert on_hand("inner_tube") == 2


def test_a_closed_month_takes_no_stock_change():
    MonthState.insert(month="2026-09", closed_at="2026-10-05T10:00:00+08:00").execute()
    assert months.is_closed("2026-09")
    with pytest.raises(UserError, match="closed"):
        supplies.receive("umbrella", 3, day=date(2026, 9, 20))
    assert SupplyMovement.select().count() == 0


def test_a_past_expiry_on_receipt_is_a_warning_not_a_refusal():
    receipt = supplies.receive("iodine", 2, expires=date(2026, 10, 1))
    assert [w.message() for w in receipt.warnings] == [
        "This lot expired on 2026-10-01: recorded, but discard it rather than hand it out."]
    assert on_hand("iodine") == 2
    no_date = supplies.receive("iodine", 1)
    assert "No expiry date" in no_date.warnings[0].message()


def test_a_water_visit_takes_a_bottle_and_undo_puts_it_back():
    supplies.receive("bottled_water", 24, expires=date(2027, 1, 1))
    supply_visits.set_link("water", "bottled_water", 1)
    visit = ledger.log_visit(NewVisit(services=["water", "rest"], count=3))
    assert on_hand("bottled_water") == 21  # three people, a bottle each
    ledger.log_visit(NewVisit(services=["rest"]))
    assert on_hand("bottled_water") == 21
    ledger.undo_visit(visit)
    assert on_hand("bottled_water") == 24
    assert [m.kind for m in SupplyMovement.select().where(SupplyMovement.visit == visit)] == [
        "issue", "return"]
    consistent()


def test_correcting_and_voiding_a_visit_settle_its_stock():
    supplies.receive("bottled_water", 10)
    supply_visits.set_link("water", "bottled_water", 1)
    visit = ledger.log_visit(NewVisit(services=["water"], count=2))
    ledger.amend_visit(visit, NewVisit(services=["water"], count=5,
                                       day=date(2026, 10, 15)), "五个人")
    assert on_hand("bottled_water") == 5
    ledger.amend_visit(visit, NewVisit(services=["rest"], count=5, day=date(2026, 10, 15)),
                       "没拿水")
    assert on_hand("bottled_water") == 10
    ledger.amend_visit(visit, NewVisit(services=["water"], count=1, day=date(2026, 10, 15)),
                       "一瓶")
    ledger.void_visit(visit, "登记错了")
    assert on_hand("bottled_water") == 10
    ledger.restore_visit(visit, "其实没错")
    assert on_hand("bottled_water") == 9
    consistent()


def test_a_repair_asks_for_its_part_and_voiding_returns_it():
    supplies.receive("inner_tube", 3)
    supply_visits.set_link("repair", "inner_tube", 0)  # ask which
    supply_visits.set_link("repair", "tyre_patch", 0)
    assert sorted(supply_visits.parts_to_ask(["repair", "water"])) == ["inner_tube", "tyre_patch"]
    visit = ledger.log_visit(NewVisit(services=["repair"]))
    assert on_hand("inner_tube") == 3  # nothing until the attendant says which part
    supply_visits.set_part(visit, "inner_tube", 1)
    assert on_hand("inner_tube") == 2
    ledger.void_visit(visit, "补录错误")
    assert on_hand("inner_tube") == 3
    consistent()


def test_stock_handed_out_unrecorded_goes_below_zero_until_counted():
    supplies.receive("bottled_water", 1)
    supply_visits.set_link("water", "bottled_water", 1)
    ledger.log_visit(NewVisit(services=["water"], count=3))  # the visit is never refused
    assert on_hand("bottled_water") == -2
    assert [a.kind for a in supply_figures.alerts()] == ["out"]
    supplies.count("bottled_water", 12, reason="盘点")
    assert on_hand("bottled_water") == 12
    assert sum(left for _lot, left, _expires in supplies.open_lots("bottled_water")) == 12
    consistent()


def test_imported_and_demo_visits_take_no_stock():
    supplies.receive("bottled_water", 5)
    supply_visits.set_link("water", "bottled_water", 1)
    ledger.log_visit(NewVisit(services=["water"], day=date(2026, 10, 2)), source="import")
    assert on_hand("bottled_water") == 5


def test_alerts_low_out_expiring_expired():
    settings.set(settings.SUPPLY_EXPIRY_DAYS, 30)
    supplies.receive("bottled_water", 10)  # minimum 24: low
    supplies.receive("plaster", 30, expires=date(2026, 11, 1))  # within 30 days
    supplies.receive("iodine", 1, expires=date(2026, 10, 1))  # expired
    supplies.receive("iodine", 4, expires=date(2027, 10, 1))
    supplies.receive("inner_tube", 1)
    supplies.issue("inner_tube", 1)  # minimum 2, none left: out of stock
    found = [(a.kind, a.item) for a in supply_figures.alerts()]
    # Most urgent first; items of the starter list never stocked raise nothing.
    assert found == [("expired", "iodine"), ("out", "inner_tube"), ("expiring", "plaster"),
                     ("low", "bottled_water")]
    settings.set(settings.SUPPLY_EXPIRY_DAYS, 10)
    assert ("expiring", "plaster") not in [(a.kind, a.item) for a in supply_figures.alerts()]


def test_the_months_figures():
    supplies.receive("umbrella", 10, day=date(2026, 9, 5))
    supplies.issue("umbrella", 3, day=date(2026, 9, 20))
    supplies.receive("umbrella", 5, day=date(2026, 10, 2))
    supplies.issue("umbrella", 4, day=date(2026, 10, 3))
    supplies.discard("umbrella", 1, "伞骨断了", day=date(2026, 10, 4))
    supplies.count("umbrella", 6, reason="盘点", day=date(2026, 10, 10))
    rows = {r.item: r for r in supply_figures.month_stock(date(2026, 10, 1), date(2026, 10, 31))}
    umbrella = rows["umbrella"]
    assert (umbrella.opening, umbrella.received, umbrella.issued, umbrella.discarded,
            umbrella.counted, umbrella.closing) == (7, 5, 4, 1, -1, 6)
    assert set(rows) == {"umbrella"}  # items never stocked are left out
