"""Reads too long for the GUI thread run on a worker thread, through its own read-only
connection; the result comes back on the GUI thread as a signal.

Each request carries a generation number: when the attendant changes the filter again
before the answer arrives, the stale answer is dropped.
"""
from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from keeper.store.connection import read_connection

log = logging.getLogger(__name__)


class BackgroundReader(QObject):
    finished = Signal(int, object)  # generation, result (or the exception raised)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = 0

    def start(self, generation: int, work: Callable[[Any], Any]) -> None:
        self.running += 1
        threading.Thread(target=self._run, args=(generation, work), daemon=True,
                         name="keeper-reader").start()

    def _run(self, generation: int, work: Callable[[Any], Any]) -> None:
        try:
            conn = read_connection()
            try:
                result = work(conn)
            finally:
                conn.close()
        except Exception as exc:  # handed to the GUI thread, which decides
            log.warning("background read failed: %s", exc)
            result = exc
        try:
            self.finished.emit(generation, result)
        except RuntimeError:
            pass  # the screen that asked was closed meanwhile
