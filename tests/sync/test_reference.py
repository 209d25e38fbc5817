"""Reference bundles: the province's decisions, profile, institutes and keys, sent down and taken by a laptop."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.keys import SYNC_LAST_RECEIPT_KEY, SYNC_NEEDS_FULL_KEY
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.sync import container, keys, reference, review, review_resolve, service
from cdfi_desktop.sync.errors import BundleRefused
from tests.support.bundles import (
    add_institute,
    enrol,
    enrol_only,
    make_key,
    make_province,
    manifest_of,
    open_db,
    rezip,
    unzip,
)
from tests.sync.test_review import B, Hub, _export_import, build_hub, stored


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Hub]:
    made = build_hub(tmp_path / "province.sqlite", tmp_path / "laptop.sqlite", tmp_path / "usb")
    try:
        yield made
    finally:
        made.laptop.close()
        made.province.close()


def _take(hub: Hub, path: Path) -> service.ImportOutcome:
    outcomes = service.import_files(hub.laptop, [path])
    assert len(outcomes) == 1
    return outcomes[0]


def _digests_agree(hub: Hub) -> None:
    """The laptop sends again; the province's receipt agrees with the laptop's digest (no full bundle asked)."""
    with UnitOfWork(hub.laptop) as uow:
        other = uow.session.get(m.Household, hub.other_household_id)
        assert other is not None
        other.phone = str(int(other.phone or "0810000000") + 1)
        uow.commit()
    _export_import(hub.laptop, hub.province, hub.out)
    last = json.loads(hub.laptop.get_setting(SYNC_LAST_RECEIPT_KEY))
    assert last["digest_ok"], "the province's digest of the laptop differs from the laptop's own"
    assert hub.laptop.get_setting(SYNC_NEEDS_FULL_KEY) != "1"


def _round_trip_conflict_and_duplicate(hub: Hub) -> None:
    # GIVEN the province kept its stored version of the household and dropped A's duplicate member
    review_resolve.resolve(hub.province, hub.conflict_id(), action="keep_stored", by="นางตรวจ")
    review_resolve.resolve(hub.province, hub.duplicate_id(), action="keep_stored", by="นางตรวจ")
    # AND the laptop, which has not received the decisions yet, still agrees with the province on what it holds
    _digests_agree(hub)
    # WHEN it writes a reference bundle
    result = reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    assert result.encrypted and result.seq == 1
    assert result.path.name == (
        f"cdfi-reference-{hub.province.device_id[:8]}-00001-for-{hub.laptop.device_id[:8]}.cdfibundle"
    )
    assert not list(hub.out.glob("*.partial"))
    assert result.counts["household"] == 1 and result.counts["household_member"] == 2
    # THEN the laptop takes it: the resolved values, the stored member, its own copy removed
    outcome = _take(hub, result.path)
    assert outcome.status == "applied", outcome.error
    house = stored(hub.laptop, "household", hub.household_id)
    assert house is not None and house["house_no"] == "7/7" and house["device_id"] == hub.province.device_id
    copy_a = stored(hub.laptop, "household_member", hub.member_a)
    assert copy_a is not None and copy_a["deleted_at"] is not None and copy_a["device_id"] == hub.province.device_id
    kept = stored(hub.laptop, "household_member", hub.member_b)
    assert kept is not None and kept["deleted_at"] is None and kept["last_name"] == "ใจงาม"
    with hub.laptop.session() as session:
        assert session.scalars(select(m.SyncConflict)).all() == []  # nothing for the laptop to review
    institutes = json.loads(hub.laptop.get_setting(reference.REFERENCE_INSTITUTES_KEY))
    assert institutes[0]["id"] == hub.institute_id and hub.laptop.device_id in institutes[0]["devices"]
    listed = {k["device_id"]: k for k in json.loads(hub.laptop.get_setting(reference.REFERENCE_KEYS_KEY))}
    assert listed[hub.laptop.device_id]["revoked_at"] is None and "bbbbbbbb" in "".join(listed)
    # AND the same file again changes nothing
    again = _take(hub, result.path)
    assert again.status == "ignored"
    # AND the province and the laptop agree on what the laptop holds; nothing comes back for review
    _digests_agree(hub)
    with hub.province.session() as session:
        assert review.open_cases(session) == []
        back = session.get(m.HouseholdMember, hub.member_a)
        assert back is None  # the dropped copy's removal came back and was not stored as a new record
    _digests_agree(hub)


def test_a_reference_round_trip_ends_with_the_laptop_holding_the_decisions(hub: Hub) -> None:
    _round_trip_conflict_and_duplicate(hub)


def test_a_reference_round_trip_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    made = build_hub(pg_url, tmp_path / "laptop.sqlite", tmp_path / "usb")
    try:
        _round_trip_conflict_and_duplicate(made)
    finally:
        made.laptop.close()
        made.province.close()


def test_keep_other_reaches_the_laptop_that_lost(hub: Hub) -> None:
    review_resolve.resolve(hub.province, hub.conflict_id(), action="keep_other", by="นางตรวจ")
    review_resolve.resolve(hub.province, hub.duplicate_id(), action="keep_other", by="นางตรวจ")
    result = reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    assert _take(hub, result.path).status == "applied"
    house = stored(hub.laptop, "household", hub.household_id)
    assert house is not None and house["house_no"] == "1/99"
    kept = stored(hub.laptop, "household_member", hub.member_b)
    assert kept is not None and kept["last_name"] == "ใจดี" and kept["household_id"] == hub.household_id
    _digests_agree(hub)


def test_different_people_stay_on_the_laptop_as_they_are(hub: Hub) -> None:
    b_row = stored(hub.province, "household_member", hub.member_b)
    assert b_row is not None
    hub.apply_from_b(
        {
            "household_member": [
                {**b_row, "citizen_id": "3101700099999", "hlc": "1900000000001-0000", "version": 2, "_base": None}
            ]
        }
    )
    review_resolve.resolve(hub.province, hub.duplicate_id(), action="different", by="นางตรวจ")
    before = stored(hub.laptop, "household_member", hub.member_a)
    result = reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    assert _take(hub, result.path).status == "applied"
    assert stored(hub.laptop, "household_member", hub.member_a) == before
    _digests_agree(hub)


def test_the_profile_is_taken_and_an_older_reference_ignored(hub: Hub) -> None:
    with UnitOfWork(hub.province) as uow:
        uow.session.add(m.FiscalYearProfile(fiscal_year=2570, target_households=35))
        uow.commit()
    first = reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    assert first.encrypted  # sealed to every laptop with an encryption key
    with UnitOfWork(hub.province) as uow:
        profile = uow.session.scalars(select(m.FiscalYearProfile)).one()
        profile.target_households = 40
        uow.commit()
    second = reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    assert second.seq == 2
    assert _take(hub, second.path).status == "applied"
    assert _take(hub, first.path).status == "ignored"  # older than the one applied
    with hub.laptop.session() as session:
        assert [p.target_households for p in session.scalars(select(m.FiscalYearProfile))] == [40]
    _digests_agree(hub)


def test_a_laptop_with_its_own_profile_for_the_year_takes_the_values(hub: Hub) -> None:
    with UnitOfWork(hub.laptop) as uow:
        uow.session.add(m.FiscalYearProfile(fiscal_year=2570, target_households=30))
        uow.commit()
    with UnitOfWork(hub.province) as uow:
        uow.session.add(m.FiscalYearProfile(fiscal_year=2570, target_households=45))
        uow.commit()
    result = reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    assert _take(hub, result.path).status == "applied"
    with hub.laptop.session() as session:
        rows = session.scalars(select(m.FiscalYearProfile)).all()
        assert [(p.target_households, p.device_id) for p in rows] == [(45, hub.laptop.device_id)]
    _digests_agree(hub)


# -- what a laptop refuses or ignores ---------------------------------------------------------------------------------


def _reissue(hub: Hub, data: bytes, change: Callable[[dict[str, Any], dict[str, bytes]], None], **kw: Any) -> bytes:
    """The reference ``data`` opened with the laptop's key, changed, and signed again by the province's key."""
    bundle = container.open_bundle(data, name="r")
    members = dict(
        container.payload(bundle, decrypt_key=keys.encryption_key(hub.laptop), our_device_id=hub.laptop.device_id)
    )
    manifest = {
        k: v
        for k, v in bundle.manifest.items()
        if k not in ("format", "format_version", "device_id", "key_id", "members", "encryption")
    }
    change(manifest, members)
    with hub.province.session() as session:
        recipients = [d for d in keys.enrolled_devices(session) if d.encryption_key]
    built, _ = container.build(
        manifest=manifest, members=members, key=kw.get("key") or keys.device_key(hub.province), recipients=recipients
    )
    return built


def test_a_laptop_applies_only_what_the_province_may_set(hub: Hub, tmp_path: Path) -> None:
    review_resolve.resolve(hub.province, hub.conflict_id(), action="keep_stored", by="นางตรวจ")
    result = reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    other_house = stored(hub.laptop, "household", hub.other_household_id)
    assert other_house is not None

    def smuggle(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        forged = {**other_house, "house_no": "ปลอม", "hlc": "1990000000000-0000", "_base": None}
        forged["device_id"] = hub.province.device_id
        decisions = json.loads(members[reference.DECISIONS_MEMBER])
        decisions.append(
            {
                **decisions[0],
                "institute_id": "another-institute",
                "wrote": [
                    {
                        "table": "household",
                        "id": hub.other_household_id,
                        "hlc": forged["hlc"],
                        "device": forged["device_id"],
                    }
                ],
            }
        )
        members[reference.DECISIONS_MEMBER] = json.dumps(decisions).encode()
        members["records/household.jsonl"] += (json.dumps(forged, ensure_ascii=False) + "\n").encode()
        members["notes/extra.txt"] = b"hello"
        manifest["counts"]["household"] = 2
        manifest["bundle_id"] = "0d7c6a7e-2f0e-4f6b-9f53-1f4a4f0b9a99"

    path = tmp_path / "forged.cdfibundle"
    path.write_bytes(_reissue(hub, result.path.read_bytes(), smuggle))
    outcome = _take(hub, path)
    assert outcome.status == "applied", outcome.error
    assert outcome.report is not None
    assert {e["code"] for e in outcome.report.errors} == {"reference_not_allowed"}
    assert any(e["record_id"] == hub.other_household_id for e in outcome.report.errors)
    assert stored(hub.laptop, "household", hub.other_household_id) == other_house
    house = stored(hub.laptop, "household", hub.household_id)
    assert house is not None and house["house_no"] == "7/7"


def test_tampered_or_foreign_references_are_refused(hub: Hub, tmp_path: Path) -> None:
    review_resolve.resolve(hub.province, hub.conflict_id(), action="keep_stored", by="นางตรวจ")
    result = reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    data = result.path.read_bytes()

    def refused(raw: bytes) -> str:
        path = tmp_path / "bad.cdfibundle"
        path.write_bytes(raw)
        outcome = _take(hub, path)
        assert outcome.status == "refused"
        assert outcome.error is not None
        return str(outcome.error["code"])

    # a changed manifest (not signed again)
    members = unzip(data)
    manifest = manifest_of(members)
    manifest["officer"] = "ผู้ปลอม"
    members[container.MANIFEST] = container.manifest_bytes(manifest)
    assert refused(rezip(members)) == "signature_invalid"
    # signed by another key under the province's name
    assert refused(_reissue(hub, data, lambda man, mem: None, key=make_key(hub.province.device_id))) == (
        "signature_invalid"
    )
    # made by another province
    other = make_province(tmp_path / "other.sqlite", name="จังหวัดอื่น")
    try:
        enrol_only(other, hub.laptop)
        foreign = reference.export_reference(other, tmp_path / "other", device_id=hub.laptop.device_id)
        assert refused(foreign.path.read_bytes()) == "device_unknown"
    finally:
        other.close()
    # a payload changed under a good signature
    members = unzip(data)
    sealed = bytearray(members[container.ENCRYPTED_PAYLOAD])
    sealed[-1] ^= 1
    members[container.ENCRYPTED_PAYLOAD] = bytes(sealed)
    assert refused(rezip(members)) == "member_hash_mismatch"
    # the province does not take a reference
    assert service.import_files(hub.province, [result.path])[0].error["code"] == "wrong_kind"  # type: ignore[index]
    # nothing was applied by any of them
    house = stored(hub.laptop, "household", hub.household_id)
    assert house is not None and house["house_no"] == "1/99"
    # the good one still applies; another file under its number is a replay
    assert _take(hub, result.path).status == "applied"

    def renumbered(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        manifest["bundle_id"] = "0d7c6a7e-2f0e-4f6b-9f53-1f4a4f0b9a98"

    assert refused(_reissue(hub, data, renumbered)) == "sequence_replay"


def test_a_reference_with_records_needs_an_encryption_key(hub: Hub) -> None:
    with hub.province.session(write=True) as session, session.begin():
        for device in session.scalars(select(m.SyncDevice).where(m.SyncDevice.role == "laptop")):
            device.encryption_key = ""
    # without a decision it carries nothing personal: written unencrypted, and a laptop takes it
    plain = reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    assert not plain.encrypted
    assert _take(hub, plain.path).status == "applied"
    review_resolve.resolve(hub.province, hub.conflict_id(), action="keep_stored", by="นางตรวจ")
    with pytest.raises(BundleRefused) as refused:
        reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    assert refused.value.code == "reference_no_key"
    assert hub.laptop.device_id in refused.value.text("en")
    run = reference.export_references(hub.province, hub.out / "all")
    # B (same institute, enrolled without a key) is left out too: its reference would carry the decision
    assert sorted(run.left_out) == sorted([(hub.laptop.device_id, "reference_no_key"), (B, "reference_no_key")])
    assert run.results == []


def test_a_laptop_makes_no_reference(tmp_path: Path) -> None:
    db = open_db(tmp_path / "laptop.sqlite")
    try:
        with pytest.raises(BundleRefused) as refused:
            reference.export_reference(db, tmp_path, device_id="x")
        assert refused.value.code == "not_a_province"
    finally:
        db.close()


def test_a_dropped_copy_is_removed_on_the_laptop_and_what_was_held_under_it_moves_to_the_kept_one(
    tmp_path: Path,
) -> None:
    hub = build_hub(tmp_path / "province.sqlite", tmp_path / "laptop.sqlite", tmp_path / "usb", finance=True)
    try:
        review_resolve.resolve(hub.province, hub.duplicate_id(), action="keep_stored", by="นางตรวจ")
        _digests_agree(hub)  # before the laptop takes the decision too
        result = reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
        assert _take(hub, result.path).status == "applied"
        copy_a = stored(hub.laptop, "household_member", hub.member_a)
        assert copy_a is not None and copy_a["deleted_at"] is not None
        line = stored(hub.laptop, "household_finance", hub.finance_id)
        assert line is not None and line["deleted_at"] is None and line["amount_monthly"] == "3000.00"
        assert line["member_id"] == hub.member_b and line["device_id"] == hub.province.device_id
        _digests_agree(hub)
        with hub.province.session() as session:
            assert [c.kind for c in review.open_cases(session)] in (["soft"], ["hard"])
    finally:
        hub.laptop.close()
        hub.province.close()


def test_a_decided_record_whose_parent_the_laptop_lacks_is_left_out(hub: Hub, tmp_path: Path) -> None:
    review_resolve.resolve(hub.province, hub.conflict_id(), action="keep_stored", by="นางตรวจ")
    result = reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    member = stored(hub.laptop, "household_member", hub.member_a)
    assert member is not None
    orphan_id = "cccccccc-0000-4000-8000-000000000003"

    def orphan(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        row = {**member, "id": orphan_id, "household_id": "dddddddd-0000-4000-8000-000000000004", "_base": None}
        row["citizen_id"] = "3101700077777"
        decisions = json.loads(members[reference.DECISIONS_MEMBER])
        wrote = [{"table": "household_member", "id": orphan_id, "hlc": row["hlc"], "device": row["device_id"]}]
        decisions.append({**decisions[0], "wrote": wrote})
        members[reference.DECISIONS_MEMBER] = json.dumps(decisions).encode()
        members["records/household_member.jsonl"] = (json.dumps(row, ensure_ascii=False) + "\n").encode()
        manifest["counts"]["household_member"] = 1
        manifest["bundle_id"] = "0d7c6a7e-2f0e-4f6b-9f53-1f4a4f0b9a97"

    path = tmp_path / "orphan.cdfibundle"
    path.write_bytes(_reissue(hub, result.path.read_bytes(), orphan))
    outcome = _take(hub, path)
    assert outcome.status == "applied", outcome.error
    assert outcome.report is not None
    assert [(e["code"], e["record_id"]) for e in outcome.report.errors] == [("reference_parent_missing", orphan_id)]
    assert stored(hub.laptop, "household_member", orphan_id) is None
    house = stored(hub.laptop, "household", hub.household_id)
    assert house is not None and house["house_no"] == "7/7"


def test_a_record_changed_on_the_laptop_after_the_decision_keeps_the_change_and_is_reviewed_again(hub: Hub) -> None:
    review_resolve.resolve(hub.province, hub.conflict_id(), action="keep_stored", by="นางตรวจ")
    result = reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    with UnitOfWork(hub.laptop) as uow:
        house = uow.session.get(m.Household, hub.household_id)
        assert house is not None
        house.house_no = "1/100"
        uow.commit()
    outcome = _take(hub, result.path)
    assert outcome.status == "applied" and outcome.report is not None
    assert [(e["code"], e["record_id"]) for e in outcome.report.errors] == [
        ("reference_changed_here", hub.household_id)
    ]
    mine = stored(hub.laptop, "household", hub.household_id)
    assert mine is not None and mine["house_no"] == "1/100" and mine["device_id"] == hub.laptop.device_id
    _digests_agree(hub)
    with hub.province.session() as session:
        cases = review.open_cases(session)
    assert [(c.table, c.record_id) for c in cases if c.kind != "duplicate"] == [("household", hub.household_id)]


def test_a_decision_on_a_shared_record_reaches_the_laptops_that_hold_it(hub: Hub) -> None:
    with hub.laptop.session() as session:
        village_id = session.scalars(select(m.Village.id)).one()
    village = stored(hub.laptop, "village", village_id)
    assert village is not None
    b_version = {**village, "name": "บ้านบี", "device_id": "bbbbbbbb-0000-4000-8000-000000000002"}
    b_version.update(
        hlc="1900000000002-0000", version=village["version"] + 1, _base=[village["hlc"], village["device_id"]]
    )
    hub.apply_from_b({"village": [b_version]})
    with UnitOfWork(hub.laptop) as uow:
        row = uow.session.get(m.Village, village_id)
        assert row is not None
        row.name = "บ้านเอ"
        uow.commit()
    _export_import(hub.laptop, hub.province, hub.out)
    with hub.province.session() as session:
        [case] = [c for c in review.open_cases(session) if c.table == "village"]
        assert case.institute_id is None
    review_resolve.resolve(hub.province, case.id, action="keep_other", by="นางตรวจ")
    result = reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    outcome = _take(hub, result.path)
    assert outcome.status == "applied" and outcome.report is not None and outcome.report.errors == []
    mine = stored(hub.laptop, "village", village_id)
    assert mine is not None and mine["name"] == "บ้านเอ" and mine["device_id"] == hub.province.device_id
    _digests_agree(hub)


def test_a_dry_run_checks_a_reference_and_writes_nothing(hub: Hub) -> None:
    review_resolve.resolve(hub.province, hub.conflict_id(), action="keep_stored", by="นางตรวจ")
    result = reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    [outcome] = service.import_files(hub.laptop, [result.path], dry_run=True)
    assert outcome.status == "checked" and outcome.report is not None
    assert outcome.report.tables["household"].updated == 1
    house = stored(hub.laptop, "household", hub.household_id)
    assert house is not None and house["house_no"] == "1/99"
    assert hub.laptop.get_setting(reference.LAST_REFERENCE_KEY) == ""
    assert _take(hub, result.path).status == "applied"


def test_a_revoked_laptop_is_not_a_recipient(hub: Hub) -> None:
    review_resolve.resolve(hub.province, hub.conflict_id(), action="keep_stored", by="นางตรวจ")
    keys.revoke(hub.province, hub.laptop.device_id, reason="เครื่องหาย")
    with pytest.raises(BundleRefused) as refused:
        reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    assert refused.value.code == "device_not_enrolled"
    run = reference.export_references(hub.province, hub.out)
    assert run.results == [] and run.left_out == [(B, "reference_no_key")]  # never the revoked laptop


def test_the_key_list_tells_a_laptop_which_keys_were_revoked(hub: Hub) -> None:
    keys.revoke(hub.province, "bbbbbbbb-0000-4000-8000-000000000002", reason="เครื่องหาย")
    result = reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    assert _take(hub, result.path).status == "applied"
    listed = {k["device_id"]: k for k in json.loads(hub.laptop.get_setting(reference.REFERENCE_KEYS_KEY))}
    revoked = listed["bbbbbbbb-0000-4000-8000-000000000002"]
    assert revoked["revoked_at"] and revoked["revoked_reason"] == "เครื่องหาย" and revoked["officer"]
    assert listed[hub.laptop.device_id]["revoked_at"] is None
    institutes = json.loads(hub.laptop.get_setting(reference.REFERENCE_INSTITUTES_KEY))
    assert institutes[0]["devices"] == [hub.laptop.device_id]  # a revoked laptop no longer sends for it
    with hub.laptop.session() as session:  # informative only: the laptop still trusts the province alone
        assert [d.role for d in session.scalars(select(m.SyncDevice))] == ["province"]


def _members(path: Path, laptop: Any) -> dict[str, bytes]:
    bundle = container.open_bundle(path.read_bytes(), name=path.name)
    return dict(container.payload(bundle, decrypt_key=keys.encryption_key(laptop), our_device_id=laptop.device_id))


def test_each_laptop_gets_its_own_reference_with_only_its_institutes_decisions(hub: Hub, tmp_path: Path) -> None:
    other = open_db(tmp_path / "other-district.sqlite")
    try:
        add_institute(other, name="สถาบันการจัดการเงินทุนชุมชนตำบลอื่น")
        enrol(hub.province, other)
        review_resolve.resolve(hub.province, hub.duplicate_id(), action="keep_stored", by="นางตรวจ")
        run = reference.export_references(hub.province, hub.out / "all")
        assert run.left_out == [(B, "reference_no_key")]
        made = {r.path.name.rsplit("-for-", 1)[1][:8]: r for r in run.results}
        mine, theirs = made[hub.laptop.device_id[:8]], made[other.device_id[:8]]
        # the other district's laptop cannot open this laptop's reference, and its own holds no decision
        with pytest.raises(BundleRefused) as refused:
            _members(mine.path, other)
        assert refused.value.code == "payload_not_for_us"
        own = _members(theirs.path, other)
        assert json.loads(own[reference.DECISIONS_MEMBER]) == []
        assert not [n for n in own if n.startswith("records/") and "fiscal_year_profile" not in n]
        # this laptop's holds the decision; the dropped copy's removal carries nothing personal
        members = _members(mine.path, hub.laptop)
        rows = [json.loads(line) for line in members["records/household_member.jsonl"].decode().splitlines()]
        tomb = next(r for r in rows if r["id"] == hub.member_a)
        assert set(tomb) <= {"id", "created_at", "deleted_at", "updated_at", "hlc", "device_id", "version", "_base"}
        assert _take(hub, mine.path).status == "applied"
        copy_a = stored(hub.laptop, "household_member", hub.member_a)
        assert copy_a is not None and copy_a["deleted_at"] is not None and copy_a["first_name"] == "สมศรี"
        assert [o.status for o in service.import_files(other, [theirs.path])] == ["applied"]
    finally:
        other.close()


def test_a_reference_written_but_never_recorded_does_not_block_the_next(hub: Hub) -> None:
    review_resolve.resolve(hub.province, hub.conflict_id(), action="keep_stored", by="นางตรวจ")
    first = reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    assert _take(hub, first.path).status == "applied"
    # a file whose row was lost (killed before the commit), and one the laptop never received
    with hub.province.session(write=True) as session, session.begin():
        row = session.scalars(select(m.SyncBundle).where(m.SyncBundle.kind == "reference")).one()
        session.delete(row)
    again = reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    assert again.seq == 1 and _take(hub, again.path).status == "refused"  # same number, another file: a replay
    skipped = reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    later = reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    assert (skipped.seq, later.seq) == (2, 3)
    assert _take(hub, later.path).status == "applied"  # a later one is taken whole: no chain to follow
    assert _take(hub, skipped.path).status == "ignored"
    assert not list(hub.out.glob("*.partial"))


def test_a_reference_is_renamed_only_after_its_row_is_committed(hub: Hub, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(path: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(container, "publish", fail)
    with pytest.raises(OSError):
        reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id)
    assert list(hub.out.glob("cdfi-reference-*.cdfibundle")) == []
    with hub.province.session() as session:
        row = session.scalars(select(m.SyncBundle).where(m.SyncBundle.kind == "reference")).one()
        assert row.status == "failed" and row.seq == 1
    monkeypatch.undo()
    assert reference.export_reference(hub.province, hub.out, device_id=hub.laptop.device_id).seq == 2


def test_two_references_made_at_once_on_postgresql_get_their_own_numbers(tmp_path: Path, pg_url: str) -> None:
    import threading

    from cdfi_desktop.db.keys import SYNC_ROLE_KEY

    made = build_hub(pg_url, tmp_path / "laptop.sqlite", tmp_path / "usb")
    try:
        seqs: list[int] = []
        holder = made.province.session(write=True)
        holder.begin()  # another writer of reference numbers is at work
        holder.execute(select(m.LocalSetting).where(m.LocalSetting.key == SYNC_ROLE_KEY).with_for_update()).one()

        def second() -> None:
            seqs.append(reference.export_reference(made.province, made.out, device_id=made.laptop.device_id).seq)

        thread = threading.Thread(target=second)
        thread.start()
        thread.join(1.0)
        assert thread.is_alive() and seqs == []  # it waits for the first to commit its number
        holder.rollback()
        holder.close()
        thread.join(30)
        seqs.append(reference.export_reference(made.province, made.out, device_id=made.laptop.device_id).seq)
        assert seqs == [1, 2]
    finally:
        made.laptop.close()
        made.province.close()
