"""Money as Decimal baht: the single rounding rule, parsing of typed amounts and display formatting."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.thai_digits import to_arabic_digits, to_thai_digits

__all__ = ["MAX_TYPED_AMOUNT", "SATANG", "format_baht", "parse_money", "round_satang"]

SATANG = Decimal("0.01")
MAX_TYPED_AMOUNT = Decimal(10**15)  # baht: more than any register holds; its satang still fit a 64-bit integer

_BAHT_SUFFIX = "บาท"
_MONEY_RE = re.compile(
    r"(?P<sign>[+-]?)(?P<int>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)?(?:\.(?P<frac>[0-9]+))?",
    re.ASCII,
)


def _to_decimal(x: Decimal | int | str) -> Decimal:
    if isinstance(x, bool) or not isinstance(x, (Decimal, int, str)):
        raise TypeError(f"money must be Decimal, int or str, not {type(x).__name__}")
    if isinstance(x, str):
        try:
            value = Decimal(x.strip())
        except InvalidOperation:
            raise DomainError("money_invalid", text=x) from None
    else:
        value = Decimal(x)
    if not value.is_finite():
        raise DomainError("money_invalid", text=str(x))
    return value


def round_satang(x: Decimal | int | str) -> Decimal:
    """Round to whole satang (0.01 baht), half away from zero; the only place money is rounded.

    Floats are refused (``TypeError``) so binary fractions never reach the books.
    """
    value = _to_decimal(x)
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, value.adjusted() + 4)
        rounded = value.quantize(SATANG, rounding=ROUND_HALF_UP)
    if rounded.is_zero():
        return Decimal("0.00")  # never hand out -0.00
    return rounded


def parse_money(text: str) -> Decimal:
    """Parse an amount typed by an officer: ``"1,234.50"``, ``" 1234 "``, ``"๑,๒๓๔.๕๐"``, ``"500 บาท"``.

    Returns a Decimal with exactly two decimal places.  Raises ``DomainError`` with code
    ``money_invalid`` for anything that is not a plain amount (wrong comma grouping included),
    ``money_too_many_decimals`` when more than two decimal places are given and ``amount_absurd``
    for more than ``MAX_TYPED_AMOUNT`` baht (however many digits are typed; never ``InvalidOperation``).
    """
    cleaned = to_arabic_digits(text).strip()
    if cleaned.endswith(_BAHT_SUFFIX):
        cleaned = cleaned[: -len(_BAHT_SUFFIX)].rstrip()
    match = _MONEY_RE.fullmatch(cleaned)
    if match is None or (match["int"] is None and match["frac"] is None):
        raise DomainError("money_invalid", text=text)
    frac = match["frac"] or ""
    if len(frac) > 2:
        raise DomainError("money_too_many_decimals", text=text, decimals=len(frac))
    integer = (match["int"] or "0").replace(",", "").lstrip("0") or "0"
    if len(integer) > len(str(MAX_TYPED_AMOUNT)):  # checked on the digits: a huge number is never built
        raise DomainError("amount_absurd", text=_shortened(text), amount=_shortened(text), limit=MAX_TYPED_AMOUNT)
    value = Decimal(f"{match['sign']}{integer}.{frac.ljust(2, '0')}")
    if abs(value) > MAX_TYPED_AMOUNT:
        raise DomainError("amount_absurd", text=_shortened(text), amount=_shortened(text), limit=MAX_TYPED_AMOUNT)
    return round_satang(value)


def _shortened(text: str, most: int = 40) -> str:
    text = text.strip()
    return text if len(text) <= most else text[: most - 1] + "…"


def format_baht(x: Decimal | int, *, thai_digits: bool = False) -> str:
    """Format an amount with thousands separators and two decimals: ``"1,234.50"``, ``"-1,234.50"``."""
    text = f"{round_satang(x):,.2f}"
    return to_thai_digits(text) if thai_digits else text


@dataclass(frozen=True)
class Percent:
    """A percentage given to a message, shown without trailing zeros (52.5 %, where an amount shows 52.50)."""

    value: Decimal

    def __str__(self) -> str:
        return f"{self.value.normalize():f}"
