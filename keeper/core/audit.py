"""The append-only audit log: who changed what, when, from what to what, and why."""
from __future__ import annotations

import json
from typing import Any

from keeper.core import clock
from keeper.store.models import AuditEntry


def _dump(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def record(action: str, entity: str, entity_id: Any = None, *, old: Any = None,
           new: Any = None, reason: str = "") -> int:
    entry = AuditEntry.create(
        at=clock.stamp(), action=action, entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        old=_dump(old), new=_dump(new), reason=reason,
    )
    return entry.id


def history(entity: str, entity_id: Any) -> list[AuditEntry]:
    return list(
        AuditEntry.select()
        .where((AuditEntry.entity == entity) & (AuditEntry.entity_id == str(entity_id)))
        .order_by(AuditEntry.id)
    )
