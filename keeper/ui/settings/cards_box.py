"""Settings for member cards and the scanner at the counter."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from keeper import settings
from keeper.core import catalog
from keeper.i18n import current_language, translate


class CardSettingsBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("CardSettings", "Member cards and scanner"), parent)
        form = QFormLayout(self)
        self.layout_choice = QComboBox()
        self.layout_choice.addItem(translate("CardSettings", "A4 sheet of ten, with cut marks"),
                                   "sheet")
        self.layout_choice.addItem(translate("CardSettings", "One card a page (label printer)"),
                                   "single")
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(
            settings.get(settings.CARD_LAYOUT))))
        self.layout_choice.currentIndexChanged.connect(
            lambda: settings.set(settings.CARD_LAYOUT, self.layout_choice.currentData()))
        form.addRow(translate("CardSettings", "Print cards as:"), self.layout_choice)
        self.scan_service = QComboBox()
        self.scan_service.addItem(translate("CardSettings", "Only pick the person"), "")
        language = current_language()
        for service in catalog.services(active_only=True):
            self.scan_service.addItem(translate("CardSettings", "Log {service} at once").format(
                service=service.name(language)), service.code)
        self.scan_service.setCurrentIndex(max(0, self.scan_service.findData(
            settings.get(settings.SCAN_LOGS_SERVICE))))
        self.scan_service.currentIndexChanged.connect(
            lambda: settings.set(settings.SCAN_LOGS_SERVICE, self.scan_service.currentData()))
        form.addRow(translate("CardSettings", "A scanned card:"), self.scan_service)
        note = QLabel(translate(
            "CardSettings", "A USB scanner set to keyboard mode with Enter after each code works "
                            "on the log screen. Logging at once keeps the usual undo (Ctrl+Z); "
                            "tiles chosen before the scan are logged instead."))
        note.setWordWrap(True)
        form.addRow(note)
