"""The printed receipt (and the cancellation note of a reversal) and the households' life-development plans: Thai
text that extracts (amount in words, B.E. dates), the bundled Sarabun font embedded, a plan to a section.

The demo has already numbered receipts for its contracts' first installments and written plans for those
households; these tests pay contracts of their own and write plans for target households that have none yet."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.bahttext import baht_text
from cdfi_desktop.domain.enums import LifePlanItemKind, PlanStatus
from cdfi_desktop.domain.numbering import device_tag
from cdfi_desktop.reports.receipt_pdf import receipt_file_name, write_receipt_pdf
from cdfi_desktop.reports.registry import write_life_plan_reports
from cdfi_desktop.services import life_plans as lp
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services import repayments as rp
from cdfi_desktop.services import targets as tg
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.uow import UnitOfWork
from tests.integration.test_life_plans_service import without_plan
from tests.integration.test_repayments_service import pay, receipts_numbered, reverse, sign_contract

FY = 2570
PRINTED_ON = date(2027, 3, 10)


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is missing: install poppler-utils")
    return found


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


def text_of(path: Path) -> str:
    return run(poppler("pdftotext"), str(path), "-")


def page_texts(path: Path) -> list[str]:
    return text_of(path).split("\f")[:-1]


def fonts_of(path: Path) -> str:
    return run(poppler("pdffonts"), str(path))


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("receipts") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(3))
    generate_demo(db, households=60, seed=3)
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    database = Database.open(copy, officer="นางสาวพรทิพย์ ใจดี")
    yield database
    database.close()


def test_GIVEN_a_payment_WHEN_printing_its_receipt_THEN_amount_in_words_BE_date_split_and_Sarabun(
    db: Database, tmp_path: Path
) -> None:
    contract_id = sign_contract(db)
    number = f"R2570-{device_tag(db.device_id)}-{receipts_numbered(db, 2570) + 1:05d}"  # after the demo's receipts
    entry_id = pay(db, contract_id, date(2027, 1, 5), "3456.75", penalty_due=Decimal("50"))
    with db.session() as session:
        receipt = rp.receipt(session, entry_id)

    path = write_receipt_pdf(receipt, tmp_path / receipt_file_name(receipt))

    assert receipt.receipt_no == number and path.name == f"receipt_{number}.pdf"
    pages = page_texts(path)
    assert len(pages) == 1
    text = flat(pages[0])
    assert "ใบเสร็จรับเงิน" in text and number in text
    assert flat(baht_text(Decimal("3456.75"))) == "สามพันสี่ร้อยห้าสิบหกบาทเจ็ดสิบห้าสตางค์"
    assert "สามพันสี่ร้อยห้าสิบหกบาทเจ็ดสิบห้าสตางค์" in text
    assert "5มกราคมพ.ศ.2570" in text
    assert flat(receipt.payer_name) in text and "1/2570" in text
    for amount in (receipt.penalty, receipt.interest, receipt.principal, receipt.amount, receipt.balance_after):
        assert f"{amount:,.2f}" in text
    assert "ผู้รับเงิน" in text and flat("นางสาวพรทิพย์ ใจดี") in text
    fonts = fonts_of(path)
    assert "Sarabun-Regular" in fonts and "Sarabun-Bold" in fonts


def test_GIVEN_a_reversal_WHEN_printing_it_THEN_a_cancellation_note_names_the_receipt_it_cancels(
    db: Database, tmp_path: Path
) -> None:
    contract_id = sign_contract(db)
    entry_id = pay(db, contract_id, date(2027, 1, 5), "2000")
    reversal_id = reverse(db, entry_id, "ป้อนจำนวนเงินผิด")
    with db.session() as session:
        paid = rp.receipt(session, entry_id)
        note = rp.receipt(session, reversal_id)

    text = flat(text_of(write_receipt_pdf(note, tmp_path / "reversal.pdf")))

    assert "ใบแจ้งยกเลิกใบเสร็จรับเงิน" in text
    assert note.reverses_receipt_no == paid.receipt_no
    assert paid.receipt_no in text and note.receipt_no in text
    assert "สองพันบาทถ้วน" in text
    assert "ป้อนจำนวนเงินผิด" in text


def test_GIVEN_two_plans_WHEN_printing_the_life_plans_THEN_one_pdf_a_section_each_with_Thai_dates_and_amounts(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        assert institute_id
        view = tg.selection(session, institute_id=institute_id, fiscal_year=FY)
    assert view is not None
    free = without_plan(db)
    first, second = (r for r in view.rows if r.household_id in free[:2])
    with UnitOfWork(db) as uow:
        plan_id = lp.save_life_plan(
            uow,
            lp.LifePlanForm(
                household_id=first.household_id,
                fiscal_year=FY,
                goals="ปลดหนี้นอกระบบภายในสองปี",
                savings_target_monthly=Decimal("500"),
                status=PlanStatus.APPROVED,
                made_on=date(2026, 12, 10),
                items=(
                    lp.LifePlanItemForm(LifePlanItemKind.INCOME, "ปลูกผักขายตลาดนัด", Decimal("1500"), date(2027, 3, 1)),
                    lp.LifePlanItemForm(LifePlanItemKind.EXPENSE, "ลดค่าเหล้าบุหรี่", Decimal("600"), None),
                    lp.LifePlanItemForm(LifePlanItemKind.ACTIVITY, "อบรมบัญชีครัวเรือน", None, date(2027, 2, 15)),
                ),
            ),
        )
    with UnitOfWork(db) as uow:
        lp.add_follow_up(
            uow,
            plan_id=plan_id,
            visited_on=date(2027, 3, 5),
            savings_to_date=Decimal("1000"),
            note="ขายผักได้ดี",
            today=PRINTED_ON,
        )
    with UnitOfWork(db) as uow:
        lp.save_life_plan(uow, lp.LifePlanForm(household_id=second.household_id, fiscal_year=FY, goals="ลดหนี้"))

    with db.session() as session:
        plans = lp.life_plans(session, institute_id=institute_id, fiscal_year=FY)  # the demo's and these two
        written = write_life_plan_reports(
            session, institute_id=institute_id, fiscal_year=FY, out_dir=tmp_path / "out", printed_on=PRINTED_ON
        )

    assert len(written) == 1 and written[0].suffix == ".pdf" and "FY2570" in written[0].name
    pages = [flat(p) for p in page_texts(written[0])]
    starts = [i for i, p in enumerate(pages) if "แผนพัฒนาชีวิตครัวเรือน" in p and "1.เป้าหมายของครัวเรือน" in p]
    assert len(starts) == len(plans)
    sections = ["".join(pages[a:b]) for a, b in zip(starts, [*starts[1:], len(pages)], strict=True)]
    order = [p.household_id for p in plans]
    one = sections[order.index(first.household_id)]
    two = sections[order.index(second.household_id)]
    assert flat(first.head_name) in one and flat(second.head_name) in two
    assert "ปีงบประมาณพ.ศ.2570" in one
    assert "ปลูกผักขายตลาดนัด" in one and "1,500.00" in one and "1มี.ค.2570" in one
    assert "เดือนละ500.00บาท" in one and "6,000.00" in one
    assert "5มี.ค.2570" in one and "1,000.00" in one and "ขายผักได้ดี" in one
    assert "ประธานสถาบัน" in one and "หัวหน้าครัวเรือน" in one
    assert "หน้า1/" in pages[0]
    assert "Sarabun-Regular" in fonts_of(written[0])


def test_GIVEN_no_plans_WHEN_printing_THEN_a_page_says_so(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        assert institute_id
        assert lp.life_plans(session, institute_id=institute_id, fiscal_year=FY + 1) == []  # the demo plans FY only
        written = write_life_plan_reports(
            session,
            institute_id=institute_id,
            fiscal_year=FY + 1,
            out_dir=tmp_path,
            printed_on=PRINTED_ON,
            language="en",
        )
    assert "No life-development plans" in text_of(written[0])
