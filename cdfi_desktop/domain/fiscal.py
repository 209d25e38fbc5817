"""Thai government fiscal year (starting 1 October, numbered in B.E.) and its quarters."""

from __future__ import annotations

from datetime import date, timedelta

from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.thai_date import be_year, ce_year

__all__ = ["fiscal_quarter", "fiscal_quarter_range", "fiscal_year_be", "fiscal_year_range"]

FISCAL_YEAR_START_MONTH = 10


def fiscal_year_be(d: date) -> int:
    """B.E. fiscal year containing ``d``: 1 Oct 2016 – 30 Sep 2017 is fiscal year 2560."""
    year_ce = d.year + 1 if d.month >= FISCAL_YEAR_START_MONTH else d.year
    return be_year(year_ce)


def fiscal_quarter(d: date) -> int:
    """Fiscal quarter of ``d``: 1 = Oct–Dec, 2 = Jan–Mar, 3 = Apr–Jun, 4 = Jul–Sep."""
    return (d.month - FISCAL_YEAR_START_MONTH) % 12 // 3 + 1


def _first_of_month(year: int, month: int, fy_be: int) -> date:
    try:
        return date(year, month, 1)
    except ValueError:
        raise DomainError("fiscal_year_invalid", fiscal_year=fy_be) from None


def fiscal_quarter_range(fy_be: int, quarter: int) -> tuple[date, date]:
    """First and last day (inclusive) of ``quarter`` (1-4) of B.E. fiscal year ``fy_be``."""
    if isinstance(quarter, bool) or quarter not in (1, 2, 3, 4):
        raise DomainError("fiscal_quarter_invalid", quarter=quarter)
    start_month0 = FISCAL_YEAR_START_MONTH - 1 + 3 * (quarter - 1)  # 0-based, may pass December
    year = ce_year(fy_be) - 1 + start_month0 // 12
    start = _first_of_month(year, start_month0 % 12 + 1, fy_be)
    next_month0 = start_month0 + 3
    next_year = ce_year(fy_be) - 1 + next_month0 // 12
    try:
        end = date(next_year, next_month0 % 12 + 1, 1) - timedelta(days=1)
    except (ValueError, OverflowError):
        raise DomainError("fiscal_year_invalid", fiscal_year=fy_be) from None
    return start, end


def fiscal_year_range(fy_be: int) -> tuple[date, date]:
    """First and last day (inclusive) of B.E. fiscal year ``fy_be``; 2560 → 2016-10-01 .. 2017-09-30."""
    start, _ = fiscal_quarter_range(fy_be, 1)
    _, end = fiscal_quarter_range(fy_be, 4)
    return start, end
