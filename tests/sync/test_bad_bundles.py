"""A corpus of bad bundles: each is refused with its own code and message, and the province's data is unchanged.

Every case starts from good bundles a laptop made (``seq`` 1 unencrypted, with an attachment; ``seq`` 2
encrypted to the province) and spoils them the way a damaged USB stick, a careless edit or an attacker would.
Edits behind the signature are signed again with the laptop's key, so that the check behind it is the one hit.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from cdfi_desktop.db.database import Database
from cdfi_desktop.db.models.sync import SyncBundle, SyncDevice
from cdfi_desktop.services.attachments import attach_file
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.sync import container, keys, service
from cdfi_desktop.sync.errors import ERRORS
from cdfi_desktop.sync.keys import DeviceKey
from tests.support.bundles import (
    add_institute,
    database_digest,
    enrol_only,
    import_province_key,
    make_key,
    make_province,
    manifest_of,
    open_db,
    relist,
    resign,
    resigned,
    rezip,
    unzip,
)


@dataclass
class World:
    tmp: Path
    laptop: Database
    province: Database
    key: DeviceKey
    plain: bytes  # seq 1, unencrypted, with an attachment
    sealed: bytes  # seq 2, encrypted to the province
    institutes: list[str]
    files: list[Path] = field(default_factory=list)

    def file(self, data: bytes, name: str = "bad.cdfibundle") -> Path:
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
        first = add_institute(laptop)
        second = add_institute(laptop, name="สถาบันการจัดการเงินทุนชุมชนบ้านหนองบัว", households=1)
        scan = tmp_path / "minutes.pdf"
        scan.write_bytes(b"%PDF-1.4 minutes of the founding meeting")
        with UnitOfWork(laptop) as uow:
            attach_file(uow, scan, owner_table="institute", owner_id=first, evidence_kind="minutes")
        enrol_only(province, laptop)
        one = service.export_bundle(laptop, tmp_path / "out" / "1.cdfibundle")
        import_province_key(laptop, province)
        two = service.export_bundle(laptop, tmp_path / "out" / "2.cdfibundle", full=True)
        assert one is not None and two is not None and two.encrypted and not one.encrypted
        yield World(
            tmp=tmp_path,
            laptop=laptop,
            province=province,
            key=keys.device_key(laptop),
            plain=one.path.read_bytes(),
            sealed=two.path.read_bytes(),
            institutes=[first, second],
        )
    finally:
        laptop.close()
        province.close()


def flip(data: bytes, at: int | None = None) -> bytes:
    """``data`` with one byte changed (in the middle by default), staying printable ASCII where it was."""
    at = len(data) // 2 if at is None else at
    changed = bytearray(data)
    changed[at] = changed[at] ^ 0x01
    return bytes(changed)


def edit_manifest(
    w: World, data: bytes, change: Callable[[dict[str, Any]], None], key: DeviceKey | None = None
) -> bytes:
    return resigned(data, change, key or w.key)


def edit_members(w: World, change: Callable[[dict[str, bytes]], None]) -> bytes:
    """The plain bundle with its members changed, listed again and signed again."""
    members = unzip(w.plain)
    change(members)
    manifest = relist(manifest_of(members), members)
    return rezip(resign(members, manifest, w.key))


def with_members(data: bytes, change: Callable[[dict[str, bytes]], None]) -> bytes:
    members = unzip(data)
    change(members)
    return rezip(members)


def member_named(data: bytes, prefix: str) -> str:
    return next(name for name in sorted(unzip(data)) if name.startswith(prefix))


# -- the cases ----------------------------------------------------------------------------------------------------
# Each returns the files to import (after any set-up it does on the province, before the digest is taken).
Case = Callable[[World], list[Path]]


def _flip_member(prefix: str, *, sealed: bool = False) -> Case:
    def case(w: World) -> list[Path]:
        data = w.sealed if sealed else w.plain
        name = member_named(data, prefix)

        def change(members: dict[str, bytes]) -> None:
            members[name] = flip(members[name])

        return [w.file(with_members(data, change))]

    return case


def _bad_name(name: str) -> Case:
    def case(w: World) -> list[Path]:
        return [w.file(with_members(w.plain, lambda members: members.__setitem__(name, b"{}\n")))]

    return case


def _flip_manifest(w: World) -> list[Path]:
    def change(members: dict[str, bytes]) -> None:
        text = members[container.MANIFEST]
        members[container.MANIFEST] = text.replace(b'"officer": "', b'"officer": "X', 1)

    return [w.file(with_members(w.plain, change))]


def _flip_minisig(w: World) -> list[Path]:
    def change(members: dict[str, bytes]) -> None:
        lines = members[container.SIGNATURE].split(b"\n")
        lines[1] = lines[1][:20] + (b"A" if lines[1][20:21] != b"A" else b"B") + lines[1][21:]
        members[container.SIGNATURE] = b"\n".join(lines)

    return [w.file(with_members(w.plain, change))]


def _unknown_key(w: World) -> list[Path]:
    stranger = make_key("5f0c3d1e-0000-4000-8000-000000000001")
    return [w.file(edit_manifest(w, w.plain, lambda m: m.update(device_id=stranger.device_id), stranger))]


def _revoked(w: World) -> list[Path]:
    keys.revoke(w.province, w.laptop.device_id, reason="lost")
    return [w.file(w.plain)]


def _replay(w: World) -> list[Path]:
    assert service.import_files(w.province, [w.file(w.plain, "good.cdfibundle")])[0].status == "applied"
    return [w.file(edit_manifest(w, w.plain, lambda m: m.update(officer="someone else")))]


def _chain_broken(w: World) -> list[Path]:
    assert service.import_files(w.province, [w.file(w.plain, "good.cdfibundle")])[0].status == "applied"
    return [w.file(edit_manifest(w, w.sealed, lambda m: m.update(prev_sha256="0" * 64)))]


def _swap_signature(w: World) -> list[Path]:
    other = unzip(w.sealed)[container.SIGNATURE]
    return [w.file(with_members(w.plain, lambda members: members.__setitem__(container.SIGNATURE, other)))]


def _another_devices_key(w: World) -> list[Path]:
    other = open_db(w.tmp / "other.sqlite")
    try:
        keys.enrol(w.province, json.dumps(keys.enrolment_document(other)))
        other_key = keys.device_key(other)
    finally:
        other.close()
    return [w.file(edit_manifest(w, w.plain, lambda m: None, other_key))]


def _another_provinces_key(w: World) -> list[Path]:
    secret = X25519PrivateKey.generate()
    public = secret.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    elsewhere = SyncDevice(
        device_id="a1b2c3d4-0000-4000-8000-00000000000f", encryption_key=base64.b64encode(public).decode()
    )
    members = unzip(w.plain)
    manifest = {k: v for k, v in manifest_of(members).items() if k not in ("members", "encryption")}
    payload = {n: d for n, d in members.items() if n not in (container.MANIFEST, container.SIGNATURE)}
    data, _ = container.build(manifest=manifest, members=payload, key=w.key, recipient=elsewhere)
    return [w.file(data)]


def _undecryptable(w: World) -> list[Path]:
    return [w.file(edit_manifest(w, w.sealed, lambda m: m.update(bundle_id="00000000-0000-4000-8000-000000000000")))]


def _other_institute(w: World) -> list[Path]:
    keys.enrol(w.province, json.dumps(keys.enrolment_document(w.laptop, institute_ids=[w.institutes[0]])))
    return [w.file(w.plain)]


def _malformed_line(w: World) -> list[Path]:
    def change(members: dict[str, bytes]) -> None:
        name = member_named(w.plain, "records/household")
        members[name] = members[name] + b'{"id": "broken\n'

    return [w.file(edit_members(w, change))]


def _attachment_hash(w: World) -> list[Path]:
    def change(members: dict[str, bytes]) -> None:
        name = member_named(w.plain, "attachments/")
        members[name] = b"another file under the first one's name"

    return [w.file(edit_members(w, change))]


def _record_invalid(w: World) -> list[Path]:
    def change(members: dict[str, bytes]) -> None:
        name = member_named(w.plain, "records/debt")
        rows = [json.loads(line) for line in members[name].splitlines()]
        rows[0]["principal"] = "a lot"
        members[name] = b"".join(json.dumps(r, sort_keys=True).encode() + b"\n" for r in rows)

    return [w.file(edit_members(w, change))]


def _counts(w: World) -> list[Path]:
    return [w.file(edit_manifest(w, w.plain, lambda m: m["counts"].update(household=m["counts"]["household"] + 1)))]


def _size(w: World) -> list[Path]:
    def change(manifest: dict[str, Any]) -> None:
        manifest["members"][0]["size"] += 1

    return [w.file(edit_manifest(w, w.plain, change))]


def _missing(w: World) -> list[Path]:
    return [w.file(with_members(w.plain, lambda members: members.pop("audit.jsonl")))]


def _drop(name: str) -> Case:
    return lambda w: [w.file(with_members(w.plain, lambda members: members.pop(name)))]


def _duplicate(w: World) -> list[Path]:
    members = unzip(w.plain)
    with pytest.warns(UserWarning):
        data = rezip(members, extra=[("audit.jsonl", b"{}\n")])
    return [w.file(data)]


def _bomb(w: World) -> list[Path]:
    return [w.file(with_members(w.plain, lambda members: members.__setitem__("records/bomb.jsonl", b"\0" * (8 << 20))))]


def _capped(**caps: int) -> Case:
    def case(w: World) -> list[Path]:
        w.caps = caps  # type: ignore[attr-defined]
        return [w.file(w.plain)]

    return case


def _receipt_into_province(w: World) -> list[Path]:
    done = service.import_files(w.province, [w.file(w.plain, "good.cdfibundle")])
    assert done[0].receipt_path is not None
    return [done[0].receipt_path]


CASES: list[tuple[str, Case, str]] = [
    ("flipped byte in the manifest", _flip_manifest, "signature_invalid"),
    ("flipped byte in the signature", _flip_minisig, "signature_invalid"),
    ("flipped byte in records/village", _flip_member("records/village"), "member_hash_mismatch"),
    ("flipped byte in records/institute", _flip_member("records/institute"), "member_hash_mismatch"),
    ("flipped byte in records/household", _flip_member("records/household"), "member_hash_mismatch"),
    ("flipped byte in records/debt", _flip_member("records/debt"), "member_hash_mismatch"),
    ("flipped byte in records/attachment", _flip_member("records/attachment."), "member_hash_mismatch"),
    ("flipped byte in records/attachment_link", _flip_member("records/attachment_link"), "member_hash_mismatch"),
    ("flipped byte in audit.jsonl", _flip_member("audit.jsonl"), "member_hash_mismatch"),
    ("flipped byte in an attachment", _flip_member("attachments/"), "member_hash_mismatch"),
    ("flipped byte in payload.hpke", _flip_member(container.ENCRYPTED_PAYLOAD, sealed=True), "member_hash_mismatch"),
    ("truncated zip", lambda w: [w.file(w.plain[: len(w.plain) * 2 // 3])], "bundle_unreadable"),
    ("not a zip", lambda w: [w.file("ข้อมูลสถาบัน.xlsx ไม่ใช่ชุดข้อมูล".encode())], "bundle_unreadable"),
    ("empty file", lambda w: [w.file(b"")], "bundle_unreadable"),
    ("unknown key", _unknown_key, "device_unknown"),
    ("revoked key", _revoked, "device_revoked"),
    ("replay of an imported sequence number", _replay, "sequence_replay"),
    ("chain broken", _chain_broken, "chain_broken"),
    (
        "future schema",
        lambda w: [w.file(edit_manifest(w, w.plain, lambda m: m.update(schema_version="9999")))],
        "schema_newer",
    ),
    (
        "old schema",
        lambda w: [w.file(edit_manifest(w, w.plain, lambda m: m.update(schema_version="0005")))],
        "schema_older",
    ),
    (
        "future format",
        lambda w: [w.file(edit_manifest(w, w.plain, lambda m: m.update(format_version=2)))],
        "format_unsupported",
    ),
    (
        "malformed manifest",
        lambda w: [w.file(with_members(w.plain, lambda ms: ms.__setitem__(container.MANIFEST, b"{")))],
        "manifest_malformed",
    ),
    ("manifest missing", _drop(container.MANIFEST), "manifest_missing"),
    ("signature missing", _drop(container.SIGNATURE), "signature_missing"),
    ("zip bomb", _bomb, "ratio_too_high"),
    ("too many members", _capped(max_members=5), "too_many_members"),
    ("member too large", _capped(max_member=200), "member_too_large"),
    ("file too large", _capped(max_file=1000), "bundle_too_large"),
    ("../ path", _bad_name("../../etc/cron.d/x"), "member_unsafe_path"),
    ("absolute path", _bad_name("/etc/passwd"), "member_unsafe_path"),
    ("backslash path", _bad_name("records\\..\\x.jsonl"), "member_unsafe_path"),
    ("drive letter", _bad_name("C:/Windows/x"), "member_unsafe_path"),
    ("duplicate members", _duplicate, "member_duplicate"),
    ("member missing", _missing, "member_missing"),
    (
        "unlisted member",
        lambda w: [w.file(with_members(w.plain, lambda ms: ms.__setitem__("records/extra.jsonl", b"")))],
        "member_unlisted",
    ),
    ("counts differ from the payload", _counts, "counts_mismatch"),
    ("size differs from the manifest", _size, "member_size_mismatch"),
    ("payload for another province's key", _another_provinces_key, "payload_not_for_us"),
    ("payload moved to another bundle id", _undecryptable, "payload_undecryptable"),
    ("signature over another manifest", _swap_signature, "signature_invalid"),
    ("signed by another enrolled device's key", _another_devices_key, "signature_invalid"),
    ("record of another institute", _other_institute, "record_other_institute"),
    ("malformed JSON line", _malformed_line, "payload_malformed"),
    ("attachment not matching its hash", _attachment_hash, "attachment_hash_mismatch"),
    ("record with a bad value", _record_invalid, "record_invalid"),
    ("receipt imported into a province", _receipt_into_province, "wrong_kind"),
]


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 30
    assert all(code in ERRORS for _, _, code in CASES)


def test_the_good_bundles_import(world: World) -> None:
    # GIVEN the corpus's good bundles THEN they import (so each bad case fails for its own fault only)
    outcomes = service.import_files(world.province, [world.file(world.sealed), world.file(world.plain)])
    assert [o.status for o in outcomes] == ["applied", "applied"], [o.error for o in outcomes]


@pytest.mark.parametrize(("label", "make", "code"), CASES, ids=[c[0] for c in CASES])
def test_a_bad_bundle_is_refused_with_its_code_and_nothing_changes(
    world: World, monkeypatch: pytest.MonkeyPatch, label: str, make: Case, code: str
) -> None:
    # GIVEN a spoiled bundle (and whatever set-up the case does on the province)
    files = make(world)
    caps = getattr(world, "caps", None)
    if caps:
        defaults = container.DEFAULT_LIMITS
        limits = container.Limits(**{**defaults.__dict__, **caps})
        monkeypatch.setattr(container, "DEFAULT_LIMITS", limits)
    before = database_digest(world.province)
    # WHEN the province imports it
    outcomes = service.import_files(world.province, files)
    # THEN it is refused with the case's code and a message in Thai and English, and nothing is written
    assert [o.status for o in outcomes] == ["refused"], (label, [o.error for o in outcomes])
    error = outcomes[0].error
    assert error is not None and error["code"] == code, (label, error)
    assert error["message_th"] and error["message_en"] and error["message_th"] != error["message_en"]
    assert f"[{code}]" not in error["message_en"], error  # every parameter of the message was given
    assert database_digest(world.province) == before


def test_a_sequence_gap_is_held_not_written(world: World) -> None:
    # GIVEN bundle 2, made after the province confirmed bundle 1, without bundle 1 WHEN imported THEN it is
    # held, with its code, and no record is written
    before = database_digest(world.province, exclude=("sync_bundle",))
    after_one = edit_manifest(world, world.sealed, lambda m: m.update(since_seq=1, full=False))
    outcomes = service.import_files(world.province, [world.file(after_one)])
    assert [o.status for o in outcomes] == ["held"]
    assert outcomes[0].error is not None and outcomes[0].error["code"] == "sequence_gap"
    assert database_digest(world.province, exclude=("sync_bundle",)) == before


def test_a_changes_bundle_imported_into_a_laptop_is_the_wrong_kind(world: World) -> None:
    before = database_digest(world.laptop)
    outcomes = service.import_files(world.laptop, [world.file(world.plain)])
    assert [o.status for o in outcomes] == ["refused"]
    assert outcomes[0].error is not None and outcomes[0].error["code"] == "wrong_kind"
    assert database_digest(world.laptop) == before


def test_a_held_bundle_refused_when_its_turn_comes_is_no_longer_held(world: World) -> None:
    # GIVEN bundle 2, made after bundle 1 was confirmed but naming another bundle before it, held for the gap
    broken = edit_manifest(world, world.sealed, lambda m: m.update(since_seq=1, full=False, prev_sha256="0" * 64))
    assert [o.status for o in service.import_files(world.province, [world.file(broken)])] == ["held"]
    # WHEN bundle 1 arrives THEN it is applied, and bundle 2 is refused (its chain is broken), its file dropped
    outcomes = service.import_files(world.province, [world.file(world.plain)])
    assert [(o.seq, o.status) for o in outcomes] == [(1, "applied"), (2, "refused")]
    assert outcomes[1].error is not None and outcomes[1].error["code"] == "chain_broken"
    with world.province.session() as session:
        rows = session.query(SyncBundle).filter_by(direction="in").order_by(SyncBundle.seq).all()
        assert [(r.seq, r.status, r.payload is None) for r in rows] == [(1, "applied", True), (2, "refused", True)]
