"""The monthly report on the million-visit database (issue 6's figures).

    python benchmarks/make_ledger.py     # once
    python benchmarks/report.py [--month 2026-10] [--runs 7]

1. ``month_summary`` (without and with the comparison months) against the same figures
   computed by hand-written SQL straight through sqlite3 (target: within 1.2x).
2. A full export (xlsx + pdf + bundle) of that month, ~27,000 visits (target < 2.5 s).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BIG = ROOT / "benchmarks" / "out" / "ledger-1m"


def by_hand(conn, first: str, last: str) -> dict:
    """The summary's figures, written straight in SQL: the yardstick."""
    live = "date BETWEEN ? AND ? AND voided_at IS NULL"
    b = [first, last]
    figures = {"totals": conn.execute(
        f"SELECT COUNT(*), SUM(count), COUNT(DISTINCT visitor_id) FROM visit WHERE {live}",
        b).fetchone()}
    figures["new"] = conn.execute("SELECT COUNT(*) FROM visitor WHERE registered_on BETWEEN ? "
                                  "AND ? AND merged_into IS NULL", b).fetchone()
    figures["services"] = conn.execute(
        "SELECT vs.service_code, SUM(v.count) FROM visit v JOIN visit_service vs ON "
        "vs.visit_id = v.id WHERE v.date BETWEEN ? AND ? AND v.voided_at IS NULL "
        "GROUP BY 1", b).fetchall()
    figures["groups"] = conn.execute(f"SELECT group_code, SUM(count) FROM visit WHERE {live} "
                                     "GROUP BY 1", b).fetchall()
    figures["platforms"] = conn.execute(
        f"SELECT platform, SUM(count) FROM visit WHERE {live} AND platform != '' GROUP BY 1",
        b).fetchall()
    figures["days"] = conn.execute(f"SELECT date, SUM(count) FROM visit WHERE {live} "
                                   "GROUP BY 1", b).fetchall()
    figures["hours"] = conn.execute(f"SELECT substr(time, 1, 2), SUM(count) FROM visit WHERE "
                                    f"{live} AND time IS NOT NULL GROUP BY 1", b).fetchall()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--month", default="2026-10")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not (BIG / "keeper.db").exists():
        sys.exit("run benchmarks/make_ledger.py first")
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "data"
        shutil.copytree(BIG, data)
        os.environ["KEEPER_DATA_DIR"] = str(data)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        from keeper import paths
        from keeper.core.months import month_bounds
        from keeper.core.stats import month_summary
        from keeper.fonts import load_bundled_fonts
        from keeper.store.connection import open_database
        from keeper.store.models import database

        app = QGuiApplication(["bench"])
        load_bundled_fonts()
        open_database(paths.db_path())
        conn = database.connection()
        first, last = (d.isoformat() for d in month_bounds(args.month))
        month_summary(args.month)  # warm the cache, as the second look at a month would be
        ours, ours_full, hand, hand_full = [], [], [], []
        for _ in range(args.runs):
            began = time.perf_counter()
            summary = month_summary(args.month, compare=False)
            ours.append(time.perf_counter() - began)
            began = time.perf_counter()
            by_hand(conn, first, last)
            hand.append(time.perf_counter() - began)
            began = time.perf_counter()
            month_summary(args.month)
            ours_full.append(time.perf_counter() - began)
            began = time.perf_counter()
            for month in (args.month, "2026-09", "2025-10"):
                by_hand(conn, *(d.isoformat() for d in month_bounds(month)))
            hand_full.append(time.perf_counter() - began)
        o, h = statistics.median(ours), statistics.median(hand)
        of, hf = statistics.median(ours_full), statistics.median(hand_full)
        print(f"{args.month}: {summary.visits:,} visits in {summary.entries:,} entries "
              f"(database of 1,000,000 visits)")
        print(f"  month summary:              {o * 1000:6.1f} ms vs hand-written SQL "
              f"{h * 1000:6.1f} ms = {o / h:.2f}x (target <= 1.2x)")
        print(f"  with last month, last year: {of * 1000:6.1f} ms vs {hf * 1000:6.1f} ms = "
              f"{of / hf:.2f}x")
        try:
            from keeper.reports.export import export_month
            out = Path(scratch) / "out"
            times = []
            for _ in range(3):
                began = time.perf_counter()
                result = export_month(args.month, out, language="zh_CN")
                times.append(time.perf_counter() - began)
            sizes = ", ".join(f"{p.name} {p.stat().st_size / 1024:.0f} KB" for p in result.files)
            print(f"  full export (xlsx, pdf, bundle): {statistics.median(times):.2f} s median "
                  f"of 3 (target < 2.5 s): {sizes}")
        except ImportError as exc:
            print(f"  full export: not available yet ({exc})")
        del app
    os._exit(0)


if __name__ == "__main__":
    main()
