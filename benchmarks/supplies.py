"""Supplies (issue 19), each figure beside its floor measured in the same run:

    python benchmarks/supplies.py [--runs 50]

1. What is on hand and the alerts for 200 items with 100,000 movements (the Supplies
   screen's list and the log screen's line). Floor: the same two reads in plain sqlite3
   (the items table and the open lots), no keeper code. Target: ≤ 10 ms.
2. Logging a visit whose service uses an item (饮水 → a bottle) against one whose service
   uses none, alternating, on a real file with synchronous=FULL. Target: ≤ 1.2×.
"""
from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _fill(database, items: int, movements: int) -> None:
    """200 items, their lots and 100,000 movements written straight in one transaction,
    with the running totals the core keeps (checked after)."""
    from keeper.core import supply_items
    from keeper.core.supply_items import ItemDetails
    from keeper.store.stock import SupplyItem

    rng = random.Random(7)
    existing = SupplyItem.select().count()
    with database.atomic():
        for number in range(items - existing):
            supply_items.add_item(f"item_{number:03d}", ItemDetails(
                f"物资{number}", f"Item {number}", "件", "pieces",
                rng.choice(("drinks", "first_aid", "repair_parts", "loan_items")),
                rng.randint(0, 40), rng.random() < 0.4))
    codes = [row.code for row in SupplyItem.select()]
    today = date(2026, 10, 15)
    lots, moves, remaining, on_hand = [], [], {}, dict.fromkeys(codes, 0)
    lot_id = 0
    # As a station works: mostly issues of one to three, a delivery when stock runs low,
    # the soonest-expiring lot used first; now and then a lot is thrown away expired.
    open_lots: dict[str, list[int]] = {code: [] for code in codes}
    for number in range(movements):
        code = codes[rng.randrange(len(codes))]
        day = (today - timedelta(days=700 - number * 700 // movements)).isoformat()
        if on_hand[code] < 10:
            lot_id += 1
            quantity = rng.randint(20, 60)
            expires = (date.fromisoformat(day) + timedelta(days=rng.randint(60, 500))
                       ).isoformat() if rng.random() < 0.5 else None
            lots.append([lot_id, code, expires, day, quantity])
            remaining[lot_id] = (code, quantity)
            open_lots[code].append(lot_id)
            open_lots[code].sort(key=lambda i: (lots[i - 1][2] is None, lots[i - 1][2] or ""))
            moves.append((code, "receive", quantity, lot_id, day, day, "", "", None))
            on_hand[code] += quantity
            continue
        lot = open_lots[code][0]
        kind = "discard" if rng.random() < 0.01 else "issue"
        take = remaining[lot][1] if kind == "discard" else min(remaining[lot][1],
                                                               rng.randint(1, 3))
        remaining[lot] = (code, remaining[lot][1] - take)
        if remaining[lot][1] == 0:
            open_lots[code].pop(0)
        moves.append((code, kind, -take, lot, day, day, "", "expired" if kind == "discard"
                      else "", None))
        on_hand[code] -= take
    for lot in lots:
        lot[4] = remaining[lot[0]][1]
        if lot[4] == 0:
            del remaining[lot[0]]
    with database.atomic():
        database.execute_sql("DELETE FROM supply_lot")
        conn = database.connection()
        conn.executemany("INSERT INTO supply_lot VALUES (?, ?, ?, ?, ?)", lots)
        conn.executemany(
            "INSERT INTO supply_movement (item_code, kind, quantity, lot_id, day, created_at,"
            " donor, reason, visit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", moves)
        conn.executemany("UPDATE supply_item SET on_hand = ? WHERE code = ?",
                         [(value, code) for code, value in on_hand.items()])
    database.execute_sql("ANALYZE")
    print(f"{len(codes)} items, {len(moves):,} movements, {len(lots):,} lots "
          f"({len(remaining):,} open)")


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def bench_alerts(path: Path, runs: int) -> None:
    from keeper.core import supply_figures

    from keeper.core.supply_figures import _DATED, _ITEMS, _KEPT

    raw = sqlite3.connect(path)
    soon = (date(2026, 10, 15) + timedelta(days=30)).isoformat()

    def floor() -> None:  # the same statements, plain sqlite3, no keeper code around them
        raw.execute(_ITEMS.format(where="")).fetchall()
        raw.execute(_KEPT).fetchall()
        raw.execute(_DATED, (soon,)).fetchall()

    def keeper() -> None:
        supply_figures.items()
        supply_figures.alerts(date(2026, 10, 15))

    ours, base = [], []
    for _ in range(runs):  # alternating, so both see the same machine
        began = time.perf_counter()
        floor()
        base.append(time.perf_counter() - began)
        began = time.perf_counter()
        keeper()
        ours.append(time.perf_counter() - began)
    alerts = len(supply_figures.alerts(date(2026, 10, 15)))
    print(f"on hand + alerts ({alerts} alerts): keeper {_median_ms(ours):.2f} ms, "
          f"floor {_median_ms(base):.2f} ms, ratio {statistics.median(ours) / statistics.median(base):.2f}× "
          f"(target ≤ 10 ms)")
    raw.close()


def bench_logging(runs: int) -> None:
    from keeper.core import clock, ledger, supplies, supply_visits
    from keeper.core.ledger import NewVisit

    clock.pin(None)
    supplies.receive("bottled_water", 100_000)
    supply_visits.set_link("water", "bottled_water", 1)
    with_item, without = [], []
    for _ in range(runs):
        began = time.perf_counter()
        ledger.log_visit(NewVisit(services=["rest"]))
        without.append(time.perf_counter() - began)
        began = time.perf_counter()
        ledger.log_visit(NewVisit(services=["water"]))
        with_item.append(time.perf_counter() - began)
    print(f"log a visit: uses an item {_median_ms(with_item):.2f} ms, uses none "
          f"{_median_ms(without):.2f} ms, ratio "
          f"{statistics.median(with_item) / statistics.median(without):.2f}× (target ≤ 1.2×)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["KEEPER_DATA_DIR"] = folder
        from keeper import paths
        from keeper.core.station import StationProfile, set_station
        from keeper.store.connection import open_database

        paths.ensure_data_dirs()
        database = open_database(paths.db_path())
        set_station(StationProfile("B1", "压测驿站", "测试区"))
        _fill(database, 200, 100_000)
        bench_alerts(paths.db_path(), args.runs)
        bench_logging(args.runs)


if __name__ == "__main__":
    main()
