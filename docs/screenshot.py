"""Grab a screen of keeper offscreen, as the README's screenshot is made:

    KEEPER_DATA_DIR=/tmp/demo python -m keeper demo --months 3
    KEEPER_DATA_DIR=/tmp/demo python docs/screenshot.py log docs/main-window.png --lang zh_CN

The first argument is a screen (log, ledger, visitors, appeals, activities, reports,
settings), the second the PNG to write; the rest goes to keeper as on its command line.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from keeper.ui import main_window  # noqa: E402


def main() -> int:
    screen, out, *rest = sys.argv[1:]
    show = main_window.MainWindow.show

    def show_and_grab(window) -> None:
        show(window)
        window.resize(1280, 800)
        window.show_screen(screen)

        def grab() -> None:
            window.grab().save(out)
            QApplication.quit()
        QTimer.singleShot(400, grab)

    main_window.MainWindow.show = show_and_grab
    from keeper.cli import main as keeper

    return keeper(rest)


if __name__ == "__main__":
    sys.exit(main())
