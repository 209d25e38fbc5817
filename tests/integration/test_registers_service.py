"""The registers' use cases and queries: saving households and debts under the rules, filters and sorts in SQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.citizen_id import citizen_id_check_digit
from cdfi_desktop.domain.enums import (
    AuditAction,
    CreditorKind,
    DebtPurpose,
    DebtStatus,
    FinanceCategory,
    FinanceKind,
    Relation,
    Sex,
)
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.errors import ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork

TODAY = date(2026, 11, 1)


def cid(body: str) -> str:
    return body + str(citizen_id_check_digit(body))


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reg") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(9))
    generate_demo(db, households=40, seed=9)
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    database = Database.open(copy, officer="นางสาวพรทิพย์ ใจดี")
    yield database
    database.close()


def institute(db: Database) -> str:
    with db.session() as session:
        found = reg.first_institute_id(session)
    assert found
    return found


def new_household(institute_id: str, *, head_cid: str, spouse_cid: str = "") -> reg.HouseholdForm:
    members = [
        reg.MemberForm(None, head_cid, "นาย", "บุญมี", "ทดสอบดี", Sex.MALE, date(1970, 5, 1), Relation.HEAD, True),
    ]
    if spouse_cid:
        members.append(
            reg.MemberForm(
                None, spouse_cid, "นาง", "คำปั่น", "ทดสอบดี", Sex.FEMALE, date(1972, 1, 9), Relation.SPOUSE, False
            )
        )
    return reg.HouseholdForm(
        id=None,
        institute_id=institute_id,
        village_id=None,
        code="T-001",
        house_no="99/9",
        members=tuple(members),
        finances=(reg.FinanceForm(None, FinanceKind.INCOME, FinanceCategory.AGRICULTURE, Decimal("9500.00")),),
    )


def test_given_a_valid_household_when_saved_then_it_and_its_members_are_in_the_register(db: Database) -> None:
    inst = institute(db)
    form = new_household(inst, head_cid=cid("310110012345"), spouse_cid=cid("310110012346"))
    with UnitOfWork(db) as uow:
        household_id = reg.save_household(uow, form, today=TODAY)

    with db.session() as session:
        ids = reg.household_ids(session, institute_id=inst, text="ทดสอบดี")
        rows = reg.household_rows(session, ids)
        detail = reg.household_detail(session, household_id)
    assert ids == [household_id]
    assert rows[0].head_name == "นายบุญมี ทดสอบดี"
    assert rows[0].members == 2
    assert [x.first_name for x in detail.form.members] == ["บุญมี", "คำปั่น"]
    assert detail.form.finances[0].amount_monthly == Decimal("9500.00")


def test_given_a_citizen_id_of_another_household_when_saved_then_refused_naming_that_household(db: Database) -> None:
    inst = institute(db)
    with db.session() as session:
        taken = session.scalar(select(m.HouseholdMember.citizen_id).limit(1))
    assert taken
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as refused:
        reg.save_household(uow, new_household(inst, head_cid=taken), today=TODAY)
    assert [i.code for i in refused.value.issues] == ["citizen_id_in_other_household"]
    assert refused.value.issues[0].field == "members[0].citizen_id"
    with db.session() as session:
        assert reg.household_ids(session, institute_id=inst, text="ทดสอบดี") == []


def test_given_two_heads_or_a_bad_checksum_when_saved_then_nothing_is_saved(db: Database) -> None:
    inst = institute(db)
    good = new_household(inst, head_cid=cid("310110012345"), spouse_cid=cid("310110012346"))
    two_heads = reg.HouseholdForm(
        **{**good.__dict__, "members": tuple(reg.MemberForm(**{**x.__dict__, "is_head": True}) for x in good.members)}
    )
    bad_cid = new_household(inst, head_cid="3101100123450")
    for form, code in ((two_heads, "household_head_count"), (bad_cid, "citizen_id_checksum")):
        with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as refused:
            reg.save_household(uow, form, today=TODAY)
        assert code in [i.code for i in refused.value.issues]
    with db.session() as session:
        assert reg.household_ids(session, institute_id=inst, text="ทดสอบดี") == []


def test_given_a_fund_loan_above_its_limit_when_saved_then_saved_with_a_bylaw_warning(db: Database) -> None:
    inst = institute(db)
    with db.session() as session:
        (choice, rules), *_ = [(c, r) for c, r in reg.fund_choices(session, institute_id=inst) if r.lending_limit]
        household_id = reg.household_ids(session, institute_id=inst)[0]
    assert rules.lending_limit is not None
    form = reg.DebtForm(
        id=None,
        household_id=household_id,
        debtor_member_id=None,
        creditor_kind=CreditorKind.MEMBER_FUND,
        member_fund_id=choice.id,
        creditor_name="",
        contract_no="",
        contract_date=date(2025, 6, 1),
        due_date=date(2026, 6, 1),
        principal=rules.lending_limit + Decimal("5000"),
        outstanding=rules.lending_limit,
        interest_rate=Decimal("6"),
        installment=Decimal("1500"),
        term_months=12,
        days_overdue=0,
        purpose=DebtPurpose.AGRICULTURE,
        guarantors=(reg.GuarantorForm(None, "นายสมหมาย ค้ำดี"),),
    )
    with UnitOfWork(db) as uow:
        saved = reg.save_debt(uow, form, today=TODAY)
    assert [w.code for w in saved.warnings] == ["above_lending_limit"]
    assert saved.warnings[0].params["bylaw"] == rules.bylaw_notes
    with db.session() as session:
        row = reg.debt_rows(session, [saved.id])[0]
        detail = reg.household_detail(session, household_id)
    assert row.creditor == choice.name
    assert row.contract_no == ""
    assert [g.full_name for d in detail.debts if d.id == saved.id for g in d.guarantors] == ["นายสมหมาย ค้ำดี"]


def test_given_an_outstanding_above_principal_and_interest_when_saved_then_refused(db: Database) -> None:
    inst = institute(db)
    with db.session() as session:
        household_id = reg.household_ids(session, institute_id=inst)[0]
    form = reg.DebtForm(
        id=None,
        household_id=household_id,
        debtor_member_id=None,
        creditor_kind=CreditorKind.BAAC,
        member_fund_id=None,
        creditor_name="ธ.ก.ส.",
        contract_no="1",
        contract_date=date(2025, 1, 1),
        due_date=None,
        principal=Decimal("10000"),
        outstanding=Decimal("20000"),
        interest_rate=Decimal("7"),
        installment=None,
        term_months=12,
        days_overdue=0,
        purpose=None,
    )
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as refused:
        reg.save_debt(uow, form, today=TODAY)
    assert [i.code for i in refused.value.issues] == ["outstanding_above_principal_interest"]


def test_given_a_rescheduling_when_saved_then_an_outside_debt_keeps_it_and_a_fund_debt_drops_it(db: Database) -> None:
    inst = institute(db)
    with db.session() as session:
        household_id = reg.household_ids(session, institute_id=inst)[0]
        fund = reg.fund_choices(session, institute_id=inst)[0][0]
    outside = reg.DebtForm(
        id=None,
        household_id=household_id,
        debtor_member_id=None,
        creditor_kind=CreditorKind.BAAC,
        member_fund_id=None,
        creditor_name="ธ.ก.ส. สาขาทดสอบ",
        contract_no="R-1",
        contract_date=date(2024, 5, 1),
        due_date=None,
        principal=Decimal("80000"),
        outstanding=Decimal("60000"),
        interest_rate=Decimal("7"),
        installment=None,
        term_months=60,
        days_overdue=0,
        purpose=None,
        rescheduled_on=date(2026, 9, 15),
        rescheduling_terms="  ขยายเวลาชำระ 5 ปี  ",
    )
    in_fund = replace(outside, creditor_kind=CreditorKind.MEMBER_FUND, member_fund_id=fund.id, creditor_name="")
    with UnitOfWork(db) as uow:
        outside_id = reg.save_debt(uow, outside, today=TODAY).id
    with UnitOfWork(db) as uow:
        fund_id = reg.save_debt(uow, in_fund, today=TODAY).id
    with db.session() as session:
        debts = {d.id: d for d in reg.household_detail(session, household_id).debts}
    assert (debts[outside_id].rescheduled_on, debts[outside_id].rescheduling_terms) == (
        date(2026, 9, 15),
        "ขยายเวลาชำระ 5 ปี",
    )
    assert (debts[fund_id].rescheduled_on, debts[fund_id].rescheduling_terms) == (None, "")
    # AND a rescheduling before the debt's contract, or after today, is refused at its field
    wrong = ((date(2024, 4, 30), "rescheduled_before_contract"), (TODAY + timedelta(days=1), "date_in_future"))
    for day, code in wrong:
        with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as refused:
            reg.save_debt(uow, replace(outside, id=outside_id, rescheduled_on=day), today=TODAY)
        assert [(i.code, i.field) for i in refused.value.issues] == [(code, "rescheduled_on")]


def test_given_a_debt_when_closed_and_reopened_then_its_history_keeps_both_changes(db: Database) -> None:
    inst = institute(db)
    with db.session() as session:
        debt_id = reg.debt_ids(session, institute_id=inst)[0]
    with UnitOfWork(db) as uow:
        reg.change_debt_status(uow, debt_id, to_status=DebtStatus.CLOSED, on=date(2026, 10, 1), reason="ชำระครบ")
    with UnitOfWork(db) as uow:
        reg.change_debt_status(uow, debt_id, to_status=DebtStatus.OPEN, on=date(2026, 10, 5), reason="บันทึกผิด")
    with db.session() as session:
        household_id = reg.debt_rows(session, [debt_id])[0].household_id
        history = reg.household_detail(session, household_id).history[debt_id]
        assert debt_id in reg.debt_ids(session, institute_id=inst)
    assert [(h.from_status, h.to_status, h.reason) for h in history] == [
        (DebtStatus.OPEN, DebtStatus.CLOSED, "ชำระครบ"),
        (DebtStatus.CLOSED, DebtStatus.OPEN, "บันทึกผิด"),
    ]
    # AND each change's reason is in the audit entries it wrote (the debt's update and its history's create)
    with db.session() as session:
        entries = session.scalars(
            select(m.AuditLog).where(m.AuditLog.record_id == debt_id, m.AuditLog.action == AuditAction.UPDATE)
        ).all()
        assert [entry.reason for entry in entries] == ["ชำระครบ", "บันทึกผิด"]


def test_given_sorts_when_listing_then_sql_orders_households_and_debts(db: Database) -> None:
    inst = institute(db)
    with db.session() as session:
        by_debt = reg.household_rows(
            session, reg.household_ids(session, institute_id=inst, sort=reg.HouseholdSort.TOTAL_DEBT, descending=True)
        )
        debts = reg.debt_rows(session, reg.debt_ids(session, institute_id=inst, sort=reg.DebtSort.OUTSTANDING))
        informal = reg.debt_ids(session, institute_id=inst, creditor_kind=CreditorKind.INFORMAL_LENDER)
    totals = [r.total_debt for r in by_debt]
    assert totals == sorted(totals, reverse=True)
    outstanding = [d.outstanding for d in debts]
    assert outstanding == sorted(outstanding)
    with db.session() as session:
        assert all(r.creditor_kind is CreditorKind.INFORMAL_LENDER for r in reg.debt_rows(session, informal))


def test_given_a_removed_household_then_it_leaves_the_register_as_tombstones(db: Database) -> None:
    inst = institute(db)
    with db.session() as session:
        household_id = reg.household_ids(session, institute_id=inst)[0]
    with UnitOfWork(db) as uow:
        reg.remove_household(uow, household_id)
    with db.session() as session:
        assert household_id not in reg.household_ids(session, institute_id=inst)
        assert not any(
            r.household_id == household_id for r in reg.debt_rows(session, reg.debt_ids(session, institute_id=inst))
        )
        row = session.get(m.Household, household_id)
        assert row is not None and row.deleted_at is not None


def test_given_the_trigram_index_then_filtered_pages_equal_a_plain_scan_and_follow_changes(db: Database) -> None:
    from cdfi_desktop.db import search

    inst = institute(db)
    with db.session() as session:
        assert search.has_trigram_index(session.connection())
        some = reg.debt_rows(session, reg.debt_ids(session, institute_id=inst))[:3]
    texts = [some[0].debtor_name.split()[-1][:4], some[1].creditor[:5], some[2].debtor_citizen_id[2:8], "ธ.ก.ส."]
    for text in texts:
        query = reg.DebtQuery(institute_id=inst, text=text)
        with db.session() as session:
            indexed = [r.id for r in reg.debt_page(session, query, offset=0, limit=500)]
            plain = list(session.scalars(reg._debt_order(query, trigrams=False, walk_households=False)))
            assert reg.debt_count(session, query) == len(plain)
        assert indexed == plain, text

    # A text many debts match fills small pages by walking the register: the same pages, both directions
    for descending in (False, True):
        query = reg.DebtQuery(institute_id=inst, text=texts[3], statuses=(), descending=descending)
        with db.session() as session:
            plain = list(session.scalars(reg._debt_order(query, trigrams=False, walk_households=False)))
            assert len(plain) > 12
            assert reg._page_by_walking(session, query, offset=3, limit=4) == plain[3:7]
            paged = [
                r.id for start in range(0, len(plain), 5) for r in reg.debt_page(session, query, offset=start, limit=5)
            ]
        assert paged == plain

    # WHEN a debt is closed THEN the index no longer lists it among the open debts
    query = reg.DebtQuery(institute_id=inst, text=texts[1])
    with db.session() as session:
        target = reg.debt_page(session, query, offset=0, limit=1)[0]
    with UnitOfWork(db) as uow:
        reg.change_debt_status(uow, target.id, to_status=DebtStatus.CLOSED, on=TODAY, reason="ชำระครบ")
    with db.session() as session:
        assert target.id not in [r.id for r in reg.debt_page(session, query, offset=0, limit=500)]
        closed = reg.DebtQuery(institute_id=inst, text=texts[1], statuses=(DebtStatus.CLOSED,))
        assert [r.id for r in reg.debt_page(session, closed, offset=0, limit=10)] == [target.id]


def test_given_the_household_register_when_sorted_by_class_then_pages_follow_the_class_then_the_register_no(
    db: Database,
) -> None:
    from cdfi_desktop.domain.classification import DebtorClass

    inst = institute(db)
    order = list(DebtorClass)
    for descending in (False, True):
        query = reg.HouseholdQuery(institute_id=inst, sort=reg.HouseholdSort.CLASS, descending=descending)
        with db.session() as session:
            total = reg.household_count(session, query)
            rows = [
                r for start in range(0, total, 7) for r in reg.household_page(session, query, offset=start, limit=7)
            ]
            printed = reg.household_ids(session, institute_id=inst, sort=reg.HouseholdSort.CLASS, descending=descending)
        assert [r.id for r in rows] == printed and len(rows) == total == 40
        keys = [(order.index(r.classification.debtor_class), r.code) for r in rows if r.classification]
        assert keys == sorted(keys, reverse=descending)
        assert len({k[0] for k in keys}) > 1  # the demo has households of several classes
