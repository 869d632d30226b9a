"""Big, touch-friendly tiles: services (several may be on) and groups (exactly one)."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QSizePolicy, QToolButton, QWidget

from keeper.core.catalog import CatalogItem, icon_name
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
        self._name = item.name(current_language())
        self._hint = key_hint if not compact else ""
        self._compact = compact
        self.setText(self._label(self._name))
        self.setToolTip(f"{self._name} ({key_hint})" if key_hint else self._name)
        self.setIcon(icon(icon_name))
        side = 28 if compact else 44
        self.setIconSize(QSize(side, side))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon if not compact
                                else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setMinimumSize(QSize(96, 40) if compact else QSize(100, 96))
        # Every column as wide as the others, whatever the names: the grid shares the width.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def _label(self, name: str) -> str:
        return f"{name}\n{self._hint}" if self._hint else name

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        # A QToolButton never wraps: a long English name ("Donated goods claimed") is
        # broken at the space that best balances two lines instead of being elided.
        room = self.width() - (self.iconSize().width() + 24 if self._compact else 16)
        name = self._name
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(name) > room and " " in name:
            words = name.split(" ")
            splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
            first, rest = min(splits, key=lambda pair: max(metrics.horizontalAdvance(pair[0]),
                                                            metrics.horizontalAdvance(pair[1])))
            name = f"{first}\n{rest}"
        label = self._label(name)
        if label != self.text():
            self.setText(label)


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
            hint = item.shortcut
            if kind == "group" and hint:
                hint = f"Alt+{hint}"
            tile = Tile(item, icon_name(kind, item), hint, compact=compact)
            self.tiles[item.code] = tile
            self._buttons.addButton(tile)
            grid.addWidget(tile, position // columns, position % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
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
