"""Repayments of a signed 1HH1C contract: allocation penalty → interest → principal, the append-only ledger with
reversing entries, closing at zero, arrears and days overdue, receipt numbers, and the household's figures before
and after consolidation.

The contract is signed here through the ORM (its schedule from ``domain.schedule.build_schedule``), so these tests
do not depend on the contracts service (only its guard on signed contracts is loaded, as in the app). The demo has
already signed contracts (and recorded their first repayments) for some target households; these tests sign for
target households that have no contract yet."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.classification import DebtorClass
from cdfi_desktop.domain.enums import ContractStatus, DebtStatus, LenderKind, PartyRole, RepaymentMethod
from cdfi_desktop.domain.numbering import device_tag
from cdfi_desktop.domain.schedule import EarlyInterest, add_months, build_schedule
from cdfi_desktop.messages import known
from cdfi_desktop.services import contracts as _contracts  # noqa: F401 - its guard on signed contracts, as in the app
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services import repayments as rp
from cdfi_desktop.services import targets as tg
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.errors import ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork

FY = 2570
SIGNED_ON = date(2026, 12, 1)
FIRST_DUE = date(2027, 1, 5)
TODAY = date(2027, 10, 15)
OFFICER = "นางสาวพรทิพย์ ใจดี"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("repayments") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(3))
    generate_demo(db, households=60, seed=3)
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    database = Database.open(copy, officer=OFFICER)
    yield database
    database.close()


def free_targets(session: Session, *, institute_id: str) -> list[tg.TargetRow]:
    """The fiscal year's target households, in rank order, that have no contract yet (the demo signed some)."""
    view = tg.selection(session, institute_id=institute_id, fiscal_year=FY)
    assert view is not None
    taken = set(
        session.scalars(
            select(m.ConsolidationContract.household_id).where(m.ConsolidationContract.deleted_at.is_(None))
        )
    )
    return [r for r in view.rows if r.household_id not in taken]


def receipts_numbered(db: Database, fiscal_year: int) -> int:
    """How many receipts (the demo's first installments among them) already carry ``fiscal_year``'s numbers."""
    with db.session() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(m.Repayment).where(m.Repayment.receipt_no.like(f"R{fiscal_year}-%"))
            )
            or 0
        )


def sign_contract(
    db: Database,
    *,
    rank: int = 1,
    sources: int = 2,
    rate: Decimal = Decimal(6),
    months: int = 24,
    status: ContractStatus = ContractStatus.SIGNED,
    contract_no: str = "1/2570",
) -> str:
    """The ``rank``-th target household still without a contract: its first ``sources`` open debts transferred into
    one signed contract (as the contracts service would sign it), with its schedule lines."""
    with db.session() as session, session.begin():
        institute_id = reg.first_institute_id(session)
        assert institute_id
        target = free_targets(session, institute_id=institute_id)[rank - 1]
        household_id = target.household_id
        debts = list(
            session.scalars(
                select(m.Debt)
                .where(m.Debt.household_id == household_id, m.Debt.status == DebtStatus.OPEN)
                .order_by(m.Debt.outstanding.desc())
            )
        )[:sources]
        principal = sum((d.outstanding for d in debts), Decimal(0))
        schedule = build_schedule(
            principal, annual_rate_pct=rate, months=months, method=RepaymentMethod.DECLINING, first_due=FIRST_DUE
        )
        contract = m.ConsolidationContract(
            institute_id=institute_id,
            household_id=household_id,
            fiscal_year=FY,
            contract_no=contract_no,
            lender_kind=LenderKind.INSTITUTE,
            gross_payoff=principal,
            principal=principal,
            interest_rate=rate,
            method=RepaymentMethod.DECLINING,
            term_months=schedule.months,
            installment=schedule.installment,
            total_interest=schedule.total_interest,
            apr=schedule.apr,
            first_due_date=FIRST_DUE,
            signing_date=SIGNED_ON if status is not ContractStatus.DRAFT else None,
            signing_place="ที่ทำการสถาบัน",
            status=status,
        )
        session.add(contract)
        session.flush()
        session.add(m.ContractParty(contract_id=contract.id, role=PartyRole.BORROWER, full_name=target.head_name))
        for debt in debts:
            session.add(
                m.TransferLine(
                    contract_id=contract.id,
                    source_debt_id=debt.id,
                    source_fund_id=debt.member_fund_id,
                    source_creditor=debt.creditor_name,
                    principal=debt.outstanding,
                    amount_transferred=debt.outstanding,
                )
            )
            if status is not ContractStatus.DRAFT:
                debt.status = DebtStatus.TRANSFERRED
                debt.closed_date = SIGNED_ON
        for line in schedule.lines:
            session.add(
                m.ScheduleLine(
                    contract_id=contract.id,
                    seq=line.seq,
                    due_date=line.due_date,
                    installment=line.installment,
                    principal=line.principal,
                    interest=line.interest,
                    balance_after=line.balance_after,
                )
            )
        return contract.id


def pay(db: Database, contract_id: str, paid_on: date, amount: str, **kw: object) -> str:
    with UnitOfWork(db) as uow:
        return rp.record_repayment(
            uow,
            contract_id=contract_id,
            paid_on=paid_on,
            amount=Decimal(amount),
            today=TODAY,
            **kw,  # type: ignore[arg-type]
        )


def reverse(db: Database, repayment_id: str, reason: str = "บันทึกจำนวนเงินผิด", **kw: object) -> str:
    with UnitOfWork(db) as uow:
        return rp.reverse_repayment(uow, repayment_id=repayment_id, reason=reason, today=TODAY, **kw)  # type: ignore[arg-type]


def account(db: Database, contract_id: str, as_of: date = TODAY) -> rp.Account:
    with db.session() as session:
        return rp.contract_account(session, contract_id, as_of=as_of)


def ledger_size(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(m.Repayment)) or 0)


def refused(fn: object, *args: object, **kw: object) -> str:
    with pytest.raises(ValidationFailed) as caught:
        fn(*args, **kw)  # type: ignore[operator]
    code = caught.value.issues[0].code
    assert known(code), code
    return code


# -- allocation --------------------------------------------------------------------------------------------------------
def test_GIVEN_two_installments_due_and_a_penalty_WHEN_paying_THEN_penalty_then_interest_due_then_principal(
    db: Database,
) -> None:
    contract_id = sign_contract(db)
    lines = account(db, contract_id).schedule
    # the payment goes beyond the two installments due, into the third (running on 10 Feb): it pays that one's
    # scheduled interest too before more principal (the profile's default rule for a payment before its due date)
    interest_due = lines[0].interest + lines[1].interest + lines[2].interest

    entry_id = pay(db, contract_id, date(2027, 2, 10), "5000", penalty_due=Decimal("100"), note="ชำระ 2 งวด")

    row = account(db, contract_id).row(entry_id)
    assert row is not None
    assert row.penalty == Decimal("100.00")
    assert row.interest == interest_due
    assert row.principal == Decimal("5000") - Decimal("100") - interest_due
    assert row.amount == row.penalty + row.interest + row.principal
    assert row.note == "ชำระ 2 งวด"


def test_GIVEN_a_payment_smaller_than_the_interest_due_WHEN_paying_THEN_it_is_all_interest_and_the_rest_stays_due(
    db: Database,
) -> None:
    contract_id = sign_contract(db)
    first = account(db, contract_id).schedule[0]
    small = (first.interest / 2).quantize(Decimal("0.01"))

    pay(db, contract_id, date(2027, 1, 5), str(small))

    after = account(db, contract_id, as_of=date(2027, 1, 5))
    assert after.repayments[0].interest == small and after.repayments[0].principal == 0
    assert after.interest_due == first.interest - small
    assert after.balance == after.principal


def test_GIVEN_the_preview_WHEN_asked_THEN_it_splits_as_recording_would_and_writes_nothing(db: Database) -> None:
    contract_id = sign_contract(db)
    with db.session() as session:
        split = rp.preview_allocation(
            session, contract_id=contract_id, paid_on=date(2027, 1, 5), amount=Decimal("3000"), today=TODAY
        )
    entry_id = pay(db, contract_id, date(2027, 1, 5), "3000")
    row = account(db, contract_id).row(entry_id)
    assert row is not None
    assert (split.penalty, split.interest, split.principal) == (row.penalty, row.interest, row.principal)


def test_GIVEN_the_profiles_rule_WHEN_an_installment_is_paid_early_THEN_scheduled_by_default_or_accrued_when_set(
    db: Database,
) -> None:
    contract_id = sign_contract(db)
    first = account(db, contract_id).schedule[0]  # its period: signing (1 Dec 2026) to 5 Jan 2027, 35 days
    early = date(2026, 12, 26)  # 25 days in
    # THEN by default the receipt of an installment paid ten days early splits as its schedule line
    with db.session() as session:
        assert rp.early_interest(session, early) is EarlyInterest.SCHEDULED
        split = rp.preview_allocation(
            session, contract_id=contract_id, paid_on=early, amount=first.installment, today=TODAY
        )
    assert (split.interest, split.principal) == (first.interest, first.principal)
    # WHEN the fiscal year's profile says "accrued": the interest of the 25 days gone by, the rest principal
    with db.session() as session, session.begin():
        profiles = session.scalars(select(m.FiscalYearProfile).where(m.FiscalYearProfile.deleted_at.is_(None)))
        for profile in profiles:
            profile.early_payment_interest = EarlyInterest.ACCRUED.value
    entry_id = pay(db, contract_id, early, str(first.installment))
    row = account(db, contract_id).row(entry_id)
    assert row is not None
    assert row.interest == (first.interest * 25 / 35).quantize(Decimal("0.01"))
    assert row.principal == first.installment - row.interest


# -- arrears -----------------------------------------------------------------------------------------------------------
def test_GIVEN_installments_missed_WHEN_reading_the_account_THEN_arrears_and_days_overdue_count_from_the_oldest_unpaid(
    db: Database,
) -> None:
    contract_id = sign_contract(db)
    lines = account(db, contract_id).schedule
    pay(db, contract_id, date(2027, 1, 5), str(lines[0].installment))
    as_of = date(2027, 4, 20)  # installments 2 (5 Feb), 3 (5 Mar) and 4 (5 Apr) fell due unpaid

    found = account(db, contract_id, as_of=as_of)

    assert found.installments_due == 4
    assert found.installments_paid == 1
    assert found.arrears == lines[1].installment + lines[2].installment + lines[3].installment
    assert found.days_overdue == (as_of - date(2027, 2, 5)).days
    assert [r.state for r in found.schedule[:5]] == [
        rp.InstallmentState.PAID,
        rp.InstallmentState.OVERDUE,
        rp.InstallmentState.OVERDUE,
        rp.InstallmentState.OVERDUE,
        rp.InstallmentState.UPCOMING,
    ]
    assert found.next_due is not None and found.next_due.seq == 2
    assert found.balance == found.principal - lines[0].principal


def test_GIVEN_every_installment_paid_on_time_WHEN_reading_the_account_THEN_no_arrears(db: Database) -> None:
    contract_id = sign_contract(db)
    lines = account(db, contract_id).schedule
    for line in lines[:3]:
        pay(db, contract_id, line.due_date, str(line.installment))

    found = account(db, contract_id, as_of=date(2027, 3, 20))

    assert found.arrears == 0 and found.days_overdue == 0
    assert found.installments_paid == 3
    assert found.balance == lines[2].balance_after


# -- closing ---------------------------------------------------------------------------------------------------------
def test_GIVEN_the_whole_balance_paid_WHEN_recording_THEN_the_contract_closes_and_takes_no_more_payments(
    db: Database,
) -> None:
    contract_id = sign_contract(db)
    before = account(db, contract_id, as_of=date(2027, 1, 10))
    owed = before.payoff  # the balance, the interest due and the running installment's interest
    assert owed == before.balance + before.interest_due + before.schedule[1].interest

    entry_id = pay(db, contract_id, date(2027, 1, 10), str(owed))

    closed = account(db, contract_id)
    assert closed.balance == 0
    assert closed.status is ContractStatus.CLOSED
    assert all(r.state is rp.InstallmentState.PAID for r in closed.schedule)
    assert refused(pay, db, contract_id, date(2027, 2, 10), "100") == "repayment_contract_closed"

    reverse(db, entry_id)
    assert account(db, contract_id).status is ContractStatus.SIGNED


def test_GIVEN_an_amended_contract_WHEN_a_payment_is_reversed_THEN_it_stays_closed(db: Database) -> None:
    contract_id = sign_contract(db)
    entry_id = pay(db, contract_id, date(2027, 1, 5), "3000")
    with db.session() as session, session.begin():
        old = session.get(m.ConsolidationContract, contract_id)
        assert old is not None
        session.add(
            m.ConsolidationContract(
                institute_id=old.institute_id,
                household_id=old.household_id,
                fiscal_year=FY,
                contract_no="1/2570-1",
                principal=old.principal,
                interest_rate=old.interest_rate,
                method=old.method,
                term_months=old.term_months,
                installment=old.installment,
                signing_date=date(2027, 2, 1),
                status=ContractStatus.SIGNED,
                amends_contract_id=contract_id,
            )
        )
        old.status = ContractStatus.CLOSED

    reversal_id = reverse(db, entry_id)

    after = account(db, contract_id)
    assert after.status is ContractStatus.CLOSED and after.row(reversal_id) is not None


def test_GIVEN_more_than_is_owed_WHEN_paying_THEN_refused_with_the_most_that_can_be_paid(db: Database) -> None:
    contract_id = sign_contract(db)
    before = account(db, contract_id, as_of=date(2027, 1, 10))
    with pytest.raises(ValidationFailed) as caught:
        pay(db, contract_id, date(2027, 1, 10), str(before.payoff + Decimal("0.01")))
    assert caught.value.issues[0].code == "repayment_above_balance"
    assert caught.value.issues[0].params["most"] == before.payoff


# -- reversals ---------------------------------------------------------------------------------------------------------
def test_GIVEN_a_payment_WHEN_reversed_THEN_a_new_opposite_entry_names_it_and_the_original_is_untouched(
    db: Database,
) -> None:
    contract_id = sign_contract(db)
    original_id = pay(db, contract_id, date(2027, 1, 5), "3000")
    before = account(db, contract_id)
    original = before.row(original_id)
    assert original is not None

    reversal_id = reverse(db, original_id, "ป้อนจำนวนเงินผิด", officer="นายสมชาย รักดี")

    after = account(db, contract_id)
    assert len(after.repayments) == 2
    assert after.row(original_id) == replace(original, reversed_by_id=reversal_id)
    reversal = after.row(reversal_id)
    assert reversal is not None and reversal.is_reversal and reversal.reverses_id == original_id
    assert (reversal.amount, reversal.penalty, reversal.interest, reversal.principal) == (
        -original.amount,
        -original.penalty,
        -original.interest,
        -original.principal,
    )
    assert reversal.note == "ป้อนจำนวนเงินผิด"
    assert after.balance == after.principal and after.paid_total == 0
    with db.session() as session:
        officers = session.scalars(
            select(m.AuditLog.officer)
            .where(m.AuditLog.table_name == "repayment", m.AuditLog.record_id.in_([original_id, reversal_id]))
            .order_by(m.AuditLog.id)
        ).all()
    assert officers == [OFFICER, "นายสมชาย รักดี"]
    assert db.recorder.officer == OFFICER


def test_GIVEN_a_reversed_payment_or_a_reversal_WHEN_reversing_again_THEN_refused_and_nothing_written(
    db: Database,
) -> None:
    contract_id = sign_contract(db)
    original_id = pay(db, contract_id, date(2027, 1, 5), "3000")
    reversal_id = reverse(db, original_id)
    count = ledger_size(db)

    assert refused(reverse, db, original_id) == "repayment_already_reversed"
    assert refused(reverse, db, reversal_id) == "repayment_reversal_not_reversible"
    second = pay(db, contract_id, date(2027, 1, 6), "1000")
    assert refused(reverse, db, second, "   ") == "repayment_reason_required"
    assert ledger_size(db) == count + 1


# -- receipts ----------------------------------------------------------------------------------------------------------
def test_GIVEN_payments_in_two_fiscal_years_WHEN_recorded_THEN_receipts_number_on_per_institute_and_fiscal_year(
    db: Database,
) -> None:
    first = sign_contract(db, rank=1, contract_no="1/2570")
    second = sign_contract(db, rank=1, contract_no="2/2570")  # the next household without a contract
    demo = receipts_numbered(db, 2570)  # the demo's first installments, paid in November 2026
    assert receipts_numbered(db, 2571) == 0
    ids = [
        pay(db, first, date(2027, 1, 5), "2000"),
        pay(db, second, date(2027, 1, 6), "2000"),
        pay(db, first, date(2027, 10, 1), "2000"),  # fiscal year 2571 starts on 1 October 2027
    ]
    reversal = reverse(db, ids[1])
    with db.session() as session:
        numbers = [rp.receipt(session, i).receipt_no for i in [*ids, reversal]]
    tag = device_tag(db.device_id)  # this device's series
    assert numbers == [
        f"R2570-{tag}-{demo + 1:05d}",
        f"R2570-{tag}-{demo + 2:05d}",
        f"R2571-{tag}-00001",
        f"R2571-{tag}-00002",
    ]  # reversed in 2571


def test_GIVEN_a_payment_and_its_reversal_WHEN_reading_receipts_THEN_payer_contract_split_and_balance_after(
    db: Database,
) -> None:
    contract_id = sign_contract(db)
    entry_id = pay(db, contract_id, date(2027, 1, 5), "3000")
    reversal_id = reverse(db, entry_id)
    found = account(db, contract_id)
    with db.session() as session:
        paid = rp.receipt(session, entry_id)
        cancelled = rp.receipt(session, reversal_id)
    assert paid.payer_name == found.head_name and paid.contract_no == "1/2570"
    assert paid.amount == Decimal("3000.00") and paid.penalty + paid.interest + paid.principal == paid.amount
    assert paid.balance_after == found.principal - paid.principal
    assert paid.received_by == OFFICER and not paid.is_reversal
    assert cancelled.is_reversal and cancelled.reverses_receipt_no == paid.receipt_no
    assert cancelled.balance_after == found.principal


# -- refusals ----------------------------------------------------------------------------------------------------------
def test_GIVEN_wrong_payments_WHEN_recording_THEN_each_is_refused_with_its_reason_and_nothing_is_written(
    db: Database,
) -> None:
    contract_id = sign_contract(db)
    draft_id = sign_contract(db, status=ContractStatus.DRAFT, contract_no="")  # the next household without one
    pay(db, contract_id, date(2027, 2, 5), "2000")
    count = ledger_size(db)

    assert refused(pay, db, draft_id, date(2027, 2, 5), "2000") == "repayment_contract_not_signed"
    assert refused(pay, db, contract_id, date(2027, 2, 5), "0") == "repayment_amount_not_positive"
    assert refused(pay, db, contract_id, date(2027, 2, 5), "-5") == "repayment_amount_not_positive"
    assert refused(pay, db, contract_id, date(2027, 2, 5), "10.005") == "money_too_many_decimals"
    assert refused(pay, db, contract_id, date(2026, 11, 30), "2000") == "repayment_before_signing"
    assert refused(pay, db, contract_id, date(2027, 10, 16), "2000") == "repayment_in_future"
    assert refused(pay, db, contract_id, date(2027, 2, 4), "2000") == "repayment_before_last"
    assert (
        refused(pay, db, contract_id, date(2027, 2, 6), "2000", penalty_due=Decimal(-1)) == "repayment_penalty_negative"
    )
    assert refused(pay, db, contract_id, date(2027, 2, 6), "2000", note="x" * 201) == "text_too_long"
    assert ledger_size(db) == count
    assert account(db, contract_id).status is ContractStatus.SIGNED


# -- before and after ------------------------------------------------------------------------------------------------
def test_GIVEN_a_consolidated_household_WHEN_comparing_THEN_before_has_the_sources_and_after_the_installment(
    db: Database,
) -> None:
    contract_id = sign_contract(db, sources=2, months=48)
    found = account(db, contract_id)
    with db.session() as session:
        sources = session.execute(
            select(m.Debt.installment, m.Debt.outstanding)
            .join(m.TransferLine, m.TransferLine.source_debt_id == m.Debt.id)
            .where(m.TransferLine.contract_id == contract_id)
        ).all()
        others = session.execute(
            select(m.Debt.installment, m.Debt.outstanding).where(
                m.Debt.household_id == found.household_id, m.Debt.status == DebtStatus.OPEN
            )
        ).all()
        figures = rp.before_after(session, household_id=found.household_id, contract_id=contract_id, as_of=TODAY)

    other_service = sum((i or Decimal(0) for i, _ in others), Decimal(0))
    assert figures.before.debt_service == sum((i or Decimal(0) for i, _ in sources), Decimal(0)) + other_service
    assert figures.after.debt_service == found.installment + other_service
    income = figures.before.income
    assert income > 0
    assert figures.before.dsr_pct == (figures.before.debt_service / income * 100).quantize(Decimal("0.01"))
    assert figures.after.dsr_pct == (figures.after.debt_service / income * 100).quantize(Decimal("0.01"))
    assert figures.after.debt_service < figures.before.debt_service
    assert figures.after.total_debt == found.balance + sum((o for _, o in others), Decimal(0))
    # overdue installments of the contract count in the after class, like any debt's
    assert figures.after.debtor_class in set(DebtorClass)
    assert figures.before.debtor_class in (DebtorClass.C, DebtorClass.D, DebtorClass.B)


def test_GIVEN_a_closed_contract_WHEN_comparing_THEN_after_has_no_installment_for_it(db: Database) -> None:
    contract_id = sign_contract(db, sources=2)
    start = account(db, contract_id, as_of=date(2027, 1, 10))
    pay(db, contract_id, date(2027, 1, 10), str(start.payoff))
    with db.session() as session:
        figures = rp.before_after(session, household_id=start.household_id, contract_id=contract_id, as_of=TODAY)
        open_service = sum(
            (
                i or Decimal(0)
                for i in session.scalars(
                    select(m.Debt.installment).where(
                        m.Debt.household_id == start.household_id, m.Debt.status == DebtStatus.OPEN
                    )
                )
            ),
            Decimal(0),
        )
    assert figures.after.debt_service == open_service


def test_GIVEN_add_months_WHEN_the_schedule_is_dated_THEN_installments_fall_monthly() -> None:
    assert add_months(FIRST_DUE, 3) == date(2027, 4, 5)
