"""Regenerate keeper's bundled Chinese font, "Keeper Sans", from Noto Sans CJK SC.

Run by hand from the checkout root (needs fontTools and Debian's fonts-noto-cjk)::

    python resources/fonts/make_subset.py

It writes ``KeeperSans-Regular.otf`` and ``KeeperSans-Bold.otf`` beside this script.

What the script does, and why:

* It reads face 2 ("Noto Sans CJK SC") of the Debian ``NotoSansCJK-{Regular,Bold}.ttc``
  files and keeps only the characters a Chinese ledger app needs: printable ASCII,
  Latin-1, general punctuation, CJK symbols and punctuation, full-width forms, a handful
  of arrows, box and geometric shapes and signs a report uses, and the CJK unified
  ideographs GB18030-2022 requires: all of U+4E00..U+9FFF, Extension A (U+3400..U+4DBF,
  e.g. 䶮) and the characters of Extensions B..G that Noto Sans CJK SC draws (the
  standard's level 2 name characters, e.g. 𠈌). A name with one of these must not show as
  a box on a PC without Chinese fonts. If that set makes the two files bigger than
  ``BUDGET`` it falls back to GBK (U+4E00..U+9FA5), then to GB2312 plus name characters.
* It never maps U+2E80..U+2FDF (CJK radicals supplement, Kangxi radicals). Noto draws
  e.g. U+2F54 KANGXI RADICAL WATER with the same glyph as U+6C34 水; when a font's cmap
  holds both, Qt's PDF writer writes the radical into the ToUnicode map, and text copied
  or searched in the PDF comes out wrong. Other code points sharing a glyph get the
  same treatment: one is kept per glyph (see ``_wanted_unicodes``); the script prints
  each such group. For the same reason U+0009 TAB gets a blank glyph of its own
  (see ``_add_tab_glyph``).
* It drops the variation-selector cmap (format 14; it pulls in Japanese glyph variants),
  the vertical-text tables and features (Qt has no vertical text layout), ``locl`` and
  the other layout features a Chinese UI never uses. It keeps 'kern', 'palt', 'halt',
  'ccmp', 'liga' (about 8 KB) and the CFF hinting (about 1 MB a file, but it keeps small
  text crisp on Windows).
* It renames the family to "Keeper Sans" (PostScript names KeeperSans-Regular and
  KeeperSans-Bold). The SIL OFL forbids a modified font from using the Reserved Font
  Name, and a private name means Qt can never pick an installed Noto face instead.

The output is deterministic: same input fonts and fontTools version, same bytes.
"""
from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.misc.psCharStrings import T2CharString
from fontTools.ttLib import TTFont

SOURCES = {
    "Regular": Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    "Bold": Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
}
FONT_NUMBER = 2  # face index of "Noto Sans CJK SC" inside each .ttc
OUT_DIR = Path(__file__).resolve().parent
FAMILY = "Keeper Sans"
PS_FAMILY = "KeeperSans"
BUDGET = 18 * 1024 * 1024  # both files together, in bytes (GB18030-2022: about 17.5 MB)

# Never in the cmap: CJK radicals supplement and Kangxi radicals (see docstring).
FORBIDDEN = range(0x2E80, 0x2FE0)

# Signs a report or the UI uses, outside the blocks taken whole below.
EXTRA_SYMBOLS = (
    "←↑→↓↔↕"  # arrows
    "●○◎◆◇■□▲△▼▽▶◀★☆✓√"  # geometric shapes, stars, check marks
    "×÷±−∞≈≠≤≥‰"  # maths
    "°℃№™€¥£"  # units and currency
    "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"  # circled numbers
    "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"  # roman numerals
    "✗✕"  # ballot x: used if the font has them
)

# Name characters outside GB2312 that are common in mainland given names.
EXTRA_NAME_HANZI = (
    "喆堃旸昇珺玥婧淼垚犇鑫焱祎琮璟昕晗炜睿彧翊楠铖锴鋆溦镕珏琦萱煜烨钰芃"
)

# Code points that win when several share one glyph (see _wanted_unicodes).
PREFERRED = {
    0x0020,  # SPACE over NO-BREAK SPACE
    0x002D,  # HYPHEN-MINUS over SOFT HYPHEN and NON-BREAKING HYPHEN
    0x00B7,  # MIDDLE DOT (as in names: 阿依·买买提) over BULLET and HYPHENATION POINT
    0x2013,  # EN DASH over FIGURE DASH
    0x3000,  # IDEOGRAPHIC SPACE over EM SPACE
    0xFF40,  # FULLWIDTH GRAVE ACCENT over REVERSED PRIME
    0xFF5E,  # FULLWIDTH TILDE (Chinese ranges: 1～5) over WAVE DASH
}
# Kept although they share a glyph with a preferred code point: copying NO-BREAK SPACE
# as SPACE and SOFT/NON-BREAKING HYPHEN as HYPHEN-MINUS is what readers expect.
ALIASES = {0x00A0, 0x00AD, 0x2011}

# Layout features worth their bytes in a horizontal Chinese UI; everything else goes.
LAYOUT_FEATURES = ["kern", "palt", "halt", "ccmp", "liga"]

# Tables a horizontal UI font does not need.
DROP_TABLES = ["VORG", "vhea", "vmtx", "BASE"]


def _range(first: int, last: int) -> set[int]:
    return set(range(first, last + 1))


def base_codepoints() -> set[int]:
    """Everything but the CJK unified ideographs."""
    cps: set[int] = set()
    cps |= _range(0x20, 0x7E)  # printable ASCII
    cps |= _range(0xA0, 0xFF)  # Latin-1 supplement
    cps |= _range(0x2000, 0x206F)  # general punctuation
    cps |= _range(0x3000, 0x303F)  # CJK symbols and punctuation
    cps |= _range(0xFF00, 0xFFEF)  # half-width and full-width forms
    cps |= _range(0x2500, 0x257F)  # box drawing
    cps |= {ord(c) for c in EXTRA_SYMBOLS}
    return cps


def _encodes(cp: int, codec: str) -> bool:
    try:
        chr(cp).encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def gbk_hanzi() -> set[int]:
    """The CJK unified ideographs U+4E00..U+9FA5 that GBK encodes (all 20,902)."""
    return {cp for cp in range(0x4E00, 0x9FA6) if _encodes(cp, "gbk")}


def gb18030_hanzi() -> set[int]:
    """What GB18030-2022 asks a system to show: the unified ideographs U+4E00..U+9FFF,
    Extension A, and (level 2) name characters of the later extensions. The font is asked
    for all of Extensions B..G; it draws the ~2,100 of them that mainland text uses."""
    cps = set(range(0x4E00, 0xA000)) | set(range(0x3400, 0x4DC0))
    return cps | set(range(0x20000, 0x2EBF0)) | set(range(0x30000, 0x31350))


def gb2312_hanzi() -> set[int]:
    """The 6,763 GB2312 hanzi plus common name characters GB2312 lacks."""
    cps = {cp for cp in range(0x4E00, 0x9FA6) if _encodes(cp, "gb2312")}
    return cps | {ord(c) for c in EXTRA_NAME_HANZI}


def _options() -> subset.Options:
    options = subset.Options()
    options.layout_features = list(LAYOUT_FEATURES)
    options.drop_tables = list(options.drop_tables) + DROP_TABLES
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17]
    options.name_languages = [0x0409]  # English names only; the Chinese ones say "Noto"
    options.name_legacy = False
    options.hinting = True
    options.desubroutinize = False  # subroutines keep CFF small
    options.notdef_outline = True
    options.glyph_names = False
    options.recalc_timestamp = False  # keep head.modified from the source: deterministic
    options.recalc_bounds = True
    options.prune_unicode_ranges = True
    options.ignore_missing_unicodes = True
    return options


def _load(style: str) -> TTFont:
    font = TTFont(SOURCES[style], fontNumber=FONT_NUMBER, recalcTimestamp=False)
    cmap = font["cmap"]
    # Drop the variation-selector subtable (format 14): it drags in Japanese variants.
    cmap.tables = [t for t in cmap.tables if t.format != 14]
    return font


def _wanted_unicodes(font: TTFont, wanted: set[int]) -> list[int]:
    """``wanted`` minus the forbidden blocks, anything the font lacks, and glyph sharers.

    Qt's PDF writer builds the ToUnicode map by asking, for every glyph, which code point
    maps to it, and takes the lowest. So when two kept code points share a glyph, text
    with the higher one copies as the lower one. For each shared glyph we keep one code
    point (the one Chinese text uses: from ``PREFERRED``, else a unified ideograph of
    U+4E00..U+9FFF over an Extension A/B look-alike, else the lowest) and drop the
    others, so those render from a system font and still copy exactly; only the
    ``ALIASES`` stay, whose copying as their partner is what one expects anyway.
    """
    best = font.getBestCmap()
    keep = {cp for cp in wanted if cp in best and cp not in FORBIDDEN}
    by_glyph: dict[str, list[int]] = {}
    for cp in sorted(keep):
        by_glyph.setdefault(best[cp], []).append(cp)
    for glyph, cps in sorted(by_glyph.items(), key=lambda item: item[1]):
        if len(cps) < 2:
            continue
        # A common hanzi (U+4E00..U+9FFF: 胶) wins over its Extension look-alike (U+3B35),
        # which is then drawn by a system font; otherwise the lowest code point.
        winner = next((cp for cp in cps if cp in PREFERRED), None) or next(
            (cp for cp in cps if 0x4E00 <= cp <= 0x9FFF), cps[0])
        dropped = [cp for cp in cps if cp != winner and not (cp in ALIASES and cp > winner)]
        keep.difference_update(dropped)
        shown = " ".join(f"U+{cp:04X}" for cp in cps)
        gone = " ".join(f"U+{cp:04X}" for cp in dropped) or "none"
        print(f"  {shown} share glyph {glyph}: keep U+{winner:04X}, drop {gone}")
    return sorted(keep)


def _rename(font: TTFont, style: str) -> None:
    ps_name = f"{PS_FAMILY}-{style}"
    full_name = f"{FAMILY} {style}"
    version = font["head"].fontRevision
    name = font["name"]
    new = {
        1: FAMILY,
        2: style,
        3: f"{version:.3f};KEEPER;{ps_name}",
        4: full_name,
        6: ps_name,
        10: f"Keeper Sans is a subset of Noto Sans CJK SC {version:.3f} made for keeper; "
        "see resources/fonts/README.md.",
        16: FAMILY,
        17: style,
    }
    for name_id, text in new.items():
        name.removeNames(nameID=name_id)
        name.setName(text, name_id, 3, 1, 0x0409)  # Windows, Unicode BMP, en-US
    name.names.sort()

    cff = font["CFF "].cff
    cff.fontNames = [ps_name]
    top = cff.topDictIndex[0]
    top.FullName = full_name
    top.FamilyName = FAMILY
    top.Weight = style
    if hasattr(top, "FDArray"):
        for fd in top.FDArray:
            fd_name = getattr(fd, "FontName", None)
            if fd_name and "-" in fd_name:
                # "NotoSansCJKjp-Regular-Ideographs" -> "KeeperSans-Regular-Ideographs"
                fd.FontName = f"{ps_name}-{fd_name.split('-', 2)[-1]}"

    # Style bits: the source fonts have them right already; set them so that is certain.
    italic, bold, regular = 1 << 0, 1 << 5, 1 << 6  # OS/2 fsSelection bits
    mac_bold, mac_italic = 1 << 0, 1 << 1  # head macStyle bits
    os2 = font["OS/2"]
    head = font["head"]
    os2.fsSelection &= ~(italic | bold | regular)
    head.macStyle &= ~(mac_bold | mac_italic)
    if style == "Bold":
        os2.usWeightClass = 700
        os2.fsSelection |= bold
        head.macStyle |= mac_bold
    else:
        os2.usWeightClass = 400
        os2.fsSelection |= regular


def _add_tab_glyph(font: TTFont) -> None:
    """Give U+0009 TAB a blank glyph of its own, a copy of the space glyph.

    When a font has no tab, Qt's FreeType engine (Linux, and Windows when asked for) draws
    tab with the space glyph; the PDF writer then maps the space glyph back to the lowest
    code point using it, U+0009, and every space copies out of the PDF as a tab.
    """
    order = font.getGlyphOrder()
    space = font.getBestCmap()[0x20]
    top = font["CFF "].cff.topDictIndex[0]
    charstrings = top.CharStrings
    last_cid = max(int(name[3:]) for name in order if name.startswith("cid"))
    tab = f"cid{last_cid + 1:05d}"
    source = charstrings[space]
    source.decompile()
    glyph = T2CharString(
        program=list(source.program), private=source.private, globalSubrs=source.globalSubrs
    )
    charstrings.charStringsIndex.append(glyph)
    charstrings.charStrings[tab] = len(charstrings.charStringsIndex) - 1
    top.charset.append(tab)
    top.FDSelect.append(top.FDSelect[order.index(space)])
    font.setGlyphOrder(order + [tab])
    font["hmtx"][tab] = font["hmtx"][space]
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap[0x09] = tab


def build(style: str, hanzi: set[int]) -> Path:
    font = _load(style)
    unicodes = _wanted_unicodes(font, base_codepoints() | hanzi)
    options = _options()
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    _add_tab_glyph(font)
    _rename(font, style)
    out = OUT_DIR / f"{PS_FAMILY}-{style}.otf"
    count = len(font.getBestCmap())
    font.save(out, reorderTables=True)
    font.close()
    print(f"{out.name}: {count} code points, {out.stat().st_size:,} bytes")
    return out


def main() -> int:
    for path in SOURCES.values():
        if not path.is_file():
            print(f"missing {path}: install Debian's fonts-noto-cjk", file=sys.stderr)
            return 1
    sets = [("GB18030-2022", gb18030_hanzi()), ("GBK", gbk_hanzi()),
            ("GB2312 + names", gb2312_hanzi())]
    for label, hanzi in sets:
        print(f"hanzi set {label}: {len(hanzi)} ideographs")
        outputs = [build(style, hanzi) for style in SOURCES]
        total = sum(p.stat().st_size for p in outputs)
        print(f"total {total:,} bytes (budget {BUDGET:,})")
        if total <= BUDGET:
            return 0
        print("over budget; trying the smaller set")
    print("warning: even the smallest set is over budget", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
