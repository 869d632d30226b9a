"""Editing the catalogue: services and groups alike, audited, a used item hidden, never
deleted; the codes of DESIGN §3 arrive hidden; a station kind's starting set."""
from __future__ import annotations

import pytest

from keeper.core import catalog, catalog_edit, ledger
from keeper.core.ledger import NewVisit
from keeper.errors import UserError
from keeper.store.models import AuditEntry, Service, VisitorGroup


def codes(kind="service", active_only=False):
    items = catalog.services if kind == "service" else catalog.groups
    return [s.code for s in items(active_only=active_only)]


def test_add_rename_reorder_hide(db, pinned_now):
    catalog_edit.add_item("service", "massage", "按摩", "Massage", shortcut="h")
    assert codes()[-1] == "massage"
    assert Service.get_by_id("massage").shortcut == "H"
    catalog_edit.update_item("service", "massage", name_zh="义务按摩", name_en="Free massage",
                             shortcut="9")
    item = catalog.services()[-1]
    assert (item.name_zh, item.name_en, item.shortcut) == ("义务按摩", "Free massage", "9")
    catalog_edit.move_item("service", "massage", -1)
    assert codes()[-2:] == ["massage", "donation_claim"]
    catalog_edit.move_item("service", "water", -1)  # already first: nothing happens
    assert codes()[0] == "water"
    catalog_edit.set_active("service", "toilet", False)
    assert "toilet" not in codes(active_only=True)
    actions = [e.action for e in AuditEntry.select().where(AuditEntry.entity == "service")]
    assert actions == ["create", "update", "reorder", "hide"]


@pytest.mark.parametrize("code, zh, en, key, words", [
    ("Massage", "按摩", "Massage", "", "not valid"),
    ("water", "饮水", "Water", "", "taken"),
    ("haircut", "理发", "Haircut", "", "taken"),  # a built-in code, even while hidden
    ("massage", "", "Massage", "", "Chinese and an English"),
    ("massage", "按摩", "Massage", "1", "already logs"),
    ("massage", "按摩", "Massage", "ab", "one letter or digit"),
])
def test_bad_services_are_refused(db, code, zh, en, key, words):
    with pytest.raises(UserError, match=words):
        catalog_edit.add_item("service", code, zh, en, shortcut=key)
    assert len(codes()) == 16


def test_used_or_builtin_services_cannot_be_deleted(db, pinned_now):
    catalog_edit.add_item("service", "massage", "按摩", "Massage")
    catalog_edit.add_item("service", "shoe_shine", "擦鞋", "Shoe shine")
    ledger.log_visit(NewVisit(services=["massage"]))
    with pytest.raises(UserError, match="only be hidden"):
        catalog_edit.delete_item("service", "massage")
    with pytest.raises(UserError, match="only be hidden"):
        catalog_edit.delete_item("service", "water")
    catalog_edit.delete_item("service", "shoe_shine")
    assert "shoe_shine" not in codes() and "massage" in codes()


def test_synonyms_taught_and_forgotten(db):
    key = catalog.add_synonym("service", " 送 水 ", "water")
    assert key == "送水" and catalog.resolve_service("送水") == "water"
    catalog.add_synonym("group", "闪送员", "courier")
    assert catalog.resolve_group("闪送员") == "courier"
    with pytest.raises(UserError, match="already means"):
        catalog.add_synonym("service", "喝水", "rest")  # a built-in word for water
    catalog.remove_synonym("service", "送水")
    assert catalog.resolve_service("送水") is None
    assert catalog.synonyms("group") == [("闪送员", "courier")]


def test_the_new_codes_arrive_hidden_and_the_old_keep_their_keys(db):
    assert codes("group", active_only=True) == [
        "rider", "courier", "ride_hailing", "truck", "citizen", "other"]
    assert codes(active_only=True) == list(catalog.SERVICE_CODES)
    assert set(codes("group")) >= {"sanitation", "traffic_police", "taxi", "municipal",
                                   "security_guard", "construction"}
    assert set(codes()) >= {"meal_discount", "legal_aid", "haircut", "nursing_room",
                            "cooling_warming", "umbrella_loan", "reading", "donation_claim"}
    keys = {g.code: g.shortcut for g in catalog.groups(active_only=True)}
    assert keys == {"rider": "1", "courier": "2", "ride_hailing": "3", "truck": "4",
                    "citizen": "5", "other": "6"}
    assert all(g.builtin for g in catalog.groups())


def test_turning_a_group_on_gives_it_the_next_key(db, pinned_now):
    catalog_edit.set_active("group", "sanitation", True)
    assert VisitorGroup.get_by_id("sanitation").shortcut == "7"
    catalog_edit.set_active("service", "haircut", True)
    assert Service.get_by_id("haircut").shortcut == "9"
    catalog_edit.set_active("service", "legal_aid", True)
    assert Service.get_by_id("legal_aid").shortcut == "0"
    catalog_edit.set_active("service", "reading", True)
    assert Service.get_by_id("reading").shortcut == "Q"  # the row under the digits


def test_groups_edited_like_services(db, pinned_now):
    catalog_edit.add_item("group", "porter", "搬运工", "Porter")
    porter = catalog.groups()[-1]
    assert (porter.code, porter.active, porter.shortcut, porter.builtin) == (
        "porter", True, "7", False)
    catalog_edit.update_item("group", "porter", name_zh="装卸工", name_en="Loader",
                             shortcut="8", icon="group-truck")
    row = VisitorGroup.get_by_id("porter")
    assert (row.name_zh, row.shortcut, row.icon) == ("装卸工", "8", "group-truck")
    catalog_edit.move_item("group", "porter", -1)
    assert codes("group")[-2:] == ["porter", "construction"]
    ledger.log_visit(NewVisit(services=["water"], group="porter"))
    with pytest.raises(UserError, match="only be hidden"):
        catalog_edit.delete_item("group", "porter")
    catalog_edit.set_active("group", "porter", False)
    assert "porter" not in codes("group", active_only=True)
    entries = [e.action for e in AuditEntry.select().where(AuditEntry.entity == "group")]
    assert entries == ["create", "update", "reorder", "hide"]


@pytest.mark.parametrize("key, words", [("0", "digit from 1 to 9"), ("A", "digit from 1 to 9"),
                                        ("1", "already logs")])
def test_bad_group_keys_are_refused(db, key, words):
    with pytest.raises(UserError, match=words):
        catalog_edit.add_item("group", "porter", "搬运工", "Porter", shortcut=key)


def test_other_stays_shown(db):
    with pytest.raises(UserError, match="stays shown"):
        catalog_edit.set_active("group", "other", False)


@pytest.mark.parametrize("kind, groups, services", [
    ("comprehensive", {"sanitation", "traffic_police", "taxi"},
     {"cooling_warming", "umbrella_loan", "reading"}),
    ("specialized", {"taxi"}, {"meal_discount", "legal_aid", "haircut", "cooling_warming"}),
])
def test_a_station_kind_starts_with_its_codes(db, pinned_now, kind, groups, services):
    from keeper.core.station import StationProfile, set_station

    set_station(StationProfile("A1", "驿站", "区", kind=kind))
    assert set(codes("group", active_only=True)) - set(catalog.GROUP_CODES[:6]) == groups
    assert set(codes(active_only=True)) - set(catalog.SERVICE_CODES) == services
    # Changing the profile later turns nothing else on.
    catalog_edit.set_active("group", "taxi", False)
    set_station(StationProfile("A1", "驿站二", "区", kind=kind))
    assert "taxi" not in codes("group", active_only=True)


def test_a_hidden_item_keeps_its_key_unless_a_shown_one_took_it(db, pinned_now):
    for code in ("sanitation", "traffic_police", "taxi"):
        catalog_edit.set_active("group", code, True)
    catalog_edit.set_active("group", "municipal", True)  # all nine keys are taken
    assert VisitorGroup.get_by_id("municipal").shortcut == ""
    catalog_edit.set_active("group", "taxi", False)
    catalog_edit.set_active("group", "municipal", False)
    catalog_edit.set_active("group", "municipal", True)
    assert VisitorGroup.get_by_id("municipal").shortcut == "9"  # taxi's, free now
    catalog_edit.set_active("group", "municipal", False)
    catalog_edit.set_active("group", "taxi", True)
    assert VisitorGroup.get_by_id("taxi").shortcut == "9"
    catalog_edit.set_active("group", "rider", False)
    catalog_edit.set_active("group", "municipal", True)
    assert VisitorGroup.get_by_id("municipal").shortcut == "1"  # 9 is taxi's again
