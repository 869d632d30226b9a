"""Receiving: every bad input of the issue refused with its reason while the others go on,
whole-or-nothing per bundle, the verbatim archive, receiving again, keys and revisions."""
from __future__ import annotations

import json
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from keeper.core import clock, signing
from keeper.district.approval import approve, reopen
from keeper.district.models import RegisteredStation, Submission
from keeper.district.receive import receive
from keeper.district.register import accept_key
from keeper.errors import UserError
from tests.support.bundles import entries, make_bundle, resign, rezip

KEYS = {code: signing.new_key_pair()[0] for code in ("JJ-001", "JJ-002", "JJ-003")}


@pytest.fixture(autouse=True)
def early_november():
    clock.pin(datetime(2026, 11, 3, 10, 0).astimezone())
    yield
    clock.pin(None)


@pytest.fixture
def registered(district):
    for code in KEYS:
        RegisteredStation.create(code=code, name=f"驿站{code}", opened="2026-01",
                                 contact="王主任", phone="13900000000")
    return district


def write(folder, name, data):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def signed(code="JJ-001", month="2026-10", revision=1, **kwargs):
    return make_bundle(code, month, revision, private_key=KEYS[code], **kwargs)


def by_file(outcomes):
    return {o.path.name: o for o in outcomes}


def test_a_good_bundle_is_accepted_kept_verbatim_and_its_key_recorded(registered, tmp_path):
    data = signed()
    path = write(tmp_path / "in", "JJ-001_2026-10_r1.zip", data)
    [outcome] = receive(registered, [path])
    assert (outcome.status, outcome.revision, outcome.new_key) == ("accepted", 1, True)
    assert "accepted JJ-001 2026-10 r1" in outcome.message()
    assert signing.fingerprint(signing.public_of(KEYS["JJ-001"])) in outcome.message()
    kept = registered.received_dir / "2026-10" / "JJ-001_2026-10_r1.zip"
    assert kept.read_bytes() == data
    [month] = registered.month_submissions("2026-10")
    assert month.summary["visits"] == 40 and month.on_time and month.revision == 1
    assert month.station.key_fingerprint == signing.fingerprint(signing.public_of(KEYS["JJ-001"]))
    again = receive(registered, [path, tmp_path / "in"])
    assert [o.status for o in again] == ["already"]  # the folder finds the same file
    assert Submission.select().count() == 1


def test_every_bad_input_is_refused_with_its_reason_and_the_others_go_on(registered,
                                                                         tmp_path):
    receive(registered, [write(tmp_path / "first", "a.zip", signed("JJ-003", revision=2))])
    approve(registered, "2026-09", "JJ-002")
    good = signed()
    items = entries(good)
    manifest = json.loads(dict(items)["manifest.json"])
    manifest["station"]["name"] = "改过的"
    visits = dict(items)["visits.csv"]
    fewer = b"\r\n".join(visits.split(b"\r\n")[:-2] + [b""])
    folder = tmp_path / "WeChat Files" / "file" / "2026-11"
    bad = {
        "letter.zip": b"Dear officer, the figures are attached.",
        "truncated.zip": good[:len(good) // 2],
        "changed-byte.zip": rezip([(n, d.replace(b"JJ-001,1,", b"JJ-001,9,", 1)
                                    if n == "visits.csv" else d) for n, d in items]),
        "edited-manifest.zip": rezip([(n, json.dumps(manifest).encode()
                                       if n == "manifest.json" else d) for n, d in items]),
        "other-key.zip": make_bundle("JJ-003", "2026-10", 3,
                                     private_key=signing.new_key_pair()[0]),
        "traversal.zip": rezip(items + [("../x", b"boo")]),
        "absolute.zip": rezip(items + [("/etc/cron.d/x", b"boo")]),
        "bomb.zip": rezip([(n, b"0" * (60 << 20) if n == "activities.csv" else d)
                           for n, d in items]),
        "malformed.zip": rezip(resign([(n, b"{oops" if n == "summary.json" else d)
                                       for n, d in items], KEYS["JJ-001"])),
        "rows.zip": rezip(resign([(n, fewer if n == "visits.csv" else d) for n, d in items],
                                 KEYS["JJ-001"])),
        "format.zip": rezip(resign(items, KEYS["JJ-001"], format="keeper-bundle/1")),
        "unregistered.zip": make_bundle("JJ-404", "2026-10"),
        "older.zip": signed("JJ-003", revision=1),
        "approved.zip": signed("JJ-002", month="2026-09"),
        "future.zip": signed("JJ-002", month="2026-12"),
    }
    with pytest.warns(UserWarning, match="Duplicate name"):
        bad["duplicate.zip"] = rezip(items + [("summary.json", dict(items)["summary.json"])])
    for name, data in bad.items():
        write(folder, name, data)
    write(folder / "deeper", "JJ-001_2026-10_r1.zip", good)
    write(folder, "notes.txt", b"not a bundle: not even tried")
    outcomes = by_file(receive(registered, [tmp_path / "WeChat Files"]))
    reasons = {name: (o.status, o.reason) for name, o in outcomes.items()}
    assert reasons == {
        "letter.zip": ("refused", "not_zip"), "truncated.zip": ("refused", "damaged"),
        "changed-byte.zip": ("refused", "hash"), "edited-manifest.zip": ("refused", "signature"),
        "other-key.zip": ("refused", "new_key"), "traversal.zip": ("refused", "path"),
        "absolute.zip": ("refused", "path"), "bomb.zip": ("refused", "bomb"),
        "duplicate.zip": ("refused", "duplicate"), "malformed.zip": ("refused", "json"),
        "rows.zip": ("refused", "rows"), "format.zip": ("refused", "format"),
        "unregistered.zip": ("refused", "unregistered"), "older.zip": ("refused", "older"),
        "approved.zip": ("refused", "approved"), "future.zip": ("refused", "future"),
        "JJ-001_2026-10_r1.zip": ("accepted", ""),
    }
    for name, outcome in outcomes.items():
        assert outcome.message().startswith(f"{name}: "), outcome.message()
    assert "r1 is older than r2" in outcomes["older.zip"].message()
    assert "accept-key JJ-003" in outcomes["other-key.zip"].message()
    # Nothing of a refused bundle was stored: one submission each for JJ-003 and JJ-001.
    assert sorted((s.station_code, s.revision) for s in Submission.select()) == [
        ("JJ-001", 1), ("JJ-003", 2)]
    kept = sorted(p.name for p in registered.received_dir.rglob("*") if p.is_file())
    assert kept == ["JJ-001_2026-10_r1.zip", "JJ-003_2026-10_r2.zip"]


def test_a_new_key_is_refused_until_the_officer_accepts_it(registered, tmp_path):
    receive(registered, [write(tmp_path, "r1.zip", signed())])
    new_pc = signing.new_key_pair()[0]
    path = write(tmp_path, "r2.zip", make_bundle("JJ-001", "2026-10", 2, private_key=new_pc))
    [refused] = receive(registered, [path])
    assert refused.reason == "new_key"
    assert RegisteredStation.get_by_id("JJ-001").pending_key == signing.public_of(new_pc)
    with pytest.raises(UserError, match="no bundle with another key"):
        accept_key(registered, "JJ-002")
    station = accept_key(registered, "jj-001")
    assert station.key_fingerprint == signing.fingerprint(signing.public_of(new_pc))
    [accepted] = receive(registered, [path])
    assert accepted.status == "accepted" and "superseded r1" in accepted.message()
    [old_key] = receive(registered, [write(tmp_path, "r3.zip", signed(revision=3))])
    assert old_key.reason == "new_key"  # the old PC's key is no longer the station's


def test_revisions_supersede_and_approval_locks_until_reopened(registered, tmp_path):
    receive(registered, [write(tmp_path, "r1.zip", signed())])
    approve(registered, "2026-10")
    [locked] = receive(registered, [write(tmp_path, "r2.zip", signed(revision=2, visits=45))])
    assert locked.reason == "approved"
    with pytest.raises(UserError, match="whole district"):
        reopen(registered, "2026-10", "JJ-001")
    reopen(registered, "2026-10")
    [taken] = receive(registered, [tmp_path / "r2.zip"])
    assert taken.status == "accepted"
    [month] = registered.month_submissions("2026-10")
    assert (month.revision, month.summary["visits"]) == (2, 45)
    assert [r.revision for r in registered.revisions("JJ-001", "2026-10")] == [1, 2]
    [same_number] = receive(registered, [write(tmp_path, "r2b.zip",
                                               signed(revision=2, visits=46))])
    assert same_number.reason == "reissued"
    from keeper.district.approval import audit_log

    assert [(e.action, e.entity_id) for e in audit_log(registered)] == [
        ("approve", "2026-10"), ("reopen", "2026-10")]


def test_a_dry_run_stores_nothing(registered, tmp_path):
    [outcome] = receive(registered, [write(tmp_path, "a.zip", signed())], dry_run=True)
    assert outcome.status == "accepted"
    assert Submission.select().count() == 0
    assert RegisteredStation.get_by_id("JJ-001").key is None
    assert not any(registered.received_dir.rglob("*.zip"))


def test_a_preview_is_refused(registered, tmp_path):
    [outcome] = receive(registered, [write(tmp_path, "p.zip", signed(complete=False))])
    assert outcome.reason == "incomplete" and Submission.select().count() == 0


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_mangled_bundles_are_refused_whole_and_never_break_receiving(registered, tmp_path,
                                                                    data):
    good = signed("JJ-002", month="2026-08", visits=25)
    mangled = bytearray(good)
    for _ in range(data.draw(st.integers(1, 4))):
        mangled[data.draw(st.integers(0, len(good) - 1))] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        mangled = mangled[:data.draw(st.integers(1, len(mangled)))]
    folder = tmp_path / f"in-{data.draw(st.integers(0, 10**9))}"
    before = Submission.select().count()
    [outcome] = receive(registered, [write(folder, "x.zip", bytes(mangled))])
    assert outcome.status in ("accepted", "already", "refused") and outcome.message()
    if outcome.status == "refused":
        assert Submission.select().count() == before
    else:  # only bytes zip does not count changed: the same bundle as the good one
        [held] = Submission.select().where(Submission.station == "JJ-002")
        assert held.summary == dict(entries(good))["summary.json"].decode()


def test_a_batch_whose_write_fails_goes_again_bundle_by_bundle(registered, tmp_path,
                                                               monkeypatch):
    from peewee import IntegrityError

    from keeper.district import receive as receiving

    original, calls = receiving._Batch.write, []

    def failing_once(self, store):
        calls.append(len(self.rows))
        if len(calls) == 1:
            raise IntegrityError("another officer's row got there first")
        return original(self, store)

    monkeypatch.setattr(receiving._Batch, "write", failing_once)
    folder = tmp_path / "in"
    for code in KEYS:
        write(folder, f"{code}.zip", signed(code))
    outcomes = receive(registered, [folder])
    assert [o.status for o in outcomes] == ["accepted"] * 3
    assert calls[0] == 3 and Submission.select().count() == 3
    assert len(list(registered.received_dir.rglob("*.zip"))) == 3
