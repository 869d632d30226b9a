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


LANGUAGE = Option("ui.language", str, "")  # "" follows the system; "zh_CN" or "en"
WINDOW_GEOMETRY = Option("ui.window.geometry", str, "")  # base64 of QWidget.saveGeometry
WINDOW_STATE = Option("ui.window.state", str, "")  # base64 of QMainWindow.saveState
NAV_SPLITTER = Option("ui.window.splitter", str, "")
LAST_SCREEN = Option("ui.window.screen", str, "log")
# PIPL: a worker not seen for this long has name and phone erased (visits stay, anonymous).
RETENTION_MONTHS = Option("privacy.retention_months", int, 24)
# Supplies: a lot expiring within this many days is shown as an alert.
SUPPLY_EXPIRY_DAYS = Option("supplies.expiry_warning_days", int, 30)
# Member cards: "sheet" (A4, ten cards with cut marks) or "single" (one card a page, for a
# label printer); and the service a scan logs at once ("" = a scan only picks the person).
CARD_LAYOUT = Option("cards.layout", str, "sheet")
SCAN_LOGS_SERVICE = Option("cards.scan_logs_service", str, "")

ALL_OPTIONS = (LANGUAGE, WINDOW_GEOMETRY, WINDOW_STATE, NAV_SPLITTER, LAST_SCREEN,
               RETENTION_MONTHS, SUPPLY_EXPIRY_DAYS, CARD_LAYOUT, SCAN_LOGS_SERVICE)


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
