"""Demo appeals and volunteer activities, made through the real core functions (so they
are validated and audited like an attendant's), a few each month."""
from __future__ import annotations

import random
from datetime import date, timedelta

from keeper.core import activities, appeals, teams

# (category, urgency, the group the text speaks of, text, referred to, how it was solved):
# the person raising it belongs to that group, so a rider never tells a driver's story.
APPEALS = (
    ("access", "high", "rider", "望京花园小区物业不让外卖骑手进门，只能在门口等顾客，雨天尤其困难。",
     "街道社区居委会", "协调物业在东门设外卖取餐点，骑手登记后可进入。"),
    ("parking_rest", "normal", "rider", "附近没有电动车停放点，停在路边被城管罚款。",
     "城管执法队", "在驿站旁划出 20 个电动车临时停放位。"),
    ("insurance", "normal", "ride_hailing", "网约车司机反映营运险太贵，希望了解有没有团体保险。",
     "区总工会", "工会介绍了新就业形态劳动者职业伤害保障试点，已有 12 人参保。"),
    ("labour_rights", "high", "courier", "快递员反映被站点无故扣罚派件费。", "区人社局劳动监察大队",
     "经调解，站点退还了扣罚的费用。"),
    ("traffic_safety", "normal", "rider", "路口红绿灯时间太短，骑手过马路危险。", "交警支队", ""),
    ("facilities", "low", None, "驿站饮水机热水不够热，希望更换。", "", "已更换新的饮水机。"),
    ("access", "normal", "courier", "写字楼不让快递员乘客梯，只能走货梯排长队。", "楼宇物业", ""),
)
ACTIVITIES = (
    ("patrol", "夜间社区巡防", 3, 2.0, 0, "骑手志愿者在望京街道夜间巡逻，发现并报告了两处路灯故障。"),
    ("cleanup", "驿站周边环境整治", 2, 1.5, 0, "清理驿站周边共享单车和垃圾。"),
    ("emergency", "暴雨中帮助被困老人", 0, 1.0, 2, "暴雨中外卖骑手发现两位被困老人，送到驿站避雨并联系家人。"),
    ("helping", "为独居老人送药", 1, 1.0, 3, "骑手顺路为社区独居老人代购药品。"),
    ("care", "", 4, 2.0, 60, ""),  # in season: see _care
    ("training", "电动车消防安全培训", 10, 1.5, 0, "邀请消防员讲解电动车充电安全。"),
)


def _care(day: date) -> tuple[str, str]:
    """The care activity of the season: cool drinks in summer, warmth in winter."""
    if 6 <= day.month <= 9:
        return "夏季送清凉", "为户外劳动者发放绿豆汤和防暑药品。"
    if day.month in (11, 12, 1, 2, 3):
        return "冬季送温暖", "为户外劳动者发放姜茶、手套和暖宝宝。"
    return "健康义诊进驿站", "社区医生为骑手和快递员量血压、测血糖。"


def generate_records(seed: int, first_day: date, last_day: date, regulars: list[int],
                     groups: dict[int, str] | None = None) -> None:
    """A few appeals and activities per month between the two days, by regulars
    (``groups``: each regular's group, so an appeal is raised by someone it concerns)."""
    rng = random.Random(seed + 104729)  # a stream of its own: the visits stay the same
    span = (last_day - first_day).days
    if span < 1 or not regulars:
        return
    groups = groups or {}
    volunteers = rng.sample(regulars, min(8, len(regulars)))
    # The team is older than the period shown: its leader and members joined on its first day.
    team = teams.create_team("望京骑手志愿服务队")
    for member in volunteers:
        teams.add_member(team, member, first_day)
    teams.set_leader(team, volunteers[0])
    months = max(1, span // 30)
    for number in range(months * 3):
        category, urgency, group, text, to, how = APPEALS[number % len(APPEALS)]
        day = first_day + timedelta(days=rng.randrange(span))
        concerned = [v for v in regulars if group is None or groups.get(v, group) == group]
        named = concerned and rng.random() < 0.7
        appeal_id = appeals.record_appeal(appeals.NewAppeal(
            description=text, category=category, urgency=urgency, day=day,
            visitor_id=rng.choice(concerned) if named else None,
            group=None if named else group), source="demo")
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
        day = first_day + timedelta(days=rng.randrange(span))
        if kind == "care":
            title, story = _care(day)
        activities.record_activity(activities.NewActivity(
            title=title, type=kind, day=day,
            participants=rng.sample(volunteers, rng.randint(1, len(volunteers))),
            others=others, hours=hours, people_helped=helped, story=story, team_id=team),
            source="demo")


VOID_REASONS = ("重复登记", "点错了，不是这位来访人员", "测试时误登记")
CORRECTION_REASONS = ("人数记错了", "漏选了一项服务", "人员类别选错了")


def correct_some_visits(seed: int, visits: list[tuple[int, str]]) -> None:
    """A ledger as attendants keep it has slips: a few entries voided and a few corrected,
    each with its reason, through the real ledger functions (so the history shows them).
    ``visits``: (id, created_at) of the visits to choose from; each change is made (the
    clock pinned) an hour after the visit was logged, so the same seed gives the same ledger."""
    from datetime import datetime

    from keeper.core import clock, ledger

    rng = random.Random(seed + 15485863)
    if len(visits) < 20:
        return
    chosen = rng.sample(visits, max(2, len(visits) // 800) * 2)
    half = len(chosen) // 2
    was = clock._fixed  # noqa: SLF001 (the demo restores what a caller pinned)
    try:
        for number, (visit_id, created) in enumerate(chosen):
            clock.pin(min(datetime.fromisoformat(created) + timedelta(hours=1), was or
                          datetime.fromisoformat(created) + timedelta(hours=1)))
            if number < half:
                ledger.void_visit(visit_id, rng.choice(VOID_REASONS))
                continue
            visit = ledger.visit_as_new(visit_id)
            reason = rng.choice(CORRECTION_REASONS)
            if reason == CORRECTION_REASONS[2] and visit.visitor_id is not None:
                reason = CORRECTION_REASONS[0]  # a registered regular keeps their group
            if reason == CORRECTION_REASONS[0]:
                visit.count += 1
            elif reason == CORRECTION_REASONS[1]:
                visit.services = list(dict.fromkeys(
                    [*visit.services, "rest" if "rest" not in visit.services else "water"]))
            else:
                visit.group = "courier" if visit.group != "courier" else "rider"
            ledger.amend_visit(visit_id, visit, reason)
    finally:
        clock.pin(was)
