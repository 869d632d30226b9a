"""Importing a 100,000-row legacy ledger (issue 5's figure; target ≥ 20,000 rows/s).

    python benchmarks/import_ledger.py [--rows 100000] [--seed 1] [--keep DIR]

Writes a realistic CSV (GB18030 as Excel saves it in China, mixed date and time forms,
service and group synonyms, ~2,000 distinct phones on a third of the rows, a few notes)
into a temp folder, then times on a fresh database: a dry run (the preview), the import,
and importing the same file again (everything skipped as already imported).
"""
from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SERVICES = ("饮水", "喝水", "接水", "开水", "休息", "歇脚", "换电", "换电池", "充电", "手机充电",
            "维修", "修车", "补胎", "热饭", "微波炉", "加热", "如厕", "厕所", "药箱", "急救")
GROUPS = ("外卖骑手", "外卖员", "美团骑手", "快递员", "快递小哥", "网约车司机", "滴滴司机",
          "货车司机", "卡车司机", "市民", "居民", "群众", "", "")
PLATFORMS = ("美团", "饿了么", "顺丰", "京东", "滴滴", "货拉拉", "")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"


def _date_text(day: date, rng: random.Random) -> str:
    form = rng.randrange(4)
    if form == 0:
        return day.isoformat()
    if form == 1:
        return f"{day.year}/{day.month}/{day.day}"
    if form == 2:
        return f"{day.year}.{day.month}.{day.day}"
    return f"{day.year}年{day.month}月{day.day}日"


def _time_text(rng: random.Random) -> str:
    hour, minute = rng.randrange(6, 23), rng.randrange(60)
    form = rng.randrange(5)
    if form == 0:
        return ""  # paper sheets without a time
    if form == 1:
        return f"{hour}:{minute:02d}"
    if form == 2:
        return f"{hour:02d}:{minute:02d}:{rng.randrange(60):02d}"
    if form == 3:
        return f"{hour}时{minute:02d}分"
    return f"{hour:02d}:{minute:02d}"


def make_ledger(path: Path, rows: int, seed: int) -> None:
    rng = random.Random(seed)
    people = [(rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(("", *GIVEN)),
               f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}", rng.choice(PLATFORMS))
              for _ in range(2000)]
    first = date(2024, 10, 1)
    with path.open("w", encoding="gb18030", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["日期", "到站时间", "姓名", "手机号", "身份", "所属平台", "服务内容",
                         "人次", "备注"])
        for _ in range(rows):
            day = first + timedelta(days=rng.randrange(700))
            services = "、".join(rng.sample(SERVICES, rng.choice((1, 1, 1, 2, 2, 3))))
            name = phone = platform = ""
            if rng.random() < 0.33:
                name, phone, platform = rng.choice(people)
            writer.writerow([_date_text(day, rng), _time_text(rng), name, phone,
                             rng.choice(GROUPS), platform, services,
                             rng.choice(("", "1", "1", "1", "2", "3", "5")),
                             "雨天" if rng.random() < 0.02 else ""])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep it")
    args = parser.parse_args()
    if args.keep:
        folder = Path(args.keep)
        folder.mkdir(parents=True, exist_ok=True)
        return run(folder, args)
    with tempfile.TemporaryDirectory(prefix="keeper-import-bench-") as temp:
        return run(Path(temp), args)


def run(folder: Path, args: argparse.Namespace) -> int:
    shutil.rmtree(folder / "data", ignore_errors=True)  # always a fresh database
    os.environ["KEEPER_DATA_DIR"] = str(folder / "data")
    sys.path.insert(0, str(ROOT))
    from keeper import paths
    from keeper.core.importing import import_ledger
    from keeper.store.connection import close_database, open_database

    ledger = folder / "ledger.csv"
    started = time.perf_counter()
    make_ledger(ledger, args.rows, args.seed)
    print(f"wrote {args.rows:,} rows ({ledger.stat().st_size / 1e6:.1f} MB) in "
          f"{time.perf_counter() - started:.1f} s: {ledger}")
    paths.set_data_dir(None)
    paths.ensure_data_dirs()
    open_database(paths.db_path())
    try:
        for label, options in (("dry run", {"dry_run": True}), ("import", {}),
                               ("import again", {})):
            started = time.perf_counter()
            result = import_ledger(ledger, **options)
            seconds = time.perf_counter() - started
            print(f"{label:13s} {seconds:6.2f} s  {result.rows_read / seconds:9,.0f} rows/s  "
                  f"added {result.added:,}, already {result.already:,}, rejected "
                  f"{len(result.rejected):,}, new visitors {result.new_visitors:,}")
    finally:
        close_database()
    print("target: import ≥ 20,000 rows/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
