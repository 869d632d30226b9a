"""Copying a finished backup to the second place (the USB stick), encrypted: its own
module so that backup (which makes the copy) and encrypted_backup (which builds on backup)
need not import each other."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from keeper.core import backup_crypto
from keeper.core.dbfile import environment_problem, fsync
from keeper.errors import QT_TRANSLATE_NOOP, EnvironmentProblem, UserError

NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "Errors", "The copy in {folder} is not encrypted: anyone who finds it can read names and "
              "phones. Make a recovery code in Settings, Backups.")
_READ_BACK = QT_TRANSLATE_NOOP(
    "Errors", "The copy in {folder} did not read back correctly and was deleted: the disk may "
              "be failing.")


def copy_encrypted(plain: Path, folder: Path, code: str) -> Path:
    """Encrypt a finished, verified backup into ``folder`` (the USB stick): into a hidden
    temp file, read back and checked against what was written, then renamed into place."""
    final = folder / backup_crypto.encrypted_name(plain.name)
    temp = folder / f".{final.name}.partial"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        try:
            with open(plain, "rb") as source, open(temp, "wb") as target:
                written = backup_crypto.encrypt_stream(source, target, code)
                target.flush()
                os.fsync(target.fileno())
            try:
                read_back = backup_crypto.decrypt_file(temp, None, code)
            except UserError as bad:
                raise EnvironmentProblem(_READ_BACK, folder=folder) from bad
            if read_back != written:
                raise EnvironmentProblem(_READ_BACK, folder=folder)
            os.replace(temp, final)
            fsync(folder, folder=True)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    except (OSError, sqlite3.Error) as exc:
        raise environment_problem(exc, folder) from exc
    return final
