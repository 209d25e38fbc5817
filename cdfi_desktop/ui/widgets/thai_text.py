"""Thai line breaks on screen as good as in the printed forms: between words, never inside one.

Qt breaks Thai lines where libthai's dictionary finds word boundaries, and that dictionary splits the program's
compounds ("ครัว|เรือน", "ขั้น|ต่ำ") and people's names. The printed forms use a breaker that knows better
(``cdfi_desktop.reports.thai_text``: Qt's breaks minus those inside the compounds of the program's vocabulary and
inside dates, amounts and titled names). ``breakable(text)`` prepares a text for a Qt label so that Qt breaks it
exactly where that breaker would:

* a zero-width space (U+200B) at every break between words (so a line can break there even where Qt would not);
* a MONGOLIAN VOWEL SEPARATOR (U+180E, invisible, Unicode line-break class "glue") wherever Qt would break but the
  breaker says no. Tried with ``QTextLayout`` offscreen: Qt ignores a WORD JOINER (U+2060), a zero-width joiner
  and a zero-width no-break space between Thai words (it still breaks after them, as libthai starts a new word
  there); the glue character is the one it honours;
* a no-break space instead of the space inside a kept run (a person's name after its title, a date, an amount).

``WrappingLabel`` is a word-wrapping ``QLabel`` that does this to every text it is given; ``text()`` and
``plain_text()`` give the text as set (without the marks). ``whole(name)`` marks a name the screen knows is a
name (no title before it) so that it breaks only at its spaces.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget

from cdfi_desktop.reports.thai_text import KEEP_TOGETHER, NBSP, ZWSP, kept_spans, word_breaks

GLUE = "\u180e"  # invisible, line-break class GL: no line break on either side (Qt honours it in Thai)
MARKS = (ZWSP, GLUE)
# Compounds of the screens' words that libthai splits, besides those the printed forms keep together (the printed
# forms now keep these too; listed here so the screens keep them whatever the forms' list holds).
SCREEN_KEEP_TOGETHER: tuple[str, ...] = tuple(
    dict.fromkeys(
        (
            *KEEP_TOGETHER,
            "ขั้นต่ำ",
            "เลขทะเบียน",
            "ทะเบียน",
            "สมาชิก",
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
    )
)
SCREEN_KEPT_LONGEST = 30  # characters: a longer kept run (a long name) may still break at its spaces on screen
_THAI = re.compile("[\u0e00-\u0e7f]")
_TAG = re.compile(r"(<[^>]*>|&[#\w]+;)")


def allowed_breaks(text: str, *, keep_runs: bool = True) -> frozenset[int]:
    """Positions a line may start at in ``text``: Qt's word breaks minus those inside the kept compounds and
    inside the kept runs (dates, amounts, titled names) up to ``SCREEN_KEPT_LONGEST`` — all of them, or with
    ``keep_runs=False`` all but those at the run's spaces (a name then breaks between its parts, never inside one).
    """
    found = word_breaks(text)
    breaks = set(found)
    edges = {0, len(text), *found}
    for word in SCREEN_KEEP_TOGETHER:
        start = text.find(word)
        while start != -1:
            end = start + len(word)
            if (start in edges or text[start - 1].isspace()) and (end in edges or text[end].isspace()):
                breaks.difference_update(range(start + 1, end))
            start = text.find(word, start + 1)
    for start, end in kept_spans(text):
        if end - start <= SCREEN_KEPT_LONGEST:
            inside = range(start + 1, end)
            breaks.difference_update(inside if keep_runs else [p for p in inside if not text[p - 1].isspace()])
    return frozenset(breaks)


def _build(text: str, marks: dict[int, str], nbsp: set[int]) -> tuple[str, list[int]]:
    """The marked text, and for each of its positions the position in ``text`` it stands before."""
    built: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        if index in marks:
            built.append(marks[index])
            origin.append(index)
        built.append(NBSP if index in nbsp else ch)
        origin.append(index)
    origin.append(len(text))
    return "".join(built), origin


@lru_cache(maxsize=4096)
def breakable(text: str, *, keep_runs: bool = True) -> str:
    """``text`` marked so that Qt wraps it only between words (see the module's description); a text without Thai
    is returned unchanged. ``keep_runs=False`` lets a titled name, a date or an amount break at its spaces only (for
    a line narrower than such a run)."""
    if not text or not _THAI.search(text):
        return text
    lines = text.split("\n")
    if len(lines) > 1:
        return "\n".join(breakable(line, keep_runs=keep_runs) for line in lines)
    allowed = allowed_breaks(text, keep_runs=keep_runs)
    marks = {p: ZWSP for p in allowed if not text[p - 1].isspace()}
    nbsp: set[int] = set()
    built = text
    for _ in range(6):  # each mark changes how libthai splits the text around it: look again until Qt agrees
        built, origin = _build(text, marks, nbsp)
        forbidden = {origin[b] for b in word_breaks(built) if origin[b] not in allowed and 0 < origin[b] < len(text)}
        if not forbidden:
            break
        for position in forbidden:
            if text[position - 1] in " \t":
                nbsp.add(position - 1)
            else:
                marks[position] = GLUE
    return built


def breakable_rich(text: str, *, keep_runs: bool = True) -> str:
    """``breakable`` for the text between the tags of a rich text (HTML) label."""
    return "".join(part if _TAG.fullmatch(part) else breakable(part, keep_runs=keep_runs) for part in _TAG.split(text))


def kept_runs(text: str) -> list[str]:
    """The runs ``breakable`` keeps on one line (titled names, dates, amounts) in the text parts of ``text``."""
    runs = []
    for part in _TAG.split(text):
        if part and not _TAG.fullmatch(part):
            runs += [part[a:b] for a, b in kept_spans(part) if b - a <= SCREEN_KEPT_LONGEST]
    return runs


@lru_cache(maxsize=4096)
def whole(name: str) -> str:
    """A name the screen knows is a name (a person without a title, a village, a fund) marked so that Qt breaks it
    only at its spaces, never inside a part (libthai's dictionary splits names: "สม|ชาย"). Put it into a text
    before ``breakable``/``WrappingLabel`` sees it; ``plain()`` takes the marks out again."""
    if not name or not _THAI.search(name):
        return name
    text = name
    for _ in range(6):  # a glue mark changes how libthai splits the rest of the part: look again
        inner = [
            p
            for p in word_breaks(text)
            if not text[p - 1].isspace() and not text[p].isspace() and GLUE not in (text[p - 1], text[p])
        ]
        if not inner:
            break
        for position in sorted(inner, reverse=True):
            text = text[:position] + GLUE + text[position:]
    return text


def plain(text: str) -> str:
    """``text`` without the marks ``breakable`` put in (no-break spaces stay: they may have been there before)."""
    return text.replace(ZWSP, "").replace(GLUE, "")


class WrappingLabel(QLabel):
    """A word-wrapping label whose Thai lines break between words, never inside one (``breakable``). A titled
    name, a date or an amount stays on one line, unless the label is narrower than it: then it breaks at its
    spaces rather than being cut off."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plain = ""
        self._widest_run = 0
        self._keep_runs = True
        self.setWordWrap(True)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self._plain = text
        metrics = self.fontMetrics()
        self._widest_run = max((metrics.horizontalAdvance(run) for run in kept_runs(text)), default=0)
        self._keep_runs = self._runs_fit()
        self._show()

    def _runs_fit(self) -> bool:
        width = self.contentsRect().width() - 2 * self.margin()
        return width <= 0 or self._widest_run <= width

    def _show(self) -> None:
        text = self._plain
        rich = self.textFormat() == Qt.TextFormat.RichText or (
            self.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
        )
        mark = breakable_rich if rich else breakable
        super().setText(mark(text, keep_runs=self._keep_runs))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        if self._widest_run and self._runs_fit() != self._keep_runs:
            self._keep_runs = not self._keep_runs
            self._show()

    def text(self) -> str:
        """The text as set (without the line-break marks)."""
        return self._plain

    def plain_text(self) -> str:
        """The text as set (without the line-break marks)."""
        return self._plain

    def shown_text(self) -> str:
        """The text Qt lays out, with the line-break marks."""
        return super().text()
