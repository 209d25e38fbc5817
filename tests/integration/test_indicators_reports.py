"""The indicators report: the PDF (A4 landscape, Sarabun embedded, Thai text searchable) and the workbook carry the
institute's five criteria with their reasons, its figures, and the roll-up per province and district."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import Cohort
from cdfi_desktop.reports.registry import write_indicators_reports
from cdfi_desktop.services.demo import DEMO_AS_OF, demo_device_id, generate_demo

FY = 2570


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is missing: install poppler-utils")
    return found


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdf_text(path: Path) -> str:
    return re.sub(r"[ \t]+", " ", run(poppler("pdftotext"), "-layout", str(path), "-"))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, str, Path]]:
    folder = tmp_path_factory.mktemp("indicators-reports")
    db = Database.open(folder / "demo.sqlite", device_id=demo_device_id(4))
    institute_id = generate_demo(db, households=60, seed=4).institute_id
    with db.session() as session, session.begin():  # a second institute, in Bangkok, with nothing yet
        session.add(
            m.Institute(
                name="สถาบันทดสอบ",
                cohort=Cohort.NEW,
                province_code="10",
                district_code="1001",
                subdistrict_code="100101",
            )
        )
    yield db, institute_id, folder
    db.close()


@pytest.fixture(scope="module")
def written(demo: tuple[Database, str, Path]) -> list[Path]:
    db, institute_id, folder = demo
    with db.session() as session:
        return write_indicators_reports(
            session, institute_id=institute_id, fiscal_year=FY, out_dir=folder / "out", printed_on=DEMO_AS_OF
        )


def test_GIVEN_the_demo_WHEN_the_indicators_are_printed_THEN_a_workbook_and_a_pdf_are_written(
    written: list[Path],
) -> None:
    paths = written
    assert [p.suffix for p in paths] == [".xlsx", ".pdf"]
    assert all(p.exists() and p.stat().st_size > 0 for p in paths)
    assert paths[1].name.startswith("indicators_") and paths[1].name.endswith("_FY2570.pdf")


def test_GIVEN_the_pdf_THEN_its_thai_text_has_the_criteria_reasons_and_the_rollup(
    written: list[Path],
) -> None:
    text = pdf_text(written[1])
    for expected in (
        "รายงานตัวชี้วัดการบริหารจัดการหนี้ครัวเรือน",
        "ปีงบประมาณ พ.ศ. 2570",
        "สำรวจและจัดทำทะเบียนลูกหนี้ครัวเรือน",
        "ปรับโครงสร้างหนี้ของครัวเรือนเป้าหมาย",
        "ไม่ผ่าน",
        "ยังขาดอีก 16 ครัวเรือน",  # 14 of 30 target households with a contract
        "ไม่น้อยกว่า 11 ครัวเรือน",
        "สถาบันผ่านเกณฑ์ 4 จาก ๕ ข้อ",
        "รายจังหวัด",
        "รายอำเภอ",
        "กรุงเทพมหานคร",
        "เขตพระนคร",
        "เป้าหมาย 75%",
        "รวมทั้งหมด",
    ):
        assert expected in text, expected
    assert "หน้า 1/" in text


def test_GIVEN_the_pdf_THEN_sarabun_is_embedded_and_the_pages_are_a4_landscape(
    written: list[Path],
) -> None:
    pdf = written[1]
    fonts = run(poppler("pdffonts"), str(pdf))
    assert "Sarabun" in fonts
    sarabun = [line.split() for line in fonts.splitlines() if "Sarabun" in line]
    assert {"Sarabun-Regular", "Sarabun-Bold"} <= {row[0].split("+")[-1] for row in sarabun}
    assert all(row[-5] == "yes" for row in sarabun)  # embedded
    info = run(poppler("pdfinfo"), str(pdf))
    assert re.search(r"Page size:\s+841\.89 x 595\.276", info)


def test_GIVEN_the_workbook_THEN_it_holds_the_criteria_the_areas_and_every_institute(
    written: list[Path],
) -> None:
    book = load_workbook(written[0])
    assert book.sheetnames == ["เกณฑ์ ๕ ข้อ", "รายจังหวัด", "รายอำเภอ", "รายสถาบัน"]
    criteria = [[c.value for c in row] for row in book["เกณฑ์ ๕ ข้อ"].iter_rows()]
    numbered = [row for row in criteria if row[0] in (1, 2, 3, 4, 5)]
    assert [row[2] for row in numbered] == ["✓ ผ่าน", "✓ ผ่าน", "✗ ไม่ผ่าน", "✓ ผ่าน", "✓ ผ่าน"]
    assert "ยังขาดอีก 16 ครัวเรือน" in numbered[2][3]
    assert numbered[2][4] == "๑ ครัวเรือน ๑ สัญญา"
    provinces = [[c.value for c in row] for row in book["รายจังหวัด"].iter_rows()]
    total = next(row for row in provinces if row[0] == "รวมทั้งหมด")
    assert total[1:4] == [2, 0, 0.0]
    assert total[5] == 14 and total[6] == 22  # households at 1HH1C against 2 institutes × 11
    institutes = [[c.value for c in row] for row in book["รายสถาบัน"].iter_rows()]
    names = [row[0] for row in institutes]
    assert "สถาบันทดสอบ" in names
    bangkok = institutes[names.index("สถาบันทดสอบ")]
    assert bangkok[1:3] == ["กรุงเทพมหานคร", "เขตพระนคร"] and bangkok[3:8] == ["✗"] * 5


def test_GIVEN_english_THEN_the_pdf_is_in_english(demo: tuple[Database, str, Path], tmp_path: Path) -> None:
    db, institute_id, _folder = demo
    with db.session() as session:
        (pdf,) = write_indicators_reports(
            session,
            institute_id=institute_id,
            fiscal_year=FY,
            out_dir=tmp_path,
            formats=("pdf",),
            printed_on=DEMO_AS_OF,
            language="en",
        )
    text = pdf_text(pdf)
    assert "Indicators of household debt management" in text
    assert "Household debtors surveyed and registered" in text
    assert "Phra Nakhon" in text
