"""Register habits: the next register number for a household typed in, and removing a household entered by
mistake (a tombstone with its reason, refused while it has a contract) and bringing it back."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.citizen_id import citizen_id_check_digit
from cdfi_desktop.domain.enums import AuditAction, Cohort, CreditorKind, FinanceCategory, FinanceKind, Relation, Sex
from cdfi_desktop.services import household_removal as removal
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork

TODAY = date(2026, 11, 1)


def cid(body: str) -> str:
    return body + str(citizen_id_check_digit(body))


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("removal") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(9))
    generate_demo(db, households=30, seed=9)
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


def household(institute_id: str, *, code: str = "", head: str = "310110099991", spouse: str = "") -> reg.HouseholdForm:
    members = [reg.MemberForm(None, cid(head), "นาย", "บุญมี", "ผิดพลาด", Sex.MALE, date(1970, 5, 1), Relation.HEAD, True)]
    if spouse:
        members.append(
            reg.MemberForm(None, cid(spouse), "นาง", "คำปั่น", "ผิดพลาด", Sex.FEMALE, None, Relation.SPOUSE, False)
        )
    return reg.HouseholdForm(
        id=None,
        institute_id=institute_id,
        village_id=None,
        code=code,
        house_no="77/7",
        members=tuple(members),
        finances=(reg.FinanceForm(None, FinanceKind.INCOME, FinanceCategory.WAGES, Decimal("6000.00")),),
    )


def save(db: Database, form: reg.HouseholdForm) -> str:
    with UnitOfWork(db) as uow:
        return reg.save_household(uow, form, today=TODAY)


def add_debt(db: Database, household_id: str) -> str:
    with db.session() as session:
        head = reg.household_detail(session, household_id).form.members[0].id
    form = reg.DebtForm(
        id=None,
        household_id=household_id,
        debtor_member_id=head,
        creditor_kind=CreditorKind.BANK,
        creditor_name="ธ.ก.ส.",
        principal=Decimal("10000.00"),
        outstanding=Decimal("8000.00"),
        member_fund_id=None,
        contract_no="",
        contract_date=date(2025, 1, 5),
        due_date=None,
        interest_rate=None,
        installment=None,
        term_months=None,
        days_overdue=0,
        purpose=None,
    )
    with UnitOfWork(db) as uow:
        return reg.save_debt(uow, form, today=TODAY).id


def live(db: Database, model: type[m.Base], household_id: str) -> int:
    with db.session() as session:
        query = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
        return session.scalar(query.where(model.household_id == household_id)) or 0


def test_given_a_household_typed_in_when_saved_without_a_number_then_it_gets_the_next_register_number(
    db: Database,
) -> None:
    inst = institute(db)
    with db.session() as session:
        codes = sorted(session.scalars(select(m.Household.code).where(m.Household.institute_id == inst)))
    assert codes[-1] == "00030"  # the demo numbers its households like the register does

    first = save(db, household(inst))
    second = save(db, household(inst, head="310110099992"))
    own = save(db, household(inst, code="พิเศษ-1", head="310110099993"))
    with db.session() as session:
        assert session.get(m.Household, first).code == "00031"
        assert session.get(m.Household, second).code == "00032"
        assert session.get(m.Household, own).code == "พิเศษ-1"  # a number the officer typed is kept
        # an edit keeps the number
        detail = reg.household_detail(session, first)
    save(db, replace(detail.form, house_no="77/8"))
    with db.session() as session:
        assert session.get(m.Household, first).code == "00031"

    # a removed household's number is not given again
    with UnitOfWork(db) as uow:
        removal.remove_household(uow, second, reason="typed twice")
    with db.session() as session:  # the removal's reason is in its audit entries
        removed = session.scalars(
            select(m.AuditLog).where(m.AuditLog.record_id == second, m.AuditLog.action == AuditAction.DELETE)
        ).all()
        assert [entry.reason for entry in removed] == ["typed twice"]
    third = save(db, household(inst, head="310110099994"))
    with db.session() as session:
        assert session.get(m.Household, third).code == "00033"


def test_given_an_empty_register_or_narrow_numbers_then_the_numbering_starts_at_one_and_keeps_the_width(
    tmp_path: Path,
) -> None:
    db = Database.open(tmp_path / "empty.sqlite")
    try:
        with UnitOfWork(db) as uow:
            inst = m.Institute(
                name="กองทุนทดสอบ",
                cohort=next(iter(Cohort)),
                province_code="34",
                district_code="3401",
                subdistrict_code="340101",
            )
            uow.session.add(inst)
            uow.commit()
            inst_id = inst.id
        with db.session() as session:
            assert reg.next_register_no(session, institute_id=inst_id) == "00001"
        save(db, household(inst_id, code="๙"))  # Thai digits count as the number nine
        with db.session() as session:
            assert reg.next_register_no(session, institute_id=inst_id) == "10"
    finally:
        db.close()


def test_given_a_household_entered_by_mistake_when_removed_and_restored_then_it_comes_back_whole(
    db: Database,
) -> None:
    inst = institute(db)
    hh = save(db, household(inst, spouse="310110099995"))
    add_debt(db, hh)
    with db.session() as session:
        spouse = next(x for x in reg.household_detail(session, hh).form.members if not x.is_head)
    # a member removed by an edit before the household was removed stays removed after the restore
    with db.session() as session:
        form = reg.household_detail(session, hh).form
    save(db, replace(form, members=tuple(x for x in form.members if x.is_head)))
    assert live(db, m.HouseholdMember, hh) == 1

    with UnitOfWork(db) as uow, pytest.raises(removal.ReasonRequired):
        removal.remove_household(uow, hh, reason="  ")
    with UnitOfWork(db) as uow:
        removal.remove_household(uow, hh, reason="กรอกซ้ำกับบ้านเลขที่ 77")

    with db.session() as session:
        assert hh not in reg.household_ids(session, institute_id=inst)
        removed = removal.removed_households(session, institute_id=inst)
        entry = session.scalars(
            select(m.AuditLog).where(m.AuditLog.record_id == hh, m.AuditLog.action == AuditAction.DELETE)
        ).one()
    assert [(r.id, r.head_name, r.reason, r.officer) for r in removed] == [
        (hh, "นายบุญมี ผิดพลาด", "กรอกซ้ำกับบ้านเลขที่ 77", "นางสาวพรทิพย์ ใจดี")
    ]
    assert entry.changes["reason"] == "กรอกซ้ำกับบ้านเลขที่ 77"
    assert (live(db, m.HouseholdMember, hh), live(db, m.Debt, hh), live(db, m.HouseholdFinance, hh)) == (0, 0, 0)
    with UnitOfWork(db) as uow, pytest.raises(NotFound):
        removal.remove_household(uow, hh, reason="again")

    with UnitOfWork(db) as uow:
        removal.restore_household(uow, hh)
    with db.session() as session:
        assert hh in reg.household_ids(session, institute_id=inst)
        assert removal.removed_households(session, institute_id=inst) == []
        members = reg.household_detail(session, hh).form.members
    assert [x.first_name for x in members] == ["บุญมี"]  # the spouse removed earlier stays removed
    assert spouse.id not in {x.id for x in members}
    assert (live(db, m.Debt, hh), live(db, m.HouseholdFinance, hh)) == (1, 1)
    with UnitOfWork(db) as uow, pytest.raises(NotFound):
        removal.restore_household(uow, hh)


def test_given_a_household_with_a_contract_when_removed_then_it_is_refused_and_nothing_changes(db: Database) -> None:
    with db.session() as session:
        contract = session.scalars(select(m.ConsolidationContract).limit(1)).one()
        hh, number = contract.household_id, contract.contract_no
    with UnitOfWork(db) as uow, pytest.raises(removal.HouseholdHasContract) as refused:
        removal.remove_household(uow, hh, reason="mistake")
    assert refused.value.contract_nos == [number]
    with db.session() as session:
        assert session.get(m.Household, hh).deleted_at is None
    assert live(db, m.HouseholdMember, hh) > 0


def test_given_a_target_household_without_a_contract_when_removed_then_it_is_refused_as_the_figures_count_it(
    db: Database,
) -> None:
    with db.session() as session:
        contracted = set(session.scalars(select(m.ConsolidationContract.household_id)))
        targets = session.scalars(
            select(m.TargetHousehold.household_id).where(m.TargetHousehold.deleted_at.is_(None))
        ).all()
    hh = next(t for t in targets if t not in contracted)
    with UnitOfWork(db) as uow, pytest.raises(removal.HouseholdInProgram) as refused:
        removal.remove_household(uow, hh, reason="mistake")
    assert "target_household" in refused.value.records
    with db.session() as session:
        assert session.get(m.Household, hh).deleted_at is None


def test_given_a_citizen_id_registered_again_when_restoring_then_the_restore_is_refused(db: Database) -> None:
    inst = institute(db)
    hh = save(db, household(inst, head="310110099996"))
    with UnitOfWork(db) as uow:
        removal.remove_household(uow, hh, reason="wrong village")
    # the officer types the household in again, with the same head
    again = save(db, household(inst, head="310110099996"))
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as refused:
        removal.restore_household(uow, hh)
    assert [i.code for i in refused.value.issues] == ["citizen_id_in_other_household"]
    assert refused.value.issues[0].params["house_no"] == "77/7"
    with db.session() as session:
        assert session.get(m.Household, hh).deleted_at is not None
        assert session.get(m.Household, again).deleted_at is None


def test_given_a_removal_and_a_restore_then_both_go_to_the_province_in_the_next_bundles(db: Database) -> None:
    from cdfi_desktop.sync.feed import collect

    inst = institute(db)
    hh = save(db, household(inst, head="310110099997"))
    debt = add_debt(db, hh)
    before = collect(db, since_hlc="")
    with UnitOfWork(db) as uow:
        removal.remove_household(uow, hh, reason="บันทึกผิดหมู่บ้าน")
    removed = collect(db, since_hlc=before.upto_hlc, since_audit=before.upto_audit)
    # THEN the household, its member, finance line and debt travel as tombstones, with the reason in the audit
    assert {(t, r["id"]) for t in ("household", "debt") for r in removed.tables[t]} == {
        ("household", hh),
        ("debt", debt),
    }
    assert all(r["deleted_at"] is not None for rows in removed.tables.values() for r in rows)
    assert len(removed.tables["household_member"]) == len(removed.tables["household_finance"]) == 1
    (entry,) = [a for a in removed.audit if a["record_id"] == hh]
    assert entry["changes"]["reason"] == "บันทึกผิดหมู่บ้าน"

    with UnitOfWork(db) as uow:
        removal.restore_household(uow, hh)
    restored = collect(db, since_hlc=removed.upto_hlc, since_audit=removed.upto_audit)
    # AND the restore travels as an update of the same records, live again, each a version further
    assert {r["id"] for r in restored.tables["household"]} == {hh}
    assert {r["id"] for r in restored.tables["debt"]} == {debt}
    assert all(r["deleted_at"] is None for rows in restored.tables.values() for r in rows)
    (back,) = restored.tables["household"]
    (gone,) = removed.tables["household"]
    assert back["version"] == gone["version"] + 1


def test_given_a_register_number_in_use_when_typed_into_another_household_or_restored_then_it_is_refused(
    db: Database,
) -> None:
    inst = institute(db)
    first = save(db, household(inst, code="00701", head="310110099981"))
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as refused:
        reg.save_household(uow, household(inst, code="๐๐๗๐๑", head="310110099982"), today=date(2026, 12, 1))
    assert [i.code for i in refused.value.issues] == ["register_no_taken"]
    with UnitOfWork(db) as uow:
        removal.remove_household(uow, first, reason="entered twice")
    save(db, household(inst, code="00701", head="310110099983"))  # the number is free while it is removed
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as refused:
        removal.restore_household(uow, first)
    assert [i.code for i in refused.value.issues] == ["register_no_taken"]
