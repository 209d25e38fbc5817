"""The two registers as Excel and PDF: totals that agree with the database, Thai text that prints and extracts."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.citizen_id import format_citizen_id
from cdfi_desktop.domain.enums import ContractStatus, CreditorKind, DebtStatus
from cdfi_desktop.reports.registers_data import (
    ArrearsClass,
    DebtorRegister,
    DebtTotals,
    HouseholdRegister,
    HouseholdTotals,
    RegisterHeading,
    arrears_class,
    format_area_line,
    register_file_name,
    show_citizen_id,
)
from cdfi_desktop.reports.registers_pdf import write_pdf
from cdfi_desktop.reports.registers_xlsx import write_xlsx
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.overview import institute_overviews
from cdfi_desktop.services.printouts.registers import debtor_register, household_register

PRINTED_ON = date(2026, 11, 26)
HOUSEHOLD_TITLE = "ทะเบียนข้อมูลครัวเรือนและภาวะหนี้สินของครัวเรือน"
DEBTOR_TITLE = "ทะเบียนลูกหนี้ของกลุ่ม/กองทุนที่เป็นสมาชิกของสถาบัน"


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is missing: install poppler-utils")
    return found


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


@dataclass(frozen=True)
class Written:
    db_path: Path
    institute_id: str
    households: HouseholdRegister
    with_debts: HouseholdRegister
    debtors: DebtorRegister
    files: dict[str, Path]
    full_ids: list[str]  # the heads' citizen IDs as stored
    db_members: int
    db_open_debts: int
    db_outstanding: Decimal
    db_installments: Decimal
    db_fund_totals: Any  # services.registers.RegisterTotals of the open member-fund debts


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Written]:
    folder = tmp_path_factory.mktemp("registers")
    db_path = folder / "demo.sqlite"
    db = Database.open(db_path, device_id=demo_device_id(5))
    try:
        generate_demo(db, households=40, seed=5)
        with db.session() as session:
            institute_id = reg.first_institute_id(session)
            assert institute_id
            households = household_register(session, institute_id=institute_id, printed_on=PRINTED_ON)
            with_debts = household_register(session, institute_id=institute_id, printed_on=PRINTED_ON, with_debts=True)
            debtors = debtor_register(session, institute_id=institute_id, printed_on=PRINTED_ON)
            # The database's own figures, by other roads than the registers take.
            overview = next(o for o in institute_overviews(session) if o.id == institute_id)
            open_ids = reg.debt_ids(session, institute_id=institute_id, statuses=(DebtStatus.OPEN,))
            fund_ids = reg.debt_ids(
                session, institute_id=institute_id, statuses=(DebtStatus.OPEN,), creditor_kind=CreditorKind.MEMBER_FUND
            )
            all_open = reg.debt_totals(session, open_ids)
            # a signed 1HH1C contract is a household's debt too: its installment is owed every month
            contract_installments = session.scalar(
                select(func.coalesce(func.sum(m.ConsolidationContract.installment), 0)).where(
                    m.ConsolidationContract.institute_id == institute_id,
                    m.ConsolidationContract.status == ContractStatus.SIGNED,
                    m.ConsolidationContract.deleted_at.is_(None),
                )
            )
            fund_totals = reg.debt_totals(session, fund_ids)
            heads = reg.household_rows(session, reg.household_ids(session, institute_id=institute_id))
    finally:
        db.close()
    files = {
        "households.xlsx": write_xlsx(households, folder / "households.xlsx"),
        "households.pdf": write_pdf(households, folder / "households.pdf"),
        "with_debts.xlsx": write_xlsx(with_debts, folder / "with_debts.xlsx"),
        "debtors.xlsx": write_xlsx(debtors, folder / "debtors.xlsx"),
        "debtors.pdf": write_pdf(debtors, folder / "debtors.pdf"),
    }
    yield Written(
        db_path=db_path,
        institute_id=institute_id,
        households=households,
        with_debts=with_debts,
        debtors=debtors,
        files=files,
        full_ids=[h.head_citizen_id for h in heads],
        db_members=overview.members,
        db_open_debts=overview.open_debts,
        db_outstanding=overview.outstanding,
        db_installments=all_open.installments + (contract_installments or Decimal("0")),
        db_fund_totals=fund_totals,
    )


def sheet_and_values(path: Path) -> tuple[Any, Any]:
    """The sheet as written (formulas) and as a viewer that does not calculate sees it (cached values)."""
    return load_workbook(path).active, load_workbook(path, data_only=True).active


def row_labelled(ws: Any, prefix: str) -> int:
    rows = [cell.row for cell in ws["A"] if isinstance(cell.value, str) and cell.value.startswith(prefix)]
    assert rows, prefix
    return int(rows[-1])


def column_sum(values: Any, column: str, rows: range) -> Decimal:
    return sum((Decimal(str(values[f"{column}{r}"].value or 0)) for r in rows), Decimal("0"))


# -- data --------------------------------------------------------------------------------------------------------
def test_register_totals_equal_the_database(written: Written) -> None:
    # GIVEN the demo institute WHEN its registers are collected THEN their totals are the database's
    totals = written.households.totals
    assert totals.households == len(written.households.lines) == 40
    assert totals.members == written.db_members
    assert totals.open_debts == written.db_open_debts
    assert totals.outstanding == written.db_outstanding
    assert totals.monthly_installments == written.db_installments
    fund = written.db_fund_totals
    assert written.debtors.totals == DebtTotals(
        debts=fund.rows, principal=fund.principal, outstanding=fund.outstanding, installments=fund.installments
    )
    # and the fund subtotals add up to the grand total
    assert sum(g.subtotal.outstanding for g in written.debtors.groups) == written.debtors.totals.outstanding
    # and every household's debts listed under it add up to its own total
    for line in written.with_debts.lines:
        assert len(line.debts) == line.open_debts
        assert sum((d.outstanding for d in line.debts), Decimal("0")) == line.outstanding


def test_heading_names_the_institute_area_and_fiscal_year(written: Written) -> None:
    heading = written.households.heading
    assert heading.institute_name.startswith("สถาบันการจัดการเงินทุนชุมชน")
    assert re.fullmatch(r"ตำบล\S+ อำเภอ\S+ จังหวัด\S+", heading.area_line), heading.area_line
    assert heading.fiscal_year_line == "ปีงบประมาณ พ.ศ. 2570"  # 26 Nov 2026 falls in FY 2570
    assert heading.printed_line == "วันที่พิมพ์ 26 พฤศจิกายน พ.ศ. 2569"
    name = register_file_name(written.debtors, ".pdf")
    assert name.startswith("debtor-register_สถาบัน") and name.endswith("_FY2570.pdf")


def test_citizen_ids_are_masked_unless_asked_in_full(written: Written) -> None:
    # GIVEN the default registers THEN no head's ID shows in full, and each shows as 1-xxxx-xxxxx-67-8
    shown = [line.citizen_id for line in written.households.lines]
    assert all(re.fullmatch(r"\d-xxxx-xxxxx-\d\d-\d", cid) for cid in shown), shown[:3]
    # WHEN they are asked in full THEN they print grouped 1-4-5-2-1
    db = Database.open(written.db_path)
    try:
        with db.session() as session:
            full = household_register(
                session, institute_id=written.institute_id, printed_on=PRINTED_ON, full_citizen_ids=True
            )
    finally:
        db.close()
    assert [line.citizen_id for line in full.lines] == [format_citizen_id(c) for c in written.full_ids]
    assert "ต้องเก็บรักษา" in full.heading.citizen_id_note


# -- Excel -------------------------------------------------------------------------------------------------------
def test_household_workbook_totals_are_sum_formulas_holding_the_apps_values(written: Written) -> None:
    ws, values = sheet_and_values(written.files["households.xlsx"])
    total_row = row_labelled(ws, "รวมทั้งสิ้น")
    first = 7
    data = range(first, total_row)
    totals: HouseholdTotals = written.households.totals
    # THEN each total is a real SUM over the data rows…
    for column in "FGHI":
        assert ws[f"{column}{total_row}"].value == f"=SUM({column}{first}:{column}{total_row - 1})"
    assert ws[f"J{total_row}"].value == f"=MAX(J{first}:J{total_row - 1})"
    # …whose cached value is the app's total, which is also what the formula gives over the cells
    expected = {
        "F": totals.members,
        "G": totals.open_debts,
        "H": totals.outstanding,
        "I": totals.monthly_installments,
    }
    for column, value in expected.items():
        assert Decimal(str(values[f"{column}{total_row}"].value)) == value
        assert column_sum(values, column, data) == value
    assert values[f"H{total_row}"].value == pytest.approx(float(written.db_outstanding))
    # and the numbers are numbers with two decimals, under a header repeated on every page
    assert ws[f"H{first}"].number_format == "#,##0.00"
    assert ws.print_title_rows == "$6:$6"
    assert ws.freeze_panes == "A7"
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == str(ws.PAPERSIZE_A4)
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    assert ws["A1"].value == HOUSEHOLD_TITLE and ws["A1"].font.name == "Sarabun"
    assert ws["A4"].value == "ปีงบประมาณ พ.ศ. 2570"


def test_household_workbook_with_debts_counts_each_household_once(written: Written) -> None:
    ws, values = sheet_and_values(written.files["with_debts.xlsx"])
    total_row = row_labelled(ws, "รวมทั้งสิ้น")
    formula = ws[f"H{total_row}"].value
    assert formula.startswith("=SUMIF($A$7:$A$") and '">0"' in formula
    household_rows = [r for r in range(7, total_row) if isinstance(values[f"A{r}"].value, int)]
    debt_rows = [r for r in range(7, total_row) if values[f"A{r}"].value is None]
    assert len(household_rows) == 40 and len(debt_rows) == written.db_open_debts
    outstanding = written.households.totals.outstanding
    assert Decimal(str(values[f"H{total_row}"].value)) == outstanding
    assert sum((Decimal(str(values[f"H{r}"].value)) for r in household_rows), Decimal("0")) == outstanding
    assert sum((Decimal(str(values[f"H{r}"].value)) for r in debt_rows), Decimal("0")) == outstanding


def test_debtor_workbook_subtotals_and_grand_total(written: Written) -> None:
    ws, values = sheet_and_values(written.files["debtors.xlsx"])
    grand = row_labelled(ws, "รวมทั้งสิ้น")
    subtotals = [c.row for c in ws["A"] if isinstance(c.value, str) and c.value.startswith("รวม ")]
    assert len(subtotals) == len(written.debtors.groups)
    for row, group in zip(subtotals, written.debtors.groups, strict=True):
        formula = ws[f"I{row}"].value
        match = re.fullmatch(r"=SUM\(I(\d+):I(\d+)\)", formula)
        assert match, formula
        rows = range(int(match[1]), int(match[2]) + 1)
        assert Decimal(str(values[f"I{row}"].value)) == group.subtotal.outstanding == column_sum(values, "I", rows)
    assert ws[f"H{grand}"].value == "=SUM(" + ",".join(f"H{r}" for r in subtotals) + ")"
    fund = written.db_fund_totals
    assert Decimal(str(values[f"H{grand}"].value)) == fund.principal
    assert Decimal(str(values[f"I{grand}"].value)) == fund.outstanding
    assert Decimal(str(values[f"K{grand}"].value)) == fund.installments
    assert ws["A1"].value == DEBTOR_TITLE


# -- PDF ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["households.pdf", "debtors.pdf"])
def test_pdfs_are_a4_landscape_and_embed_the_thai_font(written: Written, name: str) -> None:
    path = written.files[name]
    info = run(poppler("pdfinfo"), str(path))
    width, height = (float(v) for v in re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())  # type: ignore[union-attr]
    assert (round(width), round(height)) == (842, 595)
    fonts = run(poppler("pdffonts"), str(path)).splitlines()[2:]
    sarabun = [line for line in fonts if "Sarabun" in line]
    assert sarabun and all(line.split()[-5] == "yes" for line in sarabun), fonts  # the "emb" column


def test_household_pdf_text_extracts_as_thai_with_page_numbers(written: Written) -> None:
    path = written.files["households.pdf"]
    pages = int(re.search(r"Pages:\s+(\d+)", run(poppler("pdfinfo"), str(path)))[1])  # type: ignore[index]
    text = run(poppler("pdftotext"), str(path), "-")
    # THEN the Thai (shaped, with moved tone marks) extracts as the very text that was written
    assert HOUSEHOLD_TITLE in text
    assert written.households.heading.institute_name in text
    assert written.households.heading.area_line in text
    assert "ปีงบประมาณ พ.ศ. 2570" in text and "วันที่พิมพ์ 26 พฤศจิกายน พ.ศ. 2569" in text
    for line in written.households.lines[:5]:
        assert line.head_name in text
    for page in range(1, pages + 1):
        assert f"หน้า {page}/{pages}" in text
    assert f"รวมทั้งสิ้น {len(written.households.lines)} ครัวเรือน" in text
    assert "6,396,760.53" in text or f"{written.households.totals.outstanding:,.2f}" in text
    # and no citizen ID is printed in full
    assert not any(cid in text or format_citizen_id(cid) in text for cid in written.full_ids)


def test_debtor_pdf_text_has_every_fund_and_the_grand_total(written: Written) -> None:
    text = run(poppler("pdftotext"), str(written.files["debtors.pdf"]), "-")
    assert DEBTOR_TITLE in text
    for group in written.debtors.groups:
        assert group.name in text
    assert f"{written.debtors.totals.outstanding:,.2f}" in text
    assert "ผู้จัดทำ" in text and "ประธานสถาบัน" in text


def test_pages_render_for_people_to_look_at(written: Written, artifacts_dir: Path) -> None:
    # GIVEN the PDFs WHEN their first pages are rendered THEN the images are left in artifacts/ to look at
    pdftoppm = poppler("pdftoppm")
    for name in ("households", "debtors"):
        stem = artifacts_dir / f"register-{name}"
        subprocess.run(
            [
                pdftoppm,
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(written.files[f"{name}.pdf"]),
                str(stem),
            ],
            check=True,
            timeout=60,
        )
        assert stem.with_suffix(".png").stat().st_size > 10_000


# -- edge cases, pure data in ------------------------------------------------------------------------------------
def test_an_empty_register_in_english_for_bangkok_still_prints(tmp_path: Path) -> None:
    # GIVEN a register with no households, in English, for an institute in Bangkok
    heading = RegisterHeading(
        institute_id="x",
        institute_name="Institute & Co <test>",
        province="Bangkok",
        district="Phra Nakhon",
        subdistrict="Phra Borom Maha Ratchawang",
        area_line="Khwaeng Phra Borom Maha Ratchawang, Khet Phra Nakhon, Bangkok",
        fiscal_year=2570,
        printed_on=PRINTED_ON,
        language="en",
        full_citizen_ids=False,
    )
    zero = Decimal("0.00")
    empty = HouseholdRegister(
        heading=heading, lines=(), totals=HouseholdTotals(0, 0, 0, zero, zero, 0), with_debts=False
    )
    no_debts = DebtorRegister(heading=heading, groups=(), totals=DebtTotals(0, zero, zero, zero))
    # WHEN written in both formats THEN the files exist, with zero totals and the English title
    for register in (empty, no_debts):
        xlsx = write_xlsx(register, tmp_path / register_file_name(register, ".xlsx"))
        pdf = write_pdf(register, tmp_path / register_file_name(register, ".pdf"))
        assert load_workbook(xlsx).active["A1"].value == register.title
        assert pdf.stat().st_size > 1000
    ws, values = sheet_and_values(tmp_path / register_file_name(empty, ".xlsx"))
    assert values[f"H{row_labelled(ws, 'Total')}"].value == 0
    if shutil.which("pdftotext"):
        assert "No households in the register yet" in run(
            "pdftotext", str(tmp_path / register_file_name(empty, ".pdf")), "-"
        )


def test_report_command_writes_four_files_without_qt_widgets(written: Written, tmp_path: Path) -> None:
    # GIVEN a fresh interpreter and the demo database WHEN `cdfi-desktop report registers` runs
    db_copy = tmp_path / "copy.sqlite"
    db_copy.write_bytes(written.db_path.read_bytes())
    out = tmp_path / "out"
    code = (
        "import json, sys\n"
        "from cdfi_desktop.cli import main\n"
        f"rc = main(['--lang', 'th', 'report', 'registers', '--db', {str(db_copy)!r}, '--out', {str(out)!r},"
        " '--printed-on', '2026-11-26'])\n"
        "widgets = sorted(n for n in sys.modules if n.startswith(('PySide6.QtWidgets', 'PySide6.QtGui', "
        "'cdfi_desktop.ui')))\n"
        "print(json.dumps({'rc': rc, 'widgets': widgets}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # THEN it succeeds without Qt widgets, and prints the four paths it wrote
    assert result == {"rc": 0, "widgets": []}
    printed = [Path(line) for line in done.stdout.strip().splitlines()[:-1]]
    assert sorted(p.name for p in printed) == sorted(p.name for p in out.iterdir())
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 4 and all("_FY2570." in n for n in names)
    assert {Path(n).suffix for n in names} == {".xlsx", ".pdf"}


def test_report_command_refuses_a_missing_database(tmp_path: Path) -> None:
    from cdfi_desktop.cli import main

    # GIVEN a mistyped path WHEN a report is asked of it THEN "no such database" (exit 3), and no file or folder made
    typo = tmp_path / "typo" / "none.sqlite"
    assert main(["report", "registers", "--db", str(typo), "--out", str(tmp_path / "out")]) == 3
    assert not typo.parent.exists()
    assert not (tmp_path / "out").exists()


# -- pure helpers ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (0, ArrearsClass.NORMAL),
        (30, ArrearsClass.NORMAL),
        (31, ArrearsClass.SPECIAL_MENTION),
        (90, ArrearsClass.SPECIAL_MENTION),
        (91, ArrearsClass.SUBSTANDARD),
        (180, ArrearsClass.SUBSTANDARD),
        (181, ArrearsClass.DOUBTFUL),
        (365, ArrearsClass.DOUBTFUL),
        (366, ArrearsClass.DOUBTFUL_OF_LOSS),
    ],
)
def test_arrears_class_follows_the_days_past_due(days: int, expected: ArrearsClass) -> None:
    assert arrears_class(days) is expected


def test_malformed_or_missing_citizen_ids_never_print_in_full_by_mistake() -> None:
    assert show_citizen_id("", full=False) == ""
    assert show_citizen_id("12345", full=False) == "xxxxx"
    assert show_citizen_id("12345", full=True) == "12345"
    assert show_citizen_id("1 2345 67890 12 1", full=False) == "1-xxxx-xxxxx-12-1"


def test_bangkok_areas_read_khwaeng_and_khet() -> None:
    th = format_area_line(province_code="10", names=("กรุงเทพมหานคร", "เขตพระนคร", "พระบรมมหาราชวัง"), language="th")
    assert th == "แขวงพระบรมมหาราชวัง เขตพระนคร กรุงเทพมหานคร"
    en = format_area_line(province_code="40", names=("Khon Kaen", "Mueang Khon Kaen", "Nai Mueang"), language="en")
    assert en == "Nai Mueang Subdistrict, Mueang Khon Kaen District, Khon Kaen Province"


def test_GIVEN_the_household_register_with_debts_WHEN_a_households_debts_run_on_to_a_new_page_THEN_named_with_cont(
    written: Written, tmp_path: Path
) -> None:
    # GIVEN the register with each household's debts under it, printed over several pages
    path = write_pdf(written.with_debts, tmp_path / "with_debts.pdf")
    pages = run(poppler("pdftotext"), str(path), "-").split("\f")[:-1]
    assert len(pages) >= 2
    flat = ["".join(page.split()) for page in pages]
    runs_on = 0
    for line in written.with_debts.lines:
        name = "".join(line.head_name.split())
        on = [i for i, page in enumerate(flat) if name in page]
        # THEN a household found on two pages in a row is named on the later one with (ต่อ), never left without a
        # name (the demo repeats some names in households far apart: those are on pages not next to each other)
        for earlier, later in pairwise(on):
            if later == earlier + 1:
                assert f"{name}(ต่อ)" in flat[later], (line.head_name, later + 1)
                runs_on += 1
    marks = sum(page.count("(ต่อ)") for page in flat)
    assert marks == runs_on
    assert runs_on, "some household's debts run on to a new page in this register"
