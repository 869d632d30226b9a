"""`keeper district …` as an officer runs it: exit statuses and one-message errors."""
from __future__ import annotations

from keeper.core import signing
from tests.cli.test_cli import assert_clean_error, keeper
from tests.support.bundles import make_bundle


def test_commands_before_init_and_wrong_input_are_clean_errors(tmp_path):
    office = tmp_path / "office"
    assert "keeper district init" in assert_clean_error(
        keeper(office, "district", "status", "--month", "2026-10"))
    assert not (office / "district.db").exists()
    # "keeper district" alone opens the window: over no district, it says so and ends.
    assert "keeper district init" in assert_clean_error(keeper(office, "district"))
    assert keeper(office, "district", "status").returncode == 2  # --month is required
    assert "not a database keeper can use" in assert_clean_error(
        keeper(office, "district", "init", "--name", "濂溪区", "--db", "mysql://x"))
    assert "Cannot reach the district database" in assert_clean_error(
        keeper(office, "district", "init", "--name", "濂溪区", "--db",
               "postgresql://nobody:secret@127.0.0.1:1/none"))
    assert not (office / "district.json").exists()
    assert keeper(office, "district", "init", "--name", "濂溪区").returncode == 0
    assert "YYYY-MM" in assert_clean_error(
        keeper(office, "district", "status", "--month", "2026-13"))
    assert "does not exist" in assert_clean_error(
        keeper(office, "district", "receive", str(tmp_path / "nowhere")))
    (tmp_path / "empty").mkdir()
    assert "No bundle" in assert_clean_error(
        keeper(office, "district", "receive", str(tmp_path / "empty")))
    assert "no station JJ-9" in assert_clean_error(
        keeper(office, "district", "stations", "accept-key", "jj-9"))
    assert "nothing to reopen" in assert_clean_error(
        keeper(office, "district", "reopen", "--month", "2026-10"))
    zh = keeper(office, "district", "explain", "7", "--note", "x", lang="zh_CN")
    assert "没有发现 #7" in assert_clean_error(zh)


def test_receive_says_one_line_per_bundle_and_exits_1_when_any_is_refused(tmp_path):
    office = tmp_path / "office"
    assert keeper(office, "district", "init", "--name", "濂溪区").returncode == 0
    register = tmp_path / "register.csv"
    register.write_text("code,name,opened\nJJ-001,八里湖,2026-01\n", encoding="utf-8")
    listed = keeper(office, "district", "stations", "import", str(register))
    assert "1 stations added" in listed.stdout
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "JJ-001_2026-09_r1.zip").write_bytes(
        make_bundle("JJ-001", "2026-09", private_key=signing.new_key_pair()[0]))
    (inbox / "broken.zip").write_bytes(b"PK\x03\x04 half a download")
    result = keeper(office, "district", "receive", str(inbox), lang="zh_CN")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("JJ-001_2026-09_r1.zip：已接收 JJ-001 2026-09 r1")
    assert lines[1].startswith("broken.zip：拒收：压缩包已损坏")
    assert "1 个数据包被拒收" in result.stderr
    listing = keeper(office, "district", "stations", "list")
    assert listing.stdout.startswith("JJ-001\t八里湖\tcomprehensive\t2026-01–")
    status = keeper(office, "district", "status", "--month", "2026-09")
    assert "1 expected, 1 received (100.0%)" in status.stdout
