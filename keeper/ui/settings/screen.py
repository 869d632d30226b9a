"""Settings: the station profile and the language of the window."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from keeper import settings
from keeper.i18n import translate
from keeper.ui.settings.catalog_editor import CatalogEditor
from keeper.ui.settings.station_form import StationForm
from keeper.ui.widgets.common import scrolling_page


class SettingsScreen(QWidget):
    station_changed = Signal(object)
    catalog_changed = Signal()
    database_restored = Signal()
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        page = scrolling_page(self)
        columns = QHBoxLayout(page)
        columns.setContentsMargins(24, 16, 24, 16)
        columns.setSpacing(24)
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(left, 1)
        self.catalog = CatalogEditor()
        self.catalog.changed.connect(self.catalog_changed)
        columns.addWidget(self.catalog, 1)

        station_box = QGroupBox(translate("SettingsScreen", "Station profile"))
        station_layout = QVBoxLayout(station_box)
        self.station_form = StationForm()
        station_layout.addWidget(self.station_form)
        row = QHBoxLayout()
        self.station_status = QLabel()
        row.addWidget(self.station_status, 1)
        self.save_station = QPushButton(translate("SettingsScreen", "Save station profile"))
        self.save_station.clicked.connect(self._save_station)
        row.addWidget(self.save_station)
        station_layout.addLayout(row)
        layout.addWidget(station_box)

        language_box = QGroupBox(translate("SettingsScreen", "Language"))
        language_form = QFormLayout(language_box)
        self.language = QComboBox()
        self.language.addItem(translate("SettingsScreen", "As the system"), "")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(settings.LANGUAGE))))
        self.language.currentIndexChanged.connect(self._language_chosen)
        language_form.addRow(translate("SettingsScreen", "Window language:"), self.language)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        language_form.addRow(self.language_note)
        layout.addWidget(language_box)

        privacy_box = QGroupBox(translate("SettingsScreen", "Personal data"))
        privacy_form = QFormLayout(privacy_box)
        self.retention = QSpinBox()
        self.retention.setRange(6, 120)
        self.retention.setSuffix(translate("SettingsScreen", " months"))
        self.retention.setValue(settings.get(settings.RETENTION_MONTHS))
        self.retention.valueChanged.connect(
            lambda months: settings.set(settings.RETENTION_MONTHS, int(months)))
        privacy_form.addRow(translate("SettingsScreen", "Erase names and phones after:"),
                            self.retention)
        note = QLabel(translate(
            "SettingsScreen", "A registered worker who has not come for this long has their "
                              "name and mobile number erased when keeper starts; their visits "
                              "stay in the figures without a name. Each erasure is recorded."))
        note.setWordWrap(True)
        privacy_form.addRow(note)
        layout.addWidget(privacy_box)
        from keeper.ui.settings.cards_box import CardSettingsBox

        self.cards = CardSettingsBox()
        layout.addWidget(self.cards)
        from keeper.ui.settings.backup_panel import BackupPanel
        from keeper.ui.lock import PinSettingsBox

        self.backups = BackupPanel()
        self.backups.restored.connect(self.database_restored)
        self.backups.message.connect(self.message)
        layout.addWidget(self.backups)
        self.lock_settings = PinSettingsBox()
        layout.addWidget(self.lock_settings)
        layout.addStretch(1)

    def _save_station(self) -> None:
        from keeper.ui.lock import require_pin

        if not require_pin(self, translate("SettingsScreen", "Changing the station profile")):
            return
        if self.station_form.save():
            self.station_status.setText(translate("SettingsScreen", "Saved."))
            self.station_changed.emit(self.station_form.profile())
        else:
            self.station_status.clear()

    def _language_chosen(self) -> None:
        settings.set(settings.LANGUAGE, self.language.currentData())
        self.language_note.setText(translate(
            "SettingsScreen", "The new language is used the next time keeper starts."))
