"""Thai line breaking for printed reports: where a line may break (Qt's QTextBoundaryFinder) and greedy wrapping."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from functools import lru_cache

from PySide6.QtCore import QTextBoundaryFinder

__all__ = [
    "KEEP_TOGETHER",
    "ZWSP",
    "Measure",
    "grapheme_breaks",
    "insert_break_marks",
    "line_breaks",
    "segments",
    "space_breaks",
    "thai_breaks_available",
    "word_breaks",
    "wrap_text",
]

ZWSP = "\u200b"
Measure = Callable[[str], float]
BreakFinder = Callable[[str], tuple[int, ...]]

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
)

_LINE = QTextBoundaryFinder.BoundaryType.Line
_GRAPHEME = QTextBoundaryFinder.BoundaryType.Grapheme


def _boundaries(kind: QTextBoundaryFinder.BoundaryType, text: str) -> tuple[int, ...]:
    """Inner boundaries (0 < p < len) of ``kind`` as Python string indices (Qt counts UTF-16 units)."""
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


@lru_cache(maxsize=16384)
def word_breaks(text: str) -> tuple[int, ...]:
    """Every position a line may start at, as Qt finds it (with libthai, between Thai words)."""
    return _boundaries(_LINE, text)


@lru_cache(maxsize=16384)
def line_breaks(text: str) -> tuple[int, ...]:
    """Where a line may break: Qt's line-break opportunities, minus those inside the :data:`KEEP_TOGETHER` words.

    A position ``p`` means a new line may start at ``text[p]``; spaces stay at the end of the line before.
    """
    breaks = word_breaks(text)
    if not breaks:
        return breaks
    edges = {0, len(text), *breaks}
    allowed = set(breaks)
    for word in KEEP_TOGETHER:
        start = text.find(word)
        while start != -1:
            end = start + len(word)
            starts_word = start in edges or text[start - 1].isspace()
            ends_word = end in edges or text[end].isspace()
            if starts_word and ends_word:
                allowed.difference_update(range(start + 1, end))
            start = text.find(word, start + 1)
    return tuple(sorted(allowed))


@lru_cache(maxsize=4096)
def grapheme_breaks(text: str) -> tuple[int, ...]:
    """Boundaries between character clusters (a consonant with its vowels and tone marks is one cluster)."""
    return _boundaries(_GRAPHEME, text)


def space_breaks(text: str) -> tuple[int, ...]:
    """Line-break opportunities after whitespace only (keeps each part of a person's name whole)."""
    return tuple(p for p in word_breaks(text) if text[p - 1].isspace())


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
    """True when Qt finds Thai word boundaries (it loads libthai at run time; without it, Thai only breaks at
    spaces and :func:`wrap_text` falls back to character clusters)."""
    return 6 in word_breaks("สถาบันการเงิน")


def wrap_text(text: str, *, width: float, measure: Measure, keep_names: bool = False) -> list[str]:
    """Lines of ``text`` no wider than ``width`` (as ``measure`` says), broken only between words.

    Greedy: each line takes as many pieces as fit. A piece wider than a whole line is broken at the next finer
    level: keep-together words → every word break → character clusters (never inside a cluster).
    ``keep_names`` first tries to break only at spaces, so a given name or a surname is not split.
    Hard line breaks (``\\n``) are kept; an empty text gives one empty line.
    """
    levels: list[BreakFinder] = [space_breaks] if keep_names else []
    levels += [line_breaks, word_breaks, grapheme_breaks]
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
