"""Two officers receiving the same folder at the same moment store each bundle once."""
from __future__ import annotations

import os
import subprocess
import sys

from keeper.core import signing
from keeper.district.models import RegisteredStation, Submission
from tests.cli.test_cli import ROOT
from tests.support.bundles import make_bundle

CODES = [f"JJ-{n:03d}" for n in range(1, 21)]


def test_two_processes_receiving_at_once_store_each_bundle_once(district, engine_url,
                                                                 tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    for code in CODES:
        RegisteredStation.create(code=code, name=code, opened="2026-01")
        key = signing.new_key_pair()[0]
        for month in ("2026-08", "2026-09"):
            (folder / f"{code}_{month}_r1.zip").write_bytes(
                make_bundle(code, month, private_key=key, visits=30))
    district.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("KEEPER_DATA_DIR", None)
    command = [sys.executable, "-m", "keeper", "--data-dir", str(district.folder), "--lang",
               "en", "district", "receive", str(folder)]
    officers = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True, env=env) for _ in range(2)]
    outputs = [officer.communicate(timeout=120) for officer in officers]
    for officer, (stdout, stderr) in zip(officers, outputs):
        assert officer.returncode == 0, [line for line in stdout.splitlines() if "refused" in line]
        assert "Traceback" not in stderr
    accepted = sum(stdout.count(": accepted ") for stdout, _ in outputs)
    already = sum(stdout.count(": already received") for stdout, _ in outputs)
    assert (accepted, already) == (40, 40)
    district.db.connect(reuse_if_open=True)
    assert Submission.select().count() == 40
    assert len({(s.station_code, s.month) for s in Submission.select()}) == 40
    assert len(list(district.received_dir.rglob("*.zip"))) == 40
    assert not list(district.received_dir.rglob("*.part"))
