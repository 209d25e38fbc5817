"""The Thai breaker that needs no system library (ICU from the icu4py wheel), our rules on top of it, its fallback
to Qt where ICU cannot load, and the marks that make Qt's screen layout break where it does."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cdfi_desktop.domain import thai_breaks
from cdfi_desktop.reports.thai_text import (
    KEEP_TOGETHER,
    NBSP,
    ZWSP,
    breaker,
    grapheme_breaks,
    line_breaks,
    segments,
    thai_breaks_available,
    word_breaks,
    wrap_text,
)
from cdfi_desktop.ui.widgets.thai_text import GLUE, allowed_breaks, breakable, plain, whole

ROOT = Path(__file__).resolve().parents[2]


def test_GIVEN_the_icu4py_wheel_THEN_thai_breaks_come_from_icu_and_are_available() -> None:
    assert thai_breaks.available() and thai_breaks.load_error() == ""
    assert thai_breaks.icu_version().split(".")[0].isdigit()
    assert breaker() == f"icu {thai_breaks.icu_version()}"
    assert thai_breaks_available()
    assert thai_breaks.line_breaks("สถาบันการเงินชุมชน") == (6, 9, 13)
    assert word_breaks("สถาบันการเงินชุมชน") == (6, 9, 13)


def test_GIVEN_the_breaker_module_THEN_it_imports_no_qt() -> None:
    code = (
        "import sys, cdfi_desktop.domain.thai_breaks as t; t.line_breaks('ก ข'); "
        "print(any('PySide6' in m for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.strip() == "False"


def test_GIVEN_text_past_the_basic_plane_or_with_a_lone_surrogate_THEN_positions_are_python_indices() -> None:
    text = "ok 😀 สถาบันการเงิน 😀x"
    breaks = thai_breaks.line_breaks(text)
    assert [text[a:b] for a, b in itertools.pairwise((0, *breaks, len(text)))] == [
        "ok ",
        "😀 ",
        "สถาบัน",
        "การ",
        "เงิน ",
        "😀",
        "x",
    ]
    clusters = thai_breaks.grapheme_breaks("😀ที่😀")
    assert clusters == (1, 4)  # 😀|ที่|😀: the emoji is one index, ที่ one cluster
    assert thai_breaks.line_breaks("ก\ud800 ข") == (3,)
    assert thai_breaks.line_breaks("") == thai_breaks.line_breaks("ก") == ()


def test_GIVEN_a_repetition_or_abbreviation_mark_THEN_no_line_starts_with_it() -> None:
    # ICU allows a break after the space Thai writes before ๆ; a Thai line never starts with ๆ
    text = "เอกสารต่าง ๆ ของกรมฯ"
    assert 11 in thai_breaks.line_breaks(text) and text[11] == "ๆ"
    assert not {p for p in word_breaks(text) if text[p] in "ๆฯ"}
    for width in range(7, 22):  # as wide as its longest word (narrower, it breaks between character clusters)
        assert not any(line.startswith(("ๆ", "ฯ")) for line in wrap_text(text, width=width, measure=len)), width


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # ICU reads a word across a compound's end: the compound of the program's vocabulary wins
        ("เป้าหมายกองทุน", ["เป้าหมาย", "กองทุน"]),
        ("ผู้จัดทำการจัดการ", ["ผู้จัดทำ", "การจัดการ"]),
        ("แผนงานการจัดการ", ["แผนงาน", "การจัดการ"]),
        ("ลงพื้นที่ เพื่อ", ["ลงพื้นที่ ", "เพื่อ"]),
        # …but a compound that only ends a longer word is not cut out of it (not โครง|การเงิน)
        ("โครงการเงินทุน", ["โครงการ", "เงินทุน"]),
        # ICU's dictionary glues a stray first letter to the word before: เป็นก|อง|ทุน, อย่างน้อยห|นึ่ง
        ("ลบไม่ได้ เพราะเป็นกองทุนแกนหลัก", ["ลบ", "ไม่", "ได้ ", "เพราะ", "เป็น", "กองทุน", "แกน", "หลัก"]),
        ("กรอกอย่างน้อยหนึ่งอย่าง", ["กรอก", "อย่าง", "น้อย", "หนึ่ง", "อย่าง"]),
        ("ลูกหนี้ของกองทุนสมาชิก", ["ลูกหนี้", "ของกองทุน", "สมาชิก"]),
        ("ป้องกันเวิร์กบุ๊ก", ["ป้องกัน", "เวิร์กบุ๊ก"]),
        ("เป็นกลุ่ม/กองทุน", ["เป็น", "กลุ่ม/", "กองทุน"]),
        ("เปิดแท็บกิจกรรมก่อน", ["เปิด", "แท็บ", "กิจกรรม", "ก่อน"]),
        ("ตามพระราชบัญญัติคุ้มครอง", ["ตาม", "พระราชบัญญัติ", "คุ้มครอง"]),
        # a short compound is not pulled out of the longer word before it (อักษร|อบรม, not อักษ|รอบ|รม)
        ("อักษรอบรม", ["อักษร", "อบรม"]),
        # no line starts with a following vowel, none ends with a leading one
        ("กรกฏาคม", ["กรกฏา", "คม"]),
        ("สวัสดิการเงินทุน", ["สวัสดิการ", "เงินทุน"]),
        ("การโอนภาระหนี้สินในการ", ["การ", "โอน", "ภาระหนี้สิน", "ใน", "การ"]),
        ("ภายใต้วิสัยทัศน์เป็นรูปธรรม", ["ภาย", "ใต้", "วิสัยทัศน์", "เป็น", "รูปธรรม"]),
        ("รายได้การจัดการ", ["รายได้", "การจัดการ"]),
        # compounds ICU splits and libthai kept whole, next to brackets and colons
        ("(เป้าหมาย) รายชื่อ: บันทึกหลักฐาน", ["(เป้าหมาย) ", "รายชื่อ: ", "บันทึก", "หลักฐาน"]),
        ("และมอบหมายคณะกรรมการ", ["และ", "มอบหมาย", "คณะ", "กรรมการ"]),
        # a compound inside a longer one (ผู้ค้ำ in ผู้ค้ำประกัน) never brings a break back into the longer one
        ("ผู้กู้และผู้ค้ำประกันยอมรับ", ["ผู้กู้", "และ", "ผู้ค้ำประกัน", "ยอมรับ"]),
        ("ผู้ค้ำ นายสมชาย", ["ผู้ค้ำ ", "นายสมชาย"]),
        # ฯ right after a word: ICU's dictionary alone would tear the words before it (คณะ|กรรม|กา|รส|ถา|บันฯ)
        ("คณะกรรมการสถาบันฯ จัดทำ", ["คณะ", "กรรมการ", "สถาบันฯ ", "จัด", "ทำ"]),
        ("ดำเนินกิจกรรมฯ ให้", ["ดำเนิน", "กิจกรรมฯ ", "ให้"]),
        ("ข้าว ปลา ฯลฯ และ", ["ข้าว ", "ปลา ฯลฯ ", "และ"]),
        # a bank's branch is a place after its kind
        ("ธ.ก.ส. สาขาวาริชภูมิ", ["ธ.ก.ส. ", "สาขาวาริชภูมิ"]),
    ],
)
def test_GIVEN_compounds_icu_splits_THEN_our_rules_keep_them_whole(text: str, pieces: list[str]) -> None:
    assert segments(text) == pieces


def test_GIVEN_a_keep_together_word_inside_a_longer_word_THEN_it_is_not_forced() -> None:
    # กองทุน inside "กองทุนหมู่บ้าน" is kept, but การเงิน is no word of its own inside "ประการเงิน…" — nothing is added
    assert "กองทุน" in KEEP_TOGETHER
    assert segments("กองทุนหมู่บ้าน") == ["กองทุน", "หมู่บ้าน"]
    text = "สำคัญประการเงินทุน"
    assert set(line_breaks(text)) <= set(word_breaks(text)) | {text.index("เงินทุน")}


# -- the screens: marks that make Qt break only where the breaker allows ---------------------------------------------
THAI_WORDS = ("ครัวเรือน", "ขั้นต่ำ", "ที่", "มี", "หนี้", "สถาบัน", "การเงิน", "ผู้กู้", "ชำระ", "ต่าง ๆ", "บาท")
PIECES = (*THAI_WORDS, " ", "1,234.56", "Total", "-", "(", ")", "นายสมชาย ใจดี", "15 มีนาคม 2566")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12), st.booleans())
def test_GIVEN_any_text_WHEN_marked_for_a_label_THEN_every_boundary_inside_a_thai_word_is_marked_once(
    pieces: list[str], keep_runs: bool
) -> None:
    text = "".join(pieces)
    marked = breakable(text, keep_runs=keep_runs)
    if not any("\u0e00" <= ch <= "\u0e7f" for ch in text):
        assert marked == text  # a text without Thai is left as it is
        return
    # nothing is lost: the marks come out again, and spaces only turn into no-break spaces
    assert plain(marked).replace(NBSP, " ") == text
    assert len(plain(marked)) == len(text)
    allowed = allowed_breaks(text, keep_runs=keep_runs)
    clusters = set(grapheme_breaks(text))
    # walk the marked text: before each character of the text, which mark (if any) was put
    mark_before: dict[int, str] = {}
    index = 0
    for ch in marked:
        if ch in (ZWSP, GLUE):
            assert index not in mark_before, marked  # one mark at most
            mark_before[index] = ch
        else:
            index += 1
    for position in range(1, len(text)):
        mark = mark_before.get(position)
        if position in allowed and not text[position - 1].isspace():
            assert mark == ZWSP, (text, position)
        elif position not in allowed and mark is not None:
            assert mark == GLUE, (text, position)
        if mark == GLUE:
            assert position in clusters  # never inside a character cluster (it would tear a vowel off)
        if position in clusters and position not in allowed:
            word = text[:position].split()[-1:] + text[position:].split()[:1]
            inside_thai_word = not text[position - 1].isspace() and not text[position].isspace()
            if inside_thai_word and any("\u0e00" <= c <= "\u0e7f" for c in "".join(word)):
                assert mark == GLUE, (text, position)
    # a space where no break is allowed became a no-break space: Qt breaks after every plain space
    for position in range(1, len(text)):
        if text[position - 1] == " " and not text[position].isspace() and position not in allowed:
            assert plain(marked)[position - 1] == NBSP


def test_GIVEN_a_name_marked_whole_THEN_every_boundary_inside_a_part_is_glued_and_spaces_stay() -> None:
    name = whole("สมชาย ใจดีมีสุข")
    assert plain(name) == "สมชาย ใจดีมีสุข"
    assert ZWSP not in name and name.count(" ") == 1
    assert name.split(" ")[0] == GLUE.join("สมชาย")
    assert name.split(" ")[1] == GLUE.join(["ใ", "จ", "ดี", "มี", "สุ", "ข"])  # not inside ดี, มี, สุ
    assert whole("John Smith") == "John Smith"


def test_GIVEN_every_character_the_marks_use_THEN_they_are_invisible_format_characters() -> None:
    # the glue (U+180E) is a format character, default-ignorable: drawn as nothing, never as a box
    assert unicodedata.category(GLUE) == "Cf" and unicodedata.category(ZWSP) == "Cf"


# -- the fallback: where ICU cannot load, Qt breaks, and the log says so -----------------------------------------------
FALLBACK = r"""
import json, logging, sys
records = []
class Keep(logging.Handler):
    def emit(self, record):
        records.append(record.getMessage())
logging.getLogger().addHandler(Keep())
from cdfi_desktop.domain import thai_breaks
from cdfi_desktop.reports import thai_text
try:
    thai_breaks.line_breaks("ก ข")
    missing = False
except thai_breaks.BreakerMissing:
    missing = True
print(json.dumps({
    "available": thai_breaks.available(),
    "error": thai_breaks.load_error(),
    "missing": missing,
    "breaker": thai_text.breaker(),
    "breaks": thai_text.word_breaks("ครัวเรือน ที่มี"),
    "wrapped": thai_text.wrap_text("ผู้ใหญ่บ้านที่นี่", width=4, measure=len),
    "clusters": thai_text.grapheme_breaks("ที่นี่"),
    "log": records,
}, ensure_ascii=False))
"""


def test_GIVEN_a_broken_icu4py_THEN_breaks_fall_back_to_qt_with_a_warning(tmp_path: Path) -> None:
    broken = tmp_path / "icu4py"
    broken.mkdir()
    (broken / "__init__.py").write_text("raise ImportError('libicuuc.so.78: cannot open shared object file')\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join((str(tmp_path), str(ROOT))), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", FALLBACK], capture_output=True, text=True, cwd=ROOT, env=env, check=True, timeout=120
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert not result["available"] and "libicuuc" in result["error"] and result["missing"]
    assert result["breaker"] == "qt"
    assert 10 in result["breaks"]  # Qt still breaks after the space
    assert result["clusters"] == [3]  # ที่|นี่ (Qt's clusters)
    assert "".join(result["wrapped"]) == "ผู้ใหญ่บ้านที่นี่"
    assert any("ICU" in line and "libicuuc" in line for line in result["log"]), result["log"]
    assert len([line for line in result["log"] if "ICU" in line]) == 1  # said once, not for every text


# -- why the glue and not a word joiner -------------------------------------------------------------------------------
def _line_starts(text: str, width: float) -> list[int]:
    from PySide6.QtGui import QTextLayout, QTextOption
    from PySide6.QtWidgets import QApplication

    layout = QTextLayout(text, QApplication.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    return starts[1:]


def test_GIVEN_qt_with_or_without_libthai_THEN_the_glue_holds_a_thai_word_together(qapp: object) -> None:
    from PySide6.QtCore import QTextBoundaryFinder

    clusters = ["ค", "รั", "ว", "เ", "รือ", "น"]
    glued = GLUE.join(clusters) + ZWSP + "ที่"
    joined = "\u2060".join(clusters) + ZWSP + "ที่"
    widths = range(2, 120, 2)
    # the glue: Qt never starts a line inside ครัวเรือน, only after the zero-width space
    assert {p for w in widths for p in _line_starts(glued, w)} <= {glued.index(ZWSP) + 1}
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, "สถาบันการเงิน")
    if any(0 < p < 13 for p in iter(finder.toNextBoundary, -1)):
        # with libthai, a word joiner would not do: Qt starts lines after it, inside the word
        assert {p for w in widths for p in _line_starts(joined, w)} - {joined.index(ZWSP) + 1}
