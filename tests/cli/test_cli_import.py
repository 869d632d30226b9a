"""``keeper import`` as a user runs it: exit status, messages, the rejects file, the database."""
from __future__ import annotations

import csv
import sqlite3

from tests.cli.test_cli import assert_clean_error, keeper

HEADER = ["日期", "时间", "服务项目", "身份", "手机号"]
GOOD = [["2025-03-01", "14:05", "喝水、休息", "外卖员", "13812345678"],
        ["2025/3/2", "", "修车", "学生", ""],
        ["2025年3月3日", "9时05分", "如厕", "", ""]]
BAD = [["2099-01-01", "", "喝水", "", ""], ["2025-03-04", "", "唱歌", "", ""]]


def write(path, rows, *, encoding="utf-8"):
    with path.open("w", encoding=encoding, newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def visits(folder) -> int:
    with sqlite3.connect(folder / "keeper.db") as conn:
        return conn.execute("SELECT COUNT(*) FROM visit WHERE voided_at IS NULL").fetchone()[0]


def test_import_then_again(tmp_path):
    folder, ledger = tmp_path / "d", write(tmp_path / "台账.csv", GOOD, encoding="gb18030")
    result = keeper(folder, "import", str(ledger))
    assert result.returncode == 0, result.stderr
    assert "rows read: 3" in result.stdout and "Imported: 3 (import #1)" in result.stdout
    assert 'Unknown group "学生"' in result.stderr  # a warning, not an error
    assert visits(folder) == 3
    again = keeper(folder, "import", str(ledger))
    assert again.returncode == 0
    assert "Nothing new to import. Imported before, skipped: 3." in again.stdout
    assert visits(folder) == 3


def test_rejected_rows_import_nothing(tmp_path):
    folder = tmp_path / "d"
    ledger = write(tmp_path / "l.csv", GOOD + BAD)
    err = assert_clean_error(keeper(folder, "import", str(ledger)))
    assert "row 5: the date 2099-01-01 is in the future" in err
    assert 'row 6: unknown service "唱歌"' in err
    assert "Nothing was imported: 2 of 5 rows are rejected" in err
    assert visits(folder) == 0


def test_many_rejected_rows_are_summed_up(tmp_path):
    ledger = write(tmp_path / "l.csv", [["2025-03-01", "", "唱歌", "", ""]] * 60)
    err = assert_clean_error(keeper(tmp_path / "d", "import", str(ledger)))
    assert "row 51:" in err and "row 52:" not in err and "… and 10 more" in err


def test_skip_bad_needs_a_rejects_file_and_writes_it(tmp_path):
    folder = tmp_path / "d"
    ledger = write(tmp_path / "l.csv", GOOD + BAD)
    usage = assert_clean_error(keeper(folder, "import", str(ledger), "--skip-bad"), status=2)
    assert "--rejects" in usage
    out = tmp_path / "rejected.csv"
    result = keeper(folder, "import", str(ledger), "--skip-bad", "--rejects", str(out))
    assert result.returncode == 0, result.stderr
    assert "Imported: 3" in result.stdout and "Rejected: 2" in result.stdout
    assert visits(folder) == 3
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert lines[0] == [*HEADER, "reason"]
    assert lines[2] == [*BAD[1], 'row 6: unknown service "唱歌"']


def test_dry_run_stores_nothing(tmp_path):
    folder = tmp_path / "d"
    result = keeper(folder, "import", str(write(tmp_path / "l.csv", GOOD)), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "Dry run, nothing stored. Would import: 3." in result.stdout
    assert visits(folder) == 0
    bad = keeper(folder, "import", str(write(tmp_path / "b.csv", GOOD + BAD)), "--dry-run")
    assert bad.returncode == 1 and "row 6:" in bad.stderr


def test_files_that_cannot_be_imported(tmp_path):
    err = assert_clean_error(keeper(tmp_path / "d", "import", str(tmp_path / "missing.csv")))
    assert "Cannot read" in err
    notes = tmp_path / "notes.csv"
    notes.write_text("姓名,备注\n张三,x\n", encoding="utf-8")
    err = assert_clean_error(keeper(tmp_path / "d", "import", str(notes)))
    assert "日期 (date), 服务项目 (services)" in err
