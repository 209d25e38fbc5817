"""Attached scans are stored once by content hash beside the database and linked to their records."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from cdfi_desktop.db.database import Database
from cdfi_desktop.services.attachments import attach_file, attached_files, detach, stored_path
from cdfi_desktop.services.errors import ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork


def test_given_the_same_scan_attached_twice_then_stored_once_and_linked_twice(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "cdfi.sqlite")
    scan = tmp_path / "minutes.pdf"
    scan.write_bytes(b"%PDF-1.4 minutes of the committee meeting")
    sha = hashlib.sha256(scan.read_bytes()).hexdigest()
    with UnitOfWork(db) as uow:
        first = attach_file(uow, scan, owner_table="institute_plan", owner_id="p1", evidence_kind="minutes")
    with UnitOfWork(db) as uow:
        attach_file(uow, scan, owner_table="institute_plan", owner_id="p2", caption="สำเนา")
    assert stored_path(db, sha).read_bytes() == scan.read_bytes()
    assert stored_path(db, sha).parent.parent == tmp_path / "cdfi-attachments"
    with db.session() as session:
        files = attached_files(session, owner_table="institute_plan", owner_id="p1")
        assert [(f.filename, f.media_type, f.sha256, f.evidence_kind) for f in files] == [
            ("minutes.pdf", "application/pdf", sha, "minutes")
        ]
        assert files[0].link_id == first
    # WHEN detached THEN the link is gone, the stored file stays for the other record
    with UnitOfWork(db) as uow:
        detach(uow, first)
    with db.session() as session:
        assert attached_files(session, owner_table="institute_plan", owner_id="p1") == []
        assert len(attached_files(session, owner_table="institute_plan", owner_id="p2")) == 1
    assert stored_path(db, sha).exists()
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed):
        attach_file(uow, tmp_path / "missing.jpg", owner_table="institute_plan", owner_id="p1")
    db.close()
