"""Settings: backups. "Back up now", the second folder (a USB stick), the last backups, and
restore. Also ``AutoBackup``: at least one backup a day while the window stays open.

Copying runs on a worker thread (a USB stick is slow); the settings it reads and writes are
touched on the GUI thread only. Restore runs on the GUI thread: it closes and reopens the
database the whole window uses.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keeper import paths, settings
from keeper.core import backup
from keeper.core import restore as restoring
from keeper.errors import QT_TRANSLATE_NOOP, KeeperError
from keeper.i18n import translate
from keeper.ui.background import ThreadTask
from keeper.ui.widgets import palette

log = logging.getLogger(__name__)

KIND_NAMES = {
    "manual": QT_TRANSLATE_NOOP("BackupPanel", "by hand"),
    "daily": QT_TRANSLATE_NOOP("BackupPanel", "daily"),
    "exit": QT_TRANSLATE_NOOP("BackupPanel", "at closing"),
    "before-restore": QT_TRANSLATE_NOOP("BackupPanel", "before a restore"),
    "before-migration": QT_TRANSLATE_NOOP("BackupPanel", "before an update"),
    "damaged": QT_TRANSLATE_NOOP("BackupPanel", "damaged, kept"),
}
STYLES = palette.STATUS_STYLES


def kind_name(kind: str) -> str:
    return translate("BackupPanel", KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def size_text(size: int) -> str:
    """812.0 KB, 3.4 MB: the units people know, in the window's language."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def when_text(backup_file: backup.BackupFile) -> str:
    return f"{backup_file.when:%Y-%m-%d %H:%M}"


class BackupWorker(ThreadTask):
    """Runs ``backup.run_backup`` on a thread; ``done`` brings the BackupInfo (or the
    exception) back to the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, name="keeper-backup")

    def start(self, job: backup.BackupJob) -> None:  # type: ignore[override]
        super().start(lambda: backup.run_backup(job))

    def finish(self, result: object) -> backup.BackupInfo:
        """On the GUI thread: remember the backup, or raise what went wrong."""
        self.running = False
        if isinstance(result, BaseException):
            raise result
        backup.record_backup(result)
        return result


def result_text(info: backup.BackupInfo) -> str:
    parts = [translate("BackupPanel", "Backed up and verified: {name} ({size}).").format(
        name=info.path.name, size=size_text(info.size))]
    for copy in info.copies:
        parts.append(translate("BackupPanel", "Copied to {folder}.").format(folder=copy.parent))
    parts += [problem.message(translate) for problem in info.warnings]
    return " ".join(parts)


def _choose_folder(parent: QWidget, start: str) -> str:
    return QFileDialog.getExistingDirectory(
        parent, translate("BackupPanel", "Second place for backups (e.g. a USB stick)"), start)


def _choose_file(parent: QWidget, start: str) -> str:
    return QFileDialog.getOpenFileName(
        parent, translate("BackupPanel", "Restore from a backup"), start,
        translate("BackupPanel", "keeper backups (*.db);;All files (*)"))[0]


def _confirm(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(parent, translate("BackupPanel", "Restore"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _ask_pin(parent: QWidget, reason: str) -> bool:
    from keeper.ui.lock import require_pin

    return require_pin(parent, reason)


class BackupPanel(QGroupBox):
    restored = Signal()  # the database was replaced: every screen must reload
    backed_up = Signal(object)  # BackupInfo
    message = Signal(str)  # for the status bar

    def __init__(self, parent: QWidget | None = None, *,
                 choose_folder: Callable[[QWidget, str], str] = _choose_folder,
                 choose_file: Callable[[QWidget, str], str] = _choose_file,
                 confirm: Callable[[QWidget, str], bool] = _confirm,
                 ask_pin: Callable[[QWidget, str], bool] = _ask_pin) -> None:
        super().__init__(translate("BackupPanel", "Backups"), parent)
        self.choose_folder, self.choose_file = choose_folder, choose_file
        self.confirm, self.ask_pin = confirm, ask_pin
        self.worker = BackupWorker(self)
        self.worker.done.connect(self._backup_done)
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "BackupPanel", "keeper backs up the ledger every day and when it closes, into "
                           "{folder}. Keep a second copy on a USB stick too: a PC can break "
                           "or be stolen.").format(folder=paths.backups_dir()))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)

        row = QHBoxLayout()
        self.backup_button = QPushButton(translate("BackupPanel", "Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        row.addWidget(self.backup_button)
        self.result = QLabel()
        self.result.setWordWrap(True)
        row.addWidget(self.result, 1)
        layout.addLayout(row)

        row = QHBoxLayout()
        self.second_label = QLabel()
        self.second_label.setWordWrap(True)
        row.addWidget(self.second_label, 1)
        self.choose_button = QPushButton(translate("BackupPanel", "Choose…"))
        self.choose_button.clicked.connect(self.choose_second_folder)
        row.addWidget(self.choose_button)
        self.stop_button = QPushButton(translate("BackupPanel", "Stop copying"))
        self.stop_button.clicked.connect(self.stop_second_folder)
        row.addWidget(self.stop_button)
        layout.addLayout(row)
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        layout.addWidget(self.reminder)

        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([translate("BackupPanel", "Made"),
                                   translate("BackupPanel", "Kind"),
                                   translate("BackupPanel", "Size"),
                                   translate("BackupPanel", "Where")])
        self.list.setMinimumHeight(160)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.list, 1)

        row = QHBoxLayout()
        self.restore_selected = QPushButton(translate("BackupPanel", "Restore the selected "
                                                                     "backup…"))
        self.restore_selected.clicked.connect(self._restore_selected)
        row.addWidget(self.restore_selected)
        self.restore_other = QPushButton(translate("BackupPanel", "Restore from a file…"))
        self.restore_other.clicked.connect(self._restore_other)
        row.addWidget(self.restore_other)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    # -- showing ----------------------------------------------------------------------------
    def second_folder(self) -> Path | None:
        text = settings.get(backup.SECOND_FOLDER)
        return Path(text) if text else None

    def refresh(self) -> None:
        second = self.second_folder()
        self.second_label.setText(
            translate("BackupPanel", "Second copy to: {folder}").format(folder=second) if second
            else translate("BackupPanel", "Second copy to: not chosen"))
        self.stop_button.setEnabled(second is not None)
        self._show_reminder()
        self.list.clear()
        here = translate("BackupPanel", "this PC")
        found = [(b, here) for b in backup.list_backups()]
        if second is not None:
            found += [(b, str(second)) for b in backup.list_backups(second)]
        found.sort(key=lambda pair: pair[0].when, reverse=True)
        for item_backup, where in found:
            item = QTreeWidgetItem([when_text(item_backup), kind_name(item_backup.kind),
                                    size_text(item_backup.size), where])
            item.setData(0, Qt.ItemDataRole.UserRole, str(item_backup.path))
            item.setToolTip(0, str(item_backup.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        self._selection_changed()

    def _show_reminder(self) -> None:
        last = backup.last_second_place()
        if not backup.second_place_overdue():
            text, style = translate("BackupPanel", "Last copy to a second place: {when}.").format(
                when=f"{last:%Y-%m-%d %H:%M}"), ""
        elif last is None:
            text, style = translate("BackupPanel", "No backup has been copied to a second place "
                                                   "yet. Choose a USB stick above, then press "
                                                   "Back up now."), "warn"
        else:
            text, style = translate("BackupPanel", "No copy to a second place since {when}: plug "
                                                   "in the USB stick and press Back up now.") \
                .format(when=f"{last:%Y-%m-%d}"), "warn"
        self.reminder.setText(text)
        self.reminder.setStyleSheet(STYLES[style])

    def _say(self, text: str, style: str = "") -> None:
        self.result.setText(text)
        self.result.setStyleSheet(STYLES[style])

    def _selection_changed(self) -> None:
        busy = self.worker.running
        self.restore_selected.setEnabled(bool(self.list.selectedItems()) and not busy)
        self.restore_other.setEnabled(not busy)
        self.backup_button.setEnabled(not busy)

    # -- backing up -------------------------------------------------------------------------
    def back_up_now(self) -> None:
        if self.worker.running:
            return
        try:
            job = backup.prepare_backup(kind="manual")
        except KeeperError as exc:
            self._say(exc.message(translate), "error")
            return
        self.worker.start(job)
        self._say(translate("BackupPanel", "Backing up…"))
        self._selection_changed()

    def _backup_done(self, result: object) -> None:
        try:
            info = self.worker.finish(result)
        except KeeperError as exc:
            text = exc.message(translate)
            self._say(text, "error")
            self.message.emit(text)
            return
        finally:
            self._selection_changed()
        text = result_text(info)
        self._say(text, "warn" if info.warnings else "ok")
        self.refresh()
        self.backed_up.emit(info)
        self.message.emit(text)

    # -- the second folder ------------------------------------------------------------------
    def choose_second_folder(self) -> None:
        if not self.ask_pin(self, translate("BackupPanel", "Enter the PIN to change where "
                                                           "backups go.")):
            return
        start = str(self.second_folder() or Path.home())
        folder = self.choose_folder(self, start)
        if not folder:
            return
        if backup.inside_data_folder(Path(folder)):
            self._say(translate("BackupPanel", "That folder is inside keeper's own data folder. "
                                               "Choose a USB stick or another disk."), "error")
            return
        settings.set(backup.SECOND_FOLDER, str(Path(folder)))
        self._say(translate("BackupPanel", "Backups will also be copied to {folder}. Press Back "
                                           "up now for the first copy.").format(folder=folder),
                  "ok")
        self.refresh()

    def stop_second_folder(self) -> None:
        if not self.ask_pin(self, translate("BackupPanel", "Enter the PIN to change where "
                                                           "backups go.")):
            return
        settings.set(backup.SECOND_FOLDER, "")
        self._say(translate("BackupPanel", "Backups are no longer copied to a second place."))
        self.refresh()

    # -- restoring --------------------------------------------------------------------------
    def _restore_selected(self) -> None:
        items = self.list.selectedItems()
        if items:
            self.restore_file(Path(items[0].data(0, Qt.ItemDataRole.UserRole)))

    def _restore_other(self) -> None:
        file = self.choose_file(self, str(self.second_folder() or paths.backups_dir()))
        if file:
            self.restore_file(Path(file))

    def restore_file(self, file: Path) -> bool:
        """PIN, confirmation, restore; ``restored`` tells the window to reload."""
        if not self.ask_pin(self, translate("BackupPanel", "Enter the PIN to restore a "
                                                           "backup.")):
            return False
        if not self.confirm(self, translate(
                "BackupPanel", "Replace the ledger with the backup {name}?\n\nEverything logged "
                               "after that backup was made will no longer be in the ledger. The "
                               "ledger as it is now is kept in the backups folder first.")
                .format(name=file.name)):
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = restoring.restore(file)
        except KeeperError as exc:
            self._say(exc.message(translate), "error")
            return False
        finally:
            QApplication.restoreOverrideCursor()
        text = translate("BackupPanel", "Restored {name}. The ledger as it was before is kept "
                                        "as {kept}.").format(
            name=file.name, kept=result.kept.name if result.kept else "-")
        self._say(text, "ok")
        self.refresh()
        self.message.emit(text)
        self.restored.emit()
        return True


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
