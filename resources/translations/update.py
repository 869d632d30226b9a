"""Refresh the translations after changing user-visible strings:

    python resources/translations/update.py [--tracked]

1. ``pyside6-lupdate`` collects every string from keeper's sources into keeper_zh_CN.ts
   (new strings arrive "unfinished"; strings no longer in the code are dropped).
2. Translate the unfinished ones (Qt Linguist, or any editor).
3. Run this again: ``pyside6-lrelease`` compiles the .ts into the .qm that keeper loads.

tests/unit/test_translations.py fails while any string lacks a finished translation or
the .qm is older than the .ts.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "keeper_zh_CN.ts"
QM = HERE / "keeper_zh_CN.qm"


def sources(tracked_only: bool = False) -> list[Path]:
    """Every module of keeper; with ``tracked_only``, those git knows (staged included),
    so work in progress in the same checkout stays out of the .ts."""
    if tracked_only:
        listed = subprocess.run(["git", "ls-files", "keeper"], cwd=ROOT, check=True,
                                capture_output=True, text=True).stdout.split()
        return sorted(ROOT / name for name in listed if name.endswith(".py"))
    return sorted((ROOT / "keeper").rglob("*.py"))


def lupdate(ts: Path = TS, tracked_only: bool = False) -> None:
    subprocess.run(["pyside6-lupdate", "-no-obsolete", "-locations", "none",
                    *map(str, sources(tracked_only)), "-ts", str(ts)], check=True,
                   capture_output=True)


def lrelease(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)


if __name__ == "__main__":
    lupdate(tracked_only="--tracked" in sys.argv)
    lrelease()
    print(f"updated {TS.name} and {QM.name}", file=sys.stderr)
