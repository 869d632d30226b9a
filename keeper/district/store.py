"""Opening a district folder and reading what it holds.

A district folder holds ``district.db`` (SQLite, the default) or points at a PostgreSQL
database (``district.json`` {"db": "postgresql://…"}, written by ``init --db``), and
``received/``, where every accepted bundle file is kept verbatim.

The read API below is what the reports and the window use; nothing in it writes.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from peewee import Database, PostgresqlDatabase, SqliteDatabase, fn

from keeper.core import clock
from keeper.core import signing
from keeper.core.months import parse_month
from keeper.district import migrations
from keeper.district.models import (
    ALL_MODELS,
    Approval,
    District,
    DistrictSetting,
    RegisteredStation,
    Submission,
    district_database,
)
from keeper.errors import QT_TRANSLATE_NOOP, DatabaseProblem, UserError

DB_NAME = "district.db"
CONFIG_NAME = "district.json"
RECEIVED = "received"
# Settings and their defaults (DistrictSetting holds JSON values).
DEFAULTS = {
    "on_time_day": 5,  # a bundle received by this day of the next month is on time
    "outlier_k": 3.5,  # median ± k·MAD over the station's last six months
    "outlier_months": 6,
}
SQLITE_PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2,
                  "busy_timeout": 10000}


class DistrictError(UserError):
    """A district officer's input error; its text is in the "District" context."""

    context = "District"


@dataclass(frozen=True)
class StationInfo:
    """A station of the register."""

    code: str
    name: str
    kind: str
    opened: str  # YYYY-MM
    closed: str | None  # YYYY-MM or None
    contact: str
    phone: str
    address: str
    key_fingerprint: str  # '' until its first bundle

    @classmethod
    def of(cls, row: RegisteredStation) -> StationInfo:
        return cls(row.code, row.name, row.kind, row.opened, row.closed, row.contact, row.phone,
                   row.address, signing.fingerprint(row.key) if row.key else "")

    def expected_in(self, month: str) -> bool:
        return self.opened <= month and (self.closed is None or month <= self.closed)


@dataclass(frozen=True)
class MonthSubmission:
    """A station's month as the district holds it: its highest revision received."""

    station: StationInfo
    month: str
    revision: int
    supersedes: int | None
    complete: bool  # False: a preview sent before the month ended
    as_of: str  # the last day the figures cover
    generated_at: str
    received_at: str  # ISO 8601 with offset
    on_time: bool  # its first revision arrived by the due day (DistrictStore.due_date)
    approved: bool  # the month is approved for this station (or the whole district)
    summary: dict  # summary.json as the station sent it
    file_name: str  # under received/


class DistrictStore:
    """An open district: ``db`` is the peewee database the models are bound to."""

    def __init__(self, folder: Path, db: Database, url: str) -> None:
        self.folder = folder
        self.db = db
        self.url = url

    # -- the district itself ------------------------------------------------------------
    @property
    def received_dir(self) -> Path:
        return self.folder / RECEIVED

    def district(self) -> District:
        return District.get_by_id(1)

    @property
    def name(self) -> str:
        return self.district().name

    @property
    def code(self) -> str:
        return self.district().code

    def signing_key(self) -> tuple[str, str]:
        """(private, public) base64: the district signs what it sends upward with it."""
        row = self.district()
        return row.private_key, row.public_key

    def setting(self, key: str):
        row = DistrictSetting.get_or_none(DistrictSetting.key == key)
        return json.loads(row.value) if row else DEFAULTS[key]

    def set_setting(self, key: str, value) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        with self.db.atomic():
            DistrictSetting.delete().where(DistrictSetting.key == key).execute()
            DistrictSetting.create(key=key, value=json.dumps(value))

    def is_postgres(self) -> bool:
        return isinstance(self.db, PostgresqlDatabase)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()

    # -- the read API -------------------------------------------------------------------
    def stations(self) -> list[StationInfo]:
        """Every registered station, by code."""
        return [StationInfo.of(r) for r in RegisteredStation.select()
                .order_by(RegisteredStation.code)]

    def station(self, code: str) -> StationInfo | None:
        row = RegisteredStation.get_or_none(RegisteredStation.code == code.strip().upper())
        return StationInfo.of(row) if row else None

    def expected_stations(self, month: str) -> list[StationInfo]:
        """The stations open in ``month`` (opened ≤ month ≤ closed), by code."""
        parse_month(month)
        query = RegisteredStation.select().where(
            (RegisteredStation.opened <= month)
            & (RegisteredStation.closed.is_null() | (RegisteredStation.closed >= month)))
        return [StationInfo.of(r) for r in query.order_by(RegisteredStation.code)]

    def due_date(self, month: str) -> date:
        """The last day a bundle of ``month`` counts as on time: day N of the next month."""
        year, number = parse_month(month)
        year, number = (year + 1, 1) if number == 12 else (year, number + 1)
        return date(year, number, int(self.setting("on_time_day")))

    def is_approved(self, month: str, code: str | None = None) -> bool:
        """Whether the whole month, or (with ``code``) that station's month, is approved."""
        codes = [""] + ([code.upper()] if code else [])
        return Approval.select().where((Approval.month == month)
                                       & Approval.station_code.in_(codes)).exists()

    def month_submissions(self, month: str) -> list[MonthSubmission]:
        """For each station that sent ``month``, its highest revision, by station code.
        Stations that sent nothing are absent (``expected_stations`` minus these = missing)."""
        parse_month(month)
        rows = (Submission.select(Submission, RegisteredStation).join(RegisteredStation)
                .where((Submission.month == month) & Submission.current)
                .order_by(Submission.station))
        approved = {a.station_code for a in Approval.select().where(Approval.month == month)}
        due = self.due_date(month).isoformat()
        first = self.first_received(month)
        return [self._submission(row, due, approved, first.get(row.station.code))
                for row in rows]

    def station_history(self, code: str, months) -> dict[str, MonthSubmission | None]:
        """The station's month for each of ``months`` (YYYY-MM strings), None where nothing
        was received; in the order given."""
        code = code.strip().upper()
        months = list(months)
        found = {}
        if months:
            rows = (Submission.select(Submission, RegisteredStation).join(RegisteredStation)
                    .where((Submission.station == code) & Submission.month.in_(months)
                           & Submission.current))
            approvals: dict[str, set[str]] = {}
            for a in Approval.select().where(Approval.month.in_(months)):
                approvals.setdefault(a.month, set()).add(a.station_code)
            first = dict(Submission.select(Submission.month, fn.MIN(Submission.received_at))
                         .where((Submission.station == code) & Submission.month.in_(months))
                         .group_by(Submission.month).tuples())
            for row in rows:
                found[row.month] = self._submission(
                    row, self.due_date(row.month).isoformat(), approvals.get(row.month, set()),
                    first.get(row.month))
        return {month: found.get(month) for month in months}

    def first_received(self, month: str) -> dict[str, str]:
        """When each station's first bundle of ``month`` arrived (on time is judged by it)."""
        rows = (Submission.select(Submission.station, fn.MIN(Submission.received_at))
                .where(Submission.month == month).group_by(Submission.station).tuples())
        return dict(rows)

    def histories(self, codes, months) -> dict[str, list[dict]]:
        """Each station's summaries (current revisions) of ``months``, in one query: what the
        checks compare a month with."""
        codes, months = list(codes), list(months)
        found: dict[str, list[dict]] = {}
        if not codes or not months:
            return found
        rows = (Submission.select(Submission.station, Submission.month, Submission.summary)
                .where(Submission.month.in_(months) & Submission.current)
                .order_by(Submission.month).tuples())
        wanted = set(codes)
        for code, _month, summary in rows:
            if code in wanted:
                found.setdefault(code, []).append(json.loads(summary))
        return found

    def revisions(self, code: str, month: str) -> list[Submission]:
        """Every revision held of a station's month, oldest first (for the station's page)."""
        return list(Submission.select().where((Submission.station == code.upper())
                                              & (Submission.month == month))
                    .order_by(Submission.revision))

    def _submission(self, row: Submission, due: str, approved: set[str],
                    first_received: str | None) -> MonthSubmission:
        # On time is judged by the first revision that arrived: a correction sent later
        # does not make a punctual station late.
        received_day = (first_received or row.received_at)[:10]
        return MonthSubmission(
            station=StationInfo.of(row.station), month=row.month, revision=row.revision,
            supersedes=row.supersedes, complete=bool(row.complete), as_of=row.as_of,
            generated_at=row.generated_at, received_at=row.received_at,
            on_time=received_day <= due,
            approved=bool(approved & {"", row.station.code}), summary=row.summary_dict(),
            file_name=row.file_name)


def _connect(folder: Path, db_url: str | None) -> tuple[Database, str]:
    if db_url and db_url.startswith(("postgresql://", "postgres://")):
        from playhouse.db_url import connect

        try:
            db = connect(db_url)
            db.connect(reuse_if_open=True)
        except Exception as exc:  # psycopg2's errors vary: any failure to reach the server
            raise DatabaseProblem(QT_TRANSLATE_NOOP(
                "Errors", "Cannot reach the district database {url}: {reason}"),
                url=without_password(db_url), reason=str(exc).strip()) from exc
        return db, db_url
    if db_url:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "\"{url}\" is not a database keeper can use: give a postgresql://… "
                      "address, or nothing for district.db in the district folder."),
            url=db_url)
    path = folder / DB_NAME
    db = SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False)
    db.connect(reuse_if_open=True)
    return db, str(path)


def without_password(url: str) -> str:
    head, sep, tail = url.partition("@")
    if not sep or ":" not in head.split("//", 1)[-1]:
        return url
    scheme, _, credentials = head.partition("//")
    return f"{scheme}//{credentials.split(':', 1)[0]}:***@{tail}"


def _configured_url(folder: Path) -> str | None:
    config = folder / CONFIG_NAME
    if not config.exists():
        return None
    try:
        return json.loads(config.read_text(encoding="utf-8")).get("db") or None
    except (ValueError, AttributeError) as exc:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is damaged: it should say which database the district uses."),
            path=config) from exc


def _bind(db: Database) -> None:
    current = district_database.obj
    if current is not None and current is not db and not current.is_closed():
        current.close()
    district_database.initialize(db)


def open_district(folder, db_url: str | None = None) -> DistrictStore:
    """Open an existing district folder (``keeper district init`` made it).

    ``db_url``: a postgresql://… address overriding the folder's own setting. Binds the
    district models to it (one open district per process: opening another closes the
    first). Refuses a folder with no district in it, and a store from a newer keeper.
    """
    folder = Path(folder).expanduser().resolve()
    url = db_url or _configured_url(folder)
    if not url and not (folder / DB_NAME).exists():
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "There is no district in {folder} yet: run keeper district init first."),
            folder=folder)
    db, where = _connect(folder, url)
    version = migrations.schema_version(db)
    if version > migrations.LATEST_VERSION:
        db.close()
        raise DatabaseProblem(QT_TRANSLATE_NOOP(
            "Errors", "The district database {path} was written by a newer version of keeper "
                      "(schema {found}; this keeper knows up to {known}). Install the newer "
                      "keeper to open it."),
            path=without_password(where), found=version, known=migrations.LATEST_VERSION)
    migrations.migrate(db)
    _bind(db)
    if not District.select().exists():
        db.close()
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "There is no district in {folder} yet: run keeper district init first."),
            folder=folder)
    store = DistrictStore(folder, db, where)
    store.received_dir.mkdir(parents=True, exist_ok=True)
    return store


def init_district(folder, name: str, code: str = "", db_url: str | None = None) -> DistrictStore:
    """Create the district (folder, store, its signing key). An existing district is kept:
    only its name and code change."""
    name = " ".join((name or "").split())
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Give the district a name."))
    folder = Path(folder).expanduser().resolve()
    folder.mkdir(parents=True, exist_ok=True)
    if db_url:
        _connect(folder, db_url)[0].close()  # refuse a bad address before writing anything
        (folder / CONFIG_NAME).write_text(json.dumps({"db": db_url}), encoding="utf-8")
    db, where = _connect(folder, db_url or _configured_url(folder))
    migrations.migrate(db)
    _bind(db)
    with db.atomic():
        row = District.get_or_none(District.id == 1)
        if row is None:
            private, public = signing.new_key_pair()
            District.create(id=1, name=name, code=code.strip().upper(),
                            created_at=clock.stamp(), private_key=private, public_key=public)
        else:
            District.update(name=name, code=code.strip().upper()).where(District.id == 1) \
                .execute()
    store = DistrictStore(folder, db, where)
    store.received_dir.mkdir(parents=True, exist_ok=True)
    return store


__all__ = ["ALL_MODELS", "DistrictError", "DistrictStore", "MonthSubmission", "StationInfo", "init_district",
           "open_district"]
