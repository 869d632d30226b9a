"""Reading spreadsheet-like files (CSV in any encoding Excel saves, or the first sheet of
an .xlsx) into one plain shape: a header row and numbered data rows.

What the file is comes from its bytes, not its name: a ledger e-mailed as "台账.csv" may
well be an .xlsx. Row numbers are the ones the attendant sees in Excel, so a message
"row 17" points at the right line. No Qt here: the CLI and the GUI both use it.
"""
from __future__ import annotations

import codecs
import csv
import gc
import hashlib
import io
import unicodedata
import warnings
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Iterator

from keeper.errors import QT_TRANSLATE_NOOP, KeeperError, UserError

DELIMITERS = (",", "\t", ";")
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # Excel 97-2003 .xls (and encrypted .xlsx)
_HEADER_SEARCH = 30  # how many non-empty rows may stand above the header (titles, notes)
_SAMPLE = 64 * 1024
SHARED_ABOVE = 2 * 1024 * 1024  # characters: a bigger CSV keeps each distinct cell text once


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, list]] = field(default_factory=list)  # (row number, cells)
    kind: str = "csv"  # csv | xlsx
    encoding: str = ""  # csv: utf-8, utf-8-sig, gb18030, utf-16
    delimiter: str = ""  # csv: one of DELIMITERS
    header_row: int = 1
    sheet: str = ""  # xlsx: the sheet read
    sha256: str = ""  # of the bytes read: what an import records of its file


@contextmanager
def rows_in_flight() -> Iterator[None]:
    """Python's cycle collector paused while a file's rows are read, checked and stored.
    Tens of thousands of rows are tens of thousands of fresh lists and tuples, which make
    the collector walk everything alive again and again (pypinyin's dictionaries too): it
    took ~0.4 s of a 100,000-row ledger's 2.6 s, 20-50 ms of a 20,000-person roster. The
    rows make no cycles: nothing waits to be collected, and it runs again afterwards."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


HeaderTest = Callable[[list], bool]
TICK_ROWS = 2000


def read_table(path: str | Path, is_header: HeaderTest | None = None,
               tick: Callable[[], None] | None = None) -> Table:
    """Read ``path``. The header is the first non-empty row that ``is_header`` accepts
    (rows above it are titles); without a match, the first row with two or more cells.
    ``tick()`` is called every few thousand rows (a window stays responsive; it may raise
    to stop)."""
    tick = tick or (lambda: None)
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {reason}"),
                        file=path, reason=exc.strerror or exc) from exc
    if data.startswith(_OLE):
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "{file} is an old Excel 97-2003 workbook (.xls) or a protected one. "
                      "Open it in Excel and save it as .xlsx or as CSV, then import that."),
            file=path.name)
    if data.startswith(_ZIP):
        table, rows = _read_xlsx(path, data, tick)
    else:
        table, rows = _read_csv(path, data, tick)
    table.sha256 = hashlib.sha256(data).hexdigest()
    return _with_header(table, rows, is_header, path)


def _with_header(table: Table, rows: list[tuple[int, list]], is_header: HeaderTest | None,
                 path: Path) -> Table:
    if not rows:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "{file} is empty: there is no row to "
                                                    "import."), file=path.name)
    start = None
    if is_header is not None:
        start = next((i for i, (_, cells) in enumerate(rows[:_HEADER_SEARCH])
                      if is_header(cells)), None)
    if start is None:  # a merged title row has one cell: the header is the first wider row
        start = next((i for i, (_, cells) in enumerate(rows[:_HEADER_SEARCH])
                      if sum(1 for c in cells if c != "") >= 2), 0)
    number, header_cells = rows[start]
    table.header_row = number
    table.headers = [_text(c) for c in header_cells]
    width = len(table.headers)
    body = rows[start + 1:]
    if min(map(len, map(itemgetter(1), body)), default=width) < width:
        for _, cells in body:  # short rows (Excel drops trailing empty cells) get blanks
            if len(cells) < width:
                cells.extend([""] * (width - len(cells)))
    table.rows = body
    return table


def _text(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def _clean(cell: str) -> str:
    # NFKC folds full-width digits and punctuation (２０２６，喝水) into ASCII.
    return unicodedata.normalize("NFKC", cell).strip()


class _Cleaned(dict):
    """Cell text -> cleaned text. A ledger repeats its cells (dates, services, groups), so
    each distinct text is normalised once: this keeps 100,000 rows fast."""

    def __missing__(self, cell: str) -> str:
        # _clean inlined: names and phones are all different, each one comes here.
        value = self[cell] = unicodedata.normalize("NFKC", cell).strip()
        return value


# -- CSV ----------------------------------------------------------------------------------
def _decode(data: bytes, path: Path) -> tuple[str, str]:
    """UTF-8 (with or without BOM), UTF-16 with BOM ("Unicode text"), else GB18030, which
    is a superset of GBK and GB2312: what Excel saves as CSV on a Chinese Windows."""
    if data.startswith(codecs.BOM_UTF8):
        candidates = ("utf-8-sig",)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ("utf-16",)
    else:
        candidates = ("utf-8", "gb18030")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:  # NUL bytes: a binary file, not text
            return text, encoding
    raise UserError(QT_TRANSLATE_NOOP(
        "Errors", "{file} is neither a CSV text file (UTF-8 or GBK) nor an Excel workbook "
                  "(.xlsx). Save it from Excel as CSV or .xlsx and import that."),
        file=path.name)


def _delimiter(text: str) -> str:
    """The separator that splits the most rows into the same number of cells.

    Counting characters is fooled by 喝水;休息 in a comma file; a consistent column count
    over the first rows is not (the service text varies from row to row, the columns don't).
    """
    sample = text[:_SAMPLE]
    lines = io.StringIO(sample, newline="").readlines()
    if len(sample) < len(text) and len(lines) > 1:
        lines = lines[:-1]  # cut mid-line
    lines = [line for line in lines if line.strip()][:50]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        common = Counter(w for w in widths if w > 1).most_common(1)
        if common:
            width, rows = common[0]
            if (rows, width) > best_score:
                best, best_score = delimiter, (rows, width)
    return best


# The whitespace NFKC leaves as it is (the rest it turns into a space): "\t\n\x0b\x0c\r"
# "\x1c\x1d\x1e\x1f \x85\u1680\u2028\u2029"; of these, what is not a space or a line break.
_ODD_SPACES = "\t\x0b\x0c\x1c\x1d\x1e\x1f\x85\u1680\u2028\u2029"


def _clean_already(text: str, delimiter: str) -> bool:
    """Whether _clean would give every cell of ``text`` back as it is. Without quotes a
    cell is the text between delimiters and line breaks; a piece of an NFKC text is NFKC
    too; then only a space next to a delimiter, a line break or an end would be stripped."""
    if ('"' in text or any(space in text for space in _ODD_SPACES)
            or not unicodedata.is_normalized("NFKC", text)):
        return False
    return " " not in text or not (text.startswith(" ") or text.endswith(" ") or any(
        pair in text for pair in (" " + delimiter, delimiter + " ", " \n", "\n ", " \r", "\r ")))


def _tidy_cells(text: str, delimiter: str) -> Callable[[list], list] | None:
    """What a row's cells go through: cleaned, each distinct text once (``_Cleaned``); or,
    when ``text`` has nothing to clean, nothing (None), except that a big file (a year's
    ledger repeats its dates and services hundreds of thousands of times) still keeps each
    distinct text once: then memory stays what the distinct texts need."""
    if not _clean_already(text, delimiter):
        clean = _Cleaned().__getitem__
        return lambda cells: list(map(clean, cells))
    if len(text) <= SHARED_ABOVE:
        return None
    same = {}.setdefault
    return lambda cells: list(map(same, cells, cells))


def _read_csv(path: Path, data: bytes,
              tick: Callable[[], None]) -> tuple[Table, list[tuple[int, list]]]:
    text, encoding = _decode(data, path)
    delimiter = _delimiter(text)
    rows = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    tidy = _tidy_cells(text, delimiter)
    try:
        # One record is one spreadsheet row, even when a quoted cell spans lines.
        for number, cells in enumerate(reader, start=1):
            if number % TICK_ROWS == 0:
                tick()
            if tidy is not None:
                cells = tidy(cells)
            if any(cells):
                rows.append((number, cells))
    except csv.Error as exc:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "{file} cannot be read as CSV near row {row}: {reason}"),
            file=path.name, row=number + 1, reason=exc) from exc
    return Table([], kind="csv", encoding=encoding, delimiter=delimiter), rows


# -- xlsx ---------------------------------------------------------------------------------
def _xlsx_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str):
        return _clean(value)
    return value  # numbers, dates, datetimes, times: the parser reads them as they are


def _read_xlsx(path: Path, data: bytes,
               tick: Callable[[], None]) -> tuple[Table, list[tuple[int, list]]]:
    import openpyxl  # only when an .xlsx comes: keeps the CLI's start quick

    try:
        # openpyxl warns about styles and extensions it skips; they do not matter here.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # From the bytes: openpyxl refuses a workbook whose name does not end in .xlsx.
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                if not book.worksheets:
                    raise UserError(QT_TRANSLATE_NOOP("Errors", "{file} has no worksheet."),
                                    file=path.name)
                sheet = book.worksheets[0]
                # Some programs write a wrong sheet size; read what is really there.
                sheet.reset_dimensions()
                rows = []
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                    if number % TICK_ROWS == 0:
                        tick()
                    cells = [_xlsx_cell(v) for v in values]
                    # Merged cells in read-only mode: the value sits in the first cell only.
                    if any(c != "" for c in cells):
                        while cells and cells[-1] == "":
                            cells.pop()
                        rows.append((number, cells))
                title = sheet.title
            finally:
                book.close()
    except KeeperError:  # ours, or a cancel raised by tick()
        raise
    except Exception as exc:  # noqa: BLE001 - any failure inside a damaged zip/XML is the file's
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "{file} is not an Excel workbook keeper can read ({reason}). Open it in "
                      "Excel and save it again as .xlsx or CSV."),
            file=path.name, reason=exc.__class__.__name__) from exc
    return Table([], kind="xlsx", sheet=title), rows
