"""Where keeper keeps things: the data folder and the bundled resources.

One override for everything (qutebrowser's habit): ``--data-dir`` on the command line,
else ``KEEPER_DATA_DIR``, else the per-user application data folder. Tests point the
environment variable at a tmp folder.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import platformdirs

ENV_VAR = "KEEPER_DATA_DIR"
DB_NAME = "keeper.db"

_override: Path | None = None


def set_data_dir(path: str | os.PathLike | None) -> None:
    """Set the data folder for this process (from ``--data-dir``); None clears it."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    if _override is not None:
        return _override
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir("keeper", appauthor=False, roaming=True))


def db_path() -> Path:
    return data_dir() / DB_NAME


def window_lock_path() -> Path:
    """Held by the open keeper window (one window per data folder)."""
    return data_dir() / "keeper.window.lock"


def logs_dir() -> Path:
    return data_dir() / "logs"


def backups_dir() -> Path:
    return data_dir() / "backups"


def exports_dir() -> Path:
    return data_dir() / "exports"


def ensure_data_dirs() -> Path:
    """Create the data folder and its sub-folders; return the data folder."""
    root = data_dir()
    for sub in (root, logs_dir(), backups_dir(), exports_dir()):
        sub.mkdir(parents=True, exist_ok=True)
    return root


@lru_cache(maxsize=1)
def resource_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, inside it when installed.
    Looked up once: every icon asks for it at start-up."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("keeper's resources folder is missing; reinstall keeper")


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
