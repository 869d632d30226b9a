"""A screen whose work comes in a later release: it says what it will hold.

Better than an empty grey area: the attendant sees where things will be, and what to use
meanwhile (the command line, the paper ledger).
"""
from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from keeper.i18n import translate


class PlaceholderScreen(QWidget):
    def __init__(self, icon: QIcon, title: str, summary: str, items: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(16)
        picture = QLabel()
        picture.setPixmap(icon.pixmap(64, 64))
        layout.addWidget(picture)
        heading = QLabel(title)
        heading.setObjectName("screenTitle")
        heading.setStyleSheet("font-size: 22pt; font-weight: bold;")
        layout.addWidget(heading)
        intro = QLabel(summary)
        intro.setWordWrap(True)
        intro.setStyleSheet("font-size: 12pt;")
        layout.addWidget(intro)
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(QLabel("<b>%s</b>" % translate("PlaceholderScreen",
                                                              "What this screen will hold:")))
        for item in items:
            line = QLabel("•  " + item)
            line.setWordWrap(True)
            card_layout.addWidget(line)
        layout.addWidget(card)
        note = QLabel(translate("PlaceholderScreen", "This screen is being built. Until then, "
                                                     "use the command line (keeper --help) or "
                                                     "keep the paper ledger."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #868e96;")
        layout.addWidget(note)
        layout.addStretch(1)
