"""Make a large station database for benchmarks, through raw ``executemany``.

    python benchmarks/make_ledger.py [--visits 1000000] [--out benchmarks/out/ledger-1m]

About three years of a busy station: ~900 entries a day, 1-3 services each, 5,000
registered visitors of whom some visit often. Not realistic in its rhythms (see
``keeper demo`` for that), only in size and shape.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SERVICES = ("water", "rest", "battery_swap", "charging", "repair", "meal_heating", "toilet",
            "first_aid")
GROUPS = ("rider", "courier", "ride_hailing", "truck", "citizen", "other")


def make(folder: Path, visits: int, seed: int = 1) -> Path:
    from keeper.core.station import StationProfile, set_station
    from keeper.store.connection import close_database, open_database
    from keeper.store.models import database

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "keeper.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    open_database(path)
    set_station(StationProfile("BENCH01", "压测驿站", "测试区"))
    rng = random.Random(seed)
    conn = database.connection()
    now = datetime.now().astimezone().replace(second=0, microsecond=0)
    per_day = 900
    days = visits // per_day + 1
    start = now - timedelta(days=days)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO visitor (id, name, phone, member_no, group_code, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(i, f"访客{i}", f"13{rng.randrange(10**9):09d}", f"M{i:06d}", rng.choice(GROUPS[:2]),
          start.isoformat()) for i in range(1, 5001)])
    step = (now - start) / visits
    batch_v, batch_s = [], []
    for visit_id in range(1, visits + 1):
        moment = start + step * visit_id
        stamp = moment.isoformat(timespec="seconds")
        batch_v.append((visit_id, moment.strftime("%Y-%m-%d"), moment.strftime("%H:%M"),
                        rng.choice(GROUPS), 1 if rng.random() < 0.93 else rng.randint(2, 5),
                        rng.randint(1, 5000) if rng.random() < 0.3 else None,
                        "" if rng.random() < 0.95 else "雨天避雨", stamp, stamp))
        for code in rng.sample(SERVICES, 1 if rng.random() < 0.75 else rng.randint(2, 3)):
            batch_s.append((visit_id, code))
        if len(batch_v) >= 50_000:
            _flush(conn, batch_v, batch_s)
    _flush(conn, batch_v, batch_s)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    close_database()
    return path


def _flush(conn, batch_v, batch_s) -> None:
    conn.executemany(
        "INSERT INTO visit (id, date, time, group_code, count, visitor_id, note, created_at, "
        "changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", batch_v)
    conn.executemany("INSERT INTO visit_service (visit_id, service_code) VALUES (?, ?)", batch_s)
    batch_v.clear()
    batch_s.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "ledger-1m")
    args = parser.parse_args()
    began = time.perf_counter()
    path = make(args.out, args.visits)
    elapsed = time.perf_counter() - began
    print(f"{args.visits:,} visits in {elapsed:.1f} s ({args.visits / elapsed:,.0f}/s): {path}")


if __name__ == "__main__":
    main()
