"""Backups on a million visits: what the attendant waits for. Run by hand, never in tests:

    python benchmarks/make_ledger.py          # once: benchmarks/out/ledger-1m/keeper.db
    python benchmarks/backup.py [--runs 3]

Measures on a copy of the big ledger (median of --runs):
- the quick check made at every start (``open_checked``), and the full integrity check;
- ``make_backup`` (online backup + verification), the part run on a worker thread;
- ``restore`` of that backup (staging, checks, the before-restore copy, the swap);
- ``newest_good_backup`` (what the damaged-database dialog runs first).
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
BIG = ROOT / "benchmarks" / "out" / "ledger-1m" / "keeper.db"
sys.path.insert(0, str(ROOT))


def timed(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not BIG.exists():
        print(f"missing {BIG}: run benchmarks/make_ledger.py first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KEEPER_DATA_DIR"] = tmp
        from keeper import paths
        from keeper.core import backup, restore
        from keeper.store.connection import open_checked
        from keeper.store.connection import close_database, integrity_problems

        paths.ensure_data_dirs()
        shutil.copyfile(BIG, paths.db_path())
        size = paths.db_path().stat().st_size / 1e6

        def start_check():
            assert open_checked() == []
            close_database()

        results = {"start: open + quick check": timed(start_check, args.runs)}
        open_checked()
        from keeper.store.models import database

        results["full integrity check"] = timed(lambda: integrity_problems(database.obj),
                                                args.runs)
        made = []
        results["make_backup (copy + verify)"] = timed(
            lambda: made.append(backup.make_backup(Path(tmp) / "out")), args.runs)
        results["restore"] = timed(lambda: restore.restore(made[0].path), args.runs)
        results["newest_good_backup"] = timed(restore.newest_good_backup, args.runs)
        close_database()
    print(f"ledger: {size:.0f} MB, median of {args.runs} runs")
    for name, seconds in results.items():
        print(f"  {name:32s} {seconds * 1000:8.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
