"""Bugs go here: a dialog with a copyable report, and the traceback in the log file.

Errors users can cause (KeeperError) are shown as plain messages instead. The dialog's
imports wait until something goes wrong: start-up does not pay for them.
"""
from __future__ import annotations

import logging
import sys
from types import TracebackType

log = logging.getLogger("keeper.crash")


def crash_report(exc_type, exc, tb) -> str:
    import platform
    import traceback

    from PySide6 import __version__ as pyside_version

    from keeper import __version__, paths

    lines = [
        f"keeper {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}",
        f"data folder: {paths.data_dir()}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)),
    ]
    return "\n".join(lines)


def show_error(parent, error) -> None:
    """A user-level error: its message, in the user's language, no traceback."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, QCoreApplication.translate("CrashDialog", "keeper"),
                        error.message(QCoreApplication.translate))


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    from PySide6.QtWidgets import QApplication

    from keeper.errors import KeeperError

    if issubclass(exc_type, KeyboardInterrupt) or QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    parent = QApplication.activeWindow()
    exc = _as_user_problem(exc)
    if isinstance(exc, KeeperError):
        log.warning("user-level error: %s", exc)
        show_error(parent, exc)
        return
    report = crash_report(exc_type, exc, tb)
    log.error("unhandled exception\n%s", report)
    from keeper.ui.crash_dialog import CrashDialog

    dialog = CrashDialog(report, parent)
    dialog.exec()
    dialog.deleteLater()


def _as_user_problem(exc: BaseException) -> BaseException:
    """A locked or damaged database or a full disk met while the window runs (a disk failing
    mid-session) is the machine's doing: its message, not a crash report."""
    import sqlite3

    import peewee

    if isinstance(exc, (sqlite3.Error, peewee.PeeweeException)):
        from keeper.core.database import database_error

        problem = database_error(exc)
        log.warning("database error: %s", exc, exc_info=exc)
        return problem
    return exc


def install_excepthook() -> None:
    sys.excepthook = _hook
