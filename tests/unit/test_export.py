"""The district bundle (keeper-bundle/2) read back, revisions after corrections, the same
bytes for an unchanged month, previews, atomic writing."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
import shutil
from datetime import date, datetime, time, timedelta

import pytest

from keeper.core import appeals, clock, ledger, months, restore, signing
from keeper.core import station as station_core
from keeper.core.backup import make_backup
from keeper.core.directory import VisitorDetails, register_visitor
from keeper.core.ledger import NewVisit
from keeper.core.stats import month_summary
from keeper.errors import EnvironmentProblem, UserError
from keeper.reports import bundle, bundle_read
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


@pytest.fixture
def november(pinned_now):
    """October is over: its report is a whole month, not a preview."""
    clock.pin(datetime(2026, 11, 3, 9, 0).astimezone())
    return clock.now()


def test_the_bundle_as_design_says(october, tmp_path, november):
    ledger.void_visit(ledger.log_visit(NewVisit(services=["rest"], day=date(2026, 10, 4))),
                      "typed twice")
    result = export_month("2026-10", tmp_path, ("bundle",))
    assert [p.name for p in result.files] == ["CY-017_2026-10_r1.zip"]
    files = read_bundle(result.files[0])
    assert list(files) == ["manifest.json", "manifest.sig", "summary.json", "visits.csv",
                           "appeals.csv", "activities.csv"]
    manifest = json.loads(files["manifest.json"])
    assert manifest["format"] == "keeper-bundle/2" and manifest["month"] == "2026-10"
    assert manifest["revision"] == 1 and manifest["supersedes"] is None
    assert manifest["complete"] is True and manifest["as_of"] == "2026-10-31"
    assert manifest["app_version"]
    assert manifest["station"] == {"code": "CY-017", "name": "望京街道暖心驿站",
                                   "district": "朝阳区", "kind": "comprehensive"}
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$", manifest["generated_at"])
    assert manifest["codes"]["services"]["water"] == {"zh": "饮水", "en": "Drinking water"}
    assert set(manifest["codes"]) == {"services", "groups", "appeal_categories",
                                      "activity_types"}
    assert manifest["codes"]["appeal_categories"]["access"]["zh"] == "小区进门难"
    assert signing.verify(manifest["key"], files["manifest.json"], files["manifest.sig"])
    assert signing.fingerprint(manifest["key"]) == station_core.key_fingerprint()
    for name, info in manifest["files"].items():
        assert hashlib.sha256(files[name]).hexdigest() == info["sha256"]
    assert manifest["files"]["visits.csv"]["rows"] == 5  # the voided visit left out
    summary = json.loads(files["summary.json"])
    assert summary == {**json.loads(json.dumps(month_summary("2026-10").to_json())),
                       "revision": 1}
    assert summary["visits"] == 9 and summary["platforms"] == {"美团": 8}  # his visits
    assert summary["appeals"]["overdue"] == 0
    assert files["visits.csv"].startswith("\ufeffstation,visit_id,".encode())
    visits = list(csv.DictReader(io.StringIO(files["visits.csv"].decode("utf-8-sig"))))
    assert len(visits) == 5 and {v["station"] for v in visits} == {"CY-017"}
    assert visits[0]["services"] == "rest|water"
    assert sum(int(v["count"]) for v in visits) == summary["visits"]
    keys = {v["visitor_key"] for v in visits if v["visitor_key"]}
    assert len(keys) == 1 and len(keys.pop()) == 16  # the same worker, not who they are
    everything = b"".join(files.values()).decode("utf-8", "replace")
    assert not PHONE.search(everything) and "李映旺" not in everything
    assert "手机没电" not in everything  # notes stay at the station
    assert bundle_read.read_bundle(result.files[0]).summary == summary  # the reader agrees


def test_appeals_carry_their_stable_id_and_no_text(october, tmp_path, november):
    first = appeals.record_appeal(appeals.NewAppeal(
        category="access", description="小区保安不让进 13812345678", day=date(2026, 9, 20)))
    appeals.record_appeal(appeals.NewAppeal(category="parking_rest", description="没地方停车",
                                            day=date(2026, 10, 5)))
    rows = {}
    for month in ("2026-09", "2026-10"):
        files = read_bundle(export_month(month, tmp_path, ("bundle",)).files[0])
        rows[month] = list(csv.DictReader(io.StringIO(files["appeals.csv"].decode("utf-8-sig"))))
        assert "保安" not in files["appeals.csv"].decode("utf-8-sig")
    assert [r["appeal_id"] for r in rows["2026-09"]] == [str(first)]
    # Still open at October's end: the same appeal, the same id, plus October's own.
    assert [r["appeal_id"] for r in rows["2026-10"]][0] == str(first)
    assert len(rows["2026-10"]) == 2 and rows["2026-10"][0]["overdue"] == "1"


def test_an_unchanged_month_is_the_same_bytes(october, tmp_path, november):
    first = export_month("2026-10", tmp_path / "a", ("bundle",)).files[0].read_bytes()
    clock.pin(datetime(2026, 11, 20, 16, 45).astimezone())
    again = export_month("2026-10", tmp_path / "b", ("bundle",))
    assert (again.revision, again.changed) == (1, False)
    assert again.files[0].read_bytes() == first


def test_revisions_follow_changes(october, tmp_path, november):
    out = tmp_path / "out"
    first = export_month("2026-10", out, ("bundle",))
    again = export_month("2026-10", out, ("bundle",))
    assert (first.revision, again.revision, again.changed) == (1, 1, False)
    months.close_month("2026-10")
    with pytest.raises(UserError, match="closed"):
        ledger.log_visit(NewVisit(services=["rest"], day=date(2026, 10, 30)))
    late = [r for r in month_rows("2026-10")][-1]
    clock.pin(november + timedelta(hours=1))  # the correction comes after the export
    ledger.void_visit(late.id, "not a visit")
    clock.pin(november + timedelta(hours=2))
    second = export_month("2026-10", out, ("bundle",))
    assert second.revision == 2 and second.summary.corrections == 1
    manifest = json.loads(read_bundle(second.files[0])["manifest.json"])
    assert (manifest["revision"], manifest["supersedes"]) == (2, 1)
    assert json.loads(read_bundle(second.files[0])["summary.json"])["corrections"] == 1
    third = export_month("2026-10", out, ("bundle",))
    assert third.revision == 2 and third.summary.corrections == 1  # same revision, same story
    assert third.files[0].read_bytes() == second.files[0].read_bytes()
    assert [r.revision for r in export_history("2026-10")] == [2, 2, 1, 1]
    assert sorted(p.name for p in out.iterdir()) == ["CY-017_2026-10_r1.zip",
                                                     "CY-017_2026-10_r2.zip"]


def test_an_unfinished_month_is_a_preview_that_takes_no_revision(october, tmp_path,
                                                                  pinned_now):
    preview = export_month("2026-10", tmp_path, ("bundle",))  # today is 15 October
    manifest = json.loads(read_bundle(preview.files[0])["manifest.json"])
    assert preview.files[0].name == "CY-017_2026-10_r0.zip" and not preview.complete
    assert (manifest["revision"], manifest["complete"], manifest["as_of"]) == (
        0, False, "2026-10-15")
    clock.pin(datetime(2026, 11, 1, 8, 0).astimezone())
    whole = export_month("2026-10", tmp_path, ("bundle",))
    assert whole.revision == 1 and whole.complete  # the district's first bundle is r1


def test_a_month_after_this_one_is_refused(october, tmp_path, pinned_now):
    with pytest.raises(UserError, match="2026-11 has not begun"):
        export_month("2026-11", tmp_path / "out", ("bundle",))
    assert not (tmp_path / "out").exists()
    assert export_history("2026-11") == []


def test_a_restored_older_backup_never_reissues_a_revision(october, tmp_path, november):
    export_month("2026-10", tmp_path / "usb", ("bundle",))
    saved = make_backup(tmp_path / "backups")
    ledger.log_visit(NewVisit(services=["water"], day=date(2026, 10, 20)))
    assert export_month("2026-10", tmp_path / "usb", ("bundle",)).revision == 2
    shutil.rmtree(tmp_path / "usb")  # the stick that held r2 is gone too
    restore.restore(saved.path)
    assert [r.revision for r in export_history("2026-10")] == [1]  # the database forgot r2
    ledger.log_visit(NewVisit(services=["rest"], day=date(2026, 10, 21)))
    third = export_month("2026-10", tmp_path / "usb", ("bundle",))
    assert third.revision == 3
    assert json.loads(read_bundle(third.files[0])["manifest.json"])["supersedes"] == 2


def test_a_station_code_is_upper_case(db):
    profile = station_core.set_station(station_core.StationProfile("cy-017", "n", "d"))
    assert profile.code == "CY-017"
    with pytest.raises(UserError, match="station code"):
        station_core.set_station(station_core.StationProfile("cy_017", "n", "d"))


def test_a_failed_export_leaves_no_half_file(october, tmp_path, monkeypatch, november):
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


def test_the_pdf_shows_the_station_key_fingerprint(october, tmp_path, november, qapp):
    from pypdf import PdfReader

    result = export_month("2026-10", tmp_path, ("pdf",), language="en")
    text = "".join(page.extract_text() for page in PdfReader(result.files[0]).pages)
    fingerprint = station_core.key_fingerprint()
    assert len(fingerprint) == 19
    assert fingerprint in text and "erprint" in text  # beside the signature lines


def test_corrections_have_one_definition(october, tmp_path, november):
    """The Reports screen's figure (month_summary) and the exported files' agree, before
    and after the export of the revision the corrections make (DESIGN §3)."""
    out = tmp_path / "out"
    export_month("2026-10", out, ("bundle",))
    months.close_month("2026-10")
    assert month_summary("2026-10").corrections == 0
    late = list(month_rows("2026-10"))[-1]
    clock.pin(november + timedelta(hours=1))
    ledger.void_visit(late.id, "not a visit")
    assert month_summary("2026-10").corrections == 1  # what the next revision will say
    clock.pin(november + timedelta(hours=2))
    second = export_month("2026-10", out, ("bundle",))
    assert second.revision == 2 and second.summary.corrections == 1
    # After the export the month stands at revision 2, whose story is still that one void.
    assert month_summary("2026-10").corrections == 1
    assert json.loads(read_bundle(second.files[0])["summary.json"])["corrections"] == 1
