"""The attendant's PIN: salted scrypt hash, 4-8 digits, a slow-down after wrong tries."""
from __future__ import annotations

import pytest

from keeper import settings
from keeper.core import pin
from keeper.errors import UserError
from keeper.store.models import AuditEntry


def test_hash_is_salted_scrypt_and_verifies(db):
    stored = pin.hash_pin("2468")
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2 ** 14), "8", "1")
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    assert pin.hash_pin("2468") != stored  # a fresh salt each time
    assert pin.verify_hash("2468", stored) and not pin.verify_hash("2469", stored)
    assert pin.verify_hash("２４６８", stored)  # full-width digits from an input method


@pytest.mark.parametrize("stored", ["", "plain", "scrypt$1$2$3", "md5$1$1$1$00$00",
                                    "scrypt$x$8$1$00$00", "scrypt$16384$8$1$zz$00"])
def test_a_malformed_stored_hash_is_just_wrong(stored):
    assert not pin.verify_hash("1234", stored)


@pytest.mark.parametrize("bad", ["", "123", "123456789", "12a4", "12 34", "-1234", "١٢٣٤x"])
def test_pin_must_be_4_to_8_digits(db, bad):
    with pytest.raises(UserError, match="4 to 8 digits"):
        pin.set_pin(bad)
    assert not pin.has_pin()


def test_no_pin_means_everything_is_allowed(db):
    assert not pin.has_pin() and pin.check_pin("") and pin.check_pin("9999")


def test_set_change_and_clear(db):
    pin.set_pin("1234")
    assert pin.has_pin() and "1234" not in settings.get(pin.PIN_HASH)
    assert pin.check_pin("1234") and not pin.check_pin("4321", sleep=lambda s: None)
    with pytest.raises(UserError, match="current PIN is wrong"):
        pin.set_pin("5678", old="0000", sleep=lambda s: None)
    with pytest.raises(UserError, match="current PIN is wrong"):
        pin.set_pin("5678")
    pin.set_pin("5678", old="1234")
    assert pin.check_pin("5678") and not pin.check_pin("1234", sleep=lambda s: None)
    with pytest.raises(UserError):
        pin.clear_pin("1234", sleep=lambda s: None)
    pin.clear_pin("5678")
    assert not pin.has_pin()
    actions = [e.action for e in AuditEntry.select().where(AuditEntry.entity == "pin")]
    assert actions == ["set", "change", "clear"]


def test_delay_grows_after_three_free_tries():
    assert [pin.delay_for(n) for n in range(9)] == [0, 0, 0, 1, 2, 4, 8, 16, 32]
    assert pin.delay_for(50) == pin.MAX_DELAY


@pytest.fixture
def fake_time(monkeypatch):
    """A clock that only moves when the code sleeps (or the test says so)."""
    now = [1000.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    monkeypatch.setattr(pin, "_now", lambda: now[0])
    return now, waits, sleep


def test_wrong_pins_slow_down_and_the_right_one_resets(db, fake_time):
    now, waits, sleep = fake_time
    pin.set_pin("1234")
    for _ in range(5):
        assert not pin.check_pin("0000", sleep=sleep)
    assert waits == [1, 2]  # before the 4th and the 5th try
    assert pin.failures() == 5 and settings.get(pin.FAILED_ATTEMPTS) == 5
    now[0] += 1.5  # the attendant took a moment: only the rest of the wait is left
    assert pin.seconds_to_wait() == 2.5
    assert pin.check_pin("1234", sleep=sleep)
    assert waits == [1, 2, 2.5] and pin.failures() == 0 and pin.seconds_to_wait() == 0


def test_the_count_survives_a_restart(db, fake_time):
    now, waits, sleep = fake_time
    pin.set_pin("1234")
    settings.set(pin.FAILED_ATTEMPTS, 6)  # as a previous run of keeper left it
    assert not pin.check_pin("0000", sleep=sleep)
    assert waits == [8]  # the whole wait: when the last wrong PIN was is not known


def test_the_count_is_kept_in_memory_when_the_database_cannot_be_written(db, monkeypatch):
    pin.set_pin("1234")

    def read_only(option, value):
        raise OSError("attempt to write a readonly database")

    monkeypatch.setattr(settings, "set", read_only)
    for _ in range(4):
        pin.check_pin("0000", sleep=lambda s: None)
    assert pin.failures() == 4 and pin.delay_for(pin.failures()) == 2
