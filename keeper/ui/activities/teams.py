"""Volunteer teams: their leader and members, and a member's activity history."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keeper.core import teams
from keeper.core.activities import TYPES
from keeper.errors import UserError
from keeper.i18n import current_language, translate
from keeper.ui.activities.model import hours_text
from keeper.ui.appeals.dialogs import FieldErrors, date_edit, dialog_picker
from keeper.ui.widgets.common import button_row, empty_label, pydate
from keeper.ui.widgets.visit_form import error_label


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple], key=None, *,
          figures: tuple[int, ...] = ()) -> None:
    """Numbers, and the ``figures`` columns (numbers already written as text, such as hours),
    are right-aligned."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(str(value))
            item.setData(Qt.ItemDataRole.UserRole, key[r] if key else None)
            if isinstance(value, (int, float)) or c in figures:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class TeamDialog(QDialog):
    """A new team (name, optional leader), or a new name for one."""

    def __init__(self, team_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team_id = team_id
        self.setWindowTitle(translate("TeamsPanel", "New volunteer team") if team_id is None
                            else translate("TeamsPanel", "Rename the team"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("TeamsPanel",
                                               "E.g. Wangjing riders' volunteer patrol"))
        self.leader = dialog_picker()
        self.errors = FieldErrors(name=error_label(), visitor=error_label())
        form.addRow(translate("TeamsPanel", "Name:"), self.name)
        form.addRow("", self.errors.labels["name"])
        if team_id is None:
            form.addRow(translate("TeamsPanel", "Leader:"), self.leader)
            form.addRow("", self.errors.labels["visitor"])
        else:
            self.name.setText(next(t.name for t in teams.teams() if t.id == team_id))
        layout.addWidget(self.errors.general)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _save(self) -> None:
        self.errors.clear()
        try:
            if self.team_id is None:
                leader = self.leader.visitor.id if self.leader.visitor else None
                self.team_id = teams.create_team(self.name.text(), leader)
            else:
                teams.rename_team(self.team_id, self.name.text())
        except UserError as exc:
            self.errors.show(exc)
            return
        self.accept()


class AddMemberDialog(QDialog):
    def __init__(self, team_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team_id = team_id
        self.visitor_id: int | None = None
        self.setWindowTitle(translate("TeamsPanel", "Add a member"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.person = dialog_picker()
        self.joined = date_edit()
        self.errors = FieldErrors(visitor=error_label(), day=error_label())
        form.addRow(translate("TeamsPanel", "Who:"), self.person)
        form.addRow("", self.errors.labels["visitor"])
        form.addRow(translate("TeamsPanel", "Joined on:"), self.joined)
        form.addRow("", self.errors.labels["day"])
        layout.addWidget(self.errors.general)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(translate("TeamsPanel", "Add"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _save(self) -> None:
        self.errors.clear()
        if self.person.visitor is None:
            self.errors.labels["visitor"].setText(translate(
                "TeamsPanel", "Find the person in the directory first."))
            self.errors.labels["visitor"].show()
            return
        try:
            teams.add_member(self.team_id, self.person.visitor.id,
                                  pydate(self.joined.date()))
        except UserError as exc:
            self.errors.show(exc)
            return
        self.visitor_id = self.person.visitor.id
        self.accept()


class TeamsPanel(QWidget):
    changed = Signal()  # teams or members changed (the activity dialog lists teams)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        left = QVBoxLayout()
        self.team_list = QListWidget()
        self.team_list.setStyleSheet("QListWidget { font-size: 11pt; }")
        self.new_button = QPushButton(translate("TeamsPanel", "New team…"))
        self.rename_button = QPushButton(translate("TeamsPanel", "Rename…"))
        left.addWidget(self.team_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.rename_button)
        left.addLayout(buttons)
        left_widget = QWidget()
        left_widget.setLayout(left)
        self.stack = QStackedWidget()
        self.no_teams = empty_label(translate(
            "TeamsPanel", "No volunteer teams yet. Create one with “New team…” and add its "
                          "members from the directory."))
        self.stack.addWidget(self.no_teams)
        self.stack.addWidget(self._team_page())
        splitter = QSplitter()
        splitter.addWidget(left_widget)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter)
        self.team_list.currentRowChanged.connect(lambda _row: self.show_team())
        self.new_button.clicked.connect(self.new_team)
        self.rename_button.clicked.connect(self.rename_team)
        self.refresh()

    def _team_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.team_title = QLabel()
        self.team_title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.leader_label = QLabel()
        layout.addWidget(self.team_title)
        layout.addWidget(self.leader_label)
        self.members = _table([translate("TeamsPanel", "Name"),
                               translate("TeamsPanel", "Member no."),
                               translate("TeamsPanel", "Joined"),
                               translate("TeamsPanel", "Activities"),
                               translate("TeamsPanel", "Hours given")])
        for column, width in enumerate((150, 100, 100, 80)):
            self.members.setColumnWidth(column, width)
        self.no_members = empty_label(translate(
            "TeamsPanel", "No members yet: add them with “Add a member…”."))
        layout.addWidget(self.members, 3)
        layout.addWidget(self.no_members)
        self.add_button = QPushButton(translate("TeamsPanel", "Add a member…"))
        self.remove_button = QPushButton(translate("TeamsPanel", "Remove from the team…"))
        self.leader_button = QPushButton(translate("TeamsPanel", "Make leader"))
        layout.addLayout(button_row(self.add_button, self.remove_button, self.leader_button))
        history = QGroupBox(translate("TeamsPanel", "Activity history"))
        inner = QVBoxLayout(history)
        self.history_label = QLabel()
        self.history_label.setWordWrap(True)
        self.history = _table([translate("TeamsPanel", "Date"), translate("TeamsPanel", "Type"),
                               translate("TeamsPanel", "Hours"), translate("TeamsPanel", "Title")])
        for column, width in enumerate((100, 110, 60)):
            self.history.setColumnWidth(column, width)
        inner.addWidget(self.history_label)
        inner.addWidget(self.history, 1)
        layout.addWidget(history, 2)
        self.members.itemSelectionChanged.connect(self.show_history)
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_member)
        self.leader_button.clicked.connect(self.make_leader)
        return page

    # -- showing -----------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        keep = select if select is not None else self.team_id()
        self.team_list.blockSignals(True)
        self.team_list.clear()
        for team in teams.teams():
            item = QListWidgetItem(translate("TeamsPanel", "{name}  ({members})").format(
                name=team.name, members=team.members))
            item.setData(Qt.ItemDataRole.UserRole, team.id)
            self.team_list.addItem(item)
            if team.id == keep:
                self.team_list.setCurrentItem(item)
        if self.team_list.currentRow() < 0 and self.team_list.count():
            self.team_list.setCurrentRow(0)
        self.team_list.blockSignals(False)
        self.rename_button.setEnabled(self.team_list.count() > 0)
        self.show_team()

    def team_id(self) -> int | None:
        item = self.team_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def member_id(self) -> int | None:
        items = self.members.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def show_team(self) -> None:
        team_id = self.team_id()
        team = next((t for t in teams.teams() if t.id == team_id), None)
        if team is None:
            self.stack.setCurrentWidget(self.no_teams)
            return
        self.stack.setCurrentIndex(1)
        self.team_title.setText(team.name)
        self.leader_label.setText(translate("TeamsPanel", "Leader: {name}").format(
            name=team.leader_name or translate("TeamsPanel", "none yet")))
        members = teams.members(team_id)
        _fill(self.members, [(m.name or translate("TeamsPanel", "(erased)"), m.member_no,
                              m.joined_on, m.activities, hours_text(m.hours)) for m in members],
              [m.visitor_id for m in members], figures=(4,))
        for row, member in enumerate(members):
            if member.leader:
                self.members.item(row, 0).setText("★ " + self.members.item(row, 0).text())
        self.members.setVisible(bool(members))
        self.no_members.setVisible(not members)
        if members:
            self.members.selectRow(0)
        self.show_history()

    def show_history(self) -> None:
        visitor_id = self.member_id()
        for button in (self.remove_button, self.leader_button):
            button.setEnabled(visitor_id is not None)
        if visitor_id is None:
            self.history_label.setText(translate(
                "TeamsPanel", "Choose a member to see the activities they took part in."))
            _fill(self.history, [])
            return
        name = self.members.item(self.members.currentRow(), 0).text().lstrip("★ ")
        record = teams.member_history(visitor_id)
        types = TYPES.names(current_language())
        self.history_label.setText(translate(
            "TeamsPanel", "{name}: {count} activities, {hours} volunteer hours").format(
            name=name, count=record.count, hours=hours_text(record.hours)) if record.count
            else translate("TeamsPanel", "{name} has not taken part in an activity yet.")
            .format(name=name))
        _fill(self.history, [(a.date, types.get(a.type, a.type), hours_text(a.hours), a.title)
                             for a in record.activities], figures=(2,))

    # -- actions -----------------------------------------------------------------------
    def _changed(self, team_id: int) -> None:
        """A team changed: show it, and tell the activities list (team names)."""
        self.refresh(select=team_id)
        self.changed.emit()

    def new_team(self) -> None:
        dialog = TeamDialog(parent=self)
        if dialog.exec() == TeamDialog.DialogCode.Accepted:
            self._changed(dialog.team_id)

    def rename_team(self) -> None:
        team_id = self.team_id()
        if team_id is not None and TeamDialog(team_id, self).exec() == \
                TeamDialog.DialogCode.Accepted:
            self._changed(team_id)

    def add_member(self) -> None:
        team_id = self.team_id()
        if team_id is not None and AddMemberDialog(team_id, self).exec() == \
                AddMemberDialog.DialogCode.Accepted:
            self._changed(team_id)

    def remove_member(self) -> None:
        team_id, visitor_id = self.team_id(), self.member_id()
        if team_id is None or visitor_id is None:
            return
        name = self.members.item(self.members.currentRow(), 0).text().lstrip("★ ")
        answer = QMessageBox.question(self, translate("TeamsPanel", "Remove from the team"),
                                      translate("TeamsPanel", "Remove {name} from the team? "
                                                              "Their past activities stay.")
                                      .format(name=name))
        if answer == QMessageBox.StandardButton.Yes:
            teams.remove_member(team_id, visitor_id)
            self._changed(team_id)

    def make_leader(self) -> None:
        team_id, visitor_id = self.team_id(), self.member_id()
        if team_id is None or visitor_id is None:
            return
        try:
            teams.set_leader(team_id, visitor_id)
        except UserError as exc:  # pragma: no cover - a member is a live visitor
            QMessageBox.warning(self, "", exc.message(QCoreApplication.translate))
            return
        self.refresh(select=team_id)
