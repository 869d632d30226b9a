"""Member cards: the token a card carries, issuing and reissuing cards, reading a scan.

A card's token is ``KPR1:<station code>:<member no>:<card serial>``: no phone, no name,
so a lost card tells a finder nothing. The serial in force lives on the visitor row;
reissuing a lost card raises it, and a scan of an older serial says the card was replaced.
Scanners in keyboard mode may flip the case (Caps Lock), so the token is read case-blind.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from peewee import fn

from keeper.core import audit
from keeper.core.station import get_station
from keeper.core.visitors import VisitorHit
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.store.models import Visitor, database

PREFIX = "KPR1:"
_TOKEN = re.compile(r"^KPR1:([A-Z0-9_-]{1,32}):([A-Z0-9_-]{1,32}):([1-9][0-9]{0,5})$")


@dataclass(frozen=True)
class Card:
    """What one printed card shows."""

    visitor_id: int
    name: str
    member_no: str
    serial: int
    token: str


def make_token(station_code: str, member_no: str, serial: int) -> str:
    return f"{PREFIX}{station_code.upper()}:{member_no.upper()}:{serial}"


def looks_like_token(text: str) -> bool:
    """Text that claims to be a card (it may still be malformed or not ours)."""
    return unicodedata.normalize("NFKC", text or "").strip().upper().startswith(PREFIX)


def station_code() -> str:
    profile = get_station()
    if profile is None:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "No station profile yet: set the station's code and name in Settings "
                      "before printing or reading member cards."))
    return profile.code.upper()


def read_token(text: str) -> Visitor:
    """The visitor a scanned card belongs to, or a UserError saying plainly why not."""
    cleaned = unicodedata.normalize("NFKC", text or "").strip().upper()
    match = _TOKEN.match(cleaned)
    if match is None:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "This code is not a readable member card (\"{text}\"). Nothing was "
                      "logged; find the person by name instead."), text=_shorten(text))
    station, member_no, serial = match.group(1), match.group(2), int(match.group(3))
    ours = station_code()
    if station != ours:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "This card is from another station ({station}), not from this one. "
                      "Nothing was logged; register the person here if they come often."),
            station=station)
    visitor = _by_number(member_no)
    if visitor is None or visitor.erased_at is not None or visitor.merged_into_id is not None:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "No member {member} at this station (the card may belong to someone whose "
                      "record was removed). Nothing was logged."), member=member_no)
    current = visitor.card_serial
    if current is not None and serial < current:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "This card was replaced: {member}'s card no. {serial} is no longer valid "
                      "(the card in force is no. {current}). Nothing was logged."),
            member=visitor.member_no, serial=serial, current=current)
    if current is None or serial > current:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Card no. {serial} of {member} was never issued here. Nothing was "
                      "logged."), member=visitor.member_no, serial=serial)
    return visitor


def read_hit(text: str) -> VisitorHit:
    v = read_token(text)
    return VisitorHit(v.id, v.name, v.phone, v.member_no, v.group_code)


def _shorten(text: str, limit: int = 40) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit] + "…"


def _by_number(member_no: str) -> Visitor | None:
    # The exact number uses the unique index; the case-blind look-up is the rare fallback.
    return (Visitor.get_or_none(Visitor.member_no == member_no)
            or Visitor.get_or_none(fn.upper(Visitor.member_no) == member_no.upper()))


def _cardable(visitor: Visitor) -> bool:
    return bool(visitor.member_no) and visitor.erased_at is None and visitor.merged_into_id is None


def cards_for(visitor_ids: list[int] | None = None, *, all_new: bool = False) -> list[Card]:
    """The cards to print: those people's current cards, or everyone without one yet.

    Nothing is stored here: someone without a card gets card no. 1 on paper, and
    ``record_printed`` issues it once the PDF is written (a cancelled or failed print
    leaves them without a card). A reprint repeats the card in force."""
    code = station_code()
    if visitor_ids is not None:
        wanted = list(dict.fromkeys(visitor_ids))
        found = {v.id: v for v in Visitor.select().where(Visitor.id.in_(wanted))}
        people = [found[i] for i in wanted if i in found]
    elif all_new:
        people = list(Visitor.select().where(Visitor.card_serial.is_null())
                      .order_by(Visitor.member_no))
    else:
        people = []
    return [Card(p.id, p.name, p.member_no, p.card_serial or 1,
                 make_token(code, p.member_no, p.card_serial or 1))
            for p in people if _cardable(p)]


def record_printed(cards: list[Card]) -> int:
    """Issue (audited) the first cards among those just printed; return how many."""
    issued = 0
    with database.atomic():
        for card in cards:
            changed = (Visitor.update(card_serial=card.serial)
                       .where((Visitor.id == card.visitor_id) & Visitor.card_serial.is_null())
                       .execute())
            if changed:
                audit.record("issue_card", "visitor", card.visitor_id,
                             old={"card_serial": None}, new={"card_serial": card.serial})
                issued += 1
    return issued


def anyone_without_card() -> bool:
    return Visitor.select().where(
        Visitor.card_serial.is_null() & Visitor.member_no.is_null(False)
        & Visitor.erased_at.is_null() & Visitor.merged_into.is_null()).exists()


def members_by_number(member_nos: list[str]) -> list[int]:
    """The visitor ids of these member numbers (case-blind), or a UserError naming the
    first unknown one."""
    ids = []
    for text in member_nos:
        number = unicodedata.normalize("NFKC", text).strip()
        visitor = _by_number(number) if number else None
        if visitor is None or not _cardable(visitor):
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "No member {member} who can have a card (unknown, erased or merged)."),
                member=text)
        ids.append(visitor.id)
    return ids


def reissue_card(visitor_id: int, reason: str = "") -> Card:
    """A lost card: the serial goes up, so the old card is refused as replaced."""
    code = station_code()
    with database.atomic():
        person = Visitor.get_or_none(Visitor.id == visitor_id)
        if person is None or not _cardable(person):
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "This person cannot have a card (no member number, erased or "
                          "merged)."))
        old = person.card_serial
        new = (old or 0) + 1
        Visitor.update(card_serial=new).where(Visitor.id == visitor_id).execute()
        audit.record("reissue_card" if old else "issue_card", "visitor", visitor_id,
                     old={"card_serial": old}, new={"card_serial": new}, reason=reason.strip())
    return Card(person.id, person.name, person.member_no, new,
                make_token(code, person.member_no, new))
