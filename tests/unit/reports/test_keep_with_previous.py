"""Signatures never start a page alone: the last lines of what is signed move with them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer  # type: ignore[import-untyped]

from cdfi_desktop.reports.pdf_common import keep_with_previous

PAGE_BODY = A4[1] - 144  # SimpleDocTemplate's frame: one-inch margins and the frame's own padding, roughly


class Marker(Flowable):  # type: ignore[misc]
    """A block of a given height that notes the page it was drawn on."""

    def __init__(self, name: str, height: float, pages: dict[str, int]) -> None:
        super().__init__()
        self.name, self.height, self.pages = name, height, pages

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return 100, self.height

    def draw(self) -> None:
        self.pages[self.name] = self.canv.getPageNumber()


def _pages(tmp_path: Path, *, keep: bool) -> dict[str, int]:
    pages: dict[str, int] = {}
    story: list[Any] = [Marker("text", PAGE_BODY - 150, pages), Marker("last lines", 60, pages), Spacer(1, 12)]
    signatures = [Marker("signatures", 120, pages)]  # does not fit under the last lines
    if keep:
        keep_with_previous(story, signatures)
    else:
        story += signatures
    SimpleDocTemplate(str(tmp_path / "signed.pdf"), pagesize=A4).build(story)
    return pages


def test_given_signatures_that_do_not_fit_under_the_text_then_the_last_lines_go_over_with_them(tmp_path: Path) -> None:
    # GIVEN a page filled nearly to the bottom, WHEN the signatures are appended plainly THEN they stand alone
    plain = _pages(tmp_path, keep=False)
    assert plain == {"text": 1, "last lines": 1, "signatures": 2}
    # WHEN they keep with what they sign THEN the last lines start the new page above them
    kept = _pages(tmp_path, keep=True)
    assert kept == {"text": 1, "last lines": 2, "signatures": 2}


def test_given_an_empty_story_then_the_signatures_are_simply_kept_together(tmp_path: Path) -> None:
    pages: dict[str, int] = {}
    story: list[Any] = []
    keep_with_previous(story, [Marker("signatures", 100, pages)])
    SimpleDocTemplate(str(tmp_path / "alone.pdf"), pagesize=A4).build(story)
    assert pages == {"signatures": 1}
