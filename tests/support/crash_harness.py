"""Kill writers with SIGKILL at random moments and judge the file after each kill (see test_crash_safety.py).

``python tests/support/crash_harness.py OP WORKDIR KILLS SEED`` prints one JSON object: the uninterrupted
duration, then per trial the delay, whether the kill landed mid-write, and the state found after it. Trials
go on until KILLS of them landed while the writer was still running (at most three times as many trials).

The harness is a clean process (no Qt, no threads) that imports the program once and forks one child per
trial, so a trial costs the write itself, not an interpreter start. After each kill the file must pass
``integrity_check`` and ``foreign_key_check``, hold the whole write or none of it (its table counts are
those before or those after an uninterrupted write), and open normally with ``Database.open``.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import alembic.command  # noqa: E402, F401 - loaded before forking, so that children start writing at once

import cdfi_desktop.services.excel_import  # noqa: E402, F401
from cdfi_desktop.cli import main as cli_main  # noqa: E402
from cdfi_desktop.db.database import Database  # noqa: E402
from cdfi_desktop.db.migrate import creating_path, head_revision  # noqa: E402
from cdfi_desktop.db.search import TRIGRAM_TABLE  # noqa: E402
from cdfi_desktop.services.demo import demo_device_id, generate_demo  # noqa: E402
from tests.support.workbooks import TODAY, register_workbook  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "db" / "release-0.1.0.sqlite"
Counts = dict[str, int]


def snapshot(path: Path) -> dict[str, Any]:
    """What the file holds: absent, or its checks, revision and the row count of every table."""
    if not path.exists() or path.stat().st_size == 0:
        return {"absent": True}
    con = sqlite3.connect(path)
    try:
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
        foreign = con.execute("PRAGMA foreign_key_check").fetchall()
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        has_revision = "alembic_version" in tables
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone() if has_revision else None
        columns = {t: [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    finally:
        con.close()
    return {
        "absent": False,
        "integrity": integrity,
        "foreign_key_violations": len(foreign),
        "revision": revision[0] if revision else None,
        "counts": counts,
        "columns": columns,
    }


def _bookkeeping(table: str) -> bool:
    """Tables whose row counts do not say which write is in the file: settings, and the full-text index's own
    segments (their number depends on how the index was merged, not on what it holds)."""
    return table == "local_setting" or table.startswith(f"{TRIGRAM_TABLE}_")


def _comparable(state: dict[str, Any]) -> Any:
    """The parts of a snapshot that say which write is in the file (the audit log and settings aside)."""
    if state["absent"]:
        return "absent"
    counts = {k: v for k, v in state["counts"].items() if not _bookkeeping(k)}
    return (state["revision"], json.dumps(counts, sort_keys=True), json.dumps(state["columns"], sort_keys=True))


def _difference(state: dict[str, Any], before: dict[str, Any], after: dict[str, Any]) -> str:
    """How a state differs from the nearer of before and after (for the report of a half write)."""
    if state["absent"]:
        return "absent"
    parts = [f"revision {state['revision']}"]
    for name, other in (("before", before), ("after", after)):
        if other["absent"]:
            continue
        counts = {
            t: (n, other["counts"].get(t))
            for t, n in state["counts"].items()
            if n != other["counts"].get(t) and not _bookkeeping(t)
        }
        columns = [t for t, c in state["columns"].items() if c != other["columns"].get(t)]
        parts.append(f"vs {name}: counts {counts} columns {columns}")
    return "; ".join(parts)


RECALIBRATE_EVERY = 10  # trials between two timings of an uninterrupted write


def run_child(write: Callable[[], object], delay: float, *, wait: bool = False) -> tuple[bool, int]:
    """Fork a child that writes; kill it after ``delay`` seconds (or, with ``wait``, let it finish).

    Returns (killed mid-write, exit status)."""
    pid = os.fork()
    if pid == 0:  # the child: write, then leave without running the parent's exit handlers
        code = 0
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 1)
            os.dup2(null, 2)
            write()
        except BaseException:  # the child reports by its exit code only
            code = 70
        os._exit(code)
    if not wait:
        time.sleep(delay)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status), status


def opens_normally(path: Path) -> str:
    try:
        Database.open(path).close()
    except Exception as exc:  # reported, judged by the test
        return f"{type(exc).__name__}: {exc}"
    return ""


class Scenario:
    """One kind of write: how to set up the file before it, and what it writes."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.path = work / "cdfi.sqlite"

    def reset(self) -> None:
        for entry in self.work.iterdir():
            if entry.name.startswith(("cdfi.sqlite", ".cdfi.sqlite")):
                entry.unlink()
        self.prepare()

    def prepare(self) -> None:
        """Put the file as it is before the write."""

    def intermediate(self) -> list[dict[str, Any]]:
        """States between two whole writes of this scenario (each one complete in itself)."""
        return []

    def write(self) -> None:
        raise NotImplementedError


class FirstOpen(Scenario):
    def write(self) -> None:
        Database.open(self.path).close()


class Migration(Scenario):
    def prepare(self) -> None:
        shutil.copyfile(FIXTURE, self.path)

    def write(self) -> None:
        Database.open(self.path).close()


class Demo(Scenario):
    def intermediate(self) -> list[dict[str, Any]]:
        # the demo command first makes the new database (one whole write), then fills it (another)
        Database.open(self.path).close()
        return [snapshot(self.path)]

    def write(self) -> None:
        code = cli_main(["demo", "--db", str(self.path), "--households", "20", "--seed", "2"])
        if code != 0:
            raise SystemExit(code)


class Import(Scenario):
    def __init__(self, work: Path) -> None:
        super().__init__(work)
        self.template = work / "template.sqlite"
        db = Database.open(self.template, device_id=demo_device_id(5))
        try:
            generate_demo(db, households=20, seed=5)
            with db.engine.connect() as con:
                creditor = con.exec_driver_sql("SELECT name FROM member_fund WHERE can_lend ORDER BY name").scalar()
        finally:
            db.close()
        self.workbook = work / "register.xlsx"
        register_workbook(self.workbook, households=500, first=1, creditor=str(creditor))

    def prepare(self) -> None:
        shutil.copyfile(self.template, self.path)

    def write(self) -> None:
        code = cli_main(["import-excel", "--db", str(self.path), str(self.workbook), "--today", TODAY])
        if code != 0:
            raise SystemExit(code)


SCENARIOS: dict[str, type[Scenario]] = {"first-open": FirstOpen, "migration": Migration, "demo": Demo, "import": Import}


def main(op: str, work: Path, kills: int, seed: int) -> dict[str, Any]:
    os.environ["XDG_DATA_HOME"] = str(work / "data")
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    scenario = SCENARIOS[op](work)
    rng = random.Random(seed)

    scenario.reset()
    before = snapshot(scenario.path)
    between = [_comparable(s) for s in scenario.intermediate()]
    # the writer's duration: the shortest of three runs, so that one slow first run (cold caches, the other
    # scenarios starting at the same moment) does not put most kills after the write has ended
    durations = []
    for _ in range(3):
        scenario.reset()
        started = time.perf_counter()
        run_child(scenario.write, 0.0, wait=True)
        durations.append(time.perf_counter() - started)
    duration = min(durations)
    after = snapshot(scenario.path)
    results = []
    span = duration  # the delays' range: the write's duration as this machine runs it now (see below)
    for trial in range(3 * kills):
        if sum(r["mid_write"] for r in results) >= kills:
            break
        if trial and trial % RECALIBRATE_EVERY == 0:
            # a machine busy with other work (the other scenarios, a whole test run) writes slower than it did
            # at the start: timed again, so that the kills keep reaching the write's end and just past it
            scenario.reset()
            started = time.perf_counter()
            run_child(scenario.write, 0.0, wait=True)
            span = max(duration, time.perf_counter() - started)
        scenario.reset()
        delay = rng.uniform(0.0, span * 1.1)
        killed, _status = run_child(scenario.write, delay)
        state = snapshot(scenario.path)
        found = _comparable(state)
        which = (
            "before"
            if found == _comparable(before)
            else "after"
            if found == _comparable(after)
            else "between"
            if found in between
            else "neither"
        )
        problems = []
        if not state["absent"]:
            if state["integrity"] != ["ok"]:
                problems.append(f"integrity_check: {state['integrity'][:3]}")
            if state["foreign_key_violations"]:
                problems.append(f"foreign_key_check: {state['foreign_key_violations']} violations")
        if which == "neither":
            problems.append(f"half a write: {_difference(state, before, after)}")
        opened = opens_normally(scenario.path)
        if opened:
            problems.append(f"does not open: {opened}")
        if creating_path(scenario.path).exists():
            problems.append("an unfinished new database is left after opening")
        results.append(
            {"trial": trial, "delay": round(delay, 4), "mid_write": killed, "state": which, "problems": problems}
        )
    return {
        "op": op,
        "duration": round(duration, 3),
        "head": head_revision(),
        "after_revision": after.get("revision"),
        "trials": results,
    }


if __name__ == "__main__":
    op_name, folder, count, seed_value = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    print(json.dumps(main(op_name, folder, count, seed_value)))
