"""Member cards at the counter: what a scan does on the log screen.

A scan picks the person and their group. With the station's setting "a scan logs
<service> at once" it also logs the visit (the tiles already chosen, if any, else that
service), with the usual undo. A card that cannot be used says why on the screen's
error line and logs nothing; its text never lands in a field (the ScanCatcher keeps it).
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from keeper import settings
from keeper.core import cards, catalog
from keeper.errors import UserError
from keeper.i18n import translate
from keeper.ui.widgets.scan_catcher import ScanCatcher


def attach_scanner(screen) -> ScanCatcher:
    """Give the log screen a scanner: ``screen`` has form, log(), error, confirmation."""
    catcher = ScanCatcher(screen)
    catcher.scanned.connect(lambda text: take_scan(screen, text))
    catcher.unfinished.connect(lambda text: _refuse(screen, translate(
        "LogScreen", "A card was scanned but the scanner sent no Enter after it: set the "
                     "scanner to add Enter (see the README). Nothing was logged.")))
    screen.form.visitor.card_refused.connect(lambda text: _refuse(screen, text))
    return catcher


def scan_service() -> str | None:
    """The service a scan logs at once, if the station turned that on (and it is active)."""
    code = settings.get(settings.SCAN_LOGS_SERVICE)
    return code if code and code in {s.code for s in catalog.services(active_only=True)} \
        else None


def take_scan(screen, text: str) -> int | None:
    """Act on one scan; return the visit logged, if any."""
    try:
        hit = cards.read_hit(text)
    except UserError as exc:
        _refuse(screen, exc.message(QCoreApplication.translate))
        return None
    screen.error.hide()
    service = scan_service()
    if service is None:
        screen.form.visitor.set_visitor(hit)  # the group follows the person
        screen.confirmation.setText("✓ " + translate(
            "LogScreen", "Card: {name} ({member}). Choose the services and press Enter.").format(
            name=hit.name, member=hit.member_no))
        return None
    visit = screen.form.value()
    visit = replace(visit, services=visit.services or [service], group=hit.group,
                    visitor_id=hit.id)
    return screen.log(visit)


def _refuse(screen, text: str) -> None:
    screen.confirmation.clear()
    screen.error.setText("⚠ " + text)
    screen.error.show()
    screen.message.emit(text)
