"""Real faults for the hostile-conditions suite: keeper run as its own process, a damaged
page of the visit-date index, a small tmpfs that fills up, a second process on the lock."""
from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_keeper(folder: Path | bytes, *args, timeout: float = 120,
               **popen) -> subprocess.CompletedProcess:
    """``keeper --data-dir FOLDER --lang en ARGS`` as a user runs it."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.pop("KEEPER_DATA_DIR", None)
    command = [sys.executable, "-m", "keeper", "--lang", "en", "--data-dir",
               folder if isinstance(folder, bytes) else str(folder), *map(_arg, args)]
    return subprocess.run(command, capture_output=True, timeout=timeout, env=env, cwd=ROOT,
                          **popen)


def start_keeper(folder: Path, *args, **popen) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.pop("KEEPER_DATA_DIR", None)
    return subprocess.Popen([sys.executable, "-m", "keeper", "--lang", "en", "--data-dir",
                             str(folder), *map(_arg, args)], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)


def _arg(value):
    return value if isinstance(value, bytes) else str(value)


def text(result) -> tuple[str, str]:
    return (result.stdout.decode("utf-8", "replace") if isinstance(result.stdout, bytes)
            else result.stdout), (result.stderr.decode("utf-8", "replace")
                                  if isinstance(result.stderr, bytes) else result.stderr)


def last_month() -> str:
    today = date.today()
    return f"{today.year - (today.month == 1)}-{(today.month - 2) % 12 + 1:02d}"


def make_demo(folder: Path) -> Path:
    result = run_keeper(folder, "demo", "--months", "2", "--seed", "3")
    assert result.returncode == 0, text(result)
    return folder


def copy_folder(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def ledger_state(folder: Path) -> tuple[int, int, int]:
    """(rows, last id, closed months), read by rowid and plain tables: no index involved, so
    it also reads a database whose date index is damaged."""
    conn = sqlite3.connect(folder / "keeper.db")
    try:
        rows, last = conn.execute("SELECT COUNT(*), MAX(id) FROM visit NOT INDEXED").fetchone()
        closed = conn.execute("SELECT COUNT(*) FROM month_state WHERE closed_at IS NOT NULL") \
            .fetchone()[0]
    finally:
        conn.close()
    return rows, last, closed


def damage_date_index(db: Path, index: str = "visit_by_date") -> int:
    """Overwrite 64 bytes at offset 100 of a leaf page of the index on visit dates (or of
    ``index``), what a failing disk does; return the page number."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)) \
        .fetchone()[0]
    conn.close()
    data = db.read_bytes()

    def leaves(number: int) -> list[int]:
        page = data[(number - 1) * size:number * size]
        kind = page[0]
        if kind == 0x0A:  # an index leaf
            return [number]
        assert kind == 0x02, kind  # an interior index page: its children, then the right one
        cells = int.from_bytes(page[3:5], "big")
        found = []
        for i in range(cells):
            pointer = int.from_bytes(page[12 + 2 * i:14 + 2 * i], "big")
            found += leaves(int.from_bytes(page[pointer:pointer + 4], "big"))
        return found + leaves(int.from_bytes(page[8:12], "big"))

    pages = leaves(root)
    victim = pages[len(pages) // 2]
    with open(db, "r+b") as handle:
        handle.seek((victim - 1) * size + 100)
        handle.write(b"\xff" * 64)
    return victim


@contextlib.contextmanager
def tmpfs(where: Path, size: str):
    """A real small disk (a tmpfs), where this machine lets the tests mount one."""
    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                              str(where)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("no tmpfs can be mounted here (not root?): the injected ENOSPC tests "
                    "in tests/unit/test_faults.py cover the same paths")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def remount(where: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(where)], check=True)


def fill(disk: Path, leave: int) -> None:
    """Fill the disk up to ``leave`` free bytes."""
    filler = disk / "filler"
    filler.unlink(missing_ok=True)
    free = shutil.disk_usage(disk).free
    with open(filler, "wb") as handle:
        with contextlib.suppress(OSError):
            handle.write(b"\0" * max(0, free - leave))


def leftovers(folder: Path) -> list[str]:
    """Temp files a write left behind."""
    if not folder.exists():
        return []
    return sorted(p.name for p in folder.iterdir()
                  if p.name.endswith((".part", ".partial", ".restoring")))
