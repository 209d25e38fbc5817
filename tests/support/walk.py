"""The checks of the screenshot walk, as pure functions over a window's widget tree.

Each check takes the window (or a dialog) as it is on screen and returns findings, ``"screen/widget: what"``;
none when the screen is right. The walk (tests/gui/test_screen_walk.py) runs them on every step, tab and
dialog; a screen's own test may run them too.

- :func:`clipped_headers`: a visible table's column header narrower than its text (and not wrapping);
- :func:`outside_window`: a visible widget reaching outside its window or outside its parent (cut off);
  a window larger than the screen (:func:`window_too_large`);
- :func:`overlapping_labels`: two visible labels of one parent drawn over each other;
- :func:`cut_labels`: a label whose text needs more room than it has;
- :func:`hidden_money`: a register's money column (``RegisterTable.money_columns()``, else a header naming
  baht) hidden or off to the right, behind the horizontal scrollbar;
- :func:`wrong_language`: Latin letters in the Thai UI, Thai letters in the English UI, in the texts the
  program writes (labels, buttons, group and tab titles, headers, placeholders, window titles, list items),
  less what :class:`Allowed` lets through (each entry with its reason) and the data the officer typed.
"""

from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolButton,
    QTreeView,
    QWidget,
)

from cdfi_desktop.ui.widgets.detail import DetailPanel

# What a header section needs beyond its text: the style sheet's padding (6 px each side) and its 1-px border.
HEADER_PADDING = 2 * 6 + 1
SORT_ARROW = 16  # the sort indicator, on the section it is shown on
HEADER_V_PADDING = 2 * 4
TOLERANCE = 1  # pixels: rounding of fractional layouts
MONEY_HEADER = re.compile(r"บาท|\bbaht\b|฿", re.IGNORECASE)
LATIN = re.compile(r"[A-Za-z]+")
THAI = re.compile(r"[\u0E00-\u0E7F]+")
LETTERS = re.compile(r"[A-Za-z\u0E01-\u0E2E]")
# A cell as the program writes an amount of money: thousands grouped, two decimals ("218,551.39", "0.00").
MONEY_CELL = re.compile(r"^-?\d{1,3}(?:,\d{3})*\.\d{2}$")
MONEY_ROWS = 20  # rows read to tell a money column by its cells


@dataclass(frozen=True)
class Finding:
    screen: str  # where the walk was: "registers", "reports-dashboard", "dialog-HouseholdDialog"
    widget: str  # the widget at fault, by its object names
    what: str
    check: str  # header, outside, overlap, label, money, language, size
    module: str = ""  # the screen module the widget belongs to (for grouping the findings)

    def __str__(self) -> str:
        return f"{self.screen}/{self.widget}: {self.what}"


# -- the widget tree ---------------------------------------------------------------------------------------------------
def widget_name(widget: QWidget) -> str:
    """A widget as a person finds it in the code: its object name or class, under its nearest named parents."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and len(parts) < 3:
        name = current.objectName()
        if name and not name.startswith("qt_"):
            parts.append(name)
        elif current is widget:
            parts.append(type(current).__name__)
        if current.isWindow():
            break
        current = current.parentWidget()
    return ">".join(reversed(parts))


def module_of(widget: QWidget) -> str:
    """The program module that made ``widget``: its own class's or its nearest parent's under cdfi_desktop.ui
    (a screen module before the shared widgets of ``ui/widgets``)."""
    kit = ""
    current: QWidget | None = widget
    while current is not None:
        module = type(current).__module__
        if module.startswith("cdfi_desktop.ui"):
            if not module.startswith("cdfi_desktop.ui.widgets"):
                return module
            kit = kit or module
        current = current.parentWidget()
    return kit or "(Qt)"


def shown_widgets(root: QWidget) -> list[QWidget]:
    """The widgets of ``root``'s window that are on screen (visible, not empty, in this window)."""
    window = root.window()
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible() and w.window() is window and w.width() > 0 and w.height() > 0
    ]


def in_scroll_viewport(widget: QWidget, stop: QWidget) -> bool:
    """Whether ``widget`` sits in the viewport of a scroll area (an item view, a scroll area) below ``stop``."""
    current = widget
    while current is not None and current is not stop:
        parent = current.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is current:
            return True
        current = parent
    return False


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def _inside(inner: QRect, outer: QRect) -> bool:
    return outer.adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE).contains(inner)


def _finding(screen: str, widget: QWidget, what: str, check: str) -> Finding:
    return Finding(screen, widget_name(widget), what, check, module_of(widget))


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- a: headers --------------------------------------------------------------------------------------------------------
def _views(root: QWidget) -> list[QAbstractItemView]:
    return [w for w in shown_widgets(root) if isinstance(w, QTableView | QTreeView)]


def _header(view: QAbstractItemView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()  # type: ignore[attr-defined]


def header_text(header: QHeaderView, logical: int) -> str:
    model = header.model()
    if model is None:
        return ""
    value = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
    return "" if value is None else str(value)


def _wraps(header: QHeaderView, logical: int) -> bool:
    model = header.model()
    align = model.headerData(logical, header.orientation(), Qt.ItemDataRole.TextAlignmentRole) if model else None
    flags = int(header.defaultAlignment().value) | (int(align) if isinstance(align, int) else 0)
    return bool(flags & int(Qt.TextFlag.TextWordWrap.value))


def clipped_headers(root: QWidget, screen: str) -> list[Finding]:
    """A visible column header narrower than its text: each line whole, or (a wrapping header) every line of the
    wrapped text within the header's height."""
    findings = []
    for view in _views(root):
        header = _header(view)
        if not header.isVisible():
            continue
        metrics = header.fontMetrics()
        for logical in range(header.count()):
            width = header.sectionSize(logical)
            text = header_text(header, logical)
            if header.isSectionHidden(logical) or width <= 0 or not text.strip():
                continue
            arrow = SORT_ARROW if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical else 0
            room = width - HEADER_PADDING - arrow
            if _wraps(header, logical):
                flags = int(Qt.TextFlag.TextWordWrap.value)
                needed = metrics.boundingRect(QRect(0, 0, max(1, room), 10_000), flags, text).height()
                longest_word = max(metrics.horizontalAdvance(w) for w in text.split())
                if needed + HEADER_V_PADDING > header.height() + TOLERANCE or longest_word > room + TOLERANCE:
                    findings.append(
                        _finding(screen, view, f"header “{_short(text)}” cut ({width} px wide, wraps)", "header")
                    )
                continue
            needed = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            lines = len(text.split("\n"))
            if needed > room + TOLERANCE:
                findings.append(
                    _finding(
                        screen,
                        view,
                        f"header “{_short(text)}” cut: {width} px for {needed + HEADER_PADDING + arrow}",
                        "header",
                    )
                )
            elif lines > 1 and lines * metrics.lineSpacing() + HEADER_V_PADDING > header.height() + TOLERANCE:
                findings.append(
                    _finding(screen, view, f"header “{_short(text)}” cut: {lines} lines, too low", "header")
                )
    return findings


# -- b: inside the window ----------------------------------------------------------------------------------------------
def window_too_large(window: QWidget, screen: str, size: QSize) -> list[Finding]:
    """The window (asked to be ``size``) came out larger: something in it needs more room than the screen has."""
    if window.width() <= size.width() + TOLERANCE and window.height() <= size.height() + TOLERANCE:
        return []
    culprit = window
    while True:  # the widest/tallest chain of minimum sizes down to the widget that asks for it
        if isinstance(culprit, QStackedWidget):  # as large as its largest page, shown or not
            wider = [culprit.widget(i) for i in range(culprit.count())]
        else:
            wider = [
                c
                for c in culprit.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if c.isVisible() and not c.isWindow()
            ]
        if not wider:
            break
        best = max(wider, key=lambda c: c.minimumSizeHint().width() + c.minimumSizeHint().height())
        hint, own = best.minimumSizeHint(), culprit.minimumSizeHint()
        if hint.width() < own.width() * 0.8 and hint.height() < own.height() * 0.8:
            break
        culprit = best
    hint = culprit.minimumSizeHint()
    return [
        _finding(
            screen,
            culprit,
            f"window {window.width()}×{window.height()} does not fit {size.width()}×{size.height()} "
            f"(this widget needs at least {hint.width()}×{hint.height()})",
            "size",
        )
    ]


def outside_window(root: QWidget, screen: str) -> list[Finding]:
    """A visible widget reaching outside its window, or cut off by its parent; what sits in a scroll area's
    viewport may go below it (it scrolls), not beside it. A widget is named once, not its children too."""
    window = root.window()
    bounds = window.rect()
    findings: list[Finding] = []
    reported: set[int] = set()
    for widget in shown_widgets(root):
        if any(id(a) in reported for a in _ancestors(widget, window)):
            continue
        if isinstance(widget, QScrollArea) and widget.widget() is not None:
            inner = widget.widget()
            if inner.isVisible() and inner.width() > widget.viewport().width() + TOLERANCE:
                findings.append(
                    _finding(
                        screen,
                        widget,
                        f"content {inner.width()} px wide in a {widget.viewport().width()} px scroll area "
                        "(scrolls sideways)",
                        "outside",
                    )
                )
        if in_scroll_viewport(widget, window):
            continue
        rect = _rect_in(widget, window)
        parent = widget.parentWidget()
        if not _inside(rect, bounds):
            findings.append(
                _finding(screen, widget, f"outside the window: {_rect_text(rect)} in {_rect_text(bounds)}", "outside")
            )
            reported.add(id(widget))
        elif parent is not None and parent is not window and not _inside(widget.geometry(), parent.rect()):
            if isinstance(parent, QTabBar | QAbstractScrollArea) or parent.inherits("QToolBarExtension"):
                continue  # a tab bar's scroll buttons, a scroll area's own parts: placed by Qt itself
            findings.append(
                _finding(
                    screen,
                    widget,
                    f"cut off by its parent {widget_name(parent)}: {_rect_text(widget.geometry())} in "
                    f"{parent.width()}×{parent.height()}",
                    "outside",
                )
            )
            reported.add(id(widget))
    return findings


def _ancestors(widget: QWidget, stop: QWidget) -> Iterable[QWidget]:
    current = widget.parentWidget()
    while current is not None and current is not stop:
        yield current
        current = current.parentWidget()


def _rect_text(rect: QRect) -> str:
    return f"{rect.width()}×{rect.height()} at ({rect.x()}, {rect.y()})"


# -- c: labels ---------------------------------------------------------------------------------------------------------
def _label_text(label: QLabel) -> str:
    return plain_text(label.text())


def overlapping_labels(root: QWidget, screen: str) -> list[Finding]:
    """Two visible labels of one parent whose rectangles overlap (one drawn over the other)."""
    by_parent: dict[int, list[QLabel]] = {}
    for widget in shown_widgets(root):
        if isinstance(widget, QLabel) and (
            widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull())
        ):
            by_parent.setdefault(id(widget.parentWidget()), []).append(widget)
    findings = []
    for labels in by_parent.values():
        for i, first in enumerate(labels):
            for second in labels[i + 1 :]:
                both = first.geometry().intersected(second.geometry())
                if both.width() > TOLERANCE and both.height() > TOLERANCE:
                    findings.append(
                        _finding(
                            screen,
                            first,
                            f"label “{_short(_label_text(first), 30)}” overlaps “{_short(_label_text(second), 30)}” "
                            f"({widget_name(second)}) by {both.width()}×{both.height()}",
                            "overlap",
                        )
                    )
    return findings


def cut_labels(root: QWidget, screen: str) -> list[Finding]:
    """A visible label whose text needs more room than the label has (wrapped: more height; else more width)."""
    findings = []
    for label in shown_widgets(root):
        if not isinstance(label, QLabel) or not label.text().strip() or in_scroll_viewport(label, root.window()):
            continue
        if label.textFormat() == Qt.TextFormat.RichText or GuiQt.mightBeRichText(label.text()):
            continue  # rich text lays out as a document: its size hint is what it needs
        room = label.contentsRect()
        indent = 2 * max(0, label.indent()) + 2 * label.margin()
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + TOLERANCE:
                findings.append(
                    _finding(
                        screen,
                        label,
                        f"wrapped label “{_short(label.text())}” cut: {label.height()} px of {needed}",
                        "label",
                    )
                )
            continue
        metrics = QFontMetrics(label.font())
        needed = max(metrics.horizontalAdvance(line) for line in label.text().split("\n")) + indent
        if needed > room.width() + TOLERANCE:
            findings.append(
                _finding(screen, label, f"label “{_short(label.text())}” cut: {room.width()} px of {needed}", "label")
            )
    return findings


def cut_buttons(root: QWidget, screen: str) -> list[Finding]:
    """A visible push or tool button narrower than its text needs (Qt clips a button's text, it does not elide)."""
    findings = []
    for button in shown_widgets(root):
        if not isinstance(button, QPushButton | QToolButton) or not button.text().strip():
            continue
        if isinstance(button.parentWidget(), QTabBar | QAbstractScrollArea):
            continue  # a tab bar's scroll arrows, a scroll area's own corner button
        needed = button.sizeHint().width()
        if needed > button.width() + TOLERANCE:
            findings.append(
                _finding(
                    screen,
                    button,
                    f"button “{_short(plain_text(button.text()))}” cut: {button.width()} px of {needed}",
                    "label",
                )
            )
    return findings


# -- d: money columns --------------------------------------------------------------------------------------------------
def money_columns(view: QAbstractItemView) -> list[int]:
    """The register's money columns: as the kit's RegisterTable says, else the headers naming baht and the
    columns whose cells are all amounts of money (``1,234.50``)."""
    said = getattr(view, "money_columns", None)
    if callable(said):
        return list(said())
    header = _header(view)
    model = view.model()
    columns = []
    for column in range(header.count()):
        if MONEY_HEADER.search(header_text(header, column)):
            columns.append(column)
            continue
        if model is None or isinstance(view, QTreeView):
            continue
        cells = [
            model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            for row in range(min(MONEY_ROWS, model.rowCount()))
        ]
        texts = [str(c).strip() for c in cells if c is not None and str(c).strip() not in ("", "–", "-")]
        if texts and all(MONEY_CELL.match(t) for t in texts):
            columns.append(column)
    return columns


def hidden_money(root: QWidget, screen: str) -> list[Finding]:
    """A visible table's money column hidden, or not wholly in view without scrolling sideways."""
    findings = []
    for view in _views(root):
        header = _header(view)
        width = view.viewport().width()
        for column in money_columns(view):
            text = _short(header_text(header, column), 40)
            if header.isSectionHidden(column):
                findings.append(_finding(screen, view, f"money column “{text}” hidden", "money"))
                continue
            right = header.sectionPosition(column) + header.sectionSize(column)
            if right > width + TOLERANCE:
                findings.append(
                    _finding(
                        screen,
                        view,
                        f"money column “{text}” off to the right: ends at {right} px, {width} px in view",
                        "money",
                    )
                )
    return findings


# -- e: one language ---------------------------------------------------------------------------------------------------
@dataclass
class Allowed:
    """What may stand in the other language's letters, each with its reason, and the data the officer typed."""

    patterns: dict[str, str] = field(default_factory=dict)  # regular expression → why it is allowed
    data: Sequence[str] = ()  # values typed by officers (names, addresses, notes): shown as typed
    _compiled: re.Pattern[str] | None = None
    _data: re.Pattern[str] | None = None

    def strip(self, text: str, *, data: bool = True) -> str:
        """``text`` less what is allowed (less the officer's data only where ``data``: never in the program's own
        headers, buttons, tabs and menus)."""
        text = unmarked(text)
        if self._data is None and self.data:
            # values with letters only: a house number "58" would cut a device id in two
            values = sorted(
                {unmarked(v) for v in self.data if len(v) >= 2 and LETTERS.search(v)}, key=len, reverse=True
            )
            self._data = re.compile("|".join(re.escape(v) for v in values))
        if self._compiled is None and self.patterns:
            self._compiled = re.compile("|".join(f"(?:{p})" for p in self.patterns))
        if self._compiled is not None:
            text = self._compiled.sub(" ", text)
        if data and self._data is not None:
            text = self._data.sub(" ", text)
        return text


# Marks a screen puts in Thai text to break lines between words (zero-width space, the glue marks) and the
# no-break spaces that keep a name whole: invisible, or a space, on screen.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u180e\u2060\u00ad\ufeff\u200c\u200d"), None) | {0x00A0: " ", 0x202F: " "}


def unmarked(text: str) -> str:
    """``text`` as a reader sees it: without the invisible line-break marks, no-break spaces as spaces."""
    return text.translate(INVISIBLE)


def plain_text(text: str) -> str:
    """A label's text as read: without rich-text tags and entities, without the mnemonic ampersand."""
    if GuiQt.mightBeRichText(text):
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def chrome_texts(root: QWidget) -> list[tuple[QWidget, str, str]]:
    """The texts the program writes on the window, as (widget, kind, text); data cells of tables are left out."""
    texts: list[tuple[QWidget, str, str]] = []
    window = root.window()
    if window.windowTitle():
        texts.append((window, "window title", window.windowTitle()))
    for widget in shown_widgets(root):
        if in_scroll_viewport(widget, window) and isinstance(widget.parentWidget(), QAbstractItemView):
            continue  # an editor or a widget in a table's cell: data
        if isinstance(widget, QLabel):
            texts.append((widget, "label", plain_text(widget.text())))
        elif isinstance(widget, QAbstractButton):
            texts.append((widget, "button", plain_text(widget.text())))
        if isinstance(widget, QGroupBox):
            texts.append((widget, "group title", plain_text(widget.title())))
        elif isinstance(widget, QTabBar):
            texts.extend((widget, "tab title", plain_text(widget.tabText(i))) for i in range(widget.count()))
        elif isinstance(widget, DetailPanel):
            texts.append((widget, "detail panel", widget.plain_text()))
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit) and widget.placeholderText():
            if not (isinstance(widget, QLineEdit) and widget.text()):
                texts.append((widget, "placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            texts.append((widget, "choice", widget.currentText()))
        elif isinstance(widget, QListWidget):
            texts.extend((widget, "list item", widget.item(i).text()) for i in range(widget.count()))
        elif isinstance(widget, QMenuBar):
            texts.extend((widget, "menu", plain_text(a.text())) for a in widget.actions() if a.isVisible())
        elif isinstance(widget, QTableView | QTreeView):
            header = _header(widget)
            if header.isVisible():
                texts.extend(
                    (widget, "header", header_text(header, c))
                    for c in range(header.count())
                    if not header.isSectionHidden(c)
                )
    return [(w, kind, t) for w, kind, t in texts if t.strip()]


# Texts only the program writes: the officer's data never stands in them.
PROGRAM_ONLY = frozenset({"header", "button", "tab title", "menu"})


def wrong_language(root: QWidget, screen: str, language: str, allowed: Allowed) -> list[Finding]:
    """Latin letters in the Thai UI (``language`` "th"), Thai letters in the English UI, less what is allowed."""
    foreign = LATIN if language == "th" else THAI
    findings = []
    seen: set[tuple[int, str]] = set()
    for widget, kind, text in chrome_texts(root):
        if (id(widget), text) in seen:
            continue
        seen.add((id(widget), text))
        left = foreign.findall(allowed.strip(text, data=kind not in PROGRAM_ONLY))
        if left:
            words = ", ".join(dict.fromkeys(left))
            findings.append(_finding(screen, widget, f"{kind} “{_short(text)}” has {words!r}", "language"))
    return findings


# The program's own words that are written in Latin letters in the Thai UI too.
THAI_UI_ALLOWED: dict[str, str] = {
    r"\b(?=[0-9A-Za-z_+/=-]*\d)(?=[0-9A-Za-z_+/=-]*[A-Za-z])[0-9A-Za-z_+/=-]{8,}\b": "a device id or key fingerprint",
    r"\bx(?:-x+){2,}\b": "the citizen ID's pattern (x-xxxx-xxxxx-xx-x), as Thai forms print it",
    r"1HH1C": "the program's code (one household, one contract), written so in the guideline and the forms",
    r"\bCDFI Desktop\b": "the program's name",
    r"\bPDF\b": "the file format, as Thai officers name it",
    r"\bExcel\b": "the spreadsheet program, as Thai officers name it",
    r"\bQR\b": "the QR code printed on contracts",
    r"(?<![A-Za-z0-9])[A-D](?![A-Za-z0-9])": "debtor classes A–D (ชั้น A … ชั้น D), as the messages name them",
    r"(?<!\S)(?:~|[A-Za-z]:)?[/\\]\S+": "a file path (from the root, the home folder or a drive)",
    r"[\w.-]+\.(?:sqlite|xlsx|pdf|json|zip|cdfibundle|csv|txt|pub|key|minisig)\b": "a file name",
    r"\b[0-9A-F]{2}(?::[0-9A-F]{2}){3,}\b|\b[0-9A-F]{4}(?: [0-9A-F]{4}){3,}\b": "a key fingerprint",
    r"(?<!\w)\.(?:xlsx|pdf|sqlite|json|zip|cdfibundle|csv)\b": "a file extension",
    r"\([A-Z]\)": "a menu's keyboard letter (Alt+F), shown in brackets after the Thai word as Thai programs do",
    r"\bUSB\b": "a USB stick, as Thai writes it (แฟลชไดรฟ์ USB)",
    r"\bBPM\b": "the department's BPM system, named so in the guideline (บันทึกในระบบ BPM)",
    r"\bSarabun\b|\bSIL Open Font Licence\b": "the bundled font's and its licence's names (About)",
    r"https?://\S+|[\w.+-]+@[\w-]+\.[\w.]+": "an address on the web or an e-mail address",
    r"postgresql\+psycopg://\S+|sqlite:///\S+": "a database address",
}
ENGLISH_UI_ALLOWED: dict[str, str] = {
    r"ภาษาไทย": "the Thai language's name in the language menu, written as Thai readers know it",
    r"(?<!\S)(?:~|[A-Za-z]:)?[/\\]\S+": "a file path (from the root, the home folder or a drive)",
}

# The data columns an officer (or the demo) types: shown as typed in either language.
DATA_COLUMNS: dict[str, tuple[str, ...]] = {
    "institute": ("name", "address"),
    "village": ("name",),
    "committee_member": ("full_name",),
    "household": ("code", "house_no", "address", "notes"),
    "household_member": ("title", "first_name", "last_name", "occupation"),
    "household_finance": ("note",),
    "member_fund": ("name", "bylaw_notes"),
    "debt": ("creditor_name", "contract_no", "notes"),
    "debt_guarantor": ("full_name",),
    "training_course": ("title", "venue", "trainers", "notes"),
    "training_day": ("topics",),
    "training_participant": ("full_name", "note"),
    "institute_plan": ("title", "meeting_place", "attendees"),
    "plan_project": ("name", "objective"),
    "budget_line": ("item", "unit"),
    "program_activity": ("title", "notes"),
    "life_development_plan": ("goals", "notes"),
    "life_plan_item": ("description",),
    "life_plan_follow_up": ("note",),
    "target_change": ("reason",),  # the officer's own reason for a change (the program's reasons are not data)
    "consolidation_contract": ("contract_no", "signing_place", "notes"),
    "contract_party": ("full_name", "address"),
    "repayment": ("receipt_no", "note"),
    "attachment": ("filename",),
    "attachment_link": ("caption",),
    "sync_device": ("name",),
}


def data_values(database: Path) -> list[str]:
    """The values of :data:`DATA_COLUMNS` in the SQLite file ``database`` (each line of a value on its own too)."""
    values: set[str] = set()
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table, columns in DATA_COLUMNS.items():
            if table not in tables:
                continue
            present = {row[1] for row in connection.execute(f"PRAGMA table_info('{table}')")}
            for column in columns:
                if column not in present:
                    continue
                for (value,) in connection.execute(f'SELECT DISTINCT "{column}" FROM "{table}"'):
                    if isinstance(value, str) and value.strip():
                        values.add(value.strip())
                        values.update(line.strip() for line in value.splitlines() if line.strip())
                        values.update(_officer_words(value))
    return sorted(values)


def _officer_words(recorded: str) -> list[str]:
    """The officer's own reason inside a text the program recorded around it ("รายชื่อไม่ครบ (…): <reason>")."""
    from cdfi_desktop.ui.targets.rows import RECORDED, _recorded_pattern

    found = [_recorded_pattern(code).match(recorded.strip()) for code in RECORDED]
    return [m["reason"].strip() for m in found if m is not None and "reason" in m.groupdict() and m["reason"].strip()]


# -- all of them -------------------------------------------------------------------------------------------------------
def check_window(root: QWidget, screen: str, *, language: str, allowed: Allowed) -> list[Finding]:
    """Every check of the walk on ``root``'s window as it is now."""
    return [
        *clipped_headers(root, screen),
        *outside_window(root, screen),
        *overlapping_labels(root, screen),
        *cut_labels(root, screen),
        *cut_buttons(root, screen),
        *hidden_money(root, screen),
        *wrong_language(root, screen, language, allowed),
    ]


def findings_markdown(findings: Sequence[Finding], *, title: str, note: str = "") -> str:
    """The findings grouped by screen module, then by check, each once with the walks it was seen in."""
    by_module: dict[str, dict[str, dict[str, list[str]]]] = {}
    for f in findings:
        walk, _, screen = f.screen.partition(":")
        line = f"{screen}/{f.widget}: {f.what}" if screen else f"{walk}/{f.widget}: {f.what}"
        by_module.setdefault(f.module or "(Qt)", {}).setdefault(f.check, {}).setdefault(line, []).append(walk)
    out = [f"# {title}", ""]
    if note:
        out += [note, ""]
    total = sum(len(lines) for checks in by_module.values() for lines in checks.values())
    out += [f"{total} distinct findings in {len(by_module)} modules.", ""]
    for module in sorted(by_module, key=lambda m: -sum(len(v) for v in by_module[m].values())):
        checks = by_module[module]
        out.append(f"## {module} ({sum(len(v) for v in checks.values())})")
        for check in sorted(checks):
            out.append(f"### {check}")
            for line, walks in sorted(checks[check].items()):
                out.append(f"- {line} [{', '.join(sorted(set(walks)))}]")
        out.append("")
    return "\n".join(out)
