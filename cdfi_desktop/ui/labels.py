"""Screen words for the program's vocabularies and values: translated labels, B.E. dates, baht amounts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale

from cdfi_desktop.domain.enums import (
    ActivityKind,
    ActivityStatus,
    Cohort,
    CommitteeRole,
    CreditorKind,
    DebtPurpose,
    DebtStatus,
    FinanceCategory,
    FinanceKind,
    FundType,
    InstituteLevel,
    Relation,
    Sex,
)
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.domain.thai_date import format_date_be, parse_date
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from cdfi_desktop.services.areas import AreaNames

_CONTEXT = "Labels"
E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True)
class AreaText:
    """An area's names in Thai and in English, looked up off the UI thread."""

    th: AreaNames
    en: AreaNames


_FUND_TYPES = {
    FundType.SAVINGS_GROUP_PRODUCTION: QT_TRANSLATE_NOOP("Labels", "Savings group for production"),
    FundType.VILLAGE_FUND: QT_TRANSLATE_NOOP("Labels", "Village and urban community fund"),
    FundType.POVERTY_ALLEVIATION: QT_TRANSLATE_NOOP("Labels", "Poverty-alleviation project fund"),
    FundType.WOMEN_DEVELOPMENT: QT_TRANSLATE_NOOP("Labels", "Women's development fund"),
    FundType.WELFARE_FUND: QT_TRANSLATE_NOOP("Labels", "Community welfare fund"),
    FundType.RICE_BANK: QT_TRANSLATE_NOOP("Labels", "Rice bank"),
    FundType.COMMUNITY_ENTERPRISE: QT_TRANSLATE_NOOP("Labels", "Community enterprise"),
    FundType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other fund"),
}
_COHORTS = {
    Cohort.EXISTING: QT_TRANSLATE_NOOP("Labels", "Existing institute"),
    Cohort.NEW: QT_TRANSLATE_NOOP("Labels", "New institute"),
}


_CREDITOR_KINDS = {
    CreditorKind.MEMBER_FUND: QT_TRANSLATE_NOOP("Labels", "Member fund of the institute"),
    CreditorKind.BANK: QT_TRANSLATE_NOOP("Labels", "Bank"),
    CreditorKind.BAAC: QT_TRANSLATE_NOOP("Labels", "BAAC"),
    CreditorKind.COOPERATIVE: QT_TRANSLATE_NOOP("Labels", "Cooperative"),
    CreditorKind.INFORMAL_LENDER: QT_TRANSLATE_NOOP("Labels", "Informal lender"),
    CreditorKind.SHOP: QT_TRANSLATE_NOOP("Labels", "Shop credit"),
    CreditorKind.RELATIVE: QT_TRANSLATE_NOOP("Labels", "Relative or neighbour"),
    CreditorKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other creditor"),
}
_DEBT_STATUSES = {
    DebtStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    DebtStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    DebtStatus.TRANSFERRED: QT_TRANSLATE_NOOP("Labels", "Closed – transferred"),
}
_PURPOSES = {
    DebtPurpose.AGRICULTURE: QT_TRANSLATE_NOOP("Labels", "Farming"),
    DebtPurpose.TRADE: QT_TRANSLATE_NOOP("Labels", "Trade"),
    DebtPurpose.HOUSEHOLD: QT_TRANSLATE_NOOP("Labels", "Household spending"),
    DebtPurpose.EDUCATION: QT_TRANSLATE_NOOP("Labels", "Education"),
    DebtPurpose.HEALTH: QT_TRANSLATE_NOOP("Labels", "Health care"),
    DebtPurpose.HOUSING: QT_TRANSLATE_NOOP("Labels", "Housing"),
    DebtPurpose.VEHICLE: QT_TRANSLATE_NOOP("Labels", "Vehicle"),
    DebtPurpose.DEBT_REPAYMENT: QT_TRANSLATE_NOOP("Labels", "Paying other debts"),
    DebtPurpose.OTHER: QT_TRANSLATE_NOOP("Labels", "Other purpose"),
}
_RELATIONS = {
    Relation.HEAD: QT_TRANSLATE_NOOP("Labels", "Head of household"),
    Relation.SPOUSE: QT_TRANSLATE_NOOP("Labels", "Spouse"),
    Relation.CHILD: QT_TRANSLATE_NOOP("Labels", "Child"),
    Relation.PARENT: QT_TRANSLATE_NOOP("Labels", "Parent"),
    Relation.GRANDCHILD: QT_TRANSLATE_NOOP("Labels", "Grandchild"),
    Relation.SIBLING: QT_TRANSLATE_NOOP("Labels", "Brother or sister"),
    Relation.RELATIVE: QT_TRANSLATE_NOOP("Labels", "Relative"),
    Relation.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
_SEXES = {Sex.MALE: QT_TRANSLATE_NOOP("Labels", "Male"), Sex.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female")}
_FINANCE_CATEGORIES = {
    FinanceCategory.AGRICULTURE: QT_TRANSLATE_NOOP("Labels", "Farming"),
    FinanceCategory.WAGES: QT_TRANSLATE_NOOP("Labels", "Wages"),
    FinanceCategory.SALARY: QT_TRANSLATE_NOOP("Labels", "Salary"),
    FinanceCategory.TRADE: QT_TRANSLATE_NOOP("Labels", "Trade"),
    FinanceCategory.WELFARE: QT_TRANSLATE_NOOP("Labels", "Welfare allowances"),
    FinanceCategory.REMITTANCE: QT_TRANSLATE_NOOP("Labels", "Money from family"),
    FinanceCategory.FOOD: QT_TRANSLATE_NOOP("Labels", "Food"),
    FinanceCategory.UTILITIES: QT_TRANSLATE_NOOP("Labels", "Water, power, phone"),
    FinanceCategory.EDUCATION: QT_TRANSLATE_NOOP("Labels", "Education"),
    FinanceCategory.HEALTH: QT_TRANSLATE_NOOP("Labels", "Health care"),
    FinanceCategory.TRANSPORT: QT_TRANSLATE_NOOP("Labels", "Transport"),
    FinanceCategory.FARM_INPUTS: QT_TRANSLATE_NOOP("Labels", "Farm inputs"),
    FinanceCategory.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
_COMMITTEE_ROLES = {
    CommitteeRole.CHAIR: QT_TRANSLATE_NOOP("Labels", "Chair"),
    CommitteeRole.VICE_CHAIR: QT_TRANSLATE_NOOP("Labels", "Vice chair"),
    CommitteeRole.SECRETARY: QT_TRANSLATE_NOOP("Labels", "Secretary"),
    CommitteeRole.TREASURER: QT_TRANSLATE_NOOP("Labels", "Treasurer"),
    CommitteeRole.AUDITOR: QT_TRANSLATE_NOOP("Labels", "Auditor"),
    CommitteeRole.MEMBER: QT_TRANSLATE_NOOP("Labels", "Committee member"),
    CommitteeRole.ADVISOR: QT_TRANSLATE_NOOP("Labels", "Advisor"),
}
_ACTIVITY_KINDS = {
    ActivityKind.COMMITTEE_WORKSHOP: QT_TRANSLATE_NOOP("Labels", "Committee workshop"),
    ActivityKind.FOUNDING: QT_TRANSLATE_NOOP("Labels", "Founding the institute"),
    ActivityKind.DEBTOR_SURVEY: QT_TRANSLATE_NOOP("Labels", "Debtor survey and register"),
    ActivityKind.DEBT_TRAINING: QT_TRANSLATE_NOOP("Labels", "Debt-management training"),
    ActivityKind.PLAN_MEETING: QT_TRANSLATE_NOOP("Labels", "Debt-management plan meeting"),
    ActivityKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other activity"),
}
_ACTIVITY_STATUSES = {
    ActivityStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    ActivityStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    ActivityStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    ActivityStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
_LEVELS = {
    InstituteLevel.VILLAGE: QT_TRANSLATE_NOOP("Labels", "Village level"),
    InstituteLevel.SUBDISTRICT: QT_TRANSLATE_NOOP("Labels", "Subdistrict level"),
}
_FINANCE_KINDS = {
    FinanceKind.INCOME: QT_TRANSLATE_NOOP("Labels", "Income"),
    FinanceKind.EXPENSE: QT_TRANSLATE_NOOP("Labels", "Expense"),
}
_ALL: dict[type, dict[Any, str]] = {
    FinanceKind: _FINANCE_KINDS,
    FundType: _FUND_TYPES,
    Cohort: _COHORTS,
    CreditorKind: _CREDITOR_KINDS,
    DebtStatus: _DEBT_STATUSES,
    DebtPurpose: _PURPOSES,
    Relation: _RELATIONS,
    Sex: _SEXES,
    FinanceCategory: _FINANCE_CATEGORIES,
    CommitteeRole: _COMMITTEE_ROLES,
    ActivityKind: _ACTIVITY_KINDS,
    ActivityStatus: _ACTIVITY_STATUSES,
    InstituteLevel: _LEVELS,
}


def label(value: StrEnum) -> str:
    """The screen word for any value of the program's vocabularies (fund type, creditor kind, relation…)."""
    return _t(_ALL[type(value)][value])


def choices(enum_cls: type[E]) -> list[tuple[str, E]]:
    """(label, value) pairs in the vocabulary's own order, for combo boxes."""
    return [(label(value), value) for value in enum_cls]


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def fund_type_label(value: FundType) -> str:
    return _t(_FUND_TYPES[value])


def cohort_label(value: Cohort) -> str:
    return _t(_COHORTS[value])


def is_thai() -> bool:
    return QLocale().language() == QLocale.Language.Thai


_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # not the C locale's


def screen_era() -> str:
    """The era of the years on screen: "be" (Buddhist Era) in Thai, "ce" (Common Era) in English."""
    return "be" if is_thai() else "ce"


def date_text(value: date | None) -> str:
    """B.E. with Thai month names in Thai (7 มี.ค. 2568); day, month and C.E. year in English (7 Mar 2025)."""
    if value is None:
        return "–"
    if is_thai():
        return format_date_be(value, style="short")
    return f"{value.day} {_EN_MONTHS[value.month - 1]} {value.year}"


def date_numeric(value: date | None) -> str:
    """The date as typed in a date field: dd/mm/yyyy B.E. in Thai (07/03/2568), C.E. in English (07/03/2025)."""
    if value is None:
        return ""
    if is_thai():
        return format_date_be(value, style="numeric")
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def parse_screen_date(text: str) -> date:
    """A date typed in a table cell or a field, read in the era of the screen (B.E. in Thai, C.E. in English);
    raises ``DomainError`` as ``thai_date.parse_date`` does (a year of the other era is reported, not guessed)."""
    return parse_date(text, era=screen_era())


def baht_text(value: Decimal | None) -> str:
    return "–" if value is None else format_baht(value)


def fiscal_year_text(fiscal_year_be: int) -> str:
    return QCoreApplication.translate("Labels", "Fiscal year %1").replace(
        "%1", str(fiscal_year_be if is_thai() else fiscal_year_be - 543)
    )


def enum_data(data: object, enum_cls: type[E]) -> E | None:
    """A vocabulary value back from a combo box (Qt hands StrEnum item data back as plain text)."""
    if data is None or data == "":
        return None
    return enum_cls(str(data))
