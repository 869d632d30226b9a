"""Bugs go here: a dialog with a copyable report, and the traceback in the log file.

Errors users can cause (KeeperError) are shown as plain messages instead.
"""
from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from keeper import __version__, paths
from keeper.errors import KeeperError
from keeper.i18n import translate

log = logging.getLogger("keeper.crash")


def crash_report(exc_type, exc, tb) -> str:
    lines = [
        f"keeper {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}",
        f"data folder: {paths.data_dir()}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)),
    ]
    return "\n".join(lines)


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CrashDialog", "keeper met a problem"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "CrashDialog", "Something went wrong inside keeper. What you logged before is safe. "
                           "Please copy this report and send it to whoever supports your "
                           "station; it is also in the log file in {folder}.").format(
            folder=paths.logs_dir()))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(translate("CrashDialog", "Copy report"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())
        self.copy_button.setText(translate("CrashDialog", "Copied"))


def show_error(parent: QWidget | None, error: KeeperError) -> None:
    """A user-level error: its message, in the user's language, no traceback."""
    QMessageBox.warning(parent, translate("CrashDialog", "keeper"),
                        error.message(QCoreApplication.translate))


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    parent = QApplication.activeWindow()
    if isinstance(exc, KeeperError):
        log.warning("user-level error: %s", exc)
        show_error(parent, exc)
        return
    report = crash_report(exc_type, exc, tb)
    log.error("unhandled exception\n%s", report)
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    dialog = CrashDialog(report, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()


def install_excepthook() -> None:
    sys.excepthook = _hook
