"""Typed settings, declared in one place (Picard's habit), stored in the database.

Keeping them in ``keeper.db`` means a backup carries them and a restore brings them back.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Generic, TypeVar

from keeper.store.models import Setting

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    type: type
    default: T


# When adding an option: declare it here, in its section, with its key (``area.name``,
# never reused for another meaning), its type and its default, and a comment saying what it
# holds; use it as ``settings.get(settings.NAME)``. A value of the wrong type falls back to
# the default, so an older keeper reading a newer database never crashes.
# tests/unit/test_settings.py fails on an Option declared anywhere else and on a key in
# the settings table that is not declared here.

# -- the window --
LANGUAGE = Option("ui.language", str, "")  # "" follows the system; "zh_CN" or "en"
WINDOW_GEOMETRY = Option("ui.window.geometry", str, "")  # base64 of QWidget.saveGeometry
WINDOW_STATE = Option("ui.window.state", str, "")  # base64 of QMainWindow.saveState
NAV_SPLITTER = Option("ui.window.splitter", str, "")
LAST_SCREEN = Option("ui.window.screen", str, "log")

# -- personal data --
# PIPL: a worker not seen for this long has name and phone erased (visits stay, anonymous).
RETENTION_MONTHS = Option("privacy.retention_months", int, 24)

# -- supplies and member cards --
# Supplies: a lot expiring within this many days is shown as an alert.
SUPPLY_EXPIRY_DAYS = Option("supplies.expiry_warning_days", int, 30)
# Member cards: "sheet" (A4, ten cards with cut marks) or "single" (one card a page, for a
# label printer); and the service a scan logs at once ("" = a scan only picks the person).
CARD_LAYOUT = Option("cards.layout", str, "sheet")
SCAN_LOGS_SERVICE = Option("cards.scan_logs_service", str, "")

# -- the lock --
PIN_HASH = Option("lock.pin_hash", str, "")  # "scrypt$n$r$p$salt_hex$hash_hex"; "" no PIN
FAILED_ATTEMPTS = Option("lock.failed_attempts", int, 0)  # wrong PINs in a row: the wait grows
IDLE_MINUTES = Option("lock.idle_minutes", int, 10)  # 0: lock only on demand

# -- backups --
SECOND_FOLDER = Option("backup.second_folder", str, "")  # e.g. a USB stick
LAST_SECOND_PLACE = Option("backup.last_second_place", str, "")  # ISO stamp of the last copy

# -- appeals and activities --
OVERDUE_DAYS = Option("appeals.overdue_days", int, 14)  # an open appeal older is overdue
HIDDEN_CATEGORIES = Option("appeals.hidden_categories", list, [])  # codes not offered
HIDDEN_TYPES = Option("activities.hidden_types", list, [])  # activity type codes not offered

# -- reports --
# A random secret of this station: the bundle's visitor keys let the district count the
# same worker across months, but cannot be turned back into a person.
VISITOR_KEY_SECRET = Option("reports.visitor_key_secret", str, "")


def declared() -> dict[str, Option]:
    """Every option of this module, by key."""
    return {value.key: value for value in globals().values() if isinstance(value, Option)}


def get(option: Option[T]) -> T:
    row = Setting.get_or_none(Setting.key == option.key)
    if row is None:
        return option.default
    try:
        value = json.loads(row.value)
    except ValueError:
        return option.default
    # A value of the wrong type (hand-edited, older version) falls back, never crashes.
    return value if isinstance(value, option.type) else option.default


def set(option: Option[T], value: T) -> None:  # noqa: A001 (settings.set reads well)
    if not isinstance(value, option.type):
        raise TypeError(f"{option.key} takes {option.type.__name__}, not {type(value).__name__}")
    Setting.insert(key=option.key, value=json.dumps(value, ensure_ascii=False)) \
        .on_conflict_replace().execute()
