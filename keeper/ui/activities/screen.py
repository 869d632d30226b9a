"""The Activities screen: volunteer activities and good deeds, and the volunteer teams."""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from keeper.core import activities
from keeper.core.activities import TYPES
from keeper.core.visitors import visitor_hit
from keeper.i18n import current_language, translate
from keeper.ui.activities.dialogs import RecordActivityDialog, person_text
from keeper.ui.activities.model import (
    DATE,
    HELPED,
    HOURS,
    NUMBER,
    PARTICIPANTS,
    TEAM,
    TITLE,
    TYPE,
    ActivityTableModel,
    hours_text,
)
from keeper.ui.activities.teams import TeamsPanel
from keeper.ui.appeals.categories import VocabularyDialog
from keeper.ui.widgets.reason_dialog import ReasonDialog
from keeper.ui.widgets.common import button_row, detail_page
from keeper.ui.widgets.record_list import RecordListPanel
from keeper.ui.widgets import palette


class ActivitiesPanel(RecordListPanel):
    """The list of activities, one activity's details, recording and correcting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.type = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("ActivitiesScreen", "Search titles and stories"))
        self.search.setClearButtonEnabled(True)
        self.include_voided = QCheckBox(translate("ActivitiesScreen", "Show voided"))
        self.types_button = QPushButton(translate("ActivitiesScreen", "Types…"))
        self.record_button = QPushButton(translate("ActivitiesScreen", "Record an activity…"))
        self.record_button.setDefault(True)
        for widget in (self.type, self.search, self.include_voided, self.types_button,
                       self.record_button):
            bar.addWidget(widget, 1 if widget is self.search else 0)
        layout.addLayout(bar)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)

        self._build_list(layout, ActivityTableModel(self), {
            NUMBER: 40, DATE: 88, TYPE: 132, TITLE: 196, TEAM: 128, PARTICIPANTS: 58,
            HOURS: 122, HELPED: 62}, (860, 400))
        self.type.currentIndexChanged.connect(self.refresh)
        self.include_voided.toggled.connect(self.refresh)
        self.record_button.clicked.connect(self.record)
        self.types_button.clicked.connect(self.edit_types)
        self._fill_types()
        self.refresh()

    def _detail_panel(self) -> QWidget:
        panel, self.detail_stack, layout = detail_page(
            translate("ActivitiesScreen", "Activity"),
            translate("ActivitiesScreen", "Choose an activity in the list to see who took part."))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.photo = QLabel()
        self.photo.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.photo)
        self.correct_button = QPushButton(translate("ActivitiesScreen", "Correct…"))
        self.void_button = QPushButton(translate("ActivitiesScreen", "Void…"))
        layout.addLayout(button_row(self.correct_button, self.void_button))
        layout.addStretch(1)
        self.correct_button.clicked.connect(self.correct)
        self.void_button.clicked.connect(self.void_or_restore)
        return panel

    def _fill_types(self) -> None:
        self.fill_terms(self.type, TYPES, translate("ActivitiesScreen", "All types"))

    # -- list --------------------------------------------------------------------------
    def load_rows(self) -> list:
        return activities.activity_rows(self.type.currentData(), text=self.search.text(),
                                        include_voided=self.include_voided.isChecked())

    def get_row(self, record_id: int):
        return activities.get_activity(record_id)

    def has_any(self) -> bool:
        return bool(activities.activity_rows(include_voided=True))

    def empty_text(self, anything: bool) -> str:
        return translate("ActivitiesScreen", "No activities match these filters.") if anything \
            else translate(
                "ActivitiesScreen", "No activities yet. Record a patrol, a clean-up, help in an "
                                    "emergency or any good deed with “Record an activity…”.")

    def show_counts(self, rows: list) -> None:
        live = [r for r in rows if r.voided_at is None]
        self.count_label.setText(translate(
            "ActivitiesScreen", "{count} activities · {people} participants · {hours} volunteer "
                                "hours · {helped} people helped").format(
            count=len(live), people=sum(r.participants for r in live),
            hours=hours_text(round(sum(r.volunteer_hours for r in live), 2)),
            helped=sum(r.people_helped for r in live)))

    def clear_filters(self, record_id: int) -> None:
        for widget in (self.type, self.search):
            widget.blockSignals(True)
        self.type.setCurrentIndex(0)
        self.search.clear()
        for widget in (self.type, self.search):
            widget.blockSignals(False)

    # -- one activity ------------------------------------------------------------------
    def show_record(self, row) -> None:
        kind = TYPES.names(current_language()).get(row.type, row.type)
        people = [person_text(visitor_hit(v), v) for v in row.participant_ids]
        lines = [f"<p style='font-size:13pt'><b>{escape(row.title)}</b></p>",
                 f"<p>#{row.id} · {row.date} · {escape(kind)}"
                 + (f" · {escape(row.team_name)}" if row.team_name else "") + "</p>"]
        if row.voided_at is not None:
            lines.append(f"<p style='color:{palette.ERROR}'>" + escape(translate(
                "ActivitiesScreen", "Voided: {reason}").format(reason=row.void_reason)) + "</p>")
        lines.append("<p>" + escape(translate(
            "ActivitiesScreen", "{people} participants ({registered} registered, {others} "
                                "others) × {hours} hours = {total} volunteer hours").format(
            people=row.participants, registered=len(row.participant_ids), others=row.others,
            hours=hours_text(row.hours), total=hours_text(row.volunteer_hours))) + "<br>"
            + escape(translate("ActivitiesScreen", "People helped: {count}").format(
                count=row.people_helped)) + "</p>")
        if people:
            lines.append("<p>" + "<br>".join("• " + escape(p) for p in people) + "</p>")
        if row.story:
            lines.append(f"<p style='background:{palette.NOTE_BACKGROUND}; padding:6px'>"
                         + escape(row.story).replace("\n", "<br>") + "</p>")
        self.details.setText("".join(lines))
        self._show_photo(row.photo_path)
        self.correct_button.setEnabled(row.voided_at is None)
        self.void_button.setText(translate("ActivitiesScreen", "Void…") if row.voided_at is None
                                 else translate("ActivitiesScreen", "Restore…"))

    def _show_photo(self, path: str) -> None:
        self.photo.clear()
        if not path:
            self.photo.hide()
            return
        self.photo.show()
        picture = QPixmap(path) if Path(path).is_file() else QPixmap()
        if picture.isNull():
            self.photo.setText(translate("ActivitiesScreen", "Photo not found: {path}").format(
                path=path))
            self.photo.setStyleSheet(palette.MUTED_TEXT)
        else:
            self.photo.setStyleSheet("")
            self.photo.setPixmap(picture.scaled(280, 180, Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation))
            self.photo.setToolTip(path)

    # -- actions -----------------------------------------------------------------------
    def record_dialog(self, record_id: int | None) -> RecordActivityDialog:
        return RecordActivityDialog(record_id, parent=self)

    def recorded_id(self, dialog: RecordActivityDialog) -> int:
        return dialog.activity_id

    def recorded_text(self, record_id: int) -> str:
        return translate("ActivitiesScreen", "Activity #{id} recorded.").format(id=record_id)

    def void_or_restore(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        activity_id = row.id
        restore = row.voided_at is not None
        dialog = ReasonDialog(
            (translate("ActivitiesScreen", "Restore activity #{id}") if restore else
             translate("ActivitiesScreen", "Void activity #{id}")).format(id=activity_id),
            translate("ActivitiesScreen", "The activity counts again.") if restore else
            translate("ActivitiesScreen", "A voided activity stays in the list, marked, and no "
                                          "longer counts in the figures."),
            translate("ActivitiesScreen", "Restore") if restore else
            translate("ActivitiesScreen", "Void"),
            lambda reason: activities.void_activity(activity_id, reason, restore=restore), self)
        if not restore:  # once voided, keep it in sight, marked
            dialog.accepted.connect(lambda: self.include_voided.setChecked(True))
        self.after_reason(dialog, activity_id)

    def edit_types(self) -> None:
        dialog = VocabularyDialog(TYPES, translate("ActivitiesScreen", "Activity types"), self)
        dialog.exec()
        if dialog.changed:
            self._fill_types()
            self.refresh()


class ActivitiesScreen(QWidget):
    message = Signal(str)  # shown in the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        self.tabs = QTabWidget()
        self.activities = ActivitiesPanel()
        self.teams = TeamsPanel()
        self.tabs.addTab(self.activities, translate("ActivitiesScreen", "Activities"))
        self.tabs.addTab(self.teams, translate("ActivitiesScreen", "Teams"))
        layout.addWidget(self.tabs)
        self.activities.message.connect(self.message)
        self.teams.changed.connect(self.activities.refresh)  # team names in the list

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if getattr(self, "_shown_once", False):
            self.activities.refresh()
            self.teams.refresh()
        self._shown_once = True
