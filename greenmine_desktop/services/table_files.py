"""Read the first sheet of a CSV or XLSX file as text rows, numbered as a spreadsheet shows them."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

from greenmine_desktop.messages import UserError

#: Encodings tried for CSV, in order: Excel's "CSV UTF-8" and the GB18030 that
#: Chinese Excel writes by default.
CSV_ENCODINGS = ("utf-8-sig", "gb18030")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    for encoding in CSV_ENCODINGS:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text))]
    raise UserError("file_unreadable", path=path.name, reason="unknown text encoding")


def _read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook  # only needed for spreadsheets

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise UserError("file_unreadable", path=path.name, reason=type(exc).__name__) from exc
    try:
        sheet = book.worksheets[0]
        return [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def read_rows(path: Path) -> list[tuple[int, list[str]]]:
    """(spreadsheet row number, cells) for every non-empty row, header included."""
    path = Path(path)
    suffix = path.suffix.lower()
    readers = {".csv": _read_csv, ".xlsx": _read_xlsx, ".xlsm": _read_xlsx}
    if suffix not in readers:
        raise UserError("file_type", suffix=suffix or "(none)")
    try:
        rows = readers[suffix](path)
    except OSError as exc:
        raise UserError("file_unreadable", path=path.name, reason=exc.strerror or type(exc).__name__) from exc
    return [(number, cells) for number, cells in enumerate(rows, start=1) if any(cells)]
