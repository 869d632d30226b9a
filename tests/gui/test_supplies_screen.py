"""Supplies in the window (issue 19): the log screen's water visit takes a bottle and
undo puts it back, a repair offers its parts, the Supplies screen's dialogs, the alerts."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from keeper.core import supplies, supply_visits
from keeper.store.stock import SupplyItem, SupplyMovement
from tests.gui.conftest import drive, type_text

LEFT = Qt.MouseButton.LeftButton


def on_hand(code):
    return SupplyItem.get_by_id(code).on_hand


@pytest.fixture
def log(app, station, qtbot, pinned_now):
    from keeper.ui.log.screen import LogScreen

    supplies.receive("bottled_water", 10, expires=date(2027, 1, 1))
    supplies.receive("inner_tube", 3)
    supply_visits.set_link("water", "bottled_water", 1)
    supply_visits.set_link("repair", "inner_tube", 0)
    screen = LogScreen()
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.setFocus()
    return screen


def test_a_water_visit_takes_a_bottle_and_undo_puts_it_back(log, qtbot):
    assert "Bottled water: only 10 left (minimum 24)" in log.stock.alerts.text()
    qtbot.keyClick(log, Qt.Key.Key_1)
    qtbot.keyClick(log, Qt.Key.Key_Return)  # still two keys
    assert on_hand("bottled_water") == 9
    assert "only 9 left" in log.stock.alerts.text()
    qtbot.mouseClick(log.undo_button, LEFT)
    assert on_hand("bottled_water") == 10
    assert "only 10 left" in log.stock.alerts.text()


def test_a_repair_offers_its_parts(log, qtbot):
    qtbot.keyClick(log, Qt.Key.Key_5)
    qtbot.keyClick(log, Qt.Key.Key_Return)
    assert log.stock.parts.isVisible()
    button = log.stock.parts.findChild(type(log.undo_button), "part-inner_tube")
    assert button.text() == "Inner tubes"
    qtbot.mouseClick(button, LEFT)
    assert on_hand("inner_tube") == 2
    assert not log.stock.parts.isVisible()
    qtbot.keyClick(log, Qt.Key.Key_2)  # a rest asks for nothing
    qtbot.keyClick(log, Qt.Key.Key_Return)
    assert not log.stock.parts.isVisible()


@pytest.fixture
def screen(app, station, qtbot, pinned_now):
    from keeper.ui.supplies.screen import SuppliesScreen

    widget = SuppliesScreen()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _select(screen, code):
    screen.table.selectRow(screen.model.row_of_code(code))


def test_receive_a_donation_with_an_expiry_date(screen, qtbot, monkeypatch):
    from keeper.ui.supplies.dialogs import MovementDialog

    _select(screen, "plaster")

    def fill(dialog):
        assert dialog.item.currentData() == "plaster" and dialog.expires_on.isChecked()
        dialog.quantity.setValue(40)
        dialog.expires.setDate(QDate(2026, 11, 1))
        type_text(qtbot, dialog.donor, "望京药店")
        assert dialog.donated.isChecked()
        qtbot.mouseClick(dialog.ok, LEFT)
    drive(monkeypatch, MovementDialog, fill)
    assert screen.record("receive")
    row = SupplyMovement.get()
    assert (row.kind, row.quantity, row.donor, row.lot.expires) == (
        "receive", 40, "望京药店", "2026-11-01")
    shown = screen.model.index(screen.model.row_of_code("plaster"), 2).data()
    assert shown == "40 plasters"
    assert "Plasters: 40 expire on 2026-11-01" in screen.alerts.text()
    assert screen.movements_model.rowCount() == 1
    assert screen.movements_model.index(0, 4).data() == "望京药店"


def test_issuing_more_than_on_hand_is_said_in_the_dialog(screen, qtbot, monkeypatch):
    from keeper.ui.supplies.dialogs import MovementDialog

    supplies.receive("umbrella", 2)
    screen.reload("umbrella")
    seen = {}

    def fill(dialog):
        assert "on hand: 2 umbrellas" in dialog.on_hand.text()
        dialog.quantity.setValue(5)
        qtbot.mouseClick(dialog.ok, LEFT)
        seen["error"] = dialog.error.text()
        assert dialog.isVisible()  # stays open, nothing lost
        dialog.reject()
    drive(monkeypatch, MovementDialog, fill)
    assert not screen.record("issue")
    assert "Only 2 umbrellas of Umbrellas are on hand, not 5" in seen["error"]
    assert on_hand("umbrella") == 2


def test_discard_needs_a_reason_and_count_records_the_difference(screen, qtbot, monkeypatch):
    from keeper.ui.supplies.dialogs import MovementDialog

    supplies.receive("iodine", 5, expires=date(2027, 5, 1))
    screen.reload("iodine")

    def discard(dialog):
        dialog.quantity.setValue(1)
        qtbot.mouseClick(dialog.ok, LEFT)
        assert "Say why" in dialog.error.text()
        type_text(qtbot, dialog.reason, "瓶子摔破")
        qtbot.mouseClick(dialog.ok, LEFT)
    drive(monkeypatch, MovementDialog, discard)
    assert screen.record("discard")
    assert on_hand("iodine") == 4

    def count(dialog):
        dialog.quantity.setValue(3)
        type_text(qtbot, dialog.reason, "盘点少一瓶")
        qtbot.mouseClick(dialog.ok, LEFT)
    drive(monkeypatch, MovementDialog, count)
    assert screen.record("count")
    assert on_hand("iodine") == 3
    kinds = [screen.movements_model.index(r, 1).data()
             for r in range(screen.movements_model.rowCount())]
    assert kinds == ["Counted", "Discarded", "Received"]


def test_link_a_service_in_the_items_dialog(screen, qtbot, monkeypatch):
    from keeper.ui.supplies.items_dialog import ItemsDialog

    def edit(dialog):
        dialog.list.setCurrentRow([dialog.list.item(i).data(Qt.ItemDataRole.UserRole)
                                   for i in range(dialog.list.count())].index("paper_cup"))
        dialog.minimum.setValue(80)
        qtbot.mouseClick(dialog.save_button, LEFT)
        dialog.service.setCurrentIndex(dialog.service.findData("water"))
        dialog.per_person.setValue(1)
        qtbot.mouseClick(dialog.link_button, LEFT)
        assert dialog.links.count() == 1 and "Drinking water" in dialog.links.item(0).text()
        dialog.warn_days.setValue(14)
        dialog.reject()
    drive(monkeypatch, ItemsDialog, edit)
    screen.edit_items()
    assert SupplyItem.get_by_id("paper_cup").min_level == 80
    assert supply_visits.links() == {"water": {"paper_cup": 1}}
    from keeper import settings

    assert settings.get(settings.SUPPLY_EXPIRY_DAYS) == 14
