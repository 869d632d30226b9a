"""Issue 21: the log screen with every tile on (16 services, 12 groups) still fits 1280×800
in both languages: nothing elided, every shown tile on screen, keys on the service tiles."""
from __future__ import annotations

import pytest

from keeper.core import catalog, catalog_edit


def _lines_fit(tile) -> list[str]:
    """The lines of a tile's text that do not fit its width (Qt would elide them)."""
    metrics = tile.fontMetrics()
    room = tile.width() - (tile.iconSize().width() + 24 if tile._compact else 16)
    return [line for line in tile.text().split("\n") if metrics.horizontalAdvance(line) > room]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_all_tiles_fit_at_1280_by_800(app, station, qtbot, language):
    from keeper import i18n
    from keeper.ui.main_window import MainWindow

    for kind in ("service", "group"):
        for item in (catalog.services() if kind == "service" else catalog.groups()):
            catalog_edit.set_active(kind, item.code, True)
    i18n.install_translators(language)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    log = window.show_screen("log")
    qtbot.wait(1)  # the layout settles
    services, groups = log.form.services.tiles, log.form.groups.tiles
    assert len(services) == 16 and len(groups) == 12
    cut = {code: _lines_fit(tile) for code, tile in {**services, **groups}.items()
           if _lines_fit(tile)}
    assert cut == {}
    for tile in [*services.values(), *groups.values()]:
        assert tile.isVisible() and tile.height() >= tile.minimumHeight()
        corner = tile.mapTo(window, tile.rect().bottomRight())
        assert window.rect().contains(corner), tile.code
    keys = [tile.text().split("\n")[-1] for tile in services.values()]
    assert keys[:8] == list("12345678") and all(keys)  # every service has its key
    assert log.form.visitor.isVisible() and log.log_button.isVisible()
