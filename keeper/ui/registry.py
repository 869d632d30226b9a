"""The navigation: each screen's key, icon, title and how to build it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtWidgets import QWidget

from keeper.errors import QT_TRANSLATE_NOOP
from keeper.i18n import translate


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str  # source text, context "Navigation"
    build: Callable[[], QWidget]

    def translated_title(self) -> str:
        return translate("Navigation", self.title)


def _log() -> QWidget:
    from keeper.ui.log.screen import LogScreen

    return LogScreen()


def _ledger() -> QWidget:
    from keeper.ui.ledger.screen import LedgerScreen

    return LedgerScreen()


def _visitors() -> QWidget:
    from keeper.ui.visitors.screen import VisitorsScreen

    return VisitorsScreen()


def _appeals() -> QWidget:
    from keeper.ui.appeals.screen import AppealsScreen

    return AppealsScreen()


def _activities() -> QWidget:
    from keeper.ui.activities.screen import ActivitiesScreen

    return ActivitiesScreen()


def _supplies() -> QWidget:
    from keeper.ui.supplies.screen import SuppliesScreen

    return SuppliesScreen()


def _reports() -> QWidget:
    from keeper.ui.reports.screen import ReportsScreen

    return ReportsScreen()


def _settings() -> QWidget:
    from keeper.ui.settings.screen import SettingsScreen

    return SettingsScreen()


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("log", QT_TRANSLATE_NOOP("Navigation", "Log"), _log),
    ScreenSpec("ledger", QT_TRANSLATE_NOOP("Navigation", "Ledger"), _ledger),
    ScreenSpec("visitors", QT_TRANSLATE_NOOP("Navigation", "Visitors"), _visitors),
    ScreenSpec("appeals", QT_TRANSLATE_NOOP("Navigation", "Appeals"), _appeals),
    ScreenSpec("activities", QT_TRANSLATE_NOOP("Navigation", "Activities"), _activities),
    ScreenSpec("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"), _reports),
    # After the reports: Ctrl+1..6 stay where attendants' fingers learnt them.
    ScreenSpec("supplies", QT_TRANSLATE_NOOP("Navigation", "Supplies"), _supplies),
    ScreenSpec("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"), _settings),
)
