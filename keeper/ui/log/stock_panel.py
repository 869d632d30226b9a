"""The log screen's quiet word on supplies: what runs low or expires, and after a visit
whose service uses a part (a repair), the parts to pick with one click. It never stands
between the attendant and the next visit."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from keeper.core import supply_figures, supply_visits
from keeper.core.supplies import get_item
from keeper.errors import UserError
from keeper.i18n import current_language, translate
from keeper.ui.widgets import palette

SHOWN_ALERTS = 3  # the most urgent; the Supplies screen lists them all


class StockPanel(QWidget):
    stock_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.alerts = QLabel()
        self.alerts.setObjectName("stockAlerts")
        self.alerts.setWordWrap(True)
        self.alerts.setStyleSheet(f"color: {palette.HIGH};")
        layout.addWidget(self.alerts)
        self.parts = QWidget()
        self._parts_row = QHBoxLayout(self.parts)
        self._parts_row.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.parts)
        self.parts.hide()
        self._visit: int | None = None
        self.refresh()

    def refresh(self) -> None:
        alerts = supply_figures.alerts()
        language = current_language()
        if not alerts:
            self.alerts.clear()
            self.alerts.hide()
            return
        shown = "；".join(a.message(translate, language) for a in alerts[:SHOWN_ALERTS]) \
            if language.startswith("zh") else \
            "; ".join(a.message(translate, language) for a in alerts[:SHOWN_ALERTS])
        more = len(alerts) - SHOWN_ALERTS
        if more > 0:
            shown += translate("LogScreen", " (and %n more on the Supplies screen)", None, more)
        self.alerts.setText(translate("LogScreen", "Supplies: {alerts}").format(alerts=shown))
        self.alerts.show()

    def after_visit(self, visit_id: int, services: list[str]) -> None:
        """Offer the parts a visit's services ask for (a repair's inner tube)."""
        self.clear_parts()
        items = supply_visits.parts_to_ask(services)
        if items:
            self._visit = visit_id
            language = current_language()
            question = QLabel(translate("LogScreen", "Did it use a part?"))
            self._parts_row.addWidget(question)
            for code in items:
                row = get_item(code)
                name = row.name_zh if language.startswith("zh") else row.name_en
                button = QPushButton(name)
                button.setObjectName(f"part-{code}")
                button.clicked.connect(lambda _=False, c=code: self._use(c))
                self._parts_row.addWidget(button)
            none = QPushButton(translate("LogScreen", "No part"))
            none.clicked.connect(self.clear_parts)
            self._parts_row.addWidget(none)
            self._parts_row.addStretch(1)
            self.parts.show()
        self.refresh()

    def clear_parts(self) -> None:
        self._visit = None
        while self._parts_row.count():
            widget = self._parts_row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.parts.hide()

    def _use(self, code: str) -> None:
        visit = self._visit
        self.clear_parts()
        try:
            supply_visits.set_part(visit, code, 1)
        except UserError as exc:
            self.alerts.setText(exc.message(QCoreApplication.translate))
            self.alerts.show()
            return
        self.refresh()
        self.stock_changed.emit()
