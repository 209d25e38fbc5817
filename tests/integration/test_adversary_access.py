"""Adversarial: writes the data layer's role check (``db.access``) never sees.

``sync.merge`` applies a bundle's changed records with Core ``table.update()`` and its new ones with
``bookkeeping.insert_rows`` (not ``Recorder.bulk_insert``), so neither ``check_writes`` nor ``check_bulk`` runs:
a committee account (which the data layer must refuse every synced write) changes records by importing a bundle
through the real service. The command line and the window stop a committee earlier (WRITERS, the view-only
window); the data layer, which the brief makes the last line, does not.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from cdfi_desktop.db.access import Actor, WriteRefused
from cdfi_desktop.domain.roles import Role
from cdfi_desktop.sync import service
from tests.integration.test_access import _edit_household
from tests.sync.test_review import build_hub, stored

COMMITTEE = Actor("board", "กรรมการ", Role.COMMITTEE)


def test_a_committee_account_cannot_change_records_by_importing_a_bundle(tmp_path: Path) -> None:
    hub = build_hub(tmp_path / "province.sqlite", tmp_path / "laptop.sqlite", tmp_path / "usb")
    try:
        before = stored(hub.province, "household", hub.other_household_id)
        assert before is not None
        _edit_household(hub.laptop, hub.other_household_id, "5/55")
        result = service.export_bundle(hub.laptop, hub.out)
        assert result is not None
        hub.province.sign_in(COMMITTEE)
        # control: the committee's own edit is refused by the data layer
        with pytest.raises(WriteRefused):
            _edit_household(hub.province, hub.other_household_id, "0/0")
        with contextlib.suppress(WriteRefused):
            service.import_files(hub.province, [result.path])
        after = stored(hub.province, "household", hub.other_household_id)
        assert after is not None
        assert after["house_no"] == before["house_no"]
    finally:
        hub.laptop.close()
        hub.province.close()


PROVINCE = Actor("khonkaen", "สำนักงานจังหวัดขอนแก่น", Role.PROVINCE)


def test_a_review_decision_is_audited_under_the_signed_in_account(tmp_path: Path) -> None:
    from sqlalchemy import select

    from cdfi_desktop.db import models as m
    from cdfi_desktop.sync import review_resolve

    hub = build_hub(tmp_path / "province.sqlite", tmp_path / "laptop.sqlite", tmp_path / "usb")
    try:
        hub.province.sign_in(PROVINCE)
        case = hub.conflict_id()
        review_resolve.resolve(hub.province, case, action="keep_other", by="anyone at all")
        with hub.province.session() as session:
            entries = session.execute(
                select(m.AuditLog.officer, m.AuditLog.account).where(
                    m.AuditLog.table_name == "sync_conflict", m.AuditLog.record_id == str(case)
                )
            ).all()
    finally:
        hub.laptop.close()
        hub.province.close()
    assert entries
    assert all(account == PROVINCE.username for _officer, account in entries), entries


def test_an_officer_of_a_cannot_change_the_file_behind_bs_evidence(tmp_path: Path) -> None:
    from sqlalchemy import select

    from cdfi_desktop.db import models as m
    from cdfi_desktop.services.attachments import attach_file
    from cdfi_desktop.services.uow import UnitOfWork
    from tests.integration.test_access import _build

    two = _build(tmp_path / "two.sqlite")
    try:
        scan = tmp_path / "b-minutes.txt"
        scan.write_bytes(b"institute B's committee minutes")
        with UnitOfWork(two.db) as uow:
            attach_file(uow, scan, owner_table="household", owner_id=two.household_b)
        two.db.sign_in(two.officer_of_a())
        with pytest.raises(WriteRefused), UnitOfWork(two.db) as uow:
            found = uow.session.scalars(select(m.Attachment)).one()
            found.filename = "forged.txt"
            found.sha256 = "0" * 64
            uow.commit()
    finally:
        two.db.close()
