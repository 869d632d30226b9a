"""The lock for the shared station PC: the whole window hidden behind a PIN after some idle
minutes or on Ctrl+L; the PIN asked before sensitive actions; the PIN's own settings.

The lock is an overlay inside the window, not a new window: the form underneath keeps what
was typed, and an application event filter keeps keys and shortcuts from reaching it.
"""
from __future__ import annotations

import math
import time
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
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
                 wait: Wait | None = None) -> None:
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
        self.button.setDefault(True)
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


class LockOverlay(QWidget):
    """Covers the whole window; only the PIN gets through."""

    unlocked = Signal()

    def __init__(self, window: QWidget, *, wait: Wait | None = None) -> None:
        super().__init__(window)
        self.setObjectName("lockOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("QWidget#lockOverlay { background: #e9ecef; }"
                           "QFrame#lockCard { background: white; border-radius: 12px;"
                           " border: 1px solid #ced4da; }")
        self._focus_before: QWidget | None = None
        self._locked = False
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setObjectName("lockCard")
        card.setFixedWidth(440)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(12)
        title = QLabel(translate("LockScreen", "keeper is locked"))
        title.setStyleSheet("font-size: 18pt; font-weight: bold; border: none;")
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        hint = QLabel(translate("LockScreen", "Enter the attendant's PIN to go on. What was "
                                              "being typed is kept."))
        hint.setWordWrap(True)
        hint.setStyleSheet("border: none;")
        layout.addWidget(hint)
        self.entry = PinEntry(translate("LockScreen", "Unlock"), wait=wait)
        self.entry.accepted.connect(self.unlock)
        layout.addWidget(self.entry)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.hide()
        window.installEventFilter(self)

    def is_locked(self) -> bool:
        return self._locked  # not isVisible(): that is False too while the window is hidden

    def lock(self) -> None:
        if self._locked:
            return
        self._locked = True
        focus = QApplication.focusWidget()
        self._focus_before = focus if focus and self.parentWidget().isAncestorOf(focus) else None
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.entry.start()
        self.entry.field.setFocus()

    def unlock(self) -> None:
        self._locked = False
        self.hide()
        if self._focus_before is not None:
            try:
                self._focus_before.setFocus()
            except RuntimeError:
                pass  # that widget went away meanwhile (a screen rebuilt after a restore)
        self.unlocked.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt's name)
        # Tab must not walk into the form underneath: it cycles field <-> button.
        entry = self.entry
        target = entry.button if entry.field.hasFocus() else entry.field
        if target.isEnabled():
            target.setFocus()
        return True


_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
          QEvent.Type.Wheel, QEvent.Type.TouchBegin}
_BLOCKED = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
            QEvent.Type.Shortcut, QEvent.Type.InputMethod, QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel}


class LockController(QObject):
    """Idle time, Ctrl+L and the blocking of input while locked, for one window.

    Input is watched on the window's QWindow, which every key and mouse event passes
    first: an application-wide Python filter would also see every paint of every widget
    (30 ms more at start, and slower scrolling). That filter is there only while locked.
    """

    locked = Signal()
    unlocked = Signal()
    message = Signal(str)

    def __init__(self, window: QWidget, *, clock: Callable[[], float] = time.monotonic,
                 wait: Wait | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.last_input = clock()
        self._wait = wait
        self._overlay: LockOverlay | None = None  # built at the first lock: start-up stays lean
        self.shortcut = QShortcut(QKeySequence("Ctrl+L"), window)
        self.shortcut.activated.connect(self.lock_now)
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check_idle)
        self.timer.start()
        self._handle = None
        window.installEventFilter(self)  # until its QWindow exists (at the first show)
        self._watch_handle()

    @property
    def overlay(self) -> LockOverlay:
        if self._overlay is None:
            self._overlay = LockOverlay(self.window, wait=self._wait)
            self._overlay.unlocked.connect(self._unlocked)
        return self._overlay

    def is_locked(self) -> bool:
        return self._overlay is not None and self._overlay.is_locked()

    def lock_now(self) -> bool:
        if not pin.has_pin():
            text = translate("LockScreen", "Set a PIN in Settings to lock the window.")
            self.message.emit(text)
            if hasattr(self.window, "statusBar"):
                self.window.statusBar().showMessage(text, 5000)
            return False
        QApplication.instance().installEventFilter(self)  # keys, clicks, shortcuts stop here
        self.overlay.lock()
        self.locked.emit()
        return True

    def check_idle(self) -> None:
        """Lock after the idle minutes (a setting); not over an open dialog or menu."""
        if self.is_locked() or QApplication.activeModalWidget() or QApplication.activePopupWidget():
            return
        try:
            minutes = settings.get(pin.IDLE_MINUTES) if pin.has_pin() else 0
        except Exception:  # noqa: BLE001 (the database is being restored: try again later)
            return
        if minutes > 0 and self.clock() - self.last_input >= minutes * 60:
            self.lock_now()

    def _unlocked(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self.last_input = self.clock()
        self.unlocked.emit()

    def _watch_handle(self) -> None:
        handle = self.window.windowHandle()
        if handle is not None and handle is not self._handle:
            handle.installEventFilter(self)
            self._handle = handle

    def _inside_overlay(self, obj: QObject) -> bool:
        while obj is not None:
            if obj is self.overlay:
                return True
            obj = obj.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if watched is self.window and self._handle is None:
            self._watch_handle()
        if kind in _INPUT:
            self.last_input = self.clock()
        if kind not in _BLOCKED or not self.is_locked() or self._inside_overlay(watched):
            return False
        if isinstance(watched, QWidget):  # the form underneath: keeps its text, gets no keys
            return watched.window() is self.window
        # Shortcuts (Ctrl+1..7, the tiles) go to QShortcut objects, not to widgets. Key
        # events also pass the window's QWindow first: those must go on to the PIN field.
        if kind != QEvent.Type.Shortcut:
            return False
        owner = watched.parent()
        while owner is not None and not isinstance(owner, QWidget):
            owner = owner.parent()
        return owner is not None and owner.window() is self.window


def install_lock(window: QWidget, *, wait: Wait | None = None) -> LockController:
    """Lock ``window`` after the idle minutes and on Ctrl+L; the controller is a child of
    the window. Installing twice returns the same one (two Ctrl+L would cancel out)."""
    controller = window.findChild(LockController)
    if controller is None:
        return LockController(window, wait=wait)
    if wait is not None:
        controller._wait = wait
        if controller._overlay is not None:
            controller._overlay.entry.wait = wait
    return controller


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
