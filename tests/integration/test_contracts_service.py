"""The 1HH1C debt-transfer contract: the wizard's start, signing in one transaction, refusals that write nothing,
amendments, and a signed contract that is never edited."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.contract_hash import content_hash, parse_payload, verify
from cdfi_desktop.domain.enums import (
    AuditAction,
    ContractStatus,
    DebtStatus,
    LenderKind,
    PartyRole,
    RepaymentMethod,
)
from cdfi_desktop.domain.numbering import device_tag
from cdfi_desktop.domain.schedule import accrued_interest, build_schedule
from cdfi_desktop.messages import message
from cdfi_desktop.services import contracts as ct
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services import targets as tg
from cdfi_desktop.services.contract_types import ConsolidationStart, ContractForm, PartyForm, SourceDebtForm
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.errors import ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork

FISCAL_YEAR = 2570
SIGNING = date(2026, 12, 15)
FIRST_DUE = date(2027, 1, 15)
OFFICER = "นางสาวสุดา ตรวจการ"  # not the demo's officer, whose contracts are in the audit log already
COUNTED = (
    m.ConsolidationContract,
    m.ContractParty,
    m.TransferLine,
    m.ScheduleLine,
    m.DebtStatusChange,
    m.Debt,
    m.AuditLog,
)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("contracts") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(1))
    generate_demo(db, households=300, seed=1)
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    database = Database.open(copy, officer="demo officer")
    yield database
    database.close()


@dataclass(frozen=True)
class Case:
    institute_id: str
    start: ConsolidationStart
    chosen: tuple[str, ...]  # three debts of three creditors


def target_ids(db: Database) -> list[str]:
    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        assert institute_id
        view = tg.selection(session, institute_id=institute_id, fiscal_year=FISCAL_YEAR, as_of=SIGNING)
    assert view is not None and view.locked
    return [r.household_id for r in view.rows]


def demo_contracts(db: Database) -> int:
    """How many contracts the demo signed for the fiscal year (they hold its first numbers)."""
    with db.session() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(m.ConsolidationContract)
                .where(m.ConsolidationContract.fiscal_year == FISCAL_YEAR)
            )
            or 0
        )


def number(db: Database, nth: int) -> str:
    """The contract no. of the ``nth`` contract a test signs after the demo's, in this device's series."""
    return f"1HH1C-{device_tag(db.device_id)}-{demo_contracts(db) + nth:03d}/{FISCAL_YEAR}"


def three_creditor_case(db: Database, *, skip: int = 0) -> Case:
    """A target household without a contract, with open debts to three different creditors (the ``skip``-th such
    household)."""
    found = 0
    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        assert institute_id
        for household_id in target_ids(db):
            start = ct.consolidation_start(session, household_id=household_id, as_of=SIGNING)
            if start.signed_contract_id:
                continue  # the demo signed this household's contract
            chosen: dict[str, str] = {}
            for debt in start.debts:
                key = debt.member_fund_id or f"{debt.creditor_kind}:{debt.creditor}"
                if key not in chosen and debt.contract_date and debt.contract_date <= SIGNING:
                    chosen[key] = debt.debt_id
            if len(chosen) >= 3:
                if found == skip:
                    return Case(institute_id, start, tuple(list(chosen.values())[:3]))
                found += 1
    raise AssertionError("the demo has no target household with three creditors")


def form_for(
    case: Case, *, waive_first: bool = True, down_payment: Decimal = Decimal("500.00"), **changes: object
) -> ContractForm:
    by_id = {d.debt_id: d for d in case.start.debts}
    sources = []
    for index, debt_id in enumerate(case.chosen):
        debt = by_id[debt_id]
        interest = debt.suggested_interest
        penalty = Decimal("150.00") if index == 1 else Decimal("0.00")
        sources.append(
            SourceDebtForm(
                debt_id=debt_id,
                principal=debt.outstanding,
                interest=interest,
                penalty=penalty,
                interest_waived=(interest / 2).quantize(Decimal("0.01")) if waive_first and index == 0 else Decimal(0),
                penalty_waived=penalty,
            )
        )
    principal = sum((s.payoff.amount for s in sources), Decimal("0.00")) - down_payment
    head = next(x for x in case.start.members if x.is_head)
    form = ContractForm(
        household_id=case.start.household_id,
        fiscal_year=FISCAL_YEAR,
        sources=tuple(sources),
        principal=principal,
        interest_rate=Decimal(6),
        method=RepaymentMethod.DECLINING,
        term_months=60,
        first_due_date=FIRST_DUE,
        signing_date=SIGNING,
        signing_place="ศาลาอเนกประสงค์หมู่ที่ 1",
        borrower_member_id=head.member_id,
        down_payment=down_payment,
        parties=(PartyForm(PartyRole.WITNESS, "นายสมาน ทองคำ"),),
    )
    return replace(form, **changes)  # type: ignore[arg-type]


def counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {
            table_of(model).name: session.scalar(select(func.count()).select_from(table_of(model))) or 0
            for model in COUNTED
        }


def statuses(db: Database, ids: tuple[str, ...]) -> dict[str, DebtStatus]:
    with db.session() as session:
        return {r.id: r.status for r in session.execute(select(m.Debt.id, m.Debt.status).where(m.Debt.id.in_(ids)))}


def sign(db: Database, form: ContractForm) -> str:
    with UnitOfWork(db) as uow:
        return ct.sign_contract(uow, form, officer=OFFICER)


def refused(db: Database, form: ContractForm) -> list[tuple[str, str]]:
    """Sign ``form``, expecting a refusal that writes nothing; returns the issues (code, Thai text)."""
    before = counts(db)
    sources = tuple(s.debt_id for s in form.sources)
    states = statuses(db, sources)
    with pytest.raises(ValidationFailed) as caught:
        sign(db, form)
    assert counts(db) == before, "a refused contract wrote something"
    assert statuses(db, sources) == states
    return [(i.code, message(i.code, "th", **i.params)) for i in caught.value.issues]


# -- the wizard's start ----------------------------------------------------------------------------------------------
def test_GIVEN_a_target_household_WHEN_the_wizard_starts_THEN_it_gets_debts_interest_members_funds_and_terms(
    db: Database,
) -> None:
    case = three_creditor_case(db)
    start = case.start
    assert start.is_target and start.fiscal_year == FISCAL_YEAR and start.signed_contract_id is None
    assert start.institute_name.startswith("สถาบันการจัดการเงินทุนชุมชน")
    assert start.max_term_months == 120 and start.installment_step == Decimal("10.00")
    assert start.default_rate_pct == Decimal(6)
    assert start.debts and all(d.creditor for d in start.debts)
    for debt in start.debts:
        assert debt.suggested_interest == accrued_interest(
            debt.outstanding, annual_rate_pct=debt.interest_rate, days=debt.days_overdue
        )
    assert any(d.suggested_interest > 0 for d in start.debts)
    assert start.debt_service == sum((d.installment for d in start.debts), Decimal(0))
    assert start.income > 0 and 0 <= start.affordable_installment <= start.income
    heads = [x for x in start.members if x.is_head]
    assert len(heads) == 1 and heads[0].full_name == start.head_name
    assert all("ตำบล" in x.address and "จังหวัด" in x.address for x in start.members)
    assert start.funds and all(f.name for f in start.funds)
    assert "contract_household_not_target" not in start.warnings


# -- the acceptance test ----------------------------------------------------------------------------------------------
def test_GIVEN_three_debts_of_three_creditors_and_a_waiver_WHEN_signed_THEN_contract_lines_closed_sources_and_audit(
    db: Database,
) -> None:
    case = three_creditor_case(db)
    form = form_for(case)
    before = counts(db)
    first = number(db, 1)  # the number after the demo's contracts
    with db.session() as session:
        listed_before = ct.contracts(session, institute_id=case.institute_id, fiscal_year=FISCAL_YEAR)
    contract_id = sign(db, form)

    schedule = build_schedule(
        form.principal,
        annual_rate_pct=Decimal(6),
        months=60,
        method=RepaymentMethod.DECLINING,
        first_due=FIRST_DUE,
        step=Decimal(10),
    )
    with db.session() as session:
        contract = session.get(m.ConsolidationContract, contract_id)
        assert contract is not None
        assert contract.status is ContractStatus.SIGNED
        assert contract.contract_no == first
        assert contract.household_id == case.start.household_id and contract.institute_id == case.institute_id
        assert contract.fiscal_year == FISCAL_YEAR and contract.lender_kind is LenderKind.INSTITUTE
        gross = sum((s.payoff.gross for s in form.sources), Decimal(0))
        waived = sum((s.payoff.waived for s in form.sources), Decimal(0))
        assert contract.gross_payoff == gross and contract.waived == waived and waived > 0
        assert contract.down_payment == Decimal("500.00")
        assert contract.principal == gross - waived - Decimal("500.00") == form.principal
        assert contract.installment == schedule.installment and contract.installment % 10 == 0
        assert contract.total_interest == schedule.total_interest and contract.apr == schedule.apr
        assert contract.first_due_date == FIRST_DUE and contract.signing_date == SIGNING
        assert len(contract.content_hash) == 64

        lines = session.scalars(select(m.TransferLine).where(m.TransferLine.contract_id == contract_id)).all()
        assert {t.source_debt_id for t in lines} == set(case.chosen)
        by_debt = {t.source_debt_id: t for t in lines}
        for source in form.sources:
            line = by_debt[source.debt_id]
            debt = session.get(m.Debt, source.debt_id)
            assert debt is not None
            assert (line.principal, line.interest, line.penalty) == (source.principal, source.interest, source.penalty)
            assert (line.interest_waived, line.penalty_waived) == (source.interest_waived, source.penalty_waived)
            assert line.amount_transferred == source.payoff.amount
            assert line.source_fund_id == debt.member_fund_id and line.source_contract_no == debt.contract_no
            assert line.source_creditor
            # the source debt is closed as transferred, with the contract in its history
            assert debt.status is DebtStatus.TRANSFERRED and debt.closed_date == SIGNING
            change = session.scalars(select(m.DebtStatusChange).where(m.DebtStatusChange.debt_id == debt.id)).one()
            assert change.contract_id == contract_id and change.changed_on == SIGNING
            assert (change.from_status, change.to_status) == (DebtStatus.OPEN, DebtStatus.TRANSFERRED)
            assert first in change.reason
        assert sum((t.amount_transferred for t in lines), Decimal(0)) - Decimal(500) == contract.principal

        rows = session.scalars(
            select(m.ScheduleLine).where(m.ScheduleLine.contract_id == contract_id).order_by(m.ScheduleLine.seq)
        ).all()
        assert [r.seq for r in rows] == list(range(1, len(rows) + 1)) and len(rows) <= 60
        assert sum((r.principal for r in rows), Decimal(0)) == contract.principal
        assert sum((r.installment for r in rows), Decimal(0)) == contract.principal + contract.total_interest
        assert rows[-1].balance_after == 0

        parties = session.scalars(
            select(m.ContractParty)
            .where(m.ContractParty.contract_id == contract_id)
            .order_by(m.ContractParty.sort_order)
        ).all()
        assert parties[0].role is PartyRole.BORROWER and parties[0].member_id == form.borrower_member_id
        assert "ตำบล" in parties[0].address
        carried = session.scalars(
            select(m.DebtGuarantor.full_name).where(m.DebtGuarantor.debt_id.in_(case.chosen))
        ).all()
        assert {p.full_name for p in parties if p.role is PartyRole.GUARANTOR} == set(carried)
        assert [p.full_name for p in parties if p.role is PartyRole.WITNESS] == ["นายสมาน ทองคำ"]

        # every record written is in the audit log, under the officer who signed
        audit = session.scalars(select(m.AuditLog).where(m.AuditLog.officer == OFFICER)).all()
        created = {(a.table_name, a.record_id) for a in audit if a.action is AuditAction.CREATE}
        assert ("consolidation_contract", contract_id) in created
        assert {("transfer_line", t.id) for t in lines} <= created
        assert {("schedule_line", r.id) for r in rows} <= created
        assert {("contract_party", p.id) for p in parties} <= created
        updated = {a.record_id: a.changes for a in audit if a.action is AuditAction.UPDATE}
        for debt_id in case.chosen:
            assert updated[debt_id]["status"] == ["open", "transferred"]
        assert sum(1 for a in audit if a.table_name == "debt_status_change") == 3
        assert "consolidation_contract" not in {a.table_name for a in audit if a.action is AuditAction.UPDATE}

    after = counts(db)
    assert after["consolidation_contract"] == before["consolidation_contract"] + 1
    assert after["transfer_line"] == before["transfer_line"] + 3
    assert after["debt_status_change"] == before["debt_status_change"] + 3
    assert after["debt"] == before["debt"]

    # the record's hash is the hash of its content, and the QR payload verifies against it
    with db.session() as session:
        view = ct.contract_view(session, contract_id)
        start = ct.consolidation_start(session, household_id=case.start.household_id, as_of=SIGNING)
        rows_listed = ct.contracts(session, institute_id=case.institute_id, fiscal_year=FISCAL_YEAR)
        found = reg.debt_ids(session, institute_id=case.institute_id, statuses=(DebtStatus.TRANSFERRED,))
    assert view.hash_matches and content_hash(view.content) == view.content_hash
    assert verify(view.qr_payload, view.content)
    payload = parse_payload(view.qr_payload)
    assert payload is not None and payload.contract_no == first
    assert view.principal == form.principal and len(view.transfers) == 3 and view.borrower is not None
    assert start.signed_contract_id == contract_id and "contract_signed_twice" in start.warnings
    assert not {d.debt_id for d in start.debts} & set(case.chosen)
    assert rows_listed[:-1] == listed_before
    assert [(r.contract_no, r.status, r.household_code) for r in rows_listed[-1:]] == [
        (first, ContractStatus.SIGNED, view.household_code)
    ]
    assert view.borrower is not None and rows_listed[-1].borrower_name == view.borrower.full_name
    assert set(case.chosen) <= set(found)  # the register's search index follows the new status


def test_GIVEN_a_signed_contract_WHEN_the_household_signs_again_without_a_reason_THEN_refused_asking_for_one(
    db: Database,
) -> None:
    case = three_creditor_case(db)
    first = number(db, 1)
    sign(db, form_for(replace(case, chosen=case.chosen[:2])))
    again = replace(case, chosen=case.chosen[2:])
    issues = refused(db, form_for(again, waive_first=False, down_payment=Decimal(0), second_contract_reason="  "))
    assert [code for code, _ in issues] == ["contract_second_reason_required"]
    assert first in issues[0][1] and "เหตุผล" in issues[0][1]
    # the debts already taken over are refused, whatever the reason
    issues = refused(db, form_for(case, down_payment=Decimal(0), second_contract_reason="เพิ่มหนี้"))
    assert {code for code, _ in issues} == {"contract_source_transferred"}


def test_GIVEN_a_signed_contract_WHEN_the_household_signs_a_second_with_a_reason_THEN_signed_with_the_reason_in_notes(
    db: Database,
) -> None:
    case = three_creditor_case(db)
    first = number(db, 1)
    sign(db, form_for(replace(case, chosen=case.chosen[:2])))
    again = replace(case, chosen=case.chosen[2:])
    reason = "หนี้นอกระบบที่พบภายหลังการลงนามครั้งแรก"
    second = sign(db, form_for(again, waive_first=False, down_payment=Decimal(0), second_contract_reason=reason))
    with db.session() as session:
        view = ct.contract_view(session, second)
        start = ct.consolidation_start(session, household_id=case.start.household_id, as_of=SIGNING)
    assert view.status is ContractStatus.SIGNED and view.contract_no == number(db, 0)
    assert reason in view.notes and first in view.notes
    assert "contract_signed_twice" in start.warnings  # still flagged for the next one


def test_GIVEN_a_debt_of_another_household_WHEN_signed_THEN_refused_with_a_clear_message_and_nothing_written(
    db: Database,
) -> None:
    case = three_creditor_case(db)
    other = three_creditor_case(db, skip=1)
    form = form_for(case)
    with db.session() as session:
        foreign = session.get(m.Debt, other.chosen[0])
        assert foreign is not None
        other_code = session.get(m.Household, foreign.household_id).code  # type: ignore[union-attr]
    stranger = SourceDebtForm(debt_id=foreign.id, principal=foreign.outstanding)
    mixed = replace(form, sources=(*form.sources, stranger), principal=form.principal + foreign.outstanding)
    issues = refused(db, mixed)
    assert [code for code, _ in issues] == ["contract_source_other_household"]
    assert "ครัวเรือนอื่น" in issues[0][1] and other_code in issues[0][1]


def test_GIVEN_a_principal_that_does_not_match_the_sources_WHEN_signed_THEN_refused_naming_both_numbers(
    db: Database,
) -> None:
    case = three_creditor_case(db)
    form = form_for(case)
    wrong = replace(form, principal=form.principal + Decimal("1000.00"))
    issues = refused(db, wrong)
    assert [code for code, _ in issues] == ["contract_principal_mismatch"]
    text = issues[0][1]
    assert f"{wrong.principal:,.2f}" in text and f"{form.principal:,.2f}" in text and "500.00" in text
    payoff = sum((s.payoff.amount for s in form.sources), Decimal(0))
    assert f"{payoff:,.2f}" in text


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ("no_sources", "contract_no_sources"),
        ("repeated", "contract_source_repeated"),
        ("term_too_long", "contract_term_invalid"),
        ("first_due_before", "contract_first_due_before_signing"),
        ("borrower_outside", "contract_borrower_not_member"),
        ("foreign_fund", "contract_lender_fund_other_institute"),
        ("fund_missing", "contract_lender_fund_required"),
        ("rate", "contract_rate_invalid"),
        ("waiver", "contract_waiver_too_large"),
        ("outside_year", "contract_signing_outside_fiscal_year"),
        ("dated_after", "contract_source_after_signing"),
        ("closed", "contract_source_closed"),
        ("bad_citizen_id", "contract_party_citizen_id_invalid"),
    ],
)
def test_GIVEN_a_form_breaking_a_rule_WHEN_signed_THEN_refused_and_nothing_written(
    db: Database, change: str, code: str
) -> None:
    case = three_creditor_case(db)
    form = form_for(case)
    other = three_creditor_case(db, skip=1)
    if change == "no_sources":
        form = replace(form, sources=(), principal=Decimal(1000), down_payment=Decimal(0))
    elif change == "repeated":
        form = replace(form, sources=(*form.sources, form.sources[0]))
    elif change == "term_too_long":
        form = replace(form, term_months=121)
    elif change == "first_due_before":
        form = replace(form, first_due_date=SIGNING)
    elif change == "borrower_outside":
        form = replace(form, borrower_member_id=other.start.members[0].member_id)
    elif change == "foreign_fund":
        form = replace(form, lender_kind=LenderKind.MEMBER_FUND, lender_fund_id=other.start.household_id)
    elif change == "fund_missing":
        form = replace(form, lender_kind=LenderKind.MEMBER_FUND)
    elif change == "rate":
        form = replace(form, interest_rate=Decimal(-1))
    elif change == "waiver":
        first = form.sources[0]
        too_much = replace(first, interest_waived=first.interest + 1)
        form = replace(
            form, sources=(too_much, *form.sources[1:]), principal=form.principal - 1 - first.interest_waived
        )
    elif change == "outside_year":
        form = replace(form, signing_date=date(2027, 10, 2), first_due_date=date(2027, 11, 2))
    elif change == "dated_after":
        with UnitOfWork(db) as uow:
            debt = uow.session.get(m.Debt, form.sources[0].debt_id)
            assert debt is not None
            debt.contract_date = date(2026, 12, 20)
            uow.commit()
    elif change == "closed":
        with UnitOfWork(db) as uow:
            reg.change_debt_status(uow, form.sources[0].debt_id, to_status=DebtStatus.CLOSED, on=SIGNING, reason="ปิด")
    elif change == "bad_citizen_id":
        form = replace(form, parties=(PartyForm(PartyRole.GUARANTOR, "นายค้ำ ประกัน", citizen_id="1234567890123"),))
    issues = refused(db, form)
    assert code in [c for c, _ in issues], issues
    assert all(text != c for c, text in issues), "every refusal has a Thai text"


def test_GIVEN_two_households_WHEN_both_sign_THEN_numbers_follow_and_each_guarantor_list_is_the_forms_own(
    db: Database,
) -> None:
    first, second = three_creditor_case(db), three_creditor_case(db, skip=1)
    expected = [number(db, 1), number(db, 2), number(db, 3)]
    with db.session() as session:
        listed_before = [
            r.contract_no for r in ct.contracts(session, institute_id=first.institute_id, fiscal_year=FISCAL_YEAR)
        ]
    sign(db, form_for(first))
    guarantor = PartyForm(PartyRole.GUARANTOR, "นางค้ำ ใจดี", citizen_id="", address="12 หมู่ 3")
    second_id = sign(db, form_for(second, parties=(guarantor,), contract_no=""))
    with db.session() as session:
        view = ct.contract_view(session, second_id)
        numbers = [
            r.contract_no for r in ct.contracts(session, institute_id=first.institute_id, fiscal_year=FISCAL_YEAR)
        ]
        assert ct.next_contract_no(session, institute_id=first.institute_id, fiscal_year=FISCAL_YEAR) == expected[2]
    assert numbers == [*listed_before, *expected[:2]]
    assert [p.full_name for p in view.of_role(PartyRole.GUARANTOR)] == ["นางค้ำ ใจดี"]
    issues = refused(db, form_for(three_creditor_case(db, skip=2), contract_no=expected[0]))
    assert [c for c, _ in issues] == ["contract_no_taken"]


# -- a signed contract is never edited; amendments -------------------------------------------------------------------
def test_GIVEN_a_signed_contract_WHEN_its_record_or_lines_are_edited_THEN_refused(db: Database) -> None:
    case = three_creditor_case(db)
    contract_id = sign(db, form_for(case))
    before = counts(db)
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as caught:
        contract = uow.session.get(m.ConsolidationContract, contract_id)
        assert contract is not None
        contract.principal += 1
        uow.commit()
    assert [i.code for i in caught.value.issues] == ["contract_signed_unchangeable"]
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed):
        line = uow.session.scalars(select(m.ScheduleLine).where(m.ScheduleLine.contract_id == contract_id)).first()
        uow.session.delete(line)
        uow.commit()
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed):
        contract = uow.session.get(m.ConsolidationContract, contract_id)
        assert contract is not None
        uow.session.delete(contract)
        uow.commit()
    assert counts(db) == before


def test_GIVEN_a_signed_contract_WHEN_amended_THEN_a_new_signed_contract_names_it_and_the_old_one_is_closed(
    db: Database,
) -> None:
    case = three_creditor_case(db)
    first, second = number(db, 1), number(db, 2)
    with db.session() as session:
        listed_before = ct.contracts(session, institute_id=case.institute_id, fiscal_year=FISCAL_YEAR)
    old_id = sign(db, form_for(case))
    with db.session() as session:
        old_view = ct.contract_view(session, old_id)
        form = ct.amendment_form(session, old_id)
    longer = replace(form, term_months=84, signing_date=date(2027, 2, 1), first_due_date=date(2027, 3, 1))
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as caught:
        ct.amend_contract(uow, old_id, longer, reason="  ")
    assert [i.code for i in caught.value.issues] == ["contract_amend_reason_required"]
    with UnitOfWork(db) as uow:
        new_id = ct.amend_contract(uow, old_id, longer, reason="รายได้ลดลงจากภัยแล้ง ขยายเวลาผ่อน", officer=OFFICER)
    with db.session() as session:
        old = ct.contract_view(session, old_id)
        new = ct.contract_view(session, new_id)
        audit = session.scalars(
            select(m.AuditLog).where(m.AuditLog.record_id == old_id, m.AuditLog.action == AuditAction.UPDATE)
        ).all()
        changes = session.scalar(select(func.count()).where(m.DebtStatusChange.debt_id.in_(case.chosen)))
    assert old.status is ContractStatus.CLOSED and old.amended_by_contract_no == new.contract_no
    assert replace(old, status=ContractStatus.SIGNED, amended_by_contract_no="") == old_view
    assert old.hash_matches, "closing does not touch what was signed"
    assert [a.changes for a in audit] == [{"status": ["signed", "closed"]}]
    assert new.status is ContractStatus.SIGNED and new.amends_contract_id == old_id
    assert new.amends_contract_no == old.contract_no and new.contract_no == second
    # asked over 84 months: the installment rounded up to the step repays it in its schedule's length, its term
    assert new.term_months == len(new.schedule) and 80 <= new.term_months <= 84
    assert new.principal == old.principal and new.hash_matches
    assert {t.source_debt_id for t in new.transfers} == set(case.chosen)
    assert "รายได้ลดลงจากภัยแล้ง" in new.notes and old.contract_no in new.notes
    assert changes == 3, "the sources stay transferred: no new status change"
    # the closed contract cannot be amended again; the household still has one signed contract
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as caught:
        ct.amend_contract(uow, old_id, longer, reason="อีกครั้ง")
    assert [i.code for i in caught.value.issues] == ["contract_amend_not_signed"]
    with db.session() as session:
        listed = ct.contracts(session, institute_id=case.institute_id, fiscal_year=FISCAL_YEAR)
    assert listed[:-2] == listed_before
    assert [(r.contract_no, r.status) for r in listed[-2:]] == [
        (first, ContractStatus.CLOSED),
        (second, ContractStatus.SIGNED),
    ]
