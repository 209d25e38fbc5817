"""Screen words for the program's vocabularies and values: translated labels, B.E. dates, baht amounts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from cdfi_desktop.domain.enums import Cohort, FundType
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.domain.thai_date import format_date_be
from cdfi_desktop.ui.tr_marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from cdfi_desktop.services.areas import AreaNames

_CONTEXT = "Labels"


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


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def fund_type_label(value: FundType) -> str:
    return _t(_FUND_TYPES[value])


def cohort_label(value: Cohort) -> str:
    return _t(_COHORTS[value])


def is_thai() -> bool:
    return QLocale().language() == QLocale.Language.Thai


def date_text(value: date | None) -> str:
    """B.E. with Thai month names in Thai; day, month and Gregorian year in English."""
    if value is None:
        return "–"
    if is_thai():
        return format_date_be(value, style="short")
    return value.strftime("%-d %b %Y")


def baht_text(value: Decimal | None) -> str:
    return "–" if value is None else format_baht(value)


def fiscal_year_text(fiscal_year_be: int) -> str:
    return QCoreApplication.translate("Labels", "Fiscal year %1").replace(
        "%1", str(fiscal_year_be if is_thai() else fiscal_year_be - 543)
    )
