"""The audit trail's entries as a workbook shows them: plain rows (one per changed field) with the filters and the
chain's state; built by ``services.audit.sheet``, written by ``reports.audit_xlsx``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["HEADERS", "AuditSheet", "AuditSheetRow"]

HEADERS: dict[str, tuple[str, ...]] = {
    "th": (
        "ลำดับรายการ",
        "วันเวลา",
        "ผู้บันทึก",
        "บัญชีผู้ใช้",
        "การดำเนินการ",
        "ข้อมูล",
        "รายการ",
        "ช่องข้อมูล",
        "ค่าเดิม",
        "ค่าใหม่",
        "เหตุผล",
    ),
    "en": (
        "Entry no.",
        "When",
        "Officer",
        "Account",
        "Action",
        "Table",
        "Record",
        "Field",
        "Old value",
        "New value",
        "Reason",
    ),
}


@dataclass(frozen=True)
class AuditSheetRow:
    entry_id: int
    when: str
    officer: str
    account: str
    action: str
    table: str
    record: str
    field: str
    old: str
    new: str
    reason: str

    def cells(self) -> tuple[object, ...]:
        return (
            self.entry_id,
            self.when,
            self.officer,
            self.account,
            self.action,
            self.table,
            self.record,
            self.field,
            self.old,
            self.new,
            self.reason,
        )


@dataclass(frozen=True)
class AuditSheet:
    title: str
    lines: tuple[str, ...]  # the filters, when it was made
    chain_text: str
    chain_ok: bool
    rows: Sequence[AuditSheetRow]
    language: str = "th"
    entries: int = 0  # the entries the rows come from
