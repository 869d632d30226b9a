"""The month's stock figures read back from the workbook, the PDF and the bundle
(issue 19; DESIGN §3 ``supplies`` and ``donations``)."""
from __future__ import annotations

import json
import zipfile
from datetime import date

import openpyxl
import pypdf
import pytest

from keeper.core import ledger, supplies, supply_visits
from keeper.core.ledger import NewVisit
from keeper.core.station import StationProfile, set_station
from keeper.reports.export import export_month

pytestmark = pytest.mark.usefixtures("db", "pinned_now")  # today is 2026-10-15


@pytest.fixture
def stocked(qapp):
    set_station(StationProfile("CY-017", "望京街道暖心驿站", "朝阳区"))
    supplies.receive("bottled_water", 48, day=date(2026, 9, 20), expires=date(2027, 6, 1))
    supplies.issue("bottled_water", 8, day=date(2026, 9, 25))
    supplies.receive("bottled_water", 24, day=date(2026, 10, 2), expires=date(2027, 8, 1))
    supply_visits.set_link("water", "bottled_water", 1)
    ledger.log_visit(NewVisit(services=["water"], count=5, day=date(2026, 10, 3)))
    supplies.discard("bottled_water", 2, "破损", day=date(2026, 10, 4))
    supplies.count("bottled_water", 56, reason="盘点", day=date(2026, 10, 10))
    supplies.receive("donated_goods", 30, donor="望京便利店", day=date(2026, 10, 5))
    supplies.issue("donated_goods", 12, day=date(2026, 10, 6))
    # water: opening 40, received 24, issued 5, discarded 2, counted -1, closing 56


def test_the_bundle_carries_supplies_and_donations(stocked, tmp_path):
    result = export_month("2026-10", tmp_path, formats=("bundle",))
    bundle = next(p for p in result.files if p.suffix == ".zip")
    with zipfile.ZipFile(bundle) as archive:
        summary = json.loads(archive.read("summary.json"))
    assert summary["supplies"]["bottled_water"] == {
        "unit": "瓶", "received": 24, "issued": 5, "discarded": 2, "on_hand": 56}
    assert summary["supplies"]["donated_goods"]["on_hand"] == 18
    assert summary["donations"] == {"received": 30, "claimed": 12}


def test_a_station_without_stock_sends_none(tmp_path, qapp):
    set_station(StationProfile("CY-017", "望京街道暖心驿站", "朝阳区"))
    ledger.log_visit(NewVisit(services=["water"]))
    result = export_month("2026-10", tmp_path, formats=("bundle",))
    with zipfile.ZipFile(next(p for p in result.files if p.suffix == ".zip")) as archive:
        summary = json.loads(archive.read("summary.json"))
    assert "supplies" not in summary and "donations" not in summary


@pytest.mark.parametrize("language, sheet, words", [
    ("zh_CN", "库存", ("瓶装水", "爱心互献物资：接收 30 件，领取 12 件。")),
    ("en", "Stock", ("Bottled water", "Donated goods (爱心互献): 30 received, 12 claimed.")),
])
def test_the_workbook_and_pdf_show_the_stock(stocked, tmp_path, language, sheet, words):
    result = export_month("2026-10", tmp_path, formats=("xlsx", "pdf"), language=language)
    book = openpyxl.load_workbook(next(p for p in result.files if p.suffix == ".xlsx"))
    rows = list(book[sheet].iter_rows(values_only=True))
    water = next(r for r in rows if r[0] == words[0])
    assert water[2:8] == (40, 24, 5, 2, -1, 56)
    assert any(r[0] == words[1] for r in rows)
    pdf = pypdf.PdfReader(next(p for p in result.files if p.suffix == ".pdf"))
    text = "".join(page.extract_text() for page in pdf.pages)
    assert words[0] in text and words[1].split("：")[0].split(" (")[0] in text
    for figure in ("40", "24", "56"):
        assert figure in text
