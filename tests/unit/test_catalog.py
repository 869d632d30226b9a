"""The built-in catalogue and how names and synonyms resolve to codes."""
from __future__ import annotations

import pytest

from keeper.core import catalog
from keeper.store.models import Service, Synonym


def test_builtin_services_and_groups_in_order(db):
    assert [s.code for s in catalog.services(active_only=True)] == [
        "water", "rest", "battery_swap", "charging", "repair", "meal_heating", "toilet",
        "first_aid"]
    assert [g.code for g in catalog.groups(active_only=True)] == [
        "rider", "courier", "ride_hailing", "truck", "citizen", "other"]
    water = catalog.services()[0]
    assert (water.name_zh, water.name_en, water.builtin) == ("饮水", "Drinking water", True)
    assert water.name("zh_CN") == "饮水" and water.name("en") == "Drinking water"


@pytest.mark.parametrize("text, code", [
    ("water", "water"), ("饮水", "water"), ("Drinking Water", "water"), ("喝水", "water"),
    ("接水", "water"), ("开水", "water"), ("歇脚", "rest"), ("换电池", "battery_swap"),
    ("修车", "repair"), ("补胎", "repair"), ("加热", "meal_heating"), ("微波炉", "meal_heating"),
    ("药箱", "first_aid"), ("急救", "first_aid"), ("应急药品", "first_aid"),
    ("理发", "haircut"), ("剪发", "haircut"), ("法律咨询", "legal_aid"), ("法律援助", "legal_aid"),
    ("避暑", "cooling_warming"), ("取暖", "cooling_warming"),
    (" 饮 水 ", "water"), ("ＷＡＴＥＲ", "water"),  # spaces and full-width letters
])
def test_service_names_and_synonyms(db, text, code):
    assert catalog.resolve_service(text) == code


@pytest.mark.parametrize("text, code", [
    ("外卖员", "rider"), ("美团骑手", "rider"), ("快递小哥", "courier"),
    ("滴滴司机", "ride_hailing"), ("卡车司机", "truck"), ("居民", "citizen"), ("群众", "citizen"),
    ("rider", "rider"), ("外卖骑手", "rider"), ("其他", "other"),
    ("环卫", "sanitation"), ("清洁工", "sanitation"), ("保洁", "sanitation"),
    ("交警", "traffic_police"), ("辅警", "traffic_police"), ("协警", "traffic_police"),
    ("的士", "taxi"), ("出租车", "taxi"), ("出租车司机", "taxi"),
])
def test_group_names_and_synonyms(db, text, code):
    assert catalog.resolve_group(text) == code


def test_unknown_words_resolve_to_nothing(db):
    assert catalog.resolve_service("唱歌") is None
    assert catalog.resolve_service("") is None
    assert catalog.resolve_group("宇航员") is None


def test_a_station_can_teach_its_own_synonym(db):
    Synonym.create(kind="service", text="送水", code="water")
    assert catalog.resolve_service("送水") == "water"


def test_hidden_services_are_left_out_of_the_active_list(db):
    Service.update(active=False).where(Service.code == "toilet").execute()
    assert "toilet" not in [s.code for s in catalog.services(active_only=True)]
    assert "toilet" in [s.code for s in catalog.services()]
