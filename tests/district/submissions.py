"""Stations' months put straight into a district store, for tests of what is built on top
of receiving (reports, the window). Receiving itself is tested with real bundles."""
from __future__ import annotations

import calendar
import json
import random

from keeper.district.models import RegisteredStation, Submission


def station_summary(code: str, month: str, visits: int, *, people: int | None = None,
                    appeals=(2, 1, 1, 0), activities=(1, 6, 3.5)) -> dict:
    """A summary.json whose figures agree with each other (DESIGN §3 invariants)."""
    year, number = int(month[:4]), int(month[5:7])
    days = calendar.monthrange(year, number)[1]
    by_day = {f"{month}-{day:02d}": visits // days for day in range(1, days + 1)}
    by_day[f"{month}-01"] += visits - sum(by_day.values())
    rider = visits * 2 // 3
    received, resolved, open_, overdue = appeals
    count, participants, hours = activities
    return {
        "month": month, "station": {"code": code, "name": code, "district": "朝阳区",
                                    "kind": "comprehensive"},
        "visits": visits, "visitors_registered": visits // 4 if people is None else people,
        "new_registrations": 2, "services": {"water": visits, "rest": visits // 2},
        "groups": {"rider": rider, "courier": visits - rider},
        "platforms": {"美团": rider} if rider else {}, "by_day": by_day,
        "by_hour": {str(hour): visits if hour == 12 else 0 for hour in range(24)},
        "appeals": {"received": received, "resolved": resolved, "open": open_,
                    "overdue": overdue, "by_category": {"access": received} if received else {}},
        "activities": {"count": count, "participants": participants,
                       "volunteer_hours": hours, "by_type": {"patrol": count} if count else {}},
        "corrections": 0, "revision": 1}


def register(code: str, name: str, *, opened: str = "2025-01", closed: str | None = None,
             contact: str = "", phone: str = "", kind: str = "comprehensive") -> None:
    RegisteredStation.insert(code=code, name=name, opened=opened, closed=closed,
                             contact=contact, phone=phone, kind=kind).on_conflict_ignore() \
        .execute()


def add_submission(code: str, month: str, summary: dict, *, revision: int = 1,
                   received_at: str | None = None, codes: dict | None = None) -> None:
    """The station's month at ``revision`` (earlier revisions stop being current)."""
    if received_at is None:
        year, number = int(month[:4]), int(month[5:7])
        year, number = (year + 1, 1) if number == 12 else (year, number + 1)
        received_at = f"{year:04d}-{number:02d}-03T10:00:00+08:00"
    Submission.update(current=False).where((Submission.station == code)
                                           & (Submission.month == month)).execute()
    manifest = {"format": "keeper-bundle/2", "month": month, "revision": revision,
                "codes": codes or {}}
    Submission.create(station=code, month=month, revision=revision,
                      supersedes=revision - 1 or None, complete=True,
                      as_of=f"{month}-28", generated_at=received_at, received_at=received_at,
                      file_name=f"{code}_{month}_r{revision}.zip",
                      file_sha256=f"{code}{month}{revision}", key="k",
                      manifest=json.dumps(manifest), summary=json.dumps(summary), current=True)


PLACES = ("望京", "酒仙桥", "三里屯", "团结湖", "麦子店", "左家庄", "亮马桥", "呼家楼", "八里庄",
          "六里屯", "建外", "双井", "劲松", "潘家园", "十八里店", "小红门", "南磨房", "高碑店",
          "东坝", "常营", "管庄", "三间房", "豆各庄", "黑庄户", "金盏", "孙河", "崔各庄", "来广营",
          "太阳宫", "奥运村", "亚运村", "大屯", "安贞", "和平街", "香河园", "小关")


def fill_demo_district(store, stations: int, seed: int = 7) -> None:
    """Register ``stations`` stations and give them the last 24 months of reports (most on
    time, some late or missing, all but the last four months approved): the screenshot's
    and the window benchmark's district."""
    from keeper.district.grid import recent_months
    from keeper.district.models import Approval

    rng = random.Random(seed)
    months = recent_months(24)
    with store.db.atomic():
        for number in range(1, stations + 1):
            code = f"CY-{number:03d}"
            place = PLACES[(number - 1) % len(PLACES)]
            opened = months[0] if number % 9 else months[rng.randrange(3, 14)]
            closed = months[rng.randrange(15, 20)] if number % 17 == 0 else None
            register(code, f"{place}{'暖心' if number % 2 else '户外劳动者'}驿站",
                     opened=opened, closed=closed, contact=rng.choice("王李张刘陈杨赵黄周吴")
                     + rng.choice(("芳", "强", "敏", "伟", "静", "磊")),
                     phone=f"138{rng.randrange(10**8):08d}")
            base = rng.randrange(150, 900)
            for index, month in enumerate(months[:-1]):
                if month < opened or (closed and month > closed) or rng.random() < 0.05:
                    continue
                late = rng.random() < 0.12
                day = rng.randrange(6, 20) if late else rng.randrange(1, 6)
                next_month = months[index + 1]
                if month == months[-2] and rng.random() < 0.15:
                    continue  # not sent yet
                visits = int(base * (0.8 + 0.4 * rng.random()))
                add_submission(code, month, station_summary(code, month, visits),
                               received_at=f"{next_month}-{day:02d}T10:00:00+08:00")
        for month in months[:-4]:
            Approval.create(month=month, station_code="", approved_at=f"{month}-28T10:00:00")
