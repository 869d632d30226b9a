"""The crash dialog: what happened, in a box the attendant can copy and send."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from keeper import paths
from keeper.i18n import translate


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CrashDialog", "keeper met a problem"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "CrashDialog", "Something went wrong inside keeper. What you logged before is safe. "
                           "Please copy this report and send it to whoever supports your "
                           "station; it is also in the log file in {folder}.").format(
            folder=paths.logs_dir()))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(translate("CrashDialog", "Copy report"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())
        self.copy_button.setText(translate("CrashDialog", "Copied"))
