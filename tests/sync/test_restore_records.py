"""Which records a restore carries: those under the lost laptop's institutes, what they point to (and the evidence
linked to it), the villages and attachments that laptop stamped, the fiscal-year profiles; not another institute's."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.services.attachments import attach_file
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.sync.restore import records_of
from tests.support.bundles import add_institute, open_db


def test_the_records_of_a_restore(tmp_path: Path) -> None:
    db = open_db(tmp_path / "province.sqlite")
    try:
        # GIVEN two institutes, each with its village and households; evidence linked to the first one's village
        mine = add_institute(db)
        other = add_institute(db, name="สถาบันการจัดการเงินทุนชุมชนบ้านดอน", households=1)
        with db.session() as session:
            village = session.scalars(select(m.Institute.village_id).where(m.Institute.id == mine)).one()
            households = set(session.scalars(select(m.Household.id).where(m.Household.institute_id == mine)))
            debts = set(session.scalars(select(m.Debt.id).join(m.Household).where(m.Household.institute_id == mine)))
        scan = tmp_path / "map.pdf"
        scan.write_bytes(b"%PDF village map")
        with UnitOfWork(db) as uow:
            link = attach_file(uow, scan, owner_table="village", owner_id=str(village), evidence_kind="map")
        # WHEN the records of a restore of the first institute are chosen (by a device that stamped none of them)
        with db.session() as session:
            chosen = records_of(session, [mine], "another-device")
            attachment = session.scalars(select(m.AttachmentLink.attachment_id)).one()
        # THEN the institute, its households and debts, its village, the village's evidence and its file are in
        assert chosen["institute"] == {mine}
        assert chosen["household"] == households and chosen["debt"] == debts
        assert chosen["village"] == {village}
        assert chosen["attachment_link"] == {link} and chosen["attachment"] == {attachment}
        # AND nothing of the other institute
        assert other not in chosen["institute"]
        # WHEN the device that stamped them all asks THEN its other village comes too (it stamped it)
        with db.session() as session:
            everything = records_of(session, [mine], db.device_id)
        assert len(everything["village"]) == 2 and everything["institute"] == {mine}
    finally:
        db.close()
