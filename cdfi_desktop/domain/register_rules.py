"""Rules for what may enter the registers: households, their members and finances, and debts.

Each check returns :class:`Issue` values (a code, the field it concerns, its parameters and whether it
blocks saving), never raises, so that a screen can mark every field at once and the workbook importer can
write every reason into its report. Duplicate citizen IDs across households need the database and are
checked by the service; everything here is pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from cdfi_desktop.domain.citizen_id import validate_citizen_id
from cdfi_desktop.domain.enums import CreditorKind, DebtStatus, FinanceKind, Relation
from cdfi_desktop.domain.errors import DomainError

EARLIEST_DATE = date(1950, 1, 1)
MAX_DEBT_AMOUNT = Decimal("20000000")  # above this a household debt is a typing slip, not a loan
MAX_MONTHLY_AMOUNT = Decimal("1000000")  # monthly income, expense or installment
MAX_RATE_PERCENT = Decimal("600")  # informal lenders charge a lot, but not more than this a year
MAX_TERM_MONTHS = 600
MAX_DAYS_OVERDUE = 36500


class Severity(StrEnum):
    ERROR = "error"  # nothing is saved while it stands
    WARNING = "warning"  # saved, but the officer is told (e.g. above a fund's lending limit)


@dataclass(frozen=True)
class Issue:
    code: str
    field: str
    severity: Severity = Severity.ERROR
    params: dict[str, object] = dataclass_field(default_factory=dict, compare=False)

    @classmethod
    def from_error(cls, error: DomainError, field_name: str) -> Issue:
        return cls(error.code, error.field or field_name, Severity.ERROR, dict(error.params))


def blocking(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity is Severity.ERROR]


@dataclass(frozen=True)
class MemberFacts:
    citizen_id: str
    first_name: str
    last_name: str
    birth_date: date | None
    relation: Relation
    is_head: bool


@dataclass(frozen=True)
class FinanceFacts:
    kind: FinanceKind
    amount_monthly: Decimal


@dataclass(frozen=True)
class FundRules:
    """What a member fund's bylaws allow one borrower."""

    name: str
    can_lend: bool
    lending_limit: Decimal | None
    max_term_months: int | None
    bylaw_notes: str = ""


@dataclass(frozen=True)
class DebtFacts:
    creditor_kind: CreditorKind
    member_fund_id: str | None
    creditor_name: str
    contract_date: date | None
    due_date: date | None
    principal: Decimal
    outstanding: Decimal
    interest_rate: Decimal | None
    installment: Decimal | None
    term_months: int | None
    days_overdue: int
    status: DebtStatus
    rescheduled_on: date | None = None  # the day a rescheduling was agreed with an outside creditor


def _date_in_range(value: date | None, field_name: str, *, today: date, future_allowed: bool = False) -> list[Issue]:
    if value is None:
        return []
    if value < EARLIEST_DATE:
        return [Issue("date_before_1950", field_name, params={"date": value})]
    if not future_allowed and value > today:
        return [Issue("date_in_future", field_name, params={"date": value})]
    return []


def _amount(value: Decimal | None, field_name: str, *, limit: Decimal, required: bool = False) -> list[Issue]:
    if value is None:
        return [Issue("amount_required", field_name)] if required else []
    if value < 0:
        return [Issue("amount_negative", field_name, params={"amount": value})]
    if value > limit:
        return [Issue("amount_absurd", field_name, params={"amount": value, "limit": limit})]
    return []


def check_member(member: MemberFacts, *, today: date, prefix: str = "") -> list[Issue]:
    issues: list[Issue] = []
    if member.citizen_id.strip():
        try:
            validate_citizen_id(member.citizen_id)
        except DomainError as error:
            issues.append(Issue.from_error(error, f"{prefix}citizen_id"))
    if not member.first_name.strip():
        issues.append(Issue("name_required", f"{prefix}first_name"))
    issues += _date_in_range(member.birth_date, f"{prefix}birth_date", today=today)
    return issues


def check_household(*, members: list[MemberFacts], finances: list[FinanceFacts], today: date) -> list[Issue]:
    """A household: at least one member, exactly one head, no citizen ID twice, sane monthly amounts."""
    issues: list[Issue] = []
    if not members:
        issues.append(Issue("household_no_members", "members"))
    heads = [m for m in members if m.is_head or m.relation is Relation.HEAD]
    if members and len(heads) != 1:
        issues.append(Issue("household_head_count", "members", params={"heads": len(heads)}))
    seen: dict[str, int] = {}
    for index, member in enumerate(members):
        issues += check_member(member, today=today, prefix=f"members[{index}].")
        cid = member.citizen_id.strip()
        if cid:
            if cid in seen:
                issues.append(
                    Issue("citizen_id_repeated", f"members[{index}].citizen_id", params={"first_row": seen[cid] + 1})
                )
            seen.setdefault(cid, index)
    for index, line in enumerate(finances):
        issues += _amount(
            line.amount_monthly, f"finances[{index}].amount_monthly", limit=MAX_MONTHLY_AMOUNT, required=True
        )
    return issues


def interest_over_term(principal: Decimal, rate_percent: Decimal | None, term_months: int | None) -> Decimal | None:
    """Simple interest a debt can accrue over its whole term; None when rate or term is unknown."""
    if rate_percent is None or term_months is None:
        return None
    return principal * rate_percent / Decimal(100) * Decimal(term_months) / Decimal(12)


def check_debt(debt: DebtFacts, *, fund: FundRules | None, today: date) -> list[Issue]:
    """One debt: creditor named, amounts sane, outstanding not above principal plus interest, dates in
    range (an outside creditor's rescheduling agreed by today, not before the debt's contract), and — as
    warnings naming the bylaw — a member-fund loan above its lending limit or term."""
    issues: list[Issue] = []
    if debt.creditor_kind is CreditorKind.MEMBER_FUND:
        if not debt.member_fund_id:
            issues.append(Issue("debt_fund_required", "member_fund_id"))
    elif not debt.creditor_name.strip():
        issues.append(Issue("debt_creditor_required", "creditor_name"))
    issues += _amount(debt.principal, "principal", limit=MAX_DEBT_AMOUNT, required=True)
    issues += _amount(debt.outstanding, "outstanding", limit=MAX_DEBT_AMOUNT, required=True)
    issues += _amount(debt.installment, "installment", limit=MAX_MONTHLY_AMOUNT)
    if debt.interest_rate is not None and not Decimal(0) <= debt.interest_rate <= MAX_RATE_PERCENT:
        issues.append(Issue("rate_out_of_range", "interest_rate", params={"rate": debt.interest_rate}))
    if debt.term_months is not None and not 0 < debt.term_months <= MAX_TERM_MONTHS:
        issues.append(Issue("term_out_of_range", "term_months", params={"term": debt.term_months}))
    if not 0 <= debt.days_overdue <= MAX_DAYS_OVERDUE:
        issues.append(Issue("days_overdue_out_of_range", "days_overdue", params={"days": debt.days_overdue}))
    if not blocking(issues) and debt.outstanding > debt.principal:
        interest = interest_over_term(debt.principal, debt.interest_rate, debt.term_months) or Decimal(0)
        ceiling = debt.principal + interest
        if debt.outstanding > ceiling:
            issues.append(
                Issue(
                    "outstanding_above_principal_interest",
                    "outstanding",
                    params={"outstanding": debt.outstanding, "ceiling": ceiling.quantize(Decimal("0.01"))},
                )
            )
    issues += _date_in_range(debt.contract_date, "contract_date", today=today)
    issues += _date_in_range(debt.due_date, "due_date", today=today, future_allowed=True)
    if debt.contract_date and debt.due_date and debt.due_date < debt.contract_date:
        issues.append(Issue("due_before_contract", "due_date"))
    if debt.creditor_kind is not CreditorKind.MEMBER_FUND:  # a member fund's debt goes into a 1HH1C contract
        issues += _date_in_range(debt.rescheduled_on, "rescheduled_on", today=today)
        if debt.contract_date and debt.rescheduled_on and debt.rescheduled_on < debt.contract_date:
            issues.append(Issue("rescheduled_before_contract", "rescheduled_on"))
    if fund is not None and debt.creditor_kind is CreditorKind.MEMBER_FUND:
        issues += _bylaw_warnings(debt, fund)
    return issues


def _bylaw_warnings(debt: DebtFacts, fund: FundRules) -> list[Issue]:
    warnings: list[Issue] = []
    bylaw = fund.bylaw_notes.strip()
    if not fund.can_lend:
        warnings.append(
            Issue("fund_does_not_lend", "member_fund_id", Severity.WARNING, {"fund": fund.name, "bylaw": bylaw})
        )
    if fund.lending_limit is not None and debt.principal > fund.lending_limit:
        warnings.append(
            Issue(
                "above_lending_limit",
                "principal",
                Severity.WARNING,
                {"fund": fund.name, "limit": fund.lending_limit, "bylaw": bylaw},
            )
        )
    if fund.max_term_months is not None and debt.term_months is not None and debt.term_months > fund.max_term_months:
        warnings.append(
            Issue(
                "above_max_term",
                "term_months",
                Severity.WARNING,
                {"fund": fund.name, "max_term": fund.max_term_months, "bylaw": bylaw},
            )
        )
    return warnings
