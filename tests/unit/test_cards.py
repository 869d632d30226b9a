"""Member cards: tokens, issuing and reissuing (audited), reading a scan, and the card PDF
read back by a real barcode reader (zbarimg) from a real rendering (pdftoppm)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from keeper import settings
from keeper.core import audit, cards
from keeper.core.directory import VisitorDetails, register_visitor
from keeper.errors import UserError
from keeper.i18n import translate
from keeper.store.models import Visitor

# CI installs both (.ci/run), so there a missing reader fails the test instead of skipping it.
needs_readers = pytest.mark.skipif(
    not os.environ.get("CI") and not (shutil.which("zbarimg") and shutil.which("pdftoppm")),
    reason="zbarimg (zbar-tools) and pdftoppm (poppler-utils) are installed by .ci/run")


def _person(name: str, phone: str) -> int:
    return register_visitor(VisitorDetails(name=name, phone=phone, group="rider"))


def _message(exc: pytest.ExceptionInfo) -> str:
    return exc.value.message(translate)


def _printed(*args, **kwargs) -> list[cards.Card]:
    chosen = cards.cards_for(*args, **kwargs)
    cards.record_printed(chosen)
    return chosen


def test_first_print_issues_card_one_and_a_reprint_keeps_it(station):
    vid = _person("李映旺", "13800001234")
    [card] = cards.cards_for([vid])
    member = Visitor.get_by_id(vid).member_no
    assert card.serial == 1 and card.token == f"KPR1:CY-017:{member}:1"
    assert "138" not in card.token and "李" not in card.token  # no personal data in the code
    assert Visitor.get_by_id(vid).card_serial is None  # not issued until printed
    assert cards.record_printed([card]) == 1 and Visitor.get_by_id(vid).card_serial == 1
    assert _printed([vid])[0].serial == 1
    issued = [e for e in audit.history("visitor", vid) if e.action == "issue_card"]
    assert len(issued) == 1 and json.loads(issued[0].new) == {"card_serial": 1}


def test_all_new_takes_only_people_without_a_card(station):
    first, second = _person("张三", "13800001111"), _person("李四", "13800002222")
    _printed([first])
    assert [c.visitor_id for c in _printed(all_new=True)] == [second]
    assert cards.cards_for(all_new=True) == []


def test_reissue_replaces_the_old_card(station):
    vid = _person("王五", "13800003333")
    old = _printed([vid])[0]
    new = cards.reissue_card(vid, "lost on the road")
    assert new.serial == 2 and Visitor.get_by_id(vid).card_serial == 2
    assert cards.read_token(new.token).id == vid
    with pytest.raises(UserError) as exc:
        cards.read_token(old.token)
    assert "replaced" in _message(exc)
    entry = [e for e in audit.history("visitor", vid) if e.action == "reissue_card"][0]
    assert json.loads(entry.old) == {"card_serial": 1} and entry.reason == "lost on the road"


def test_a_scan_is_read_case_blind_and_with_spaces(station):
    vid = _person("赵六", "13800004444")
    token = _printed([vid])[0].token
    assert cards.read_token("  " + token.lower() + "\n").id == vid


@pytest.mark.parametrize("text, words", [
    ("KPR1:OTHER-9:M000001:1", "another station"),
    ("KPR1:CY-017:M999999:1", "No member M999999"),
    ("KPR1:CY-017:M000001:7", "never issued"),
    ("KPR1:CY-017", "not a readable member card"),
    ("KPR1:CY-017:M000001:x", "not a readable member card"),
    ("KPR1:CY-017:M000001:0", "not a readable member card"),
])
def test_bad_cards_are_refused_with_a_reason(station, text, words):
    _printed([_person("钱七", "13800005555")])
    with pytest.raises(UserError) as exc:
        cards.read_token(text)
    assert words in _message(exc)


def test_erased_person_has_no_card(station):
    from keeper.core.directory_changes import erase_visitor

    vid = _person("孙八", "13800006666")
    token = _printed([vid])[0].token
    erase_visitor(vid, "asked to be forgotten")
    with pytest.raises(UserError):
        cards.read_token(token)
    assert cards.cards_for([vid]) == []


def test_no_station_profile_is_a_clear_message(db):
    with pytest.raises(UserError) as exc:
        cards.cards_for(all_new=True)
    assert "station profile" in _message(exc)


def _decoded(pdf, tmp_path, dpi=300) -> tuple[list[str], list[str]]:
    """What zbarimg reads on every page, QR codes and Code 128 barcodes apart."""
    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True,
                   capture_output=True)
    pages = sorted(str(p) for p in tmp_path.glob("page*.png"))
    found = []
    for symbology in ("qrcode", "code128"):
        result = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", f"-S{symbology}.enable",
                                 *pages], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        found.append(result.stdout.split())
    return found[0], found[1]


@needs_readers
@pytest.mark.parametrize("layout, pages", [("sheet", 2), ("single", 13)])
def test_every_card_reads_back_exactly(qapp, station, tmp_path, layout, pages):
    from keeper.reports.cards_pdf import write_cards

    for n in range(12):  # more than one sheet
        _person(f"骑手{n}号", f"1380000{n:04d}")
    chosen = _printed(all_new=True)
    chosen.append(cards.reissue_card(chosen[0].visitor_id))
    out = tmp_path / "cards.pdf"
    assert write_cards(chosen, out, station.name, layout=layout) == pages  # 13 cards
    reader = PdfReader(out)
    assert len(reader.pages) == pages
    text = "".join(page.extract_text() for page in reader.pages)
    assert station.name in text and "骑手0号" in text and "M000001" in text
    qr, bars = _decoded(out, tmp_path)
    tokens = sorted(c.token for c in chosen)
    assert sorted(qr) == tokens
    assert sorted(bars) == tokens


def test_layout_setting_defaults_to_the_sheet(db):
    assert settings.get(settings.CARD_LAYOUT) == "sheet"


def test_a_cancelled_print_writes_nothing(qapp, station, tmp_path):
    from keeper.reports.cards_pdf import PrintCancelled, write_cards

    for n in range(15):
        _person(f"骑手{n}号", f"1380000{n:04d}")
    chosen = cards.cards_for(all_new=True)
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 10  # cancel after the first sheet
    out = tmp_path / "out"
    with pytest.raises(PrintCancelled):
        write_cards(chosen, out / "cards.pdf", station.name, progress=progress)
    assert seen == [(10, 15)] and list(out.iterdir()) == []  # not even a temporary file
    assert len(cards.cards_for(all_new=True)) == 15  # nobody was issued a card
