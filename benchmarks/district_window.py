"""The district window's grid: painted ≤ 0.3 s after it opens with 183 stations × 24 months;
and the month report (xlsx + pdf + district bundle) of those stations, ≤ 3 s.

Run by hand, never inside the tests:

    python benchmarks/district_window.py [--stations 183] [--runs 7] [--db postgresql://…]

A district of ``--stations`` stations with 24 months of reports is made in a temporary
folder (or on the PostgreSQL database given, which is emptied first). Each run opens a new
window (reading the register and the months from the store, building the grid) and stops
when the grid's first frame is painted: the first Paint event of the grid's viewport posts
a timer that fires once that paint is over. The floor is the same for a bare QTableView
of the same size with nothing to read, measured alternately in the same run.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402


class _FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            QTimer.singleShot(0, lambda: setattr(self, "done", True))
        return False


def _until_painted(viewport, app: QApplication) -> None:
    watcher = _FirstPaint()
    viewport.installEventFilter(watcher)
    while not watcher.done:
        app.processEvents()
    viewport.removeEventFilter(watcher)


def open_window(store, app: QApplication) -> float:
    from keeper.district.ui.window import DistrictWindow

    start = time.perf_counter()
    window = DistrictWindow(store)
    window.show()
    _until_painted(window.grid_view.viewport(), app)
    elapsed = time.perf_counter() - start
    assert window.model.rowCount() * window.model.columnCount() == len(
        window.model.grid.stations) * 24
    window.close()
    window.deleteLater()
    app.processEvents()
    return elapsed


def open_floor(rows: int, app: QApplication) -> float:
    """A bare table of the same cells, its data already in memory."""
    model = QStandardItemModel(rows, 24)
    for row in range(rows):
        for column in range(24):
            model.setItem(row, column, QStandardItem(""))
    start = time.perf_counter()
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 800)
    view.show()
    _until_painted(view.viewport(), app)
    elapsed = time.perf_counter() - start
    view.close()
    view.deleteLater()
    app.processEvents()
    return elapsed


def write_report(store, out: Path) -> float:
    from keeper.district.report import write_month_report

    start = time.perf_counter()
    files = write_month_report(store, "2026-09", out)
    elapsed = time.perf_counter() - start
    assert len(files) == 3
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stations", type=int, default=183)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", default=None, help="a postgresql://… database (emptied)")
    args = parser.parse_args()
    from keeper.core import clock
    from keeper.district.store import init_district
    from keeper.ui.app import create_application, prepare_application
    from tests.district.submissions import fill_demo_district

    clock.pin(datetime(2026, 10, 15, 14, 30).astimezone())
    app = create_application(["keeper"])
    prepare_application(app, "zh_CN")
    if args.db:
        from tests.district.conftest import reset_postgres

        reset_postgres(args.db)
    with tempfile.TemporaryDirectory() as folder:
        store = init_district(Path(folder) / "district", "九江市", "JJ", db_url=args.db)
        fill_demo_district(store, args.stations)
        open_window(store, app)  # warm: imports and the font, as after the first open
        windows, floors, reports = [], [], []
        for _ in range(args.runs):
            windows.append(open_window(store, app))
            floors.append(open_floor(args.stations, app))
            reports.append(write_report(store, Path(folder) / "out"))
        store.close()
    engine = "PostgreSQL" if args.db else "SQLite"
    window, floor = statistics.median(windows), statistics.median(floors)
    print(f"{engine}: {args.stations} stations × 24 months, {args.runs} runs (median)")
    print(f"  district window, grid painted: {window * 1000:7.1f} ms   (limit 300 ms)")
    print(f"  bare table, same cells:        {floor * 1000:7.1f} ms")
    print(f"  ratio: {window / floor:.1f}×   each run: "
          + " ".join(f"{w * 1000:.0f}" for w in windows))
    report = statistics.median(reports)
    print(f"  month report (xlsx, pdf, bundle): {report * 1000:7.1f} ms   (limit 3000 ms)")
    return 0 if window <= 0.3 and report <= 3 else 1


if __name__ == "__main__":
    sys.exit(main())
