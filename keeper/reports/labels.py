"""The monthly report's words, in the language asked for, and the small formats both
report writers share (month titles, numbers, changes against an earlier month).

A report is written in the language passed to it, which need not be the language the
window speaks (the CLI may export Chinese from an English session), so the words are looked
up in keeper_zh_CN.qm through a translator of our own rather than the installed ones.
Each label carries its Chinese beside the English: the report stays Chinese for a string
the .ts does not hold yet; once translated there, the .ts wins.
"""
from __future__ import annotations

from PySide6.QtCore import QTranslator

from keeper import paths
from keeper.errors import QT_TRANSLATE_NOOP

XLSX = "ReportXlsx"
PDF = "ReportPdf"

# key: (English source text for lupdate, Chinese used until the .ts has it)
XLSX_LABELS = {
    "sheet_summary": (QT_TRANSLATE_NOOP("ReportXlsx", "Summary"), "汇总"),
    "sheet_ledger": (QT_TRANSLATE_NOOP("ReportXlsx", "Ledger"), "台账"),
    "sheet_appeals": (QT_TRANSLATE_NOOP("ReportXlsx", "Appeals"), "诉求"),
    "sheet_activities": (QT_TRANSLATE_NOOP("ReportXlsx", "Activities"), "志愿活动"),
    "title": (QT_TRANSLATE_NOOP("ReportXlsx", "Monthly report, {month}"), "驿站服务月报 {month}"),
    "station": (QT_TRANSLATE_NOOP("ReportXlsx", "Station"), "驿站名称"),
    "code": (QT_TRANSLATE_NOOP("ReportXlsx", "Station code"), "驿站编号"),
    "district": (QT_TRANSLATE_NOOP("ReportXlsx", "District"), "所属辖区"),
    "address": (QT_TRANSLATE_NOOP("ReportXlsx", "Address"), "地址"),
    "month": (QT_TRANSLATE_NOOP("ReportXlsx", "Month"), "月份"),
    "key_figures": (QT_TRANSLATE_NOOP("ReportXlsx", "Key figures"), "主要指标"),
    "figure": (QT_TRANSLATE_NOOP("ReportXlsx", "Figure"), "指标"),
    "this_month": (QT_TRANSLATE_NOOP("ReportXlsx", "This month"), "本月"),
    "last_month": (QT_TRANSLATE_NOOP("ReportXlsx", "Last month"), "上月"),
    "vs_last_month": (QT_TRANSLATE_NOOP("ReportXlsx", "Change vs last month"), "环比"),
    "last_year": (QT_TRANSLATE_NOOP("ReportXlsx", "Same month last year"), "去年同月"),
    "vs_last_year": (QT_TRANSLATE_NOOP("ReportXlsx", "Change vs last year"), "同比"),
    "visits": (QT_TRANSLATE_NOOP("ReportXlsx", "Visits (person-times)"), "服务人次"),
    "visitors": (QT_TRANSLATE_NOOP("ReportXlsx", "Registered visitors who came"),
                 "服务人数（登记访客）"),
    "new_registrations": (QT_TRANSLATE_NOOP("ReportXlsx", "New registrations"), "新登记人数"),
    "entries": (QT_TRANSLATE_NOOP("ReportXlsx", "Ledger entries"), "台账登记条数"),
    "busiest_day": (QT_TRANSLATE_NOOP("ReportXlsx", "Busiest day"), "最忙的一天"),
    "busiest_hour": (QT_TRANSLATE_NOOP("ReportXlsx", "Busiest hour"), "最忙时段"),
    "corrections": (QT_TRANSLATE_NOOP("ReportXlsx", "Corrections since the last export"),
                    "上次报送后的更正"),
    "services": (QT_TRANSLATE_NOOP("ReportXlsx", "Services"), "服务项目"),
    "service": (QT_TRANSLATE_NOOP("ReportXlsx", "Service"), "服务项目"),
    "uses": (QT_TRANSLATE_NOOP("ReportXlsx", "Uses"), "服务次数"),
    "uses_note": (QT_TRANSLATE_NOOP(
        "ReportXlsx", "Visits count the people served; uses count each service they had: a "
                      "rider who drinks water and rests is 1 visit and 2 uses."),
        "说明：服务人次按来访人次计；服务次数按每人次使用的每项服务计，一人次既饮水又休息，"
        "计 1 人次、2 服务次数。"),
    "revision": (QT_TRANSLATE_NOOP("ReportXlsx", "Revision"), "版本"),
    "revision_text": (QT_TRANSLATE_NOOP("ReportXlsx", "Revision {revision}"),
                      "第 {revision} 版"),
    "as_of": (QT_TRANSLATE_NOOP("ReportXlsx", "Figures up to"), "数据截至"),
    "share": (QT_TRANSLATE_NOOP("ReportXlsx", "Share"), "占比"),
    "groups": (QT_TRANSLATE_NOOP("ReportXlsx", "Visitor groups"), "服务对象"),
    "group": (QT_TRANSLATE_NOOP("ReportXlsx", "Group"), "人员类别"),
    "group_visits": (QT_TRANSLATE_NOOP("ReportXlsx", "Visits"), "人次"),
    "platforms": (QT_TRANSLATE_NOOP("ReportXlsx", "Platforms"), "所属平台"),
    "platform": (QT_TRANSLATE_NOOP("ReportXlsx", "Platform"), "平台"),
    "no_platforms": (QT_TRANSLATE_NOOP("ReportXlsx", "No platform recorded this month."),
                     "本月未登记平台。"),
    "per_day": (QT_TRANSLATE_NOOP("ReportXlsx", "Visits per day"), "每日服务人次"),
    "per_hour": (QT_TRANSLATE_NOOP("ReportXlsx", "Visits per hour"), "各时段服务人次"),
    "day": (QT_TRANSLATE_NOOP("ReportXlsx", "Day"), "日期"),
    "hour": (QT_TRANSLATE_NOOP("ReportXlsx", "Hour"), "时段"),
    "total": (QT_TRANSLATE_NOOP("ReportXlsx", "Total"), "合计"),
    "chart_services": (QT_TRANSLATE_NOOP("ReportXlsx", "Uses per service"),
                       "各服务项目服务次数"),
    "chart_groups": (QT_TRANSLATE_NOOP("ReportXlsx", "Visits per group"), "各人员类别人次"),
    "appeals": (QT_TRANSLATE_NOOP("ReportXlsx", "Appeals"), "诉求"),
    "received": (QT_TRANSLATE_NOOP("ReportXlsx", "Received"), "受理"),
    "resolved": (QT_TRANSLATE_NOOP("ReportXlsx", "Resolved"), "已办结"),
    "open": (QT_TRANSLATE_NOOP("ReportXlsx", "Open"), "未办结"),
    "overdue": (QT_TRANSLATE_NOOP("ReportXlsx", "Overdue"), "超期"),
    "by_category": (QT_TRANSLATE_NOOP("ReportXlsx", "Category: {name}"), "类别：{name}"),
    "activities": (QT_TRANSLATE_NOOP("ReportXlsx", "Volunteer activities"), "志愿活动"),
    "activity_count": (QT_TRANSLATE_NOOP("ReportXlsx", "Activities held"), "开展活动次数"),
    "participants": (QT_TRANSLATE_NOOP("ReportXlsx", "Participants"), "参与人数"),
    "volunteer_hours": (QT_TRANSLATE_NOOP("ReportXlsx", "Volunteer hours"), "志愿服务时长（小时）"),
    "by_type": (QT_TRANSLATE_NOOP("ReportXlsx", "Type: {name}"), "类型：{name}"),
    "entry_no": (QT_TRANSLATE_NOOP("ReportXlsx", "Entry no."), "登记号"),
    "date": (QT_TRANSLATE_NOOP("ReportXlsx", "Date"), "日期"),
    "time": (QT_TRANSLATE_NOOP("ReportXlsx", "Time"), "时间"),
    "count": (QT_TRANSLATE_NOOP("ReportXlsx", "Count"), "人次"),
    "visitor": (QT_TRANSLATE_NOOP("ReportXlsx", "Visitor"), "来访人员"),
    "note": (QT_TRANSLATE_NOOP("ReportXlsx", "Note"), "备注"),
    "state": (QT_TRANSLATE_NOOP("ReportXlsx", "State"), "状态"),
    "void_reason": (QT_TRANSLATE_NOOP("ReportXlsx", "Reason voided"), "作废原因"),
    "state_ok": (QT_TRANSLATE_NOOP("ReportXlsx", "Valid"), "有效"),
    "state_voided": (QT_TRANSLATE_NOOP("ReportXlsx", "Voided"), "已作废"),
    "import_undone": (QT_TRANSLATE_NOOP("ReportXlsx", "import undone"), "导入已撤销"),
    "state_amended": (QT_TRANSLATE_NOOP("ReportXlsx", "Corrected"), "已更正"),
    "number": (QT_TRANSLATE_NOOP("ReportXlsx", "No."), "编号"),
    "category": (QT_TRANSLATE_NOOP("ReportXlsx", "Category"), "类别"),
    "description": (QT_TRANSLATE_NOOP("ReportXlsx", "Description"), "诉求内容"),
    "urgency": (QT_TRANSLATE_NOOP("ReportXlsx", "Urgency"), "紧急程度"),
    "status": (QT_TRANSLATE_NOOP("ReportXlsx", "Status"), "状态"),
    "referred_to": (QT_TRANSLATE_NOOP("ReportXlsx", "Referred to"), "转办单位"),
    "resolved_on": (QT_TRANSLATE_NOOP("ReportXlsx", "Resolved on"), "办结日期"),
    "yes": (QT_TRANSLATE_NOOP("ReportXlsx", "Yes"), "是"),
    "type": (QT_TRANSLATE_NOOP("ReportXlsx", "Type"), "类型"),
    "activity_title": (QT_TRANSLATE_NOOP("ReportXlsx", "Title"), "活动名称"),
    "people_helped": (QT_TRANSLATE_NOOP("ReportXlsx", "People helped"), "服务人数"),
    "story": (QT_TRANSLATE_NOOP("ReportXlsx", "Story"), "活动简述"),
    "no_appeals": (QT_TRANSLATE_NOOP("ReportXlsx", "No appeals this month."), "本月无诉求。"),
    "no_activities": (QT_TRANSLATE_NOOP("ReportXlsx", "No activities this month."),
                      "本月无志愿活动。"),
    "page": (QT_TRANSLATE_NOOP("ReportXlsx", "Page {page} of {pages}"), "第 {page} 页 / 共 {pages} 页"),
    "status_recorded": (QT_TRANSLATE_NOOP("ReportXlsx", "Recorded"), "已登记"),
    "status_referred": (QT_TRANSLATE_NOOP("ReportXlsx", "Referred"), "已转办"),
    "status_resolved": (QT_TRANSLATE_NOOP("ReportXlsx", "Resolved"), "已办结"),
    "status_followed_up": (QT_TRANSLATE_NOOP("ReportXlsx", "Followed up"), "已回访"),
    "urgency_low": (QT_TRANSLATE_NOOP("ReportXlsx", "Low"), "低"),
    "urgency_normal": (QT_TRANSLATE_NOOP("ReportXlsx", "Normal"), "一般"),
    "urgency_high": (QT_TRANSLATE_NOOP("ReportXlsx", "High"), "紧急"),
}

PDF_LABELS = {
    "title": (QT_TRANSLATE_NOOP("ReportPdf", "Monthly report, {month}"), "驿站服务月报 {month}"),
    "code": (QT_TRANSLATE_NOOP("ReportPdf", "Station code"), "驿站编号"),
    "district": (QT_TRANSLATE_NOOP("ReportPdf", "District"), "所属辖区"),
    "address": (QT_TRANSLATE_NOOP("ReportPdf", "Address"), "地址"),
    "visits": (QT_TRANSLATE_NOOP("ReportPdf", "Visits (person-times)"), "服务人次"),
    "visitors": (QT_TRANSLATE_NOOP("ReportPdf", "Registered visitors"), "服务人数（登记）"),
    "new_registrations": (QT_TRANSLATE_NOOP("ReportPdf", "New registrations"), "新登记"),
    "entries": (QT_TRANSLATE_NOOP("ReportPdf", "Ledger entries"), "台账条数"),
    "vs_last_month": (QT_TRANSLATE_NOOP("ReportPdf", "vs last month"), "较上月"),
    "vs_last_year": (QT_TRANSLATE_NOOP("ReportPdf", "vs last year"), "较去年同月"),
    "busiest": (QT_TRANSLATE_NOOP(
        "ReportPdf", "Busiest day: {day} ({day_visits})   Busiest hour: {hour} ({hour_visits})"),
        "最忙的一天：{day}（{day_visits} 人次）   最忙时段：{hour}（{hour_visits} 人次）"),
    "corrections": (QT_TRANSLATE_NOOP(
        "ReportPdf", "Corrections since the last export: {count}"), "上次报送后的更正：{count} 条"),
    "per_day": (QT_TRANSLATE_NOOP("ReportPdf", "Visits per day"), "每日服务人次"),
    "services": (QT_TRANSLATE_NOOP("ReportPdf", "Services"), "服务项目"),
    "uses": (QT_TRANSLATE_NOOP("ReportPdf", "Uses"), "服务次数"),
    "uses_note": (QT_TRANSLATE_NOOP(
        "ReportPdf", "Visits count the people served; uses count each service they had: a "
                     "rider who drinks water and rests is 1 visit and 2 uses."),
        "说明：服务人次按来访人次计；服务次数按每人次使用的每项服务计，一人次既饮水又休息，"
        "计 1 人次、2 服务次数。"),
    "revision": (QT_TRANSLATE_NOOP("ReportPdf", "Revision {revision}"), "第 {revision} 版"),
    "as_of": (QT_TRANSLATE_NOOP("ReportPdf", "figures up to {day}"), "数据截至 {day}"),
    "incomplete": (QT_TRANSLATE_NOOP("ReportPdf", "month not over: a preview"),
                   "月份未结束，仅供预览"),
    "group": (QT_TRANSLATE_NOOP("ReportPdf", "Group"), "人员类别"),
    "visit_count": (QT_TRANSLATE_NOOP("ReportPdf", "Visits"), "人次"),
    "share": (QT_TRANSLATE_NOOP("ReportPdf", "Share"), "占比"),
    "last_month": (QT_TRANSLATE_NOOP("ReportPdf", "Last month"), "上月"),
    "change": (QT_TRANSLATE_NOOP("ReportPdf", "Change"), "环比"),
    "groups": (QT_TRANSLATE_NOOP("ReportPdf", "Visitor groups"), "服务对象"),
    "platforms": (QT_TRANSLATE_NOOP("ReportPdf", "Platforms"), "所属平台"),
    "total": (QT_TRANSLATE_NOOP("ReportPdf", "Total"), "合计"),
    "appeals": (QT_TRANSLATE_NOOP("ReportPdf", "Appeals"), "诉求办理"),
    "appeal_figures": (QT_TRANSLATE_NOOP(
        "ReportPdf", "Received {received}, resolved {resolved}, open {open}, overdue {overdue}."),
        "受理 {received} 件，办结 {resolved} 件，未办结 {open} 件，超期 {overdue} 件。"),
    "open_appeals": (QT_TRANSLATE_NOOP("ReportPdf", "Open and overdue appeals"),
                     "未办结及超期诉求"),
    "no_open_appeals": (QT_TRANSLATE_NOOP("ReportPdf", "No open appeals this month."),
                        "本月无未办结诉求。"),
    "date": (QT_TRANSLATE_NOOP("ReportPdf", "Date"), "日期"),
    "category": (QT_TRANSLATE_NOOP("ReportPdf", "Category"), "类别"),
    "description": (QT_TRANSLATE_NOOP("ReportPdf", "Description"), "诉求内容"),
    "status": (QT_TRANSLATE_NOOP("ReportPdf", "Status"), "状态"),
    "urgency": (QT_TRANSLATE_NOOP("ReportPdf", "Urgency"), "紧急程度"),
    "referred_to": (QT_TRANSLATE_NOOP("ReportPdf", "Referred to"), "转办单位"),
    "overdue": (QT_TRANSLATE_NOOP("ReportPdf", "Overdue"), "超期"),
    "activities": (QT_TRANSLATE_NOOP("ReportPdf", "Volunteer activities"), "志愿活动"),
    "activity_figures": (QT_TRANSLATE_NOOP(
        "ReportPdf", "{count} activities, {participants} participants, {hours} volunteer hours."),
        "开展活动 {count} 次，参与 {participants} 人次，志愿服务 {hours} 小时。"),
    "activity_list": (QT_TRANSLATE_NOOP("ReportPdf", "Activities this month"), "本月活动"),
    "no_activities": (QT_TRANSLATE_NOOP("ReportPdf", "No activities this month."),
                      "本月无志愿活动。"),
    "type": (QT_TRANSLATE_NOOP("ReportPdf", "Type"), "类型"),
    "activity_title": (QT_TRANSLATE_NOOP("ReportPdf", "Activity"), "活动"),
    "participants": (QT_TRANSLATE_NOOP("ReportPdf", "Participants"), "参与人数"),
    "volunteer_hours": (QT_TRANSLATE_NOOP("ReportPdf", "Volunteer hours"),
                        "志愿服务时长（小时）"),
    "people_helped": (QT_TRANSLATE_NOOP("ReportPdf", "Helped"), "服务人数"),
    "continued": (QT_TRANSLATE_NOOP("ReportPdf", "{title} (continued)"), "{title}（续）"),
    "prepared_by": (QT_TRANSLATE_NOOP("ReportPdf", "Prepared by (signature)"), "填报人签字"),
    "reviewed_by": (QT_TRANSLATE_NOOP("ReportPdf", "Reviewed by (signature)"), "审核人签字"),
    "stamp": (QT_TRANSLATE_NOOP("ReportPdf", "Stamp"), "盖章"),
    "key_fingerprint": (QT_TRANSLATE_NOOP("ReportPdf", "Station key fingerprint: {fingerprint}"),
                        "驿站密钥指纹：{fingerprint}"),
    "page": (QT_TRANSLATE_NOOP("ReportPdf", "Page {page} of {pages}"), "第 {page} 页 / 共 {pages} 页"),
    "generated": (QT_TRANSLATE_NOOP("ReportPdf", "Generated by keeper on {when}"),
                  "驿站管家生成于 {when}"),
    "status_recorded": (QT_TRANSLATE_NOOP("ReportPdf", "Recorded"), "已登记"),
    "status_referred": (QT_TRANSLATE_NOOP("ReportPdf", "Referred"), "已转办"),
    "status_resolved": (QT_TRANSLATE_NOOP("ReportPdf", "Resolved"), "已办结"),
    "status_followed_up": (QT_TRANSLATE_NOOP("ReportPdf", "Followed up"), "已回访"),
    "urgency_low": (QT_TRANSLATE_NOOP("ReportPdf", "Low"), "低"),
    "urgency_normal": (QT_TRANSLATE_NOOP("ReportPdf", "Normal"), "一般"),
    "urgency_high": (QT_TRANSLATE_NOOP("ReportPdf", "High"), "紧急"),
}

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_translator: QTranslator | None = None
_translator_loaded = False


def code_name(t: dict[str, str], kind: str, code) -> str:
    """An appeal's status or urgency in words (``kind`` "status" or "urgency"); an unknown
    code as it is."""
    text = str(code or "")
    return t.get(f"{kind}_{text}", text)


def vocabulary(kind: str, language: str) -> dict[str, str]:
    """Names of appeal categories (``kind`` "category") or activity types ("type") in
    ``language``, by code; empty where that feature is not installed, so codes show as they
    are. Asked only when a month has appeals or activities."""
    try:
        if kind == "category":
            from keeper.core.appeals import CATEGORIES as terms
        else:
            from keeper.core.activities import TYPES as terms
    except ImportError:
        return {}
    return terms.names(language)


def colon(language: str) -> str:
    return "：" if is_chinese(language) else ": "


def is_chinese(language: str) -> bool:
    return language.lower().replace("-", "_").startswith("zh")


def _zh_translator() -> QTranslator | None:
    global _translator, _translator_loaded
    if not _translator_loaded:
        _translator_loaded = True
        translator = QTranslator()
        try:
            if translator.load(str(paths.resource("translations", "keeper_zh_CN.qm"))):
                _translator = translator
        except FileNotFoundError:  # no resources folder: the built-in Chinese still serves
            pass
    return _translator


def texts(table: dict[str, tuple[str, str]], context: str, language: str) -> dict[str, str]:
    """``table``'s labels in ``language``, by key."""
    if not is_chinese(language):
        return {key: english for key, (english, _) in table.items()}
    translator = _zh_translator()
    return {key: (translator.translate(context, english) if translator else "") or chinese
            for key, (english, chinese) in table.items()}


def month_title(month: str, language: str) -> str:
    """"2026年10月" or "October 2026"."""
    year, number = int(month[:4]), int(month[5:7])
    return f"{year}年{number}月" if is_chinese(language) else f"{_EN_MONTHS[number - 1]} {year}"


def day_title(day: str, language: str) -> str:
    """"10月5日" or "5 Oct" for an ISO date."""
    number, month = int(day[8:10]), int(day[5:7])
    return f"{month}月{number}日" if is_chinese(language) else \
        f"{number} {_EN_MONTHS[month - 1][:3]}"


def hour_title(hour: int) -> str:
    """"12:00–12:59": the hour as the screen shows it (the next hour is not in it)."""
    return f"{hour:02d}:00–{hour:02d}:59"


def number(value: float | int | None) -> str:
    """1,234 (and 12.5 for hours); an empty string for a missing figure."""
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}"
    return f"{int(value):,}"


def change(current: float | int | None, earlier: float | int | None) -> float | None:
    """The relative change, or None when there is nothing to compare with."""
    if current is None or not earlier:
        return None
    return (current - earlier) / earlier


def change_text(current, earlier) -> str:
    """"↑12.3%", "↓4.0%", "±0%", or "—" when the earlier month had nothing."""
    ratio = change(current, earlier)
    if ratio is None:
        return "—"
    if abs(ratio) < 0.0005:
        return "±0%"
    return f"{'↑' if ratio > 0 else '↓'}{abs(ratio) * 100:.1f}%"


def ranked(current: dict[str, float], previous: dict[str, float] | None,
           names: dict[str, str], always: tuple[str, ...] = ()
           ) -> list[tuple[str, str, float, float | None]]:
    """Rows (code, name, this month, last month or None) for a services, groups or platforms
    table: the month's codes and ``always`` ones, most used first, catalogue order on ties."""
    order = {code: index for index, code in enumerate(names)}
    codes = list(dict.fromkeys([*current, *always]))
    codes.sort(key=lambda code: (-current.get(code, 0), order.get(code, len(order)), code))
    return [(code, names.get(code, code), current.get(code, 0),
             None if previous is None else previous.get(code, 0)) for code in codes]
