"""Rules for an institute's set-up: its details and area, committee, member funds and program activities."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from cdfi_desktop.domain.citizen_id import validate_citizen_id
from cdfi_desktop.domain.enums import ActivityKind, ActivityStatus, Cohort, CommitteeRole, FundType, InstituteLevel
from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.domain.register_rules import EARLIEST_DATE, MAX_DEBT_AMOUNT, MAX_TERM_MONTHS, Issue, Severity

FIRST_PROGRAM_YEAR_BE = 2551  # CDD began founding institutes in fiscal year 2551 (2008)
MAX_FUND_RATE_PERCENT = Decimal("100")  # a member fund's bylaws: at most 100 % a year
MAX_FUND_CAPITAL = Decimal("1000000000")  # a billion baht: above it a fund's capital is a typing slip
MAX_FUND_MEMBERS = 1_000_000
MAX_NAME_LENGTH = 200
MAX_CODE_LENGTH = 40
MAX_PHONE_LENGTH = 40
PROVINCE_CODE_LENGTH, DISTRICT_CODE_LENGTH, SUBDISTRICT_CODE_LENGTH = 2, 4, 6

# Every code these rules can give (besides a citizen ID's own codes), for the message table and its tests.
CODES = (
    "name_required",
    "text_too_long",
    "province_required",
    "district_required",
    "subdistrict_required",
    "area_code_invalid",
    "area_inconsistent",
    "fiscal_year_out_of_range",
    "number_invalid",
    "founding_outside_cohort_year",
    "date_before_1950",
    "date_in_future",
    "committee_role_required",
    "term_end_before_start",
    "fund_type_required",
    "count_out_of_range",
    "amount_negative",
    "amount_absurd",
    "rate_out_of_range",
    "term_out_of_range",
    "fund_no_lending_terms",
    "lending_limit_above_capital",
    "activity_kind_required",
    "activity_done_date_required",
    "activity_done_date_not_done",
    "activity_over_budget",
)


@dataclass(frozen=True)
class InstituteFacts:
    name: str
    code: str
    level: InstituteLevel | None
    cohort: Cohort | None
    cohort_fiscal_year: int | None  # B.E.
    founding_date: date | None
    province_code: str
    district_code: str
    subdistrict_code: str
    phone: str = ""


@dataclass(frozen=True)
class CommitteeMemberFacts:
    full_name: str
    role: CommitteeRole | None
    citizen_id: str
    phone: str
    term_start: date | None
    term_end: date | None


@dataclass(frozen=True)
class MemberFundFacts:
    name: str
    fund_type: FundType | None
    founded_date: date | None
    members_count: int
    capital: Decimal
    can_lend: bool
    lending_limit: Decimal | None
    interest_rate: Decimal | None
    max_term_months: int | None


@dataclass(frozen=True)
class ActivityFacts:
    kind: ActivityKind | None
    title: str
    fiscal_year: int | None  # B.E.
    planned_date: date | None
    done_date: date | None
    status: ActivityStatus
    budget: Decimal
    spent: Decimal


# -- small checks -------------------------------------------------------------------------------------------------
def _name(value: str, field_name: str, *, required: bool = True, limit: int = MAX_NAME_LENGTH) -> list[Issue]:
    text = value.strip()
    if not text:
        return [Issue("name_required", field_name)] if required else []
    if len(text) > limit:
        return [Issue("text_too_long", field_name, params={"limit": limit})]
    return []


def _text(value: str, field_name: str, *, limit: int) -> list[Issue]:
    return _name(value, field_name, required=False, limit=limit)


def _date(value: date | None, field_name: str, *, today: date, future_allowed: bool = False) -> list[Issue]:
    if value is None:
        return []
    if value < EARLIEST_DATE:
        return [Issue("date_before_1950", field_name, params={"date": value})]
    if not future_allowed and value > today:
        return [Issue("date_in_future", field_name, params={"date": value})]
    return []


def _amount(value: Decimal | None, field_name: str, *, limit: Decimal) -> list[Issue]:
    if value is None:
        return []
    if value < 0:
        return [Issue("amount_negative", field_name, params={"amount": value})]
    if value > limit:
        return [Issue("amount_absurd", field_name, params={"amount": value, "limit": limit})]
    return []


def last_plausible_fiscal_year(today: date) -> int:
    """The latest B.E. fiscal year a record may name: the next one (plans are made ahead)."""
    return fiscal_year_be(today) + 1


def _fiscal_year(value: int | None, field_name: str, *, today: date) -> list[Issue]:
    last = last_plausible_fiscal_year(today)
    if value is not None and not FIRST_PROGRAM_YEAR_BE <= value <= last:
        return [
            Issue(
                "fiscal_year_out_of_range",
                field_name,
                params={"year": value, "first": FIRST_PROGRAM_YEAR_BE, "last": last},
            )
        ]
    return []


def _digits(code: str, length: int) -> bool:
    return len(code) == length and code.isascii() and code.isdigit()


# -- the institute ----------------------------------------------------------------------------------------------
def check_area(*, province_code: str, district_code: str, subdistrict_code: str) -> list[Issue]:
    """Province, district and subdistrict codes: all given, well formed and nested (400101 in 4001 in 40).

    Whether a code names a real area is looked up by the service (official tables), not here.
    """
    issues: list[Issue] = []
    levels = (
        ("province_code", province_code.strip(), PROVINCE_CODE_LENGTH, "province_required", ""),
        ("district_code", district_code.strip(), DISTRICT_CODE_LENGTH, "district_required", province_code.strip()),
        (
            "subdistrict_code",
            subdistrict_code.strip(),
            SUBDISTRICT_CODE_LENGTH,
            "subdistrict_required",
            district_code.strip(),
        ),
    )
    parent_ok = True
    for field_name, code, length, required_code, parent in levels:
        if not code:
            issues.append(Issue(required_code, field_name))
            parent_ok = False
        elif not _digits(code, length):
            issues.append(Issue("area_code_invalid", field_name, params={"area_code": code}))
            parent_ok = False
        elif parent_ok and parent and not code.startswith(parent):
            issues.append(Issue("area_inconsistent", field_name, params={"area_code": code, "parent": parent}))
            parent_ok = False
    return issues


def check_institute(facts: InstituteFacts, *, today: date) -> list[Issue]:
    """Name given; area codes given and nested; founding date 1950..today; cohort year in the program's years.

    A new institute founded outside its cohort's fiscal year is a warning: the officer may know better.
    """
    issues = _name(facts.name, "name")
    issues += _text(facts.code, "code", limit=MAX_CODE_LENGTH)
    issues += _text(facts.phone, "phone", limit=MAX_PHONE_LENGTH)
    issues += check_area(
        province_code=facts.province_code, district_code=facts.district_code, subdistrict_code=facts.subdistrict_code
    )
    issues += _date(facts.founding_date, "founding_date", today=today)
    year_issues = _fiscal_year(facts.cohort_fiscal_year, "cohort_fiscal_year", today=today)
    issues += year_issues
    if (
        facts.cohort is Cohort.NEW
        and facts.founding_date is not None
        and facts.cohort_fiscal_year is not None
        and not year_issues
        and EARLIEST_DATE <= facts.founding_date <= today
        and fiscal_year_be(facts.founding_date) != facts.cohort_fiscal_year
    ):
        issues.append(
            Issue(
                "founding_outside_cohort_year",
                "founding_date",
                Severity.WARNING,
                {"founded_year": fiscal_year_be(facts.founding_date), "cohort_year": facts.cohort_fiscal_year},
            )
        )
    return issues


# -- the committee ----------------------------------------------------------------------------------------------
def check_committee_member(member: CommitteeMemberFacts, *, today: date) -> list[Issue]:
    """Name and role given; citizen ID valid when given; the term ends after it starts.

    A term may start or end in the future (a newly elected committee); its dates are not before 1950.
    """
    issues = _name(member.full_name, "full_name")
    if member.role is None:
        issues.append(Issue("committee_role_required", "role"))
    if member.citizen_id.strip():
        try:
            validate_citizen_id(member.citizen_id)
        except DomainError as error:
            issues.append(Issue.from_error(error, "citizen_id"))
    issues += _text(member.phone, "phone", limit=MAX_PHONE_LENGTH)
    start_issues = _date(member.term_start, "term_start", today=today, future_allowed=True)
    end_issues = _date(member.term_end, "term_end", today=today, future_allowed=True)
    issues += start_issues + end_issues
    if (
        not start_issues
        and not end_issues
        and member.term_start is not None
        and member.term_end is not None
        and member.term_end <= member.term_start
    ):
        issues.append(Issue("term_end_before_start", "term_end"))
    return issues


# -- member funds -----------------------------------------------------------------------------------------------
def check_member_fund(fund: MemberFundFacts, *, today: date) -> list[Issue]:
    """Name and type given; members and capital sane; a lending fund's limit 0..MAX_DEBT_AMOUNT, rate 0–100 %
    a year and maximum term 1–600 months; a fund that does not lend has none of these.

    A lending limit above the fund's whole capital is a warning.
    """
    issues = _name(fund.name, "name")
    if fund.fund_type is None:
        issues.append(Issue("fund_type_required", "fund_type"))
    issues += _date(fund.founded_date, "founded_date", today=today)
    if not 0 <= fund.members_count <= MAX_FUND_MEMBERS:
        issues.append(Issue("count_out_of_range", "members_count", params={"count": fund.members_count}))
    capital_issues = _amount(fund.capital, "capital", limit=MAX_FUND_CAPITAL)
    issues += capital_issues
    if not fund.can_lend:
        for field_name, value in (
            ("lending_limit", fund.lending_limit),
            ("interest_rate", fund.interest_rate),
            ("max_term_months", fund.max_term_months),
        ):
            if value is not None:
                issues.append(Issue("fund_no_lending_terms", field_name))
        return issues
    limit_issues = _amount(fund.lending_limit, "lending_limit", limit=MAX_DEBT_AMOUNT)
    issues += limit_issues
    rate = fund.interest_rate
    if rate is not None and not Decimal(0) <= rate <= MAX_FUND_RATE_PERCENT:
        issues.append(Issue("rate_out_of_range", "interest_rate", params={"rate": rate}))
    term = fund.max_term_months
    if term is not None and not 1 <= term <= MAX_TERM_MONTHS:
        issues.append(Issue("term_out_of_range", "max_term_months", params={"term": term}))
    if (
        not limit_issues
        and not capital_issues
        and fund.lending_limit is not None
        and fund.capital > 0
        and fund.lending_limit > fund.capital
    ):
        issues.append(
            Issue(
                "lending_limit_above_capital",
                "lending_limit",
                Severity.WARNING,
                {"limit": fund.lending_limit, "capital": fund.capital},
            )
        )
    return issues


# -- program activities -----------------------------------------------------------------------------------------
def check_activity(activity: ActivityFacts, *, today: date) -> list[Issue]:
    """Kind and fiscal year given, the year in the program's years; planned date from 1950 (future allowed); a done
    activity has its done date, not in the future, and only a done one has it; budget and spent not negative.

    Spending above the budget is a warning.
    """
    issues: list[Issue] = []
    if activity.kind is None:
        issues.append(Issue("activity_kind_required", "kind"))
    issues += _text(activity.title, "title", limit=MAX_NAME_LENGTH)
    if activity.fiscal_year is None:
        issues.append(Issue("number_invalid", "fiscal_year"))
    issues += _fiscal_year(activity.fiscal_year, "fiscal_year", today=today)
    issues += _date(activity.planned_date, "planned_date", today=today, future_allowed=True)
    issues += _date(activity.done_date, "done_date", today=today)
    done = activity.status is ActivityStatus.DONE
    if done and activity.done_date is None:
        issues.append(Issue("activity_done_date_required", "done_date"))
    if not done and activity.done_date is not None:
        issues.append(Issue("activity_done_date_not_done", "done_date"))
    budget_issues = _amount(activity.budget, "budget", limit=MAX_DEBT_AMOUNT)
    spent_issues = _amount(activity.spent, "spent", limit=MAX_DEBT_AMOUNT)
    issues += budget_issues + spent_issues
    if not budget_issues and not spent_issues and activity.budget > 0 and activity.spent > activity.budget:
        issues.append(
            Issue(
                "activity_over_budget",
                "spent",
                Severity.WARNING,
                {"spent": activity.spent, "budget": activity.budget},
            )
        )
    return issues
