"""Bundles and receipts made by someone who wants the province or the laptop to take what it should not.

Each test is one attack: a zip the reader could choke on, a manifest trusted before its signature, a signed
manifest with values the database cannot hold, a receipt that moves the acknowledged point further than the
bundle it answers, a held bundle of a key revoked since, an enrolment that reuses another laptop's key. Every
one must end as a refusal with its code (never an exception), and nothing the attack aims at may change.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import struct
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from cdfi_desktop.db.database import Database
from cdfi_desktop.db.keys import SYNC_ACK_AUDIT_KEY, SYNC_ACK_HLC_KEY, SYNC_LAST_RECEIPT_KEY
from cdfi_desktop.sync import container, keys, service
from cdfi_desktop.sync.errors import ERRORS, BundleRefused
from cdfi_desktop.sync.keys import DeviceKey
from tests.support.bundles import (
    add_household,
    add_institute,
    database_digest,
    enrol,
    make_key,
    make_province,
    manifest_of,
    open_db,
    resign,
    resigned,
    rezip,
    sample_manifest,
    unzip,
)


@dataclass
class World:
    tmp: Path
    laptop: Database
    province: Database
    key: DeviceKey
    first: Path  # the laptop's bundle 1, encrypted to the province
    institute: str
    files: list[Path] = field(default_factory=list)

    def file(self, data: bytes, name: str = "attack.cdfibundle") -> Path:
        path = self.tmp / "in" / f"{len(self.files):02d}-{name}"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        self.files.append(path)
        return path


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    laptop = open_db(tmp_path / "laptop.sqlite")
    province = make_province(tmp_path / "province.sqlite")
    try:
        institute = add_institute(laptop)
        enrol(province, laptop)
        first = service.export_bundle(laptop, tmp_path / "out")
        assert first is not None and first.encrypted
        yield World(tmp_path, laptop, province, keys.device_key(laptop), first.path, institute)
    finally:
        laptop.close()
        province.close()


edited = resigned  # the bundle with its manifest changed and signed again by a key


def refused_with(outcome: service.ImportOutcome) -> str:
    assert outcome.status == "refused", outcome.to_dict()
    assert outcome.error is not None
    code = str(outcome.error["code"])
    assert code in ERRORS
    return code


def one(db: Database, path: Path, **kwargs: Any) -> service.ImportOutcome:
    outcomes = service.import_files(db, [path], **kwargs)
    assert len(outcomes) == 1, [o.to_dict() for o in outcomes]
    return outcomes[0]


def small_bundle(key: DeviceKey, **manifest: Any) -> bytes:
    data, _ = container.build(manifest=sample_manifest(**manifest), members={"audit.jsonl": b'{"id": 1}\n'}, key=key)
    return data


# -- the zip --------------------------------------------------------------------------------------------------------


def test_a_zip_claiming_a_newer_zip_version_is_refused_not_raised() -> None:
    data = bytearray(small_bundle(make_key("dev-1")))
    directory = data.rfind(b"PK\x01\x02")
    data[directory + 6 : directory + 8] = struct.pack("<H", 99)  # "needs zip version 9.9 to extract"
    with pytest.raises(BundleRefused) as refused:
        container.open_bundle(bytes(data), name="new.cdfibundle")
    assert refused.value.code == "bundle_unreadable"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("manifest.json", "MANIFEST.json"),  # one file where names are not case-sensitive (Windows, macOS)
        ("audit.jsonl", "Audit.jsonl"),
        ("records/caf\u00e9.jsonl", "records/cafe\u0301.jsonl"),  # the same name, composed and decomposed
    ],
)
def test_two_members_that_are_one_file_on_another_system_are_duplicates(first: str, second: str) -> None:
    key = make_key("dev-1")
    members = unzip(small_bundle(key))
    members[first] = members.get(first, b"{}\n")
    data = rezip(members, extra=[(second, b"{}\n")])
    with pytest.raises(BundleRefused) as refused:
        container.open_bundle(data, name="twins.cdfibundle")
    assert refused.value.code == "member_duplicate"


def _stored_zip(name: str, body: bytes, *, declared_size: int | None = None, declared_crc: int | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, body)
    data = bytearray(buffer.getvalue())
    directory = data.rfind(b"PK\x01\x02")
    if declared_size is not None:  # the local header and the directory agree, and both lie
        struct.pack_into("<I", data, 22, declared_size)
        struct.pack_into("<I", data, directory + 24, declared_size)
    if declared_crc is not None:
        struct.pack_into("<I", data, 14, declared_crc)
        struct.pack_into("<I", data, directory + 16, declared_crc)
    return bytes(data)


def test_a_member_declared_small_that_expands_further_is_refused() -> None:
    body = b"\0" * (4 << 20)
    data = _stored_zip("records/household.jsonl", body, declared_size=100)
    with pytest.raises(BundleRefused) as refused:
        container.read_zip(data, name="liar.cdfibundle", limits=container.DEFAULT_LIMITS)
    assert refused.value.code in ("bundle_unreadable", "ratio_too_high")


def test_a_member_declared_small_yields_at_most_its_declared_size_even_with_a_matching_crc() -> None:
    import zlib

    body = b"\0" * (4 << 20)
    data = _stored_zip("records/household.jsonl", body, declared_size=100, declared_crc=zlib.crc32(b"\0" * 100))
    members = container.read_zip(data, name="liar.cdfibundle", limits=container.DEFAULT_LIMITS)
    assert len(members["records/household.jsonl"]) == 100  # never the 4 MiB behind the lie


def test_a_data_descriptor_lying_about_sizes_is_refused() -> None:
    class Unseekable(io.RawIOBase):  # zipfile then writes sizes after the data, in a data descriptor
        def __init__(self) -> None:
            self.buffer = bytearray()

        def writable(self) -> bool:
            return True

        def write(self, chunk: Any) -> int:
            self.buffer += bytes(chunk)
            return len(chunk)

    out = Unseekable()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive, archive.open("audit.jsonl", "w") as m:
        m.write(b"\0" * (4 << 20))
    data = bytearray(out.buffer)
    descriptor = data.find(b"PK\x07\x08")
    assert descriptor > 0
    struct.pack_into("<I", data, descriptor + 12, 10)  # uncompressed size: 10 bytes
    directory = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, directory + 24, 10)
    with pytest.raises(BundleRefused) as refused:
        container.read_zip(bytes(data), name="descriptor.cdfibundle", limits=container.DEFAULT_LIMITS)
    assert refused.value.code == "bundle_unreadable"


def test_many_members_each_just_under_the_ratio_floor_cannot_expand_without_bound() -> None:
    """Members under 1 MiB are not held to the ratio one by one; together they are (a bomb of small members)."""
    body = b"\0" * ((1 << 20) - 1)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for number in range(100):
            archive.writestr(f"attachments/{number:064x}", body)
    data = buffer.getvalue()
    assert len(data) * 200 < 100 * len(body)
    with pytest.raises(BundleRefused) as refused:
        container.read_zip(data, name="small-bombs.cdfibundle", limits=container.DEFAULT_LIMITS)
    assert refused.value.code == "ratio_too_high"


def test_a_symlink_member_is_only_bytes_and_its_target_is_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("do not send")
    info = zipfile.ZipInfo("audit.jsonl", date_time=(2020, 1, 1, 0, 0, 0))
    info.external_attr = (0o120777 << 16) | 0x20  # a symbolic link
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(info, str(secret))
    members = container.read_zip(buffer.getvalue(), name="link.cdfibundle", limits=container.DEFAULT_LIMITS)
    assert members == {"audit.jsonl": str(secret).encode()}


def test_a_nested_zip_in_the_payload_is_capped_like_the_outer_one(world: World) -> None:
    from cdfi_desktop.db.models.sync import SyncDevice

    with world.laptop.session() as session:
        province = keys.province_entry(session)
        assert province is not None
        session.expunge(province)
    bomb = b"\0" * (8 << 20)
    inner = rezip({"records/household.jsonl": bomb})
    data, _ = container.build(
        manifest=sample_manifest(schema_version=manifest_of(unzip(world.first.read_bytes()))["schema_version"]),
        members={"records/household.jsonl": bomb, "nested.zip": inner},
        key=world.key,
        recipient=SyncDevice(device_id=province.device_id, encryption_key=province.encryption_key),
    )
    before = database_digest(world.province)
    outcome = one(world.province, world.file(data))
    assert refused_with(outcome) == "ratio_too_high"
    assert database_digest(world.province) == before


# -- the manifest before the signature -------------------------------------------------------------------------------


def test_an_unsigned_manifest_is_refused_for_its_signature_before_its_schema_is_read(world: World) -> None:
    members = unzip(world.first.read_bytes())
    manifest = manifest_of(members)
    manifest["schema_version"] = "9999"  # "update the app", from a file nobody signed
    members[container.MANIFEST] = container.manifest_bytes(manifest)
    outcome = one(world.province, world.file(rezip(members)))
    assert refused_with(outcome) == "signature_invalid"


def test_a_manifest_naming_another_device_is_checked_with_that_devices_key(world: World) -> None:
    other = open_db(world.tmp / "other.sqlite")
    try:
        enrol(world.province, other)
    finally:
        other.close()
    with world.province.session() as session:
        other_id = next(d.device_id for d in keys.enrolled_devices(session) if d.device_id != world.laptop.device_id)
    forged = edited(world.first.read_bytes(), lambda m: m.update(device_id=other_id), world.key)
    assert refused_with(one(world.province, world.file(forged))) == "signature_invalid"


# -- signed manifests with values the database cannot hold (a laptop's key, or a stolen one) -------------------------


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"created_at": "2026-02-30T00:00:00Z"}, "manifest_malformed"),  # no such day
        ({"created_at": "2026-13-45T99:99:99Z"}, "manifest_malformed"),
        ({"seq": 2**31}, "manifest_malformed"),  # more than the sequence column holds
        ({"seq": 2**70}, "manifest_malformed"),
        ({"upto_audit": 2**63}, "manifest_malformed"),
        ({"officer": "ก" * 201}, "manifest_malformed"),  # longer than the column
        ({"upto_hlc": "9" * 41}, "manifest_malformed"),
        ({"digest": "1:" + "0" * 100}, "manifest_malformed"),
    ],
    ids=lambda v: json.dumps(v)[:40] if isinstance(v, dict) else str(v),
)
def test_a_signed_manifest_with_values_out_of_range_is_refused(world: World, change: dict[str, Any], code: str) -> None:
    before = database_digest(world.province)
    forged = edited(world.first.read_bytes(), lambda m: m.update(change), world.key)
    assert refused_with(one(world.province, world.file(forged))) == code
    assert database_digest(world.province) == before


def test_signed_manifests_mutated_at_random_are_refused_with_a_code_or_imported(world: World) -> None:
    """A laptop's own key signing nonsense: every outcome is an import or a refusal with a code."""
    rng = random.Random(12)
    good = world.first.read_bytes()
    base = manifest_of(unzip(good))
    values: list[Any] = [None, True, -1, 0, 2**31, 2**64, 1.5, "", "x" * 300, [], {}, ["x"], {"a": 1}, "2026-02-30"]
    fields = sorted(base)
    deadline = time.monotonic() + 8
    tried = 0
    while time.monotonic() < deadline and tried < 60:
        tried += 1

        def change(manifest: dict[str, Any]) -> None:
            for _ in range(rng.randint(1, 3)):
                manifest[rng.choice(fields)] = rng.choice(values)

        outcome = one(world.province, world.file(edited(good, change, world.key)), dry_run=True)
        if outcome.status == "refused":
            refused_with(outcome)
    assert tried >= 10


# -- the HPKE payload ------------------------------------------------------------------------------------------------


def test_a_payload_moved_from_another_bundle_is_refused(world: World) -> None:
    add_household(world.laptop, world.institute)
    second = service.export_bundle(world.laptop, world.tmp / "out")
    assert second is not None
    sealed_two = unzip(second.path.read_bytes())[container.ENCRYPTED_PAYLOAD]
    members = unzip(world.first.read_bytes())
    manifest = manifest_of(members)
    members[container.ENCRYPTED_PAYLOAD] = sealed_two
    manifest["encryption"] = manifest_of(unzip(second.path.read_bytes()))["encryption"]
    manifest["members"] = manifest_of(unzip(second.path.read_bytes()))["members"]
    manifest["counts"] = second.counts
    forged = rezip(resign(members, manifest, world.key))  # bundle 1's id, bundle 2's sealed payload
    assert refused_with(one(world.province, world.file(forged))) == "payload_undecryptable"


# -- sequence --------------------------------------------------------------------------------------------------------


def test_a_bundle_signed_before_revocation_and_imported_after_is_refused(world: World) -> None:
    keys.revoke(world.province, world.laptop.device_id, reason="stolen")
    before = database_digest(world.province)
    assert refused_with(one(world.province, world.first)) == "device_revoked"
    assert database_digest(world.province) == before


def test_a_held_bundle_of_a_key_revoked_and_replaced_since_is_never_applied(world: World) -> None:
    """Bundle 3 (after 2) is held; the key is revoked and the device enrolled with a new key; bundles 1 and 2
    under the new key close the gap, and the held bundle, signed by the old key, is refused."""
    data = world.first.read_bytes()
    held = edited(data, lambda m: m.update(seq=3, since_seq=2), world.key)
    outcome = one(world.province, world.file(held))
    assert outcome.status == "held"
    keys.revoke(world.province, world.laptop.device_id, reason="lost")
    new_key = make_key(world.laptop.device_id)
    document = keys.enrolment_document(world.laptop)
    document.update(key_id=new_key.key_id_hex, public_key=new_key.public_b64, fingerprint=new_key.fingerprint)
    keys.enrol(world.province, json.dumps(keys.sign_document(new_key, document)))
    assert refused_with(one(world.province, world.file(data))) == "signature_invalid"  # the old key is gone
    first = edited(data, lambda m: m.update(key_id=new_key.key_id_hex), new_key)
    first_hash = manifest_of(unzip(first))
    outcomes = service.import_files(world.province, [world.file(first)])
    assert [o.status for o in outcomes] == ["applied"], [o.message_en for o in outcomes]
    sha = hashlib.sha256(container.manifest_bytes(first_hash)).hexdigest()
    second = edited(
        data,
        lambda m: m.update(seq=2, since_seq=1, prev_sha256=sha, key_id=new_key.key_id_hex),
        new_key,
    )
    outcomes = service.import_files(world.province, [world.file(second)])
    statuses = {o.seq: o.status for o in outcomes}
    assert statuses.get(2) == "applied", [o.to_dict() for o in outcomes]
    assert statuses.get(3) in (None, "refused"), [o.to_dict() for o in outcomes]
    with world.province.session() as session:
        device = keys.trusted_device(session, world.laptop.device_id)
        assert device is not None and device.last_seq == 2


def test_a_bundle_far_ahead_with_since_seq_cannot_move_the_sequence_of_another_device(world: World) -> None:
    stranger = make_key(world.laptop.device_id)  # the laptop's id, not its key
    forged = edited(world.first.read_bytes(), lambda m: m.update(seq=1000, since_seq=0), stranger)
    assert refused_with(one(world.province, world.file(forged))) == "signature_invalid"
    with world.province.session() as session:
        device = keys.trusted_device(session, world.laptop.device_id)
        assert device is not None and device.last_seq == 0


# -- receipts --------------------------------------------------------------------------------------------------------


@pytest.fixture
def receipt(world: World) -> Path:
    outcome = one(world.province, world.first)
    assert outcome.status == "applied" and outcome.receipt_path is not None
    return outcome.receipt_path


def test_a_receipt_cannot_move_the_acknowledged_point_past_the_bundle_it_answers(world: World, receipt: Path) -> None:
    province_key = keys.device_key(world.province)

    def further(manifest: dict[str, Any]) -> None:
        manifest["receipt"]["upto_hlc"] = "9999999999999-9999"
        manifest["receipt"]["upto_audit"] = 2**30
        manifest["upto_hlc"] = "9999999999999-9999"

    forged = world.file(edited(receipt.read_bytes(), further, province_key))
    assert one(world.laptop, forged).status == "confirmed"
    sent = manifest_of(unzip(world.first.read_bytes()))
    assert world.laptop.get_setting(SYNC_ACK_HLC_KEY) == sent["upto_hlc"]  # what bundle 1 held, no further
    assert int(world.laptop.get_setting(SYNC_ACK_AUDIT_KEY) or 0) == sent["upto_audit"]


def test_a_receipt_signed_by_a_laptop_is_refused(world: World, receipt: Path) -> None:
    forged = world.file(edited(receipt.read_bytes(), lambda m: None, world.key))  # signed as the province
    assert refused_with(one(world.laptop, forged)) == "signature_invalid"
    as_itself = edited(receipt.read_bytes(), lambda m: m.update(device_id=world.laptop.device_id), world.key)
    assert refused_with(one(world.laptop, world.file(as_itself))) == "device_unknown"


def test_a_receipt_for_another_device_is_refused(world: World, receipt: Path) -> None:
    province_key = keys.device_key(world.province)
    forged = edited(receipt.read_bytes(), lambda m: m["receipt"].update(for_device="someone-else"), province_key)
    assert refused_with(one(world.laptop, world.file(forged))) == "receipt_not_for_us"


def test_a_receipt_for_a_bundle_never_made_is_refused(world: World, receipt: Path) -> None:
    province_key = keys.device_key(world.province)
    forged = edited(receipt.read_bytes(), lambda m: m["receipt"].update(bundle_sha256="a" * 64), province_key)
    assert refused_with(one(world.laptop, world.file(forged))) == "receipt_unknown_bundle"


def test_an_older_receipt_replayed_after_a_newer_one_moves_nothing_back(world: World, receipt: Path) -> None:
    assert one(world.laptop, receipt).status == "confirmed"
    again = one(world.province, world.first)  # the province answers the retry with a new receipt for bundle 1
    assert again.status == "ignored" and again.receipt_path is not None
    older = world.file(again.receipt_path.read_bytes(), "older-receipt.cdfibundle")
    add_household(world.laptop, world.institute)
    second = service.export_bundle(world.laptop, world.tmp / "out")
    assert second is not None
    applied = one(world.province, second.path)
    assert applied.status == "applied" and applied.receipt_path is not None
    assert one(world.laptop, applied.receipt_path).status == "confirmed"
    ack = world.laptop.get_setting(SYNC_ACK_HLC_KEY)
    last = json.loads(world.laptop.get_setting(SYNC_LAST_RECEIPT_KEY))
    assert last["seq"] == 2
    assert one(world.laptop, older).status in ("confirmed", "ignored")
    assert world.laptop.get_setting(SYNC_ACK_HLC_KEY) == ack
    assert json.loads(world.laptop.get_setting(SYNC_LAST_RECEIPT_KEY))["seq"] == 2  # still the newest


def test_a_receipt_with_a_malformed_report_is_refused_with_a_code(world: World, receipt: Path) -> None:
    province_key = keys.device_key(world.province)
    forged = edited(receipt.read_bytes(), lambda m: m["receipt"].update(report={"tables": {"x": 5}}), province_key)
    assert refused_with(one(world.laptop, world.file(forged))) == "manifest_malformed"


def test_the_same_receipt_twice_changes_nothing(world: World, receipt: Path) -> None:
    assert one(world.laptop, receipt).status == "confirmed"
    before = database_digest(world.laptop)
    assert one(world.laptop, receipt).status == "ignored"
    assert database_digest(world.laptop) == before


# -- keys ------------------------------------------------------------------------------------------------------------


def test_an_enrolment_file_of_the_provinces_own_device_is_refused(world: World) -> None:
    own = keys.device_key(world.province)
    document = keys.enrolment_document(world.laptop)
    document.update(
        device_id=own.device_id, key_id=own.key_id_hex, public_key=own.public_b64, fingerprint=own.fingerprint
    )
    with pytest.raises(BundleRefused) as refused:
        keys.enrol(world.province, json.dumps(keys.sign_document(own, document)))
    assert refused.value.code == "key_file_malformed"


def test_an_enrolment_file_reusing_another_laptops_key_under_a_new_id_is_refused(world: World) -> None:
    """Otherwise the first laptop could sign as the second, for the second's institutes."""
    document = keys.enrolment_document(world.laptop)
    document["device_id"] = "0b0b0b0b-0000-4000-8000-000000000002"
    with pytest.raises(BundleRefused) as refused:
        keys.enrol(world.province, json.dumps(keys.sign_document(keys.device_key(world.laptop), document)))
    assert refused.value.code == "key_file_malformed"


def test_a_key_file_is_readable_by_its_user_only(world: World) -> None:
    import os
    import stat

    path = keys.key_file(world.laptop.device_id)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    os.chmod(path, 0o644)
    keys.device_key(world.laptop)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_key_file_overwritten_signs_bundles_the_province_refuses(world: World) -> None:
    path = keys.key_file(world.laptop.device_id)
    path.unlink()
    add_household(world.laptop, world.institute)
    one(world.province, world.first)
    made = service.export_bundle(world.laptop, world.tmp / "out")  # a new key made in place of the lost one
    assert made is not None
    assert refused_with(one(world.province, made.path)) == "signature_invalid"


def test_a_key_file_that_is_not_a_key_is_refused_with_a_code(world: World) -> None:
    path = keys.key_file(world.laptop.device_id)
    path.write_bytes(b"-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n")
    with pytest.raises(BundleRefused) as refused:
        keys.device_key(world.laptop)
    assert refused.value.code == "key_file_malformed"


# -- fuzzing -----------------------------------------------------------------------------------------------------------


def _mutate(data: bytes, rng: random.Random) -> bytes:
    changed = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(changed))
        roll = rng.random()
        if roll < 0.6:
            changed[at] = rng.randrange(256)
        elif roll < 0.8:
            del changed[at : at + rng.randint(1, 20)]
        else:
            changed[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
    return bytes(changed)


def test_random_and_mutated_bytes_open_as_a_refusal_with_a_code() -> None:
    key = make_key("dev-1")
    good = small_bundle(key)
    rng = random.Random(2026)
    samples = [bytes(rng.randrange(256) for _ in range(rng.randint(0, 300))) for _ in range(200)]
    samples += [b"PK\x05\x06" + bytes(18), b"PK\x03\x04", b""]
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        samples.append(_mutate(good, rng))
        if len(samples) > 30_000:
            break
    for data in samples:
        try:
            bundle = container.open_bundle(data, name="fuzz.cdfibundle")
            container.check_signature(bundle, key_id=key.key_id, public_key=key.public_bytes)
            container.payload(bundle, decrypt_key=None, our_device_id="province")
        except BundleRefused as exc:
            assert exc.code in ERRORS


def test_mutated_bundles_import_as_a_refusal_with_a_code(world: World) -> None:
    rng = random.Random(7)
    good = world.first.read_bytes()
    files = [world.file(_mutate(good, rng), f"m{n}.cdfibundle") for n in range(40)]
    before = database_digest(world.province)
    for outcome in service.import_files(world.province, files, dry_run=True):
        refused_with(outcome)
    assert database_digest(world.province) == before
