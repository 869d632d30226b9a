"""Registered visitors: phone numbers and the lookups a visit needs (the directory,
``core.directory``, builds on this and never the other way round)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.store.models import Visitor

# Chinese mobile numbers: 11 digits, 1 then 3-9.
_MOBILE = re.compile(r"^1[3-9]\d{9}$")


def normalise_phone(text: str) -> str | None:
    """The 11-digit mobile number in ``text`` (full-width digits, spaces, dashes and a
    +86 prefix accepted), or None when it is not a valid Chinese mobile number."""
    digits = re.sub(r"[\s\-()]", "", unicodedata.normalize("NFKC", text or ""))
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    return digits if _MOBILE.match(digits) else None


def mask_phone(phone: str | None) -> str:
    """138****1234: what lists and exports show."""
    if not phone:
        return ""
    return phone[:3] + "****" + phone[-4:] if len(phone) >= 8 else "****"


def find_visitor(phone_or_member_no: str) -> Visitor:
    """The visitor with this phone number or member number, or a UserError."""
    text = unicodedata.normalize("NFKC", phone_or_member_no or "").strip()
    phone = normalise_phone(text)
    visitor = None
    if phone:
        visitor = Visitor.get_or_none(Visitor.phone == phone)
    if visitor is None and text:
        visitor = Visitor.get_or_none(Visitor.member_no == text)
    if visitor is None:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "No registered visitor has the phone or member number \"{text}\"."),
            text=phone_or_member_no)
    return visitor


@dataclass(frozen=True)
class VisitorHit:
    id: int
    name: str
    phone: str | None
    member_no: str | None
    group: str

    @property
    def masked_phone(self) -> str:
        return mask_phone(self.phone)


def visitor_hit(visitor_id: int | None) -> VisitorHit | None:
    if visitor_id is None:
        return None
    v = Visitor.get_or_none(Visitor.id == visitor_id)
    return None if v is None else VisitorHit(v.id, v.name, v.phone, v.member_no, v.group_code)
