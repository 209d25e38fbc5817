"""The indicators' roll-up on 900 institutes over five provinces: the five criteria of every institute, added up
per district and province, with households at 1HH1C, contracts, amounts and repayments (bar: under 2 s)."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from decimal import Decimal
from pathlib import Path
from typing import Any

import geothai

from cdfi_desktop.db import models as m
from cdfi_desktop.db.bookkeeping import Recorder
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import (
    Cohort,
    ContractStatus,
    CreditorKind,
    FinanceCategory,
    FinanceKind,
    FundType,
    PlanStatus,
    Relation,
    RepaymentMethod,
    TargetStatus,
)
from cdfi_desktop.domain.schedule import add_months
from cdfi_desktop.services.demo import DEMO_AS_OF

CACHE = Path(__file__).resolve().parent.parent / "artifacts" / "bench"
INSTITUTES = 900
PROVINCES = ("33", "34", "40", "41", "30")  # Si Sa Ket, Ubon, Khon Kaen, Udon, Nakhon Ratchasima
HOUSEHOLDS = 20  # per institute
FY = 2570
AS_OF = DEMO_AS_OF
TERM = 24
VERSION = 1  # bump when what the database holds changes


def _build(path: Path) -> None:
    rng = random.Random(6)
    db = Database.open(path, device_id="bench-indicators")
    start = datetime.combine(AS_OF, clock_time(9, 0), tzinfo=UTC)
    recorder = Recorder(device_id=db.device_id, officer="bench", clock=lambda: start, audit=False)
    districts = [d for p in PROVINCES for d in geothai.districts(p)[:8]]
    rows: dict[type[Any], list[dict[str, Any]]] = {model: [] for model in _ORDER}

    def add(model: type[Any], **values: Any) -> str:
        values.setdefault("id", recorder.id_factory())
        rows[model].append(values)
        return str(values["id"])

    add(m.FiscalYearProfile, fiscal_year=FY)
    for n in range(INSTITUTES):
        district = districts[n % len(districts)]
        subdistrict = rng.choice(geothai.subdistricts(district.code))
        institute_id = add(
            m.Institute,
            name=f"สถาบันการจัดการเงินทุนชุมชนตำบล{subdistrict.name_th} {n + 1}",
            cohort=Cohort.EXISTING,
            province_code=district.province_code,
            district_code=district.code,
            subdistrict_code=subdistrict.code,
        )
        fund_id = add(
            m.MemberFund,
            institute_id=institute_id,
            name="กลุ่มออมทรัพย์เพื่อการผลิต",
            fund_type=FundType.SAVINGS_GROUP_PRODUCTION,
            capital=Decimal(2_000_000),
            lending_limit=Decimal(100_000),
            interest_rate=Decimal(6),
            max_term_months=60,
        )
        households = []
        for h in range(HOUSEHOLDS):
            household_id = add(m.Household, institute_id=institute_id, code=f"{h + 1:03d}", house_no=str(h + 1))
            households.append(household_id)
            has_head = not (n % 17 == 0 and h == 0)  # a few institutes with a household lacking its head
            add(
                m.HouseholdMember,
                household_id=household_id,
                first_name="สมชาย",
                last_name="ใจดี",
                is_head=has_head,
                relation=Relation.HEAD,
            )
            add(
                m.HouseholdMember,
                household_id=household_id,
                first_name="สมศรี",
                last_name="ใจดี",
                is_head=False,
                relation=Relation.SPOUSE,
            )
            if not (n % 13 == 0 and h == 1):  # a few households without income
                add(
                    m.HouseholdFinance,
                    household_id=household_id,
                    kind=FinanceKind.INCOME,
                    category=FinanceCategory.AGRICULTURE,
                    amount_monthly=Decimal(rng.randrange(6000, 20000, 100)),
                )
            add(
                m.HouseholdFinance,
                household_id=household_id,
                kind=FinanceKind.EXPENSE,
                category=FinanceCategory.FOOD,
                amount_monthly=Decimal(rng.randrange(2000, 5000, 100)),
            )
            for d in range(rng.randint(1, 3)):
                owed = Decimal(rng.randrange(5000, 80000, 100))
                add(
                    m.Debt,
                    household_id=household_id,
                    creditor_kind=CreditorKind.MEMBER_FUND if d == 0 else CreditorKind.BAAC,
                    member_fund_id=fund_id if d == 0 else None,
                    creditor_name="" if d == 0 else "ธ.ก.ส.",
                    principal=owed,
                    outstanding=owed,
                    installment=(owed / 24).quantize(Decimal(1)),
                    days_overdue=rng.choice((0, 0, 45, 120)),
                )
        # targets: most institutes lock a list of 14; some only propose it; a few have none yet
        if n % 23 != 0:
            locked = n % 11 != 0
            selection_id = add(
                m.TargetSelection,
                institute_id=institute_id,
                fiscal_year=FY,
                status=TargetStatus.LOCKED if locked else TargetStatus.PROPOSED,
                locked_at=start if locked else None,
            )
            targets = households[:14]
            for rank, household_id in enumerate(targets, start=1):
                add(
                    m.TargetHousehold,
                    selection_id=selection_id,
                    household_id=household_id,
                    rank=rank,
                    class_at_selection="C",
                )
            signed = 14 if n % 4 else rng.randint(6, 13)  # three institutes in four restructure every target
            for c, household_id in enumerate(targets[:signed]):
                _contract(add, rng, institute_id=institute_id, household_id=household_id, seq=c + 1)
        if n % 9 != 0:
            plan_id = add(
                m.InstitutePlan,
                institute_id=institute_id,
                fiscal_year=FY,
                title="แผนการบริหารจัดการหนี้",
                status=PlanStatus.APPROVED if n % 7 else PlanStatus.DRAFT,
            )
            project_id = add(m.PlanProject, plan_id=plan_id, name="ส่งเสริมอาชีพ")
            for amount in (Decimal(20000), Decimal(rng.randrange(10000, 21000, 500))):
                add(m.BudgetLine, project_id=project_id, item="วัสดุ", amount=amount)

    with db.session() as session, session.begin():
        for model in _ORDER:
            recorder.bulk_insert(session, model, rows[model])
    db.close()


def _contract(add: Callable[..., str], rng: random.Random, *, institute_id: str, household_id: str, seq: int) -> None:
    principal = Decimal(rng.randrange(20000, 150000, 100))
    installment = (principal * Decimal("1.06") / TERM).quantize(Decimal(10))
    signed_on = date(2026, 10, rng.randint(1, 20))
    contract_id = add(
        m.ConsolidationContract,
        institute_id=institute_id,
        household_id=household_id,
        fiscal_year=FY,
        contract_no=f"1HH1C-{seq:03d}/{FY}",
        principal=principal,
        interest_rate=Decimal(6),
        method=RepaymentMethod.FLAT,
        term_months=TERM,
        installment=installment,
        signing_date=signed_on,
        first_due_date=date(2026, 11, 10),
        status=ContractStatus.SIGNED,
    )
    interest = installment - (principal / TERM).quantize(Decimal("0.01"))
    balance = principal
    for i in range(TERM):
        due = add_months(date(2026, 11, 10), i)
        part = installment - interest
        balance -= part
        add(
            m.ScheduleLine,
            contract_id=contract_id,
            seq=i + 1,
            due_date=due,
            installment=installment,
            principal=part,
            interest=interest,
            balance_after=balance,
        )
    behaviour = rng.random()
    if behaviour < 0.85:  # most pay the first installment, on the day or within two weeks
        add(
            m.Repayment,
            contract_id=contract_id,
            paid_on=date(2026, 11, 10) + timedelta(days=rng.choice((0, 0, 3, 12))),
            amount=installment,
            principal=installment - interest,
            interest=interest,
        )


_ORDER: tuple[type[Any], ...] = (
    m.FiscalYearProfile,
    m.Institute,
    m.MemberFund,
    m.Household,
    m.HouseholdMember,
    m.HouseholdFinance,
    m.Debt,
    m.TargetSelection,
    m.TargetHousehold,
    m.ConsolidationContract,
    m.ScheduleLine,
    m.Repayment,
    m.InstitutePlan,
    m.PlanProject,
    m.BudgetLine,
)


def bench_database() -> Path:
    """The 900-institute database, made once and kept in artifacts/bench/ (git-ignored)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"indicators-{INSTITUTES}-v{VERSION}.sqlite"
    if not path.exists():
        started = time.perf_counter()
        partial = path.with_suffix(".partial")
        for leftover in CACHE.glob(f"{partial.name}*"):
            leftover.unlink()
        _build(partial)
        partial.rename(path)
        print(f"  (built the {INSTITUTES}-institute database in {time.perf_counter() - started:.1f} s)")
    return path


def main() -> None:
    from cdfi_desktop.services.indicators import rollup

    print(f"indicators roll-up, {INSTITUTES} institutes over {len(PROVINCES)} provinces:")
    db = Database.open(bench_database())
    times = []
    found = None
    for _ in range(5):
        with db.session() as session:
            started = time.perf_counter()
            found = rollup(session, fiscal_year=FY, as_of=AS_OF)
            times.append(time.perf_counter() - started)
    db.close()
    assert found is not None
    total = found.total
    print(
        f"  roll-up (criteria of every institute, {len(found.districts)} districts, {len(found.provinces)} provinces):"
        f" median {statistics.median(times):.3f} s (min {min(times):.3f})  bar < 2 s"
    )
    print(
        f"  institutes passing: {total.passing:,} of {total.institutes:,} ({total.passing_pct}% against "
        f"{found.thresholds.institute_pass_goal_pct.normalize():f}%), households at 1HH1C {total.households_1hh1c:,}, "
        f"contracts {total.contracts:,}, installments on time {total.repayment.on_time_pct}%"
    )


if __name__ == "__main__":
    main()
