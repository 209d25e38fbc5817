"""A long table's groups of rows (a household's debts) that run on to a new page start there with the group's
name and "(ต่อ)", under the repeated header."""

from __future__ import annotations

from reportlab.platypus import TableStyle  # type: ignore[import-untyped]

from cdfi_desktop.reports.pdf_common import ContinuedTable

ROW = 20.0


def table() -> ContinuedTable:
    # GIVEN a header and three households of four debts each; only a household's first row names it
    rows = [["code", "name", "creditor"]]
    continued: dict[int, dict[int, str]] = {}
    for household in range(3):
        for debt in range(4):
            if debt:
                continued[len(rows)] = {0: f"H{household}", 1: f"name {household} (ต่อ)"}
            rows.append([f"H{household}" if not debt else "", f"name {household}" if not debt else "", f"c{debt}"])
    return ContinuedTable(
        rows,
        colWidths=[50, 120, 80],
        rowHeights=[ROW] * len(rows),
        repeatRows=1,
        style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]),
        continued=continued,
    )


def test_a_group_split_across_pages_is_named_again_with_cont() -> None:
    # WHEN the table is split after the header and six rows (the second household's second debt)
    first, rest = table().split(300, ROW * 7 + 1)
    # THEN the first part ends inside household 1, and the rest starts with the header, then household 1 (ต่อ)
    assert len(first._cellvalues) == 7
    assert rest._cellvalues[0] == ["code", "name", "creditor"]
    assert rest._cellvalues[1][:2] == ["H1", "name 1 (ต่อ)"] and rest._cellvalues[1][2] == "c2"
    # and a split of the rest that falls between households adds nothing
    again = rest.split(300, ROW * 3 + 1)
    assert again[1]._cellvalues[1][:2] == ["H2", "name 2"]


def test_a_split_through_every_row_names_every_group_it_cuts() -> None:
    for cut in range(2, 13):
        parts = table().split(300, ROW * cut + 1)
        if len(parts) < 2:
            continue
        _first, rest = parts
        row = rest._cellvalues[1]
        assert row[0], (cut, row)  # a code on the first row of every new page
        assert row[1].endswith("(ต่อ)") == (row[2] != "c0"), (cut, row)
