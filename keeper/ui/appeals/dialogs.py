"""The appeal dialogs: recording (or correcting) an appeal, each next step, and a reason.

Each says what is wrong next to the field concerned and keeps what was typed; nothing is
stored until the core accepted all of it.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from keeper.core import appeal_rows, appeals, clock
from keeper.core.appeals import CATEGORIES, URGENCIES, NewAppeal
from keeper.core.visitors import visitor_hit
from keeper.errors import UserError
from keeper.i18n import current_language, translate
from keeper.ui.appeals.model import urgency_text
from keeper.ui.widgets.visit_form import error_label
from keeper.ui.widgets.common import choose_group, group_combo, pydate, qdate
from keeper.ui.widgets.visitor_picker import VisitorPicker
from keeper.ui.widgets import palette


def date_edit(day: date | None = None) -> QDateEdit:
    """A date field that cannot go past today (the core refuses the future as well)."""
    edit = QDateEdit(qdate(day or clock.today()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(qdate(clock.today()))
    edit.setMaximumWidth(160)
    return edit


def text_box(placeholder: str, lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class _EnterPicks(QObject):
    """Enter in a picker's box picks the first match, and nothing more: in a dialog the
    key would otherwise go on to press Save with the form half filled."""

    def __init__(self, picker: VisitorPicker) -> None:
        super().__init__(picker)
        self.picker = picker

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return,
                                                                     Qt.Key.Key_Enter):
            self.picker.choose_first()
            return True
        return False


def dialog_picker() -> VisitorPicker:
    """A VisitorPicker for a dialog (see ``_EnterPicks``)."""
    picker = VisitorPicker()
    picker.search.installEventFilter(_EnterPicks(picker))
    return picker


class FieldErrors:
    """Error labels by field name; the one without a field takes the rest."""

    def __init__(self, **labels: QLabel) -> None:
        self.labels = labels
        self.general = error_label()

    def clear(self) -> None:
        for label in (*self.labels.values(), self.general):
            label.hide()

    def show(self, exc: UserError) -> None:
        label = self.labels.get(exc.field or "", self.general)
        label.setText(exc.message(QCoreApplication.translate))
        label.show()


def finish_record_form(dialog: QDialog, form: QFormLayout, layout: QVBoxLayout,
                       errors: FieldErrors, correcting: bool,
                       save) -> tuple[QLineEdit, QDialogButtonBox]:
    """The end of a record's dialog: when correcting, the reason kept in the history; the
    error that belongs to no field; Save and Cancel."""
    reason = QLineEdit()
    if correcting:
        reason.setPlaceholderText(translate("RecordDialogs", "Why? (kept in the history)"))
        form.addRow(translate("RecordDialogs", "Reason:"), reason)
        form.addRow("", errors.labels["reason"])
    layout.addWidget(errors.general)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return reason, buttons


class RecordAppealDialog(QDialog):
    """Record a new appeal, or (with ``appeal_id``) correct what was recorded."""

    def __init__(self, appeal_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.appeal_id = appeal_id
        language = current_language()
        self.setWindowTitle(translate("AppealDialogs", "Record an appeal") if appeal_id is None
                            else translate("AppealDialogs", "Correct appeal #{id}").format(
                                id=appeal_id))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.visitor = dialog_picker()
        self.visitor.search.setPlaceholderText(translate(
            "AppealDialogs", "Name, phone tail or member no. — empty: anonymous"))
        self.visitor.chosen.connect(self._visitor_chosen)
        self.group = group_combo()
        choose_group(self.group, "rider")
        self.category = QComboBox()
        current = appeal_rows.get_row(appeal_id) if appeal_id is not None else None
        for term in CATEGORIES.terms():
            if not term.hidden or (current and current.category == term.code):
                self.category.addItem(term.name(language), term.code)
        self.urgency = QComboBox()
        for code in URGENCIES:
            self.urgency.addItem(urgency_text(code), code)
        self.urgency.setCurrentIndex(self.urgency.findData("normal"))
        self.day = date_edit()
        self.description = text_box(translate(
            "AppealDialogs", "What happens, where, to whom? E.g. the guards of a compound do not "
                             "let riders in to deliver."), 5)
        self.errors = FieldErrors(description=error_label(), day=error_label(),
                                  visitor=error_label(), reason=error_label())
        form.addRow(translate("AppealDialogs", "Raised by:"), self.visitor)
        form.addRow("", self.errors.labels["visitor"])
        form.addRow(translate("AppealDialogs", "Group:"), self.group)
        form.addRow(translate("AppealDialogs", "Category:"), self.category)
        form.addRow(translate("AppealDialogs", "Urgency:"), self.urgency)
        form.addRow(translate("AppealDialogs", "Date:"), self.day)
        form.addRow("", self.errors.labels["day"])
        form.addRow(translate("AppealDialogs", "Problem:"), self.description)
        form.addRow("", self.errors.labels["description"])
        self.reason, self.buttons = finish_record_form(self, form, layout, self.errors,
                                                       appeal_id is not None, self._save)
        if current is not None:
            self._show(current)
        self.setMinimumWidth(620)

    def _show(self, row) -> None:
        self.visitor.set_visitor(visitor_hit(row.visitor_id))
        choose_group(self.group, row.group)
        self.category.setCurrentIndex(max(0, self.category.findData(row.category)))
        self.urgency.setCurrentIndex(max(0, self.urgency.findData(row.urgency)))
        self.day.setDate(qdate(date.fromisoformat(row.date)))
        self.description.setPlainText(row.description)

    def _visitor_chosen(self, hit) -> None:
        if hit is not None:  # a registered courier is a courier
            choose_group(self.group, hit.group)

    def value(self) -> NewAppeal:
        return NewAppeal(
            description=self.description.toPlainText(), category=self.category.currentData(),
            group=self.group.currentData(),
            visitor_id=self.visitor.visitor.id if self.visitor.visitor else None,
            urgency=self.urgency.currentData(), day=pydate(self.day.date()))

    def _save(self) -> None:
        self.errors.clear()
        try:
            if self.appeal_id is None:
                self.appeal_id = appeals.record_appeal(self.value())
            else:
                appeals.amend_appeal(self.appeal_id, self.value(), self.reason.text())
        except UserError as exc:
            self.errors.show(exc)
            return
        self.accept()


class StepDialog(QDialog):
    """The next step of an appeal: "refer", "resolve" or "follow_up", each dated."""

    def __init__(self, appeal_id: int, step: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.appeal_id, self.step = appeal_id, step
        row = appeal_rows.get_row(appeal_id)
        titles = {
            "refer": (translate("AppealDialogs", "Refer appeal #{id}"),
                      translate("AppealDialogs", "Refer")),
            "resolve": (translate("AppealDialogs", "Resolve appeal #{id}"),
                        translate("AppealDialogs", "Resolve")),
            "follow_up": (translate("AppealDialogs", "Follow up appeal #{id}"),
                          translate("AppealDialogs", "Save the follow-up")),
        }
        title, ok_text = titles[step]
        self.setWindowTitle(title.format(id=appeal_id))
        layout = QVBoxLayout(self)
        context = QLabel(f"<b>#{appeal_id}</b> · {row.date} · " + " ".join(
            row.description.split())[:160].replace("<", "&lt;"))
        context.setWordWrap(True)
        layout.addWidget(context)
        form = QFormLayout()
        layout.addLayout(form)
        previous = (row.resolved_on if step == "follow_up" else row.referred_on or row.date)
        self.day = date_edit()
        hint = QLabel(translate("AppealDialogs", "not before {day}").format(day=previous))
        hint.setStyleSheet(palette.MUTED_TEXT)
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(hint)
        when.addStretch(1)
        self.errors = FieldErrors(day=error_label(), text=error_label(),
                                  satisfied=error_label())
        form.addRow(translate("AppealDialogs", "Date:"), when)
        form.addRow("", self.errors.labels["day"])
        self.text: QLineEdit | QPlainTextEdit
        if step == "refer":
            self.text = QLineEdit()
            self.text.setPlaceholderText(translate(
                "AppealDialogs", "E.g. the sub-district office, the compound's property "
                                 "management, the platform's station manager"))
            form.addRow(translate("AppealDialogs", "Referred to:"), self.text)
        elif step == "resolve":
            self.text = text_box(translate("AppealDialogs", "What was done, by whom?"), 3)
            form.addRow(translate("AppealDialogs", "How:"), self.text)
        else:
            self.satisfied_yes = QRadioButton(translate("AppealDialogs", "Satisfied"))
            self.satisfied_no = QRadioButton(translate("AppealDialogs", "Not satisfied"))
            self._answer = QButtonGroup(self)
            answers = QHBoxLayout()
            for button in (self.satisfied_yes, self.satisfied_no):
                self._answer.addButton(button)
                answers.addWidget(button)
            answers.addStretch(1)
            form.addRow(translate("AppealDialogs", "The worker is:"), answers)
            form.addRow("", self.errors.labels["satisfied"])
            self.text = QLineEdit()
            self.text.setPlaceholderText(translate("AppealDialogs", "What they said (optional)"))
            form.addRow(translate("AppealDialogs", "Note:"), self.text)
        form.addRow("", self.errors.labels["text"])
        layout.addWidget(self.errors.general)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _typed(self) -> str:
        return (self.text.toPlainText() if isinstance(self.text, QPlainTextEdit)
                else self.text.text())

    def _save(self) -> None:
        self.errors.clear()
        day = pydate(self.day.date())
        try:
            if self.step == "refer":
                appeals.refer_appeal(self.appeal_id, self._typed(), day)
            elif self.step == "resolve":
                appeals.resolve_appeal(self.appeal_id, self._typed(), day)
            else:
                satisfied = (True if self.satisfied_yes.isChecked() else
                             False if self.satisfied_no.isChecked() else None)
                appeals.follow_up_appeal(self.appeal_id, satisfied, self._typed(), day)
        except UserError as exc:
            self.errors.show(exc)
            return
        self.accept()
