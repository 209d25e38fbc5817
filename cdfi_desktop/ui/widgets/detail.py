"""The detail panel beside a register: the chosen row's facts as label–value lines, in one or two columns, or a
hint while nothing is chosen. Texts are escaped here; a screen passes plain, translated strings."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from cdfi_desktop.ui.widgets.thai_text import breakable, plain

Line = tuple[str, str] | str  # (label, value), or a line of its own (a heading when bold=True in ``heading``)


def heading(text: str) -> str:
    """A bold line of its own, for ``DetailPanel.show_lines``."""
    return f"\x00{text}"


def _text(text: str) -> str:
    """Escaped, with Thai line breaks between words only (as the labels and the printed forms break)."""
    return html.escape(breakable(text))


def _line(item: Line) -> str:
    if isinstance(item, tuple):
        label, value = item
        return f"<b>{_text(label)}:</b> {_text(value)}"
    if item.startswith("\x00"):
        return f"<b>{_text(item[1:])}</b>"
    return _text(item)


class DetailPanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setOpenLinks(False)
        # Qt's default for a text browser breaks a run "anywhere" once it is wider than the line; the runs are
        # words and kept names here, so they move whole to the next line instead.
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        """A copied selection holds the text as written, without the line-break marks."""
        data = QMimeData()
        data.setText(plain(self.textCursor().selection().toPlainText()).replace("\u00a0", " "))
        return data

    def plain_text(self) -> str:
        """The panel's text as written, without the line-break marks (for reading it back, as tests do)."""
        return plain(self.toPlainText()).replace("\u00a0", " ")

    def show_hint(self, text: str) -> None:
        """What the panel says while no row is chosen."""
        self.setHtml(f"<p style='color:#4a5568'>{_text(text)}</p>")

    def show_lines(self, *columns: Sequence[Line]) -> None:
        """One or more columns of lines; an empty string is a blank line."""
        cells = "".join(
            f"<td width='{100 // max(1, len(columns))}%' valign='top'>"
            + "<br>".join(_line(item) for item in column)
            + "</td>"
            for column in columns
        )
        self.setHtml(f"<table width='100%' cellspacing='0' cellpadding='2'><tr>{cells}</tr></table>")
