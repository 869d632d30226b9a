"""Choosing the language and loading the translations (QtCore only: the CLI uses it too).

The UI follows the system locale; ``--lang zh_CN|en`` (or the saved setting) overrides.
Qt's own ``qtbase_zh_CN.qm`` is loaded beside ours so standard buttons are translated too.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from keeper import errors
from keeper.paths import resource

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    """The language the window speaks: names from the database (services, groups) follow it."""
    return _current


def resolve_language(explicit: str | None = None) -> str:
    """``zh_CN`` or ``en``: the explicit choice, else the system's language."""
    choice = (explicit or "").strip()
    if not choice:
        choice = QLocale.system().name()
    return "zh_CN" if choice.lower().replace("-", "_").startswith("zh") else "en"


def install_translators(language: str) -> list[QTranslator]:
    """Install keeper's and Qt's translators for ``language`` on the running application."""
    global _current
    _current = language
    errors.set_language(language)  # names in messages follow the window's language
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language != "zh_CN":
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
        return []
    QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China))
    ours = QTranslator(app)
    if ours.load(str(resource("translations", "keeper_zh_CN.qm"))):
        _installed.append(ours)
    else:
        log.warning("keeper_zh_CN.qm could not be loaded; the UI stays in English")
    qt_own = QTranslator(app)
    if qt_own.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
    return list(_installed)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
