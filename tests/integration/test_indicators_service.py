"""The indicators read from the data: the demo institute's five criteria and figures, institutes missing each
criterion in turn (verdict and reason), thresholds read from the profile, and the roll-up per district and
province on a few institutes with known numbers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.criteria import Criterion, Step
from cdfi_desktop.domain.enums import Cohort, ContractStatus, CreditorKind, DebtStatus, FinanceKind, PlanStatus
from cdfi_desktop.domain.numbering import device_tag
from cdfi_desktop.messages import known, message
from cdfi_desktop.services import indicators as ind
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services import targets as tg
from cdfi_desktop.services.demo import DEMO_AS_OF, demo_device_id, generate_demo
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.repayments import contract_account
from cdfi_desktop.services.uow import UnitOfWork

FY = 2570
AS_OF = DEMO_AS_OF


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("indicators") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(5))
    generate_demo(db, households=60, seed=5)
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


def indicators(db: Database, institute_id: str | None = None) -> ind.InstituteIndicators:
    with db.session() as session:
        return ind.institute_indicators(session, institute_id or institute(db), fiscal_year=FY, as_of=AS_OF)


def failing(found: ind.InstituteIndicators) -> list[Criterion]:
    return [c.criterion for c in found.criteria if not c.passed]


def keep_only_targets_with_contracts(db: Database) -> None:
    """The demo's 30 targets, 14 with a contract: the list narrowed to those 14 behind the services' back (as an
    older version let an unlock, removals and a relock do), no reason recorded for the short list."""
    with db.session() as session, session.begin():
        signed = set(
            session.scalars(
                select(m.ConsolidationContract.household_id).where(m.ConsolidationContract.fiscal_year == FY)
            )
        )
        for row in session.scalars(select(m.TargetHousehold)):
            if row.household_id not in signed:
                session.delete(row)  # a tombstone


def close_fund_debts_left_outside(db: Database) -> None:
    """The demo household with a member-fund debt left out of its contract repays it (so 14 are at 1HH1C)."""
    with db.session() as session, session.begin():
        signed = set(
            session.scalars(
                select(m.ConsolidationContract.household_id).where(m.ConsolidationContract.fiscal_year == FY)
            )
        )
        session.execute(
            update(m.Debt)
            .where(
                m.Debt.household_id.in_(signed),
                m.Debt.creditor_kind == CreditorKind.MEMBER_FUND,
                m.Debt.status == DebtStatus.OPEN,
            )
            .values(status=DebtStatus.CLOSED, closed_date=AS_OF)
            .execution_options(synchronize_session=False)
        )


def relock_short_list(db: Database, *, short_list_reason: str) -> None:
    """Unlock, remove the targets without a contract and lock the list again, through the services."""
    institute_id = institute(db)
    with db.session() as session:
        selection_id = tg.selection_id_of(session, institute_id=institute_id, fiscal_year=FY)
        signed = set(
            session.scalars(
                select(m.ConsolidationContract.household_id).where(m.ConsolidationContract.fiscal_year == FY)
            )
        )
        listed = list(
            session.scalars(select(m.TargetHousehold.household_id).where(m.TargetHousehold.deleted_at.is_(None)))
        )
    assert selection_id
    with UnitOfWork(db) as uow:
        tg.unlock_targets(uow, selection_id=selection_id, reason="ทบทวนรายชื่อ", as_of=AS_OF)
    for household_id in listed:
        if household_id not in signed:
            with UnitOfWork(db) as uow:
                tg.remove_target(
                    uow, selection_id=selection_id, household_id=household_id, reason="ไม่ทำสัญญา", as_of=AS_OF
                )
    with UnitOfWork(db) as uow:
        tg.lock_targets(
            uow, selection_id=selection_id, reason="ยืนยันรายชื่อ", short_list_reason=short_list_reason, as_of=AS_OF
        )


@pytest.fixture
def complete(db: Database) -> Database:
    """The demo institute once every criterion passes: its 14 contracted households at 1HH1C, the list narrowed
    to them with the reason recorded."""
    close_fund_debts_left_outside(db)
    relock_short_list(db, short_list_reason="ครัวเรือนอื่นขอถอนตัวจากโครงการ")
    return db


def set_profile(db: Database, **values: object) -> None:
    with db.session() as session, session.begin():
        session.execute(update(m.FiscalYearProfile).where(m.FiscalYearProfile.fiscal_year == FY).values(**values))


# -- the demo institute --------------------------------------------------------------------------------------------
def test_GIVEN_the_demo_WHEN_its_indicators_are_read_THEN_only_criterion_3_fails_with_the_households_still_to_go(
    db: Database,
) -> None:
    found = indicators(db)
    assert failing(found) == [Criterion.TARGETS_RESTRUCTURED]
    assert not found.passed and found.criteria_passed == 4
    gap = found.criterion(Criterion.TARGETS_RESTRUCTURED)
    assert gap.reasons[0].code == "ind_targets_without_contract"
    # 14 households signed, but one left a member-fund debt outside its contract: 13 at 1HH1C
    assert gap.reasons[0].params == {"missing": 17, "targets": 30, "done": 13}
    assert gap.step is Step.CONTRACTS
    assert found.households_1hh1c == 13
    assert "17" in message(gap.reasons[0].code, "th", **gap.reasons[0].params)
    assert all(known(r.code) for c in found.criteria for r in c.reasons)
    assert found.thresholds.min_households_1hh1c == 11
    assert found.thresholds.institute_pass_goal_pct == Decimal(75)
    assert found.province and found.district and found.province != found.province_code


def test_GIVEN_the_demo_THEN_its_figures_match_the_contracts_and_their_accounts(db: Database) -> None:
    found = indicators(db)
    with db.session() as session:
        contracts = list(
            session.scalars(
                select(m.ConsolidationContract).where(
                    m.ConsolidationContract.fiscal_year == FY,
                    m.ConsolidationContract.status == ContractStatus.SIGNED,
                )
            )
        )
        accounts = [contract_account(session, c.id, as_of=AS_OF) for c in contracts]
    assert len({c.household_id for c in contracts}) == 14
    assert found.households_1hh1c == 13  # one household left a member-fund debt outside its contract
    assert found.contracts == 14
    assert found.amount_consolidated == sum((c.principal for c in contracts), Decimal(0))
    performance = found.repayment
    assert performance.contracts == 14
    assert performance.arrears == sum((a.arrears for a in accounts), Decimal(0))
    assert performance.contracts_in_arrears == sum(1 for a in accounts if a.arrears > 0) == 1
    assert performance.installments_due == sum(a.installments_due for a in accounts)
    assert performance.installments_paid == sum(a.installments_paid for a in accounts)
    assert performance.installments_on_time <= performance.installments_paid
    assert performance.on_time_pct is not None and Decimal(0) < performance.on_time_pct < Decimal(100)


def test_GIVEN_the_demo_THEN_the_target_households_classes_before_and_after_are_counted(db: Database) -> None:
    change = indicators(db).class_change
    with db.session() as session:
        before = list(session.scalars(select(m.TargetHousehold.class_at_selection)))
    assert change.households == len(before) == 30
    assert change.improved + change.same + change.worse == 30
    assert sum(change.before.values()) == sum(change.after.values()) == 30
    assert change.before[next(iter(change.before))] == before.count(next(iter(change.before)).value)
    assert change.improved > 0  # consolidation eased some households' debt service


def test_GIVEN_an_institute_id_that_does_not_exist_THEN_not_found(db: Database) -> None:
    with db.session() as session, pytest.raises(NotFound):
        ind.institute_indicators(session, "nope", fiscal_year=FY, as_of=AS_OF)


# -- each criterion missing in turn ----------------------------------------------------------------------------------
def test_GIVEN_every_target_with_a_contract_THEN_all_five_criteria_pass(complete: Database) -> None:
    found = indicators(complete)
    assert failing(found) == []
    assert found.passed
    assert found.target_households == 14


def test_GIVEN_a_household_without_a_head_THEN_criterion_1_fails_and_points_to_the_registers(
    complete: Database,
) -> None:
    with complete.session() as session, session.begin():
        head = session.scalars(select(m.HouseholdMember).where(m.HouseholdMember.is_head.is_(True)).limit(1)).one()
        head.is_head = False
    found = indicators(complete)
    assert failing(found) == [Criterion.DEBTORS_REGISTERED]
    gap = found.criterion(Criterion.DEBTORS_REGISTERED)
    assert (gap.reasons[0].code, gap.reasons[0].params, gap.step) == (
        "ind_households_without_head",
        {"count": 1},
        Step.REGISTERS,
    )


def test_GIVEN_no_debts_in_the_register_and_no_contract_owing_THEN_criterion_1_fails_with_no_debts(
    complete: Database,
) -> None:
    with complete.session() as session, session.begin():
        for debt in session.scalars(select(m.Debt)):
            session.delete(debt)
        # a signed contract is a household's debt (services/obligations.py): these are repaid
        session.execute(update(m.ConsolidationContract).values(status=ContractStatus.CLOSED))
    gap = indicators(complete).criterion(Criterion.DEBTORS_REGISTERED)
    assert not gap.passed and gap.reasons[0].code == "ind_no_debts"


def test_GIVEN_a_household_with_debts_and_no_income_THEN_criterion_2_fails_and_points_to_the_analysis(
    complete: Database,
) -> None:
    with complete.session() as session, session.begin():
        household_id = session.scalars(select(m.Debt.household_id).limit(1)).one()
        for row in session.scalars(
            select(m.HouseholdFinance).where(
                m.HouseholdFinance.household_id == household_id, m.HouseholdFinance.kind == FinanceKind.INCOME
            )
        ):
            session.delete(row)
    found = indicators(complete)
    assert failing(found) == [Criterion.ANALYSED]
    gap = found.criterion(Criterion.ANALYSED)
    assert (gap.reasons[0].code, gap.reasons[0].params, gap.step) == (
        "ind_households_without_income",
        {"count": 1},
        Step.ANALYSIS,
    )


def test_GIVEN_the_target_list_unlocked_THEN_criterion_3_fails_and_points_to_the_targets(complete: Database) -> None:
    institute_id = institute(complete)
    with complete.session() as session:
        selection_id = tg.selection_id_of(session, institute_id=institute_id, fiscal_year=FY)
    assert selection_id
    with UnitOfWork(complete) as uow:
        tg.unlock_targets(uow, selection_id=selection_id, reason="ทบทวนรายชื่อ", as_of=AS_OF)
    found = indicators(complete)
    assert failing(found) == [Criterion.TARGETS_RESTRUCTURED]
    gap = found.criterion(Criterion.TARGETS_RESTRUCTURED)
    assert (gap.reasons[0].code, gap.step) == ("ind_targets_not_locked", Step.TARGETS)


def test_GIVEN_no_target_list_THEN_criteria_2_and_3_fail_and_5_too_as_no_household_is_a_target(
    complete: Database,
) -> None:
    with complete.session() as session, session.begin():
        for row in session.scalars(select(m.TargetSelection)):
            session.delete(row)
    found = indicators(complete)
    assert failing(found) == [Criterion.ANALYSED, Criterion.TARGETS_RESTRUCTURED, Criterion.HOUSEHOLDS_1HH1C]
    assert found.households_1hh1c == 0
    assert found.criterion(Criterion.ANALYSED).reasons[0].code == "ind_no_target_selection"
    assert found.criterion(Criterion.ANALYSED).step is Step.TARGETS
    assert found.criterion(Criterion.TARGETS_RESTRUCTURED).reasons[0].code == "ind_no_targets"


def test_GIVEN_the_plan_back_to_draft_or_gone_THEN_criterion_4_fails_and_points_to_the_plan(complete: Database) -> None:
    with complete.session() as session, session.begin():
        session.execute(update(m.InstitutePlan).values(status=PlanStatus.DRAFT))
    found = indicators(complete)
    assert failing(found) == [Criterion.PLAN]
    gap = found.criterion(Criterion.PLAN)
    assert (gap.reasons[0].code, gap.step) == ("ind_plan_not_approved", Step.PLAN)
    with complete.session() as session, session.begin():
        for plan in session.scalars(select(m.InstitutePlan)):
            session.delete(plan)
    assert indicators(complete).criterion(Criterion.PLAN).reasons[0].code == "ind_no_plan"


def test_GIVEN_a_plan_over_a_lower_cap_in_the_profile_THEN_criterion_4_fails_with_the_excess(
    complete: Database,
) -> None:
    set_profile(complete, plan_request_cap=Decimal("30000.00"))
    found = indicators(complete)
    assert failing(found) == [Criterion.PLAN]
    reason = found.criterion(Criterion.PLAN).reasons[0]
    assert reason.code == "ind_plan_over_cap"
    assert reason.params["cap"] == Decimal("30000.00")
    assert reason.params["over"] == found.facts.plan_total - Decimal("30000.00")


def test_GIVEN_a_profile_asking_15_households_THEN_criterion_5_fails_short_by_one_and_14_passes(
    complete: Database,
) -> None:
    set_profile(complete, min_households_1hh1c=15)
    found = indicators(complete)
    assert failing(found) == [Criterion.HOUSEHOLDS_1HH1C]
    gap = found.criterion(Criterion.HOUSEHOLDS_1HH1C)
    assert (gap.reasons[0].code, gap.reasons[0].params, gap.step) == (
        "ind_1hh1c_short",
        {"households": 14, "minimum": 15, "missing": 1},
        Step.CONTRACTS,
    )
    set_profile(complete, min_households_1hh1c=14)
    assert indicators(complete).passed


def test_GIVEN_fewer_households_at_1hh1c_than_the_profile_asks_THEN_criterion_5_fails(complete: Database) -> None:
    # the contracts of the fiscal year before do not count in this one
    with complete.session() as session, session.begin():
        session.execute(
            update(m.ConsolidationContract)
            .where(
                m.ConsolidationContract.contract_no.in_(
                    [f"1HH1C-{device_tag(complete.device_id)}-{n:03d}/2570" for n in range(1, 5)]
                )
            )
            .values(fiscal_year=FY - 1)
            .execution_options(synchronize_session=False)
        )
    found = indicators(complete)
    assert found.households_1hh1c == 10
    assert Criterion.HOUSEHOLDS_1HH1C in failing(found)
    assert found.criterion(Criterion.HOUSEHOLDS_1HH1C).reasons[0].params["missing"] == 1


def test_GIVEN_an_institute_with_nothing_yet_THEN_every_criterion_fails_with_its_first_step(db: Database) -> None:
    new_id = add_institute(db, "สถาบันใหม่", province="10", district="1001", subdistrict="100101")
    found = indicators(db, new_id)
    assert failing(found) == list(Criterion)
    assert [c.step for c in found.criteria] == [Step.REGISTERS, Step.REGISTERS, Step.TARGETS, Step.PLAN, Step.CONTRACTS]
    assert [c.reasons[0].code for c in found.criteria] == [
        "ind_no_households",
        "ind_no_households",
        "ind_no_targets",
        "ind_no_plan",
        "ind_1hh1c_short",
    ]


# -- the readings of criteria 3 and 5 -------------------------------------------------------------------------------
def test_GIVEN_the_relock_trick_without_a_reason_for_the_short_list_THEN_the_lock_is_refused_and_3_fails(
    db: Database,
) -> None:
    close_fund_debts_left_outside(db)
    with pytest.raises(ValidationFailed) as refused:
        relock_short_list(db, short_list_reason="")
    assert refused.value.issues[0].code == "target_short_list_reason_required"
    assert refused.value.issues[0].params == {"count": 14, "wanted": 30}
    found = indicators(db)
    assert not found.passed
    assert found.criterion(Criterion.TARGETS_RESTRUCTURED).reasons[0].code == "ind_targets_not_locked"


def test_GIVEN_a_short_list_narrowed_behind_the_services_back_THEN_criterion_3_fails_for_the_missing_reason(
    db: Database,
) -> None:
    close_fund_debts_left_outside(db)
    keep_only_targets_with_contracts(db)
    found = indicators(db)
    assert failing(found) == [Criterion.TARGETS_RESTRUCTURED]
    gap = found.criterion(Criterion.TARGETS_RESTRUCTURED)
    assert (gap.reasons[0].code, gap.reasons[0].params) == ("ind_targets_short_list", {"targets": 14, "wanted": 30})
    assert gap.step is Step.TARGETS


def test_GIVEN_a_household_off_the_list_with_a_contract_THEN_it_does_not_count_at_1hh1c(complete: Database) -> None:
    with complete.session() as session, session.begin():
        target = session.scalars(select(m.TargetHousehold).where(m.TargetHousehold.deleted_at.is_(None))).first()
        assert target is not None
        session.delete(target)
    found = indicators(complete)
    assert found.households_1hh1c == 13
    assert found.contracts == 14


def test_GIVEN_a_rescheduling_saved_on_an_outside_debt_THEN_the_target_counts_as_restructured_from_its_day(
    db: Database,
) -> None:
    before = indicators(db)
    with db.session() as session:
        signed = set(session.scalars(select(m.ConsolidationContract.household_id)))
        debt_id, household_id = session.execute(
            select(m.Debt.id, m.Debt.household_id)
            .join(m.TargetHousehold, m.TargetHousehold.household_id == m.Debt.household_id)
            .where(
                m.Debt.household_id.not_in(signed),
                m.Debt.creditor_kind != CreditorKind.MEMBER_FUND,
                m.TargetHousehold.deleted_at.is_(None),
            )
        ).first()
        form = next(d for d in reg.household_detail(session, household_id).debts if d.id == debt_id)
    agreed = max(AS_OF - timedelta(days=10), form.contract_date or AS_OF)  # not before the debt's contract
    # WHEN the officer records, through the debt's form, a rescheduling agreed with the creditor lately
    # (a note alone no longer counts)
    with UnitOfWork(db) as uow:
        reg.save_debt(uow, replace(form, notes="ธ.ก.ส. ปรับโครงสร้างหนี้"), today=AS_OF)
    assert indicators(db).facts.targets_restructured == before.facts.targets_restructured
    with UnitOfWork(db) as uow:
        reg.save_debt(
            uow, replace(form, rescheduled_on=agreed, rescheduling_terms="ขยายเวลา 5 ปี พักดอกเบี้ย 1 ปี"), today=AS_OF
        )
    # THEN the debt keeps the day and terms, and criterion 3 counts the household from that day, not at 1HH1C
    with db.session() as session:
        saved = next(d for d in reg.household_detail(session, household_id).debts if d.id == debt_id)
        on_the_day = ind.institute_indicators(session, institute(db), fiscal_year=FY, as_of=agreed)
        day_before = ind.institute_indicators(session, institute(db), fiscal_year=FY, as_of=agreed - timedelta(days=1))
    assert (saved.rescheduled_on, saved.rescheduling_terms) == (agreed, "ขยายเวลา 5 ปี พักดอกเบี้ย 1 ปี")
    found = indicators(db)
    assert found.facts.targets_restructured == before.facts.targets_restructured + 1
    assert found.households_1hh1c == before.households_1hh1c
    assert on_the_day.facts.targets_restructured == day_before.facts.targets_restructured + 1


def test_GIVEN_a_contract_signed_after_the_day_read_THEN_it_does_not_count_on_that_day(db: Database) -> None:
    with db.session() as session:
        first = session.scalars(
            select(m.ConsolidationContract.signing_date).order_by(m.ConsolidationContract.signing_date)
        ).first()
    assert first is not None
    with db.session() as session:
        found = ind.institute_indicators(session, institute(db), fiscal_year=FY, as_of=first)
        earlier = ind.institute_indicators(session, institute(db), fiscal_year=FY, as_of=first - timedelta(days=1))
    assert 1 <= found.households_1hh1c < 13
    assert earlier.households_1hh1c < found.households_1hh1c


# -- the roll-up -----------------------------------------------------------------------------------------------------
def add_institute(db: Database, name: str, *, province: str, district: str, subdistrict: str) -> str:
    with db.session() as session, session.begin():
        record = m.Institute(
            name=name,
            cohort=Cohort.EXISTING,
            province_code=province,
            district_code=district,
            subdistrict_code=subdistrict,
        )
        session.add(record)
        session.flush()
        return record.id


def read_rollup(db: Database, language: str = "th") -> ind.Rollup:
    with db.session() as session:
        return ind.rollup(session, fiscal_year=FY, as_of=AS_OF, language=language)


def test_GIVEN_three_institutes_in_two_provinces_THEN_the_rollup_adds_them_up_per_district_and_province(
    complete: Database,
) -> None:
    demo = indicators(complete)
    add_institute(complete, "สถาบันข้างเคียง", province=demo.province_code, district=demo.district_code, subdistrict="")
    add_institute(complete, "สถาบันกรุงเทพ", province="10", district="1001", subdistrict="100101")
    found = read_rollup(complete)
    assert found.total.institutes == 3 and found.total.passing == 1
    assert found.total.passing_pct == Decimal("33.3") and not found.total.meets_goal
    assert found.total.criteria_passing == (1, 1, 1, 1, 1)
    assert found.total.households_1hh1c == 14 and found.total.households_goal == 33
    assert found.total.contracts == 14 and found.total.amount_consolidated == demo.amount_consolidated
    assert found.total.repayment == demo.repayment
    assert found.national_goal_households == 10000
    assert found.national_goal_pct == Decimal("0.1")
    provinces = {p.province_code: p for p in found.provinces}
    assert set(provinces) == {demo.province_code, "10"}
    home = provinces[demo.province_code]
    assert (home.institutes, home.passing, home.passing_pct, home.name) == (2, 1, Decimal("50.0"), demo.province)
    assert (provinces["10"].institutes, provinces["10"].passing, provinces["10"].name) == (1, 0, "กรุงเทพมหานคร")
    assert len(found.districts) == 2
    assert found.districts_of("10")[0].name == "เขตพระนคร"
    assert {s.name for s in found.institutes} == {demo.institute_name, "สถาบันข้างเคียง", "สถาบันกรุงเทพ"}
    assert next(s for s in found.institutes if s.institute_id == demo.institute_id).passed
    assert read_rollup(complete, "en").districts_of("10")[0].name == "Phra Nakhon"


def test_GIVEN_a_goal_of_50_percent_in_the_profile_THEN_the_demo_province_meets_it(complete: Database) -> None:
    demo = indicators(complete)
    add_institute(complete, "สถาบันข้างเคียง", province=demo.province_code, district=demo.district_code, subdistrict="")
    assert not read_rollup(complete).provinces[0].meets_goal  # 1 of 2 against 75 %
    set_profile(complete, institute_pass_goal_pct=Decimal(50))
    found = read_rollup(complete)
    assert found.thresholds.institute_pass_goal_pct == Decimal(50)
    assert found.provinces[0].meets_goal and found.total.meets_goal


def test_GIVEN_no_profile_THEN_the_profile_tables_defaults_are_used(db: Database) -> None:
    with db.session() as session, session.begin():
        for profile in session.scalars(select(m.FiscalYearProfile)):
            session.delete(profile)
    with db.session() as session:
        thresholds = ind.criteria_thresholds(session, FY)
    assert thresholds.min_households_1hh1c == 11
    assert thresholds.institute_pass_goal_pct == Decimal(75)
    assert thresholds.national_goal_households == 10000
