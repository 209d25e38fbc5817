"""Excel import of households, members and debts: template, reading, dry-run plan, one-transaction apply, report."""

from __future__ import annotations

from cdfi_desktop.services.excel_import.apply import ImportResult, ImportStale, apply_import, back_up_before_import
from cdfi_desktop.services.excel_import.limits import LIMITS, ReadLimits
from cdfi_desktop.services.excel_import.mapping import (
    ColumnMapping,
    load_mapping,
    save_mapping,
    shape_key,
    suggest_mapping,
)
from cdfi_desktop.services.excel_import.plan import (
    AreaMismatch,
    ImportPlan,
    MissingFund,
    NoDataSheet,
    RowOutcome,
    RowStatus,
    guess_fund_type,
    mappings_for,
    plan_import,
)
from cdfi_desktop.services.excel_import.reader import (
    SheetData,
    WorkbookData,
    WorkbookTooLarge,
    WorkbookUnreadable,
    read_workbook,
)
from cdfi_desktop.services.excel_import.report import write_report
from cdfi_desktop.services.excel_import.template import write_template

__all__ = [
    "LIMITS",
    "AreaMismatch",
    "ColumnMapping",
    "ImportPlan",
    "ImportResult",
    "ImportStale",
    "MissingFund",
    "NoDataSheet",
    "ReadLimits",
    "RowOutcome",
    "RowStatus",
    "SheetData",
    "WorkbookData",
    "WorkbookTooLarge",
    "WorkbookUnreadable",
    "apply_import",
    "back_up_before_import",
    "guess_fund_type",
    "load_mapping",
    "mappings_for",
    "plan_import",
    "read_workbook",
    "save_mapping",
    "shape_key",
    "suggest_mapping",
    "write_report",
    "write_template",
]
