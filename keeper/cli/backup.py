"""``keeper backup [--to DIR]`` and ``keeper restore FILE [--pin PIN]``.

Registered by ``keeper.cli.commands.add_commands``. A missing second folder (USB stick)
is a warning on stderr with exit status 0: the backup in ``backups/`` was made.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from keeper.cli.common import out, require_pin
from keeper.errors import QT_TRANSLATE_NOOP, DatabaseProblem, UserError
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
        "CLI", "write the backup into DIR instead (e.g. a USB stick), encrypted with the "
               "recovery code; not rotated"))
    backup.add_argument("--plain", action="store_true", help=translate(
        "CLI", "with --to: write it unencrypted (anyone with the file can read it)"))
    backup.add_argument("--replace-plain", action="store_true", help=translate(
        "CLI", "also replace the unencrypted copies in the second folder by encrypted ones"))
    backup.set_defaults(func=run_backup)

    restore = sub.add_parser("restore", help=translate(
        "CLI", "replace the database with a backup (the current one is kept in backups/)"))
    restore.add_argument("file", metavar="FILE", help=translate(
        "CLI", "a backup made by keeper (keeper-….db)"))
    restore.add_argument("--pin", metavar="PIN", help=translate(
        "CLI", "the attendant's PIN, needed when one is set"))
    restore.add_argument("--code", metavar="CODE", help=translate(
        "CLI", "the recovery code of an encrypted backup (asked on a PC that does not have it)"))
    restore.set_defaults(func=run_restore)


def _open(*, must_exist: bool) -> None:
    from keeper.cli.common import open_db

    open_db(must_exist=must_exist)


def run_backup(args: argparse.Namespace) -> int:
    from keeper.core import backup, encrypted_backup

    _open(must_exist=True)
    if args.plain and not args.to:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "--plain goes with --to DIR: the copies "
                                                    "in the second folder are always encrypted "
                                                    "once there is a recovery code."))
    if args.to and not args.plain and not _read_only_without_code():
        code, new = encrypted_backup.ensure_code()
        if new:
            _show_new_code(code)
        info = encrypted_backup.make_encrypted_backup(args.to, code, kind="manual")
        out(translate("CLI", "Encrypted backup written and verified: {path} ({size}). It opens "
                             "only with the recovery code.").format(
            path=info.path, size=size_text(info.size)))
    else:
        info = backup.make_backup(args.to, kind="manual")
        out(translate("CLI", "Backup written and verified, not encrypted: {path} ({size}).")
            .format(path=info.path, size=size_text(info.size)))
    for copy in info.copies:
        out(translate("CLI", "Also copied to {path} (encrypted).").format(path=copy)
            if copy.suffix == ".enc" else
            translate("CLI", "Also copied to {path}.").format(path=copy))
    removed = len(info.removed)  # a plain name: lupdate misses calls in the arguments
    if removed:
        out(translate("CLI", "Old backups removed by rotation: %n.", None, removed))
    for problem in info.warnings:
        print(translate("CLI", "Warning: {message}").format(
            message=problem.message(translate)), file=sys.stderr)
    _plain_on_the_stick(args.replace_plain)
    return 0


def _read_only_without_code() -> bool:
    """A rescue from a disk gone read-only: no code can be stored, so the copy is plain."""
    from keeper.core import backup_crypto
    from keeper.core.database import is_read_only

    if backup_crypto.stored_code() or not is_read_only():
        return False
    print(translate("CLI", "Warning: the database can only be read and has no recovery code "
                           "yet, so this copy is not encrypted: keep it safe."), file=sys.stderr)
    return True


def _show_new_code(code: str) -> None:
    out(translate("CLI", "A recovery code was made for encrypted backups:"))
    out(f"\n    {code}\n")
    out(translate("CLI", "Write it down and keep it with the station's seal: restoring these "
                         "backups on another PC needs it. It is shown only this once."))


def _plain_on_the_stick(replace: bool) -> None:
    """Unencrypted copies an older keeper left in the second folder: named, or replaced."""
    from keeper import settings
    from keeper.core import backup, backup_crypto, encrypted_backup

    folder = settings.get(backup.SECOND_FOLDER)
    plain = encrypted_backup.plain_copies(Path(folder) if folder else None)
    if replace and plain and not backup_crypto.stored_code():
        print(translate("CLI", "Warning: no recovery code yet, so nothing was encrypted: run "
                               "keeper backup --to DIR once, or choose the second place in "
                               "Settings, to make one."), file=sys.stderr)
    if not plain or not backup_crypto.stored_code():
        return
    if replace:
        made = len(encrypted_backup.encrypt_plain_copies(Path(folder),
                                                         backup_crypto.stored_code()))
        out(translate("CLI", "Unencrypted copies replaced by encrypted ones: %n.", None, made))
        return
    count = len(plain)
    print(translate("CLI", "Warning: %n unencrypted copies in {folder} can be read by anyone "
                           "who finds the stick; run keeper backup --replace-plain to encrypt "
                           "them.", None, count).format(folder=folder), file=sys.stderr)


def run_restore(args: argparse.Namespace) -> int:
    from keeper import paths
    from keeper.core import backup_crypto, encrypted_backup

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
    encrypted = backup_crypto.is_encrypted(args.file)
    try:
        result = encrypted_backup.restore_any(args.file, args.code)
    except backup_crypto.CodeNeeded as exc:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is encrypted and this PC does not have its recovery code: give "
                      "it with --code CODE (it is on the recovery code page kept with the "
                      "station's seal)."), path=exc.params["path"]) from exc
    out((translate("CLI", "Restored the database from the encrypted backup {path} (schema "
                          "{version}).") if encrypted else
         translate("CLI", "Restored the database from {path} (schema {version}).")).format(
        path=result.restored_from, version=result.schema_version))
    if result.kept:
        out(translate("CLI", "The database as it was before is kept as {path}.").format(
            path=result.kept))
    return 0
