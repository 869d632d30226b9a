"""The month's stock section of the workbook and the PDF (when the station keeps stock):
per item opening, received, issued, discarded, the difference found at stocktakes and
closing; then the donations (爱心互献) received and claimed."""
from __future__ import annotations

from keeper.core.stats import MonthSummary
from keeper.errors import QT_TRANSLATE_NOOP
from keeper.reports import labels
from keeper.reports.pdf_layout import RIGHT, Column, Flow
from keeper.reports.xlsx_sheets import print_setup

CONTEXT = "ReportStock"
STOCK_LABELS = {  # English sources; the Chinese is keeper_zh_CN.ts's
    "sheet": QT_TRANSLATE_NOOP("ReportStock", "Stock"),
    "heading": QT_TRANSLATE_NOOP("ReportStock", "Supplies and donations"),
    "item": QT_TRANSLATE_NOOP("ReportStock", "Item"),
    "unit": QT_TRANSLATE_NOOP("ReportStock", "Unit"),
    "opening": QT_TRANSLATE_NOOP("ReportStock", "Opening"),
    "received": QT_TRANSLATE_NOOP("ReportStock", "Received"),
    "issued": QT_TRANSLATE_NOOP("ReportStock", "Issued"),
    "discarded": QT_TRANSLATE_NOOP("ReportStock", "Discarded"),
    "counted": QT_TRANSLATE_NOOP("ReportStock", "Count difference"),
    "closing": QT_TRANSLATE_NOOP("ReportStock", "Closing"),
    "donations": QT_TRANSLATE_NOOP(
        "ReportStock", "Donated goods (爱心互献): {received} received, {claimed} claimed."),
    "note": QT_TRANSLATE_NOOP(
        "ReportStock", "Issued is net of what corrected or voided visits gave back; a count "
                       "difference is what a stocktake found missing (−) or extra (+)."),
}
FIGURES = ("opening", "received", "issued", "discarded", "counted", "closing")


def _rows(summary: MonthSummary, language: str) -> list[list]:
    chinese = labels.is_chinese(language)
    return [[row.name_zh if chinese else row.name_en, row.unit_zh if chinese else row.unit_en,
             *(getattr(row, key) for key in FIGURES)] for row in summary.stock]


def write_stock_sheet(book, summary: MonthSummary, context) -> None:
    """A "Stock" sheet after the others, printed like them; nothing when the station keeps
    no stock."""
    if not summary.stock:
        return
    language, formats = context.language, context.fmt
    t = labels.texts(STOCK_LABELS, CONTEXT, language)
    sheet = book.add_worksheet(t["sheet"][:31])
    print_setup(sheet, context, landscape=True, repeat_header=0)
    headers = [t["item"], t["unit"], *(t[key] for key in FIGURES)]
    sheet.write_row(0, 0, headers, formats.head)
    sheet.set_column(0, 0, 22)
    sheet.set_column(1, 1, 9)
    sheet.set_column(2, len(headers) - 1, 14)
    for number, row in enumerate(_rows(summary, language), start=1):
        sheet.write_row(number, 0, row[:2], formats.text)
        sheet.write_row(number, 2, row[2:], formats.integer)
    after = len(summary.stock) + 2
    donations = summary.donations or {"received": 0, "claimed": 0}
    sheet.write_string(after, 0, t["donations"].format(**donations))
    sheet.write_string(after + 1, 0, t["note"])
    sheet.freeze_panes(1, 1)


def stock_section(flow: Flow, summary: MonthSummary, language: str, continued: str) -> None:
    """The PDF's stock table and donations line; nothing when the station keeps no stock."""
    if not summary.stock:
        return
    t = labels.texts(STOCK_LABELS, CONTEXT, language)
    columns = [Column(t["item"], 2.6, wrap=True), Column(t["unit"], 0.8),
               *(Column(t[key], 1.0, RIGHT) for key in FIGURES)]
    rows = [[name, unit, *(labels.number(value) for value in figures)]
            for name, unit, *figures in _rows(summary, language)]
    flow.table(t["heading"], columns, rows, continued=continued)
    donations = summary.donations or {"received": 0, "claimed": 0}
    flow.paragraph(t["donations"].format(received=labels.number(donations["received"]),
                                         claimed=labels.number(donations["claimed"])), 9.5)
    flow.paragraph(t["note"], 8.5, after=12)
