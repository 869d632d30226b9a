"""What `pip install .` ships: every package of the source tree, and the resources."""
from __future__ import annotations

import re
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


# The installers (packaging/): what can be checked without building them. .ci/run builds,
# installs, upgrades and removes the .deb (packaging/check-deb).

def _ci_desktop_libs() -> list[str]:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    value = script.split('DESKTOP_LIBS="', 1)[1].split('"', 1)[0]
    return value.replace("\\\n", " ").split()


def test_the_readme_apt_line_is_the_one_the_ci_proves():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = [line for line in readme.splitlines() if line.startswith("sudo apt-get install ")]
    assert len(lines) == 1
    assert lines[0].split()[3:] == _ci_desktop_libs()
    # the two a bare desktop lacked, and the one Qt names in its message
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"} <= set(_ci_desktop_libs())


def test_the_frozen_build_keeps_every_qt_module_keeper_imports():
    spec = (ROOT / "packaging" / "keeper.spec").read_text(encoding="utf-8")
    left_out = set(spec.split("QT_UNUSED = [", 1)[1].split("]", 1)[0].replace('"', " ")
                   .replace(",", " ").split())
    imported = set()
    for path in (ROOT / "keeper").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported and imported & left_out == set()


def test_the_desktop_entry_speaks_chinese_and_english():
    source = (ROOT / "packaging" / "build-deb").read_text(encoding="utf-8")
    entry = source.split('DESKTOP_ENTRY = """\\\n', 1)[1].split('"""', 1)[0]
    fields = dict(line.split("=", 1) for line in entry.splitlines()[1:])
    assert fields["Name"] == "Station Keeper" and fields["Name[zh_CN]"] == "驿站管家"
    assert fields["Exec"] == "keeper" and fields["Icon"] == "keeper"
    assert fields["Terminal"] == "false" and fields["Type"] == "Application"
    assert (ROOT / "resources" / "icons" / "keeper.svg").is_file()


def test_the_windows_installer_is_per_user_and_keeps_the_data():
    script = (ROOT / "packaging" / "windows" / "keeper.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\keeper"' in script
    uninstall = script.split('Section "Uninstall"', 1)[1]
    assert "APPDATA" not in uninstall  # the data folder, %APPDATA%\keeper, is never touched
    assert 'RMDir /r "$INSTDIR"' not in uninstall  # only what it installed, by name
    assert (ROOT / "packaging" / "windows" / "keeper.ico").read_bytes()[:4] == b"\0\0\1\0"
