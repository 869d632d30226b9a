"""The legacy ledger import (DESIGN §3): a station's old Excel/CSV ledgers into visits.

All or nothing, in one transaction. Each row carries an ``import_key``: the hash of what
it says plus how many identical rows came before it in the same file. So two identical
rows are two visits, and importing the same file again, or one that overlaps it, adds
nothing twice. An import is a batch that can be undone as a whole (its visits voided,
never deleted). Visits are written by ``ledger.store_visits``, the counter's own path,
in chunks of ``executemany``.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Callable

from peewee import fn

from keeper.core import audit, clock, months
from keeper.core.import_rows import (
    Column,
    Message,
    Rejection,
    Row,
    RowParser,
    looks_like_header,
    map_columns,
)
from keeper.core.directory import VisitorDetails, ids_by_phone, register_many
from keeper.core.files import csv_text, write_bytes
from keeper.core.ledger import VisitRecord, store_visits
from keeper.core.tabular import read_table, rows_in_flight
from keeper.errors import QT_TRANSLATE_NOOP, EnvironmentProblem, UserError
from keeper.store.connection import page_cache
from keeper.store.models import ImportBatch, Visit, database

PARSE_STEP = 1000
PREVIEW_ROWS = 50
UNDO_REASON = "import undone"
_IN_CHUNK = 900  # SQLite's variable limit is 999 on old builds


Progress = Callable[[int, int], None]


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was "
                                                     "stored."))


@dataclass
class ImportResult:
    file_name: str
    sha256: str
    kind: str  # csv | xlsx
    encoding: str  # csv: how it was decoded
    delimiter: str  # csv: the separator found
    sheet: str  # xlsx: the sheet read
    header_row: int  # the row naming the columns (titles may stand above it)
    headers: list[str]
    columns: list[Column]
    rows_read: int = 0
    understood: int = 0  # rows that could be stored (new or imported before)
    new_rows: int = 0  # of those, not imported before: what an import adds
    already: int = 0  # imported before: skipped
    new_visitors: int = 0  # phones not yet in the directory
    preview: list[Row] = field(default_factory=list)  # the first new rows, as stored
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    dry_run: bool = False
    refused: bool = False  # rejected rows without skip_bad: nothing stored
    added: int = 0
    batch_id: int | None = None


@dataclass(frozen=True)
class Batch:
    id: int
    kind: str
    file_name: str
    sha256: str
    rows_added: int
    imported_at: str
    undone_at: str | None


class _Steps:
    """Progress and cancel in one place: a cancel is an exception, so the transaction
    around the store phase rolls back by itself."""

    def __init__(self, progress: Progress | None, cancel: Callable[[], bool] | None) -> None:
        self.progress, self.cancel, self.total = progress, cancel, 0

    def __call__(self, done: int) -> None:
        if self.cancel is not None and self.cancel():
            raise ImportCancelled()
        if self.progress is not None:
            self.progress(done, self.total)


def _require(columns: list[Column]) -> None:
    fields = {c.field for c in columns}
    missing = []
    if not fields & {"date", "datetime"}:
        missing.append("日期 (date)")
    if "services" not in fields:
        missing.append("服务项目 (services)")
    if missing:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The ledger has no {columns} column. The first row of the sheet must "
                      "name the columns, e.g. 日期, 时间, 服务项目, 身份, 人次."),
            columns=", ".join(missing))


def _chunks(items: list, size: int = _IN_CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _existing_keys(keys: list[str]) -> set[str]:
    conn = database.connection()
    visits = conn.execute("SELECT COALESCE(MAX(id), 0) FROM visit").fetchone()[0]
    if visits <= len(keys):  # fewer visits than keys asked (a first import): read each once
        wanted = set(keys)
        return {k for (k,) in conn.execute(
            "SELECT import_key FROM visit WHERE import_key IS NOT NULL") if k in wanted}
    found: set[str] = set()
    for part in _chunks(keys):
        marks = ",".join("?" * len(part))
        found.update(k for (k,) in conn.execute(
            f"SELECT import_key FROM visit WHERE import_key IN ({marks})", part))
    return found


def _warnings(parser: RowParser, digest: str) -> list[Message]:
    found = []
    for text, rows in parser.unknown_groups.items():
        found.append(Message(QT_TRANSLATE_NOOP(
            "Import", "Unknown group \"{text}\" (rows: {count}, the first is row {row}): stored "
                      "as other, the text kept in the note."), {"text": text, "count": len(rows),
                                                             "row": rows[0]}))
    if parser.names_without_phone:
        found.append(Message(QT_TRANSLATE_NOOP(
            "Import", "Rows with a name but no phone: {count}. Their visits are stored without "
                      "a visitor (visitors are matched by phone)."),
            {"count": parser.names_without_phone}))
    before = (ImportBatch.select().where((ImportBatch.sha256 == digest)
                                         & ImportBatch.undone_at.is_null())
              .order_by(ImportBatch.id.desc()).first())
    if before is not None:
        found.append(Message(QT_TRANSLATE_NOOP(
            "Import", "This file was imported before, on {when} (import #{id})."),
            {"when": before.imported_at[:16].replace("T", " "), "id": before.id}))
    return found


def import_ledger(path: str | Path, *, dry_run: bool = False, skip_bad: bool = False,
                  progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
                  before_store: Callable[[ImportResult], None] | None = None) -> ImportResult:
    """Read, understand and (unless ``dry_run``) store a legacy ledger.

    With rejected rows and not ``skip_bad`` nothing is stored and ``refused`` is set.
    ``progress(done, total)`` is called as work goes on; ``cancel()`` returning True
    stops and stores nothing. ``before_store(result)`` runs after the rows are understood
    and before anything is written (the CLI writes the rejects file there: if that fails,
    nothing is imported).
    """
    with rows_in_flight():
        return _import(Path(path), dry_run, skip_bad, _Steps(progress, cancel), before_store)


def _import(path: Path, dry_run: bool, skip_bad: bool, steps: _Steps,
            before_store: Callable[[ImportResult], None] | None) -> ImportResult:
    # steps.total is 0 while reading: "busy", the length unknown
    table = read_table(path, looks_like_header, tick=lambda: steps(0))
    columns = map_columns(table.headers)
    _require(columns)
    result = ImportResult(
        file_name=path.name, sha256=table.sha256, kind=table.kind,
        encoding=table.encoding, delimiter=table.delimiter, sheet=table.sheet,
        header_row=table.header_row, headers=table.headers, columns=columns,
        rows_read=len(table.rows), dry_run=dry_run)
    steps.total = result.rows_read * (1 if dry_run else 2)  # understanding, then storing
    parser = RowParser(columns, clock.now(), frozenset(months.closed_months()))
    good: list[Row] = []
    keep, reject, parse = good.append, result.rejected.append, parser.parse
    for start in range(0, result.rows_read, PARSE_STEP):
        steps(start)
        for number, cells in table.rows[start:start + PARSE_STEP]:
            parsed = parse(number, cells)
            (keep if type(parsed) is Row else reject)(parsed)
    steps(result.rows_read)
    # The file's cells (a rejected row keeps its own) and, below, the row contents counted
    # for the keys are let go before the write's bigger page cache: the same peak memory.
    del table

    seen: dict[str, int] = {}  # a plain dict: Counter calls Python for each new content
    keys = []
    for row in good:
        content = row.content()
        seen[content] = times = seen.get(content, 0) + 1
        keys.append(hashlib.sha256(f"{content}\x1e{times}".encode()).hexdigest())
    del seen
    existing = _existing_keys(keys)
    fresh = [(row, key) for row, key in zip(good, keys) if key not in existing]
    phones = list(dict.fromkeys(row.phone for row, _ in fresh if row.phone))
    known = ids_by_phone(phones)
    result.understood, result.new_rows = len(good), len(fresh)
    result.already = len(good) - len(fresh)
    result.new_visitors = len(phones) - len(known)
    result.preview = [row._replace(platform=row.platform or known.get(row.phone, (0, ""))[1])
                      for row, _ in fresh[:PREVIEW_ROWS]]
    result.warnings = _warnings(parser, result.sha256)
    if dry_run:
        return result
    if result.rejected and not skip_bad:
        result.refused = True
        return result
    if before_store is not None:
        before_store(result)
    if fresh:
        with page_cache(32):
            _store(result, fresh, known, steps, path.name)
    return result


def _store(result: ImportResult, fresh: list[tuple[Row, str]],
           known: dict[str, tuple[int, str]], steps: _Steps, file_name: str) -> None:
    stamp = clock.stamp()
    base = result.rows_read
    with database.atomic():
        batch = ImportBatch.create(kind="ledger", file_name=file_name, sha256=result.sha256,
                                   rows_added=0, imported_at=stamp)
        # The write lock is held from here. Another keeper (the window and the command line
        # at once) may have stored some of these rows or phones since they were read.
        taken = _existing_keys([key for _, key in fresh])
        if taken:
            fresh = [(row, key) for row, key in fresh if key not in taken]
            result.already += len(taken)
        people: dict[str, VisitorDetails] = {}  # the first row with a phone names its visitor
        for row, _ in fresh:
            if row.phone and row.phone not in known and row.phone not in people:
                people[row.phone] = VisitorDetails(name=row.name, phone=row.phone,
                                                   group=row.group, platform=row.platform)
        known.update(ids_by_phone(list(people)))
        steps(base)
        newcomers = [person for person in people.values() if person.phone not in known]
        known.update((phone, (visitor_id, "")) for phone, visitor_id
                     in register_many(newcomers, source="import").items())
        result.new_visitors = len(newcomers)
        no_visitor = (None, "")
        records = [VisitRecord(
            date=row.date, time=row.time, group=row.group, services=row.services,
            count=row.count, visitor_id=(known.get(row.phone, no_visitor) if row.phone
                                         else no_visitor)[0],
            note=row.note, platform=row.platform, created_at=stamp,
            import_batch_id=batch.id, import_key=key) for row, key in fresh]
        store_visits(records, tick=lambda done: steps(base + done * base // len(fresh)))
        steps(2 * base)
        ImportBatch.update(rows_added=len(fresh)).where(ImportBatch.id == batch.id).execute()
        audit.record("import", "import_batch", batch.id, new={
            "kind": "ledger", "file_name": file_name, "sha256": result.sha256,
            "rows_added": len(fresh), "rows_skipped": result.already,
            "rows_rejected": len(result.rejected), "visitors_added": result.new_visitors})
    result.added, result.batch_id = len(fresh), batch.id


def undo_import(batch_id: int) -> int:
    """Void every visit of an import ("import undone"), free its rows to be imported
    again, and mark the batch undone. Returns the number of visits voided."""
    with database.atomic():
        batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
        if batch is None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Import #{id} does not exist."),
                            id=batch_id)
        if batch.undone_at is not None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "Import #{id} was already undone."),
                            id=batch_id)
        stamp = clock.stamp()
        live = (Visit.import_batch == batch_id) & Visit.voided_at.is_null()
        closed = months.closed_months()
        if closed:  # a void in a closed month is a correction the district must see
            for visit_id, day in (Visit.select(Visit.id, Visit.date)
                                  .where(live & fn.substr(Visit.date, 1, 7).in_(closed))
                                  .tuples()):
                months.record_correction(visit_id, [day], "void", UNDO_REASON)
        voided = (Visit.update(voided_at=stamp, void_reason=UNDO_REASON, changed_at=stamp)
                  .where(live).execute())
        Visit.update(import_key=None).where(Visit.import_batch == batch_id).execute()
        ImportBatch.update(undone_at=stamp).where(ImportBatch.id == batch_id).execute()
        audit.record("undo", "import_batch", batch_id, reason=UNDO_REASON,
                     old={"undone": False}, new={"undone": True, "visits_voided": voided})
    return voided


def import_batches(kind: str | None = "ledger") -> list[Batch]:
    """The imports made, newest first (``kind`` None: ledgers and rosters)."""
    query = ImportBatch.select().order_by(ImportBatch.id.desc())
    if kind is not None:
        query = query.where(ImportBatch.kind == kind)
    return [Batch(b.id, b.kind, b.file_name, b.sha256, b.rows_added, b.imported_at,
                  b.undone_at) for b in query]


# -- the rejects file ---------------------------------------------------------------------
def cell_text(value: Any) -> str:
    """A cell as the ledger showed it (Excel dates and times included)."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M" if value.time() != time(0) else "%Y-%m-%d")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def write_rejects(result: ImportResult, target: str | Path,
                  translate: Callable[[str, str], str] = lambda c, t: t) -> Path:
    """The rejected rows with their original columns and a reason column, as CSV in UTF-8
    with a BOM (Excel then opens it in the right encoding). Written atomically and checked
    whole (keeper.core.files); text a spreadsheet would run as a formula is neutralised.
    Fixed, the file can be imported as it is (the reason column is not a known column, so
    it is ignored)."""
    target = Path(target)
    row_text = translate("Import", "row {row}: {reason}")

    def rows():
        yield [*result.headers, translate("Import", "reason")]
        for rejection in result.rejected:
            values = [cell_text(v) for v in rejection.values]
            values += [""] * (len(result.headers) - len(values))
            yield [*values, row_text.format(row=rejection.number,
                                            reason=rejection.reason.message(translate))]

    text, _count = csv_text(rows())  # a cell like =HYPERLINK(…) is neutralised, not run
    try:
        write_bytes(target, "\ufeff".encode() + text.encode("utf-8"))
    except EnvironmentProblem:
        raise
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Cannot write {file}: {reason}"),
                        file=target, reason=exc.strerror or exc) from exc
    return target
