"""What every subcommand shares: opening the station's database and printing."""
from __future__ import annotations

import sys

from keeper import paths
from keeper.errors import QT_TRANSLATE_NOOP, UserError


def out(text: str) -> None:
    print(text, file=sys.stdout)


def open_db(*, must_exist: bool = False, migrate: bool = True):
    from keeper.core.database import open_database

    db_file = paths.db_path()
    if must_exist and not db_file.exists():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "There is no keeper database at {path} yet."),
                        path=db_file)
    try:
        paths.ensure_data_dirs()
    except OSError:
        if not db_file.exists():
            raise
        # A read-only disk: the database is opened read-only, to be checked and rescued.
    return open_database(db_file, migrate=migrate)


def require_pin(given: str | None) -> None:
    """What the window asks a PIN for (a restore, changing settings), the command line
    asks ``--pin`` for, once a PIN is set."""
    from keeper.core import pin

    if pin.has_pin() and not given:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "A PIN is set: give the attendant's PIN with --pin PIN."))
    if not pin.check_pin(given or ""):
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The PIN is wrong."))
