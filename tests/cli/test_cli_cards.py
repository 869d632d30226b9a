"""``keeper visitors cards`` and ``keeper log --visitor <card code>`` as a user runs them."""
from __future__ import annotations

import sqlite3

from pypdf import PdfReader

from tests.cli.test_cli import assert_clean_error, keeper, station  # noqa: F401 (fixture)


def _register(folder, *people):
    roster = folder.parent / "roster.csv"
    roster.write_text("姓名,手机号,身份\n" + "".join(f"{n},{p},外卖骑手\n" for n, p in people),
                      encoding="utf-8")
    assert keeper(folder, "visitors", "import", str(roster)).returncode == 0


def _serials(folder):
    with sqlite3.connect(folder / "keeper.db") as conn:
        return dict(conn.execute("SELECT member_no, card_serial FROM visitor"))


def test_cards_for_everyone_new_then_one_member(station, tmp_path):  # noqa: F811
    _register(station, ("李映旺", "13800001234"), ("张三", "13900005678"))
    out = tmp_path / "cards.pdf"
    result = keeper(station, "visitors", "cards", "--all-new", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "2 cards on 1 pages" in result.stdout
    text = PdfReader(out).pages[0].extract_text()
    assert "李映旺" in text and "KPR1:CY-017:M000001:1" in text and "13800001234" not in text
    assert _serials(station) == {"M000001": 1, "M000002": 1}
    again = keeper(station, "visitors", "cards", "--all-new", "--out", str(out))
    assert_clean_error(again)
    assert "already has a card" in again.stderr
    single = tmp_path / "one.pdf"
    result = keeper(station, "visitors", "cards", "--member", "m000002", "--layout", "single",
                    "--out", str(single))
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(single).pages) == 1


def test_cards_need_a_choice_and_a_known_member(station, tmp_path):  # noqa: F811
    out = tmp_path / "cards.pdf"
    assert_clean_error(keeper(station, "visitors", "cards", "--out", str(out)))
    unknown = keeper(station, "visitors", "cards", "--member", "M000404", "--out", str(out))
    assert "M000404" in assert_clean_error(unknown)
    assert not out.exists()
    assert keeper(station, "visitors", "cards", "--all-new").returncode == 2  # no --out


def test_log_with_a_card_code(station, tmp_path):  # noqa: F811
    _register(station, ("李映旺", "13800001234"))
    keeper(station, "visitors", "cards", "--all-new", "--out", str(tmp_path / "c.pdf"))
    result = keeper(station, "log", "--service", "water", "--group", "rider",
                    "--visitor", "KPR1:CY-017:M000001:1")
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(station / "keeper.db") as conn:
        assert conn.execute("SELECT v.visitor_id, p.member_no FROM visit v JOIN visitor p "
                            "ON p.id = v.visitor_id").fetchall() == [(1, "M000001")]
    for code, words in (("KPR1:XX-1:M000001:1", "another station"),
                        ("KPR1:CY-017:M000001:0", "not a readable member card"),
                        ("KPR1:CY-017:M000009:1", "No member M000009")):
        refused = keeper(station, "log", "--service", "water", "--visitor", code)
        assert words in assert_clean_error(refused)
    zh = keeper(station, "log", "--service", "water", "--visitor", "KPR1:XX-1:M000001:1",
                lang="zh_CN")
    assert "其他驿站（XX-1）的卡" in assert_clean_error(zh)
    with sqlite3.connect(station / "keeper.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM visit").fetchone() == (1,)
