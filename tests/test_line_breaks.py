"""No line of a PDF starts with Chinese punctuation that may not start one (行首禁则)."""

from __future__ import annotations

import pytest
from reportlab.lib import textsplit
from reportlab.platypus import Paragraph, paragraph

from greenmine_desktop.documents import line_breaks
from greenmine_desktop.documents.layout import styles

NOTICE = ("根据《甘肃省高质量推进绿色矿山建设实施方案（2021-2025年）》（甘资字〔2023〕11号）关于“对抽查不符合标准的，"
          "提出限期整改措施”的规定，现责令你单位：一、完善矿区绿化；二、规范排土场管理！是否按期完成？请于期限内书面报告。")


def _lines(text: str, width: float) -> list[str]:
    para = Paragraph(text, styles()["body"])
    para.wrap(width, 10_000)
    # A run of text gives (space, [text]) lines; markup gives FragLines of fragments.
    return ["".join(line[1]) if isinstance(line, tuple) else "".join(frag.text for frag in line.words)
            for line in para.blPara.lines]


def _prohibited_starts(text: str) -> list[tuple[float, str]]:
    """Lines that start with a character that may not start one. reportlab hangs one such
    character at the end of the line before, never two: the second of two closers in a
    row ("年）》") may still start a line, and is not counted here."""
    found = []
    for width in range(60, 420, 2):
        lines = _lines(text, width)
        found += [(width, line[0]) for before, line in zip(lines, lines[1:], strict=False)
                  if line[0] in line_breaks.CHINESE_CANNOT_START and before[-1] not in line_breaks.CHINESE_CANNOT_START]
    return found


# One run of text (reportlab's wordSplit) and a paragraph with markup (its cjkFragSplit).
TEXTS = [NOTICE, NOTICE.replace("现责令你单位", "现责令<b>青岚县宏达砂石有限公司</b>")]


@pytest.mark.parametrize("text", TEXTS, ids=["plain", "markup"])
def test_no_line_starts_with_closing_punctuation_at_any_width(text):
    assert _prohibited_starts(text) == []


@pytest.mark.parametrize("text", TEXTS, ids=["plain", "markup"])
def test_reportlabs_own_list_lets_them_start_lines(text, monkeypatch):
    """The sweep above finds what it guards against: with reportlab's Japanese list alone,
    lines start with ：，； and the like."""
    japanese = "".join(textsplit.CANNOT_START_LINE)
    monkeypatch.setattr(paragraph, "ALL_CANNOT_START", japanese)
    monkeypatch.setattr(textsplit, "ALL_CANNOT_START", japanese)
    assert {first for _, first in _prohibited_starts(text)} & set("：，；！？”》")


@pytest.mark.parametrize("char", "，。、：；！？）》」”")
def test_installing_twice_adds_each_character_once(char):
    line_breaks.install()
    line_breaks.install()
    assert paragraph.ALL_CANNOT_START.count(char) == 1
