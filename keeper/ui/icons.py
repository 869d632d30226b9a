"""Icons from ``resources/icons`` (SVG), cached; a missing file gives an empty icon."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from keeper.paths import resource


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
