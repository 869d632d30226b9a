"""The bundle reader both sides share: a good bundle reads back, each kind of bad input is
refused with its own reason, and no mangling ever gets through or raises anything else."""
from __future__ import annotations

import io
import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from keeper.core import signing
from keeper.reports.bundle_read import BundleProblem, read_bundle
from tests.support.bundles import entries, make_bundle, resign, rezip

KEY = signing.new_key_pair()[0]
GOOD = make_bundle("JJ-001", "2026-10", private_key=KEY)


def refused(data: bytes) -> str:
    with pytest.raises(BundleProblem) as caught:
        read_bundle(data)
    assert caught.value.message()  # a sentence for the officer
    return caught.value.reason


def replace(name: str, new: bytes, items=None) -> list:
    return [(n, new if n == name else d) for n, d in (items or entries(GOOD))]


def test_a_good_bundle_reads_back(tmp_path):
    path = tmp_path / "JJ-001_2026-10_r1.zip"
    path.write_bytes(GOOD)
    read = read_bundle(path)
    assert (read.station_code, read.month, read.revision) == ("JJ-001", "2026-10", 1)
    assert read.key == signing.public_of(KEY) and read.summary["visits"] == 40
    assert set(read.files) == {"summary.json", "visits.csv", "appeals.csv", "activities.csv"}


def test_not_a_zip_and_a_truncated_zip():
    assert refused(b"hello, this is a letter") == "not_zip"
    assert refused(GOOD[: len(GOOD) // 2]) == "damaged"


def test_a_changed_byte_in_a_file_breaks_its_hash():
    items = entries(GOOD)
    visits = dict(items)["visits.csv"]
    assert refused(rezip(replace("visits.csv", visits.replace(b",2,", b",3,", 1)))) == "hash"


def test_a_manifest_edited_and_rehashed_breaks_the_signature():
    items = entries(GOOD)
    manifest = json.loads(dict(items)["manifest.json"])
    manifest["revision"] = 5
    assert refused(rezip(replace("manifest.json", json.dumps(manifest).encode()))) == \
        "signature"


def test_a_signature_by_another_key_than_the_manifest_says():
    other = signing.new_key_pair()[0]
    items = replace("manifest.sig", signing.sign(other, dict(entries(GOOD))["manifest.json"]))
    assert refused(rezip(items)) == "signature"


@pytest.mark.parametrize("name", ["../x", "/etc/passwd", "C:/x", "a/../../b", "dir\\x"])
def test_path_traversal_is_refused(name):
    assert refused(rezip(entries(GOOD) + [(name, b"x")])) == "path"


def test_duplicate_names_are_refused():
    items = entries(GOOD)
    with pytest.warns(UserWarning, match="Duplicate name"):
        data = rezip(items + [("summary.json", dict(items)["summary.json"])])
    assert refused(data) == "duplicate"


def test_a_zip_bomb_by_real_size():
    items = replace("visits.csv", b"0" * (60 << 20))
    assert refused(rezip(items)) == "bomb"


def test_a_zip_bomb_that_lies_about_its_size():
    """The declared size says 100 bytes, the data inflates to megabytes."""
    data = bytearray(rezip(replace("activities.csv", b"1" * (4 << 20))))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("activities.csv")
    header = info.header_offset
    # local header: the uncompressed size at offset 22; central directory likewise at 24
    data[header + 22:header + 26] = (100).to_bytes(4, "little")
    for at in _central_entries(bytes(data)):
        if bytes(data)[at + 46:at + 46 + 14] == b"activities.csv":
            data[at + 24:at + 28] = (100).to_bytes(4, "little")
    assert refused(bytes(data)) == "bomb"


def _central_entries(data: bytes) -> list[int]:
    found, at = [], data.find(b"PK\x01\x02")
    while at >= 0:
        found.append(at)
        at = data.find(b"PK\x01\x02", at + 4)
    return found


def test_malformed_json_and_unknown_format():
    assert refused(rezip(replace("manifest.json", b"{not json"))) == "json"
    items = resign(entries(GOOD), KEY, format="keeper-bundle/9")
    assert refused(rezip(items)) == "format"


def test_csv_rows_that_disagree_with_the_manifest_or_the_summary():
    items = entries(GOOD)
    visits = dict(items)["visits.csv"]
    lines = visits.split(b"\r\n")
    fewer = b"\r\n".join(lines[:-2] + [b""])  # one visit row dropped, re-hashed and re-signed
    assert refused(rezip(resign(replace("visits.csv", fewer, items), KEY))) == "rows"
    files = json.loads(dict(items)["manifest.json"])["files"]
    files["visits.csv"]["rows"] -= 1
    # rows now agree with the manifest, but the visits no longer add up to the summary's
    assert refused(rezip(resign(replace("visits.csv", fewer, items), KEY, files=files))) == \
        "invariant"


def test_a_csv_of_another_station():
    items = entries(GOOD)
    visits = dict(items)["visits.csv"].replace(b"\r\nJJ-001,", b"\r\nJJ-002,", 1)
    assert refused(rezip(resign(replace("visits.csv", visits, items), KEY))) == "csv"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(GOOD) - 1), st.integers(0, 255)),
                min_size=1, max_size=6),
       st.one_of(st.none(), st.integers(1, len(GOOD) - 1)))
def test_mangled_bundles_are_refused_or_unchanged(changes, cut):
    data = bytearray(GOOD)
    for at, value in changes:
        data[at] = value
    if cut:
        data = data[:cut]
    data = bytes(data)
    try:
        read = read_bundle(data)
    except BundleProblem as problem:
        assert problem.reason and problem.message()
        return
    # Accepted: only when what counts is untouched (bytes zip ignores, e.g. entry times).
    assert read.manifest_bytes == dict(entries(GOOD))["manifest.json"]
    assert read.files == {n: d for n, d in entries(GOOD) if n not in ("manifest.json",
                                                                      "manifest.sig")}


# The quick reading (loops in C) must answer exactly as the csv module row by row, or step
# aside (None); texts close to a good file, with the usual ways a row goes wrong mixed in.
_CELL = st.sampled_from(["", "0", "1", "2", "9", "10", "JJ-001", "JJ-002", "a,b", "x\r\ny",
                         "\r\n", "\n", "\r", "-1", "０", "1 ", "rider", "\"q\""])


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["visits.csv", "appeals.csv", "activities.csv"]),
       st.lists(st.lists(_CELL, min_size=0, max_size=16), max_size=8),
       st.booleans())
def test_the_quick_reading_agrees_with_the_row_by_row_one(name, rows, good_shape):
    from keeper.reports.bundle_read import COLUMNS, _quick_totals, _row_totals

    columns = COLUMNS[name]
    if good_shape:  # well-formed rows with chosen cells, the usual file
        count_at = columns.index("count") if "count" in columns else None
        rows = [(["JJ-001"] + row + ["1"] * len(columns))[:len(columns)] for row in rows]
        if count_at is not None:
            for row in rows:
                row[count_at] = row[count_at] if row[count_at].isdigit() else "3"
    text = ",".join(columns) + "\r\n" + "".join(",".join(row) + "\r\n" for row in rows)
    quick = _quick_totals(name, text, "JJ-001")
    try:
        slow = _row_totals(name, text, "JJ-001")
    except BundleProblem:
        slow = None
    if quick is not None:
        assert quick == slow


def test_the_quick_reading_takes_the_usual_month():
    from keeper.reports.bundle_read import _quick_totals

    visits = dict(entries(make_bundle("JJ-001", "2026-10", visits=900, private_key=KEY)))[
        "visits.csv"].decode("utf-8-sig")
    rows = visits.count("\r\n") - 1
    assert _quick_totals("visits.csv", visits, "JJ-001") == (rows, 900)
    wide = visits.replace(",2,,,0\r\n", ",12,,,0\r\n", 1)  # a two-digit count
    assert _quick_totals("visits.csv", wide, "JJ-001") == (rows, 910)
