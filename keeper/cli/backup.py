"""``keeper backup [--to DIR]`` and ``keeper restore FILE [--pin PIN]``.

Registered by ``keeper.cli.commands.add_commands``. A missing second folder (USB stick)
is a warning on stderr with exit status 0: the backup in ``backups/`` was made.
"""
from __future__ import annotations

import argparse
import sys

from keeper.cli.common import out, require_pin
from keeper.errors import DatabaseProblem
from keeper.i18n import translate


def size_text(size: int) -> str:
    """Bytes as people read them: 812 KB, 3.4 MB."""
    if size < 1024 * 1024:
        return translate("CLI", "{size} KB").format(size=max(1, round(size / 1024)))
    return translate("CLI", "{size} MB").format(size=f"{size / 1024 / 1024:.1f}")


def add_backup_commands(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser("backup", help=translate(
        "CLI", "back up the database now (verified), into backups/ and the second folder"))
    backup.add_argument("--to", metavar="DIR", help=translate(
        "CLI", "write the backup into DIR instead (e.g. a USB stick); not rotated"))
    backup.set_defaults(func=run_backup)

    restore = sub.add_parser("restore", help=translate(
        "CLI", "replace the database with a backup (the current one is kept in backups/)"))
    restore.add_argument("file", metavar="FILE", help=translate(
        "CLI", "a backup made by keeper (keeper-….db)"))
    restore.add_argument("--pin", metavar="PIN", help=translate(
        "CLI", "the attendant's PIN, needed when one is set"))
    restore.set_defaults(func=run_restore)


def _open(*, must_exist: bool) -> None:
    from keeper.cli.common import open_db

    open_db(must_exist=must_exist)


def run_backup(args: argparse.Namespace) -> int:
    from keeper.core import backup

    _open(must_exist=True)
    info = backup.make_backup(args.to, kind="manual")
    out(translate("CLI", "Backup written and verified: {path} ({size}).").format(
        path=info.path, size=size_text(info.size)))
    for copy in info.copies:
        out(translate("CLI", "Also copied to {path}.").format(path=copy))
    removed = len(info.removed)  # a plain name: lupdate misses calls in the arguments
    if removed:
        out(translate("CLI", "Old backups removed by rotation: %n.", None, removed))
    for problem in info.warnings:
        print(translate("CLI", "Warning: {message}").format(
            message=problem.message(translate)), file=sys.stderr)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from keeper import paths
    from keeper.core import restore

    if paths.db_path().exists():
        try:
            _open(must_exist=True)
        except DatabaseProblem as exc:
            if "found" in exc.params:  # a newer database: restoring an older one loses data
                raise
            # A damaged database cannot tell its PIN; whoever can damage the file could
            # replace it anyway. The damaged file is kept in backups/.
            print(exc.message(translate), file=sys.stderr)
        else:
            require_pin(args.pin)
    result = restore.restore(args.file)
    out(translate("CLI", "Restored the database from {path} (schema {version}).").format(
        path=result.restored_from, version=result.schema_version))
    if result.kept:
        out(translate("CLI", "The database as it was before is kept as {path}.").format(
            path=result.kept))
    return 0
