"""Every user-facing GUI string is in the .ts file of each language, finished (Chinese
translated; English filled in from the source, plural forms included)."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from greenmine_desktop.messages import _TEXTS, text

ROOT = Path(__file__).resolve().parents[1]
TS_FILES = [ROOT / "resources" / "translations" / f"greenmine_{lang}.ts" for lang in ("zh_CN", "en")]


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(c.findtext("name"), m.findtext("source")): m.find("translation")
            for c in root.iter("context") for m in c.iter("message")}


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_message_in_the_ts_is_translated(ts):
    unfinished = [key for key, t in _messages(ts).items()
                  if t.get("type") in ("unfinished", "vanished", "obsolete") or not "".join(t.itertext()).strip()]
    assert not unfinished


def test_english_plurals_have_a_singular_and_a_plural():
    plural = [t for (_, source), t in _messages(TS_FILES[1]).items() if "%n" in source and t.findall("numerusform")]
    assert plural and all([f.text for f in t.findall("numerusform")] != [None, None] for t in plural)
    forms = next([f.text for f in t.findall("numerusform")] for (_, source), t in _messages(TS_FILES[1]).items()
                 if source == "%n mine(s)")
    assert forms == ["%n mine", "%n mines"]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_sources_hold_no_string_missing_from_the_ts(ts, tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = shutil.which("pyside6-lupdate")
    if not lupdate:
        pytest.fail("pyside6-lupdate not found next to the interpreter")
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    sources = sorted(str(p) for d in ("greenmine_desktop/gui", "ui") for p in (ROOT / d).glob("*.*")
                     if p.suffix in (".py", ".ui"))
    subprocess.run([str(lupdate), "-silent", "-locations", "none", "-no-obsolete", *sources, "-ts", str(copy)],
                   check=True, cwd=ROOT)
    missing = set(_messages(copy)) - set(_messages(ts))
    assert not missing, f"run 'python dev.py translations' and translate: {sorted(missing)}"


def test_core_messages_exist_in_both_languages():
    for code, (zh, en) in _TEXTS.items():
        assert zh and en and zh != en, code
    assert text("file_type", "zh_CN", suffix=".txt").endswith("。")
