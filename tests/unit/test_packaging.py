"""What `pip install .` ships: every package of the source tree, and the resources."""
from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts)
             for init in (ROOT / "keeper").rglob("__init__.py")}
    assert found - listed == set(), "add these to [tool.setuptools] packages"


def test_resources_are_packaged():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["keeper.resources"]
    resources = ROOT / "resources"
    needed = ["icons/keeper.svg", "translations/keeper_zh_CN.qm", "fonts/KeeperSans-Regular.otf",
              "fonts/KeeperSans-Bold.otf", "fonts/LICENSE-OFL.txt"]
    for name in needed:
        assert (resources / name).exists(), name
        assert any(Path(name).match(pattern) for pattern in patterns), name
