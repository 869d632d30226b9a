"""Find a registered visitor as you type and link the visit to them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from keeper.core.cards import looks_like_token, read_hit
from keeper.core.directory import search_visitors
from keeper.core.visitors import VisitorHit
from keeper.errors import UserError
from keeper.i18n import translate
from keeper.ui.widgets import palette

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class VisitorPicker(QWidget):
    chosen = Signal(object)  # VisitorHit or None
    register_requested = Signal(str)  # nobody matched what was typed: register them?
    card_refused = Signal(str)  # a card's code typed or pasted here could not be used: why

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate(
            "VisitorPicker", "Registered visitor: name, phone tail or member number (optional)"))
        self.search.setClearButtonEnabled(True)
        self._results = QStandardItemModel(self)
        self.completer = QCompleter(self._results, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.search)
        self.completer.activated[QModelIndex].connect(self._picked)
        self.search.textEdited.connect(self._typed)
        # With the list open, Qt's completer takes Enter before any shortcut sees it.
        self.search.returnPressed.connect(self.choose_first)
        layout.addWidget(self.search, 1)
        self.chip = QLabel()
        self.chip.setObjectName("visitorChip")
        self.chip.setStyleSheet(palette.VISITOR_CHIP)
        self.unlink = QToolButton()
        self.unlink.setText("×")
        self.unlink.setToolTip(translate("VisitorPicker", "Not this visitor"))
        self.unlink.clicked.connect(self.clear)
        layout.addWidget(self.chip)
        layout.addWidget(self.unlink)
        self.register_button = QToolButton()
        self.register_button.setText(translate("VisitorPicker", "Register as new…"))
        self.register_button.setToolTip(translate(
            "VisitorPicker", "Nobody matches: register this person now"))
        self.register_button.clicked.connect(
            lambda: self.register_requested.emit(self.search.text()))
        self.register_button.hide()
        layout.addWidget(self.register_button)
        self.offer_registration = False  # the log screen offers it; the ledger filter not
        self.visitor: VisitorHit | None = None
        self._show_chip()

    def _typed(self, text: str) -> None:
        hits = [] if looks_like_token(text) else search_visitors(text)
        self._results.clear()
        for hit in hits:
            item = QStandardItem(f"{hit.name}  {hit.masked_phone}  {hit.member_no or ''}".strip())
            item.setData(hit, HIT_ROLE)
            self._results.appendRow(item)
        if hits:
            self.completer.complete()
        else:
            self.completer.popup().hide()
        self.register_button.setVisible(self.offer_registration and not hits
                                        and bool(text.strip()))

    def _picked(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.set_visitor(hit)

    def choose_first(self) -> bool:
        """Enter in the box with results shown takes the first one; a member card's code
        (typed from the card, or pasted) takes its holder."""
        if looks_like_token(self.search.text()):
            return self._take_card(self.search.text())
        if self._results.rowCount():
            self.set_visitor(self._results.item(0).data(HIT_ROLE))
            return True
        return False

    def _take_card(self, text: str) -> bool:
        try:
            hit = read_hit(text)
        except UserError as exc:
            self.card_refused.emit(exc.message(QCoreApplication.translate))
            return True  # handled: the code is not a search, and nothing is logged
        self.set_visitor(hit)
        return True

    def set_visitor(self, hit: VisitorHit | None) -> None:
        self.visitor = hit
        self.search.clear()
        self.register_button.hide()
        self.completer.popup().hide()
        self._show_chip()
        self.chosen.emit(hit)

    def clear(self) -> None:
        if self.visitor is not None:
            self.set_visitor(None)
        else:
            self.search.clear()

    def _show_chip(self) -> None:
        linked = self.visitor is not None
        self.chip.setVisible(linked)
        self.unlink.setVisible(linked)
        self.search.setVisible(not linked)
        if linked:
            self.chip.setText(f"{self.visitor.name}  {self.visitor.masked_phone}")
