"""DESIGN §2 held by a test: layers, no import cycles, no private names taken from another
module. The checker reads the source (tests/support/architecture.py); each rule is also
shown failing on a deliberately broken copy of the package."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.architecture import problems

PACKAGE = Path(__file__).resolve().parents[2] / "keeper"


def test_the_package_keeps_the_house_rules():
    assert problems(PACKAGE) == []


@pytest.fixture
def copy(tmp_path) -> Path:
    target = tmp_path / "keeper"
    shutil.copytree(PACKAGE, target, ignore=shutil.ignore_patterns("__pycache__"))
    assert problems(target) == []  # the copy starts clean: what follows is the injection
    return target


def _inject(root: Path, module: str, code: str) -> None:
    path = root.joinpath(*module.split(".")[1:]).with_suffix(".py")
    path.write_text(path.read_text(encoding="utf-8") + "\n\n" + code + "\n", encoding="utf-8")


@pytest.mark.parametrize("module, code, expected", [
    # Today's violations before this rule existed, each put back into the copy:
    ("keeper.reports.common", "from keeper.store.models import database",
     "keeper.reports.common:"),
    ("keeper.ui.visitors.screen", "def person(i):\n    from keeper.store.models import Visitor\n"
                                  "    return Visitor.get_by_id(i)",
     "ui imports keeper.store.models"),
    ("keeper.cli.commands", "def check():\n    from keeper.store import migrations",
     "cli imports keeper.store.migrations"),
    ("keeper.core.visitors", "def search_visitors(text):\n"
                             "    from keeper.core.directory import search",
     "import cycle: keeper.core.directory -> keeper.core.visitors -> keeper.core.directory"),
    ("keeper.core.appeals", "from keeper.core.stats import MonthSummary",
     "keeper.core.appeals -> keeper.core.stats"),
    ("keeper.core.directory_changes", "from keeper.core.directory import _tidy",
     "imports the private _tidy of keeper.core.directory"),
    # The other rules of §2:
    ("keeper.core.ledger", "def tick():\n    from PySide6.QtCore import QTimer",
     "core imports PySide6.QtCore (no Qt below reports)"),
    ("keeper.store.models", "from keeper.core import clock", "store imports keeper.core.clock"),
    ("keeper.reports.pdf", "from PySide6.QtWidgets import QWidget",
     "reports imports PySide6.QtWidgets (QtGui only, no widgets)"),
    ("keeper.core.stats", "from keeper.reports import labels", "core imports keeper.reports"),
    ("keeper.reports.xlsx", "from keeper.ui import icons", "reports imports keeper.ui.icons"),
])
def test_a_broken_copy_is_caught(copy, module, code, expected):
    _inject(copy, module, code)
    found = problems(copy)
    assert any(expected in line for line in found), found


def test_relative_imports_are_read_too(copy):
    _inject(copy, "keeper.core.ledger", "def later():\n    from ..ui import app")
    assert any("core imports keeper.ui.app" in line for line in problems(copy))


def test_the_station_side_never_imports_the_district(copy):
    _inject(copy, "keeper.reports.export", "def later():\n    from keeper.district import store")
    assert any("reports imports keeper.district.store" in line for line in problems(copy))
