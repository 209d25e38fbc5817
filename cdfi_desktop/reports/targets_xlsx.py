"""The target-household list as an Excel workbook in the official layout (openpyxl): title rows merged across the
table, a header repeated on every printed page, thin grid, amounts as numbers, totals as ``SUM`` formulas with
the app's own totals cached, the reason wrapped, A4 landscape fitted to one page wide."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from cdfi_desktop import APP_NAME
from cdfi_desktop.reports.pdf_common import FONT, FONT_BOLD, wrap
from cdfi_desktop.reports.registers_xlsx import _save as save_with_cached_totals
from cdfi_desktop.reports.targets_data import TargetList

__all__ = ["write_target_list_xlsx"]

FONT_NAME = "Sarabun"
MONEY = "#,##0.00"
RATE = "0.00"
COUNT = "0"
HEADER_ROW = 7
FIRST_DATA_ROW = HEADER_ROW + 1

_THIN = Side(style="thin", color="404040")
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_TOTAL = Border(left=_THIN, right=_THIN, top=Side(style="medium", color="404040"), bottom=Side(style="double"))
_SHADE = PatternFill("solid", fgColor="E6E6E6")

# (label, width in characters, alignment, number format)
_COLUMNS: tuple[tuple[str, float, str, str], ...] = (
    ("col_rank", 8, "center", COUNT),
    ("col_code", 12, "center", "General"),
    ("col_head_name", 28, "left", "General"),
    ("col_village", 20, "left", "General"),
    ("col_class", 7, "center", "General"),
    ("col_total_debt", 15, "right", MONEY),
    ("col_dsr", 9, "right", RATE),
    ("col_installment", 14, "right", MONEY),
    ("col_term", 10, "right", COUNT),
    ("col_reason", 48, "left", "General"),
)


def _points(width_units: float) -> float:
    return (7 * width_units + 5) * 0.75 - 4


def _height(texts: list[tuple[str, float]], *, size: float = 11, bold: bool = False) -> float:
    font = FONT_BOLD if bold else FONT
    lines = max(
        (
            sum(len(wrap(part, width=_points(width), size=size, font=font)) or 1 for part in text.split("\n"))
            for text, width in texts
            if text
        ),
        default=1,
    )
    return round(lines * size * 1.55 + 4, 1)


def _font(size: float = 11, *, bold: bool = False, italic: bool = False) -> Any:
    return Font(name=FONT_NAME, size=size, bold=bold, italic=italic)


def write_target_list_xlsx(listing: TargetList, path: Path) -> Path:
    """Write the ranked list with each household's figures and reason, totals and signature lines."""
    heading = listing.heading
    workbook = Workbook()
    workbook.properties.title = listing.title
    workbook.properties.subject = heading.institute_name
    workbook.properties.creator = APP_NAME
    workbook.calculation.fullCalcOnLoad = True
    ws = workbook.active
    ws.title = listing.text("target_sheet")[:31]
    ws.sheet_view.showGridLines = False
    last_col = len(_COLUMNS)
    letter = {label: get_column_letter(i) for i, (label, *_rest) in enumerate(_COLUMNS, start=1)}
    for i, (_label, width, _align, _fmt) in enumerate(_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width

    def merged(row: int, text: str, *, size: float = 11, bold: bool = False, align: str = "center") -> None:
        cell = ws.cell(row, 1, text)
        cell.font = _font(size, bold=bold)
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)

    titles = (
        (listing.title, 16, True),
        (heading.institute_name, 14, True),
        (heading.area_line, 14, True),
        (heading.fiscal_year_line, 14, True),
        (f"{listing.status_line} · {listing.count_line}", 11, False),
    )
    for row, (text, size, bold) in enumerate(titles, start=1):
        merged(row, text, size=size, bold=bold)
        ws.row_dimensions[row].height = size * 1.75
    ws.row_dimensions[HEADER_ROW - 1].height = 8

    header_texts = []
    for i, (label, width, _align, _fmt) in enumerate(_COLUMNS, start=1):
        text = listing.text(label)
        cell = ws.cell(HEADER_ROW, i, text)
        cell.font = _font(bold=True)
        cell.fill = _SHADE
        cell.border = _GRID
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        header_texts.append((text, width))
    ws.row_dimensions[HEADER_ROW].height = _height(header_texts, bold=True)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"

    row = FIRST_DATA_ROW
    for line in listing.lines:
        reason = line.reason if line.proposed else f"{line.reason}\n{listing.text('added_by_hand')}"
        values: tuple[object, ...] = (
            line.rank,
            line.code,
            line.head_name,
            line.village_text,
            line.debtor_class,
            line.total_debt,
            line.dsr_pct if line.dsr_pct is not None else "",
            line.affordable_installment,
            line.term_months if line.term_months is not None else "",
            reason,
        )
        texts = []
        for i, (value, (_label, width, align, fmt)) in enumerate(zip(values, _COLUMNS, strict=True), start=1):
            cell = ws.cell(row, i, None if value == "" else value)
            cell.font = _font()
            cell.border = _GRID
            cell.number_format = fmt
            cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=align != "right")
            if isinstance(value, str):
                texts.append((value, width))
        ws.row_dimensions[row].height = _height(texts)
        row += 1
    if not listing.lines:
        merged(row, listing.text("no_targets"))
        row += 1
    last_data = row - 1

    # totals
    cached: dict[str, Decimal | int] = {}
    ws.cell(row, 1, listing.text("total", n=len(listing.lines)))
    for i in range(1, last_col + 1):
        cell = ws.cell(row, i)
        cell.font = _font(bold=True)
        cell.fill = _SHADE
        cell.border = _TOTAL
        cell.alignment = Alignment(horizontal="center" if i <= 5 else "right", vertical="center")
        cell.number_format = _COLUMNS[i - 1][3]
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
    for label, value in (("col_total_debt", listing.total_debt), ("col_installment", listing.total_installments)):
        ref = f"{letter[label]}{row}"
        ws[ref].value = f"=SUM({letter[label]}{FIRST_DATA_ROW}:{letter[label]}{last_data})"
        cached[ref] = value
    ws.row_dimensions[row].height = 22

    # note and signatures
    note = row + 1
    merged(note, listing.text("classes_note"), size=9, align="left")
    ws.cell(note, 1).font = _font(9, italic=True)
    ws.row_dimensions[note].height = 28
    dots = "." * 40
    sign, date_label = listing.text("sign"), listing.text("sign_date")
    preparer = f"({listing.locked_by})" if listing.locked_by else f"({dots})"
    lines = (
        (f"{sign} {dots} {listing.text('preparer')}", f"{sign} {dots} {listing.text('chair')}"),
        (preparer, f"({dots})"),
        (f"{date_label} ........./................./.........",) * 2,
    )
    first = note + 3
    half = last_col // 2
    for offset, (left, right) in enumerate(lines):
        r = first + offset
        for text, start, end in ((left, 1, half), (right, half + 1, last_col)):
            cell = ws.cell(r, start, text)
            cell.font = _font()
            cell.alignment = Alignment(horizontal="center", vertical="center")
            ws.merge_cells(start_row=r, start_column=start, end_row=r, end_column=end)
        ws.row_dimensions[r].height = 24
    last_row = first + len(lines) - 1

    # printing
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_area = f"A1:{get_column_letter(last_col)}{last_row}"
    page = listing.text("page", page="\0P", pages="\0N").replace("&", "&&").replace("\0", "&")
    ws.oddFooter.left.text = heading.printed_line.replace("&", "&&")
    ws.oddFooter.center.text = page
    ws.oddFooter.right.text = listing.text("pdpa_footer").replace("&", "&&")
    for part in (ws.oddFooter.left, ws.oddFooter.center, ws.oddFooter.right):
        part.font = f"{FONT_NAME},Regular"
        part.size = 9
    return save_with_cached_totals(workbook, path=Path(path), cached=cached)
