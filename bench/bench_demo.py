"""Demo generation time for 300 and 10,000 households (rows written per second)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from cdfi_desktop.db.database import Database
from cdfi_desktop.services.demo import demo_device_id, generate_demo


def _generate(households: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp) / "demo.sqlite", device_id=demo_device_id(1))
        started = time.perf_counter()
        summary = generate_demo(db, households=households, seed=1)
        elapsed = time.perf_counter() - started
        db.close()
    print(f"  {households:>6,} households: {elapsed:6.2f} s  ({summary.members:,} members, {summary.debts:,} debts)")


def main() -> None:
    print("demo generation (open database excluded):")
    for households in (300, 10_000):
        _generate(households)


if __name__ == "__main__":
    main()
