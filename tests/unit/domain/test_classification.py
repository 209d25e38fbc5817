"""Debtor classification: indicators, every threshold edge, the term solver, and that debt growth never helps."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cdfi_desktop.domain.classification import (
    ArrearsClass,
    DebtLine,
    DebtorClass,
    Thresholds,
    arrears_class,
    classify,
    indicators,
    persistent_debt,
    shortest_term,
)
from cdfi_desktop.domain.enums import CreditorKind, RepaymentMethod
from cdfi_desktop.domain.schedule import solve_term

D = Decimal
T = Thresholds()
AS_OF = date(2026, 11, 1)
ORDER = [DebtorClass.A, DebtorClass.B, DebtorClass.C, DebtorClass.D]


def line(
    kind: CreditorKind = CreditorKind.BAAC,
    *,
    outstanding: str = "10000",
    installment: str = "1000",
    days: int = 0,
    creditor: str = "x",
) -> DebtLine:
    return DebtLine(kind, creditor, D(outstanding), D(installment), days)


def cls(income: str, expenses: str, *debts: DebtLine) -> DebtorClass:
    return classify(indicators(income=D(income), essential_expenses=D(expenses), debts=list(debts)), T).debtor_class


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (0, ArrearsClass.NORMAL),
        (30, ArrearsClass.NORMAL),
        (31, ArrearsClass.SPECIAL_MENTION),
        (90, ArrearsClass.SPECIAL_MENTION),
        (91, ArrearsClass.SUBSTANDARD),
        (180, ArrearsClass.SUBSTANDARD),
        (181, ArrearsClass.DOUBTFUL),
        (365, ArrearsClass.DOUBTFUL),
        (366, ArrearsClass.DOUBTFUL_OF_LOSS),
    ],
)
def test_given_days_past_due_then_the_bank_of_thailand_class(days: int, expected: ArrearsClass) -> None:
    assert arrears_class(days) is expected


@pytest.mark.parametrize(
    ("days", "expected"), [(30, DebtorClass.A), (31, DebtorClass.B), (90, DebtorClass.B), (91, DebtorClass.C)]
)
def test_given_arrears_at_the_edges_then_30_is_normal_31_watch_90_watch_91_problem(
    days: int, expected: DebtorClass
) -> None:
    assert cls("20000", "5000", line(installment="1000", days=days)) is expected


@pytest.mark.parametrize(
    ("installment", "expected"),
    [("2499", DebtorClass.A), ("2500", DebtorClass.B), ("5000", DebtorClass.B), ("5001", DebtorClass.C)],
)
def test_given_dsr_at_the_edges_then_25_percent_is_watch_and_50_percent_still_watch(
    installment: str, expected: DebtorClass
) -> None:
    # income 10,000: DSR 24.99 % → A, exactly 25 % → B, exactly 50 % → B, 50.01 % → C
    assert cls("10000", "1000", line(installment=installment, outstanding="50000")) is expected


def test_given_three_creditors_or_any_informal_debt_then_watch() -> None:
    three = [line(creditor=str(i), installment="100", outstanding="1000") for i in range(3)]
    two = three[:2]
    assert cls("30000", "5000", *two) is DebtorClass.A
    assert cls("30000", "5000", *three) is DebtorClass.B
    assert cls("30000", "5000", line(CreditorKind.INFORMAL_LENDER, installment="100")) is DebtorClass.B


def test_given_negative_residual_income_then_problem_and_with_no_affordable_term_then_critical() -> None:
    # Residual < 0 is a problem; consolidating 60,000 into ≤ 120 months at 6 % needs ~666/month.
    result = classify(
        indicators(income=D(12000), essential_expenses=D(9000), debts=[line(installment="4000", outstanding="60000")]),
        T,
    )
    assert result.debtor_class is DebtorClass.C
    assert [r.code for r in result.reasons] == ["residual_negative"]
    assert result.consolidated_term_months is not None and result.consolidated_term_months <= 120
    hopeless = classify(
        indicators(income=D(6000), essential_expenses=D(6500), debts=[line(installment="3000", outstanding="500000")]),
        T,
    )
    assert hopeless.debtor_class is DebtorClass.D
    assert hopeless.reasons[0].code == "not_affordable"


def test_given_the_rulebook_example_then_36_months_repay_43600_at_6_percent_with_1326_40() -> None:
    # installments to the satang: the rulebook's arithmetic
    cent = D("0.01")
    assert shortest_term(D("43600"), installment=D("1326.40"), annual_rate_pct=D(6), max_months=120, step=cent) == 36
    assert shortest_term(D("43600"), installment=D("1326.30"), annual_rate_pct=D(6), max_months=120, step=cent) == 37
    assert shortest_term(D("1200"), installment=D("100"), annual_rate_pct=D(0), max_months=120) == 12
    # interest ≥ installment, and a term past the maximum
    assert shortest_term(D("100000"), installment=D("500"), annual_rate_pct=D(6), max_months=120) is None
    assert shortest_term(D("43600"), installment=D("1326.40"), annual_rate_pct=D(6), max_months=35, step=cent) is None


def test_given_the_profile_rounding_step_then_the_classifier_tells_the_contract_term() -> None:
    # GIVEN installments rounded up to 10 baht: 36 months would need 1,330.00, more than 1,326.40 fits
    term = shortest_term(D("43600"), installment=D("1326.40"), annual_rate_pct=D(6), max_months=120, step=D(10))
    # THEN the classifier's term is the contract's own term solver's, month for month
    assert term == 37
    assert term == solve_term(
        D("43600"),
        annual_rate_pct=D(6),
        affordable=D("1326.40"),
        max_months=120,
        method=RepaymentMethod.DECLINING,
        step=D(10),
    )


def test_given_indicators_then_debt_is_split_by_source_and_creditors_counted() -> None:
    ind = indicators(
        income=D(20000),
        essential_expenses=D(8000),
        debts=[
            line(CreditorKind.MEMBER_FUND, outstanding="30000", installment="1000", creditor="fund-1"),
            line(CreditorKind.BAAC, outstanding="100000", installment="3000"),
            line(CreditorKind.SHOP, outstanding="5000", installment="500", creditor="shop"),
        ],
    )
    assert (ind.total_debt, ind.inside_institute, ind.other_formal, ind.informal) == (
        D(135000),
        D(30000),
        D(100000),
        D(5000),
    )
    assert ind.monthly_debt_service == D(4500)
    assert ind.dsr_pct == D("22.50")
    assert ind.residual_income == D(7500)
    assert ind.creditors == 3


debt_lines = st.builds(
    DebtLine,
    st.sampled_from(list(CreditorKind)),
    st.sampled_from(["a", "b", "c", "d"]),
    st.decimals(min_value=0, max_value=500000, places=2),
    st.decimals(min_value=0, max_value=30000, places=2),
    st.integers(min_value=0, max_value=800),
    st.one_of(st.none(), st.decimals(min_value=0, max_value=500000, places=2)),
    st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=AS_OF)),
)


@settings(max_examples=300, deadline=None)
@given(
    income=st.decimals(min_value=0, max_value=80000, places=2),
    expenses=st.decimals(min_value=0, max_value=60000, places=2),
    debts=st.lists(debt_lines, min_size=1, max_size=6),
    which=st.integers(min_value=0, max_value=5),
    more_outstanding=st.decimals(min_value=0, max_value=200000, places=2),
    more_installment=st.decimals(min_value=0, max_value=10000, places=2),
    more_days=st.integers(min_value=0, max_value=400),
)
def test_property_the_class_never_improves_when_a_debt_grows(
    income: Decimal,
    expenses: Decimal,
    debts: list[DebtLine],
    which: int,
    more_outstanding: Decimal,
    more_installment: Decimal,
    more_days: int,
) -> None:
    before = classify(indicators(income=income, essential_expenses=expenses, debts=debts, as_of=AS_OF), T)
    i = which % len(debts)
    grown = debts[i]
    debts_after = [
        *debts[:i],
        grown._replace(
            outstanding=grown.outstanding + more_outstanding,
            installment=grown.installment + more_installment,
            days_overdue=grown.days_overdue + more_days,
        ),
        *debts[i + 1 :],
    ]
    after = classify(indicators(income=income, essential_expenses=expenses, debts=debts_after, as_of=AS_OF), T)
    assert ORDER.index(after.debtor_class) >= ORDER.index(before.debtor_class), (before.reasons, after.reasons)


# -- persistent debt (Bank of Thailand, 2024): five years or more, more interest than principal paid ----------
def old_debt(*, principal: str, outstanding: str, installment: str, start: date) -> DebtLine:
    return DebtLine(CreditorKind.BANK, "bank", D(outstanding), D(installment), 0, D(principal), start)


def test_given_a_debt_owed_under_60_months_then_not_persistent_and_at_60_months_persistent() -> None:
    young = old_debt(principal="50000", outstanding="49000", installment="800", start=date(2021, 12, 2))
    assert persistent_debt(young, as_of=AS_OF) is None  # 58 months and 30 days
    due = young._replace(contract_date=date(2021, 11, 1))
    found = persistent_debt(due, as_of=AS_OF)
    assert found is not None
    # paid 800 × 60 = 48,000; principal repaid 1,000 over 60 months; interest ≈ 47,000
    assert (found.months, found.principal_paid, found.interest_paid) == (60, D("1000.00"), D("47000.00"))


def test_given_an_old_debt_mostly_repaid_then_not_persistent() -> None:
    # 100,000 lent ten years ago, 10,000 left: principal repaid over the last 5 years ≈ 45,000 > interest
    repaid = old_debt(principal="100000", outstanding="10000", installment="1200", start=date(2016, 11, 1))
    assert persistent_debt(repaid, as_of=AS_OF) is None


def test_given_a_persistent_debt_then_the_household_is_a_problem_with_the_numbers_as_reason() -> None:
    stuck = old_debt(principal="50000", outstanding="49000", installment="800", start=date(2019, 1, 1))
    result = classify(indicators(income=D(20000), essential_expenses=D(8000), debts=[stuck], as_of=AS_OF), T)
    assert result.debtor_class is DebtorClass.C
    (reason,) = result.reasons
    assert reason.code == "persistent_debt" and reason.params["count"] == 1
    assert reason.params["interest"] > reason.params["principal"]
    # without the date of the analysis no debt is judged persistent
    assert classify(indicators(income=D(20000), essential_expenses=D(8000), debts=[stuck]), T).debtor_class is (
        DebtorClass.A
    )


def test_given_reasons_then_their_texts_show_percentages_plainly_and_a_shortfall_without_a_minus_sign() -> None:
    from cdfi_desktop.messages import message

    result = classify(indicators(income=D(20000), essential_expenses=D(12000), debts=[line(installment="10500")]), T)
    texts = [message(r.code, "th", **r.params) for r in result.reasons]
    assert texts == [
        "ภาระหนี้ต่อรายได้ 52.5% (เกิน 50%)",
        "รายได้ไม่พอรายจ่ายและค่างวด (ขาด 2,500.00 บาทต่อเดือน)",
    ]
    assert (
        message(result.reasons[0].code, "en", **result.reasons[0].params)
        == "Debt service is 52.5% of income (over 50%)."
    )
