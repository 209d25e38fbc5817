"""Amounts in Thai words as written on cheques and contracts (บาท/สตางค์/ถ้วน)."""

from __future__ import annotations

from decimal import Decimal

from cdfi_desktop.domain.money import round_satang

__all__ = ["baht_text"]

_DIGITS = ("ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
_PLACES = ("", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน")
_MILLION = "ล้าน"
_GROUP = 1_000_000


def _group_words(group: int, *, ones_is_ed: bool) -> str:
    """Words for 0 < group < 1,000,000; ``ones_is_ed`` says a units digit 1 is read เอ็ด."""
    words: list[str] = []
    for place in range(5, -1, -1):
        digit = group // 10**place % 10
        if digit == 0:
            continue
        if place == 1:
            words.append({1: "สิบ", 2: "ยี่สิบ"}.get(digit, _DIGITS[digit] + "สิบ"))
        elif place == 0:
            words.append("เอ็ด" if digit == 1 and ones_is_ed else _DIGITS[digit])
        else:
            words.append(_DIGITS[digit] + _PLACES[place])
    return "".join(words)


def _number_words(number: int) -> str:
    """Words for a positive integer, repeating ล้าน for each further group of six digits."""
    groups: list[int] = []
    while True:
        groups.append(number % _GROUP)
        number //= _GROUP
        if number == 0:
            break
    groups.reverse()
    higher_nonzero = False
    parts: list[str] = []
    for index, group in enumerate(groups):
        is_last = index == len(groups) - 1
        if group:
            # เอ็ด when other digits precede the final 1 in this group (11, 101, 5,001 ล้าน), and for the
            # units digit of the whole number whenever it has more than one digit (1,000,001 → ล้านเอ็ด).
            ones_is_ed = group > 1 or (is_last and higher_nonzero)
            parts.append(_group_words(group, ones_is_ed=ones_is_ed))
            higher_nonzero = True
        if not is_last:
            parts.append(_MILLION)
    return "".join(parts)


def baht_text(amount: Decimal | int | str) -> str:
    """Thai words for an amount, rounded to satang with ``round_satang``.

    ``40000`` → ``"สี่หมื่นบาทถ้วน"``, ``100.50`` → ``"หนึ่งร้อยบาทห้าสิบสตางค์"``,
    ``0.25`` → ``"ยี่สิบห้าสตางค์"``, ``0`` → ``"ศูนย์บาทถ้วน"``; negative amounts get ``"ลบ"``.
    A units digit 1 is read เอ็ด whenever the number has more than one digit (Royal Institute,
    อ่านอย่างไรและเขียนอย่างไร), so 1 → หนึ่งบาท, 101 → หนึ่งร้อยเอ็ดบาท, 1,000,001 → หนึ่งล้านเอ็ดบาท,
    while a lone 1 before ล้าน stays หนึ่ง (1,000,001,000,000 → หนึ่งล้านหนึ่งล้าน).  Satang follow
    the same rules (0.01 → หนึ่งสตางค์, 0.21 → ยี่สิบเอ็ดสตางค์).
    """
    value = round_satang(amount)
    if value.is_zero():
        return "ศูนย์บาทถ้วน"
    cents = int(abs(value) * 100)
    baht, satang = divmod(cents, 100)
    text = ""
    if baht:
        text += _number_words(baht) + "บาท"
    text += _number_words(satang) + "สตางค์" if satang else "ถ้วน"
    return ("ลบ" if value < 0 else "") + text
