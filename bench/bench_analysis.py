"""Debt analysis on a 10,000-household demo institute: classification time, and the whole analysis."""

from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path

from cdfi_desktop.db.database import Database
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.analysis import analyse_institute, classify_households, fiscal_profile
from cdfi_desktop.services.demo import DEMO_AS_OF, demo_device_id, generate_demo

CACHE = Path(__file__).resolve().parent.parent / "artifacts" / "bench"
HOUSEHOLDS = 10_000


def demo_database() -> Path:
    """A 10,000-household demo database, made once and kept in artifacts/bench/ (git-ignored)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / "analysis-10k.sqlite"
    if not path.exists():
        db = Database.open(path, device_id=demo_device_id(2))
        generate_demo(db, households=HOUSEHOLDS, seed=2)
        db.close()
    return path


def _median(fn: object, runs: int = 5) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times), min(times)


def main() -> None:
    print(f"debt analysis, {HOUSEHOLDS:,}-household demo institute:")
    db = Database.open(demo_database())
    with db.session() as session:
        institute_id = reg.first_institute_id(session) or ""
        as_of: date = DEMO_AS_OF
        thresholds = fiscal_profile(session, 2570).thresholds
        found, debts = classify_households(session, institute_id=institute_id, thresholds=thresholds, as_of=as_of)
        median, fastest = _median(
            lambda: classify_households(session, institute_id=institute_id, thresholds=thresholds, as_of=as_of)
        )
        print(
            f"  classification ({len(found):,} households, {sum(map(len, debts.values())):,} open debts, "
            f"read + rules): median {median:.3f} s (min {fastest:.3f})  bar < 1 s"
        )
        analysis = analyse_institute(session, institute_id, as_of=as_of)
        median, fastest = _median(lambda: analyse_institute(session, institute_id, as_of=as_of), runs=3)
        classes = ", ".join(f"{c.value} {n:,}" for c, n in analysis.households_per_class().items())
        print(f"  whole analysis with a source of money per debt: median {median:.3f} s (min {fastest:.3f})")
        print(f"  households per class: {classes}")
    db.close()


if __name__ == "__main__":
    main()
