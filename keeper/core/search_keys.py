"""The search key of a name (``visitor.search_key``): the name as typed, its full pinyin
("liyingwang") and its initials ("lyw"), in each plausible reading of a polyphonic surname.
Worked out once, when a name is saved; typing then only scans a short text column. No
database here: the directory stores what this returns.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product
from typing import Sequence

# Surnames read differently from the everyday character (单 Shàn, 曾 Zēng, 解 Xiè …).
SURNAME_READINGS = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "朴": "piao", "查": "zha", "区": "ou",
    "乐": "yue", "盖": "ge", "任": "ren", "华": "hua", "纪": "ji", "缪": "miao", "翟": "zhai",
    "覃": "qin", "尉": "yu", "长": "chang", "重": "chong", "种": "chong", "秘": "bi", "薄": "bo",
    "繁": "po", "员": "yun", "句": "gou", "阚": "kan", "隗": "wei", "冼": "xian", "藏": "zang",
    "宓": "fu", "召": "shao", "沈": "shen", "祭": "zhai", "折": "she", "都": "du", "万": "wan",
}
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "令狐", "慕容",
                     "司徒", "夏侯", "宇文", "长孙", "澹台", "端木", "轩辕", "呼延", "南宫", "西门")
MAX_VARIANTS = 4


def search_key(name: str) -> str:
    """Lower-case text that search matches against: the name, its full pinyin and its
    initials, in every plausible reading of a polyphonic surname."""
    name = unicodedata.normalize("NFKC", name or "").strip()
    if not name:
        return ""
    han = _NOT_HAN.sub("", name)
    # Only a polyphonic surname's reading depends on a compound surname (尉迟, 长孙).
    readings, _ = _pinyin_parts(han, han[:1] in SURNAME_READINGS
                                and name.startswith(COMPOUND_SURNAMES))
    return _joined("".join(name.casefold().split()), readings)


def _joined(typed: str, readings: tuple[str, ...], tail: str | None = None) -> str:
    """The key: what was typed, then the readings (``tail``: them joined, with a space
    before), each part once."""
    if typed in readings:
        return " ".join(dict.fromkeys((typed, *readings)))
    return typed + (tail if tail is not None else " ".join(("", *readings)) if readings else "")


_NOT_HAN = re.compile("[^\u4e00-\u9fff]+")
_NOT_HAN_NOR_NUL = re.compile("[^\u4e00-\u9fff\x00]+")
_SPACES = re.compile(r"\s+")  # what str.split() splits at


def search_keys(names: Sequence[str]) -> list[str]:
    """``search_key`` of each name, a roster's 20,000 at once: the steps run over all the
    names joined by NUL (NFKC, casefold and taking out the Chinese characters treat each
    character on its own), so only putting each key together is a Python step per name.
    Names not already normalised and stripped, or empty, go name by name."""
    joined = "\x00".join(names)
    if (joined.count("\x00") != len(names) - 1 or "" in names
            or list(map(str.strip, names)) != names
            or not unicodedata.is_normalized("NFKC", joined)):
        return list(map(search_key, names))
    typed = _SPACES.sub("", joined.casefold()).split("\x00")
    hans = _NOT_HAN_NOR_NUL.sub("", joined).split("\x00")
    if len(typed) != len(names):  # a casefold giving a NUL: never seen, but then exact
        return list(map(search_key, names))
    readings = map(_pinyin_parts, hans, [
        han[:1] in SURNAME_READINGS and name.startswith(COMPOUND_SURNAMES)
        for han, name in zip(hans, names)])
    return [key + tail if key not in parts else _joined(key, parts)
            for key, (parts, tail) in zip(typed, readings)]


@lru_cache(maxsize=8192)
def _pinyin_parts(han: str, compound: bool) -> tuple[tuple[str, ...], str]:
    """The pinyin and initials of a name's Chinese characters (``compound``: it starts with
    a compound surname), each once, and them joined with a space before. Cached: a
    roster's names share their characters ("骑手1", "骑手2"), and the key of a name depends
    only on these two."""
    readings = []
    for position, char in enumerate(han):
        options = _readings(char)
        choices = options[:1]  # the everyday reading …
        if position == 0 and char in SURNAME_READINGS and not compound:
            # … and for a polyphonic surname its surname reading first: people type either.
            choices = list(dict.fromkeys([SURNAME_READINGS[char], *choices]))
        readings.append(choices)
    parts = []
    for combo in list(product(*readings))[:MAX_VARIANTS]:
        parts.append("".join(combo))
        parts.append("".join(syllable[0] for syllable in combo if syllable))
    unique = tuple(dict.fromkeys(parts))
    return unique, " ".join(("", *unique)) if unique else ""


@lru_cache(maxsize=16384)
def _readings(char: str) -> tuple[str, ...]:
    """Every reading of one character, everyday first. pypinyin reads each item of a list
    on its own, so a character's readings do not depend on its neighbours: cached, a
    roster of 20,000 names asks pypinyin a few hundred times instead of 20,000."""
    # pypinyin loads its dictionaries on import (~0.3 s): only when a name is keyed.
    from pypinyin import Style, pinyin

    return tuple(pinyin([char], style=Style.NORMAL, heteronym=True)[0])
