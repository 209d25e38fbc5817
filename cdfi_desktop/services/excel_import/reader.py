"""Reading officers' workbooks fast: every sheet's cells (merged cells filled), its header row and headers."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from html import unescape
from pathlib import Path
from typing import Any

from openpyxl import load_workbook  # type: ignore[import-untyped]
from openpyxl.styles.numbers import is_date_format  # type: ignore[import-untyped]
from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH, from_excel  # type: ignore[import-untyped]

from cdfi_desktop.services.excel_import.fields import field_for_header
from cdfi_desktop.services.excel_import.speed import no_gc
from cdfi_desktop.services.excel_import.values import read_text

__all__ = ["HEADER_SCAN_ROWS", "SheetData", "WorkbookData", "WorkbookUnreadable", "detect_header_row", "read_workbook"]

HEADER_SCAN_ROWS = 20  # the header row is looked for among the first rows, under any title rows
_MERGE_RE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Z]+)([0-9]+):([A-Z]+)([0-9]+)\"")

Row = tuple[Any, ...]


class WorkbookUnreadable(Exception):
    """The file is not an Excel workbook this program can read (.xlsx / .xlsm)."""

    code = "import_file_unreadable"

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path, self.detail = path, detail


@dataclass
class SheetData:
    """One worksheet: its rows from row 1 (values only, merged ranges filled) and where its header is."""

    name: str
    rows: list[Row]
    header_row: int | None = None  # 1-based; None when no row looks like a header
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # min_col, min_row, max_col, max_row

    def headers(self, header_row: int | None = None) -> list[str]:
        """The header texts of ``header_row`` (default: the detected one), one per column."""
        number = header_row or self.header_row
        if number is None or number > len(self.rows):
            return []
        return [read_text(v) for v in self.rows[number - 1]]

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


@dataclass
class WorkbookData:
    path: Path
    sheets: list[SheetData]

    def sheet(self, name: str) -> SheetData:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        raise KeyError(name)


def read_workbook(path: str | Path) -> WorkbookData:
    """Every visible sheet's values (merged ranges filled into every cell they cover), header rows found.

    The sheet XML is scanned directly (several times faster than openpyxl's read-only mode, which is the
    fallback for any workbook the scanner does not recognise, e.g. namespace-prefixed XML).
    """
    path = Path(path)
    with no_gc():
        return _read(path)


def _read(path: Path) -> WorkbookData:
    try:
        sheets = _read_fast(path)
    except _Unsupported:
        sheets = _read_openpyxl(path)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, IndexError) as exc:
        raise WorkbookUnreadable(path, str(exc) or type(exc).__name__) from exc
    for sheet in sheets:
        while sheet.rows and all(v is None for v in sheet.rows[-1]):
            sheet.rows.pop()
        if sheet.merged:
            sheet.rows = _fill_merged(sheet.rows, sheet.merged)
        sheet.header_row = detect_header_row(sheet.rows)
    return WorkbookData(path=path, sheets=sheets)


def _read_openpyxl(path: Path) -> list[SheetData]:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise WorkbookUnreadable(path, str(exc) or type(exc).__name__) from exc
    try:
        sheets = []
        for worksheet in workbook.worksheets:
            if not hasattr(worksheet, "iter_rows") or worksheet.sheet_state != "visible":
                continue  # a chart sheet, or a hidden sheet (lists behind dropdowns)
            worksheet.reset_dimensions()  # some writers store a wrong <dimension>
            rows: list[Row] = [
                tuple(_as_percent(c.value) if _is_percent_cell(c) else c.value for c in row)
                for row in worksheet.iter_rows()
            ]
            sheets.append(SheetData(name=worksheet.title, rows=rows, merged=_merged_ranges(workbook, worksheet)))
    finally:
        workbook.close()
    return sheets


# -- the fast path: the parts of the xlsx package read with regular expressions ----------------------------------
class _Unsupported(Exception):
    """Something the fast scanner does not handle; openpyxl reads the workbook instead."""


_ATTR_RE = re.compile(r'([\w:]+)="([^"]*)"')
_SHEET_RE = re.compile(r"<sheet\b([^>]*)>")
_REL_RE = re.compile(r"<Relationship\b([^>]*)>")
_SI_RE = re.compile(r"<si>(.*?)</si>|<si/>", re.S)
_T_RE = re.compile(r"<t(?:\s[^>]*)?>([^<]*)</t>")
_RPH_RE = re.compile(r"<rPh\b.*?</rPh>", re.S)
_XFS_RE = re.compile(r"<cellXfs\b[^>]*>(.*?)</cellXfs>", re.S)
_XF_RE = re.compile(r"<xf\b([^>]*)>")
_NUMFMT_RE = re.compile(r"<numFmt\b([^>]*)>")
_CELL_RE = re.compile(  # reference, style, type, other attributes, then <v>, a plain inline string, or anything
    r'<c r="([A-Z]{1,3})([0-9]+)"(?: s="([0-9]+)")?(?: t="(\w+)")?([^>]*?)'
    r"(?:/>|>(?:<v>([^<]*)</v>|<is><t>([^<]*)</t></is>|(.*?))</c>)",
    re.S,
)
_CELL_COUNT_RE = re.compile(r"<c[\s>/]")
_V_RE = re.compile(r"<v>([^<]*)</v>")
_WORKSHEET_TYPE = "/worksheet"
_PERCENT_FORMAT_IDS = frozenset({9, 10})
_DATE_FORMAT_IDS = frozenset([*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59), *range(71, 82)])


def _attrs(text: str) -> dict[str, str]:
    return {
        key.split(":")[-1] if key.startswith("r:") else key: unescape(value) for key, value in _ATTR_RE.findall(text)
    }


def _read_fast(path: Path) -> list[SheetData]:
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        workbook_xml = archive.read("xl/workbook.xml").decode("utf-8")
        if "<sheets" not in workbook_xml:
            raise _Unsupported("prefixed workbook XML")
        rels = {}
        shared_path = "xl/sharedStrings.xml"
        styles_path = "xl/styles.xml"
        for match in _REL_RE.finditer(archive.read("xl/_rels/workbook.xml.rels").decode("utf-8")):
            rel = _attrs(match[1])
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            rels[rel.get("Id", "")] = (target, rel.get("Type", ""))
            if rel.get("Type", "").endswith("/sharedStrings"):
                shared_path = target
            elif rel.get("Type", "").endswith("/styles"):
                styles_path = target
        shared = _shared_strings(archive.read(shared_path).decode("utf-8")) if shared_path in names else []
        date_styles, percent_styles = (
            _number_styles(archive.read(styles_path).decode("utf-8"))
            if styles_path in names
            else (frozenset(), frozenset())
        )
        epoch = MAC_EPOCH if re.search(r'date1904="(1|true)"', workbook_xml) else WINDOWS_EPOCH
        sheets = []
        for match in _SHEET_RE.finditer(workbook_xml):
            info = _attrs(match[1])
            target, kind = rels.get(info.get("id", ""), ("", ""))
            if info.get("state", "visible") != "visible" or not kind.endswith(_WORKSHEET_TYPE):
                continue
            xml = archive.read(target).decode("utf-8")
            rows = _sheet_rows(xml, shared=shared, date_styles=date_styles, percent_styles=percent_styles, epoch=epoch)
            sheets.append(SheetData(name=info.get("name", ""), rows=rows, merged=_merges_in(xml.encode("utf-8"))))
    return sheets


def _shared_strings(xml: str) -> list[str]:
    out = []
    for match in _SI_RE.finditer(xml):
        body = match[1] or ""
        if "<rPh" in body:
            body = _RPH_RE.sub("", body)
        text = "".join(_T_RE.findall(body))
        out.append(unescape(text) if "&" in text else text)
    return out


def _is_percent_format(code: str) -> bool:
    """A number format that shows the value times 100 with a per cent sign ("0%", "0.00%"; not a quoted %)."""
    return "%" in re.sub(r'"[^"]*"|\\.', "", code)


def _is_percent_cell(cell: Any) -> bool:
    return isinstance(cell.value, (int, float)) and _is_percent_format(getattr(cell, "number_format", "") or "")


def _as_percent(value: float) -> str:
    """A cell shown as a percentage (0.06 shown "6%") as the text the officer sees, so a rate reads 6 % a year."""
    return f"{(Decimal(repr(value)) * 100).normalize():f}%"


def _number_styles(xml: str) -> tuple[frozenset[int], frozenset[int]]:
    """The cell styles (indexes into cellXfs) that show dates, and those that show percentages."""
    custom = {}
    for match in _NUMFMT_RE.finditer(xml):
        attrs = _attrs(match[1])
        custom[int(attrs.get("numFmtId", "0"))] = attrs.get("formatCode", "")
    block = _XFS_RE.search(xml)
    if block is None:
        return frozenset(), frozenset()
    dates, percents = set(), set()
    for index, match in enumerate(_XF_RE.finditer(block[1])):
        fmt = int(_attrs(match[1]).get("numFmtId", "0"))
        if fmt in custom:
            if is_date_format(custom[fmt]):
                dates.add(index)
            elif _is_percent_format(custom[fmt]):
                percents.add(index)
        elif fmt in _DATE_FORMAT_IDS:
            dates.add(index)
        elif fmt in _PERCENT_FORMAT_IDS:
            percents.add(index)
    return frozenset(dates), frozenset(percents)


_COLUMNS: dict[str, int] = {}


def _column(letters: str) -> int:
    index = _COLUMNS.get(letters)
    if index is None:
        index = 0
        for char in letters:
            index = index * 26 + ord(char) - 64
        _COLUMNS[letters] = index - 1
        index -= 1
    return index


def _sheet_rows(
    xml: str, *, shared: list[str], date_styles: frozenset[int], percent_styles: frozenset[int], epoch: datetime
) -> list[Row]:
    """The cells of a sheet's XML as rows of values (1-based row r is ``rows[r - 1]``)."""
    start = xml.find("<sheetData")
    if start < 0:
        raise _Unsupported("no sheetData (prefixed XML?)")
    end = xml.find("</sheetData>", start)
    data = xml[start : end if end >= 0 else len(xml)]
    grid: list[list[Any]] = []
    cells: list[Any] = []
    last_number = ""
    found = 0
    for letters, number, cell_style, cell_kind, rest, cell_raw, cell_inline, inner in _CELL_RE.findall(data):
        found += 1
        style, kind, raw, inline = cell_style, cell_kind, cell_raw, cell_inline
        if rest and ('s="' in rest or 't="' in rest):  # attributes in another order than r, s, t
            style = style or _attr(rest, "s")
            kind = kind or _attr(rest, "t")
        value: Any
        if kind == "inlineStr":
            if not inline:
                if not inner:
                    continue
                inline = "".join(_T_RE.findall(_RPH_RE.sub("", inner) if "<rPh" in inner else inner))
            value = unescape(inline) if "&" in inline else inline
        else:
            if not raw:
                if not inner or "<v>" not in inner:
                    continue
                v_match = _V_RE.search(inner)
                if v_match is None:
                    continue
                raw = v_match[1]
            if kind == "s":
                value = shared[int(raw)]
            elif kind in ("str", "d"):
                value = unescape(raw) if "&" in raw else raw
            elif kind == "b":
                value = raw in ("1", "true")
            elif kind == "e":
                continue
            else:
                value = float(raw) if ("." in raw or "E" in raw or "e" in raw) else int(raw)
                if style and int(style) in date_styles:
                    value = from_excel(value, epoch)
                elif style and int(style) in percent_styles:
                    value = _as_percent(value)
        if number != last_number:
            last_number = number
            row = int(number)
            while len(grid) < row:
                grid.append([])
            cells = grid[row - 1]
        col = _COLUMNS.get(letters)
        if col is None:
            col = _column(letters)
        if len(cells) <= col:
            cells.extend([None] * (col + 1 - len(cells)))
        cells[col] = value
    if found != len(_CELL_COUNT_RE.findall(data)):
        raise _Unsupported("cells without a plain reference")
    return [tuple(r) for r in grid]


def _attr(attrs: str, name: str) -> str:
    match = re.search(rf'\b{name}="([^"]*)"', attrs)
    return match[1] if match else ""


def _merges_in(data: bytes) -> list[tuple[int, int, int, int]]:
    """Merged ranges (min col, min row, max col, max row; 1-based) listed in a sheet's XML."""
    start = data.find(b"mergeCells")  # the list follows the cells, at the end of the sheet
    if start < 0:
        return []
    ranges = []
    for c1, r1, c2, r2 in _MERGE_RE.findall(data, data.rfind(b"<", 0, start)):
        ranges.append((_column(c1.decode()) + 1, int(r1), _column(c2.decode()) + 1, int(r2)))
    return ranges


def _merged_ranges(workbook: Any, worksheet: Any) -> list[tuple[int, int, int, int]]:
    """Merged ranges from the sheet XML: openpyxl's read-only mode does not give them."""
    sheet_path = getattr(worksheet, "_worksheet_path", None)
    archive = getattr(workbook, "_archive", None)
    if sheet_path is None or archive is None:
        return []
    with archive.open(sheet_path) as stream:
        data: bytes = stream.read()
    return _merges_in(data)


def _fill_merged(rows: list[Row], merged: list[tuple[int, int, int, int]]) -> list[Row]:
    """Copy each merged range's top-left value into every cell it covers (a household merged over its debts)."""
    width = max((r[2] for r in merged), default=0)
    touched: dict[int, list[Any]] = {}

    def cells_of(number: int) -> list[Any]:
        cells = touched.get(number)
        if cells is None:
            cells = touched[number] = list(rows[number - 1])
            if len(cells) < width:
                cells.extend([None] * (width - len(cells)))
        return cells

    for min_col, min_row, max_col, max_row in merged:
        if min_row > len(rows):
            continue
        top = cells_of(min_row)
        value = top[min_col - 1]
        for r in range(min_row, min(max_row, len(rows)) + 1):
            cells = cells_of(r)
            for c in range(min_col, max_col + 1):
                cells[c - 1] = value
    out = list(rows)
    for number, cells in touched.items():
        out[number - 1] = tuple(cells)
    return out


def detect_header_row(rows: list[Row]) -> int | None:
    """The row among the first ones whose cells name the most known fields (at least two); 1-based."""
    best, best_score = None, 1
    for number, row in enumerate(rows[:HEADER_SCAN_ROWS], start=1):
        seen = {field_for_header(v) for v in row if isinstance(v, str)}
        seen.discard(None)
        if len(seen) > best_score:
            best, best_score = number, len(seen)
    return best
