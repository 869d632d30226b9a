"""Shared fixtures. Every test gets its own data folder; GUI tests run offscreen."""
from __future__ import annotations

import json
import os
import tempfile

# Before Qt is imported anywhere: no display needed, and the same rendering on every machine.
# The offscreen screen defaults to 800x800, smaller than a station PC: give it 1600x1000.
_SCREEN = os.path.join(tempfile.gettempdir(), "keeper-test-screen.json")
with open(_SCREEN, "w", encoding="utf-8") as _file:
    json.dump({"screens": [{"name": "station-pc", "x": 0, "y": 0, "width": 1600, "height": 1000,
                            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}, _file)
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.setdefault("QT_SCALE_FACTOR", "1")

from datetime import datetime  # noqa: E402

import pytest  # noqa: E402

from keeper import paths  # noqa: E402
from keeper.core import clock  # noqa: E402
from keeper.store.connection import close_database, open_database  # noqa: E402

pytest_plugins = ["tests.support.fixtures"]

# A fixed "now" for tests that need one: a Thursday afternoon in the middle of a month.
NOW = datetime(2026, 10, 15, 14, 30)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Point keeper at an empty data folder for the duration of a test."""
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.ENV_VAR, str(folder))
    paths.set_data_dir(None)
    yield folder
    close_database()
    paths.set_data_dir(None)
    clock.pin(None)


@pytest.fixture
def db(data_dir):
    """A fresh, migrated database in the test's data folder."""
    paths.ensure_data_dirs()
    database = open_database(paths.db_path())
    yield database
    close_database()


@pytest.fixture
def pinned_now():
    clock.pin(NOW.astimezone())
    yield NOW.astimezone()
    clock.pin(None)


@pytest.fixture
def station(db):
    """A station profile, as after the first-run setup."""
    from keeper.core.station import StationProfile, set_station

    return set_station(StationProfile("CY-017", "望京街道暖心驿站", "朝阳区", "望京西路 1 号"))
