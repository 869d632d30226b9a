"""Fuzzing: the command line (parser and whole commands, in-process) and the files given to
restore. Bad input is a message and exit 1 or 2, never a traceback."""
from __future__ import annotations

import contextlib
import io
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from keeper import paths
from keeper.core import backup, pin
from keeper.core import restore as restoring
from keeper.core import dbfile
from keeper.store.connection import quick_check
from keeper.errors import UserError

FUZZ = settings(deadline=None, max_examples=60,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text as a user can type it, and bytes that are not UTF-8 as Python hands them over (lone
# surrogates U+DC80-U+DCFF). No "/" or "~": a fuzzed ``--to`` must not create folders
# outside the test's own; no NUL: the OS cannot pass one in an argument.
TEXT = st.text(st.one_of(
    st.characters(blacklist_characters="/\\~\x00", blacklist_categories=("Cs",)),
    st.characters(min_codepoint=0xDC80, max_codepoint=0xDCFF)),
    max_size=12).filter(lambda t: not t.startswith("-"))
WORDS = st.sampled_from([
    "station", "show", "set", "log", "check", "backup", "restore", "--code", "--name",
    "--district", "--address", "--kind", "comprehensive", "specialized", "--service", "water",
    "饮水", "喝水", "--group", "rider", "外卖员", "--visitor", "13812345678", "--at",
    "2026-10-03 14:05", "2026-02-30 10:00", "2099-01-01", "--count", "0", "5", "1000", "-1",
    "--note", "--to", "usb", "--pin", "1234", "--lang", "zh_CN", "en", "--help", "-h",
    "--version", "--", "=", "",
])
ARGV = st.lists(st.one_of(WORDS, TEXT), max_size=8)


def _quiet(call):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            return call(), err.getvalue()
        except SystemExit as exit_:
            return exit_.code, err.getvalue()


@settings(deadline=None, max_examples=200)
@given(ARGV)
@pytest.mark.slow  # seconds: a real process, a big file or many examples
def test_the_parser_only_exits_0_or_2(argv):
    from keeper.cli import build_parser

    status, _ = _quiet(lambda: build_parser().parse_args(argv))
    assert status in (0, 2) or not isinstance(status, int)  # a Namespace: parsed fine


@pytest.fixture
def in_tmp(tmp_path, monkeypatch, qapp):
    """Relative paths from fuzzed arguments land in the test's folder."""
    monkeypatch.chdir(tmp_path)
    yield tmp_path
    from keeper import i18n

    i18n.install_translators("en")


@FUZZ
@given(command=st.sampled_from(["station", "log", "check", "backup", "restore"]), rest=ARGV)
def test_whole_commands_exit_0_1_or_2_and_never_raise(in_tmp, command, rest):
    from keeper.cli import main

    status, err = _quiet(lambda: main([command, *rest]))
    assert status in (0, 1, 2), (status, err)
    assert "Traceback" not in err
    if status == 1:
        assert err.strip()


@FUZZ
@given(st.binary(max_size=4096))
def test_restore_of_random_bytes_is_a_user_error(db, tmp_path, content):
    candidate = tmp_path / "candidate.db"
    candidate.write_bytes(content)
    with pytest.raises(UserError):
        restoring.restore(candidate)
    assert quick_check() == []


@FUZZ
@given(st.binary(min_size=0, max_size=3000))
def test_restore_of_random_bytes_after_an_sqlite_header_is_a_user_error(db, tmp_path, content):
    candidate = tmp_path / "candidate.db"
    candidate.write_bytes(dbfile.SQLITE_HEADER + content)
    with pytest.raises(UserError):
        restoring.restore(candidate)


@pytest.fixture(scope="module")
def good_backup(tmp_path_factory):
    """One real keeper database with some visits, to damage at random."""
    from keeper.core import ledger
    from keeper.store.connection import close_database, open_database

    folder = tmp_path_factory.mktemp("good")
    paths.set_data_dir(folder)
    try:
        open_database(folder / "keeper.db")
        for i in range(200):
            ledger.log_visit(ledger.NewVisit(services=["water"], note=f"visit {i}"))
        made = backup.make_backup(folder / "out")
        close_database()
    finally:
        paths.set_data_dir(None)
    return made.path


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1,
                      max_size=20))
@pytest.mark.slow  # seconds: a real process, a big file or many examples
def test_restore_of_a_damaged_backup_is_refused_or_whole(db, tmp_path, good_backup, flips):
    content = bytearray(good_backup.read_bytes())
    for offset, value in flips:
        content[offset % len(content)] = value
    candidate = tmp_path / "candidate.db"
    candidate.write_bytes(bytes(content))
    try:
        restoring.restore(candidate)
    except UserError:
        return
    # Accepted: then it is whole (the damage hit unused space or a value).
    assert quick_check() == []
    conn = sqlite3.connect(paths.db_path())
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


@settings(deadline=None, max_examples=100)
@given(st.text(max_size=80), st.text(max_size=10))
@pytest.mark.slow  # seconds: a real process, a big file or many examples
def test_a_stored_pin_hash_of_any_text_is_never_a_crash(stored, attempt):
    assert pin.verify_hash(attempt, stored) in (True, False)


def test_an_argument_that_is_not_utf8_is_a_message(in_tmp):
    from keeper.cli import main

    status, err = _quiet(lambda: main(["log", "--service", "\udcff"]))
    assert status == 1 and '"\\xff" is not valid UTF-8' in err
