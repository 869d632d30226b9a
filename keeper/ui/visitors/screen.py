"""The Visitors screen: the directory with search as you type, and one person's page."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from keeper.core import catalog, directory
from keeper.core.ledger_query import VisitFilter
from keeper.i18n import current_language, translate
from keeper.ui.visitors.actions import EraseDialog, MergeDialog
from keeper.ui.visitors.form import VisitorDialog
from keeper.ui.visitors.model import GROUP, VisitorTableModel, fill_before_paint
from keeper.ui.widgets.fit import fit_columns
from keeper.ui.widgets.visit_table import VisitTable
from keeper.ui.widgets.common import after_typing, list_table


class VisitorsScreen(QWidget):
    visits_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        language = current_language()
        self._services = {s.code: s.name(language) for s in catalog.services()}
        self._groups = {g.code: g.name(language) for g in catalog.groups()}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate(
            "VisitorsScreen", "Search: name, pinyin (lyw), last digits of the mobile, member no."))
        self.search.setClearButtonEnabled(True)
        self.group = QComboBox()
        self.group.addItem(translate("VisitorsScreen", "All groups"), None)
        for code, name in self._groups.items():
            self.group.addItem(name, code)
        self.volunteers = QCheckBox(translate("VisitorsScreen", "Volunteers"))
        self.party_members = QCheckBox(translate("VisitorsScreen", "Party members"))
        self.register_button = QPushButton(translate("VisitorsScreen", "Register a visitor…"))
        self.roster_button = QPushButton(translate("VisitorsScreen", "Import a roster…"))
        self.new_cards_button = QPushButton(translate("VisitorsScreen", "Print cards for all without one…"))
        self.new_cards_button.setToolTip(translate(
            "VisitorsScreen", "Print member cards for everyone who has none yet"))
        for widget in (self.search, self.group, self.volunteers, self.party_members):
            bar.addWidget(widget, 1 if widget is self.search else 0)
        bar.addWidget(self.register_button)
        bar.addWidget(self.roster_button)
        layout.addLayout(bar)
        counts = QHBoxLayout()
        self.count_label = QLabel()
        counts.addWidget(self.count_label)
        self.card_status = QLabel()  # what the last card printing did, or why not
        self.card_status.setWordWrap(True)
        self.card_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        counts.addWidget(self.card_status, 1)
        counts.addWidget(self.new_cards_button)
        layout.addLayout(counts)

        self.model = VisitorTableModel(self)
        self.table = list_table(self.model)
        self.table.setObjectName("visitorTable")
        fill_before_paint(self.table, self.model)
        # Several people at once: their cards print together.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 400])  # the list needs the room more than the page
        layout.addWidget(splitter, 1)

        self._debounce = after_typing(self, self.search, self.apply_filter, 120)
        self.group.currentIndexChanged.connect(self.apply_filter)
        self.volunteers.toggled.connect(self.apply_filter)
        self.party_members.toggled.connect(self.apply_filter)
        self.register_button.clicked.connect(self.register)
        self.roster_button.clicked.connect(self.import_roster)
        self.new_cards_button.clicked.connect(lambda: self.print_cards(None))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        self.apply_filter()
        fit_columns(self.table, samples={GROUP: list(self._groups.values())}, maximum=200)

    def _detail_panel(self) -> QWidget:
        panel = QGroupBox(translate("VisitorsScreen", "Visitor"))
        layout = QVBoxLayout(panel)
        self.detail_form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, label in (
                ("name", translate("VisitorsScreen", "Name:")),
                ("phone", translate("VisitorsScreen", "Mobile:")),
                ("member_no", translate("VisitorsScreen", "Member no.:")),
                ("card", translate("VisitorsScreen", "Member card:")),
                ("group", translate("VisitorsScreen", "Group:")),
                ("platform", translate("VisitorsScreen", "Platform:")),
                ("flags", translate("VisitorsScreen", "Party / volunteer:")),
                ("registered", translate("VisitorsScreen", "Registered:")),
                ("visits", translate("VisitorsScreen", "Visits:")),
                ("services", translate("VisitorsScreen", "Services used:")),
                ("notes", translate("VisitorsScreen", "Notes:"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            self.detail_form.addRow(label, value)
        layout.addLayout(self.detail_form)
        buttons = QHBoxLayout()
        # Two corrections on one panel: the person's details here, a visit's under the list.
        self.edit_button = QPushButton(translate("VisitorsScreen", "Correct details…"))
        self.merge_button = QPushButton(translate("VisitorsScreen", "Merge a duplicate…"))
        self.erase_button = QPushButton(translate("VisitorsScreen", "Erase this person…"))
        for button in (self.edit_button, self.merge_button, self.erase_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        card_buttons = QHBoxLayout()
        self.card_button = QPushButton(translate("VisitorsScreen", "Print card…"))
        self.card_button.setToolTip(translate(
            "VisitorsScreen", "Print the cards of everyone selected in the list"))
        self.reissue_button = QPushButton(translate("VisitorsScreen", "Reissue a lost card…"))
        card_buttons.addWidget(self.card_button)
        card_buttons.addWidget(self.reissue_button)
        card_buttons.addStretch(1)
        layout.addLayout(card_buttons)
        self.card_button.clicked.connect(lambda: self.print_cards(self.selected_ids()))
        self.reissue_button.clicked.connect(self.reissue_card)
        self.edit_button.clicked.connect(self.edit)
        self.merge_button.clicked.connect(self.merge)
        self.erase_button.clicked.connect(self.erase)
        self.visits = VisitTable(VisitFilter(visitor_id=-1), compact=True)
        self.visits.correct_button.setText(translate("VisitorsScreen", "Correct visit…"))
        self.visits.visits_changed.connect(self._visit_corrected)
        layout.addWidget(self.visits, 1)
        self._sync_buttons(None)
        return panel

    # -- list --------------------------------------------------------------------------
    def apply_filter(self) -> None:
        self.model.set_query(self.search.text(), self.group.currentData(),
                             self.volunteers.isChecked(), self.party_members.isChecked())
        people = self.model.rowCount()
        self._show_count(people)
        if people and self.search.text().strip():
            self.table.selectRow(0)  # typing a name shows that person straight away
        else:
            self.show_selected()

    def _show_count(self, people: int) -> None:
        label = self.count_label
        label.setText(translate("VisitorsScreen", "%n people", None, people))
        # The count changes at every keystroke. A box that only grows keeps its size for a
        # shorter number, so the whole screen is not laid out and repainted around it.
        hint = label.sizeHint()
        if hint.width() > label.minimumWidth() or hint.height() != label.minimumHeight():
            label.setFixedSize(hint.width(), hint.height())

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.visitor_id(min(r.row() for r in rows)) if rows else None

    def selected_ids(self) -> list[int]:
        rows = sorted(r.row() for r in self.table.selectionModel().selectedRows())
        return [self.model.visitor_id(row) for row in rows]

    def select(self, visitor_id: int) -> None:
        row = self.model.row_of(visitor_id)
        if row < 0:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.apply_filter()
            row = self.model.row_of(visitor_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # -- one person --------------------------------------------------------------------
    def show_selected(self) -> None:
        visitor_id = self.selected_id()
        if visitor_id is None:
            self._sync_buttons(None)
            for label in self.fields.values():
                label.clear()
            self.fields["name"].setText(translate(
                "VisitorsScreen", "Choose someone in the list, or search above."))
            self.visits.model.set_filter(VisitFilter(visitor_id=-1))
            return
        person = directory.get_visitor(visitor_id)
        self._sync_buttons(visitor_id, erased=person.erased_at is not None)
        figures = directory.stats(visitor_id)
        flags = [text for flag, text in (
            (person.party_member, translate("VisitorsScreen", "party member")),
            (person.volunteer, translate("VisitorsScreen", "volunteer") + (
                f" ({person.volunteer_team})" if person.volunteer_team else "")))
            if flag]
        registered = person.registered_on or ""
        if person.consent_on:
            registered += "  " + translate("VisitorsScreen", "(consent given {day})").format(
                day=person.consent_on)
        values = {
            "name": person.name or translate("VisitorsScreen", "(erased)"),
            "phone": person.phone or "",  # in full here only; lists mask it
            "member_no": person.member_no or "",
            "card": (translate("VisitorsScreen", "no. {serial}").format(serial=person.card_serial)
                     if person.card_serial else translate("VisitorsScreen", "none printed yet")),
            "group": self._groups.get(person.group_code, person.group_code),
            "platform": person.platform, "flags": catalog.list_separator(current_language()).join(flags), "registered": registered,
            **self._figures(figures),
            "notes": person.notes,
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        self.visits.model.set_filter(VisitFilter(visitor_id=visitor_id))

    def _figures(self, figures: directory.VisitorStats) -> dict[str, str]:
        visits = figures.visits
        return {
            "visits": translate("VisitorsScreen", "%n visits, first {first}, last {last}", None,
                                visits).format(first=figures.first_visit or "—",
                                               last=figures.last_visit or "—"),
            "services": "  ·  ".join(f"{self._services.get(code, code)} {uses}" for code, uses in
                                     sorted((figures.services or {}).items(),
                                            key=lambda item: -item[1])),
        }

    def _visit_corrected(self) -> None:
        """A visit of this person's list corrected, voided or restored: their figures and
        the list's counts say so at once; the visit stays selected under the list."""
        self.model.reread()
        visitor_id = self.selected_id()
        if visitor_id is not None:
            for key, text in self._figures(directory.stats(visitor_id)).items():
                self.fields[key].setText(text)
        self.visits_changed.emit()

    def _sync_buttons(self, visitor_id: int | None, *, erased: bool = False) -> None:
        for button in (self.edit_button, self.merge_button, self.erase_button,
                       self.card_button, self.reissue_button):
            button.setEnabled(visitor_id is not None and not erased)

    # -- actions -----------------------------------------------------------------------
    def register(self, prefill: str = "") -> int | None:
        dialog = VisitorDialog(prefill=prefill or self.search.text(), parent=self)
        dialog.open_existing.connect(self.select)
        if dialog.exec() == VisitorDialog.DialogCode.Accepted:
            self.select(dialog.visitor_id)
            return dialog.visitor_id
        return None

    def print_cards(self, visitor_ids: list[int] | None) -> None:
        """Cards of these people, or (None) of everyone without a card yet."""
        from keeper.ui.visitors.cards import print_cards

        self.card_status.setText(print_cards(self, visitor_ids))
        self.show_selected()  # the serial of someone printed for the first time

    def reissue_card(self) -> None:
        from keeper.ui.visitors.cards import ReissueDialog

        visitor_id = self.selected_id()
        if visitor_id is None:
            return
        dialog = ReissueDialog(visitor_id, directory.get_visitor(visitor_id).name, self)
        if dialog.exec():
            self.show_selected()
            self.print_cards([visitor_id])

    def import_roster(self) -> None:
        from keeper.ui.visitors.roster_dialog import RosterDialog

        dialog = RosterDialog(self)
        dialog.exec()
        if dialog.imported:
            self.apply_filter()

    def edit(self) -> None:
        visitor_id = self.selected_id()
        if visitor_id is None:
            return
        dialog = VisitorDialog(visitor_id, parent=self)
        dialog.open_existing.connect(self.select)
        if dialog.exec() == VisitorDialog.DialogCode.Accepted:
            self.model.refresh()
            self.select(visitor_id)

    def merge(self) -> None:
        visitor_id = self.selected_id()
        if visitor_id is not None and MergeDialog(visitor_id, self).exec():
            self.model.refresh()
            self.select(visitor_id)
            self.visits_changed.emit()

    def erase(self) -> None:
        from keeper.ui.lock import require_pin

        visitor_id = self.selected_id()
        if visitor_id is None or not require_pin(self, translate(
                "VisitorsScreen", "Erasing a person's data")):
            return
        if EraseDialog(visitor_id, self).exec():
            self.model.refresh()
            self.select(visitor_id)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if getattr(self, "_shown_once", False):
            self.model.refresh()  # people registered from the log screen meanwhile
        self._shown_once = True
