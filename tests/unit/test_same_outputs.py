"""Speed work changes nothing a user gets (issue 17): a fixed demo's month exported, a
ledger file imported and a roster imported give the same bytes as before the work.

tests/data/same_outputs.json holds fingerprints recorded from main before issue 17's
changes: per workbook part, the PDF's text per page, per bundle entry, and the rows the
imports wrote. The station's secrets are fixed (visitor-key secret, signing key); only the
workbook's creation time (xlsxwriter stamps it) and the zip entries' times are left out. A change that is meant to change an
output re-records them with ``KEEPER_RECORD_OUTPUTS=1 pytest tests/unit/test_same_outputs.py``
and says so in its commit.
"""
from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import os
import random
import re
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from keeper import settings
from keeper.core import clock, demo

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "same_outputs.json"
NOW = datetime(2026, 10, 15, 14, 30)
SECRET = "5eed" * 16  # the station's visitor-key secret, fixed so the keys are too


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _workbook(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        parts = {}
        for name in sorted(archive.namelist()):
            data = archive.read(name)
            if name == "docProps/core.xml":  # the creation time xlsxwriter stamps
                data = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>", b"", data)
            parts[name] = _digest(data)
    return parts


def _pdf(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [_digest(page.extract_text().encode()) for page in PdfReader(path).pages]


def _bundle(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: _digest(archive.read(name)) for name in sorted(archive.namelist())}


def _rows(db, query: str) -> str:
    return _digest(json.dumps(db.execute_sql(query).fetchall(), ensure_ascii=False).encode())


def _ledger_file(path: Path) -> None:
    """A legacy ledger as the import benchmark writes it, plus rows of every kind the
    import warns about or rejects (kept out of the all-or-nothing run by --skip-bad)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from benchmarks.import_ledger import make_ledger

    make_ledger(path, 3000, seed=4)
    with path.open("a", encoding="gb18030", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["2026年2月30日", "", "", "", "骑手", "", "喝水", "1", ""])
        writer.writerow(["2026-09-01", "25:00", "", "", "外星人", "", "喝水", "1", ""])
        writer.writerow(["2026-09-01", "9:05", "王伟", "12345", "快递员", "", "喝水", "1", ""])
        writer.writerow(["2026-09-01", "9:05", "", "", "快递员", "", "跳舞", "0", ""])
        writer.writerow(["２０２６－０９－０２", "１４：０５", "李映旺", "13812345678",
                         "滴滴司机", "滴滴", "歇脚＋充电", "２", "ＮＦＫＣ"])
        writer.writerow(["2099-01-01", "", "", "", "", "", "饮水", "", ""])


def _roster_file(path: Path) -> None:
    rng = random.Random(5)
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "手机号", "身份", "平台", "党员", "志愿者", "报到日期"])
        for i in range(400):
            writer.writerow([f"骑手{i}", f"15{rng.randrange(10**9):09d}",
                             rng.choice(("外卖骑手", "快递员", "网约车司机", "")),
                             rng.choice(("美团", "饿了么", "")), rng.choice(("是", "否")),
                             "是" if i % 9 == 0 else "否", f"2026-0{1 + i % 9}-0{1 + i % 9}"])


def fingerprints(db, folder: Path) -> dict:
    from keeper.core.importing import import_ledger, write_rejects
    from keeper.core.roster import import_roster
    from keeper.reports.export import export_month

    demo.generate_demo(2, seed=11)
    settings.set(settings.Option("reports.visitor_key_secret", str, ""), SECRET)
    found: dict = {}
    for language in ("zh_CN", "en"):
        result = export_month("2026-09", folder / language, language=language)
        files = {p.suffix: p for p in result.files}
        found[language] = {"xlsx": _workbook(files[".xlsx"]), "pdf": _pdf(files[".pdf"]),
                           "bundle": _bundle(files[".zip"])}
    ledger = folder / "ledger.csv"
    _ledger_file(ledger)
    refused = import_ledger(ledger)
    found["import_refused"] = [refused.added, len(refused.rejected),
                               _digest(repr(refused.rejected).encode()),
                               _digest(repr(refused.warnings).encode()),
                               _rows(db, "SELECT COUNT(*) FROM visit")]
    imported = import_ledger(ledger, skip_bad=True)
    rejects = folder / "rejects.csv"
    write_rejects(imported, rejects)
    again = import_ledger(ledger, skip_bad=True)
    found["import"] = {
        "figures": [imported.added, imported.already, imported.new_visitors,
                    len(imported.rejected), again.added, again.already],
        "rejects": _digest(rejects.read_bytes()),
        "visits": _rows(db, "SELECT id, date, time, group_code, count, visitor_id, note, "
                            "platform, import_key FROM visit ORDER BY id"),
        "services": _rows(db, "SELECT visit_id, service_code FROM visit_service "
                              "ORDER BY visit_id, service_code"),
        "visitors": _rows(db, "SELECT id, name, phone, member_no, group_code, platform, "
                              "search_key FROM visitor ORDER BY id")}
    roster = folder / "roster.csv"
    _roster_file(roster)
    first, second = import_roster(roster), import_roster(roster)
    found["roster"] = {
        "figures": [first.added, first.updated, first.unchanged, second.added,
                    second.updated, second.unchanged],
        "visitors": _rows(db, "SELECT id, name, phone, member_no, group_code, platform, "
                              "party_member, volunteer, volunteer_team, registered_on, notes, "
                              "search_key FROM visitor ORDER BY id")}
    return found


def test_outputs_are_the_same_bytes_as_before(qapp, db, tmp_path, monkeypatch):
    from keeper.core import signing

    # The station's signing key, fixed like the visitor-key secret: the bundle's signature
    # and the fingerprint on the PDF are then the same every run.
    private = base64.b64encode(bytes(range(32))).decode()
    monkeypatch.setattr(signing, "new_key_pair", lambda: (private, signing.public_of(private)))
    clock.pin(NOW.astimezone())
    found = fingerprints(db, tmp_path)
    if os.environ.get("KEEPER_RECORD_OUTPUTS"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(found, indent=1, ensure_ascii=False) + "\n")
        pytest.skip("recorded")
    expected = json.loads(GOLDEN.read_text())
    for part in expected:  # one assertion per part, so a failure names what changed
        assert found[part] == expected[part], part
