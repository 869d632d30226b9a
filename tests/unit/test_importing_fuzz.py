"""Arbitrary ledgers: no crash, every row stored or rejected with a reason, nothing partial."""
from __future__ import annotations

import csv
import itertools
from datetime import date

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from keeper.core.import_rows import parse_count, parse_date, parse_phone, parse_time
from keeper.core.importing import import_ledger
from keeper.errors import UserError
from keeper.store.models import ImportBatch, Visit

HEADER = ("日期", "时间", "服务项目", "人次", "身份", "手机号", "备注")
_files = itertools.count()

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
numbers = st.one_of(st.integers(-5, 2000), st.floats(allow_nan=True)).map(str)
days = st.dates(date(2019, 1, 1), date(2026, 12, 31))  # some in the (pinned) future
dates = st.one_of(
    days.map(lambda d: d.isoformat()),
    days.map(lambda d: f"{d.year}/{d.month}/{d.day}"),
    days.map(lambda d: f"{d.year}年{d.month}月{d.day}日"),
    st.dates().map(lambda d: d.isoformat()),
    st.tuples(st.integers(1990, 2030), st.integers(0, 13), st.integers(0, 32)).map(
        lambda t: f"{t[0]}.{t[1]}.{t[2]}"))
times = st.one_of(st.just(""), st.tuples(st.integers(0, 23), st.integers(0, 59)).map(
    lambda t: f"{t[0]}:{t[1]:02d}"), st.tuples(st.integers(0, 30), st.integers(0, 70)).map(
    lambda t: f"{t[0]}时{t[1]}分"))
services = st.lists(st.sampled_from(["喝水", "休息", "修车", "饮水", "water", "唱歌"]),
                    min_size=1, max_size=3).map("、".join)
counts = st.one_of(st.just(""), st.integers(0, 1000).map(str))
phones = st.one_of(st.just(""), st.integers(13000000000, 19999999999).map(str))
groups = st.sampled_from(["外卖员", "学生", ""])
noise = st.one_of(text, numbers, st.just(""))

# A good row; a row as a ledger holds it (future dates, odd times, unknown services, bad
# phones now and then); or a row of anything at all.
good = st.tuples(
    st.dates(date(2019, 1, 1), date(2026, 10, 14)).map(lambda d: f"{d.year}/{d.month}/{d.day}"),
    st.tuples(st.integers(0, 23), st.integers(0, 59)).map(lambda t: f"{t[0]}时{t[1]}分"),
    st.lists(st.sampled_from(["喝水", "休息", "修车", "饮水", "water"]), min_size=1,
             max_size=3).map("、".join),
    st.integers(1, 9).map(str), groups, st.sampled_from(["", "13812345678", "13900000001"]),
    text)
plausible = st.tuples(dates, times, services, counts, groups, phones, text)
wild = st.tuples(*[st.one_of(noise, specific) for specific in (
    dates, times, services, counts, groups, phones, text)])
rows = st.one_of(st.lists(good, min_size=1, max_size=6),
                 st.lists(st.one_of(good, plausible, wild), min_size=1, max_size=8))


def write(folder, data) -> str:
    path = folder / f"fuzz-{next(_files)}.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        writer.writerows(data)
    return path


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=rows)
def test_arbitrary_rows(db, pinned_now, tmp_path, data):
    path = write(tmp_path, data)
    before = Visit.select().count(), ImportBatch.select().count()
    try:
        strict = import_ledger(path)
    except UserError:  # a whole-file problem (e.g. a NUL character): said, not crashed
        return
    assert strict.rows_read <= len(data)
    assert strict.understood + len(strict.rejected) == strict.rows_read
    assert all(r.reason.message() for r in strict.rejected)
    if strict.rejected:  # all or nothing
        assert strict.refused and strict.added == 0
        assert (Visit.select().count(), ImportBatch.select().count()) == before
    else:
        assert Visit.select().count() == before[0] + strict.added

    lenient = import_ledger(path, skip_bad=True)
    event("all or nothing: " + ("refused" if strict.refused else "stored" if strict.added
                                else "nothing new"))
    event("skip bad: " + ("stored" if lenient.added else "nothing new"))
    assert lenient.understood + len(lenient.rejected) == lenient.rows_read
    numbers_seen = [r.number for r in lenient.rejected]
    assert len(set(numbers_seen)) == len(numbers_seen)
    # Every understood row is now stored, once.
    assert lenient.added + lenient.already == lenient.understood
    assert Visit.select().count() == before[0] + strict.added + lenient.added


@given(value=st.one_of(text, numbers, st.integers(), st.floats(), st.dates(), st.times(),
                       st.datetimes(), st.timedeltas(), st.booleans()))
def test_cell_parsers_never_raise(value):
    for parse in (parse_date, parse_time, parse_count, parse_phone):
        parse(value)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.one_of(st.binary(max_size=400), st.binary(max_size=300).map(
    lambda b: "日期,服务项目\n".encode() + b), st.binary(max_size=300).map(
    lambda b: b"PK\x03\x04" + b)))
def test_arbitrary_bytes_are_read_or_refused(db, pinned_now, tmp_path, content):
    path = tmp_path / f"bytes-{next(_files)}.csv"
    path.write_bytes(content)
    try:
        result = import_ledger(path, dry_run=True)
    except UserError as exc:
        assert exc.message()
    else:
        assert result.understood + len(result.rejected) == result.rows_read
