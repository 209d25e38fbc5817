"""The container takes the province's kinds: reference (province → laptops) and restore (province → a new laptop)."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from cdfi_desktop.db.models.sync import SyncDevice
from cdfi_desktop.sync import container
from cdfi_desktop.sync.container import open_bundle, payload
from cdfi_desktop.sync.errors import BundleRefused
from tests.support.bundles import make_key, manifest_of, rezip, sample_manifest, unzip


def _opened(**changes: Any) -> dict[str, Any]:
    data, _ = container.build(manifest=sample_manifest(**changes), members={}, key=make_key("province-1"))
    return open_bundle(data, name="b").manifest


def test_reference_and_restore_are_kinds_numbered_like_changes() -> None:
    assert {"reference", "restore"} <= set(container.KINDS)
    assert _opened(kind="reference", seq=3, since_seq=2, reference={"province": "ลำปาง"})["kind"] == "reference"
    assert _opened(kind="restore", full=True, restore={"for_device": "laptop-1"})["restore"]["for_device"] == "laptop-1"
    told = {"seq": 2, "sha256": "a" * 64}
    assert _opened(reference_applied=told)["reference_applied"] == told  # a laptop's changes bundle says it


@pytest.mark.parametrize(
    "changes",
    [
        {"kind": "reference", "seq": 0},
        {"kind": "reference", "seq": 2, "since_seq": 2},
        {"kind": "reference", "reference": "ลำปาง"},
        {"kind": "reference", "reference": {"province": 5}},
        {"kind": "reference", "receipt": {}},
        {"kind": "restore", "full": False},
        {"kind": "restore", "full": True, "restore": {"for_device": None}},
        {"kind": "restore", "full": True, "seq": 0},
        {"reference_applied": {"seq": 0, "sha256": "0" * 64}},
        {"reference_applied": {"seq": 1, "sha256": "xyz"}},
        {"kind": "reference", "reference_applied": {"seq": 1, "sha256": "0" * 64}},
    ],
)
def test_a_reference_or_restore_manifest_out_of_shape_is_refused(changes: dict[str, Any]) -> None:
    with pytest.raises(BundleRefused) as refused:
        _opened(**changes)
    assert refused.value.code == "manifest_malformed"


def _laptop(device_id: str) -> tuple[X25519PrivateKey, SyncDevice]:
    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return private, SyncDevice(device_id=device_id, role="laptop", encryption_key=base64.b64encode(public).decode())


def test_a_payload_sealed_to_many_laptops_opens_for_each_and_for_no_one_else() -> None:
    # GIVEN two laptops with encryption keys WHEN a reference is sealed to both
    (key_a, a), (key_b, b) = _laptop("laptop-a"), _laptop("laptop-b")
    members = {"reference/decisions.json": b"[]", "records/household.jsonl": b'{"id":"h1"}\n'}
    data, _ = container.build(
        manifest=sample_manifest(kind="reference"), members=members, key=make_key("province-1"), recipients=[a, b]
    )
    bundle = open_bundle(data, name="r")
    encryption = bundle.manifest["encryption"]
    assert [e["device"] for e in encryption["recipients"]] == ["laptop-a", "laptop-b"]
    assert set(unzip(data)) == {container.MANIFEST, container.SIGNATURE, container.ENCRYPTED_PAYLOAD}
    # THEN each opens it with its own key
    assert payload(bundle, decrypt_key=key_a, our_device_id="laptop-a") == members
    assert payload(bundle, decrypt_key=key_b, our_device_id="laptop-b") == members
    # AND a third key, or one laptop's key under the other's name, does not
    other, _ = _laptop("laptop-c")
    for decrypt_key, device in ((other, "laptop-c"), (key_a, "laptop-b"), (None, "laptop-a")):
        with pytest.raises(BundleRefused) as refused:
            payload(bundle, decrypt_key=decrypt_key, our_device_id=device)
        assert refused.value.code == "payload_not_for_us"


def test_a_changed_sealed_key_or_payload_is_undecryptable() -> None:
    (key_a, a), (_, b) = _laptop("laptop-a"), _laptop("laptop-b")
    data, _ = container.build(
        manifest=sample_manifest(kind="reference"), members={"x": b"1"}, key=make_key("p"), recipients=[a, b]
    )
    bundle = open_bundle(data, name="r")
    entries = bundle.manifest["encryption"]["recipients"]
    entries[0]["sealed_key"] = entries[1]["sealed_key"]  # laptop b's sealed key under laptop a's name
    with pytest.raises(BundleRefused) as refused:
        payload(bundle, decrypt_key=key_a, our_device_id="laptop-a")
    assert refused.value.code == "payload_undecryptable"


@pytest.mark.parametrize(
    "change",
    [
        {"recipients": []},
        {"recipients": [{"device": "a", "key_id": "zz", "sealed_key": ""}]},
        {"recipients": [{"device": "a"}]},
        {"content_aead": "AES"},
    ],
)
def test_a_recipient_list_out_of_shape_is_refused(change: dict[str, Any]) -> None:
    _, a = _laptop("laptop-a")
    data, _ = container.build(
        manifest=sample_manifest(kind="reference"), members={"x": b"1"}, key=make_key("p"), recipients=[a]
    )
    members = unzip(data)
    manifest = manifest_of(members)
    manifest["encryption"].update(change)
    members[container.MANIFEST] = container.manifest_bytes(manifest)
    with pytest.raises(BundleRefused) as refused:
        open_bundle(rezip(members), name="r")
    assert refused.value.code == "manifest_malformed"
