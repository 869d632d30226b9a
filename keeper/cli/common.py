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
    paths.ensure_data_dirs()
    return open_database(db_file, migrate=migrate)
