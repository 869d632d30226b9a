"""Writing an output file so that its final name only ever holds a whole file.

Every file keeper hands to a person (the workbook, the PDF, the district bundle, the
rejects CSV) is written to ``.<name>.<random>.part`` in the same folder, checked to be
whole (a full disk can cut a file short without any error reaching the writer), flushed
to the disk, then renamed over the final name. A killed program leaves only a ``.part``
file, which the next write into that folder removes once it is an hour old.

Also here: CSV cells that a spreadsheet would run as a formula are neutralised (OWASP).
No Qt.
"""
from __future__ import annotations

import csv
import errno
import io
import logging
import os
import shutil
import tempfile
import time
import zipfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

from keeper.core.dbfile import environment_problem, fsync
from keeper.errors import QT_TRANSLATE_NOOP, EnvironmentProblem, KeeperError

log = logging.getLogger(__name__)

PART_SUFFIX = ".part"
NEARLY_FULL = 1024 * 1024  # bytes free below which a cut-short file means a full disk
STALE_AFTER = 3600  # seconds: an older .part file belongs to no running export

_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Errors", "{file} did not read back whole after writing ({detail}), so it was not saved. "
              "The disk may be full or failing: free some space or choose another folder, "
              "then try again.")


class Incomplete(Exception):
    """A written file that is not whole (a verifier's verdict)."""


def os_error_in(exc: BaseException) -> OSError | None:
    """The OSError behind ``exc``: libraries wrap it (xlsxwriter's FileCreateError)."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError):
            return exc
        inner = next((a for a in getattr(exc, "args", ()) if isinstance(a, OSError)), None)
        exc = inner or exc.__cause__ or exc.__context__
    return None


def clean_stale_parts(folder: str | os.PathLike, *, older_than: float = STALE_AFTER) -> list[Path]:
    """Remove ``.*.part`` files left in ``folder`` by a killed write; return them. Recent ones
    may belong to a write still running, so they stay."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        if not (entry.name.startswith(".") and entry.name.endswith(PART_SUFFIX)):
            continue
        try:
            if entry.is_file() and now - entry.stat().st_mtime > older_than:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError as exc:
            log.warning("cannot remove the stale %s: %s", entry.path, exc)
    return removed


@contextmanager
def atomic_write(path: str | os.PathLike,
                 verify: Callable[[Path], None] | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` (its folder made if missing) to write into.
    Then ``verify(temp)`` (raises ``Incomplete`` when the file is not whole), fsync, rename
    over ``path``, fsync the folder. On any failure the temporary file is removed and a
    machine error (full disk, read-only folder, missing stick) becomes an
    ``EnvironmentProblem``."""
    path = Path(path)
    folder = path.parent
    temp: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        clean_stale_parts(folder)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PART_SUFFIX, dir=folder)
        os.close(handle)
        temp = Path(name)
        yield temp
        if temp.stat().st_size == 0:
            raise Incomplete("0 bytes")
        if verify is not None:
            verify(temp)
        umask = os.umask(0)  # mkstemp makes the file private (0600); an output is ordinary
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        fsync(temp)
        os.replace(temp, path)
        fsync(folder, folder=True)
        temp = None
    except Incomplete as bad:
        if _nearly_full(folder):  # QPdfWriter cuts a PDF short on a full disk, silently
            raise environment_problem(OSError(errno.ENOSPC, "disk full"), folder) from bad
        raise EnvironmentProblem(_INCOMPLETE, file=path, detail=str(bad)) from bad
    except KeeperError:
        raise
    except BaseException as exc:
        os_error = os_error_in(exc)
        if os_error is None:
            raise
        raise environment_problem(os_error, folder) from exc
    finally:
        if temp is not None:
            try:
                temp.unlink()
            except OSError:
                pass


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL
    except OSError:
        return False


def write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically, checked to have every byte."""
    def verify(temp: Path) -> None:
        if temp.stat().st_size != len(data):
            raise Incomplete(f"{temp.stat().st_size} of {len(data)} bytes")

    with atomic_write(path, verify) as temp:
        with open(temp, "wb") as out:
            out.write(data)
    return Path(path)


# -- verifiers: the file's own structure says whether it is whole ---------------------------
def verify_zip(temp: Path) -> None:
    """A zip (xlsx, bundle): the central directory is there and every member's CRC holds."""
    try:
        with zipfile.ZipFile(temp) as archive:
            broken = archive.testzip()
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise Incomplete(str(exc)) from exc
    if broken is not None:
        raise Incomplete(f"{broken} is damaged")


def verify_pdf(temp: Path) -> None:
    """A PDF begins with ``%PDF-`` and its last lines hold ``%%EOF``."""
    with open(temp, "rb") as handle:
        head = handle.read(5)
        handle.seek(max(0, temp.stat().st_size - 1024))
        tail = handle.read()
    if head != b"%PDF-" or b"%%EOF" not in tail:
        raise Incomplete("no PDF end marker")


# -- CSV ------------------------------------------------------------------------------------
# A spreadsheet runs a cell starting with these as a formula (=HYPERLINK(...) exfiltrates).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """OWASP's CSV-injection rule: text that a spreadsheet would take as a formula gets a
    leading apostrophe (shown as text, nothing run). Numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_text(rows: Iterable[Iterable], *, lineterminator: str = "\r\n") -> tuple[str, int]:
    """Rows as CSV text, every cell neutralised; and how many rows were written."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator=lineterminator)
    count = 0
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
        count += 1
    return buffer.getvalue(), count
