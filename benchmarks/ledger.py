"""The log screen and the ledger on a million visits (issue 3's figures).

    python benchmarks/make_ledger.py          # once: benchmarks/out/ledger-1m/keeper.db
    python benchmarks/ledger.py [--runs 30]

Measures, offscreen, each in a fresh process:
- click-to-row-visible: click a service tile and "Log visit", until the new row is on top
  of today's list and painted (median over --runs visits; includes the fsync of the save);
- opening the ledger screen (built, shown, its table painted once) on the big database, on
  one of 2,000 visits (the same screenful of rows to paint) and on an empty one;
- "All dates" on a million visits, then scrolling to the very end;
- filtering one month (a chosen date range);
- peak memory (max RSS) of the process that did all of the above on the big database.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIG = ROOT / "benchmarks" / "out" / "ledger-1m"


def _child(data_dir: str, runs: int) -> dict:
    os.environ["KEEPER_DATA_DIR"] = data_dir
    sys.path.insert(0, str(ROOT))
    import resource

    from PySide6.QtCore import QDate, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from keeper import paths
    from keeper.store.connection import open_database
    from keeper.ui.app import create_application, prepare_application

    app = create_application(["bench"])
    prepare_application(app, "en")
    open_database(paths.db_path())
    settle = QApplication.processEvents
    result: dict = {}

    def until(condition, limit: float = 30.0) -> None:
        deadline = time.perf_counter() + limit
        while not condition() and time.perf_counter() < deadline:
            QApplication.processEvents()
            time.sleep(0.001)

    def counted(screen) -> bool:
        text = screen.totals_label.text()
        return screen.table.model.complete and "…" not in text

    from keeper.ui.ledger.screen import LedgerScreen

    opens = open_times(10)
    result["open_ledger_ms"] = statistics.median(opens[1:]) * 1000
    result["opens"] = [round(o * 1000, 1) for o in opens]

    screen = LedgerScreen()
    screen.resize(1280, 800)
    screen.show()
    settle()
    until(lambda: counted(screen))
    began = time.perf_counter()
    screen.period.setCurrentIndex(screen.period.findData("all"))
    settle()
    screen.table.view.viewport().repaint()
    result["all_dates_first_ms"] = (time.perf_counter() - began) * 1000
    until(lambda: counted(screen))
    result["all_dates_ms"] = (time.perf_counter() - began) * 1000
    result["all_rows"] = screen.table.model.rowCount()
    began = time.perf_counter()
    screen.table.view.scrollToBottom()
    settle()
    screen.table.view.viewport().repaint()
    result["scroll_to_end_ms"] = (time.perf_counter() - began) * 1000
    months = []
    for month in (3, 6, 9):
        screen.period.setCurrentIndex(screen.period.findData("all"))
        until(lambda: counted(screen))
        began = time.perf_counter()
        screen.period.blockSignals(True)
        screen.period.setCurrentIndex(screen.period.findData("range"))
        screen.period.blockSignals(False)
        screen.first.blockSignals(True)
        screen.first.setDate(QDate(2026, month, 1))
        screen.first.blockSignals(False)
        screen.last.setDate(QDate(2026, month, 1).addMonths(1).addDays(-1))  # filters now
        settle()
        screen.table.view.viewport().repaint()
        until(lambda: counted(screen))
        months.append(time.perf_counter() - began)
    result["filter_month_ms"] = statistics.median(months) * 1000
    result["month_rows"] = screen.table.model.rowCount()
    screen.close()

    from keeper.ui.log.screen import LogScreen

    until(lambda: counted(screen))
    log = LogScreen()
    log.resize(1280, 800)
    log.show()
    settle()
    clicks = []
    for i in range(runs):
        tile = log.form.services.tiles["water" if i % 2 else "rest"]
        began = time.perf_counter()
        QTest.mouseClick(tile, Qt.MouseButton.LeftButton)
        QTest.mouseClick(log.log_button, Qt.MouseButton.LeftButton)
        settle()
        log.table.view.viewport().repaint()
        clicks.append(time.perf_counter() - began)
        assert log.table.model.visit_id(0) == log.last_logged
    result["click_to_row_ms"] = statistics.median(clicks) * 1000
    result["click_to_row_p90_ms"] = sorted(clicks)[int(len(clicks) * 0.9)] * 1000
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for widget in (log, screen):
        widget.close()
        widget.deleteLater()
    settle()
    return result


def open_times(times: int) -> list[float]:
    """Open the ledger screen ``times`` times: built, shown, its table painted once (its
    worker's totals awaited between opens, not counted). Seconds each."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from keeper.ui.ledger.screen import LedgerScreen

    settle = QApplication.processEvents

    def until(condition, limit: float = 30.0) -> None:
        deadline = time.perf_counter() + limit
        while not condition() and time.perf_counter() < deadline:
            QApplication.processEvents()
            time.sleep(0.001)

    def counted(screen) -> bool:
        text = screen.totals_label.text()
        return screen.table.model.complete and "…" not in text

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    opens = []
    for _ in range(times):
        began = time.perf_counter()
        screen = LedgerScreen()
        screen.resize(1280, 800)
        paints = Paints()
        screen.table.view.viewport().installEventFilter(paints)
        screen.show()
        settle()
        if not paints.count:  # the table's rows painted once, whichever way it came
            screen.table.view.viewport().repaint()
        opens.append(time.perf_counter() - began)
        until(lambda: counted(screen))  # its worker done: the next open starts on a quiet PC
        screen.close()
        screen.deleteLater()
        # Outside exec() a deleteLater waits for an event loop: delete the screen now.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        settle()
    return opens


def _run_child(data_dir: Path, runs: int) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, __file__, "--child", str(data_dir), "--runs", str(runs)],
                         env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child, args.runs)), flush=True)
        # Leave without tearing down Qt from Python's exit handlers: nothing to save here.
        os._exit(0)
    if not (BIG / "keeper.db").exists():
        sys.exit("run benchmarks/make_ledger.py first")
    with tempfile.TemporaryDirectory() as scratch:
        big = Path(scratch) / "big"
        shutil.copytree(BIG, big)  # the log runs add visits: keep the original as it was
        os.sync()  # 200 MB being written back to disk would slow whatever is measured next
        empty = Path(scratch) / "empty"
        subprocess.run([sys.executable, "-m", "keeper", "--data-dir", str(empty), "station",
                        "set", "--code", "E1", "--name", "empty", "--district", "d"],
                       check=True, cwd=ROOT, capture_output=True)
        small = Path(scratch) / "small"  # a screenful of rows to paint, nothing more
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_ledger.py"),
                        "--visits", "2000", "--out", str(small)],
                       check=True, cwd=ROOT, capture_output=True)
        on_big = _run_child(big, args.runs)
        on_empty = _run_child(empty, args.runs)
        on_small = _run_child(small, args.runs)
    print(f"1,000,000 visits ({on_big['all_rows']:,} rows under 'All dates'), offscreen:")
    print(f"  click to row visible:  {on_big['click_to_row_ms']:6.1f} ms median "
          f"({on_big['click_to_row_p90_ms']:.1f} ms p90), target < 50 ms")
    ratio = on_big["open_ledger_ms"] / on_empty["open_ledger_ms"]
    print(f"  open the ledger:       {on_big['open_ledger_ms']:6.1f} ms vs "
          f"{on_empty['open_ledger_ms']:.1f} ms empty = {ratio:.2f}x, target <= 1.2x")

    print(f"  each open, ms: big {on_big['opens']}, empty {on_empty['opens']}, "
          f"2,000 visits {on_small['opens']} (the first of each is not counted)")
    print(f"  open the ledger on 2,000 visits (rows to paint, as on the big one): "
          f"{on_small['open_ledger_ms']:.1f} ms = "
          f"{on_big['open_ledger_ms'] / on_small['open_ledger_ms']:.2f}x")
    print(f"  'All dates':           {on_big['all_dates_first_ms']:6.1f} ms to the first rows, "
          f"{on_big['all_dates_ms']:.1f} ms to the whole list and its totals")
    print(f"  scroll to the end:     {on_big['scroll_to_end_ms']:6.1f} ms")
    print(f"  filter one month:      {on_big['filter_month_ms']:6.1f} ms to rows and totals "
          f"({on_big['month_rows']:,} rows)")
    print(f"  peak memory:           {on_big['peak_rss_mb']:6.1f} MB (empty database: "
          f"{on_empty['peak_rss_mb']:.1f} MB), target < 250 MB")


if __name__ == "__main__":
    main()
