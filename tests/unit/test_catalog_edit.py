"""Editing the catalogue: audited, and a used service is hidden, never deleted."""
from __future__ import annotations

import pytest

from keeper.core import catalog, ledger
from keeper.core.ledger import NewVisit
from keeper.errors import UserError
from keeper.store.models import AuditEntry, Service


def codes():
    return [s.code for s in catalog.services()]


def test_add_rename_reorder_hide(db, pinned_now):
    catalog.add_service("haircut", "理发", "Haircut", shortcut="h")
    assert codes()[-1] == "haircut"
    assert Service.get_by_id("haircut").shortcut == "H"
    catalog.update_service("haircut", name_zh="义剪", name_en="Free haircut", shortcut="9")
    item = catalog.services()[-1]
    assert (item.name_zh, item.name_en, item.shortcut) == ("义剪", "Free haircut", "9")
    catalog.move_service("haircut", -1)
    assert codes()[-2:] == ["haircut", "first_aid"]
    catalog.move_service("water", -1)  # already first: nothing happens
    assert codes()[0] == "water"
    catalog.set_service_active("toilet", False)
    assert "toilet" not in [s.code for s in catalog.services(active_only=True)]
    actions = [e.action for e in AuditEntry.select().where(AuditEntry.entity == "service")]
    assert actions == ["create", "update", "reorder", "hide"]


@pytest.mark.parametrize("code, zh, en, key, words", [
    ("Haircut", "理发", "Haircut", "", "not valid"),
    ("water", "饮水", "Water", "", "taken"),
    ("haircut", "", "Haircut", "", "Chinese and an English"),
    ("haircut", "理发", "Haircut", "1", "already logs"),
    ("haircut", "理发", "Haircut", "ab", "one letter or digit"),
])
def test_bad_services_are_refused(db, code, zh, en, key, words):
    with pytest.raises(UserError, match=words):
        catalog.add_service(code, zh, en, shortcut=key)
    assert len(codes()) == 8


def test_used_or_builtin_services_cannot_be_deleted(db, pinned_now):
    catalog.add_service("haircut", "理发", "Haircut")
    catalog.add_service("massage", "按摩", "Massage")
    ledger.log_visit(NewVisit(services=["haircut"]))
    with pytest.raises(UserError, match="only be hidden"):
        catalog.delete_service("haircut")
    with pytest.raises(UserError, match="only be hidden"):
        catalog.delete_service("water")
    catalog.delete_service("massage")
    assert "massage" not in codes() and "haircut" in codes()


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
