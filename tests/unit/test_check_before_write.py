"""The window opens the database without its quick check and checks on a worker once it is
painted. A write that comes before that check is done runs the check first: nothing is
added to a damaged ledger, however quick the attendant is."""
from __future__ import annotations

from datetime import date, time

import pytest

from keeper.core import ledger
from keeper.core.database import check_done, close_database, open_checked
from keeper.core.ledger import NewVisit
from keeper.errors import DatabaseProblem
from keeper.store.models import Visit, database
from tests.support.ledgers import write_many_visits


def _water() -> NewVisit:
    return NewVisit(services=["water"], group="rider", day=date(2026, 10, 30), at=time(9, 0))


def test_the_first_write_before_the_check_runs_it_and_a_damaged_ledger_takes_nothing(tmp_path):
    path = tmp_path / "keeper.db"
    write_many_visits(path)
    size = path.stat().st_size
    with open(path, "r+b") as handle:  # a damaged page in the middle of the visits
        handle.seek(size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 1024)
    try:
        assert open_checked(path, check=False) == []  # opened: the check is still to come
        assert database.obj.check_pending
        with pytest.raises(DatabaseProblem, match="is damaged"):
            ledger.log_visit(_water())
        with pytest.raises(DatabaseProblem, match="is damaged"):  # and the next one too
            ledger.log_visit(_water())
        assert database.obj.check_pending
    finally:
        close_database()


def test_on_a_healthy_ledger_the_first_write_checks_once_and_is_kept(tmp_path, monkeypatch):
    from keeper.store import connection

    path = tmp_path / "keeper.db"
    write_many_visits(path, 50)
    checks = []
    real = connection.quick_check
    monkeypatch.setattr(connection, "quick_check", lambda db=None: checks.append(1) or real(db))
    try:
        open_checked(path, check=False)
        assert Visit.select().count() == 50 and not checks  # reading needs no check
        first = ledger.log_visit(_water())
        second = ledger.log_visit(_water())
        assert checks == [1] and not database.obj.check_pending
        assert {v.id for v in Visit.select().where(Visit.date == "2026-10-30")} == {first, second}
    finally:
        close_database()


def test_once_the_window_s_check_is_done_writes_need_no_other(tmp_path, monkeypatch):
    from keeper.store import connection

    path = tmp_path / "keeper.db"
    write_many_visits(path, 50)
    try:
        open_checked(path, check=False)
        check_done()  # what the window does when its worker found the ledger healthy
        monkeypatch.setattr(connection, "quick_check", lambda db=None: pytest.fail("checked"))
        ledger.log_visit(_water())
    finally:
        close_database()
