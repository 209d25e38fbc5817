"""Runs every benchmark and prints its figures (not a pass/fail test)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_analysis
import bench_contracts
import bench_demo
import bench_durability
import bench_evidence
import bench_import
import bench_indicators
import bench_province
import bench_registers
import bench_reports
import bench_startup
import bench_sync


def main() -> None:
    for bench in (
        bench_startup,
        bench_demo,
        bench_registers,
        bench_import,
        bench_durability,
        bench_reports,
        bench_analysis,
        bench_contracts,
        bench_indicators,
        bench_evidence,
        bench_sync,
        bench_province,
    ):
        bench.main()
        print()


if __name__ == "__main__":
    main()
