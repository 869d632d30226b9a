"""Demo data (`keeper demo`): a believable ledger to try keeper, train attendants and test reports.

The shapes follow what stations see: riders peak at lunch and dinner, couriers and trucks thin
out at weekends, rain drives riders in to shelter, summer heat empties the water dispenser, and a
core of regulars comes back again and again. Rows go into SQLite with executemany in
one transaction: model-by-model inserts would take minutes for a year of visits.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from keeper.core import audit, clock, ledger, station
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.store.models import database

MAX_MONTHS = 60
BASE_PER_DAY = 200  # 人次 on an ordinary weekday of an ordinary month

# code: (share of a weekday, weekend factor, chance of a party (count > 1), chance of a regular).
# Riders and citizens are out more at weekends; fewer parcels and freight runs then.
GROUPS = {
    "rider": (0.40, 1.05, 0.06, 0.50),
    "courier": (0.17, 0.60, 0.08, 0.50),
    "ride_hailing": (0.08, 1.00, 0.03, 0.25),
    "truck": (0.06, 0.50, 0.10, 0.20),  # a driver and a co-driver
    "citizen": (0.10, 1.20, 0.10, 0.06),  # families, elderly walkers
    "other": (0.03, 1.00, 0.05, 0.00),
    # The groups a comprehensive station shows from its first day (catalog_edit.KIND_PRESETS).
    "sanitation": (0.10, 0.90, 0.15, 0.00),  # sweepers come in twos after the dawn shift
    "traffic_police": (0.03, 0.80, 0.10, 0.00),
    "taxi": (0.03, 1.00, 0.02, 0.00),
}
# Relative visits per hour 0..23. The station is staffed ~7:00-22:00; only trucks come at night.
HOURS = {
    "rider": (0, 0, 0, 0, 0, 0, 0, 2, 3, 3, 5, 12, 13, 7, 4, 3, 3, 10, 12, 8, 5, 3, 0, 0),
    "courier": (0, 0, 0, 0, 0, 0, 0, 2, 5, 7, 8, 9, 10, 8, 7, 6, 6, 6, 5, 3, 2, 1, 0, 0),
    "ride_hailing": (0, 0, 0, 0, 0, 0, 0, 4, 6, 5, 4, 5, 6, 5, 4, 4, 5, 6, 7, 6, 5, 4, 0, 0),
    "truck": (3, 3, 2, 2, 3, 5, 6, 5, 3, 2, 2, 3, 4, 3, 2, 2, 2, 3, 4, 4, 5, 5, 4, 4),
    "citizen": (0, 0, 0, 0, 0, 0, 0, 3, 5, 7, 8, 6, 5, 5, 6, 7, 7, 6, 5, 5, 4, 2, 0, 0),
    "other": (0, 0, 0, 0, 0, 0, 0, 2, 4, 5, 5, 5, 5, 4, 4, 4, 4, 5, 5, 4, 3, 2, 0, 0),
    "sanitation": (0, 0, 0, 0, 0, 0, 0, 9, 10, 8, 6, 7, 8, 5, 4, 4, 4, 3, 2, 1, 0, 0, 0, 0),
    "traffic_police": (0, 0, 0, 0, 0, 0, 0, 7, 9, 5, 3, 4, 5, 4, 3, 3, 5, 8, 9, 5, 2, 1, 0, 0),
    "taxi": (0, 0, 0, 0, 0, 0, 0, 3, 4, 4, 4, 5, 6, 5, 4, 4, 5, 5, 6, 6, 5, 4, 0, 0),
}
HOURS = {g: tuple(w / sum(ws) for w in ws) for g, ws in HOURS.items()}
OUTDOOR = ("rider", "courier")  # those who cannot wait out a downpour in a cab
SERVICE_MIX = {
    "rider": {"water": 30, "rest": 18, "battery_swap": 16, "charging": 14, "meal_heating": 10,
              "toilet": 12, "repair": 4, "first_aid": 1},
    "courier": {"water": 30, "rest": 18, "charging": 10, "battery_swap": 8, "toilet": 16,
                "meal_heating": 9, "repair": 5, "first_aid": 1},
    "ride_hailing": {"toilet": 36, "water": 30, "rest": 22, "charging": 6, "first_aid": 1},
    "truck": {"rest": 30, "water": 25, "toilet": 25, "meal_heating": 8, "repair": 3,
              "charging": 2, "first_aid": 1},
    "citizen": {"water": 34, "toilet": 30, "rest": 18, "first_aid": 8, "charging": 6},
    "other": {"water": 30, "toilet": 26, "rest": 24, "charging": 10, "repair": 4, "first_aid": 3},
    "sanitation": {"water": 30, "rest": 24, "meal_heating": 16, "toilet": 14,
                   "cooling_warming": 10, "umbrella_loan": 3, "first_aid": 2, "reading": 1},
    "traffic_police": {"water": 34, "toilet": 24, "rest": 20, "cooling_warming": 12,
                       "charging": 6, "umbrella_loan": 2, "first_aid": 2},
    "taxi": {"toilet": 36, "water": 30, "rest": 20, "meal_heating": 6, "reading": 4,
             "umbrella_loan": 2, "first_aid": 1},
}
# Jan..Dec: Spring Festival empties the city; summer and Double 11 fill it.
MONTH_FACTOR = (0.85, 0.75, 0.95, 1.0, 1.05, 1.1, 1.15, 1.15, 1.05, 1.0, 1.08, 1.0)
RAIN_CHANCE = (0.08, 0.10, 0.15, 0.18, 0.20, 0.25, 0.25, 0.22, 0.17, 0.12, 0.10, 0.08)  # ~1 in 6
HOT_CHANCE = {6: 0.3, 7: 0.55, 8: 0.5, 9: 0.2}
COLD_MONTHS = (12, 1, 2)
PARTY_SIZES, PARTY_WEIGHTS = (2, 3, 4, 5), (55, 25, 12, 8)
SERVICE_NOTES = {
    "charging": ("手机没电", "借充电宝", "手机没电，顺便接单"),
    "repair": ("电动车爆胎", "借打气筒", "链条掉了", "刹车松了，帮忙紧一下"),
    "battery_swap": ("电瓶没电", "电池快没电了"),
    "first_aid": ("手指划伤，用创可贴", "中暑不适，休息补水", "摔车擦伤，消毒包扎",
                  "头疼，要了藿香正气水"),
    "rest": ("等单休息", "午休片刻"),
    "meal_heating": ("午饭加热", "盒饭加热"),
}
# Surnames roughly by frequency (the weights below rely on the order).
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁"
            "潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白"
            "邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华文辉建国志海斌鹏宇浩凯俊峰"
         "亮林波晨龙飞鑫宏博成东兵雪春红玉兰梅映旺帅阳振新德福祥永胜利忠庆荣晓佳"
         "欣子豪天乐")
PHONE_PREFIXES = tuple(("130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 "
                        "166 173 176 177 180 181 182 183 185 186 187 188 189 191 198 199").split())
REGULAR_GROUPS = ("rider", "courier", "ride_hailing", "truck", "citizen")
REGULAR_WEIGHTS = (60, 25, 7, 5, 3)
DEMO_STATION = station.StationProfile(
    "DEMO01", "示范驿站（演示数据）", "演示区", "演示路 1 号（演示数据）", "comprehensive")


@dataclass(frozen=True)
class DemoResult:
    first_day: date
    last_day: date
    entries: int
    visits: int  # the sum of counts (人次)
    visitors: int


@lru_cache(maxsize=None)
def _mix(group: str, hour: int, raining: bool, hot: bool, cold: bool) -> tuple[tuple, tuple]:
    """Services and cumulative weights for one situation (cached: a few hundred combinations)."""
    weights = dict(SERVICE_MIX[group])
    if "meal_heating" in weights:
        if group == "truck":
            weights["meal_heating"] *= 3 if hour < 7 or hour >= 20 else 0.5  # night-shift meals
        else:
            weights["meal_heating"] *= 3 if hour in (11, 12, 17, 18) else 0.3
    for code, factor in ((("rest", 2.0), ("water", 1.5), ("umbrella_loan", 8.0)) if raining
                         else ()) + \
            ((("water", 2.5), ("rest", 1.3), ("first_aid", 2.0), ("cooling_warming", 3.0))
             if hot else ()) + \
            ((("rest", 1.4), ("water", 1.2), ("cooling_warming", 2.5)) if cold else ()):
        if code in weights:
            weights[code] *= factor
    codes = tuple(weights)
    total, cumulative = 0.0, []
    for code in codes:
        total += weights[code]
        cumulative.append(total)
    return codes, tuple(cumulative)


def _poisson(rng: random.Random, lam: float) -> int:
    # Knuth's method: per-hour rates here are at most a few dozen, so it stays cheap and exact.
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def _next_id(table: str) -> int:
    # executemany cannot hand back row ids, so the ids are chosen here and the services
    # rows can point at their visit without a query per row.
    return database.execute_sql(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0]


def _first_day(end: date, months: int) -> date:
    index = end.year * 12 + end.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def _make_visitors(rng: random.Random, first_day: date, end: datetime,
                   next_id: int) -> list[tuple]:
    """Registered regulars: most signed up before the demo period, some during it."""
    # A roster imported before the demo must not collide with the demo's unique numbers.
    taken_phones = {r[0] for r in database.execute_sql(
        "SELECT phone FROM visitor WHERE phone IS NOT NULL")}
    taken_members = {r[0] for r in database.execute_sql(
        "SELECT member_no FROM visitor WHERE member_no IS NOT NULL")}
    surname_weights = [1 / (i + 4) for i in range(len(SURNAMES))]  # 王李张 are far commoner than 汤
    span = max((end.date() - first_day).days - 1, 1)
    people = []
    for _ in range(rng.randint(150, 300)):
        name = rng.choices(SURNAMES, surname_weights)[0] + "".join(
            rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.3 else 2))
        phone = None
        while phone is None or phone in taken_phones:
            phone = rng.choice(PHONE_PREFIXES) + f"{rng.randrange(10 ** 8):08d}"
        taken_phones.add(phone)
        day = (first_day - timedelta(days=rng.randint(1, 400)) if rng.random() < 0.75
               else first_day + timedelta(days=rng.randrange(span)))
        joined = datetime.combine(day, time(rng.randint(8, 20), rng.randrange(60),
                                            rng.randrange(60)))
        group = rng.choices(REGULAR_GROUPS, REGULAR_WEIGHTS)[0]
        people.append((joined.astimezone(), name, phone, group))
    people.sort(key=lambda p: p[0])  # member numbers are handed out in order of registration
    rows, number = [], 0
    for joined, name, phone, group in people:
        number += 1
        while f"M{number:06d}" in taken_members:
            number += 1
        rows.append((next_id + len(rows), name, phone, f"M{number:06d}", group,
                     joined.isoformat(timespec="seconds"), joined))
    return rows


PLATFORMS = {
    "rider": (("美团", 55), ("饿了么", 40), ("其他", 5)),
    "courier": (("顺丰", 25), ("京东", 20), ("中通", 15), ("圆通", 12), ("韵达", 10),
                ("申通", 8), ("极兔", 10)),
    "ride_hailing": (("滴滴", 80), ("其他", 20)),
    "truck": (("货拉拉", 50), ("满帮", 40), ("其他", 10)),
}


def _directory_details(rng: random.Random, visitors: list[tuple]) -> list[tuple]:
    """What the directory knows of each regular: platform, pinyin search key, flags.
    A separate random stream, so the visits stay the same for a given seed."""
    from keeper.core.directory import search_key

    rows = []
    for vid, name, phone, member_no, group, created, joined in visitors:
        choices = PLATFORMS.get(group, (("", 1),))
        platform = rng.choices([c[0] for c in choices], [c[1] for c in choices])[0]
        rows.append((vid, name, phone, member_no, group, created, joined.date().isoformat(),
                     search_key(name), platform, rng.random() < 0.12, rng.random() < 0.06,
                     joined.date().isoformat()))
    return rows


def _pools(rng: random.Random, visitors: list[tuple]) -> dict[str, tuple[list, list]]:
    """Per group, regulars with a heavy-tailed loyalty: a few come daily, most now and then."""
    pools: dict[str, tuple[list, list]] = {}
    for vid, _, _, _, group, _, joined in visitors:
        members, cumulative = pools.setdefault(group, ([], []))
        members.append((vid, joined))
        cumulative.append((cumulative[-1] if cumulative else 0) + min(rng.paretovariate(1.2), 8))
    return pools


def _note(rng, group, hour, services, raining, hot, cold) -> str:
    if raining and rng.random() < 0.15:
        return "雨天避雨"
    if "first_aid" in services and rng.random() < 0.6:
        return rng.choice(SERVICE_NOTES["first_aid"])  # attendants write down what the kit was for
    if hot and "water" in services and rng.random() < 0.05:
        return "高温补水"
    if cold and "rest" in services and rng.random() < 0.04:
        return "进站取暖"
    if group == "truck" and (hour < 6 or hour >= 22) and rng.random() < 0.1:
        return "夜间长途，歇一会儿"
    if rng.random() < 0.03:
        noted = [s for s in services if s in SERVICE_NOTES]
        if noted:
            return rng.choice(SERVICE_NOTES[rng.choice(noted)])
    return ""


def _make_visits(rng, first_day: date, end: datetime, pools) -> list[tuple]:
    """Entries as (created, date, time, group, count, visitor_id, note, services), unsorted."""
    mean_count = {g: 1 + party * (sum(s * w for s, w in zip(PARTY_SIZES, PARTY_WEIGHTS)) / 100 - 1)
                  for g, (_, _, party, _) in GROUPS.items()}
    entries, day = [], first_day
    while day <= end.date():
        month = day.month
        raining = rng.random() < RAIN_CHANCE[month - 1]
        rain_start = rng.randint(8, 18)
        rain_hours = range(rain_start, rain_start + rng.randint(2, 4)) if raining else range(0)
        hot, cold = rng.random() < HOT_CHANCE.get(month, 0.0), month in COLD_MONTHS
        # A rush the attendant could only scribble on paper, typed in the next evening.
        paper_start = rng.randint(8, 19) if rng.random() < 0.06 else -9
        typed_in = datetime.combine(day + timedelta(days=1),
                                    time(rng.randint(19, 21), rng.randrange(60))).astimezone()
        weekend = day.weekday() >= 5
        total = BASE_PER_DAY * MONTH_FACTOR[month - 1] * rng.uniform(0.85, 1.15)
        day_text = day.isoformat()
        for hour in range(24):
            shower = hour in rain_hours
            for group, (share, weekend_factor, party, regular) in GROUPS.items():
                lam = total * share * (weekend_factor if weekend else 1.0) * HOURS[group][hour]
                if shower and group in OUTDOOR:
                    lam *= 1.8
                codes, cumulative = _mix(group, hour, shower, hot, cold)
                for _ in range(_poisson(rng, lam / mean_count[group])):
                    at = datetime.combine(day, time(hour, rng.randrange(60))).astimezone()
                    created = at + timedelta(seconds=rng.randint(4, 90))
                    if created > end:
                        continue  # nothing in the future, not even later today
                    wanted = 1 if rng.random() < 0.75 else (2 if rng.random() < 0.8 else 3)
                    services: list[str] = []
                    while len(services) < wanted:
                        code = rng.choices(codes, cum_weights=cumulative)[0]
                        if code not in services:
                            services.append(code)
                    count = (rng.choices(PARTY_SIZES, PARTY_WEIGHTS)[0]
                             if rng.random() < party else 1)
                    visitor_id = None
                    if count == 1 and group in pools and rng.random() < regular:
                        members, weights = pools[group]
                        vid, joined = rng.choices(members, cum_weights=weights)[0]
                        visitor_id = vid if joined <= at else None
                    note = _note(rng, group, hour, services, shower, hot, cold)
                    time_text = at.strftime("%H:%M")
                    if paper_start <= hour < paper_start + 2 and rng.random() < 0.5:
                        typed_in += timedelta(seconds=rng.randint(10, 40))  # one line at a time
                        if typed_in <= end:
                            time_text, created = None, typed_in
                            note = note or "据纸质登记补录"
                    entries.append((created, day_text, time_text, group, count, visitor_id, note,
                                    services))
        day += timedelta(days=1)
    return entries


def generate_demo(months: int = 3, seed: int = 1, *, end: datetime | None = None) -> DemoResult:
    """Fill an empty ledger with `months` past calendar months plus the current one up to `end`."""
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= MAX_MONTHS:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The demo can cover 1 to {max} months, not {months}."),
            max=MAX_MONTHS, months=months)
    if database.execute_sql("SELECT 1 FROM visit LIMIT 1").fetchone() is not None:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "This data folder already holds visits, so no demo data was added: demo "
                      "data must never mix with a real ledger. Choose an empty data folder "
                      "(--data-dir) for the demo."))
    end = (end or clock.now()).astimezone()
    first_day = _first_day(end.date(), months)
    rng = random.Random(seed)
    with database.atomic():
        if station.get_station() is None:
            station.set_station(DEMO_STATION)
        visitors = _make_visitors(rng, first_day, end, _next_id("visitor"))
        entries = _make_visits(rng, first_day, end, _pools(rng, visitors))
        entries.sort(key=lambda e: e[0])  # ids in the order an attendant would have typed them
        conn = database.connection()
        directory_rows = _directory_details(random.Random(seed + 7919), visitors)
        conn.executemany("INSERT INTO visitor (id, name, phone, member_no, group_code, created_at,"
                         " registered_on, search_key, platform, volunteer, party_member,"
                         " consent_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         directory_rows)
        # The counter's own write path: each visit takes its regular's platform there.
        records = [ledger.VisitRecord(
            date=day_text, time=time_text, group=group, services=tuple(services), count=count,
            visitor_id=visitor_id, note=note, created_at=created.isoformat(timespec="seconds"))
            for created, day_text, time_text, group, count, visitor_id, note, services
            in entries]
        ledger.store_visits(records)
        result = DemoResult(first_day, end.date(), len(records), sum(r.count for r in records),
                            len(visitors))
        from keeper.core.demo_records import generate_records

        generate_records(seed, first_day, end.date() - timedelta(days=1),
                         [v[0] for v in visitors if v[6].date() < first_day])
        from keeper.core.demo_supplies import generate_supplies

        generate_supplies(seed, first_day, end.date())
        audit.record("demo", "ledger", None, new={
            "months": months, "seed": seed, "first_day": first_day.isoformat(),
            "last_day": result.last_day.isoformat(), "entries": result.entries,
            "visits": result.visits, "visitors": result.visitors})
    return result
