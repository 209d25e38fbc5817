"""The printed target list (PDF, Excel) and the participation record forms: Thai names and reasons that extract,
the bundled font embedded, one form page per target household."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from cdfi_desktop.db.database import Database
from cdfi_desktop.reports.registry import write_targets_reports
from cdfi_desktop.reports.targets_data import ParticipationForms, TargetList
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services import targets as tg
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.printouts.targets import participation_forms, target_list
from cdfi_desktop.services.uow import UnitOfWork

PRINTED_ON = date(2026, 11, 26)
FY = 2570
ADDED_REASON = "คณะกรรมการสถาบันเห็นชอบเป็นกรณีพิเศษ เพราะมีหนี้นอกระบบที่ดอกเบี้ยสูง"
LIST_TITLE = "บัญชีรายชื่อครัวเรือนเป้าหมาย"
FORM_TITLE = "แบบบันทึกการเข้าร่วมโครงการ"


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is missing: install poppler-utils")
    return found


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


def squeezed(text: str) -> str:
    """Text without white space (and the "–" of empty figures, which pdftotext may read between the lines of a
    neighbouring cell): a reason wrapped over lines of a table cell still reads as one string."""
    return re.sub(r"[\s–]+", "", text)


@dataclass(frozen=True)
class Printed:
    institute_id: str
    listing: TargetList
    forms: ParticipationForms
    files: list[Path]
    db_path: Path


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Printed]:
    folder = tmp_path_factory.mktemp("targets")
    db_path = folder / "demo.sqlite"
    db = Database.open(db_path, device_id=demo_device_id(1), officer="นางสาวพรทิพย์ ใจดี")
    try:
        generate_demo(db, households=300, seed=1)
        with db.session() as session:
            institute_id = reg.first_institute_id(session)
            assert institute_id
            view = tg.selection(session, institute_id=institute_id, fiscal_year=FY, as_of=PRINTED_ON)
            assert view is not None
            outsider = next(
                c
                for c in tg.candidates(session, institute_id=institute_id, fiscal_year=FY, as_of=PRINTED_ON)
                if not c.eligible and c.debtor_class.value == "D"
            )
        # GIVEN the demo's locked list, unlocked to add one household by hand with a reason, and locked again
        with UnitOfWork(db) as uow:
            tg.unlock_targets(uow, selection_id=view.id, reason="เพิ่มรายชื่อตามมติที่ประชุม")
        with UnitOfWork(db) as uow:
            tg.add_target(uow, selection_id=view.id, household_id=outsider.household_id, reason=ADDED_REASON)
        with UnitOfWork(db) as uow:
            tg.lock_targets(uow, selection_id=view.id, reason="ที่ประชุมคณะกรรมการรับรองรายชื่อ")
        with db.session() as session:
            listing = target_list(session, institute_id=institute_id, fiscal_year=FY, printed_on=PRINTED_ON)
            forms = participation_forms(session, institute_id=institute_id, fiscal_year=FY, printed_on=PRINTED_ON)
            files = write_targets_reports(
                session, institute_id=institute_id, fiscal_year=FY, out_dir=folder / "out", printed_on=PRINTED_ON
            )
    finally:
        db.close()
    yield Printed(institute_id=institute_id, listing=listing, forms=forms, files=files, db_path=db_path)


def file(printed: Printed, prefix: str, suffix: str) -> Path:
    return next(p for p in printed.files if p.name.startswith(prefix) and p.suffix == suffix)


def page_size(path: Path) -> tuple[int, int]:
    info = run(poppler("pdfinfo"), str(path))
    found = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert found
    return round(float(found[1])), round(float(found[2]))


def pages(path: Path) -> int:
    found = re.search(r"Pages:\s+(\d+)", run(poppler("pdfinfo"), str(path)))
    assert found
    return int(found[1])


# -- data --------------------------------------------------------------------------------------------------------
def test_GIVEN_the_demo_list_WHEN_collected_THEN_31_lines_in_rank_order_with_reasons(printed: Printed) -> None:
    lines = printed.listing.lines
    assert [line.rank for line in lines] == list(range(1, 32))
    assert all(line.reason for line in lines)
    assert all(line.debtor_class in ("C", "B") for line in lines[:30])
    assert lines[-1].reason == ADDED_REASON and not lines[-1].proposed and lines[-1].debtor_class == "D"
    assert printed.listing.locked and printed.listing.locked_by == "นางสาวพรทิพย์ ใจดี"
    assert "ล็อกแล้ว" in printed.listing.status_line
    assert [f.rank for f in printed.forms.forms] == list(range(1, 32))


def test_GIVEN_the_reports_WHEN_written_THEN_the_list_in_both_formats_and_the_forms_as_pdf(printed: Printed) -> None:
    names = sorted(p.name for p in printed.files)
    institute = printed.listing.heading.institute_name
    assert names == sorted(
        [
            f"participation-records_{institute}_FY2570.pdf",
            f"target-households_{institute}_FY2570.pdf",
            f"target-households_{institute}_FY2570.xlsx",
        ]
    )
    assert all(p.stat().st_size > 5_000 for p in printed.files)


# -- PDF ---------------------------------------------------------------------------------------------------------
def test_GIVEN_the_list_pdf_THEN_a4_landscape_with_sarabun_embedded(printed: Printed) -> None:
    path = file(printed, "target-households", ".pdf")
    assert page_size(path) == (842, 595)
    fonts = run(poppler("pdffonts"), str(path)).splitlines()[2:]
    sarabun = [line for line in fonts if "Sarabun" in line]
    assert sarabun and all(line.split()[-5] == "yes" for line in sarabun), fonts


def test_GIVEN_the_list_pdf_THEN_thai_names_and_every_reason_extract(printed: Printed) -> None:
    path = file(printed, "target-households", ".pdf")
    text = run(poppler("pdftotext"), str(path), "-")
    flat = squeezed(text)
    heading = printed.listing.heading
    assert LIST_TITLE in text and heading.institute_name in text and heading.area_line in text
    assert "ปีงบประมาณ พ.ศ. 2570" in text and "วันที่พิมพ์ 26 พฤศจิกายน พ.ศ. 2569" in text
    for line in printed.listing.lines:
        assert squeezed(line.head_name) in flat
        assert squeezed(line.reason) in flat, line.reason
    assert squeezed("(เพิ่มโดยเจ้าหน้าที่)") in flat
    assert f"{printed.listing.total_debt:,.2f}" in text
    n = pages(path)
    for page in range(1, n + 1):
        assert f"หน้า {page}/{n}" in text
    assert "ผู้จัดทำ" in text and "ประธานสถาบัน" in text


def test_GIVEN_the_forms_pdf_THEN_each_target_household_starts_an_a4_portrait_page_and_its_next_says_whose(
    printed: Printed,
) -> None:
    path = file(printed, "participation-records", ".pdf")
    assert page_size(path) == (595, 842)
    fonts = run(poppler("pdffonts"), str(path)).splitlines()[2:]
    assert any("Sarabun" in line and line.split()[-5] == "yes" for line in fonts), fonts
    pdftotext = poppler("pdftotext")
    n = pages(path)
    texts = [run(pdftotext, "-f", str(page), "-l", str(page), str(path), "-") for page in range(1, n + 1)]
    # each household's record starts a page; a page it runs on to names it with (ต่อ); nothing is shrunk to fit
    starts = [page for page, text in enumerate(texts, start=1) if FORM_TITLE in text]
    assert len(starts) == len(printed.forms.forms) == 31
    assert n < 3 * len(starts)
    for index, form in enumerate(printed.forms.forms, start=1):
        first = starts[index - 1]
        last = starts[index] - 1 if index < len(starts) else n
        whole = "".join(texts[first - 1 : last])
        flat = squeezed(whole)
        assert "๑ ครัวเรือน ๑ สัญญา" in texts[first - 1]
        assert f"ลำดับที่ {index}" in texts[first - 1] and form.code in texts[first - 1]
        for page in range(first + 1, last + 1):
            assert squeezed(f"ลำดับที่ {index} · {form.head_name} (ต่อ)") in squeezed(texts[page - 1])
            assert "(มีต่อหน้าถัดไป)" in texts[page - 2]
        assert form.head_name in whole and squeezed(form.representative_name) in flat
        assert squeezed(form.reason) in flat
        for member in form.members:
            assert squeezed(member.name) in flat
        assert f"{form.total_outstanding:,.2f}" in whole
        assert "ยินยอมเข้าร่วมโครงการ" in whole and "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล" in flat
        # the signatures are on the record's last page, with the lines above them
        assert "ผู้แทนครัวเรือน" in texts[last - 1] and "เจ้าหน้าที่พัฒนาชุมชน" in texts[last - 1]
        assert "วันที่เข้าร่วมโครงการ" in texts[last - 1] and "กรรมการสถาบัน" in texts[last - 1]
    for page, text in enumerate(texts, start=1):
        assert f"หน้า {page}/{n}" in text


def test_GIVEN_the_pdfs_THEN_pages_are_rendered_for_people_to_look_at(printed: Printed, artifacts_dir: Path) -> None:
    pdftoppm = poppler("pdftoppm")
    for prefix, page in (("target-households", 1), ("participation-records", 1), ("participation-records", 31)):
        stem = artifacts_dir / f"{prefix}-{page}"
        source = file(printed, prefix, ".pdf")
        subprocess.run(
            [pdftoppm, "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile", str(source), str(stem)],
            check=True,
            timeout=60,
        )
        assert stem.with_suffix(".png").stat().st_size > 10_000


# -- Excel -------------------------------------------------------------------------------------------------------
def test_GIVEN_the_list_workbook_THEN_rows_reasons_and_sum_formulas_holding_the_apps_totals(printed: Printed) -> None:
    path = file(printed, "target-households", ".xlsx")
    ws = load_workbook(path).active
    values = load_workbook(path, data_only=True).active
    assert ws["A1"].value == LIST_TITLE
    header = 7
    assert ws.cell(header, 1).value == "ลำดับที่" and ws.cell(header, 10).value == "เหตุผลที่คัดเลือก"
    assert ws.print_title_rows == f"${header}:${header}"
    lines = printed.listing.lines
    for offset, line in enumerate(lines):
        row = header + 1 + offset
        assert ws.cell(row, 1).value == line.rank
        assert ws.cell(row, 3).value == line.head_name
        assert Decimal(str(ws.cell(row, 6).value)) == line.total_debt
        assert str(ws.cell(row, 10).value).startswith(line.reason)
    total_row = header + 1 + len(lines)
    assert ws.cell(total_row, 1).value == "รวม 31 ครัวเรือน"
    assert ws.cell(total_row, 6).value == f"=SUM(F{header + 1}:F{total_row - 1})"
    assert Decimal(str(values.cell(total_row, 6).value)) == printed.listing.total_debt
    assert Decimal(str(values.cell(total_row, 8).value)) == printed.listing.total_installments
    assert ws.page_setup.orientation == "landscape"


# -- other languages and an empty list -----------------------------------------------------------------------------
def test_GIVEN_english_WHEN_printing_THEN_proposals_read_in_english_and_the_officers_words_stay(
    printed: Printed, tmp_path: Path
) -> None:
    db = Database.open(printed.db_path)
    try:
        with db.session() as session:
            files = write_targets_reports(
                session,
                institute_id=printed.institute_id,
                fiscal_year=FY,
                out_dir=tmp_path,
                formats=("pdf",),
                printed_on=PRINTED_ON,
                language="en",
            )
            listing = target_list(
                session, institute_id=printed.institute_id, fiscal_year=FY, printed_on=PRINTED_ON, language="en"
            )
    finally:
        db.close()
    assert len(files) == 2
    # a proposal reads in English while the household's class still explains it; once its debts are one contract
    # (the demo consolidated the first ranks), the reason recorded in Thai at the time is printed as it was
    english = [line for line in listing.lines if line.reason.startswith("Class ")]
    assert english and all(line.proposed for line in english)
    assert listing.lines[-1].reason == ADDED_REASON
    text = run(poppler("pdftotext"), str(files[0]), "-")
    assert "List of target households" in text and "Page 1/" in text
    assert squeezed(english[0].reason) in squeezed(text)


def test_GIVEN_no_list_for_next_year_WHEN_printing_THEN_the_papers_say_so(printed: Printed, tmp_path: Path) -> None:
    db = Database.open(printed.db_path)
    try:
        with db.session() as session:
            files = write_targets_reports(
                session, institute_id=printed.institute_id, fiscal_year=FY + 1, out_dir=tmp_path, printed_on=PRINTED_ON
            )
    finally:
        db.close()
    assert len(files) == 3
    pdfs = [p for p in files if p.suffix == ".pdf"]
    for path in pdfs:
        assert "ยังไม่มีรายชื่อครัวเรือนเป้าหมาย" in run(poppler("pdftotext"), str(path), "-")
