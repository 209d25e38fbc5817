"""Shared PDF pieces: the bundled Thai fonts, shaped Thai text broken only between words, numbered A4 pages.

Thai needs two things reportlab does not do by itself:

- shaping: vowels and tone marks stacked and moved clear of tall consonants. reportlab shapes with uharfbuzz
  (``shapeStr``), but its canvas and table cells only shape when the optional ``rlbidi`` is installed, so every
  string here is shaped explicitly and drawn by :func:`draw_text`, wrapped in a ``/ActualText`` span: shaped
  glyph variants (a lowered tone mark, a narrowed vowel) have no code point of their own, and the span keeps
  copy-paste, search and ``pdftotext`` returning the original Thai;
- line breaking between words, never inside one: lines are wrapped beforehand by
  :func:`cdfi_desktop.reports.thai_text.wrap_text` and drawn as they are (:class:`TextLines`).

Every other report (contracts, sign-in sheets) builds its story from these and calls :func:`build_pdf`.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab import rl_config  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4, landscape  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    PageTemplate,
    Spacer,
    TableStyle,
)

from cdfi_desktop import APP_NAME
from cdfi_desktop.domain.thai_digits import (
    ARABIC_DIGITS,
    DIGIT_STYLES,
    THAI_DIGITS,
    DigitStyle,
    default_digit_style,
    set_default_digit_style,
)
from cdfi_desktop.paths import fonts_dir
from cdfi_desktop.reports.thai_text import segments, word_breaks, wrap_text

__all__ = [
    "A4_LANDSCAPE",
    "BODY_SIZE",
    "CONTINUED",
    "DIGIT_STYLES",
    "FONT",
    "FONT_BOLD",
    "FONT_ITALIC",
    "FOOTER_BAND",
    "GRID_GREY",
    "HEADER_BAND",
    "HEADER_FILL",
    "PAGE_MARGIN",
    "RUNNING_BASELINE",
    "SMALL_SIZE",
    "STAMP_BASELINE",
    "TABLE_SIZE",
    "WHITE",
    "ContinuedTable",
    "DigitCanvas",
    "KeepTogether",
    "LongTable",
    "Margins",
    "PageFurniture",
    "PartStart",
    "Signer",
    "Spacer",
    "TableStyle",
    "TextLines",
    "build_pdf",
    "digit_style",
    "digits",
    "document_digits",
    "draw_text",
    "fit_size",
    "keep_with_previous",
    "register_fonts",
    "set_default_digit_style",
    "signature_block",
    "text_width",
    "title_block",
    "wrap",
]

FONT = "Sarabun"
FONT_BOLD = "Sarabun-Bold"
FONT_ITALIC = "Sarabun-Italic"
_FONT_FILES = {FONT: "Sarabun-Regular.ttf", FONT_BOLD: "Sarabun-Bold.ttf", FONT_ITALIC: "Sarabun-Italic.ttf"}
A4_LANDSCAPE: tuple[float, float] = landscape(A4)

# -- the layout every printed form follows (issue 11: forms that look signed-off by a province office) ---------------
CM = 72 / 2.54
PAGE_MARGIN = 2 * CM  # nothing is printed nearer a page's edge than this: text, running header, footer, stamps
HEADER_BAND = 30.0  # inside the top margin line: the evidence pack's stamp, then the running title
STAMP_BASELINE = PAGE_MARGIN + 10.0  # from the top edge: the evidence pack's stamp (section, page in the pack)
RUNNING_BASELINE = PAGE_MARGIN + 23.0  # from the top edge: the running title, under the stamp
FOOTER_BAND = 34.0  # inside the bottom margin line: page number, footer lines
BODY_SIZE = 12.0  # running text (clauses, paragraphs) is never smaller than this
TABLE_SIZE = 9.0  # the smallest type on a form: table cells, notes, page furniture
SMALL_SIZE = TABLE_SIZE
GRID_GREY = colors.Color(0.25, 0.25, 0.25)
HEADER_FILL = colors.Color(0.9, 0.9, 0.9)
TEXT_GREY = colors.Color(0.3, 0.3, 0.3)
WHITE = colors.white
# Binary (Flate only) page streams: ASCII-85 on top costs a tenth of the time of a long register, for nothing.
rl_config.useA85 = 0
_fonts_lock = threading.Lock()
_fonts_registered = threading.Event()


def register_fonts() -> None:
    """Register the bundled Sarabun faces with reportlab (once; safe from any thread)."""
    if _fonts_registered.is_set():
        return
    with _fonts_lock:
        if not _fonts_registered.is_set():
            for name, file_name in _FONT_FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / file_name)))
            pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)
            _fonts_registered.set()


# -- one digit style per document -------------------------------------------------------------------------------------
_digits: ContextVar[DigitStyle | None] = ContextVar("cdfi_digit_style", default=None)
_TO_THAI = str.maketrans(ARABIC_DIGITS, THAI_DIGITS)
_TO_ARABIC = str.maketrans(THAI_DIGITS, ARABIC_DIGITS)
# a token with Latin letters (a SHA-256 hash, "SHA-256", "1HH1C", "A4") keeps its Arabic digits in either style
_LATIN_TOKEN = re.compile(r"[0-9A-Za-z._/-]*[A-Za-z][0-9A-Za-z._/-]*")


def document_digits(style: str | None = None, *, language: str = "th") -> DigitStyle | None:
    """The digit style a document is written in: ``style``, else the one in force, else the default; an English
    document always Arabic."""
    if language != "th":
        return "arabic"
    if style in DIGIT_STYLES:
        return "thai" if style == "thai" else "arabic"
    return _digits.get() or default_digit_style()


@contextmanager
def digit_style(style: str | None = None, *, language: str = "th") -> Iterator[DigitStyle | None]:
    """Everything measured and drawn inside is in one digit style (see :func:`document_digits`)."""
    chosen = document_digits(style, language=language)
    token = _digits.set(chosen)
    try:
        yield chosen
    finally:
        _digits.reset(token)


def digits(text: str) -> str:
    """``text`` with every number in the current document's digit style."""
    style = _digits.get() or default_digit_style()
    if style is None:
        return text
    if style == "thai":
        if not any("0" <= ch <= "9" for ch in text):
            return text
        if not any("A" <= ch <= "z" for ch in text):
            return text.translate(_TO_THAI)
        parts = []
        last = 0
        for found in _LATIN_TOKEN.finditer(text):
            parts += [text[last : found.start()].translate(_TO_THAI), found.group()]
            last = found.end()
        parts.append(text[last:].translate(_TO_THAI))
        return "".join(parts)
    return text.translate(_TO_ARABIC) if any("\u0e50" <= ch <= "\u0e59" for ch in text) else text


def text_width(text: str, *, font: str = FONT, size: float) -> float:
    """Advance width in points (Thai marks have none, so this is also the shaped width), as drawn: in the
    document's digits, without the invisible marks of unbreakable runs."""
    register_fonts()
    return float(pdfmetrics.stringWidth(_printed(text), font, size))


def _printed(text: str) -> str:
    """What is drawn: the document's digits; a no-break space (a kept run's glue) as a plain space."""
    return digits(text.replace("\u00a0", " ") if "\u00a0" in text else text)


def wrap(text: str, *, width: float, size: float, font: str = FONT, keep_names: bool = False) -> list[str]:
    """``text`` broken into lines no wider than ``width`` points, only between words."""
    return wrap_text(text, width=width, measure=lambda s: text_width(s, font=font, size=size), keep_names=keep_names)


def fit_size(
    text: str, *, width: float, size: float, font: str = FONT, min_size: float = TABLE_SIZE, whole: bool = False
) -> float:
    """The largest size, at most ``size`` (in half points), at which every word of ``text`` fits ``width``
    (every line, when ``whole``), so that a narrow column shrinks its text rather than break inside a word."""
    pieces = text.split("\n") if whole else [p.strip() for p in segments(text, word_breaks(text))]
    widest = max((text_width(p, font=font, size=size) for p in pieces), default=0.0)
    if widest <= width:
        return size
    return max(min_size, TABLE_SIZE, math.floor(size * width / widest * 2) / 2)


def _actual_text(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def draw_text(canv: Any, text: str, *, x: float, y: float, size: float, font: str = FONT, align: str = "left") -> float:
    """Draw one line at baseline ``y`` (``align``: left/center/right of ``x``), shaped; returns its width."""
    text = _printed(text)
    if not text:
        return 0.0
    canv.setFont(font, size)
    if text.isascii():
        width = text_width(text, font=font, size=size)
        canv.drawString(_start(x, width=width, align=align), y, text)
        return width
    shaped, width = _shaped(text, font, size)
    canv.addLiteral(f"/Span <</ActualText {_actual_text(text)}>> BDC")
    canv.drawString(_start(x, width=width, align=align), y, shaped)
    canv.addLiteral("EMC")
    return float(width)


@lru_cache(maxsize=8192)
def _shaped(text: str, font: str, size: float) -> tuple[str, float]:
    """Shaped glyph string and its width; registers repeat their words (statuses, villages, funds) a lot."""
    shaped = shapeStr(text, font, size)
    if isinstance(shaped, ShapedStr):
        return shaped, sum(sd.x_advance for sd in shaped.__shapeData__) * size / 1000
    return shaped, text_width(text, font=font, size=size)


def _start(x: float, *, width: float, align: str) -> float:
    if align == "right":
        return x - width
    if align == "center":
        return x - width / 2
    return x


class TextLines(Flowable):  # type: ignore[misc]
    """Lines already broken between words, drawn shaped; a table cell or a free-standing block of text.

    It takes the whole width it is given and aligns each line in it; its height is ``lines × leading``, and the
    first baseline sits ``size`` below its top, as reportlab places plain table text.
    """

    def __init__(
        self,
        lines: Sequence[str],
        *,
        size: float,
        leading: float,
        font: str = FONT,
        align: str = "left",
        color: Any = None,
    ) -> None:
        super().__init__()
        self.lines = list(lines) or [""]
        self.size = size
        self.leading = leading
        self.font = font
        self.align = align
        self.color = color
        self.width = 0.0
        self.height = len(self.lines) * leading

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        canv = self.canv
        if self.color is not None:
            canv.setFillColor(self.color)
        x = {"left": 0.0, "center": self.width / 2, "right": self.width}[self.align]
        y = self.height - self.size
        for line in self.lines:
            draw_text(canv, line, x=x, y=y, size=self.size, font=self.font, align=self.align)
            y -= self.leading


def title_block(
    lines: Sequence[tuple[str, float]], *, width: float, font: str = FONT_BOLD, space_after: float = 6
) -> list[Any]:
    """Centered title lines (text, size), each wrapped between words to ``width``."""
    story: list[Any] = []
    for text, size in lines:
        story.append(
            TextLines(
                wrap(text, width=width, size=size, font=font), size=size, leading=size * 1.45, font=font, align="center"
            )
        )
    story.append(Spacer(1, space_after))
    return story


@dataclass(frozen=True)
class Margins:
    """The body frame's distance from each edge; the running title and the footer sit in the bands between the
    frame and :data:`PAGE_MARGIN`, so nothing is printed nearer an edge than 2 cm."""

    left: float = PAGE_MARGIN
    right: float = PAGE_MARGIN
    top: float = PAGE_MARGIN + HEADER_BAND
    bottom: float = PAGE_MARGIN + FOOTER_BAND

    def __post_init__(self) -> None:
        if min(self.left, self.right, self.top, self.bottom) < PAGE_MARGIN - 0.01:
            raise ValueError(f"a form's margins are {PAGE_MARGIN / CM:.0f} cm at least: {self}")


@dataclass(frozen=True)
class PageFurniture:
    """What every page carries besides the story: a running title from page 2 on, and a footer."""

    running_title: str
    footer_left: str
    footer_right: str
    page_label: Callable[[int, int], str]  # (page, pages) → "หน้า 1/3"
    size: float = TABLE_SIZE


class DigitCanvas(Canvas):  # type: ignore[misc]
    """A canvas that draws every plain string (a table's figures) in the document's digit style; shaped strings
    from :func:`draw_text` are converted before shaping."""

    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> Any:  # noqa: N802
        return super().drawString(x, y, _plain(text), *args, **kwargs)

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> Any:  # noqa: N802
        return super().drawRightString(x, y, _plain(text), *args, **kwargs)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> Any:  # noqa: N802
        return super().drawCentredString(x, y, _plain(text), *args, **kwargs)


def _plain(text: Any) -> Any:
    return text if isinstance(text, ShapedStr) or not isinstance(text, str) else digits(text)


# What a group's first row on a new page adds to its name (a household's debts run on from the page before).
CONTINUED = {"th": "(ต่อ)", "en": "(cont.)"}


class ContinuedTable(LongTable):  # type: ignore[misc]
    """A long table whose header rows repeat on every page, and whose groups of rows (a household's debts) that
    run on to the next page start there with the group's name and "(ต่อ)".

    ``continued`` maps a body row that continues a group (its first cells empty) to the cells it shows when it
    is the first row of a page: ``{row: {column: cell}}``.
    """

    def __init__(self, *args: Any, continued: dict[int, dict[int, Any]] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._cdfi_continued = continued or {}
        self._cdfi_origin = list(range(len(self._cellvalues)))

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        parts = super().split(avail_width, avail_height)
        if len(parts) != 2:
            return list(parts)
        first, rest = parts
        repeat = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        cut = len(first._cellvalues)
        first._cdfi_continued = rest._cdfi_continued = self._cdfi_continued
        first._cdfi_origin = self._cdfi_origin[:cut]
        rest._cdfi_origin = self._cdfi_origin[:repeat] + self._cdfi_origin[cut:]
        cells = self._cdfi_continued.get(rest._cdfi_origin[repeat]) if len(rest._cdfi_origin) > repeat else None
        if cells:
            row = list(rest._cellvalues[repeat])
            for column, cell in cells.items():
                row[column] = cell
            rest._cellvalues[repeat] = row
            heights = [getattr(c, "height", 0.0) for c in cells.values()]
            if rest._argH[repeat] is not None and max(heights, default=0.0) > rest._argH[repeat]:
                rest._argH = [*rest._argH[:repeat], None, *rest._argH[repeat + 1 :]]
        return [first, rest]


class PartStart(Flowable):  # type: ignore[misc]
    """Where a part of a document begins (one household's record): a page after the part's first one says at
    its top whose part it continues (``continued``, e.g. "… นายกิตติ ภูผาทอง (ต่อ)"), and a page the part runs
    on from says so at its foot (``continues``, "(มีต่อหน้าถัดไป)"). Draws nothing itself."""

    def __init__(self, key: str, *, continued: str, continues: str) -> None:
        super().__init__()
        self.key, self.continued, self.continues = key, continued, continues
        self.width = self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.canv._cdfi_part = (self.key, self.canv.getPageNumber(), self.continued, self.continues)


def _numbered_canvas(furniture: PageFurniture, *, margins: Margins, pages: list[int]) -> Callable[..., Any]:
    class NumberedCanvas(DigitCanvas):
        """Keeps every page until the end, then stamps each with "หน้า x/y"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            parts = [state.get("_cdfi_part") for state in self._page_states]
            for number, state in enumerate(self._page_states, start=1):
                self.__dict__.update(state)
                part, following = parts[number - 1], parts[number] if number < total else None
                continued = part is not None and part[1] < number
                self._furnish(number, total, running_title=part[2] if part is not None and continued else None)
                if part is not None and following is not None and following[0] == part[0] and following[1] <= number:
                    self._continues(part[3])
                super().showPage()
            pages.append(total)
            super().save()

        def _continues(self, text: str) -> None:
            """A part's "(มีต่อหน้าถัดไป)" at the foot of the frame, right-aligned above the footer."""
            width, _height = self._pagesize
            size = furniture.size
            self.saveState()
            self.setFillColor(TEXT_GREY)
            draw_text(self, text, x=width - margins.right, y=margins.bottom - size * 1.4, size=size, align="right")
            self.restoreState()

        def _furnish(self, number: int, total: int, *, running_title: str | None = None) -> None:
            """The page's running title (``running_title``: a part's "(ต่อ)" line in its place), number and
            footer."""
            width, height = self._pagesize
            size = furniture.size
            self.saveState()
            self.setFillColor(TEXT_GREY)
            if number > 1:  # under the line an evidence pack stamps its pages with
                top = height - max(RUNNING_BASELINE, margins.top - HEADER_BAND + RUNNING_BASELINE - PAGE_MARGIN)
                title, font = (running_title, FONT_BOLD) if running_title else (furniture.running_title, FONT)
                draw_text(self, title, x=width / 2, y=top, size=size, align="center", font=font)
            y = max(PAGE_MARGIN, margins.bottom - FOOTER_BAND) + size * 0.45  # descenders clear of the margin line
            label = furniture.page_label(number, total)
            half = text_width(label, size=size) / 2 + size  # the page number with a gap each side
            crowded = (
                margins.left + text_width(furniture.footer_left, size=size) > width / 2 - half
                or width - margins.right - text_width(furniture.footer_right, size=size) < width / 2 + half
            )
            draw_text(self, furniture.footer_left, x=margins.left, y=y, size=size)
            # a long footer would run into the page number: the number then stands a line above it
            draw_text(self, label, x=width / 2, y=y + size * 1.3 if crowded else y, size=size, align="center")
            draw_text(self, furniture.footer_right, x=width - margins.right, y=y, size=size, align="right")
            self.restoreState()

    return NumberedCanvas


def build_pdf(
    path: Path,
    story: list[Any],
    *,
    furniture: PageFurniture,
    title: str,
    subject: str = "",
    pagesize: tuple[float, float] = A4_LANDSCAPE,
    margins: Margins = Margins(),
) -> int:
    """Lay ``story`` out on numbered pages and write ``path``; returns the number of pages."""
    register_fonts()
    doc = BaseDocTemplate(
        str(path),
        pagesize=pagesize,
        leftMargin=margins.left,
        rightMargin=margins.right,
        topMargin=margins.top,
        bottomMargin=margins.bottom,
        title=title,
        subject=subject,
        author=APP_NAME,
        creator=APP_NAME,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    pages: list[int] = []
    doc.build(story, canvasmaker=_numbered_canvas(furniture, margins=margins, pages=pages))
    return pages[-1] if pages else 0


@dataclass(frozen=True)
class Signer:
    """One signature on a printed form: the role after the dotted line, and the name in brackets if known."""

    role: str
    name: str = ""


class _Signatures(Flowable):  # type: ignore[misc]
    def __init__(self, signers: Sequence[Signer], *, sign: str, date_label: str, size: float) -> None:
        super().__init__()
        self.signers = list(signers)
        self.sign = sign
        self.date_label = date_label
        self.size = size
        self.leading = size * 2.1
        self.width = 0.0
        self.height = self.leading * 3

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def _dots(self, words: str, room: float) -> str:
        """The dotted line to sign on: 40 dots, fewer when the column is too narrow for them and ``words``."""
        count = 40
        while count > 12 and text_width(f"{words}{'.' * count}", size=self.size) > room:
            count -= 2
        return "." * count

    def draw(self) -> None:
        column = self.width / max(1, len(self.signers))
        for index, signer in enumerate(self.signers):
            center = column * index + column / 2
            y = self.height - self.size
            dots = self._dots(f"{self.sign}  {signer.role}", column - 10)
            lines = (
                f"{self.sign} {dots} {signer.role}",
                f"({signer.name})" if signer.name else f"({dots})",
                f"{self.date_label} ........./................./.........",
            )
            for line in lines:
                draw_text(self.canv, line, x=center, y=y, size=self.size, align="center")
                y -= self.leading


def keep_with_previous(story: list[Any], block: Sequence[Any]) -> None:
    """Append ``block`` (signatures) so that it never starts a page on its own: the flowable above it (the last
    lines of what is signed), with the spaces between, moves with it. A page that holds only signatures invites
    the pages before it to be swapped."""
    carried: list[Any] = []
    while story and isinstance(story[-1], Spacer):
        carried.insert(0, story.pop())
    if story:
        carried.insert(0, story.pop())
    story.append(KeepTogether([*carried, *block]))


def signature_block(signers: Sequence[Signer], *, sign: str, date_label: str, size: float = BODY_SIZE) -> Any:
    """Side-by-side signature lines: ``ลงชื่อ ....... ผู้จัดทำ`` / ``(.......)`` / ``วันที่ ..../..../....``."""
    return _Signatures(signers, sign=sign, date_label=date_label, size=size)
