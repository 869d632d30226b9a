"""Demo stock: deliveries, donations, what was handed out day by day, a discard of an
expired lot and a stocktake each month, made through the real supplies functions (so they
are checked and audited like an attendant's). The end leaves something low and something
expiring, as a real station has."""
from __future__ import annotations

import random
from datetime import date, timedelta

from keeper.core import supplies, supply_visits

DONORS = ("望京便利店", "社区居委会", "爱心企业 · 顺丰速运", supplies.ANONYMOUS, "附近居民")


def _days(first: date, last: date):
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def _take(code: str, wanted: int, day: date) -> None:
    """Hand out what is wanted, or what is left (a demo never refuses a worker)."""
    left = supplies.get_item(code).on_hand
    if min(wanted, left) > 0:
        supplies.issue(code, min(wanted, left), day=day)


def generate_supplies(seed: int, first: date, last: date) -> None:
    rng = random.Random(seed + 104_729)
    supply_visits.set_link("repair", "tyre_patch", 0)  # a repair asks which part it used
    supply_visits.set_link("repair", "inner_tube", 0)
    for day in _days(first, last):
        hot = day.month in (6, 7, 8, 9)
        if day.weekday() == 0:  # the Monday delivery
            supplies.receive("bottled_water", 48, day=day,
                             expires=day + timedelta(days=rng.randint(150, 300)))
            supplies.receive("paper_cup", 100, day=day)
        if day.day == 1:
            supplies.receive("plaster", 40, day=day, expires=day + timedelta(days=330))
            supplies.receive("tyre_patch", 20, day=day)
            supplies.receive("inner_tube", 4, day=day)
            if day.month % 2:
                supplies.receive("iodine", 2, day=day, expires=day + timedelta(days=75))
            if hot:
                supplies.receive("huoxiang", 30, day=day, expires=day + timedelta(days=420))
        if rng.random() < 0.12:
            supplies.receive("donated_goods", rng.randint(10, 40), day=day,
                             donor=rng.choice(DONORS))
        _take("bottled_water", rng.randint(3, 9) * (2 if hot else 1), day)
        _take("paper_cup", rng.randint(8, 18), day)
        _take("plaster", rng.choice((0, 0, 1, 1, 2)), day)
        _take("tyre_patch", rng.choice((0, 0, 1)), day)
        _take("inner_tube", 1 if rng.random() < 0.08 else 0, day)
        _take("donated_goods", rng.randint(0, 6), day)
        if hot:
            _take("huoxiang", rng.choice((0, 1, 1, 2)), day)
        if day.day == 28:  # the month's stocktake finds what went unrecorded
            counted = supplies.get_item("paper_cup").on_hand
            supplies.count("paper_cup", max(0, counted - rng.randint(0, 6)), day=day,
                           reason="月末盘点")
        # An iodine bottle opened past its date is thrown away.
        if day.day == 15 and supplies.get_item("iodine").on_hand:
            supplies.discard("iodine", 1, "开封超过三个月", day=day)
