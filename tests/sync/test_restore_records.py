"""Which records a restore carries: those under the lost laptop's institutes, what they point to (and the evidence
linked to it), the villages and attachments that laptop stamped, the fiscal-year profiles; not another institute's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
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


def test_the_records_of_a_restore_are_selected_from_the_institutes_down_not_whole_tables(tmp_path: Path) -> None:
    from sqlalchemy import event

    db = open_db(tmp_path / "province.sqlite")
    try:
        # GIVEN a province database with three institutes
        mine = add_institute(db)
        for n in range(2):
            add_institute(db, name=f"สถาบันการจัดการเงินทุนชุมชนบ้าน{n}", households=2)
        statements: list[str] = []

        def seen(conn: object, cursor: object, statement: str, *args: object) -> None:
            statements.append(statement)

        # WHEN the records of one institute's restore are chosen
        with db.session() as session:
            engine = session.get_bind()
            event.listen(engine, "before_cursor_execute", seen)
            try:
                chosen = records_of(session, [mine], "another-device")
            finally:
                event.remove(engine, "before_cursor_execute", seen)
        # THEN no table is read whole (every query has a condition), except the fiscal-year profiles (all go)
        reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
        whole = [s for s in reads if "WHERE" not in s.upper().split() and "fiscal_year_profile" not in s]
        assert whole == []
        assert chosen["institute"] == {mine} and len(chosen["household"]) == 2
    finally:
        db.close()


def test_a_restores_records_and_audit_are_read_by_their_ids_not_whole_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import event

    from cdfi_desktop.sync import feed

    db = open_db(tmp_path / "province.sqlite")
    try:
        # GIVEN three institutes, one of them restored
        mine = add_institute(db)
        for n in range(2):
            add_institute(db, name=f"สถาบันการจัดการเงินทุนชุมชนบ้าน{n}", households=2)
        with db.session() as session:
            chosen = records_of(session, [mine], "another-device")
        read: list[str] = []
        raw_rows = feed._raw_rows

        def reading(session: Any, query: Any) -> Any:
            read.append(str(query))
            return raw_rows(session, query)

        def seen(conn: object, cursor: object, statement: str, *args: object) -> None:
            read.append(statement)

        monkeypatch.setattr(feed, "_raw_rows", reading)
        event.listen(db.engine, "before_cursor_execute", seen)
        try:
            # WHEN its records and audit entries are collected
            changes = feed.collect(db, full=True, only=chosen, audit=feed.AUDIT_ALL, audit_of=("x", chosen))
        finally:
            event.remove(db.engine, "before_cursor_execute", seen)
        # THEN every read of records or audit entries names the ids (or the device) it wants
        reads = [s for s in read if s.lstrip().upper().startswith("SELECT") and "count(" not in s.lower()]
        assert reads and all("WHERE" in s.upper().split() for s in reads), reads
        assert {row["id"] for row in changes.tables["institute"]} == {mine}
        assert len(changes.tables["household"]) == len(chosen["household"])
        assert changes.audit and {entry["record_id"] for entry in changes.audit} <= {
            record_id for ids in chosen.values() for record_id in ids
        }
    finally:
        db.close()
