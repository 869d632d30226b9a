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
"""
from __future__ import annotations

import argparse
import os
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
    children = {"stack": STACK, "screen": SCREEN, "keeper": KEEPER}
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KEEPER_DATA_DIR=folder,
                   PYTHONPATH=str(ROOT))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([sys.executable, "-m", "keeper", "demo", "--months", "3"], env=env,
                       check=True, cwd=ROOT, capture_output=True)
        for code in children.values():
            _timed(code, env)  # warm the file cache and keeper's bytecode
        times: dict[str, list[float]] = {name: [] for name in children}
        for _ in range(args.runs):
            for name, code in children.items():
                times[name].append(_timed(code, env))
    median = {name: statistics.median(runs) * 1000 for name, runs in times.items()}
    labels = {"stack": "stack floor (startup.py)", "screen": "+ keeper's Log screen alone",
              "keeper": "keeper main window"}
    print(f"offscreen, {args.runs} runs each, median ms to the first painted frame "
          f"(load average {', '.join(f'{x:.2f}' for x in os.getloadavg())}):")
    for name in children:
        print(f"  {labels[name]:28} {median[name]:7.1f}  {median[name] / median['stack']:.2f}×")
    print(f"  keeper / Log screen alone: {median['keeper'] / median['screen']:.2f}×")


if __name__ == "__main__":
    main()
