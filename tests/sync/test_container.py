"""The bundle file: written with its manifest, signature and members (or their encrypted payload), read safely."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from cdfi_desktop.db.models.sync import SyncDevice
from cdfi_desktop.sync import container
from cdfi_desktop.sync.container import Limits, open_bundle, payload
from cdfi_desktop.sync.errors import BundleRefused
from tests.support.bundles import make_key, rezip, sample_manifest, unzip

MEMBERS = {
    "records/household.jsonl": b'{"id": "h1"}\n{"id": "h2"}\n',
    "audit.jsonl": b'{"id": 1}\n',
    "attachments/" + hashlib.sha256(b"scan").hexdigest(): b"scan",
}


def _province(key: X25519PrivateKey, device_id: str = "province-1") -> SyncDevice:
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return SyncDevice(device_id=device_id, role="province", encryption_key=base64.b64encode(public).decode())


def test_written_bundle_lists_every_member_with_hash_and_size_and_reads_back(tmp_path: Path) -> None:
    # GIVEN a device key WHEN a bundle is written without a recipient
    key = make_key("laptop-1")
    path = tmp_path / "b.cdfibundle"
    sha = container.write(path, manifest=sample_manifest(), members=MEMBERS, key=key)

    # THEN the zip holds the manifest, its signature and the members as they are; the hash is the manifest's
    with zipfile.ZipFile(path) as archive:
        names = sorted(archive.namelist())
        manifest_raw = archive.read(container.MANIFEST)
    assert names == sorted([container.MANIFEST, container.SIGNATURE, *MEMBERS])
    assert sha == hashlib.sha256(manifest_raw).hexdigest()
    manifest = json.loads(manifest_raw)
    assert list(manifest) == sorted(manifest)
    assert (
        manifest["encryption"] is None and manifest["device_id"] == "laptop-1" and manifest["key_id"] == key.key_id_hex
    )
    assert {e["name"]: (e["sha256"], e["size"]) for e in manifest["members"]} == {
        n: (hashlib.sha256(d).hexdigest(), len(d)) for n, d in MEMBERS.items()
    }
    bundle = open_bundle(path, name="b")
    assert bundle.manifest_sha256 == sha and bundle.manifest == manifest
    assert payload(bundle, decrypt_key=None, our_device_id="whoever") == MEMBERS
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left beside it


def test_encrypted_bundle_holds_only_the_sealed_payload_and_opens_with_the_province_key(tmp_path: Path) -> None:
    # GIVEN the province's X25519 key WHEN a bundle is written to it
    secret = X25519PrivateKey.generate()
    path = tmp_path / "b.cdfibundle"
    container.write(
        path, manifest=sample_manifest(), members=MEMBERS, key=make_key("laptop-1"), recipient=_province(secret)
    )
    with zipfile.ZipFile(path) as archive:
        names = sorted(archive.namelist())
        assert b"h1" not in archive.read(container.ENCRYPTED_PAYLOAD)
    # THEN only the manifest, its signature and payload.hpke are in the zip, and the manifest says how it is sealed
    assert names == [container.MANIFEST, container.SIGNATURE, container.ENCRYPTED_PAYLOAD]
    bundle = open_bundle(path, name="b")
    encryption = bundle.manifest["encryption"]
    assert encryption["scheme"] == "HPKE" and encryption["recipient_device"] == "province-1"
    assert payload(bundle, decrypt_key=secret, our_device_id="province-1") == MEMBERS

    # AND another key, or another device, is told the payload is not for it
    with pytest.raises(BundleRefused) as other_key:
        payload(bundle, decrypt_key=X25519PrivateKey.generate(), our_device_id="province-1")
    assert other_key.value.code == "payload_not_for_us"
    with pytest.raises(BundleRefused) as other_device:
        payload(bundle, decrypt_key=secret, our_device_id="province-2")
    assert other_device.value.code == "payload_not_for_us"


def test_a_payload_sealed_for_another_bundle_id_cannot_be_decrypted(tmp_path: Path) -> None:
    # GIVEN an encrypted bundle WHEN its manifest names another bundle id (the payload moved to another bundle)
    secret = X25519PrivateKey.generate()
    data, _ = container.build(
        manifest=sample_manifest(), members=MEMBERS, key=make_key("l"), recipient=_province(secret)
    )
    members = _unzip(data)
    manifest = json.loads(members[container.MANIFEST])
    manifest["bundle_id"] = "another-bundle"
    members[container.MANIFEST] = container.manifest_bytes(manifest)
    bundle = open_bundle(rezip(members), name="b")
    # THEN decrypting fails as undecryptable
    with pytest.raises(BundleRefused) as refused:
        payload(bundle, decrypt_key=secret, our_device_id="province-1")
    assert refused.value.code == "payload_undecryptable"


def _unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _good() -> dict[str, bytes]:
    data, _ = container.build(manifest=sample_manifest(), members=MEMBERS, key=make_key("l"))
    return _unzip(data)


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("", "empty name"),
        ("/etc/passwd", "absolute path"),
        ("../up", "empty, '.' or '..' part"),
        ("records/../../up", "empty, '.' or '..' part"),
        ("a\\b", "backslash"),
        ("C:/x", "drive letter"),
        ("a//b", "empty, '.' or '..' part"),
        ("./a", "empty, '.' or '..' part"),
        ("dir/", "empty, '.' or '..' part"),
        ("a\x00b", "control character"),
        ("records/household.jsonl", ""),
    ],
)
def test_unsafe_member_names_are_named(name: str, problem: str) -> None:
    assert container.unsafe_name(name) == problem


def test_GIVEN_an_unsafe_member_WHEN_opened_THEN_refused_before_anything_is_read() -> None:
    members = _good()
    members["../evil"] = b"x"
    with pytest.raises(BundleRefused) as refused:
        open_bundle(rezip(members), name="b")
    assert refused.value.code == "member_unsafe_path"


def test_caps_on_file_size_member_count_member_size_and_ratio() -> None:
    members = _good()
    data = rezip(members)
    cases: list[tuple[Limits, str]] = [
        (
            Limits(max_file=len(data) - 1, max_members=99, max_member=1 << 20, max_total=1 << 22, max_ratio=200),
            "bundle_too_large",
        ),
        (
            Limits(
                max_file=1 << 30, max_members=len(members) - 1, max_member=1 << 20, max_total=1 << 22, max_ratio=200
            ),
            "too_many_members",
        ),
        (Limits(max_file=1 << 30, max_members=99, max_member=20, max_total=1 << 22, max_ratio=200), "member_too_large"),
        (Limits(max_file=1 << 30, max_members=99, max_member=1 << 20, max_total=50, max_ratio=200), "member_too_large"),
    ]
    for limits, code in cases:
        with pytest.raises(BundleRefused) as refused:
            open_bundle(data, name="b", limits=limits)
        assert refused.value.code == code
    members["records/bomb.jsonl"] = b"\0" * (8 << 20)
    with pytest.raises(BundleRefused) as bomb:
        open_bundle(rezip(members), name="b")
    assert bomb.value.code == "ratio_too_high"


def test_a_member_larger_than_its_declared_size_is_refused() -> None:
    # GIVEN a zip whose central directory understates a member's size (a lie to pass the directory's checks)
    members = _good()
    members["records/big.jsonl"] = b"y" * 5000
    data = bytearray(rezip(members))
    start = 0
    while True:
        at = data.index(b"PK\x01\x02", start)
        length = int.from_bytes(data[at + 28 : at + 30], "little")
        if bytes(data[at + 46 : at + 46 + length]) == b"records/big.jsonl":
            data[at + 24 : at + 28] = (10).to_bytes(4, "little")
            break
        start = at + 4
    # WHEN it is opened with a member cap between the declared and the real size THEN it is refused
    limits = Limits(max_file=1 << 30, max_members=99, max_member=1000, max_total=1 << 22, max_ratio=200)
    with pytest.raises(BundleRefused) as refused:
        open_bundle(bytes(data), name="b", limits=limits)
    assert refused.value.code in {"member_too_large", "bundle_unreadable"}


def test_duplicate_members_and_missing_manifest_or_signature() -> None:
    members = _good()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive, pytest.warns(UserWarning):
        for name, body in members.items():
            archive.writestr(name, body)
        archive.writestr("audit.jsonl", b"again")
    with pytest.raises(BundleRefused) as duplicate:
        open_bundle(buffer.getvalue(), name="b")
    assert duplicate.value.code == "member_duplicate"
    for dropped, code in ((container.MANIFEST, "manifest_missing"), (container.SIGNATURE, "signature_missing")):
        partial = dict(members)
        del partial[dropped]
        with pytest.raises(BundleRefused) as refused:
            open_bundle(rezip(partial), name="b")
        assert refused.value.code == code


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"format": "other"}, "manifest_malformed"),
        ({"format_version": 2}, "format_unsupported"),
        ({"format_version": "1"}, "manifest_malformed"),
        ({"seq": "1"}, "manifest_malformed"),
        ({"seq": True}, "manifest_malformed"),
        ({"seq": 0}, "manifest_malformed"),
        ({"full": 1}, "manifest_malformed"),
        ({"kind": "other"}, "manifest_malformed"),
        ({"counts": {"household": -1}}, "manifest_malformed"),
        ({"prev_sha256": "abc"}, "manifest_malformed"),
        ({"created_at": "yesterday"}, "manifest_malformed"),
        ({"institute_ids": [1]}, "manifest_malformed"),
        ({"members": [{"name": "../x", "sha256": "0" * 64, "size": 1}]}, "manifest_malformed"),
        ({"encryption": {"scheme": "PGP"}}, "manifest_malformed"),
        ({"kind": "receipt"}, "manifest_malformed"),
    ],
)
def test_every_manifest_field_is_type_checked(change: dict[str, object], code: str) -> None:
    members = _good()
    manifest = json.loads(members[container.MANIFEST])
    manifest.update(change)
    members[container.MANIFEST] = container.manifest_bytes(manifest)
    with pytest.raises(BundleRefused) as refused:
        open_bundle(rezip(members), name="b")
    assert refused.value.code == code


def test_not_json_and_not_a_zip() -> None:
    members = _good()
    members[container.MANIFEST] = b"{not json"
    with pytest.raises(BundleRefused) as refused:
        open_bundle(rezip(members), name="b")
    assert refused.value.code == "manifest_malformed"
    with pytest.raises(BundleRefused) as not_zip:
        open_bundle(b"hello, this is not a zip", name="b")
    assert not_zip.value.code == "bundle_unreadable"


def test_payload_members_missing_unlisted_resized_or_changed() -> None:
    base = _good()
    cases = []
    missing = dict(base)
    del missing["audit.jsonl"]
    cases.append((missing, "member_missing"))
    extra = dict(base)
    extra["records/extra.jsonl"] = b"{}\n"
    cases.append((extra, "member_unlisted"))
    resized = dict(base)
    resized["audit.jsonl"] = b'{"id": 12}\n'
    cases.append((resized, "member_size_mismatch"))
    changed = dict(base)
    changed["audit.jsonl"] = b'{"id": 2}\n'
    cases.append((changed, "member_hash_mismatch"))
    for members, code in cases:
        with pytest.raises(BundleRefused) as refused:
            payload(open_bundle(rezip(members), name="b"), decrypt_key=None, our_device_id="x")
        assert refused.value.code == code


def test_the_signature_is_checked_against_the_trusted_key() -> None:
    key = make_key("laptop-1")
    data, _ = container.build(manifest=sample_manifest(), members=MEMBERS, key=key)
    bundle = open_bundle(data, name="b")
    container.check_signature(bundle, key_id=key.key_id, public_key=key.public_bytes)  # GIVEN its own key: fine

    other = make_key("laptop-1")  # WHEN another key is trusted for the device THEN the signature is refused
    with pytest.raises(BundleRefused) as wrong_key:
        container.check_signature(bundle, key_id=other.key_id, public_key=other.public_bytes)
    assert wrong_key.value.code == "signature_invalid"

    members = unzip(data)  # WHEN the manifest is changed after signing THEN the signature no longer matches it
    manifest = json.loads(members[container.MANIFEST])
    manifest["officer"] = "someone else"
    members[container.MANIFEST] = container.manifest_bytes(manifest)
    with pytest.raises(BundleRefused) as edited:
        container.check_signature(open_bundle(rezip(members), name="b"), key_id=key.key_id, public_key=key.public_bytes)
    assert edited.value.code == "signature_invalid"

    members = unzip(data)  # WHEN the signature is not minisign's text THEN it is malformed
    members[container.SIGNATURE] = b"untrusted comment: x\nnot base64!\n"
    with pytest.raises(BundleRefused) as malformed:
        container.check_signature(open_bundle(rezip(members), name="b"), key_id=key.key_id, public_key=key.public_bytes)
    assert malformed.value.code == "signature_malformed"


@pytest.mark.skipif(shutil.which("minisign") is None, reason="minisign is installed by `make test`")
def test_minisign_verifies_an_unpacked_manifest_with_the_devices_public_key(tmp_path: Path) -> None:
    # GIVEN a bundle written by the app, its manifest and signature unpacked, and the device's minisign public key
    key = make_key("laptop-1")
    data, _ = container.build(manifest=sample_manifest(), members=MEMBERS, key=key)
    members = unzip(data)
    (tmp_path / "manifest.json").write_bytes(members[container.MANIFEST])
    (tmp_path / "manifest.json.minisig").write_bytes(members[container.SIGNATURE])
    (tmp_path / "device.pub").write_text(key.minisign_public(), encoding="utf-8")
    # WHEN minisign verifies it THEN it succeeds and prints the trusted comment naming the bundle
    done = subprocess.run(
        ["minisign", "-V", "-p", "device.pub", "-m", "manifest.json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "cdfi-changes 0d7c6a7e-2f0e-4f6b-9f53-1f4a4f0b9a01 seq 1 device laptop-1" in done.stdout
    (tmp_path / "manifest.json").write_bytes(members[container.MANIFEST].replace(b"seq", b"Seq"))
    tampered = subprocess.run(
        ["minisign", "-V", "-p", "device.pub", "-m", "manifest.json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert tampered.returncode != 0
