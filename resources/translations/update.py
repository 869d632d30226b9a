"""Refresh the translations after changing user-visible strings:

    python resources/translations/update.py [--tracked]

1. ``pyside6-lupdate`` collects every string from keeper's sources into keeper_zh_CN.ts
   (new strings arrive "unfinished"; strings no longer in the code are dropped).
2. Translate the unfinished ones (Qt Linguist, or any editor).
3. Run this again: ``pyside6-lrelease`` compiles the .ts into the .qm that keeper loads.

tests/unit/test_translations.py fails while any string lacks a finished translation or
the .qm is older than the .ts.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "keeper_zh_CN.ts"
QM = HERE / "keeper_zh_CN.qm"
# English needs a file too, for plurals only: "%n visits" is "1 visit" / "2 visits".
TS_EN = HERE / "keeper_en.ts"
QM_EN = HERE / "keeper_en.qm"


def sources(tracked_only: bool = False) -> list[Path]:
    """Every module of keeper; with ``tracked_only``, those git knows (staged included),
    so work in progress in the same checkout stays out of the .ts."""
    if tracked_only:
        listed = subprocess.run(["git", "ls-files", "keeper"], cwd=ROOT, check=True,
                                capture_output=True, text=True).stdout.split()
        return sorted(ROOT / name for name in listed if name.endswith(".py"))
    return sorted((ROOT / "keeper").rglob("*.py"))


def lupdate(ts: Path = TS, tracked_only: bool = False) -> None:
    subprocess.run(["pyside6-lupdate", "-no-obsolete", "-locations", "none",
                    *map(str, sources(tracked_only)), "-ts", str(ts)], check=True,
                   capture_output=True)


def english_plurals(ts: Path = TS, ts_en: Path = TS_EN) -> list[str]:
    """keeper_en.ts holds every message with %n as a plural: "%n visit" / "%n visits".

    lupdate's Python parser only sees a plural when the count is a number written in the
    call, so the list comes from keeper_zh_CN.ts (every message with %n); the forms
    already written in keeper_en.ts are kept, new ones come unfinished. Returns those."""
    import xml.etree.ElementTree as ET

    written: dict[tuple[str, str], list[str]] = {}
    if ts_en.exists():
        for context in ET.parse(ts_en).getroot().iter("context"):
            for message in context.iter("message"):
                forms = [f.text or "" for f in message.iter("numerusform")]
                if all(forms) and len(forms) == 2:
                    written[(context.findtext("name"), message.findtext("source"))] = forms
    root = ET.Element("TS", version="2.1", language="en", sourcelanguage="en")
    unfinished = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        plural = [m.findtext("source") for m in context.iter("message")
                  if "%n" in (m.findtext("source") or "")]
        if not plural:
            continue
        out = ET.SubElement(root, "context")
        ET.SubElement(out, "name").text = name
        for source in plural:
            message = ET.SubElement(out, "message", numerus="yes")
            ET.SubElement(message, "source").text = source
            forms = written.get((name, source))
            translation = ET.SubElement(message, "translation")
            if forms is None:
                translation.set("type", "unfinished")
                unfinished.append(f"{name}: {source}")
            for form in forms or ("", ""):
                ET.SubElement(translation, "numerusform").text = form
    ET.indent(root)
    ts_en.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                     + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return unfinished


def lrelease(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)


if __name__ == "__main__":
    lupdate(tracked_only="--tracked" in sys.argv)
    lrelease()
    for message in english_plurals():
        print(f"keeper_en.ts: write the singular and plural of {message}", file=sys.stderr)
    lrelease(TS_EN, QM_EN)
    print(f"updated {TS.name}, {QM.name}, {TS_EN.name} and {QM_EN.name}", file=sys.stderr)
