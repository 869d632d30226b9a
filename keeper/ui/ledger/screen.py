"""The ledger screen: every visit, filtered, sorted and totalled; corrections from here too."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keeper.core import catalog, clock
from keeper.core.ledger_query import VisitFilter, totals
from keeper.errors import QT_TRANSLATE_NOOP
from keeper.i18n import current_language, translate
from keeper.ui.background import BackgroundReader
from keeper.ui.widgets.visit_table import VisitTable
from keeper.ui.widgets.visitor_picker import VisitorPicker
from keeper.ui.widgets.common import after_typing, pydate, qdate

PERIODS = (
    ("today", QT_TRANSLATE_NOOP("LedgerScreen", "Today")),
    ("week", QT_TRANSLATE_NOOP("LedgerScreen", "This week")),
    ("month", QT_TRANSLATE_NOOP("LedgerScreen", "This month")),
    ("last_month", QT_TRANSLATE_NOOP("LedgerScreen", "Last month")),
    ("all", QT_TRANSLATE_NOOP("LedgerScreen", "All dates")),
    ("range", QT_TRANSLATE_NOOP("LedgerScreen", "Chosen dates")),
)


def period_dates(period: str, today: date) -> tuple[date | None, date | None]:
    if period == "today":
        return today, today
    if period == "week":  # Monday to today
        return today - timedelta(days=today.weekday()), today
    if period == "month":
        return today.replace(day=1), today
    if period == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    return None, None


class LedgerScreen(QWidget):
    visits_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        language = current_language()
        self._service_names = {s.code: s.name(language) for s in catalog.services()}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        self._totals_generation = 0
        self._totals_reader = BackgroundReader(self)
        self._totals_reader.finished.connect(self._show_totals)

        bar = QGridLayout()
        self.period = QComboBox()
        for key, text in PERIODS:
            self.period.addItem(translate("LedgerScreen", text), key)
        self.period.setCurrentIndex(self.period.findData("month"))
        today = clock.today()
        self.first = QDateEdit(qdate(today.replace(day=1)))
        self.last = QDateEdit(qdate(today))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.service = QComboBox()
        self.service.addItem(translate("LedgerScreen", "All services"), None)
        for service in catalog.services():
            self.service.addItem(service.name(language), service.code)
        self.group = QComboBox()
        self.group.addItem(translate("LedgerScreen", "All groups"), None)
        for group in catalog.groups():
            self.group.addItem(group.name(language), group.code)
        self.visitor = VisitorPicker()
        self.text = QLineEdit()
        self.text.setPlaceholderText(translate("LedgerScreen", "Search notes and visitors"))
        self.text.setClearButtonEnabled(True)
        self.include_voided = QCheckBox(translate("LedgerScreen", "Show voided"))
        self.include_voided.setChecked(True)

        bar.addWidget(QLabel(translate("LedgerScreen", "Dates:")), 0, 0)
        bar.addWidget(self.period, 0, 1)
        bar.addWidget(self.first, 0, 2)
        bar.addWidget(QLabel("–"), 0, 3)
        bar.addWidget(self.last, 0, 4)
        bar.addWidget(self.service, 0, 5)
        bar.addWidget(self.group, 0, 6)
        bar.addWidget(self.include_voided, 0, 7)
        self.import_button = QPushButton(translate("LedgerScreen", "Import old ledgers…"))
        self.import_button.setToolTip(translate(
            "LedgerScreen", "Excel or CSV ledgers kept before keeper, or paper sheets typed up"))
        self.import_button.clicked.connect(self.import_ledgers)
        bar.addWidget(self.import_button, 0, 8)
        bar.addWidget(QLabel(translate("LedgerScreen", "Visitor:")), 1, 0)
        bar.addWidget(self.visitor, 1, 1, 1, 4)
        bar.addWidget(self.text, 1, 5, 1, 3)
        bar.setColumnStretch(9, 1)
        layout.addLayout(bar)

        self.totals_label = QLabel()
        self.totals_label.setObjectName("ledgerTotals")
        self.totals_label.setWordWrap(True)
        self.totals_label.setStyleSheet("font-size: 11pt; padding: 6px 0;")
        layout.addWidget(self.totals_label)
        self.table = VisitTable(self.current_filter())
        self.table.visits_changed.connect(self._changed)
        # The totals of a long list are counted with its rest, after the first screenful.
        self.table.model.reader.released.connect(self._totals_reader.release)
        layout.addWidget(self.table, 1)

        self._debounce = after_typing(self, self.text, self.apply_filter, 250)
        self.period.currentIndexChanged.connect(self._period_changed)
        for combo in (self.service, self.group):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.first.dateChanged.connect(self.apply_filter)
        self.last.dateChanged.connect(self.apply_filter)
        self.include_voided.toggled.connect(self.apply_filter)
        self.visitor.chosen.connect(lambda _hit: self.apply_filter())
        self._period_changed()

    def _period_changed(self) -> None:
        key = self.period.currentData()
        custom = key == "range"
        self.first.setEnabled(custom)
        self.last.setEnabled(custom)
        if not custom:
            first, last = period_dates(key, clock.today())
            for edit, day in ((self.first, first), (self.last, last)):
                edit.blockSignals(True)
                if day is not None:
                    edit.setDate(qdate(day))
                edit.blockSignals(False)
        self.apply_filter()

    def current_filter(self) -> VisitFilter:
        key = self.period.currentData()
        if key == "range":
            first, last = sorted((pydate(self.first.date()), pydate(self.last.date())))
        else:
            first, last = period_dates(key, clock.today())
        visitor = self.visitor.visitor
        return VisitFilter(first=first, last=last, service=self.service.currentData(),
                           group=self.group.currentData(),
                           visitor_id=visitor.id if visitor else None, text=self.text.text(),
                           include_voided=self.include_voided.isChecked())

    def apply_filter(self) -> None:
        if not hasattr(self, "table"):
            return
        visit_filter = self.current_filter()
        if visit_filter != self.table.model.visit_filter:
            self.table.model.set_filter(visit_filter)
        self.refresh_totals()

    def refresh_totals(self) -> None:
        """Totals of a short list at once; of a long one from a worker thread."""
        self._totals_generation += 1
        visit_filter = self.table.model.visit_filter
        if self.table.model.complete:
            self._show_totals(self._totals_generation, totals(visit_filter))
        else:
            self.totals_label.setText(translate("LedgerScreen", "Counting…"))
            self._totals_reader.start(self._totals_generation,
                                      lambda conn: totals(visit_filter, conn=conn),
                                      after_paint=True)

    def _show_totals(self, generation: int, figures) -> None:
        if generation != self._totals_generation:
            return
        if isinstance(figures, Exception):
            figures = totals(self.table.model.visit_filter)
        parts = [f"{name} {figures.services[code]}" for code, name in self._service_names.items()
                 if figures.services.get(code)]
        entries, visits, voided = figures.entries, figures.visits, figures.voided
        text = "<b>" + translate("LedgerScreen", "{entries}, {visits}").format(
            entries=translate("LedgerScreen", "%n entries", None, entries),
            visits=translate("LedgerScreen", "%n visits", None, visits)) + "</b>"
        if voided:
            text += translate("LedgerScreen", " (%n voided, not counted)", None, voided)
        if parts:
            text += "  —  " + "  ·  ".join(parts)
        self.totals_label.setText(text)

    def import_ledgers(self) -> None:
        from keeper.ui.ledger.import_dialog import ImportDialog

        dialog = ImportDialog(self)
        dialog.visits_changed.connect(self._imported)
        dialog.exec()

    def _imported(self) -> None:
        self.table.model.refresh()
        self._changed()

    def _changed(self) -> None:
        self.refresh_totals()
        self.visits_changed.emit()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Visits logged on the log screen since this screen was last looked at.
        super().showEvent(event)
        if getattr(self, "_shown_once", False):
            self.table.model.refresh()
            self.refresh_totals()
        self._shown_once = True
