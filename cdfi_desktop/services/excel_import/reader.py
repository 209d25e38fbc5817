"""Reading officers' workbooks: streamed from the zip within limits, every sheet's cells (merged cells filled)."""

# The sheet XML and the shared strings are read from the zip a megabyte at a time and scanned with regular
# expressions as they come (several times faster than openpyxl); a sheet the scanner does not recognise (cells
# without references, attributes in an unusual order) is read by a streaming expat parser instead. Every
# uncompressed byte, row, column, cell, merged area and character is counted on the way, and the first limit
# passed (``limits.ReadLimits``) refuses the workbook with its own message code: a hostile or broken file costs
# seconds and a few hundred megabytes at most, never a crash.

from __future__ import annotations

import codecs
import math
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from html import unescape
from pathlib import Path
from typing import Any
from xml.parsers import expat

from openpyxl.styles.numbers import is_date_format  # type: ignore[import-untyped]
from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH, from_excel  # type: ignore[import-untyped]

from cdfi_desktop.services.excel_import.fields import GROUP_MARK, field_for_header, normalise_header
from cdfi_desktop.services.excel_import.limits import LIMITS, ReadLimits, column_letters, limit_params, megabytes
from cdfi_desktop.services.excel_import.speed import no_gc
from cdfi_desktop.services.excel_import.values import FORMULA_WITHOUT_VALUE, read_text

__all__ = [
    "FORMULA_WITHOUT_VALUE",
    "HEADER_SCAN_ROWS",
    "SheetData",
    "WorkbookData",
    "WorkbookTooLarge",
    "WorkbookUnreadable",
    "detect_header_row",
    "header_texts",
    "read_workbook",
]

HEADER_SCAN_ROWS = 20  # the header row is looked for among the first rows, under any title rows
CHUNK = 1 << 20  # uncompressed bytes of a part read at a time

Row = tuple[Any, ...]
Merge = tuple[int, int, int, int]  # min col, min row, max col, max row; 1-based


class WorkbookUnreadable(Exception):
    """The file is not an Excel workbook this program can read (.xlsx / .xlsm); ``code`` says why.

    ``detail`` is language-neutral (a part name, a cell such as ``ทะเบียน!A200001``, a size); the message is
    ``texts.reason_text(code, language, location=path, detail=detail, **params)``.
    """

    code = "import_file_unreadable"

    def __init__(self, path: Path, detail: str, *, code: str | None = None, **params: object) -> None:
        super().__init__(f"{path}: {detail}")
        self.path, self.detail = path, detail
        if code is not None:
            self.code = code
        self.params: dict[str, object] = params


class WorkbookTooLarge(WorkbookUnreadable):
    """A workbook past one of the reading limits (file size, content, rows, columns, cells, merges, texts)."""

    code = "import_content_too_large"


TOO_LARGE_CODES = frozenset(
    {
        "import_file_too_large",
        "import_content_too_large",
        "import_too_many_rows",
        "import_too_many_columns",
        "import_too_many_cells",
        "import_merge_too_large",
        "import_too_many_merges",
        "import_merged_too_much",
        "import_too_many_strings",
        "import_too_much_text",
        "import_cell_too_long",
    }
)


@dataclass
class SheetData:
    """One worksheet: its rows from row 1 (values only, merged ranges filled) and where its header is.

    ``rows[r - 1]`` is row r up to its last cell with a value; a row without values is the empty tuple.
    """

    name: str
    rows: list[Row]
    header_row: int | None = None  # 1-based; None when no row looks like a header
    merged: list[Merge] = field(default_factory=list)

    def headers(self, header_row: int | None = None) -> list[str]:
        """The header texts of ``header_row`` (default: the detected one), one per column; a column under a group
        heading merged over a few columns on the row above reads "group › own" (``fields.GROUP_MARK``)."""
        number = header_row or self.header_row
        if number is None or number > len(self.rows):
            return []
        return header_texts(self.rows, self.merged, number)

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


def read_workbook(path: str | Path, *, limits: ReadLimits = LIMITS) -> WorkbookData:
    """Every visible sheet's values (merged ranges filled into every cell they cover), header rows found.

    Raises ``WorkbookUnreadable`` (``WorkbookTooLarge`` for a limit passed) with a ``code`` naming the reason:
    an old .xls file, a password-protected workbook, a text file named .xlsx, a damaged file, or a limit.
    """
    path = Path(path)
    try:
        with no_gc():
            return _read(path, limits)
    except _Refused as refused:
        kind = WorkbookTooLarge if refused.code in TOO_LARGE_CODES else WorkbookUnreadable
        raise kind(path, refused.detail, code=refused.code, **refused.params) from refused.__cause__


class _Refused(Exception):
    """A reason to refuse the workbook, raised deep in the reading; ``read_workbook`` adds the path."""

    def __init__(self, code: str, detail: str = "", **params: object) -> None:
        super().__init__(code, detail)
        self.code, self.detail, self.params = code, detail, params


def _past(limits: ReadLimits, code: str, detail: str) -> _Refused:
    """The refusal for a limit passed, naming the limit as the message shows it."""
    return _Refused(code, detail, **limit_params(limits, code))


class _Unsupported(Exception):
    """Something the fast scanner does not handle; the streaming expat parser reads the sheet instead."""


# -- the file itself: its size and what kind of file it is -------------------------------------------------------
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File: .xls, and Office's password-protected files
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_ENCRYPTED_STREAMS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
_SNIFF_BYTES = 64 * 1024
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _read(path: Path, limits: ReadLimits) -> WorkbookData:
    try:
        size = path.stat().st_size
        if size > limits.file_bytes:
            raise _past(limits, "import_file_too_large", megabytes(size, places=1))
        with path.open("rb") as stream:
            head = stream.read(_SNIFF_BYTES)
        _sniff(path, head)
        _check_zip_directory(path, limits)
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError) as exc:  # a zip directory in pieces
        if head.startswith(_ZIP_MAGIC):
            raise _Refused("import_file_corrupt", str(exc)) from exc
        raise _Refused("import_file_unreadable", str(exc)) from exc
    except OSError as exc:
        raise _Refused("import_file_unreadable", exc.strerror or str(exc)) from exc
    with archive:
        package = _Package(archive, limits)
        try:
            sheets = _read_package(package)
        except _Refused:
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, IndexError, OSError) as exc:
            raise _Refused("import_file_corrupt", str(exc) or type(exc).__name__) from exc
    return WorkbookData(path=path, sheets=sheets)


def _sniff(path: Path, head: bytes) -> None:
    """Refuse, with a message that says what to do, the files people rename or save as .xlsx by mistake."""
    if head.startswith(_OLE2_MAGIC):
        if _file_contains(path, _ENCRYPTED_STREAMS):
            raise _Refused("import_file_encrypted")
        raise _Refused("import_file_xls")
    if head.startswith(_ZIP_MAGIC):
        return
    if not head:
        raise _Refused("import_file_unreadable", "0 bytes")
    if _looks_like_text(head):
        raise _Refused("import_file_text")


def _file_contains(path: Path, needles: tuple[bytes, ...]) -> bool:
    overlap = max(len(n) for n in needles)
    tail = b""
    with path.open("rb") as stream:
        while block := stream.read(CHUNK):
            window = tail + block
            if any(n in window for n in needles):
                return True
            tail = window[-overlap:]
    return False


def _looks_like_text(head: bytes) -> bool:
    """CSV or other text: UTF-8, UTF-16 with its mark, or Thai Windows text (cp874), without control bytes."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    for encoding in ("utf-8-sig", "cp874"):
        try:
            text = codecs.getincrementaldecoder(encoding)().decode(head)  # not final: a cut character is fine
        except UnicodeDecodeError:
            continue
        return len(_CONTROL_RE.findall(text)) <= len(text) // 100
    return False


def _check_zip_directory(path: Path, limits: ReadLimits) -> None:
    """Refuse a zip listing more parts than any workbook has, before its directory is loaded into memory."""
    with path.open("rb") as stream:
        stream.seek(0, 2)
        size = stream.tell()
        stream.seek(max(0, size - 65_557))
        tail = stream.read()
        at = tail.rfind(b"PK\x05\x06")
        if at < 0 or at + 22 > len(tail):
            return
        entries: int = struct.unpack("<H", tail[at + 10 : at + 12])[0]
        locator = tail.rfind(b"PK\x06\x07", 0, at)
        if entries == 0xFFFF and locator >= 0 and locator + 20 <= len(tail):
            offset: int = struct.unpack("<Q", tail[locator + 8 : locator + 16])[0]
            stream.seek(offset)
            record = stream.read(56)
            if record[:4] == b"PK\x06\x06" and len(record) == 56:
                entries = struct.unpack("<Q", record[32:40])[0]
    if entries > limits.parts:
        raise _Refused("import_file_corrupt", f"{entries:,} zip entries")  # no workbook has a thousand


# -- the parts of the package, read through one budget of uncompressed bytes -------------------------------------
class _Package:
    def __init__(self, archive: zipfile.ZipFile, limits: ReadLimits) -> None:
        self.archive, self.limits = archive, limits
        self.names = set(archive.namelist())
        self.used = 0  # uncompressed bytes read so far, of every part
        self.cells = 0  # cells kept so far, of every sheet
        self.text_chars = 0  # characters of texts kept so far

    def blocks(self, name: str) -> Iterator[bytes]:
        """The part's bytes, a chunk at a time; the uncompressed bytes are counted as they come."""
        limit = self.limits.content_bytes
        try:
            with self.archive.open(name) as stream:
                while block := stream.read(CHUNK):
                    self.used += len(block)
                    if self.used > limit:
                        raise _Refused("import_content_too_large", f"{name} > {megabytes(limit)}")
                    yield block
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError) as exc:
            raise _Refused("import_file_corrupt", f"{name}: {exc}") from exc

    def chunks(self, name: str) -> Iterator[str]:
        """The part as text, a chunk at a time (UTF-8, or UTF-16 with its byte-order mark)."""
        decoder: codecs.IncrementalDecoder | None = None
        try:
            for block in self.blocks(name):
                if decoder is None:
                    encoding = "utf-16" if block.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
                    decoder = codecs.getincrementaldecoder(encoding)()
                text = decoder.decode(block)
                if text:
                    yield text
            if decoder is not None:
                text = decoder.decode(b"", final=True)
                if text:
                    yield text
        except UnicodeDecodeError as exc:
            raise _Refused("import_file_corrupt", f"{name}: {exc}") from exc

    def small(self, name: str) -> Iterator[bytes]:
        """A small part (workbook, relationships, styles): the same bytes, at most ``part_bytes`` of them."""
        read = 0
        for block in self.blocks(name):
            read += len(block)
            if read > self.limits.part_bytes:
                raise _Refused("import_content_too_large", f"{name} > {megabytes(self.limits.part_bytes)}")
            yield block

    def add_text(self, chars: int, where: str) -> None:
        self.text_chars += chars
        if self.text_chars > self.limits.text_chars:
            raise _past(self.limits, "import_too_much_text", where)


def _walk_xml(
    blocks: Iterator[bytes],
    *,
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None] | None = None,
    text: Callable[[str], None] | None = None,
    name: str,
) -> None:
    """Parse a part with expat, element by element (local names, namespaces dropped); no DTD entities."""

    def refuse_entities(*_args: object) -> None:
        raise _Refused("import_file_corrupt", f"{name}: entity declarations")

    def on_start(tag: str, attrs: dict[str, str]) -> None:
        start(tag.rpartition("}")[2], {k.rpartition("}")[2]: v for k, v in attrs.items()})

    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.EntityDeclHandler = refuse_entities
    parser.StartElementHandler = on_start
    if end is not None:
        on_end = end
        parser.EndElementHandler = lambda tag: on_end(tag.rpartition("}")[2])
    if text is not None:
        parser.CharacterDataHandler = text
    try:
        for block in blocks:
            parser.Parse(block, False)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise _Refused("import_file_corrupt", f"{name}: {exc}") from exc


@dataclass
class _Styles:
    dates: frozenset[int] = frozenset()
    percents: frozenset[int] = frozenset()
    epoch: datetime = WINDOWS_EPOCH


def _read_package(package: _Package) -> list[SheetData]:
    workbook_path = _office_document(package)
    if workbook_path not in package.names:
        if "xl/workbook.bin" in package.names:
            raise _Refused("import_file_xls", "xlsb")
        raise _Refused("import_file_unreadable", "no xl/workbook.xml")
    sheets_info: list[dict[str, str]] = []
    epoch = [WINDOWS_EPOCH]

    def on_workbook(tag: str, attrs: dict[str, str]) -> None:
        if tag == "sheet":
            sheets_info.append(attrs)
        elif tag == "workbookPr" and attrs.get("date1904") in ("1", "true"):
            epoch[0] = MAC_EPOCH

    _walk_xml(package.small(workbook_path), start=on_workbook, name=workbook_path)
    rels = _relationships(package, workbook_path)
    shared_path = styles_path = ""
    for target, kind in rels.values():
        if kind.endswith("/sharedStrings"):
            shared_path = target
        elif kind.endswith("/styles"):
            styles_path = target
    styles = _styles(package, styles_path) if styles_path in package.names else _Styles()
    styles.epoch = epoch[0]
    shared = _shared_strings(package, shared_path) if shared_path in package.names else []
    sheets = []
    for info in sheets_info:
        target, kind = rels.get(info.get("id", ""), ("", ""))
        if info.get("state", "visible") != "visible" or not kind.endswith("/worksheet"):
            continue  # a chart sheet, or a hidden sheet (lists behind dropdowns)
        if target not in package.names:
            raise _Refused("import_file_corrupt", f"no {target}")
        sheets.append(_read_sheet(package, target, name=info.get("name", ""), shared=shared, styles=styles))
    return sheets


def _office_document(package: _Package) -> str:
    """The workbook part named by the package's relationships (``xl/workbook.xml`` as Excel writes it)."""
    if "_rels/.rels" not in package.names:
        return "xl/workbook.xml"
    found = ["xl/workbook.xml"]

    def on_rel(tag: str, attrs: dict[str, str]) -> None:
        if tag == "Relationship" and attrs.get("Type", "").endswith("/officeDocument"):
            found[0] = attrs.get("Target", "").lstrip("/")

    _walk_xml(package.small("_rels/.rels"), start=on_rel, name="_rels/.rels")
    return found[0]


def _relationships(package: _Package, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id → (target part, type) of ``part``."""
    folder, base = posixpath.split(part)
    rels_path = posixpath.join(folder, "_rels", base + ".rels")
    out: dict[str, tuple[str, str]] = {}
    if rels_path not in package.names:
        return out

    def on_rel(tag: str, attrs: dict[str, str]) -> None:
        if tag != "Relationship" or attrs.get("TargetMode") == "External":
            return
        target = attrs.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        out[attrs.get("Id", "")] = (target, attrs.get("Type", ""))

    _walk_xml(package.small(rels_path), start=on_rel, name=rels_path)
    return out


_PERCENT_FORMAT_IDS = frozenset({9, 10})
_DATE_FORMAT_IDS = frozenset([*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59), *range(71, 82)])


def _styles(package: _Package, path: str) -> _Styles:
    """The cell styles (indexes into cellXfs) that show dates, and those that show percentages."""
    custom: dict[int, str] = {}
    formats: list[int] = []
    inside = [False]

    def number(text: str | None) -> int:
        return int(text) if text and text.isdigit() and len(text) < 10 else 0

    def on_start(tag: str, attrs: dict[str, str]) -> None:
        if tag == "numFmt":
            custom[number(attrs.get("numFmtId"))] = attrs.get("formatCode", "")
        elif tag == "cellXfs":
            inside[0] = True
        elif tag == "xf" and inside[0]:
            formats.append(number(attrs.get("numFmtId")))

    def on_end(tag: str) -> None:
        if tag == "cellXfs":
            inside[0] = False

    _walk_xml(package.small(path), start=on_start, end=on_end, name=path)
    dates, percents = set(), set()
    for index, fmt in enumerate(formats):
        if fmt in custom:
            if is_date_format(custom[fmt]):
                dates.add(index)
            elif _is_percent_format(custom[fmt]):
                percents.add(index)
        elif fmt in _DATE_FORMAT_IDS:
            dates.add(index)
        elif fmt in _PERCENT_FORMAT_IDS:
            percents.add(index)
    return _Styles(dates=frozenset(dates), percents=frozenset(percents))


def _is_percent_format(code: str) -> bool:
    """A number format that shows the value times 100 with a per cent sign ("0%", "0.00%"; not a quoted %)."""
    return "%" in re.sub(r'"[^"]*"|\\.', "", code)


def _as_percent(value: float) -> str | float:
    """A cell shown as a percentage (0.06 shown "6%") as the text the officer sees, so a rate reads 6 % a year."""
    if not math.isfinite(value):
        return value
    return f"{(Decimal(repr(value)) * 100).normalize():f}%"


# -- texts: the shared-strings table ---------------------------------------------------------------------------
_MAIN_NS_RE = re.compile(
    r'xmlns:(\w+)="(?:http://schemas\.openxmlformats\.org/spreadsheetml/2006/main|'
    r'http://purl\.oclc\.org/ooxml/spreadsheetml/main)"'
)
_ROOT_RE = re.compile(r"<(?:(\w+):)?(?:sst|worksheet)\b")
_SI_RE = re.compile(r"<si>(.*?)</si>|<si/>", re.S)
_T_RE = re.compile(r"<t(?:\s[^>]*)?>([^<]*)</t>")
_RPH_RE = re.compile(r"<rPh\b.*?</rPh>", re.S)


def _prefix_of(head: str) -> str | None:
    """The prefix the part gives SpreadsheetML's namespace ("x" in ``<x:worksheet xmlns:x=...>``); "" for none,
    None while the root element has not come yet."""
    root = _ROOT_RE.search(head)
    if root is None:
        return None
    if not root[1]:
        return ""
    declared = _MAIN_NS_RE.search(head, root.start())
    return root[1] if declared is not None and declared[1] == root[1] else ""


def _unprefixed(chunks: Iterator[str]) -> Iterator[str]:
    """The part's text with SpreadsheetML's own prefix taken off its tags, so that the scanners read it."""
    head = ""
    prefix: str | None = None
    for chunk in chunks:
        text = head + chunk
        head = ""
        if prefix is None:
            prefix = _prefix_of(text)
            if prefix is None:
                if len(text) < 1_000_000:
                    head = text
                    continue
                prefix = ""
        if prefix:
            # a tag cut between two chunks would escape the replacement: its "<" waits for the next chunk
            cut = text.rfind("<")
            if cut >= 0:
                text, head = text[:cut], text[cut:]
            yield text.replace(f"<{prefix}:", "<").replace(f"</{prefix}:", "</")
        else:
            yield text
    if head:
        yield head.replace(f"<{prefix}:", "<").replace(f"</{prefix}:", "</") if prefix else head


def _shared_strings(package: _Package, path: str) -> list[str]:
    limits = package.limits
    out: list[str] = []
    pending = ""
    for chunk in _unprefixed(package.chunks(path)):
        buffer = pending + chunk
        cut = buffer.rfind("<si")
        if cut < 0:
            pending = buffer[-4:]  # nothing but the table's own tags, or filler
            continue
        _add_strings(package, out, buffer[:cut], path)
        pending = buffer[cut:]
        if len(pending) > limits.cell_chars:
            whole = _SI_RE.match(pending)
            if whole is None:
                raise _past(limits, "import_cell_too_long", f"{path} #{len(out) + 1}")
            _add_strings(package, out, pending[: whole.end()], path)
            pending = pending[whole.end() :][-4:]
    _add_strings(package, out, pending, path)
    return out


def _add_strings(package: _Package, out: list[str], xml: str, path: str) -> None:
    limits = package.limits
    chars = 0
    for match in _SI_RE.finditer(xml):
        body = match[1] or ""
        if "<rPh" in body:
            body = _RPH_RE.sub("", body)
        text = "".join(_T_RE.findall(body))
        if "&" in text:
            text = unescape(text)
        out.append(text)
        chars += len(text)
    if len(out) > limits.strings:
        raise _past(limits, "import_too_many_strings", path)
    package.add_text(chars, path)


# -- one sheet ---------------------------------------------------------------------------------------------------
_CELL_RE = re.compile(  # reference, style, type, other attributes, then <v>, a plain inline string, or anything
    r'<c r="([A-Z]{1,3})([0-9]+)"(?: s="([0-9]+)")?(?: t="(\w+)")?([^>]*?)'
    r"(?:/>|>(?:<v>([^<]*)</v>|<is><t>([^<]*)</t></is>|(.*?))</c>)",
    re.S,
)
_CELL_COUNT_RE = re.compile(r"<c[\s>/]")
_V_RE = re.compile(r"<v>([^<]*)</v>")
_MERGE_RE = re.compile(r'<mergeCell\b[^>]*?\bref="([A-Z]+)([0-9]+):([A-Z]+)([0-9]+)"')
_REF_RE = re.compile(r"([A-Z]+)([0-9]+)")
_SHEET_DATA_RE = re.compile(r"<sheetData\b[^>]*?(/?)>")


class _Grid:
    """A sheet's cells as they are read: rows kept sparse (a dict), every limit counted."""

    def __init__(self, package: _Package, name: str) -> None:
        self.package, self.name, self.limits = package, name, package.limits
        self.rows: dict[int, list[Any]] = {}
        self.short_texts: dict[str, str] = {}  # one object for each short text repeated in the sheet
        self.merged: list[Merge] = []
        self.merged_cells = 0  # cells the merged areas fill, within the sheet's values
        self.merged_declared = 0  # cells the merged areas cover, as the sheet declares them
        self.cells_before = package.cells
        self.text_before = package.text_chars

    def restart(self) -> None:
        """Forget what was read (the other parser reads the sheet again)."""
        self.rows, self.merged, self.merged_cells, self.merged_declared = {}, [], 0, 0
        self.package.cells, self.package.text_chars = self.cells_before, self.text_before

    def where(self, letters: str, number: str | int) -> str:
        return f"{self.name}!{letters}{number}"

    def too_far(self, letters: str, number: str, row: int, col: int) -> None:
        limits = self.limits
        if row > limits.rows:
            raise _past(limits, "import_too_many_rows", self.where(letters, number))
        if col >= limits.columns:
            raise _past(limits, "import_too_many_columns", self.where(letters, number))

    def count_cells(self, added: int) -> None:
        package = self.package
        package.cells += added
        if package.cells > self.limits.cells:
            raise _past(self.limits, "import_too_many_cells", self.name)

    def put(self, letters: str, number: str, value: Any) -> None:
        """One cell with a value (the expat reader's way in; the regex scanner does the same inline)."""
        row, col = int(number), _column(letters)
        if row > self.limits.rows or col >= self.limits.columns or row < 1:
            if row < 1:
                raise _Refused("import_file_corrupt", self.where(letters, number))
            self.too_far(letters, number, row, col)
        cells = self.rows.get(row)
        if cells is None:
            cells = self.rows[row] = []
        if len(cells) <= col:
            self.count_cells(col + 1 - len(cells))
            cells.extend([None] * (col + 1 - len(cells)))
        cells[col] = value

    def merge(self, c1: str, r1: str, c2: str, r2: str) -> None:
        col_a, col_b, row_a, row_b = _column(c1) + 1, _column(c2) + 1, int(r1), int(r2)
        min_col, max_col, min_row, max_row = min(col_a, col_b), max(col_a, col_b), min(row_a, row_b), max(row_a, row_b)
        limits = self.limits
        if (max_col - min_col + 1) * (max_row - min_row + 1) > limits.merge_cells:
            raise _past(limits, "import_merge_too_large", f"{self.name}!{c1}{r1}:{c2}{r2}")
        self.merged.append((min_col, min_row, max_col, max_row))
        if len(self.merged) > limits.merges:
            raise _past(limits, "import_too_many_merges", self.name)
        self.merged_declared += (max_col - min_col + 1) * (max_row - min_row + 1)
        if self.merged_declared > limits.merged_cells:  # the report copy (openpyxl) makes an object for each
            raise _past(limits, "import_merged_too_much", self.name)

    def sheet(self) -> SheetData:
        """The rows as a list (row r at ``r - 1``, empty rows shared), merged ranges filled, header found."""
        last = max(self.rows, default=0)  # a row is kept once a cell of it has a value
        rows: list[Row] = [()] * last
        while self.rows:  # each list let go as its tuple is made
            number, cells = self.rows.popitem()
            rows[number - 1] = tuple(cells)
        if self.merged and rows:
            rows = self._fill_merged(rows)
        self.short_texts = {}
        return SheetData(name=self.name, rows=rows, merged=self.merged, header_row=detect_header_row(rows, self.merged))

    def _fill_merged(self, rows: list[Row]) -> list[Row]:
        """Copy each merged range's top-left value into every cell it covers (a household merged over its debts),
        within the sheet's values: a range reaching past them fills nothing there."""
        width = max(len(r) for r in rows)
        touched: dict[int, list[Any]] = {}
        for min_col, min_row, max_col, max_row in self.merged:
            if min_row > len(rows) or min_col > width:
                continue
            last_row, last_col = min(max_row, len(rows)), min(max_col, width)
            self.merged_cells += (last_row - min_row + 1) * (last_col - min_col + 1)
            if self.merged_cells > self.limits.cells:
                raise _past(self.limits, "import_too_many_cells", self.name)
            top = touched.get(min_row) or rows[min_row - 1]
            value = top[min_col - 1] if min_col <= len(top) else None
            for r in range(min_row, last_row + 1):
                cells = touched.get(r)
                if cells is None:
                    cells = touched[r] = list(rows[r - 1])
                if len(cells) < last_col:
                    self.count_cells(last_col - len(cells))
                    cells.extend([None] * (last_col - len(cells)))
                cells[min_col - 1 : last_col] = [value] * (last_col - min_col + 1)
        for number, cells in touched.items():
            rows[number - 1] = tuple(cells)
        return rows


_COLUMNS: dict[str, int] = {}
_SHORT_TEXT = 16  # texts up to this long are kept once per sheet however often they repeat


def _column(letters: str) -> int:
    index = _COLUMNS.get(letters)
    if index is None:
        index = 0
        for char in letters:
            index = index * 26 + ord(char) - 64
        index -= 1
        if len(_COLUMNS) < 20_000:
            _COLUMNS[letters] = index
    return index


def _number(raw: str) -> Any:
    """A number cell's text as Excel holds it: a whole number or a float (inf for a number too big)."""
    try:
        if "." in raw or "E" in raw or "e" in raw or len(raw) > 18:
            return float(raw)
        return int(raw)
    except ValueError:
        try:
            return float(raw)
        except ValueError:
            return raw.strip()  # not a number after all: its text


def _shown(value: float | int, style: int, styles: _Styles) -> Any:
    """A number as the cell shows it: a date for a date style, a percentage text for a percent style."""
    if style in styles.dates:
        try:
            return from_excel(value, styles.epoch)
        except (ValueError, OverflowError, TypeError):
            return value  # no date: the date reading says so
    if style in styles.percents:
        return _as_percent(value)
    return value


def _read_sheet(package: _Package, target: str, *, name: str, shared: list[str], styles: _Styles) -> SheetData:
    grid = _Grid(package, name)
    used = package.used
    try:
        _scan_sheet(package, target, grid, shared=shared, styles=styles)
    except _Unsupported:
        grid.restart()
        package.used = used
        _parse_sheet(package, target, grid, shared=shared, styles=styles)
    return grid.sheet()


def _scan_sheet(package: _Package, target: str, grid: _Grid, *, shared: list[str], styles: _Styles) -> None:
    """The fast path: the sheet XML scanned with regular expressions, a chunk at a time."""
    limits = package.limits
    pending = ""
    state = "before"  # before <sheetData>, in it, after it
    for chunk in _unprefixed(package.chunks(target)):
        buffer = pending + chunk
        if state == "before":
            found = _SHEET_DATA_RE.search(buffer)
            if found is None:
                pending = buffer[-64:]
                continue
            buffer = buffer[found.end() :]
            state = "after" if found[1] else "in"
        if state == "in":
            end = buffer.find("</sheetData>")
            if end >= 0:
                _scan_cells(buffer[:end], grid, shared=shared, styles=styles)
                buffer = buffer[end:]
                state = "after"
            else:
                cut = max(buffer.rfind("<c "), buffer.rfind("<row"))
                if cut > 0:
                    _scan_cells(buffer[:cut], grid, shared=shared, styles=styles)
                pending = buffer[max(cut, 0) :]
                if len(pending) > limits.cell_chars:
                    pending = _long_tail(pending, grid, shared=shared, styles=styles)
                continue
        # after the cells: the merged ranges
        cut = buffer.rfind("<mergeCell")
        if cut < 0:
            cut = max(0, len(buffer) - 16)
        for c1, r1, c2, r2 in _MERGE_RE.findall(buffer, 0, cut):
            grid.merge(c1, r1, c2, r2)
        pending = buffer[cut:]
        if len(pending) > 4096:
            for c1, r1, c2, r2 in _MERGE_RE.findall(pending):
                grid.merge(c1, r1, c2, r2)
            pending = pending[-16:]
    if state == "before":
        raise _Unsupported("no sheetData")
    if state == "in":
        _scan_cells(pending, grid, shared=shared, styles=styles)
    else:
        for c1, r1, c2, r2 in _MERGE_RE.findall(pending):
            grid.merge(c1, r1, c2, r2)


def _long_tail(pending: str, grid: _Grid, *, shared: list[str], styles: _Styles) -> str:
    """A long stretch after the last cell's start: that one cell, then filler (kept short), or a cell too long."""
    rest = pending
    if pending.startswith("<c"):
        whole = _CELL_RE.match(pending)
        if whole is None:
            ref = _REF_RE.search(pending, 0, 64)
            where = grid.where(ref[1], ref[2]) if ref else grid.name
            raise _past(grid.limits, "import_cell_too_long", where)
        _scan_cells(pending[: whole.end()], grid, shared=shared, styles=styles)
        rest = pending[whole.end() :]
    if _CELL_COUNT_RE.search(rest):
        raise _Unsupported("cells without a plain reference")
    return rest[-64:]


def _scan_cells(data: str, grid: _Grid, *, shared: list[str], styles: _Styles) -> None:
    """The cells of a stretch of sheet XML into ``grid`` (rows keyed by their number)."""
    rows = grid.rows
    limits = grid.limits
    max_rows, max_cols = limits.rows, limits.columns
    date_styles, percent_styles = styles.dates, styles.percents
    short_texts = grid.short_texts
    cells: list[Any] = []
    last_number = ""
    found = added = text_chars = 0
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
                if not inline:
                    continue
            value = unescape(inline) if "&" in inline else inline
            text_chars += len(value)
            if len(value) <= _SHORT_TEXT:  # "ใช่", "7", "5,000.50" down a whole column: one object each
                value = short_texts.setdefault(value, value)
        else:
            if not raw:
                if not inner:
                    continue
                v_match = _V_RE.search(inner) if "<v>" in inner else None
                if v_match is None or not v_match[1]:
                    if "<f" not in inner:
                        continue
                    raw = ""
                else:
                    raw = v_match[1]
            if not raw:
                value = FORMULA_WITHOUT_VALUE  # a formula Excel never computed: no value to read
            elif kind == "s":
                try:
                    value = shared[int(raw)]
                except (IndexError, ValueError):
                    raise _Refused("import_file_corrupt", f"{grid.where(letters, number)}: #{raw[:20]}") from None
            elif kind in ("str", "d"):
                value = unescape(raw) if "&" in raw else raw
                text_chars += len(value)
            elif kind == "b":
                value = raw in ("1", "true")
            elif kind == "e":
                continue
            else:
                value = _number(raw)
                if style and value.__class__ is not str:
                    number_style = int(style)
                    if number_style in date_styles or number_style in percent_styles:
                        value = _shown(value, number_style, styles)
        if number != last_number:
            last_number = number
            row = int(number)
            if row > max_rows or row < 1:
                if row < 1:
                    raise _Refused("import_file_corrupt", grid.where(letters, number))
                grid.too_far(letters, number, row, 0)
            cells = rows.get(row)  # type: ignore[assignment]
            if cells is None:
                cells = rows[row] = []
        col = _COLUMNS.get(letters)
        if col is None:
            col = _column(letters)
        if len(cells) <= col:
            if col >= max_cols:
                grid.too_far(letters, number, int(number), col)
            added += col + 1 - len(cells)
            cells.extend([None] * (col + 1 - len(cells)))
        cells[col] = value
    if found != len(_CELL_COUNT_RE.findall(data)):
        raise _Unsupported("cells without a plain reference")
    grid.count_cells(added)
    if text_chars:
        grid.package.add_text(text_chars, grid.name)


def _attr(attrs: str, name: str) -> str:
    match = re.search(rf'\b{name}="([^"]*)"', attrs)
    return match[1] if match else ""


def _parse_sheet(package: _Package, target: str, grid: _Grid, *, shared: list[str], styles: _Styles) -> None:
    """The careful path: the sheet XML parsed with expat as it streams (any prefix, cells without references)."""
    limits = package.limits
    state: dict[str, Any] = {"row": 0, "col": -1, "in_is": 0, "in_rph": 0}
    cell: dict[str, Any] = {}
    texts: list[str] = []
    collecting = [False]
    collected = [0]

    def on_start(tag: str, attrs: dict[str, str]) -> None:
        if tag == "c":
            cell.clear()
            cell.update(attrs)
            texts.clear()
            collected[0] = 0
        elif tag == "v":
            cell["v"] = True
            collecting[0] = True
        elif tag == "is":
            cell["is"] = True
            state["in_is"] += 1
        elif tag == "t" and state["in_is"] and not state["in_rph"]:
            collecting[0] = True
        elif tag == "rPh":
            state["in_rph"] += 1
        elif tag == "f":
            cell["f"] = True
        elif tag == "row":
            r = attrs.get("r", "")
            state["row"] = int(r) if r.isdigit() and len(r) < 12 else state["row"] + 1
            state["col"] = -1
        elif tag == "mergeCell":
            ref = attrs.get("ref", "")
            parts = ref.split(":")
            if len(parts) == 2:
                a, b = _REF_RE.fullmatch(parts[0]), _REF_RE.fullmatch(parts[1])
                if a and b:
                    grid.merge(a[1], a[2], b[1], b[2])

    def on_text(data: str) -> None:
        if collecting[0]:
            collected[0] += len(data)
            if collected[0] > limits.cell_chars:
                raise _past(limits, "import_cell_too_long", grid.where(*_here()))
            texts.append(data)

    def _here() -> tuple[str, str]:
        ref = _REF_RE.fullmatch(str(cell.get("r", "")))
        if ref:
            return ref[1], ref[2]
        return column_letters(max(0, state["col"] + 1)), str(state["row"])

    def on_end(tag: str) -> None:
        if tag in ("v", "t"):
            collecting[0] = False
        elif tag == "is":
            state["in_is"] -= 1
        elif tag == "rPh":
            state["in_rph"] -= 1
        elif tag == "c":
            letters, number = _here()
            state["col"] = _column(letters)
            value = _tree_value(cell, "".join(texts), shared=shared, styles=styles, where=grid.where(letters, number))
            if value is not None:
                grid.put(letters, number, value)
                if value.__class__ is str and cell.get("t") != "s":  # shared strings are counted once, read
                    package.add_text(len(value), grid.name)

    _walk_xml(package.blocks(target), start=on_start, end=on_end, text=on_text, name=target)


def _tree_value(cell: dict[str, Any], text: str, *, shared: list[str], styles: _Styles, where: str) -> Any:
    kind = cell.get("t", "")
    if kind == "inlineStr" or (cell.get("is") and not cell.get("v")):
        return text or None
    if not cell.get("v") or not text:
        return FORMULA_WITHOUT_VALUE if cell.get("f") else None
    if kind == "s":
        try:
            return shared[int(text)]
        except (IndexError, ValueError):
            raise _Refused("import_file_corrupt", f"{where}: #{text[:20]}") from None
    if kind in ("str", "d"):
        return text
    if kind == "b":
        return text.strip() in ("1", "true")
    if kind == "e":
        return None
    value = _number(text.strip())
    style = str(cell.get("s", ""))
    if style.isdigit() and len(style) < 10 and value.__class__ is not str:
        return _shown(value, int(style), styles)
    return value


def header_texts(rows: list[Row], merged: list[Merge], number: int) -> list[str]:
    """Row ``number``'s texts as headers: a two-row header's column (a group heading merged over some columns
    on the row above, the column's own heading under it) reads "group › own"."""
    own = [read_text(v) for v in rows[number - 1]]
    if number < 2 or not merged:
        return own
    if len({v for v in rows[number - 2] if isinstance(v, str) and v.strip()}) < 2:
        return own  # a title above the table (one text), not a row of group headings
    used = sum(1 for text in own if text)
    groups: dict[int, str] = {}
    for min_col, min_row, max_col, max_row in merged:
        if min_row != number - 1 or max_row != number - 1 or max_col == min_col:
            continue
        if max_col - min_col + 1 >= max(3, used * 0.6):  # a title merged across the table is no group heading
            continue
        above = rows[number - 2]
        text = read_text(above[min_col - 1]) if min_col <= len(above) else ""
        if text:
            for col in range(min_col - 1, max_col):
                groups[col] = text
    out = []
    for col, text in enumerate(own):
        group = groups.get(col, "")
        joined = group and text and normalise_header(group) != normalise_header(text)
        out.append(f"{group}{GROUP_MARK}{text}" if joined else text)
    return out


def detect_header_row(rows: list[Row], merged: list[Merge] | None = None) -> int | None:
    """The row among the first ones whose cells name the most known fields (at least two); 1-based."""
    best, best_score = None, 1
    for number, row in enumerate(rows[:HEADER_SCAN_ROWS], start=1):
        texts = header_texts(rows, merged, number) if merged else [v for v in row if isinstance(v, str)]
        seen = {field_for_header(v) for v in texts if v}
        seen.discard(None)
        if len(seen) > best_score:
            best, best_score = number, len(seen)
    return best
