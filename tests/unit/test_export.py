"""The district bundle read back, revisions after corrections, atomic writing."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
from datetime import date, time, timedelta

import pytest

from keeper.core import clock, ledger, months
from keeper.core.directory import VisitorDetails, register_visitor
from keeper.core.ledger import NewVisit
from keeper.core.stats import month_summary
from keeper.errors import EnvironmentProblem, UserError
from keeper.reports import bundle
from keeper.core.exports import export_history
from keeper.core.ledger_query import month_rows
from keeper.reports.export import export_month, parse_formats

# A mobile number standing alone (not 11 digits inside a checksum's hex).
PHONE = re.compile(r"(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])")


@pytest.fixture
def october(db, station, pinned_now):
    lee = register_visitor(VisitorDetails(name="李映旺", phone="13812345678", platform="美团"))
    for day in (1, 2, 2, 9):
        ledger.log_visit(NewVisit(services=["water", "rest"], group="rider", count=2,
                                  day=date(2026, 10, day), at=time(12, 0), visitor_id=lee,
                                  note="李映旺 13812345678 手机没电"))
    ledger.log_visit(NewVisit(services=["toilet"], group="citizen", day=date(2026, 10, 3)))
    return lee


def read_bundle(path):
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_the_bundle_as_design_says(october, tmp_path):
    result = export_month("2026-10", tmp_path, ("bundle",))
    assert [p.name for p in result.files] == ["CY-017_2026-10_r1.zip"]
    files = read_bundle(result.files[0])
    assert set(files) == {"manifest.json", "summary.json", "visits.csv", "appeals.csv",
                          "activities.csv"}
    manifest = json.loads(files["manifest.json"])
    assert manifest["format"] == "keeper-bundle/1" and manifest["month"] == "2026-10"
    assert manifest["revision"] == 1 and manifest["app_version"]
    assert manifest["station"] == {"code": "CY-017", "name": "望京街道暖心驿站",
                                   "district": "朝阳区"}
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$", manifest["generated_at"])
    for name, info in manifest["files"].items():
        assert hashlib.sha256(files[name]).hexdigest() == info["sha256"]
    assert manifest["files"]["visits.csv"]["rows"] == 5
    summary = json.loads(files["summary.json"])
    assert summary == json.loads(json.dumps(month_summary("2026-10").to_json()))
    assert summary["visits"] == 9 and summary["platforms"] == {"美团": 8}  # his visits, his platform
    visits = list(csv.DictReader(io.StringIO(files["visits.csv"].decode())))
    assert len(visits) == 5 and visits[0]["services"] in ("rest|water", "water|rest")
    keys = {v["visitor_key"] for v in visits if v["visitor_key"]}
    assert len(keys) == 1 and len(keys.pop()) == 16  # the same worker, not who they are
    everything = b"".join(files.values()).decode()
    assert not PHONE.search(everything) and "李映旺" not in everything
    assert "手机没电" not in everything  # notes stay at the station


def test_revisions_follow_changes(october, tmp_path, pinned_now):
    out = tmp_path = tmp_path / "out"
    first = export_month("2026-10", tmp_path, ("bundle",))
    again = export_month("2026-10", tmp_path, ("bundle",))
    assert (first.revision, again.revision, again.changed) == (1, 1, False)
    months.close_month("2026-10")
    with pytest.raises(UserError, match="closed"):  # today is in October: no new visits
        ledger.log_visit(NewVisit(services=["rest"]))
    late = [r for r in month_rows("2026-10")][-1]
    clock.pin(pinned_now + timedelta(hours=1))  # the correction comes after the export
    ledger.void_visit(late.id, "not a visit")
    clock.pin(pinned_now + timedelta(hours=2))
    second = export_month("2026-10", tmp_path, ("bundle",))
    assert second.revision == 2 and second.summary.corrections == 1
    manifest = json.loads(read_bundle(second.files[0])["manifest.json"])
    assert manifest["revision"] == 2
    assert json.loads(read_bundle(second.files[0])["summary.json"])["corrections"] == 1
    third = export_month("2026-10", tmp_path, ("bundle",))
    assert third.revision == 2 and third.summary.corrections == 1  # same revision, same story
    assert [r.revision for r in export_history("2026-10")] == [2, 2, 1, 1]
    assert sorted(p.name for p in out.iterdir()) == ["CY-017_2026-10_r1.zip",
                                                     "CY-017_2026-10_r2.zip"]


def test_a_failed_export_leaves_no_half_file(october, tmp_path, monkeypatch):
    def broken(path, *args, **kwargs):
        path.write_bytes(b"half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bundle, "write_bundle", broken)
    with pytest.raises(EnvironmentProblem, match="is full. Free some space"):
        export_month("2026-10", tmp_path / "usb", ("bundle",))
    assert list((tmp_path / "usb").iterdir()) == []
    assert export_history("2026-10") == []


def test_formats_and_station_are_checked(db, tmp_path):
    assert parse_formats("PDF, bundle") == ("pdf", "bundle")
    with pytest.raises(UserError, match="Unknown report format"):
        parse_formats("docx")
    with pytest.raises(UserError, match="station profile"):
        export_month("2026-10", tmp_path, ("bundle",))


def test_corrections_have_one_definition(october, tmp_path, pinned_now):
    """The Reports screen's figure (month_summary) and the exported files' agree, before
    and after the export of the revision the corrections make (DESIGN §3)."""
    export_month("2026-10", tmp_path, ("bundle",))
    months.close_month("2026-10")
    assert month_summary("2026-10").corrections == 0
    late = list(month_rows("2026-10"))[-1]
    clock.pin(pinned_now + timedelta(hours=1))
    ledger.void_visit(late.id, "not a visit")
    assert month_summary("2026-10").corrections == 1  # what the next revision will say
    clock.pin(pinned_now + timedelta(hours=2))
    second = export_month("2026-10", tmp_path, ("bundle",))
    assert second.revision == 2 and second.summary.corrections == 1
    # After the export the month stands at revision 2, whose story is still that one void.
    assert month_summary("2026-10").corrections == 1
    assert json.loads(read_bundle(second.files[0])["summary.json"])["corrections"] == 1
