"""The screen kit: the register table keeps money columns in view and hides the least important columns first,
the chooser brings them back (remembered), the split remembers its sizes, the status line clears itself, and a
disabled action says why."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from cdfi_desktop.ui.i18n import set_language
from cdfi_desktop.ui.widgets.empty import EmptyOr
from cdfi_desktop.ui.widgets.page import Page
from cdfi_desktop.ui.widgets.split import MasterDetail
from cdfi_desktop.ui.widgets.state import remembered
from cdfi_desktop.ui.widgets.table import Column, Kind, RegisterTable


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """The kit's test columns are made-up texts with no Thai: the screens here are English."""
    set_language("en")
    yield
    set_language("th")


COLUMNS = (
    Column("Register no.", Kind.NUMBER),
    Column("Head of household", Kind.TEXT, stretch=True),
    Column("Village", Kind.TEXT, priority=2),
    Column("Notes", Kind.TEXT, priority=3),
    Column("Citizen ID", Kind.TEXT, priority=1),
    Column("Total debt (baht)", Kind.MONEY),
    Column("Overdue (baht)", Kind.MONEY),
)


def _table(qtbot: QtBot, width: int) -> RegisterTable:
    table = RegisterTable(COLUMNS, context="KitTest", key="kit")
    model = table.standard_model()
    for n in range(30):
        model.appendRow(
            [
                QStandardItem(str(n + 1)),
                QStandardItem("นางสมศรี ใจดีมากมาย ทดสอบชื่อยาว"),
                QStandardItem("บ้านหนองบัวทองคำ หมู่ 12"),
                QStandardItem("หมายเหตุยาวมาก " * 6),
                QStandardItem("1-1234-56789-01-2"),
                QStandardItem(f"{Decimal('1234567.89') * n:,.2f}"),
                QStandardItem(f"{Decimal('45678.00') * n:,.2f}"),
            ]
        )
    qtbot.addWidget(table)
    table.resize(width, 300)
    table.show()
    qtbot.waitExposed(table)
    table.fit_columns()
    qtbot.wait(20)  # Qt lays the scrollbars out on the next turn of the event loop
    return table


def _inside(table: RegisterTable, column: int) -> bool:
    x = table.columnViewportPosition(column)
    return not table.isColumnHidden(column) and x >= 0 and x + table.columnWidth(column) <= table.viewport().width()


def test_given_a_narrow_table_when_fitted_then_money_columns_show_whole_and_the_least_important_hide_first(
    qtbot: QtBot,
) -> None:
    table = _table(qtbot, 620)
    assert all(_inside(table, c) for c in table.money_columns())
    assert table.isColumnHidden(3)  # priority 3 goes first
    assert not table.isColumnHidden(0) and not table.isColumnHidden(1)
    assert table.horizontalScrollBar().maximum() == 0
    for column in range(len(COLUMNS)):
        if not table.isColumnHidden(column):
            assert table.columnWidth(column) >= table.header_width(column)


def test_given_a_wide_table_then_every_column_shows_and_the_stretch_column_takes_the_rest(qtbot: QtBot) -> None:
    table = _table(qtbot, 1900)
    assert not any(table.isColumnHidden(c) for c in range(len(COLUMNS)))
    used = sum(table.columnWidth(c) for c in range(len(COLUMNS)))
    assert table.viewport().width() - 4 <= used <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0


def test_given_the_officer_shows_a_hidden_column_then_it_stays_shown_and_is_remembered(qtbot: QtBot) -> None:
    table = _table(qtbot, 620)
    assert table.isColumnHidden(3)
    table.choose_column(3, True)
    assert not table.isColumnHidden(3)
    assert remembered("columns/kit") == {"Notes": True}
    table.choose_column(5, False)  # a money column cannot be hidden
    assert not table.isColumnHidden(5)
    again = _table(qtbot, 620)
    assert not again.isColumnHidden(3)


def test_given_a_split_moved_then_a_new_split_restores_its_shares(qtbot: QtBot) -> None:
    split = MasterDetail(QLabel("a"), QLabel("b"), key="kit")
    qtbot.addWidget(split)
    split.resize(1000, 400)
    split.show()
    qtbot.waitExposed(split)
    split.setSizes([800, 200])
    split.splitterMoved.emit(800, 1)
    again = MasterDetail(QLabel("a"), QLabel("b"), key="kit")
    qtbot.addWidget(again)
    again.resize(500, 400)
    again.show()
    qtbot.waitExposed(again)
    first, second = again.sizes()
    assert first > 3 * second


def test_given_a_disabled_action_then_its_tooltip_says_why_and_the_status_line_clears_itself(qtbot: QtBot) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    page = Page(screen)
    button = page.actions.add(lambda: None)
    page.actions.set_tip(button, "Add a household")
    page.actions.set_available(button, False, "Create the institute first")
    assert not button.isEnabled() and button.toolTip() == "Create the institute first"
    page.actions.set_available(button, True)
    assert button.toolTip() == "Add a household"
    screen.show()
    page.status.say("Saved", clear_after_ms=50)
    assert page.status.isVisible()
    qtbot.waitUntil(lambda: page.status.text() == "" and not page.status.isVisible(), timeout=2000)
    page.show_problem("Wrong")
    assert page.problem.isVisible()
    page.clear_problem()
    assert not page.problem.isVisible()


def test_given_nothing_to_show_then_the_empty_state_offers_its_one_action(qtbot: QtBot) -> None:
    clicked: list[bool] = []
    holder = EmptyOr(QLabel("content"))
    qtbot.addWidget(holder)
    holder.show_empty("No institute yet", "Create the institute…", lambda: clicked.append(True))
    assert holder.is_empty()
    holder.empty.action.click()
    assert clicked == [True]
    holder.show_content()
    assert not holder.is_empty()


def test_given_rows_added_until_the_vertical_scroll_bar_shows_then_the_columns_refit_without_a_horizontal_one(
    qtbot: QtBot,
) -> None:
    table = RegisterTable(COLUMNS, context="KitTest", key="kit_rows")
    model = table.standard_model()
    qtbot.addWidget(table)
    table.resize(1100, 200)
    table.show()
    qtbot.waitExposed(table)
    model.appendRow([QStandardItem("1"), QStandardItem("นาย ก"), *(QStandardItem("x") for _ in range(5))])
    qtbot.wait(20)
    for n in range(60):
        model.appendRow([QStandardItem(str(n)), QStandardItem("นาย ข"), *(QStandardItem("1,000.00") for _ in range(5))])
    qtbot.waitUntil(lambda: table.verticalScrollBar().isVisible(), timeout=2000)
    qtbot.wait(50)
    assert table.horizontalScrollBar().maximum() == 0
    assert all(_inside(table, c) for c in table.money_columns())


def test_given_a_year_chooser_then_it_lists_the_years_around_today_and_says_which_was_picked(qtbot: QtBot) -> None:
    from cdfi_desktop.ui.widgets.page import YearChooser

    chooser = YearChooser()
    qtbot.addWidget(chooser)
    picked: list[int] = []
    chooser.chosen.connect(picked.append)
    chooser.show_year(2565, current=2570)
    assert [chooser.itemData(i) for i in range(chooser.count())] == [2565, 2568, 2569, 2570, 2571]
    assert chooser.year() == 2565 and picked == []
    chooser.setCurrentIndex(3)
    assert picked == [2570]


def test_given_a_register_then_a_row_is_chosen_by_its_id_and_read_back(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    table = _table(qtbot, 1000)
    model = table.model()
    for row in range(model.rowCount()):
        model.setData(model.index(row, 0), f"id-{row}", Qt.ItemDataRole.UserRole)
    assert table.chosen_value(Qt.ItemDataRole.UserRole) is None
    assert table.select_where(Qt.ItemDataRole.UserRole, "id-7")
    assert table.chosen_value(Qt.ItemDataRole.UserRole) == "id-7"
    assert not table.select_where(Qt.ItemDataRole.UserRole, "id-none")


def _panel_lines(panel: object) -> list[str]:
    """The lines the panel's document is laid out in, without the line-break marks."""
    lines: list[str] = []
    block = panel.document().begin()  # type: ignore[attr-defined]
    while block.isValid():
        layout, text = block.layout(), block.text()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lines.append(text[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return ["".join(ch for ch in line if ch not in "\u200b\u180e").strip() for line in lines if line.strip()]


def test_given_a_narrow_detail_panel_then_thai_lines_break_between_words_only(qtbot: QtBot) -> None:
    from cdfi_desktop.ui.widgets.detail import DetailPanel

    panel = DetailPanel()
    qtbot.addWidget(panel)
    text = "ค่างวดไม่เกินความสามารถในการชำระหนี้ของครัวเรือนต่อเดือน ครัวเรือนเป้าหมายขั้นต่ำ"
    panel.show_lines([("ภาระหนี้", text)])
    words = ("ภาระหนี้", "ครัวเรือน", "ขั้นต่ำ", "เป้าหมาย", "สามารถ", "เดือน")
    for width in (50, 60, 75, 90, 120, 150, 200):
        panel.document().setTextWidth(width)
        lines = _panel_lines(panel)
        assert "".join(lines).replace(" ", "").replace(":", "") == ("ภาระหนี้" + text).replace(" ", "")
        for before, after in itertools.pairwise(lines):
            for word in words:
                assert not any(
                    before.endswith(word[:cut]) and after.startswith(word[cut:]) for cut in range(1, len(word))
                ), (width, before, after)


def test_given_only_essential_columns_too_wide_for_the_table_then_long_headers_take_two_lines(qtbot: QtBot) -> None:
    columns = (
        Column("No.", Kind.NUMBER),
        *(Column(f"Balance after payment {n}", Kind.MONEY) for n in range(5)),
    )
    table = RegisterTable(columns, context="KitTest", key="kit_wrap")
    model = table.standard_model()
    for n in range(3):
        model.appendRow([QStandardItem(str(n)), *(QStandardItem("1,234.00") for _ in range(5))])
    qtbot.addWidget(table)
    table.resize(700, 200)
    table.show()
    qtbot.waitExposed(table)
    table.fit_columns()
    qtbot.wait(20)
    assert any("\n" in table.header_text(c) for c in table.money_columns())
    assert table.horizontalScrollBar().maximum() == 0
    for column in range(len(columns)):
        assert table.columnWidth(column) >= table.header_width(column)
    table.resize(1600, 200)
    table.fit_columns()
    assert not any("\n" in table.header_text(c) for c in range(len(columns)))


def test_given_a_wide_table_of_figures_without_a_stretch_column_then_no_figure_is_pulled_to_the_far_edge(
    qtbot: QtBot,
) -> None:
    columns = (Column("No.", Kind.NUMBER), Column("Due", Kind.DATE), Column("Balance (baht)", Kind.MONEY))
    table = RegisterTable(columns, context="KitTest", key="kit_figures")
    model = table.standard_model()
    model.appendRow([QStandardItem("1"), QStandardItem("7 Jan 2027"), QStandardItem("2,991.90")])
    qtbot.addWidget(table)
    table.resize(1200, 200)
    table.show()
    qtbot.waitExposed(table)
    table.fit_columns()
    assert table.columnWidth(2) == table.natural_width(2)
    assert sum(table.columnWidth(c) for c in range(3)) < table.viewport().width() // 2


def test_given_a_remembered_choice_hiding_a_money_column_then_the_money_column_still_shows(qtbot: QtBot) -> None:
    from cdfi_desktop.ui.widgets.state import remember

    remember("columns/kit_old", {"Total debt (baht)": False, "Notes": False, "7": False})
    table = RegisterTable(COLUMNS, context="KitTest", key="kit_old")
    table.standard_model()
    qtbot.addWidget(table)
    table.resize(1800, 200)
    table.show()
    table.fit_columns()
    assert not table.isColumnHidden(5) and table.isColumnHidden(3)


def test_given_work_under_way_in_the_status_line_then_an_earlier_note_does_not_clear_it(qtbot: QtBot) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    page = Page(screen)
    screen.show()
    page.status.say("Saved", clear_after_ms=50)
    page.status.setText("Printing…")
    qtbot.wait(150)
    assert page.status.text() == "Printing…"


def test_given_thai_copied_from_a_detail_panel_then_no_line_break_mark_reaches_the_clipboard_or_a_field(
    qtbot: QtBot,
) -> None:
    from cdfi_desktop.ui.widgets.detail import DetailPanel
    from cdfi_desktop.ui.widgets.fields import TextField

    panel = DetailPanel()
    qtbot.addWidget(panel)
    panel.show_lines([("ชื่อ", "นายสมชาย ใจดี ครัวเรือนเป้าหมาย")])
    panel.selectAll()
    copied = panel.createMimeDataFromSelection().text()
    assert "นายสมชาย ใจดี ครัวเรือนเป้าหมาย" in copied
    assert "\u200b" not in copied and "\u180e" not in copied
    field = TextField()
    qtbot.addWidget(field)
    field.setText("นาย\u180eสม\u180eชาย\u200b ใจ\u180eดี")
    assert field.value() == "นายสมชาย ใจดี"
