"""Buddhist-era (พ.ศ.) date formatting and lenient parsing of dates typed by officers."""

from __future__ import annotations

import re
from datetime import date

from cdfi_desktop.domain.errors import DomainError
from cdfi_desktop.domain.thai_digits import to_arabic_digits, to_thai_digits

__all__ = [
    "BE_OFFSET",
    "THAI_MONTHS",
    "THAI_MONTHS_ABBR",
    "be_year",
    "ce_year",
    "format_date_be",
    "format_month_year_be",
    "parse_date",
]

BE_OFFSET = 543

THAI_MONTHS: tuple[str, ...] = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)

THAI_MONTHS_ABBR: tuple[str, ...] = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)

_STYLES = ("long", "short", "numeric")
_ERAS = ("be", "ce")

# A 4-digit year in this range, given as B.E., is almost certainly a Gregorian year typed by mistake.
_GREGORIAN_SUSPECT_MIN = 1900
_GREGORIAN_SUSPECT_MAX = 2299
# A 4-digit year from here on, given as C.E., is almost certainly a Buddhist-era year.
_BUDDHIST_SUSPECT_MIN = 2400


def _month_key(token: str) -> str:
    return re.sub(r"[\s.]", "", token)


_MONTH_LOOKUP: dict[str, int] = {}
for _number, (_full, _abbr) in enumerate(zip(THAI_MONTHS, THAI_MONTHS_ABBR, strict=True), start=1):
    _MONTH_LOOKUP[_month_key(_full)] = _number
    _MONTH_LOOKUP[_month_key(_abbr)] = _number
_MONTH_LOOKUP["กรกฏาคม"] = 7  # very common misspelling (ฏ instead of ฎ)

_SEP = r"\s*[/.\-]\s*"
_DMY_RE = re.compile(rf"(?P<d>[0-9]{{1,2}}){_SEP}(?P<m>[0-9]{{1,2}}){_SEP}(?P<y>[0-9]{{4}}|[0-9]{{2}})", re.ASCII)
_YMD_RE = re.compile(rf"(?P<y>[0-9]{{4}}){_SEP}(?P<m>[0-9]{{1,2}}){_SEP}(?P<d>[0-9]{{1,2}})", re.ASCII)
_NAMED_RE = re.compile(
    r"(?P<d>[0-9]{1,2})\s*(?P<m>[^0-9]+?)\s*"
    r"(?:(?P<era>พ\s*\.?\s*ศ\s*\.?|ค\s*\.?\s*ศ\s*\.?)\s*)?"
    r"(?P<y>[0-9]{4}|[0-9]{2})"
)


def be_year(year_ce: int) -> int:
    """Convert a Gregorian (ค.ศ.) year to the Buddhist era (พ.ศ.)."""
    return year_ce + BE_OFFSET


def ce_year(year_be: int) -> int:
    """Convert a Buddhist-era (พ.ศ.) year to the Gregorian calendar (ค.ศ.)."""
    return year_be - BE_OFFSET


def format_date_be(d: date, *, style: str = "long", thai_digits: bool = False) -> str:
    """Format ``d`` with a B.E. year.

    Styles: ``"long"`` → ``"31 มีนาคม พ.ศ. 2561"``, ``"short"`` → ``"31 มี.ค. 2561"``,
    ``"numeric"`` → ``"31/03/2561"``.  ``thai_digits`` renders the numbers as ๐-๙.
    """
    year = be_year(d.year)
    if style == "long":
        text = f"{d.day} {THAI_MONTHS[d.month - 1]} พ.ศ. {year}"
    elif style == "short":
        text = f"{d.day} {THAI_MONTHS_ABBR[d.month - 1]} {year}"
    elif style == "numeric":
        text = f"{d.day:02d}/{d.month:02d}/{year}"
    else:
        raise DomainError("date_style_invalid", style=style, allowed=_STYLES)
    return to_thai_digits(text) if thai_digits else text


def format_month_year_be(year_ce: int, month: int, *, thai_digits: bool = False) -> str:
    """Format a month and its B.E. year, e.g. ``(2018, 3)`` → ``"มีนาคม 2561"``."""
    if not 1 <= month <= 12:
        raise DomainError("month_invalid", month=month)
    text = f"{THAI_MONTHS[month - 1]} {be_year(year_ce)}"
    return to_thai_digits(text) if thai_digits else text


def _make_date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DomainError("date_invalid", text=text) from None


def _resolve(*, year_text: str, month: int, day: int, era: str, text: str) -> date:
    year = int(year_text)
    if len(year_text) == 2:
        year_ce = ce_year(2500 + year) if era == "be" else 2000 + year
        return _make_date(year_ce, month, day, text)
    if era == "be":
        if _GREGORIAN_SUSPECT_MIN <= year <= _GREGORIAN_SUSPECT_MAX:
            as_ce = _make_date(year, month, day, text)
            raise DomainError("date_era_gregorian_suspected", year=year, as_ce=as_ce)
        return _make_date(ce_year(year), month, day, text)
    if year >= _BUDDHIST_SUSPECT_MIN:
        as_ce = _make_date(ce_year(year), month, day, text)
        raise DomainError("date_era_buddhist_suspected", year=year, as_ce=as_ce)
    return _make_date(year, month, day, text)


def parse_date(text: str, *, era: str = "be") -> date:
    """Parse a date typed by an officer; years are read as B.E. (``era="be"``) or C.E. (``era="ce"``).

    Accepted forms (Thai or Arabic digits): ``15/3/2560``, ``15-03-2560``, ``15.3.2560``,
    ``2560-03-15`` (year first), ``15/3/60`` (two-digit year: 25xx for B.E., 20xx for C.E.), and
    Thai month names full or abbreviated, with or without dots: ``15 มี.ค. 2560``,
    ``15 มีนาคม พ.ศ. 2560``, ``15 มีค 2560``.  An explicit ``พ.ศ.``/``ค.ศ.`` in the text overrides
    ``era``.

    Raises ``DomainError``: ``date_invalid`` (garbage, empty, impossible dates such as 31/2);
    ``date_era_gregorian_suspected`` (B.E. expected but the 4-digit year is 1900-2299) and
    ``date_era_buddhist_suspected`` (C.E. expected but the year is 2400 or later), both with
    params ``year`` (as typed) and ``as_ce`` (the date the other reading gives), so the UI can
    ask the officer and re-parse with the other era.
    """
    if era not in _ERAS:
        raise DomainError("date_era_invalid", era=era, allowed=_ERAS)
    cleaned = " ".join(to_arabic_digits(text).split())
    if match := _DMY_RE.fullmatch(cleaned):
        return _resolve(year_text=match["y"], month=int(match["m"]), day=int(match["d"]), era=era, text=text)
    if match := _YMD_RE.fullmatch(cleaned):
        return _resolve(year_text=match["y"], month=int(match["m"]), day=int(match["d"]), era=era, text=text)
    if match := _NAMED_RE.fullmatch(cleaned):
        month = _MONTH_LOOKUP.get(_month_key(match["m"]))
        if month is None:
            raise DomainError("date_invalid", text=text)
        marker = match["era"]
        effective_era = era if marker is None else ("be" if marker.lstrip().startswith("พ") else "ce")
        return _resolve(year_text=match["y"], month=month, day=int(match["d"]), era=effective_era, text=text)
    raise DomainError("date_invalid", text=text)
