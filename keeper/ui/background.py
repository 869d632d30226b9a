"""Reads too long for the GUI thread run on a worker thread, through its own read-only
connection; the result comes back on the GUI thread as a signal.

Each request carries a generation number: when the attendant changes the filter again
before the answer arrives, the stale answer is dropped.
"""
from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal

from keeper.store.connection import read_connection

log = logging.getLogger(__name__)


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
