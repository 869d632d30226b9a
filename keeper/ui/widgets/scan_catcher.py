"""Recognise a USB card scanner's keystrokes among the attendant's own typing.

A scanner in keyboard mode types the card's token and Enter, a few milliseconds a key.
Within its scope (the log screen) this event filter holds back keys that could begin a
token (``KPR1:``) while they arrive faster than a person types; once the whole prefix came
that fast it collects up to Enter and emits ``scanned``. Anything else is handed back to
the widget it was meant for, in order, so typing is never lost: a held key waits at most
``HOLD_MS``. Nothing of a scan reaches a text field, and the input method is off on the
focused widget while collecting (a Chinese IME would turn scanner keys into candidates).

Time comes from the key event's own timestamp (when the keyboard sent it, not when the
busy GUI thread got to it); tests inject a clock.
"""
from __future__ import annotations

from typing import Callable

import shiboken6
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

PREFIX = "KPR1:"
GAP_MS = 15  # keys closer than this come from a scanner; people need 60 ms or more
HOLD_MS = 40  # a held key goes to its widget when nothing follows within this
FINISH_MS = 120  # a scan that stops without Enter is reported as unfinished
FIRST_FRAME_MS = 200  # a scope shown but not painted (covered, offscreen) is armed anyway
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
                  Qt.Key.Key_CapsLock)
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)


class ScanCatcher(QObject):
    scanned = Signal(str)  # the whole scan, without its Enter
    unfinished = Signal(str)  # a scan that ended without Enter (a scanner set up wrongly)

    def __init__(self, scope: QWidget, *, clock: Callable[[QKeyEvent], float] | None = None
                 ) -> None:
        super().__init__(scope)
        self.scope = scope
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self.clock = clock or self._event_time
        self._held: list[tuple[QWidget, int, Qt.KeyboardModifier, str]] = []
        self._buffer = ""
        self._collecting = False
        self._last = 0.0
        self._finished = -1e9  # when the last scan's Enter came
        self._target: QWidget | None = None
        self._ime_was = True
        self._swallowed: set[int] = set()  # keys whose release must not reach a widget
        self._decided: tuple[int, str, bool] | None = None  # a ShortcutOverride's verdict
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)
        # The app-wide filter is on while the scope is shown, from the end of its first
        # frame: it sees every event of every object, and the first of those PySide meets
        # makes it load all of Qt's Python types (~15 ms the first frame need not wait for;
        # no card can be scanned into a window not yet on screen).
        self._painted = False
        scope.installEventFilter(self)  # its Show, Hide and first Paint switch the filter

    def _arm(self) -> None:
        if self.scope.isVisible():
            QApplication.instance().installEventFilter(self)  # (again: still one filter)

    def _event_time(self, event: QKeyEvent) -> float:
        stamp = event.timestamp()
        return float(stamp) if stamp else float(self._elapsed.elapsed())

    # -- plumbing ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if watched is self.scope and kind in (QEvent.Type.Show, QEvent.Type.Hide,
                                              QEvent.Type.Paint):
            if kind == QEvent.Type.Show:
                if self._painted:
                    self._arm()
                else:  # its first frame comes first (at the latest after FIRST_FRAME_MS)
                    QTimer.singleShot(FIRST_FRAME_MS, self, self._arm)
            elif kind == QEvent.Type.Hide:
                QApplication.instance().removeEventFilter(self)
                self._reset(replay=True)
            elif not self._painted:
                self._painted = True
                QTimer.singleShot(0, self, self._arm)  # once this paint is over
            return False
        if kind not in _KEY_EVENTS or self._replaying or not self._in_scope(watched):
            return False
        if kind == QEvent.Type.KeyRelease:
            if event.key() in self._swallowed and not event.isAutoRepeat():
                self._swallowed.discard(event.key())
                return True
            return False
        key, text = event.key(), event.text()
        if kind == QEvent.Type.ShortcutOverride:
            # Decided here, before a shortcut (Enter logs, 1-8 pick tiles) can fire.
            take = self._press(watched, event)
            self._decided = (key, text, take)
            if take:
                event.accept()
            return take
        decided, self._decided = self._decided, None
        if decided is not None and decided[:2] == (key, text):
            return decided[2]
        return self._press(watched, event)

    def _in_scope(self, watched: QObject) -> bool:
        if not isinstance(watched, QWidget) or not self.scope.isVisible():
            return False
        window = watched.window()
        if window is not self.scope.window() and window.windowType() != Qt.WindowType.Popup:
            return False  # a dialog opened over the screen types as usual
        widget = watched
        while widget is not None:  # parentWidget() also crosses a completer's popup
            if widget is self.scope:
                return True
            widget = widget.parentWidget()
        return False

    # -- the decision, once per key press ----------------------------------------------
    def _press(self, receiver: QWidget, event: QKeyEvent) -> bool:
        """True when the key is held or collected (the widget never sees it)."""
        now, key, text = self.clock(event), event.key(), event.text()
        busy = bool(self._held) or self._collecting
        if busy and key in _MODIFIER_KEYS:
            self._swallowed.add(key)
            return True  # a scanner presses Shift for capitals
        fast = busy and now - self._last <= GAP_MS
        if self._collecting:
            if fast and key in _ENTER:
                text, self._buffer = self._buffer, ""
                self._swallowed.add(key)
                self._reset()
                self._finished = now
                self.scanned.emit(text)
                return True
            if fast and text and text.isprintable():
                self._buffer += text
                self._last = now
                self._swallowed.add(key)
                self._timer.start(FINISH_MS)
                return True
            self._give_up()
        elif self._held:
            candidate = (self._buffer + text).upper()
            if fast and text and key not in _ENTER and PREFIX.startswith(candidate):
                self._hold(receiver, event, now)
                self._collecting = candidate == PREFIX
                return True
            self._reset(replay=True)
        if key in _ENTER and 0 <= now - self._finished <= GAP_MS:
            self._swallowed.add(key)
            return True  # a scanner set to end with CR LF: the second Enter is the scan's
        if text and text.upper() == PREFIX[0] and not (
                event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier):
            self._start(receiver)
            self._hold(receiver, event, now)
            return True
        return False

    def _start(self, receiver: QWidget) -> None:
        focused = QApplication.focusWidget()
        self._target = focused if focused is not None else receiver
        self._ime_was = self._target.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
        self._target.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)

    def _hold(self, receiver: QWidget, event: QKeyEvent, now: float) -> None:
        self._held.append((receiver, event.key(), event.modifiers(), event.text()))
        self._buffer += event.text()
        self._last = now
        self._swallowed.add(event.key())
        self._timer.start(HOLD_MS)

    def _timed_out(self) -> None:
        # A GUI thread that was busy may still have keys of this burst queued (their
        # timestamps say they came in time): let them through the filter first.
        last = self._last
        QApplication.processEvents()
        if not self.busy or self._last != last:
            return  # the burst went on, or ended, meanwhile
        if self._collecting:
            self._give_up()
        else:
            self._reset(replay=True)

    def _give_up(self) -> None:
        text = self._buffer
        self._reset()
        self.unfinished.emit(text)

    def _reset(self, *, replay: bool = False) -> None:
        """Back to idle; with ``replay`` the held keys go to their widgets after all."""
        self._timer.stop()
        held, self._held = self._held, []
        self._buffer, self._collecting = "", False
        target, self._target = self._target, None
        if target is not None and shiboken6.isValid(target):
            target.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, self._ime_was)
        if not replay:
            return
        self._replaying = True
        try:
            for receiver, key, modifiers, text in held:
                if not shiboken6.isValid(receiver):
                    continue
                self._swallowed.discard(key)
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(receiver, QKeyEvent(kind, key, modifiers, text))
        finally:
            self._replaying = False

    @property
    def busy(self) -> bool:
        """Keys are being held or a scan collected right now."""
        return bool(self._held) or self._collecting
