"""Thai line breaking for printed reports: where a line may break and greedy wrapping.

Breaks come from ICU (``cdfi_desktop.domain.thai_breaks``: the ICU inside the ``icu4py`` wheel, with its Thai
dictionary), so a form breaks its lines the same on every machine, whether or not the system has libthai. Only where
ICU cannot be loaded (a broken install) are they asked of Qt's QTextBoundaryFinder (libthai on Linux; Thai then
breaks only at spaces where libthai is missing), with a warning in the log.

Some runs never break across lines when a line can hold them (:func:`kept_spans`): a date (``15 มีนาคม 2566``,
``๑๕ มี.ค. ๒๕๖๖``), an amount (``1,234.56 บาท``), a person's name after its title (``นางสาวพรทิพย์ ใจดีมีสุข``),
a place name after its kind (``บ้านท่างาม``, ``ตำบลโพธิ์ศรีสุวรรณ``, a bank's ``สาขาวาริชภูมิ``), and any run
joined with no-break spaces (:func:`unbreakable`, for names a form knows are names).

ICU's dictionary splits some compounds libthai kept whole (``เป้า|หมาย``, ``บัน|ทึก``, ``มอบ|หมาย``): those of the
program's vocabulary are in :data:`KEEP_TOGETHER`. A line never starts with ๆ or ฯ.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from PySide6.QtCore import QTextBoundaryFinder

from cdfi_desktop.domain import thai_breaks

__all__ = [
    "KEEP_TOGETHER",
    "NBSP",
    "ZWSP",
    "Measure",
    "breaker",
    "grapheme_breaks",
    "insert_break_marks",
    "kept_spans",
    "line_breaks",
    "segments",
    "space_breaks",
    "thai_breaks_available",
    "unbreakable",
    "without_compounds",
    "word_breaks",
    "wrap_text",
]

ZWSP = "\u200b"
NBSP = "\u00a0"
Measure = Callable[[str], float]
BreakFinder = Callable[[str], tuple[int, ...]]
_log = logging.getLogger(__name__)
# a line never starts with a repetition or abbreviation mark, nor with a following vowel (ะ า ำ ๅ), and never ends
# with a leading vowel (เ แ โ ใ ไ): ICU's dictionary, misreading a word, can put a break there
_NEVER_STARTS_A_LINE = frozenset("ๆฯะาำๅ")
_NEVER_ENDS_A_LINE = frozenset("เแโใไ")
_GLUED_LETTER_MIN = 5  # characters: a shorter compound (รอบ) may well be the tail of a longer word (อักษร|อบรม)
_THAI_LETTER = re.compile("[\u0e01-\u0e4f]")

# Compounds of the program's vocabulary that Thai dictionaries split into their parts (ครัว|เรือน,
# เงิน|ทุน): a printed register keeps each on one line when it can, and breaks between the parts only when
# the compound alone is wider than its column.
KEEP_TOGETHER: tuple[str, ...] = (
    "การจัดการ",
    "เงินทุน",
    "ครัวเรือน",
    "ประจำตัว",
    "ปีงบประมาณ",
    "งบประมาณ",
    "ออมทรัพย์",
    "เงินต้น",
    "คงค้าง",
    "ค้างชำระ",
    "ผ่อนชำระ",
    "วันที่",
    "เลขที่",
    "บ้านเลขที่",
    "หมู่ที่",
    "ลำดับที่",
    "ผู้จัดทำ",
    "หัวหน้า",
    "ดอกเบี้ย",
    "ต่อเดือน",
    "ต่อปี",
    "ทำสัญญา",
    "เป็นพิเศษ",
    "ต่ำกว่า",
    "จะสูญ",
    "ชื่อ-สกุล",
    # compounds ICU's dictionary splits (libthai's kept them whole): the forms' and screens' words
    "เป้าหมาย",
    "รายชื่อ",
    "รายละเอียด",
    "ตรวจสอบ",
    "ตรวจทาน",
    "ร้อยละ",
    "เจ้าหน้าที่",
    "หลักฐาน",
    "ใบเสร็จ",
    "ขั้นตอน",
    "คัดเลือก",
    "เพิกถอน",
    "กองทุน",
    "กองกลาง",
    "เรียกคืน",
    "จัดตั้ง",
    "ทั้งสิ้น",
    "ถูกต้อง",
    "เสียหาย",
    "ขัดแย้ง",
    "เทียบเท่า",
    "เปรียบเทียบ",
    "สถานที่",
    "บันทึก",
    "ผู้แทน",
    "ช่วยเหลือ",
    "เริ่มต้น",
    "รับผิด",
    "ปฏิบัติการ",
    "เชื่อถือ",
    "ครบถ้วน",
    "ช่องว่าง",
    "ผิดพลาด",
    "บอกกล่าว",
    "รูปแบบ",
    "กู้ยืม",
    "แผนงาน",
    "เข้มแข็ง",
    "ส่งเสริม",
    "เพิ่มเติม",
    "มอบหมาย",
    "พื้นที่",
    "ลงพื้นที่",
    "วิสัยทัศน์",
    "รูปธรรม",
    "ลายลักษณ์อักษร",
    "ภาระหนี้สิน",
    "ของกองทุน",  # ICU reads ของกอง|ทุน
    "กลุ่ม",  # ICU reads เป็นก|ลุ่ม
    "ทุกรอบ",  # ICU reads ทุกร|อบ
    "จะบันทึก",  # ICU reads จะบัน|ทึก
    "พระราชบัญญัติ",  # ICU reads ตามพ|ระ|ราช|บัญญัติ
    "แท็บ",  # ICU reads แท็|บกิ|จกร|รม
    "กิจกรรม",
    "รับผิดชอบ",
    "ส่วนประกอบ",
    "ที่ปรึกษา",
    "ติดตั้ง",
    "ก่อตั้ง",
    "เดินทาง",
    "พอเพียง",
    "เงินเดือน",
    "เก็บเกี่ยว",
    "เพาะปลูก",
    "ปุ๋ยอินทรีย์",
    "หนึ่ง",  # ICU reads อย่างน้อยห|นึ่ง
    "ป้องกัน",
    "เวิร์กบุ๊ก",
    "สิ้นสุด",
    "ใช้งาน",
    "รับรอง",
    "ภายหลัง",
    "ก่อนหน้า",
    "ความเห็น",
    "ตัวเอง",
    "พี่น้อง",
    "เพื่อนบ้าน",
    "รู้จัก",
    # and a few the dictionaries (libthai's and ICU's) both split
    "ผู้กู้",
    "ผู้ให้กู้",
    "ผู้ค้ำ",
    "ผู้ค้ำประกัน",
    "ค้ำประกัน",
    "คงเหลือ",
    # words the screens keep whole too (ui/widgets/thai_text.py), so a form and its screen break alike
    "ขั้นต่ำ",
    "เลขทะเบียน",
    "ลูกหนี้",
    "เจ้าหนี้",
    "รายได้",
    "รายจ่าย",
    "ภาระหนี้",
    "หนี้สิน",
    "ประชาชน",
    "สถาบัน",
    "การเงิน",
)

_DIGIT = "[0-9๐-๙]"
_MONTHS = (
    "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"
    "ม\\.ค\\.|ก\\.พ\\.|มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\."
)
_SP = "[ \u00a0]"
_THAI_RUN = "[\u0e01-\u0e4f\u0e5a\u0e5b]+"
_KEPT = re.compile(
    "|".join(
        (
            # a date: 15 มีนาคม 2566, ๑๕ มี.ค. ๒๕๖๖, 15 เดือน มีนาคม พ.ศ. 2566, 15 มีนาคม (with no year)
            rf"{_DIGIT}{{1,2}}{_SP}*(?:เดือน{_SP}*)?(?:{_MONTHS})(?:{_SP}*(?:พ\.ศ\.|ค\.ศ\.)?{_SP}*{_DIGIT}{{2,4}}(?!{_DIGIT}))?",
            # an amount: 1,234.56 บาท (the figure alone never breaks anyway)
            rf"{_DIGIT}[0-9๐-๙,]*(?:\.{_DIGIT}+)?{_SP}*(?:บาท|สตางค์)",
            # a count and its unit: 5 วัน, 30 ครัวเรือน, 12 งวด
            rf"{_DIGIT}[0-9๐-๙,]*{_SP}*(?:ครัวเรือน|วัน|งวด|เดือน|ปี|คน|รายการ|ราย|สัญญา|โครงการ|ข้อ)(?![\u0e01-\u0e4f])",
            # a person's name after its title: นายสมชาย ใจดี, นางสาว พรทิพย์ ใจดีมีสุข
            rf"(?<![\u0e01-\u0e4f])(?:นางสาว|นาง|นาย|น\.ส\.|ด\.ช\.|ด\.ญ\.){_SP}?{_THAI_RUN}(?:{_SP}{_THAI_RUN})?",
            # a place after its kind: บ้านท่างาม, ตำบลโพธิ์ศรีสุวรรณ, ต.ท่างาม, จ.ขอนแก่น, (a bank's) สาขาวาริชภูมิ
            rf"(?<![\u0e01-\u0e4f])(?:บ้าน|หมู่บ้าน|ตำบล|อำเภอ|จังหวัด|สาขา|ต\.|อ\.|จ\.){_SP}?{_THAI_RUN}",
            # words a form joined with no-break spaces (unbreakable()): one run, whatever is inside
            r"[^\s]*(?:\u00a0[^\s]*)+",
        )
    )
)
KEPT_LONGEST = 40  # characters: a longer match (a sentence after บ้าน) is left to the ordinary breaks


def unbreakable(text: str) -> str:
    """``text`` (a name a form knows is a name) as one run that a line never breaks inside when it fits."""
    return NBSP.join(text.split()) if text else text


@lru_cache(maxsize=16384)
def kept_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each run in ``text`` that stays on one line: dates, amounts, titled names, places, and runs
    joined by no-break spaces."""
    spans = []
    for found in _KEPT.finditer(text):
        start, end = found.span()
        while end > start and text[end - 1] in " \u00a0":
            end -= 1
        if 1 < end - start <= KEPT_LONGEST:
            spans.append((start, end))
    return tuple(spans)


def _outside_kept(text: str, breaks: Sequence[int]) -> tuple[int, ...]:
    inside: set[int] = set()
    for start, end in kept_spans(text):
        inside.update(range(start + 1, end))
    return tuple(p for p in breaks if p not in inside) if inside else tuple(breaks)


_LINE = QTextBoundaryFinder.BoundaryType.Line
_GRAPHEME = QTextBoundaryFinder.BoundaryType.Grapheme


def _qt_boundaries(kind: QTextBoundaryFinder.BoundaryType, text: str) -> tuple[int, ...]:
    """Inner boundaries (0 < p < len) of ``kind`` as Qt finds them, as Python string indices (Qt counts UTF-16
    units). Only used where ICU cannot be loaded."""
    if len(text) < 2:
        return ()
    finder = QTextBoundaryFinder(kind, text)
    found: list[int] = []
    position = finder.toNextBoundary()
    while position != -1:
        found.append(position)
        position = finder.toNextBoundary()
    if any(ord(ch) > 0xFFFF for ch in text):
        index_of: dict[int, int] = {}
        units = 0
        for index, ch in enumerate(text):
            index_of[units] = index
            units += 2 if ord(ch) > 0xFFFF else 1
        index_of[units] = len(text)
        found = [index_of[p] for p in found if p in index_of]
    return tuple(p for p in found if 0 < p < len(text))


@lru_cache(maxsize=1)
def _warn_qt_fallback() -> None:
    _log.warning(
        "ICU (icu4py) cannot be loaded (%s): Thai line breaks come from Qt (libthai where the system has it), so "
        "printed forms may break differently on other machines",
        thai_breaks.load_error() or "not installed",
    )


def breaker() -> str:
    """Which breaker finds the line breaks: ``"icu <version>"``, or ``"qt"`` where ICU cannot be loaded."""
    return f"icu {thai_breaks.icu_version()}" if thai_breaks.available() else "qt"


@lru_cache(maxsize=16384)
def word_breaks(text: str) -> tuple[int, ...]:
    """Every position a line may start at: ICU's line-break opportunities (between Thai words, by its dictionary),
    the same on every machine, except before a repetition mark, an abbreviation mark or a following vowel (a line
    never starts with ๆ, ฯ, ะ, า or ำ, even after the space Thai writes before ๆ) and after a leading vowel."""
    if thai_breaks.available():
        found = thai_breaks.line_breaks(text)
    else:
        _warn_qt_fallback()
        found = _qt_boundaries(_LINE, text)
    return tuple(p for p in found if text[p] not in _NEVER_STARTS_A_LINE and text[p - 1] not in _NEVER_ENDS_A_LINE)


@lru_cache(maxsize=16384)
def line_breaks(text: str) -> tuple[int, ...]:
    """Where a line may break: the breaker's opportunities (:func:`word_breaks`), minus those inside the
    :data:`KEEP_TOGETHER` words and inside the :func:`kept_spans` (dates, amounts, names).

    A position ``p`` means a new line may start at ``text[p]``; spaces stay at the end of the line before.
    """
    return _outside_kept(text, dictionary_breaks(text))


@lru_cache(maxsize=16384)
def dictionary_breaks(text: str) -> tuple[int, ...]:
    """The breaker's opportunities minus those inside the :data:`KEEP_TOGETHER` words (and after a no-break
    space, for a kept run wider than a line)."""
    return without_compounds(text, _spaced_breaks(text), KEEP_TOGETHER)


def without_compounds(text: str, breaks: Sequence[int], words: Sequence[str]) -> tuple[int, ...]:
    """``breaks`` minus those inside each of ``words`` found in ``text`` as a word of its own.

    A compound is a word of its own when it starts at a break (or after a character that is not a Thai letter: a
    space, a bracket) and ends at one (or before such a character). It is one too when it starts a word and the
    dictionary read a word across its end that begins inside it (``เป้า|หมายก|อง|ทุน``): the compound wins, and a
    line may break after it instead (``เป้าหมาย|กองทุน``). The other way round, only when the dictionary glued the
    compound's first letter to the word before (``เป็นก|อง|ทุน`` → ``เป็น|กองทุน``): a compound that ends a word may
    be the tail of a longer one (``โครงการ|เงิน``, not ``โครง|การเงิน``).
    """
    if not breaks:
        return tuple(breaks)
    found = sorted(breaks)
    allowed = set(found)
    size = len(text)
    places = sorted(
        {(start, start + len(word)) for word in words for start in _occurrences(text, word)},
        key=lambda span: (span[0], -span[1]),
    )
    kept: set[int] = set()  # positions inside a compound already kept whole: never a break again
    for start, end in places:
        starts_word = start == 0 or start in allowed or not _THAI_LETTER.match(text[start - 1])
        ends_word = end == size or end in allowed or not _THAI_LETTER.match(text[end])
        if start in kept or not (starts_word or ends_word):
            continue
        if not ends_word:  # the dictionary read a word from inside the compound across its end
            inner = [p for p in found if start < p < end]
            after = next((p for p in found if p > end), size)
            if end in kept or not inner or after <= end or end not in grapheme_breaks(text):
                continue
            allowed.add(end)
        elif not starts_word:
            # the dictionary glued the compound's first letter to the word before it (เป็นก|อง|ทุน): that letter
            # alone, one character cluster, goes back to the compound. More than a letter is left as the dictionary
            # reads it: the compound may be the tail of a longer word (โครงการ|เงิน, not โครง|การเงิน).
            crossing = next((p for p in found if p > start), size)
            if end - start < _GLUED_LETTER_MIN or crossing >= end or grapheme_breaks(text[start:crossing]):
                continue
            if start not in grapheme_breaks(text):
                continue
            allowed.add(start)
        allowed.difference_update(range(start + 1, end))
        kept.update(range(start + 1, end))
    return tuple(sorted(allowed))


def _occurrences(text: str, word: str) -> list[int]:
    places = []
    start = text.find(word)
    while start != -1:
        places.append(start)
        start = text.find(word, start + 1)
    return places


def _spaced_breaks(text: str) -> tuple[int, ...]:
    """The breaker's opportunities, plus one after every no-break space, where it never breaks (the fallback for a
    kept run wider than a line)."""
    breaks = word_breaks(text)
    if NBSP not in text:
        return breaks
    extra = {i + 1 for i, ch in enumerate(text) if ch == NBSP and 0 < i + 1 < len(text)}
    return tuple(sorted(set(breaks) | extra))


@lru_cache(maxsize=4096)
def grapheme_breaks(text: str) -> tuple[int, ...]:
    """Boundaries between character clusters (a consonant with its vowels and tone marks is one cluster)."""
    if thai_breaks.available():
        return thai_breaks.grapheme_breaks(text)
    _warn_qt_fallback()
    return _qt_boundaries(_GRAPHEME, text)


def space_breaks(text: str) -> tuple[int, ...]:
    """Line-break opportunities after whitespace only (keeps each part of a person's name whole), none inside a
    kept run."""
    return _outside_kept(text, any_space_breaks(text))


def any_space_breaks(text: str) -> tuple[int, ...]:
    """Every break after whitespace, no-break spaces included: how a kept run wider than a line breaks first."""
    return tuple(p for p in _spaced_breaks(text) if text[p - 1].isspace())


def segments(text: str, breaks: Sequence[int] | None = None) -> list[str]:
    """The pieces of ``text`` between break opportunities (``line_breaks`` unless given)."""
    cuts = [0, *(line_breaks(text) if breaks is None else breaks), len(text)]
    return [text[a:b] for a, b in itertools.pairwise(cuts) if b > a]


def insert_break_marks(text: str, mark: str = ZWSP) -> str:
    """``text`` with ``mark`` (a zero-width space) at every break opportunity that does not follow a space."""
    pieces = segments(text)
    marked = pieces[:1]
    for before, piece in itertools.pairwise(pieces):
        marked.append(piece if before[-1].isspace() or before.endswith(mark) else mark + piece)
    return "".join(marked)


@lru_cache(maxsize=1)
def thai_breaks_available() -> bool:
    """True when Thai word boundaries are found: always with ICU; in the fallback to Qt, only where the system has
    libthai (without it, Thai only breaks at spaces and :func:`wrap_text` falls back to character clusters)."""
    return 6 in word_breaks("สถาบันการเงิน")


def wrap_text(text: str, *, width: float, measure: Measure, keep_names: bool = False) -> list[str]:
    """Lines of ``text`` no wider than ``width`` (as ``measure`` says), broken only between words.

    Greedy: each line takes as many pieces as fit. A piece wider than a whole line is broken at the next finer
    level: keep-together words and kept runs (dates, amounts, names) → any space → every word break → character
    clusters (never inside a cluster).
    ``keep_names`` first tries to break only at spaces, so a given name or a surname is not split.
    Hard line breaks (``\\n``) are kept; an empty text gives one empty line.
    """
    levels: list[BreakFinder] = [space_breaks] if keep_names else []
    levels += [line_breaks, any_space_breaks, dictionary_breaks, _spaced_breaks, grapheme_breaks]
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap(paragraph, width=width, measure=measure, levels=levels) or [""])
    return lines


def _wrap(text: str, *, width: float, measure: Measure, levels: Sequence[BreakFinder]) -> list[str]:
    stripped = text.rstrip()
    if measure(stripped) <= width:
        return [stripped] if stripped else []
    pieces = segments(text, levels[0](text))
    lines: list[str] = []
    line = ""
    for piece in pieces:
        trial = line + piece
        if measure(trial.rstrip()) <= width:
            line = trial
            continue
        if line.strip():
            lines.append(line.rstrip())
        line = piece
        if measure(piece.rstrip()) > width and len(levels) > 1:
            parts = _wrap(piece, width=width, measure=measure, levels=levels[1:])
            if parts:
                lines.extend(parts[:-1])
                line = parts[-1] + piece[len(piece.rstrip()) :]
    if line.strip():
        lines.append(line.rstrip())
    return lines
