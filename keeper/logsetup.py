"""A rotating log file in the data folder's ``logs/``: what support asks for."""
from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from keeper import paths

_handler: logging.Handler | None = None


def setup_logging() -> Path | None:
    """Log to ``logs/keeper.log`` (1 MB × 5). Returns the file, or None if it can't be written."""
    global _handler
    if _handler is not None:
        return Path(_handler.baseFilename)
    try:
        paths.logs_dir().mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            paths.logs_dir() / "keeper.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None  # a read-only data folder must not stop the app; the dialog still shows
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _handler = handler
    return Path(handler.baseFilename)


def teardown_logging() -> None:
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
