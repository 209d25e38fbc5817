"""Excel import of 10,000 debt rows (a flat officer-style sheet): openpyxl's own read time against the import's."""

from __future__ import annotations

import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook, load_workbook  # type: ignore[import-untyped]
from openpyxl.worksheet.cell_range import CellRange  # type: ignore[import-untyped]
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.citizen_id import citizen_id_check_digit
from cdfi_desktop.domain.thai_date import format_date_be
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.excel_import import apply_import, plan_import, read_workbook

DEBT_ROWS = 10_000
TODAY = date(2026, 11, 1)
HEADERS = (
    "ลำดับ",
    "รหัสครัวเรือน",
    "บ้านเลขที่",
    "หมู่ที่",
    "ชื่อหมู่บ้าน",
    "ชื่อ-สกุล",
    "เลขบัตรประชาชน",
    "เพศ",
    "วันเกิด",
    "หัวหน้าครัวเรือน",
    "อาชีพ",
    "รายได้ต่อเดือน",
    "ประเภทเจ้าหนี้",
    "เจ้าหนี้",
    "เลขที่สัญญา",
    "วันที่กู้",
    "วันครบกำหนด",
    "ยอดกู้",
    "คงเหลือ",
    "ดอกเบี้ย",
    "ค่างวด",
    "จำนวนงวด",
    "ค้างชำระ (วัน)",
    "วัตถุประสงค์",
    "ผู้ค้ำประกัน",
    "หมายเหตุ",
)
FIRST = ("สมชาย", "สมศรี", "บุญมี", "ประเสริฐ", "มาลี", "สุดา", "วิชัย", "ทองดี", "คำปุน", "บุญเรือน")
LAST = ("ใจดี", "ศรีสุข", "บุญมา", "แก้วกา", "ทองคำ", "พรมมา", "สายบุญ", "คำแสน", "มีสุข", "นาคดี")
OUTSIDE = (("ธ.ก.ส.", "ธ.ก.ส. สาขาเมือง"), ("สหกรณ์", "สหกรณ์การเกษตรอำเภอ"), ("เงินกู้นอกระบบ", "นายทุนในหมู่บ้าน"))


def _money(value: int) -> str:
    return f"{value:,}"


def build_workbook(path: Path, *, rows: int, funds: list[str], seed: int = 7) -> int:
    """A flat register: one row per debt; household and member cells merged down over their debt rows."""
    rng = random.Random(seed)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "ทะเบียนหนี้"
    sheet.append(["ทะเบียนหนี้สินครัวเรือน สถาบันการจัดการเงินทุนชุมชน (ทดสอบความเร็ว)"])
    sheet.append(list(HEADERS))
    merges = [(1, 1, len(HEADERS), 1)]
    row_no = 2
    written = households = 0
    ids: set[str] = set()
    while written < rows:
        households += 1
        house_start = row_no + 1
        village = rng.randint(1, 9)
        house = [f"B{households:05d}", f"{households}/{rng.randint(1, 9)}", str(village), f"บ้านหมู่{village}"]
        for person in range(rng.choice((1, 1, 2))):
            if written >= rows:
                break
            while True:
                body = f"{rng.choice('1358')}{rng.randrange(10**11):011d}"
                cid = body + str(citizen_id_check_digit(body))
                if cid not in ids:
                    ids.add(cid)
                    break
            person_start = row_no + 1
            birth = date(rng.randint(1950, 1995), rng.randint(1, 12), rng.randint(1, 28))
            people = [
                f"{'นาย' if person == 0 else 'นาง'}{rng.choice(FIRST)} {rng.choice(LAST)}",
                cid,
                "ชาย" if person == 0 else "หญิง",
                format_date_be(birth, style="numeric"),
                "ใช่" if person == 0 else "ไม่ใช่",
                "ทำนา",
                _money(rng.randrange(30, 200) * 100),
            ]
            for _ in range(rng.choice((1, 2, 2, 3, 4))):
                if written >= rows:
                    break
                written += 1
                row_no += 1
                contract = TODAY - timedelta(days=rng.randint(60, 2000))
                principal = rng.randrange(20, 600) * 500
                outstanding = principal * rng.randint(10, 95) // 100
                if rng.random() < 0.45:
                    kind, creditor, rate = "กองทุนสมาชิกของสถาบัน", rng.choice(funds), "6"
                    principal = min(principal, 15_000)
                    outstanding = min(outstanding, principal)
                else:
                    kind, creditor = rng.choice(OUTSIDE)
                    rate = rng.choice(("7", "9", "60"))
                first_of_house, first_of_person = row_no == house_start, row_no == person_start
                sheet.append(
                    [
                        written,
                        *(house if first_of_house else [None] * len(house)),  # merged cells: only the top is filled
                        *(people if first_of_person else [None] * len(people)),
                        kind,
                        creditor,
                        f"{written}/{contract.year + 543}",
                        format_date_be(contract, style="numeric"),
                        format_date_be(contract + timedelta(days=730), style="numeric"),
                        _money(principal),
                        f"{max(0, outstanding - 1):,}.50",
                        rate,
                        _money(max(100, principal // 24)),
                        "24",
                        str(rng.choice((0, 0, 0, 15, 45, 120))),
                        "เกษตร",
                        "นายสมปอง ใจกว้าง",
                        "",
                    ]
                )
            if row_no > person_start:
                merges += [(col, person_start, col, row_no) for col in range(6, 13)]
        if row_no > house_start:
            merges += [(col, house_start, col, row_no) for col in range(2, 6)]
    for min_col, min_row, max_col, max_row in merges:  # straight into the set: merge_cells() is quadratic
        sheet.merged_cells.ranges.add(CellRange(min_col=min_col, min_row=min_row, max_col=max_col, max_row=max_row))
    workbook.save(path)
    return households


def openpyxl_read(path: Path) -> float:
    """openpyxl alone, in the mode the importer uses: read-only, values only, every cell visited."""
    started = time.perf_counter()
    workbook = load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells += len(row)
    workbook.close()
    return time.perf_counter() - started


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = Database.open(folder / "bench.sqlite", device_id=demo_device_id(1))
        summary = generate_demo(db, households=20, seed=1)
        with db.session() as session:
            fund_t = table_of(m.MemberFund)
            funds = list(session.scalars(select(fund_t.c.name).where(fund_t.c.can_lend.is_(True))))
        path = folder / "register.xlsx"
        households = build_workbook(path, rows=DEBT_ROWS, funds=funds)
        size = path.stat().st_size
        reference = min(openpyxl_read(path) for _ in range(2))  # the better of two runs

        started, cpu_started = time.perf_counter(), time.process_time()
        workbook = read_workbook(path)
        read = time.perf_counter() - started
        with db.session() as session:
            plan = plan_import(
                session, institute_id=summary.institute_id, workbook_path=path, today=TODAY, workbook=workbook
            )
        planned = time.perf_counter() - started - read
        applied_at = time.perf_counter()
        result = apply_import(db, plan)
        applied = time.perf_counter() - applied_at
        total = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        again_at = time.perf_counter()
        with db.session() as session:
            again = plan_import(session, institute_id=summary.institute_id, workbook_path=path, today=TODAY)
        again_time = time.perf_counter() - again_at
        db.close()
    counts = plan.counts()
    print(f"Excel import: {DEBT_ROWS:,} debt rows, {households:,} households, {size / 1e6:.1f} MB")
    print(f"  openpyxl read (read-only, all cells): {reference:6.2f} s")
    print(f"  import read (merged cells filled):    {read:6.2f} s")
    print(f"  dry-run plan:                         {planned:6.2f} s")
    print(f"  apply (one transaction):              {applied:6.2f} s")
    print(f"  total:                                {total:6.2f} s  (bar: under 5 s)")
    print(f"  total / openpyxl:                     {total / reference:6.2f} x (bar: at most 2 x)")
    print(f"  import CPU time (this process):       {cpu:6.2f} s  (wall time above includes waiting for the CPU)")
    print(f"  rows: {counts}; records written: {result.records_written:,}")
    unchanged = again.counts()["unchanged"]
    print(
        f"  the same workbook again (read + plan): {again_time:5.2f} s, {unchanged:,} rows unchanged, nothing to write"
    )


if __name__ == "__main__":
    main()
