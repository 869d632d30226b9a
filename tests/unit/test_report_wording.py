"""The report's Chinese wording has one source, keeper_zh_CN.ts: what the workbook and the
PDF print in Chinese is the .ts's translation of what they print in English."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, time

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from keeper import paths
from keeper.core.ledger import NewVisit, amend_visit, log_visit, void_visit
from keeper.core.stats import month_summary
from keeper.reports import labels
from keeper.reports.pdf import write_pdf
from keeper.reports.xlsx import write_workbook


def _ts(context: str) -> dict[str, str]:
    """source -> translation of one context, read from the .ts file itself."""
    tree = ET.parse(paths.resource("translations", "keeper_zh_CN.ts"))
    for node in tree.getroot().iter("context"):
        if node.findtext("name") == context:
            return {m.findtext("source"): m.findtext("translation")
                    for m in node.iter("message")}
    raise AssertionError(f"no context {context} in the .ts")


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def summary(qapp, db, station, pinned_now):
    log_visit(NewVisit(["water", "rest"], "rider", date(2026, 9, 3), time(12, 0), count=4))
    void_visit(log_visit(NewVisit(["toilet"], "truck", date(2026, 9, 4), time(8, 0))), "重复")
    amend_visit(log_visit(NewVisit(["charging"], "citizen", date(2026, 9, 5), None)),
                NewVisit(["charging"], "citizen", date(2026, 9, 5), None, count=2), "记错")
    return month_summary("2026-09")


def _plain(table: dict[str, str]) -> dict[str, str]:
    return {key: english for key, english in table.items() if "{" not in english}


def test_the_workbook_prints_the_ts_wording(summary, tmp_path):
    printed = {}
    for language in ("en", "zh_CN"):
        path = tmp_path / f"{language}.xlsx"
        write_workbook(summary, path, language=language)
        book = load_workbook(path)
        printed[language] = {str(cell.value) for sheet in book for row in sheet.iter_rows()
                             for cell in row if isinstance(cell.value, str)}
        printed[language] |= set(book.sheetnames)
    ts = _ts(labels.XLSX)
    shown = [english for english in _plain(labels.XLSX_LABELS).values()
             if english in printed["en"]]
    assert len(shown) >= 30  # the test looks at most of the labels, not a handful
    for english in shown:
        assert ts[english] in printed["zh_CN"], english
    assert ts["Corrections since the previous revision"] == "上一版报送后的更正"


def test_the_pdf_prints_the_ts_wording(summary, tmp_path):
    text = {}
    for language in ("en", "zh_CN"):
        path = tmp_path / f"{language}.pdf"
        write_pdf(summary, path, language=language)
        text[language] = _squash("".join(p.extract_text() for p in PdfReader(path).pages))
    ts = _ts(labels.PDF)
    shown = [english for english in _plain(labels.PDF_LABELS).values()
             if _squash(english) in text["en"]]
    assert len(shown) >= 15
    for english in shown:
        assert _squash(ts[english]) in text["zh_CN"], english
    wording = ts["Corrections since the previous revision: {count}"].format(count=0)
    assert _squash(wording) in text["zh_CN"]
