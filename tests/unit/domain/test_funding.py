"""The suggested source of money per debt: a member fund within its bylaws, else pooled funds, else outside."""

from __future__ import annotations

from decimal import Decimal

from cdfi_desktop.domain.funding import FundTerms, SourceKind, lending_capacity, suggest_source

D = Decimal
VILLAGE = FundTerms("village", "กองทุนหมู่บ้าน", True, D(50000), 36, D(6), D(400000))
SAVINGS = FundTerms("savings", "กลุ่มออมทรัพย์", True, D(20000), 24, D(12), D(100000))
WOMEN = FundTerms("women", "กองทุนพัฒนาบทบาทสตรี", False, None, None, D(3), D(90000))


def suggest(amount: str, *, current: str | None = None, installment: str = "2000", funds=(VILLAGE, SAVINGS, WOMEN)):  # type: ignore[no-untyped-def]
    return suggest_source(
        amount=D(amount),
        current_fund_id=current,
        affordable_installment=D(installment),
        funds=list(funds),
        default_rate_pct=D(6),
        max_term_months=120,
    )


def test_given_a_debt_within_the_cheapest_funds_limit_and_term_then_that_fund() -> None:
    found = suggest("20000")
    assert (found.kind, found.fund_id) == (SourceKind.MEMBER_FUND, "village")
    assert found.reason.code == "source_fund" and found.reason.params["max_term"] == 36
    assert found.term_months == 11


def test_given_a_debt_of_a_fund_that_allows_it_then_its_own_fund_first() -> None:
    found = suggest("15000", current="savings")
    assert (found.fund_id, found.reason.code) == ("savings", "source_own_fund")


def test_given_an_amount_exactly_at_the_limit_then_allowed_and_one_satang_above_then_not() -> None:
    assert suggest("50000", installment="5000").fund_id == "village"
    above = suggest("50000.01", installment="5000")
    assert above.kind is SourceKind.POOLED and above.reason.code == "source_pooled"


def test_given_a_term_longer_than_the_bylaws_allow_then_not_that_fund() -> None:
    # 45,000 at 2,000 a month takes 25 months at 6 %: village allows 36 → village; savings' 24 would not do
    assert suggest("45000").fund_id == "village"
    only_savings = suggest("19000", installment="700", funds=(SAVINGS,))  # about 31 months > 24
    assert only_savings.kind is SourceKind.POOLED


def test_given_a_fund_that_does_not_lend_or_lacks_the_money_then_skipped() -> None:
    assert suggest("10000", funds=(WOMEN,)).kind is SourceKind.OUTSIDE  # it lends nothing: no pooled money either
    short = FundTerms("v", "v", True, D(50000), 36, D(6), D(5000))
    found = suggest("10000", funds=(short,))
    assert found.kind is SourceKind.OUTSIDE and found.reason.code == "source_outside"


def test_given_an_installment_that_never_repays_then_outside_saying_so() -> None:
    found = suggest("300000", installment="1000")
    assert found.kind is SourceKind.OUTSIDE and found.reason.code == "source_unaffordable"
    assert found.term_months is None


def test_given_funds_then_the_pooled_capacity_counts_only_lending_funds() -> None:
    assert lending_capacity([VILLAGE, SAVINGS, WOMEN]) == D(500000)


def test_given_a_debt_of_a_fund_with_no_money_left_then_its_own_fund_still_restructures_it() -> None:
    spent = FundTerms("village", "กองทุนหมู่บ้าน", True, D(50000), 36, D(6), D(0))
    found = suggest("20000", current="village", funds=(spent,))
    assert (found.kind, found.fund_id, found.reason.code) == (SourceKind.MEMBER_FUND, "village", "source_own_fund")
    assert suggest("20000", funds=(spent,)).kind is SourceKind.OUTSIDE  # another debt needs new money


def test_given_less_pooled_money_than_the_debt_then_outside() -> None:
    found = suggest_source(
        amount=D(60000),
        current_fund_id=None,
        affordable_installment=D(3000),
        funds=[VILLAGE],
        default_rate_pct=D(6),
        max_term_months=120,
        pooled_capacity=D(59999),
    )
    assert found.kind is SourceKind.OUTSIDE
