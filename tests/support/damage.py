"""Damaging a copy of a database as a bad sector would, for the tests of refusal and recovery."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path


def quick_check_passes(path: Path) -> bool:
    """Plain sqlite3 verdict on the file, opened immutable so the check itself leaves nothing behind."""
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            return con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def garble(path: Path) -> None:
    """Overwrite three pages in the middle with random bytes; fall back to page 1 after the header if unnoticed."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big") or 65536
    rng = random.Random(20261101)
    middle = len(data) // page_size // 2
    for page in range(middle, middle + 3):
        data[page * page_size : (page + 1) * page_size] = rng.randbytes(page_size)
    path.write_bytes(data)
    if quick_check_passes(path):
        data[100:page_size] = rng.randbytes(page_size - 100)
        path.write_bytes(data)
    assert not quick_check_passes(path), "the garbled copy must really be corrupt"
