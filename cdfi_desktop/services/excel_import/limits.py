"""How much of a workbook the importer reads: sizes, rows, columns, cells, merges and texts, each with a reason."""

# A legitimate register of 100,000 debt rows with 15-26 columns fits well inside every limit (about 85 MB of
# sheet XML, 2.6 million cells, a few hundred thousand merged areas); a hostile or broken file is refused
# early, with its own message, before it costs more than a few hundred megabytes or seconds.

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LIMITS", "ReadLimits", "column_letters", "limit_params", "megabytes"]

MB = 1024 * 1024


@dataclass(frozen=True)
class ReadLimits:
    """The most the reader accepts; each one passed is refused with the code named beside it."""

    file_bytes: int = 50 * MB  # the file on disk (import_file_too_large)
    content_bytes: int = 400 * MB  # uncompressed bytes of every part read, counted while reading
    part_bytes: int = 16 * MB  # one small part (workbook, relationships, styles)
    parts: int = 10_000  # entries of the zip (a workbook has a few dozen)
    rows: int = 200_000  # a cell with a value below this row (import_too_many_rows)
    columns: int = 200  # ... right of this column, "GR" (import_too_many_columns)
    cells: int = 4_000_000  # cells kept for all sheets, empty ones inside rows and merged copies included
    merge_cells: int = 100_000  # cells one merged area covers (import_merge_too_large)
    merges: int = 500_000  # merged areas of one sheet (import_too_many_merges)
    merged_cells: int = 2_000_000  # cells all merged areas of a sheet cover together (import_merged_too_much)
    strings: int = 2_000_000  # entries of the shared-strings table (import_too_many_strings)
    text_chars: int = 40_000_000  # characters of all texts: shared strings and texts in cells (import_too_much_text)
    cell_chars: int = 1_000_000  # the XML of one cell or shared string (import_cell_too_long)


LIMITS = ReadLimits()


def column_letters(index: int) -> str:
    """A 0-based column index as Excel's letters: 0 → "A", 199 → "GR"."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def megabytes(size: int, *, places: int = 0) -> str:
    return f"{size / MB:,.{places}f} MB"


def limit_params(limits: ReadLimits, code: str) -> dict[str, object]:
    """The limit a refusal's text names ("200,000" rows, "GR" and "200" columns, "50 MB"), by its code."""
    params: dict[str, dict[str, object]] = {
        "import_file_too_large": {"limit": megabytes(limits.file_bytes)},
        "import_too_many_rows": {"limit": f"{limits.rows:,}"},
        "import_too_many_columns": {"limit": f"{limits.columns:,}", "column": column_letters(limits.columns - 1)},
        "import_too_many_cells": {"limit": f"{limits.cells:,}"},
        "import_merge_too_large": {"limit": f"{limits.merge_cells:,}"},
        "import_too_many_merges": {"limit": f"{limits.merges:,}"},
        "import_merged_too_much": {"limit": f"{limits.merged_cells:,}"},
        "import_too_many_strings": {"limit": f"{limits.strings:,}"},
        "import_too_much_text": {"limit": f"{limits.text_chars:,}"},
        "import_cell_too_long": {"limit": f"{limits.cell_chars:,}"},
    }
    return params.get(code, {})
