"""Every setting is declared in keeper/settings.py: none elsewhere, and no key in the
settings table that is not declared there."""
from __future__ import annotations

import ast
from datetime import date, time
from pathlib import Path

from keeper import settings
from keeper.core import activities, appeals, backup, ledger, pin
from keeper.core.ledger import NewVisit
from keeper.reports.export import export_month
from keeper.store.models import Setting

PACKAGE = Path(__file__).resolve().parents[2] / "keeper"


def test_options_are_declared_only_in_settings_py():
    elsewhere = []
    for path in PACKAGE.rglob("*.py"):
        if path == PACKAGE / "settings.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(
                    node.func, "id", None)) == "Option":
                elsewhere.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert elsewhere == []


def test_keys_are_unique_and_defaults_typed():
    declared = settings.declared()
    options = [v for v in vars(settings).values() if isinstance(v, settings.Option)]
    assert len(declared) == len(options) >= 15
    for option in options:
        assert isinstance(option.default, option.type), option.key


def test_every_key_stored_is_declared(station, pinned_now, tmp_path):
    """What a station's working life writes into the settings table."""
    ledger.log_visit(NewVisit(["water"], "rider", date(2026, 10, 3), time(9, 0)))
    export_month("2026-10", tmp_path / "out", ("bundle",))  # the visitor key secret
    pin.set_pin("1357")
    pin.check_pin("0000", sleep=lambda seconds: None)  # a failed attempt is counted
    settings.set(pin.IDLE_MINUTES, 3)
    settings.set(backup.SECOND_FOLDER, str(tmp_path / "usb"))
    backup.make_backup()  # the copy to the second place is remembered
    appeals.set_overdue_days(10)
    appeals.CATEGORIES.set_hidden("insurance", True)
    activities.TYPES.set_hidden("training", True)
    for option in (settings.LANGUAGE, settings.LAST_SCREEN, settings.RETENTION_MONTHS):
        settings.set(option, option.default)
    stored = {row.key for row in Setting.select(Setting.key)}
    assert len(stored) >= 10
    assert stored <= set(settings.declared()), stored - set(settings.declared())
