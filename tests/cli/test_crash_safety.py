"""Crash safety: every visit whose save returned is on disk, even after SIGKILL.

A child process logs visits in a loop and prints each id after ``log_visit`` returned;
it is killed at random moments several times. Every printed id must be in the database
and the integrity check must pass (WAL + synchronous=FULL).
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys
from keeper import paths
from keeper.core import ledger
from keeper.store.connection import open_database

paths.set_data_dir(sys.argv[1])
paths.ensure_data_dirs()
open_database(paths.db_path())
print("ready", flush=True)
while True:
    visit_id = ledger.log_visit(ledger.NewVisit(services=["water"], group="rider"),
                                source="crash-test")
    print(visit_id, flush=True)
"""


def _run_and_kill(folder: Path, seconds: float) -> list[int]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(folder)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    acknowledged: list[int] = []
    started = threading.Event()

    def read() -> None:
        for line in child.stdout:
            line = line.strip()
            if line == "ready":
                started.set()
            elif line.isdigit():
                acknowledged.append(int(line))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert started.wait(30), child.stderr.read() if child.poll() is not None else "no start"
        time.sleep(seconds)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    reader.join(10)
    child.stdout.close()
    child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    return acknowledged


@pytest.mark.slow  # seconds: a real process, a big file or many examples
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_acknowledged_visits_survive_sigkill(tmp_path):
    folder = tmp_path / "d"
    rng = random.Random(os.environ.get("KEEPER_CRASH_SEED", "8"))
    acknowledged: list[int] = []
    for _ in range(5):
        acknowledged += _run_and_kill(folder, rng.uniform(0.2, 0.8))
    assert len(acknowledged) > 20, "the child hardly logged anything"
    conn = sqlite3.connect(folder / "keeper.db")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {row[0] for row in conn.execute("SELECT id FROM visit")}
        services = {row[0] for row in conn.execute("SELECT visit_id FROM visit_service")}
    finally:
        conn.close()
    missing = sorted(set(acknowledged) - stored)
    assert not missing, f"acknowledged but lost: {missing[:20]}"
    assert set(acknowledged) <= services  # each visit whole, with its service
