"""Hostile conditions, part 2: other processes. A database locked by another keeper, a
restore while another process keeps logging (no acknowledged visit lost), Ctrl+C and
SIGTERM in the middle of an import."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from tests.cli.faults import (
    ROOT,
    copy_folder,
    last_month,
    ledger_state,
    make_demo,
    run_keeper,
    start_keeper,
    text,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return make_demo(tmp_path_factory.mktemp("demo") / "data")


LOCK_HOLDER = textwrap.dedent("""
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")  # another keeper in the middle of a long write
    print("locked", flush=True)
    sys.stdin.read()
    conn.execute("ROLLBACK")
""")


def test_a_locked_database_is_one_message_for_every_writing_command(demo, tmp_path):
    folder = copy_folder(demo, tmp_path / "data")
    exported = run_keeper(folder, "export", "--month", last_month(), "--out", tmp_path / "out")
    assert exported.returncode == 0, text(exported)  # so that the month may be closed
    before = ledger_state(folder)
    (tmp_path / "old.csv").write_text("日期,服务项目\n2026-10-03,饮水\n", encoding="utf-8")
    (tmp_path / "roster.csv").write_text("姓名,手机号\n王五,13912345678\n", encoding="utf-8")
    holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(folder / "keeper.db")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        commands = [("log", "--service", "water"), ("import", tmp_path / "old.csv"),
                    ("visitors", "import", tmp_path / "roster.csv"),
                    ("station", "set", "--name", "新名字"), ("close-month", last_month()),
                    ("export", "--month", last_month(), "--out", tmp_path / "out")]
        running = [(args, start_keeper(folder, *args)) for args in commands]  # all at once
        results = [(args, process.wait(90), process.communicate()) for args, process in running]
    finally:
        holder.communicate("")
    for args, status, (_out, err) in results:
        err = err.decode()
        assert status == 1, (args, err)
        assert "Another keeper (a window or a command) is busy" in err, (args, err)
        assert "Traceback" not in err and err.count("\n") == 1, (args, err)
    assert ledger_state(folder) == before
    assert run_keeper(folder, "station", "show").stdout.decode().count("示范驿站") == 1


WRITER = textwrap.dedent("""
    import sys, pathlib
    from keeper import paths
    from keeper.core import ledger
    from keeper.errors import KeeperError
    from keeper.store.connection import open_database
    paths.set_data_dir(sys.argv[1])
    open_database(paths.db_path())
    stop, n = pathlib.Path(sys.argv[2]), 0
    while not stop.exists():
        n += 1
        try:
            ledger.log_visit(ledger.NewVisit(services=["water"], group="rider",
                                             note=f"ack-{n}"), source="cli")
        except Exception as exc:  # waited too long for the lock: not acknowledged
            print(f"refused {type(exc).__name__}", flush=True)
            continue
        print(f"ack-{n}", flush=True)  # acknowledged: log_visit returned
""")


def _notes(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {row[0] for row in conn.execute("SELECT note FROM visit WHERE note LIKE 'ack-%'")}
    finally:
        conn.close()


def test_restore_while_another_process_logs_loses_no_acknowledged_visit(demo, tmp_path):
    folder = copy_folder(demo, tmp_path / "data")
    made = run_keeper(folder, "backup", "--to", tmp_path / "saved")
    assert made.returncode == 0, text(made)
    saved = next((tmp_path / "saved").glob("keeper-*.db"))
    stop = tmp_path / "stop"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(folder), str(stop)],
                              stdout=subprocess.PIPE, text=True, env=env)
    acknowledged: list[str] = []
    refused: list[str] = []

    def read() -> None:
        for line in writer.stdout:
            (acknowledged if line.startswith("ack-") else refused).append(line.strip())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    restores = []
    try:
        for wanted in (60, 140):  # two restores, each in the middle of the writing
            deadline = time.monotonic() + 60
            while len(acknowledged) < wanted and time.monotonic() < deadline:
                time.sleep(0.05)
            restores.append(run_keeper(folder, "restore", saved))
        deadline = time.monotonic() + 60
        while len(acknowledged) < 220 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.touch()
        writer.wait(30)
        reader.join(10)
        writer.stdout.close()
    for result in restores:
        assert result.returncode == 0, text(result)
    assert len(acknowledged) >= 200
    kept = sorted((folder / "backups").glob("keeper-*-before-restore*.db"))
    assert len(kept) == 2
    found = _notes(folder / "keeper.db").union(*(_notes(copy) for copy in kept))
    lost = [note for note in acknowledged if note not in found]
    assert lost == [], f"{len(lost)} of {len(acknowledged)} acknowledged visits lost"
    assert run_keeper(folder, "check").returncode == 0


def _big_ledger(path: Path, rows: int = 60000) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        out.write("日期,时间,服务项目,身份,人次,备注\n")
        for i in range(rows):
            out.write(f"2026-{9 + i % 2:02d}-{1 + i % 28:02d},{8 + i % 12}:{i % 60:02d},饮水,"
                      f"外卖员,1,row {i}\n")
    return path


def _has_open(pid: int, name: str) -> bool:
    try:
        return any(os.readlink(f"/proc/{pid}/fd/{fd}").endswith(name)
                   for fd in os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs /proc to see the import")
@pytest.mark.parametrize("signum, status", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_ctrl_c_or_sigterm_during_an_import_keeps_nothing_of_it(demo, tmp_path, signum, status):
    folder = copy_folder(demo, tmp_path / "data")
    before = ledger_state(folder)
    importing = start_keeper(folder, "import", _big_ledger(tmp_path / "big.csv"))
    deadline = time.monotonic() + 60
    while not _has_open(importing.pid, "keeper.db") and time.monotonic() < deadline:
        time.sleep(0.02)  # the database is open: keeper is reading and storing the ledger
    time.sleep(0.5)
    assert importing.poll() is None, "the import ended before it could be interrupted"
    importing.send_signal(signum)
    _out, err = importing.communicate(timeout=60)
    err = err.decode()
    assert importing.returncode == status, err
    assert "Stopped before the end" in err and "Traceback" not in err
    assert ledger_state(folder) == before
    conn = sqlite3.connect(folder / "keeper.db")
    assert conn.execute("SELECT COUNT(*) FROM import_batch").fetchone()[0] == 0
    conn.close()
    assert run_keeper(folder, "check").returncode == 0
