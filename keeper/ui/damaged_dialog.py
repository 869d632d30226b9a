"""At start, when the quick check finds damage: say what happened, offer the newest good
backup (or another file, e.g. on the USB stick), or quit. Never a crash, never a silent
repair: nothing changes until the attendant chooses.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from keeper import paths
from keeper.core import backup
from keeper.core import restore as restoring
from keeper.errors import KeeperError
from keeper.i18n import translate
from keeper.ui.settings.backup_panel import size_text


def _choose_file(parent: QWidget, start: str) -> str:
    return QFileDialog.getOpenFileName(
        parent, translate("DamagedDialog", "Restore from a backup"), start,
        translate("DamagedDialog", "keeper backups (*.db);;All files (*)"))[0]


class DamagedDatabaseDialog(QDialog):
    """Accepted once a backup was restored (the database is open again); rejected: quit."""

    def __init__(self, problems: list[str], candidate: backup.BackupFile | None,
                 parent: QWidget | None = None, *,
                 choose_file: Callable[[QWidget, str], str] = _choose_file) -> None:
        super().__init__(parent)
        self.candidate = candidate
        self.choose_file = choose_file
        self.restored: restoring.RestoreResult | None = None
        self.setWindowTitle(translate("DamagedDialog", "The ledger's database is damaged"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        title = QLabel(translate("DamagedDialog", "keeper found damage in its database"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold; color: #c92a2a;")
        layout.addWidget(title)
        explain = QLabel(translate(
            "DamagedDialog", "The file {path} cannot be trusted any more. This happens when a "
                             "disk is failing, or rarely when the PC loses power. keeper has "
                             "not changed anything.").format(path=paths.db_path()))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        if candidate is not None:
            offer = translate(
                "DamagedDialog", "The newest good backup was made on {when} ({size}). Restoring "
                                 "it brings back everything logged until then; what was logged "
                                 "after it must be typed in again from paper. The damaged file "
                                 "is kept in the backups folder.").format(
                when=f"{candidate.when:%Y-%m-%d %H:%M}",
                size=size_text(candidate.size))
        else:
            offer = translate(
                "DamagedDialog", "No good backup was found in {folder}. If you have a copy on a "
                                 "USB stick, restore it from there. Otherwise quit and ask for "
                                 "help; do not delete the damaged file.").format(
                folder=paths.backups_dir())
        self.offer = QLabel(offer)
        self.offer.setWordWrap(True)
        layout.addWidget(self.offer)
        self.details = QPlainTextEdit("\n".join(problems[:50]))
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(90)
        self.details.setToolTip(translate("DamagedDialog", "What SQLite reported"))
        layout.addWidget(self.details)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c92a2a;")
        layout.addWidget(self.error)

        buttons = QDialogButtonBox()
        if candidate is not None:
            self.restore_button = buttons.addButton(
                translate("DamagedDialog", "Restore the backup of {when}").format(
                    when=f"{candidate.when:%Y-%m-%d %H:%M}"),
                QDialogButtonBox.ButtonRole.AcceptRole)
            self.restore_button.clicked.connect(lambda: self.restore(candidate.path))
            self.restore_button.setDefault(True)
        else:
            self.restore_button = None
        self.file_button = buttons.addButton(translate("DamagedDialog", "Restore from a file…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.file_button.clicked.connect(self._restore_other)
        self.quit_button = buttons.addButton(translate("DamagedDialog", "Quit keeper"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _restore_other(self) -> None:
        file = self.choose_file(self, str(paths.backups_dir()))
        if file:
            self.restore(Path(file))

    def restore(self, file: Path) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.restored = restoring.restore(file)
        except KeeperError as exc:
            self.error.setText(exc.message(translate))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()
        return True


def resolve_damage(problems: list[str], parent: QWidget | None = None) -> bool:
    """Show the dialog; True when a backup was restored and the database is open again."""
    dialog = DamagedDatabaseDialog(problems, restoring.newest_good_backup(), parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored is not None
    finally:
        dialog.deleteLater()
