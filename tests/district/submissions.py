"""Stations' months put straight into a district store, for tests of what is built on top
of receiving (reports, the window). Receiving itself is tested with real bundles."""
from __future__ import annotations

import calendar
import json

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
