"""The printable monthly PDF, read back with pypdf: station, month and totals in the text,
exact Chinese (never Kangxi radicals), signatures, page breaks with repeated headers."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date, time

import pytest
from pypdf import PdfReader

from keeper.core.demo import generate_demo
from keeper.core.ledger import NewVisit, log_visit, void_visit
from keeper.core.stats import month_summary
from keeper.reports.pdf import write_pdf

MONTH = "2026-09"
RADICALS = range(0x2E80, 0x2FE0)  # CJK radicals supplement + Kangxi radicals


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def summary(qapp, db, pinned_now):
    generate_demo(months=1, seed=11)
    log_visit(NewVisit(["water", "rest"], "courier", date(2026, 9, 3), time(12, 0), count=4))
    void_visit(log_visit(NewVisit(["toilet"], "truck", date(2026, 9, 4), time(8, 0))), "重复")
    return month_summary(MONTH)


def _write(tmp_path, summary, language="zh_CN", **records):
    path = tmp_path / f"report-{language}.pdf"
    pages = write_pdf(summary, path, language=language, **records)
    reader = PdfReader(path)
    assert pages == len(reader.pages) >= 1
    return reader, [page.extract_text() for page in reader.pages]


def _appeals(count: int) -> list[dict]:
    long = "某小区物业不让外卖骑手进入，只能在门口等候，影响配送时效，多次沟通无果，请街道协调。"
    return [{"id": i, "date": f"2026-09-{i % 28 + 1:02d}", "category": "other", "group": "rider",
             "description": long if i % 2 else "饮水机坏了", "urgency": "high",
             "status": "referred" if i % 3 else "recorded", "referred_to": "街道办",
             "resolved_on": None, "overdue": i % 4 == 0} for i in range(1, count + 1)]


def test_text_holds_station_month_totals_in_exact_chinese(tmp_path, summary):
    reader, texts = _write(tmp_path, summary)
    text = "\n".join(texts)
    squashed = _squash(text)
    for expected in ("驿站服务月报2026年9月", "示范驿站（演示数据）", "DEMO01", "演示区",
                     f"{summary.visits:,}", f"{summary.visitors_registered:,}",
                     f"{summary.new_registrations:,}", "饮水", "休息", "人次", "服务项目",
                     "服务对象", "外卖骑手", "每日服务人次", "诉求办理", "本月无未办结诉求。",
                     "志愿活动", "本月无志愿活动。", "填报人签字", "审核人签字", "盖章"):
        assert expected in squashed, expected
    assert not [ch for ch in text if ord(ch) in RADICALS]
    for number, page_text in enumerate(texts, 1):
        assert f"第{number}页/共{len(texts)}页" in _squash(page_text)
    fonts = {str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1]
             for page in reader.pages for font in page["/Resources"]["/Font"].values()}
    assert fonts <= {"KeeperSans-Regular", "KeeperSans-Bold"}, fonts
    assert "2026年9月" in reader.metadata.title


def test_english_report(tmp_path, summary):
    _, texts = _write(tmp_path, summary, language="en")
    text = "\n".join(texts)
    for expected in ("Monthly report, September 2026", "Drinking water", "Visitor groups",
                     "Prepared by (signature)", "Reviewed by (signature)", "Stamp",
                     f"Page 1 of {len(texts)}", f"{summary.visits:,}"):
        assert expected in text, expected


def test_long_tables_continue_with_their_header_repeated(tmp_path, summary):
    activities = [{"id": 1, "date": "2026-09-12", "type": "patrol", "title": "夜间巡逻",
                   "participants": 6, "volunteer_hours": 2.5, "people_helped": 14,
                   "story": "帮 3 名骑手补胎"}]
    _, texts = _write(tmp_path, summary, appeals=_appeals(60), activities=activities)
    squashed = [_squash(text) for text in texts]
    assert len(texts) >= 4
    continued = [i for i, text in enumerate(squashed) if "未办结及超期诉求（续）" in text]
    assert continued, "the appeals table should run over a page"
    for index in continued:  # each continuation page starts with the column header again
        assert "人员类别" in squashed[index] and "紧急程度" in squashed[index]
    everything = "".join(squashed)
    # The paper goes to the district: no descriptions or stories (free text naming people).
    assert "饮水机坏了" not in everything and "帮3名骑手补胎" not in everything
    assert "夜间巡逻" in everything
    assert "填报人签字" in squashed[-1]  # the signatures close the report
    assert not [ch for ch in "".join(texts) if ord(ch) in RADICALS]


def test_resolved_appeals_are_not_listed(tmp_path, summary):
    resolved = {**_appeals(1)[0], "description": "已经解决的诉求", "resolved_on": "2026-09-20",
                "overdue": False, "status": "resolved"}
    _, texts = _write(tmp_path, summary, appeals=[resolved])
    squashed = _squash("".join(texts))
    assert "已经解决的诉求" not in squashed and "本月无未办结诉求。" in squashed


def test_drawing_leaves_none_with_its_references(tmp_path, summary):
    """PySide6 6.12 on Python 3.11 drops a reference to None per void call; the PDF writer
    gives them back, else a long session aborts with "deallocating None"."""
    write_pdf(summary, tmp_path / "warm.pdf", language="zh_CN")
    before = sys.getrefcount(None)
    write_pdf(summary, tmp_path / "again.pdf", language="zh_CN", appeals=_appeals(40))
    assert sys.getrefcount(None) >= before - 32


def test_refuses_a_core_application_with_a_clear_message(tmp_path):
    script = textwrap.dedent(f"""
        import sys
        from PySide6.QtCore import QCoreApplication
        from keeper.core.stats import MonthSummary
        from keeper.reports.pdf import write_pdf
        app = QCoreApplication([])
        try:
            write_pdf(MonthSummary("2026-09", {{}}), {str(tmp_path / "x.pdf")!r}, language="en")
        except RuntimeError as error:
            print(error)
            sys.exit(0)
        sys.exit(3)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert "QGuiApplication" in done.stdout and "QCoreApplication" in done.stdout
    assert not (tmp_path / "x.pdf").exists()


def test_revision_and_as_of_head_the_paper(tmp_path, summary):
    _, texts = _write(tmp_path, summary, revision=2, as_of="2026-09-30")
    assert "第2版·数据截至2026-09-30" in _squash(texts[0])
    assert "上一版报送后的更正" in _squash(texts[0])  # there was a revision 1 before
    _, texts = _write(tmp_path, summary, revision=1, as_of="2026-09-30")
    assert "上一版报送后的更正" not in _squash(texts[0])  # no earlier export to speak of
    _, texts = _write(tmp_path, summary, language="en", revision=1, as_of="2026-09-20")
    first = texts[0]
    assert "Revision 1 · figures up to 2026-09-20 · month not over: a preview" in first


def test_visits_and_uses_have_their_own_words_and_a_footnote(tmp_path, summary):
    activities = [{"id": 1, "date": "2026-09-12", "type": "patrol", "title": "夜间巡逻",
                   "participants": 6, "volunteer_hours": 2.5, "people_helped": 14}]
    _, texts = _write(tmp_path, summary, activities=activities)
    everything = _squash("".join(texts))
    assert "服务次数" in everything and "说明：服务人次按来访人次计" in everything
    assert "志愿服务时长（小时）" in everything  # hours × people, not the activity's length


def test_the_signatures_never_stand_alone(tmp_path, summary):
    """However many activity rows, the last page carries rows of the table as well as the
    signature block."""
    for count in range(1, 40, 3):
        activities = [{"id": i, "date": f"2026-09-{i % 28 + 1:02d}", "type": "patrol",
                       "title": f"活动{i:02d}", "participants": 3, "volunteer_hours": 1.5,
                       "people_helped": 2} for i in range(1, count + 1)]
        _, texts = _write(tmp_path, summary, activities=activities)
        last = _squash(texts[-1])
        assert "填报人签字" in last
        # Rows of the last table (the stock, when the demo keeps it; else the activities)
        # share the page: more than a heading stands above the signatures.
        above = last.split("填报人签字")[0]
        assert len(above) > 40, count
        assert "期末" in above or "活动" in above.replace("本月活动", ""), count
