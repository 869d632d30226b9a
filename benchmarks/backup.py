"""Backups on a million visits: what the attendant waits for. Run by hand, never in tests:

    python benchmarks/make_ledger.py          # once: benchmarks/out/ledger-1m/keeper.db
    python benchmarks/backup.py [--runs 3]

Measures on a copy of the big ledger (median of --runs):
- the quick check made at every start (``open_checked``), and the full integrity check;
- ``make_backup`` (online backup + verification), the part run on a worker thread;
- ``restore`` of that backup (staging, checks, the before-restore copy, the swap);
- ``newest_good_backup`` (what the damaged-database dialog runs first);
- a backup with a copy to the second place (a USB stick), the copy plain and the copy
  encrypted with the recovery code, alternated in the same run, and their ratio (the goal
  is at most 1.3x); also the copying step alone, and restoring the encrypted copy.
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
        results.update(second_place(Path(tmp), args.runs))
        close_database()
    print(f"ledger: {size:.0f} MB, median of {args.runs} runs")
    for name, seconds in results.items():
        print(f"  {name:44s} {seconds * 1000:8.0f} ms")
    whole = results["backup + encrypted copy"] / results["backup + plain copy"]
    step = results["copy step: encrypt + verify"] / results["copy step: plain copy + verify"]
    print(f"  encrypted / plain, whole backup: {whole:.2f}x (goal <= 1.3x); "
          f"copy step alone: {step:.2f}x")
    return 0


def second_place(tmp: Path, runs: int) -> dict[str, float]:
    """Plain and encrypted copies to the second place, alternated so that both see the
    same disk cache and machine load."""
    from keeper import settings
    from keeper.core import backup, backup_crypto, encrypted_backup

    usb = tmp / "usb"
    settings.set(backup.SECOND_FOLDER, str(usb))
    code = backup_crypto.new_code()
    times: dict[str, list[float]] = {}

    def clock(name, work):
        start = time.perf_counter()
        result = work()
        times.setdefault(name, []).append(time.perf_counter() - start)
        return result

    def clear():
        shutil.rmtree(usb, ignore_errors=True)
        for old in backup.list_backups():
            old.path.unlink()

    for _ in range(runs):
        clear()
        settings.set(backup_crypto.RECOVERY_CODE, "")  # no code: the copy is plain
        plain = clock("backup + plain copy", backup.make_backup)
        clear()
        settings.set(backup_crypto.RECOVERY_CODE, code)
        sealed = clock("backup + encrypted copy", backup.make_backup)
        assert backup_crypto.is_encrypted(sealed.copies[0]) and plain.copies
        clock("copy step: plain copy + verify",
              lambda: backup._copy_verified(sealed.path, tmp / "usb-plain"))
        clock("copy step: encrypt + verify",
              lambda: encrypted_backup.copy_encrypted(sealed.path, tmp / "usb-sealed", code))
    clock("restore of the encrypted copy",
          lambda: encrypted_backup.restore_any(sealed.copies[0]))
    return {name: statistics.median(values) for name, values in times.items()}


if __name__ == "__main__":
    sys.exit(main())
