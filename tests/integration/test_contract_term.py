"""A 1HH1C contract's term is its schedule's length: when the installment, rounded up to the profile's step,
repays the principal before the term typed, the contract says the shorter term its schedule really has."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import LenderKind, RepaymentMethod
from cdfi_desktop.services import contracts as ct
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services import targets as tg
from cdfi_desktop.services.analysis import analyse_institute
from cdfi_desktop.services.contract_types import ConsolidationStart, ContractForm, SourceDebtForm
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.printouts.registers import debtor_register, household_register
from cdfi_desktop.services.uow import UnitOfWork

FISCAL_YEAR = 2570
SIGNING = date(2026, 12, 15)
FIRST_DUE = date(2027, 1, 15)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("term") / "demo.sqlite"
    database = Database.open(path, device_id=demo_device_id(3), officer="demo officer")
    generate_demo(database, households=60, seed=3)
    yield database
    database.close()


def unsigned_start(db: Database) -> ConsolidationStart:
    """The wizard's start for a target household without a contract, with a debt above 2,000 baht."""
    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        assert institute_id
        view = tg.selection(session, institute_id=institute_id, fiscal_year=FISCAL_YEAR, as_of=SIGNING)
        assert view is not None
        return next(
            s
            for s in (ct.consolidation_start(session, household_id=r.household_id, as_of=SIGNING) for r in view.rows)
            if not s.signed_contract_id
            and any(d.outstanding > 2000 and d.contract_date and d.contract_date <= SIGNING for d in s.debts)
        )


def test_given_a_term_rounding_repays_early_when_signed_then_the_contract_term_is_its_schedule_length(
    db: Database,
) -> None:
    # GIVEN a target household without a contract, one of its debts taken over, a down payment leaving 1,000 baht,
    # no interest, over 120 months: 8.33 a month rounds up to 10, repaid in 100 installments
    start = unsigned_start(db)
    debt = next(d for d in start.debts if d.outstanding > 2000 and d.contract_date and d.contract_date <= SIGNING)
    head = next(x for x in start.members if x.is_head)
    form = ContractForm(
        household_id=start.household_id,
        fiscal_year=FISCAL_YEAR,
        sources=(SourceDebtForm(debt_id=debt.debt_id, principal=debt.outstanding),),
        principal=Decimal("1000.00"),
        interest_rate=Decimal(0),
        method=RepaymentMethod.DECLINING,
        term_months=120,
        first_due_date=FIRST_DUE,
        signing_date=SIGNING,
        signing_place="ศาลาอเนกประสงค์",
        borrower_member_id=head.member_id,
        down_payment=debt.outstanding - Decimal("1000.00"),
    )
    # WHEN it is signed
    with UnitOfWork(db) as uow:
        contract_id = ct.sign_contract(uow, form, officer="นางสาวสุดา ตรวจการ")
    # THEN its term is the number of its schedule's lines, and the contract's view agrees with its hash
    with db.session() as session:
        contract = session.get(m.ConsolidationContract, contract_id)
        assert contract is not None
        lines = session.scalar(
            select(func.count()).select_from(m.ScheduleLine).where(m.ScheduleLine.contract_id == contract_id)
        )
        assert (contract.term_months, lines, contract.installment) == (100, 100, Decimal("10.00"))
        assert ct.contract_view(session, contract_id).hash_matches


def test_given_a_contract_lent_by_a_member_fund_when_registers_print_then_the_fund_lists_it_among_its_debtors(
    db: Database,
) -> None:
    # GIVEN a contract a member fund lends, taking over one debt of 5,000 baht or so
    start = unsigned_start(db)
    debt = next(d for d in start.debts if d.outstanding > 2000 and d.contract_date and d.contract_date <= SIGNING)
    fund = start.funds[0]
    head = next(x for x in start.members if x.is_head)
    form = ContractForm(
        household_id=start.household_id,
        fiscal_year=FISCAL_YEAR,
        sources=(SourceDebtForm(debt_id=debt.debt_id, principal=debt.outstanding),),
        principal=debt.outstanding,
        interest_rate=Decimal(6),
        method=RepaymentMethod.DECLINING,
        term_months=24,
        first_due_date=FIRST_DUE,
        signing_date=SIGNING,
        signing_place="ศาลาอเนกประสงค์",
        borrower_member_id=head.member_id,
        lender_kind=LenderKind.MEMBER_FUND,
        lender_fund_id=fund.fund_id,
    )
    with UnitOfWork(db) as uow:
        contract_id = ct.sign_contract(uow, form, officer="นางสาวสุดา ตรวจการ")
    # WHEN the registers and the analysis are made on the signing day
    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        assert institute_id
        debtors = debtor_register(session, institute_id=institute_id, printed_on=SIGNING)
        households = household_register(session, institute_id=institute_id, printed_on=SIGNING, with_debts=True)
        loads = {f.fund_id: f for f in analyse_institute(session, institute_id, as_of=SIGNING).funds}
    # THEN the fund's debtors list the contract at its whole principal (nothing repaid yet), marked as 1HH1C
    group = next(g for g in debtors.groups if g.fund_id == fund.fund_id)
    (line,) = [d for d in group.lines if d.debt_id == contract_id]
    assert line.consolidated and "1HH1C" in line.creditor and line.outstanding == debt.outstanding
    assert [d.no for d in group.lines] == list(range(1, len(group.lines) + 1))
    assert group.subtotal.outstanding == sum((d.outstanding for d in group.lines), Decimal(0))
    # and the household register lists it under the household, the analysis counts it as lent by the fund
    (household,) = [h for h in households.lines if h.household_id == start.household_id]
    assert household.debts[0].debt_id == contract_id
    assert contract_id not in {d.debt_id for g in debtors.groups if g.fund_id != fund.fund_id for d in g.lines}
    assert loads[fund.fund_id].lent >= debt.outstanding
