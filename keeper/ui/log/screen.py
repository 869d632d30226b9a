"""The log screen: a visit in two clicks or keys, and today's entries underneath.

Keys: a service's shortcut (1-9, 0, then Q, W …) toggles its tile, Alt+1..9 picks the group,
Enter logs, Ctrl+Z undoes the last entry for a few minutes. Typing in a text box types.
"""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from keeper.core import catalog, clock, ledger
from keeper.core.ledger import NewVisit
from keeper.core.ledger_query import VisitFilter, frequent_combinations, totals, visit_total
from keeper.errors import UserError
from keeper.i18n import current_language, translate
from keeper.ui.log.scanning import attach_scanner
from keeper.ui.log.stock_panel import StockPanel
from keeper.ui.widgets.visit_form import VisitForm, error_label
from keeper.ui.widgets.common import after_first_paint
from keeper.ui.widgets.visit_table import VisitTable
from keeper.ui.widgets import palette

HIGHLIGHT_MS = 4000


class LogScreen(QWidget):
    message = Signal(str)  # for the status bar
    visits_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_logged: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the home of the tile shortcuts
        language = current_language()
        self._service_names = {s.code: s.name(language) for s in catalog.services()}
        self._group_names = {g.code: g.name(language) for g in catalog.groups()}

        top = QWidget()
        form_layout = QVBoxLayout(top)
        form_layout.setContentsMargins(16, 12, 16, 4)
        self.repeat_row = QHBoxLayout()
        form_layout.addLayout(self.repeat_row)
        self.form = VisitForm()
        self.form.visitor.offer_registration = True
        self.form.visitor.register_requested.connect(self.register_visitor)
        form_layout.addWidget(self.form)

        actions = QHBoxLayout()
        self.log_button = QPushButton(translate("LogScreen", "Log visit  (Enter)"))
        self.log_button.setObjectName("logButton")
        self.log_button.setMinimumHeight(48)
        self.log_button.setStyleSheet(palette.LOG_BUTTON)
        self.log_button.clicked.connect(self.log)
        actions.addWidget(self.log_button)
        self.confirmation = QLabel()
        self.confirmation.setObjectName("confirmation")
        self.confirmation.setStyleSheet(palette.DONE_STYLE + " font-size: 12pt;")
        actions.addWidget(self.confirmation, 1)
        self.error = error_label()
        actions.addWidget(self.error, 1)
        form_layout.addLayout(actions)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(16, 4, 16, 8)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("todayTotals")
        self.totals_label.setWordWrap(True)
        self.totals_label.setStyleSheet("font-size: 11pt;")
        bottom_layout.addWidget(self.totals_label)
        self.month_label = QLabel()
        self.month_label.setObjectName("monthSoFar")
        self.month_label.setStyleSheet(palette.SECONDARY_TEXT)
        bottom_layout.addWidget(self.month_label)
        self.stock = StockPanel()
        self.stock.stock_changed.connect(self.visits_changed)  # the status bar's alerts
        bottom_layout.addWidget(self.stock)
        self.undo_button = QPushButton(translate("LogScreen", "Undo last entry  (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        today = clock.today()
        self.table = VisitTable(VisitFilter(first=today, last=today, entered_on=today),
                                sort="entered", sortable=False, extra_buttons=(self.undo_button,))
        self.table.visits_changed.connect(self._changed_elsewhere)
        bottom_layout.addWidget(self.table, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._shortcuts()
        self._day = today
        self._ticks = 0
        self._shown_before = False
        # Runs while the screen is shown (showEvent/hideEvent): a hidden or closed screen
        # must not keep reading the database behind the attendant's (or a test's) back.
        self._tick = QTimer(self)
        self._tick.setInterval(15_000)  # the undo window closes; midnight turns the page
        self._tick.timeout.connect(self._on_tick)
        self._unhighlight = QTimer(self)
        self._unhighlight.setSingleShot(True)
        self._unhighlight.timeout.connect(self._clear_highlight)
        self._month_visits = self._month_before = None  # not read yet
        self.refresh_totals(month=False)
        # Two month-long sums (~30 ms on a million visits) need not hold up the first frame.
        after_first_paint(self, self.refresh_month)
        self.refresh_repeats()
        self._sync_undo()
        self.form.changed.connect(self.error.hide)
        self.scanner = attach_scanner(self)  # member cards: one scan picks (or logs) a person

    # -- keyboard ----------------------------------------------------------------------
    def _shortcuts(self) -> None:
        def add(keys: str | QKeySequence, slot) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        for service in catalog.services(active_only=True):
            if service.shortcut:
                add(service.shortcut, lambda code=service.code: self.form.services.toggle(code))
        for group in catalog.groups(active_only=True):
            if group.shortcut:
                add(f"Alt+{group.shortcut}", lambda code=group.code: self.form.groups.toggle(code))
        add(QKeySequence(Qt.Key.Key_Return), self._enter)
        add(QKeySequence(Qt.Key.Key_Enter), self._enter)
        add(QKeySequence.StandardKey.Undo, self.undo)

    def _enter(self) -> None:
        # Enter in the visitor box with results open picks the first match, else logs.
        picker = self.form.visitor
        if picker.search.hasFocus() and picker.search.text().strip():
            if picker.choose_first():
                return
        self.log()

    # -- logging -----------------------------------------------------------------------
    def log(self, visit: NewVisit | None = None) -> int | None:
        self.error.hide()
        self.form.clear_errors()
        visit = visit or self.form.value()
        try:
            visit_id = ledger.log_visit(visit)
        except UserError as exc:
            text = exc.message(QCoreApplication.translate)
            if exc.field in ("services", "when"):
                self.form.show_error(exc.field, text)
            else:
                self.error.setText(text)
                self.error.show()
            self.confirmation.clear()
            return None
        self.last_logged = visit_id
        self.form.reset_for_next()
        self._show_logged(visit_id, visit)
        self.setFocus(Qt.FocusReason.OtherFocusReason)  # so the next digit picks a tile
        return visit_id

    def _show_logged(self, visit_id: int, visit: NewVisit) -> None:
        model = self.table.model
        model.highlighted = visit_id
        model.prepend(visit_id)
        self.table.view.scrollToTop()
        self._unhighlight.start(HIGHLIGHT_MS)
        services = "、".join(self._service_names.get(c, c) for c in visit.services)
        text = translate("LogScreen", "Logged: {group} · {services} × {count}").format(
            group=self._group_names.get(visit.group, visit.group), services=services,
            count=visit.count)
        self.confirmation.setText("✓ " + text)
        self.message.emit(text)
        self.refresh_totals(month=False)
        if self._month_visits is not None and (
                visit.day is None or (visit.day.year, visit.day.month) == (self._day.year,
                                                                           self._day.month)):
            self._month_visits += visit.count  # the month's figure without re-reading it
            self._show_month()
        self._sync_undo()
        self.stock.after_visit(visit_id, visit.services)
        self.visits_changed.emit()
        # The one-click tiles follow the last days' habits: the next tick refreshes them.

    def register_visitor(self, typed: str) -> None:
        """Nobody matched in the search box: register them without leaving this screen."""
        from keeper.core.visitors import visitor_hit
        from keeper.ui.visitors.form import VisitorDialog

        dialog = VisitorDialog(prefill=typed, parent=self)
        dialog.open_existing.connect(lambda visitor_id: self.form.visitor.set_visitor(
            visitor_hit(visitor_id)))
        if dialog.exec() == VisitorDialog.DialogCode.Accepted:
            self.form.visitor.set_visitor(visitor_hit(dialog.visitor_id))
            self.message.emit(translate("LogScreen", "Registered: {name}").format(
                name=dialog.name.text().strip()))

    def _clear_highlight(self) -> None:
        model = self.table.model
        visit_id, model.highlighted = model.highlighted, None
        if visit_id is not None:
            model.refresh_row(visit_id)

    def undo(self) -> None:
        if self.last_logged is None or not ledger.can_undo(self.last_logged):
            self._sync_undo()
            return
        visit_id, self.last_logged = self.last_logged, None
        ledger.undo_visit(visit_id)
        self.table.model.refresh_row(visit_id)
        self.confirmation.setText(translate("LogScreen", "The last entry was undone."))
        self.message.emit(self.confirmation.text())
        self.stock.clear_parts()
        self.stock.refresh()  # what it took is back on the shelf
        self.refresh_totals()
        self._sync_undo()
        self.visits_changed.emit()
        QTimer.singleShot(0, self.refresh_repeats)

    def _sync_undo(self) -> None:
        self.undo_button.setEnabled(self.last_logged is not None
                                    and ledger.can_undo(self.last_logged))

    def _changed_elsewhere(self) -> None:
        self.stock.refresh()
        self.refresh_totals()
        self._sync_undo()
        self.visits_changed.emit()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._tick.isActive():
            if self._shown_before:  # back after a while: catch up (a new day, the undo window)
                self._on_tick()
            self._shown_before = True
            self._tick.start()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._tick.stop()
        super().hideEvent(event)

    def _on_tick(self) -> None:
        self._sync_undo()
        self._ticks += 1
        if clock.today() != self._day:  # a new day: a new page of the ledger
            self._day = clock.today()
            self.table.model.set_filter(VisitFilter(first=self._day, last=self._day,
                                                    entered_on=self._day))
            self.refresh_totals()
        elif self._ticks % 4 == 0:  # every minute: what other windows or imports added
            self.refresh_totals()
            self.refresh_repeats()

    # -- today's figures and the repeat tiles ------------------------------------------
    def refresh_totals(self, *, month: bool = True) -> None:
        day = clock.today()
        today = totals(VisitFilter(first=day, last=day, include_voided=False))
        parts = [f"{name} {today.services[code]}" for code, name in self._service_names.items()
                 if today.services.get(code)]
        self.totals_label.setText(
            translate("LogScreen", "<b>Today: {visits} visits</b>").format(visits=today.visits)
            + ("  —  " + "  ·  ".join(parts) if parts else ""))
        if month:
            self.refresh_month()

    def refresh_month(self) -> None:
        """This month so far against the same days of last month."""
        day = clock.today()
        self._month_visits = visit_total(VisitFilter(first=day.replace(day=1), last=day))
        last_end = day.replace(day=1) - timedelta(days=1)
        last_same = last_end.replace(day=min(day.day, last_end.day))
        self._month_before = visit_total(VisitFilter(first=last_end.replace(day=1),
                                                     last=last_same))
        self._show_month()

    def _show_month(self) -> None:
        now, before = self._month_visits, self._month_before
        change = f"{(now - before) * 100 / before:+.0f}%" if before else "—"
        self.month_label.setText(translate(
            "LogScreen", "This month so far: {visits} visits (same days last month: {before}, "
                         "{change})").format(visits=now, before=before, change=change))

    def refresh_repeats(self) -> None:
        while self.repeat_row.count():
            item = self.repeat_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        combos = frequent_combinations(clock.today())
        if not combos:
            return
        caption = QLabel(translate("LogScreen", "One click:"))
        caption.setStyleSheet(palette.CAPTION)
        self.repeat_row.addWidget(caption)
        for group, services in combos:
            text = "{} · {}".format(self._group_names.get(group, group),
                                    "、".join(self._service_names.get(c, c) for c in services))
            button = QPushButton(text)
            button.setObjectName("repeatTile")
            button.setToolTip(translate("LogScreen", "Log this visit now"))
            button.setMinimumHeight(36)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, g=group, s=services: self.log(
                NewVisit(services=list(s), group=g)))
            self.repeat_row.addWidget(button)
        self.repeat_row.addStretch(1)
