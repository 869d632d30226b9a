"""Demo appeals and volunteer activities, made through the real core functions (so they
are validated and audited like an attendant's), a few each month."""
from __future__ import annotations

import random
from datetime import date, timedelta

from keeper.core import activities, appeals, teams

APPEALS = (
    ("access", "high", "望京花园小区物业不让外卖骑手进门，只能在门口等顾客，雨天尤其困难。",
     "街道社区居委会", "协调物业在东门设外卖取餐点，骑手登记后可进入。"),
    ("parking_rest", "normal", "附近没有电动车停放点，停在路边被城管罚款。",
     "城管执法队", "在驿站旁划出 20 个电动车临时停放位。"),
    ("insurance", "normal", "网约车司机反映营运险太贵，希望了解有没有团体保险。",
     "区总工会", "工会介绍了新就业形态劳动者职业伤害保障试点，已有 12 人参保。"),
    ("labour_rights", "high", "快递员反映被站点无故扣罚派件费。", "区人社局劳动监察大队",
     "经调解，站点退还了扣罚的费用。"),
    ("traffic_safety", "normal", "路口红绿灯时间太短，骑手过马路危险。", "交警支队", ""),
    ("facilities", "low", "驿站饮水机热水不够热，希望更换。", "", "已更换新的饮水机。"),
    ("access", "normal", "写字楼不让快递员乘客梯，只能走货梯排长队。", "楼宇物业", ""),
)
ACTIVITIES = (
    ("patrol", "夜间社区巡防", 3, 2.0, 0, "骑手志愿者在望京街道夜间巡逻，发现并报告了两处路灯故障。"),
    ("cleanup", "驿站周边环境整治", 2, 1.5, 0, "清理驿站周边共享单车和垃圾。"),
    ("emergency", "暴雨中帮助被困老人", 0, 1.0, 2, "暴雨中外卖骑手发现两位被困老人，送到驿站避雨并联系家人。"),
    ("helping", "为独居老人送药", 1, 1.0, 3, "骑手顺路为社区独居老人代购药品。"),
    ("care", "夏季送清凉", 4, 2.0, 60, "为户外劳动者发放绿豆汤和防暑药品。"),
    ("training", "电动车消防安全培训", 10, 1.5, 0, "邀请消防员讲解电动车充电安全。"),
)


def generate_records(seed: int, first_day: date, last_day: date, regulars: list[int]) -> None:
    """A few appeals and activities per month between the two days, by regulars."""
    rng = random.Random(seed + 104729)  # a stream of its own: the visits stay the same
    span = (last_day - first_day).days
    if span < 1 or not regulars:
        return
    volunteers = rng.sample(regulars, min(8, len(regulars)))
    team = teams.create_team("望京骑手志愿服务队", volunteers[0])
    for member in volunteers[1:]:
        teams.add_member(team, member, first_day)
    months = max(1, span // 30)
    for number in range(months * 3):
        category, urgency, text, to, how = APPEALS[number % len(APPEALS)]
        day = first_day + timedelta(days=rng.randrange(span))
        appeal_id = appeals.record_appeal(appeals.NewAppeal(
            description=text, category=category, urgency=urgency, day=day,
            visitor_id=rng.choice(regulars) if rng.random() < 0.7 else None,
            group=None if rng.random() < 0.7 else "rider"), source="demo")
        stage = rng.random()
        step_day = day
        if to and stage > 0.25:
            step_day = min(last_day, step_day + timedelta(days=rng.randint(0, 3)))
            appeals.refer_appeal(appeal_id, to, step_day)
        if how and stage > 0.45:
            step_day = min(last_day, step_day + timedelta(days=rng.randint(1, 10)))
            appeals.resolve_appeal(appeal_id, how, step_day)
            if stage > 0.65:
                step_day = min(last_day, step_day + timedelta(days=rng.randint(1, 5)))
                appeals.follow_up_appeal(appeal_id, rng.random() < 0.85, "", step_day)
    for number in range(months * 4):
        kind, title, others, hours, helped, story = ACTIVITIES[number % len(ACTIVITIES)]
        activities.record_activity(activities.NewActivity(
            title=title, type=kind, day=first_day + timedelta(days=rng.randrange(span)),
            participants=rng.sample(volunteers, rng.randint(1, len(volunteers))),
            others=others, hours=hours, people_helped=helped, story=story, team_id=team),
            source="demo")
