"""The window checks the audit trail in parts between its screens' reads (app.check_audit_trail): a database put in
the window's hands between two parts (a backup restored: ops.replace_database) is checked again from its first entry."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from cdfi_desktop import app as app_module
from cdfi_desktop.db.database import Database
from cdfi_desktop.services import audit
from cdfi_desktop.services.demo import generate_demo, generate_demo_institute


class _Ops:
    def __init__(self, db: Database, then: Database) -> None:
        self.db, self.then, self.parts = db, then, 0

    def query(self, op: Any, *, success: Any) -> None:
        result = op(self.db)
        self.parts += 1
        if self.parts == 1:  # the officer restored a backup between two parts of the check
            self.db = self.then
        success(result)


class _Window:
    def __init__(self, ops: _Ops) -> None:
        self.ops = ops


def _tampered_backup(tmp_path: Path) -> tuple[Database, Database]:
    path = tmp_path / "a.sqlite"
    db = Database.open(path, daily_backup=False)
    generate_demo(db, households=4, seed=1)
    db.close()
    backup = tmp_path / "b.sqlite"
    shutil.copy(path, backup)
    con = sqlite3.connect(backup)
    con.execute("UPDATE audit_log SET reason = 'edited by hand' WHERE id = 3")  # content only: entry 3 'changed'
    con.commit()
    con.close()
    return Database.open(path, daily_backup=False), Database.open(backup, daily_backup=False)


def test_a_restore_between_parts_does_not_hide_a_tampered_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    current, restored = _tampered_backup(tmp_path)
    try:
        assert audit.verify_chain(current).ok
        assert not audit.verify_chain(restored).ok and audit.verify_chain(restored).first_bad_id == 3
        monkeypatch.setattr(audit, "PART_ENTRIES", 20)
        warned: list[str] = []
        monkeypatch.setattr(app_module, "warn_audit", lambda _w, text: warned.append(text))
        ops = _Ops(current, restored)
        app_module.check_audit_trail(_Window(ops), "en", [True])  # type: ignore[arg-type]
        assert ops.parts >= 2  # the restored file checked again from its first entry
        assert warned, "the restored database's edited entry 3 was never reported"
    finally:
        current.close()
        restored.close()


def test_a_restore_of_an_older_backup_between_parts_is_not_called_tampering(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.sqlite"
    db = Database.open(path, daily_backup=False)
    generate_demo(db, households=2, seed=1)
    db.close()
    shutil.copy(path, tmp_path / "old.sqlite")  # yesterday's backup, whole
    db = Database.open(path, daily_backup=False)
    generate_demo_institute(db, households=2, seed=2)  # today's work: more entries
    older = Database.open(tmp_path / "old.sqlite", daily_backup=False)
    try:
        assert audit.verify_chain(db).ok and audit.verify_chain(older).ok
        last_old = audit.verify_chain(older).checked
        monkeypatch.setattr(audit, "PART_ENTRIES", last_old + 5)  # the first part ends past the backup's end
        warned: list[str] = []
        monkeypatch.setattr(app_module, "warn_audit", lambda _w, text: warned.append(text))
        ops = _Ops(db, older)
        app_module.check_audit_trail(_Window(ops), "en", [True])  # type: ignore[arg-type]
        assert warned == [], f"a whole backup restored during the check is reported as tampered: {warned}"
    finally:
        db.close()
        older.close()
