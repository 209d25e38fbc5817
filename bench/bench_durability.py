"""What full sync (``PRAGMA synchronous = FULL``) costs against NORMAL: saving a household, and a 10,000-row import.

FULL makes every commit wait until the WAL is on the disk, so a power cut never loses a saved record; NORMAL
may lose the last commits. Both are measured in the same run, on fresh copies of the same database.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from bench_import import DEBT_ROWS, TODAY, build_workbook
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.engine import SYNCHRONOUS_ENV
from cdfi_desktop.domain.citizen_id import citizen_id_check_digit
from cdfi_desktop.domain.enums import FinanceCategory, FinanceKind, Relation, Sex
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.excel_import import apply_import, plan_import
from cdfi_desktop.services.uow import UnitOfWork

SAVES = 60
MODES = ("NORMAL", "FULL")


def _cid(n: int) -> str:
    body = f"4{n:011d}"
    return body + str(citizen_id_check_digit(body))


def _household(institute_id: str, n: int) -> reg.HouseholdForm:
    head = reg.MemberForm(None, _cid(n), "นาย", "บุญมี", f"ทดสอบ{n}", Sex.MALE, date(1970, 5, 1), Relation.HEAD, True)
    return reg.HouseholdForm(
        id=None,
        institute_id=institute_id,
        village_id=None,
        code=f"D-{n:04d}",
        house_no=f"{n}/1",
        members=(head,),
        finances=(reg.FinanceForm(None, FinanceKind.INCOME, FinanceCategory.AGRICULTURE, Decimal("9500.00")),),
    )


def _open(path: Path, mode: str) -> Database:
    os.environ[SYNCHRONOUS_ENV] = mode
    try:
        return Database.open(path)
    finally:
        del os.environ[SYNCHRONOUS_ENV]


def _saves(template: Path, folder: Path, institute_id: str, mode: str) -> list[float]:
    path = folder / f"saves-{mode}.sqlite"
    path.write_bytes(template.read_bytes())
    db = _open(path, mode)
    times = []
    try:
        for n in range(SAVES):
            started = time.perf_counter()
            with UnitOfWork(db) as uow:
                reg.save_household(uow, _household(institute_id, n), today=TODAY)
            times.append(time.perf_counter() - started)
    finally:
        db.close()
    return times


def _import(template: Path, folder: Path, institute_id: str, workbook: Path, mode: str) -> tuple[float, float]:
    """(whole import: read, check and write; the write alone) in seconds."""
    path = folder / f"import-{mode}.sqlite"
    path.write_bytes(template.read_bytes())
    db = _open(path, mode)
    try:
        started = time.perf_counter()
        with db.session() as session:
            plan = plan_import(session, institute_id=institute_id, workbook_path=workbook, today=TODAY)
        writing = time.perf_counter()
        apply_import(db, plan)
        done = time.perf_counter()
    finally:
        db.close()
    return done - started, done - writing


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = folder / "template.sqlite"
        db = Database.open(template, device_id=demo_device_id(1))
        summary = generate_demo(db, households=20, seed=1)
        with db.session() as session:
            fund_t = table_of(m.MemberFund)
            funds = list(session.scalars(select(fund_t.c.name).where(fund_t.c.can_lend.is_(True))))
        db.close()
        workbook = folder / "register.xlsx"
        build_workbook(workbook, rows=DEBT_ROWS, funds=funds)

        saves = {mode: _saves(template, folder, summary.institute_id, mode) for mode in MODES}
        imports = {mode: _import(template, folder, summary.institute_id, workbook, mode) for mode in MODES}
    print("Durability: synchronous = FULL (the app's setting) against NORMAL, same run, fresh copies")
    for mode in MODES:
        median = statistics.median(saves[mode]) * 1000
        worst = max(saves[mode]) * 1000
        print(f"  save a household ({SAVES} saves), {mode:<6}: median {median:6.1f} ms, max {worst:6.1f} ms")
    ratio = statistics.median(saves["FULL"]) / statistics.median(saves["NORMAL"])
    print(f"  save a household: FULL / NORMAL = {ratio:.2f} x")
    for mode in MODES:
        whole, write = imports[mode]
        print(f"  {DEBT_ROWS:,}-row import, {mode:<6}: {whole:6.2f} s in all, of which writing {write:5.2f} s")
    print(f"  import: FULL / NORMAL = {imports['FULL'][0] / imports['NORMAL'][0]:.2f} x")


if __name__ == "__main__":
    main()
