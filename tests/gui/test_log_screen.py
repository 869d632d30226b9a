"""The log screen, driven as the attendant drives it: tiles, keys, Enter, undo, corrections."""
from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from keeper.core import ledger
from keeper.core.ledger import NewVisit
from keeper.store.models import AuditEntry, Visit, VisitService, Visitor
from tests.gui.conftest import drive, type_text

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def screen(app, station, qtbot, pinned_now):
    from keeper.ui.log.screen import LogScreen

    log = LogScreen()
    qtbot.addWidget(log)
    log.resize(1280, 800)
    log.show()
    qtbot.waitExposed(log)
    log.activateWindow()  # keys and focus go to the active window, as on the station PC
    qtbot.waitUntil(log.isActiveWindow)
    log.setFocus()
    return log


def visits():
    return [(v.date, v.time, v.group_code, v.count, v.note, v.visitor_id, v.voided_at is not None,
             sorted(s.service_code for s in VisitService.select().where(
                 VisitService.visit == v.id)))
            for v in Visit.select().order_by(Visit.id)]


def shown(screen, row=0, column=3):
    model = screen.table.model
    return model.data(model.index(row, column))


def test_two_clicks_log_a_visit(screen, qtbot):
    qtbot.mouseClick(screen.form.groups.tiles["rider"], LEFT)
    qtbot.mouseClick(screen.form.services.tiles["water"], LEFT)
    qtbot.mouseClick(screen.log_button, LEFT)
    assert visits() == [("2026-10-15", "14:30", "rider", 1, "", None, False, ["water"])]
    assert shown(screen) == "Drinking water"
    assert screen.table.model.highlighted == Visit.select().first().id
    assert "Delivery rider" in screen.confirmation.text()
    assert "Today: 1 visit<" in screen.totals_label.text()
    # Ready for the next one: the tiles are off, the group back to the usual one.
    assert screen.form.services.chosen() == [] and screen.form.groups.chosen() == ["other"]


def test_two_keys_log_a_visit(screen, qtbot):
    qtbot.keyClick(screen, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # courier
    qtbot.keyClick(screen, Qt.Key.Key_1)  # water
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    qtbot.keyClick(screen, Qt.Key.Key_2)  # rest: the group is back to the usual one
    qtbot.keyClick(screen, Qt.Key.Key_Enter)
    assert [(v[2], v[7]) for v in visits()] == [("courier", ["water"]), ("other", ["rest"])]
    assert shown(screen) == "Rest" and shown(screen, 1) == "Drinking water"


def test_the_group_stays_when_the_setting_says_so(screen, qtbot):
    from keeper import settings

    settings.set(settings.GROUP_RETURNS, False)  # typing in a sheet of couriers' rows
    qtbot.keyClick(screen, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    for _ in range(2):
        qtbot.keyClick(screen, Qt.Key.Key_1)
        qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert [v[2] for v in visits()] == ["courier", "courier"]


def test_the_log_starts_with_the_stations_usual_group(app, station, qtbot, pinned_now):
    from keeper.ui.log.screen import LogScreen

    for group, count in (("courier", 3), ("rider", 5), ("truck", 1)):
        ledger.log_visit(NewVisit(services=["water"], group=group, count=count,
                                  day=date(2026, 10, 1)))
    # Older than 30 days: not what the station sees now.
    ledger.log_visit(NewVisit(services=["water"], group="truck", count=50,
                              day=date(2026, 9, 1)))
    screen = LogScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.setFocus()
    assert screen.form.groups.chosen() == ["rider"]
    assert screen.form.groups.tiles["rider"].text().split("\n")[-1] == "Alt+1"  # its key
    qtbot.keyClick(screen, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(screen, Qt.Key.Key_1)
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert screen.form.groups.chosen() == ["rider"]  # back to the usual one
    assert Visit.select().order_by(Visit.id.desc()).first().group_code == "courier"


def test_services_show_in_catalogue_order(screen, qtbot):
    qtbot.keyClick(screen, Qt.Key.Key_4)  # charging first
    qtbot.keyClick(screen, Qt.Key.Key_2)  # then rest
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert shown(screen) == "Rest, Charging"
    assert "Rest, Charging" in screen.confirmation.text()


def test_the_confirmation_goes_with_the_next_action(screen, qtbot):
    qtbot.keyClick(screen, Qt.Key.Key_1)
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert screen.confirmation.text()
    qtbot.keyClick(screen, Qt.Key.Key_3)
    assert screen.confirmation.text() == ""
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    qtbot.keyClick(screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert screen.confirmation.text() == "The last entry was undone."
    qtbot.keyClick(screen, Qt.Key.Key_2)
    assert screen.confirmation.text() == ""


def test_the_empty_day_says_what_to_do(screen, qtbot):
    hint = screen.table.empty_hint
    assert hint.isVisible() and "Nothing logged today yet" in hint.text()
    qtbot.keyClick(screen, Qt.Key.Key_1)
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert not hint.isVisible()


def test_the_greyed_now_follows_the_clock(screen, qtbot):
    from datetime import datetime

    from keeper.core import clock

    assert screen.form.at.time().toString("HH:mm") == "14:30"
    clock.pin(datetime(2026, 10, 15, 14, 47).astimezone())
    screen._on_tick()
    assert screen.form.at.time().toString("HH:mm") == "14:47"


def test_ctrl_f_and_a_typed_letter_go_to_the_visitor_box(screen, qtbot):
    Visitor.create(name="Lee", phone="13812345678", group="courier", created_at="x",
                   search_key="lee")
    picker = screen.form.visitor
    qtbot.keyClick(screen, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert picker.search.hasFocus()
    screen.setFocus()
    qtbot.keyClicks(screen, "l")
    assert picker.search.hasFocus() and picker.search.text() == "l"


def test_enter_with_several_matches_shows_the_list(screen, qtbot):
    first = Visitor.create(name="王一", phone="13800001111", group="courier", created_at="x")
    second = Visitor.create(name="王二", phone="13900001111", group="truck", created_at="x")
    picker = screen.form.visitor
    picker.search.setFocus()
    type_text(qtbot, picker.search, "1111")
    popup = picker.completer.popup()
    assert popup.isVisible() and not popup.currentIndex().isValid()
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # marks the first, takes nobody
    assert picker.visitor is None and visits() == []
    popup.hide()  # as after Escape: Enter shows the list again
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.visitor is None and visits() == []
    assert popup.isVisible() and popup.currentIndex().row() == 0
    second_row = popup.model().index(1, 0).data()
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # the open list has the keyboard
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.visitor is not None and picker.visitor.name in second_row
    assert {first.id, second.id} >= {picker.visitor.id}
    assert visits() == []  # choosing a person logs nothing yet


def test_digits_typed_in_the_note_stay_in_the_note(screen, qtbot):
    qtbot.keyClick(screen, Qt.Key.Key_1)
    screen.form.note.setFocus()
    qtbot.keyClicks(screen.form.note, "2 bottles")
    qtbot.keyClick(screen.form.note, Qt.Key.Key_Return)
    assert visits()[0][4] == "2 bottles" and visits()[0][7] == ["water"]


def test_a_rush_with_a_count_and_a_note(screen, qtbot):
    qtbot.mouseClick(screen.form.groups.tiles["courier"], LEFT)
    qtbot.mouseClick(screen.form.services.tiles["water"], LEFT)
    qtbot.mouseClick(screen.form.services.tiles["rest"], LEFT)
    screen.form.count.selectAll()
    qtbot.keyClicks(screen.form.count, "5")
    type_text(qtbot, screen.form.note, "雨天避雨")
    qtbot.mouseClick(screen.log_button, LEFT)
    assert visits() == [("2026-10-15", "14:30", "courier", 5, "雨天避雨", None, False,
                         ["rest", "water"])]
    assert screen.form.count.value() == 1 and screen.form.note.text() == ""
    assert "Today: 5 visits" in screen.totals_label.text()


def test_no_service_is_said_next_to_the_tiles_and_nothing_is_lost(screen, qtbot):
    qtbot.mouseClick(screen.form.groups.tiles["truck"], LEFT)
    type_text(qtbot, screen.form.note, "夜班")
    qtbot.mouseClick(screen.log_button, LEFT)
    assert visits() == []
    assert screen.form.services_error.isVisible()
    assert "at least one service" in screen.form.services_error.text()
    assert screen.form.note.text() == "夜班" and screen.form.groups.chosen() == ["truck"]
    qtbot.mouseClick(screen.form.services.tiles["rest"], LEFT)
    assert not screen.form.services_error.isVisible()
    qtbot.mouseClick(screen.log_button, LEFT)
    assert visits()[0][2:5] == ("truck", 1, "夜班")


def test_paper_sheet_entries_keep_their_date(screen, qtbot):
    form = screen.form
    qtbot.mouseClick(form.now, LEFT)  # untick "Now"
    form.day.setDate(QDate(2026, 10, 3))
    qtbot.mouseClick(form.time_unknown, LEFT)
    qtbot.mouseClick(form.services.tiles["repair"], LEFT)
    qtbot.mouseClick(screen.log_button, LEFT)
    qtbot.mouseClick(form.services.tiles["water"], LEFT)
    qtbot.mouseClick(screen.log_button, LEFT)
    assert [(v[0], v[1]) for v in visits()] == [("2026-10-03", None), ("2026-10-03", None)]
    # Entered today, dated earlier: still in today's list, but not in today's totals.
    assert screen.table.model.rowCount() == 2
    assert shown(screen, 0, 0) == "2026-10-03"
    assert "Today: 0 visits" in screen.totals_label.text()


def test_a_future_date_is_refused_next_to_the_date(screen, qtbot):
    form = screen.form
    qtbot.mouseClick(form.now, LEFT)
    form.day.setDate(QDate(2026, 10, 20))
    qtbot.mouseClick(form.services.tiles["water"], LEFT)
    qtbot.mouseClick(screen.log_button, LEFT)
    assert visits() == []
    assert form.when_error.isVisible() and "future" in form.when_error.text()
    assert form.services.chosen() == ["water"]


def test_undo_the_last_entry(screen, qtbot):
    qtbot.keyClick(screen, Qt.Key.Key_3)
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert screen.undo_button.isEnabled()
    qtbot.mouseClick(screen.undo_button, LEFT)
    assert visits()[0][6] is True  # voided, not deleted
    assert Visit.select().first().void_reason == "undo"
    assert shown(screen, 0, 7) == "Undone"
    assert "Today: 0 visits" in screen.totals_label.text()
    assert not screen.undo_button.isEnabled()


def test_one_click_repeat_tiles(app, station, qtbot, pinned_now):
    from keeper.ui.log.screen import LogScreen

    for _ in range(3):
        ledger.log_visit(NewVisit(services=["battery_swap"], group="rider"))
    screen = LogScreen()
    qtbot.addWidget(screen)
    buttons = [screen.repeat_row.itemAt(i).widget() for i in range(screen.repeat_row.count())]
    repeat = [b for b in buttons if b is not None and b.objectName() == "repeatTile"]
    assert repeat and repeat[0].text() == "Delivery rider · Battery swap"
    qtbot.mouseClick(repeat[0], LEFT)
    assert Visit.select().count() == 4


def test_a_registered_visitor_found_as_you_type(screen, qtbot):
    lee = Visitor.create(name="李映旺", phone="13812345678", member_no="M000001",
                         group="courier", created_at="x")
    picker = screen.form.visitor
    qtbot.mouseClick(picker.search, LEFT)
    picker.search.setFocus()
    type_text(qtbot, picker.search, "5678")
    assert picker.completer.popup().isVisible()
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # takes the first match
    assert picker.visitor.id == lee.id
    assert "138****5678" in picker.chip.text()
    assert screen.form.groups.chosen() == ["courier"]  # the group follows the visitor
    qtbot.mouseClick(screen.form.services.tiles["water"], LEFT)
    qtbot.mouseClick(screen.log_button, LEFT)
    assert visits()[0][5] == lee.id
    assert shown(screen, 0, 5) == "李映旺 138****5678"
    assert picker.visitor is None  # cleared for the next visit




def test_correct_an_entry_with_a_reason(screen, qtbot, monkeypatch):
    from keeper.ui.ledger.dialogs import CorrectVisitDialog

    qtbot.keyClick(screen, Qt.Key.Key_1)
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    visit_id = Visit.select().first().id

    def without_reason_then_with(dialog):
        qtbot.mouseClick(dialog.form.groups.tiles["truck"], LEFT)
        dialog.form.count.setValue(2)
        qtbot.mouseClick(dialog.ok, LEFT)
        assert dialog.error.isVisible() and "reason" in dialog.error.text()
        assert dialog.isVisible()
        type_text(qtbot, dialog.reason, "选错了人员类别")
        qtbot.mouseClick(dialog.ok, LEFT)

    drive(monkeypatch, CorrectVisitDialog, without_reason_then_with)
    screen.table.select_id(visit_id)
    qtbot.mouseClick(screen.table.correct_button, LEFT)
    row = Visit.get_by_id(visit_id)
    assert (row.group_code, row.count, row.time) == ("truck", 2, "14:30")
    entry = AuditEntry.select().where(AuditEntry.action == "amend").get()
    assert entry.reason == "选错了人员类别"
    assert json.loads(entry.old) == {"count": 1, "group": "other"}
    assert shown(screen, 0, 2) == "Truck driver" and shown(screen, 0, 7) == "Corrected"


def test_void_and_restore_with_reasons(screen, qtbot, monkeypatch):
    from keeper.ui.ledger.dialogs import VoidVisitDialog

    qtbot.keyClick(screen, Qt.Key.Key_4)
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    visit_id = Visit.select().first().id
    drive(monkeypatch, VoidVisitDialog, lambda d: (type_text(qtbot, d.reason, "重复登记"),
                                                    qtbot.mouseClick(d.ok, LEFT)))
    screen.table.select_id(visit_id)
    qtbot.mouseClick(screen.table.void_button, LEFT)
    assert Visit.get_by_id(visit_id).void_reason == "重复登记"
    assert shown(screen, 0, 7) == "Voided: 重复登记"
    assert screen.table.void_button.text() == "Restore…"
    assert "Today: 0 visits" in screen.totals_label.text()
    qtbot.mouseClick(screen.table.void_button, LEFT)
    assert Visit.get_by_id(visit_id).voided_at is None
    assert "Today: 1 visit<" in screen.totals_label.text()


def test_history_dialog_lists_every_change(screen, qtbot, monkeypatch):
    from keeper.ui.ledger.dialogs import VisitHistoryDialog

    visit_id = ledger.log_visit(NewVisit(services=["water"]))
    ledger.amend_visit(visit_id, NewVisit(services=["water"], day=date(2026, 10, 15), count=2),
                       "two bottles")
    ledger.void_visit(visit_id, "double")
    screen.table.model.refresh()
    seen = []
    drive(monkeypatch, VisitHistoryDialog, lambda d: seen.append((d.heading.text(), d.texts())))
    screen.table.select_id(visit_id)
    qtbot.mouseClick(screen.table.history_button, LEFT)
    heading, rows = seen[0]
    assert heading == "2026-10-15, Other · Drinking water"
    assert [r[1] for r in rows] == ["Logged", "Corrected", "Voided"]
    assert rows[1][2] == "two bottles" and rows[2][2] == "double"
    # One readable line per changed field; nothing internal (codes, ids, "source").
    assert rows[1][3] == "Time: 14:30 → unknown\nPeople: 1 → 2"
    assert "Services: Drinking water" in rows[0][3] and "Group: Other" in rows[0][3]
    assert all("source" not in r[3] and "None" not in r[3] and "[" not in r[3] for r in rows)


def test_cancelling_a_dialog_changes_nothing(screen, qtbot, monkeypatch):
    from keeper.ui.ledger.dialogs import VoidVisitDialog

    qtbot.keyClick(screen, Qt.Key.Key_1)
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    drive(monkeypatch, VoidVisitDialog, lambda d: qtbot.mouseClick(
        d.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT))
    screen.table.select_id(Visit.select().first().id)
    qtbot.mouseClick(screen.table.void_button, LEFT)
    assert visits()[0][6] is False


def test_this_month_so_far_against_last_month(app, station, qtbot, pinned_now):
    from keeper.ui.log.screen import LogScreen

    ledger.log_visit(NewVisit(services=["water"], day=date(2026, 9, 10), count=4))
    ledger.log_visit(NewVisit(services=["water"], day=date(2026, 9, 20), count=9))  # after the 15th
    ledger.log_visit(NewVisit(services=["water"], day=date(2026, 10, 2), count=2))
    screen = LogScreen()
    qtbot.addWidget(screen)
    assert screen.month_label.text() == ""  # read after the first frame, not before it
    screen.show()
    qtbot.waitUntil(lambda: screen.month_label.text() ==
                    "This month so far: 2 visits (same days last month: 4, -50%)", timeout=2000)
    qtbot.mouseClick(screen.form.services.tiles["rest"], LEFT)
    screen.form.count.setValue(3)
    qtbot.mouseClick(screen.log_button, LEFT)
    assert screen.month_label.text() == \
        "This month so far: 5 visits (same days last month: 4, +25%)"


def test_the_correction_dialog_takes_the_number_keys(screen, qtbot, monkeypatch):
    from keeper.ui.ledger.dialogs import CorrectVisitDialog

    visit_id = ledger.log_visit(NewVisit(services=["water"]))

    def press(dialog):
        assert dialog.form.services.tiles["charging"].text() == "Charging\n4"
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.form.services.tiles["water"].setFocus()
        qtbot.keyClick(dialog.form.services.tiles["water"], Qt.Key.Key_4)  # on, as on the log
        qtbot.keyClick(dialog.form.services.tiles["water"], Qt.Key.Key_1)  # off
        assert dialog.form.services.chosen() == ["charging"]
        type_text(qtbot, dialog.reason, "充电不是饮水")
        qtbot.mouseClick(dialog.ok, LEFT)
    drive(monkeypatch, CorrectVisitDialog, press)
    screen.table.model.refresh()
    screen.table.select_id(visit_id)
    qtbot.mouseClick(screen.table.correct_button, LEFT)
    assert visits()[0][7] == ["charging"]


def test_a_phone_typed_into_a_note_is_masked_in_the_list(screen):
    ledger.log_visit(NewVisit(services=["water"], note="回电 13812345678"))
    screen.table.model.refresh()
    assert shown(screen, 0, 6) == "回电 138****5678"
    assert Visit.select().first().note == "回电 13812345678"  # stored as typed


def test_a_hidden_log_screen_catches_up_when_shown(screen, qtbot):
    from datetime import datetime

    from keeper.core import clock

    screen.hide()
    assert not screen._tick.isActive()  # nothing read while nobody looks
    clock.pin(datetime(2026, 10, 15, 14, 52).astimezone())
    assert screen.form.at.time().toString("HH:mm") == "14:30"
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.form.at.time().toString("HH:mm") == "14:52"
    assert screen._tick.isActive()
