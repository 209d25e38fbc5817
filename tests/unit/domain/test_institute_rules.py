"""Unit tests for cdfi_desktop.domain.institute_rules: institute, committee, member fund and activity rules."""

from __future__ import annotations

import ast
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cdfi_desktop.domain import institute_rules
from cdfi_desktop.domain.enums import ActivityKind, ActivityStatus, Cohort, CommitteeRole, FundType, InstituteLevel
from cdfi_desktop.domain.institute_rules import (
    CODES,
    FIRST_PROGRAM_YEAR_BE,
    ActivityFacts,
    CommitteeMemberFacts,
    InstituteFacts,
    MemberFundFacts,
    check_activity,
    check_area,
    check_committee_member,
    check_institute,
    check_member_fund,
    last_plausible_fiscal_year,
)
from cdfi_desktop.domain.register_rules import MAX_DEBT_AMOUNT, Issue, Severity

TODAY = date(2026, 11, 26)  # fiscal year 2570
VALID_CID = "1101700230708"

INSTITUTE = InstituteFacts(
    name="สถาบันการจัดการเงินทุนชุมชนตำบลในเมือง",
    code="",
    level=InstituteLevel.SUBDISTRICT,
    cohort=Cohort.EXISTING,
    cohort_fiscal_year=2560,
    founding_date=date(2016, 12, 1),
    province_code="40",
    district_code="4001",
    subdistrict_code="400101",
)
MEMBER = CommitteeMemberFacts(
    full_name="นางสมศรี ใจดี",
    role=CommitteeRole.CHAIR,
    citizen_id="",
    phone="0812345678",
    term_start=date(2025, 4, 1),
    term_end=date(2029, 3, 31),
)
FUND = MemberFundFacts(
    name="กลุ่มออมทรัพย์เพื่อการผลิตตำบลในเมือง",
    fund_type=FundType.SAVINGS_GROUP_PRODUCTION,
    founded_date=date(2005, 1, 1),
    members_count=985,
    capital=Decimal("8690000.00"),
    can_lend=True,
    lending_limit=Decimal("50000.00"),
    interest_rate=Decimal("12"),
    max_term_months=36,
)
ACTIVITY = ActivityFacts(
    kind=ActivityKind.COMMITTEE_WORKSHOP,
    title="ประชุมเชิงปฏิบัติการคณะกรรมการสถาบัน",
    fiscal_year=2570,
    planned_date=date(2026, 12, 15),
    done_date=None,
    status=ActivityStatus.PLANNED,
    budget=Decimal("5000.00"),
    spent=Decimal("0.00"),
)


def codes(issues: list[Issue]) -> list[tuple[str, str]]:
    return [(i.code, i.field) for i in issues]


# -- the domain stays pure -------------------------------------------------------------------------------------------
def test_given_the_rules_module_then_it_imports_the_standard_library_and_the_domain_only() -> None:
    tree = ast.parse(Path(institute_rules.__file__).read_text(encoding="utf-8"))
    modules = {
        (node.module or "") if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    }
    outside = {
        m
        for m in modules
        if not m.startswith(("cdfi_desktop.domain", "__future__", "dataclasses", "datetime", "decimal"))
    }
    assert outside == set()


# -- the institute ---------------------------------------------------------------------------------------------------
def test_given_a_complete_institute_when_checked_then_no_issue() -> None:
    assert check_institute(INSTITUTE, today=TODAY) == []


@pytest.mark.parametrize("name", ["", "   "])
def test_given_no_name_when_checked_then_name_required(name: str) -> None:
    assert codes(check_institute(replace(INSTITUTE, name=name), today=TODAY)) == [("name_required", "name")]


def test_given_a_name_of_201_characters_when_checked_then_too_long_but_200_pass() -> None:
    assert check_institute(replace(INSTITUTE, name="ก" * 200), today=TODAY) == []
    issues = check_institute(replace(INSTITUTE, name="ก" * 201), today=TODAY)
    assert codes(issues) == [("text_too_long", "name")]
    assert issues[0].params == {"limit": 200}


def test_given_a_code_or_phone_too_long_when_checked_then_each_field_says_so() -> None:
    issues = check_institute(replace(INSTITUTE, code="x" * 41, phone="0" * 41), today=TODAY)
    assert codes(issues) == [("text_too_long", "code"), ("text_too_long", "phone")]


@pytest.mark.parametrize(
    ("province", "district", "subdistrict", "expected"),
    [
        ("40", "4001", "400101", []),
        (
            "",
            "",
            "",
            [
                ("province_required", "province_code"),
                ("district_required", "district_code"),
                ("subdistrict_required", "subdistrict_code"),
            ],
        ),
        ("40", "", "", [("district_required", "district_code"), ("subdistrict_required", "subdistrict_code")]),
        ("40", "4001", "", [("subdistrict_required", "subdistrict_code")]),
        ("4", "4001", "400101", [("area_code_invalid", "province_code")]),
        ("40", "401", "400101", [("area_code_invalid", "district_code")]),
        ("40", "4001", "40010", [("area_code_invalid", "subdistrict_code")]),
        ("4a", "4001", "400101", [("area_code_invalid", "province_code")]),
        ("๔๐", "4001", "400101", [("area_code_invalid", "province_code")]),
        ("40", "4101", "410101", [("area_inconsistent", "district_code")]),
        ("40", "4001", "400201", [("area_inconsistent", "subdistrict_code")]),
        (" 40 ", " 4001", "400101 ", []),
    ],
)
def test_given_area_codes_when_checked_then_given_well_formed_and_nested(
    province: str, district: str, subdistrict: str, expected: list[tuple[str, str]]
) -> None:
    assert codes(check_area(province_code=province, district_code=district, subdistrict_code=subdistrict)) == expected


def test_given_a_district_outside_its_province_then_only_the_first_break_is_reported() -> None:
    # The subdistrict fits its (wrong) district; the officer fixes the district first.
    issues = check_area(province_code="40", district_code="4101", subdistrict_code="410101")
    assert issues[0].params == {"area_code": "4101", "parent": "40"}
    assert len(issues) == 1


@pytest.mark.parametrize(
    ("founded", "expected"),
    [
        (date(1950, 1, 1), []),
        (date(1949, 12, 31), [("date_before_1950", "founding_date")]),
        (TODAY, []),
        (date(2026, 11, 27), [("date_in_future", "founding_date")]),
        (None, []),
    ],
)
def test_given_founding_dates_at_the_edges_when_checked_then_1950_to_today(
    founded: date | None, expected: list[tuple[str, str]]
) -> None:
    assert codes(check_institute(replace(INSTITUTE, founding_date=founded), today=TODAY)) == expected


@pytest.mark.parametrize(
    ("year", "ok"),
    [
        (FIRST_PROGRAM_YEAR_BE, True),
        (FIRST_PROGRAM_YEAR_BE - 1, False),
        (2571, True),
        (2572, False),
        (None, True),
        (2017, False),
    ],
)
def test_given_a_cohort_fiscal_year_when_checked_then_within_the_program_years(year: int | None, ok: bool) -> None:
    issues = check_institute(replace(INSTITUTE, cohort_fiscal_year=year, founding_date=None), today=TODAY)
    assert (issues == []) is ok
    if not ok:
        assert codes(issues) == [("fiscal_year_out_of_range", "cohort_fiscal_year")]
        assert issues[0].params == {"year": year, "first": 2551, "last": 2571}


def test_given_today_then_the_last_plausible_fiscal_year_is_the_next_one() -> None:
    assert last_plausible_fiscal_year(date(2026, 9, 30)) == 2570
    assert last_plausible_fiscal_year(date(2026, 10, 1)) == 2571


def test_given_a_new_institute_founded_outside_its_cohort_year_then_a_warning_not_an_error() -> None:
    facts = replace(INSTITUTE, cohort=Cohort.NEW, cohort_fiscal_year=2570, founding_date=date(2026, 9, 30))
    issues = check_institute(facts, today=TODAY)
    assert codes(issues) == [("founding_outside_cohort_year", "founding_date")]
    assert issues[0].severity is Severity.WARNING
    assert issues[0].params == {"founded_year": 2569, "cohort_year": 2570}
    assert check_institute(replace(facts, founding_date=date(2026, 10, 1)), today=TODAY) == []


def test_given_an_existing_institute_founded_years_before_its_cohort_then_no_warning() -> None:
    assert check_institute(replace(INSTITUTE, cohort_fiscal_year=2565), today=TODAY) == []


# -- the committee ---------------------------------------------------------------------------------------------------
def test_given_a_complete_committee_member_then_no_issue() -> None:
    assert check_committee_member(MEMBER, today=TODAY) == []


def test_given_no_name_and_no_role_then_both_required() -> None:
    issues = check_committee_member(replace(MEMBER, full_name=" ", role=None), today=TODAY)
    assert codes(issues) == [("name_required", "full_name"), ("committee_role_required", "role")]


@pytest.mark.parametrize(
    ("cid", "code"),
    [
        ("", None),
        (VALID_CID, None),
        ("1-1017-00230-70-8", None),
        ("1101700230705", "citizen_id_checksum"),
        ("12345", "citizen_id_length"),
    ],
)
def test_given_a_citizen_id_then_checked_only_when_given(cid: str, code: str | None) -> None:
    issues = check_committee_member(replace(MEMBER, citizen_id=cid), today=TODAY)
    assert codes(issues) == ([] if code is None else [(code, "citizen_id")])


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2025, 4, 1), date(2025, 4, 2), []),
        (date(2025, 4, 1), date(2025, 4, 1), [("term_end_before_start", "term_end")]),
        (date(2025, 4, 1), date(2025, 3, 31), [("term_end_before_start", "term_end")]),
        (None, date(2029, 3, 31), []),
        (date(2025, 4, 1), None, []),
        (date(2027, 1, 1), date(2031, 1, 1), []),  # a newly elected committee starts in the future
        (date(1949, 1, 1), date(2029, 3, 31), [("date_before_1950", "term_start")]),
        (date(1949, 1, 1), date(1948, 1, 1), [("date_before_1950", "term_start"), ("date_before_1950", "term_end")]),
    ],
)
def test_given_term_dates_then_the_term_ends_after_it_starts(
    start: date | None, end: date | None, expected: list[tuple[str, str]]
) -> None:
    assert codes(check_committee_member(replace(MEMBER, term_start=start, term_end=end), today=TODAY)) == expected


@given(st.dates(date(1950, 1, 1), date(2100, 1, 1)), st.dates(date(1950, 1, 1), date(2100, 1, 1)))
def test_given_any_two_term_dates_then_an_issue_exactly_when_the_end_is_not_after_the_start(
    start: date, end: date
) -> None:
    issues = check_committee_member(replace(MEMBER, term_start=start, term_end=end), today=TODAY)
    assert (codes(issues) == [("term_end_before_start", "term_end")]) is (end <= start)
    assert (issues == []) is (end > start)


# -- member funds ----------------------------------------------------------------------------------------------------
def test_given_a_complete_lending_fund_then_no_issue() -> None:
    assert check_member_fund(FUND, today=TODAY) == []


def test_given_no_name_and_no_type_then_both_required() -> None:
    issues = check_member_fund(replace(FUND, name="", fund_type=None), today=TODAY)
    assert codes(issues) == [("name_required", "name"), ("fund_type_required", "fund_type")]


@pytest.mark.parametrize(
    ("limit", "expected"),
    [
        (Decimal("0"), []),
        (MAX_DEBT_AMOUNT, []),
        (Decimal("-0.01"), [("amount_negative", "lending_limit")]),
        (MAX_DEBT_AMOUNT + Decimal("0.01"), [("amount_absurd", "lending_limit")]),
        (None, []),
    ],
)
def test_given_a_lending_limit_then_0_to_the_register_maximum(
    limit: Decimal | None, expected: list[tuple[str, str]]
) -> None:
    fund = replace(FUND, lending_limit=limit, capital=Decimal("0"))
    assert codes(check_member_fund(fund, today=TODAY)) == expected


@pytest.mark.parametrize(
    ("rate", "ok"),
    [
        (Decimal("0"), True),
        (Decimal("100"), True),
        (Decimal("100.00001"), False),
        (Decimal("-0.5"), False),
        (Decimal("6.5"), True),
        (None, True),
    ],
)
def test_given_an_interest_rate_then_0_to_100_percent_a_year(rate: Decimal | None, ok: bool) -> None:
    issues = check_member_fund(replace(FUND, interest_rate=rate), today=TODAY)
    assert codes(issues) == ([] if ok else [("rate_out_of_range", "interest_rate")])


@pytest.mark.parametrize(("term", "ok"), [(1, True), (600, True), (0, False), (601, False), (-1, False), (None, True)])
def test_given_a_maximum_term_then_1_to_600_months(term: int | None, ok: bool) -> None:
    issues = check_member_fund(replace(FUND, max_term_months=term), today=TODAY)
    assert codes(issues) == ([] if ok else [("term_out_of_range", "max_term_months")])


def test_given_a_fund_that_does_not_lend_with_lending_terms_then_each_term_is_refused() -> None:
    issues = check_member_fund(replace(FUND, can_lend=False), today=TODAY)
    assert codes(issues) == [
        ("fund_no_lending_terms", "lending_limit"),
        ("fund_no_lending_terms", "interest_rate"),
        ("fund_no_lending_terms", "max_term_months"),
    ]
    bare = replace(FUND, can_lend=False, lending_limit=None, interest_rate=None, max_term_months=None)
    assert check_member_fund(bare, today=TODAY) == []


def test_given_a_fund_that_does_not_lend_then_its_terms_are_not_range_checked() -> None:
    odd = replace(FUND, can_lend=False, lending_limit=None, interest_rate=Decimal("500"), max_term_months=None)
    assert codes(check_member_fund(odd, today=TODAY)) == [("fund_no_lending_terms", "interest_rate")]


@pytest.mark.parametrize(
    ("members", "capital", "expected"),
    [
        (0, Decimal("0"), []),
        (-1, Decimal("0"), [("count_out_of_range", "members_count")]),
        (1_000_001, Decimal("0"), [("count_out_of_range", "members_count")]),
        (10, Decimal("-1"), [("amount_negative", "capital")]),
        (10, Decimal("1000000000.01"), [("amount_absurd", "capital")]),
    ],
)
def test_given_members_and_capital_then_sane_counts_and_amounts(
    members: int, capital: Decimal, expected: list[tuple[str, str]]
) -> None:
    fund = replace(FUND, members_count=members, capital=capital, lending_limit=None)
    assert codes(check_member_fund(fund, today=TODAY)) == expected


def test_given_a_lending_limit_above_the_whole_capital_then_a_warning() -> None:
    issues = check_member_fund(replace(FUND, capital=Decimal("40000"), lending_limit=Decimal("50000")), today=TODAY)
    assert codes(issues) == [("lending_limit_above_capital", "lending_limit")]
    assert issues[0].severity is Severity.WARNING
    assert check_member_fund(replace(FUND, capital=Decimal("50000")), today=TODAY) == []


def test_given_a_fund_founded_tomorrow_then_date_in_future() -> None:
    issues = check_member_fund(replace(FUND, founded_date=date(2026, 11, 27)), today=TODAY)
    assert codes(issues) == [("date_in_future", "founded_date")]


# -- program activities ----------------------------------------------------------------------------------------------
def test_given_a_planned_activity_then_no_issue() -> None:
    assert check_activity(ACTIVITY, today=TODAY) == []


def test_given_no_kind_and_no_fiscal_year_then_both_required() -> None:
    issues = check_activity(replace(ACTIVITY, kind=None, fiscal_year=None), today=TODAY)
    assert codes(issues) == [("activity_kind_required", "kind"), ("number_invalid", "fiscal_year")]


def test_given_a_done_activity_then_it_needs_its_done_date_not_in_the_future() -> None:
    done = replace(ACTIVITY, status=ActivityStatus.DONE)
    assert codes(check_activity(done, today=TODAY)) == [("activity_done_date_required", "done_date")]
    assert check_activity(replace(done, done_date=TODAY), today=TODAY) == []
    assert codes(check_activity(replace(done, done_date=date(2026, 11, 27)), today=TODAY)) == [
        ("date_in_future", "done_date")
    ]


@pytest.mark.parametrize("status", [ActivityStatus.PLANNED, ActivityStatus.IN_PROGRESS, ActivityStatus.CANCELLED])
def test_given_an_activity_not_done_with_a_done_date_then_refused(status: ActivityStatus) -> None:
    issues = check_activity(replace(ACTIVITY, status=status, done_date=date(2026, 11, 1)), today=TODAY)
    assert codes(issues) == [("activity_done_date_not_done", "done_date")]


def test_given_planned_dates_then_future_is_fine_but_not_before_1950() -> None:
    assert check_activity(replace(ACTIVITY, planned_date=date(2027, 9, 30)), today=TODAY) == []
    assert codes(check_activity(replace(ACTIVITY, planned_date=date(1949, 12, 31)), today=TODAY)) == [
        ("date_before_1950", "planned_date")
    ]


@pytest.mark.parametrize(
    ("budget", "spent", "expected"),
    [
        (Decimal("0"), Decimal("0"), []),
        (Decimal("-1"), Decimal("0"), [("amount_negative", "budget")]),
        (Decimal("0"), Decimal("-0.01"), [("amount_negative", "spent")]),
        (Decimal("5000"), Decimal("5000"), []),
        (MAX_DEBT_AMOUNT + 1, Decimal("0"), [("amount_absurd", "budget")]),
    ],
)
def test_given_budget_and_spent_then_not_negative(
    budget: Decimal, spent: Decimal, expected: list[tuple[str, str]]
) -> None:
    assert codes(check_activity(replace(ACTIVITY, budget=budget, spent=spent), today=TODAY)) == expected


def test_given_spending_above_the_budget_then_a_warning() -> None:
    issues = check_activity(replace(ACTIVITY, budget=Decimal("5000"), spent=Decimal("5000.01")), today=TODAY)
    assert codes(issues) == [("activity_over_budget", "spent")]
    assert issues[0].severity is Severity.WARNING
    assert check_activity(replace(ACTIVITY, budget=Decimal("0"), spent=Decimal("300")), today=TODAY) == []


def test_given_an_activity_fiscal_year_outside_the_program_then_out_of_range() -> None:
    issues = check_activity(replace(ACTIVITY, fiscal_year=2550), today=TODAY)
    assert codes(issues) == [("fiscal_year_out_of_range", "fiscal_year")]


# -- codes -----------------------------------------------------------------------------------------------------------
def test_given_every_rule_then_every_code_it_gives_is_listed_for_the_message_table() -> None:
    seen: set[str] = set()
    bad = [
        check_institute(
            replace(
                INSTITUTE,
                name="",
                code="x" * 41,
                founding_date=date(1900, 1, 1),
                cohort_fiscal_year=1,
                province_code="",
                district_code="9",
                subdistrict_code="",
            ),
            today=TODAY,
        ),
        check_institute(
            replace(INSTITUTE, province_code="40", district_code="4101", founding_date=date(2030, 1, 1)), today=TODAY
        ),
        check_institute(replace(INSTITUTE, cohort=Cohort.NEW, cohort_fiscal_year=2570), today=TODAY),
        check_committee_member(replace(MEMBER, role=None, term_end=date(2000, 1, 1)), today=TODAY),
        check_area(province_code="40", district_code="", subdistrict_code="400101"),
        check_member_fund(
            replace(
                FUND,
                fund_type=None,
                members_count=-1,
                capital=Decimal(-1),
                lending_limit=Decimal(-1),
                interest_rate=Decimal(101),
                max_term_months=0,
            ),
            today=TODAY,
        ),
        check_member_fund(replace(FUND, capital=Decimal(2_000_000_000)), today=TODAY),
        check_member_fund(replace(FUND, capital=Decimal(1), lending_limit=MAX_DEBT_AMOUNT + 1), today=TODAY),
        check_member_fund(replace(FUND, capital=Decimal(10)), today=TODAY),
        check_member_fund(replace(FUND, can_lend=False), today=TODAY),
        check_activity(replace(ACTIVITY, kind=None, fiscal_year=None, status=ActivityStatus.DONE), today=TODAY),
        check_activity(replace(ACTIVITY, done_date=TODAY, spent=Decimal(9000)), today=TODAY),
    ]
    for issues in bad:
        seen |= {i.code for i in issues}
    assert seen == set(CODES)


SERVICE_CODES = ("area_unknown", "core_fund_invalid", "fund_has_open_debts", "fund_is_core")  # services/institute.py


def _all_codes() -> list[str]:
    return [*CODES, *SERVICE_CODES]


def test_given_every_institute_code_then_messages_knows_it() -> None:
    from cdfi_desktop.messages import known

    assert [code for code in _all_codes() if not known(code)] == []


def test_given_every_institute_code_then_messages_has_thai_and_english_texts_with_their_parameters_filled() -> None:
    from cdfi_desktop.messages import message

    params: dict[str, object] = {
        "limit": 200,
        "area_code": "4101",
        "parent": "40",
        "year": 2540,
        "first": 2551,
        "last": 2571,
        "founded_year": 2569,
        "cohort_year": 2570,
        "count": 3,
        "amount": Decimal("-1"),
        "rate": Decimal("150"),
        "term": 0,
        "capital": Decimal("40000"),
        "spent": Decimal("5000.01"),
        "budget": Decimal("5000"),
        "date": TODAY,
    }
    for code in _all_codes():
        for language in ("th", "en"):
            text = message(code, language, **params)
            assert text != code and "{" not in text, (code, language, text)
