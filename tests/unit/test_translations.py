"""Every user-visible string has a finished zh_CN translation, and the .qm is current."""
from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "keeper_zh_CN.ts"
QM = ROOT / "resources" / "translations" / "keeper_zh_CN.qm"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


def _update_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("ts_update", TS.parent / "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def _translated_texts(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_every_string_has_a_finished_translation():
    unfinished = []
    for (context, source), translation in messages(TS).items():
        texts = _translated_texts(translation)
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(
                t.strip() for t in texts):
            unfinished.append(f"{context}: {source}")
            continue
        for text in texts:
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), \
                f"placeholders differ in {context}: {source!r} -> {text!r}"
    assert not unfinished, "strings without a zh_CN translation:\n" + "\n".join(unfinished)


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="needs pyside6-lupdate")
def test_the_ts_file_holds_every_string_of_the_sources(tmp_path):
    """A string added to the code but not to keeper_zh_CN.ts fails here."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    _update_module().lupdate(copy)
    current, fresh = set(messages(TS)), set(messages(copy))
    assert fresh - current == set(), f"run resources/translations/update.py: new {fresh - current}"
    assert current - fresh == set(), f"strings no longer in the code: {current - fresh}"


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="needs pyside6-lrelease")
def test_the_compiled_qm_is_current(tmp_path):
    fresh = tmp_path / QM.name
    _update_module().lrelease(TS, fresh)
    assert QM.read_bytes() == fresh.read_bytes(), "run resources/translations/update.py"


def test_the_window_speaks_chinese(qapp):
    from PySide6.QtCore import QCoreApplication

    from keeper import i18n

    try:
        i18n.install_translators("zh_CN")
        assert QCoreApplication.translate("Navigation", "Ledger") == "台账"
        # Qt's own strings (standard buttons) come from qtbase_zh_CN.qm.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        i18n.install_translators("en")
    assert QCoreApplication.translate("Navigation", "Ledger") == "Ledger"


def test_english_plurals_have_both_forms_and_are_current(tmp_path):
    """keeper_en.ts: every message with %n has its singular and plural written."""
    update = _update_module()
    copy = tmp_path / "keeper_en.ts"
    shutil.copy(update.TS_EN, copy)
    assert update.english_plurals(TS, copy) == [], "write them in keeper_en.ts, run update.py"
    assert copy.read_text(encoding="utf-8") == update.TS_EN.read_text(encoding="utf-8")
    for (context, source), translation in messages(update.TS_EN).items():
        one, other = _translated_texts(translation)
        assert "%n" in one and "%n" in other, f"{context}: {source}"


def test_english_says_one_visit_and_two_visits(qapp):
    from PySide6.QtCore import QCoreApplication

    from keeper import i18n

    i18n.install_translators("en")
    assert QCoreApplication.translate("LogScreen", "Today: %n visits", None, 1) == \
        "Today: 1 visit"
    assert QCoreApplication.translate("LogScreen", "Today: %n visits", None, 2) == \
        "Today: 2 visits"
