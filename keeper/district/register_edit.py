"""Editing one station of the register from the window (the file import is
``keeper district stations import``). Each change is audited; a station is never deleted:
it closes, so its past months stay expected and its bundles stay held."""
from __future__ import annotations

import json
import re

from keeper.core import clock
from keeper.core.months import parse_month
from keeper.district.models import DistrictAudit, RegisteredStation
from keeper.errors import QT_TRANSLATE_NOOP, UserError

CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,31}$")
KINDS = ("comprehensive", "specialized")
FIELDS = ("name", "kind", "opened", "closed", "contact", "phone", "address")


def save_station(db, code: str, *, name: str, kind: str = "comprehensive", opened: str,
                 closed: str | None = None, contact: str = "", phone: str = "",
                 address: str = "") -> RegisteredStation:
    """Add the station ``code`` or change its details; returns the row."""
    code = (code or "").strip().upper()
    if not CODE.match(code):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The station code \"{code}\" is not valid: 2 to 32 letters, digits or -, "
                      "starting with a letter or digit (e.g. CY-017)."), code=code, field="code")
    name = " ".join((name or "").split())
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The station name is missing."),
                        field="name")
    if kind not in KINDS:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The station kind \"{kind}\" is not valid: use comprehensive or "
                      "specialized."), kind=kind, field="kind")
    opened = (opened or "").strip()
    closed = (closed or "").strip() or None
    parse_month(opened)
    if closed is not None:
        parse_month(closed)
        if closed < opened:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "A station cannot close ({closed}) before it opened ({opened})."),
                closed=closed, opened=opened, field="closed")
    values = {"name": name, "kind": kind, "opened": opened, "closed": closed,
              "contact": (contact or "").strip(), "phone": (phone or "").strip(),
              "address": (address or "").strip()}
    with db.atomic():
        row = RegisteredStation.get_or_none(RegisteredStation.code == code)
        if row is None:
            row = RegisteredStation.create(code=code, **values)
            changed = values
        else:
            changed = {k: v for k, v in values.items() if getattr(row, k) != v}
            if changed:
                RegisteredStation.update(**changed).where(RegisteredStation.code == code) \
                    .execute()
                row = RegisteredStation.get(RegisteredStation.code == code)
        if changed:
            DistrictAudit.create(at=clock.stamp(), action="register_edit", entity="station",
                                 entity_id=code, detail=json.dumps(changed, ensure_ascii=False))
    return row
