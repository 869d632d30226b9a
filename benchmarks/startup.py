"""Start-up time: process start to the main window shown, against a bare PySide6 window.

Run by hand, never inside the tests:

    python benchmarks/startup.py [--runs 15] [--platform offscreen|xcb]

A third child, "stack", is the bare window plus what the chosen stack costs before keeper
does anything (peewee, Qt's enums, the bundled font): the floor under keeper's figure.
All are measured the same way in the same run, alternating: the parent takes the time
before spawning the process and when the child reports that its window's first frame is
painted. keeper starts on a demo database of
three months, or with ``--data DIR`` on a copy of that data folder's database.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Both children report once their main window's first frame is painted: the first Paint
# event of the window posts the report, which runs when that paint (of the window and all
# its children) is over. Work a program defers until after its first paint is not counted.
REPORT = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
class _FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
            self.seen = True
            QTimer.singleShot(0, lambda: (print("shown", flush=True), QApplication.quit()))
        return False
_first_paint = _FirstPaint()
"""

# An empty main window, shown once ``app`` exists.
WINDOW = """
from PySide6.QtWidgets import QMainWindow
window = QMainWindow()
window.resize(1280, 800)
window.installEventFilter(_first_paint)
window.show()
app.exec()
"""

BARE = REPORT + "app = QApplication([])\n" + WINDOW

# The bare window plus what the chosen stack costs before keeper does anything of its own:
# peewee imported, Qt's namespace of enums created (PySide6 makes all ~90 on first use, and
# any table asks for one), the bundled Chinese font loaded. Still an empty window.
STACK = REPORT + """
import peewee
from PySide6.QtCore import Qt
app = QApplication([])
from keeper.fonts import load_bundled_fonts
load_bundled_fonts()
""" + WINDOW

KEEPER = REPORT + """
from keeper.ui import main_window
_show = main_window.MainWindow.show
def show(self):
    self.installEventFilter(_first_paint)
    _show(self)
main_window.MainWindow.show = show
from keeper.cli import main
main([])
"""


def time_child(code: str, env: dict) -> float:
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, env=env,
                             text=True, cwd=ROOT)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError(f"child did not report its window: {line!r}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--data", metavar="DIR", help="start on a copy of this data folder "
                        "(e.g. benchmarks/out/ledger-1m) instead of a 3-month demo")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.data:
            shutil.copy2(Path(args.data) / "keeper.db", Path(folder) / "keeper.db")
        env = dict(os.environ, QT_QPA_PLATFORM=args.platform, KEEPER_DATA_DIR=folder,
                   PYTHONPATH=str(ROOT))
        # As installed: pip compiles keeper's bytecode, so the warm-up run may write it too
        # (some shells set PYTHONDONTWRITEBYTECODE, which would compile keeper at every start).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        if not args.data:
            subprocess.run([sys.executable, "-m", "keeper", "demo", "--months", "3"], env=env,
                           check=True, cwd=ROOT, capture_output=True)
        children = {"bare": BARE, "stack": STACK, "keeper": KEEPER}
        for code in children.values():
            time_child(code, env)  # warm the file cache (and write keeper's bytecode)
        times: dict[str, list[float]] = {name: [] for name in children}
        for _ in range(args.runs):  # alternating, so a busy moment hits all three alike
            for name, code in children.items():
                times[name].append(time_child(code, env))
    median = {name: statistics.median(runs) for name, runs in times.items()}
    labels = {"bare": "bare PySide6 window", "stack": "+ peewee, Qt enums, font",
              "keeper": "keeper main window"}
    print(f"platform {args.platform}, {args.runs} runs each, median (min–max), "
          "to the first painted frame:")
    for name, runs in times.items():
        print(f"  {labels[name]:26} {median[name] * 1000:7.1f} ms "
              f"({min(runs) * 1000:.0f}–{max(runs) * 1000:.0f})  "
              f"{median[name] / median['bare']:.2f}×")
    print("  target: keeper ≤ 1.5× the bare window")


if __name__ == "__main__":
    main()
