"""Every figure of issue 17, each against its floor measured in the same run:

    python benchmarks/make_ledger.py           # once: benchmarks/out/ledger-1m (a while)
    python benchmarks/all.py [--rows import,roster,...] [--readme]

Each row runs in a child process of its own (so its peak memory is its own) and alternates
the floor's run with keeper's, so that a busy moment on a shared machine hits both alike.
Prints: the work, the floor's figure, keeper's, the ratio against the goal, and the peak
RSS of the process that did both. ``--readme`` writes the table into README.md's
"Performance" section with the machine named. Never run inside the tests.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
BIG = OUT / "ledger-1m"
sys.path.insert(0, str(ROOT))

# name: (work, floor, goal as (op, value), unit of the figures, higher is better)
ROWS = {
    "import": ("legacy import, 100k rows",
               "sqlite3 executemany of the same visits, services and people, one transaction",
               (">=", 0.5), "rows/s", True),
    "roster": ("roster import, 20k people", "sqlite3 executemany of the same people",
               (">=", 0.5), "rows/s", True),
    "export": ("full month export (xlsx + pdf + bundle)",
               "the month's rows read, xlsxwriter writing the same ledger sheet + csv of them",
               ("<=", 1.3), "s", False),
    "visitors": ("Visitors screen, one keystroke, 20k people",
                 "the core search alone for that keystroke", ("<=", 1.5), "ms", False),
    "startup": ("start-up to first frame", "the stack floor child of benchmarks/startup.py",
                ("<=", 1.25), "ms", False),
    "ledger": ("open the ledger, 1M visits", "a 2,000-visit database, same screenful",
               ("<=", 1.1), "ms", False),
    "summary": ("month summary, 1M visits", "hand-written SQL", ("<=", 1.1), "ms", False),
}


# Where the floor leaves out work the issue itself requires, a second floor adds it
# (measured in the same alternation); the goal stays the number.
SECOND = {
    "roster": "the same executemany plus each person's audit entry (DESIGN: every change "
              "audited)",
    "export": "the same plus SQLite's quick check, which every export makes before it writes",
    "visitors": "the core search plus the same keystroke in a bare PySide6 search box and "
                "list with the rows handed to it (no keeper code)",
    "startup": "the same Qt widgets, and keeper's SQL, translators and icons, done by the "
               "libraries alone (benchmarks/startup_screen.py)",
}


def _rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _median(values: list[float]) -> float:
    import statistics

    return statistics.median(values)


def _fresh_database(template: Path, folder: Path) -> Path:
    """A copy of an empty migrated keeper database (with its station) in its own folder."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copy2(template, folder / "keeper.db")
    return folder / "keeper.db"


def _template(scratch: Path) -> Path:
    """An empty keeper database with a station profile, made once per child."""
    from keeper.core.station import StationProfile, set_station
    from keeper.store.connection import close_database, open_database

    path = scratch / "template" / "keeper.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    open_database(path)
    set_station(StationProfile("B1", "压测驿站", "测试区"))
    close_database()
    return path


def _raw(path: Path):
    """sqlite3 on the file with keeper's contract pragmas (DESIGN §2), nothing else."""
    import sqlite3

    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode = wal", "foreign_keys = 1", "synchronous = 2"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def _copy_rows(conn, source, table: str, where: str = "") -> None:
    columns = [r[1] for r in source.execute(f"PRAGMA table_info({table})")]
    rows = source.execute(f"SELECT {', '.join(columns)} FROM {table} {where}").fetchall()
    conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                     f"({', '.join('?' * len(columns))})", rows)


def _stored(path: Path, tables: dict[str, str]) -> dict:
    """What keeper stored (read back once, outside the timing): the floor inserts the same."""
    import sqlite3

    source = sqlite3.connect(path)
    found = {}
    for table, where in tables.items():
        columns = [r[1] for r in source.execute(f"PRAGMA table_info({table})")]
        found[table] = (columns, source.execute(
            f"SELECT {', '.join(columns)} FROM {table} {where}").fetchall())
    source.close()
    return found


def _insert_floor(path: Path, stored: dict) -> None:
    conn = _raw(path)
    conn.execute("BEGIN")
    for table, (columns, rows) in stored.items():
        conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                         f"({', '.join('?' * len(columns))})", rows)
    conn.execute("COMMIT")
    conn.close()


def _alternate(runs: int, *contenders) -> list[list[float]]:
    """Each contender's times, run in turn ``runs`` times (floor, [second floor,] keeper)."""
    times: list[list[float]] = [[] for _ in contenders]
    for _ in range(runs):
        for run, timed in zip(contenders, times):
            began = time.perf_counter()
            run()
            timed.append(time.perf_counter() - began)
    return times


# -- the rows ---------------------------------------------------------------------------
def _importing(template: Path, scratch: Path, run, expected: int):
    """keeper's run of an import (``run()``) into a fresh database, checked to add
    ``expected`` rows: what the import and roster rows time against their floors."""
    from keeper import paths
    from keeper.store.connection import close_database, open_database

    def keeper() -> None:
        path = _fresh_database(template, scratch / "keeper")
        paths.set_data_dir(path.parent)
        open_database(path)
        result = run()
        close_database()
        assert result.added == expected, result.added
    return keeper


def row_import(scratch: Path, runs: int) -> dict:
    from benchmarks.import_ledger import make_ledger
    from keeper.core.importing import import_ledger

    rows = 100_000
    ledger = OUT / "import-100k.csv"
    if not ledger.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        make_ledger(ledger, rows, 1)
    template = _template(scratch)
    keeper = _importing(template, scratch, lambda: import_ledger(ledger), rows)
    keeper()  # once, to read back what it stores: the floor writes exactly that
    stored = _stored(scratch / "keeper" / "keeper.db", {
        "import_batch": "", "visitor": "", "visit": "ORDER BY id",
        "visit_service": "ORDER BY visit_id"})

    def floor() -> None:
        _insert_floor(_fresh_database(template, scratch / "floor"), stored)

    floors, ours = _alternate(runs, floor, keeper)
    return {"floor": rows / _median(floors), "keeper": rows / _median(ours)}


def _roster_file(path: Path, people: int) -> None:
    import csv
    import random

    rng = random.Random(3)
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "手机号", "身份", "平台", "党员", "志愿者", "报到日期"])
        for i in range(people):
            writer.writerow([f"骑手{i}", f"15{rng.randrange(10**9):09d}", "外卖骑手", "美团",
                             "否", "是" if i % 9 == 0 else "否", "2026-03-01"])


def row_roster(scratch: Path, runs: int) -> dict:
    from keeper.core.roster import import_roster

    people = 20_000
    roster = scratch / "roster.csv"
    _roster_file(roster, people)
    template = _template(scratch)
    keeper = _importing(template, scratch, lambda: import_roster(roster), people)
    keeper()
    stored = _stored(scratch / "keeper" / "keeper.db", {"visitor": "ORDER BY id"})
    audited = _stored(scratch / "keeper" / "keeper.db", {
        "visitor": "ORDER BY id", "audit_log": "WHERE entity = 'visitor' ORDER BY id"})

    def floor() -> None:
        _insert_floor(_fresh_database(template, scratch / "floor"), stored)

    def floor_audited() -> None:  # DESIGN: every change audited, so each person an entry
        _insert_floor(_fresh_database(template, scratch / "floor"), audited)

    floors, seconds, ours = _alternate(runs, floor, floor_audited, keeper)
    return {"floor": people / _median(floors), "keeper": people / _median(ours),
            "floor2": people / _median(seconds)}


def _need_big() -> None:
    if not (BIG / "keeper.db").exists():
        sys.exit("run benchmarks/make_ledger.py first (benchmarks/out/ledger-1m)")


def _big_copy(scratch: Path) -> Path:
    _need_big()
    data = scratch / "big"
    shutil.copytree(BIG, data)
    os.environ["KEEPER_DATA_DIR"] = str(data)
    return data


def row_export(scratch: Path, runs: int, month: str = "2026-10") -> dict:
    import csv
    import io

    import xlsxwriter
    from PySide6.QtGui import QGuiApplication

    from keeper import paths
    from keeper.core.stats import month_bounds
    from keeper.fonts import load_bundled_fonts
    from keeper.reports.common import names, visitor_keys
    from keeper.reports.export import export_month
    from keeper.store.connection import open_database

    data = _big_copy(scratch)
    app = QGuiApplication(["bench"])  # the PDF needs it
    load_bundled_fonts()
    paths.set_data_dir(None)
    open_database(paths.db_path())
    services, groups = names("zh_CN")
    key = visitor_keys()
    first, last = (d.isoformat() for d in month_bounds(month))
    conn = _raw(data / "keeper.db")

    def floor() -> None:
        """The ledger sheet's cells and the bundle's visits.csv rows, nothing around them."""
        rows = conn.execute(
            "SELECT v.id, v.date, v.time, v.group_code, (SELECT group_concat(service_code) "
            "FROM visit_service WHERE visit_id = v.id), v.count, v.visitor_id, "
            "COALESCE(p.name, ''), p.phone, v.platform, v.note, v.voided_at IS NOT NULL, "
            "v.void_reason, v.amendments > 0 FROM visit v LEFT JOIN visitor p ON "
            "p.id = v.visitor_id WHERE v.date BETWEEN ? AND ? ORDER BY v.date, "
            "v.time IS NULL, v.time, v.id", (first, last)).fetchall()
        book = xlsxwriter.Workbook(str(scratch / "floor.xlsx"), {
            "strings_to_formulas": False, "strings_to_urls": False,
            "strings_to_numbers": False})
        sheet = book.add_worksheet("台账")
        date_format = book.add_format({"num_format": "yyyy-mm-dd"})
        time_format = book.add_format({"num_format": "hh:mm"})
        sheet.set_column(1, 1, 11, date_format)
        sheet.set_column(2, 2, 7, time_format)
        buffer = io.StringIO(newline="")
        out = csv.writer(buffer, lineterminator="\n")
        for number, r in enumerate(rows, 1):
            sheet.write_row(number, 0, (
                r[0], r[1], r[2] or "", groups.get(r[3], r[3]),
                "、".join(services.get(c, c) for c in (r[4] or "").split(",")), r[5],
                f"{r[7]} {r[8] or ''}".strip(), r[9], r[10], "作废" if r[11] else "正常",
                r[12]))
            out.writerow((r[0], r[1], r[2] or "", r[3], (r[4] or "").replace(",", "|"), r[5],
                          key(r[6]), r[9], int(r[11]), int(r[13])))
        book.close()
        (scratch / "floor.csv").write_bytes(buffer.getvalue().encode("utf-8"))

    def floor_checked() -> None:  # the damage check every export makes before writing
        conn.execute("PRAGMA quick_check").fetchall()
        floor()

    def keeper() -> None:
        export_month(month, scratch / "exports", language="zh_CN")

    floors, seconds, ours = _alternate(runs, floor, floor_checked, keeper)
    del app
    return {"floor": _median(floors), "keeper": _median(ours), "floor2": _median(seconds)}


def row_visitors(scratch: Path, runs: int) -> dict:
    os.environ["KEEPER_DATA_DIR"] = str(scratch / "data")
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
    with database.atomic():
        make_directory(20_000)
        register_visitor(VisitorDetails(name="李映旺", phone="13812345678"))
    from benchmarks.directory import SEARCHES
    from keeper.ui.visitors.model import PAGE
    from keeper.ui.visitors.screen import VisitorsScreen

    from PySide6.QtCore import QEvent, QObject

    class Paints(QObject):  # as benchmarks/ledger.py: was the list painted by the loop?
        count = 0

        def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    screen = VisitorsScreen()
    screen.resize(1280, 800)
    paints = Paints()
    screen.table.viewport().installEventFilter(paints)
    screen.show()
    QApplication.processEvents()
    bare = _BareList(screen)  # the same keystroke by Qt alone, its rows handed to it
    typed_all = [text[:end] for text in SEARCHES for end in range(1, len(text) + 1)]
    given = {}
    for typed in typed_all:  # what the list shows for each keystroke, read once beforehand
        screen.search.setText(typed)
        screen.apply_filter()
        model = screen.model
        given[typed] = (model.rowCount(),
                        [model.texts(row) for row in range(min(model.rowCount(), PAGE))])
    floors, ours, qt_alone, unpainted = [], [], [], 0
    for _ in range(runs):
        for typed in typed_all:
            began = time.perf_counter()
            directory.visitor_ids(typed)  # what the list asks the core for
            floors.append(time.perf_counter() - began)
            began = time.perf_counter()
            screen.search.blockSignals(True)  # the debounce is not part of a keystroke
            screen.search.setText(typed)
            screen.search.blockSignals(False)
            paints.count = 0
            screen.apply_filter()
            QApplication.processEvents()  # the event loop paints what changed
            if not paints.count:  # the list painted once, whichever way it came
                unpainted += 1
                screen.table.viewport().repaint()
            ours.append(time.perf_counter() - began)
            began = time.perf_counter()
            bare.keystroke(typed, *given[typed])
            qt_alone.append(time.perf_counter() - began)
    bare.close()
    return {"floor": _median(floors) * 1000, "keeper": _median(ours) * 1000,
            "unpainted": unpainted, "qt_alone": _median(qt_alone) * 1000,
            "floor2": (_median(floors) + _median(qt_alone)) * 1000}


class _BareList:
    """A search box over a list, in PySide6 alone, the size of keeper's: a keystroke here
    is the text typed, the rows given to a QStandardItemModel (counted, and the first
    screenful's texts), the first row selected and the event loop's paint. No keeper code:
    what any implementation with these widgets does after its search."""

    def __init__(self, screen) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QStandardItemModel
        from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLineEdit,
                                       QTableView, QVBoxLayout, QWidget)

        self.window = QWidget()
        layout = QVBoxLayout(self.window)
        self.line = QLineEdit()
        self.line.setClearButtonEnabled(True)
        columns = screen.model.columnCount()
        self.model = QStandardItemModel(0, columns)
        self.model.setHorizontalHeaderLabels(
            [screen.model.headerData(c, Qt.Orientation.Horizontal) for c in range(columns)])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(screen.table.verticalHeader().defaultSectionSize())
        vertical.hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column in range(columns):
            self.table.setColumnWidth(column, screen.table.columnWidth(column))
        self.line.setFixedWidth(screen.search.width())
        self.table.setFixedSize(screen.table.size())
        layout.addWidget(self.line)
        layout.addWidget(self.table)
        self.window.show()
        self._events = QApplication.processEvents
        self._events()

    def keystroke(self, typed: str, count: int, rows: list[tuple[str, ...]]) -> None:
        self.line.setText(typed)
        model = self.model
        model.beginResetModel()
        blocked = model.blockSignals(True)
        model.setRowCount(0)
        model.setRowCount(count)
        index, set_data = model.index, model.setData  # items made in C++, as keeper's are
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                set_data(index(row, column), text)
        model.blockSignals(blocked)
        model.endResetModel()
        if count:
            self.table.selectRow(0)
        self._events()

    def close(self) -> None:
        self.window.close()
        self.window.deleteLater()


def row_startup(scratch: Path, runs: int) -> dict:
    from benchmarks import startup

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KEEPER_DATA_DIR=str(scratch),
               PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "keeper", "demo", "--months", "3"], env=env,
                   check=True, cwd=ROOT, capture_output=True)
    rss: list[float] = []

    def timed(code: str) -> float:
        began = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                                 env=env, text=True, cwd=ROOT)
        line = child.stdout.readline()
        elapsed = time.perf_counter() - began
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        child.stdout.close()
        if line.strip() != "shown":
            raise RuntimeError(f"child did not report its window: {line!r}")
        if code is startup.KEEPER:
            rss.append(usage.ru_maxrss / 1024)
        return elapsed

    from benchmarks.startup_screen import RECORDED, libraries_child

    # The second floor: the same widgets, and what keeper's first frame asks of its
    # libraries (its SQL, translators, icons, recorded from keeper now), by them alone.
    recorded = json.loads(subprocess.run(
        [sys.executable, "-c", RECORDED], env=env, cwd=ROOT, text=True, capture_output=True,
        check=True).stdout.splitlines()[0])
    shutil.copy2(scratch / "keeper.db", scratch / "replay.db")
    libraries = libraries_child(recorded, str(scratch / "replay.db"), "zh_CN")

    for code in (startup.STACK, libraries, startup.KEEPER):
        timed(code)  # warm the file cache and keeper's bytecode
    # Alternating like _alternate, but each figure is the child's own, to its first frame:
    # _alternate would time the whole call, waiting for the child to exit too (keeper's
    # backup at exit, the stack's Qt teardown), which is not start-up.
    floors, alone, ours = [], [], []
    for _ in range(runs):
        floors.append(timed(startup.STACK))
        alone.append(timed(libraries))
        ours.append(timed(startup.KEEPER))
    return {"floor": _median(floors) * 1000, "keeper": _median(ours) * 1000, "rss": max(rss),
            "floor2": _median(alone) * 1000}


def row_ledger(scratch: Path, runs: int) -> dict:
    """Alternating children: each opens the ledger screen six times (the first not
    counted) on the million visits or on 2,000 visits (the same screenful to paint)."""
    _need_big()
    big = scratch / "big"
    shutil.copytree(BIG, big)
    small = scratch / "small"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_ledger.py"), "--visits",
                    "2000", "--out", str(small)], check=True, cwd=ROOT, capture_output=True)
    os.sync()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    floors, ours, rss = [], [], []

    def child(folder: Path) -> float:
        done = subprocess.run([sys.executable, __file__, "--ledger-child", str(folder)],
                              env=env, capture_output=True, text=True, check=True, cwd=ROOT)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        rss.append(result["rss"])
        return result["open"]

    for _ in range(runs):
        floors.append(child(small))
        ours.append(child(big))
    return {"floor": _median(floors), "keeper": _median(ours), "rss": max(rss)}


def ledger_child(folder: str) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from benchmarks.ledger import open_times
    from keeper import paths
    from keeper.store.connection import open_database
    from keeper.ui.app import create_application, prepare_application

    os.environ["KEEPER_DATA_DIR"] = folder
    app = create_application(["bench"])
    prepare_application(app, "en")
    paths.set_data_dir(None)
    open_database(paths.db_path())
    opens = open_times(6)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    print(json.dumps({"open": _median(opens[1:]) * 1000, "rss": _rss_mb()}), flush=True)
    del app
    os._exit(0)


def row_summary(scratch: Path, runs: int, month: str = "2026-10") -> dict:
    from benchmarks.report import by_hand
    from keeper import paths
    from keeper.core.stats import month_bounds, month_summary
    from keeper.store.connection import open_database
    from keeper.store.models import database

    _big_copy(scratch)
    paths.set_data_dir(None)
    open_database(paths.db_path())
    conn = database.connection()
    first, last = (d.isoformat() for d in month_bounds(month))
    month_summary(month, compare=False)  # both warm: the file's pages in the cache
    by_hand(conn, first, last)
    floors, ours = _alternate(runs * 5, lambda: by_hand(conn, first, last),
                              lambda: month_summary(month, compare=False))
    return {"floor": _median(floors) * 1000, "keeper": _median(ours) * 1000}


RUNS = {"import": 3, "roster": 5, "export": 5, "visitors": 2, "startup": 9, "ledger": 5,
        "summary": 3}


def child(name: str) -> None:
    with tempfile.TemporaryDirectory(prefix=f"keeper-all-{name}-") as scratch:
        os.environ["KEEPER_DATA_DIR"] = str(Path(scratch) / "data")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        result = globals()[f"row_{name}"](Path(scratch), RUNS[name])
        result.setdefault("rss", _rss_mb())
        print(json.dumps(result), flush=True)
    os._exit(0)  # skip Qt teardown from Python's exit handlers


# -- the parent -------------------------------------------------------------------------
def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor()
    return f"{model}, {os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))})"


def load() -> str:
    return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


def measure(name: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, __file__, "--child", name], env=env,
                          capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0 or not done.stdout.strip():
        raise SystemExit(f"{name} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _figure(value: float, unit: str) -> str:
    if unit == "rows/s":
        return f"{value:,.0f} rows/s"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:.1f} ms"


def table(results: dict[str, dict]) -> list[str]:
    lines = ["| work | floor (same run) | floor | keeper | ratio | goal | peak RSS |",
             "|---|---|---|---|---|---|---|"]
    for name, result in results.items():
        work, floor_text, (op, goal), unit, higher = ROWS[name]
        ratio = result["keeper"] / result["floor"]
        met = ratio >= goal if op == ">=" else ratio <= goal
        lines.append(f"| {work} | {floor_text} | {_figure(result['floor'], unit)} | "
                     f"{_figure(result['keeper'], unit)} | {ratio:.2f}× | {op.replace('>=', '≥').replace('<=', '≤')} "
                     f"{goal}× {'✓' if met else '✗'} | {result['rss']:.0f} MB |")
    return lines


def second_floors(results: dict[str, dict]) -> list[str]:
    """The rows whose floor leaves out required work, against a floor that includes it."""
    lines = []
    for name, result in results.items():
        if "floor2" not in result:
            continue
        work, _floor, (op, goal), unit, _higher = ROWS[name]
        ratio = result["keeper"] / result["floor2"]
        met = ratio >= goal if op == ">=" else ratio <= goal
        sign = op.replace(">=", "≥").replace("<=", "≤")
        lines.append(f"| {work} | {SECOND[name]} | {_figure(result['floor2'], unit)} | "
                     f"{_figure(result['keeper'], unit)} | {ratio:.2f}× | {sign} {goal}× "
                     f"{'✓' if met else '✗'} | |")
    if not lines:
        return []
    return ["", "Against a floor that includes the work the issue requires but its floor "
                "leaves out (the same goal):", "",
            "| work | second floor (same run) | floor | keeper | ratio | goal | |",
            "|---|---|---|---|---|---|---|", *lines]


def write_readme(lines: list[str], header: str) -> None:
    """The table goes between README's markers in its "Performance" section (made at the
    end of README the first time); the prose around it is written by hand."""
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    block = f"{START}\n{header}\n\n" + "\n".join(lines) + f"\n{END}"
    if START in text and END in text:
        text = text[:text.index(START)] + block + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n## Performance\n\n" + block + "\n"
    readme.write_text(text, encoding="utf-8")


START, END = "<!-- benchmarks/all.py: start -->", "<!-- benchmarks/all.py: end -->"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", default=",".join(ROWS), help="which rows, comma-separated")
    parser.add_argument("--readme", action="store_true", help="write the table into README.md")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--ledger-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child)
    if args.ledger_child:
        return ledger_child(args.ledger_child)
    chosen = [name.strip() for name in args.rows.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in ROWS]
    if unknown:
        parser.error(f"unknown rows: {', '.join(unknown)} (choose from {', '.join(ROWS)})")
    started = time.strftime("%Y-%m-%d %H:%M")
    before = load()
    results = {}
    for name in chosen:
        print(f"{name}…", end=" ", flush=True)
        began = time.perf_counter()
        results[name] = measure(name)
        print(f"{time.perf_counter() - began:.0f} s", flush=True)
    header = (f"Measured {started} on {machine()}, Python {platform.python_version()}; "
              f"{before} at the start, {load()} at the end.")
    lines = table(results)
    lines += second_floors(results)
    print(header)
    print("\n".join(lines))
    if args.readme:
        write_readme(lines, header)


if __name__ == "__main__":
    main()
