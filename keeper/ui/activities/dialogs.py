"""Recording (or correcting) an activity: participants picked from the directory, a count
of others, hours, people helped, the story and a photo."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from keeper.core import activities, teams
from keeper.core.activities import MAX_HOURS, MAX_PEOPLE, TYPES, NewActivity
from keeper.core.visitors import VisitorHit, visitor_hit
from keeper.errors import UserError
from keeper.i18n import current_language, translate
from keeper.ui.activities.model import hours_text
from keeper.ui.appeals.dialogs import (
    FieldErrors,
    date_edit,
    dialog_picker,
    finish_record_form,
    text_box,
)
from keeper.ui.widgets.visit_form import error_label
from keeper.ui.widgets.common import pydate, qdate
from keeper.ui.widgets import palette

PHOTO_FILTER = "*.jpg *.jpeg *.png *.bmp *.gif *.webp *.heic"


def person_text(hit: VisitorHit | None, visitor_id: int) -> str:
    if hit is None or not hit.name:
        return translate("ActivityDialogs", "(erased) #{id}").format(id=visitor_id)
    return f"{hit.name}  {hit.masked_phone}  {hit.member_no or ''}".strip()


class ParticipantList(QWidget):
    """Registered visitors who took part: found with the picker, listed, removable."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.picker = dialog_picker()
        self.picker.search.setPlaceholderText(translate(
            "ActivityDialogs", "Add a participant: name, pinyin, phone tail or member number"))
        self.picker.chosen.connect(self._chosen)
        layout.addWidget(self.picker)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMaximumHeight(120)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton(translate("ActivityDialogs", "Remove the selected"))
        self.team_button = QPushButton(translate("ActivityDialogs", "Add the team's members"))
        self.team_button.setEnabled(False)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.team_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.remove_button.clicked.connect(self.remove_selected)

    def ids(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def add(self, visitor_id: int) -> None:
        if visitor_id in self.ids():
            return
        item = QListWidgetItem(person_text(visitor_hit(visitor_id), visitor_id))
        item.setData(Qt.ItemDataRole.UserRole, visitor_id)
        self.list.addItem(item)
        self.changed.emit()

    def _chosen(self, hit) -> None:
        if hit is not None:
            self.add(hit.id)
            self.picker.set_visitor(None)  # ready for the next name
            self.picker.search.setFocus()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()


class RecordActivityDialog(QDialog):
    """Record an activity, or (with ``activity_id``) correct one."""

    def __init__(self, activity_id: int | None = None, *, team_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activity_id = activity_id
        self.setWindowTitle(translate("ActivityDialogs", "Record an activity")
                            if activity_id is None else
                            translate("ActivityDialogs", "Correct activity #{id}").format(
                                id=activity_id))
        current = activities.as_new(activity_id) if activity_id is not None else None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.day = date_edit()
        self.type = QComboBox()
        for term in TYPES.terms():
            if not term.hidden or (current and current.type == term.code):
                self.type.addItem(term.name(current_language()), term.code)
        self.title = QLineEdit()
        self.title.setPlaceholderText(translate(
            "ActivityDialogs", "E.g. night patrol on Wangjing West Road"))
        self.team = QComboBox()
        self.team.addItem(translate("ActivityDialogs", "No team"), None)
        for team in teams.teams():
            self.team.addItem(team.name, team.id)
        self.participants = ParticipantList()
        self.others = QSpinBox()
        self.others.setRange(0, MAX_PEOPLE)
        self.others.setSuffix(translate("ActivityDialogs", " people not registered"))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, MAX_HOURS)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setSuffix(translate("ActivityDialogs", " hours each"))
        self.helped = QSpinBox()
        self.helped.setRange(0, MAX_PEOPLE)
        for box in (self.others, self.hours, self.helped):
            box.setMinimumWidth(200)
            box.setMaximumWidth(260)
        self.totals = QLabel()
        self.totals.setStyleSheet(palette.SECONDARY_TEXT)
        self.story = text_box(translate(
            "ActivityDialogs", "What happened? A good deed worth reporting: who was helped, "
                               "how."), 4)
        self.photo = QLineEdit()
        self.photo.setPlaceholderText(translate("ActivityDialogs", "Optional"))
        self.photo_button = QPushButton(translate("ActivityDialogs", "Choose…"))
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo, 1)
        photo_row.addWidget(self.photo_button)
        self.errors = FieldErrors(**{key: error_label() for key in (
            "day", "title", "participants", "hours", "photo", "reason")})
        self.errors.labels["visitor"] = self.errors.labels["participants"]
        self.errors.labels["others"] = self.errors.labels["participants"]
        rows = (
            (translate("ActivityDialogs", "Date:"), self.day, "day"),
            (translate("ActivityDialogs", "Type:"), self.type, None),
            (translate("ActivityDialogs", "Title:"), self.title, "title"),
            (translate("ActivityDialogs", "Team:"), self.team, None),
            (translate("ActivityDialogs", "Participants:"), self.participants, None),
            (translate("ActivityDialogs", "Others:"), self.others, "participants"),
            (translate("ActivityDialogs", "Hours:"), self.hours, "hours"),
            (translate("ActivityDialogs", "People helped:"), self.helped, None),
            ("", self.totals, None),
            (translate("ActivityDialogs", "Story:"), self.story, None),
            (translate("ActivityDialogs", "Photo:"), photo_row, "photo"),
        )
        for label, widget, error in rows:
            form.addRow(label, widget)
            if error:
                form.addRow("", self.errors.labels[error])
        self.reason, self.buttons = finish_record_form(self, form, layout, self.errors,
                                                       activity_id is not None, self._save)
        self.photo_button.clicked.connect(self.choose_photo)
        self.team.currentIndexChanged.connect(self._team_changed)
        self.participants.team_button.clicked.connect(self.add_team_members)
        for signal in (self.participants.changed, self.others.valueChanged,
                       self.hours.valueChanged):
            signal.connect(self._update_totals)
        if current is not None:
            self._show(current)
        elif team_id is not None:
            self.team.setCurrentIndex(max(0, self.team.findData(team_id)))
        self._update_totals()
        self.setMinimumWidth(640)

    def _show(self, value: NewActivity) -> None:
        self.day.setDate(qdate(value.day))
        self.type.setCurrentIndex(max(0, self.type.findData(value.type)))
        self.title.setText(value.title)
        self.team.setCurrentIndex(max(0, self.team.findData(value.team_id)))
        for visitor_id in value.participants:
            self.participants.add(visitor_id)
        self.others.setValue(value.others)
        self.hours.setValue(value.hours)
        self.helped.setValue(value.people_helped)
        self.story.setPlainText(value.story)
        self.photo.setText(value.photo_path)

    def _team_changed(self) -> None:
        self.participants.team_button.setEnabled(self.team.currentData() is not None)

    def add_team_members(self) -> None:
        team_id = self.team.currentData()
        if team_id is not None:
            for member in teams.members(team_id):
                self.participants.add(member.visitor_id)

    def _update_totals(self) -> None:
        people = len(self.participants.ids()) + self.others.value()
        self.totals.setText(translate(
            "ActivityDialogs", "{people} participants · {hours} volunteer hours").format(
            people=people, hours=hours_text(round(people * self.hours.value(), 2))))

    def choose_photo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("ActivityDialogs", "Choose a photo"), self.photo.text(),
            translate("ActivityDialogs", "Pictures") + f" ({PHOTO_FILTER})")
        if path:
            self.photo.setText(path)

    def value(self) -> NewActivity:
        return NewActivity(
            title=self.title.text(), type=self.type.currentData(), day=pydate(self.day.date()),
            participants=self.participants.ids(), others=self.others.value(),
            hours=self.hours.value(), people_helped=self.helped.value(),
            story=self.story.toPlainText(), photo_path=self.photo.text(),
            team_id=self.team.currentData())

    def _save(self) -> None:
        self.errors.clear()
        try:
            if self.activity_id is None:
                self.activity_id = activities.record_activity(self.value())
            else:
                activities.amend_activity(self.activity_id, self.value(), self.reason.text())
        except UserError as exc:
            self.errors.show(exc)
            return
        self.accept()
