"""The station profile, typed settings and phone numbers."""
from __future__ import annotations

import json

import pytest

from keeper import settings
from keeper.core.station import StationProfile, get_station, set_station
from keeper.core.visitors import find_visitor, mask_phone, normalise_phone
from keeper.errors import UserError
from keeper.store.models import AuditEntry, Setting, Visitor


def test_station_profile_set_and_changed_with_audit(db):
    assert get_station() is None
    set_station(StationProfile(" CY-017 ", "望京街道暖心驿站", "朝阳区", "望京西路 1 号"))
    assert get_station() == StationProfile("CY-017", "望京街道暖心驿站", "朝阳区", "望京西路 1 号",
                                           "comprehensive")
    set_station(StationProfile("CY-017", "望京骑手之家", "朝阳区", "", "specialized"))
    assert get_station().kind == "specialized"
    entries = list(AuditEntry.select().where(AuditEntry.entity == "station").order_by(AuditEntry.id))
    assert len(entries) == 2
    assert entries[0].old is None
    assert json.loads(entries[1].old)["name"] == "望京街道暖心驿站"
    assert json.loads(entries[1].new)["name"] == "望京骑手之家"


@pytest.mark.parametrize("profile, message", [
    (StationProfile("", "驿站", "朝阳区"), "station code"),
    (StationProfile("CY/017", "驿站", "朝阳区"), "station code"),
    (StationProfile("CY017", " ", "朝阳区"), "name is missing"),
    (StationProfile("CY017", "驿站", ""), "district is missing"),
    (StationProfile("CY017", "驿站", "朝阳区", kind="mall"), "kind"),
])
def test_bad_station_profiles_are_refused(db, profile, message):
    with pytest.raises(UserError, match=message):
        set_station(profile)
    assert get_station() is None


def test_settings_typed_with_defaults(db):
    assert settings.get(settings.LANGUAGE) == ""
    settings.set(settings.LANGUAGE, "zh_CN")
    assert settings.get(settings.LANGUAGE) == "zh_CN"
    with pytest.raises(TypeError):
        settings.set(settings.LANGUAGE, 3)
    # A value of the wrong type in the file falls back to the default, never crashes.
    Setting.update(value="42").where(Setting.key == settings.LANGUAGE.key).execute()
    assert settings.get(settings.LANGUAGE) == ""
    Setting.update(value="{broken").where(Setting.key == settings.LANGUAGE.key).execute()
    assert settings.get(settings.LANGUAGE) == ""


@pytest.mark.parametrize("text, phone", [
    ("13812345678", "13812345678"), ("138 1234 5678", "13812345678"),
    ("138-1234-5678", "13812345678"), ("+86 138 1234 5678", "13812345678"),
    ("１３８１２３４５６７８", "13812345678"),  # full-width digits
    ("12812345678", None), ("1381234567", None), ("phone", None), ("", None),
])
def test_phone_numbers(text, phone):
    assert normalise_phone(text) == phone


def test_masked_phone_and_lookup(db):
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone(None) == ""
    person = Visitor.create(name="王芳", phone="13812345678", member_no="M000007", group="courier",
                            created_at="x")
    assert find_visitor("138 1234 5678").id == person.id
    assert find_visitor("M000007").id == person.id
    with pytest.raises(UserError, match="No registered visitor"):
        find_visitor("13900000000")
