"""Cells we write into CSV and XLSX files that clerks open in Excel or WPS.

A cell that begins with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return) is read
by a spreadsheet as a formula: a mine name ``=cmd|' /C calc'!A0`` in a public-results CSV
would run on the clerk's machine. Following the OWASP CSV-injection rule, such a cell is
written with a leading apostrophe, which spreadsheets show as text and do not evaluate.
Plain numbers (``-12.5``) are left as they are: they are not formulas.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def safe_cell(value: object) -> object:
    """``value`` as a spreadsheet must show it: text that would be a formula gets a leading
    apostrophe; numbers, dates and None pass unchanged."""
    if not isinstance(value, str) or not value.startswith(_FORMULA_START) or _PLAIN_NUMBER.match(value):
        return value
    return "'" + value


def safe_row(values: Iterable[object]) -> list[object]:
    return [safe_cell(v) for v in values]
