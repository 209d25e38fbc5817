"""The debt register on a 100,000-debt demo database: first rows, filter per keystroke, memory while scrolling."""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from cdfi_desktop.db.database import Database
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.demo import demo_device_id, generate_demo

CACHE = Path(__file__).resolve().parent.parent / "artifacts" / "bench"
TARGET_DEBTS = 100_000
HOUSEHOLDS = 36_700  # the demo averages about 2.73 debts a household


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def demo_database() -> Path:
    """A 100,000-debt demo database, made once and kept in artifacts/bench/ (git-ignored)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / "registers-100k.sqlite"
    if not path.exists():
        started = time.perf_counter()
        db = Database.open(path, device_id=demo_device_id(4))
        summary = generate_demo(db, households=HOUSEHOLDS, seed=4)
        db.close()
        print(f"  (made {path.name}: {summary.debts:,} debts in {time.perf_counter() - started:.1f} s)")
    return path


def _wait(app: QApplication, done: object, timeout: float = 30.0) -> None:
    end = time.perf_counter() + timeout
    while not done() and time.perf_counter() < end:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.0005)


def main() -> None:
    from cdfi_desktop.app import make_application
    from cdfi_desktop.services.registers import DebtQuery
    from cdfi_desktop.ui.ops import Ops
    from cdfi_desktop.ui.registers.table_model import PAGE_SIZE, RegisterModel
    from cdfi_desktop.ui.registers.view import DEBT_COLUMNS, _debt_count, _debt_page, _table

    print("debt register, 100,000-debt demo database:")
    path = demo_database()
    app = make_application()
    started = time.perf_counter()
    db = Database.open(path)
    print(f"  open (with any migration and search-text rebuild): {time.perf_counter() - started:.2f} s")
    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        all_debts = len(reg.debt_ids(session, institute_id=institute_id or "", statuses=()))
    assert institute_id
    ops = Ops(db)
    model: RegisterModel[DebtQuery, reg.DebtRow] = RegisterModel(
        ops, columns=DEBT_COLUMNS, page=_debt_page, count=_debt_count, context="RegistersScreen"
    )
    view = _table(model)  # type: ignore[arg-type]
    view.resize(1300, 600)
    view.show()
    rss_start = _rss_mb()

    # First rows: from asking to the first page drawn; the count follows behind it.
    firsts, counts = [], []
    for _ in range(3):
        started = time.perf_counter()
        model.set_query(DebtQuery(institute_id=institute_id, statuses=()))
        _wait(app, lambda: not model.loading and model.row(0) is not None)
        app.processEvents()
        firsts.append(time.perf_counter() - started)
        _wait(app, lambda: model.total is not None)
        counts.append(time.perf_counter() - started)
    print(f"  rows in register: {model.total:,} (all statuses; database holds {all_debts:,})")
    print(
        f"  first rows shown: median {statistics.median(firsts):.3f} s (min {min(firsts):.3f})  bar < 0.3 s;"
        f" count known after {statistics.median(counts):.3f} s"
    )

    # Filter as you type: each keystroke re-asks SQL for the matching ids and shows the first page.
    typed = "สมศรี"
    per_key = []
    for n in range(1, len(typed) + 1):
        started = time.perf_counter()
        model.set_query(DebtQuery(institute_id=institute_id, statuses=(), text=typed[:n]))
        _wait(app, lambda: not model.loading)
        per_key.append(time.perf_counter() - started)
        _wait(app, lambda: model.total is not None)
        print(
            f"    '{typed[:n]}': first rows in {per_key[-1] * 1000:6.1f} ms; {model.total:>6,} rows counted after "
            f"{(time.perf_counter() - started) * 1000:6.1f} ms"
        )
    for text in ("1-2345", "ธ.ก.ส.", "00123"):
        started = time.perf_counter()
        model.set_query(DebtQuery(institute_id=institute_id, statuses=(), text=text))
        _wait(app, lambda: not model.loading)
        per_key.append(time.perf_counter() - started)
        _wait(app, lambda: model.total is not None)
        print(
            f"    '{text}': first rows in {per_key[-1] * 1000:6.1f} ms; {model.total:>6,} rows counted after "
            f"{(time.perf_counter() - started) * 1000:6.1f} ms"
        )
    print(
        f"  filter per keystroke: median {statistics.median(per_key) * 1000:.1f} ms, "
        f"max {max(per_key) * 1000:.1f} ms  bar < 100 ms"
    )

    # Sort by outstanding, descending (SQL).
    started = time.perf_counter()
    model.set_query(DebtQuery(institute_id=institute_id, statuses=(), sort=reg.DebtSort.OUTSTANDING, descending=True))
    _wait(app, lambda: not model.loading and model.row(0) is not None)
    print(f"  sort by outstanding, first rows: {(time.perf_counter() - started) * 1000:.1f} ms")
    _wait(app, lambda: model.total is not None)

    # Scroll to the end through the whole register, a screen at a time.
    rss_before = _rss_mb()
    bar = view.verticalScrollBar()
    steps = 60
    for step in range(steps + 1):
        bar.setValue(bar.maximum() * step // steps)
        app.processEvents()
        top = view.rowAt(0)
        _wait(app, lambda top=top: model.row(max(0, top)) is not None)
    view.scrollToBottom()
    _wait(app, lambda: model.row((model.total or 1) - 1) is not None)
    rss_after = _rss_mb()
    print(
        f"  memory: {rss_start:.0f} MB at start, {rss_before:.0f} MB before scrolling, {rss_after:.0f} MB after "
        f"scrolling to the end ({model.pages_kept} pages of {PAGE_SIZE} rows kept)"
    )
    ops.wait_idle()
    _household_register(db, institute_id)
    db.close()


def _household_register(db: Database, institute_id: str) -> None:
    """The household register's first page in each order that reads the households' debts now (register debts and
    1HH1C contracts' balances: services.obligations), and the overview's tiles."""
    from cdfi_desktop.services.overview import institute_overviews
    from cdfi_desktop.services.register_types import HouseholdQuery, HouseholdSort

    print("household register, same database (debts now: register debts and 1HH1C contracts):")
    with db.session() as session:
        households = reg.household_count(session, HouseholdQuery(institute_id=institute_id))
        for sort in (HouseholdSort.TOTAL_DEBT, HouseholdSort.OPEN_DEBTS, HouseholdSort.WORST_OVERDUE):
            query = HouseholdQuery(institute_id=institute_id, sort=sort, descending=True)
            times = []
            for _ in range(3):
                started = time.perf_counter()
                reg.household_page(session, query, offset=0, limit=100)
                times.append(time.perf_counter() - started)
            median = statistics.median(times)
            print(f"  {households:,} households sorted by {sort.value}, first 100 rows: {median:.2f} s")
        started = time.perf_counter()
        institute_overviews(session, institute_id=institute_id)
        print(f"  overview tiles: {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
