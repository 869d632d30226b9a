"""One keeper window per data folder: a second start is told, and the first comes forward."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from keeper import paths
from keeper.logsetup import teardown_logging

# The first window, in a real second process: it holds the data folder and says when a
# second start asked it to come to the front.
FIRST_WINDOW = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication, QTimer
    from keeper import paths
    from keeper.ui.single_window import SingleWindow
    app = QCoreApplication([])
    paths.set_data_dir(sys.argv[1])
    guard = SingleWindow()
    assert guard.acquire()
    guard.raise_requested.connect(lambda: (print("raised", flush=True), app.quit()))
    QTimer.singleShot(20000, app.quit)
    print("open", flush=True)
    app.exec()
    guard.release()
""")


@pytest.fixture
def first_window(data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen([sys.executable, "-c", FIRST_WINDOW, str(data_dir)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "open"
    yield process
    process.kill()
    process.communicate()


def test_a_second_window_is_told_and_the_first_comes_forward(qapp, first_window, monkeypatch,
                                                             data_dir):
    from PySide6.QtWidgets import QMessageBox

    from keeper.ui.app import run_gui

    told = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: told.append((title, text)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    try:
        assert run_gui(language="en") == 1
    finally:
        teardown_logging()
    assert told and told[0][0] == "keeper is already open"
    assert str(data_dir) in told[0][1] and "brought to the front" in told[0][1]
    out, _ = first_window.communicate(timeout=10)
    assert out.strip() == "raised"
    assert not paths.db_path().exists()  # the second start never opened the ledger


def test_a_crashed_windows_lock_does_not_keep_keeper_out(qapp, data_dir):
    from keeper.ui.single_window import SingleWindow

    data_dir.mkdir(parents=True, exist_ok=True)
    crashed = subprocess.run([sys.executable, "-c", textwrap.dedent("""
        import os, sys
        from PySide6.QtCore import QLockFile
        lock = QLockFile(sys.argv[1]); assert lock.tryLock(0)
        os._exit(9)  # killed: the lock file stays behind
    """), str(paths.window_lock_path())])
    assert crashed.returncode == 9 and paths.window_lock_path().exists()
    guard = SingleWindow()
    try:
        assert guard.acquire()
    finally:
        guard.release()


def test_the_window_listens_for_a_knock_from_its_first_frame_on(qapp, data_dir, qtbot):
    """The window takes the lock at once and listens once painted: a second start in
    between is still refused (the lock), it just cannot bring the first one forward."""
    from keeper.ui.single_window import SingleWindow

    data_dir.mkdir(parents=True, exist_ok=True)
    first, second = SingleWindow(qapp), SingleWindow(qapp)
    try:
        assert first.acquire(listen=False)
        assert not second.acquire()
        assert not second.ask_other_to_raise(timeout_ms=200)  # nobody listening yet
        first.listen()
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            assert second.ask_other_to_raise()
    finally:
        first.release()
        for guard in (first, second):
            guard.deleteLater()
        qtbot.wait(50)  # the knock's socket and both guards are deleted here
