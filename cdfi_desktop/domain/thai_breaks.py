"""Where a Thai line may break, found the same way on every machine: ICU's line and character-cluster rules with its
Thai dictionary, from the ``icu4py`` wheel (which carries ICU inside it on Windows and Linux alike).

Qt finds Thai breaks through the system's libthai, which Windows does not have, and whose dictionary differs from
one Linux to the next; a printed form must break the same wherever it is printed. This module asks nothing of Qt
or of the system: positions are Python string indices (ICU counts UTF-16 units; they are converted).

:func:`line_breaks` gives every line-break opportunity (UAX #14 with ICU's dictionary for Thai),
:func:`grapheme_breaks` every boundary between character clusters (a consonant with its vowels and tone marks is
one cluster). :func:`available` says whether ICU could be loaded; when it cannot, both raise
:class:`BreakerMissing` (the printed forms then fall back to Qt, see ``cdfi_desktop.reports.thai_text``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["LOCALE", "BreakerMissing", "available", "grapheme_breaks", "icu_version", "line_breaks", "load_error"]

LOCALE = "th"
_SURROGATE = re.compile("[\ud800-\udfff]")
# ฯ right after a word (สถาบันฯ, กิจกรรมฯ) throws ICU's Thai dictionary off the whole run before it
# (คณะ|กรรม|กา|รส|ถา|บันฯ): it is handed to ICU as "!", which, like ฯ, never starts a line and ends the word.
_ABBREVIATION = re.compile("ฯลฯ|(?<=[\u0e01-\u0e4e])ฯ")


class BreakerMissing(RuntimeError):
    """ICU (the ``icu4py`` package) cannot be loaded here."""


Segmenter = Callable[[str, str], Iterable[tuple[int, int]]]


@dataclass(frozen=True)
class _Icu:
    line: Segmenter | None = None
    cluster: Segmenter | None = None
    version: str = ""
    error: str = ""


def _load() -> _Icu:
    try:
        from icu4py import icu_version
        from icu4py.breakers import CharacterBreaker, LineBreaker

        LineBreaker("ก", LOCALE)  # the library and its data load (a broken install fails here, not at import)
    except Exception as error:  # any failure to load means "no ICU here"
        return _Icu(error=f"{type(error).__name__}: {error}")
    return _Icu(
        line=lambda text, locale: LineBreaker(text, locale).segments(),
        cluster=lambda text, locale: CharacterBreaker(text, locale).segments(),
        version=str(icu_version),
    )


_ICU = _load()


def available() -> bool:
    """True when ICU is loaded and this module finds breaks."""
    return _ICU.line is not None


def load_error() -> str:
    """Why ICU could not be loaded ("" when it was)."""
    return _ICU.error


def icu_version() -> str:
    """The version of the ICU in use ("" when none)."""
    return _ICU.version


def _inner_starts(segmenter: Segmenter | None, text: str) -> tuple[int, ...]:
    if segmenter is None:
        raise BreakerMissing(_ICU.error or "icu4py is not installed")
    if len(text) < 2:
        return ()
    # a lone surrogate cannot be handed to ICU (it takes UTF-8): one U+FFFD keeps every index where it was
    safe = _SURROGATE.sub("\ufffd", text)
    starts = [start for start, _ in segmenter(safe, LOCALE)]
    if any(ord(ch) > 0xFFFF for ch in safe):  # ICU counts UTF-16 units: two for each of these
        index_of: dict[int, int] = {}
        units = 0
        for index, ch in enumerate(safe):
            index_of[units] = index
            units += 2 if ord(ch) > 0xFFFF else 1
        starts = [index_of[p] for p in starts if p in index_of]
    return tuple(p for p in starts if 0 < p < len(text))


@lru_cache(maxsize=16384)
def line_breaks(text: str) -> tuple[int, ...]:
    """Every position ``p`` (0 < p < len) where a new line may start at ``text[p]``; a space stays at the end of the
    line before it. An abbreviation mark after a word (``สถาบันฯ``) ends that word for ICU's dictionary."""
    if "ฯ" in text:
        text = _ABBREVIATION.sub(lambda found: found.group() if len(found.group()) > 1 else "!", text)
    return _inner_starts(_ICU.line, text)


@lru_cache(maxsize=4096)
def grapheme_breaks(text: str) -> tuple[int, ...]:
    """Every boundary (0 < p < len) between character clusters of ``text``."""
    return _inner_starts(_ICU.cluster, text)
