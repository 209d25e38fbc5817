"""Thai line breaking for printed reports: lines break between words, never inside a word or a character cluster."""

from __future__ import annotations

import itertools
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cdfi_desktop.reports.thai_text import (
    NBSP,
    ZWSP,
    grapheme_breaks,
    insert_break_marks,
    kept_spans,
    line_breaks,
    segments,
    space_breaks,
    thai_breaks_available,
    unbreakable,
    word_breaks,
    wrap_text,
)

needs_thai_breaks = pytest.mark.skipif(
    not thai_breaks_available(),
    reason="Qt finds Thai word breaks through libthai: install libthai0 (apt-get install libthai0)",
)

INSTITUTE = "สถาบันการจัดการเงินทุนชุมชนตำบลโนนสะอาด"
# Words each kept whole by the breaker, and whose concatenations read only one way (pairs such as
# พัฒนา+การจัดการ → พัฒนาการ|จัดการ are genuinely ambiguous in Thai and are left out).
WORDS = (
    "สถาบัน",
    "การจัดการ",
    "เงินทุน",
    "ชุมชน",
    "ครัวเรือน",
    "หนี้สิน",
    "ทะเบียน",
    "ลูกหนี้",
    "สมาชิก",
    "กองทุน",
    "หมู่บ้าน",
    "ตำบล",
    "อำเภอ",
    "จังหวัด",
    "สัญญา",
    "ประธาน",
    "เกษตร",
    "ธนาคาร",
    "ดอกเบี้ย",
    "ออมทรัพย์",
    "สวัสดิการ",
    "โครงการ",
    "ปีงบประมาณ",
    "ข้อมูล",
    "ภาวะ",
    "เป้าหมาย",
    "ครอบครัว",
    "อาชีพ",
    "รายได้",
    "รายจ่าย",
    "ประชาชน",
    "ผู้จัดทำ",
    "ค้างชำระ",
    "ผ่อนชำระ",
    "เงินต้น",
    "ยากจน",
    "บริหาร",
    "แผนงาน",
    "สหกรณ์",
)


def word_edges(words: list[str]) -> set[int]:
    return set(itertools.accumulate(len(w) for w in words))


def is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Mc")


@needs_thai_breaks
def test_institute_name_breaks_only_between_its_words() -> None:
    # GIVEN the name of an institute written, as Thai is, without spaces
    # WHEN its break opportunities are found
    breaks = set(line_breaks(INSTITUTE))
    # THEN there are some, and none falls inside สถาบัน, การจัดการ, เงินทุน or ชุมชน
    assert breaks
    for word in ("สถาบัน", "การจัดการ", "เงินทุน", "ชุมชน"):
        start = INSTITUTE.index(word)
        assert not breaks & set(range(start + 1, start + len(word))), word
    assert segments(INSTITUTE)[:4] == ["สถาบัน", "การจัดการ", "เงินทุน", "ชุมชน"]


@needs_thai_breaks
def test_compounds_split_by_the_dictionary_are_kept_together_but_can_still_break_when_alone_too_wide() -> None:
    # GIVEN compounds the dictionary splits (ครัว|เรือน, เงิน|ทุน)
    assert word_breaks("ครัวเรือน") and word_breaks("เงินทุน")
    # WHEN lines are broken THEN they are kept whole…
    assert line_breaks("ครัวเรือน") == ()
    assert wrap_text("ทะเบียนครัวเรือน", width=10, measure=len) == ["ทะเบียน", "ครัวเรือน"]
    # …unless a column is too narrow for the whole compound: then they break between its parts
    assert wrap_text("ครัวเรือน", width=6, measure=len) == ["ครัว", "เรือน"]


@needs_thai_breaks
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8))
def test_every_break_is_at_a_word_boundary(words: list[str]) -> None:
    # GIVEN words of the program's vocabulary joined without spaces
    text = "".join(words)
    # WHEN its break opportunities are found
    breaks = set(line_breaks(text))
    # THEN every one is where one word ends and the next begins
    assert breaks <= word_edges(words), segments(text)


@needs_thai_breaks
@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=10), st.integers(min_value=10, max_value=40))
def test_wrapped_lines_fit_and_end_at_word_boundaries(words: list[str], width: int) -> None:
    # GIVEN a run of Thai words and a column at least as wide as the longest word
    text = "".join(words)
    # WHEN it is wrapped
    lines = wrap_text(text, width=width, measure=len)
    # THEN nothing is lost, every line fits, and each line ends at a word boundary
    assert "".join(lines) == text
    assert all(len(line) <= width for line in lines)
    ends = set(itertools.accumulate(len(line) for line in lines))
    assert ends <= word_edges(words) | {len(text)}


def test_a_word_wider_than_the_column_breaks_between_character_clusters_only() -> None:
    # GIVEN one long word full of stacked vowels and tone marks, and a very narrow column
    text = "ผู้ใหญ่บ้านที่นี่น้ำใจ"
    # WHEN it is wrapped at 3 characters
    lines = wrap_text(text, width=3, measure=len)
    # THEN nothing is lost and no line starts with a vowel or tone mark torn from its consonant
    assert "".join(lines) == text
    assert all(line and not is_mark(line[0]) for line in lines)
    assert set(itertools.accumulate(len(line) for line in lines[:-1])) <= set(grapheme_breaks(text))


def test_names_break_at_the_space_first() -> None:
    # GIVEN a person's name whose given name and surname each fit a line but not together
    name = "นางสาวพรทิพย์ ใจดีมีสุข"
    # WHEN wrapped as a name THEN the line breaks at the space
    assert wrap_text(name, width=14, measure=len, keep_names=True) == ["นางสาวพรทิพย์", "ใจดีมีสุข"]


def test_spaces_hard_breaks_and_empty_text() -> None:
    # GIVEN text with spaces and a hard line break WHEN wrapped THEN spaces end lines and \n is kept
    assert wrap_text("ลงชื่อ ผู้จัดทำ\nประธาน", width=100, measure=len) == ["ลงชื่อ ผู้จัดทำ", "ประธาน"]
    assert wrap_text("", width=10, measure=len) == [""]


def test_english_text_wraps_at_spaces() -> None:
    assert wrap_text("Register of households and their debt status", width=20, measure=len) == [
        "Register of",
        "households and their",
        "debt status",
    ]


@needs_thai_breaks
def test_break_marks_are_zero_width_spaces_between_words() -> None:
    # GIVEN the institute name WHEN zero-width spaces are put at its break opportunities
    marked = insert_break_marks(INSTITUTE)
    # THEN removing them gives the text back, and they split it into its words
    assert marked.replace(ZWSP, "") == INSTITUTE
    assert marked.split(ZWSP)[:4] == ["สถาบัน", "การจัดการ", "เงินทุน", "ชุมชน"]
    # and none is added after a space, which is a break already
    assert " " + ZWSP not in insert_break_marks("ลงชื่อ ผู้จัดทำ ประธาน")
    assert insert_break_marks("ลงชื่อ ผู้จัดทำ").replace(ZWSP, "") == "ลงชื่อ ผู้จัดทำ"


def test_positions_are_python_indices_even_past_the_basic_plane() -> None:
    # GIVEN text with a character outside the BMP (two UTF-16 units in Qt)
    text = "ok 😀 done"
    # WHEN broken THEN the pieces are exact slices of the Python string
    pieces = segments(text)
    assert "".join(pieces) == text
    assert "done" in pieces


# -- runs a line never breaks inside: names, dates, amounts ------------------------------------------------------------
KEPT_RUNS = (
    "บ้านท่างาม",
    "ตำบลโพธิ์ศรีสุวรรณ",
    "อำเภอโนนสะอาด",
    "จ.ขอนแก่น",
    "นางสาวพรทิพย์ ใจดีมีสุข",
    "นายสมชาย โพธิ์ศรีสุวรรณ",
    "15 มีนาคม 2566",
    "๑๕ มี.ค. ๒๕๖๖",
    "1 ธันวาคม พ.ศ. 2569",
    "15 เดือน ธันวาคม พ.ศ. 2569",
    "1,234.56 บาท",
    "๔๓,๖๐๐.๐๐ บาท",
)
FILLER = ("ผู้กู้", "อยู่ที่", "เมื่อวันที่", "เป็นเงิน", "ชำระ", "และ", "ครัวเรือน", "ลงชื่อ", "ณ", "ตกลง")


@pytest.mark.parametrize("run", KEPT_RUNS)
def test_names_dates_and_amounts_are_kept_runs(run: str) -> None:
    # GIVEN a name, a date or an amount inside a sentence
    text = f"ผู้กู้ {run} ตกลงชำระ"
    # WHEN its break opportunities are found THEN none falls inside it
    start = text.index(run)
    assert (start, start + len(run)) in kept_spans(text), kept_spans(text)
    assert not set(line_breaks(text)) & set(range(start + 1, start + len(run)))
    assert not set(space_breaks(text)) & set(range(start + 1, start + len(run)))


def test_a_name_joined_with_no_break_spaces_is_one_run() -> None:
    # GIVEN a name without a title that the form marks as a name
    name = unbreakable("พรทิพย์ ใจดีมีสุข")
    assert name == f"พรทิพย์{NBSP}ใจดีมีสุข"
    text = f"ผู้ค้ำประกัน {name} ตกลง"
    # WHEN wrapped in a column too narrow for the sentence THEN the name is on one line
    lines = wrap_text(text, width=20, measure=len)
    assert name in lines, lines


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(FILLER), min_size=0, max_size=6),
    st.sampled_from(KEPT_RUNS),
    st.lists(st.sampled_from(FILLER), min_size=0, max_size=6),
    st.integers(min_value=8, max_value=70),
    st.booleans(),
)
def test_wrapping_never_splits_a_name_date_or_amount_that_fits_a_line(
    before: list[str], run: str, after: list[str], width: int, keep_names: bool
) -> None:
    # GIVEN a sentence holding a name, a date or an amount, and a column of any width
    text = " ".join([*before, run, *after])
    # WHEN it is wrapped
    lines = wrap_text(text, width=width, measure=len, keep_names=keep_names)
    # THEN nothing is lost, every line fits, and the run is whole on one line whenever a line can hold it
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(len(line) <= width for line in lines)
    if len(run) <= width:
        assert any(run in line for line in lines), (run, lines)


@needs_thai_breaks
@settings(max_examples=200, deadline=None)
@given(st.sampled_from(KEPT_RUNS), st.integers(min_value=4, max_value=12))
def test_a_run_wider_than_the_column_breaks_at_its_spaces_then_between_words(run: str, width: int) -> None:
    # GIVEN a name or a date wider than its column
    lines = wrap_text(run, width=width, measure=len)
    # THEN it still fits, nothing is lost, and no line starts with a mark torn from its consonant
    assert "".join(lines).replace(" ", "") == run.replace(" ", "")
    assert all(len(line) <= width for line in lines)
    assert all(line and not is_mark(line[0]) for line in lines)
    if " " in run and max(len(p) for p in run.split(" ")) <= width:
        assert all(line in run.split(" ") or " " in line for line in lines) or len(lines) == 1, lines
