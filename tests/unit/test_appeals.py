"""Appeals: their life, the rules of each step, overdue ones, the month's figures and records."""
from __future__ import annotations

import json
from datetime import date

import pytest

from keeper.core import appeal_rows, appeals, stats
from keeper.core.appeals import NewAppeal
from keeper.core.directory import VisitorDetails, register_visitor
from keeper.core.directory_changes import erase_visitor
from keeper.errors import UserError
from keeper.store.models import AuditEntry, database
from keeper.store.records import RECORD_MODELS, Appeal

D = date.fromisoformat
RECORD_KEYS = {"id", "date", "category", "group", "visitor_id", "description", "urgency",
               "status", "referred_to", "referred_on", "resolved_on", "followed_up_on",
               "satisfied", "overdue"}


@pytest.fixture
def lee(db, pinned_now):
    return register_visitor(VisitorDetails(name="李映旺", phone="13812345678", platform="美团"))


def audit_of(appeal_id: int) -> list[AuditEntry]:
    return list(AuditEntry.select().where((AuditEntry.entity == "appeal") & (
        AuditEntry.entity_id == str(appeal_id))).order_by(AuditEntry.id))


def test_the_models_mirror_the_v6_tables(db):
    for model in RECORD_MODELS:
        table = model._meta.table_name
        columns = {r[1]: (r[3], r[5]) for r in database.execute_sql(
            f"PRAGMA table_info({table})").fetchall()}
        fields = {f.column_name: f for f in model._meta.sorted_fields}
        assert set(columns) == set(fields), table
        for name, (notnull, _pk) in columns.items():
            if not fields[name].primary_key:
                assert bool(notnull) == (not fields[name].null), f"{table}.{name}"


def test_an_appeal_through_every_step_audited_without_personal_data(lee):
    appeal_id = appeals.record_appeal(NewAppeal(
        "李映旺说：望京花园小区保安不让骑手进，电话13812345678", category="access",
        visitor_id=lee, urgency="high", day=D("2026-10-02")))
    row = Appeal.get_by_id(appeal_id)
    assert (row.status, row.date, row.group_code, row.visitor_id, row.urgency) == (
        "recorded", "2026-10-02", "rider", lee, "high")
    appeals.refer_appeal(appeal_id, "望京街道综治办", D("2026-10-05"))
    appeals.resolve_appeal(appeal_id, "物业同意骑手登记后进入", D("2026-10-12"))
    appeals.follow_up_appeal(appeal_id, True, "回访：已能正常进小区")  # today
    row = Appeal.get_by_id(appeal_id)
    assert (row.status, row.referred_to, row.referred_on, row.resolved_on, row.followed_up_on,
            row.satisfied) == ("followed_up", "望京街道综治办", "2026-10-05", "2026-10-12",
                               "2026-10-15", True)
    entries = audit_of(appeal_id)
    assert [e.action for e in entries] == ["create", "refer", "resolve", "follow-up"]
    assert json.loads(entries[1].new) == {"status": "referred", "referred_to": "(text)",
                                          "referred_on": "2026-10-05"}
    assert json.loads(entries[1].old)["status"] == "recorded"
    for entry in entries:
        for text in (entry.old or "", entry.new or ""):
            assert "李映旺" not in text and "13812345678" not in text and "小区" not in text


def test_resolving_without_a_referral_and_the_timeline(lee):
    appeal_id = appeals.record_appeal(NewAppeal("驿站饮水机坏了", category="facilities"))
    appeals.resolve_appeal(appeal_id, "换了新的饮水机")
    row = appeal_rows.get_row(appeal_id)
    assert row.status == "resolved" and row.group == "other" and row.visitor_id is None
    steps = appeal_rows.steps(row)
    assert [(s.key, s.day, s.skipped) for s in steps] == [
        ("recorded", "2026-10-15", False), ("referred", None, True),
        ("resolved", "2026-10-15", False), ("followed_up", None, False)]


@pytest.mark.parametrize("step, message", [
    (lambda i: appeals.refer_appeal(i, "物业", D("2026-10-09")), "before the step before it"),
    (lambda i: appeals.resolve_appeal(i, "好了", D("2026-10-16")), "in the future"),
    (lambda i: appeals.follow_up_appeal(i, True), "Resolve appeal"),
    (lambda i: appeals.refer_appeal(i, "  "), "to whom"),
    (lambda i: appeals.resolve_appeal(i, ""), "how the appeal was resolved"),
])
def test_steps_out_of_order_or_badly_dated_change_nothing(lee, step, message):
    appeal_id = appeals.record_appeal(NewAppeal("停车被贴条", category="parking_rest",
                                                 day=D("2026-10-10")))
    before = (Appeal.get_by_id(appeal_id).__data__, AuditEntry.select().count())
    with pytest.raises(UserError, match=message):
        step(appeal_id)
    assert (Appeal.get_by_id(appeal_id).__data__, AuditEntry.select().count()) == before


def test_later_steps_keep_the_order(lee):
    appeal_id = appeals.record_appeal(NewAppeal("保险太贵", category="insurance",
                                                 day=D("2026-10-01")))
    appeals.refer_appeal(appeal_id, "区总工会", D("2026-10-03"))
    with pytest.raises(UserError, match="before the step before it"):
        appeals.resolve_appeal(appeal_id, "已解决", D("2026-10-02"))
    appeals.refer_appeal(appeal_id, "区人社局", D("2026-10-04"))  # referred on, again
    appeals.resolve_appeal(appeal_id, "纳入职业伤害保障试点", D("2026-10-08"))
    with pytest.raises(UserError, match="already resolved"):
        appeals.refer_appeal(appeal_id, "又一个部门")
    with pytest.raises(UserError, match="already resolved"):
        appeals.resolve_appeal(appeal_id, "again")
    with pytest.raises(UserError, match="before the step before it"):
        appeals.follow_up_appeal(appeal_id, False, day=D("2026-10-07"))
    appeals.follow_up_appeal(appeal_id, False, "还是觉得贵", D("2026-10-09"))
    with pytest.raises(UserError, match="already followed up"):
        appeals.follow_up_appeal(appeal_id, True)
    row = Appeal.get_by_id(appeal_id)
    assert (row.referred_to, row.satisfied, row.follow_up_note) == ("区人社局", False, "还是觉得贵")


@pytest.mark.parametrize("appeal, field", [
    (NewAppeal("   "), "description"),
    (NewAppeal("有问题", day=D("2026-10-16")), "day"),
    (NewAppeal("有问题", category="nope"), "category"),
    (NewAppeal("有问题", urgency="urgent"), "urgency"),
    (NewAppeal("有问题", group="pilot"), "group"),
    (NewAppeal("有问题", visitor_id=999), "visitor"),
])
def test_bad_input_is_refused_with_its_field_and_stores_nothing(lee, appeal, field):
    with pytest.raises(UserError) as caught:
        appeals.record_appeal(appeal)
    assert caught.value.field == field
    assert Appeal.select().count() == 0


def test_an_erased_person_cannot_raise_a_new_appeal(lee):
    erase_visitor(lee, "本人要求")
    with pytest.raises(UserError, match="does not exist"):
        appeals.record_appeal(NewAppeal("x", visitor_id=lee))


def test_void_restore_undo_and_amend(lee):
    appeal_id = appeals.record_appeal(NewAppeal("重复登记", day=D("2026-10-03")))
    with pytest.raises(UserError, match="reason"):
        appeals.void_appeal(appeal_id, " ")
    appeals.void_appeal(appeal_id, "登记重复")
    with pytest.raises(UserError, match="voided"):
        appeals.refer_appeal(appeal_id, "社区")
    assert appeal_rows.appeal_rows() == [] and len(appeal_rows.appeal_rows("voided")) == 1
    appeals.restore_appeal(appeal_id, "误操作")
    appeals.refer_appeal(appeal_id, "社区", D("2026-10-04"))
    appeals.resolve_appeal(appeal_id, "办好了", D("2026-10-05"))
    assert appeals.undo_step(appeal_id, "点错了") == "referred"
    assert appeals.undo_step(appeal_id, "也点错了") == "recorded"
    with pytest.raises(UserError, match="no step"):
        appeals.undo_step(appeal_id, "没有了")
    assert appeals.amend_appeal(appeal_id, NewAppeal("重复登记了两次", category="other",
                                                     day=D("2026-10-02")), "写清楚")
    assert not appeals.amend_appeal(appeal_id, NewAppeal("重复登记了两次", day=D("2026-10-02")),
                                    "again")
    assert [e.action for e in audit_of(appeal_id)] == [
        "create", "void", "restore", "refer", "resolve", "undo-step", "undo-step", "amend"]
    assert json.loads(audit_of(appeal_id)[-1].new) == {"date": "2026-10-02",
                                                       "description": "(text)"}


def test_an_amended_date_stays_before_the_next_step(lee):
    appeal_id = appeals.record_appeal(NewAppeal("问题", day=D("2026-10-03")))
    appeals.refer_appeal(appeal_id, "社区", D("2026-10-05"))
    with pytest.raises(UserError, match="after the appeal's next step"):
        appeals.amend_appeal(appeal_id, NewAppeal("问题", day=D("2026-10-06")), "日期")


def test_overdue_with_the_pinned_clock(lee):
    old = appeals.record_appeal(NewAppeal("小区不让骑手进", category="access",
                                          day=D("2026-09-30")))  # 15 days: overdue
    edge = appeals.record_appeal(NewAppeal("没地方停车", category="parking_rest",
                                           day=D("2026-10-01")))  # 14 days: not yet
    done = appeals.record_appeal(NewAppeal("厕所坏了", category="facilities",
                                           day=D("2026-09-01")))
    appeals.resolve_appeal(done, "修好了", D("2026-09-20"))
    rows = {r.id: r for r in appeal_rows.appeal_rows()}
    assert rows[old].overdue and rows[old].days_overdue == 1
    assert not rows[edge].overdue and not rows[done].overdue
    assert [r.id for r in appeal_rows.appeal_rows(overdue_only=True)] == [old]
    appeals.set_overdue_days(7)
    assert [r.id for r in appeal_rows.appeal_rows(overdue_only=True)] == [edge, old]
    with pytest.raises(UserError):
        appeals.set_overdue_days(0)
    assert appeals.overdue_days() == 7
    assert AuditEntry.get(AuditEntry.entity == "setting").new == "7"


def test_filters(lee):
    first = appeals.record_appeal(NewAppeal("保安不让进", category="access", visitor_id=lee,
                                            day=D("2026-10-01")))
    second = appeals.record_appeal(NewAppeal("保险问题", category="insurance"))
    appeals.refer_appeal(second, "总工会")
    assert [r.id for r in appeal_rows.appeal_rows()] == [second, first]
    assert [r.id for r in appeal_rows.appeal_rows("referred")] == [second]
    assert [r.id for r in appeal_rows.appeal_rows("open")] == [second, first]
    assert [r.id for r in appeal_rows.appeal_rows(category="access")] == [first]
    assert [r.id for r in appeal_rows.appeal_rows(text="lyw")] == [first]  # the visitor's pinyin
    assert [r.id for r in appeal_rows.appeal_rows(text="工会")] == [second]
    fine = appeals.record_appeal(NewAppeal("超时罚款 100%"))
    assert [r.id for r in appeal_rows.appeal_rows(text="0%")] == [fine]  # % is no wildcard
    assert appeal_rows.appeal_rows(text="保_") == []
    row = appeal_rows.get_row(first)
    assert row.visitor_name == "李映旺" and row.member_no == "M000001"


def test_categories_added_renamed_hidden(lee):
    code = appeals.CATEGORIES.add("充电难", "Charging")
    assert code == "charging"
    assert appeals.CATEGORIES.add("外卖柜") == "waimaigui"  # pinyin when no English name
    with pytest.raises(UserError, match="already in the list"):
        appeals.CATEGORIES.add("保险")
    appeals.CATEGORIES.rename(code, "充电难", "Nowhere to charge")
    appeals.CATEGORIES.set_hidden("insurance", True)
    shown = [t.code for t in appeals.CATEGORIES.terms(include_hidden=False)]
    assert "insurance" not in shown and shown[-2:] == ["charging", "waimaigui"]
    assert appeals.CATEGORIES.names("en")["charging"] == "Nowhere to charge"
    assert appeals.CATEGORIES.names("zh_CN")["insurance"] == "保险"  # old appeals keep names
    appeal_id = appeals.record_appeal(NewAppeal("没地方充电", category="charging"))
    assert appeal_rows.get_row(appeal_id).category == "charging"
    actions = [(e.action, e.entity_id) for e in AuditEntry.select().where(
        AuditEntry.entity == "appeal_category")]
    assert actions == [("create", "charging"), ("create", "waimaigui"),
                       ("update", "charging"), ("hide", "insurance")]


@pytest.fixture
def autumn(lee):
    """Appeals around October 2026, with the month boundaries on both sides."""
    make = lambda day, category="access": appeals.record_appeal(  # noqa: E731
        NewAppeal("问题" + day, category=category, visitor_id=lee, day=D(day)))
    ids = {
        "sep_open": make("2026-09-30"),  # open all October: overdue in October's records
        "sep_resolved_oct": make("2026-09-10", "insurance"),
        "sep_done": make("2026-09-05"),
        "oct_first": make("2026-10-01", "parking_rest"),
        "oct_last": make("2026-10-14", "parking_rest"),
        "oct_void": make("2026-10-02"),
    }
    appeals.resolve_appeal(ids["sep_resolved_oct"], "ok", D("2026-10-01"))
    appeals.resolve_appeal(ids["sep_done"], "ok", D("2026-09-30"))
    appeals.refer_appeal(ids["oct_first"], "社区", D("2026-10-03"))
    appeals.resolve_appeal(ids["oct_first"], "ok", D("2026-10-15"))
    appeals.void_appeal(ids["oct_void"], "重复")
    return ids


def test_monthly_figures(autumn):
    figures = appeal_rows.appeals_figures
    assert figures(D("2026-10-01"), D("2026-10-31")) == {
        "received": 2, "resolved": 2, "open": 2, "overdue": 1,  # sep_open, by 15 October
        "by_category": {"parking_rest": 2}}
    assert figures(D("2026-09-01"), D("2026-09-30")) == {
        "received": 3, "resolved": 1, "open": 2, "overdue": 1,  # sep_resolved_oct, 20 days
        "by_category": {"access": 2, "insurance": 1}}
    assert figures(D("2026-08-01"), D("2026-08-31")) == {
        "received": 0, "resolved": 0, "open": 0, "overdue": 0, "by_category": {}}
    summary = stats.month_summary("2026-10")
    assert summary.to_json()["appeals"]["received"] == 2
    assert summary.previous.appeals["received"] == 3


def test_monthly_records_as_they_stood_at_the_end_of_the_month(autumn, lee):
    september = {r["id"]: r for r in appeal_rows.appeal_records("2026-09")}
    assert set(september) == {autumn["sep_open"], autumn["sep_resolved_oct"], autumn["sep_done"]}
    assert all(set(r) == RECORD_KEYS for r in september.values())
    later = september[autumn["sep_resolved_oct"]]
    assert (later["status"], later["resolved_on"], later["overdue"]) == ("recorded", None, True)
    assert september[autumn["sep_done"]]["status"] == "resolved"
    assert september[autumn["sep_open"]]["overdue"] is False  # raised on the last day

    october = {r["id"]: r for r in appeal_rows.appeal_records("2026-10")}
    assert set(october) == {autumn["sep_open"], autumn["sep_resolved_oct"],
                            autumn["oct_first"], autumn["oct_last"]}  # voided left out
    assert october[autumn["sep_open"]]["overdue"] is True  # as of today, the 15th
    first = october[autumn["oct_first"]]
    assert first == {
        "id": autumn["oct_first"], "date": "2026-10-01", "category": "parking_rest",
        "group": "rider", "visitor_id": lee, "description": "问题2026-10-01", "urgency": "normal",
        "status": "resolved", "referred_to": "社区", "referred_on": "2026-10-03",
        "resolved_on": "2026-10-15", "followed_up_on": None, "satisfied": None,
        "overdue": False}


def test_the_bundle_gets_no_names_nor_texts(autumn):
    from keeper.reports.bundle import APPEAL_COLUMNS, record_csv

    data, rows = record_csv(APPEAL_COLUMNS, appeal_rows.appeal_records("2026-10"), "CY-017")
    text = data.decode()
    assert rows == 4 and "李映旺" not in text and "问题" not in text and "社区" not in text
