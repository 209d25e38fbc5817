"""The training's papers: sign-in sheets one day a page (more when the names run over), Thai that prints and
extracts, names matching the participants; the attendance summary in PDF and Excel."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import AttendanceStatus
from cdfi_desktop.reports.registry import write_training_reports
from cdfi_desktop.reports.training_data import CourseNotFound
from cdfi_desktop.reports.training_pdf import write_sign_in_sheets_pdf
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services import training as tr
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.printouts.training import training_report
from cdfi_desktop.services.uow import UnitOfWork

PRESENT, LATE, ABSENT, LEAVE = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.ABSENT,
    AttendanceStatus.LEAVE,
)
FY = 2571  # the demo has its own course in 2570
PRINTED_ON = date(2027, 11, 26)
DAYS = [date(2028, 1, 10), date(2028, 1, 11), date(2028, 1, 12), date(2028, 1, 13)]


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is missing: install poppler-utils")
    return found


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


def page_texts(path: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    text = run(poppler("pdftotext"), "-layout", str(path), "-")
    return text.split("\f")[:-1]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("training-reports") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(6))
    generate_demo(db, households=80, seed=6)
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    database = Database.open(copy)
    yield database
    database.close()


def course_with(db: Database, participants: int) -> tuple[str, str]:
    """GIVEN a 4-day course with ``participants`` people from the register; returns (institute id, course id)."""
    with db.session() as session:
        inst = reg.first_institute_id(session)
        assert inst
        households = tr.household_choices(session, institute_id=inst)[:participants]
    with UnitOfWork(db) as uow:
        course_id = tr.save_course(
            uow,
            institute_id=inst,
            fiscal_year=FY,
            venue="ศาลาประชาคมหมู่ที่ 3",
            trainers="นายสมชาย วิทยากร",
            days=[tr.DayForm(n, d, t) for n, (d, t) in enumerate(zip(DAYS, tr.DEFAULT_TOPICS, strict=True), 1)],
        )
    with UnitOfWork(db) as uow:
        for h in households:
            tr.add_participant(uow, course_id=course_id, full_name=h.head_name, household_id=h.id)
        uow.commit()
    return inst, course_id


def sign_in_sheets(db: Database, inst: str, path: Path) -> Path:
    with db.session() as session:
        report = training_report(session, institute_id=inst, fiscal_year=FY, printed_on=PRINTED_ON)
    return write_sign_in_sheets_pdf(report, path)


def names_on(text: str) -> list[str]:
    """Participants' names in sign-in table rows: a row number, then the name, then the register number."""
    return [m.group(1).strip() for m in re.finditer(r"^\s*\d+\s+(\S.*?\S)\s{2,}\d{5}\s*$", text, re.MULTILINE)]


def test_given_30_participants_then_each_day_is_one_page_with_its_date_and_all_the_names(
    db: Database, tmp_path: Path
) -> None:
    inst, course_id = course_with(db, 30)
    pages = page_texts(sign_in_sheets(db, inst, tmp_path / "sign-in.pdf"))
    assert len(pages) == 4
    with db.session() as session:
        expected = [p.full_name for p in tr.attendance_grid(session, course_id).participants]
    assert len(expected) == 30
    for day_no, (page, held_on) in enumerate(zip(pages, DAYS, strict=True), start=1):
        assert "ใบลงทะเบียนผู้เข้ารับการอบรม" in page
        assert "สำนึกดี แผนดี บริหารหนี้ได้" in page
        assert f"อบรมวันที่ {day_no} (จากทั้งหมด 4 วัน)" in page
        assert f"{held_on.day} มกราคม พ.ศ. 2571" in page
        assert "ลายมือชื่อ" in page and "ศาลาประชาคมหมู่ที่ 3" in page
        assert names_on(page) == expected


def test_given_60_participants_then_each_day_runs_over_two_pages_with_its_header_repeated(
    db: Database, tmp_path: Path
) -> None:
    inst, course_id = course_with(db, 60)
    pages = page_texts(sign_in_sheets(db, inst, tmp_path / "sign-in.pdf"))
    assert len(pages) == 8
    with db.session() as session:
        expected = [p.full_name for p in tr.attendance_grid(session, course_id).participants]
    for day_no in range(1, 5):
        first, second = pages[2 * day_no - 2], pages[2 * day_no - 1]
        for page in (first, second):
            assert f"อบรมวันที่ {day_no} (จากทั้งหมด 4 วัน)" in page
            assert "ลายมือชื่อ" in page
        assert names_on(first) + names_on(second) == expected


def test_given_the_sign_in_sheets_then_sarabun_is_embedded(db: Database, tmp_path: Path) -> None:
    inst, _ = course_with(db, 5)
    path = sign_in_sheets(db, inst, tmp_path / "sign-in.pdf")
    fonts = run(poppler("pdffonts"), str(path))
    rows = [line for line in fonts.splitlines() if "Sarabun" in line]
    assert rows and all(" yes " in row for row in rows)


def test_given_attendance_then_the_summary_pdf_and_workbook_show_marks_days_and_completion(
    db: Database, tmp_path: Path
) -> None:
    inst, course_id = course_with(db, 3)
    with db.session() as session:
        a, b, c = (p.id for p in tr.attendance_grid(session, course_id).participants)
    rows = {
        a: [PRESENT, PRESENT, LATE, PRESENT],
        b: [PRESENT, LEAVE, PRESENT, PRESENT],
        c: [ABSENT, PRESENT, PRESENT, PRESENT],
    }
    marks = [
        tr.AttendanceMark(pid, n, s, "ป่วย" if s is LEAVE else "")
        for pid, ss in rows.items()
        for n, s in enumerate(ss, 1)
    ]
    with UnitOfWork(db) as uow:
        tr.set_attendance_many(uow, course_id=course_id, marks=marks)
    with db.session() as session:
        written = write_training_reports(
            session, institute_id=inst, fiscal_year=FY, out_dir=tmp_path / "out", printed_on=PRINTED_ON
        )
    assert [p.suffix for p in written] == [".xlsx", ".pdf", ".pdf"]
    assert all(p.exists() for p in written)
    summary = "\n".join(page_texts(written[1]))
    assert "สรุปการเข้ารับการอบรม" in summary
    assert "ผ่านหลักสูตร 1 คน จากผู้เข้ารับการอบรม 3 คน" in summary
    assert "วันที่ 2: ป่วย" in summary
    assert "เข้าอบรมอย่างน้อย 4 วัน จาก 4 วัน" in summary

    sheet = load_workbook(written[0]).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(values) if row[0] == "ลำดับที่")
    body = values[header + 1 : header + 4]
    assert [row[3:9] for row in body] == [
        ["มา", "มา", "สาย", "มา", 4, "ผ่าน"],
        ["มา", "ลา", "มา", "มา", 3, "ไม่ผ่าน"],
        ["ขาด", "มา", "มา", "มา", 3, "ไม่ผ่าน"],
    ]


def test_given_no_course_then_the_reports_say_so(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        inst = reg.first_institute_id(session)
        assert inst
        with pytest.raises(CourseNotFound):
            write_training_reports(session, institute_id=inst, fiscal_year=FY, out_dir=tmp_path, printed_on=PRINTED_ON)
