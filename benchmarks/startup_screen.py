"""Start-up against a second floor: keeper's Log screen alone (issue 17, the start-up row).

Run by hand, never inside the tests:

    python benchmarks/startup_screen.py [--runs 9]

The start-up row compares keeper with the "stack" child of ``startup.py``: an empty window
after peewee, Qt's enums and the bundled font. keeper's first frame is its Log screen, and
most of the time between the two is that screen: the core and store modules it reads its
tiles and today's entries with, the queries, and painting a screenful of widgets. This
times, alternating in one run, three children that report their first painted frame the
same way: the stack floor, the same stack plus keeper's Log screen alone in a bare
QMainWindow (the database opened without its check, keeper's font and translations; no
navigation, status bar, logging, single-window lock or anything deferred), and keeper as
it starts. keeper / screen is what keeper's own start-up costs beyond the screen it shows.
A fourth child, "widgets", makes the same kinds and numbers of Qt widgets with texts of the
same kind, laid out alike, with PySide6 alone: what any first screen with these widgets
costs on this stack, before any of keeper's own code. A fifth, "modules", imports the keeper
modules keeper itself has loaded at its first frame (listed by keeper in the same run) and
shows the empty window: what loading keeper's code costs before any of it runs. A sixth,
"libraries", is the "widgets" child plus what keeper's first frame asks of its libraries,
recorded from keeper in the same run and done by them alone: the same SQL statements by
sqlite3 on a copy of the database, the same translators, the same SVG icons on its tiles
and navigation. What any implementation of this first frame on this stack costs before its
own code loads or runs.
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
sys.path.insert(0, str(ROOT))

from benchmarks.startup import KEEPER, REPORT, STACK  # noqa: E402

SCREEN = REPORT + """
import peewee
from PySide6.QtCore import Qt
app = QApplication([])
from keeper import paths, settings
from keeper.core.database import open_checked
from keeper.ui.app import prepare_application
open_checked(paths.db_path(), check=False)
prepare_application(app, settings.get(settings.LANGUAGE) or None)
from PySide6.QtWidgets import QMainWindow
from keeper.ui.log.screen import LogScreen
window = QMainWindow()
window.setCentralWidget(LogScreen())
window.resize(1280, 800)
window.installEventFilter(_first_paint)
window.show()
app.exec()
"""

# The widgets keeper's first frame shows (counted on the main window over the demo: 76
# visible, by Qt class), made and laid out by PySide6 alone with texts of the same kind:
# no keeper module, no database, no style sheet. What any first screen with these
# widgets costs on this stack.
WIDGETS = REPORT + """
import peewee
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
app = QApplication([])
from keeper.fonts import load_bundled_fonts
load_bundled_fonts()
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QMainWindow, QPushButton, QSpinBox, QSplitter, QStackedWidget,
    QTableView, QTimeEdit, QToolButton, QVBoxLayout, QWidget)
_icons = []  # the "libraries" child loads keeper's icons here, and the tiles wear them
window = QMainWindow()
split = QSplitter()
side = QListWidget()
side.addItems(["登记", "台账", "来访人员", "诉求", "志愿活动", "报表", "物资", "设置"])
for n in range(side.count()) if _icons else ():
    side.item(n).setIcon(_icons[(20 + n) % len(_icons)])
stack = QStackedWidget()
page = QWidget()
column = QVBoxLayout(page)
row = QHBoxLayout()
row.addWidget(QLabel("一键登记:"))
for text in ("外卖骑手 · 饮水", "外卖骑手 · 换电", "外卖骑手 · 休息", "外卖骑手 · 充电"):
    row.addWidget(QPushButton(text))
column.addLayout(row)
tiles = QGridLayout()
for n, text in enumerate(("饮水", "休息", "换电", "充电", "维修", "热饭", "如厕", "应急药品",
                          "避暑取暖", "雨具借用", "阅读")):
    tile = QToolButton()
    if _icons:
        tile.setIcon(_icons[n % len(_icons)])
    tile.setText(text + "\\n" + str(n + 1))
    tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    tiles.addWidget(tile, n // 8, n % 8)
for n, text in enumerate(("外卖骑手", "快递员", "网约车司机", "货车司机", "市民", "其他",
                          "环卫工人", "交警辅警", "出租车司机")):
    tile = QToolButton()
    if _icons:
        tile.setIcon(_icons[(11 + n) % len(_icons)])
    tile.setText(text + "\\nAlt+" + str(n + 1))
    tiles.addWidget(tile, 2 + n // 6, n % 6)
column.addLayout(tiles)
for text in ("来访人员:", "人数:", "时间:"):
    line = QHBoxLayout()
    line.addWidget(QLabel(text))
    line.addWidget(QLineEdit())
    column.addLayout(line)
times = QHBoxLayout()
for widget in (QSpinBox(), QCheckBox("现在"), QDateEdit(), QTimeEdit(), QCheckBox("时间不详"),
               QLineEdit(), QLineEdit()):
    times.addWidget(widget)
column.addLayout(times)
column.addWidget(QPushButton("登记（Enter）"))
for text in ("今日：100 人次 — 饮水 40 · 休息 29", "本月至今：3792 人次", "物资：仅剩 6"):
    column.addWidget(QLabel(text))
model = QStandardItemModel(100, 8)
model.setHorizontalHeaderLabels(["日期", "时间", "人员类别", "服务项目", "人次", "来访人员",
                                 "备注", "状态"])
for r in range(100):
    for c, text in enumerate(("2026-11-18", "15:16", "外卖骑手", "饮水", "1", "", "", "")):
        model.setItem(r, c, QStandardItem(text))
table = QTableView()
table.setModel(model)
column.addWidget(table, 1)
buttons = QHBoxLayout()
for text in ("撤销上一条登记（Ctrl+Z）", "更正…", "作废…", "修改记录…"):
    buttons.addWidget(QPushButton(text))
column.addLayout(buttons)
stack.addWidget(page)
split.addWidget(side)
split.addWidget(stack)
window.setCentralWidget(split)
window.statusBar().addWidget(QLabel("望京街道暖心驿站（CY-017），朝阳区"))
window.statusBar().addPermanentWidget(QLabel("库存提醒：2"))
window.statusBar().addPermanentWidget(QLabel("今日服务人次：100"))
window.resize(1280, 800)
window.installEventFilter(_first_paint)
window.show()
app.exec()
"""


# keeper's modules as loaded at its first frame, listed by keeper itself in the same run.
LISTED = REPORT.replace('print("shown", flush=True)', 'print(",".join(sorted(m for m in '
                        '__import__("sys").modules if m.split(".")[0] == "keeper")), '
                        'flush=True)') + KEEPER.split(REPORT, 1)[1]


# What keeper asks of its libraries before its first frame, recorded by keeper itself in
# the same run: every SQL statement SQLite ran (with its values), the icons it loaded.
RECORDED = """
import json, sqlite3, sys
_statements, _icons = [], []
_connect = sqlite3.connect
def _traced(*args, **kwargs):
    connection = _connect(*args, **kwargs)
    connection.set_trace_callback(_statements.append)
    return connection
sqlite3.connect = _traced
from keeper.ui import icons
_icon = icons.icon.__wrapped__
def _recorded(name):
    _icons.append(str(icons.resource("icons", name + ".svg")))
    return _icon(name)
icons.icon = _recorded
""" + REPORT.replace('print("shown", flush=True)', 'print(json.dumps({"sql": _statements, '
                     '"icons": _icons}), flush=True)') + KEEPER.split(REPORT, 1)[1]


def libraries_child(recorded: dict, database: str, language: str) -> str:
    """The "widgets" child plus what keeper's first frame asks of its libraries, done by
    them alone: the same SQL statements run by sqlite3 on a copy of the same database, the
    same translators loaded, the same SVG icons on its tiles. No keeper code runs."""
    extra = f"""
import sqlite3
_db = sqlite3.connect({database!r}, isolation_level=None)
for _sql in {recorded["sql"]!r}:
    _db.execute(_sql).fetchall()
from PySide6.QtCore import QLibraryInfo, QTranslator
_translators = []
for _file, _folder in (("keeper_{language}", {str(ROOT / "resources" / "translations")!r}),
                       ("qtbase_{language}", QLibraryInfo.path(
                           QLibraryInfo.LibraryPath.TranslationsPath))):
    _translators.append(QTranslator())
    _translators[-1].load(_file, _folder)
    app.installTranslator(_translators[-1])
from PySide6.QtGui import QIcon
_icons = [QIcon(_path) for _path in {list(dict.fromkeys(recorded["icons"]))!r}]
"""
    return WIDGETS.replace("\n_icons = []", extra, 1)


def modules_child(names: list[str]) -> str:
    """The stack floor plus importing those modules (their own imports with them), then the
    same empty window: what loading keeper's code costs, none of it run."""
    return STACK.replace("\nfrom PySide6.QtWidgets import QMainWindow", "\nimport importlib\n"
                         f"for _name in {names!r}:\n    importlib.import_module(_name)\n"
                         "from PySide6.QtWidgets import QMainWindow", 1)


def _timed(code: str, env: dict) -> float:
    began = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, env=env,
                             stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - began
    child.wait(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError(f"child did not report its window: {line!r}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KEEPER_DATA_DIR=folder,
                   PYTHONPATH=str(ROOT))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([sys.executable, "-m", "keeper", "demo", "--months", "3"], env=env,
                       check=True, cwd=ROOT, capture_output=True)
        listed = subprocess.run([sys.executable, "-c", LISTED], env=env, cwd=ROOT, text=True,
                                capture_output=True, check=True).stdout.splitlines()[0]
        names = listed.split(",")
        recorded = json.loads(subprocess.run(
            [sys.executable, "-c", RECORDED], env=env, cwd=ROOT, text=True,
            capture_output=True, check=True).stdout.splitlines()[0])
        replay = Path(folder) / "replay.db"  # the libraries' child works on a copy
        shutil.copy2(Path(folder) / "keeper.db", replay)
        language = "zh_CN"  # the demo's (and keeper's default) language
        children = {"stack": STACK, "widgets": WIDGETS,
                    "libraries": libraries_child(recorded, str(replay), language),
                    "modules": modules_child(names), "screen": SCREEN, "keeper": KEEPER}
        for code in children.values():
            _timed(code, env)  # warm the file cache and keeper's bytecode
        times: dict[str, list[float]] = {name: [] for name in children}
        for _ in range(args.runs):
            for name, code in children.items():
                times[name].append(_timed(code, env))
    median = {name: statistics.median(runs) * 1000 for name, runs in times.items()}
    labels = {"stack": "stack floor (startup.py)", "widgets": "+ the same Qt widgets alone",
              "libraries": "+ those widgets, keeper's SQL, translators and icons, "
                           "by the libraries alone",
              "modules": f"+ keeper's {len(names)} modules imported",
              "screen": "+ keeper's Log screen alone",
              "keeper": "keeper main window"}
    print(f"offscreen, {args.runs} runs each, median ms to the first painted frame "
          f"(load average {', '.join(f'{x:.2f}' for x in os.getloadavg())}):")
    for name in children:
        print(f"  {labels[name]:78} {median[name]:7.1f}  {median[name] / median['stack']:.2f}×")
    print(f"  keeper / Log screen alone: {median['keeper'] / median['screen']:.2f}×")
    # Not added to the widgets' step: both make the same PySide6 classes (and their enums)
    # on first use, so the two overlap.
    print(f"  keeper after its modules are loaded (keeper - modules): "
          f"{median['keeper'] - median['modules']:.1f} ms")


if __name__ == "__main__":
    main()
