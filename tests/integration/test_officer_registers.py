"""Registers as district officers keep them: their own header wordings, and the signature lines under the table."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook  # type: ignore[import-untyped]
from sqlalchemy import func, select

from cdfi_desktop.cli import main
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.excel_import.fields import field_for_header
from tests.support.workbooks import TODAY, citizen_id

HEADERS = (
    "ที่",
    "ชื่อ - สกุล (ผู้กู้)",
    "เลขประจำตัวประชาชน",
    "บ้านเลขที่",
    "หมู่ที่",
    "ชื่อกลุ่ม/กองทุน (เจ้าหนี้)",
    "เลขที่สัญญา",
    "วันที่กู้",
    "จำนวนเงินกู้ (บาท)",
    "หนี้คงเหลือ (บาท)",
)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("ชื่อกลุ่ม/กองทุน (เจ้าหนี้)", "creditor"),
        ("ผู้ให้กู้", "creditor"),
        ("แหล่งเงินกู้", "creditor"),
        ("ประเภทเจ้าหนี้", "creditor_kind"),
        ("ชื่อผู้ค้ำประกัน", "guarantors"),
        ("ชื่อ - สกุล (ผู้กู้)", "full_name"),
        ("ชื่อ", "first_name"),
    ],
)
def test_given_a_header_naming_a_role_then_it_maps_to_that_role_not_to_its_first_word(header: str, field: str) -> None:
    assert field_for_header(header) == field


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    path = tmp_path / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(8))
    generate_demo(db, households=10, seed=8)
    with db.session() as session:
        fund = session.scalars(select(m.MemberFund.name).where(m.MemberFund.can_lend.is_(True))).first()
    db.close()
    assert fund is not None
    yield path, fund


def _officer_register(path: Path, *, fund: str, households: int) -> None:
    """A register as a district office types it: title rows, its own wordings, a totals line, the signature block."""
    wb = Workbook()
    ws = wb.active
    ws.title = "ทะเบียนลูกหนี้กองทุน"
    ws.append(["ทะเบียนลูกหนี้กองทุนหมู่บ้าน ตำบลตัวอย่าง อำเภอเมือง"])
    ws.append(["ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๙"])
    ws.append(list(HEADERS))
    for n in range(1, households + 1):
        ws.append(
            [
                n,
                f"นายทดสอบ{n} ใจดี",
                citizen_id(70_000 + n),
                f"{n}/7",
                "3",
                fund,
                f"{n}/2566",
                "1/6/2566",
                "20,000",
                "12,500",
            ]
        )
    ws.append(["", "รวม", "", "", "", "", "", "", f"{20_000 * households:,}", f"{12_500 * households:,}"])
    ws.append([])
    ws.append(["", "ลงชื่อ ................................ ผู้จัดทำ"])
    ws.append(["", "(นางสาวพรทิพย์ ใจดี)"])
    ws.append(["", "ตำแหน่ง นักวิชาการพัฒนาชุมชน"])
    ws.append(["", "ลงชื่อ ................................ ผู้รับรอง"])
    wb.save(path)


def test_given_an_officers_register_when_imported_then_its_rows_land_and_nothing_under_the_table_does(
    demo: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a register whose creditor column is headed "ชื่อกลุ่ม/กองทุน (เจ้าหนี้)", with a totals line and a
    # signature block under the table
    path, fund = demo
    workbook = tmp_path / "ทะเบียน.xlsx"
    _officer_register(workbook, fund=fund, households=6)
    db = Database.open(path)
    with db.session() as session:
        households_before = session.scalar(select(func.count()).select_from(m.Household))
        debts_before = session.scalar(select(func.count()).select_from(m.Debt))
    db.close()

    # WHEN it is imported (its title names an example subdistrict, not the demo institute's: confirmed)
    code = main(["--lang", "en", "import-excel", "--db", str(path), str(workbook), "--today", TODAY, "--accept-area"])

    # THEN every data row landed with its creditor, and neither the totals line nor the signer became a household
    out = capsys.readouterr().out
    assert code == 0, out
    db = Database.open(path)
    try:
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(m.Household)) == households_before + 6
            assert session.scalar(select(func.count()).select_from(m.Debt)) == debts_before + 6
            names = set(session.scalars(select(m.HouseholdMember.first_name)))
            assert not any("พรทิพย์" in n or "ลงชื่อ" in n or "ตำแหน่ง" in n or n == "รวม" for n in names)
    finally:
        db.close()
    # AND importing it again changes nothing
    assert (
        main(["--lang", "en", "import-excel", "--db", str(path), str(workbook), "--today", TODAY, "--accept-area"]) == 0
    )
    assert "Nothing to write" in capsys.readouterr().out
