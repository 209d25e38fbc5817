"""The edges of the change feed and the merge rule: what is never skipped, what never aborts an import, and what
comes out the same whatever the order the bundles arrive in."""

from __future__ import annotations

import copy
import itertools
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.sync.codec import decode_row, encode_row, table_named
from cdfi_desktop.sync.digest import device_digest, province_digest
from cdfi_desktop.sync.errors import BundleRefused
from cdfi_desktop.sync.feed import collect
from tests.support.bundles import add_institute, open_db
from tests.sync import test_merge as merge_cases
from tests.sync.test_merge import (
    LATER,
    LATEST,
    NOW,
    A,
    B,
    Demo,
    Province,
    _new_id,
    _round,
    audit,
    changes,
    open_province,
    rows,
    version,
)

demo, empty, province = merge_cases.demo, merge_cases.empty, merge_cases.province  # the same fixtures

C = "cccccccc-0000-4000-8000-000000000003"  # a third laptop
STAMPS = {A: LATER, B: LATEST, C: "1800000000002-0000"}


def _enrol(province: Province, device: str, institute_id: str) -> None:
    with province.db.session(write=True) as session, session.begin():
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


def _digests(province: Province, *devices: str) -> dict[str, str]:
    with province.db.session() as session:
        return {device: province_digest(session, device) for device in devices}


def _losers(province: Province) -> set[tuple[str, str, str, str]]:
    return {(c.kind, c.record_id, str(c.loser.get("hlc")), str(c.loser.get("device_id"))) for c in province.conflicts()}


def _twin(demo: Demo, n: int, *, device: str = B, hlc: str = LATER, **values: Any) -> tuple[dict[str, Any], str]:
    """A new member with the citizen ID of a stored one, in another household; returns it and the stored id."""
    members = rows(demo, "household_member")
    taken = next(mb for mb in members if mb["citizen_id"] and not mb["is_head"])
    elsewhere = next(h for h in rows(demo, "household") if h["id"] != taken["household_id"])
    twin = version(taken, device=device, hlc=hlc, id=_new_id(n), household_id=elsewhere["id"], is_head=False)
    twin["version"] = 1
    twin.update(values)
    return twin, taken["id"]


# -- the feed ------------------------------------------------------------------------------------------------------


def test_writes_after_an_export_are_never_below_its_point_even_with_a_clock_behind_the_data(tmp_path: Path) -> None:
    """Two writes, an export, a receipt at the export's highest stamp, then an edit and a delete: both go next,
    even though the laptop's clock stands before the stamps it holds (a clock set back, data from a faster one)."""
    laptop = open_db(tmp_path / "laptop.sqlite")
    institute_id = add_institute(laptop, households=2)
    first = collect(laptop, since_hlc="")
    laptop.close()
    behind = Database.open(tmp_path / "laptop.sqlite", clock=lambda: datetime(2001, 1, 1, tzinfo=UTC))
    try:
        assert collect(behind, since_hlc=first.upto_hlc).record_count() == 0
        with UnitOfWork(behind) as uow:
            household = uow.session.scalars(select(m.Household).where(m.Household.institute_id == institute_id)).first()
            assert household is not None
            household.phone = "0800000000"
            debt = uow.session.scalars(select(m.Debt).where(m.Debt.household_id == household.id)).one()
            uow.session.delete(debt)
            uow.commit()
        later = collect(behind, since_hlc=first.upto_hlc)
        assert {r["id"] for r in later.tables["household"]} == {household.id}
        (tombstone,) = later.tables["debt"]
        assert tombstone["id"] == debt.id and tombstone["deleted_at"] is not None
        assert all(r["hlc"] > first.upto_hlc for rs in later.tables.values() for r in rs)
    finally:
        behind.close()


def test_a_change_stamped_before_an_export_and_committed_after_it_goes_in_the_next_bundle(tmp_path: Path) -> None:
    laptop = open_db(tmp_path / "laptop.sqlite")
    try:
        institute_id = add_institute(laptop, households=2)
        with UnitOfWork(laptop) as uow:  # holds the write lock: its stamp is taken, not yet committed
            household = uow.session.scalars(select(m.Household).where(m.Household.institute_id == institute_id)).first()
            assert household is not None
            household.notes = "แก้ระหว่างส่ง"
            uow.session.flush()
            exported = collect(laptop, since_hlc="")
            assert all(r.get("notes") != "แก้ระหว่างส่ง" for r in exported.tables["household"])
            uow.commit()
        after = collect(laptop, since_hlc=exported.upto_hlc)  # the receipt moved the point to the export's highest
        assert [r["notes"] for r in after.tables["household"]] == ["แก้ระหว่างส่ง"]
    finally:
        laptop.close()


# -- order independence ----------------------------------------------------------------------------------------------


def test_three_laptops_editing_one_record_leave_the_same_province_in_every_order(demo: Demo, tmp_path: Path) -> None:
    household = rows(demo, "household")[3]
    sets = {
        device: changes(
            {"household": [version(household, device=device, hlc=STAMPS[device], base=True, notes=device[:4])]},
            [audit(1, device, "household", household["id"], notes=device[:4])],
        )
        for device in (A, B, C)
    }
    # A stamped the shared version itself: its edit carries no base
    sets[A].tables["household"][0]["_base"] = None
    outcomes = []
    for n, order in enumerate(itertools.permutations((A, B, C))):
        province = open_province(tmp_path / f"p{n}.sqlite", demo.institute_id)
        _enrol(province, C, demo.institute_id)
        try:
            province.apply(copy.deepcopy(demo.changes))
            for i, device in enumerate(order):
                province.apply(copy.deepcopy(sets[device]), device, bundle=f"b{i}")
            stored = province.row("household", household["id"])
            assert stored is not None and stored["device_id"] == C
            outcomes.append((stored, _losers(province), _digests(province, A, B, C)))
        finally:
            province.db.close()
    assert all(outcome == outcomes[0] for outcome in outcomes), outcomes
    assert {(r, d) for _, r, _, d in outcomes[0][1]} == {(household["id"], A), (household["id"], B)}


@pytest.mark.parametrize("order", ["AB", "BA"])
def test_a_delete_against_an_edit_and_an_edit_under_a_deleted_parent_never_abort_and_agree(
    demo: Demo, tmp_path: Path, order: str
) -> None:
    household = rows(demo, "household")[2]
    member = next(r for r in rows(demo, "household_member") if r["household_id"] == household["id"])
    debt = rows(demo, "debt")[4]
    gone = version(household, device=A, hlc=LATER, deleted_at="2026-12-01T01:00:00Z")
    debt_gone = version(debt, device=A, hlc=LATER, deleted_at="2026-12-01T01:00:00Z")
    edited_member = version(member, device=B, hlc=LATEST, base=True, occupation="ค้าขาย")
    edited_debt = version(debt, device=B, hlc=LATEST, base=True, notes="แก้")
    deleted = audit(1, A, "debt", debt["id"]) | {"action": "delete"}
    from_a = changes({"household": [gone], "debt": [debt_gone]}, [deleted])
    from_b = changes(
        {"household_member": [edited_member], "debt": [edited_debt]},
        [audit(1, B, "debt", debt["id"], notes="แก้")],
    )
    province = open_province(tmp_path / f"{order}.sqlite", demo.institute_id)
    try:
        province.apply(copy.deepcopy(demo.changes))
        for i, who in enumerate(order):
            province.apply(copy.deepcopy(from_a if who == "A" else from_b), A if who == "A" else B, bundle=f"{i}")
        stored_household = province.row("household", household["id"])
        stored_member = province.row("household_member", member["id"])
        stored_debt = province.row("debt", debt["id"])
        assert stored_household is not None and stored_household["deleted_at"] is not None
        assert stored_member is not None and stored_member["occupation"] == "ค้าขาย"
        assert stored_debt is not None and stored_debt["hlc"] == LATEST and stored_debt["deleted_at"] is None
        (conflict,) = province.conflicts()
        assert (conflict.record_id, conflict.kind, conflict.loser_device) == (debt["id"], "soft", A)
        assert conflict.loser["deleted_at"] is not None
    finally:
        province.db.close()


def test_created_on_a_edited_on_b_edited_again_on_a_is_one_conflict_in_every_order(demo: Demo, tmp_path: Path) -> None:
    fund = rows(demo, "member_fund")[0]
    made = version(fund, device=A, hlc="1799000000000-0000", id=_new_id(100), name="กองทุนใหม่")
    made["version"] = 1
    on_b = version(made, device=B, hlc=LATER, base=True, bylaw_notes="B")
    again_on_a = version(made, device=A, hlc=LATEST, bylaw_notes="A2")
    bundles = {
        "a1": (changes({"member_fund": [made]}), A),
        "b": (changes({"member_fund": [on_b]}, [audit(1, B, "member_fund", _new_id(100), bylaw_notes="B")]), B),
        "a2": (changes({"member_fund": [again_on_a]}, [audit(2, A, "member_fund", _new_id(100), bylaw_notes="A2")]), A),
    }
    outcomes = []
    for n, order in enumerate([("a1", "b", "a2"), ("a1", "a2", "b"), ("b", "a1", "a2"), ("b", "a2"), ("a2", "b")]):
        province = open_province(tmp_path / f"p{n}.sqlite", demo.institute_id)
        try:
            province.apply(copy.deepcopy(demo.changes))
            for i, name in enumerate(order):
                bundle, device = bundles[name]
                province.apply(copy.deepcopy(bundle), device, bundle=f"b{i}")
            stored = province.row("member_fund", _new_id(100))
            assert stored is not None and stored["bylaw_notes"] == "A2"
            outcomes.append((stored["hlc"], _losers(province), _digests(province, A, B)))
        finally:
            province.db.close()
    assert all(outcome == outcomes[0] for outcome in outcomes), outcomes
    assert outcomes[0][1] == {("hard", _new_id(100), LATER, B)}


# -- duplicates --------------------------------------------------------------------------------------------------------


def _duplicates_in_one_bundle(demo: Demo) -> dict[str, list[dict[str, Any]]]:
    first, _ = _twin(demo, 110)
    second, _ = _twin(demo, 111, hlc=LATEST)
    first["citizen_id"] = second["citizen_id"] = "3101700000001"
    households = [h for h in rows(demo, "household") if h["id"] != first["household_id"]]
    second["household_id"] = households[0]["id"]
    round_a, round_b = _round(112, demo.institute_id, B), _round(113, demo.institute_id, B)
    round_a["round_no"] = round_b["round_no"] = 2
    return {"household_member": [first, second], "report_round": [round_a, round_b]}


def _check_duplicates_in_one_bundle(province: Province, demo: Demo) -> None:
    report = province.apply(changes(_duplicates_in_one_bundle(demo)), B)
    assert report.tables["household_member"].created == 1 and report.tables["household_member"].held == 1
    assert report.tables["report_round"].created == 1 and report.tables["report_round"].held == 1
    assert province.row("household_member", _new_id(110)) is not None
    assert province.row("household_member", _new_id(111)) is None
    assert {(c.record_id, c.other_id) for c in province.conflicts()} == {
        (_new_id(111), _new_id(110)),
        (_new_id(113), _new_id(112)),
    }


def test_two_duplicates_in_one_bundle_the_second_is_held(demo: Demo, province: Province) -> None:
    _check_duplicates_in_one_bundle(province, demo)


@pytest.mark.postgres
def test_on_postgresql_two_duplicates_in_one_bundle_the_second_is_held(demo: Demo, pg_url: str) -> None:
    province = open_province(pg_url, demo.institute_id)
    try:
        province.apply(copy.deepcopy(demo.changes))
        _check_duplicates_in_one_bundle(province, demo)
        _check_tombstone_duplicates(province, demo)
    finally:
        province.db.close()


def _check_tombstone_duplicates(province: Province, demo: Demo) -> None:
    twin, _ = _twin(demo, 120, deleted_at="2026-12-01T01:00:00Z")
    gone_round = _round(121, demo.institute_id, B) | {"deleted_at": "2026-12-01T01:00:00Z"}
    province.apply(changes({"report_round": [_round(122, demo.institute_id, A)]}))
    report = province.apply(changes({"household_member": [twin], "report_round": [gone_round]}), B)
    assert report.tables["household_member"].deleted == 1  # a deleted member holds no citizen ID
    assert report.tables["report_round"].held == 1  # a deleted round still holds its number
    stored = province.row("household_member", _new_id(120))
    assert stored is not None and stored["deleted_at"] is not None


def test_a_duplicate_that_is_a_tombstone_never_aborts(demo: Demo, province: Province) -> None:
    _check_tombstone_duplicates(province, demo)


def test_a_held_duplicate_edited_later_replaces_the_held_copy_and_is_not_stored(demo: Demo, province: Province) -> None:
    twin, taken = _twin(demo, 130)
    province.apply(changes({"household_member": [twin]}), B, bundle="b1")
    edited = version(twin, device=B, hlc=LATEST, occupation="ครู")
    report = province.apply(changes({"household_member": [edited]}), B, bundle="b2")
    assert report.tables["household_member"].held == 1
    assert province.row("household_member", _new_id(130)) is None
    (held,) = province.conflicts()
    assert (held.other_id, held.loser["hlc"], held.loser["occupation"]) == (taken, LATEST, "ครู")
    with province.db.session() as session:
        assert province_digest(session, B) == f"1:{_one(('household_member', _new_id(130), LATEST))}"


def _one(entry: tuple[str, str, str]) -> str:
    import hashlib

    return hashlib.sha256("\x1f".join(entry).encode()).hexdigest()


def test_a_held_duplicate_whose_citizen_id_changes_later_is_stored_and_its_hold_is_resolved(
    demo: Demo, province: Province
) -> None:
    twin, _ = _twin(demo, 140)
    province.apply(changes({"household_member": [twin]}), B, bundle="b1")
    fixed = version(twin, device=B, hlc=LATEST, citizen_id="3101700000140")
    report = province.apply(changes({"household_member": [fixed]}), B, bundle="b2")
    assert report.tables["household_member"].created == 1
    stored = province.row("household_member", _new_id(140))
    assert stored is not None and stored["citizen_id"] == "3101700000140"
    (held,) = province.conflicts()
    assert held.resolved_at is not None  # nothing is left to review: the record is in


def test_a_record_under_a_held_duplicate_in_a_later_bundle_is_held_too_not_refused(
    demo: Demo, province: Province
) -> None:
    twin, _ = _twin(demo, 150)
    province.apply(changes({"household_member": [twin]}), B, bundle="b1")
    debt = version(rows(demo, "debt")[0], device=B, hlc=LATEST, id=_new_id(151), debtor_member_id=_new_id(150))
    debt["household_id"] = twin["household_id"]
    debt["version"] = 1
    phone = version(rows(demo, "household")[0], device=B, hlc=LATEST, base=True, phone="0812222222")
    report = province.apply(changes({"household": [phone], "debt": [debt]}), B, bundle="b2")
    assert report.tables["household"].updated == 1
    assert report.tables["debt"].held == 1 and province.row("debt", _new_id(151)) is None
    held = {c.record_id: c for c in province.conflicts()}
    assert (held[_new_id(151)].kind, held[_new_id(151)].other_id) == ("held", _new_id(150))


def test_a_link_to_an_attachment_taken_as_the_stored_one_in_an_earlier_bundle_points_at_the_stored_one(
    demo: Demo, province: Province
) -> None:
    attachment = rows(demo, "attachment")[0]
    link = next(r for r in rows(demo, "attachment_link") if r["attachment_id"] == attachment["id"])
    again = version(attachment, device=B, hlc=LATER, id=_new_id(160), filename="scan-again.jpg")
    province.apply(changes({"attachment": [again]}), B, bundle="b1")
    new_link = version(link, device=B, hlc=LATEST, id=_new_id(161), attachment_id=_new_id(160), caption="ภายหลัง")
    report = province.apply(changes({"attachment_link": [new_link]}), B, bundle="b2")
    assert report.tables["attachment_link"].created == 1
    stored = province.row("attachment_link", _new_id(161))
    assert stored is not None and stored["attachment_id"] == attachment["id"]


def test_two_members_swapping_citizen_ids_in_one_bundle_never_abort(demo: Demo, province: Province) -> None:
    members = [r for r in rows(demo, "household_member") if r["citizen_id"]]
    first, second = members[0], members[1]
    swap = [
        version(first, device=A, hlc=LATER, citizen_id=second["citizen_id"]),
        version(second, device=A, hlc=LATEST, citizen_id=first["citizen_id"]),
    ]
    report = province.apply(changes({"household_member": swap}))
    counts = report.tables["household_member"]
    assert counts.updated + counts.held == 2


# -- ledgers -----------------------------------------------------------------------------------------------------------


def test_after_two_laptops_changed_one_ledger_line_the_province_and_the_loser_agree_on_the_digest(
    demo: Demo, province: Province
) -> None:
    line = rows(demo, "transfer_line")[0]
    ours = version(line, device=A, hlc=LATEST, source_creditor="A")
    theirs = version(line, device=B, hlc=LATER, base=[line["hlc"], A], source_creditor="B")
    province.apply(changes({"transfer_line": [ours]}))
    province.apply(changes({"transfer_line": [theirs]}), B)
    with province.db.session() as session:
        assert province_digest(session, B) == f"1:{_one(('transfer_line', line['id'], LATER))}"


def test_a_second_reversal_of_one_repayment_from_another_laptop_is_held(demo: Demo, province: Province) -> None:
    original = next(r for r in rows(demo, "repayment") if r["reverses_id"] is None)
    reversal = version(original, device=A, hlc=LATER, id=_new_id(170), reverses_id=original["id"], receipt_no="R-A")
    twice = version(original, device=B, hlc=LATEST, id=_new_id(171), reverses_id=original["id"], receipt_no="R-B")
    for record in (reversal, twice):
        record["version"] = 1
        for key in ("amount", "principal", "interest", "penalty"):
            record[key] = "-" + record[key] if record[key] != "0.00" else record[key]
    province.apply(changes({"repayment": [reversal]}))
    report = province.apply(changes({"repayment": [twice]}), B)
    assert report.tables["repayment"].held == 1
    assert province.row("repayment", _new_id(171)) is None


# -- values the database would refuse ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("debt", "days_overdue", 2**40),  # an INTEGER column holds 32 bits on PostgreSQL
        ("debt", "days_overdue", float("nan")),
        ("debt", "principal", "NaN"),
        ("debt", "principal", "1e30"),
        ("debt", "contract_date", "2026-02-30"),
        ("debt", "creditor_kind", "loan_shark"),
        ("debt", "creditor_name", "ก" * 1000),
        ("debt", "notes", "a\x00b"),  # PostgreSQL text holds no NUL
        ("debt", "notes", "\ud800"),  # not encodable as UTF-8
        ("report_round", "snapshot", {"x": float("nan")}),  # PostgreSQL JSON has no NaN
        ("report_round", "snapshot", [1, {"x": float("inf")}]),
        ("household", "created_at", "2026-11-30T08:00:00+07:00Z"),
        ("household", "version", True),
    ],
)
def test_decode_refuses_what_the_database_would_refuse(table: str, column: str, value: Any, demo: Demo) -> None:
    source = demo.changes.tables[table][0] if table != "report_round" else _round(1, demo.institute_id, A)
    data = {**copy.deepcopy(source), column: value}
    with pytest.raises(ValueError, match=column):
        decode_row(table_named(table), data)


def test_a_clock_stamp_of_thai_digits_refuses_the_bundle(demo: Demo, province: Province) -> None:
    """Stamps compare as text: only ASCII digits keep the order of time."""
    debt = version(rows(demo, "debt")[0], device=A, hlc="๑๗๙๙๐๐๐๐๐๐๐๐๐-๐๐๐๐")
    with pytest.raises(BundleRefused) as caught:
        province.apply(changes({"debt": [debt]}))
    assert caught.value.code == "record_invalid" and "hlc" in caught.value.text("en")


def test_decode_takes_back_what_encode_writes(demo: Demo) -> None:
    for name, records in demo.changes.tables.items():
        table = table_named(name)
        for record in records[:20]:
            assert encode_row(table, decode_row(table, record)) == {k: v for k, v in record.items() if k != "_base"}


@pytest.mark.postgres
def test_on_postgresql_a_bad_value_refuses_the_bundle_with_its_code(demo: Demo, pg_url: str) -> None:
    province = open_province(pg_url, demo.institute_id)
    try:
        province.apply(copy.deepcopy(demo.changes))
        for change in ({"days_overdue": 2**40}, {"notes": "a\x00b"}):
            debt = version(rows(demo, "debt")[0], device=A, hlc=LATER, **change)
            with pytest.raises(BundleRefused) as caught:
                province.apply(changes({"debt": [debt]}))
            assert caught.value.code == "record_invalid"
    finally:
        province.db.close()


def test_the_laptops_digest_counts_its_tombstones_like_the_province(demo: Demo, province: Province) -> None:
    debt = rows(demo, "debt")[1]
    gone = version(debt, device=A, hlc=LATER, deleted_at="2026-12-01T03:00:00Z")
    province.apply(changes({"debt": [gone]}))
    with province.db.session() as session:
        theirs = province_digest(session, A)
        ours = device_digest(session, A, upto_hlc=LATER)  # the province's copy is the laptop's, record for record
    assert theirs == ours


def test_a_household_moved_to_another_institute_with_a_member_whose_citizen_id_is_there_never_aborts(
    demo: Demo, province: Province
) -> None:
    other = version(rows(demo, "institute")[0], device=A, hlc=LATER, id=_new_id(180), name="สถาบันที่สอง")
    other["version"] = 1
    there = version(rows(demo, "household")[0], device=A, hlc=LATER, id=_new_id(181), institute_id=_new_id(180))
    there["version"] = 1
    members = [r for r in rows(demo, "household_member") if r["citizen_id"]]
    moving = next(h for h in rows(demo, "household") if h["id"] == members[0]["household_id"])
    twin = version(members[0], device=A, hlc=LATER, id=_new_id(182), household_id=_new_id(181), is_head=False)
    twin["version"] = 1
    with province.db.session(write=True) as session, session.begin():
        enrolled = session.get(m.SyncDevice, A)
        assert enrolled is not None
        enrolled.institute_ids = [demo.institute_id, _new_id(180)]
    province.apply(changes({"institute": [other], "household": [there]}))
    moved = version(moving, device=A, hlc=LATEST, institute_id=_new_id(180))
    report = province.apply(changes({"household": [moved], "household_member": [twin]}))
    assert report.tables["household"].updated == 1
    assert report.tables["household_member"].held == 1
