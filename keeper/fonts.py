"""The bundled Chinese font, "Keeper Sans" (resources/fonts/README.md says what it is).

keeper must show and print Chinese on a PC that has no Chinese font, and the PDFs it
writes must copy and search as the exact text drawn. So it ships its own subset of
Noto Sans CJK SC under a private family name, and uses that family for the UI and for
PDFs. Call ``load_bundled_fonts()`` once a QGuiApplication exists, before any widget
or PDF asks for a font. Only QtGui here: the PDF writer runs without widgets.
"""
from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from keeper import paths

log = logging.getLogger(__name__)

FAMILY = "Keeper Sans"
FILES = ("KeeperSans-Regular.otf", "KeeperSans-Bold.otf")

# The family from the first call. Adding the same file again would register a second
# copy with Qt, so later calls just return this.
_family: str | None = None


def _system_family() -> str:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


def load_bundled_fonts() -> str:
    """Register Keeper Sans with Qt; return the family name to use for text.

    Needs a QGuiApplication. If no file loads (missing or damaged install), log a warning
    and return the system's default family: the app still runs, but Chinese is only as
    good as the system's fonts. If only Bold fails, Qt fakes bold from Regular.
    """
    global _family
    if _family is not None:
        return _family
    loaded: list[str] = []
    for name in FILES:
        try:
            path = paths.resource("fonts", name)
        except FileNotFoundError as exc:  # the whole resources folder is gone
            log.warning("bundled font %s not found: %s", name, exc)
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id == -1:  # Qt's only failure signal: missing file or not a font
            log.warning("could not load bundled font %s", path)
            continue
        loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    if FAMILY in loaded:
        _family = FAMILY
    else:
        _family = _system_family()
        log.warning("bundled font family %r unavailable; using %r", FAMILY, _family)
    return _family
