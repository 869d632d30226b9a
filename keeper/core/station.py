"""The station profile: code, name, district, address, kind."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from keeper.core import audit, clock, signing
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.store.models import Station, StationKey, database

KINDS = ("comprehensive", "specialized")
# The code names export files (<code>_<YYYY-MM>.xlsx) and the district's register: stored
# upper-case (typed in any case), so cy-001 and CY-001 are one station (DESIGN §3).
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,31}$")


@dataclass(frozen=True)
class StationProfile:
    code: str
    name: str
    district: str
    address: str = ""
    kind: str = "comprehensive"


def get_station() -> StationProfile | None:
    row = Station.get_or_none(Station.id == 1)
    if row is None:
        return None
    return StationProfile(row.code, row.name, row.district, row.address, row.kind)


def validate(profile: StationProfile) -> StationProfile:
    profile = StationProfile(
        profile.code.strip().upper(), profile.name.strip(), profile.district.strip(),
        profile.address.strip(), profile.kind.strip(),
    )
    if not profile.code:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The station code is missing: type the code the district gave the "
                      "station (e.g. CY-017)."))
    if not _CODE.match(profile.code):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The station code \"{code}\" is not valid: use 2 to 32 letters, digits "
                      "or -, starting with a letter or digit, as the district gave it (it names "
                      "the report files)."),
            code=profile.code)
    if not profile.name:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The station name is missing."))
    if not profile.district:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The district is missing."))
    if profile.kind not in KINDS:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The station kind \"{kind}\" is not valid: use comprehensive or specialized."),
            kind=profile.kind)
    return profile


def set_station(profile: StationProfile) -> StationProfile:
    """Create or change the profile; the change is audited."""
    profile = validate(profile)
    with database.atomic():
        old = get_station()
        fields = asdict(profile)
        fields["updated_at"] = clock.stamp()
        Station.insert(id=1, **fields).on_conflict_replace().execute()
        audit.record("set", "station", 1, old=asdict(old) if old else None, new=asdict(profile))
        if old is None:
            # A new station starts with the tiles its kind usually has; later the
            # attendant turns tiles on and off in Settings, never the profile.
            from keeper.core import catalog_edit  # here: the window's start never needs it

            catalog_edit.apply_kind_preset(profile.kind)
        _ensure_key()
    return profile


def _ensure_key() -> StationKey:
    """The station's signing key, made once when the station is set up."""
    row = StationKey.get_or_none(StationKey.id == 1)
    if row is None:
        private, public = signing.new_key_pair()
        row = StationKey.create(id=1, private_key=private, public_key=public,
                                created_at=clock.stamp())
        audit.record("create", "station_key", 1, new={"fingerprint": signing.fingerprint(public)})
    return row


def signing_key() -> tuple[str, str]:
    """(private, public) base64: what the station signs its bundles with."""
    with database.atomic():
        row = _ensure_key()
    return row.private_key, row.public_key


def key_fingerprint() -> str:
    """The public key's fingerprint, printed on the monthly PDF for the district to compare."""
    return signing.fingerprint(signing_key()[1])
