"""Grab the district window offscreen, as the README's screenshot is made:

    python docs/district_screenshot.py docs/district-window.png [--lang zh_CN] [--stations 30]

A district of made-up stations over 24 months (most on time, some late or missing, older
months approved) is written into a temporary folder; "now" is pinned to 15 October 2026.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--stations", type=int, default=30)
    args = parser.parse_args()
    from keeper.core import clock

    clock.pin(datetime(2026, 10, 15, 14, 30).astimezone())
    from keeper.district.store import init_district
    from tests.district.submissions import fill_demo_district
    from keeper.district.ui.window import DistrictWindow
    from keeper.ui.app import create_application, prepare_application

    app = create_application(["keeper"])
    prepare_application(app, args.lang)
    with tempfile.TemporaryDirectory() as folder:
        store = init_district(Path(folder) / "district", "朝阳区", "CY")
        fill_demo_district(store, args.stations)
        window = DistrictWindow(store)
        window.resize(1280, 800)
        window.show()

        def grab() -> None:
            window.grab().save(args.out)
            QApplication.quit()
        QTimer.singleShot(400, grab)
        app.exec()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
