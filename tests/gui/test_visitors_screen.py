"""The Visitors screen and registering from the log screen, driven like a user."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from keeper.core import ledger
from keeper.core.directory import VisitorDetails, register_visitor
from keeper.core.ledger import NewVisit
from keeper.store.models import AuditEntry, Visit, Visitor
from tests.gui.conftest import drive, type_text

LEFT = Qt.MouseButton.LeftButton




@pytest.fixture
def people(db, station, pinned_now):
    lee = register_visitor(VisitorDetails(name="李映旺", phone="13812345678", platform="美团",
                                          volunteer=True, volunteer_team="望京巡防队"))
    wang = register_visitor(VisitorDetails(name="王芳", phone="13900001111", group="courier"))
    ledger.log_visit(NewVisit(services=["water", "rest"], group="rider", visitor_id=lee))
    ledger.log_visit(NewVisit(services=["water"], group="rider", count=2, visitor_id=lee))
    return {"lee": lee, "wang": wang}


@pytest.fixture
def screen(app, people, show):
    from keeper.ui.visitors.screen import VisitorsScreen

    return show(VisitorsScreen())


def test_search_as_you_type_and_the_persons_page(screen, people, qtbot):
    assert screen.model.rowCount() == 2
    qtbot.keyClicks(screen.search, "lyw")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=2000)
    assert screen.selected_id() == people["lee"]
    fields = {key: label.text() for key, label in screen.fields.items()}
    assert fields["name"] == "李映旺" and fields["phone"] == "13812345678"  # full, here only
    assert fields["platform"] == "美团" and "望京巡防队" in fields["flags"]
    assert "3 visits" in fields["visits"]
    assert "Drinking water 3" in fields["services"]
    assert screen.visits.model.rowCount() == 2
    list_phone = screen.model.data(screen.model.index(0, 2))
    assert list_phone == "138****5678"  # masked in the list
    screen.search.clear()
    qtbot.keyClicks(screen.search, "1111")
    qtbot.waitUntil(lambda: screen.selected_id() == people["wang"], timeout=2000)


def test_typing_from_person_to_person_keeps_the_page_and_the_count_whole(screen, people,
                                                                         qtbot):
    """Each keystroke shows the first match's page and visits: from someone with visits to
    someone without, between two without (nothing to reset), and back; the count of
    matches is never cut, also when it grows by a digit."""
    zhang = register_visitor(VisitorDetails(name="张三", phone="13700003333"))

    def typed(text: str, person: int) -> None:
        screen.search.clear()
        qtbot.keyClicks(screen.search, text)
        qtbot.waitUntil(lambda: screen.selected_id() == person, timeout=2000)
        count = screen.count_label
        assert count.width() >= count.sizeHint().width()

    typed("lyw", people["lee"])
    assert screen.visits.model.rowCount() == 2 and screen.count_label.text() == "1 person"
    typed("1111", people["wang"])
    assert screen.fields["name"].text() == "王芳" and screen.visits.model.rowCount() == 0
    typed("3333", zhang)
    assert screen.fields["name"].text() == "张三" and "0 visits" in screen.fields["visits"].text()
    assert screen.visits.model.visit_filter.visitor_id == zhang
    assert screen.visits.model.rowCount() == 0
    ledger.log_visit(NewVisit(services=["rest"], visitor_id=zhang))
    typed("1111", people["wang"])
    typed("3333", zhang)
    assert screen.visits.model.rowCount() == 1 and "1 visit" in screen.fields["visits"].text()
    for i in range(8):  # 3 people -> 11: the count gets a digit more
        register_visitor(VisitorDetails(name=f"赵{i}", phone=f"1360000{i:04d}"))
    screen.search.clear()
    screen.apply_filter()
    assert screen.count_label.text() == "11 people"
    assert screen.count_label.width() >= screen.count_label.sizeHint().width()


def test_register_a_visitor(screen, qtbot, monkeypatch):
    from keeper.ui.visitors.form import VisitorDialog

    def fill(dialog):
        type_text(qtbot, dialog.name, "赵六")
        qtbot.keyClicks(dialog.phone, "137 0000 2222")
        dialog.group.setCurrentIndex(dialog.group.findData("truck"))
        dialog.platform.setCurrentText("满帮")
        qtbot.mouseClick(dialog.party_member, LEFT)
        qtbot.mouseClick(dialog.consent, LEFT)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)

    drive(monkeypatch, VisitorDialog, fill)
    qtbot.mouseClick(screen.register_button, LEFT)
    person = Visitor.get(Visitor.name == "赵六")
    assert (person.phone, person.group_code, person.platform, person.party_member) == (
        "13700002222", "truck", "满帮", True)
    assert person.consent_on == "2026-10-15" and person.member_no == "M000003"
    assert screen.selected_id() == person.id
    assert screen.fields["phone"].text() == "13700002222"


def test_a_known_phone_leads_to_the_existing_record(screen, people, qtbot, monkeypatch):
    from keeper.ui.visitors.form import VisitorDialog

    def fill(dialog):
        type_text(qtbot, dialog.name, "李应旺")
        qtbot.keyClicks(dialog.phone, "13812345678")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
        assert dialog.existing_button.isVisible()
        assert "already registered to 李映旺" in dialog.phone_error.text()
        qtbot.mouseClick(dialog.existing_button, LEFT)

    drive(monkeypatch, VisitorDialog, fill)
    screen.table.selectRow(screen.model.row_of(people["wang"]))
    qtbot.mouseClick(screen.register_button, LEFT)
    assert Visitor.select().count() == 2
    assert screen.selected_id() == people["lee"]


def test_correct_merge_and_erase(screen, people, qtbot, monkeypatch):
    from keeper.ui.visitors.actions import EraseDialog, MergeDialog
    from keeper.ui.visitors.form import VisitorDialog

    screen.select(people["wang"])

    def correct(dialog):
        dialog.group.setCurrentIndex(dialog.group.findData("ride_hailing"))
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)

    drive(monkeypatch, VisitorDialog, correct)
    qtbot.mouseClick(screen.edit_button, LEFT)
    assert Visitor.get_by_id(people["wang"]).group_code == "ride_hailing"

    duplicate = register_visitor(VisitorDetails(name="王 芳", phone="13900002222"))
    ledger.log_visit(NewVisit(services=["toilet"], visitor_id=duplicate))

    def merge(dialog):
        qtbot.mouseClick(dialog.other.search, LEFT)
        dialog.other.search.setFocus()
        qtbot.keyClicks(dialog.other.search, "2222")
        qtbot.keyClick(dialog.other.search, Qt.Key.Key_Return)
        type_text(qtbot, dialog.reason, "两个手机号")
        qtbot.mouseClick(dialog.ok, LEFT)

    drive(monkeypatch, MergeDialog, merge)
    screen.model.refresh()
    screen.select(people["wang"])
    qtbot.mouseClick(screen.merge_button, LEFT)
    assert Visit.select().where(Visit.visitor == people["wang"]).count() == 1
    assert Visitor.get_by_id(duplicate).merged_into_id == people["wang"]

    def erase(dialog):
        qtbot.mouseClick(dialog.ok, LEFT)  # no reason: refused
        assert dialog.error.isVisible()
        type_text(qtbot, dialog.reason, "本人要求删除")
        qtbot.mouseClick(dialog.ok, LEFT)

    drive(monkeypatch, EraseDialog, erase)
    screen.select(people["lee"])
    qtbot.mouseClick(screen.erase_button, LEFT)
    lee = Visitor.get_by_id(people["lee"])
    assert lee.name == "" and lee.phone is None
    assert Visit.select().where(Visit.visitor == people["lee"]).count() == 2
    assert AuditEntry.select().where(AuditEntry.action == "erase").count() == 1


def test_register_from_the_log_screen(app, people, qtbot, monkeypatch):
    from keeper.ui.log.screen import LogScreen
    from keeper.ui.visitors.form import VisitorDialog

    log = LogScreen()
    qtbot.addWidget(log)
    log.show()
    picker = log.form.visitor
    type_text(qtbot, picker.search, "陈新来")
    assert picker.register_button.isVisible()

    def fill(dialog):
        assert dialog.name.text() == "陈新来"
        qtbot.keyClicks(dialog.phone, "15000003333")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)

    drive(monkeypatch, VisitorDialog, fill)
    qtbot.mouseClick(picker.register_button, LEFT)
    person = Visitor.get(Visitor.name == "陈新来")
    assert picker.visitor.id == person.id and log.isVisible()
    qtbot.mouseClick(log.form.services.tiles["water"], LEFT)
    qtbot.mouseClick(log.log_button, LEFT)
    assert Visit.select().order_by(Visit.id.desc()).first().visitor_id == person.id


def test_the_directory_model_keeps_qts_contract(qtmodeltester, app, people):
    from keeper.ui.visitors.model import VisitorTableModel

    model = VisitorTableModel()
    qtmodeltester.check(model)
    model.set_query("wang")
    qtmodeltester.check(model)


def test_import_a_roster_with_a_preview(screen, qtbot, monkeypatch, tmp_path):
    import csv

    from keeper.ui.visitors.roster_dialog import RosterDialog

    path = tmp_path / "roster.csv"
    with open(path, "w", newline="", encoding="gb18030") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "手机号", "身份", "平台", "志愿者"])
        writer.writerow(["陈新来", "15000003333", "外卖骑手", "饿了么", "是"])
        writer.writerow(["坏数据", "123", "外卖骑手", "", ""])
    seen = {}

    def act(dialog):
        dialog.load(path)
        seen["bad"] = dialog.problems.item(0).text()
        seen["bad_summary"] = dialog.summary.text()
        seen["enabled_with_bad"] = dialog.import_button.isEnabled()
        with open(path, "w", newline="", encoding="gb18030") as handle:  # corrected file
            writer = csv.writer(handle)
            writer.writerow(["姓名", "手机号", "身份", "平台", "志愿者"])
            writer.writerow(["陈新来", "15000003333", "外卖骑手", "饿了么", "是"])
        dialog.load(path)
        seen["preview"] = [dialog.table.item(0, c).text() for c in range(5)]
        qtbot.mouseClick(dialog.import_button, LEFT)
        seen["summary"] = dialog.summary.text()

    drive(monkeypatch, RosterDialog, act)
    qtbot.mouseClick(screen.roster_button, LEFT)
    assert "Row 3" in seen["bad"] and not seen["enabled_with_bad"]
    assert seen["bad_summary"].startswith("1 row cannot be imported")  # one, not "1 rows"
    assert seen["preview"] == ["2", "陈新来", "150****3333", "Delivery rider", "饿了么"]
    assert "1 added" in seen["summary"]
    assert Visitor.get(Visitor.phone == "15000003333").volunteer
    assert screen.model.rowCount() == 3


def test_erasing_a_person_asks_for_the_pin(screen, people, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from keeper.core import pin
    from keeper.ui import lock
    from keeper.ui.visitors.actions import EraseDialog

    pin.set_pin("2468")
    monkeypatch.setattr(lock.PinDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    opened = []
    monkeypatch.setattr(EraseDialog, "exec", lambda self: opened.append(self) or 0)
    screen.select(people["lee"])
    qtbot.mouseClick(screen.erase_button, LEFT)
    assert opened == [] and Visitor.get_by_id(people["lee"]).name == "李映旺"
    monkeypatch.setattr(lock.PinDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    qtbot.mouseClick(screen.erase_button, LEFT)
    assert len(opened) == 1


def test_erasing_shows_what_changes_in_free_text_first(screen, people, qtbot, monkeypatch):
    from keeper.core.appeals import NewAppeal, record_appeal
    from keeper.store.records import Appeal
    from keeper.ui.visitors.actions import EraseDialog

    note = ledger.log_visit(NewVisit(services=["water"], visitor_id=people["lee"],
                                     note="李映旺说 138 1234 5678 换号了"))
    appeal = record_appeal(NewAppeal("李映旺反映小区不让进", visitor_id=people["lee"]))
    shown = {}

    def erase(dialog):
        from PySide6.QtWidgets import QTreeWidget

        tree = dialog.findChild(QTreeWidget, "erasurePreview")
        rows = [[tree.topLevelItem(i).text(c) for c in range(3)]
                for i in range(tree.topLevelItemCount())]
        shown["rows"] = rows
        assert Visit.get_by_id(note).note.startswith("李映旺")  # nothing done yet
        dialog.grab().save("/tmp/privacy-erase-preview.png")
        type_text(qtbot, dialog.reason, "本人要求删除")
        qtbot.mouseClick(dialog.ok, LEFT)

    drive(monkeypatch, EraseDialog, erase)
    screen.select(people["lee"])
    qtbot.mouseClick(screen.erase_button, LEFT)
    assert [f"Visit #{note}", "李映旺说 138 1234 5678 换号了", "■■■说 ■■■ 换号了"] in shown["rows"]
    assert [f"Appeal #{appeal}", "李映旺反映小区不让进", "■■■反映小区不让进"] in shown["rows"]
    assert Visit.get_by_id(note).note == "■■■说 ■■■ 换号了"
    assert Appeal.get_by_id(appeal).description == "■■■反映小区不让进"
    assert AuditEntry.select().where(AuditEntry.action == "scrub").count() == 1


def test_voiding_a_visit_from_the_persons_list_updates_their_figures(screen, people, qtbot,
                                                                      monkeypatch):
    from keeper.ui.ledger.dialogs import VoidVisitDialog

    screen.select(people["lee"])
    assert "3 visits" in screen.fields["visits"].text()
    row = screen.model.row_of(people["lee"])
    assert screen.model.data(screen.model.index(row, 5)) == "3"  # the list's Visits column

    def act(dialog):
        type_text(qtbot, dialog.reason, "登记重复")
        qtbot.mouseClick(dialog.ok, LEFT)

    drive(monkeypatch, VoidVisitDialog, act)
    two = next(r for r in range(screen.visits.model.rowCount())
               if screen.visits.model.visit(r).count == 2)  # the visit of 2 (water)
    screen.visits.select_id(screen.visits.model.visit(two).id)
    qtbot.mouseClick(screen.visits.void_button, LEFT)
    assert Visit.get_by_id(screen.visits.selected_id()).voided_at is not None
    assert "1 visit," in screen.fields["visits"].text()  # the person's page, at once
    assert "Drinking water 1" in screen.fields["services"].text()
    assert screen.model.data(screen.model.index(row, 5)) == "1"  # and the list's count
    assert screen.selected_id() == people["lee"]  # still on the same person


def test_scrolling_a_long_directory_shows_every_row_it_paints(app, db, station, show, qtbot):
    """The list reads its rows a screenful at a time into Qt's items, just before they are
    painted: wherever the attendant scrolls, the rows on screen have their texts."""
    from tests.support.people import make_directory

    from keeper.ui.visitors.model import PAGE
    from keeper.ui.visitors.screen import VisitorsScreen

    rows = make_directory(PAGE * 7)
    by_id = {row[0]: row for row in rows}
    screen = show(VisitorsScreen())
    qtbot.waitExposed(screen)
    table, model = screen.table, screen.model
    assert model.rowCount() == len(rows)
    unread = model.item(PAGE * 5, 1)
    assert unread is None or unread.text() == ""  # not read before it is shown

    def painted_rows_have_texts() -> None:
        viewport = table.viewport()
        first, last = table.rowAt(0), table.rowAt(viewport.height() - 1)
        last = model.rowCount() - 1 if last < 0 else last
        assert first >= 0 and last > first
        for row in range(first, last + 1):
            visitor = by_id[model.visitor_id(row)]
            assert model.item(row, 1).text() == visitor[1]  # the name
            assert model.item(row, 2).text().endswith(visitor[2][-4:])  # the masked mobile

    for scroll in (table.verticalScrollBar().maximum() // 2, table.verticalScrollBar().maximum()):
        table.verticalScrollBar().setValue(scroll)
        table.viewport().grab()  # a paint of what is on screen, as after a scroll
        painted_rows_have_texts()
    assert model.texts(PAGE * 3 + 1)[1] == by_id[model.visitor_id(PAGE * 3 + 1)][1]
