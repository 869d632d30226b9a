"""The district store: init, open, the register's expected months, on-time due dates."""
from __future__ import annotations

import pytest

from keeper.district.models import RegisteredStation
from keeper.district.store import open_district
from keeper.errors import UserError


def test_open_reads_back_what_init_made(district, engine_url):
    district.close()
    store = open_district(district.folder)
    assert store.name == "朝阳区" and store.code == "CY"
    assert store.is_postgres() == bool(engine_url)
    private, public = store.signing_key()
    assert private and public and private != public
    assert (district.folder / "received").is_dir()


def test_a_folder_without_district_is_refused(tmp_path):
    with pytest.raises(UserError, match="keeper district init"):
        open_district(tmp_path / "nothing")
    assert not (tmp_path / "nothing" / "district.db").exists()


def test_expected_stations_follow_opened_and_closed(district):
    RegisteredStation.create(code="CY-001", name="望京", opened="2026-01")
    RegisteredStation.create(code="CY-002", name="酒仙桥", opened="2026-03", closed="2026-05")
    assert [s.code for s in district.expected_stations("2026-02")] == ["CY-001"]
    assert [s.code for s in district.expected_stations("2026-05")] == ["CY-001", "CY-002"]
    assert [s.code for s in district.expected_stations("2026-06")] == ["CY-001"]
    assert district.month_submissions("2026-05") == []
    assert district.station_history("cy-002", ["2026-04", "2026-05"]) == {
        "2026-04": None, "2026-05": None}


def test_due_date_is_a_setting(district):
    assert district.due_date("2026-12").isoformat() == "2027-01-05"
    district.set_setting("on_time_day", 10)
    assert district.due_date("2026-10").isoformat() == "2026-11-10"
