"""Chinese line-start rules (行首禁则) for reportlab's CJK wrapping.

reportlab wraps CJK text between any two characters and, when the character pushed to
the next line may not start one, hangs it at the end of the line instead. Its list of
such characters (``reportlab.lib.textsplit.ALL_CANNOT_START``) comes from Japanese
typesetting and lacks most full-width Chinese punctuation, so a notice could start a
line with "：" or "，". The characters added here are the Simplified Chinese
"no line breaks before" set of Office Open XML (ECMA-376 Part 1, ``noLineBreaksBefore``
for zh-CN) with the closing brackets and quotes of GB/T 15834.

reportlab reads the list through the name its paragraph module imported, so that name
(and textsplit's own) is extended once, when the documents' layout module is imported. reportlab hangs one
such character, never two: the second of two closers in a row ("年）》") may still start
a line.
"""

from __future__ import annotations

from reportlab.lib import textsplit
from reportlab.platypus import paragraph

CHINESE_CANNOT_START = (
    "!%),.:;?]}¢°·'\"†‡›℃∶、。〃〆〕〗〞﹚﹜！＂％＇），．：；？］｝～"  # ECMA-376 noLineBreaksBefore, zh-CN
    "”’》〉」』】…—"  # closing quotes and brackets, ellipsis and dash (GB/T 15834)
)


def install() -> None:
    """Make reportlab's CJK wrapping keep these characters off the start of a line."""
    for module in (paragraph, textsplit):  # the paragraph's wrapping, and wordSplit's
        missing = "".join(c for c in CHINESE_CANNOT_START if c not in module.ALL_CANNOT_START)
        module.ALL_CANNOT_START += missing
