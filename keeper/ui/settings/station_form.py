"""The station profile form: used by the first-run dialog and by Settings."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from keeper.core.station import StationProfile, get_station, set_station
from keeper.errors import UserError
from keeper.i18n import translate
from keeper.ui.widgets import palette


class StationForm(QWidget):
    saved = Signal(object)  # StationProfile

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.code = QLineEdit()
        self.code.setPlaceholderText(translate("StationForm", "e.g. CY-017, given by the district"))
        self.code.setMaxLength(32)
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("StationForm", "e.g. 望京街道暖心驿站"))
        self.district = QLineEdit()
        self.district.setPlaceholderText(translate("StationForm", "e.g. 朝阳区"))
        self.address = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItem(translate("StationForm", "Comprehensive station"), "comprehensive")
        self.kind.addItem(translate("StationForm", "Specialised rider's or driver's home"),
                          "specialized")
        form.addRow(translate("StationForm", "Station &code:"), self.code)
        form.addRow(translate("StationForm", "Station &name:"), self.name)
        form.addRow(translate("StationForm", "&District:"), self.district)
        form.addRow(translate("StationForm", "&Address:"), self.address)
        form.addRow(translate("StationForm", "&Kind:"), self.kind)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet(palette.ERROR_TEXT)
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        current = get_station()
        if current is not None:
            self.set_profile(current)

    def set_profile(self, profile: StationProfile) -> None:
        self.code.setText(profile.code)
        self.name.setText(profile.name)
        self.district.setText(profile.district)
        self.address.setText(profile.address)
        self.kind.setCurrentIndex(max(0, self.kind.findData(profile.kind)))

    def profile(self) -> StationProfile:
        return StationProfile(self.code.text(), self.name.text(), self.district.text(),
                              self.address.text(), self.kind.currentData())

    def save(self) -> bool:
        """Validate and store; on bad input say why under the form and keep what was typed."""
        try:
            saved = set_station(self.profile())
        except UserError as exc:
            self.error.setText(exc.message(QCoreApplication.translate))
            self.error.show()
            return False
        self.error.hide()
        self.set_profile(saved)
        self.saved.emit(saved)
        return True


class StationSetupDialog(QDialog):
    """First start: the station profile must exist before anything is logged."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("StationSetupDialog", "Welcome to Station Keeper"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "StationSetupDialog", "Before the first visit is logged, tell keeper which station "
                                  "this is. The code and name appear on every monthly report; "
                                  "you can change them later in Settings."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = StationForm(self)
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _save(self) -> None:
        if self.form.save():
            self.accept()
