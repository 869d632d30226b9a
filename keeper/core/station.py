"""The station profile: code, name, district, address, kind."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from keeper.core import audit, catalog_edit, clock
from keeper.errors import QT_TRANSLATE_NOOP, UserError
from keeper.store.models import Station, database

KINDS = ("comprehensive", "specialized")
# The code names export files (<code>_<YYYY-MM>.xlsx), so it must be safe in a file name.
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")


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
        profile.code.strip(), profile.name.strip(), profile.district.strip(),
        profile.address.strip(), profile.kind.strip(),
    )
    if not _CODE.match(profile.code):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The station code \"{code}\" is not valid: use 1 to 32 letters, digits, "
                      "- or _, starting with a letter or digit (it names the report files)."),
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
            catalog_edit.apply_kind_preset(profile.kind)
    return profile
