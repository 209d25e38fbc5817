"""The import report of one bundle: what happened to its records, table by table, and every record at fault.

Kept with the bundle's hash (``sync_bundle.report``), sent back in the receipt and shown by the command and the
app, in Thai or English.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from cdfi_desktop.sync.tables import in_sending_order, table_name

_LINE = (
    "{table}: เพิ่ม {created:,} แก้ไข {updated:,} ลบ {deleted:,} ข้าม {ignored:,} ขัดแย้ง {conflicts:,} พักไว้ {held:,}",
    "{table}: {created:,} created, {updated:,} updated, {deleted:,} deleted, {ignored:,} ignored, "
    "{conflicts:,} conflicts, {held:,} held",
)
_TOTAL = ("รวม", "Total")
_SUMMARY = (
    "ข้อมูลซ้ำที่พักไว้ให้ตรวจ {duplicates:,} รายการ, การแก้ไขขัดแย้งกัน {conflicts:,} รายการ",
    "{duplicates:,} duplicates held for review, {conflicts:,} conflicting changes",
)
_NOTHING = ("ไม่มีรายการในชุดข้อมูล", "The bundle holds no records.")


@dataclass
class TableCounts:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    ignored: int = 0
    conflicts: int = 0
    held: int = 0

    def add(self, other: TableCounts) -> None:
        for item in fields(self):
            setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))

    def total(self) -> int:
        return self.created + self.updated + self.deleted + self.ignored + self.held


@dataclass
class ImportReport:
    """Per table: created, updated, deleted (a tombstone stored), ignored (a retry or an older version),
    conflicts (two devices' concurrent versions; the winner stored, counted with created/updated/ignored too) and
    held (a duplicate of another record, or a record under one); errors as ``BundleRefused.as_dict()``."""

    tables: dict[str, TableCounts] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    duplicates: int = 0
    conflicts: int = 0

    def table(self, name: str) -> TableCounts:
        counts = self.tables.get(name)
        if counts is None:
            counts = self.tables[name] = TableCounts()
        return counts

    def to_dict(self) -> dict[str, Any]:
        return {
            "tables": {name: asdict(counts) for name, counts in sorted(self.tables.items())},
            "errors": [dict(error) for error in self.errors],
            "duplicates": self.duplicates,
            "conflicts": self.conflicts,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImportReport:
        known = {item.name for item in fields(TableCounts)}
        tables = {
            str(name): TableCounts(**{key: int(value) for key, value in counts.items() if key in known})
            for name, counts in dict(data.get("tables") or {}).items()
        }
        return cls(
            tables=tables,
            errors=[dict(error) for error in data.get("errors") or []],
            duplicates=int(data.get("duplicates") or 0),
            conflicts=int(data.get("conflicts") or 0),
        )

    def totals(self) -> TableCounts:
        total = TableCounts()
        for counts in self.tables.values():
            total.add(counts)
        return total

    def lines(self, language: str) -> list[str]:
        """One line per table with records, a total, the duplicates and conflicts, then each error's message."""
        english = language == "en"
        index = 1 if english else 0
        out: list[str] = []
        for name in in_sending_order(list(self.tables)):
            counts = self.tables[name]
            if counts.total() == 0 and counts.conflicts == 0:
                continue
            out.append(_LINE[index].format(table=table_name(name, language), **asdict(counts)))
        if not out:
            out.append(_NOTHING[index])
        else:
            out.append(_LINE[index].format(table=_TOTAL[index], **asdict(self.totals())))
        if self.duplicates or self.conflicts:
            out.append(_SUMMARY[index].format(duplicates=self.duplicates, conflicts=self.conflicts))
        key = "message_en" if english else "message_th"
        for error in self.errors:
            out.append(f"[{error.get('code', '')}] {error.get(key) or error.get('message_en', '')}")
        return out
