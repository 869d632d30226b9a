"""Search as you type on a directory of 20,000 registered workers (issue 4's figures).

    python benchmarks/directory.py

For each keystroke of a few typical searches (pinyin initials, full pinyin, a Chinese
name, phone tails, a member number), times what one keystroke costs:
- the search itself (``directory.search``),
- the log screen's search box: search + filling its drop-down list, offscreen,
- the Visitors screen's list: the matching ids + the first page of rows and its paint.
Also times a roster import of 20,000 rows when the roster importer is present.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEARCHES = ("lyw", "liyingwang", "李映旺", "wangf", "5678", "13812345678", "M012345")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["KEEPER_DATA_DIR"] = folder
        from PySide6.QtWidgets import QApplication

        from keeper import paths
        from keeper.core import directory
        from keeper.core.directory import VisitorDetails, register_visitor
        from keeper.core.station import StationProfile, set_station
        from keeper.store.connection import open_database
        from keeper.store.models import database
        from keeper.ui.app import create_application, prepare_application
        from tests.support.people import make_directory

        app = create_application(["bench"])
        prepare_application(app, "zh_CN")
        paths.ensure_data_dirs()
        open_database(paths.db_path())
        set_station(StationProfile("B1", "压测驿站", "测试区"))
        began = time.perf_counter()
        with database.atomic():
            make_directory(20_000)
            register_visitor(VisitorDetails(name="李映旺", phone="13812345678"))
        print(f"directory of 20,001 made in {time.perf_counter() - began:.1f} s")

        from keeper.ui.visitors.screen import VisitorsScreen
        from keeper.ui.widgets.visitor_picker import VisitorPicker

        picker = VisitorPicker()
        picker.show()
        screen = VisitorsScreen()
        screen.resize(1280, 800)
        screen.show()
        QApplication.processEvents()
        core, box, listing = [], [], []
        for text in SEARCHES:
            for end in range(1, len(text) + 1):
                typed = text[:end]
                began = time.perf_counter()
                directory.search(typed)
                core.append(time.perf_counter() - began)
                began = time.perf_counter()
                picker._typed(typed)
                QApplication.processEvents()
                box.append(time.perf_counter() - began)
                began = time.perf_counter()
                screen.search.blockSignals(True)
                screen.search.setText(typed)
                screen.search.blockSignals(False)
                screen.apply_filter()
                QApplication.processEvents()
                screen.table.viewport().repaint()
                listing.append(time.perf_counter() - began)
        for label, times in (("search", core), ("log screen's box", box),
                             ("Visitors screen list", listing)):
            print(f"  {label:22s} median {statistics.median(times) * 1000:6.1f} ms, "
                  f"p90 {sorted(times)[int(len(times) * 0.9)] * 1000:6.1f} ms, "
                  f"max {max(times) * 1000:6.1f} ms over {len(times)} keystrokes "
                  "(target < 30 ms median)")
        _roster(folder)
        for widget in (picker, screen):
            widget.close()
            widget.deleteLater()
        QApplication.processEvents()
    os._exit(0)  # skip Qt teardown from Python's exit handlers


def _roster(folder: str) -> None:
    try:
        from keeper.core.roster import import_roster
    except ImportError:
        print("  roster import: not available")
        return
    import csv
    import random

    rng = random.Random(3)
    path = Path(folder) / "roster.csv"
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "手机号", "身份", "平台", "党员", "志愿者", "报到日期"])
        for i in range(20_000):
            writer.writerow([f"骑手{i}", f"15{rng.randrange(10**9):09d}", "外卖骑手", "美团",
                             "否", "是" if i % 9 == 0 else "否", "2026-03-01"])
    began = time.perf_counter()
    result = import_roster(path)
    elapsed = time.perf_counter() - began
    print(f"  roster import: 20,000 rows in {elapsed:.2f} s ({20_000 / elapsed:,.0f} rows/s), "
          f"{result.added} added, {result.updated} updated")


if __name__ == "__main__":
    main()
