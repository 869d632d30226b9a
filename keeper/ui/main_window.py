"""The main window: navigation on the left, one screen at a time, a status bar.

Screens are built the first time they are shown, so start-up only pays for the first one.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from keeper import settings
from keeper.core import clock, ledger, supply_figures
from keeper.core.station import get_station
from keeper.i18n import current_language, translate
from keeper.ui.icons import icon
from keeper.ui.registry import SCREENS
from keeper.ui.widgets.common import after_first_paint
from keeper.ui.widgets import palette


# Start-up note: nothing on the start-up path touches the ``Qt`` namespace; PySide6 builds
# its thousands of enums on first use (~15 ms), which later screens can pay for.


def _to_text(data: QByteArray) -> str:
    return bytes(data.toBase64()).decode("ascii")


def _from_text(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode("ascii"))


class MainWindow(QMainWindow):
    first_painted = Signal()  # the first frame is on screen: deferred start-up work may begin

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle(translate("MainWindow", "Station Keeper"))
        self.setWindowIcon(icon("keeper"))
        self.setMinimumSize(900, 600)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(28, 28))
        self.nav.setSpacing(2)
        # A light selection keeps the blue icons visible; no dotted focus frame on items.
        self.nav.setStyleSheet(palette.NAVIGATION)
        self.stack = QStackedWidget()
        self._screens: dict[str, QWidget] = {}
        for index, spec in enumerate(SCREENS):
            item = QListWidgetItem(icon(f"nav-{spec.key}"), spec.translated_title())
            item.setToolTip(translate("MainWindow", "{screen} (Ctrl+{number})").format(
                screen=spec.translated_title(), number=index + 1))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # a stand-in until the screen is first shown
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda key=spec.key: self.show_screen(key))
        self.nav.currentRowChanged.connect(self._row_changed)
        self.nav.setMinimumWidth(150)

        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 1000])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.station_label = QLabel()
        self.station_label.setObjectName("stationLabel")
        self.today_label = QLabel()
        self.today_label.setObjectName("todayLabel")
        self.statusBar().setStyleSheet("QStatusBar QLabel { padding: 2px 8px; }")
        self.stock_label = QLabel()
        self.stock_label.setObjectName("stockLabel")
        self.stock_label.setStyleSheet(palette.ERROR_TEXT)
        self.statusBar().addWidget(self.station_label, 1)
        self.statusBar().addPermanentWidget(self.stock_label)
        self.statusBar().addPermanentWidget(self.today_label)
        self.refresh_status()
        # The date changes at midnight while the window stays open: refresh every minute.
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(60_000)
        self._status_timer.timeout.connect(self.refresh_status)  # started when shown

        self._restore_layout()
        self.lock = self.auto_backup = None
        # The lock and the daily backup need not exist before the window is first painted.
        self.first_painted.connect(self._install_services)
        after_first_paint(self, self.first_painted.emit)

    def _install_services(self) -> None:
        from keeper.ui.settings.backup_panel import AutoBackup
        from keeper.ui.lock import install_lock

        self.lock = install_lock(self)
        self.auto_backup = AutoBackup(self)
        self.auto_backup.message.connect(lambda text: self.statusBar().showMessage(text, 10000))

    # -- navigation ----------------------------------------------------------------------
    def screen_keys(self) -> list[str]:
        return [spec.key for spec in SCREENS]

    def current_key(self) -> str:
        return SCREENS[max(0, self.nav.currentRow())].key

    def show_screen(self, key: str) -> QWidget:
        row = self.screen_keys().index(key)
        self._build(row)  # here, not in the navigation's signal: a failure reaches the caller
        self.nav.setCurrentRow(row)
        return self._screens[key]

    def screen(self, key: str) -> QWidget | None:
        return self._screens.get(key)

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        self._build(row)
        self.stack.setCurrentIndex(row)
        self.stack.currentWidget().setFocus()

    def _build(self, row: int) -> None:
        """Screens are built the first time they are shown."""
        spec = SCREENS[row]
        if spec.key not in self._screens:
            widget = spec.build()
            widget.setObjectName(f"screen-{spec.key}")
            stand_in = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self._screens[spec.key] = widget
            if hasattr(widget, "station_changed"):
                widget.station_changed.connect(lambda _profile: self.refresh_status())
            if hasattr(widget, "message"):
                widget.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
            if hasattr(widget, "visits_changed"):
                widget.visits_changed.connect(self.refresh_status)
            if hasattr(widget, "stock_changed"):
                widget.stock_changed.connect(self.refresh_status)
            if hasattr(widget, "database_restored"):
                widget.database_restored.connect(self.reload_after_restore)
            if hasattr(widget, "catalog_changed"):
                widget.catalog_changed.connect(lambda: self.rebuild_screens("log", "ledger"))

    def rebuild_screens(self, *keys: str) -> None:
        """Forget screens built from data that changed (the tiles after a catalogue edit);
        they are built afresh the next time they are shown."""
        for key in keys:
            widget = self._screens.pop(key, None)
            if widget is None:
                continue
            row = self.screen_keys().index(key)
            self.stack.insertWidget(row, QWidget())
            self.stack.removeWidget(widget)
            widget.deleteLater()

    def reload_after_restore(self) -> None:
        """Another database is open: every screen built from the old one is built again."""
        self.rebuild_screens(*[key for key in self._screens if key != self.current_key()])
        self.refresh_status()

    def reload_all_screens(self) -> None:
        """A damaged database was replaced by a backup: even the screen on show is rebuilt."""
        self.rebuild_screens(*list(self._screens))
        self._row_changed(self.nav.currentRow())
        self.refresh_status()

    # -- status bar ----------------------------------------------------------------------
    def refresh_status(self) -> None:
        station = get_station()
        if station is None:
            self.station_label.setText(translate("MainWindow", "No station profile yet"))
        else:
            self.station_label.setText(translate("MainWindow", "{name} ({code}), {district}").format(
                name=station.name, code=station.code, district=station.district))
        today = ledger.visits_on(clock.today())
        self.today_label.setText(translate("MainWindow", "Visits today: %n", None, today))
        # Supplies that need attention, quietly: the count here, the list in the tooltip.
        alerts = supply_figures.alerts()
        language = current_language()
        waiting = len(alerts)  # (lupdate misses a call inside the numerus argument)
        text = translate("MainWindow", "Stock alerts: %n", None, waiting)
        self.stock_label.setText(text if alerts else "")
        self.stock_label.setToolTip("\n".join(a.message(translate, language) for a in alerts))

    # -- remembered layout ---------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if not (geometry and self.restoreGeometry(_from_text(geometry))):
            self.resize(1280, 800)
        state = settings.get(settings.WINDOW_STATE)
        if state:
            self.restoreState(_from_text(state))
        splitter = settings.get(settings.NAV_SPLITTER)
        if splitter:
            self.splitter.restoreState(_from_text(splitter))
        last = settings.get(settings.LAST_SCREEN)
        self.show_screen(last if last in self.screen_keys() else "log")

    def save_layout(self) -> None:
        settings.set(settings.WINDOW_GEOMETRY, _to_text(self.saveGeometry()))
        settings.set(settings.WINDOW_STATE, _to_text(self.saveState()))
        settings.set(settings.NAV_SPLITTER, _to_text(self.splitter.saveState()))
        settings.set(settings.LAST_SCREEN, self.current_key())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._status_timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.save_layout()
        super().closeEvent(event)
        if event.isAccepted():
            # A closed window leaves nothing ticking: the status line, the screens, the
            # daily backup and the idle lock all stop with it.
            for timer in self.findChildren(QTimer):
                timer.stop()
