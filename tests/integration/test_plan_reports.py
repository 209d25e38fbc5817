"""The printed debt-management plan: Thai title and headers that extract, each project's budget with its total in
figures and Thai words, the request against the cap (within it, or over it and by how much), signature lines,
Sarabun embedded; the same plan as an Excel workbook."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cdfi_desktop.db.database import Database
from cdfi_desktop.reports.plan_data import PlanNotFound
from cdfi_desktop.reports.registry import write_plan_reports
from cdfi_desktop.services import plan as pl
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.printouts.plan import plan_report
from cdfi_desktop.services.uow import UnitOfWork

FY = 2571
PRINTED_ON = date(2027, 11, 26)
D = Decimal


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is missing: install poppler-utils")
    return found


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


def pdf_text(path: Path) -> str:
    """The whole text, with runs of spaces (columns in the layout) made single."""
    return re.sub(r"[ \t]+", " ", run(poppler("pdftotext"), "-layout", str(path), "-"))


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plan-reports") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(8))
    generate_demo(db, households=20, seed=8)
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    database = Database.open(copy)
    yield database
    database.close()


def institute(db: Database) -> str:
    with db.session() as session:
        found = reg.first_institute_id(session)
    assert found
    return found


def make_plan(db: Database, institute_id: str, *, extra: Decimal | None = None) -> str:
    """GIVEN the committee's meeting and three projects worth 37,880 baht (plus ``extra`` on a fourth)."""
    with UnitOfWork(db) as uow:
        plan_id = pl.save_plan(
            uow,
            pl.PlanForm(
                institute_id=institute_id,
                fiscal_year=FY,
                meeting_date=date(2027, 11, 15),
                meeting_place="ศาลาประชาคมหมู่ที่ 3",
                attendees=["นายสมชาย ใจดี ประธานคณะกรรมการสถาบัน", "นางสมศรี มีสุข เลขานุการ"],
                minutes="ที่ประชุมมีมติคัดเลือกโครงการส่งเสริมอาชีพเพื่อเพิ่มรายได้ของครัวเรือนเป้าหมาย",
            ),
            today=PRINTED_ON,
        )
    projects = [
        pl.ProjectForm(
            plan_id,
            "ส่งเสริมอาชีพเลี้ยงไก่ไข่",
            "ให้ครัวเรือนมีรายได้เสริมจากการขายไข่ไก่",
            12,
            date(2027, 12, 1),
            date(2028, 5, 31),
            lines=[
                pl.BudgetLineForm("พันธุ์ไก่ไข่", D("120"), "ตัว", D("150"), spent=D("18000")),
                pl.BudgetLineForm("อาหารไก่", D("20"), "กระสอบ", D("425.50")),
                pl.BudgetLineForm("วัคซีนและยา", D("6"), "ชุด", D("120")),
            ],
        ),
        pl.ProjectForm(
            plan_id,
            "อบรมการทำบัญชีครัวเรือน",
            "ครัวเรือนจดบันทึกรายรับรายจ่าย",
            30,
            lines=[
                pl.BudgetLineForm("ค่าวิทยากร", D("6"), "ชั่วโมง", D("600")),
                pl.BudgetLineForm("สมุดบัญชีครัวเรือน", D("30"), "เล่ม", D("35")),
                pl.BudgetLineForm("ค่าอาหารกลางวันและอาหารว่าง", D("30"), "คน", D("100")),
            ],
        ),
        pl.ProjectForm(
            plan_id,
            "ธนาคารปุ๋ยอินทรีย์",
            "ผลิตปุ๋ยอินทรีย์ใช้เองในกลุ่ม",
            20,
            lines=[
                pl.BudgetLineForm("มูลสัตว์", D("40"), "กระสอบ", D("45")),
                pl.BudgetLineForm("สารเร่ง พด.1 และกากน้ำตาล", D("1"), "ชุด", D("1200")),
            ],
        ),
    ]
    if extra is not None:
        projects.append(
            pl.ProjectForm(plan_id, "โรงเรือนเพาะเห็ด", lines=[pl.BudgetLineForm("โรงเรือน", D("1"), "หลัง", extra)])
        )
    for form in projects:
        with UnitOfWork(db) as uow:
            pl.save_project(uow, form)
    return plan_id


def write(db: Database, institute_id: str, out: Path, *, formats: tuple[str, ...] = ("pdf",)) -> list[Path]:
    with db.session() as session:
        return write_plan_reports(
            session, institute_id=institute_id, fiscal_year=FY, out_dir=out, formats=formats, printed_on=PRINTED_ON
        )


def test_GIVEN_a_plan_WHEN_printed_THEN_the_pdf_reads_in_Thai_with_totals_in_words_and_the_cap(
    db: Database, tmp_path: Path
) -> None:
    institute_id = institute(db)
    make_plan(db, institute_id)
    (pdf,) = write(db, institute_id, tmp_path)
    assert pdf.suffix == ".pdf" and pdf.name.endswith("_FY2571.pdf")
    text = pdf_text(pdf)
    for expected in (
        "แผนการบริหารจัดการหนี้ของสถาบันการจัดการเงินทุนชุมชน",
        "ปีงบประมาณ พ.ศ. 2571",
        "อำเภอ",
        "จังหวัด",
        "1. การประชุมคณะกรรมการสถาบันเพื่อจัดทำแผนการบริหารจัดการหนี้",
        "15 พฤศจิกายน พ.ศ. 2570",
        "ศาลาประชาคมหมู่ที่ 3",
        "นายสมชาย ใจดี ประธานคณะกรรมการสถาบัน",
        "2. โครงการ/กิจกรรมที่ที่ประชุมคัดเลือก",
        "วัตถุประสงค์",
        "ส่งเสริมอาชีพเลี้ยงไก่ไข่",
        "อบรมการทำบัญชีครัวเรือน",
        "ธนาคารปุ๋ยอินทรีย์",
        "3. รายละเอียดงบประมาณ",
        "ราคาต่อหน่วย",
        "8,510.00",  # 20 × 425.50
        "27,230.00 บาท (สองหมื่นเจ็ดพันสองร้อยสามสิบบาทถ้วน)",
        "7,650.00 บาท (เจ็ดพันหกร้อยห้าสิบบาทถ้วน)",
        "37,880.00 บาท (สามหมื่นเจ็ดพันแปดร้อยแปดสิบบาทถ้วน)",
        "40,000.00 บาท (สี่หมื่นบาทถ้วน)",
        "อยู่ภายในวงเงิน (คงเหลือ 2,120.00 บาท)",
        "ประธานคณะกรรมการสถาบัน",
        "เลขานุการคณะกรรมการสถาบัน",
        "พัฒนากรผู้รับผิดชอบ",
        "ร่าง",
    ):
        assert expected in text, expected
    assert "เกินวงเงิน" not in text
    fonts = run(poppler("pdffonts"), str(pdf))
    assert "Sarabun" in fonts and "Sarabun-Bold" in fonts
    sarabun = [line.split() for line in fonts.splitlines() if "Sarabun" in line]
    assert sarabun and all(fields[-5] == "yes" for fields in sarabun)  # embedded


def test_GIVEN_a_draft_over_the_cap_WHEN_printed_THEN_it_says_by_how_much(db: Database, tmp_path: Path) -> None:
    institute_id = institute(db)
    make_plan(db, institute_id, extra=D("2120.01"))
    with db.session() as session:
        report = plan_report(session, institute_id=institute_id, fiscal_year=FY, printed_on=PRINTED_ON)
    assert report.plan.over_cap == D("0.01")
    (pdf,) = write(db, institute_id, tmp_path)
    text = pdf_text(pdf)
    assert "เกินวงเงิน 0.01 บาท" in text
    assert "40,000.01 บาท (สี่หมื่นบาทหนึ่งสตางค์)" in text


def test_GIVEN_exactly_the_cap_WHEN_printed_THEN_it_is_full(db: Database, tmp_path: Path) -> None:
    institute_id = institute(db)
    make_plan(db, institute_id, extra=D("2120.00"))
    (pdf,) = write(db, institute_id, tmp_path)
    text = pdf_text(pdf)
    assert "เต็มวงเงินพอดี" in text and "เกินวงเงิน" not in text


def test_GIVEN_a_plan_WHEN_written_as_excel_THEN_lines_amounts_and_totals_are_numbers(
    db: Database, tmp_path: Path
) -> None:
    institute_id = institute(db)
    make_plan(db, institute_id)
    paths = write(db, institute_id, tmp_path, formats=("pdf", "xlsx"))
    assert [p.suffix for p in paths] == [".pdf", ".xlsx"]
    sheet = load_workbook(paths[1]).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    flat = [v for row in values for v in row if v is not None]
    assert "แผนการบริหารจัดการหนี้ของสถาบันการจัดการเงินทุนชุมชน" in flat
    chicken_feed = next(row for row in values if row[1] == "อาหารไก่")
    assert chicken_feed[2:7] == [20, "กระสอบ", 425.5, 8510, 0]
    totals = [row for row in values if row[0] == "รวม"]
    assert [row[5] for row in totals] == [27230, 7650, 3000]
    assert any(isinstance(v, str) and "สามหมื่นเจ็ดพันแปดร้อยแปดสิบบาทถ้วน" in v for v in flat)
    assert sheet.page_setup.orientation == "portrait"


def test_GIVEN_no_plan_WHEN_printed_THEN_plan_not_found(db: Database, tmp_path: Path) -> None:
    with pytest.raises(PlanNotFound) as missing:
        write(db, institute(db), tmp_path)
    assert missing.value.code == "plan_missing"
