"""Life-development plans of target households: saving a plan with its items, editing it again, follow-up visits,
the institute's list of target households with their plans, and refusals that write nothing.

The demo has already written plans (with a follow-up visit) for the households it signed contracts with; these
tests write plans for target households that have none yet."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import LifePlanItemKind, PlanStatus
from cdfi_desktop.messages import known
from cdfi_desktop.services import life_plans as lp
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services import targets as tg
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork

FY = 2570
TODAY = date(2027, 6, 30)
GOAL, INCOME, EXPENSE, SAVINGS, ACTIVITY = (
    LifePlanItemKind.GOAL,
    LifePlanItemKind.INCOME,
    LifePlanItemKind.EXPENSE,
    LifePlanItemKind.SAVINGS,
    LifePlanItemKind.ACTIVITY,
)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("life-plans") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(3))
    generate_demo(db, households=60, seed=3)
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    database = Database.open(copy, officer="นายสมชาย รักดี")
    yield database
    database.close()


def institute(db: Database) -> str:
    with db.session() as session:
        found = reg.first_institute_id(session)
    assert found
    return found


def targets(db: Database) -> list[str]:
    with db.session() as session:
        view = tg.selection(session, institute_id=institute(db), fiscal_year=FY)
    assert view is not None
    return [r.household_id for r in view.rows]


def without_plan(db: Database) -> list[str]:
    """The target households, in rank order, that have no plan for the fiscal year yet."""
    with db.session() as session:
        planned = set(
            session.scalars(
                select(m.LifeDevelopmentPlan.household_id).where(
                    m.LifeDevelopmentPlan.fiscal_year == FY, m.LifeDevelopmentPlan.deleted_at.is_(None)
                )
            )
        )
    return [h for h in targets(db) if h not in planned]


def not_a_target(db: Database) -> str:
    listed = set(targets(db))
    with db.session() as session:
        found = session.scalars(select(m.Household.id).where(m.Household.institute_id == institute(db))).all()
    return next(h for h in found if h not in listed)


def form(household_id: str, **kw: object) -> lp.LifePlanForm:
    fields: dict[str, object] = {
        "household_id": household_id,
        "fiscal_year": FY,
        "goals": "ปลดหนี้นอกระบบภายใน 2 ปี",
        "savings_target_monthly": Decimal("500"),
        "status": PlanStatus.APPROVED,
        "notes": "ทำบัญชีครัวเรือนทุกวัน",
        "made_on": date(2026, 12, 10),
        "items": (
            lp.LifePlanItemForm(GOAL, "ส่งลูกเรียนจบ ม.6", None, date(2028, 3, 31)),
            lp.LifePlanItemForm(INCOME, "ปลูกผักขายตลาดนัด", Decimal("1500"), date(2027, 3, 1)),
            lp.LifePlanItemForm(INCOME, "เลี้ยงไก่ไข่", Decimal("800"), None),
            lp.LifePlanItemForm(EXPENSE, "ลดค่าเหล้าบุหรี่", Decimal("600"), date(2027, 1, 31)),
            lp.LifePlanItemForm(SAVINGS, "ฝากกลุ่มออมทรัพย์", Decimal("500"), None),
            lp.LifePlanItemForm(ACTIVITY, "อบรมบัญชีครัวเรือน", None, date(2027, 2, 15)),
        ),
    }
    fields.update(kw)
    return lp.LifePlanForm(**fields)  # type: ignore[arg-type]


def save(db: Database, plan: lp.LifePlanForm) -> str:
    with UnitOfWork(db) as uow:
        return lp.save_life_plan(uow, plan)


def read(db: Database, household_id: str) -> lp.LifePlanView | None:
    with db.session() as session:
        return lp.life_plan(session, household_id=household_id, fiscal_year=FY)


def visit(db: Database, plan_id: str, on: date, saved: str | None, note: str = "") -> str:
    with UnitOfWork(db) as uow:
        return lp.add_follow_up(
            uow,
            plan_id=plan_id,
            visited_on=on,
            savings_to_date=None if saved is None else Decimal(saved),
            note=note,
            today=TODAY,
        )


def count(db: Database, table: type[m.Base]) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def plan_rows(db: Database, household_id: str) -> tuple[int, int]:
    """How many plan records, and of their items how many tombstoned, the household has."""
    with db.session() as session:
        plans = session.scalar(
            select(func.count())
            .select_from(m.LifeDevelopmentPlan)
            .where(m.LifeDevelopmentPlan.household_id == household_id)
        )
        dropped = session.scalar(
            select(func.count())
            .select_from(m.LifePlanItem)
            .join(m.LifeDevelopmentPlan, m.LifeDevelopmentPlan.id == m.LifePlanItem.plan_id)
            .where(m.LifeDevelopmentPlan.household_id == household_id, m.LifePlanItem.deleted_at.is_not(None))
        )
    return int(plans or 0), int(dropped or 0)


def test_GIVEN_a_target_household_WHEN_saving_its_plan_THEN_goals_items_and_savings_target_read_back(
    db: Database,
) -> None:
    household_id = without_plan(db)[0]

    plan_id = save(db, form(household_id))

    plan = read(db, household_id)
    assert plan is not None and plan.id == plan_id
    assert plan.goals == "ปลดหนี้นอกระบบภายใน 2 ปี" and plan.notes == "ทำบัญชีครัวเรือนทุกวัน"
    assert plan.savings_target_monthly == Decimal("500.00") and plan.status is PlanStatus.APPROVED
    assert [i.kind for i in plan.items] == [GOAL, INCOME, INCOME, EXPENSE, SAVINGS, ACTIVITY]
    assert plan.planned_income_change == Decimal("2300.00")
    assert plan.planned_expense_change == Decimal("600.00")
    assert plan.items_of(ACTIVITY)[0].target_date == date(2027, 2, 15)
    assert plan.head_name and plan.household_code and plan.income > 0
    assert plan.form() == form(household_id)


def test_GIVEN_a_saved_plan_WHEN_saved_again_with_fewer_items_THEN_one_plan_remains_and_dropped_items_are_tombstoned(
    db: Database,
) -> None:
    household_id = without_plan(db)[0]
    first = save(db, form(household_id))
    shorter = form(household_id, items=(lp.LifePlanItemForm(INCOME, "ขายขนม", Decimal("900"), None),), goals="ลดหนี้")

    second = save(db, shorter)

    assert second == first
    plan = read(db, household_id)
    assert plan is not None
    assert [(i.kind, i.description, i.amount_monthly) for i in plan.items] == [(INCOME, "ขายขนม", Decimal("900.00"))]
    assert plan.goals == "ลดหนี้"
    assert plan_rows(db, household_id) == (1, 5)


def test_GIVEN_a_plan_WHEN_visiting_THEN_follow_ups_read_back_oldest_first_and_the_plan_is_in_progress(
    db: Database,
) -> None:
    household_id = without_plan(db)[0]
    plan_id = save(db, form(household_id))

    visit(db, plan_id, date(2027, 4, 5), "1500", "ขายผักได้ดี")
    visit(db, plan_id, date(2027, 2, 5), "500", "เริ่มปลูกผัก")

    plan = read(db, household_id)
    assert plan is not None
    assert [(v.visited_on, v.savings_to_date, v.note) for v in plan.follow_ups] == [
        (date(2027, 2, 5), Decimal("500.00"), "เริ่มปลูกผัก"),
        (date(2027, 4, 5), Decimal("1500.00"), "ขายผักได้ดี"),
    ]
    assert plan.latest_savings == Decimal("1500.00")
    assert plan.status is PlanStatus.IN_PROGRESS

    with UnitOfWork(db) as uow:
        lp.remove_follow_up(uow, follow_up_id=plan.follow_ups[0].id)
    again = read(db, household_id)
    assert again is not None and len(again.follow_ups) == 1


def test_GIVEN_the_institute_WHEN_listing_target_households_THEN_each_shows_its_plan_in_rank_order(
    db: Database,
) -> None:
    listed = targets(db)
    first, second = without_plan(db)[:2]
    with db.session() as session:
        before = lp.life_plan_households(session, institute_id=institute(db), fiscal_year=FY)
    plan_id = save(db, form(second))
    visit(db, plan_id, date(2027, 3, 1), "300")
    save(db, form(first, items=()))

    with db.session() as session:
        rows = lp.life_plan_households(session, institute_id=institute(db), fiscal_year=FY)
        plans = lp.life_plans(session, institute_id=institute(db), fiscal_year=FY)

    assert [r.household_id for r in rows] == listed
    assert [r.rank for r in rows] == list(range(1, len(listed) + 1))
    mine = {r.household_id: r for r in rows}
    assert mine[second].plan_id == plan_id and mine[second].items == 6 and mine[second].follow_ups == 1
    assert mine[second].last_visit == date(2027, 3, 1) and mine[second].status is PlanStatus.IN_PROGRESS
    assert mine[first].plan_id is not None and mine[first].items == 0
    assert [r for r in rows if r.household_id not in (first, second)] == [
        r for r in before if r.household_id not in (first, second)
    ]  # the demo's plans, and the households without one, as they were
    assert [p.household_id for p in plans] == [r.household_id for r in rows if r.plan_id is not None]


def test_GIVEN_a_household_not_on_the_list_WHEN_saving_a_plan_THEN_refused_and_nothing_written(db: Database) -> None:
    before = count(db, m.LifeDevelopmentPlan)
    with pytest.raises(ValidationFailed) as caught:
        save(db, form(not_a_target(db)))
    assert caught.value.issues[0].code == "life_plan_not_target"
    with pytest.raises(ValidationFailed) as other_year:
        save(db, form(without_plan(db)[0], fiscal_year=2571))
    assert other_year.value.issues[0].code == "life_plan_not_target"
    with pytest.raises(NotFound):
        save(db, form("no-such-household"))
    assert count(db, m.LifeDevelopmentPlan) == before


def test_GIVEN_wrong_items_WHEN_saving_THEN_every_problem_is_named_and_nothing_written(db: Database) -> None:
    household_id = without_plan(db)[0]
    bad = form(
        household_id,
        savings_target_monthly=Decimal("-1"),
        items=(
            lp.LifePlanItemForm(INCOME, "  ", Decimal("100"), None),
            lp.LifePlanItemForm(EXPENSE, "ลดค่าใช้จ่าย", Decimal("-5"), None),
        ),
    )
    plans, items = count(db, m.LifeDevelopmentPlan), count(db, m.LifePlanItem)
    with pytest.raises(ValidationFailed) as caught:
        save(db, bad)
    codes = [(i.code, i.field) for i in caught.value.issues]
    assert codes == [
        ("life_plan_savings_negative", "savings_target_monthly"),
        ("life_plan_item_description_required", "items[1]"),
        ("life_plan_amount_negative", "items[2]"),
    ]
    assert all(known(code) for code, _field in codes)
    assert count(db, m.LifeDevelopmentPlan) == plans and count(db, m.LifePlanItem) == items
    assert read(db, household_id) is None


def test_GIVEN_wrong_visits_WHEN_recording_THEN_refused_and_nothing_written(db: Database) -> None:
    household_id = without_plan(db)[0]
    plan_id = save(db, form(household_id))
    visits = count(db, m.LifePlanFollowUp)
    for on, saved, code in (
        (date(2027, 7, 1), "100", "life_plan_follow_up_in_future"),
        (date(2026, 12, 9), "100", "life_plan_follow_up_before_plan"),
        (date(2027, 3, 1), "-1", "amount_negative"),
    ):
        with pytest.raises(ValidationFailed) as caught:
            visit(db, plan_id, on, saved)
        assert caught.value.issues[0].code == code and known(code)
    assert count(db, m.LifePlanFollowUp) == visits
    plan = read(db, household_id)
    assert plan is not None and plan.status is PlanStatus.APPROVED
