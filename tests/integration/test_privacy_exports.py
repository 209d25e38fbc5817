"""Citizen IDs in every printout and export of the demo institute (PDPA, issue 15 point 6).

GIVEN the demo institute, every printout the app makes (the registry's, the province's roll-up, the screens' own
register and contract writers, the ``report`` command and the evidence pack with every file in its zip) is written
with its default arguments, and its text read back (pdftotext for PDFs, every XML part of a workbook, the text of
anything else). THEN no citizen ID the database holds (any table's ``citizen_id`` column) appears in full, in any
digits (Arabic or Thai) and with or without separators, and no other 13-digit number with a right check digit does
either; the masked forms do. With ``full_ids=True`` the IDs appear in full where the printout carries them; the
evidence pack takes no such option and stays masked.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from cdfi_desktop.cli import main
from cdfi_desktop.db.base import Base
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.citizen_id import is_valid_citizen_id, mask, normalize_citizen_id
from cdfi_desktop.domain.thai_digits import to_arabic_digits
from cdfi_desktop.reports.evidence_pack import build_evidence_pack, write_evidence_reports
from cdfi_desktop.reports.registry import PRINTOUTS, write_rollup_reports
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.demo import demo_device_id, generate_demo

FY = 2570
PRINTED_ON = date(2026, 11, 25)
SEPARATORS = r"[\s\-\u2010-\u2015\u2212]*"  # what a printout may put between an ID's digits


def _poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is missing: install poppler-utils")
    return found


def pdf_text(path: Path) -> str:
    """The PDF's text (raw order, so a grouped ID stays on one line) and its document information."""
    run = [_poppler("pdftotext"), "-raw", str(path), "-"]
    text = subprocess.run(run, capture_output=True, text=True, check=True, timeout=120).stdout
    info = subprocess.run([_poppler("pdfinfo"), str(path)], capture_output=True, text=True, check=True).stdout
    return text + "\n" + info


def xlsx_text(data: bytes) -> str:
    """Every XML part of the workbook (cells, shared strings, headers and footers, properties, comments) and the
    cells' values as openpyxl reads them."""
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    parts = []
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        parts += [book.read(name).decode("utf-8", "replace") for name in book.namelist()]
    workbook = load_workbook(io.BytesIO(data))
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        return pdf_text(path)
    if path.suffix == ".xlsx":
        return xlsx_text(path.read_bytes())
    if path.suffix == ".zip":
        return zip_text(path)
    return path.read_bytes().decode("utf-8", "replace")


def zip_text(path: Path) -> str:
    """Every file in the zip, each read as its kind (the evidence pack's originals)."""
    parts = []
    with zipfile.ZipFile(path) as archive, _scratch() as folder:
        for number, name in enumerate(archive.namelist()):
            target = folder / f"{number}{Path(name).suffix}"  # the manifest, the documents, the attached files
            target.write_bytes(archive.read(name))
            parts.append(text_of(target))
    return "\n".join(parts)


@contextmanager
def _scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="privacy-") as folder:
        yield Path(folder)


def full_pattern(cid: str) -> re.Pattern[str]:
    """The ID's 13 digits in order, anything a printout puts between digits allowed, not inside a longer number."""
    return re.compile(r"(?<!\d)" + SEPARATORS.join(cid) + r"(?!\d)")


_ANY_ID = re.compile(r"(?<![0-9A-Za-z])\d(?:" + SEPARATORS + r"\d){12}(?![0-9A-Za-z])")  # not inside a hash


def full_ids_in(text: str, ids: Iterable[str]) -> list[str]:
    """The IDs of ``ids`` found in full in ``text`` (Thai digits read as Arabic)."""
    plain = to_arabic_digits(text)
    return [cid for cid in ids if full_pattern(cid).search(plain)]


def other_valid_ids_in(text: str) -> list[str]:
    """Any other 13-digit run with a right check digit grouped as an ID is printed (x-xxxx-xxxxx-xx-x or bare)."""
    plain = to_arabic_digits(text)
    found = []
    for match in _ANY_ID.finditer(plain):
        digits = re.sub(r"\D", "", match.group())
        grouped = re.fullmatch(r"\d-\d{4}-\d{5}-\d{2}-\d|\d{13}", match.group())
        if grouped and is_valid_citizen_id(digits):
            found.append(match.group())
    return found


# -- the demo -------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Demo:
    path: Path
    institute_id: str
    ids: frozenset[str]  # every citizen ID the database holds, 13 digits
    heads: frozenset[str]  # the household heads' (every register prints them)
    borrowers: frozenset[str]  # the signed contracts' parties'
    hashes: frozenset[str]  # the contracts' content hashes: from one, a masked ID is found again by trying them all


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    folder = tmp_path_factory.mktemp("privacy")
    db = Database.open(folder / "demo.sqlite", device_id=demo_device_id(3))
    generate_demo(db, households=60, seed=3)
    ids: set[str] = set()
    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        assert institute_id
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if "citizen_id" in column.name:
                    ids |= {normalize_citizen_id(v) for v in session.scalars(select(column)) if v}
        member = Base.metadata.tables["household_member"]
        heads = set(session.scalars(select(member.c.citizen_id).where(member.c.is_head, member.c.citizen_id != "")))
        party = Base.metadata.tables["contract_party"]
        borrowers = {v for v in session.scalars(select(party.c.citizen_id)) if v}
        contract = Base.metadata.tables["consolidation_contract"]
        hashes = {v for v in session.scalars(select(contract.c.content_hash)) if v}
    db.close()
    ids = {i for i in ids if len(i) == 13}
    assert len(heads) >= 50 and borrowers and heads <= ids  # GIVEN a demo whose heads and parties have IDs
    assert hashes
    yield Demo(
        folder / "demo.sqlite",
        institute_id,
        frozenset(ids),
        frozenset(heads),
        frozenset(borrowers),
        frozenset(hashes),
    )


@pytest.fixture
def db(demo: Demo, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo.path.read_bytes())
    opened = Database.open(copy)
    yield opened
    opened.close()


def write_printout(db: Database, demo: Demo, key: str, out: Path, **options: object) -> list[Path]:
    printout = PRINTOUTS[key]
    with db.session() as session:
        written: list[Path] = printout.write(
            session,
            institute_id=demo.institute_id,
            fiscal_year=FY,
            out_dir=out,
            formats=printout.formats,
            printed_on=PRINTED_ON,
            language="th",
            **options,
        )
    assert written, key
    return written


def assert_masked(paths: Iterable[Path], demo: Demo) -> str:
    """No ID in full in any of ``paths``; returns their text."""
    texts = []
    for path in paths:
        text = text_of(path)
        assert not full_ids_in(text, demo.ids), (path.name, full_ids_in(text, demo.ids)[:3])
        assert not other_valid_ids_in(text), (path.name, other_valid_ids_in(text)[:3])
        assert not [h for h in demo.hashes if h[:16] in text], path.name  # not even the footer's prefix
        texts.append(text)
    return "\n".join(texts)


def masked_shown(text: str, ids: Iterable[str]) -> set[str]:
    """The IDs of ``ids`` whose masked form is in ``text`` (a line may end inside one)."""
    plain = re.sub(r"\s+", "", to_arabic_digits(text))
    return {cid for cid in ids if mask(cid) in plain}


# -- every printout of the registry, with its default arguments -------------------------------------------------
@pytest.mark.parametrize("key", sorted(PRINTOUTS))
def test_GIVEN_the_demo_WHEN_each_printout_is_written_by_default_THEN_no_citizen_id_is_in_full(
    db: Database, demo: Demo, key: str, tmp_path: Path
) -> None:
    written = write_printout(db, demo, key, tmp_path / key)
    text = assert_masked(written, demo)
    # THEN the printouts that name people by their ID show them masked
    if key == "registers":
        assert masked_shown(text, demo.heads) == demo.heads
    if key == "contracts":
        assert masked_shown(text, demo.borrowers) == demo.borrowers
    if key == "targets":
        assert masked_shown(text, demo.ids)  # the participation forms list the members


def test_GIVEN_the_household_register_with_its_debts_THEN_masked_by_default_and_full_when_asked(
    db: Database, demo: Demo, tmp_path: Path
) -> None:
    # GIVEN each household's open debts listed under it (the debtors' and guarantors' lines too)
    masked = write_printout(db, demo, "registers", tmp_path / "masked", with_debts=True)
    text = assert_masked(masked, demo)
    assert masked_shown(text, demo.heads) == demo.heads
    full = write_printout(db, demo, "registers", tmp_path / "full", with_debts=True, full_ids=True)
    pdf = next(p for p in full if p.name.startswith("household-register") and p.suffix == ".pdf")
    assert set(full_ids_in(text_of(pdf), demo.heads)) == demo.heads


@pytest.mark.parametrize("key", ["registers", "contracts", "targets"])
def test_GIVEN_full_ids_asked_WHEN_the_printouts_with_ids_are_written_THEN_they_show_them_in_full(
    db: Database, demo: Demo, key: str, tmp_path: Path
) -> None:
    written = write_printout(db, demo, key, tmp_path / key, full_ids=True)
    pdfs = [p for p in written if p.suffix == ".pdf"]
    text = "\n".join(text_of(p) for p in pdfs)
    if key == "targets":  # the participation forms: the members of the target households
        shown = set(full_ids_in(text, demo.ids))
        assert len(shown) >= 10
    else:
        wanted = demo.heads if key == "registers" else demo.borrowers
        shown = set(full_ids_in(text, wanted))
        assert shown == set(wanted)
    assert not masked_shown(text, shown)
    if key == "registers":  # the workbook too
        book = next(p for p in written if p.suffix == ".xlsx")
        assert set(full_ids_in(text_of(book), demo.heads)) == demo.heads


@pytest.mark.parametrize("key", sorted(set(PRINTOUTS) - {"registers", "contracts", "targets"}))
def test_GIVEN_full_ids_WHEN_a_printout_without_ids_is_written_THEN_it_still_shows_none(
    db: Database, demo: Demo, key: str, tmp_path: Path
) -> None:
    assert_masked(write_printout(db, demo, key, tmp_path / key, full_ids=True), demo)


def test_GIVEN_the_demo_WHEN_the_province_rollup_is_written_THEN_no_citizen_id_is_in_full(
    db: Database, demo: Demo, tmp_path: Path
) -> None:
    with db.session() as session:
        written = write_rollup_reports(
            session, fiscal_year=FY, out_dir=tmp_path, printed_on=PRINTED_ON, name="จังหวัดทดสอบ", full_ids=True
        )
    assert len(written) == 2
    assert_masked(written, demo)


# -- the screens' own writers -------------------------------------------------------------------------------------
def test_GIVEN_the_screens_writers_WHEN_they_print_by_default_THEN_ids_are_masked_and_full_only_when_asked(
    db: Database, demo: Demo, tmp_path: Path
) -> None:
    from cdfi_desktop.services.contracts import contracts
    from cdfi_desktop.ui.contracts.view import print_contract
    from cdfi_desktop.ui.registers import export

    written: list[Path] = []
    for kind in (export.HOUSEHOLDS, export.DEBTORS):
        for suffix in (".pdf", ".xlsx"):
            path = tmp_path / export.file_name(kind, suffix)
            written.append(
                export.write_register(db, kind=kind, institute_id=demo.institute_id, path=path, language="th")
            )
    with db.session() as session:
        contract = contracts(session, institute_id=demo.institute_id, fiscal_year=FY)[0]
    written.append(print_contract(db, contract.id, tmp_path / "contract.pdf"))
    assert_masked(written, demo)
    # WHEN the contract is printed with full IDs (the role may, the user asked) THEN its borrower's shows in full
    full = print_contract(db, contract.id, tmp_path / "contract-full.pdf", full_ids=True)
    assert full_ids_in(text_of(full), demo.borrowers)


# -- the evidence pack: always masked -----------------------------------------------------------------------------
def test_GIVEN_the_demo_WHEN_the_evidence_pack_is_built_THEN_neither_its_pdf_nor_any_original_shows_an_id(
    db: Database, demo: Demo, tmp_path: Path
) -> None:
    with db.session() as session:
        pack, archive = write_evidence_reports(
            session, institute_id=demo.institute_id, fiscal_year=FY, out_dir=tmp_path, printed_on=PRINTED_ON
        )
    text = assert_masked([pack], demo)
    assert masked_shown(text, demo.heads) == demo.heads  # the registers in it
    assert masked_shown(text, demo.borrowers) == demo.borrowers  # the contracts in it
    with zipfile.ZipFile(archive) as zipped:
        kinds = {Path(n).suffix for n in zipped.namelist()}
    assert {".pdf", ".xlsx"} <= kinds
    originals = assert_masked([archive], demo)
    assert masked_shown(originals, demo.heads) == demo.heads


def test_GIVEN_the_evidence_pack_THEN_it_takes_no_option_to_show_full_ids() -> None:
    import inspect

    for builder in (build_evidence_pack, write_evidence_reports):
        assert not [p for p in inspect.signature(builder).parameters if "full" in p or "citizen" in p]


# -- the report command ---------------------------------------------------------------------------------------------
def _report(demo_db: Path, name: str, out: Path, *extra: str) -> int:
    return main(["report", name, "--db", str(demo_db), "--out", str(out), "--printed-on", "2026-11-25", *extra])


def test_GIVEN_the_report_command_WHEN_run_by_default_or_with_full_ids_THEN_masked_or_full(
    db: Database, demo: Demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = db.path
    db.close()
    assert _report(path, "registers", tmp_path / "masked", "--fiscal-year", str(FY)) == 0
    assert_masked(sorted((tmp_path / "masked").iterdir()), demo)
    # WHEN --full-ids on a database without accounts (the laptop's officer) THEN the registers show them in full
    assert _report(path, "registers", tmp_path / "full", "--fiscal-year", str(FY), "--full-ids") == 0
    pdf = next((tmp_path / "full").glob("household-register*.pdf"))
    assert set(full_ids_in(text_of(pdf), demo.heads)) == demo.heads
    # WHEN the evidence pack is asked with --full-ids THEN it is refused, nothing written
    capsys.readouterr()
    assert _report(path, "evidence", tmp_path / "pack", "--fiscal-year", str(FY), "--full-ids") == 2
    assert "--full-ids" in capsys.readouterr().err
    assert not (tmp_path / "pack").exists() or not any((tmp_path / "pack").iterdir())


def test_GIVEN_accounts_WHEN_full_ids_are_asked_THEN_only_a_signed_in_role_that_may_see_them_gets_them(
    db: Database, demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from cdfi_desktop.domain.roles import Role
    from cdfi_desktop.services import accounts

    # GIVEN a database with an officer's and a committee member's accounts
    accounts.create(db, username="officer", display_name="นางสาวพรทิพย์ ใจดี", password="officer-pw-1", role=Role.OFFICER)
    accounts.create(db, username="board", display_name="นายกรรมการ ดูแล", password="board-pw-12", role=Role.COMMITTEE)
    path = db.path
    db.close()
    for variable in ("CDFI_USER", "CDFI_PASSWORD", "CDFI_TOKEN"):
        monkeypatch.delenv(variable, raising=False)
    year = ("--fiscal-year", str(FY))
    # WHEN nobody signs in THEN the masked registers print, full IDs are refused and nothing is written
    assert _report(path, "registers", tmp_path / "nobody-masked", *year) == 0
    assert_masked(sorted((tmp_path / "nobody-masked").iterdir()), demo)
    capsys.readouterr()
    assert _report(path, "registers", tmp_path / "nobody", *year, "--full-ids") == 2
    assert "--full-ids" in capsys.readouterr().err and not (tmp_path / "nobody").exists()
    # WHEN the committee member signs in THEN refused too
    monkeypatch.setenv("CDFI_PASSWORD", "board-pw-12")
    assert _report(path, "registers", tmp_path / "board", *year, "--full-ids", "--user", "board") == 2
    assert "บัญชีนี้ไม่มีสิทธิ์พิมพ์เลขประจำตัวประชาชนเต็ม" in capsys.readouterr().err  # signed in, but the role may not
    assert not (tmp_path / "board").exists()
    assert _report(path, "registers", tmp_path / "board-masked", *year, "--user", "board") == 0  # it may print masked
    # WHEN the officer signs in THEN the registers show every head's ID in full
    monkeypatch.setenv("CDFI_PASSWORD", "officer-pw-1")
    assert _report(path, "registers", tmp_path / "officer", *year, "--full-ids", "--user", "officer") == 0
    pdf = next((tmp_path / "officer").glob("household-register*.pdf"))
    assert set(full_ids_in(text_of(pdf), demo.heads)) == demo.heads
    # AND the evidence pack stays refused with --full-ids, whoever asks
    assert _report(path, "evidence", tmp_path / "pack", *year, "--full-ids", "--user", "officer") == 2
    assert not (tmp_path / "pack").exists()


# -- the mask itself, as every printout uses it ------------------------------------------------------------------
def test_GIVEN_the_mask_THEN_it_keeps_the_grouping_and_hides_nine_digits(demo: Demo) -> None:
    for cid in sorted(demo.ids)[:50]:
        shown = mask(cid)
        assert re.fullmatch(r"\d-xxxx-xxxxx-\d\d-\d", shown), shown
        assert shown == f"{cid[0]}-xxxx-xxxxx-{cid[10:12]}-{cid[12]}"
        assert not full_ids_in(shown, demo.ids)
