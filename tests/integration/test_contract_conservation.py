"""Money is conserved at signing: what the source debts owed is, to the satang, the contract's principal plus the
waivers plus the down-payment, read back from the database, for signings and amendments."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.consolidation import conservation
from cdfi_desktop.domain.enums import RepaymentMethod
from cdfi_desktop.messages import message
from cdfi_desktop.services import contracts as ct
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services import targets as tg
from cdfi_desktop.services.contract_types import ContractForm, SourceDebtForm
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.errors import ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork

FISCAL_YEAR = 2570
SIGNING = date(2026, 12, 15)
FIRST_DUE = date(2027, 1, 15)
CENT = Decimal("0.01")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("conservation") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(1))
    generate_demo(db, households=60, seed=3)
    db.close()
    return path


def _copy(demo_file: Path) -> Iterator[Database]:
    folder = Path(tempfile.mkdtemp())
    shutil.copy(demo_file, folder / "demo.sqlite")
    database = Database.open(folder / "demo.sqlite", officer="conservation test")
    try:
        yield database
    finally:
        database.close()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def db(demo_file: Path) -> Iterator[Database]:
    yield from _copy(demo_file)


def household_with_debts(db: Database, *, count: int) -> tuple[str, list[str]]:
    """A target household without a contract, with at least ``count`` open debts dated before the signing."""
    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        assert institute_id
        view = tg.selection(session, institute_id=institute_id, fiscal_year=FISCAL_YEAR, as_of=SIGNING)
        assert view is not None
        for row in view.rows:
            start = ct.consolidation_start(session, household_id=row.household_id, as_of=SIGNING)
            ids = [d.debt_id for d in start.debts if d.contract_date is None or d.contract_date <= SIGNING]
            if not start.signed_contract_id and len(ids) >= count:
                return row.household_id, ids[:count]
    raise AssertionError("no target household with enough open debts")


def set_outstanding(db: Database, amounts: dict[str, Decimal]) -> None:
    with UnitOfWork(db) as uow:
        for debt_id, amount in amounts.items():
            debt = uow.session.get(m.Debt, debt_id)
            assert debt is not None
            debt.outstanding = amount
        uow.commit()


def form_of(db: Database, household_id: str, sources: tuple[SourceDebtForm, ...], down: Decimal) -> ContractForm:
    with db.session() as session:
        start = ct.consolidation_start(session, household_id=household_id, as_of=SIGNING)
    head = next(x for x in start.members if x.is_head)
    return ContractForm(
        household_id=household_id,
        fiscal_year=FISCAL_YEAR,
        sources=sources,
        principal=sum((s.payoff.amount for s in sources), Decimal("0.00")) - down,
        interest_rate=Decimal(6),
        method=RepaymentMethod.DECLINING,
        term_months=60,
        first_due_date=FIRST_DUE,
        signing_date=SIGNING,
        signing_place="ศาลาอเนกประสงค์",
        borrower_member_id=head.member_id,
        down_payment=down,
    )


def assert_conserved(db: Database, contract_id: str, owed: dict[str, Decimal]) -> None:
    """What the database holds for the contract accounts for every satang the source debts owed."""
    with db.session() as session:
        contract = session.get(m.ConsolidationContract, contract_id)
        assert contract is not None
        lines = session.scalars(select(m.TransferLine).where(m.TransferLine.contract_id == contract_id)).all()
        repaid = session.scalar(
            select(func.coalesce(func.sum(m.Repayment.principal), 0)).where(
                m.Repayment.contract_id == contract.amends_contract_id
            )
        )
        debts = {d.id: d for d in session.scalars(select(m.Debt).where(m.Debt.id.in_(list(owed))))}
        waivers = [line.principal + line.interest + line.penalty - line.amount_transferred for line in lines]
        assert {line.source_debt_id: line.principal for line in lines} == {i: d.outstanding for i, d in debts.items()}
        assert sum(waivers, Decimal(0)) == contract.waived
        balance = conservation(
            owed=owed.values(),
            principal=contract.principal,
            waived=waivers,
            down_payment=contract.down_payment,
            repaid=Decimal(repaid or 0),
        )
        assert balance.holds, balance
        assert (
            contract.principal == sum((line.amount_transferred for line in lines), Decimal(0)) - contract.down_payment
        )


money = st.integers(min_value=0, max_value=5_000_000).map(lambda satang: Decimal(satang) / 100)
share = st.integers(min_value=0, max_value=100).map(lambda pct: Decimal(pct) / 100)


@st.composite
def sources_drawn(draw: st.DrawFn) -> tuple[list[Decimal], list[tuple[Decimal, ...]], Decimal, int]:
    count = draw(st.integers(min_value=1, max_value=3))
    outstanding = [draw(money.filter(lambda v: v >= 100)) for _ in range(count)]
    figures = [
        (draw(money), draw(money), draw(share), draw(share), draw(share)) for _ in range(count)
    ]  # interest, penalty, interest waived, penalty waived, principal waived (shares)
    down_share = draw(share)
    return outstanding, figures, down_share, count


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(drawn=sources_drawn())
def test_GIVEN_random_debts_waivers_and_down_payments_WHEN_signed_and_amended_THEN_every_satang_is_in_a_record(
    demo_file: Path, drawn: tuple[list[Decimal], list[tuple[Decimal, ...]], Decimal, int]
) -> None:
    outstanding, figures, down_share, count = drawn
    for db in _copy(demo_file):
        household_id, ids = household_with_debts(db, count=count)
        set_outstanding(db, dict(zip(ids, outstanding, strict=True)))
        sources = []
        for debt_id, principal, (interest, penalty, a, b, c) in zip(ids, outstanding, figures, strict=True):
            waived = (principal * c).quantize(CENT)
            sources.append(
                SourceDebtForm(
                    debt_id=debt_id,
                    principal=principal,
                    interest=interest,
                    penalty=penalty,
                    interest_waived=(interest * a).quantize(CENT),
                    penalty_waived=(penalty * b).quantize(CENT),
                    principal_waived=waived,
                    waiver_reason="มติคณะกรรมการ" if waived else "",
                )
            )
        payoff = sum((s.payoff.amount for s in sources), Decimal(0))
        down = ((payoff - 1) * down_share).quantize(CENT) if payoff > 1 else Decimal(0)
        form = form_of(db, household_id, tuple(sources), down)
        if form.principal <= 0:
            continue  # everything waived or paid down: no contract to sign
        owed = {s.debt_id: s.payoff.gross for s in sources}
        with UnitOfWork(db) as uow:
            contract_id = ct.sign_contract(uow, form, officer="ทดสอบ")
        assert_conserved(db, contract_id, owed)
        with db.session() as session:
            amended = ct.amendment_form(session, contract_id)
        amended = replace(amended, down_payment=Decimal(0), principal=amended.principal + amended.down_payment)
        with UnitOfWork(db) as uow:
            new_id = ct.amend_contract(uow, contract_id, amended, reason="ปรับเงินดาวน์", officer="ทดสอบ")
        assert_conserved(db, new_id, owed)


def test_GIVEN_a_payoff_shorter_than_the_outstanding_WHEN_signed_THEN_refused_naming_the_debt_and_the_missing_amount(
    db: Database,
) -> None:
    household_id, (debt_id,) = household_with_debts(db, count=1)
    set_outstanding(db, {debt_id: Decimal("2400.00")})
    form = form_of(db, household_id, (SourceDebtForm(debt_id=debt_id, principal=Decimal("1400.00")),), Decimal(0))
    with pytest.raises(ValidationFailed) as caught, UnitOfWork(db) as uow:
        ct.sign_contract(uow, form)
    issues = caught.value.issues
    assert [i.code for i in issues] == ["contract_payoff_unaccounted"]
    assert issues[0].params["missing"] == Decimal("1000.00") and issues[0].field == "sources[0]"
    text = message(issues[0].code, "th", **issues[0].params)
    assert "1,000.00" in text and str(issues[0].params["contract_no"]) in text
    with db.session() as session:
        debt = session.get(m.Debt, debt_id)
        assert debt is not None and debt.status.value == "open"
        assert not session.scalar(select(func.count()).select_from(m.ConsolidationContract).where(
            m.ConsolidationContract.household_id == household_id))  # fmt: skip


def test_GIVEN_a_principal_waiver_without_a_reason_WHEN_signed_THEN_refused_asking_for_the_reason(
    db: Database,
) -> None:
    household_id, (debt_id,) = household_with_debts(db, count=1)
    set_outstanding(db, {debt_id: Decimal("2400.00")})
    source = SourceDebtForm(debt_id=debt_id, principal=Decimal("2400.00"), principal_waived=Decimal("1000.00"))
    with pytest.raises(ValidationFailed) as caught, UnitOfWork(db) as uow:
        ct.sign_contract(uow, form_of(db, household_id, (source,), Decimal(0)))
    assert [i.code for i in caught.value.issues] == ["contract_waiver_reason_required"]


def test_GIVEN_the_difference_as_a_waiver_with_its_reason_WHEN_signed_THEN_recorded_and_printed(
    db: Database, tmp_path: Path
) -> None:
    household_id, (debt_id,) = household_with_debts(db, count=1)
    set_outstanding(db, {debt_id: Decimal("2400.00")})
    reason = "คณะกรรมการมีมติยกหนี้ส่วนนี้ เนื่องจากเจ้าหนี้ตกลงลดยอด"
    source = SourceDebtForm(
        debt_id=debt_id, principal=Decimal("2400.00"), principal_waived=Decimal("1000.00"), waiver_reason=reason
    )
    with UnitOfWork(db) as uow:
        contract_id = ct.sign_contract(uow, form_of(db, household_id, (source,), Decimal(0)))
    with db.session() as session:
        view = ct.contract_view(session, contract_id)
    (line,) = view.transfers
    assert view.principal == Decimal("1400.00") and view.waived == Decimal("1000.00")
    assert line.principal == Decimal("2400.00") and line.principal_waived == Decimal("1000.00")
    assert line.amount_transferred == Decimal("1400.00") and view.hash_matches
    assert reason in view.notes and "1,000.00" in view.notes
    assert_conserved(db, contract_id, {debt_id: Decimal("2400.00")})
