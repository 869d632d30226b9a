"""``AutoBackup``: at least one backup a day while the window stays open for days; the
status bar hears about failures and the second-place reminder. The backup at exit is
``backup.backup_at_exit``.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from keeper.core import backup
from keeper.errors import KeeperError
from keeper.i18n import translate
from keeper.ui.settings.backup_panel import BackupWorker

log = logging.getLogger(__name__)


class AutoBackup(QObject):
    """A daily backup while the window stays open for days; the status bar hears about
    failures and the second-place reminder. The backup at exit is ``backup_at_exit``."""

    message = Signal(str)
    backed_up = Signal(object)

    def __init__(self, parent: QObject | None = None, *, first_ms: int = 60_000,
                 interval_ms: int = 30 * 60_000) -> None:
        super().__init__(parent)
        self.worker = BackupWorker(self)
        self.worker.done.connect(self._done)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.timer.start(first_ms)  # not during start-up itself
        self._interval = interval_ms

    def tick(self) -> None:
        self.timer.setInterval(self._interval)
        if self.worker.running:
            return
        try:
            if not backup.backup_due():
                return
            job = backup.prepare_backup(kind="daily")
        except KeeperError as exc:
            self.message.emit(exc.message(translate))
            return
        self.worker.start(job)

    def _done(self, result: object) -> None:
        try:
            info = self.worker.finish(result)
        except KeeperError as exc:
            log.warning("daily backup failed: %s", exc)
            self.message.emit(translate("BackupPanel", "The daily backup failed: {reason}")
                              .format(reason=exc.message(translate)))
            return
        self.backed_up.emit(info)
        texts = [problem.message(translate) for problem in info.warnings]
        if backup.second_place_overdue():
            texts.append(translate("BackupPanel", "No backup was copied to a USB stick for a "
                                                  "week: see Settings, Backups."))
        if texts:
            self.message.emit(" ".join(texts))
