"""Mangled district bundles: whatever the bytes, reading one is a verdict (the bundle, or a
BundleProblem with its reason), never a crash."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from keeper.core import signing
from keeper.district import district_bundle
from keeper.district.district_read import read_district_bundle
from keeper.district.figures import StationMonth, build_month
from keeper.reports.bundle_read import BundleProblem
from tests.district.submissions import station_summary

SIZE = 4096  # mangled positions are taken modulo the real size


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    """A district bundle's bytes, and a folder to write mangled copies into."""
    folder = tmp_path_factory.mktemp("district-fuzz")
    stations = [StationMonth(f"JJ-{n:03d}", f"驿站{n}", summary=station_summary(
        f"JJ-{n:03d}", "2026-09", 100 * n), revision=1, on_time=True) for n in (1, 2, 3)]
    month = build_month({"code": "XY", "name": "浔阳区"}, "2026-09", stations)
    files = district_bundle.bundle_files(month)
    path = folder / "good.zip"
    district_bundle.write_bundle(path, month, files, revision=1, supersedes=None,
                                 complete=True, as_of="2026-09-30",
                                 generated_at="2026-10-06T09:00:00+08:00",
                                 private_key=signing.new_key_pair()[0])
    return folder, path.read_bytes()


def test_the_good_bundle_reads(good):
    folder, data = good
    path = folder / "plain.zip"
    path.write_bytes(data)
    reading = read_district_bundle(path)
    assert reading.code == "XY" and reading.summary["visits"] == 600


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=st.lists(st.tuples(st.integers(0, SIZE), st.integers(0, 255)), min_size=1,
                        max_size=6),
       cut=st.floats(0, 1))
def test_mangled_bytes_are_a_verdict_never_a_crash(good, changes, cut):
    folder, original = good
    data = bytearray(original)
    for position, value in changes:
        data[position % len(data)] = value
    if cut < 0.3:  # cut short, as an interrupted download is
        data = data[:int(len(data) * cut / 0.3)]
    path = folder / "mangled.zip"
    path.write_bytes(bytes(data))
    try:
        reading = read_district_bundle(path)
    except BundleProblem as problem:
        assert problem.reason and problem.message()
    else:  # only bytes nobody reads changed (zip comments, timestamps): the same figures
        assert reading.summary["visits"] == 600
