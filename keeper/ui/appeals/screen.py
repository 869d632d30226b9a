"""The Appeals screen: problems workers raised, filtered, and one appeal with its timeline
and the button for its next step."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from keeper.core import appeal_rows, appeals
from keeper.core.appeal_rows import AppealRow
from keeper.core.appeals import CATEGORIES
from keeper.i18n import current_language, translate
from keeper.ui.appeals.categories import VocabularyDialog
from keeper.ui.appeals.dialogs import RecordAppealDialog, StepDialog
from keeper.ui.appeals.model import (
    CATEGORY,
    DATE,
    NUMBER,
    RAISED_BY,
    STATUS,
    URGENCY,
    AppealTableModel,
    raised_by,
    status_text,
    urgency_text,
)
from keeper.ui.widgets.reason_dialog import ReasonDialog
from keeper.ui.widgets.common import button_row, detail_page
from keeper.ui.widgets.record_list import RecordListPanel
from keeper.ui.widgets import palette

DONE, PENDING, LATE = palette.DONE, palette.PENDING, palette.ERROR


class AppealsScreen(RecordListPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        bar = QHBoxLayout()
        self.status = QComboBox()
        for key, text in ((None, translate("AppealsScreen", "All but voided")),
                          ("open", translate("AppealsScreen", "Open (not yet resolved)")),
                          *((code, status_text(code)) for code in appeals.STATUSES),
                          ("voided", translate("AppealsScreen", "Voided"))):
            self.status.addItem(text, key)
        self.category = QComboBox()
        self.overdue_only = QCheckBox(translate("AppealsScreen", "Overdue only"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("AppealsScreen", "Search the texts and names"))
        self.search.setClearButtonEnabled(True)
        self.categories_button = QPushButton(translate("AppealsScreen", "Categories…"))
        self.record_button = QPushButton(translate("AppealsScreen", "Record an appeal…"))
        self.record_button.setDefault(True)
        for widget in (self.status, self.category, self.overdue_only, self.search,
                       self.categories_button, self.record_button):
            bar.addWidget(widget, 1 if widget is self.search else 0)
        layout.addLayout(bar)

        line = QHBoxLayout()
        self.count_label = QLabel()
        line.addWidget(self.count_label, 1)
        line.addWidget(QLabel(translate("AppealsScreen", "Overdue when open for more than")))
        self.limit = QSpinBox()
        self.limit.setRange(1, 365)
        self.limit.setKeyboardTracking(False)  # one change when typed, not one per digit
        self.limit.setValue(appeals.overdue_days())
        line.addWidget(self.limit)
        line.addWidget(QLabel(translate("AppealsScreen", "days")))
        layout.addLayout(line)

        self._build_list(layout, AppealTableModel(self), {
            NUMBER: 40, DATE: 88, CATEGORY: 124, RAISED_BY: 136, URGENCY: 62, STATUS: 168},
            (820, 440))
        self.table.horizontalHeader().setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.Fixed)
        self.status.currentIndexChanged.connect(self.refresh)
        self.category.currentIndexChanged.connect(self.refresh)
        self.overdue_only.toggled.connect(self.refresh)
        self.limit.valueChanged.connect(self._limit_changed)
        self.record_button.clicked.connect(self.record)
        self.categories_button.clicked.connect(self.edit_categories)
        self._fill_categories()
        self.refresh()

    def _detail_panel(self) -> QWidget:
        panel, self.detail_stack, layout = detail_page(
            translate("AppealsScreen", "Appeal"),
            translate("AppealsScreen", "Choose an appeal in the list to see its steps."))
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt;")
        self.heading.setWordWrap(True)
        self.raised = QLabel()
        self.raised.setWordWrap(True)
        self.timeline = QLabel()
        self.timeline.setWordWrap(True)
        self.timeline.setTextFormat(Qt.TextFormat.RichText)
        self.timeline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timeline.setAlignment(Qt.AlignmentFlag.AlignTop)
        for widget in (self.heading, self.raised, self.timeline):
            layout.addWidget(widget)
        self.refer_button = QPushButton(translate("AppealsScreen", "Refer…"))
        self.resolve_button = QPushButton(translate("AppealsScreen", "Resolve…"))
        self.follow_up_button = QPushButton(translate("AppealsScreen", "Follow up…"))
        for button in (self.refer_button, self.resolve_button, self.follow_up_button):
            button.setStyleSheet("font-weight: bold;")
        layout.addLayout(button_row(self.refer_button, self.resolve_button,
                                    self.follow_up_button))
        self.correct_button = QPushButton(translate("AppealsScreen", "Correct…"))
        self.undo_button = QPushButton(translate("AppealsScreen", "Take back the last step…"))
        self.void_button = QPushButton(translate("AppealsScreen", "Void…"))
        layout.addLayout(button_row(self.correct_button, self.undo_button, self.void_button))
        layout.addStretch(1)
        self.refer_button.clicked.connect(lambda: self.step("refer"))
        self.resolve_button.clicked.connect(lambda: self.step("resolve"))
        self.follow_up_button.clicked.connect(lambda: self.step("follow_up"))
        self.correct_button.clicked.connect(self.correct)
        self.undo_button.clicked.connect(self.undo_step)
        self.void_button.clicked.connect(self.void_or_restore)
        return panel

    def _fill_categories(self) -> None:
        self.fill_terms(self.category, CATEGORIES, translate("AppealsScreen", "All categories"))

    # -- list --------------------------------------------------------------------------
    def load_rows(self) -> list[AppealRow]:
        return appeal_rows.appeal_rows(self.status.currentData(), self.category.currentData(),
                                       overdue_only=self.overdue_only.isChecked(),
                                       text=self.search.text())

    def get_row(self, record_id: int) -> AppealRow | None:
        return appeal_rows.get_row(record_id)

    def has_any(self) -> bool:
        return bool(appeal_rows.appeal_rows()) or bool(appeal_rows.appeal_rows("voided"))

    def empty_text(self, anything: bool) -> str:
        return translate("AppealsScreen", "No appeals match these filters.") if anything \
            else translate(
                "AppealsScreen", "No appeals yet. When a worker raises a problem (a compound "
                                 "that keeps riders out, nowhere to rest, an insurance "
                                 "question), record it with “Record an appeal…” and follow it "
                                 "here until it is solved.")

    def show_counts(self, rows: list[AppealRow]) -> None:
        open_rows = appeal_rows.appeal_rows("open")
        overdue = sum(1 for r in open_rows if r.overdue)
        late = translate("AppealsScreen", "{overdue} overdue").format(overdue=overdue)
        self.count_label.setText(escape(translate(
            "AppealsScreen", "{shown} shown · {open} open").format(
            shown=len(rows), open=len(open_rows))) + " · " + (
            f"<b style='color:{LATE}'>{escape(late)}</b>" if overdue else escape(late)))

    def clear_filters(self, record_id: int) -> None:
        found = appeal_rows.get_row(record_id)
        voided = found is not None and found.voided_at is not None
        for widget, index in ((self.status, self.status.findData("voided") if voided else 0),
                              (self.category, 0)):
            widget.blockSignals(True)
            widget.setCurrentIndex(index)
            widget.blockSignals(False)
        self.overdue_only.blockSignals(True)
        self.overdue_only.setChecked(False)
        self.overdue_only.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    def _limit_changed(self, days: int) -> None:
        appeals.set_overdue_days(days)
        self.refresh()

    # -- one appeal --------------------------------------------------------------------
    def show_record(self, row: AppealRow) -> None:
        language = current_language()
        category = CATEGORIES.names(language).get(row.category, row.category)
        heading = f"<b>#{row.id} · {escape(category)}</b> · " + escape(translate(
            "AppealsScreen", "{urgency} urgency").format(urgency=urgency_text(row.urgency)))
        if row.voided_at is not None:
            heading += f" · <span style='color:{LATE}'>" + escape(translate(
                "AppealsScreen", "voided: {reason}").format(reason=row.void_reason)) + "</span>"
        elif row.overdue:
            heading += f" · <b style='color:{LATE}'>" + escape(translate(
                "AppealsScreen", "overdue by {days} days").format(days=row.days_overdue)) + "</b>"
        self.heading.setText(heading)
        groups = self.model._groups
        who = raised_by(row, groups)
        if row.visitor_id is not None:
            who = f"{who}  {row.member_no}  ({groups.get(row.group, row.group)})"
        self.raised.setText(translate("AppealsScreen", "Raised by: {who}").format(who=who))
        self.timeline.setText(self._timeline(row))
        live = row.voided_at is None
        self.refer_button.setEnabled(live and row.open)
        self.resolve_button.setEnabled(live and row.open)
        self.follow_up_button.setEnabled(live and row.status == "resolved")
        self.correct_button.setEnabled(live)
        self.undo_button.setEnabled(live and row.status != "recorded")
        self.void_button.setText(translate("AppealsScreen", "Void…") if live
                                 else translate("AppealsScreen", "Restore…"))

    def _timeline(self, row: AppealRow) -> str:
        lines = []
        for step in appeal_rows.steps(row):
            title = (status_text(step.key) if step.key != "recorded"
                     else translate("AppealsScreen", "Raised and recorded"))
            if step.day is not None:
                mark, colour, when = "●", DONE, step.day
            elif step.skipped:
                mark, colour = "–", PENDING
                when = translate("AppealsScreen", "skipped (resolved directly)")
            else:
                mark, colour, when = "○", PENDING, translate("AppealsScreen", "not yet")
            text = step.text
            if step.key == "referred" and step.day:
                text = translate("AppealsScreen", "to {whom}").format(whom=step.text)
            if step.key == "followed_up" and step.day:
                verdict = (translate("AppealsScreen", "Satisfied") if row.satisfied
                           else translate("AppealsScreen", "Not satisfied"))
                text = verdict + (f": {step.text}" if step.text else "")
            lines.append(
                f"<tr><td style='color:{colour}; font-size:14pt'>{mark}</td>"
                f"<td><b>{escape(title)}</b> &nbsp; "
                f"<span style='color:{palette.TEXT_SECONDARY}'>"
                f"{escape(when)}</span></td></tr>")
            if step.day and text:
                lines.append("<tr><td></td><td style='padding-bottom:6px'>"
                             + escape(text).replace("\n", "<br>") + "</td></tr>")
            if step.key == "recorded" and row.overdue:
                lines.append(f"<tr><td></td><td style='color:{LATE}'><b>" + escape(translate(
                    "AppealsScreen", "Open for more than {limit} days: follow it up.").format(
                    limit=appeals.overdue_days())) + "</b></td></tr>")
        return "<table cellspacing='0' cellpadding='3'>" + "".join(lines) + "</table>"

    # -- actions -----------------------------------------------------------------------
    def record_dialog(self, record_id: int | None) -> RecordAppealDialog:
        return RecordAppealDialog(record_id, self)

    def recorded_id(self, dialog: RecordAppealDialog) -> int:
        return dialog.appeal_id

    def recorded_text(self, record_id: int) -> str:
        return translate("AppealsScreen", "Appeal #{id} recorded.").format(id=record_id)

    def step(self, step: str) -> None:
        appeal_id = self.selected_id()
        if appeal_id is not None and StepDialog(appeal_id, step, self).exec() == \
                StepDialog.DialogCode.Accepted:
            self.refresh()
            self.select(appeal_id)

    def undo_step(self) -> None:
        appeal_id = self.selected_id()
        if appeal_id is None:
            return
        dialog = ReasonDialog(
            translate("AppealsScreen", "Take back the last step of appeal #{id}").format(
                id=appeal_id),
            translate("AppealsScreen", "The last step is taken back, as if it had not been "
                                       "recorded; the history keeps it."),
            translate("AppealsScreen", "Take back"),
            lambda reason: appeals.undo_step(appeal_id, reason), self)
        if dialog.exec() == ReasonDialog.DialogCode.Accepted:
            self.refresh()

    def void_or_restore(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        appeal_id = row.id
        if row.voided_at is None:
            dialog = ReasonDialog(
                translate("AppealsScreen", "Void appeal #{id}").format(id=appeal_id),
                translate("AppealsScreen", "A voided appeal stays in the list, marked, and no "
                                           "longer counts in the figures."),
                translate("AppealsScreen", "Void"),
                lambda reason: appeals.void_appeal(appeal_id, reason), self)
        else:
            dialog = ReasonDialog(
                translate("AppealsScreen", "Restore appeal #{id}").format(id=appeal_id),
                translate("AppealsScreen", "The appeal counts again."),
                translate("AppealsScreen", "Restore"),
                lambda reason: appeals.restore_appeal(appeal_id, reason), self)
        self.after_reason(dialog, appeal_id)

    def edit_categories(self) -> None:
        dialog = VocabularyDialog(CATEGORIES, translate("AppealsScreen", "Appeal categories"),
                                  self)
        dialog.exec()
        if dialog.changed:
            self._fill_categories()
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if getattr(self, "_shown_once", False):
            self.refresh()  # a new day makes appeals overdue; visitors registered meanwhile
        self._shown_once = True
