"""English texts that count something say "1 household", never "1 households" or "1 household(s)"."""

from __future__ import annotations

import re
import string

import pytest

from cdfi_desktop.messages import _TEXTS, message

PLURAL_AFTER_ONE = re.compile(
    r"\b1 (?:\w+ )?(households|debts|contracts|files|photos|institutes|rounds|projects|members|records|activities"
    r"|months|days|installments)\b|\(s\)"
)


def _fields(template: str) -> set[str]:
    plain = re.sub(r"\{(\w+)\|[^|{}]*\|[^|{}]*\}", r"{\1}", template)
    return {name for _text, name, _spec, _conv in string.Formatter().parse(plain) if name}


@pytest.mark.parametrize("code", sorted(_TEXTS))
def test_given_every_count_is_one_then_the_english_text_says_the_singular(code: str) -> None:
    _th, en = _TEXTS[code]
    text = message(code, "en", **dict.fromkeys(_fields(en), 1))
    assert not PLURAL_AFTER_ONE.search(text), text


def test_given_counts_then_the_counted_phrase_agrees_and_thai_is_unchanged() -> None:
    assert message("evidence_count_photos", "en", count=1) == "1 photo"
    assert message("evidence_count_photos", "en", count=3) == "3 photos"
    assert message("evidence_count_photos", "th", count=1) == "1 ภาพ"
    assert message("ind_no_head", "en", count=1).startswith("1 household has") if "ind_no_head" in _TEXTS else True
