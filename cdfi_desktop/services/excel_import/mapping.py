"""Which column holds which field, per sheet: suggested from the headers, corrected by the officer, remembered."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from openpyxl.utils.cell import column_index_from_string, get_column_letter  # type: ignore[import-untyped]
from sqlalchemy import select
from sqlalchemy.orm import Session

from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.models.records import LocalSetting
from cdfi_desktop.services.excel_import.fields import (
    DEBT_VALUE_FIELDS,
    FIELD_BY_KEY,
    MEMBER_NAME_FIELDS,
    REASON_HEADER,
    RESULT_HEADER,
    Part,
    field_for_header,
    header_candidates,
    normalise_header,
)

__all__ = ["SETTING_PREFIX", "ColumnMapping", "load_mapping", "save_mapping", "shape_key", "suggest_mapping"]

SETTING_PREFIX = "excel_mapping:"
_WHOSE = frozenset({"household_code", "house_no", "debt_id"})  # besides names and citizen IDs
_REPORT_HEADERS = frozenset({normalise_header(RESULT_HEADER), normalise_header(REASON_HEADER)})


@dataclass
class ColumnMapping:
    """Field key → column (0-based) of one sheet, with the header row the data starts under."""

    sheet: str
    header_row: int
    headers: list[str]
    columns: dict[str, int] = field(default_factory=dict)
    # column → the fields its heading could name: not imported until the officer chooses (never saved)
    ambiguous: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def letter(self, key: str) -> str | None:
        col = self.columns.get(key)
        return None if col is None else get_column_letter(col + 1)

    def header_of(self, key: str) -> str:
        col = self.columns.get(key)
        if col is None or col >= len(self.headers):
            return FIELD_BY_KEY[key].th if key in FIELD_BY_KEY else key
        return self.headers[col] or get_column_letter(col + 1)

    def questions(self) -> list[tuple[int, str, tuple[str, ...]]]:
        """The columns whose heading could name several fields and that no field points at yet: (column, its
        heading, the fields it could be)."""
        taken = set(self.columns.values())
        return [
            (col, self.headers[col] if col < len(self.headers) else "", fields)
            for col, fields in sorted(self.ambiguous.items())
            if col not in taken
        ]

    def set(self, key: str, column: int | None) -> None:
        """Point ``key`` at ``column`` (None: not in the workbook); a column holds one field."""
        self.columns.pop(key, None)
        if column is not None:
            for other, col in list(self.columns.items()):
                if col == column:
                    del self.columns[other]
            self.columns[key] = column

    @property
    def parts(self) -> frozenset[Part]:
        return frozenset(FIELD_BY_KEY[k].part for k in self.columns)

    @property
    def has_debts(self) -> bool:
        return bool(DEBT_VALUE_FIELDS & self.columns.keys())

    @property
    def has_member_names(self) -> bool:
        return bool(MEMBER_NAME_FIELDS & self.columns.keys())

    @property
    def is_data_sheet(self) -> bool:
        """Worth importing: people (names or citizen IDs), or debts with a column saying whose they are. Debts
        with no one's column (a fund, a count, amounts) are a summary sheet, not a register."""
        if len(self.columns) < 2:
            return False
        if self.has_member_names or "citizen_id" in self.columns:
            return True
        return self.has_debts and bool(_WHOSE & self.columns.keys())

    @property
    def shape(self) -> str:
        return shape_key(self.headers)

    def to_json(self) -> str:
        return json.dumps(
            {
                "header_row": self.header_row,
                "columns": {k: get_column_letter(c + 1) for k, c in sorted(self.columns.items())},
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str, *, sheet: str, headers: list[str]) -> ColumnMapping:
        data = json.loads(text)
        columns = {
            k: column_index_from_string(letter) - 1
            for k, letter in dict(data.get("columns", {})).items()
            if k in FIELD_BY_KEY
        }
        return cls(sheet=sheet, header_row=int(data["header_row"]), headers=headers, columns=columns)


def shape_key(headers: Sequence[object]) -> str:
    """The workbook "shape": a hash of the normalised header row (the report's own columns left out)."""
    names = [normalise_header(h) for h in headers]
    names = [n for n in names if n not in _REPORT_HEADERS]
    while names and not names[-1]:
        names.pop()
    return hashlib.sha1("\x1f".join(names).encode("utf-8")).hexdigest()


def suggest_mapping(headers: Sequence[object], *, sheet: str = "", header_row: int = 1) -> ColumnMapping:
    """Match each header to a field by its Thai or English name and common variants; the leftmost wins. A heading
    that could name several fields ("วันที่", "เงินกู้/คงเหลือ") is left unmapped in ``ambiguous``, to be asked."""
    mapping = ColumnMapping(sheet=sheet, header_row=header_row, headers=[str(h or "") for h in headers])
    for col, header in enumerate(headers):
        key = field_for_header(header)
        if key is not None and key not in mapping.columns:
            mapping.columns[key] = col
        elif key is None:
            candidates = header_candidates(header)
            if candidates:
                mapping.ambiguous[col] = candidates
    # A "ชื่อ" column beside a "นามสกุล" column is a first name; alone, it may hold the whole name.
    if "first_name" in mapping.columns and "last_name" not in mapping.columns and "full_name" not in mapping.columns:
        mapping.columns["full_name"] = mapping.columns.pop("first_name")
    return mapping


def load_mapping(session: Session, headers: Sequence[object], *, sheet: str, header_row: int) -> ColumnMapping | None:
    """The mapping saved for a sheet of this shape, if the officer saved one."""
    settings = table_of(LocalSetting)
    text = session.scalar(select(settings.c.value).where(settings.c.key == SETTING_PREFIX + shape_key(headers)))
    if not text:
        return None
    try:
        mapping = ColumnMapping.from_json(text, sheet=sheet, headers=[str(h or "") for h in headers])
    except (ValueError, KeyError, TypeError):
        return None
    mapping.header_row = header_row  # the same shape was found at this row
    return mapping


def save_mapping(session: Session, mapping: ColumnMapping) -> None:
    """Remember ``mapping`` for every sheet of the same shape (in ``local_setting``); the caller commits."""
    session.merge(LocalSetting(key=SETTING_PREFIX + mapping.shape, value=mapping.to_json()))
