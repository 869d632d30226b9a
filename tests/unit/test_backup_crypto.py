"""Encrypted backups: what leaves the PC is unreadable without the recovery code, and a
wrong code, a changed byte or a cut file is refused with nothing replaced."""
from __future__ import annotations

import io
import tempfile
from pathlib import Path
import os
import sqlite3
import struct

import pytest
from hypothesis import given
from hypothesis import settings as settings_h
from hypothesis import strategies as st

from keeper import paths, settings
from keeper.core import backup, backup_crypto, encrypted_backup, ledger
from keeper.core.directory import VisitorDetails, register_visitor
from keeper.core.ledger import NewVisit
from keeper.errors import UserError
from keeper.store.connection import close_database
from keeper.store.models import AuditEntry, Visit, Visitor

NAME, PHONE = "李映旺", "13812345678"


def person_and_visits(n: int = 3) -> int:
    who = register_visitor(VisitorDetails(name=NAME, phone=PHONE, notes="住在望京 " + PHONE))
    for _ in range(n):
        ledger.log_visit(NewVisit(services=["water"], group="rider", visitor_id=who,
                                  note=f"{NAME} 来接水"))
    return who


@pytest.fixture
def stick(db, tmp_path, pinned_now):
    code = backup_crypto.new_code()
    backup_crypto.store_code(code)
    settings.set(backup.SECOND_FOLDER, str(tmp_path / "usb"))
    return tmp_path / "usb", code


def test_code_is_typed_back_in_any_form_and_nonsense_is_refused():
    code = backup_crypto.new_code()
    assert len(code) == 29 and code.count("-") == 4
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert backup_crypto.normalize_code(sloppy) == code
    for bad in ("", "1234", code + "A", code[:-1] + "U"):
        with pytest.raises(UserError, match="not a recovery code"):
            backup_crypto.normalize_code(bad)


def test_stream_round_trip_over_chunk_boundaries():
    code = backup_crypto.new_code()
    for size in (0, 1, backup_crypto.CHUNK, backup_crypto.CHUNK + 7, 3 * backup_crypto.CHUNK):
        data = os.urandom(size)
        sealed = io.BytesIO()
        assert backup_crypto.encrypt_stream(io.BytesIO(data), sealed, code) == size
        out = io.BytesIO()
        sealed.seek(0)
        assert backup_crypto.decrypt_stream(sealed, out, code, "x") == size
        assert out.getvalue() == data


def _sealed(code: str, size: int = 2 * backup_crypto.CHUNK + 100) -> bytes:
    sealed = io.BytesIO()
    backup_crypto.encrypt_stream(io.BytesIO(os.urandom(size)), sealed, code)
    return sealed.getvalue()


def _refused(blob: bytes, code: str, words: str) -> None:
    with pytest.raises(UserError, match=words):
        backup_crypto.decrypt_stream(io.BytesIO(blob), io.BytesIO(), code, "the file")


def test_every_kind_of_tampering_is_refused():
    code = backup_crypto.new_code()
    blob = _sealed(code)
    first = backup_crypto.HEADER_SIZE
    record = 5 + backup_crypto.CHUNK + 16
    _refused(blob, backup_crypto.new_code(), "recovery code is wrong")
    for where in (first + 100, len(blob) - 3, 30):  # inside a chunk, the last tag, the salt
        changed = bytearray(blob)
        changed[where] ^= 0x01
        _refused(bytes(changed), code, "changed or damaged")
    _refused(blob[:-1], code, "incomplete")
    _refused(blob[:first + record], code, "incomplete")  # cut exactly after a whole chunk
    _refused(blob + b"\0", code, "changed or damaged")
    swapped = blob[:first] + blob[first + record:first + 2 * record] + \
        blob[first:first + record] + blob[first + 2 * record:]
    _refused(swapped, code, "changed or damaged")
    final_flag = bytearray(blob)  # the first chunk claims to be the last: the rest dropped
    final_flag[first:first + 5] = struct.pack(">BI", 1, record - 5)
    _refused(bytes(final_flag[:first + record]), code, "changed or damaged")


def test_the_copy_on_the_stick_is_encrypted_and_holds_no_name_or_phone(stick):
    usb, code = stick
    person_and_visits()
    info = backup.make_backup()
    assert info.warnings == [] and len(info.copies) == 1
    copy = info.copies[0]
    assert copy.name == info.path.name + ".enc" and backup_crypto.is_encrypted(copy)
    raw = copy.read_bytes()
    assert raw.startswith(b"keeper encrypted backup\n")
    for secret in (NAME.encode(), PHONE.encode(), PHONE[-4:].encode() + b"\0", b"SQLite"):
        assert secret not in raw
    assert NAME.encode() in info.path.read_bytes()  # the PC's own copy is plain
    assert [b.path for b in backup.list_backups(usb)] == [copy]
    assert not [n for n in os.listdir(usb) if n.startswith(".")]


def test_an_encrypted_copy_round_trips_with_the_pcs_own_code(stick):
    usb, _ = stick
    person_and_visits(3)
    copy = backup.make_backup().copies[0]
    ledger.log_visit(NewVisit(services=["rest"], group="courier"))
    result = encrypted_backup.restore_any(copy)
    assert result.restored_from == copy and Visit.select().count() == 3
    assert Visitor.get().name == NAME
    assert AuditEntry.select().where(AuditEntry.action == "restore").count() == 1
    assert str(copy) in AuditEntry.get(AuditEntry.action == "decrypt").new
    assert not [n for n in os.listdir(paths.data_dir()) if n.startswith(".")]


def test_a_new_pc_asks_for_the_code_and_a_wrong_code_changes_nothing(stick, tmp_path):
    usb, code = stick
    person_and_visits(2)
    copy = backup.make_backup().copies[0]
    close_database()
    paths.set_data_dir(tmp_path / "new-pc")
    with pytest.raises(backup_crypto.CodeNeeded, match="recovery code"):
        encrypted_backup.restore_any(copy)
    with pytest.raises(UserError, match="recovery code is wrong"):
        encrypted_backup.restore_any(copy, backup_crypto.new_code())
    assert not (tmp_path / "new-pc" / "keeper.db").exists()
    encrypted_backup.restore_any(copy, code.lower())
    assert Visit.select().count() == 2 and backup_crypto.stored_code() == code


@pytest.mark.parametrize("spoil, words", [
    (lambda b: b[:len(b) // 2], "incomplete"),
    (lambda b: b[:4000] + bytes([b[4000] ^ 0x80]) + b[4001:], "changed or damaged"),
])
def test_a_changed_or_cut_copy_is_refused_and_the_ledger_kept(stick, spoil, words):
    usb, _ = stick
    person_and_visits(2)
    copy = backup.make_backup().copies[0]
    copy.write_bytes(spoil(copy.read_bytes()))
    ledger.log_visit(NewVisit(services=["rest"], group="courier"))
    before = Visit.select().count()
    with pytest.raises(UserError, match=words):
        encrypted_backup.restore_any(copy)
    assert Visit.select().count() == before == 3
    assert not list(paths.backups_dir().glob("*before-restore*"))
    assert not [n for n in os.listdir(paths.data_dir()) if n.startswith(".")]


def test_backup_to_a_folder_encrypted_and_plain_told_apart(db, tmp_path, pinned_now):
    person_and_visits(1)
    code, new = encrypted_backup.ensure_code()
    assert new and encrypted_backup.ensure_code() == (code, False)
    info = encrypted_backup.make_encrypted_backup(tmp_path / "out", code)
    assert info.path.parent == tmp_path / "out" and backup_crypto.is_encrypted(info.path)
    assert info.second_place and not list(Path(tempfile.gettempdir()).glob("keeper-encrypting-*"))
    plain = backup.make_backup(tmp_path / "plain").path
    assert not backup_crypto.is_encrypted(plain)
    assert sqlite3.connect(plain).execute("SELECT COUNT(*) FROM visit").fetchone()[0] == 1


def test_a_second_folder_without_a_code_warns_that_the_copy_is_readable(db, tmp_path):
    settings.set(backup.SECOND_FOLDER, str(tmp_path / "usb"))
    info = backup.make_backup()
    assert len(info.copies) == 1 and not backup_crypto.is_encrypted(info.copies[0])
    assert "not encrypted" in info.warnings[0].message()


def test_plain_copies_on_the_stick_are_replaced_by_encrypted_ones(stick):
    usb, code = stick
    person_and_visits(1)
    settings.set(backup.SECOND_FOLDER, "")
    old = backup.make_backup(usb).path  # an older keeper's plain copy
    assert [b.path for b in encrypted_backup.plain_copies(usb)] == [old]
    made = encrypted_backup.encrypt_plain_copies(usb, code)
    assert made == [old.with_name(old.name + ".enc")] and not old.exists()
    assert encrypted_backup.plain_copies(usb) == []
    assert NAME.encode() not in made[0].read_bytes()


def test_after_a_code_change_the_old_copies_are_named(stick):
    usb, code = stick
    first = backup.make_backup().copies[0]
    backup_crypto.store_code(backup_crypto.new_code())
    assert [b.path for b in encrypted_backup.copies_needing_other_code(
        usb, backup_crypto.stored_code())] == [first]
    assert encrypted_backup.copies_needing_other_code(usb, code) == []


@settings_h(max_examples=60, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_after_the_header_are_a_message_never_a_crash(tail):
    code = backup_crypto.new_code()
    blob = _sealed(code, 100)
    for candidate in (backup_crypto.MAGIC + tail, blob[:backup_crypto.HEADER_SIZE] + tail):
        with pytest.raises(UserError):
            backup_crypto.decrypt_stream(io.BytesIO(candidate), None, code, "x")
