"""The import template: Thai instructions, member and debt sheets with dropdowns, and a filled template round-trips."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.citizen_id import citizen_id_check_digit
from cdfi_desktop.domain.enums import CreditorKind, DebtPurpose, Relation, Sex
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.excel_import import RowStatus, apply_import, mappings_for, plan_import, read_workbook
from cdfi_desktop.services.excel_import.template import DEBT_SHEET, INSTRUCTIONS_SHEET, MEMBER_SHEET, write_template

TODAY = date(2026, 11, 1)


def cid(n: int) -> str:
    body = f"1{n:011d}"
    return body + str(citizen_id_check_digit(body))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "demo.sqlite", device_id=demo_device_id(4))
    generate_demo(database, households=3, seed=4)
    yield database
    database.close()


def funds_of(db: Database) -> tuple[str, list[str]]:
    with db.session() as session:
        institute = session.scalars(select(m.Institute.id)).one()
        funds = list(session.scalars(select(m.MemberFund.name).order_by(m.MemberFund.name)))
    return institute, funds


def test_given_the_template_then_it_explains_itself_in_thai_and_offers_dropdowns(db: Database, tmp_path: Path) -> None:
    _institute, funds = funds_of(db)
    path = tmp_path / "แบบฟอร์ม.xlsx"
    # WHEN the template is written
    write_template(path, funds=funds)
    wb = load_workbook(path)
    # THEN instructions come first, in Thai, with B.E. dates explained and every column described
    assert wb.sheetnames[:3] == [INSTRUCTIONS_SHEET, MEMBER_SHEET, DEBT_SHEET]
    text = "\n".join(str(c.value) for row in wb[INSTRUCTIONS_SHEET].iter_rows() for c in row if c.value)
    assert "15/3/2560" in text and "พ.ศ." in text and "ต้องกรอก" in text
    assert "เลขประจำตัวประชาชนผู้กู้" in text and all(f in text for f in funds)
    # AND the data sheets have Thai headers, frozen, with dropdowns for kinds, funds, sex, relation and head
    members, debts = wb[MEMBER_SHEET], wb[DEBT_SHEET]
    assert [c.value for c in members[1]][:8] == [
        "เลขทะเบียนครัวเรือน",
        "บ้านเลขที่",
        "หมู่ที่",
        "ชื่อหมู่บ้าน",
        "คำนำหน้า",
        "ชื่อ",
        "นามสกุล",
        "เลขประจำตัวประชาชน",
    ]
    assert members.freeze_panes == "A2"
    debt_headers = [c.value for c in debts[1]]
    assert debt_headers[-1] == "id" and debts.column_dimensions["R"].hidden
    formulas = {dv.formula1 for dv in debts.data_validations.dataValidation}
    formulas |= {dv.formula1 for dv in members.data_validations.dataValidation}
    assert len(formulas) == 6
    lists = wb["รายการ"]
    assert lists.sheet_state == "hidden"
    values = {c.value for row in lists.iter_rows() for c in row}
    assert {"กองทุนสมาชิกของสถาบัน", "ธ.ก.ส.", "เงินกู้นอกระบบ", "ชาย", "หญิง", "คู่สมรส", "ใช่", "ไม่ใช่"} <= values
    assert set(funds) <= values
    # AND its data sheets (not the instructions) are recognised, every column mapped, and empty it imports nothing
    mappings = mappings_for(read_workbook(path))
    assert set(mappings) == {MEMBER_SHEET, DEBT_SHEET}
    assert len(mappings[MEMBER_SHEET].columns) == 16 and len(mappings[DEBT_SHEET].columns) == 18
    with db.session() as session:
        empty = plan_import(session, institute_id=_institute, workbook_path=path, today=TODAY)
    assert empty.outcomes == [] and not empty.has_changes


def test_given_a_filled_template_when_imported_then_households_members_and_debts_are_in_the_registers(
    db: Database, tmp_path: Path
) -> None:
    institute, funds = funds_of(db)
    path = tmp_path / "แบบฟอร์ม.xlsx"
    write_template(path, funds=funds)
    # GIVEN the officer fills the template (as Excel would: typed text, B.E. dates, dropdown values)
    wb = load_workbook(path)
    members, debts = wb[MEMBER_SHEET], wb[DEBT_SHEET]
    members.append(
        [
            "T001",
            "45/2",
            "3",
            "บ้านใหม่",
            "นาย",
            "สมชาย",
            "ใจดี",
            cid(1),
            "ชาย",
            "15/3/2510",
            "หัวหน้าครัวเรือน",
            "ใช่",
            "ทำนา",
            "0812345678",
            "6,500",
            "4,200",
        ]
    )
    members.append(
        [
            "T001",
            "45/2",
            "3",
            "บ้านใหม่",
            "นาง",
            "สมศรี",
            "ใจดี",
            cid(2),
            "หญิง",
            "๑/๑/๒๕๑๕",
            "คู่สมรส",
            "ไม่ใช่",
            "ค้าขาย",
            "",
            "3,000",
            "",
        ]
    )
    debts.append(
        [
            "T001",
            cid(1),
            "นายสมชาย ใจดี",
            "กองทุนสมาชิกของสถาบัน",
            funds[0],
            "12/2560",
            "15/3/2560",
            "15/3/2561",
            "5,000",
            "2,500.50",
            "6",
            "450",
            "12",
            "0",
            "เกษตร",
            "นางสมศรี ใจดี, นายมี ทรัพย์",
            "",
        ]
    )
    debts.append(
        [
            "",
            cid(2),
            "",
            "เงินกู้นอกระบบ",
            "นายทุนในหมู่บ้าน",
            "",
            "1/6/2568",
            "",
            "10,000",
            "10,000",
            "5% ต่อเดือน",
            "",
            "",
            "45",
            "ใช้จ่ายในครัวเรือน",
            "",
            "ดอกร้อยละ 5 ต่อเดือน",
        ]
    )
    wb.save(path)

    # WHEN it is imported
    with db.session() as session:
        plan = plan_import(session, institute_id=institute, workbook_path=path, today=TODAY)
    assert [o.status for o in plan.outcomes] == [RowStatus.NEW] * 4, [o.reasons() for o in plan.outcomes]
    apply_import(db, plan)

    # THEN the household, its two members, their finances and their debts are in the registers
    with db.session() as session:
        household = session.scalars(select(m.Household).where(m.Household.code == "T001")).one()
        assert household.house_no == "45/2"
        village = session.get(m.Village, household.village_id)
        assert village is not None and village.village_no == 3
        people = {p.first_name: p for p in household.members}
        assert people["สมชาย"].is_head and people["สมชาย"].relation is Relation.HEAD
        assert people["สมชาย"].birth_date == date(1967, 3, 15) and people["สมชาย"].sex is Sex.MALE
        assert people["สมศรี"].relation is Relation.SPOUSE and people["สมศรี"].birth_date == date(1972, 1, 1)
        assert people["สมชาย"].phone == "0812345678"
        finances = sorted((f.kind.value, f.amount_monthly) for f in household.finances)
        assert finances == [
            ("expense", Decimal("4200.00")),
            ("income", Decimal("3000.00")),
            ("income", Decimal("6500.00")),
        ]
        loans = session.scalars(select(m.Debt).where(m.Debt.household_id == household.id)).all()
        fund_loan = next(d for d in loans if d.creditor_kind is CreditorKind.MEMBER_FUND)
        fund = session.get(m.MemberFund, fund_loan.member_fund_id)
        assert fund is not None and fund.name == funds[0]
        assert fund_loan.debtor_member_id == people["สมชาย"].id
        assert (fund_loan.principal, fund_loan.outstanding) == (Decimal("5000.00"), Decimal("2500.50"))
        assert fund_loan.purpose is DebtPurpose.AGRICULTURE
        assert sorted(g.full_name for g in fund_loan.guarantors) == ["นางสมศรี ใจดี", "นายมี ทรัพย์"]
        informal = next(d for d in loans if d.creditor_kind is CreditorKind.INFORMAL_LENDER)
        assert informal.interest_rate == Decimal("60") and informal.days_overdue == 45
        assert informal.debtor_member_id == people["สมศรี"].id and informal.notes == "ดอกร้อยละ 5 ต่อเดือน"

    # AND importing the same filled template again changes nothing
    with db.session() as session:
        again = plan_import(session, institute_id=institute, workbook_path=path, today=TODAY)
    assert [o.status for o in again.outcomes] == [RowStatus.UNCHANGED] * 4
    assert not again.has_changes
