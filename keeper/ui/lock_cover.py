"""The lock's cover for an open dialog (a correction with a person's phone in it, a message
box): laid over the dialog's contents, never closing it, so what was typed stays.

Closing or hiding a dialog would end its ``exec()`` and lose the typing, so the dialog
stays open underneath. The dialog in front takes all input (it is modal), so its cover
holds the PIN field; a dialog behind it only says that it is locked.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from keeper.i18n import translate
from keeper.ui.pin_entry import PinEntry, Wait


class DialogCover(QWidget):
    def __init__(self, dialog: QWidget, *, with_entry: bool, wait: Wait | None,
                 on_unlock: Callable[[], None]) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("QWidget#lockCover { background: #e9ecef; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addStretch(1)
        title = QLabel(translate("LockScreen", "keeper is locked"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        self.entry: PinEntry | None = None
        if with_entry:
            hint = translate("LockScreen", "Enter the attendant's PIN to go on. What was being "
                                           "typed is kept.")
        else:
            hint = translate("LockScreen", "Enter the PIN in the window in front.")
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        if with_entry:
            self.entry = PinEntry(translate("LockScreen", "Unlock"), wait=wait,
                                  default_button=False)
            self.entry.accepted.connect(on_unlock)
            layout.addWidget(self.entry)
        layout.addStretch(1)
        self._focus_before = dialog.focusWidget()
        self._size_before = dialog.size()
        self._limits = (dialog.minimumSize(), dialog.maximumSize())
        need = self.sizeHint().expandedTo(QSize(360, 0))
        if need.width() > dialog.width() or need.height() > dialog.height():
            # A small message box (its size is fixed): room for the field, for the while.
            dialog.setMaximumSize(QSize(16777215, 16777215))
            dialog.setMinimumSize(dialog.size().expandedTo(need))
            dialog.resize(dialog.size().expandedTo(need))
        self.setGeometry(dialog.rect())
        dialog.installEventFilter(self)
        self.show()
        self.raise_()
        if self.entry is not None:
            self.entry.start()
            self.entry.field.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.dialog and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.dialog.rect())
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        # Esc or Enter left over by the PIN field would go on to the dialog and cancel it
        # or press its default button: they end here.
        event.accept()

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt's name)
        if self.entry is not None:
            entry = self.entry
            target = entry.button if entry.field.hasFocus() else entry.field
            if target.isEnabled():
                target.setFocus()
        return True

    def remove(self) -> None:
        """Take the cover off: the dialog as it was, its size and the field being typed in."""
        try:
            self.dialog.removeEventFilter(self)
            self.hide()
            if self.dialog.size() != self._size_before:
                self.dialog.setMinimumSize(self._limits[0])
                self.dialog.setMaximumSize(self._limits[1])
                self.dialog.resize(self._size_before)
            if self._focus_before is not None:
                self._focus_before.setFocus()
            self.setParent(None)  # owned by Python now: gone with the last reference
        except RuntimeError:
            pass  # the dialog was closed meanwhile (by its own timer): nothing to restore
