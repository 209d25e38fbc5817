"""Writers killed with SIGKILL at random moments leave a whole file: the import, the demo, a new file, a migration.

Each scenario runs in ``tests/support/crash_harness.py`` (a clean process that forks one writer per trial
and kills it after a random delay within the writer's uninterrupted duration), all four at once. After
every kill the file must pass ``integrity_check`` and ``foreign_key_check``, hold the whole write or none
of it, and open normally. ``CDFI_CRASH_KILLS`` sets the kills per scenario (default 50).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HARNESS = Path(__file__).resolve().parents[1] / "support" / "crash_harness.py"
SCENARIOS = ("import", "demo", "first-open", "migration")
KILLS = int(os.environ.get("CDFI_CRASH_KILLS", "50"))
# which states a kill may leave, per scenario: "between" is a whole first write of two (the demo makes the
# new file, then fills it)
ALLOWED = {
    "import": {"before", "after"},
    "demo": {"before", "between", "after"},
    "first-open": {"before", "after"},
    "migration": {"before", "after"},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, subprocess.Popen[str]]]:
    started = {}
    for seed, op in enumerate(SCENARIOS, start=1):
        work = tmp_path_factory.mktemp(f"crash-{op}")
        started[op] = subprocess.Popen(
            [sys.executable, str(HARNESS), op, str(work), str(KILLS), str(seed)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    yield started
    for process in started.values():
        if process.poll() is None:
            process.kill()
            process.wait()


def _result(process: subprocess.Popen[str]) -> dict[str, Any]:
    out, err = process.communicate(timeout=900)
    assert process.returncode == 0, err[-3000:]
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("op", SCENARIOS)
def test_given_a_writer_killed_at_random_moments_then_the_file_is_whole_and_opens(
    op: str, runs: dict[str, subprocess.Popen[str]]
) -> None:
    # GIVEN a writer of this kind WHEN it is killed with SIGKILL at KILLS random moments while it writes
    result = _result(runs[op])
    trials = result["trials"]
    mid_write = [t for t in trials if t["mid_write"]]

    # THEN the kills really landed while it was writing
    assert len(mid_write) >= KILLS, f"only {len(mid_write)} of {len(trials)} kills landed mid-write"
    # AND after every one the file passed its checks, held the whole write or none of it, and opened normally
    problems = [t for t in trials if t["problems"]]
    assert problems == [], problems[:3]
    assert {t["state"] for t in trials} <= ALLOWED[op]
    # AND the kills caught both sides of the write (none of it, and all of it or a whole first part)
    assert "before" in {t["state"] for t in mid_write}
    assert {t["state"] for t in trials} - {"before"}, "no kill landed after the write took effect"
    assert result["after_revision"] == result["head"]
