"""Starting the window: application, fonts, translations, crash hook, database, first run."""
from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication

from keeper import __version__, paths
from keeper.errors import KeeperError
from keeper.core.database import (
    DATABASE_ERRORS,
    check_done,
    close_database,
    open_checked,
    quick_check,
)

log = logging.getLogger(__name__)

# The packaging check and the start-up benchmark start the installed program as it is and
# need to know when its window is on screen: with this set, keeper prints "first frame"
# once the main window's first frame is painted, then closes as if the attendant had.
EXIT_AFTER_FIRST_FRAME = "KEEPER_EXIT_AFTER_FIRST_FRAME"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or ["keeper"])
    app.setApplicationName("keeper")
    app.setApplicationDisplayName("驿站管家 Station Keeper")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("keeper")
    return app


def prepare_application(app: QApplication, language: str | None) -> str:
    """Fonts, translations and the icon; returns the language in use."""
    from keeper import i18n
    from keeper.fonts import load_bundled_fonts
    from keeper.ui.icons import icon

    family = load_bundled_fonts()
    font = app.font()
    # The system's UI font first, then the bundled family: Latin text and punctuation
    # ("…", quotes) keep their Latin shapes, and Han falls back to Keeper Sans, so Chinese
    # renders even on a PC with no Chinese font.
    # An alias ("Sans Serif", "MS Shell Dlg 2") is resolved to the real family first: Qt
    # would skip an alias in a list and draw everything in Keeper Sans.
    system = [f for f in font.families() if f != family]
    if system:
        probe = QFont(font)
        probe.setFamilies(system)
        system = [QFontInfo(probe).family(), *system]
    font.setFamilies([*dict.fromkeys(system), family])
    if font.pointSizeF() < 10.5:
        font.setPointSizeF(10.5)
    app.setFont(font)
    chosen = i18n.resolve_language(language)
    i18n.install_translators(chosen)
    app.setWindowIcon(icon("keeper"))
    # Qt appends the display name to every window title: one name, in the chosen language.
    app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "Station Keeper"))
    return chosen


def ensure_station_profile(parent=None) -> bool:
    """First start: ask for the station profile. False if the attendant cancels."""
    from keeper.core.station import get_station

    if get_station() is not None:
        return True
    from keeper.ui.settings.station_form import StationSetupDialog

    return StationSetupDialog(parent).exec() == StationSetupDialog.DialogCode.Accepted


def _apply_retention() -> None:
    """The retention rule runs at each start: quick, and audited per person."""
    from keeper import settings
    from keeper.core.directory_changes import erase_inactive

    erased = erase_inactive(settings.get(settings.RETENTION_MONTHS))
    if erased:
        log.info("retention: erased the personal data of %d inactive visitors", erased)


def run_gui(language: str | None = None, *, quit_after_ms: int | None = None) -> int:
    """The GUI's entry point: returns the process exit status. With ``quit_after_ms`` the
    window closes that long after the start-up check has finished."""
    from keeper.logsetup import setup_logging
    from keeper.ui.crash import install_excepthook

    app = create_application(sys.argv[:1])
    setup_logging()
    install_excepthook()
    from keeper.ui.single_window import SingleWindow, bring_to_front

    guard = SingleWindow(app)
    if not guard.acquire(listen=False):
        prepare_application(app, language)
        _already_open(guard)
        return 1

    def on_window(window) -> None:
        guard.raise_requested.connect(lambda: bring_to_front(window))
        window.first_painted.connect(guard.listen)  # a knock needs a window to bring forward

    try:
        return _run(app, language, quit_after_ms, on_window)
    finally:
        guard.release()


def _already_open(guard) -> None:
    """A second start on the same data folder: the first window comes to the front."""
    from PySide6.QtWidgets import QMessageBox

    raised = guard.ask_other_to_raise()
    log.info("a keeper window is already open on %s (asked to come forward: %s)",
             paths.data_dir(), raised)
    QMessageBox.information(None, QCoreApplication.translate("App", "keeper is already open"),
                            QCoreApplication.translate(
                                "App", "A keeper window is already open on {folder}; it has been "
                                       "brought to the front. Use that window: two windows on "
                                       "one ledger would get in each other's way.")
                            .format(folder=paths.data_dir()))


def _run(app, language: str | None, quit_after_ms: int | None, on_window) -> int:
    from keeper import settings

    try:
        # Opened only: the quick check reads every page (0.4 s on a million visits, seconds
        # from a cold disk), so it runs on a worker thread once the window is up.
        problems = open_checked(paths.db_path(), check=False)
    except (KeeperError, OSError) as exc:
        prepare_application(app, language)
        text = exc.message(QCoreApplication.translate) if isinstance(exc, KeeperError) else \
            QCoreApplication.translate("App", "Cannot use the data folder {folder}: {reason}") \
            .format(folder=paths.data_dir(), reason=exc.strerror or exc)
        log.error("cannot open the database: %s", text)
        from PySide6.QtWidgets import QMessageBox  # only here: its enums cost 3 ms at start

        QMessageBox.critical(None, QCoreApplication.translate("App", "keeper cannot start"), text)
        return 1
    if problems:
        prepare_application(app, language)
        if not _resolve(problems):
            return 1
    prepare_application(app, language or settings.get(settings.LANGUAGE) or None)
    try:
        window = _build_window()
    except DATABASE_ERRORS as exc:  # a damaged page met before the check got to it
        if not _resolve(quick_check() or [str(exc)]):
            return 1
        window = _build_window()
    if window is None:
        return 0
    on_window(window)
    window.show()
    outcome = _IntegrityCheck(window)
    log.info("keeper %s started, data folder %s", __version__, paths.data_dir())
    if quit_after_ms is not None:
        # Counted from the end of the start-up check, not from now: on a busy machine the
        # check may take longer than any fixed wait (tests and scripted starts use this).
        outcome.finished = lambda: QTimer.singleShot(quit_after_ms, window.close)
    if os.environ.get(EXIT_AFTER_FIRST_FRAME):
        _exit_after_first_frame(window)
    status = app.exec()
    # A check still under way when the loop ended (the window closed at its first frame)
    # must not reach the window deleted below.
    outcome.stand_down()
    # The loop may also end with the window still up (quitting over a damaged database):
    # it goes now, hidden without a close (nothing saved into a damaged file), and deleted.
    window.hide()
    window.deleteLater()
    if outcome.damaged:
        return 1  # the attendant chose to quit over a damaged database: nothing to save
    from keeper.core.backup import backup_at_exit

    backup_at_exit()
    close_database()
    return status


def _exit_after_first_frame(window) -> None:
    from keeper.ui.widgets.common import after_first_paint

    def report() -> None:
        if sys.stdout is not None:  # None in the Windows build, which has no console
            print("first frame", flush=True)
        window.close()

    after_first_paint(window, report, fallback_ms=60_000)  # a window is painted long before


def _build_window():
    """The main window, or None when the attendant cancels the first-run setup."""
    if not ensure_station_profile():
        return None
    from keeper.ui.main_window import MainWindow

    return MainWindow()


def _resolve(problems: list[str], parent=None) -> bool:
    """The damaged-database dialog; True once a good backup is open in its place."""
    from keeper.ui.damaged_dialog import resolve_damage

    log.error("the database is damaged: %s", "; ".join(problems[:5]))
    close_database()
    return resolve_damage(problems, parent)


class _IntegrityCheck(QObject):
    """The start-up quick check, on a worker thread with its own read-only connection, once
    the window is shown. Healthy: the retention rule runs. Damaged: the dialog comes over the
    window; a restored backup rebuilds every screen, quitting ends keeper with status 1.

    A QObject of the window's: a result queued while the window closes goes with it (a
    plain object's bound method could be called after the object was gone)."""

    def __init__(self, window) -> None:
        from keeper.ui.background import BackgroundReader

        super().__init__(window)
        self.window, self.damaged, self.standing = window, False, True
        self.finished = lambda: None  # called once the check and what it led to are done
        self.reader = BackgroundReader(window)
        self.reader.finished.connect(self._checked)
        self.reader.start(0, quick_check, after_paint=True)
        window.first_painted.connect(self.reader.painting)

    def stand_down(self) -> None:
        """The event loop has ended: a result still to come is dropped."""
        self.standing = False
        self.finished = lambda: None
        try:
            self.reader.finished.disconnect(self._checked)
        except (RuntimeError, TypeError):  # already delivered, or the reader is gone
            pass

    def _checked(self, _generation: int, problems) -> None:
        if not self.standing:
            return
        try:
            if isinstance(problems, Exception):  # no second connection: check on the window's
                problems = quick_check()
            if not problems:
                check_done()
                _apply_retention()
            elif _resolve(problems, self.window):
                self.window.reload_all_screens()
                _apply_retention()
            else:
                self.damaged = True
                QApplication.exit(1)
        finally:
            if not self.damaged:
                self.finished()
