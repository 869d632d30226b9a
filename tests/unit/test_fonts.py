"""The bundled font "Keeper Sans": it loads, it covers Chinese, and PDFs copy exactly."""
from __future__ import annotations

import logging
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QMarginsF, QPointF
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPainter, QPdfWriter, QRawFont

from keeper import fonts, paths

RADICALS = range(0x2E80, 0x2FE0)  # CJK radicals supplement + Kangxi radicals
MUST_HAVE = "水色月手李映旺驿站"
LINE = "驿站管家 饮水 手机 月度 水色 李映旺 2026年10月 Station 123"
# Not 𠈌 (Ext. B): Qt's PDF writer copies characters beyond U+FFFF wrongly (the glyph is
# drawn right); names never go on keeper's papers, see resources/fonts/README.md.
EXTRA = "阿依·买买提 刘䶮 1～5 ← → ● ■ ★ ✓ × ± ° ℃ №"
FILES = [paths.resource("fonts", name) for name in fonts.FILES]


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def family(qapp):
    return fonts.load_bundled_fonts()


def test_loads_keeper_sans_regular_and_bold(family):
    assert family == fonts.FAMILY == "Keeper Sans"
    styles = QFontDatabase.styles(family)
    assert "Regular" in styles and "Bold" in styles
    assert QFontDatabase.weight(family, "Bold") == QFont.Weight.Bold
    assert QFontDatabase.bold(family, "Bold")
    assert not QFontDatabase.bold(family, "Regular")


def test_loading_twice_adds_nothing(family, monkeypatch):
    calls = []
    monkeypatch.setattr(QFontDatabase, "addApplicationFont", lambda *a: calls.append(a) or -1)
    assert fonts.load_bundled_fonts() == family
    assert calls == []


def test_missing_fonts_fall_back_to_the_system_family(qapp, monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(fonts, "_family", None)
    monkeypatch.setattr(fonts.paths, "resource", lambda *parts: tmp_path.joinpath(*parts))
    with caplog.at_level(logging.WARNING, logger="keeper.fonts"):
        family = fonts.load_bundled_fonts()
    assert family and family != fonts.FAMILY
    assert "could not load bundled font" in caplog.text


def test_files_are_small_enough():
    # GB18030-2022's hanzi (Ext. A and the name characters of B..G) cost ~5.4 MB over GBK.
    assert sum(path.stat().st_size for path in FILES) < 18 * 1024 * 1024


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_names_outside_gbk_have_glyphs(qapp, path):
    """刘䶮 (Ext. A), 𠈌 (Ext. B) and 9FA6.. (after GBK): no box on a PC without fonts."""
    raw = QRawFont(str(path), 12)
    for cp in (0x4DAE, 0x3400, 0x2020C, 0x9FB4, 0x9FEB):
        assert raw.supportsCharacter(cp), f"missing U+{cp:04X}"


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_cmap_has_chinese_and_ascii_but_no_radicals(qapp, path):
    raw = QRawFont(str(path), 12)  # supportsCharacter: pass ord(); PySide's QChar overload misreads
    assert raw.isValid()
    assert raw.familyName() == "Keeper Sans"
    for ch in MUST_HAVE + "".join(chr(cp) for cp in range(0x20, 0x7F)):
        assert raw.supportsCharacter(ord(ch)), f"missing {ch!r}"
    present = [f"U+{cp:04X}" for cp in RADICALS if raw.supportsCharacter(cp)]
    assert present == []
    # A tab glyph of its own: else Qt draws tab with the space glyph, and PDF spaces copy
    # as tabs (see make_subset.py).
    tab, space = raw.glyphIndexesForString("\t ")
    assert tab not in (0, space)


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_no_two_code_points_share_a_glyph(qapp, path):
    # Qt's PDF writer maps each glyph back to the lowest code point using it; a shared
    # glyph would make the higher one copy as the lower one. Only these aliases may share.
    aliases = {0x00A0: 0x20, 0x00AD: 0x2D, 0x2011: 0x2D}
    raw = QRawFont(str(path), 12)
    owner: dict[int, int] = {}
    for cp in range(0x10000):
        if 0xD800 <= cp <= 0xDFFF or not raw.supportsCharacter(cp):
            continue
        (glyph,) = raw.glyphIndexesForString(chr(cp))
        first = owner.setdefault(glyph, cp)
        if first != cp:
            assert aliases.get(cp) == first, f"U+{cp:04X} shares a glyph with U+{first:04X}"


def _write_pdf(path, family):
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle("Keeper Sans")
    painter = QPainter(writer)
    try:
        regular = QFont(family, 14)
        bold = QFont(family, 14, QFont.Weight.Bold)
        line_height = writer.resolution() * 0.4  # 0.4 inch between lines
        for row, (font, text) in enumerate([(regular, LINE), (bold, LINE), (regular, EXTRA)]):
            painter.setFont(font)
            painter.drawText(QPointF(0, line_height * (row + 1)), text)
    finally:
        painter.end()


def test_pdf_text_copies_exactly(family, tmp_path):
    from pypdf import PdfReader

    pdf = tmp_path / "keeper-sans.pdf"
    _write_pdf(pdf, family)
    reader = PdfReader(pdf)
    text = reader.pages[0].extract_text()
    squashed = _squash(text)
    assert squashed.count(_squash(LINE)) == 2, text
    assert _squash(EXTRA) in squashed, text
    assert not [ch for ch in text if ord(ch) in RADICALS], text
    assert "\t" not in text, text  # spaces copy as spaces
    # Both faces were embedded from our font, not from some installed Noto.
    resources = reader.pages[0]["/Resources"]["/Font"]
    base_fonts = {str(f.get_object()["/BaseFont"]).lstrip("/").split("+")[-1] for f in resources.values()}
    assert base_fonts == {"KeeperSans-Regular", "KeeperSans-Bold"}, base_fonts
