"""Reading one cell as the value a field needs: text, money, rate, whole number, date, citizen ID, vocabularies."""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from cdfi_desktop.domain.citizen_id import normalize_citizen_id
from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.money import parse_money
from cdfi_desktop.domain.thai_date import BE_OFFSET, parse_date
from cdfi_desktop.domain.thai_digits import to_arabic_digits
from cdfi_desktop.services.excel_import.fields import (
    CREDITOR_KIND_WORDS,
    NO_WORDS,
    PURPOSE_WORDS,
    RELATION_WORDS,
    SEX_WORDS,
    TITLES,
    YES_WORDS,
    normalise_header,
)

__all__ = [
    "FORMULA_WITHOUT_VALUE",
    "MAX_AMOUNT",
    "MAX_RATE_MONTHLY",
    "MAX_RATE_YEARLY",
    "MAX_WHOLE_NUMBER",
    "CellError",
    "Parsed",
    "read_date",
    "read_int",
    "read_money",
    "read_rate",
    "read_text",
    "split_full_name",
]

MAX_AMOUNT = Decimal(10**10)  # baht: no household amount comes near; beyond it a cell is a slip or an attack
MAX_RATE_YEARLY = Decimal(1000)  # per cent a year (register rules refuse above 600 % with their own message)
MAX_RATE_MONTHLY = Decimal(100)  # per cent a month
MAX_WHOLE_NUMBER = 1_000_000  # days, months, village numbers
_SHOWN_CHARS = 40  # a refused cell's text is quoted up to this many characters

_NIL = frozenset({"", "-", "–", "—", "--", "n/a", "na", "ไม่มี"})
_RATE_PLACES = Decimal("0.00001")
_SATANG = Decimal("0.01")
_INT_RE = re.compile(r"([0-9][0-9,]*)(?:\.0+)?\s*(?:เดือน|วัน|งวด|ปี|days?|months?)?", re.ASCII | re.IGNORECASE)
_RATE_RE = re.compile(r"([0-9]+(?:\.[0-9]+)?)", re.ASCII)
_MONTHLY_RE = re.compile(r"(ต่อเดือน|/\s*เดือน|ต่อ\s*เดือน|per\s*month|a\s*month)", re.IGNORECASE)


# "5,000.-" and "5,000.- บาท": whole baht as Thai accounts write them.
_BAHT_DASH_RE = re.compile(r"^([0-9๐-๙][0-9๐-๙,]*)\.?-(\s*บาท)?$")
# "วันที่ 15 มีนาคม พ.ศ. 2566": the words around a typed date.
_DATE_WORDS_RE = re.compile(r"^(?:ณ\s*)?วันที่\s*|พ\.\s*ศ\.\s*")


class CellError(Exception):
    """A cell that cannot be read as its field's value; carries a message code and its parameters."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


class _NoValue(str):
    """A formula cell saved without its computed value (written by a program, never opened in Excel)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "FORMULA_WITHOUT_VALUE"


FORMULA_WITHOUT_VALUE: str = _NoValue()  # reads as an empty cell; the plan warns where a field's cell is one


def _quoted(value: object) -> str:
    """A cell's text as a message quotes it: at most a few dozen characters."""
    text = read_text(value) if not isinstance(value, float) else repr(value)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


class Parsed:
    """A warning a cell reading produced beside its value (e.g. a Gregorian year in a B.E. column)."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params


def is_blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip().lower() in _NIL
    return False


def read_text(value: object) -> str:
    """Any cell as text: whole numbers without ".0", spaces collapsed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ใช่" if value else "ไม่ใช่"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    text = " ".join(str(value).split())
    return "" if text in ("-", "–", "—") else text


def read_money(value: object) -> Decimal:
    """Baht with satang from a number or a typed amount ("๑๒,๕๐๐.๕๐", "1,200 บาท"); floats via their repr.

    Amounts below zero (``amount_negative``) or of ``MAX_AMOUNT`` baht and more (``amount_absurd``) are refused.
    """
    if isinstance(value, bool):
        raise CellError("money_invalid", text=str(value))
    if isinstance(value, int):
        _check_amount(value, value)
        return Decimal(value).quantize(_SATANG)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise CellError("number_invalid", text=str(value))
        _check_amount(value, value)
        return _float_to_decimal(value, _SATANG, code="money_too_many_decimals")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise CellError("number_invalid", text=str(value))
        _check_amount(value, value)
        return _exact(value, _SATANG, code="money_too_many_decimals")
    text = _BAHT_DASH_RE.sub(r"\1", str(value).replace("฿", "").replace("\u00a0", " ").strip())
    try:
        amount = parse_money(text)
    except DomainError as error:
        if error.code == "amount_absurd":
            raise CellError("amount_absurd", amount=_quoted(value), limit=MAX_AMOUNT) from None
        raise CellError(error.code, **error.params) from None
    _check_amount(amount, value)
    return amount


def _check_amount(amount: int | float | Decimal, cell: object) -> None:
    if amount < 0:
        raise CellError("amount_negative", amount=_quoted(cell))
    if amount > MAX_AMOUNT:
        raise CellError("amount_absurd", amount=_quoted(cell), limit=MAX_AMOUNT)


def _float_to_decimal(value: float, unit: Decimal, *, code: str) -> Decimal:
    if math.isnan(value) or math.isinf(value):
        raise CellError("number_invalid", text=str(value))
    exact = Decimal(repr(value))
    if exact == exact.quantize(unit):
        return exact.quantize(unit)
    places = -unit.as_tuple().exponent  # type: ignore[operator]
    rounded = Decimal(repr(round(value, places)))
    if abs(float(exact - rounded)) < 1e-9 * max(1.0, abs(value)):  # binary noise such as 0.30000000000000004
        return rounded.quantize(unit)
    raise CellError(code, text=repr(value))


def _exact(value: Decimal, unit: Decimal, *, code: str) -> Decimal:
    if value != value.quantize(unit):
        raise CellError(code, text=str(value))
    return value.quantize(unit)


def read_rate(value: object) -> Decimal:
    """A yearly rate in per cent ("12", "12%", "1.5 % ต่อเดือน" → 18); five places at most.

    Below zero, above ``MAX_RATE_MONTHLY`` % a month or ``MAX_RATE_YEARLY`` % a year: ``rate_out_of_range``.
    """
    if isinstance(value, bool):
        raise CellError("number_invalid", text=str(value))
    if isinstance(value, int):
        return _rate_in_range(Decimal(value), value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise CellError("number_invalid", text=str(value))
        _rate_in_range(Decimal(repr(value)), value)
        return _float_to_decimal(value, _RATE_PLACES, code="number_invalid").normalize()
    text = to_arabic_digits(str(value)).strip()
    match = _RATE_RE.search(text)
    rest = _RATE_RE.sub("", text, count=1)
    leftover = normalise_header(re.sub(r"(ต่อปี|/\s*ปี|ต่อเดือน|/\s*เดือน|per\s*(year|month)|บาท)", "", rest))
    if match is None or leftover:
        raise CellError("number_invalid", text=_quoted(value))
    rate = Decimal(match[1])
    monthly = _MONTHLY_RE.search(text) is not None
    if text.startswith("-") or rate > (MAX_RATE_MONTHLY if monthly else MAX_RATE_YEARLY):
        yearly = -rate if text.startswith("-") else rate * 12 if monthly else rate
        raise CellError("rate_out_of_range", rate=_rate_shown(yearly, value))
    if rate != rate.quantize(_RATE_PLACES):
        raise CellError("number_invalid", text=_quoted(value))
    if monthly:
        rate *= 12
    return rate.normalize()


def _rate_in_range(rate: Decimal, cell: object) -> Decimal:
    if rate < 0 or rate > MAX_RATE_YEARLY:
        raise CellError("rate_out_of_range", rate=_rate_shown(rate, cell))
    return rate


def _rate_shown(rate: Decimal, cell: object) -> str:
    """A refused yearly rate as its message shows it ("1800" for 150 % a month); the cell's text when huge."""
    return f"{rate.normalize():f}" if rate.adjusted() < 12 else _quoted(cell)


def read_int(value: object, *, maximum: int = MAX_WHOLE_NUMBER) -> int:
    """A whole number (days, months, village no.) from a number or text ("๓๖ เดือน"), 0 to ``maximum``."""
    if isinstance(value, bool):
        raise CellError("number_invalid", text=str(value))
    if isinstance(value, int):
        return _whole_in_range(value, value, maximum)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise CellError("number_invalid", text=str(value))
        if value.is_integer():
            return _whole_in_range(int(value), value, maximum)
        raise CellError("number_invalid", text=repr(value))
    text = to_arabic_digits(str(value)).strip()
    match = _INT_RE.fullmatch(text)
    if match is None:
        raise CellError("number_invalid", text=_quoted(value))
    digits = match[1].replace(",", "")
    if len(digits) > len(str(maximum)):
        raise CellError("import_number_out_of_range", text=_quoted(value), limit=f"{maximum:,}")
    return _whole_in_range(int(digits), value, maximum)


def _whole_in_range(number: int, cell: object, maximum: int) -> int:
    if not 0 <= number <= maximum:
        raise CellError("import_number_out_of_range", text=_quoted(cell), limit=f"{maximum:,}")
    return number


def read_date(value: object) -> tuple[date, Parsed | None]:
    """A date cell or typed date. Excel dates in year 2400+ were typed in B.E. (minus 543); text is read as B.E.,
    and a 4-digit year 1900–2299 as Gregorian with a warning."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        if value.year >= 2400:
            try:
                return value.replace(year=value.year - BE_OFFSET), None
            except ValueError:
                raise CellError("date_invalid", text=value.isoformat()) from None
        return value, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise CellError("date_invalid", text=read_text(value))
    text = _DATE_WORDS_RE.sub(" ", str(value)).strip()
    try:
        return parse_date(text, era="be"), None
    except DomainError as error:
        if error.code == "date_era_gregorian_suspected":
            as_ce = error.params["as_ce"]
            assert isinstance(as_ce, date)
            return as_ce, Parsed("import_date_gregorian", year=error.params["year"], date=as_ce)
        raise CellError(error.code, **error.params) from None


def read_citizen_id(value: object) -> str:
    """Digits only; a number cell (1234567890121.0) loses nothing."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return normalize_citizen_id(str(value).strip())


def read_phone(value: object) -> str:
    """A phone number; a number cell that lost its leading zero gets it back."""
    text = read_text(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and len(text) == 9:
        return "0" + text
    return text


def read_word(value: object, words: dict[str, object], *, code: str = "import_value_unknown") -> object:
    key = normalise_header(value)
    if key in words:
        return words[key]
    raise CellError(code, value=read_text(value))


def read_yes_no(value: object) -> bool:
    if isinstance(value, bool):
        return value
    key = normalise_header(read_text(value))
    if key in YES_WORDS:
        return True
    if key in NO_WORDS:
        return False
    raise CellError("import_value_unknown", value=read_text(value))


def split_full_name(text: str) -> tuple[str, str, str]:
    """ "นายสมชาย ใจดี" → ("นาย", "สมชาย", "ใจดี"): a known title, then split on the first space."""
    rest = " ".join(text.split())
    title = ""
    for candidate, _sex in TITLES:
        if rest.lower().startswith(candidate.lower()):
            title, rest = candidate, rest[len(candidate) :].strip()
            break
    first, _, last = rest.partition(" ")
    return title, first, last.strip()


def sex_of_title(title: str) -> object | None:
    for candidate, sex in TITLES:
        if title == candidate:
            return sex
    return None


WORDS = {
    "sex": SEX_WORDS,
    "relation": RELATION_WORDS,
    "creditor_kind": CREDITOR_KIND_WORDS,
    "purpose": PURPOSE_WORDS,
}


def decimal_or_none(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None
