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
    TITLE,
    ActivityTableModel,
    hours_text,
)
from keeper.ui.activities.teams import TeamsPanel
from keeper.ui.appeals.categories import VocabularyDialog
from keeper.ui.widgets.fit import fit_columns
from keeper.ui.widgets.reason_dialog import ReasonDialog
from keeper.ui.widgets.common import (
    after_typing,
    button_row,
    detail_page,
    empty_label,
    list_beside_detail,
    list_table,
)


class ActivitiesPanel(QWidget):
    """The list of activities, one activity's details, recording and correcting."""

    message = Signal(str)

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

        self.model = ActivityTableModel(self)
        self.table = list_table(self.model)
        self.table.setObjectName("activityTable")
        self.empty = empty_label("")
        splitter, self.list_stack = list_beside_detail(self.table, self.empty,
                                                       self._detail_panel(), (960, 300))
        layout.addWidget(splitter, 1)

        self._debounce = after_typing(self, self.search, self.refresh)
        self.type.currentIndexChanged.connect(self.refresh)
        self.include_voided.toggled.connect(self.refresh)
        self.record_button.clicked.connect(self.record)
        self.types_button.clicked.connect(self.edit_types)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        self.table.doubleClicked.connect(lambda _index: self.correct())
        self._fill_types()
        self.refresh()
        fit_columns(self.table, stretch=TITLE, maximum=220)

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
        chosen = self.type.currentData()
        self.type.blockSignals(True)
        self.type.clear()
        self.type.addItem(translate("ActivitiesScreen", "All types"), None)
        for term in TYPES.terms():
            self.type.addItem(term.name(current_language()), term.code)
        self.type.setCurrentIndex(max(0, self.type.findData(chosen)))
        self.type.blockSignals(False)
        self.model.reload_names()

    # -- list --------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.selected_id()
        rows = activities.activity_rows(self.type.currentData(), text=self.search.text(),
                                        include_voided=self.include_voided.isChecked())
        self.model.set_rows(rows)
        live = [r for r in rows if r.voided_at is None]
        held = len(live)
        self.count_label.setText(translate(
            "ActivitiesScreen", "%n activities · {people} participants · {hours} volunteer "
                                "hours · {helped} people helped", None, held).format(
            people=sum(r.participants for r in live),
            hours=hours_text(round(sum(r.volunteer_hours for r in live), 2)),
            helped=sum(r.people_helped for r in live)))
        if rows:
            self.list_stack.setCurrentWidget(self.table)
        else:
            anything = bool(activities.activity_rows(include_voided=True))
            self.empty.setText(translate("ActivitiesScreen", "No activities match these filters.")
                               if anything else translate(
                "ActivitiesScreen", "No activities yet. Record a patrol, a clean-up, help in an "
                                    "emergency or any good deed with “Record an activity…”."))
            self.list_stack.setCurrentWidget(self.empty)
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select(keep)
        else:
            self.show_selected()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()).id if rows else None

    def select(self, activity_id: int) -> None:
        row = self.model.row_of(activity_id)
        if row < 0:
            for widget in (self.type, self.search):
                widget.blockSignals(True)
            self.type.setCurrentIndex(0)
            self.search.clear()
            for widget in (self.type, self.search):
                widget.blockSignals(False)
            self.refresh()
            row = self.model.row_of(activity_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.show_selected()

    # -- one activity ------------------------------------------------------------------
    def show_selected(self) -> None:
        activity_id = self.selected_id()
        row = activities.get_activity(activity_id) if activity_id is not None else None
        if row is None:
            self.detail_stack.setCurrentIndex(0)
            return
        self.detail_stack.setCurrentIndex(1)
        kind = TYPES.names(current_language()).get(row.type, row.type)
        people = [person_text(visitor_hit(v), v) for v in row.participant_ids]
        lines = [f"<p style='font-size:13pt'><b>{escape(row.title)}</b></p>",
                 f"<p>#{row.id} · {row.date} · {escape(kind)}"
                 + (f" · {escape(row.team_name)}" if row.team_name else "") + "</p>"]
        if row.voided_at is not None:
            lines.append("<p style='color:#c92a2a'>" + escape(translate(
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
            lines.append("<p style='background:#fff9db; padding:6px'>"
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
            self.photo.setStyleSheet("color: #868e96;")
        else:
            self.photo.setStyleSheet("")
            self.photo.setPixmap(picture.scaled(280, 180, Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation))
            self.photo.setToolTip(path)

    # -- actions -----------------------------------------------------------------------
    def record(self) -> int | None:
        dialog = RecordActivityDialog(parent=self)
        if dialog.exec() == RecordActivityDialog.DialogCode.Accepted:
            self.select(dialog.activity_id)
            self.message.emit(translate("ActivitiesScreen", "Activity #{id} recorded.").format(
                id=dialog.activity_id))
            return dialog.activity_id
        return None

    def correct(self) -> None:
        activity_id = self.selected_id()
        row = activities.get_activity(activity_id) if activity_id is not None else None
        if row is None or row.voided_at is not None:
            return
        if RecordActivityDialog(activity_id, parent=self).exec() == \
                RecordActivityDialog.DialogCode.Accepted:
            self.refresh()
            self.select(activity_id)

    def void_or_restore(self) -> None:
        activity_id = self.selected_id()
        row = activities.get_activity(activity_id) if activity_id is not None else None
        if row is None:
            return
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
        if dialog.exec() == ReasonDialog.DialogCode.Accepted:
            if not restore:
                self.include_voided.setChecked(True)  # keep it in sight, marked
            self.refresh()
            self.select(activity_id)

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
