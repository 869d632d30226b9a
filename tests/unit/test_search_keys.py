"""The search key: a roster's names keyed all at once give what each name keyed alone gives."""
from __future__ import annotations

import random

from keeper.core.search_keys import COMPOUND_SURNAMES, SURNAME_READINGS, search_key, search_keys

COMMON = "李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶饿嗯"
ODD = ["", " ", "李\t四", " 李", "李 ", "李\u3000四", "ＡＢＣ", "Li Yingwang", "lyw", "ΣΑΣ", "ß",
       "İ", "ﬀ", "e\u0301", "\u1100\u1161", "a\x00b", "\u9fff", "\uf900", "\U00020000", "饿", "e"]


def test_known_keys():
    assert search_key("李映旺") == "李映旺 liyingwang lyw"
    assert search_key("单田芳").split()[1:3] == ["shantianfang", "stf"]
    assert search_key("  ") == ""


def test_all_at_once_is_each_alone():
    rng = random.Random(17)
    pool = [*SURNAME_READINGS, *"".join(COMPOUND_SURNAMES), *COMMON, *"ab Z1２-·　"]
    names = [*COMPOUND_SURNAMES, *(c + "某" for c in SURNAME_READINGS), *ODD]
    names += ["".join(rng.choices(pool, k=rng.randint(1, 5))) for _ in range(3000)]
    names += [f"骑手{i}" for i in range(200)] * 2  # the same name twice
    assert search_keys(names) == [search_key(n) for n in names]
    for start in range(0, len(names), 97):  # small batches, single names, the odd ones alone
        for size in (1, 2, 5):
            part = names[start:start + size]
            assert search_keys(part) == [search_key(n) for n in part], part
    clean = [n for n in names if n and n == n.strip()]  # the quick way, not name by name
    assert search_keys(clean) == [search_key(n) for n in clean]
    assert search_keys([]) == []
