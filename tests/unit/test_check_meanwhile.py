"""The quick check that runs while an export reads the month (store.healthy_meanwhile): a
healthy ledger passes, a damaged one stops the export before any file is written, with the
same "damaged" message as before, whatever the reading met first."""
from __future__ import annotations

import sqlite3
import threading
from datetime import datetime

import pytest

from keeper import paths, settings
from keeper.core import clock
from keeper.errors import DatabaseProblem, UserError
from keeper.reports.export import export_month
from keeper.store import connection
from keeper.store.connection import close_database, healthy_meanwhile, open_database
from keeper.store.models import ExportRecord, Visit
from tests.cli.faults import damage_date_index


def _checks_alive() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name == "keeper-quick-check"]


@pytest.fixture
def october(db, station, pinned_now):
    """3,000 visits in October (enough for the date index to have many pages); November."""
    rows = [(f"2026-10-{1 + i % 28:02d}", f"{8 + i % 12:02d}:00", "rider", 1, "", "x", "x")
            for i in range(3000)]
    db.execute_sql("BEGIN")
    db.connection().executemany(
        "INSERT INTO visit (date, time, group_code, count, note, created_at, changed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    db.execute_sql("COMMIT")
    clock.pin(datetime(2026, 11, 3, 9, 0).astimezone())
    return db


def _damage(index: str):
    path = paths.db_path()
    close_database()
    damage_date_index(path, index)
    open_database(path, migrate=False)
    return path


@pytest.fixture
def damaged(october):
    return _damage("visit_by_date")


@pytest.fixture
def damaged_elsewhere(october):
    """Damage the export's reads never meet: only the check finds it."""
    return _damage("visit_by_created")


def test_a_healthy_ledger_passes_and_the_check_is_gone_after(october):
    with healthy_meanwhile() as require:
        assert Visit.select().count() == 3000
        require()
    assert _checks_alive() == []


def test_a_damaged_ledger_is_refused_when_required(damaged):
    with pytest.raises(DatabaseProblem, match="is damaged"):
        with healthy_meanwhile() as require:
            assert Visit.select().count() == 3000  # the table itself reads fine
            require()
    assert _checks_alive() == []


def test_a_read_that_meets_the_damage_says_damaged_not_the_read_error(damaged):
    with pytest.raises(DatabaseProblem, match="is damaged") as caught:
        with healthy_meanwhile():
            connection.database.execute_sql(
                "SELECT date, id FROM visit INDEXED BY visit_by_date ORDER BY date").fetchall()
    assert isinstance(caught.value.__context__, sqlite3.DatabaseError)


def test_another_error_on_a_healthy_ledger_is_left_as_it_is(october):
    with pytest.raises(UserError):
        with healthy_meanwhile():
            raise UserError("Set the station profile first: the code names the report files.")
    assert _checks_alive() == []


def test_without_a_reader_connection_the_open_database_is_checked(damaged, monkeypatch):
    def refused():
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(connection, "read_connection", refused)
    with pytest.raises(DatabaseProblem, match="is damaged"):
        with healthy_meanwhile() as require:
            require()


@pytest.mark.parametrize("where", ["damaged", "damaged_elsewhere"])
def test_the_export_of_a_damaged_month_writes_nothing(where, request, tmp_path):
    request.getfixturevalue(where)
    out = tmp_path / "out"
    assert not settings.get(settings.VISITOR_KEY_SECRET)  # the first export would store it
    with pytest.raises(DatabaseProblem, match="is damaged"):
        export_month("2026-10", out)
    assert not out.exists() or list(out.iterdir()) == []
    assert not settings.get(settings.VISITOR_KEY_SECRET)  # nor into the database
    assert ExportRecord.select().count() == 0
    assert _checks_alive() == []


def test_the_export_of_a_healthy_month_still_writes_its_three_files(october, tmp_path, qapp):
    result = export_month("2026-10", tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        p.name for p in result.files) == ["CY-017_2026-10.pdf", "CY-017_2026-10.xlsx",
                                          "CY-017_2026-10_r1.zip"]
