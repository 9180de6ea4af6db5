"""Read the first sheet of a CSV or XLSX file as text rows, numbered as a spreadsheet shows them.

Register files come from many offices' Excel and WPS versions, and some are hostile. Every
failure is one sentence naming the file (and the row where there is one):

- CSV: cells of any size (a 10,000-corner boundary is one cell), any line ending (CR-only
  from old Mac Excel included), and the encodings of :data:`CSV_ENCODINGS`, tried in that order.
- XLSX: checked as a zip before openpyxl opens it (not a zip, too large unpacked, a DTD
  in any XML part: Excel never writes one, and a DTD is how XXE and "billion laughs" attacks
  begin), then read by openpyxl, which parses through defusedxml; any failure of the
  workbook's inner parts is "damaged", never the parser's own words.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
import zlib
from datetime import date, datetime
from pathlib import Path

from greenmine_desktop.messages import UserError

#: Encodings tried for CSV, in this order: UTF-16 when the file starts with its byte-order
#: mark; then UTF-8 (Excel's "CSV UTF-8", with or without the mark); then GB18030, which
#: Chinese Excel writes by default (a superset of GBK and GB2312). GB18030 decodes almost any
#: bytes, so a Big5 (traditional Chinese) file is read as garbage: its headers then match
#: nothing, and :func:`may_be_big5` lets the caller say so.
CSV_ENCODINGS = ("utf-16", "utf-8-sig", "gb18030")
#: A register file larger than this is refused before it is read (a county's register is a few MB).
MAX_FILE_BYTES = 200 * 2**20
#: The unpacked parts of an XLSX together may not pass this (zip bombs).
MAX_XLSX_UNPACKED = 500 * 2**20
#: Any cell size is allowed (up to the file size): Windows' C long caps the csv module's limit.
_CSV_FIELD_LIMIT = 2**31 - 1
_XML_DANGER = (b"<!DOCTYPE", b"<!ENTITY")


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


def _decode(raw: bytes, path: Path) -> str:
    for encoding in CSV_ENCODINGS:
        if encoding == "utf-16" and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            continue
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UserError("file_encoding", path=path.name)


def _read_csv(path: Path) -> list[list[str]]:
    text = _decode(path.read_bytes(), path)
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""))  # newline="": \r, \n and \r\n all end a row
    try:
        return [[cell.strip() for cell in row] for row in reader]
    except csv.Error as exc:
        raise UserError("file_csv_malformed", path=path.name, row=reader.line_num) from exc


def may_be_big5(path: Path) -> bool:
    """The file is not UTF-8 but is valid Big5 text: when its headers match nothing, the
    likely reason is that it was saved in traditional Chinese."""
    if path.suffix.lower() != ".csv":
        return False
    try:
        raw = path.read_bytes()
        raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    except OSError:
        return False
    else:
        return False
    try:
        raw.decode("big5")
    except UnicodeDecodeError:
        return False
    return True


def _check_xlsx(path: Path) -> None:
    """Refuse what openpyxl must never see: not a zip, a zip bomb, a DTD in any XML part."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError) as exc:
        raise UserError("file_xlsx_not_zip", path=path.name) from exc
    with archive:
        infos = archive.infolist()
        if sum(info.file_size for info in infos) > MAX_XLSX_UNPACKED:
            raise UserError("file_xlsx_too_large", path=path.name, limit=MAX_XLSX_UNPACKED // 2**20)
        try:
            for info in infos:
                if info.filename.lower().endswith((".xml", ".rels", ".vml")) and _has_dtd(archive, info):
                    raise UserError("file_xlsx_dtd", path=path.name)
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
            raise UserError("file_xlsx_damaged", path=path.name) from exc  # bad CRC, data, or encryption


def _has_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """A document type or entity declaration anywhere in the part (read in chunks)."""
    tail = b""
    with archive.open(info) as stream:
        while chunk := stream.read(1 << 20):
            window = (tail + chunk).upper()
            if any(marker in window for marker in _XML_DANGER):
                return True
            tail = window[-16:]
    return False


def _read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook  # only needed for spreadsheets

    _check_xlsx(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise UserError("file_xlsx_damaged", path=path.name) from exc
    try:
        if not book.worksheets:
            raise UserError("file_empty")
        sheet = book.worksheets[0]
        return [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - the sheet's XML is parsed lazily, while rows are read
        raise UserError("file_xlsx_damaged", path=path.name) from exc
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
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError("file_too_large", path=path.name, limit=MAX_FILE_BYTES // 2**20)
        rows = readers[suffix](path)
    except OSError as exc:
        raise UserError("file_unreadable", path=path.name, reason=exc.strerror or type(exc).__name__) from exc
    return [(number, cells) for number, cells in enumerate(rows, start=1) if any(cells)]
