"""Long district work off the GUI thread: receiving bundles and writing the month report.
Each runs on its own thread with its own database connection and reports back to the GUI
thread by signals; no widget is touched from the worker."""
from __future__ import annotations

import threading
from typing import Callable

from PySide6.QtCore import QObject, Signal


class Worker(QObject):
    """Runs ``work(report)`` on a thread; ``report(...)`` emits ``progress``; the result (or
    the exception raised) arrives in ``done``."""

    progress = Signal(object)
    done = Signal(object)

    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.thread: threading.Thread | None = None

    @property
    def busy(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    def start(self, work: Callable[[Callable[[object], None]], object]) -> None:
        def run() -> None:
            try:
                result = work(self._report)
            except Exception as exc:  # noqa: BLE001 (delivered to the GUI thread, shown there)
                result = exc
            finally:
                self.store.db.close()  # this thread's own connection
            try:
                self.done.emit(result)
            except RuntimeError:
                pass  # the window went away meanwhile
        self.thread = threading.Thread(target=run, daemon=True, name="keeper-district")
        self.thread.start()

    def _report(self, value: object) -> None:
        try:
            self.progress.emit(value)
        except RuntimeError:
            pass

    def wait(self, timeout: float = 30.0) -> None:
        """For closing and tests: let the running work finish."""
        if self.thread is not None:
            self.thread.join(timeout)
