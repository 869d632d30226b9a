"""District tests run on both engines: SQLite, and a real PostgreSQL server whose address
is in KEEPER_TEST_PG (.ci/run starts a throwaway cluster and sets it). Outside CI a missing
server skips the PostgreSQL half; in CI (CI=true) it fails."""
from __future__ import annotations

import os

import pytest

PG_ENV = "KEEPER_TEST_PG"


def reset_postgres(url: str) -> None:
    """An empty database for each test: drop everything the last test made."""
    import psycopg2

    connection = psycopg2.connect(url)
    try:
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    finally:
        connection.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_url(request):
    """None for SQLite (district.db in the folder), else the PostgreSQL address."""
    if request.param == "sqlite":
        yield None
        return
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{PG_ENV} is not set: .ci/run must start PostgreSQL for these tests")
        pytest.skip(f"no PostgreSQL server ({PG_ENV} not set)")
    reset_postgres(url)
    yield url


@pytest.fixture
def district(tmp_path, engine_url):
    """A new district folder on the engine under test."""
    from keeper.district.models import district_database
    from keeper.district.store import init_district

    store = init_district(tmp_path / "district", "朝阳区", "CY", db_url=engine_url)
    yield store
    store.close()
    district_database.initialize(None)
