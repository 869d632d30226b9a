"""Member cards from the Visitors screen: one person, a selection, everyone without a card,
and a lost card reissued; every PDF read back."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog
from pypdf import PdfReader

from keeper.core.directory import VisitorDetails, register_visitor
from keeper.store.models import AuditEntry, Visitor
from tests.gui.conftest import drive

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def people(db, station, pinned_now):
    return [register_visitor(VisitorDetails(name=name, phone=phone)) for name, phone in (
        ("李映旺", "13812345678"), ("王芳", "13900001111"), ("张三", "13700002222"))]


@pytest.fixture
def screen(app, people, qtbot):
    from keeper.ui.visitors.screen import VisitorsScreen

    visitors = VisitorsScreen()
    qtbot.addWidget(visitors)
    visitors.resize(1280, 760)
    visitors.show()
    return visitors


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """The file dialog answers with the next name; the list says what was asked."""
    asked = []

    def answer(*args, **kwargs):
        asked.append(args)
        return str(tmp_path / f"cards{len(asked)}.pdf"), "PDF files (*.pdf)"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def pdf_text(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def select(screen, *visitor_ids) -> None:
    screen.table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for vid in visitor_ids:
        screen.table.selectionModel().select(screen.model.index(screen.model.row_of(vid), 0),
                                             flags)


def test_one_person_then_a_selection(screen, people, qtbot, save_as, tmp_path):
    lee, wang, zhang = people
    select(screen, lee)
    assert screen.fields["card"].text() == "none printed yet"
    qtbot.mouseClick(screen.card_button, LEFT)
    text = pdf_text(tmp_path / "cards1.pdf")
    assert "李映旺" in text and "KPR1:CY-017:M000001:1" in text and "王芳" not in text
    assert "13812345678" not in text
    assert screen.fields["card"].text() == "no. 1"
    assert "1 cards on 1 pages" in screen.card_status.text()
    select(screen, wang, zhang)
    qtbot.mouseClick(screen.card_button, LEFT)
    text = pdf_text(tmp_path / "cards2.pdf")
    assert "王芳" in text and "张三" in text and "李映旺" not in text
    assert [Visitor.get_by_id(v).card_serial for v in people] == [1, 1, 1]


def test_everyone_without_a_card(screen, people, qtbot, save_as, tmp_path):
    lee, wang, zhang = people
    select(screen, lee)
    qtbot.mouseClick(screen.card_button, LEFT)
    qtbot.mouseClick(screen.new_cards_button, LEFT)
    text = pdf_text(tmp_path / "cards2.pdf")
    assert "王芳" in text and "张三" in text and "李映旺" not in text
    qtbot.mouseClick(screen.new_cards_button, LEFT)  # nobody left: no file asked for
    assert len(save_as) == 2 and "already has a card" in screen.card_status.text()


def test_a_lost_card_is_reissued_and_printed(screen, people, qtbot, save_as, tmp_path,
                                             monkeypatch):
    from keeper.ui.visitors.cards import ReissueDialog

    lee = people[0]
    select(screen, lee)
    qtbot.mouseClick(screen.card_button, LEFT)

    def reissue(dialog):
        assert "李映旺" in dialog.findChild(type(screen.card_status)).text()
        qtbot.keyClicks(dialog.reason, "lost on the road")
        qtbot.mouseClick(dialog.ok, LEFT)
    drive(monkeypatch, ReissueDialog, reissue)
    qtbot.mouseClick(screen.reissue_button, LEFT)
    assert Visitor.get_by_id(lee).card_serial == 2
    assert screen.fields["card"].text() == "no. 2"
    assert "KPR1:CY-017:M000001:2" in pdf_text(tmp_path / "cards2.pdf")
    entry = AuditEntry.get(AuditEntry.action == "reissue_card")
    assert (json.loads(entry.old), json.loads(entry.new), entry.reason) == (
        {"card_serial": 1}, {"card_serial": 2}, "lost on the road")


def test_a_cancelled_file_dialog_prints_nothing(screen, people, qtbot, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    select(screen, people[0])
    qtbot.mouseClick(screen.card_button, LEFT)
    assert Visitor.get_by_id(people[0]).card_serial is None and screen.card_status.text() == ""


def test_an_unwritable_folder_is_a_message(screen, people, qtbot, monkeypatch, tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(blocked / "cards.pdf"), ""))
    select(screen, people[0])
    qtbot.mouseClick(screen.card_button, LEFT)
    assert "cannot be reached" in screen.card_status.text()
    assert Visitor.get_by_id(people[0]).card_serial is None  # no card issued on no paper


def test_cancelling_a_long_print(screen, people, qtbot, save_as, tmp_path, monkeypatch):
    from keeper.ui.visitors import cards as card_actions

    monkeypatch.setattr(card_actions, "_step", lambda dialog, done: False)  # "Cancel" pressed
    qtbot.mouseClick(screen.new_cards_button, LEFT)
    assert "cancelled" in screen.card_status.text()
    assert not (tmp_path / "cards1.pdf").exists()
    assert [Visitor.get_by_id(v).card_serial for v in people] == [None, None, None]
