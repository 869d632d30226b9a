"""Starting the window: application, fonts, translations, crash hook, database, first run."""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from keeper import __version__, paths
from keeper.errors import KeeperError

log = logging.getLogger(__name__)


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
    # The bundled family first, so Chinese renders even on a PC with no Chinese font.
    font.setFamilies([family, *font.families()])
    if font.pointSizeF() < 10.5:
        font.setPointSizeF(10.5)
    app.setFont(font)
    chosen = i18n.resolve_language(language)
    i18n.install_translators(chosen)
    app.setWindowIcon(icon("keeper"))
    return chosen


def ensure_station_profile(parent=None) -> bool:
    """First start: ask for the station profile. False if the attendant cancels."""
    from keeper.core.station import get_station

    if get_station() is not None:
        return True
    from keeper.ui.station_form import StationSetupDialog

    return StationSetupDialog(parent).exec() == StationSetupDialog.DialogCode.Accepted


def _apply_retention() -> None:
    """The retention rule runs at each start: quick, and audited per person."""
    from keeper import settings
    from keeper.core.directory_changes import erase_inactive

    erased = erase_inactive(settings.get(settings.RETENTION_MONTHS))
    if erased:
        log.info("retention: erased the personal data of %d inactive visitors", erased)


def run_gui(language: str | None = None, *, quit_after_ms: int | None = None) -> int:
    """The GUI's entry point: returns the process exit status."""
    from keeper import settings
    from keeper.logsetup import setup_logging
    from keeper.ui.crash import install_excepthook

    app = create_application(sys.argv[:1])
    setup_logging()
    install_excepthook()
    try:
        from keeper.core.backup import open_checked

        problems = open_checked(paths.db_path())
    except (KeeperError, OSError) as exc:
        prepare_application(app, language)
        text = exc.message(QCoreApplication.translate) if isinstance(exc, KeeperError) else \
            QCoreApplication.translate("App", "Cannot use the data folder {folder}: {reason}") \
            .format(folder=paths.data_dir(), reason=exc.strerror or exc)
        log.error("cannot open the database: %s", text)
        QMessageBox.critical(None, QCoreApplication.translate("App", "keeper cannot start"), text)
        return 1
    if problems:
        prepare_application(app, language)
        log.error("the database is damaged: %s", "; ".join(problems[:5]))
        from keeper.ui.damaged_dialog import resolve_damage

        if not resolve_damage(problems):
            return 1
    prepare_application(app, language or settings.get(settings.LANGUAGE) or None)
    if not ensure_station_profile():
        return 0
    from keeper.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    QTimer.singleShot(0, _apply_retention)  # after the first paint: nobody waits for it
    log.info("keeper %s started, data folder %s", __version__, paths.data_dir())
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, window.close)
    status = app.exec()
    from keeper.core.backup import backup_at_exit

    backup_at_exit()
    from keeper.store.connection import close_database

    close_database()
    return status
