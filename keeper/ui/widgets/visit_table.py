"""A table of visits with its actions: correct, void or restore, history.

Shared by the log screen (today's entries) and the ledger screen (everything).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keeper.core.ledger_query import VisitFilter
from keeper.core import catalog
from keeper.i18n import current_language, translate
from keeper.ui.ledger.model import (
    COUNT,
    DATE,
    GROUP,
    NOTE,
    SERVICES,
    STATE,
    TIME,
    VISITOR,
    VisitTableModel,
)
from keeper.ui.widgets.common import list_table
from keeper.ui.widgets.fit import fit_columns



class VisitTable(QWidget):
    visits_changed = Signal()  # something was corrected, voided or restored

    def __init__(self, visit_filter: VisitFilter, *, sort: str = "date", sortable: bool = True,
                 extra_buttons: tuple[QPushButton, ...] = (), compact: bool = False,
                 parent: QWidget | None = None):
        """``compact``: one person's visits in a narrow pane beside their page, without the
        group, visitor and note columns (the page says who; a visit's own dialogs show its
        note), the services taking the room left."""
        super().__init__(parent)
        self.model = VisitTableModel(visit_filter, sort=sort, parent=self)
        self.view = list_table(self.model)
        self.view.setObjectName("visitTable")
        self._compact = compact
        for column in (GROUP, VISITOR, NOTE) if compact else ():
            self.view.setColumnHidden(column, True)
        header = self.view.horizontalHeader()
        if sortable:
            # The model starts newest first; show that before sorting is switched on.
            header.setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)
            self.view.setSortingEnabled(True)
        self._fit()
        # The rest of a long list is read once this screenful is painted: the viewport's
        # paint says so, not the model's data() (measuring the columns asks for it first).
        self.view.viewport().installEventFilter(self)
        self.view.doubleClicked.connect(lambda _index: self.correct())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)

        self.correct_button = QPushButton(translate("VisitTable", "Correct…"))
        self.void_button = QPushButton(translate("VisitTable", "Void…"))
        self.history_button = QPushButton(translate("VisitTable", "History…"))
        self.correct_button.clicked.connect(self.correct)
        self.void_button.clicked.connect(self.void_or_restore)
        self.history_button.clicked.connect(self.history)
        buttons = QHBoxLayout()
        for button in extra_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.correct_button, self.void_button, self.history_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._sync_buttons())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._sync_buttons())
        self.model.modelReset.connect(self._sync_buttons)
        self._sync_buttons()

    def _fit(self) -> None:
        """Columns sized to what they can hold in this language; the note takes the rest."""
        language = current_language()
        groups = [g.name(language) for g in catalog.groups()]
        services = sorted((s.name(language) for s in catalog.services(active_only=True)),
                          key=len)[-1:]  # the rows themselves show the usual pairs
        states = [translate("VisitTable", "Corrected"), translate("VisitTable", "Undone"),
                  translate("VisitTable", "Voided: {reason}").format(reason="重复登记")]
        if self._compact:  # a voided visit's reason elides here; its tooltip has it whole
            states = states[:2]
        fit_columns(self.view, stretch=SERVICES if self._compact else NOTE, maximum=240, samples={
            DATE: ["2026-10-15"], TIME: ["14:30"], GROUP: groups, COUNT: ["100"],
            SERVICES: [catalog.list_separator(language).join(services)],
            VISITOR: ["欧阳小明 138****1234"], STATE: states})

    def set_empty_text(self, text: str) -> None:
        """What the table says while it has no rows, instead of a blank grid."""
        if not hasattr(self, "empty_hint"):
            self.empty_hint = QLabel(self.view.viewport())
            self.empty_hint.setObjectName("emptyHint")
            self.empty_hint.setWordWrap(True)
            self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.empty_hint.setStyleSheet("color: #868e96; font-size: 12pt; padding: 16px;")
            for signal in (self.model.modelReset, self.model.rowsInserted,
                           self.model.rowsRemoved, self.model.layoutChanged):
                signal.connect(self._sync_empty_hint)
        self.empty_hint.setText(text)
        self._sync_empty_hint()

    def _sync_empty_hint(self, *_args) -> None:
        self.empty_hint.setGeometry(self.view.viewport().rect())
        self.empty_hint.setVisible(self.model.rowCount() == 0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self.model.reader.holding:
            self.model.reader.painting()
        elif event.type() == QEvent.Type.Resize and hasattr(self, "empty_hint"):
            self.empty_hint.setGeometry(self.view.viewport().rect())
        return False

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row(),
                                                                              QModelIndex()):
            return None
        return self.model.visit_id(index.row())

    def select_id(self, visit_id: int) -> None:
        row = self.model.row_of(visit_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def _sync_buttons(self) -> None:
        visit_id = self.selected_id()
        chosen = visit_id is not None
        voided = chosen and self.model.visit(self.model.row_of(visit_id)).voided
        self.correct_button.setEnabled(chosen and not voided)
        self.void_button.setEnabled(chosen)
        self.void_button.setText(translate("VisitTable", "Restore…") if voided
                                 else translate("VisitTable", "Void…"))
        self.history_button.setEnabled(chosen)

    def _menu(self, position) -> None:
        if self.selected_id() is None:
            return
        menu = QMenu(self)
        for button in (self.correct_button, self.void_button, self.history_button):
            action = QAction(button.text(), menu)
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
            menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(position))

    def _after_change(self, visit_id: int) -> None:
        self.model.refresh_row(visit_id)
        self._sync_buttons()
        self.visits_changed.emit()

    def correct(self) -> None:
        visit_id = self.selected_id()
        if visit_id is None or not self.correct_button.isEnabled():
            return
        from keeper.ui.ledger.dialogs import CorrectVisitDialog  # on demand: not at start-up

        dialog = CorrectVisitDialog(visit_id, self)
        if dialog.exec() == CorrectVisitDialog.DialogCode.Accepted and dialog.changed:
            self._after_change(visit_id)

    def void_or_restore(self) -> None:
        visit_id = self.selected_id()
        if visit_id is None:
            return
        voided = self.model.visit(self.model.row_of(visit_id)).voided
        from keeper.ui.ledger.dialogs import VoidVisitDialog

        dialog = VoidVisitDialog(visit_id, restore=voided, parent=self)
        if dialog.exec() == VoidVisitDialog.DialogCode.Accepted:
            self._after_change(visit_id)

    def history(self) -> None:
        visit_id = self.selected_id()
        if visit_id is not None:
            from keeper.ui.ledger.dialogs import VisitHistoryDialog

            VisitHistoryDialog(visit_id, self).exec()
