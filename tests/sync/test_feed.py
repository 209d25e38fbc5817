"""What a laptop sends: every record changed since a point (or all), tombstones, bases, the audit trail, the files."""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import AuditAction
from cdfi_desktop.services.attachments import stored_path
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.sync.codec import synced_tables_in_order
from cdfi_desktop.sync.errors import BundleRefused
from cdfi_desktop.sync.feed import ChangeSet, collect


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("feed-template")
    path = folder / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(4))
    generate_demo(db, households=10, seed=4)
    db.close()
    return path


@pytest.fixture
def db(template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "laptop.sqlite"
    shutil.copyfile(template, path)
    shutil.copytree(template.with_name("demo-attachments"), tmp_path / "laptop-attachments")
    database = Database.open(path, officer="นางสาวใจดี")
    try:
        yield database
    finally:
        database.close()


def _counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        out = {t.name: int(session.scalar(select(func.count()).select_from(t)) or 0) for t in synced_tables_in_order()}
    return {name: n for name, n in out.items() if n}


def test_GIVEN_a_laptop_WHEN_a_full_change_set_is_collected_THEN_it_holds_every_record_and_the_files(
    db: Database,
) -> None:
    seen: list[tuple[int, int]] = []
    changes = collect(db, full=True, progress=lambda done, total: seen.append((done, total)))
    assert {name: len(rows) for name, rows in changes.tables.items()} == _counts(db)
    assert changes.record_count() == sum(_counts(db).values())
    assert seen[0] == (0, changes.record_count()) and seen[-1] == (changes.record_count(), changes.record_count())
    every_stamp = [row["hlc"] for rows in changes.tables.values() for row in rows]
    assert changes.upto_hlc == max(every_stamp)
    assert all(row["_base"] is None for rows in changes.tables.values() for row in rows)
    assert list(changes.tables) == [t.name for t in synced_tables_in_order() if t.name in changes.tables]
    with db.session() as session:
        hashes = set(session.scalars(select(m.Attachment.sha256).where(m.Attachment.deleted_at.is_(None))))
    assert hashes and set(changes.attachments) == hashes
    for sha, data in changes.attachments.items():
        assert stored_path(db, sha).read_bytes() == data
    assert changes.counts()["attachment_files"] == len(hashes)
    assert changes.counts()["household"] == _counts(db)["household"]


def _edit_and_delete(db: Database) -> tuple[str, str]:
    with db.session(write=True) as session, session.begin():
        household = session.scalars(select(m.Household).order_by(m.Household.id)).first()
        member = session.scalars(select(m.HouseholdMember).order_by(m.HouseholdMember.id)).first()
        assert household is not None and member is not None
        household.phone = "0812345678"
        session.delete(member)
        return household.id, member.id


def test_GIVEN_changes_after_a_point_WHEN_collected_since_it_THEN_only_they_come_with_their_audit_entries(
    db: Database,
) -> None:
    before = collect(db, full=True)
    household_id, member_id = _edit_and_delete(db)
    with db.session(write=True) as session, session.begin():  # an entry that came in a bundle is not sent back
        session.add(
            m.AuditLog(
                at=datetime.now(UTC),
                device_id="someone-else",
                table_name="household",
                record_id=household_id,
                action=AuditAction.UPDATE,
                changes={"phone": ["", "1"]},
                origin="someone-else:7",
            )
        )
    changes = collect(db, since_hlc=before.upto_hlc, since_audit=before.upto_audit)
    assert {name: [r["id"] for r in rows] for name, rows in changes.tables.items()} == {
        "household": [household_id],
        "household_member": [member_id],
    }
    assert changes.tables["household"][0]["phone"] == "0812345678"
    tombstone = changes.tables["household_member"][0]
    assert tombstone["deleted_at"] is not None and tombstone["deleted_at"].endswith("Z")
    assert tombstone["device_id"] == db.device_id
    assert sorted((e["table_name"], e["record_id"], e["action"]) for e in changes.audit) == [
        ("household", household_id, "update"),
        ("household_member", member_id, "delete"),
    ]
    assert all(e["origin"] is None for e in changes.audit)
    assert changes.upto_audit == max(e["id"] for e in changes.audit) > before.upto_audit
    assert changes.upto_hlc > before.upto_hlc
    assert changes.attachments == {}
    # nothing since the new point
    after = collect(db, since_hlc=changes.upto_hlc, since_audit=changes.upto_audit)
    assert after.record_count() == 0 and after.audit == [] and after.upto_hlc == changes.upto_hlc


def test_a_record_changed_on_another_devices_version_carries_that_base(db: Database) -> None:
    with db.session() as session:
        household = session.scalars(select(m.Household).order_by(m.Household.id)).first()
        assert household is not None
        record_id = household.id
    with db.session(write=True) as session, session.begin():
        session.execute(table_of(m.SyncBase).delete())
        session.execute(
            table_of(m.SyncBase)
            .insert()
            .values(table_name="household", record_id=record_id, base_hlc="1764061200000-0003", base_device="other")
        )
    changes = collect(db, full=True)
    bases = {row["id"]: row["_base"] for row in changes.tables["household"]}
    assert bases[record_id] == ["1764061200000-0003", "other"]
    assert [b for i, b in bases.items() if i != record_id] == [None] * (len(bases) - 1)


def test_GIVEN_a_change_set_WHEN_it_goes_through_bundle_members_THEN_it_comes_back_the_same(db: Database) -> None:
    _edit_and_delete(db)
    changes = collect(db, full=True)
    members = changes.members()
    assert set(members) == {
        *(f"records/{name}.jsonl" for name in changes.tables),
        "audit.jsonl",
        *(f"attachments/{sha}" for sha in changes.attachments),
    }
    first_line = members["records/household.jsonl"].split(b"\n")[0].decode()
    record = json.loads(first_line)
    assert first_line == json.dumps(record, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    assert members["records/household.jsonl"].count(b"\n") == len(changes.tables["household"])
    back = ChangeSet.from_members(members, name="b.cdfibundle")
    assert back.tables == changes.tables
    assert list(back.tables) == list(changes.tables)
    assert back.audit == changes.audit
    assert back.attachments == changes.attachments
    assert back.upto_hlc == changes.upto_hlc and back.upto_audit == changes.upto_audit
    assert back.counts() == changes.counts()


@pytest.mark.parametrize(
    ("member", "data", "code"),
    [
        ("records/household.jsonl", b'{"id": "x"}\n{not json\n', "payload_malformed"),
        ("records/household.jsonl", b"[1, 2]\n", "payload_malformed"),
        ("records/household.jsonl", b"\xff\xfe\n", "payload_malformed"),
        ("records/audit_log.jsonl", b'{"id": 1}\n', "payload_malformed"),
        ("records/sync_device.jsonl", b'{"id": 1}\n', "payload_malformed"),
        ("notes.txt", b"hello", "payload_malformed"),
        ("attachments/abc", b"hello", "payload_malformed"),
        ("attachments/" + "0" * 64, b"hello", "attachment_hash_mismatch"),
    ],
)
def test_a_malformed_payload_is_refused(member: str, data: bytes, code: str) -> None:
    with pytest.raises(BundleRefused) as caught:
        ChangeSet.from_members({member: data}, name="b.cdfibundle")
    assert caught.value.code == code
    assert "b.cdfibundle" in caught.value.text("en")


def test_an_attachment_missing_from_the_store_is_left_out_and_logged(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    with db.session() as session:
        sha = session.scalars(select(m.Attachment.sha256).order_by(m.Attachment.sha256)).first()
    assert sha is not None
    stored_path(db, sha).unlink()
    with caplog.at_level(logging.WARNING, logger="cdfi_desktop.sync.feed"):
        changes = collect(db, full=True)
    assert sha not in changes.attachments
    assert sha in {row["sha256"] for row in changes.tables["attachment"]}
    assert sha in caplog.text
