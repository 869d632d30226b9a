"""Grab the district window offscreen, as the README's screenshot is made:

    python docs/district_screenshot.py docs/district-window.png [--lang zh_CN] [--stations 30]

A district of made-up stations over 24 months (most on time, some late or missing, older
months approved) is written into a temporary folder; "now" is pinned to 15 October 2026.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

PLACES = ("望京", "酒仙桥", "三里屯", "团结湖", "麦子店", "左家庄", "亮马桥", "呼家楼", "八里庄",
          "六里屯", "建外", "双井", "劲松", "潘家园", "十八里店", "小红门", "南磨房", "高碑店",
          "东坝", "常营", "管庄", "三间房", "豆各庄", "黑庄户", "金盏", "孙河", "崔各庄", "来广营",
          "太阳宫", "奥运村", "亚运村", "大屯", "安贞", "和平街", "香河园", "小关")


def fill(store, stations: int, seed: int = 7) -> None:
    """Register ``stations`` stations and give them 24 months of reports."""
    from keeper.district.grid import recent_months
    from keeper.district.models import Approval
    from tests.district.submissions import add_submission, register, station_summary

    rng = random.Random(seed)
    months = recent_months(24)
    with store.db.atomic():
        for number in range(1, stations + 1):
            code = f"CY-{number:03d}"
            place = PLACES[(number - 1) % len(PLACES)]
            opened = months[0] if number % 9 else months[rng.randrange(3, 14)]
            closed = months[rng.randrange(15, 20)] if number % 17 == 0 else None
            register(code, f"{place}{'暖心' if number % 2 else '户外劳动者'}驿站",
                     opened=opened, closed=closed, contact=rng.choice("王李张刘陈杨赵黄周吴")
                     + rng.choice(("芳", "强", "敏", "伟", "静", "磊")),
                     phone=f"138{rng.randrange(10**8):08d}")
            base = rng.randrange(150, 900)
            for index, month in enumerate(months[:-1]):
                if month < opened or (closed and month > closed) or rng.random() < 0.05:
                    continue
                late = rng.random() < 0.12
                day = rng.randrange(6, 20) if late else rng.randrange(1, 6)
                next_month = months[index + 1]
                if month == months[-2] and rng.random() < 0.15:
                    continue  # not sent yet
                visits = int(base * (0.8 + 0.4 * rng.random()))
                add_submission(code, month, station_summary(code, month, visits),
                               received_at=f"{next_month}-{day:02d}T10:00:00+08:00")
        for month in months[:-4]:
            Approval.create(month=month, station_code="", approved_at=f"{month}-28T10:00:00")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--stations", type=int, default=30)
    args = parser.parse_args()
    from keeper.core import clock

    clock.pin(datetime(2026, 10, 15, 14, 30).astimezone())
    from keeper.district.store import init_district
    from keeper.district.ui.window import DistrictWindow
    from keeper.ui.app import create_application, prepare_application

    app = create_application(["keeper"])
    prepare_application(app, args.lang)
    with tempfile.TemporaryDirectory() as folder:
        store = init_district(Path(folder) / "district", "朝阳区", "CY")
        fill(store, args.stations)
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
