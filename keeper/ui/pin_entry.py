"""The PIN, wherever it is asked: the field with its growing wait after wrong tries, the
dialog before sensitive actions (restore, erasing a person, settings), and the PIN's own
settings box. The lock screen itself is ``keeper.ui.lock``.
"""
from __future__ import annotations

import math
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from keeper import settings
from keeper.core import pin
from keeper.errors import KeeperError
from keeper.i18n import translate

Wait = Callable[[float, Callable[[], None]], None]  # (seconds, then): must not block
ERROR_STYLE = "color: #c92a2a;"


def _pin_field(placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(8)
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    field.setPlaceholderText(placeholder)
    return field


class PinEntry(QWidget):
    """A PIN field with its button. A wrong PIN clears the field and, from the fourth try
    on, disables it for a growing wait (the window stays responsive meanwhile)."""

    accepted = Signal()

    def __init__(self, button_text: str, parent: QWidget | None = None, *,
                 wait: Wait | None = None, default_button: bool = True) -> None:
        super().__init__(parent)
        self.wait = wait or self._wait_with_timer
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._then: Callable[[], None] = self._ready
        self._timer.timeout.connect(lambda: self._then())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.field = _pin_field(translate("LockScreen", "PIN"))
        self.field.setMinimumWidth(160)
        self.field.setStyleSheet("font-size: 16pt; padding: 4px;")
        self.field.returnPressed.connect(self.submit)
        row.addWidget(self.field, 1)
        self.button = QPushButton(button_text)
        # Inside a locked dialog the button must not take over that dialog's default one.
        self.button.setDefault(default_button)
        self.button.setAutoDefault(default_button)
        self.button.clicked.connect(self.submit)
        row.addWidget(self.button)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.message)

    def start(self) -> None:
        """Ready for a try, unless wrong tries before (even before a restart) mean a wait."""
        self.field.clear()
        self.message.clear()
        delay = pin.seconds_to_wait()
        if delay:
            seconds = math.ceil(delay)  # a plain name: lupdate misses calls in the arguments
            self._hold(delay, translate("LockScreen", "Too many wrong PINs. Wait %n second(s) "
                                                      "before trying again.", None, seconds))
        else:
            self._ready()

    def submit(self) -> None:
        if not self.field.isEnabled():
            return
        text = self.field.text()
        self.field.clear()
        # The wait was made with the field disabled: no blocking sleep on the GUI thread.
        if pin.check_pin(text, sleep=lambda seconds: None):
            self.message.clear()
            self.accepted.emit()
            return
        delay = pin.seconds_to_wait()
        if delay:
            seconds = math.ceil(delay)
            self._hold(delay, translate("LockScreen", "Wrong PIN. Wait %n second(s) before "
                                                      "trying again.", None, seconds))
        else:
            self.message.setText(translate("LockScreen", "Wrong PIN. Try again."))
            self.field.setFocus()

    def _hold(self, delay: float, text: str) -> None:
        self.field.setEnabled(False)
        self.button.setEnabled(False)
        self.message.setText(text)
        self.wait(delay, self._ready)

    def _ready(self) -> None:
        self.field.setEnabled(True)
        self.button.setEnabled(True)
        self.field.setFocus()

    def _wait_with_timer(self, seconds: float, then: Callable[[], None]) -> None:
        self._then = then
        self._timer.start(int(seconds * 1000))


class PinDialog(QDialog):
    def __init__(self, reason: str = "", parent: QWidget | None = None, *,
                 wait: Wait | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LockScreen", "PIN needed"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        text = QLabel(reason or translate("LockScreen", "Enter the attendant's PIN to go on."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.entry = PinEntry(translate("LockScreen", "OK"), wait=wait)
        self.entry.accepted.connect(self.accept)
        layout.addWidget(self.entry)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.entry.start()


def require_pin(parent: QWidget | None = None, reason: str = "") -> bool:
    """Ask for the PIN before a sensitive action; True when none is set or it was right."""
    if not pin.has_pin():
        return True
    dialog = PinDialog(reason, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


class PinSettingsBox(QGroupBox):
    """Settings: set, change or remove the PIN, and the idle minutes before locking."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("LockScreen", "PIN and lock"), parent)
        form = QFormLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form.addRow(self.status)
        self.current = _pin_field()
        self.current_label = QLabel(translate("LockScreen", "Current PIN:"))
        form.addRow(self.current_label, self.current)
        self.new = _pin_field(translate("LockScreen", "4 to 8 digits"))
        form.addRow(translate("LockScreen", "New PIN:"), self.new)
        self.repeat = _pin_field()
        form.addRow(translate("LockScreen", "New PIN again:"), self.repeat)
        self.idle = QSpinBox()
        self.idle.setRange(0, 240)
        self.idle.setSuffix(translate("LockScreen", " min"))
        self.idle.setSpecialValueText(translate("LockScreen", "only with Ctrl+L"))
        self.idle.setValue(settings.get(pin.IDLE_MINUTES))
        form.addRow(translate("LockScreen", "Lock when unused for:"), self.idle)
        row = QHBoxLayout()
        self.save = QPushButton(translate("LockScreen", "Save"))
        self.save.clicked.connect(self.save_changes)
        row.addWidget(self.save)
        self.remove = QPushButton(translate("LockScreen", "Remove the PIN"))
        self.remove.clicked.connect(self.remove_pin)
        row.addWidget(self.remove)
        row.addStretch(1)
        form.addRow(row)
        self.result = QLabel()
        self.result.setWordWrap(True)
        form.addRow(self.result)
        self.refresh()

    def refresh(self) -> None:
        has = pin.has_pin()
        self.status.setText(translate("LockScreen", "A PIN is set: the window locks on Ctrl+L "
                                                    "and when unused, and restore asks for it.")
                            if has else translate("LockScreen", "No PIN: the window never "
                                                                "locks. Set one to protect "
                                                                "the ledger on a shared PC."))
        self.current.setVisible(has)
        self.current_label.setVisible(has)
        self.remove.setEnabled(has)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.result.setStyleSheet(ERROR_STYLE if error else "color: #2b8a3e;")
        self.result.setText(text)

    def _must_wait(self) -> bool:
        """Wrong PINs slow this box down like the lock screen (no blocking sleep here)."""
        wait = pin.seconds_to_wait() if pin.has_pin() else 0
        if wait > 0:
            seconds = math.ceil(wait)
            self._say(translate("LockScreen", "Wrong PIN. Wait %n second(s) before trying "
                                              "again.", None, seconds), error=True)
        return wait > 0

    def save_changes(self) -> None:
        new, repeat, old = self.new.text(), self.repeat.text(), self.current.text()
        if self._must_wait():
            return
        try:
            if new or repeat:
                if pin.normalize(new) != pin.normalize(repeat):
                    self._say(translate("LockScreen", "The two new PINs differ."), error=True)
                    return
                pin.set_pin(new, old, sleep=lambda s: None)
            elif pin.has_pin() and not pin.check_pin(old, sleep=lambda s: None):
                self._say(translate("LockScreen", "Enter the current PIN to change the lock "
                                                  "settings."), error=True)
                return
            settings.set(pin.IDLE_MINUTES, self.idle.value())
        except KeeperError as exc:
            self._say(exc.message(translate), error=True)
            return
        for field in (self.current, self.new, self.repeat):
            field.clear()
        self._say(translate("LockScreen", "Saved."))
        self.refresh()
        self.changed.emit()

    def remove_pin(self) -> None:
        if self._must_wait():
            return
        try:
            pin.clear_pin(self.current.text(), sleep=lambda s: None)
        except KeeperError as exc:
            self._say(exc.message(translate), error=True)
            return
        self.current.clear()
        self._say(translate("LockScreen", "The PIN was removed."))
        self.refresh()
        self.changed.emit()
