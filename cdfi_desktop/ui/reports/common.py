"""What the report tabs and the life plans share: the cells of their register tables (a read-only item aligned as
its column's kind: numbers and money to the right, dates centred; optionally coloured and carrying a key for the
screen), the way to another workflow step, the empty state of a database without an institute, and a printout
written in a session of its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem
from PySide6.QtWidgets import QWidget

from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.table import Kind

if TYPE_CHECKING:
    from pathlib import Path

    from cdfi_desktop.db.database import Database

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
_ALIGN = {
    Kind.TEXT: Qt.AlignmentFlag.AlignLeft,
    Kind.NUMBER: Qt.AlignmentFlag.AlignRight,
    Kind.MONEY: Qt.AlignmentFlag.AlignRight,
    Kind.DATE: Qt.AlignmentFlag.AlignHCenter,
}


def cell(
    text: str,
    kind: Kind = Kind.TEXT,
    *,
    color: QColor | QBrush | None = None,
    background: QColor | None = None,
    key: Any = None,
    tip: str = "",
    bold: bool = False,
    align: Qt.AlignmentFlag | None = None,
) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setTextAlignment((align if align is not None else _ALIGN[kind]) | Qt.AlignmentFlag.AlignVCenter)
    if color is not None:
        item.setForeground(color)
    if background is not None:
        item.setBackground(background)
    if key is not None:
        item.setData(key, KEY_ROLE)
    if tip:
        item.setToolTip(tip)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


def go_to_step(widget: QWidget, key: str) -> None:
    """Show the workflow step ``key`` in the main window (when ``widget`` sits in one)."""
    show_step = getattr(widget.window(), "show_step", None)
    if callable(show_step):
        show_step(key)


def show_no_institute(stack: EmptyOr, what: str) -> None:
    """The empty state of a tab while the database holds no institute: ``what`` (translated) says what the tab
    would show, and the one action leads to the institute step."""
    stack.show_empty(
        what + " " + QCoreApplication.translate("ReportTabs", "Set up the institute first."),
        QCoreApplication.translate("ReportTabs", "Go to the institute"),
        lambda: go_to_step(stack, "institute"),
    )


def print_printout(screen: Any, folder: Path | None, write: Callable[..., list[Path]], /, **arguments: Any) -> None:
    """Print a screen's printout into ``folder`` (asked when None) through its page: ``write(session, out_dir=folder,
    **arguments)`` runs in a read session of its own on the worker, and the files written go to ``screen.printed``.
    ``ask`` (the folder dialog's title) and ``what`` (the printout's name) are taken from ``arguments``."""
    ask, what = arguments.pop("ask"), arguments.pop("what")

    def run(db: Database, target: Path) -> list[Path]:
        with db.reading() as session:
            return write(session, out_dir=target, **arguments)

    screen.page.print_into_folder(
        screen.ops,
        folder=folder,
        ask=ask,
        write=run,
        what=what,
        done=lambda written: setattr(screen, "printed", written),
    )
