"""``cdfi-desktop demo``: a deterministic demo institute in an empty database."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from typing import Any

from cdfi_desktop.commands import OFFICERS, add_db_option, open_database
from cdfi_desktop.messages import message


def add_to(commands: Any) -> None:
    demo = commands.add_parser("demo", help="make a deterministic demo institute in an empty database")
    add_db_option(demo, wait=True, sign_in=OFFICERS)
    demo.add_argument("--households", type=int, default=300, help="number of households (default 300)")
    demo.add_argument("--seed", type=int, default=1, help="random seed; the same seed gives the same data")
    demo.add_argument(
        "--as-of",
        type=date.fromisoformat,
        default=None,
        help="the day the demo data describes, YYYY-MM-DD (default 2026-11-25)",
    )
    demo.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cdfi_desktop.db.location import resolve_url, sqlite_path
    from cdfi_desktop.failures import EXIT_NOTHING_DONE
    from cdfi_desktop.services.demo import DEMO_AS_OF, DemoRefused, demo_device_id, generate_demo

    path = sqlite_path(resolve_url(args.db))
    fresh = path is not None and (not path.exists() or path.stat().st_size == 0)
    db = open_database(args, program="demo", create=True, device_id=demo_device_id(args.seed) if fresh else None)
    try:
        started = time.perf_counter()
        summary = generate_demo(db, households=args.households, seed=args.seed, as_of=args.as_of or DEMO_AS_OF)
        elapsed = time.perf_counter() - started
    except DemoRefused:
        print(message("demo_not_empty", args.language), file=sys.stderr)
        return EXIT_NOTHING_DONE
    finally:
        db.close()
    print(
        f"{summary.institute_name}: {summary.funds} member funds, {summary.households} households, "
        f"{summary.members} members, {summary.debts} debts ({elapsed:.2f} s) → {db.url}"
    )
    return 0
