"""Hostile and broken workbooks: each is refused with its own message within 10 s and 500 MB, never a traceback."""

# Every workbook here is written byte by byte (zip and XML), as openpyxl could never make most of them; the
# big ones are streamed, and the bombs repeat one compressed block, so that the test itself stays light. Each
# import runs in a child process (the command line, a dry run) whose time and peak memory are measured.

from __future__ import annotations

import os
import posixpath
import re
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.citizen_id import citizen_id_check_digit
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.excel_import import (
    ReadLimits,
    RowStatus,
    WorkbookTooLarge,
    WorkbookUnreadable,
    plan_import,
    read_workbook,
)
from cdfi_desktop.services.excel_import.limits import LIMITS, column_letters, megabytes
from cdfi_desktop.services.excel_import.texts import reason_text
from tests.support.workbooks import HEADERS as OFFICER_HEADERS

TODAY = date(2026, 11, 1)
SHEET = "ทะเบียน"
HEADERS = ("ชื่อ-สกุล", "เลขบัตรประชาชน", "บ้านเลขที่", "เจ้าหนี้", "เลขที่สัญญา", "ยอดกู้", "คงเหลือ", "ดอกเบี้ย", "จำนวนงวด")
# The bar for every hostile file is memory; time is guarded only against a runaway (the child's timeout) and
# printed here and by bench/bench_import.py, since a timing bar belongs in a benchmark, not in a test.
MEGABYTES = 500.0
GUARD_BYTES = 2 * 1024**3  # the child's address space: past it, a runaway read fails fast instead of swapping


def cid(n: int) -> str:
    body = f"3{n:011d}"
    return body + str(citizen_id_check_digit(body))


# -- running the command line in a child process, measured ------------------------------------------------------
@dataclass
class Run:
    code: int
    seconds: float
    peak_mb: float
    out: str
    err: str


MEASURED: dict[str, tuple[float, float]] = {}  # file → (seconds, peak MB), printed at the end with -s


# The child measures itself: a child's rusage counts the memory of the test process it was forked from until it
# starts Python, while VmHWM is the peak of the new program alone. The address-space limit is a hard guard: a
# runaway read fails fast with a traceback instead of swapping the machine.
CHILD = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({guard}, {guard}))
peak_file = sys.argv.pop(1)
from cdfi_desktop.cli import main
try:
    code = main(sys.argv[1:])
finally:
    with open("/proc/self/status") as status, open(peak_file, "w") as out:
        out.write(next(line for line in status if line.startswith("VmHWM")).split()[1])
sys.exit(code)
"""


def import_in_child(db_file: Path, workbook: Path, *, report: Path | None = None, timeout: float = 120) -> Run:
    """``cdfi-desktop import-excel --dry-run`` on the workbook: exit code, wall time, peak memory (its own)."""
    peak_file = workbook.with_suffix(".peak")
    command = [sys.executable, "-c", CHILD.format(guard=GUARD_BYTES), str(peak_file)]
    command += ["--lang", "en", "import-excel", "--db", str(db_file), str(workbook), "--dry-run"]
    command += ["--today", TODAY.isoformat()]
    if report is not None:
        command += ["--report", str(report)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
    seconds = time.perf_counter() - started
    run = Run(
        code=done.returncode,
        seconds=seconds,
        peak_mb=int(peak_file.read_text()) / 1024 if peak_file.exists() else float("inf"),  # kB
        out=done.stdout.decode("utf-8", errors="replace"),
        err=done.stderr.decode("utf-8", errors="replace"),
    )
    MEASURED[workbook.name] = (run.seconds, run.peak_mb)
    print(f"\n{workbook.name}: exit {run.code}, {run.seconds:.1f} s, {run.peak_mb:.0f} MB peak")
    return run


def assert_refused(run: Run, code: str, workbook: Path, detail: str = "", **params: object) -> None:
    """Exit code 2 with the refusal's own message, within the memory bar, and no traceback."""
    assert "Traceback" not in run.err, run.err[-3000:]
    expected = reason_text(code, "en", location=workbook, detail=detail, **params)
    assert expected in run.err, (expected, run.err[-2000:])
    assert run.code == 2
    assert run.peak_mb < MEGABYTES, (run.seconds, run.peak_mb)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(5))
    generate_demo(db, households=8, seed=5)
    db.close()
    return path


@pytest.fixture(scope="module", autouse=True)
def _print_measurements() -> Iterator[None]:
    yield
    if MEASURED:
        print("\nfile: seconds, peak MB")
        for name, (seconds, peak) in MEASURED.items():
            print(f"  {name}: {seconds:.1f} s, {peak:.0f} MB")


# -- writing workbooks byte by byte -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Number:
    """A number cell's text exactly as written (``<v>1e400</v>``)."""

    text: str


@dataclass(frozen=True)
class Formula:
    """A formula cell saved without a value, as programs that never open Excel write it."""

    text: str


def cell_xml(ref: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Number):
        return f'<c r="{ref}"><v>{value.text}</v></c>'
    if isinstance(value, Formula):
        return f'<c r="{ref}"><f>{escape(value.text)}</f></c>'
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


def row_xml(number: int, values: Sequence[object]) -> str:
    cells = "".join(cell_xml(f"{column_letters(c)}{number}", v) for c, v in enumerate(values))
    return f'<row r="{number}">{cells}</row>'


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET_HEAD = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_MAIN}"><sheetData>'.encode()


def package_parts(*, shared: bool = False) -> list[tuple[str, bytes]]:
    """The small parts of a one-sheet workbook as Excel lays it out (and openpyxl can open for the report)."""
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
        'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/>'
        + (
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sharedStrings+xml"/>'
            if shared
            else ""
        )
        + "</Types>"
    )
    rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
        f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
        f'<sheet name="{SHEET}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    workbook_rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
        f'Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        + (f'<Relationship Id="rId2" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>' if shared else "")
        + "</Relationships>"
    )
    return [
        ("[Content_Types].xml", types.encode()),
        ("_rels/.rels", rels.encode()),
        ("xl/workbook.xml", workbook.encode()),
        ("xl/_rels/workbook.xml.rels", workbook_rels.encode()),
    ]


class ZipWriter:
    """A zip written by hand: parts streamed through deflate (sizes in a data descriptor after each), or already
    compressed data given with its CRC and size, as a bomb is."""

    def __init__(self, path: Path) -> None:
        self.stream = path.open("wb")
        self.entries: list[tuple[bytes, int, int, int, int]] = []  # name, crc, compressed, size, offset

    def add(self, name: str, chunks: Iterable[bytes], *, level: int = 6) -> None:
        deflate = zlib.compressobj(level, zlib.DEFLATED, -15)
        crc = size = 0

        def compressed() -> Iterator[bytes]:
            nonlocal crc, size
            for chunk in chunks:
                crc, size = zlib.crc32(chunk, crc), size + len(chunk)
                yield deflate.compress(chunk)
            yield deflate.flush()

        self._write(name, compressed(), lambda: (crc, size))

    def add_compressed(self, name: str, compressed: Iterable[bytes], *, crc: int, size: int) -> None:
        self._write(name, compressed, lambda: (crc, size))

    def _write(self, name: str, compressed: Iterable[bytes], sums: Any) -> None:
        raw_name, offset = name.encode(), self.stream.tell()
        flags = 0x0808  # sizes after the data; UTF-8 names
        self.stream.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, 0, 0x21, 0, 0, 0, len(raw_name), 0))
        self.stream.write(raw_name)
        written = 0
        for block in compressed:
            self.stream.write(block)
            written += len(block)
        crc, size = sums()
        self.stream.write(struct.pack("<IIII", 0x08074B50, crc, written, size))
        self.entries.append((raw_name, crc, written, size, offset))

    def close(self) -> None:
        start = self.stream.tell()
        for raw_name, crc, written, size, offset in self.entries:
            self.stream.write(
                struct.pack(
                    "<IHHHHHHIIIHHHHHII",
                    0x02014B50,
                    20,
                    20,
                    0x0808,
                    8,
                    0,
                    0x21,
                    crc,
                    written,
                    size,
                    len(raw_name),
                    0,
                    0,
                    0,
                    0,
                    0,
                    offset,
                )
            )
            self.stream.write(raw_name)
        end = self.stream.tell()
        count = len(self.entries)
        self.stream.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, end - start, start, 0))
        self.stream.close()


def write_xlsx(
    path: Path,
    rows: Iterable[str],
    *,
    after: str | Callable[[], str] = "",
    shared: Iterable[bytes] | None = None,
    level: int = 6,
) -> Path:
    """A one-sheet workbook: the rows' XML streamed into the sheet, ``after`` the cells (merged ranges)."""
    zip_file = ZipWriter(path)
    for name, data in package_parts(shared=shared is not None):
        zip_file.add(name, [data])

    def sheet() -> Iterator[bytes]:
        yield SHEET_HEAD
        batch: list[str] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= 2000:
                yield "".join(batch).encode()
                batch = []
        yield "".join(batch).encode()
        tail = after() if callable(after) else after  # merged ranges known once the rows are written
        yield f"</sheetData>{tail}</worksheet>".encode()

    zip_file.add("xl/worksheets/sheet1.xml", sheet(), level=level)
    if shared is not None:
        zip_file.add("xl/sharedStrings.xml", shared, level=level)
    zip_file.close()
    return path


def repeated(prefix: bytes, unit: bytes, times: int, suffix: bytes) -> tuple[Iterator[bytes], int, int]:
    """``prefix + unit * times + suffix`` deflated without ever being made: one compressed block of ``unit``
    (after a full flush deflate starts afresh, so every copy compresses to the same bytes) written ``times``."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = deflate.compress(prefix) + deflate.flush(zlib.Z_FULL_FLUSH)
    block = deflate.compress(unit) + deflate.flush(zlib.Z_FULL_FLUSH)
    assert deflate.compress(unit) + deflate.flush(zlib.Z_FULL_FLUSH) == block
    tail = deflate.compress(suffix) + deflate.flush()
    crc = zlib.crc32(prefix)
    for _ in range(times):
        crc = zlib.crc32(unit, crc)
    crc = zlib.crc32(suffix, crc)

    def chunks() -> Iterator[bytes]:
        yield head
        yield block * (times - 1)  # the repeats of the block after the second one above
        yield block
        yield tail

    return chunks(), crc, len(prefix) + len(unit) * times + len(suffix)


def bomb_xlsx(path: Path, *, part: str, prefix: bytes, unit: bytes, times: int, suffix: bytes) -> Path:
    """A workbook whose ``part`` (the sheet or the shared strings) inflates to ``times`` copies of ``unit``."""
    zip_file = ZipWriter(path)
    shared = part == "xl/sharedStrings.xml"
    for name, data in package_parts(shared=shared):
        zip_file.add(name, [data])
    if shared:
        sheet = SHEET_HEAD + row_xml(1, HEADERS).encode() + b"</sheetData></worksheet>"
        zip_file.add("xl/worksheets/sheet1.xml", [sheet])
    chunks, crc, size = repeated(prefix, unit, times, suffix)
    zip_file.add_compressed(part, chunks, crc=crc, size=size)
    zip_file.close()
    return path


def good_row(n: int, **changes: object) -> list[object]:
    """A debt row every rule accepts; ``changes`` replace cells by header position name."""
    values: dict[str, object] = {
        "name": f"นายทดสอบ{n} ใจดี",
        "cid": cid(5000 + n),
        "house": f"{n}/1",
        "creditor": "ธ.ก.ส. สาขาเมือง",
        "contract": f"{n}/2565",
        "principal": 10_000,
        "outstanding": "5,000",
        "rate": "7",
        "term": 24,
    }
    values.update(changes)
    return list(values.values())


# -- the whole file refused ---------------------------------------------------------------------------------------
def test_given_one_merge_over_the_whole_sheet_then_it_is_refused_naming_the_merge(
    demo_file: Path, tmp_path: Path
) -> None:
    # GIVEN a 2 KB workbook merging A1:XFD1048576 (filling it needs 17 billion cells)
    path = write_xlsx(
        tmp_path / "merge-all.xlsx",
        [row_xml(1, HEADERS), row_xml(2, good_row(1))],
        after='<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    )
    assert path.stat().st_size < 4096
    # WHEN it is checked THEN it is refused, the merge named
    assert_refused(import_in_child(demo_file, path), "import_merge_too_large", path, f"{SHEET}!A1:XFD1048576")


def test_given_more_merged_areas_than_a_register_has_then_it_is_refused(demo_file: Path, tmp_path: Path) -> None:
    merges = "".join(f'<mergeCell ref="A{r}:B{r}"/>' for r in range(2, LIMITS.merges + 3))
    path = write_xlsx(tmp_path / "merges.xlsx", [row_xml(1, HEADERS)], after=f"<mergeCells>{merges}</mergeCells>")
    assert_refused(import_in_child(demo_file, path), "import_too_many_merges", path, SHEET)


def test_given_a_shared_strings_bomb_then_it_is_refused_before_the_texts_fill_the_memory(
    demo_file: Path, tmp_path: Path
) -> None:
    # GIVEN a 2 MB workbook whose shared strings inflate to 2 GB of 32,000-character texts
    entry = b"<si><t>" + b"A" * (32_768 - 16) + b"</t></si>"
    path = bomb_xlsx(
        tmp_path / "strings-bomb.xlsx",
        part="xl/sharedStrings.xml",
        prefix=f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_MAIN}">'.encode(),
        unit=entry * 32,
        times=2048,
        suffix=b"</sst>",
    )
    assert path.stat().st_size < 3 * 1024 * 1024
    # WHEN it is checked THEN it is refused once the texts pass their limit
    assert_refused(import_in_child(demo_file, path), "import_too_much_text", path, "xl/sharedStrings.xml")


def test_given_millions_of_tiny_shared_strings_then_it_is_refused(demo_file: Path, tmp_path: Path) -> None:
    path = bomb_xlsx(
        tmp_path / "many-strings.xlsx",
        part="xl/sharedStrings.xml",
        prefix=f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_MAIN}">'.encode(),
        unit=b"<si><t>x</t></si>" * 60_000,
        times=100,
        suffix=b"</sst>",
    )
    assert_refused(import_in_child(demo_file, path), "import_too_many_strings", path, "xl/sharedStrings.xml")


def test_given_a_sheet_that_inflates_to_gigabytes_of_filler_then_the_bytes_read_are_counted_and_refused(
    demo_file: Path, tmp_path: Path
) -> None:
    # GIVEN a sheet of 2 GB of spaces inside its cells' table (the zip's own sizes say so, but are not trusted)
    path = bomb_xlsx(
        tmp_path / "filler-bomb.xlsx",
        part="xl/worksheets/sheet1.xml",
        prefix=SHEET_HEAD + row_xml(1, HEADERS).encode(),
        unit=b" " * (1024 * 1024),
        times=2048,
        suffix=b"</sheetData></worksheet>",
    )
    detail = f"xl/worksheets/sheet1.xml > {megabytes(LIMITS.content_bytes)}"
    assert_refused(import_in_child(demo_file, path), "import_content_too_large", path, detail)


STRAY = {  # the cell → the rows around it (a small register), and the refusal
    "A1048576": ([row_xml(1, HEADERS), row_xml(2, good_row(1)), row_xml(1_048_576, ["x"])], "import_too_many_rows"),
    "XFD1": ([row_xml(1, HEADERS).replace("</row>", cell_xml("XFD1", "x") + "</row>")], "import_too_many_columns"),
    "GS5": ([row_xml(1, HEADERS), row_xml(5, good_row(5)).replace("</row>", cell_xml("GS5", 1) + "</row>")],
            "import_too_many_columns"),
}  # fmt: skip


@pytest.mark.parametrize("ref", list(STRAY))
def test_given_a_stray_cell_far_away_then_it_is_refused_naming_the_cell(
    demo_file: Path, tmp_path: Path, ref: str
) -> None:
    # GIVEN a small register with one stray value far below or far right (GS is the first column past GR)
    rows, code = STRAY[ref]
    path = write_xlsx(tmp_path / f"stray-{ref}.xlsx", rows)
    # THEN refused, the cell named
    assert_refused(import_in_child(demo_file, path), code, path, f"{SHEET}!{ref}")


def test_given_a_million_real_rows_then_the_reading_stops_at_the_row_limit(demo_file: Path, tmp_path: Path) -> None:
    # GIVEN a register of a million rows (streamed: the test never holds it)
    def rows() -> Iterator[str]:
        yield row_xml(1, HEADERS)
        for r in range(2, 1_000_002):
            name = f'<c r="A{r}" t="inlineStr"><is><t>นาย{r} ใจดี</t></is></c>'
            yield f'<row r="{r}">{name}<c r="F{r}"><v>{r}</v></c></row>'

    path = write_xlsx(tmp_path / "million.xlsx", rows(), level=1)
    # THEN refused at the first row past the limit, early
    run = import_in_child(demo_file, path)
    assert_refused(run, "import_too_many_rows", path, f"{SHEET}!A{LIMITS.rows + 1}")


def test_given_a_single_cell_of_megabytes_then_it_is_refused_naming_the_cell(demo_file: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "long-cell.xlsx", [row_xml(1, HEADERS), row_xml(2, ["ก" * 3_000_000])])
    assert_refused(import_in_child(demo_file, path), "import_cell_too_long", path, f"{SHEET}!A2")


def test_given_a_file_larger_than_the_limit_then_it_is_refused_before_it_is_opened(
    demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as stream:
        stream.write(b"PK\x03\x04")
        stream.truncate(LIMITS.file_bytes + 1)  # sparse: no disk used
    size = f"{(LIMITS.file_bytes + 1) / 1024**2:,.1f} MB"
    assert_refused(import_in_child(demo_file, path), "import_file_too_large", path, size)


# -- files that are no workbook ------------------------------------------------------------------------------------
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def test_given_an_old_xls_file_then_it_says_save_as_xlsx(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.xlsx"
    path.write_bytes(OLE2 + b"\x00" * 504 + os.urandom(4096) + "Workbook".encode("utf-16-le"))
    run = import_in_child(demo_file, path)
    assert_refused(run, "import_file_xls", path)
    assert "save as" in run.err.lower() or "Save As" in run.err


def test_given_a_password_protected_workbook_then_it_says_to_remove_the_password(
    demo_file: Path, tmp_path: Path
) -> None:
    # GIVEN what Excel writes for an encrypted workbook: a Compound File holding EncryptionInfo and EncryptedPackage
    path = tmp_path / "locked.xlsx"
    names = b"".join(n.encode("utf-16-le").ljust(64, b"\x00") for n in ("EncryptionInfo", "EncryptedPackage"))
    path.write_bytes(OLE2 + b"\x00" * 504 + names + os.urandom(8192))
    run = import_in_child(demo_file, path)
    assert_refused(run, "import_file_encrypted", path)
    assert "password" in run.err


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp874", "utf-16"])
def test_given_a_csv_file_named_xlsx_then_it_says_so(demo_file: Path, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"register-{encoding}.xlsx"
    lines = [",".join(HEADERS)] + [",".join(str(v) for v in good_row(n)) for n in range(5)]
    path.write_bytes("\r\n".join(lines).encode(encoding))
    assert_refused(import_in_child(demo_file, path), "import_file_text", path)


@pytest.mark.parametrize("damage", ["truncated", "garbled"])
def test_given_a_damaged_zip_then_it_says_the_file_is_damaged(demo_file: Path, tmp_path: Path, damage: str) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [row_xml(1, HEADERS)] + [row_xml(r, good_row(r)) for r in range(2, 400)])
    data = bytearray(good.read_bytes())
    path = tmp_path / f"{damage}.xlsx"
    if damage == "truncated":
        path.write_bytes(bytes(data[: len(data) // 2]))
    else:  # the sheet's compressed data scrambled, its directory intact
        start = data.index(b"xl/worksheets/sheet1.xml") + 200
        data[start : start + 2000] = os.urandom(2000)
        path.write_bytes(bytes(data))
    run = import_in_child(demo_file, path)
    assert "Traceback" not in run.err, run.err
    assert run.code == 2 and "the file is damaged" in run.err, run.err
    assert run.peak_mb < MEGABYTES, (run.seconds, run.peak_mb)


# -- rows refused, the rest read -------------------------------------------------------------------------------------
def institute_of(db_file: Path) -> str:
    db = Database.open(db_file)
    try:
        with db.session() as session:
            return str(session.scalars(select(m.Institute.id)).one())
    finally:
        db.close()


def plan_codes(db_file: Path, path: Path) -> dict[int, list[str]]:
    """Each data row's error codes (the same plan the child made, in this process: the file is small)."""
    db = Database.open(db_file)
    try:
        with db.session() as session:
            plan = plan_import(session, institute_id=institute_of(db_file), workbook_path=path, today=TODAY)
    finally:
        db.close()
    return {o.row: [i.code for i in o.errors] or [o.status] for o in plan.outcomes}


AMOUNTS = [  # (principal cell, the reason's code)
    (Number("100000000000000000000000000"), "amount_absurd"),  # 10^26 as a number cell
    (Number("1E+26"), "amount_absurd"),
    (Number("1e400"), "number_invalid"),  # beyond a double: infinity
    (Number("inf"), "number_invalid"),
    (Number("nan"), "number_invalid"),
    (Number("-1e26"), "amount_negative"),
    ("1e26", "money_invalid"),
    ("100000000000000000000000000", "amount_absurd"),  # typed as text
    ("100,000,000,000,000,000,000,000,000", "amount_absurd"),
    ("9" * 5000, "amount_absurd"),
    ("10,000,000,000.01", "amount_absurd"),  # over ten billion baht: the importer's own ceiling
    ("-5,000", "amount_negative"),
    (Number("12e3"), RowStatus.NEW),  # 12,000: fine
]


def test_given_absurd_amounts_rates_and_terms_then_their_rows_are_refused_with_reasons_never_a_crash(
    demo_file: Path, tmp_path: Path
) -> None:
    rows = [row_xml(1, HEADERS)]
    expected: dict[int, str] = {}
    for index, (principal, code) in enumerate(AMOUNTS):
        rows.append(row_xml(len(rows) + 1, good_row(index, principal=principal, outstanding=Number("0"))))
        expected[len(rows)] = code
    for rate, code in (
        (Number("1e26"), "rate_out_of_range"),
        ("150% ต่อเดือน", "rate_out_of_range"),
        ("-5", "rate_out_of_range"),
        ("1" * 400, "rate_out_of_range"),
    ):
        rows.append(row_xml(len(rows) + 1, good_row(len(rows), rate=rate)))
        expected[len(rows)] = code
    for term, code in (
        (Number("1e26"), "import_number_out_of_range"),
        ("9" * 5000, "import_number_out_of_range"),
        (Number("-3"), "import_number_out_of_range"),
    ):
        rows.append(row_xml(len(rows) + 1, good_row(len(rows), term=term)))
        expected[len(rows)] = code
    path = write_xlsx(tmp_path / "amounts.xlsx", rows)
    # WHEN checked from the command line: exit 1 (rows rejected), no traceback, in time and memory
    run = import_in_child(demo_file, path)
    assert "Traceback" not in run.err and run.code == 1, run.err[-3000:]
    assert run.peak_mb < MEGABYTES, (run.seconds, run.peak_mb)
    assert "implausibly high (over 10,000,000,000.00)" in run.out
    # THEN each row is refused for its own reason
    codes = plan_codes(demo_file, path)
    assert {row: codes[row][0] for row in expected} == expected


def test_given_texts_longer_than_their_columns_then_the_rows_are_refused_naming_the_field_and_the_limit(
    demo_file: Path, tmp_path: Path
) -> None:
    # GIVEN a 10,000-character name, house no., contract no. and creditor
    long = "ก" * 10_000
    rows = [
        row_xml(1, HEADERS),
        row_xml(2, good_row(1, name=f"นาย{long} ใจดี")),
        row_xml(3, good_row(2, name=f"นายสมชาย {long}")),
        row_xml(4, good_row(3, house=long)),
        row_xml(5, good_row(4, contract=long)),
        row_xml(6, good_row(5, creditor=long)),
        row_xml(7, good_row(6)),
    ]
    path = write_xlsx(tmp_path / "long-texts.xlsx", rows)
    report = tmp_path / "checked.xlsx"
    # WHEN checked, with the report copy
    run = import_in_child(demo_file, path, report=report)
    assert "Traceback" not in run.err and run.code == 1, run.err[-3000:]
    assert run.peak_mb < MEGABYTES, (run.seconds, run.peak_mb)
    # THEN each long text's row is refused, its column and the column's length named (from the model)
    expected = {
        2: "ชื่อ-สกุล: 10,000 characters long; at most 100 can be stored.",
        3: "ชื่อ-สกุล: 10,000 characters long; at most 100 can be stored.",
        4: "บ้านเลขที่: 10,000 characters long; at most 40 can be stored.",
        5: "เลขที่สัญญา: 10,000 characters long; at most 60 can be stored.",
        6: "เจ้าหนี้: 10,000 characters long; at most 200 can be stored.",
    }
    for row, reason in expected.items():
        assert f"row {row}: {reason}" in run.out, run.out
    # AND the report copy says the same beside each row
    sheet = load_workbook(report)[SHEET]
    header = [c.value for c in sheet[1]]
    reason_col = header.index("เหตุผล") + 1
    for row, reason in expected.items():
        assert reason in sheet.cell(row, reason_col).value
    assert sheet.cell(7, reason_col - 1).value == "new"  # the good row


def test_given_formulas_without_values_then_they_read_as_empty_and_the_rows_say_so(
    demo_file: Path, tmp_path: Path
) -> None:
    # GIVEN a register whose amounts are all formulas saved without their values
    rows = [row_xml(1, HEADERS)]
    for n in range(2, 6):
        rows.append(row_xml(n, good_row(n, principal=Formula(f"K{n}*2"), outstanding=Formula(f"K{n}"))))
    path = write_xlsx(tmp_path / "formulas.xlsx", rows)
    run = import_in_child(demo_file, path)
    # THEN no crash: the rows are refused, the amount required, the formula named as the reason it is empty
    assert "Traceback" not in run.err and run.code == 1, run.err[-3000:]
    assert "ยอดกู้: Enter the amount." in run.out
    assert "ยอดกู้: The cell is a formula saved without its value" in run.out
    assert list(plan_codes(demo_file, path).values()) == [["amount_required", "amount_required"]] * 4


# -- a legitimate register of 100,000 rows fits ---------------------------------------------------------------
REGISTER_HEADERS = tuple(OFFICER_HEADERS)


def register_rows(debts: int, merges: list[str]) -> Iterator[str]:
    """An officer's flat register: households of one or two people with one to four debts each, 15 columns, the
    household's and the person's cells merged down over their debt rows (only the top cell written)."""
    yield row_xml(1, REGISTER_HEADERS)
    row = written = household = 1
    while written <= debts:
        household_top = row + 1
        for person in range(1 + (household % 3 == 0)):
            person_top = row + 1
            for debt in range(1 + (household + person) % 4):
                if written > debts:
                    break
                row += 1
                top = debt == 0
                first = top and person == 0
                principal = 5_000 + 500 * (written % 40)
                yield row_xml(
                    row,
                    (
                        written,
                        f"H{household:06d}" if first else None,
                        f"{household % 700}/{household % 5}" if first else None,
                        str(household % 9 + 1) if first else None,
                        f"{'นาย' if person == 0 else 'นาง'}สมชาย{household} ใจดี{person}" if top else None,
                        cid(household * 3 + person) if top else None,
                        ("ใช่" if person == 0 else "ไม่ใช่") if top else None,
                        f"{(50 + written % 200) * 100:,}" if top else None,
                        ("ธ.ก.ส. สาขาเมือง", "นายทุนในหมู่บ้าน", "สหกรณ์การเกษตร")[written % 3],
                        f"{written}/2560",
                        f"{written % 28 + 1}/{written % 12 + 1}/2565",
                        f"{principal:,}",
                        f"{principal // 2:,}.50",
                        ("7", "9", "2% ต่อเดือน")[written % 3],
                        (0, 0, 15, 45)[written % 4],
                    ),
                )
                written += 1
            if row > person_top:
                merges.extend(f"{column_letters(c)}{person_top}:{column_letters(c)}{row}" for c in range(4, 8))
        if row > household_top:
            merges.extend(f"{column_letters(c)}{household_top}:{column_letters(c)}{row}" for c in range(1, 4))
        household += 1


def test_given_a_legitimate_register_of_100000_rows_then_it_plans_within_500_mb(
    demo_file: Path, tmp_path: Path
) -> None:
    merges: list[str] = []
    path = write_xlsx(
        tmp_path / "register-100k.xlsx",
        register_rows(100_000, merges),
        after=lambda: "<mergeCells>" + "".join(f'<mergeCell ref="{ref}"/>' for ref in merges) + "</mergeCells>",
        level=1,
    )
    run = import_in_child(demo_file, path, timeout=300)
    assert "Traceback" not in run.err and run.code == 0, (run.err[-3000:], run.out[-3000:])
    assert "new 100,000, updated 0, unchanged 0, rejected 0" in run.out
    assert run.peak_mb < MEGABYTES, (run.seconds, run.peak_mb)


# -- the limits themselves, in this process (small limits, small files) --------------------------------------------
def test_given_small_limits_then_each_refusal_carries_its_code_detail_and_limit(tmp_path: Path) -> None:
    rows = [row_xml(1, HEADERS)] + [row_xml(r, good_row(r)) for r in range(2, 12)]
    path = write_xlsx(tmp_path / "small.xlsx", rows, after='<mergeCells><mergeCell ref="A2:A11"/></mergeCells>')
    assert len(read_workbook(path).sheets[0].rows) == 11
    cases: list[tuple[dict[str, int], str, str]] = [
        ({"rows": 10}, "import_too_many_rows", f"{SHEET}!A11"),
        ({"columns": 5}, "import_too_many_columns", f"{SHEET}!F1"),
        ({"cells": 50}, "import_too_many_cells", SHEET),
        ({"merge_cells": 5}, "import_merge_too_large", f"{SHEET}!A2:A11"),
        ({"merges": 0}, "import_too_many_merges", SHEET),
        ({"merged_cells": 9}, "import_merged_too_much", SHEET),
        ({"text_chars": 100}, "import_too_much_text", ""),
        ({"content_bytes": 1000}, "import_content_too_large", ""),
        ({"file_bytes": 100}, "import_file_too_large", ""),
    ]
    for changes, code, detail in cases:
        with pytest.raises(WorkbookTooLarge) as refused:
            read_workbook(path, limits=ReadLimits(**changes))
        assert refused.value.code == code, changes
        assert refused.value.detail.startswith(detail), (refused.value.detail, detail)
        assert isinstance(refused.value, WorkbookUnreadable)
        assert refused.value.params.get("limit") or code == "import_content_too_large"  # its size is in the detail


def xlsx_with_parts(path: Path, **replaced: bytes) -> Path:
    """A one-sheet workbook with some of its parts given whole (keyword: the part's file name, dots as "_")."""
    zip_file = ZipWriter(path)
    given = {name.replace("_", "."): data for name, data in replaced.items()}
    for part, content in package_parts():
        zip_file.add(part, [given.get(posixpath.basename(part), content)])
    zip_file.add("xl/worksheets/sheet1.xml", [given["sheet1.xml"]])
    zip_file.close()
    return path


def test_given_prefixed_xml_or_cells_without_references_then_they_read_as_excel_shows_them(tmp_path: Path) -> None:
    # GIVEN the same small sheet written three ways: plainly, with SpreadsheetML's namespace as a prefix (the
    # scanner takes it off), and with cells that leave out their references (the careful parser places them)
    rows = row_xml(1, HEADERS[:3]) + row_xml(2, ["นายก ข", 12, "1/2"])
    prefixed = re.sub(r"<(/?)(row|c|is|t|v)\b", r"<\1x:\2", rows)
    bare = re.sub(r' r="[A-Z]+[0-9]+"', "", rows).replace('<row r="2">', "<row>")
    sheets = {
        "plain": f'<worksheet xmlns="{_MAIN}"><sheetData>{rows}</sheetData></worksheet>',
        "prefixed": f'<x:worksheet xmlns:x="{_MAIN}"><x:sheetData>{prefixed}</x:sheetData></x:worksheet>',
        "bare": f'<worksheet xmlns="{_MAIN}"><sheetData>{bare}</sheetData></worksheet>',
    }
    for name, sheet in sheets.items():
        path = xlsx_with_parts(tmp_path / f"{name}.xlsx", sheet1_xml=sheet.encode())
        # THEN each reads the same
        read = read_workbook(path).sheets[0]
        assert [tuple(r) for r in read.rows] == [HEADERS[:3], ("นายก ข", 12, "1/2")], name
        assert read.header_row == 1


def test_given_entity_declarations_in_a_part_then_the_file_is_refused_as_damaged(tmp_path: Path) -> None:
    # GIVEN a workbook part with the "billion laughs" entities
    laughs = '<!DOCTYPE w [<!ENTITY a "hahahahaha">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)
    )
    workbook = dict(package_parts())["xl/workbook.xml"]
    workbook = workbook.replace(b"<workbook ", f"{laughs}]><workbook ".encode(), 1).replace(SHEET.encode(), b"&j;")
    sheet = SHEET_HEAD + row_xml(1, HEADERS).encode() + b"</sheetData></worksheet>"
    path = xlsx_with_parts(tmp_path / "laughs.xlsx", workbook_xml=workbook, sheet1_xml=sheet)
    # THEN refused as damaged, nothing expanded
    with pytest.raises(WorkbookUnreadable) as refused:
        read_workbook(path)
    assert refused.value.code == "import_file_corrupt" and "entity" in refused.value.detail
