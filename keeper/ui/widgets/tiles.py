"""Big, touch-friendly tiles: services (several may be on) and groups (exactly one)."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QSizePolicy, QToolButton, QWidget

from keeper.core.catalog import CatalogItem
from keeper.i18n import current_language
from keeper.ui.icons import icon
from keeper.ui.widgets import palette

_TILE_STYLE = palette.TILE


class Tile(QToolButton):
    def __init__(self, item: CatalogItem, icon_name: str, key_hint: str, *, compact: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = item.code
        self.setCheckable(True)
        name = item.name(current_language())
        self.setText(f"{name}\n{key_hint}" if key_hint and not compact else name)
        self.setToolTip(f"{name} ({key_hint})" if key_hint else name)
        self.setIcon(icon(icon_name))
        side = 28 if compact else 44
        self.setIconSize(QSize(side, side))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon if not compact
                                else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setMinimumSize(QSize(96, 40) if compact else QSize(100, 96))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)


class TilePanel(QWidget):
    """A grid of tiles. ``exclusive``: one is always chosen (groups)."""

    changed = Signal()

    def __init__(self, items: list[CatalogItem], kind: str, *, exclusive: bool, columns: int,
                 compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # One style sheet for the panel, not one per tile: each is parsed and polished apart.
        self.setStyleSheet(_TILE_STYLE.format(size=10 if compact else 12))
        self.exclusive = exclusive
        self.tiles: dict[str, Tile] = {}
        self._buttons = QButtonGroup(self)
        self._buttons.setExclusive(exclusive)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for position, item in enumerate(items):
            if kind == "service":
                hint = item.shortcut
                name = f"service-{item.code}" if item.builtin else "service-custom"
            else:
                hint = f"Alt+{position + 1}" if position < 9 else ""
                name = f"group-{item.code}"
            tile = Tile(item, name, hint, compact=compact)
            self.tiles[item.code] = tile
            self._buttons.addButton(tile)
            grid.addWidget(tile, position // columns, position % columns)
        self._buttons.buttonToggled.connect(lambda *_: self.changed.emit())

    def chosen(self) -> list[str]:
        return [code for code, tile in self.tiles.items() if tile.isChecked()]

    def set_chosen(self, codes) -> None:
        codes = set(codes)
        if not self.exclusive:
            for code, tile in self.tiles.items():
                tile.setChecked(code in codes)
            return
        for code in codes:
            if code in self.tiles:
                self.tiles[code].setChecked(True)

    def toggle(self, code: str) -> None:
        tile = self.tiles.get(code)
        if tile is not None:
            tile.setChecked(True if self.exclusive else not tile.isChecked())

    def clear(self) -> None:
        if not self.exclusive:
            self.set_chosen([])
