"""Review at the province: a conflict and a held duplicate compared field by field, and every way to decide them."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import FinanceCategory, FinanceKind, Relation
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.sync import merge, review, review_decisions, review_resolve, service
from cdfi_desktop.sync.feed import ChangeSet, collect
from tests.support.bundles import add_institute, enrol, make_province, open_db

B = "bbbbbbbb-0000-4000-8000-000000000002"  # a second laptop of the same institute, enrolled without a key file
B_OFFICER = "นายบุญมี ตรวจดี"
LATER = "1900000000000-0000"  # after every stamp the laptop makes during a test
LATEST = "1900000000001-0000"
CITIZEN = "3101700012345"


@dataclass
class Hub:
    """A province holding laptop A's institute, with a conflict on a household and a held duplicate member."""

    province: Database
    laptop: Database
    institute_id: str
    household_id: str  # A's first household: B changed it at the same time (a conflict, B's version stored)
    other_household_id: str
    member_b: str  # B's member, stored
    member_a: str  # A's member with the same citizen ID: held as its duplicate
    out: Path
    finance_id: str = ""  # A's income line of its member: held under it (with ``finance=True``)

    def conflict_id(self, kind: tuple[str, ...] = (merge.KIND_SOFT, merge.KIND_HARD)) -> int:
        with self.province.session() as session:
            found = session.scalars(
                select(m.SyncConflict.id).where(m.SyncConflict.kind.in_(kind)).order_by(m.SyncConflict.id)
            ).first()
            assert found is not None
            return found

    def duplicate_id(self) -> int:
        return self.conflict_id((merge.KIND_DUPLICATE,))

    def apply_from_b(self, tables: dict[str, list[dict[str, Any]]]) -> None:
        with self.province.session(write=True) as session, session.begin():
            device = session.get(m.SyncDevice, B)
            assert device is not None
            merge.apply(
                session,
                ChangeSet(tables=tables),
                device=device,
                bundle_id="from-b",
                name="from-b.cdfibundle",
                store_attachment=lambda sha, data: None,
                now=datetime.now(UTC),
            )


def stored(db: Database, table: str, record_id: str) -> dict[str, Any] | None:
    found = collect(db, full=True).tables.get(table, [])
    return next((r for r in found if r["id"] == record_id), None)


def _export_import(laptop: Database, province: Database, out: Path) -> None:
    result = service.export_bundle(laptop, out)
    assert result is not None
    outcomes = service.import_files(province, [result.path])
    assert [o.status for o in outcomes] == ["applied"], outcomes[0].error
    receipt = outcomes[0].receipt_path
    assert receipt is not None
    assert [o.status for o in service.import_files(laptop, [receipt])] == ["confirmed"]


def build_hub(province_url: str | Path, laptop_path: Path, out: Path, *, finance: bool = False) -> Hub:
    province = make_province(province_url)
    laptop = open_db(laptop_path)
    institute_id = add_institute(laptop, households=2)
    enrol(province, laptop)
    with laptop.session() as session:
        first, second = sorted(session.scalars(select(m.Household.id)))
    _export_import(laptop, province, out)
    with province.session(write=True) as session, session.begin():
        session.add(
            m.SyncDevice(
                device_id=B,
                role="laptop",
                name=B_OFFICER,
                key_id="0000000000000000",
                public_key="",
                institute_ids=[institute_id],
                enrolled_at=datetime.now(UTC),
            )
        )
    # A's member (with its citizen ID) is made now, and its encoded row is the model of B's member
    with UnitOfWork(laptop) as uow:
        member = m.HouseholdMember(
            household_id=first,
            citizen_id=CITIZEN,
            title="นาง",
            first_name="สมศรี",
            last_name="ใจดี",
            relation=Relation.HEAD,
            is_head=True,
            birth_date=date(1970, 1, 2),
        )
        uow.session.add(member)
        uow.session.flush()
        line = None
        if finance:
            line = m.HouseholdFinance(
                household_id=first,
                kind=FinanceKind.INCOME,
                category=FinanceCategory.WAGES,
                amount_monthly=Decimal("3000.00"),
                member_id=member.id,
            )
            uow.session.add(line)
        uow.commit()
        member_a = member.id
        finance_id = line.id if line is not None else ""
    template = stored(laptop, "household_member", member_a)
    assert template is not None
    household = stored(laptop, "household", first)
    assert household is not None
    member_b = {
        **copy.deepcopy(template),
        "id": "bbbbbbbb-1111-4000-8000-000000000001",
        "household_id": second,
        "first_name": "สมศรี",
        "last_name": "ใจงาม",
        "phone": "0812345678",
        "device_id": B,
        "hlc": LATER,
        "_base": None,
    }
    b_household = {**copy.deepcopy(household), "house_no": "7/7", "device_id": B, "hlc": LATER, "version": 2}
    b_household["_base"] = [household["hlc"], household["device_id"]]  # on top of A's: concurrent with A's next
    hub = Hub(province, laptop, institute_id, first, second, member_b["id"], member_a, out, finance_id)
    hub.apply_from_b({"household": [b_household], "household_member": [member_b]})
    # A changes the household too, and sends its member: a conflict (B's later version stored) and a duplicate
    with UnitOfWork(laptop) as uow:
        row = uow.session.get(m.Household, first)
        assert row is not None
        row.house_no = "1/99"
        uow.commit()
    _export_import(laptop, province, out)
    return hub


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Hub]:
    made = build_hub(tmp_path / "province.sqlite", tmp_path / "laptop.sqlite", tmp_path / "usb")
    try:
        yield made
    finally:
        made.laptop.close()
        made.province.close()


def _audit(db: Database, table: str, record_id: str) -> list[m.AuditLog]:
    with db.session() as session:
        return list(
            session.scalars(
                select(m.AuditLog)
                .where(m.AuditLog.table_name == table, m.AuditLog.record_id == record_id, m.AuditLog.origin.is_(None))
                .order_by(m.AuditLog.id)
            )
        )


def test_compare_shows_a_conflict_side_by_side_with_who_made_each(hub: Hub) -> None:
    with hub.province.session() as session:
        case = review.compare(session, hub.conflict_id())
        listed = review.open_cases(session)
    assert case.table == "household" and case.record_id == hub.household_id and not case.resolved
    rows = {row.field: row for row in case.rows}
    assert rows["house_no"].stored == "7/7" and rows["house_no"].other == "1/99" and rows["house_no"].differs
    assert (rows["house_no"].label_th, rows["house_no"].label_en) == ("บ้านเลขที่", "House no.")
    assert not rows["institute_id"].differs and "hlc" not in rows and "id" not in rows
    assert case.stored_device == B and case.other_device == hub.laptop.device_id
    assert case.stored_officer == B_OFFICER and case.other_officer == hub.laptop.recorder.officer
    assert case.institute_id == hub.institute_id
    assert {c.id for c in listed} == {hub.conflict_id(), hub.duplicate_id()}
    assert all(c.institute_id == hub.institute_id for c in listed)


def test_compare_shows_a_duplicate_beside_the_record_it_repeats(hub: Hub) -> None:
    with hub.province.session() as session:
        case = review.compare(session, hub.duplicate_id())
    rows = {row.field: row for row in case.rows}
    assert case.kind == "duplicate" and case.record_id == hub.member_a and case.other_id == hub.member_b
    assert rows["citizen_id"].stored == rows["citizen_id"].other == CITIZEN and not rows["citizen_id"].differs
    assert rows["last_name"].stored == "ใจงาม" and rows["last_name"].other == "ใจดี" and rows["last_name"].differs
    assert case.stored_device == B and case.other_device == hub.laptop.device_id
    assert case.institute_id == hub.institute_id and case.key_fields == ["citizen_id"]
    assert rows["household_id"].stored_text in ("1/3", "2/3") and rows["household_id"].other_text == "7/7"
    assert rows["address"].label_th != rows["address"].label_en if "address" in rows else True
    assert all(row.label_th and row.label_en for row in case.rows)


def _decision(db: Database, conflict_id: int) -> tuple[m.SyncConflict, dict[str, Any]]:
    with db.session() as session:
        conflict = session.get(m.SyncConflict, conflict_id)
        assert conflict is not None
        decision = review_decisions.decision_of(conflict)
        assert decision is not None
        return conflict, decision


def test_keep_stored_writes_a_new_province_version_and_is_audited_and_final(hub: Hub) -> None:
    conflict_id = hub.conflict_id()
    before = stored(hub.province, "household", hub.household_id)
    assert before is not None
    review_resolve.resolve(hub.province, conflict_id, action="keep_stored", by="นางตรวจ สอบดี", note="ตามที่โทรถาม")
    after = stored(hub.province, "household", hub.household_id)
    assert after is not None and after["house_no"] == "7/7"
    assert after["device_id"] == hub.province.device_id and after["hlc"] > before["hlc"]
    assert after["version"] == before["version"] + 1
    conflict, decision = _decision(hub.province, conflict_id)
    assert conflict.resolved_at is not None and conflict.resolved_by == "นางตรวจ สอบดี"
    assert decision["action"] == "keep_stored" and decision["note"] == "ตามที่โทรถาม"
    assert decision["wrote"] == [
        {"table": "household", "id": hub.household_id, "hlc": after["hlc"], "device": hub.province.device_id}
    ]
    assert [before["hlc"], B] in decision["covers"]
    assert decision["institute_id"] == hub.institute_id
    assert [e.changes for e in _audit(hub.province, "household", hub.household_id)] == [
        {"review": [None, "keep_stored"]}
    ]
    assert _audit(hub.province, "sync_conflict", str(conflict_id))[0].officer == "นางตรวจ สอบดี"
    with hub.province.session() as session:
        assert conflict_id not in {c.id for c in review.open_cases(session)}
        assert "ตามที่โทรถาม" in review.compare(session, conflict_id).resolution
    with pytest.raises(review_resolve.ResolveRefused) as again:
        review_resolve.resolve(hub.province, conflict_id, action="keep_other", by="x")
    assert again.value.code == "already_resolved" and again.value.th and again.value.en


def test_keep_other_and_merge_write_the_chosen_values(hub: Hub) -> None:
    conflict_id = hub.conflict_id()
    review_resolve.resolve(hub.province, conflict_id, action="keep_other", by="นางตรวจ")
    after = stored(hub.province, "household", hub.household_id)
    assert after is not None and after["house_no"] == "1/99" and after["device_id"] == hub.province.device_id
    entries = _audit(hub.province, "household", hub.household_id)
    assert entries[-1].changes["house_no"] == ["7/7", "1/99"]


def test_merge_takes_each_field_from_the_side_chosen(tmp_path: Path) -> None:
    made = build_hub(tmp_path / "p.sqlite", tmp_path / "l.sqlite", tmp_path / "usb")
    try:
        conflict_id = made.conflict_id()
        with pytest.raises(review_resolve.ResolveRefused) as unknown:
            review_resolve.resolve(made.province, conflict_id, action="merge", by="x", fields={"no_such": "other"})
        assert unknown.value.code == "field_unknown"
        with pytest.raises(review_resolve.ResolveRefused) as choice:
            review_resolve.resolve(made.province, conflict_id, action="merge", by="x", fields={"house_no": "mine"})
        assert choice.value.code == "field_choice"
        review_resolve.resolve(made.province, conflict_id, action="merge", by="x", fields={"house_no": "other"})
        after = stored(made.province, "household", made.household_id)
        assert after is not None and after["house_no"] == "1/99"
        _, decision = _decision(made.province, conflict_id)
        assert decision["fields"] == {"house_no": "other"}
    finally:
        made.laptop.close()
        made.province.close()


def test_refusals_say_why_in_thai_and_english(hub: Hub) -> None:
    for conflict_id, action, code in (
        (hub.conflict_id(), "different", "different_not_duplicate"),
        (hub.conflict_id(), "throw_away", "action_unknown"),
        (999_999, "keep_stored", "conflict_unknown"),
        (hub.duplicate_id(), "different", "key_still_shared"),
    ):
        with pytest.raises(review_resolve.ResolveRefused) as refused:
            review_resolve.resolve(hub.province, conflict_id, action=action, by="x")
        assert refused.value.code == code and refused.value.th and refused.value.en
        if code == "key_still_shared":
            assert "citizen ID" in refused.value.en.lower() or "Citizen ID" in refused.value.en
            assert "เลขประจำตัวประชาชน" in refused.value.th
    # nothing was written by a refusal
    with hub.province.session() as session:
        assert len(review.open_cases(session)) == 2
        assert session.get(m.HouseholdMember, hub.member_a) is None


def test_a_duplicate_kept_as_stored_drops_the_copy(hub: Hub) -> None:
    duplicate_id = hub.duplicate_id()
    review_resolve.resolve(hub.province, duplicate_id, action="keep_stored", by="นางตรวจ")
    _, decision = _decision(hub.province, duplicate_id)
    kept = stored(hub.province, "household_member", hub.member_b)
    assert kept is not None and kept["last_name"] == "ใจงาม" and kept["device_id"] == hub.province.device_id
    assert [d["id"] for d in decision["discarded"]] == [hub.member_a]
    assert decision["wrote"][0]["id"] == hub.member_b
    assert stored(hub.province, "household_member", hub.member_a) is None


def test_a_duplicate_kept_as_the_other_takes_its_values(hub: Hub) -> None:
    review_resolve.resolve(hub.province, hub.duplicate_id(), action="keep_other", by="นางตรวจ")
    kept = stored(hub.province, "household_member", hub.member_b)
    assert kept is not None and kept["last_name"] == "ใจดี" and kept["household_id"] == hub.household_id


def test_different_people_are_both_kept_once_the_key_allows(hub: Hub) -> None:
    duplicate_id = hub.duplicate_id()
    # B corrects its member's citizen ID: the two no longer share a key
    b_row = stored(hub.province, "household_member", hub.member_b)
    assert b_row is not None
    hub.apply_from_b(
        {
            "household_member": [
                {**b_row, "citizen_id": "3101700099999", "hlc": LATEST, "version": 2, "_base": [LATER, B]}
            ]
        }
    )
    review_resolve.resolve(hub.province, duplicate_id, action="different", by="นางตรวจ")
    held = stored(hub.province, "household_member", hub.member_a)
    assert held is not None and held["device_id"] == hub.laptop.device_id and held["citizen_id"] == CITIZEN
    _, decision = _decision(hub.province, duplicate_id)
    assert decision["wrote"] == [
        {"table": "household_member", "id": hub.member_a, "hlc": held["hlc"], "device": hub.laptop.device_id}
    ]
    assert decision["discarded"] == []
    with hub.province.session() as session:
        assert review.open_cases(session)[0].kind != "duplicate"


def test_the_existing_resolve_conflict_still_marks_a_case(hub: Hub) -> None:
    with hub.province.session(write=True) as session, session.begin():
        merge.resolve_conflict(session, hub.conflict_id(), resolution="โทรคุยแล้ว", by="x", now=datetime.now(UTC))
    with hub.province.session() as session:
        case = review.compare(session, hub.conflict_id())
    assert case.resolved and case.resolution.startswith("โทรคุยแล้ว") and case.decision is None
    assert json.loads(json.dumps(case.key_fields)) == case.key_fields


@pytest.fixture
def held_under(tmp_path: Path) -> Iterator[Hub]:
    made = build_hub(tmp_path / "province.sqlite", tmp_path / "laptop.sqlite", tmp_path / "usb", finance=True)
    try:
        yield made
    finally:
        made.laptop.close()
        made.province.close()


def test_records_held_under_a_dropped_copy_move_onto_the_kept_record(held_under: Hub) -> None:
    hub = held_under
    with hub.province.session() as session:
        case = review.compare(session, hub.duplicate_id())
        assert case.held_under == 1
        assert [c.kind for c in review.open_cases(session)].count("held") == 0
        held = session.scalars(select(m.SyncConflict).where(m.SyncConflict.kind == merge.KIND_HELD)).one()
    with pytest.raises(review_resolve.ResolveRefused) as refused:
        review_resolve.resolve(hub.province, held.id, action="keep_stored", by="x")
    assert refused.value.code == "held_under_other"
    review_resolve.resolve(hub.province, hub.duplicate_id(), action="keep_stored", by="นางตรวจ")
    _, decision = _decision(hub.province, hub.duplicate_id())
    assert [d["id"] for d in decision["discarded"]] == [hub.member_a]  # only the copy itself
    line = stored(hub.province, "household_finance", hub.finance_id)
    assert line is not None and line["deleted_at"] is None and line["amount_monthly"] == "3000.00"
    assert line["member_id"] == hub.member_b and line["device_id"] == hub.province.device_id
    assert {"table": "household_finance", "id": hub.finance_id, "hlc": line["hlc"], "device": line["device_id"]} in (
        decision["wrote"]
    )
    assert [line_hlc for line_hlc, device in decision["covers"] if device == hub.laptop.device_id]
    with hub.province.session() as session:
        entry = session.get(m.SyncConflict, held.id)
        assert entry is not None and entry.resolved_at is not None and entry.resolved_by == "นางตรวจ"
        assert review.open_cases(session)[0].kind != "held"


def test_records_held_under_different_people_are_applied_with_them(held_under: Hub) -> None:
    hub = held_under
    b_row = stored(hub.province, "household_member", hub.member_b)
    assert b_row is not None
    hub.apply_from_b(
        {"household_member": [{**b_row, "citizen_id": "3101700099999", "hlc": LATEST, "version": 2, "_base": None}]}
    )
    review_resolve.resolve(hub.province, hub.duplicate_id(), action="different", by="นางตรวจ")
    line = stored(hub.province, "household_finance", hub.finance_id)
    assert line is not None and line["member_id"] == hub.member_a and line["device_id"] == hub.laptop.device_id
    _, decision = _decision(hub.province, hub.duplicate_id())
    assert {w["id"] for w in decision["wrote"]} == {hub.member_a, hub.finance_id}
    with hub.province.session() as session:
        assert session.scalars(select(m.SyncConflict).where(m.SyncConflict.resolved_at.is_(None))).all() == [
            session.get(m.SyncConflict, hub.conflict_id())
        ]


def test_values_that_would_repeat_another_records_key_are_refused(hub: Hub) -> None:
    c_device = "cccccccc-0000-4000-8000-000000000003"
    with hub.province.session(write=True) as session, session.begin():
        session.add(
            m.SyncDevice(
                device_id=c_device,
                role="laptop",
                name="นางซี",
                key_id="0000000000000001",
                public_key="",
                institute_ids=[hub.institute_id],
                enrolled_at=datetime.now(UTC),
            )
        )
    b_row = stored(hub.province, "household_member", hub.member_b)
    assert b_row is not None
    third = {**b_row, "id": "bbbbbbbb-1111-4000-8000-000000000009", "citizen_id": "3101700055555", "hlc": LATEST}
    hub.apply_from_b({"household_member": [third]})
    # C changed B's member at the same time, to the citizen ID the third member has; B's version stays stored
    c_version = {**b_row, "citizen_id": "3101700055555", "device_id": c_device, "hlc": "1800000000000-0000"}
    c_version.update(version=2, _base=None)
    with hub.province.session(write=True) as session, session.begin():
        device = session.get(m.SyncDevice, c_device)
        assert device is not None
        merge.apply(
            session,
            ChangeSet(tables={"household_member": [c_version]}),
            device=device,
            bundle_id="from-c",
            name="from-c.cdfibundle",
            store_attachment=lambda sha, data: None,
            now=datetime.now(UTC),
        )
        conflict_id = session.scalars(
            select(m.SyncConflict.id).where(
                m.SyncConflict.record_id == hub.member_b, m.SyncConflict.kind.in_(("soft", "hard"))
            )
        ).one()
    with pytest.raises(review_resolve.ResolveRefused) as refused:
        review_resolve.resolve(hub.province, conflict_id, action="keep_other", by="นางตรวจ")
    assert refused.value.code == "key_taken" and "เลขประจำตัวประชาชน" in refused.value.th
    assert "citizen ID" in refused.value.en
    after = stored(hub.province, "household_member", hub.member_b)
    assert after == b_row  # nothing written
    review_resolve.resolve(hub.province, conflict_id, action="merge", by="นางตรวจ", fields={"citizen_id": "stored"})


def test_review_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    made = build_hub(pg_url, tmp_path / "laptop.sqlite", tmp_path / "usb", finance=True)
    try:
        with made.province.session() as session:
            case = review.compare(session, made.duplicate_id())
            assert case.held_under == 1 and case.institute_id == made.institute_id
        with pytest.raises(review_resolve.ResolveRefused) as refused:
            review_resolve.resolve(made.province, made.duplicate_id(), action="different", by="x")
        assert refused.value.code == "key_still_shared"
        review_resolve.resolve(made.province, made.conflict_id(), action="merge", by="x", fields={"house_no": "other"})
        review_resolve.resolve(made.province, made.duplicate_id(), action="keep_other", by="x")
        house = stored(made.province, "household", made.household_id)
        kept = stored(made.province, "household_member", made.member_b)
        assert house is not None and house["house_no"] == "1/99" and house["device_id"] == made.province.device_id
        assert kept is not None and kept["last_name"] == "ใจดี"
        with made.province.session() as session:
            assert review.open_cases(session) == []
            assert len(review_decisions.decisions(session)) == 2
    finally:
        made.laptop.close()
        made.province.close()


def test_a_moved_record_that_repeats_a_key_becomes_a_duplicate_case_of_its_own(hub: Hub) -> None:
    # A's participation record names its (duplicate) member as representative: held under it
    with UnitOfWork(hub.laptop) as uow:
        record = m.ParticipationRecord(
            institute_id=hub.institute_id,
            household_id=hub.household_id,
            fiscal_year=2569,
            representative_member_id=hub.member_a,
        )
        uow.session.add(record)
        uow.commit()
        record_a = record.id
    _export_import(hub.laptop, hub.province, hub.out)
    template = stored(hub.laptop, "participation_record", record_a)
    assert template is not None
    # B recorded the same household's participation that year, with its member
    record_b = "bbbbbbbb-2222-4000-8000-000000000002"
    row_b = {**template, "id": record_b, "representative_member_id": hub.member_b, "device_id": B}
    hub.apply_from_b({"participation_record": [{**row_b, "hlc": LATEST, "_base": None}]})
    review_resolve.resolve(hub.province, hub.duplicate_id(), action="keep_stored", by="นางตรวจ")
    # A's record is not dropped: it is a duplicate case of B's, moved onto the kept member
    with hub.province.session() as session:
        case = session.scalars(
            select(m.SyncConflict).where(
                m.SyncConflict.table_name == "participation_record", m.SyncConflict.record_id == record_a
            )
        ).one()
        assert case.kind == merge.KIND_DUPLICATE and case.resolved_at is None
        assert case.other_id == record_b and case.fields == ["household_id", "fiscal_year"]
        assert case.loser["representative_member_id"] == hub.member_b
        assert record_a in [c.record_id for c in review.open_cases(session)]
    _, decision = _decision(hub.province, hub.duplicate_id())
    assert [d["id"] for d in decision["discarded"]] == [hub.member_a]
    assert record_a not in [w["id"] for w in decision["wrote"]]


def test_a_duplicate_with_records_held_under_it_is_not_closed_with_a_note(held_under: Hub) -> None:
    from cdfi_desktop.sync.errors import BundleRefused

    hub = held_under
    with pytest.raises(BundleRefused) as refused, hub.province.session(write=True) as session, session.begin():
        merge.resolve_conflict(session, hub.duplicate_id(), resolution="โทรแล้ว", by="x", now=datetime.now(UTC))
    assert refused.value.code == "review_needed" and "review screen" in refused.value.text("en")
    with hub.province.session() as session:
        assert "duplicate" in [c.kind for c in review.open_cases(session)]
    # the review screen's way
    review_resolve.resolve(hub.province, hub.duplicate_id(), action="keep_stored", by="นางตรวจ")


def test_two_reviewers_on_postgresql_cannot_both_resolve_a_case(tmp_path: Path, pg_url: str) -> None:
    import threading

    made = build_hub(pg_url, tmp_path / "laptop.sqlite", tmp_path / "usb")
    try:
        case_id = made.conflict_id()
        outcome: list[str] = []
        # the first reviewer holds the case (its decision being written)
        first = made.province.session(write=True)
        first.begin()
        first.execute(select(m.SyncConflict).where(m.SyncConflict.id == case_id).with_for_update()).one()

        def second() -> None:
            try:
                review_resolve.resolve(made.province, case_id, action="keep_other", by="คนที่สอง")
                outcome.append("resolved")
            except review_resolve.ResolveRefused as exc:
                outcome.append(exc.code)

        thread = threading.Thread(target=second)
        thread.start()
        thread.join(1.0)
        assert thread.is_alive() and outcome == []  # the second waits for the first
        row = first.get(m.SyncConflict, case_id)
        assert row is not None
        row.resolved_at, row.resolved_by, row.resolution = datetime.now(UTC), "คนแรก", "ตัดสินแล้ว"
        first.commit()
        first.close()
        thread.join(30)
        assert outcome == ["already_resolved"]
    finally:
        made.laptop.close()
        made.province.close()


def test_the_institutes_of_cases_are_found_together(hub: Hub) -> None:
    with hub.province.session() as session:
        cases = session.scalars(select(m.SyncConflict)).all()
        found = review.institutes_of(session, cases)
        assert found == {case.id: hub.institute_id for case in cases}
        assert {c.institute_id for c in review.open_cases(session)} == {hub.institute_id}
