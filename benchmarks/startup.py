"""Start-up time: process start to the main window shown, against a bare PySide6 window.

Run by hand, never inside the tests:

    python benchmarks/startup.py [--runs 15] [--platform offscreen|xcb] [--frozen EXE]

A third child, "stack", is the bare window plus what the chosen stack costs before keeper
does anything (peewee, Qt's enums, the bundled font): the floor under keeper's figure.
All are measured the same way in the same run, alternating: the parent takes the time
before spawning the process and when the child reports that its window's first frame is
painted. keeper starts on a demo database of
three months, or with ``--data DIR`` on a copy of that data folder's database.

With ``--frozen EXE`` (the installed /opt/keeper/keeper, or dist/keeper/keeper after
packaging/build-deb) two more children are timed the same way, each started as a user
starts it and reporting its own first frame (KEEPER_EXIT_AFTER_FIRST_FRAME): the frozen
keeper, and the pip-installed one (``python -m keeper``, as the ``keeper`` script does).
Goal: the frozen keeper ≤ 1.2× the pip-installed one.
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


class Child:
    """A program to start, the line it prints at its first frame, its environment."""

    def __init__(self, command: list[str], said: str = "shown", env: dict | None = None):
        self.command, self.said, self.env = command, said, env or {}


def time_child(child: Child, env: dict) -> float:
    env = {**env, **child.env}
    start = time.perf_counter()
    process = subprocess.Popen(child.command, stdout=subprocess.PIPE, env=env, text=True,
                               cwd=ROOT)
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.wait(timeout=60)
    if line.strip() != child.said:
        raise RuntimeError(f"{child.command[0]} did not report its window: {line!r}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--frozen", metavar="EXE", help="also time this frozen keeper against "
                        "the pip-installed one")
    parser.add_argument("--data", metavar="DIR", help="start on a copy of this data folder "
                        "(e.g. benchmarks/out/ledger-1m) instead of a 3-month demo")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.data:
            shutil.copy2(Path(args.data) / "keeper.db", Path(folder) / "keeper.db")
        here = {"PYTHONPATH": str(ROOT)}  # this checkout's keeper; the frozen one has its own
        env = dict(os.environ, QT_QPA_PLATFORM=args.platform, KEEPER_DATA_DIR=folder)
        env.pop("PYTHONPATH", None)
        # As installed: pip compiles keeper's bytecode, so the warm-up run may write it too
        # (some shells set PYTHONDONTWRITEBYTECODE, which would compile keeper at every start).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        if not args.data:
            subprocess.run([sys.executable, "-m", "keeper", "demo", "--months", "3"],
                           env={**env, **here}, check=True, cwd=ROOT, capture_output=True)
        children = {name: Child([sys.executable, "-c", code], env=here)
                    for name, code in (("bare", BARE), ("stack", STACK), ("keeper", KEEPER))}
        if args.frozen:
            first_frame = {"KEEPER_EXIT_AFTER_FIRST_FRAME": "1"}
            children["installed"] = Child([sys.executable, "-m", "keeper"], "first frame",
                                          {**first_frame, **here})
            children["frozen"] = Child([str(Path(args.frozen).resolve())], "first frame",
                                       first_frame)
        for child in children.values():
            time_child(child, env)  # warm the file cache (and write keeper's bytecode)
        times: dict[str, list[float]] = {name: [] for name in children}
        for _ in range(args.runs):  # alternating, so a busy moment hits all alike
            for name, child in children.items():
                times[name].append(time_child(child, env))
    median = {name: statistics.median(runs) for name, runs in times.items()}
    labels = {"bare": "bare PySide6 window", "stack": "+ peewee, Qt enums, font",
              "keeper": "keeper main window", "installed": "python -m keeper",
              "frozen": "frozen keeper"}
    print(f"platform {args.platform}, {args.runs} runs each, median (min–max), "
          "to the first painted frame:")
    for name, runs in times.items():
        print(f"  {labels[name]:26} {median[name] * 1000:7.1f} ms "
              f"({min(runs) * 1000:.0f}–{max(runs) * 1000:.0f})  "
              f"{median[name] / median['bare']:.2f}×")
    print("  target: keeper ≤ 1.5× the bare window")
    if args.frozen:
        print(f"  frozen keeper / pip-installed keeper: "
              f"{median['frozen'] / median['installed']:.2f}× (goal ≤ 1.2×)")


if __name__ == "__main__":
    main()
