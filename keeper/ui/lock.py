"""The lock for the shared station PC: the whole window hidden behind a PIN after some idle
minutes or on Ctrl+L, open dialogs included.

The lock is an overlay inside the window, not a new window: the form underneath keeps what
was typed, and an application event filter keeps keys and shortcuts from reaching it. An
open dialog (a person's correction, a message box) gets a cover of its own, the PIN field
on the one in front, since a modal dialog takes all input; it is never closed, so what was
typed in it is there after unlocking. The PIN widgets are in ``keeper.ui.pin_entry``.
"""
from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from keeper import settings
from keeper.core import pin
from keeper.i18n import translate
from keeper.ui.pin_entry import (  # noqa: F401 (the PIN dialog and settings, for callers)
    PinDialog,
    PinEntry,
    PinSettingsBox,
    Wait,
    require_pin,
)
from keeper.ui.lock_cover import DialogCover

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
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("border: none;")
        layout.addWidget(self.hint)
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

    def lock(self, *, with_entry: bool = True) -> None:
        """Cover the window; ``with_entry`` False when a dialog in front takes the PIN."""
        if self._locked:
            return
        self._locked = True
        focus = QApplication.focusWidget()
        self._focus_before = focus if focus and self.parentWidget().isAncestorOf(focus) else None
        self.setGeometry(self.parentWidget().rect())
        self.hint.setText(translate("LockScreen", "Enter the attendant's PIN to go on. What was "
                                                  "being typed is kept.") if with_entry else
                          translate("LockScreen", "Enter the PIN in the window in front."))
        self.entry.setVisible(with_entry)
        self.show()
        self.raise_()
        if with_entry:
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


_DIALOGS = (Qt.WindowType.Dialog, Qt.WindowType.Window, Qt.WindowType.Sheet)
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
        self._covers: list[DialogCover] = []
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
        front = QApplication.activeModalWidget()
        if front is not None and not front.isVisible():
            return False  # a native file dialog: no cover could take the PIN over it
        self._close_popups()  # a search's drop-down list shows names and phones
        QApplication.instance().installEventFilter(self)  # keys, clicks, shortcuts stop here
        self.overlay.lock(with_entry=front is None)
        self._covers = [DialogCover(dialog, with_entry=dialog is front, wait=self._wait,
                                    on_unlock=self.overlay.unlock)
                        for dialog in self._open_dialogs()]
        self.locked.emit()
        return True

    def _open_dialogs(self) -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets()
                if w is not self.window and w.isVisible() and w.windowType() in _DIALOGS]

    def _cover_late(self, dialog: QWidget) -> None:
        """A dialog that opened while locked (a timer's message): covered too; when it is
        modal, the PIN is typed there, since it takes all input."""
        try:
            if (not self.is_locked() or not dialog.isVisible()
                    or any(cover.dialog is dialog for cover in self._covers)):
                return
        except RuntimeError:
            return  # already gone
        front = QApplication.activeModalWidget() is dialog
        self._covers.append(DialogCover(dialog, with_entry=front, wait=self._wait,
                                        on_unlock=self.overlay.unlock))

    @staticmethod
    def _close_popups() -> None:
        for _ in range(5):  # nested menus close one by one
            popup = QApplication.activePopupWidget()
            if popup is None:
                return
            popup.close()

    def check_idle(self) -> None:
        """Lock after the idle minutes (a setting), over open dialogs too."""
        if self.is_locked():
            return
        for dialog in self._open_dialogs():  # typing in a dialog is not idleness
            handle = dialog.windowHandle()
            if handle is not None:
                handle.installEventFilter(self)
        try:
            minutes = settings.get(pin.IDLE_MINUTES) if pin.has_pin() else 0
        except Exception:  # noqa: BLE001 (the database is being restored: try again later)
            return
        if minutes > 0 and self.clock() - self.last_input >= minutes * 60:
            self.lock_now()

    def _unlocked(self) -> None:
        QApplication.instance().removeEventFilter(self)
        covers, self._covers = self._covers, []
        for cover in covers:
            cover.remove()
        front = QApplication.activeModalWidget()
        if front is not None:
            front.activateWindow()
        self.last_input = self.clock()
        self.unlocked.emit()

    def _watch_handle(self) -> None:
        handle = self.window.windowHandle()
        if handle is not None and handle is not self._handle:
            handle.installEventFilter(self)
            self._handle = handle

    def _inside_overlay(self, obj: QObject) -> bool:
        shields = {self.overlay, *self._covers}
        while obj is not None:
            if obj in shields:
                return True
            obj = obj.parent()
        return False

    def _covered(self, widget: QWidget) -> bool:
        top = widget.window()
        return top is self.window or any(cover.dialog is top for cover in self._covers)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if watched is self.window and self._handle is None:
            self._watch_handle()
        if kind in _INPUT:
            self.last_input = self.clock()
        if (kind == QEvent.Type.Show and self.is_locked() and isinstance(watched, QWidget)
                and watched.isWindow() and watched is not self.window
                and watched.windowType() in _DIALOGS):
            QTimer.singleShot(0, lambda: self._cover_late(watched))
        if kind not in _BLOCKED or not self.is_locked() or self._inside_overlay(watched):
            return False
        if isinstance(watched, QWidget):  # the form underneath: keeps its text, gets no keys
            return self._covered(watched)
        # Shortcuts (Ctrl+1..7, the tiles) go to QShortcut objects, not to widgets. Key
        # events also pass the window's QWindow first: those must go on to the PIN field.
        if kind != QEvent.Type.Shortcut:
            return False
        owner = watched.parent()
        while owner is not None and not isinstance(owner, QWidget):
            owner = owner.parent()
        return owner is not None and self._covered(owner)


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


