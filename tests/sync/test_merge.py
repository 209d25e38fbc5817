"""The merge rule, one case at a time: a change set from a laptop applied to a province database."""

from __future__ import annotations

import copy
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.database import Database
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.sync import merge
from cdfi_desktop.sync.codec import synced_tables_in_order
from cdfi_desktop.sync.digest import device_digest, province_digest
from cdfi_desktop.sync.errors import BundleRefused
from cdfi_desktop.sync.feed import ChangeSet, collect
from cdfi_desktop.sync.report import ImportReport

A = demo_device_id(6)  # the laptop that made the demo
B = "bbbbbbbb-0000-4000-8000-000000000002"  # a second laptop with a copy of it
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
LATER = "1800000000000-0000"  # clock stamps after every demo record
LATEST = "1800000000001-0000"


@dataclass
class Demo:
    path: Path
    changes: ChangeSet
    institute_id: str
    digest: str


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    path = tmp_path_factory.mktemp("merge-demo") / "laptop.sqlite"
    db = Database.open(path, device_id=A)
    summary = generate_demo(db, households=8, seed=6)
    changes = collect(db, full=True)
    with db.session() as session:
        digest = device_digest(session, A, upto_hlc=changes.upto_hlc)
    db.close()
    return Demo(path, changes, summary.institute_id, digest)


@dataclass
class Province:
    db: Database
    files: dict[str, bytes] = field(default_factory=dict)

    def apply(self, changes: ChangeSet, device: str = A, *, bundle: str = "b1") -> ImportReport:
        with self.db.session(write=True) as session, session.begin():
            enrolled = session.get(m.SyncDevice, device)
            assert enrolled is not None
            return merge.apply(
                session,
                changes,
                device=enrolled,
                bundle_id=bundle,
                name=f"{bundle}.cdfibundle",
                store_attachment=self.files.__setitem__,
                now=NOW,
            )

    def row(self, table: str, record_id: str) -> dict[str, Any] | None:
        found = collect(self.db, full=True).tables.get(table, [])
        return next((r for r in found if r["id"] == record_id), None)

    def conflicts(self) -> list[m.SyncConflict]:
        with self.db.session() as session:
            return list(session.scalars(select(m.SyncConflict).order_by(m.SyncConflict.id)))

    def counts(self) -> dict[str, int]:
        with self.db.session() as session:
            return {
                t.name: int(session.scalar(select(func.count()).select_from(t)) or 0)
                for t in [*synced_tables_in_order(), table_of(m.SyncConflict), table_of(m.AuditLog)]
            }


def open_province(url: str | Path, institute_id: str) -> Province:
    db = Database.open(url, device_id="ffffffff-0000-4000-8000-00000000000f")
    with db.session(write=True) as session, session.begin():
        for device in (A, B):
            session.add(
                m.SyncDevice(
                    device_id=device,
                    role="laptop",
                    key_id="0000000000000000",
                    public_key="",
                    institute_ids=[institute_id],
                    enrolled_at=NOW,
                )
            )
    return Province(db)


@pytest.fixture
def empty(tmp_path: Path, demo: Demo) -> Iterator[Province]:
    province = open_province(tmp_path / "province.sqlite", demo.institute_id)
    try:
        yield province
    finally:
        province.db.close()


@pytest.fixture
def province(empty: Province, demo: Demo) -> Province:
    """A province holding everything laptop A has."""
    empty.apply(copy.deepcopy(demo.changes))
    return empty


def rows(demo: Demo, table: str) -> list[dict[str, Any]]:
    return copy.deepcopy(demo.changes.tables[table])


def version(row: dict[str, Any], *, device: str, hlc: str, base: bool | list[str] | None = None, **values: Any) -> dict:
    """Another version of ``row``: made on ``device`` at ``hlc``; ``base=True``: on top of ``row``'s version."""
    out = {**copy.deepcopy(row), "device_id": device, "hlc": hlc, "version": row["version"] + 1}
    out["_base"] = [row["hlc"], row["device_id"]] if base is True else (base or None)
    out.update(values)
    return out


def changes(tables: dict[str, list[dict[str, Any]]], audit: list[dict[str, Any]] | None = None) -> ChangeSet:
    return ChangeSet(tables=tables, audit=audit or [])


# numbers of hand-made audit entries: after the demo's own (it audits every record it creates), so that an entry
# never shares its origin ("<device>:<number>") with one the demo already sent
AUDIT_NUMBERS_FROM = 1_000_000


def audit(number: int, device: str, table: str, record_id: str, **changed: Any) -> dict[str, Any]:
    return {
        "id": AUDIT_NUMBERS_FROM + number,
        "at": "2026-11-30T08:00:00Z",
        "officer": "",
        "device_id": device,
        "table_name": table,
        "record_id": record_id,
        "action": "update",
        "changes": {key: ["", value] for key, value in changed.items()},
        "origin": None,
    }


# -- create, retry, descendants, older ---------------------------------------------------------------------------


def test_GIVEN_an_empty_province_WHEN_a_full_change_set_is_applied_THEN_every_record_is_created_as_sent(
    demo: Demo, empty: Province
) -> None:
    report = empty.apply(copy.deepcopy(demo.changes))
    assert report.totals().created == demo.changes.record_count()
    assert report.errors == [] and report.conflicts == 0 and report.duplicates == 0
    stored = collect(empty.db, full=True)
    assert stored.tables == demo.changes.tables
    assert set(empty.files) == set(demo.changes.attachments)
    with empty.db.session() as session:
        assert province_digest(session, A) == demo.digest
    assert "household" in "\n".join(report.lines("en"))
    assert "ครัวเรือน" in "\n".join(report.lines("th"))
    assert ImportReport.from_dict(report.to_dict()) == report


def test_GIVEN_a_change_set_applied_WHEN_applied_again_THEN_every_record_is_ignored_and_nothing_changes(
    demo: Demo, province: Province
) -> None:
    before = collect(province.db, full=True).tables
    report = province.apply(copy.deepcopy(demo.changes), bundle="b2")
    totals = report.totals()
    assert totals.ignored == demo.changes.record_count()
    assert (totals.created, totals.updated, totals.conflicts, totals.held) == (0, 0, 0, 0)
    assert collect(province.db, full=True).tables == before
    assert province.conflicts() == []


def test_a_change_made_on_the_stored_version_updates_it_and_keeps_its_base_and_the_older_version_is_ignored(
    demo: Demo, province: Province
) -> None:
    household = rows(demo, "household")[0]
    edited = version(household, device=B, hlc=LATER, base=True, phone="0899999999")
    report = province.apply(changes({"household": [edited]}), B)
    assert report.tables["household"].updated == 1
    stored = province.row("household", household["id"])
    assert stored is not None and stored["phone"] == "0899999999" and stored["device_id"] == B
    assert stored["_base"] == [household["hlc"], A]
    # A's version, on which B's was made, comes again (another bundle): older, ignored
    report = province.apply(changes({"household": [household]}), bundle="b3")
    assert report.tables["household"].ignored == 1 and report.tables["household"].conflicts == 0
    assert province.row("household", household["id"]) == stored
    with province.db.session() as session:  # A's version is known to the province, as the base of B's
        assert province_digest(session, A) == demo.digest


def test_a_later_change_from_the_device_that_stamped_the_stored_version_updates_it(
    demo: Demo, province: Province
) -> None:
    member = rows(demo, "household_member")[0]
    report = province.apply(changes({"household_member": [version(member, device=A, hlc=LATER, phone="02")]}))
    assert report.tables["household_member"].updated == 1
    stored = province.row("household_member", member["id"])
    assert stored is not None and stored["phone"] == "02" and stored["_base"] is None
    report = province.apply(changes({"household_member": [member]}))
    assert report.tables["household_member"].ignored == 1


def test_a_tombstone_is_stored_and_counted_as_deleted(demo: Demo, province: Province) -> None:
    debt = rows(demo, "debt")[0]
    report = province.apply(changes({"debt": [version(debt, device=A, hlc=LATER, deleted_at="2026-12-01T03:00:00Z")]}))
    assert report.tables["debt"].deleted == 1
    stored = province.row("debt", debt["id"])
    assert stored is not None and stored["deleted_at"] == "2026-12-01T03:00:00Z"


# -- conflicts -------------------------------------------------------------------------------------------------------


def _concurrent(demo: Demo, *, a_field: str, b_field: str) -> tuple[ChangeSet, ChangeSet, dict[str, Any]]:
    household = rows(demo, "household")[1]
    ours = version(household, device=A, hlc=LATER, **{a_field: "จาก A"})
    theirs = version(household, device=B, hlc=LATEST, base=True, **{b_field: "จาก B"})
    from_a = changes({"household": [ours]}, [audit(1, A, "household", household["id"], **{a_field: "จาก A"})])
    from_b = changes({"household": [theirs]}, [audit(1, B, "household", household["id"], **{b_field: "จาก B"})])
    return from_a, from_b, household


@pytest.mark.parametrize(("b_field", "kind"), [("notes", "soft"), ("phone", "hard")])
def test_GIVEN_two_devices_changed_a_record_WHEN_both_arrive_in_any_order_THEN_the_higher_wins_one_conflict_listed(
    demo: Demo, tmp_path: Path, b_field: str, kind: str
) -> None:
    outcomes = []
    for order in ("AB", "BA", "ABAB"):
        province = open_province(tmp_path / f"{order}.sqlite", demo.institute_id)
        province.apply(copy.deepcopy(demo.changes))
        from_a, from_b, household = _concurrent(demo, a_field="phone", b_field=b_field)
        for n, who in enumerate(order):
            report = province.apply(
                copy.deepcopy(from_a if who == "A" else from_b), A if who == "A" else B, bundle=f"{n}"
            )
            if n == 1:
                assert report.tables["household"].conflicts == 1 and report.conflicts == 1
        stored = province.row("household", household["id"])
        assert stored is not None and stored["device_id"] == B and stored["hlc"] == LATEST  # the higher stamp
        listed = province.conflicts()
        assert len(listed) == 1, order
        conflict = listed[0]
        assert (conflict.kind, conflict.table_name, conflict.record_id) == (kind, "household", household["id"])
        assert conflict.fields == (["phone"] if kind == "hard" else ["notes", "phone"])
        assert (conflict.winner_device, conflict.loser_device) == (B, A)
        assert conflict.loser["phone"] == "จาก A" and conflict.loser["hlc"] == LATER  # the loser is kept
        assert conflict.winner["hlc"] == LATEST and conflict.resolved_at is None
        with province.db.session() as session:
            outcomes.append((stored, conflict.loser, conflict.winner, province_digest(session, A)))
            hand_made = m.AuditLog.origin.in_([f"{A}:{AUDIT_NUMBERS_FROM + 1}", f"{B}:{AUDIT_NUMBERS_FROM + 1}"])
            assert session.scalar(select(func.count()).select_from(m.AuditLog).where(hand_made)) == 2  # stored once
        province.db.close()
    assert outcomes[0] == outcomes[1] == outcomes[2]


def test_a_ledger_never_conflicts_the_higher_version_is_stored(demo: Demo, province: Province) -> None:
    repayment = rows(demo, "repayment")[0]
    ours = version(repayment, device=A, hlc=LATEST, note="A")
    theirs = version(repayment, device=B, hlc=LATER, base=[repayment["hlc"], A], note="B")
    report = province.apply(changes({"repayment": [ours]}))
    report = province.apply(changes({"repayment": [theirs]}), B)
    assert report.tables["repayment"].conflicts == 0 and report.tables["repayment"].ignored == 1
    stored = province.row("repayment", repayment["id"])
    assert stored is not None and stored["note"] == "A"
    # nothing to review: the lower version is kept, resolved, so the province's digest of B still agrees with B's
    [kept] = province.conflicts()
    assert (kept.kind, kept.loser["note"], kept.loser_device) == ("ledger", "B", B)
    assert kept.resolved_at is not None


def test_resolving_a_conflict_says_when_by_whom_and_how_in_the_audit_trail(demo: Demo, province: Province) -> None:
    from_a, from_b, _household = _concurrent(demo, a_field="phone", b_field="phone")
    province.apply(from_a)
    province.apply(from_b, B)
    conflict_id = province.conflicts()[0].id
    with province.db.session(write=True) as session, session.begin():
        merge.resolve_conflict(session, conflict_id, resolution="ใช้เบอร์ของ B", by="นายตรวจ", now=NOW)
    resolved = province.conflicts()[0]
    assert (resolved.resolved_at, resolved.resolved_by, resolved.resolution) == (NOW, "นายตรวจ", "ใช้เบอร์ของ B")
    with province.db.session() as session:
        entry = session.scalars(select(m.AuditLog).where(m.AuditLog.table_name == "sync_conflict")).one()
        assert entry.record_id == str(conflict_id) and entry.officer == "นายตรวจ"
        assert entry.changes["resolution"] == ["", "ใช้เบอร์ของ B"]
    with province.db.session(write=True) as session, session.begin(), pytest.raises(KeyError):
        merge.resolve_conflict(session, 999_999, resolution="", by="", now=NOW)


# -- duplicates ------------------------------------------------------------------------------------------------------


def _new_id(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def test_GIVEN_a_citizen_id_in_two_households_WHEN_the_second_arrives_THEN_it_and_its_children_are_held(
    demo: Demo, province: Province
) -> None:
    members = rows(demo, "household_member")
    households = rows(demo, "household")
    taken = next(mb for mb in members if mb["citizen_id"])
    elsewhere = next(h for h in households if h["id"] != taken["household_id"])
    twin = version(taken, device=B, hlc=LATER, id=_new_id(1), household_id=elsewhere["id"], is_head=False, version=1)
    twin["version"] = 1
    debt = version(rows(demo, "debt")[0], device=B, hlc=LATER, id=_new_id(2), debtor_member_id=_new_id(1))
    debt["household_id"] = elsewhere["id"]
    guarantor = version(rows(demo, "debt_guarantor")[0], device=B, hlc=LATER, id=_new_id(3), debt_id=_new_id(2))
    phone = version(elsewhere, device=B, hlc=LATER, base=True, phone="0811111111")
    before = province.counts()
    report = province.apply(
        changes({"household": [phone], "household_member": [twin], "debt": [debt], "debt_guarantor": [guarantor]}), B
    )
    assert report.tables["household"].updated == 1  # the import went on
    assert report.tables["household_member"].held == 1 and report.duplicates == 1
    assert report.tables["debt"].held == 1 and report.tables["debt_guarantor"].held == 1
    assert province.row("household_member", _new_id(1)) is None and province.row("debt", _new_id(2)) is None
    held = {c.record_id: c for c in province.conflicts()}
    duplicate = held[_new_id(1)]
    assert (duplicate.kind, duplicate.other_id, duplicate.fields) == ("duplicate", taken["id"], ["citizen_id"])
    assert duplicate.winner["id"] == taken["id"] and duplicate.loser["id"] == _new_id(1)  # both versions
    assert duplicate.loser_device == B and duplicate.winner_device == A and duplicate.resolved_at is None
    assert (held[_new_id(2)].kind, held[_new_id(2)].other_id) == ("held", _new_id(1))
    assert (held[_new_id(3)].kind, held[_new_id(3)].other_id) == ("held", _new_id(2))
    # the same bundle again: nothing listed twice
    province.apply(changes({"household_member": [copy.deepcopy(twin)]}), B)
    assert len(province.conflicts()) == 3
    after = province.counts()
    assert after["household_member"] == before["household_member"] and after["sync_conflict"] == 3


def test_a_citizen_id_freed_by_a_deleted_member_is_not_a_duplicate(demo: Demo, province: Province) -> None:
    members = rows(demo, "household_member")
    taken = next(mb for mb in members if mb["citizen_id"] and not mb["is_head"])
    gone = version(taken, device=B, hlc=LATER, base=True, deleted_at="2026-12-01T01:00:00Z")
    again = version(taken, device=B, hlc=LATEST, id=_new_id(9))
    report = province.apply(changes({"household_member": [gone, again]}), B)
    assert report.tables["household_member"].deleted == 1 and report.tables["household_member"].created == 1
    assert province.conflicts() == []


def _round(n: int, institute_id: str, device: str) -> dict[str, Any]:
    return {
        "id": _new_id(n),
        "created_at": "2026-11-30T08:00:00Z",
        "updated_at": "2026-11-30T08:00:00Z",
        "device_id": device,
        "version": 1,
        "deleted_at": None,
        "hlc": LATER if device == A else LATEST,
        "institute_id": institute_id,
        "fiscal_year": 2570,
        "round_no": 1,
        "status": "draft",
        "submitted_at": None,
        "submitted_by": "",
        "snapshot": None,
        "_base": None,
    }


def test_the_same_institutes_report_round_from_two_laptops_is_held_not_an_error(demo: Demo, province: Province) -> None:
    province.apply(changes({"report_round": [_round(20, demo.institute_id, A)]}))
    report = province.apply(changes({"report_round": [_round(21, demo.institute_id, B)]}), B)
    assert report.tables["report_round"].held == 1
    (held,) = province.conflicts()
    assert (held.kind, held.record_id, held.other_id) == ("duplicate", _new_id(21), _new_id(20))
    assert held.fields == ["institute_id", "fiscal_year", "round_no"]
    assert held.winner["id"] == _new_id(20) and held.loser["id"] == _new_id(21)


def test_the_same_member_fund_twice_in_one_institute_is_held(demo: Demo, province: Province) -> None:
    fund = rows(demo, "member_fund")[0]
    again = version(fund, device=B, hlc=LATER, id=_new_id(30))
    report = province.apply(changes({"member_fund": [again]}), B)
    assert report.tables["member_fund"].held == 1 and report.duplicates == 1
    (held,) = province.conflicts()
    assert (held.other_id, held.fields) == (fund["id"], ["name"])


def test_a_laptops_profile_for_a_year_the_province_has_is_ignored(demo: Demo, province: Province) -> None:
    profile = rows(demo, "fiscal_year_profile")[0]
    mine = version(profile, device=B, hlc=LATER, id=_new_id(40), training_days=9)
    edited = version(profile, device=B, hlc=LATER, base=True, training_days=9)
    report = province.apply(changes({"fiscal_year_profile": [mine]}), B)
    assert report.tables["fiscal_year_profile"].ignored == 1
    report = province.apply(changes({"fiscal_year_profile": [edited]}), B)
    assert report.tables["fiscal_year_profile"].ignored == 1
    assert province.row("fiscal_year_profile", profile["id"]) == profile
    assert province.row("fiscal_year_profile", _new_id(40)) is None
    assert all(c.resolved_at is not None for c in province.conflicts())


def test_an_attachment_of_a_file_already_stored_is_that_attachment(demo: Demo, province: Province) -> None:
    attachment = rows(demo, "attachment")[0]
    link = next(r for r in rows(demo, "attachment_link") if r["attachment_id"] == attachment["id"])
    again = version(attachment, device=B, hlc=LATER, id=_new_id(50), filename="scan-again.jpg")
    new_link = version(link, device=B, hlc=LATER, id=_new_id(51), attachment_id=_new_id(50), caption="อีกครั้ง")
    report = province.apply(changes({"attachment": [again], "attachment_link": [new_link]}), B)
    assert report.tables["attachment"].ignored == 1 and report.tables["attachment_link"].created == 1
    assert province.row("attachment", _new_id(50)) is None
    stored_link = province.row("attachment_link", _new_id(51))
    assert stored_link is not None and stored_link["attachment_id"] == attachment["id"]
    (same,) = province.conflicts()
    assert same.resolved_at is not None and same.other_id == attachment["id"]


# -- refusals --------------------------------------------------------------------------------------------------------


def test_GIVEN_a_record_of_another_institute_WHEN_applied_THEN_the_bundle_is_refused_and_nothing_is_written(
    demo: Demo, province: Province
) -> None:
    institute = version(rows(demo, "institute")[0], device=A, hlc=LATER, id=_new_id(60), name="อื่น")
    household = version(rows(demo, "household")[0], device=A, hlc=LATER, id=_new_id(61), institute_id=_new_id(60))
    member = version(rows(demo, "household_member")[0], device=A, hlc=LATER, id=_new_id(62), household_id=_new_id(61))
    edit = version(rows(demo, "household")[2], device=A, hlc=LATER, phone="1")
    before = province.counts()
    with province.db.session() as session:
        digest = province_digest(session, A)
    bundle = {"household": [edit, household], "household_member": [member], "institute": [institute]}
    with pytest.raises(BundleRefused) as caught:
        province.apply(changes(bundle))
    assert caught.value.code == "record_other_institute"
    assert caught.value.table == "institute" and caught.value.record_id == _new_id(60)
    assert B[:8] not in caught.value.text("en") and A in caught.value.text("en")
    # a record under a stored institute the laptop is not enrolled for
    with province.db.session(write=True) as session, session.begin():
        session.get(m.SyncDevice, B).institute_ids = ["someone-else"]  # type: ignore[union-attr]
    with pytest.raises(BundleRefused) as caught:
        province.apply(changes({"household_member": [member | {"household_id": rows(demo, "household")[0]["id"]}]}), B)
    assert (caught.value.code, caught.value.table, caught.value.record_id) == (
        "record_other_institute",
        "household_member",
        _new_id(62),
    )
    assert province.counts() == before
    with province.db.session() as session:
        assert province_digest(session, A) == digest


@pytest.mark.parametrize(
    ("table", "change", "fault"),
    [
        ("debt", {"principal": "12.345"}, "principal"),
        ("debt", {"household_id": _new_id(70)}, "neither in the bundle nor in this database"),
        ("debt", {"hlc": "yesterday"}, "hlc"),
        ("debt", {"_base": ["x"]}, "_base"),
        ("attachment_link", {"owner_table": "sync_device"}, "owner_table"),
        ("attachment_link", {"owner_id": _new_id(71)}, "owner_id"),
    ],
)
def test_an_invalid_record_refuses_the_bundle_with_nothing_written(
    demo: Demo, province: Province, table: str, change: dict[str, Any], fault: str
) -> None:
    record = version(rows(demo, table)[0], device=A, hlc=LATER)
    record.update(change)
    edit = version(rows(demo, "household")[0], device=A, hlc=LATER, phone="1")
    before = province.counts()
    with pytest.raises(BundleRefused) as caught:
        province.apply(changes({"household": [edit], table: [record]}))
    assert (caught.value.code, caught.value.table, caught.value.record_id) == ("record_invalid", table, record["id"])
    assert fault in caught.value.text("en")
    assert province.counts() == before


def test_a_record_twice_in_one_bundle_or_of_an_unknown_table_is_invalid(demo: Demo, province: Province) -> None:
    household = rows(demo, "household")[0]
    for bundle in ({"household": [household, household]}, {"sync_device": [household]}):
        with pytest.raises(BundleRefused) as caught:
            province.apply(changes(copy.deepcopy(bundle)))
        assert caught.value.code == "record_invalid"


# -- PostgreSQL ------------------------------------------------------------------------------------------------------


@pytest.mark.postgres
def test_on_postgresql_the_same_merge_holds_duplicates_and_lists_conflicts(demo: Demo, pg_url: str) -> None:
    province = open_province(pg_url, demo.institute_id)
    try:
        province.apply(copy.deepcopy(demo.changes))
        assert collect(province.db, full=True).tables == demo.changes.tables
        members = rows(demo, "household_member")
        taken = next(mb for mb in members if mb["citizen_id"])
        elsewhere = next(h for h in rows(demo, "household") if h["id"] != taken["household_id"])
        twin = version(taken, device=B, hlc=LATER, id=_new_id(80), household_id=elsewhere["id"], is_head=False)
        from_a, from_b, _household = _concurrent(demo, a_field="phone", b_field="phone")
        province.apply(from_a)
        from_b.tables["household_member"] = [twin]
        report = province.apply(from_b, B)
        assert report.tables["household_member"].held == 1 and report.tables["household"].conflicts == 1
        assert sorted(c.kind for c in province.conflicts()) == ["duplicate", "hard"]
        province.apply(copy.deepcopy(demo.changes), bundle="again")
        assert len(province.conflicts()) == 2
        with province.db.session() as session:
            assert province_digest(session, B).startswith("2:")  # its stored household and its held member
    finally:
        province.db.close()


def test_a_copy_of_a_laptop_database_can_be_a_second_laptop(demo: Demo, tmp_path: Path) -> None:
    """The set-up the round-trip test relies on: a copy given another device id keeps the records as they were."""
    path = tmp_path / "copy.sqlite"
    shutil.copyfile(demo.path, path)
    import sqlite3

    with sqlite3.connect(path) as con:
        con.execute("UPDATE local_setting SET value = ? WHERE key = 'device_id'", (B,))
    db = Database.open(path)
    try:
        assert db.device_id == B
        assert collect(db, full=True).tables == demo.changes.tables
    finally:
        db.close()


def test_a_record_of_an_institute_the_laptop_is_not_enrolled_for_cannot_be_moved_into_one_it_is(
    demo: Demo, province: Province
) -> None:
    other = version(rows(demo, "institute")[0], device=A, hlc=LATER, id=_new_id(90), name="สถาบันอื่น")
    theirs = version(rows(demo, "household")[0], device=A, hlc=LATER, id=_new_id(91), institute_id=_new_id(90))
    with province.db.session(write=True) as session, session.begin():
        enrolled = session.get(m.SyncDevice, A)
        assert enrolled is not None
        enrolled.institute_ids = [demo.institute_id, _new_id(90)]
    province.apply(changes({"institute": [other], "household": [theirs]}))
    moved = version(theirs, device=B, hlc=LATEST, base=True, institute_id=demo.institute_id)
    before = province.counts()
    with pytest.raises(BundleRefused) as caught:
        province.apply(changes({"household": [moved]}), B)
    assert (caught.value.code, caught.value.table, caught.value.record_id) == (
        "record_other_institute",
        "household",
        _new_id(91),
    )
    assert province.counts() == before
