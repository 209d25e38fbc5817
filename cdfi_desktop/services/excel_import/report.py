"""The officer's workbook returned with two columns per data sheet: what happened to each row, and why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.utils.cell import get_column_letter  # type: ignore[import-untyped]

from cdfi_desktop.services.excel_import.fields import REASON_HEADER, RESULT_HEADER, normalise_header
from cdfi_desktop.services.excel_import.plan import ImportPlan, RowStatus
from cdfi_desktop.services.excel_import.texts import reason_text, status_text

__all__ = ["write_report"]

_REJECTED_FILL = PatternFill("solid", start_color="FFF4CCCC", end_color="FFF4CCCC")
_REJECTED_CELL_FILL = PatternFill("solid", start_color="FFE06666", end_color="FFE06666")
_WARNING_FILL = PatternFill("solid", start_color="FFFFF2CC", end_color="FFFFF2CC")
_NEW_FILL = PatternFill("solid", start_color="FFD9EAD3", end_color="FFD9EAD3")
_SKIPPED_FILL = PatternFill("solid", start_color="FFEEEEEE", end_color="FFEEEEEE")
_HEADER_FILL = PatternFill("solid", start_color="FF1F3A5F", end_color="FF1F3A5F")


def write_report(plan: ImportPlan, out_path: str | Path, *, language: str = "th") -> Path:
    """A copy of the plan's workbook with "ผลการนำเข้า" and "เหตุผล" beside each data row; rejected rows are
    filled red, rows with warnings yellow; lines under the header that are not data (totals, signatures, notes)
    say they were skipped. A report copy given again reuses its two columns."""
    out = Path(out_path)
    workbook = load_workbook(plan.workbook_path)
    outcomes = plan.outcome_map()
    skipped = set(plan.skipped)
    for name, mapping in plan.mappings.items():
        if name not in workbook.sheetnames:
            continue
        sheet = workbook[name]
        header_row = mapping.header_row
        result_col, reason_col = _report_columns(sheet, header_row)
        for col, text in ((result_col, RESULT_HEADER), (reason_col, REASON_HEADER)):
            cell = sheet.cell(row=header_row, column=col, value=text)
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.fill = _HEADER_FILL
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(result_col)].width = 16
        sheet.column_dimensions[get_column_letter(reason_col)].width = 70
        last_data_col = max(1, result_col - 1)
        for number in range(header_row + 1, sheet.max_row + 1):
            outcome = outcomes.get((name, number))
            result = sheet.cell(row=number, column=result_col)
            reason = sheet.cell(row=number, column=reason_col)
            if outcome is None:
                if (name, number) in skipped:
                    result.value = status_text("skipped", language)
                    reason.value = reason_text("import_not_data_row", language)
                    result.fill = reason.fill = _SKIPPED_FILL
                else:
                    result.value = reason.value = None
                continue
            result.value = outcome.status_text(language)
            reason.value = "\n".join(outcome.reasons(language)) or None
            reason.alignment = Alignment(wrap_text=True, vertical="top")
            if outcome.status == RowStatus.REJECTED:
                result.fill = reason.fill = _REJECTED_CELL_FILL
                result.font = Font(bold=True)
                for col in range(1, last_data_col + 1):
                    sheet.cell(row=number, column=col).fill = _REJECTED_FILL
            elif outcome.warnings:
                result.fill = reason.fill = _WARNING_FILL
            elif outcome.status == RowStatus.NEW:
                result.fill = _NEW_FILL
    out.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(out)
    workbook.close()
    return out


def _report_columns(sheet: Any, header_row: int) -> tuple[int, int]:
    """The two result columns: those of an earlier report copy, else two new ones after the last header."""
    last = 0
    found: dict[str, int] = {}
    for cell in sheet[header_row]:
        if cell.value is None or str(cell.value).strip() == "":
            continue
        key = normalise_header(cell.value)
        if key == normalise_header(RESULT_HEADER):
            found["result"] = cell.column
        elif key == normalise_header(REASON_HEADER):
            found["reason"] = cell.column
        else:
            last = max(last, cell.column)
    if "result" in found and "reason" in found:
        return found["result"], found["reason"]
    for merged in sheet.merged_cells.ranges:  # a heading merged down from the row above covers its column too
        if merged.min_row <= header_row <= merged.max_row:
            last = max(last, merged.max_col)
    return last + 1, last + 2
