"""The register of stations: who is expected to report, from when, and whom to call.

Imported from a CSV (UTF-8 or GB18030, what Excel saves in China) or an .xlsx with a
header row, Chinese or English: 编号/code, 名称/name, 类型/kind, 启用/opened, 停用/closed,
负责人/contact, 电话/phone, 地址/address. All or nothing: a file with a bad row changes
nothing and says which rows and why. A station already registered is updated (its key,
which came with its bundles, is kept).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from keeper.core import clock
from keeper.core.tabular import read_table
from keeper.district.models import DistrictAudit, RegisteredStation
from keeper.district.store import DistrictError, DistrictStore, StationInfo
from keeper.errors import QT_TRANSLATE_NOOP
from keeper.reports.bundle_read import STATION_CODE

HEADERS = {
    "code": ("code", "编号", "驿站编号", "代码", "驿站代码", "stationcode"),
    "name": ("name", "名称", "驿站名称", "驿站", "stationname"),
    "kind": ("kind", "类型", "驿站类型", "type"),
    "opened": ("opened", "启用", "启用月份", "开放", "开放时间", "建成时间", "启用时间"),
    "closed": ("closed", "停用", "停用月份", "关闭", "关闭时间", "停用时间"),
    "contact": ("contact", "负责人", "联系人", "站长"),
    "phone": ("phone", "电话", "联系电话", "手机", "手机号"),
    "address": ("address", "地址", "驿站地址"),
}
KINDS = {"comprehensive": "comprehensive", "综合": "comprehensive", "综合型": "comprehensive",
         "综合型驿站": "comprehensive", "specialized": "specialized", "专属": "specialized",
         "专属型": "specialized", "专属驿站": "specialized", "专属型驿站": "specialized", "": ""}
_MONTH = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})?\s*日?)?\s*月?$")


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int


def _key(text: str) -> str:
    return re.sub(r"[\s_]+", "", str(text)).lower()


def _column_of(headers: list[str]) -> dict[str, int]:
    found = {}
    for index, header in enumerate(headers):
        for field, names in HEADERS.items():
            if _key(header) in {_key(n) for n in names} and field not in found:
                found[field] = index
    return found


def parse_month_cell(value) -> str | None:
    """YYYY-MM from '2026-03', '2026/3', '2026年3月', a full date or an Excel date cell."""
    if isinstance(value, (datetime, date)):
        return f"{value.year:04d}-{value.month:02d}"
    text = str(value or "").strip()
    if not text:
        return None
    match = _MONTH.match(text)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValueError(text)
    return f"{int(match.group(1)):04d}-{int(match.group(2)):02d}"


def import_stations(store: DistrictStore, path, *, dry_run: bool = False) -> ImportResult:
    table = read_table(path, lambda cells: {"code", "name"} <= set(
        _column_of([str(c) for c in cells])))
    columns = _column_of(table.headers)
    missing = [f for f in ("code", "name") if f not in columns]
    if missing:
        raise DistrictError(QT_TRANSLATE_NOOP(
            "District", "The register has no {columns} column. The first row must name the "
                        "columns, e.g. 编号, 名称, 类型, 启用, 停用, 负责人, 电话."),
            columns=", ".join(missing))
    rows, problems, seen = [], [], set()
    for number, cells in table.rows:
        cell = {f: cells[i] if i < len(cells) else "" for f, i in columns.items()}
        if not any(str(v).strip() for v in cell.values()):
            continue
        code = str(cell["code"]).strip().upper()
        name = " ".join(str(cell["name"]).split())
        kind = KINDS.get(str(cell.get("kind", "")).strip().lower())
        try:
            opened = parse_month_cell(cell.get("opened")) or "2000-01"
            closed = parse_month_cell(cell.get("closed"))
        except ValueError as exc:
            problems.append((number, f"月份/month “{exc}” (YYYY-MM)"))
            continue
        if not STATION_CODE.match(code):
            problems.append((number, f"编号/code “{code}”"))
        elif code in seen:
            problems.append((number, f"编号/code {code} ×2"))
        elif not name:
            problems.append((number, "名称/name"))
        elif kind is None:
            problems.append((number, f"类型/kind “{cell.get('kind')}”"))
        elif closed and closed < opened:
            problems.append((number, f"{closed} < {opened}"))
        else:
            seen.add(code)
            rows.append({"code": code, "name": name, "kind": kind or "comprehensive",
                         "opened": opened, "closed": closed,
                         **{f: " ".join(str(cell.get(f) or "").split())
                            for f in ("contact", "phone", "address")}})
    if problems:
        raise DistrictError(QT_TRANSLATE_NOOP(
            "District", "Nothing was imported: rows that need fixing first: {rows}"),
            rows="; ".join(f"{number}: {what}" for number, what in problems[:20]))
    known = {s.code for s in RegisteredStation.select(RegisteredStation.code)}
    result = ImportResult(sum(r["code"] not in known for r in rows),
                          sum(r["code"] in known for r in rows))
    if dry_run:
        return result
    with store.db.atomic():
        for row in rows:
            if row["code"] in known:
                RegisteredStation.update(**{k: v for k, v in row.items() if k != "code"}) \
                    .where(RegisteredStation.code == row["code"]).execute()
            else:
                RegisteredStation.create(**row)
        audit(store, "import", "register", getattr(path, "name", str(path)),
              f"{result.added} added, {result.updated} updated")
    return result


def audit(store: DistrictStore, action: str, entity: str, entity_id: str = "",
          detail: str = "") -> None:
    DistrictAudit.create(at=clock.stamp(), action=action, entity=entity,
                         entity_id=entity_id, detail=detail)


def accept_key(store: DistrictStore, code: str) -> StationInfo:
    """The officer accepts the other key a station's bundle came with (a replaced PC): its
    later bundles are checked against that key."""
    code = code.strip().upper()
    with store.db.atomic():
        row = RegisteredStation.get_or_none(RegisteredStation.code == code)
        if row is None:
            raise DistrictError(QT_TRANSLATE_NOOP(
                "District", "There is no station {code} in the register."), code=code)
        if not row.pending_key:
            raise DistrictError(QT_TRANSLATE_NOOP(
                "District", "Station {code} has sent no bundle with another key: there is "
                            "nothing to accept."), code=code)
        from keeper.core.signing import fingerprint

        audit(store, "accept_key", "station", code,
              f"{fingerprint(row.key) if row.key else '-'} -> {fingerprint(row.pending_key)}")
        RegisteredStation.update(key=row.pending_key, key_recorded_at=clock.stamp(),
                                 pending_key=None, pending_key_seen_at=None) \
            .where(RegisteredStation.code == code).execute()
    return store.station(code)
