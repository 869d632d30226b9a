"""Work too long for the GUI thread (a big read, an export, a backup) runs on a worker
thread; its result, or the exception it raised, comes back on the GUI thread as a signal.
``run_on_thread`` is the one way this is done; ``ThreadTask`` and ``BackgroundReader``
are the two shapes the screens use.

A read carries a generation number: when the attendant changes the filter again before
the answer arrives, the stale answer is dropped.
"""
from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal

from keeper.core.database import close_thread_connection, read_connection

log = logging.getLogger(__name__)


def run_on_thread(work: Callable[[], Any], deliver: Callable[[Any], None], *,
                  name: str) -> None:
    """Run ``work`` on a daemon thread and hand its result (or the exception it raised) to
    ``deliver``, a signal's ``emit``: Qt queues it to the receiver's thread. The thread's
    own database connection, if it opened one, is closed before delivering."""
    def target() -> None:
        try:
            result = work()
        except Exception as exc:  # handed to the GUI thread, which decides
            log.warning("%s failed: %s", name, exc)
            result = exc
        finally:
            close_thread_connection()
        try:
            deliver(result)
        except RuntimeError:
            pass  # the receiver was closed meanwhile
    threading.Thread(target=target, daemon=True, name=name).start()


class ThreadTask(QObject):
    """One job at a time on a worker thread: ``step`` carries its progress (emitted from
    the thread, delivered on the GUI thread), ``done`` its result or exception."""

    step = Signal(object)
    done = Signal(object)

    def __init__(self, parent: QObject | None = None, *, name: str = "keeper-task") -> None:
        super().__init__(parent)
        self.name = name
        self.running = False
        self.done.connect(self._finished)

    def start(self, work: Callable[[], Any]) -> None:
        self.running = True
        run_on_thread(work, self.done.emit, name=self.name)

    def _finished(self, _result: object) -> None:
        self.running = False


class BackgroundReader(QObject):
    finished = Signal(int, object)  # generation, result (or the exception raised)
    released = Signal()  # work held for the first paint has just been started

    # Work held for the first paint starts at the latest after this, painted or not (a list
    # nobody looks at still completes).
    HOLD_MS = 200

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._held: tuple[int, Callable[[Any], Any]] | None = None
        self.holding = False  # read at every painted cell: a plain attribute
        self._release_due = False

    def start(self, generation: int, work: Callable[[Any], Any], *,
              after_paint: bool = False) -> None:
        """With ``after_paint`` the thread waits until ``painting()`` was called and the paint
        finished: a worker holding the GIL would slow the screenful the attendant waits for."""
        if not after_paint:
            self._launch(generation, work)
            return
        if self._held is None:
            QTimer.singleShot(self.HOLD_MS, self, self.release)
        self._held = (generation, work)  # a newer request replaces a held one
        self.holding = True

    def painting(self) -> None:
        """Called from a paint: release held work once the paint is over."""
        if self._held is not None and not self._release_due:
            self._release_due = True
            QTimer.singleShot(0, self, self.release)

    def release(self) -> None:
        self._release_due = False
        if self._held is not None:
            generation, work = self._held
            self._held, self.holding = None, False
            self._launch(generation, work)
            self.released.emit()

    def _launch(self, generation: int, work: Callable[[Any], Any]) -> None:
        def read() -> Any:
            conn = read_connection()
            try:
                return work(conn)
            finally:
                conn.close()
        run_on_thread(read, lambda result: self.finished.emit(generation, result),
                      name="keeper-reader")
