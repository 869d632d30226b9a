"""The district month report's words (workbook and PDF), each with its Chinese beside the
English as the station's report labels are (keeper.reports.labels explains why)."""
from __future__ import annotations

from keeper.errors import QT_TRANSLATE_NOOP
from keeper.reports import labels

CONTEXT = "DistrictReport"


LABELS = {
    "title": (QT_TRANSLATE_NOOP("DistrictReport", "District monthly report, {month}"),
              "辖区驿站服务月报 {month}"),
    "district": (QT_TRANSLATE_NOOP("DistrictReport", "District"), "辖区"),
    "district_code": (QT_TRANSLATE_NOOP("DistrictReport", "District code"), "辖区编号"),
    "month": (QT_TRANSLATE_NOOP("DistrictReport", "Month"), "月份"),
    "sheet_summary": (QT_TRANSLATE_NOOP("DistrictReport", "District totals"), "辖区汇总"),
    "sheet_stations": (QT_TRANSLATE_NOOP("DistrictReport", "Stations"), "各驿站"),
    "sheet_chase": (QT_TRANSLATE_NOOP("DistrictReport", "Missing reports"), "未报送"),
    "reporting": (QT_TRANSLATE_NOOP("DistrictReport", "Reporting"), "报送情况"),
    "expected": (QT_TRANSLATE_NOOP("DistrictReport", "Expected"), "应报"),
    "received": (QT_TRANSLATE_NOOP("DistrictReport", "Received"), "已报"),
    "on_time": (QT_TRANSLATE_NOOP("DistrictReport", "On time"), "按时"),
    "late": (QT_TRANSLATE_NOOP("DistrictReport", "Late"), "逾期"),
    "missing": (QT_TRANSLATE_NOOP("DistrictReport", "Missing"), "未报"),
    "rate": (QT_TRANSLATE_NOOP("DistrictReport", "Reporting rate"), "报送率"),
    "reporting_line": (QT_TRANSLATE_NOOP(
        "DistrictReport", "Expected {expected}, received {received} (on time {on_time}, late "
                          "{late}), missing {missing}; reporting rate {rate}."),
        "应报 {expected} 个，已报 {received} 个（按时 {on_time} 个，逾期 {late} 个），"
        "未报 {missing} 个；报送率 {rate}。"),
    "key_figures": (QT_TRANSLATE_NOOP("DistrictReport", "Totals of the district"), "辖区合计"),
    "figure": (QT_TRANSLATE_NOOP("DistrictReport", "Figure"), "指标"),
    "this_month": (QT_TRANSLATE_NOOP("DistrictReport", "This month"), "本月"),
    "last_month": (QT_TRANSLATE_NOOP("DistrictReport", "Last month"), "上月"),
    "vs_last_month": (QT_TRANSLATE_NOOP("DistrictReport", "vs last month"), "环比"),
    "last_year": (QT_TRANSLATE_NOOP("DistrictReport", "Same month last year"), "去年同月"),
    "vs_last_year": (QT_TRANSLATE_NOOP("DistrictReport", "vs last year"), "同比"),
    "visits": (QT_TRANSLATE_NOOP("DistrictReport", "Visits (person-times)"), "服务人次"),
    "people": (QT_TRANSLATE_NOOP("DistrictReport", "People (registered)"), "服务人数（登记）"),
    "people_not_summed": (QT_TRANSLATE_NOOP(
        "DistrictReport", "not added up: a worker may visit several stations"),
        "不汇总：同一人可能到访多个驿站"),
    "people_note": (QT_TRANSLATE_NOOP(
        "DistrictReport", "People (人数) are counted by each station and are not added up "
                          "across stations: a worker who visits several stations would be "
                          "counted once at each."),
        "服务人数由各驿站分别统计，辖区不作汇总：同一名劳动者可能到访多个驿站，相加会重复计算。"),
    "new_registrations": (QT_TRANSLATE_NOOP("DistrictReport", "New registrations"), "新登记"),
    "corrections": (QT_TRANSLATE_NOOP("DistrictReport", "Corrections"), "更正"),
    "stations_reporting": (QT_TRANSLATE_NOOP("DistrictReport", "Stations reporting"),
                           "报送驿站数"),
    "services": (QT_TRANSLATE_NOOP("DistrictReport", "Services"), "服务项目"),
    "groups": (QT_TRANSLATE_NOOP("DistrictReport", "Visitor groups"), "服务对象"),
    "platforms": (QT_TRANSLATE_NOOP("DistrictReport", "Platforms"), "所属平台"),
    "uses": (QT_TRANSLATE_NOOP("DistrictReport", "Uses"), "人次"),
    "share": (QT_TRANSLATE_NOOP("DistrictReport", "Share"), "占比"),
    "total": (QT_TRANSLATE_NOOP("DistrictReport", "Total"), "合计"),
    "no_platforms": (QT_TRANSLATE_NOOP("DistrictReport", "No platform recorded this month."),
                     "本月未登记平台。"),
    "appeals": (QT_TRANSLATE_NOOP("DistrictReport", "Appeals"), "诉求"),
    "appeals_received": (QT_TRANSLATE_NOOP("DistrictReport", "Appeals received"), "诉求受理"),
    "resolved": (QT_TRANSLATE_NOOP("DistrictReport", "Resolved"), "办结"),
    "open": (QT_TRANSLATE_NOOP("DistrictReport", "Open"), "未办结"),
    "overdue": (QT_TRANSLATE_NOOP("DistrictReport", "Overdue"), "超期"),
    "activities": (QT_TRANSLATE_NOOP("DistrictReport", "Activities"), "志愿活动"),
    "participants": (QT_TRANSLATE_NOOP("DistrictReport", "Participants"), "参与人次"),
    "volunteer_hours": (QT_TRANSLATE_NOOP("DistrictReport", "Volunteer hours"), "志愿时长"),
    "station_rows": (QT_TRANSLATE_NOOP("DistrictReport", "Station by station"), "各驿站情况"),
    "code": (QT_TRANSLATE_NOOP("DistrictReport", "Code"), "编号"),
    "station": (QT_TRANSLATE_NOOP("DistrictReport", "Station"), "驿站"),
    "service_uses": (QT_TRANSLATE_NOOP("DistrictReport", "Service uses"), "服务项次"),
    "revision": (QT_TRANSLATE_NOOP("DistrictReport", "Revision"), "版次"),
    # The PDF's station table: eleven figures across A4 need short headers.
    "short_visits": (QT_TRANSLATE_NOOP("DistrictReport", "Visits"), "人次"),
    "short_people": (QT_TRANSLATE_NOOP("DistrictReport", "People"), "人数"),
    "short_hours": (QT_TRANSLATE_NOOP("DistrictReport", "Hours"), "时长"),
    "short_revision": (QT_TRANSLATE_NOOP("DistrictReport", "Rev."), "版次"),
    "timeliness": (QT_TRANSLATE_NOOP("DistrictReport", "On time?"), "是否按时"),
    "approved": (QT_TRANSLATE_NOOP("DistrictReport", "Approved"), "已审核"),
    "not_received": (QT_TRANSLATE_NOOP("DistrictReport", "not received"), "未报送"),
    "chase": (QT_TRANSLATE_NOOP("DistrictReport", "Stations to chase (no report received)"),
              "待催报驿站（未收到月报）"),
    "nobody_missing": (QT_TRANSLATE_NOOP(
        "DistrictReport", "Every expected station has reported."), "所有应报驿站均已报送。"),
    "kind": (QT_TRANSLATE_NOOP("DistrictReport", "Kind"), "类型"),
    "contact": (QT_TRANSLATE_NOOP("DistrictReport", "Contact"), "联系方式"),
    "chart_services": (QT_TRANSLATE_NOOP("DistrictReport", "Uses per service"),
                       "各服务项目人次"),
    "chart_groups": (QT_TRANSLATE_NOOP("DistrictReport", "Visits per group"), "各群体人次"),
    "chart_busiest": (QT_TRANSLATE_NOOP("DistrictReport", "Visits per station (the {count} "
                                                          "busiest)"),
                      "各驿站服务人次（前 {count} 名）"),
    "per_day": (QT_TRANSLATE_NOOP("DistrictReport", "Visits per day"), "每日服务人次"),
    "chart_stations": (QT_TRANSLATE_NOOP("DistrictReport", "Visits per station"),
                       "各驿站服务人次"),
    "comparison_note": (QT_TRANSLATE_NOOP(
        "DistrictReport", "Earlier months are the reports held now from the stations that "
                          "sent them."), "上月及去年同月为目前已收到的各驿站报送数据。"),
    "prepared_by": (QT_TRANSLATE_NOOP("DistrictReport", "Prepared by (signature)"), "填报人签字"),
    "reviewed_by": (QT_TRANSLATE_NOOP("DistrictReport", "Reviewed by (signature)"), "审核人签字"),
    "date": (QT_TRANSLATE_NOOP("DistrictReport", "Date"), "日期"),
    "stamp": (QT_TRANSLATE_NOOP("DistrictReport", "Stamp"), "盖章"),
    "continued": (QT_TRANSLATE_NOOP("DistrictReport", "{title} (continued)"), "{title}（续）"),
    "page": (QT_TRANSLATE_NOOP("DistrictReport", "Page {page} of {pages}"),
             "第 {page} 页 / 共 {pages} 页"),
    "generated": (QT_TRANSLATE_NOOP("DistrictReport", "Generated by keeper on {when}"),
                  "驿站管家生成于 {when}"),
    "key_fingerprint": (QT_TRANSLATE_NOOP("DistrictReport",
                                          "District key fingerprint: {fingerprint}"),
                        "辖区密钥指纹：{fingerprint}"),
    "yes": (QT_TRANSLATE_NOOP("DistrictReport", "Yes"), "是"),
    "kind_comprehensive": (QT_TRANSLATE_NOOP("DistrictReport", "comprehensive"), "综合型"),
    "kind_specialized": (QT_TRANSLATE_NOOP("DistrictReport", "specialized"), "专项型"),
}


def texts(language: str) -> dict[str, str]:
    return labels.texts(LABELS, CONTEXT, language)


def rate_text(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.1%}"
