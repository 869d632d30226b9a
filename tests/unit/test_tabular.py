"""Reading spreadsheet-like files: encodings, separators, xlsx cells, titles, damage."""
from __future__ import annotations

import codecs
import random
import sys
import unicodedata
import zipfile
from datetime import date, datetime, time

import openpyxl
import pytest

from keeper.core import tabular
from keeper.core.import_rows import looks_like_header
from keeper.core.tabular import read_table
from keeper.errors import UserError

HEADER = ["日期", "时间", "服务项目", "身份"]
ROWS = [["2026-10-03", "14:05", "喝水、休息", "外卖员"], ["2026/10/4", "9:05", "如厕", "市民"]]


def write_text(path, lines: list[list[str]], *, encoding="utf-8", delimiter=",", bom=b""):
    text = "\r\n".join(delimiter.join(cells) for cells in lines) + "\r\n"
    path.write_bytes(bom + text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding, bom, expected", [
    ("utf-8", b"", "utf-8"),
    ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ("gbk", b"", "gb18030"),
    ("gb18030", b"", "gb18030"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
])
def test_encodings_are_detected(tmp_path, encoding, bom, expected):
    path = write_text(tmp_path / "l.csv", [HEADER, *ROWS], encoding=encoding, bom=bom)
    table = read_table(path)
    assert table.kind == "csv" and table.encoding == expected
    assert table.headers == HEADER  # no BOM glued to the first header
    assert table.rows == [(2, ROWS[0]), (3, ROWS[1])]


def test_gb18030_beyond_gbk(tmp_path):
    # 𠀀 (U+20000) exists only in GB18030's four-byte range: GBK cannot hold it.
    path = write_text(tmp_path / "l.csv", [HEADER, ["2026-10-03", "", "喝水", "𠀀"]],
                      encoding="gb18030")
    assert read_table(path).rows[0][1][3] == "𠀀"


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_separators_are_detected(tmp_path, delimiter):
    path = write_text(tmp_path / "l.csv", [HEADER, *ROWS], delimiter=delimiter)
    table = read_table(path)
    assert table.delimiter == delimiter
    assert table.headers == HEADER and [cells for _, cells in table.rows] == ROWS


def test_a_separator_inside_the_cells_does_not_fool_it(tmp_path):
    rows = [["2026-10-03", "14:05", "喝水;休息", "外卖员"], ["2026-10-04", "", "如厕;热饭;充电", ""]]
    assert read_table(write_text(tmp_path / "a.csv", [HEADER, *rows])).delimiter == ","
    rows = [["2026-10-03", "14:05", "喝水,休息", "外卖员"], ["2026-10-04", "", "如厕,热饭,充电", ""]]
    path = write_text(tmp_path / "b.csv", [HEADER, *rows], delimiter=";")
    table = read_table(path)
    assert table.delimiter == ";" and table.rows[1][1][2] == "如厕,热饭,充电"


def test_text_is_nfkc_normalised_and_trimmed(tmp_path):
    path = write_text(tmp_path / "l.csv", [
        ["日期", "服务项目", "人次"], ["２０２６－１０－０３", "\u3000喝水，休息 ", "３"]])
    assert read_table(path).rows == [(2, ["2026-10-03", "喝水,休息", "3"])]


def test_blank_rows_skipped_row_numbers_kept(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text("日期,服务项目\n\n2026-10-03,喝水\n,\n  ,  \n2026-10-04,\"开水\n热水\"\n"
                    "2026-10-05,如厕\n\n\n", encoding="utf-8")
    table = read_table(path)
    # A quoted cell spanning two lines is one spreadsheet row.
    assert [number for number, _ in table.rows] == [3, 6, 7]
    assert table.rows[1][1] == ["2026-10-04", "开水\n热水"]


def test_title_rows_above_the_header(tmp_path):
    path = write_text(tmp_path / "l.csv", [["望京驿站服务台账", "", "", ""],
                                           ["2026年10月", "制表: 王", "", ""], HEADER, *ROWS])
    table = read_table(path, looks_like_header)
    assert table.header_row == 3 and table.headers == HEADER
    assert [n for n, _ in table.rows] == [4, 5]
    # Without a header test, a one-cell title row is still skipped.
    assert read_table(path).header_row == 2


def test_short_rows_are_padded(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text("日期,时间,服务项目\n2026-10-03\n", encoding="utf-8")
    assert read_table(path).rows == [(2, ["2026-10-03", "", ""])]


def test_a_text_with_nothing_to_clean_reads_as_cleaning_each_cell_would(tmp_path, monkeypatch):
    """Speed (issue 17): a CSV without quotes, already NFKC and without spaces at a cell's
    edge skips the cleaning; thousands of random texts read the same either way."""
    rng = random.Random(17)
    plain = [*"ab1 ,;骑手美团é", "\r\n", "\n", "\r", ",,"]
    odd = [*"\"２，\u3000\u00a0\t\x85\u2028\x1c", "e\u0301", "\u1100\u1161", "  ", ", ", " ,", "\n "]
    texts = ["日期,服务\n2026-10-03,喝水\n"]
    for number in range(1500):
        pieces = plain + odd[:number % (len(odd) + 1)]  # some texts with nothing odd at all
        weights = [rng.random() ** 3 for _ in pieces]
        texts.append("a,b\n" + "".join(rng.choices(pieces, weights, k=rng.randint(1, 40))))
    fast = tabular._clean_already
    skipped = 0
    for number, text in enumerate(texts):
        path = tmp_path / f"{number}.csv"
        path.write_bytes(text.encode("utf-8"))
        try:
            quick = read_table(path)
        except UserError:
            continue
        monkeypatch.setattr(tabular, "_clean_already", lambda text, delimiter: False)
        slow = read_table(path)
        monkeypatch.setattr(tabular, "_clean_already", fast)
        assert (quick.headers, quick.rows) == (slow.headers, slow.rows), repr(text)
        skipped += fast(text, quick.delimiter)
    assert skipped > 100  # the quick way was really taken


def test_the_whitespace_nfkc_keeps_is_known():
    kept = {c for c in map(chr, range(sys.maxunicode + 1))
            if c.isspace() and unicodedata.is_normalized("NFKC", c)}
    assert kept == set(tabular._ODD_SPACES) | {" ", "\r", "\n"}


def test_a_big_file_keeps_each_distinct_text_once(tmp_path, monkeypatch):
    path = write_text(tmp_path / "l.csv", [HEADER, *ROWS * 50])
    monkeypatch.setattr(tabular, "SHARED_ABOVE", 100)
    rows = [cells for _, cells in read_table(path).rows]
    assert rows[0][2] is rows[2][2] and rows[1][3] is rows[99][3]
    assert rows == [ROWS[0], ROWS[1]] * 50


def make_xlsx(path, *, title=True, trailing=True):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "十月"
    if title:
        sheet.append(["望京驿站 2026 年 10 月服务台账"])
        sheet.merge_cells("A1:F1")
    sheet.append(["日期", "时间", "日期时间", "服务项目", "人次", "手机号"])
    sheet.append([date(2026, 10, 3), time(14, 5), datetime(2026, 10, 3, 14, 5), "喝水", 2,
                  13812345678])
    sheet.append([datetime(2026, 10, 4), time(9, 5, 30), None, "ＷＡＴＥＲ", 1.0, None])
    for cell in sheet[3][:2] + sheet[4][:2]:
        cell.number_format = "yyyy-mm-dd" if cell.column == 1 else "hh:mm"
    if trailing:  # formatted but empty rows, as Excel leaves them
        for row in range(5, 30):
            sheet.cell(row=row, column=1).number_format = "yyyy-mm-dd"
    second = book.create_sheet("other")
    second.append(["not", "read"])
    book.save(path)
    return path


def test_xlsx_cells_title_and_trailing_rows(tmp_path):
    path = make_xlsx(tmp_path / "ledger.bin")  # found by its bytes, whatever the name
    table = read_table(path, looks_like_header)
    assert table.kind == "xlsx" and table.sheet == "十月" and table.header_row == 2
    assert table.headers == ["日期", "时间", "日期时间", "服务项目", "人次", "手机号"]
    assert [n for n, _ in table.rows] == [3, 4]
    first, second = table.rows[0][1], table.rows[1][1]
    assert isinstance(first[0], (date, datetime)) and first[0].timetuple()[:3] == (2026, 10, 3)
    assert first[1] == time(14, 5) and first[2] == datetime(2026, 10, 3, 14, 5)
    assert first[4] == 2 and first[5] == 13812345678
    assert second[1] == time(9, 5, 30) and second[3] == "WATER"
    assert len(second) == 6


@pytest.mark.parametrize("content", [
    b"", b"\n\n  \n", b"\x00\x01\x02binary\x00", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1old xls",
    b"PK\x03\x04not really a zip", bytes(range(256)) * 4,
])
def test_damaged_or_foreign_files_are_user_errors(tmp_path, content):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(UserError):
        read_table(path)


def test_a_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "l.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(UserError, match="not an Excel workbook"):
        read_table(path)


def test_a_missing_file(tmp_path):
    with pytest.raises(UserError, match="Cannot read"):
        read_table(tmp_path / "nowhere.csv")
