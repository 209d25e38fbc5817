"""A second program on a database another one has open is refused, naming the holder, and exits 3."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from cdfi_desktop import app as app_module
from cdfi_desktop.failures import EXIT_COULD_NOT_RUN

HOLDER = "cdfi-desktop import-excel"
_HOLD = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from cdfi_desktop.db import lock\n"
    "lock.acquire(Path(sys.argv[1]), program=sys.argv[2])\n"
    "print('held', flush=True)\n"
    "time.sleep(60)\n"
)


@pytest.fixture
def held_elsewhere(demo_db_file: Path, tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """GIVEN a database whose lock another process holds (the lock is shared within a process, so it is another)."""
    path = tmp_path / "cdfi.sqlite"
    path.write_bytes(demo_db_file.read_bytes())
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(path), HOLDER], stdout=subprocess.PIPE, text=True, encoding="utf-8"
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        yield path, holder
    finally:
        holder.kill()
        holder.wait(timeout=10)


def test_given_a_database_open_in_another_program_when_the_app_starts_then_it_names_the_holder_and_exits_3(
    app: QApplication, held_elsewhere: tuple[Path, subprocess.Popen[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, holder = held_elsewhere
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QApplication, "exec", lambda *a: pytest.fail("no window may open"))

    code = app_module.run_gui(db=path, language="th", offer_demo=False)

    assert code == EXIT_COULD_NOT_RUN
    assert len(shown) == 1
    assert "กำลังเปิดใช้อยู่ในโปรแกรมอื่น" in shown[0]
    assert HOLDER in shown[0] and f"pid {holder.pid}" in shown[0]
    assert str(path) in shown[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_given_a_database_open_in_another_program_when_started_in_english_then_the_message_is_english(
    app: QApplication, held_elsewhere: tuple[Path, subprocess.Popen[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, holder = held_elsewhere
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QApplication, "exec", lambda *a: pytest.fail("no window may open"))

    code = app_module.run_gui(db=path, language="en", offer_demo=False)

    assert code == EXIT_COULD_NOT_RUN
    assert "is open in another program" in shown[0]
    assert f"{HOLDER}, pid {holder.pid}" in shown[0]
