"""The institute use cases save, change and tombstone in one transaction, and refuse bad input with its codes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import (
    ActivityKind,
    ActivityStatus,
    AuditAction,
    Cohort,
    CommitteeRole,
    ContractStatus,
    CreditorKind,
    DebtStatus,
    FundType,
    InstituteLevel,
    LenderKind,
    RepaymentMethod,
)
from cdfi_desktop.services import institute as service
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.institute import ActivityForm, CommitteeMemberForm, InstituteForm, MemberFundForm
from cdfi_desktop.services.uow import UnitOfWork

TODAY = date(2026, 11, 26)
FORM = InstituteForm(
    id=None,
    name="สถาบันการจัดการเงินทุนชุมชนตำบลในเมือง",
    code="CDD-40-001",
    level=InstituteLevel.SUBDISTRICT,
    cohort=Cohort.NEW,
    cohort_fiscal_year=2570,
    founding_date=date(2026, 11, 1),
    province_code="40",
    district_code="4001",
    subdistrict_code="400101",
    address="ศาลาประชาคมหมู่ที่ 1",
    phone="043123456",
)


@pytest.fixture(scope="module")
def empty_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at this release's schema, migrated once for the module."""
    path = tmp_path_factory.mktemp("institute") / "empty.sqlite"
    Database.open(path).close()
    return path


@pytest.fixture
def db(empty_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "inst.sqlite"
    copy.write_bytes(empty_file.read_bytes())
    database = Database.open(copy, officer="นางสมศรี")
    try:
        yield database
    finally:
        database.close()


def _create(db: Database, form: InstituteForm = FORM) -> str:
    with UnitOfWork(db) as uow:
        return service.save_institute(uow, form, today=TODAY)


def _fund_form(institute_id: str, **changes: object) -> MemberFundForm:
    form = MemberFundForm(
        id=None,
        institute_id=institute_id,
        name="กลุ่มออมทรัพย์เพื่อการผลิตตำบลในเมือง",
        fund_type=FundType.SAVINGS_GROUP_PRODUCTION,
        members_count=985,
        capital=Decimal("8690000.00"),
        lending_limit=Decimal("50000.00"),
        interest_rate=Decimal("12"),
        max_term_months=36,
        bylaw_notes="กู้ได้ไม่เกินสิบเท่าของเงินสัจจะ",
    )
    return replace(form, **changes)  # type: ignore[arg-type]


def _save_fund(db: Database, form: MemberFundForm) -> str:
    with UnitOfWork(db) as uow:
        return service.save_member_fund(uow, form, today=TODAY)


def _refused(call: object) -> list[tuple[str, str]]:
    assert callable(call)
    with pytest.raises(ValidationFailed) as caught:
        call()
    return [(i.code, i.field) for i in caught.value.issues]


# -- the institute ---------------------------------------------------------------------------------------------------
def test_given_an_empty_database_when_an_institute_is_saved_then_it_is_listed_with_its_details(db: Database) -> None:
    institute_id = _create(db)

    with db.session() as session:
        assert [(s.id, s.name) for s in service.institutes(session)] == [(institute_id, FORM.name)]
        detail = service.institute_detail(session, institute_id)
    assert detail is not None
    assert (detail.name, detail.code, detail.level, detail.cohort) == (
        FORM.name,
        "CDD-40-001",
        InstituteLevel.SUBDISTRICT,
        Cohort.NEW,
    )
    assert (detail.cohort_fiscal_year, detail.founding_date, detail.subdistrict_code) == (
        2570,
        date(2026, 11, 1),
        "400101",
    )
    assert detail.core_fund_id is None


def test_given_an_institute_when_its_details_change_then_the_same_record_is_updated_and_audited(db: Database) -> None:
    institute_id = _create(db)

    with UnitOfWork(db) as uow:
        service.save_institute(uow, replace(FORM, id=institute_id, name="  สถาบันใหม่  ", phone=""), today=TODAY)

    with db.session() as session:
        inst = session.get(m.Institute, institute_id)
        assert inst is not None
        assert (inst.name, inst.phone, inst.version) == ("สถาบันใหม่", "", 2)
        audit = session.scalars(
            select(m.AuditLog).where(m.AuditLog.record_id == institute_id).order_by(m.AuditLog.id)
        ).all()
    assert [a.action for a in audit] == [AuditAction.CREATE, AuditAction.UPDATE]
    assert audit[1].changes["name"] == [FORM.name, "สถาบันใหม่"]
    assert audit[1].officer == "นางสมศรี"


def test_given_bad_details_when_saved_then_refused_with_every_issue_and_nothing_written(db: Database) -> None:
    bad = replace(FORM, name=" ", founding_date=date(2027, 1, 1), district_code="4101", subdistrict_code="410101")

    issues = _refused(lambda: _create(db, bad))

    assert issues == [
        ("name_required", "name"),
        ("area_inconsistent", "district_code"),
        ("date_in_future", "founding_date"),
    ]
    with db.session() as session:
        assert service.institutes(session) == []


def test_given_well_formed_but_unknown_area_codes_when_saved_then_the_official_tables_refuse_them(
    db: Database,
) -> None:
    issues = _refused(
        lambda: _create(db, replace(FORM, province_code="99", district_code="9901", subdistrict_code="990101"))
    )
    assert issues == [
        ("area_unknown", "province_code"),
        ("area_unknown", "district_code"),
        ("area_unknown", "subdistrict_code"),
    ]


def test_given_a_new_institute_founded_outside_its_cohort_year_when_saved_then_the_warning_does_not_block(
    db: Database,
) -> None:
    institute_id = _create(db, replace(FORM, founding_date=date(2026, 9, 1)))
    with db.session() as session:
        assert service.institute_detail(session, institute_id) is not None


def test_given_a_removed_or_unknown_institute_when_saved_then_not_found(db: Database) -> None:
    with pytest.raises(NotFound), UnitOfWork(db) as uow:
        service.save_institute(uow, replace(FORM, id="no-such-id"), today=TODAY)


def test_given_the_area_lists_then_every_level_nests_under_its_parent() -> None:
    areas = service.area_choices()
    assert len(areas.provinces) == 77
    khon_kaen = next(p for p in areas.provinces if p.code == "40")
    assert (khon_kaen.name_th, khon_kaen.name_en) == ("ขอนแก่น", "Khon Kaen")
    assert all(d.code.startswith("40") for d in areas.districts["40"])
    assert all(s.code.startswith("4001") for s in areas.subdistricts["4001"])
    assert sum(len(s) for s in areas.subdistricts.values()) > 7000


# -- committee -------------------------------------------------------------------------------------------------------
def test_given_committee_members_when_added_changed_and_removed_then_the_list_follows_and_a_tombstone_stays(
    db: Database,
) -> None:
    institute_id = _create(db)
    chair = CommitteeMemberForm(
        id=None,
        institute_id=institute_id,
        full_name="นางสมศรี ใจดี",
        role=CommitteeRole.CHAIR,
        citizen_id="1-1017-00230-70-8",
        term_start=date(2025, 4, 1),
        term_end=date(2029, 3, 31),
    )
    with UnitOfWork(db) as uow:
        chair_id = service.save_committee_member(uow, chair, today=TODAY)
    with UnitOfWork(db) as uow:
        secretary_id = service.save_committee_member(
            uow, replace(chair, full_name="นายสมชาย ดีมาก", role=CommitteeRole.SECRETARY, citizen_id=""), today=TODAY
        )
    with UnitOfWork(db) as uow:
        service.save_committee_member(uow, replace(chair, id=chair_id, phone="0812345678"), today=TODAY)

    with db.session() as session:
        rows = service.committee_members(session, institute_id)
    assert [(r.id, r.role, r.sort_order) for r in rows] == [
        (chair_id, CommitteeRole.CHAIR, 0),
        (secretary_id, CommitteeRole.SECRETARY, 1),
    ]
    assert (rows[0].citizen_id, rows[0].phone) == ("1101700230708", "0812345678")

    with UnitOfWork(db) as uow:
        service.remove_committee_member(uow, secretary_id)

    with db.session() as session:
        assert [r.id for r in service.committee_members(session, institute_id)] == [chair_id]
        tombstone = session.get(m.CommitteeMember, secretary_id)
        assert tombstone is not None and tombstone.deleted_at is not None
    with pytest.raises(NotFound), UnitOfWork(db) as uow:
        service.remove_committee_member(uow, secretary_id)


def test_given_a_term_ending_before_it_starts_when_saved_then_refused(db: Database) -> None:
    institute_id = _create(db)
    form = CommitteeMemberForm(
        id=None,
        institute_id=institute_id,
        full_name="นางสมศรี ใจดี",
        role=None,
        term_start=date(2025, 4, 1),
        term_end=date(2025, 3, 31),
    )

    def save() -> None:
        with UnitOfWork(db) as uow:
            service.save_committee_member(uow, form, today=TODAY)

    assert _refused(save) == [("committee_role_required", "role"), ("term_end_before_start", "term_end")]


# -- member funds ----------------------------------------------------------------------------------------------------
def test_given_an_institute_without_funds_when_the_first_fund_is_added_then_it_becomes_the_core_fund(
    db: Database,
) -> None:
    institute_id = _create(db)
    savings_id = _save_fund(db, _fund_form(institute_id))
    village_id = _save_fund(
        db,
        _fund_form(institute_id, name="กองทุนหมู่บ้านโนนสว่าง", fund_type=FundType.VILLAGE_FUND, capital=Decimal("1200000")),
    )

    with db.session() as session:
        page = service.institute_page(session, institute_id)
    assert page is not None
    assert page.detail.core_fund_id == savings_id
    assert {f.id for f in page.funds} == {savings_id, village_id}

    with UnitOfWork(db) as uow:
        service.set_core_fund(uow, institute_id=institute_id, fund_id=village_id)
    with db.session() as session:
        detail = service.institute_detail(session, institute_id)
    assert detail is not None and detail.core_fund_id == village_id


def test_given_a_fund_when_its_lending_limit_changes_then_the_row_shows_it(db: Database) -> None:
    institute_id = _create(db)
    fund_id = _save_fund(db, _fund_form(institute_id))

    _save_fund(db, _fund_form(institute_id, id=fund_id, lending_limit=Decimal("60000.50")))

    with db.session() as session:
        (row,) = service.member_funds(session, institute_id)
    assert (row.id, row.lending_limit, row.interest_rate, row.max_term_months) == (
        fund_id,
        Decimal("60000.50"),
        Decimal("12.00000"),
        36,
    )


def test_given_bad_fund_terms_when_saved_then_refused_with_their_codes(db: Database) -> None:
    institute_id = _create(db)
    bad = _fund_form(
        institute_id, fund_type=None, lending_limit=Decimal("-1"), interest_rate=Decimal("101"), max_term_months=601
    )
    assert _refused(lambda: _save_fund(db, bad)) == [
        ("fund_type_required", "fund_type"),
        ("amount_negative", "lending_limit"),
        ("rate_out_of_range", "interest_rate"),
        ("term_out_of_range", "max_term_months"),
    ]
    no_lending = _fund_form(institute_id, can_lend=False)
    assert [c for c, _f in _refused(lambda: _save_fund(db, no_lending))] == ["fund_no_lending_terms"] * 3
    with db.session() as session:
        assert service.member_funds(session, institute_id) == []


def test_given_a_fund_of_another_institute_when_made_core_or_edited_then_refused(db: Database) -> None:
    first = _create(db)
    second = _create(db, replace(FORM, name="สถาบันที่สอง"))
    fund_id = _save_fund(db, _fund_form(first))

    with pytest.raises(ValidationFailed) as caught, UnitOfWork(db) as uow:
        service.set_core_fund(uow, institute_id=second, fund_id=fund_id)
    assert caught.value.issues[0].code == "core_fund_invalid"
    with pytest.raises(NotFound):
        _save_fund(db, _fund_form(second, id=fund_id))
    with pytest.raises(ValidationFailed) as caught, UnitOfWork(db) as uow:
        service.save_institute(uow, replace(FORM, id=second, core_fund_id=fund_id), today=TODAY)
    assert [i.code for i in caught.value.issues] == ["core_fund_invalid"]


def _owe(db: Database, *, institute_id: str, fund_id: str, status: DebtStatus) -> str:
    with UnitOfWork(db) as uow:
        household = m.Household(institute_id=institute_id, house_no="12/3")
        uow.session.add(household)
        uow.session.flush()
        debt = m.Debt(
            household_id=household.id,
            creditor_kind=CreditorKind.MEMBER_FUND,
            member_fund_id=fund_id,
            principal=Decimal("20000"),
            outstanding=Decimal("12000"),
            status=status,
        )
        uow.session.add(debt)
        uow.commit()
        return str(debt.id)


def test_given_open_debts_owed_to_a_fund_when_it_is_removed_then_refused_and_kept(db: Database) -> None:
    institute_id = _create(db)
    core_id = _save_fund(db, _fund_form(institute_id))
    fund_id = _save_fund(db, _fund_form(institute_id, name="กองทุนหมู่บ้าน", fund_type=FundType.VILLAGE_FUND))
    debt_id = _owe(db, institute_id=institute_id, fund_id=fund_id, status=DebtStatus.OPEN)
    _owe(db, institute_id=institute_id, fund_id=fund_id, status=DebtStatus.CLOSED)

    with pytest.raises(ValidationFailed) as caught, UnitOfWork(db) as uow:
        service.remove_member_fund(uow, fund_id)
    (issue,) = caught.value.issues
    assert (issue.code, issue.params) == ("fund_has_open_debts", {"count": 1})
    with db.session() as session:
        rows = {r.id: r for r in service.member_funds(session, institute_id)}
    assert rows[fund_id].open_debts == 1 and rows[core_id].open_debts == 0

    # WHEN the debt is removed from the register THEN the fund may go, as a tombstone
    with UnitOfWork(db) as uow:
        uow.session.delete(uow.session.get(m.Debt, debt_id))
        uow.commit()
    with UnitOfWork(db) as uow:
        service.remove_member_fund(uow, fund_id)
    with db.session() as session:
        assert [r.id for r in service.member_funds(session, institute_id)] == [core_id]
        tombstone = session.get(m.MemberFund, fund_id)
        assert tombstone is not None and tombstone.deleted_at is not None


def test_given_a_signed_1hh1c_contract_lent_by_a_fund_when_it_is_removed_then_refused_and_counted(
    db: Database,
) -> None:
    # GIVEN a fund whose register debts were all consolidated into a 1HH1C contract it lent
    institute_id = _create(db)
    _save_fund(db, _fund_form(institute_id))
    fund_id = _save_fund(db, _fund_form(institute_id, name="กองทุนหมู่บ้าน", fund_type=FundType.VILLAGE_FUND))
    debt_id = _owe(db, institute_id=institute_id, fund_id=fund_id, status=DebtStatus.TRANSFERRED)
    with UnitOfWork(db) as uow:
        debt = uow.session.get(m.Debt, debt_id)
        assert debt is not None
        contract = m.ConsolidationContract(
            institute_id=institute_id,
            household_id=debt.household_id,
            fiscal_year=2570,
            lender_kind=LenderKind.MEMBER_FUND,
            lender_fund_id=fund_id,
            principal=Decimal("12000"),
            interest_rate=Decimal("6"),
            method=RepaymentMethod.FLAT,
            term_months=12,
            installment=Decimal("1060"),
            status=ContractStatus.SIGNED,
        )
        uow.session.add(contract)
        uow.commit()
    # THEN the fund is still owed a debt: it counts it and may not be removed
    with db.session() as session:
        assert {r.id: r.open_debts for r in service.member_funds(session, institute_id)}[fund_id] == 1
    with pytest.raises(ValidationFailed) as caught, UnitOfWork(db) as uow:
        service.remove_member_fund(uow, fund_id)
    (issue,) = caught.value.issues
    assert (issue.code, issue.params) == ("fund_has_open_debts", {"count": 1})


def test_given_the_core_fund_when_removed_then_refused_until_another_is_core(db: Database) -> None:
    institute_id = _create(db)
    core_id = _save_fund(db, _fund_form(institute_id))

    with pytest.raises(ValidationFailed) as caught, UnitOfWork(db) as uow:
        service.remove_member_fund(uow, core_id)
    assert caught.value.issues[0].code == "fund_is_core"

    with UnitOfWork(db) as uow:
        service.set_core_fund(uow, institute_id=institute_id, fund_id=None)
    with UnitOfWork(db) as uow:
        service.remove_member_fund(uow, core_id)
    with db.session() as session:
        assert service.member_funds(session, institute_id) == []


# -- program activities ----------------------------------------------------------------------------------------------
def test_given_activities_when_saved_done_and_removed_then_the_list_follows(db: Database) -> None:
    institute_id = _create(db)
    workshop = ActivityForm(
        id=None,
        institute_id=institute_id,
        fiscal_year=2570,
        kind=ActivityKind.COMMITTEE_WORKSHOP,
        title="ประชุมเชิงปฏิบัติการคณะกรรมการสถาบัน",
        planned_date=date(2026, 12, 15),
        budget=Decimal("5000"),
    )
    with UnitOfWork(db) as uow:
        workshop_id = service.save_activity(uow, workshop, today=TODAY)
    with UnitOfWork(db) as uow:
        founding_id = service.save_activity(
            uow, replace(workshop, kind=ActivityKind.FOUNDING, title="", planned_date=date(2027, 2, 20)), today=TODAY
        )
    done = replace(
        workshop, id=workshop_id, status=ActivityStatus.DONE, done_date=date(2026, 11, 20), spent=Decimal("4800")
    )
    with UnitOfWork(db) as uow:
        service.save_activity(uow, done, today=TODAY)

    with db.session() as session:
        rows = service.program_activities(session, institute_id)
    assert [(r.id, r.status, r.spent) for r in rows] == [
        (workshop_id, ActivityStatus.DONE, Decimal("4800.00")),
        (founding_id, ActivityStatus.PLANNED, Decimal("0.00")),
    ]

    with UnitOfWork(db) as uow:
        service.remove_activity(uow, founding_id)
    with db.session() as session:
        assert [r.id for r in service.program_activities(session, institute_id)] == [workshop_id]


def test_given_a_done_activity_without_its_date_when_saved_then_refused(db: Database) -> None:
    institute_id = _create(db)
    form = ActivityForm(
        id=None, institute_id=institute_id, fiscal_year=2570, kind=ActivityKind.FOUNDING, status=ActivityStatus.DONE
    )

    def save() -> None:
        with UnitOfWork(db) as uow:
            service.save_activity(uow, form, today=TODAY)

    assert _refused(save) == [("activity_done_date_required", "done_date")]


def test_given_a_removed_institute_then_the_reads_skip_it(db: Database) -> None:
    institute_id = _create(db)
    with UnitOfWork(db) as uow:
        uow.session.delete(uow.session.get(m.Institute, institute_id))
        uow.commit()
    with db.session() as session:
        assert service.institutes(session) == []
        assert service.institute_detail(session, institute_id) is None
        assert service.institute_page(session, institute_id) is None
    with pytest.raises(NotFound):
        _save_fund(db, _fund_form(institute_id))


def test_given_the_service_codes_then_each_is_listed() -> None:
    assert set(service.SERVICE_CODES) == {"area_unknown", "core_fund_invalid", "fund_has_open_debts", "fund_is_core"}
