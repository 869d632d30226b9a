"""Backups that leave the PC: encrypted copies in the second place or ``--to DIR``, restoring
plain or encrypted files alike, and the plain copies an older keeper left on a stick.

Copies on the PC's own disk (``backups/``) stay plain: they are as private as keeper.db
itself, and the damaged-database dialog must be able to open them without any code.
"""
from __future__ import annotations

import dataclasses
import json
import logging
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from keeper import paths, settings
from keeper.core import audit, backup, backup_crypto, restore
from keeper.core.dbfile import Unusable, discard, environment_problem, inspect
from keeper.core.backup_crypto import CodeNeeded
from keeper.core.stick_copy import copy_encrypted
from keeper.errors import QT_TRANSLATE_NOOP, KeeperError, UserError
from keeper.store.models import database

log = logging.getLogger(__name__)



def make_encrypted_backup(target_dir: str | os.PathLike, code: str, *,
                          kind: str = "manual") -> backup.BackupInfo:
    """``keeper backup --to DIR``: a verified backup, encrypted into DIR. The plain copy it
    is made from lives only for the while, in the data folder."""
    job = backup.prepare_backup(kind=kind)
    # The plain copy is made on the PC (its temp folder: the data folder may be on a disk
    # gone read-only), never in DIR, where a deleted plain file could still be read back.
    staging = Path(tempfile.mkdtemp(prefix="keeper-encrypting-"))
    try:
        info = backup.write_backup(job.source, staging, kind, job.when)
        final = copy_encrypted(info.path, Path(target_dir).expanduser(), code)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    info.path, info.size = final, final.stat().st_size
    info.second_place = not backup.inside_data_folder(final.parent)
    backup.record_backup(info)
    return info


def ensure_code() -> tuple[str, bool]:
    """The station's recovery code, made now when there is none; True when it is new (and
    must be shown to the attendant once)."""
    code = backup_crypto.stored_code()
    if code:
        return code, False
    code = backup_crypto.new_code()
    backup_crypto.store_code(code)
    return code, True


# -- the stick's contents ------------------------------------------------------------------
def plain_copies(folder: Path | None) -> list[backup.BackupFile]:
    """keeper's unencrypted copies in ``folder`` (made before encryption, or without a
    code): readable by whoever finds the stick."""
    if folder is None:
        return []
    return [b for b in backup.list_backups(folder) if not backup_crypto.is_encrypted(b.path)]


def copies_needing_other_code(folder: Path | None, code: str) -> list[backup.BackupFile]:
    """Encrypted copies in ``folder`` that the current code does not open (made before the
    code was changed): they need the old code's page."""
    if folder is None or not code:
        return []
    return [b for b in backup.list_backups(folder)
            if backup_crypto.is_encrypted(b.path) and backup_crypto.needs_other_code(b.path, code)]


def encrypt_plain_copies(folder: Path, code: str) -> list[Path]:
    """Replace each plain copy in ``folder`` by an encrypted one; the plain file is deleted
    only once its encrypted copy has read back right. Returns the new files."""
    made = []
    for plain in plain_copies(folder):
        if plain.path.suffix != ".db":
            continue
        made.append(copy_encrypted(plain.path, folder, code))
        try:
            plain.path.unlink()
        except OSError as exc:
            raise environment_problem(exc, folder) from exc
    return made


# -- restoring -----------------------------------------------------------------------------
def code_for(file: Path, code: str | None = None) -> str:
    """The code that opens ``file``: the one given, else the station's own; CodeNeeded when
    this PC does not have it, UserError when the given one is wrong."""
    header = backup_crypto.read_header(file)
    if code:
        code = backup_crypto.normalize_code(code)
    else:
        own = backup_crypto.stored_code() if _database_open() else ""
        if not own or header.code_id != backup_crypto.code_id(own):
            raise CodeNeeded(QT_TRANSLATE_NOOP(
                "Errors", "{path} is encrypted. Type its recovery code (from the recovery code "
                          "page kept with the station's seal)."), path=file)
        code = own
    if header.code_id != backup_crypto.code_id(code):
        raise UserError(backup_crypto._WRONG_CODE, path=file)
    return code


def _database_open() -> bool:
    return database.obj is not None and not database.obj.is_closed()


def restore_any(file: str | os.PathLike, code: str | None = None) -> restore.RestoreResult:
    """Restore a plain or an encrypted backup. An encrypted one is decrypted and fully
    checked beside keeper.db first: a wrong code, a changed byte or a cut file is refused
    before anything is replaced."""
    file = Path(file).expanduser()
    if not backup_crypto.is_encrypted(file):
        return restore.restore(file)
    code = code_for(file, code)
    own = backup_crypto.stored_code() if _database_open() else ""
    target = backup.current_db_path()
    temp = target.with_name(f".{target.name}.decrypted")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            backup_crypto.decrypt_file(file, temp, code)
        except OSError as exc:
            raise environment_problem(exc, target.parent) from exc
        try:
            result = restore.restore(temp)
        except KeeperError as exc:
            if exc.params.get("path") == temp:  # the user knows the file they chose
                exc.params["path"] = file
            raise
    finally:
        discard(temp)
    # This PC's code is the one on its latest printed page; a PC without one takes the
    # code just typed, so its next copies need no typing.
    backup_crypto.store_code(own or backup_crypto.stored_code() or code)
    # The restore's own entry names the decrypted file beside keeper.db: say where it came from.
    audit.record("decrypt", "database", new={"from": str(file)})
    return dataclasses.replace(result, restored_from=file)


# -- the damaged-database dialog ------------------------------------------------------------
def pc_backup_settings() -> tuple[Path | None, str]:
    """The second folder and recovery code this PC uses, read while keeper.db cannot be
    opened (it is damaged): from its setting rows if they still read, else from the
    newest backups in ``backups/``."""
    sources = [paths.db_path()] + [b.path for b in backup.list_backups()[:5]
                                   if b.kind != "damaged"]
    keys = (backup.SECOND_FOLDER.key, settings.RECOVERY_CODE.key)
    for source in sources:
        try:
            conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
        except sqlite3.Error:
            continue
        try:
            rows = dict(conn.execute("SELECT key, value FROM setting WHERE key IN (?, ?)", keys))
            folder, code = (json.loads(rows.get(k, '""')) for k in keys)
        except (sqlite3.Error, ValueError):
            continue
        finally:
            conn.close()
        if isinstance(folder, str) and isinstance(code, str) and (folder or code):
            return (Path(folder) if folder else None), code
    return None, ""


def newest_good_anywhere(second: Path | None, code: str = "") -> backup.BackupFile | None:
    """The newest backup that checks out, in ``backups/`` or the second place. An encrypted
    one is checked whole when the code is known, else by its header (the restore checks
    the rest). Of two copies of one backup, the PC's own plain one comes first."""
    folders = [paths.backups_dir()] + ([second] if second is not None else [])
    candidates = sorted((b for f in folders for b in backup.list_backups(f)
                         if b.kind != "damaged"), key=lambda b: b.when, reverse=True)
    for candidate in candidates:
        try:
            if not backup_crypto.is_encrypted(candidate.path):
                inspect(candidate.path, quick=True)
            elif code and not backup_crypto.needs_other_code(candidate.path, code):
                backup_crypto.decrypt_file(candidate.path, None, code)
            else:
                backup_crypto.read_header(candidate.path)
            return candidate
        except (Unusable, UserError, OSError) as exc:
            log.warning("backup %s is not usable: %s", candidate.path, exc)
    return None
