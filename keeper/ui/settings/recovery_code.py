"""Settings, Backups: the recovery code that encrypts the copies leaving the PC, shown once
on a printable page, and the USB stick's unencrypted copies replaced by encrypted ones.

The code is made when the second place is first chosen; the PC keeps it (the attendant
never types it for the station's own backups). A new code re-encrypts nothing silently:
the copies that still need the old one are named.
"""
from __future__ import annotations

import html
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QMarginsF, Qt, Signal
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keeper import fonts
from keeper.core import backup_crypto, clock, encrypted_backup
from keeper.core.station import get_station
from keeper.errors import KeeperError
from keeper.i18n import translate

WARN, OK = "color: #e8590c;", "color: #2b8a3e;"


def page_html(code: str) -> str:
    station = get_station()
    title = translate("RecoveryCode", "keeper: recovery code for encrypted backups")
    made = translate("RecoveryCode", "Made on {day}").format(day=clock.today())
    keep = translate("RecoveryCode", "Keep this page with the station seal. The backups keeper copies to a "
                        "USB stick or another folder are encrypted: restoring one on another "
                        "PC asks for this code. Without it nobody can open those copies, the "
                        "station included.")
    apart = translate("RecoveryCode", "Do not keep this page with the USB stick.")
    name = html.escape(f"{station.name} ({station.code})") if station else ""
    return (f"<h2>{title}</h2><p>{name}</p><p>{made}</p>"
            f"<p style='font-size: 18pt; font-weight: bold; white-space: pre;'>{code}</p>"
            f"<p>{keep}</p><p><b>{apart}</b></p>")


def write_page_pdf(code: str, path: str | Path) -> None:
    """The printable page as a PDF (to print, or to keep on paper from another PC)."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(20, 20, 20, 20),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(translate("RecoveryCode", "keeper: recovery code for encrypted backups"))
    document = QTextDocument()
    document.setDefaultFont(QFont(fonts.load_bundled_fonts(), 12))
    document.setHtml(page_html(code))
    document.print_(writer)


def _save_pdf_path(parent: QWidget) -> str:
    return QFileDialog.getSaveFileName(parent, translate("RecoveryCode", "Save the recovery code page"),
                                       str(Path.home() / "keeper-recovery-code.pdf"),
                                       translate("RecoveryCode", "PDF files (*.pdf)"))[0]


class RecoveryCodeDialog(QDialog):
    """The new code, once: big, selectable, printable; closed only once it is kept."""

    def __init__(self, code: str, parent: QWidget | None = None, *,
                 save_path: Callable[[QWidget], str] = _save_pdf_path) -> None:
        super().__init__(parent)
        self.code, self.save_path = code, save_path
        self.setWindowTitle(translate("RecoveryCode", "Recovery code for encrypted backups"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "RecoveryCode", "Backups copied to the USB stick are now encrypted, so a lost stick "
                            "shows nobody the workers' names and phones. Restoring them on "
                            "another PC needs this code. It is shown only now: print it or "
                            "write it down, and keep it with the station seal, not with the "
                            "stick."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.code_label = QLabel(code)
        self.code_label.setStyleSheet("font-family: monospace; font-size: 20pt; "
                                      "font-weight: bold; padding: 12px;")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.code_label, 0, Qt.AlignmentFlag.AlignHCenter)
        self.save_button = QPushButton(translate("RecoveryCode", "Save the page to print (PDF)…"))
        self.save_button.clicked.connect(self.save_page)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        layout.addWidget(self.saved)
        self.kept = QCheckBox(translate("RecoveryCode", "I have printed or written down the code"))
        layout.addWidget(self.kept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.kept.toggled.connect(self.ok_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def save_page(self) -> None:
        path = self.save_path(self)
        if not path:
            return
        try:
            write_page_pdf(self.code, path)
        except OSError as exc:
            self.saved.setStyleSheet(WARN)
            self.saved.setText(str(exc))
            return
        self.saved.setStyleSheet(OK)
        self.saved.setText(translate("RecoveryCode", "Saved as {path}. Print it, then delete the file.")
                            .format(path=path))

    def reject(self) -> None:  # noqa: D102 (Esc: closing unseen would lose the only showing)
        if self.kept.isChecked():
            super().reject()


def show_code(parent: QWidget, code: str) -> None:
    dialog = RecoveryCodeDialog(code, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def ask_code(parent: QWidget, file: Path) -> str:
    """The code typed for a backup this PC cannot open by itself ("" when cancelled)."""
    text, ok = QInputDialog.getText(
        parent, translate("RecoveryCode", "Recovery code"),
        translate("RecoveryCode", "{name} is encrypted with a recovery code this PC does not have. Type "
                     "the code from the recovery code page:").format(name=file.name),
        QLineEdit.EchoMode.Normal)
    return text if ok else ""


def _confirm_new(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(parent, translate("RecoveryCode", "Recovery code"), text)
    return answer == QMessageBox.StandardButton.Yes


class EncryptionRow(QWidget):
    """The code's state, a new code, and the stick's unencrypted copies."""

    message = Signal(str)

    def __init__(self, second_folder: Callable[[], Path | None],
                 ask_pin: Callable[[QWidget, str], bool], parent: QWidget | None = None, *,
                 show: Callable[[QWidget, str], None] = show_code,
                 confirm: Callable[[QWidget, str], bool] = _confirm_new) -> None:
        super().__init__(parent)
        self.second_folder, self.ask_pin, self.show, self.confirm = (
            second_folder, ask_pin, show, confirm)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        self.new_button = QPushButton(translate("RecoveryCode", "New recovery code…"))
        self.new_button.clicked.connect(self.new_code)
        row.addWidget(self.new_button)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.plain = QLabel()
        self.plain.setWordWrap(True)
        self.plain.setStyleSheet(WARN)
        row.addWidget(self.plain, 1)
        self.replace_button = QPushButton(translate("RecoveryCode", "Encrypt them"))
        self.replace_button.clicked.connect(self.replace_plain)
        row.addWidget(self.replace_button)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        code = backup_crypto.stored_code()
        folder = self.second_folder()
        if code:
            self.status.setText(translate("RecoveryCode", "Copies in the second place are encrypted with "
                                             "the recovery code."))
            self.status.setStyleSheet("")
        else:
            self.status.setText(translate("RecoveryCode", "No recovery code yet: copies in the second place "
                                             "are not encrypted."))
            self.status.setStyleSheet(WARN if folder else "")
        self.new_button.setVisible(folder is not None)
        plain = len(encrypted_backup.plain_copies(folder)) if code else 0
        self.plain.setText(translate("RecoveryCode", "%n unencrypted copies in {folder} can be read by anyone "
                                        "who finds the stick.", None, plain)
                           .format(folder=folder) if plain else "")
        self.plain.setVisible(bool(plain))
        self.replace_button.setVisible(bool(plain))

    def ensure_code(self) -> None:
        """When the second place is first chosen: make the code and show it, once."""
        code, new = encrypted_backup.ensure_code()
        if new:
            self.show(self, code)
        self.refresh()

    def new_code(self) -> None:
        if not self.ask_pin(self, translate("RecoveryCode", "Enter the PIN to make a new recovery code.")):
            return
        old = backup_crypto.stored_code()
        if old and not self.confirm(self, translate(
                "RecoveryCode", "Make a new recovery code? Copies already made stay encrypted "
                                "with the old code: keep its page until they are rotated "
                                "away.")):
            return
        code = backup_crypto.new_code()
        backup_crypto.store_code(code)
        self.show(self, code)
        folder = self.second_folder()
        needing = encrypted_backup.copies_needing_other_code(folder, code)
        if needing:
            count = len(needing)
            names = ", ".join(b.path.name for b in needing[:5])
            text = translate("RecoveryCode", "%n copies in {folder} still need the old code: {names}",
                             None, count).format(folder=folder, names=names)
        else:
            text = translate("RecoveryCode", "The new recovery code is in use.")
        self.message.emit(text)
        self.refresh()

    def replace_plain(self) -> None:
        folder, code = self.second_folder(), backup_crypto.stored_code()
        if folder is None or not code:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = len(encrypted_backup.encrypt_plain_copies(folder, code))
        except KeeperError as exc:
            self.message.emit(exc.message(translate))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.message.emit(translate("RecoveryCode", "%n copies replaced by encrypted ones.", None, made))
        self.refresh()
