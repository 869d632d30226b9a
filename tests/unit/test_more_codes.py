"""Issue 21: the codes stations across the country count. An existing station looks and
counts the same after the upgrade; turned on, a new code counts under its own name; the
legacy import understands their words; a station's own group reaches the bundle."""
from __future__ import annotations

import csv
import json
import sqlite3
import zipfile

import pytest

from keeper.core import catalog, catalog_edit, ledger
from keeper.core.importing import import_ledger
from keeper.core.ledger import NewVisit
from keeper.core.stats import month_summary
from keeper.store import migrations
from keeper.store.connection import close_database, open_database


def _version_6_station(path):
    """A station as keeper left it before issue 21: visits of every old group, a hidden
    service, a service of its own that happens to use a code that is now built in."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, target=6)
    conn.execute("INSERT INTO station VALUES (1, 'CY01', '望京驿站', '朝阳区', '', "
                 "'comprehensive', '2026-01-01T08:00:00+08:00')")
    conn.execute("UPDATE service SET active = 0 WHERE code = 'toilet'")
    conn.execute("INSERT INTO service (code, name_zh, name_en, active, sort_order, builtin,"
                 " shortcut) VALUES ('haircut', '义剪', 'Free haircut', 1, 8, 0, 'H')")
    groups = ["rider", "courier", "ride_hailing", "truck", "citizen", "other"]
    services = ["water", "rest", "battery_swap", "charging", "repair", "haircut"]
    for i in range(1, 61):
        conn.execute(
            "INSERT INTO visit (id, date, time, group_code, count, note, created_at, changed_at)"
            " VALUES (?, ?, '10:00', ?, ?, '', ?, ?)",
            (i, f"2026-09-{1 + i % 28:02d}", groups[i % 6], 1 + i % 3,
             f"2026-09-{1 + i % 28:02d}T10:00:30+08:00", f"2026-09-{1 + i % 28:02d}T10:00:30+08:00"))
        conn.execute("INSERT INTO visit_service VALUES (?, ?)", (i, services[i % 6]))
    before = {
        "services": [r for r in conn.execute(
            "SELECT code, name_zh, shortcut FROM service WHERE active ORDER BY sort_order, code")],
        "groups": [r[0] for r in conn.execute(
            "SELECT code FROM visitor_group ORDER BY sort_order, code")],
        "by_group": dict(conn.execute(
            "SELECT group_code, SUM(count) FROM visit GROUP BY group_code")),
        "by_service": dict(conn.execute(
            "SELECT service_code, SUM(count) FROM visit JOIN visit_service ON id = visit_id"
            " GROUP BY service_code")),
    }
    conn.close()
    return before


def test_an_existing_station_looks_and_counts_the_same(tmp_path):
    path = tmp_path / "keeper.db"
    before = _version_6_station(path)
    open_database(path)
    try:
        assert [(s.code, s.name_zh, s.shortcut) for s in catalog.services(active_only=True)] \
            == before["services"]
        shown = catalog.groups(active_only=True)
        assert [g.code for g in shown] == before["groups"]
        assert [g.shortcut for g in shown] == ["1", "2", "3", "4", "5", "6"]  # Alt+1..6 as before
        summary = month_summary("2026-09", compare=False)
        assert summary.groups == before["by_group"]
        assert summary.services == before["by_service"]
        # The station's own "haircut" stays its own: its name, its key, not built in.
        own = next(s for s in catalog.services() if s.code == "haircut")
        assert (own.name_zh, own.shortcut, own.builtin) == ("义剪", "H", False)
        hidden = {g.code for g in catalog.groups()} - {g.code for g in shown}
        assert hidden == {"sanitation", "traffic_police", "taxi", "municipal",
                          "security_guard", "construction"}
    finally:
        close_database()


@pytest.mark.usefixtures("db", "pinned_now")
def test_turned_on_sanitation_counts_under_its_code():
    catalog_edit.set_active("group", "sanitation", True)
    catalog_edit.set_active("service", "cooling_warming", True)
    ledger.log_visit(NewVisit(services=["water", "cooling_warming"], group="sanitation",
                              count=3))
    ledger.log_visit(NewVisit(services=["water"], group="rider"))
    summary = month_summary("2026-10", compare=False)
    assert summary.groups == {"sanitation": 3, "rider": 1}
    assert summary.services == {"water": 4, "cooling_warming": 3}


@pytest.mark.usefixtures("db", "pinned_now")
def test_the_legacy_import_understands_the_new_words(tmp_path):
    rows = [("2026-10-03", "环卫", "喝水"), ("2026-10-03", "辅警", "避暑"),
            ("2026-10-03", "的士", "理发"), ("2026-10-03", "园林工人", "法律咨询"),
            ("2026-10-03", "保安", "借伞"), ("2026-10-03", "工地工人", "看书、爱心互献"),
            ("2026-10-03", "滴滴司机", "母婴室"), ("2026-10-03", "美团骑手", "爱心餐")]
    path = tmp_path / "old.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(("日期", "身份", "服务项目"))
        writer.writerows(rows)
    result = import_ledger(path)
    assert not result.rejected
    summary = month_summary("2026-10", compare=False)
    assert summary.groups == {"sanitation": 1, "traffic_police": 1, "taxi": 1, "municipal": 1,
                              "security_guard": 1, "construction": 1, "ride_hailing": 1,
                              "rider": 1}
    assert summary.services == {"water": 1, "cooling_warming": 1, "haircut": 1, "legal_aid": 1,
                                "umbrella_loan": 1, "reading": 1, "donation_claim": 1,
                                "nursing_room": 1, "meal_discount": 1}


@pytest.mark.usefixtures("db", "pinned_now")
def test_a_stations_own_group_reaches_the_bundle_with_its_names(tmp_path):
    from keeper.core.station import StationProfile, set_station
    from keeper.reports.export import export_month

    set_station(StationProfile("CY01", "望京驿站", "朝阳区"))
    catalog_edit.add_item("group", "porter", "搬运工", "Porter")
    ledger.log_visit(NewVisit(services=["water"], group="porter", count=2))
    written = export_month("2026-10", tmp_path, formats=("bundle",))
    bundle = next(p for p in written.files if p.suffix == ".zip")
    with zipfile.ZipFile(bundle) as archive:
        summary = json.loads(archive.read("summary.json"))
        manifest = json.loads(archive.read("manifest.json"))
    assert summary["groups"] == {"porter": 2}
    if "codes" in manifest:  # keeper-bundle/2 (issue 14) carries the names
        assert manifest["codes"]["groups"]["porter"] == {"zh": "搬运工", "en": "Porter"}
