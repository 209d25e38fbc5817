"""Register rules: members, households, debts and the bylaw warnings, each at its edge."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from cdfi_desktop.domain.citizen_id import citizen_id_check_digit
from cdfi_desktop.domain.enums import CreditorKind, DebtStatus, FinanceKind, Relation
from cdfi_desktop.domain.register_rules import (
    MAX_DEBT_AMOUNT,
    DebtFacts,
    FinanceFacts,
    FundRules,
    MemberFacts,
    Severity,
    blocking,
    check_debt,
    check_household,
    check_member,
)

TODAY = date(2026, 11, 1)
D = Decimal
BODY = "340110001234"
GOOD = BODY + str(citizen_id_check_digit(BODY))
FUND = FundRules(
    name="กองทุนหมู่บ้าน",
    can_lend=True,
    lending_limit=D(30000),
    max_term_months=12,
    bylaw_notes="ไม่เกิน 30,000 บาท ชำระคืนภายใน 1 ปี",
)


def member(cid: str = GOOD, *, head: bool = True, birth: date | None = date(1970, 1, 1)) -> MemberFacts:
    return MemberFacts(
        citizen_id=cid,
        first_name="บุญมี",
        last_name="ใจดี",
        birth_date=birth,
        relation=Relation.HEAD if head else Relation.CHILD,
        is_head=head,
    )


def debt(**changes: object) -> DebtFacts:
    values: dict[str, object] = {
        "creditor_kind": CreditorKind.MEMBER_FUND,
        "member_fund_id": "f1",
        "creditor_name": "",
        "contract_date": date(2025, 6, 1),
        "due_date": date(2026, 6, 1),
        "principal": D(20000),
        "outstanding": D(15000),
        "interest_rate": D(6),
        "installment": D(1800),
        "term_months": 12,
        "days_overdue": 0,
        "status": DebtStatus.OPEN,
    }
    values.update(changes)
    return DebtFacts(**values)  # type: ignore[arg-type]


def codes(issues: list) -> list[str]:  # type: ignore[type-arg]
    return [i.code for i in issues]


def test_given_a_valid_member_then_no_issue_and_a_wrong_check_digit_is_named() -> None:
    assert check_member(member(), today=TODAY) == []
    wrong = BODY + str((citizen_id_check_digit(BODY) + 1) % 10)
    assert codes(check_member(member(wrong), today=TODAY)) == ["citizen_id_checksum"]


def test_given_birth_dates_then_before_1950_and_future_are_refused_but_the_edges_pass() -> None:
    assert codes(check_member(member(birth=date(1949, 12, 31)), today=TODAY)) == ["date_before_1950"]
    assert check_member(member(birth=date(1950, 1, 1)), today=TODAY) == []
    assert check_member(member(birth=TODAY), today=TODAY) == []
    assert codes(check_member(member(birth=date(2026, 11, 2)), today=TODAY)) == ["date_in_future"]


def test_given_households_then_one_head_and_no_repeated_citizen_id() -> None:
    assert codes(check_household(members=[], finances=[], today=TODAY)) == ["household_no_members"]
    two_heads = [member(), member(BODY[:-1] + "5" + str(citizen_id_check_digit(BODY[:-1] + "5")))]
    assert "household_head_count" in codes(check_household(members=two_heads, finances=[], today=TODAY))
    twice = [member(), member(head=False)]
    issues = check_household(members=twice, finances=[], today=TODAY)
    assert codes(issues) == ["citizen_id_repeated"]
    assert issues[0].field == "members[1].citizen_id"


def test_given_monthly_amounts_then_negative_and_absurd_are_refused() -> None:
    finances = [FinanceFacts(FinanceKind.INCOME, D(-1)), FinanceFacts(FinanceKind.EXPENSE, D(2_000_000))]
    assert codes(check_household(members=[member()], finances=finances, today=TODAY)) == [
        "amount_negative",
        "amount_absurd",
    ]


def test_given_debt_amounts_then_negative_absurd_and_outstanding_above_principal_plus_interest_refused() -> None:
    assert check_debt(debt(), fund=FUND, today=TODAY) == []
    assert codes(check_debt(debt(principal=D(-5)), fund=None, today=TODAY)) == ["amount_negative"]
    assert codes(check_debt(debt(outstanding=MAX_DEBT_AMOUNT + 1), fund=None, today=TODAY)) == ["amount_absurd"]
    # 20,000 at 6 % for 12 months can grow to 21,200 at most
    assert check_debt(debt(outstanding=D("21200")), fund=None, today=TODAY) == []
    assert codes(check_debt(debt(outstanding=D("21200.01")), fund=None, today=TODAY)) == [
        "outstanding_above_principal_interest"
    ]
    # without rate or term nothing may exceed the principal
    assert codes(check_debt(debt(interest_rate=None, outstanding=D("20000.01")), fund=None, today=TODAY)) == [
        "outstanding_above_principal_interest"
    ]


def test_given_debt_dates_then_contract_date_not_future_nor_before_1950_but_due_date_may_be_future() -> None:
    assert codes(check_debt(debt(contract_date=date(2026, 11, 2), due_date=None), fund=None, today=TODAY)) == [
        "date_in_future"
    ]
    assert codes(check_debt(debt(contract_date=date(1949, 1, 1)), fund=None, today=TODAY)) == ["date_before_1950"]
    assert check_debt(debt(due_date=date(2030, 1, 1)), fund=None, today=TODAY) == []
    assert codes(check_debt(debt(due_date=date(2025, 1, 1)), fund=None, today=TODAY)) == ["due_before_contract"]


def test_given_an_outside_rescheduling_then_its_day_is_not_in_the_future_nor_before_the_contract() -> None:
    outside = {"creditor_kind": CreditorKind.BAAC, "member_fund_id": None, "creditor_name": "ธ.ก.ส."}
    assert check_debt(debt(**outside, rescheduled_on=date(2026, 3, 1)), fund=None, today=TODAY) == []
    assert check_debt(debt(**outside, rescheduled_on=TODAY), fund=None, today=TODAY) == []
    assert check_debt(debt(**outside, rescheduled_on=date(2025, 6, 1)), fund=None, today=TODAY) == []
    future = check_debt(debt(**outside, rescheduled_on=date(2026, 11, 2)), fund=None, today=TODAY)
    assert [(i.code, i.field) for i in future] == [("date_in_future", "rescheduled_on")]
    early = check_debt(debt(**outside, rescheduled_on=date(2025, 5, 31)), fund=None, today=TODAY)
    assert [(i.code, i.field) for i in early] == [("rescheduled_before_contract", "rescheduled_on")]
    # a member fund's debt is restructured by a 1HH1C contract: a day on it is not checked (the service drops it)
    assert check_debt(debt(rescheduled_on=date(2030, 1, 1)), fund=None, today=TODAY) == []


def test_given_a_fund_loan_above_limit_or_term_then_warnings_name_the_bylaw_and_do_not_block() -> None:
    issues = check_debt(
        debt(principal=D(30000.01).quantize(D("0.01")), term_months=13, outstanding=D(100)), fund=FUND, today=TODAY
    )
    assert codes(issues) == ["above_lending_limit", "above_max_term"]
    assert all(i.severity is Severity.WARNING and i.params["bylaw"] == FUND.bylaw_notes for i in issues)
    assert blocking(issues) == []
    assert check_debt(debt(principal=D(30000), outstanding=D(100)), fund=FUND, today=TODAY) == []


def test_given_creditors_then_a_fund_must_be_chosen_and_an_outside_creditor_named() -> None:
    assert codes(check_debt(debt(member_fund_id=None), fund=None, today=TODAY)) == ["debt_fund_required"]
    assert codes(check_debt(debt(creditor_kind=CreditorKind.BAAC, creditor_name=" "), fund=None, today=TODAY)) == [
        "debt_creditor_required"
    ]
    assert codes(check_debt(debt(interest_rate=D(601)), fund=None, today=TODAY)) == ["rate_out_of_range"]
    assert codes(check_debt(debt(term_months=0), fund=None, today=TODAY)) == ["term_out_of_range"]
