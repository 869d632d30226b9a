"""A USB card scanner at the counter, driven as key events: a scan is keys 5 ms apart
(the catcher's clock is faked, no real waiting), a person types 120 ms apart. Every case
with the focus in each place on the log screen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from keeper import settings
from keeper.core import cards
from keeper.core.directory import VisitorDetails, register_visitor
from keeper.store.models import Visit, VisitService

SCAN_MS, TYPING_MS = 5, 120


class FakeClock:
    """The catcher's idea of when each key came (a real scanner's events carry it)."""

    def __init__(self) -> None:
        self.ms = 10_000.0

    def __call__(self, event) -> float:
        return self.ms


@pytest.fixture
def screen(app, station, qtbot, pinned_now):
    from keeper.ui.log.screen import LogScreen

    log = LogScreen()
    qtbot.addWidget(log)
    log.resize(1280, 800)
    log.show()
    qtbot.waitExposed(log)
    log.activateWindow()
    qtbot.waitUntil(log.isActiveWindow)
    log.setFocus()
    log.scanner.clock = FakeClock()
    return log


@pytest.fixture
def person(station):
    vid = register_visitor(VisitorDetails(name="李映旺", phone="13800001234", group="courier"))
    [card] = cards.cards_for([vid])
    cards.record_printed([card])
    return vid, card.token


def keys(qtbot, clock, text: str, gap: int, *, enter: bool = True) -> None:
    """Keys as the keyboard (or a scanner) sends them, to whatever has the focus."""
    for char in text:
        clock.ms += gap
        qtbot.keyClick(QApplication.focusWidget(), char)
    if enter:
        clock.ms += gap
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def focus(qtbot, screen, place: str):
    widget = {"screen": screen, "visitor box": screen.form.visitor.search,
              "note": screen.form.note, "count": screen.form.count}[place]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    return widget


def field_texts(screen) -> tuple[str, str, int]:
    return screen.form.visitor.search.text(), screen.form.note.text(), screen.form.count.value()


PLACES = ("screen", "visitor box", "note", "count")


@pytest.mark.parametrize("place", PLACES)
def test_a_scan_picks_the_person_and_their_group(screen, qtbot, person, place):
    vid, token = person
    focus(qtbot, screen, place)
    keys(qtbot, screen.scanner.clock, token, SCAN_MS)
    assert screen.form.visitor.visitor.id == vid
    assert "李映旺" in screen.form.visitor.chip.text()
    assert screen.form.groups.chosen() == ["courier"]
    assert Visit.select().count() == 0  # no service chosen yet: the scan only picks
    assert field_texts(screen) == ("", "", 1)  # nothing of the code typed into a field
    assert screen.error.isHidden() and "李映旺" in screen.confirmation.text()
    screen.scanner.clock.ms += TYPING_MS  # a moment later, the attendant's keys:
    qtbot.keyClick(screen, Qt.Key.Key_1)  # water, then Enter: the visit is theirs
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert [(v.visitor_id, v.group_code) for v in Visit.select()] == [(vid, "courier")]


CASES = {
    "another station": ("KPR1:XX-9:M000001:1", "another station"),
    "replaced card": (None, "was replaced"),
    "unknown member": ("KPR1:CY-017:M000999:1", "No member M000999"),
    "malformed": ("KPR1:CY-017:M000001", "not a readable member card"),
}


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("case", list(CASES))
def test_a_card_that_cannot_be_used_says_why_and_logs_nothing(screen, qtbot, person, place,
                                                              case):
    vid, token = person
    code, words = CASES[case]
    if code is None:
        cards.reissue_card(vid, "lost")
        code = token  # the old card
    settings.set(settings.SCAN_LOGS_SERVICE, "water")  # even when a scan would log
    focus(qtbot, screen, place)
    keys(qtbot, screen.scanner.clock, code, SCAN_MS)
    assert screen.error.isVisible() and words in screen.error.text()
    assert Visit.select().count() == 0
    assert screen.form.visitor.visitor is None
    assert field_texts(screen) == ("", "", 1)


@pytest.mark.parametrize("place", PLACES)
def test_a_scan_logs_the_service_at_once_with_undo(screen, qtbot, person, place):
    vid, token = person
    settings.set(settings.SCAN_LOGS_SERVICE, "water")
    focus(qtbot, screen, place)
    keys(qtbot, screen.scanner.clock, token, SCAN_MS)
    [visit] = Visit.select()
    assert (visit.visitor_id, visit.group_code) == (vid, "courier")
    assert [s.service_code for s in VisitService.select()] == ["water"]
    model = screen.table.model
    assert model.highlighted == visit.id and model.data(model.index(0, 3)) == "Drinking water"
    assert screen.form.visitor.visitor is None  # ready for the next person
    qtbot.keyClick(screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Visit.get_by_id(visit.id).voided_at is not None


def test_chosen_tiles_are_what_the_scan_logs(screen, qtbot, person):
    vid, token = person
    settings.set(settings.SCAN_LOGS_SERVICE, "water")
    qtbot.keyClick(screen, Qt.Key.Key_2)  # rest
    keys(qtbot, screen.scanner.clock, token, SCAN_MS)
    assert [s.service_code for s in VisitService.select()] == ["rest"]


@pytest.mark.parametrize("place", ("visitor box", "note"))
def test_a_person_typing_the_same_text_types_it(screen, qtbot, person, place):
    vid, token = person
    widget = focus(qtbot, screen, place)
    keys(qtbot, screen.scanner.clock, token, TYPING_MS, enter=False)
    assert widget.text() == token  # every key, in order, where it was typed
    assert screen.form.visitor.visitor is None and screen.error.isHidden()
    assert Visit.select().count() == 0


def test_typing_on_the_screen_keeps_the_tile_keys(screen, qtbot, person):
    keys(qtbot, screen.scanner.clock, "KPR1", TYPING_MS, enter=False)  # 1 is water's key
    assert screen.form.services.chosen() == ["water"] and screen.form.visitor.visitor is None
    keys(qtbot, screen.scanner.clock, "", TYPING_MS)  # and Enter logs it
    assert Visit.select().count() == 1


def test_a_lone_k_reaches_its_field(screen, qtbot):
    note = focus(qtbot, screen, "note")
    keys(qtbot, screen.scanner.clock, "k", SCAN_MS, enter=False)
    qtbot.waitUntil(lambda: note.text() == "k")  # held a moment, then typed


def test_the_input_method_is_off_only_while_a_scan_comes_in(screen, qtbot, person):
    vid, token = person
    note = focus(qtbot, screen, "note")
    attribute = Qt.WidgetAttribute.WA_InputMethodEnabled
    assert note.testAttribute(attribute)
    keys(qtbot, screen.scanner.clock, token[:9], SCAN_MS, enter=False)
    assert not note.testAttribute(attribute) and screen.scanner.busy
    keys(qtbot, screen.scanner.clock, token[9:], SCAN_MS)
    assert note.testAttribute(attribute) and not screen.scanner.busy
    assert screen.form.visitor.visitor.id == vid


def test_a_scan_without_enter_says_how_to_set_the_scanner(screen, qtbot, person):
    vid, token = person
    note = focus(qtbot, screen, "note")
    keys(qtbot, screen.scanner.clock, token, SCAN_MS, enter=False)
    qtbot.waitUntil(screen.error.isVisible)
    assert "no Enter" in screen.error.text() and note.text() == ""
    assert note.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)


def test_a_dialog_over_the_screen_is_not_watched(screen, qtbot, person):
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    vid, token = person
    dialog = QDialog(screen)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    keys(qtbot, screen.scanner.clock, token, SCAN_MS, enter=False)
    assert field.text() == token and screen.form.visitor.visitor is None
    dialog.close()


def test_the_settings_box_turns_logging_at_once_on(app, station, qtbot):
    from keeper.ui.settings.cards_box import CardSettingsBox

    box = CardSettingsBox()
    qtbot.addWidget(box)
    assert box.scan_service.currentData() == "" and box.layout_choice.currentData() == "sheet"
    box.scan_service.setCurrentIndex(box.scan_service.findData("water"))
    assert "Drinking water" in box.scan_service.currentText()
    box.layout_choice.setCurrentIndex(box.layout_choice.findData("single"))
    assert settings.get(settings.SCAN_LOGS_SERVICE) == "water"
    assert settings.get(settings.CARD_LAYOUT) == "single"


def test_a_code_typed_from_the_card_into_the_visitor_box(screen, qtbot, person):
    vid, token = person
    focus(qtbot, screen, "visitor box")
    keys(qtbot, screen.scanner.clock, token.lower(), TYPING_MS)  # slowly: not a scan, a search
    assert screen.form.visitor.visitor.id == vid and Visit.select().count() == 0
    screen.form.visitor.set_visitor(None)
    focus(qtbot, screen, "visitor box")
    keys(qtbot, screen.scanner.clock, "KPR1:XX-9:M000001:1", TYPING_MS)
    assert "another station" in screen.error.text() and screen.error.isVisible()
    assert screen.form.visitor.visitor is None and Visit.select().count() == 0


def test_a_scan_while_the_search_list_is_open(screen, qtbot, person):
    vid, token = person
    focus(qtbot, screen, "visitor box")
    keys(qtbot, screen.scanner.clock, "lyw", TYPING_MS, enter=False)
    popup = screen.form.visitor.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    keys(qtbot, screen.scanner.clock, token, SCAN_MS)
    assert screen.form.visitor.visitor.id == vid and not popup.isVisible()
    assert Visit.select().count() == 0 and screen.error.isHidden()


def test_a_scan_queued_behind_a_busy_moment_is_still_a_scan(screen, qtbot, person):
    """The GUI thread was busy while the scanner typed: the keys wait in the queue with
    their own timestamps, and the hold timer fires first. The scan still counts."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    vid, token = person
    note = focus(qtbot, screen, "note")
    clock = screen.scanner.clock
    keys(qtbot, clock, token[:2], SCAN_MS, enter=False)  # "KP" held, the timer running

    class Stamped(FakeClock):  # the queued keys carry the time they were typed
        def __call__(self, event):
            return float(event.timestamp())
    screen.scanner.clock = Stamped()
    at = int(clock.ms)
    for char in token[2:] + "\r":
        at += SCAN_MS
        key = Qt.Key.Key_Return if char == "\r" else ord(char.upper())
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(at)
            QApplication.postEvent(note, event)
    screen.scanner._timer.timeout.emit()  # the hold timer fires before the queue is read
    assert screen.form.visitor.visitor.id == vid and note.text() == ""


def test_a_scanner_ending_with_two_enters_logs_nothing_more(screen, qtbot, person):
    vid, token = person
    keys(qtbot, screen.scanner.clock, token + "\r", SCAN_MS)  # CR LF: Enter twice
    assert screen.form.visitor.visitor.id == vid and screen.error.isHidden()
    keys(qtbot, screen.scanner.clock, "1", TYPING_MS)  # water, then a person's Enter logs
    assert [v.visitor_id for v in Visit.select()] == [vid]
