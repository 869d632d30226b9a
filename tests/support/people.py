"""A directory of many registered workers, inserted fast (raw executemany)."""
from __future__ import annotations

import random

from keeper.core.directory import search_key
from keeper.store.models import database

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭肖田董袁潘于蒋蔡余杜叶程"
            "苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛")
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华玉萍红玲芬燕春菊凤洁梅琳云莲雪荣爱香月"
         "佳嘉琼珍莉桂叶晶妍秋珊锦青倩婷婉颖露瑶怡丹蓉君琴薇梦岚馨韵卿聪澜悦冰宁欣育柔竹晓欢枫芸"
         "菲寒亚宜可舒思志国建文斌浩宇轩博涵")


def make_directory(count: int, seed: int = 7, start_id: int = 1) -> list[tuple]:
    """``count`` visitors with unique phones and member numbers; returns their rows
    (id, name, phone, member_no, group)."""
    rng = random.Random(seed)
    rows, phones = [], set()
    for offset in range(count):
        visitor_id = start_id + offset
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        phone = f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"
        while phone in phones:
            phone = f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"
        phones.add(phone)
        rows.append((visitor_id, name, phone, f"M{visitor_id:06d}",
                     rng.choice(("rider", "rider", "courier", "truck", "ride_hailing"))))
    database.connection().executemany(
        "INSERT INTO visitor (id, name, phone, member_no, group_code, created_at, registered_on,"
        " search_key) VALUES (?, ?, ?, ?, ?, '2026-01-01T08:00:00+08:00', '2026-01-01', ?)",
        [(*row, search_key(row[1])) for row in rows])
    return rows
