"""The city roll-up: a city receives two districts' bundles as a district receives its
stations', and its totals are the districts' added up."""
from __future__ import annotations

import json
import shutil
import zipfile

import pytest

from keeper.district.city import receive_district_bundle
from keeper.district.models import Approval, RegisteredStation, district_database
from keeper.district.report import district_month, write_month_report
from keeper.district.store import init_district
from tests.district.conftest import reset_postgres
from tests.district.submissions import add_submission, register, station_summary

MONTH = "2026-09"


def _district_bundle(folder, name: str, code: str, stations: dict[str, int], out) -> dict:
    """A district on SQLite with its stations' September, its bundle written to ``out``."""
    store = init_district(folder, name, code)
    try:
        for number, (station, visits) in enumerate(stations.items(), start=1):
            register(station, f"{name}{number}号驿站")
            add_submission(station, MONTH, station_summary(station, MONTH, visits,
                                                           appeals=(number, 1, number - 1, 0)))
        register(f"{code}-099", f"{name}未报驿站")
        [bundle] = write_month_report(store, MONTH, out, formats=("bundle",))
        return {"path": bundle, "totals": district_month(store, MONTH).totals,
                "key": store.signing_key()[1]}
    finally:
        store.close()
        district_database.initialize(None)


@pytest.fixture
def two_districts(tmp_path, pinned_now, qapp):
    out = tmp_path / "sent"
    return (_district_bundle(tmp_path / "cy", "朝阳区", "CY", {"CY-001": 300, "CY-002": 120},
                             out / "cy"),
            _district_bundle(tmp_path / "hd", "海淀区", "HD", {"HD-001": 410, "HD-002": 75,
                                                              "HD-003": 0}, out / "hd"))


@pytest.fixture
def city(tmp_path, engine_url, two_districts):
    if engine_url:
        reset_postgres(engine_url)
    store = init_district(tmp_path / "city", "北京市", "BJ", db_url=engine_url)
    for code, name in (("CY", "朝阳区"), ("HD", "海淀区")):
        register(code, name, kind="district")
    yield store
    store.close()
    district_database.initialize(None)


def test_a_city_receiving_two_districts_totals_their_sums(city, two_districts, tmp_path):
    cy, hd = two_districts
    outcomes = [receive_district_bundle(city, d["path"]) for d in two_districts]
    assert [o.line() for o in outcomes] == [
        "CY_2026-09_r1.zip: accepted district CY 2026-09 r1.",
        "HD_2026-09_r1.zip: accepted district HD 2026-09 r1."]
    assert (city.received_dir / "CY_2026-09_r1.zip").read_bytes() == cy["path"].read_bytes()
    month = district_month(city, MONTH)
    assert [s.code for s in month.received] == ["CY", "HD"]
    totals = month.totals
    assert totals.visits == cy["totals"].visits + hd["totals"].visits == 905
    assert totals.services == {"water": 905, "rest": 150 + 60 + 205 + 37}
    for key in ("received", "resolved", "open", "overdue"):
        assert totals.appeals[key] == cy["totals"].appeals[key] + hd["totals"].appeals[key]
    assert totals.appeals["received"] == 1 + 2 + 1 + 2 + 3
    assert totals.activities["volunteer_hours"] == 5 * 3.5
    assert sum(totals.by_day.values()) == 905
    assert totals.visitors_registered is None
    # The first key of each district is recorded, as a station's is.
    assert RegisteredStation.get_by_id("CY").key == cy["key"]
    # The city reports upward the same way: its workbook lists the districts.
    import openpyxl

    files = write_month_report(city, MONTH, tmp_path / "city-out")
    rows = list(openpyxl.load_workbook(files[0])["各驿站"].iter_rows(values_only=True))
    assert [r[:3] for r in rows[1:3]] == [("CY", "朝阳区", 420), ("HD", "海淀区", 485)]
    assert rows[1][3] is None  # a district's 人数 is not a figure to show or add
    with zipfile.ZipFile(files[2]) as archive:
        assert json.loads(archive.read("summary.json"))["visits"] == 905


def test_receiving_again_is_a_no_op(city, two_districts):
    path = two_districts[0]["path"]
    assert receive_district_bundle(city, path).status == "accepted"
    again = receive_district_bundle(city, path)
    assert again.line() == "CY_2026-09_r1.zip: already received (CY 2026-09 r1)."
    assert district_month(city, MONTH).totals.visits == 420


def _rewrite(source, target, change) -> None:
    """A copy of the bundle with ``change(name, data) -> data`` applied to its entries."""
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w") as out:
        for info in archive.infolist():
            out.writestr(info.filename, change(info.filename, archive.read(info)))


def test_bad_district_bundles_are_refused_and_nothing_stored(city, two_districts, tmp_path):
    source = two_districts[0]["path"]

    def summary_edited(name, data):
        if name != "summary.json":
            return data
        summary = json.loads(data)
        summary["visits"] += 1
        return json.dumps(summary).encode()

    def rehashed(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["month"] = "2026-08"
        return json.dumps(manifest).encode()

    cases = {"changed.zip": summary_edited, "resigned.zip": rehashed}
    for name, change in cases.items():
        _rewrite(source, tmp_path / name, change)
    (tmp_path / "not-a-zip.zip").write_text("hello")
    (tmp_path / "truncated.zip").write_bytes(source.read_bytes()[:300])
    lines = [receive_district_bundle(city, tmp_path / n).line() for n in (
        "changed.zip", "resigned.zip", "not-a-zip.zip", "truncated.zip")]
    assert lines == [
        "changed.zip: refused: summary.json does not match its checksum: the file was changed "
        "or damaged on the way. Ask the district to send the bundle again.",
        "resigned.zip: refused: The signature does not match the manifest: the bundle was "
        "changed after the district made it.",
        "not-a-zip.zip: refused: It is not a zip file, so not a keeper bundle.",
        "truncated.zip: refused: The zip file is damaged or cut short (an unfinished "
        "download?). Ask the station to send it again."]
    assert district_month(city, MONTH).received == []
    assert list(city.received_dir.iterdir()) == []


def test_unregistered_approved_and_older_are_refused(city, two_districts, tmp_path):
    cy, hd = two_districts
    RegisteredStation.delete().where(RegisteredStation.code == "HD").execute()
    assert receive_district_bundle(city, hd["path"]).line() == (
        "HD_2026-09_r1.zip: refused: HD is not in the register: add it before receiving its "
        "bundles.")
    Approval.create(month=MONTH, station_code="CY", approved_at="2026-10-10T09:00:00+08:00")
    assert "2026-09 is approved for CY" in receive_district_bundle(city, cy["path"]).line()
    assert district_month(city, MONTH).received == []


def test_another_key_is_refused_and_noted(city, two_districts, tmp_path):
    cy = two_districts[0]
    RegisteredStation.update(key="AAAA" + cy["key"][4:]).where(
        RegisteredStation.code == "CY").execute()
    outcome = receive_district_bundle(city, cy["path"])
    assert outcome.status == "refused" and "another key" in outcome.line()
    assert RegisteredStation.get_by_id("CY").pending_key == cy["key"]
    assert district_month(city, MONTH).received == []


def _signed_copy(source, target, change) -> None:
    """The bundle with its entries changed by ``change(name, data)``, re-hashed and signed
    again by a key of its own: sound as a zip and as a signature, wrong inside."""
    import hashlib

    from keeper.core import signing

    private, public = signing.new_key_pair()
    with zipfile.ZipFile(source) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    entries = {name: change(name, data) for name, data in entries.items()}
    manifest = json.loads(entries["manifest.json"])
    manifest["key"] = public
    for name, entry in manifest["files"].items():
        entry["sha256"] = hashlib.sha256(entries[name]).hexdigest()
    entries["manifest.json"] = json.dumps(manifest).encode()
    entries["manifest.sig"] = signing.sign(private, entries["manifest.json"])
    with zipfile.ZipFile(target, "w") as out:
        for name, data in entries.items():
            out.writestr(name, data)


def test_totals_that_are_not_the_stations_sum_are_refused(city, two_districts, tmp_path):
    def inflated(name, data):
        if name != "summary.json":
            return data
        summary = json.loads(data)
        summary["visits"] += 1000
        return json.dumps(summary).encode()

    _signed_copy(two_districts[0]["path"], tmp_path / "inflated.zip", inflated)
    assert receive_district_bundle(city, tmp_path / "inflated.zip").line() == (
        "inflated.zip: refused: Its totals (visits) are not the sum of its stations' figures.")
    _signed_copy(two_districts[0]["path"], tmp_path / "as-is.zip", lambda name, data: data)
    assert receive_district_bundle(city, tmp_path / "as-is.zip").status == "accepted"


def test_unsafe_names_and_station_bundles_are_refused(city, two_districts, tmp_path):
    source = two_districts[0]["path"]
    with zipfile.ZipFile(source) as archive, \
            zipfile.ZipFile(tmp_path / "escape.zip", "w") as out:
        for info in archive.infolist():
            out.writestr(info.filename, archive.read(info))
        out.writestr("../evil.txt", b"x")

    def station_format(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["format"] = "keeper-bundle/2"
        return json.dumps(manifest).encode()

    _signed_copy(source, tmp_path / "station.zip", station_format)
    assert receive_district_bundle(city, tmp_path / "escape.zip").line() == (
        "escape.zip: refused: It holds an entry named \"../evil.txt\" that points outside the "
        "bundle: refused for safety.")
    assert receive_district_bundle(city, tmp_path / "station.zip").line() == (
        "station.zip: refused: Its format is \"keeper-bundle/2\"; a district bundle is "
        "keeper-district-bundle/1.")
    assert not (tmp_path / "evil.txt").exists() and list(city.received_dir.iterdir()) == []


def test_the_city_receives_on_the_command_line_as_a_district_does(city, two_districts,
                                                                   tmp_path):
    """``keeper district receive`` takes districts' bundles in a city's folder (the same
    command, the same lines), a dry run first."""
    from keeper.district.city import receive_any

    folder = tmp_path / "from-districts"
    folder.mkdir()
    for district in two_districts:
        shutil.copy(district["path"], folder)
    (folder / "notes.zip").write_bytes(b"not a bundle")
    dry = receive_any(city, [folder], dry_run=True)
    assert [o.status for o in dry] == ["refused", "accepted", "accepted"]
    assert district_month(city, MONTH).received == []
    assert RegisteredStation.get_by_id("CY").key is None
    lines = [o.message() for o in receive_any(city, [folder])]
    assert lines == ["notes.zip: refused: It is not a zip file, so not a keeper bundle.",
                     "CY_2026-09_r1.zip: accepted district CY 2026-09 r1.",
                     "HD_2026-09_r1.zip: accepted district HD 2026-09 r1."]
    assert district_month(city, MONTH).totals.visits == 905


def test_keeper_district_receive_in_a_city_folder(city, two_districts, tmp_path):
    from tests.cli.test_cli import keeper

    folder = tmp_path / "usb"
    folder.mkdir()
    for district in two_districts:
        shutil.copy(district["path"], folder)
    result = keeper(city.folder, "district", "receive", str(folder), lang="zh_CN")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "CY_2026-09_r1.zip：已接收辖区 CY 2026-09 第 1 版。",
        "HD_2026-09_r1.zip：已接收辖区 HD 2026-09 第 1 版。",
        "接收 2 个，已收过 0 个，拒收 0 个。"]
    assert district_month(city, MONTH).totals.visits == 905
