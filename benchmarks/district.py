"""The district office on a simulated city (issue 14): 183 stations × 12 months of valid,
signed keeper-bundle/2 files (summaries made up, visits.csv to match, signed properly).

    python benchmarks/district.py [--stations 183] [--months 12] [--pg postgresql://…]

For SQLite and, with --pg (or KEEPER_TEST_PG), PostgreSQL side by side:
1. Receiving one month (183 bundles) against merely unzipping and hashing the same files
   in the same run (the floor; target: receive ≤ 2× the floor), and against a second floor:
   the same plus what the libraries alone do for the checks every bundle must pass
   (signature, JSON, the CSVs' rows and counts), which the first floor leaves out.
2. A whole year (2,196 bundles) in one receive, into a fresh district.
3. Month status and checks of the last month, with its six months of history
   (target ≤ 0.5 s).
4. The last month's district report: workbook, PDF and district bundle (target ≤ 3 s).
"""
from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import shutil
import sys
import tempfile
import time
import zipfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the report's PDF needs no screen

from keeper.core import clock, signing  # noqa: E402
from keeper.core.stats import shift_month  # noqa: E402
from keeper.district.checks import run_checks  # noqa: E402
from keeper.district.models import RegisteredStation  # noqa: E402
from keeper.district.receive import receive  # noqa: E402
from keeper.district.report import write_month_report  # noqa: E402
from keeper.district.status import month_status  # noqa: E402
from keeper.district.store import init_district  # noqa: E402
from tests.support.bundles import make_bundle  # noqa: E402

LAST_MONTH = "2026-10"


def make_city(folder: Path, stations: int, months: int) -> tuple[list[str], list[str]]:
    codes = [f"JJ-{n:03d}" for n in range(1, stations + 1)]
    month_list = [shift_month(LAST_MONTH, -n) for n in range(months - 1, -1, -1)]
    rng = random.Random(14)
    for code in codes:
        key = signing.new_key_pair()[0]
        size = rng.randint(300, 3000)  # a station's usual month, in 人次
        for index, month in enumerate(month_list):
            target = folder / month / f"{code}_{month}_r1.zip"
            target.parent.mkdir(parents=True, exist_ok=True)
            visits = max(1, int(size * rng.uniform(0.85, 1.15)))
            target.write_bytes(make_bundle(code, month, visits=visits, private_key=key,
                                           seed=index))
    return codes, month_list


def unzip_and_hash(files: list[Path]) -> float:
    """The floor: read each file, hash it, inflate every entry and hash it."""
    start = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        hashlib.sha256(data).hexdigest()
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                hashlib.sha256(archive.read(info)).hexdigest()
    return time.perf_counter() - start


def unzip_hash_and_check(files: list[Path]) -> float:
    """The second floor: the same, plus what the libraries alone do for the checks every
    bundle must pass (DESIGN §3): the manifest's Ed25519 signature (cryptography), its and
    the summary's JSON, each CSV's rows and the visits' count column (csv module)."""
    import base64
    import csv
    import json

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    start = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        hashlib.sha256(data).hexdigest()
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            raw = {info.filename: archive.read(info) for info in archive.infolist()}
        for content in raw.values():
            hashlib.sha256(content).hexdigest()
        manifest = json.loads(raw["manifest.json"])
        Ed25519PublicKey.from_public_bytes(base64.b64decode(manifest["key"])).verify(
            raw["manifest.sig"], raw["manifest.json"])
        json.loads(raw["summary.json"])
        for name in ("visits.csv", "appeals.csv", "activities.csv"):
            rows = csv.reader(io.StringIO(raw[name].decode("utf-8-sig"), newline=""))
            next(rows)
            if name == "visits.csv":
                sum(int(row[6]) for row in rows)
            else:
                sum(1 for _row in rows)
    return time.perf_counter() - start


def signatures_alone(files: list[Path]) -> float:
    """Part of that: the Ed25519 verifications alone (manifests already unzipped), the one
    check no code can make cheaper than cryptography does."""
    import base64
    import json

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    signed = []
    for path in files:
        with zipfile.ZipFile(path) as archive:
            signed.append((archive.read("manifest.json"), archive.read("manifest.sig")))
    start = time.perf_counter()
    for manifest, signature in signed:
        key = base64.b64decode(json.loads(manifest)["key"])
        Ed25519PublicKey.from_public_bytes(key).verify(signature, manifest)
    return time.perf_counter() - start


def fresh_district(folder: Path, codes: list[str], url: str | None):
    if url:
        import psycopg2

        connection = psycopg2.connect(url)
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
        connection.close()
    shutil.rmtree(folder, ignore_errors=True)
    store = init_district(folder, "九江市", "JJ", db_url=url)
    with store.db.atomic():
        RegisteredStation.insert_many([{"code": c, "name": f"驿站{c}", "opened": "2020-01"}
                                       for c in codes]).execute()
    return store


def run_engine(name: str, url: str | None, work: Path, bundles: Path, codes, month_list):
    month_files = sorted((bundles / LAST_MONTH).glob("*.zip"))
    floors, checked, signatures, receives = [], [], [], []
    for _ in range(5):  # the best of five for each, in turn (the page cache warm for all)
        floors.append(unzip_and_hash(month_files))
        checked.append(unzip_hash_and_check(month_files))
        signatures.append(signatures_alone(month_files))
        store = fresh_district(work / f"{name}-month", codes, url)
        start = time.perf_counter()
        outcomes = receive(store, [bundles / LAST_MONTH])
        receives.append(time.perf_counter() - start)
        assert all(o.status == "accepted" for o in outcomes), outcomes[0].message()
        store.close()
    floor, taken, floor_checked = min(floors), min(receives), min(checked)

    store = fresh_district(work / f"{name}-year", codes, url)
    start = time.perf_counter()
    outcomes = receive(store, [bundles])
    year = time.perf_counter() - start
    assert sum(o.status == "accepted" for o in outcomes) == len(codes) * len(month_list)
    start = time.perf_counter()
    status = month_status(store, LAST_MONTH)
    status_time = time.perf_counter() - start
    start = time.perf_counter()
    found = run_checks(store, LAST_MONTH)
    checks_time = time.perf_counter() - start
    start = time.perf_counter()
    written = write_month_report(store, LAST_MONTH, work / f"{name}-report")
    report_time = time.perf_counter() - start
    assert len(written) == 3
    store.close()
    return {"floor": floor, "month": taken, "ratio": taken / floor,
            "signatures": min(signatures) / floor, "floor_checked": floor_checked, "ratio_checked": taken / floor_checked, "year": year,
            "year_bundles": len(outcomes), "status": status_time, "checks": checks_time,
            "received": status.received, "findings": len(found), "report": report_time}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stations", type=int, default=183)
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--pg", default=os.environ.get("KEEPER_TEST_PG"))
    args = parser.parse_args()
    clock.pin(datetime(2026, 11, 4, 9, 0).astimezone())  # October's bundles arrive on time
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(["keeper"])  # noqa: F841 (fonts and the PDF live there)
    work = Path(tempfile.mkdtemp(prefix="keeper-district-bench-"))
    try:
        start = time.perf_counter()
        codes, month_list = make_city(work / "bundles", args.stations, args.months)
        files = list((work / "bundles").rglob("*.zip"))
        size = sum(p.stat().st_size for p in files)
        print(f"{len(files)} signed bundles ({size / 1e6:.0f} MB) made in "
              f"{time.perf_counter() - start:.1f} s")
        engines = [("SQLite", None)] + ([("PostgreSQL", args.pg)] if args.pg else [])
        results = {name: run_engine(name, url, work, work / "bundles", codes, month_list)
                   for name, url in engines}
        rows = [
            ("unzip + hash one month (floor)", "floor", "{:.2f} s"),
            (f"receive one month ({args.stations} bundles)", "month", "{:.2f} s"),
            ("  ratio to the floor (target ≤ 2)", "ratio", "{:.2f}×"),
            ("  Ed25519 checks alone, to the floor", "signatures", "{:.2f}×"),
            ("unzip + hash + the libraries' checks", "floor_checked", "{:.2f} s"),
            ("  ratio to that floor", "ratio_checked", "{:.2f}×"),
            ("receive a whole year in one go", "year", "{:.1f} s"),
            ("  bundles in that receive", "year_bundles", "{}"),
            ("month status (target ≤ 0.5 s)", "status", "{:.3f} s"),
            ("month checks (target ≤ 0.5 s)", "checks", "{:.3f} s"),
            ("  received / findings", None, None),
            ("month report: xlsx, pdf, bundle (≤ 3 s)", "report", "{:.2f} s"),
        ]
        print(f"{'':42}" + "".join(f"{name:>14}" for name in results))
        for label, key, form in rows:
            if key is None:
                cells = [f"{r['received']} / {r['findings']}" for r in results.values()]
            else:
                cells = [form.format(r[key]) for r in results.values()]
            print(f"{label:42}" + "".join(f"{c:>14}" for c in cells))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
