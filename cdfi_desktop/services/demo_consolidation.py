"""The demo institute's year after the training: its debt-management plan, "1 household 1 contract" contracts
for target households with their first repayments (one household behind), and life-development plans.

Everything goes through the program's own use cases (plan, contracts, repayments, life plans), so the demo
holds what an officer would have made; the caller passes a database whose recorder has the demo's clock and
ids, so that the same seed still makes the same database.
"""

from __future__ import annotations

import random
import struct
import tempfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import CommitteeRole, CreditorKind, LifePlanItemKind, PartyRole, PlanStatus
from cdfi_desktop.domain.thai_date import format_date_be
from cdfi_desktop.services.contract_types import OpenDebtChoice, PartyForm
from cdfi_desktop.services.uow import UnitOfWork

CONTRACTS = 14  # the guideline asks at least 11 households per institute
SIGNED_A_DAY = 3  # 14 contracts over five working days
APRIL_ROUND_DAY = 27  # the April round is submitted on this day of April (a Tuesday in 2027)
OFFICER = "นางสาวพรทิพย์ ใจดี"


@dataclass(frozen=True)
class Timeline:
    """When the demo institute did each step of the fiscal year: the guideline's order, packed into its first
    weeks so that a demo made late in November already has its contracts and first installments. A new institute
    is founded once its funds' debtors are surveyed, the day before its target list is locked, and so before the
    training, the plan and the signings, which follow one another; the contracts are signed three a day, numbered
    in the order they were signed; the April report round is submitted in April, once the demo's day is past it."""

    year_start: date  # 1 October
    targets_locked: date
    training: tuple[date, ...]  # Monday to Thursday
    plan_meeting: date
    first_signing: date  # contracts are signed on this day and the four working days after it, three a day
    first_due: date  # every contract's first installment
    follow_up: date  # the life-development plans' first visit


def timeline(fiscal_year: int) -> Timeline:
    start = date(fiscal_year - 544, 10, 1)  # 1 October opens fiscal year B.E. ``fiscal_year``
    after = start + timedelta(days=8)
    monday = after + timedelta(days=(7 - after.weekday()) % 7)
    training = tuple(monday + timedelta(days=i) for i in range(4))
    return Timeline(
        year_start=start,
        targets_locked=start + timedelta(days=6),
        training=training,
        plan_meeting=training[-1] + timedelta(days=1),
        first_signing=monday + timedelta(days=7),
        first_due=start + timedelta(days=40),
        follow_up=start + timedelta(days=50),
    )


@dataclass(frozen=True)
class _Project:
    name: str
    objective: str
    households: int
    lines: tuple[tuple[str, int, str, int], ...]  # item, quantity, unit, unit cost (baht)


PROJECTS = (
    _Project(
        "ส่งเสริมอาชีพเลี้ยงไก่ไข่",
        "ให้ครัวเรือนเป้าหมายมีรายได้เสริมจากการขายไข่ไก่ และลดรายจ่ายค่าอาหารในครัวเรือน",
        12,
        (("พันธุ์ไก่ไข่", 120, "ตัว", 150), ("อาหารไก่ไข่", 20, "กระสอบ", 420)),
    ),
    _Project(
        "อบรมการทำบัญชีครัวเรือน",
        "ให้ครัวเรือนเป้าหมายรู้รายรับรายจ่ายของตนเอง และวางแผนการใช้เงินเพื่อชำระหนี้",
        30,
        (("สมุดบัญชีครัวเรือน", 30, "เล่ม", 40), ("อาหารว่างและเครื่องดื่ม", 30, "คน", 50), ("ค่าตอบแทนวิทยากร", 1, "ครั้ง", 1800)),
    ),
    _Project(
        "ธนาคารปุ๋ยอินทรีย์ชุมชน",
        "ผลิตปุ๋ยอินทรีย์ใช้เองในชุมชน ลดต้นทุนการเพาะปลูกของครัวเรือนเป้าหมาย",
        20,
        (("มูลสัตว์และวัสดุหมัก", 1, "ชุด", 4200), ("ถังหมักและอุปกรณ์", 10, "ชุด", 350)),
    ),
)


def add_consolidation(
    db: Database,
    *,
    rng: random.Random,
    institute_id: str,
    fiscal_year: int,
    as_of: date,
    when: Timeline,
    targets: Sequence[tuple[str, str, str]],
) -> None:
    """The plan, the contracts with their repayments and the life plans, each only once its day has come."""
    if when.plan_meeting >= as_of:
        return
    committee = _committee(db, institute_id)
    plan_id = _plan(db, institute_id=institute_id, fiscal_year=fiscal_year, as_of=as_of, when=when, committee=committee)
    signed = _contracts(db, as_of=as_of, when=when, targets=targets, committee=committee)
    _repayments(db, rng=rng, as_of=as_of, when=when, signed=signed)
    _life_plans(db, rng=rng, fiscal_year=fiscal_year, as_of=as_of, when=when, signed=signed)
    _evidence(db, rng=rng, institute_id=institute_id, plan_id=plan_id, when=when)
    _submit_april_round(db, institute_id=institute_id, fiscal_year=fiscal_year, as_of=as_of)


def _committee(db: Database, institute_id: str) -> dict[CommitteeRole, list[str]]:
    found: dict[CommitteeRole, list[str]] = {}
    with db.session() as session:
        for name, role in session.execute(
            select(m.CommitteeMember.full_name, m.CommitteeMember.role)
            .where(m.CommitteeMember.institute_id == institute_id, m.CommitteeMember.deleted_at.is_(None))
            .order_by(m.CommitteeMember.sort_order, m.CommitteeMember.full_name)
        ):
            found.setdefault(role, []).append(name)
    return found


def _names(committee: dict[CommitteeRole, list[str]]) -> list[str]:
    return [name for names in committee.values() for name in names]


def _plan(
    db: Database,
    *,
    institute_id: str,
    fiscal_year: int,
    as_of: date,
    when: Timeline,
    committee: dict[CommitteeRole, list[str]],
) -> str:
    from cdfi_desktop.services.plan import (
        BudgetLineForm,
        PlanForm,
        ProjectForm,
        save_plan,
        save_project,
        set_plan_status,
    )

    attendees = [*_names(committee), f"{OFFICER} นักวิชาการพัฒนาชุมชน"]
    with UnitOfWork(db) as uow:
        plan_id = save_plan(
            uow,
            PlanForm(
                institute_id=institute_id,
                fiscal_year=fiscal_year,
                meeting_date=when.plan_meeting,
                meeting_place="ที่ทำการสถาบันการจัดการเงินทุนชุมชน",
                attendees=attendees,
                minutes=(
                    "ที่ประชุมพิจารณาผลการวิเคราะห์ลูกหนี้และรายชื่อครัวเรือนเป้าหมาย 30 ครัวเรือน "
                    "เห็นชอบโครงการเพิ่มรายได้และลดรายจ่าย 3 โครงการ เพื่อขอรับการสนับสนุนจากจังหวัด "
                    "และมอบหมายคณะกรรมการติดตามการผ่อนชำระของครัวเรือนที่ทำสัญญาหนึ่งครัวเรือนหนึ่งสัญญา"
                ),
            ),
            today=as_of,
        )
    for order, project in enumerate(PROJECTS, start=1):
        lines = tuple(
            BudgetLineForm(
                item=item,
                quantity=Decimal(quantity),
                unit=unit,
                unit_cost=Decimal(cost),
                spent=Decimal(quantity * cost) if order == 1 else Decimal(0),  # the first project has bought
            )
            for item, quantity, unit, cost in project.lines
        )
        with UnitOfWork(db) as uow:
            save_project(
                uow,
                ProjectForm(
                    plan_id=plan_id,
                    name=project.name,
                    objective=project.objective,
                    households_served=project.households,
                    start_date=when.first_signing,
                    end_date=date(fiscal_year - 543, 6, 30),
                    sort_order=order,
                    status=PlanStatus.IN_PROGRESS if order == 1 else PlanStatus.APPROVED,
                    lines=lines,
                ),
            )
    with UnitOfWork(db) as uow:
        set_plan_status(uow, plan_id=plan_id, status=PlanStatus.APPROVED, today=as_of)
    return plan_id


def _contracts(
    db: Database,
    *,
    as_of: date,
    when: Timeline,
    targets: Sequence[tuple[str, str, str]],
    committee: dict[CommitteeRole, list[str]],
) -> list[str]:
    """Consolidate target households in rank order while the term they can afford is within the maximum."""
    from cdfi_desktop.services.contracts import consolidation_start, sign_contract, suggested_form

    witnesses = [*committee.get(CommitteeRole.MEMBER, []), *_names(committee)][:2]
    signed: list[str] = []
    for household_id, *_ in targets:
        if len(signed) == CONTRACTS:
            break
        signing = when.first_signing + timedelta(days=len(signed) // SIGNED_A_DAY)  # numbered in signing order
        if signing >= as_of:
            break
        with db.session() as session:
            start = consolidation_start(session, household_id=household_id, as_of=signing)
        if start.signed_contract_id or not start.debts:
            continue
        form = suggested_form(
            start,
            signing_date=signing,
            first_due_date=when.first_due,
            interest_kept=_interest_kept,
            parties=tuple(PartyForm(PartyRole.WITNESS, name) for name in witnesses),
        )
        if form is None:
            continue
        with UnitOfWork(db) as uow:
            signed.append(sign_contract(uow, form, officer=OFFICER))
    return signed


def _interest_kept(debt: OpenDebtChoice) -> Decimal:
    """The committee waives half the interest owed to informal lenders and shops, and keeps the rest."""
    informal = debt.creditor_kind in (CreditorKind.INFORMAL_LENDER, CreditorKind.SHOP)
    return Decimal("0.5") if informal else Decimal(1)


def _repayments(db: Database, *, rng: random.Random, as_of: date, when: Timeline, signed: Sequence[str]) -> None:
    """Each household pays its first installment around the due date, but one, which falls behind."""
    from cdfi_desktop.services.repayments import record_repayment

    if when.first_due > as_of:
        return
    behind = signed[2] if len(signed) > 2 else None
    for contract_id in signed:
        if contract_id == behind:
            continue
        with db.session() as session:
            installment = session.scalar(  # the first line's (a one-month contract's is its last, smaller one)
                select(m.ScheduleLine.installment).where(
                    m.ScheduleLine.contract_id == contract_id, m.ScheduleLine.seq == 1
                )
            )
        paid_on = min(as_of, when.first_due + timedelta(days=rng.randint(0, 3)))  # on the day or a little late
        with UnitOfWork(db) as uow:
            record_repayment(
                uow,
                contract_id=contract_id,
                paid_on=paid_on,
                amount=installment or Decimal(0),
                note="ชำระงวดที่ 1",
                officer=OFFICER,
                today=as_of,
            )


def _life_plans(
    db: Database, *, rng: random.Random, fiscal_year: int, as_of: date, when: Timeline, signed: Sequence[str]
) -> None:
    from cdfi_desktop.services.life_plans import LifePlanForm, LifePlanItemForm, add_follow_up, save_life_plan

    with db.session() as session:
        contracts = list(
            session.execute(
                select(m.ConsolidationContract.household_id, m.ConsolidationContract.signing_date).where(
                    m.ConsolidationContract.id.in_(list(signed))
                )
            )
        )
    for household_id, signed_on in sorted(contracts, key=lambda c: (c[1], c[0])):
        savings = Decimal(rng.choice([200, 300, 500, 800]))
        income = Decimal(rng.choice([1200, 1500, 2000, 2500]))
        items = (
            LifePlanItemForm(LifePlanItemKind.GOAL, "ปลดหนี้นอกระบบและผ่อนสัญญาหนึ่งครัวเรือนหนึ่งสัญญาให้ครบทุกงวด"),
            LifePlanItemForm(LifePlanItemKind.INCOME, "เลี้ยงไก่ไข่ขายในหมู่บ้าน", income, date(fiscal_year - 543, 3, 31)),
            LifePlanItemForm(LifePlanItemKind.EXPENSE, "ลดค่าเหล้า บุหรี่ และหวย", Decimal(600)),
            LifePlanItemForm(LifePlanItemKind.SAVINGS, "ออมเงินกับกลุ่มออมทรัพย์ทุกเดือน", savings),
            LifePlanItemForm(
                LifePlanItemKind.ACTIVITY, "ปลูกผักสวนครัวไว้กินเองและทำบัญชีครัวเรือน", None, date(fiscal_year - 543, 1, 31)
            ),
        )
        with UnitOfWork(db) as uow:
            plan_id = save_life_plan(
                uow,
                LifePlanForm(
                    household_id=household_id,
                    fiscal_year=fiscal_year,
                    goals="มีรายได้พอจ่ายค่างวดและค่าใช้จ่ายจำเป็น ไม่ก่อหนี้ใหม่ และมีเงินออมทุกเดือน",
                    savings_target_monthly=savings,
                    status=PlanStatus.IN_PROGRESS,
                    made_on=signed_on,
                    items=items,
                ),
            )
        if when.follow_up <= as_of:
            with UnitOfWork(db) as uow:
                add_follow_up(
                    uow,
                    plan_id=plan_id,
                    visited_on=when.follow_up,
                    savings_to_date=savings,
                    note="ครัวเรือนทำบัญชีรับจ่ายต่อเนื่อง เริ่มเลี้ยงไก่ไข่แล้ว",
                    today=as_of,
                )


# -- evidence and the first report round -------------------------------------------------------------------------
def _png(width: int, height: int, rows: list[bytes]) -> bytes:
    """An RGB PNG from its rows of pixels (no imaging library needed)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + row for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")


def _photo(rng: random.Random, *, width: int = 480, height: int = 320) -> bytes:
    """A made-up photo of a meeting: sky, a hall, and people as coloured blocks."""
    sky, hall, floor = (150, 190, 225), (205, 170, 120), (120, 140, 90)
    people = [
        (
            rng.randrange(20, width - 40),
            rng.randrange(height // 2, height - 60),
            rng.choice([(200, 60, 60), (60, 90, 170), (230, 200, 60), (90, 160, 90), (240, 240, 240)]),
        )
        for _ in range(rng.randint(8, 14))
    ]
    rows = []
    for y in range(height):
        row = bytearray()
        for x in range(width):
            colour = sky if y < height // 3 else hall if y < height * 2 // 3 else floor
            for px, py, tone in people:
                if px <= x < px + 22 and py <= y < py + 48:
                    colour = tone
            row += bytes(colour)
        rows.append(bytes(row))
    return _png(width, height, rows)


def _scan(rng: random.Random, *, width: int = 420, height: int = 594) -> bytes:
    """A made-up scan of typed minutes: an off-white page with lines of grey 'text'."""
    lines = {y for top in range(60, height - 60, 18) for y in range(top, top + 6)}
    ends = {top: rng.randrange(width // 2, width - 50) for top in range(60, height - 60, 18)}
    rows = []
    for y in range(height):
        top = y - (y - 60) % 18 if y >= 60 else -1
        end = ends.get(top, 0)
        row = bytearray()
        for x in range(width):
            row += bytes((90, 90, 90) if y in lines and 50 <= x < end else (246, 244, 236))
        rows.append(bytes(row))
    return _png(width, height, rows)


def _evidence(db: Database, *, rng: random.Random, institute_id: str, plan_id: str, when: Timeline) -> None:
    """Photos of the training, the plan meeting and a signing, and the scanned minutes of the meeting."""
    from cdfi_desktop.services.evidence_attachments import KIND_PHOTO, attach_evidence
    from cdfi_desktop.services.plan import attach_minutes

    photos = (
        (
            "training-day-1.png",
            f"อบรมหลักสูตร สำนึกดี แผนดี บริหารหนี้ได้ วันแรก {format_date_be(when.training[0], style='short')}",
        ),
        ("plan-meeting.png", "ประชุมคณะกรรมการสถาบันจัดทำแผนการบริหารจัดการหนี้"),
        ("contract-signing.png", "ครัวเรือนเป้าหมายลงนามสัญญาหนึ่งครัวเรือนหนึ่งสัญญา"),
    )
    with tempfile.TemporaryDirectory() as folder:
        for name, caption in photos:
            path = Path(folder) / name
            path.write_bytes(_photo(rng))
            with UnitOfWork(db) as uow:
                attach_evidence(uow, path, institute_id=institute_id, kind=KIND_PHOTO, caption=caption)
        minutes = Path(folder) / "minutes-plan-meeting.png"
        minutes.write_bytes(_scan(rng))
        with UnitOfWork(db) as uow:
            attach_minutes(uow, plan_id=plan_id, path=minutes, caption="สำเนารายงานการประชุมคณะกรรมการสถาบัน")


def _submit_april_round(db: Database, *, institute_id: str, fiscal_year: int, as_of: date) -> None:
    """Submit the first report round (April) in April, with the figures of its day, so it is frozen: only once the
    demo's day has reached April (a demo of November has no round submitted yet)."""
    from cdfi_desktop.services.report_rounds import submit_round

    april = date(fiscal_year - 543, 4, 1)
    if as_of < april:
        return
    day = min(as_of, april + timedelta(days=APRIL_ROUND_DAY - 1))
    with UnitOfWork(db) as uow:
        submit_round(
            uow,
            institute_id=institute_id,
            fiscal_year=fiscal_year,
            round_no=1,
            as_of=day,
            officer=OFFICER,
            now=datetime.combine(day, time(9, 0), tzinfo=UTC),  # 16:00 in Thailand
        )
