"""Approving a month (for the whole district or one station) locks it: a new revision of
it is refused until it is reopened. Both are in the district's audit log."""
from __future__ import annotations

from keeper.core import clock
from keeper.core.months import parse_month
from keeper.district.models import Approval, DistrictAudit, RegisteredStation
from keeper.district.register import audit
from keeper.district.store import DistrictError, DistrictStore
from keeper.errors import QT_TRANSLATE_NOOP


def _station(code: str | None) -> str:
    if not code:
        return ""
    code = code.strip().upper()
    if not RegisteredStation.select().where(RegisteredStation.code == code).exists():
        raise DistrictError(QT_TRANSLATE_NOOP(
            "District", "There is no station {code} in the register."), code=code)
    return code


def approve(store: DistrictStore, month: str, code: str | None = None) -> bool:
    """Approve ``month`` (of one station with ``code``); False if it already was."""
    parse_month(month)
    with store.db.atomic():
        station = _station(code)
        if Approval.select().where((Approval.month == month)
                                   & (Approval.station_code == station)).exists():
            return False
        Approval.create(month=month, station_code=station, approved_at=clock.stamp())
        audit(store, "approve", "month", f"{month} {station}".strip())
    return True


def reopen(store: DistrictStore, month: str, code: str | None = None) -> None:
    """Reopen an approved month (of one station with ``code``)."""
    parse_month(month)
    with store.db.atomic():
        station = _station(code)
        deleted = Approval.delete().where((Approval.month == month)
                                          & (Approval.station_code == station)).execute()
        if not deleted:
            if station and store.is_approved(month):
                raise DistrictError(QT_TRANSLATE_NOOP(
                    "District", "{month} is approved for the whole district: reopen the whole "
                                "month (without --station)."), month=month)
            raise DistrictError(QT_TRANSLATE_NOOP(
                "District", "{month} is not approved{station}: there is nothing to reopen."),
                month=month, station=f" ({station})" if station else "")
        audit(store, "reopen", "month", f"{month} {station}".strip())


def audit_log(store: DistrictStore) -> list[DistrictAudit]:
    return list(DistrictAudit.select().order_by(DistrictAudit.id))
