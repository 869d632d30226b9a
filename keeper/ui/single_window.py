"""One keeper window per data folder.

Two windows on one ledger would be two writers whose screens go stale, and a restore in
one would pull the ledger from under the other. The first window holds a ``QLockFile`` in
the data folder (a crashed window's lock is stale: its process is gone) and listens on a
local socket; a second start finds the lock, asks the first to come to the front and says
so instead of opening.
"""
from __future__ import annotations

import hashlib

from PySide6.QtCore import QLockFile, QObject, Signal

from keeper import paths

RAISE = b"raise\n"


def _server_name() -> str:
    folder = str(paths.data_dir().resolve()).encode("utf-8", "surrogateescape")
    return "keeper-" + hashlib.sha256(folder).hexdigest()[:16]


class SingleWindow(QObject):
    """``acquire()`` once at start; ``raise_requested`` fires when a second start knocks."""

    raise_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock = QLockFile(str(paths.window_lock_path()))
        self.lock.setStaleLockTime(0)  # never stale by age: a window may run for weeks
        self.server = None  # a QLocalServer once listening

    def acquire(self, *, listen: bool = True) -> bool:
        """True: this is the only window (or the folder is read-only: nothing to guard).
        False: another window holds the data folder. The lock alone is the guard; with
        ``listen=False`` the caller starts listening for a second start's knock later
        (``listen()``: the window does it after its first frame, and until then a second
        start is still refused, only the first window does not come forward)."""
        try:
            paths.data_dir().mkdir(parents=True, exist_ok=True)
        except OSError:
            return True  # the start-up's own error says what is wrong with the folder
        if self.lock.tryLock(0):
            if listen:
                self.listen()
            return True
        return self.lock.error() != QLockFile.LockError.LockFailedError

    def listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer  # here: QtNetwork costs ~5 ms to load

        if self.server is not None or not self.lock.isLocked():
            return
        self.server = QLocalServer(self)
        QLocalServer.removeServer(_server_name())  # a crashed window's socket file
        if self.server.listen(_server_name()):
            self.server.newConnection.connect(self._knock)

    def _knock(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket) -> None:
        if bytes(socket.readAll()).startswith(RAISE.strip()):
            self.raise_requested.emit()

    def ask_other_to_raise(self, timeout_ms: int = 1000) -> bool:
        """Ask the window holding the folder to come to the front; True if it was asked."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(_server_name())
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(RAISE)
        sent = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()


def bring_to_front(window) -> None:
    window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()
