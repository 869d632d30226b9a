"""The district month report: workbook, PDF and district bundle, read back and checked
against the stations' own summaries."""
from __future__ import annotations

import hashlib
import json
import re
import zipfile

import openpyxl
import pytest
from pypdf import PdfReader

from keeper.core import signing
from keeper.district.report import write_month_report
from keeper.errors import EnvironmentProblem, UserError
from tests.district.submissions import add_submission, register, station_summary

MONTH = "2026-09"


@pytest.fixture
def three_stations(district, pinned_now):
    """Two stations reported September (one late), one did not; August and September 2025
    are held for the comparisons."""
    register("CY-001", "望京驿站", contact="王芳", phone="13800000001")
    register("CY-002", "酒仙桥驿站", contact="李强", phone="13800000002")
    register("CY-003", "三里屯驿站", contact="赵敏", phone="13800000003")
    register("CY-009", "已撤站", opened="2025-01", closed="2026-06")
    add_submission("CY-001", MONTH, station_summary("CY-001", MONTH, 300, people=80),
                   codes={"services": {"haircut": {"zh": "理发", "en": "Haircut"}}})
    late = station_summary("CY-002", MONTH, 120, people=50, appeals=(3, 1, 2, 1))
    late["services"]["haircut"] = 7
    add_submission("CY-002", MONTH, late, revision=2, received_at="2026-10-09T09:00:00+08:00")
    add_submission("CY-001", "2026-08", station_summary("CY-001", "2026-08", 200))
    add_submission("CY-002", "2026-08", station_summary("CY-002", "2026-08", 100))
    add_submission("CY-001", "2025-09", station_summary("CY-001", "2025-09", 105))
    return district


def _sheet_rows(sheet):
    return [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]


def test_workbook_totals_are_the_stations_sums(three_stations, qapp, tmp_path):
    files = write_month_report(three_stations, MONTH, tmp_path / "out", language="zh_CN")
    assert [p.name for p in files] == ["CY_2026-09.xlsx", "CY_2026-09.pdf", "CY_2026-09_r1.zip"]
    book = openpyxl.load_workbook(files[0])
    assert book.sheetnames == ["辖区汇总", "各驿站", "未报送"]
    rows = _sheet_rows(book["各驿站"])
    assert rows[0][:4] == ["编号", "驿站", "服务人次", "服务人数（登记）"]
    by_code = {row[0]: row for row in rows[1:]}
    assert list(by_code) == ["CY-001", "CY-002", "CY-003", "合计"]  # CY-009 closed in June
    assert by_code["CY-001"][2:5] == [300, 80, 450]
    assert by_code["CY-002"][2:9] == [120, 50, 187, 3, 1, 2, 1]
    assert by_code["CY-002"][11:13] == [2, "逾期"]
    assert by_code["CY-001"][12] == "按时"
    assert by_code["CY-003"][2] is None and by_code["CY-003"][12] == "未报送"
    total = by_code["合计"]
    assert total[2] == 420 and total[4] == 637 and total[5:9] == [5, 2, 3, 1]
    assert total[3] == "不汇总：同一人可能到访多个驿站"  # 人数 is never added up
    assert total[9:11] == [2, 7]

    summary = _sheet_rows(book["辖区汇总"])
    labels = {row[0]: row for row in summary if row and row[0]}
    assert labels["服务人次"][1:6] == [420, 300, pytest.approx(0.4), 105, pytest.approx(3.0)]
    assert labels["服务人数（登记）"][1] == "不汇总：同一人可能到访多个驿站"
    assert labels["报送驿站数"][1:3] == [2, 2]
    # Services: the stations' own code named as their bundle says.
    assert labels["饮水"][1:4] == [420, pytest.approx(420 / 637), 300]
    assert labels["理发"][1] == 7
    reporting = summary[[r[0] for r in summary].index("应报") + 1]
    assert reporting == [3, 2, 1, 1, 1, pytest.approx(2 / 3)] + [None] * (len(reporting) - 6)
    assert len(book["辖区汇总"]._charts) == 3

    chase = _sheet_rows(book["未报送"])
    assert chase[2] == ["CY-003", "三里屯驿站", "综合型", "赵敏 13800000003"]
    assert len(chase) == 3


def test_pdf_shows_the_same_figures(three_stations, qapp, tmp_path):
    files = write_month_report(three_stations, MONTH, tmp_path, language="zh_CN",
                               formats=("pdf",))
    reader = PdfReader(files[0])
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    # pypdf breaks lines where the font changes (Latin and CJK runs): compare without spaces.
    text = re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))
    assert "辖区驿站服务月报2026年9月" in text and "朝阳区" in text
    assert "应报3个，已报2个（按时1个，逾期1个），未报1个；报送率66.7%。" in text
    assert "不汇总：同一人可能到访多个驿站" in text
    assert "待催报驿站" in text and "赵敏13800000003" in text
    assert "填报人签字" in text and "盖章" in text
    public = three_stations.signing_key()[1]
    assert signing.fingerprint(public).replace(" ", "") in text
    for figure in ("服务人次420", "合计420—637", "CY-001望京驿站", "CY-002酒仙桥驿站"):
        assert figure in text
    english = write_month_report(three_stations, MONTH, tmp_path / "en", language="en",
                                 formats=("pdf",))
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(english[0]).pages))
    assert "Districtmonthlyreport,September2026" in text
    assert "notaddedup:aworkermayvisitseveralstations" in text


def test_district_bundle_is_signed_and_adds_up(three_stations, qapp, tmp_path):
    files = write_month_report(three_stations, MONTH, tmp_path, formats=("bundle",))
    with zipfile.ZipFile(files[0]) as archive:
        manifest_bytes = archive.read("manifest.json")
        manifest = json.loads(manifest_bytes)
        assert signing.verify(manifest["key"], manifest_bytes, archive.read("manifest.sig"))
        assert manifest["key"] == three_stations.signing_key()[1]
        for name, entry in manifest["files"].items():
            assert hashlib.sha256(archive.read(name)).hexdigest() == entry["sha256"]
        summary = json.loads(archive.read("summary.json"))
        stations = json.loads(archive.read("stations.json"))
        csv_lines = archive.read("stations.csv").decode("utf-8-sig").splitlines()
    assert manifest["format"] == "keeper-district-bundle/1"
    assert manifest["district"] == {"code": "CY", "name": "朝阳区"}
    assert (manifest["revision"], manifest["supersedes"], manifest["complete"]) == (1, None, True)
    assert manifest["as_of"] == "2026-09-30"
    assert manifest["codes"]["services"]["haircut"]["zh"] == "理发"
    assert [s["code"] for s in stations] == ["CY-001", "CY-002"]
    assert summary["visits"] == sum(s["summary"]["visits"] for s in stations) == 420
    assert summary["visitors_registered"] is None
    assert summary["services"] == {"water": 420, "rest": 210, "haircut": 7}
    assert sum(summary["by_day"].values()) == 420
    assert summary["status"] == {"expected": 3, "received": 2, "on_time": 1, "late": 1,
                                 "missing": 1, "rate": 0.6667}
    assert summary["missing"] == ["CY-003"]
    assert manifest["files"]["stations.csv"]["rows"] == len(csv_lines) - 1 == 3
    assert csv_lines[1].startswith("CY,CY-001,望京驿站,1,1,1,0,300,80,450,")


def test_unchanged_month_is_the_same_revision_and_bytes(three_stations, qapp, tmp_path):
    first = write_month_report(three_stations, MONTH, tmp_path / "a", formats=("bundle",))[0]
    again = write_month_report(three_stations, MONTH, tmp_path / "b", formats=("bundle",))[0]
    assert again.name == first.name == "CY_2026-09_r1.zip"
    assert again.read_bytes() == first.read_bytes()
    add_submission("CY-003", MONTH, station_summary("CY-003", MONTH, 50),
                   received_at="2026-10-15T08:00:00+08:00")
    newer = write_month_report(three_stations, MONTH, tmp_path / "c", formats=("bundle",))[0]
    assert newer.name == "CY_2026-09_r2.zip"
    with zipfile.ZipFile(newer) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert json.loads(archive.read("summary.json"))["visits"] == 470
    assert (manifest["revision"], manifest["supersedes"]) == (2, 1)


def test_a_month_not_begun_is_refused_and_this_month_is_a_preview(three_stations, qapp,
                                                                   tmp_path):
    with pytest.raises(UserError, match="has not begun"):
        write_month_report(three_stations, "2026-11", tmp_path)
    assert not tmp_path.joinpath("CY_2026-11.xlsx").exists()
    preview = write_month_report(three_stations, "2026-10", tmp_path, formats=("bundle",))[0]
    with zipfile.ZipFile(preview) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert (manifest["complete"], manifest["as_of"]) == (False, "2026-10-15")


def test_an_unwritable_folder_is_a_message_and_leaves_nothing(three_stations, qapp, tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    with pytest.raises(EnvironmentProblem, match="Cannot write the report"):
        write_month_report(three_stations, MONTH, blocked / "out")
    from keeper.district.report import DistrictExport

    assert DistrictExport.select().count() == 0


def test_each_report_label_has_its_own_english_source():
    """Two labels with one English text would share one translation in the .ts."""
    from keeper.district.report_labels import LABELS

    chinese_of: dict[str, str] = {}
    for english, chinese in LABELS.values():
        assert chinese_of.setdefault(english, chinese) == chinese, english


def test_keeper_district_report_on_the_command_line(three_stations, tmp_path):
    from tests.cli.test_cli import assert_clean_error, keeper

    folder = three_stations.folder
    result = keeper(folder, "district", "report", "--month", MONTH, "--out",
                    str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [str(tmp_path / "out" / name) for name in (
        "CY_2026-09.xlsx", "CY_2026-09.pdf", "CY_2026-09_r1.zip")]
    book = openpyxl.load_workbook(tmp_path / "out" / "CY_2026-09.xlsx")
    assert book.sheetnames == ["District totals", "Stations", "Missing reports"]
    assert "has not begun" in assert_clean_error(
        keeper(folder, "district", "report", "--month", "2099-01"))
    assert "YYYY-MM" in assert_clean_error(
        keeper(folder, "district", "report", "--month", "2026-13", lang="zh_CN"))
