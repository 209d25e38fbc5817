"""Laptop and province databases, keys and bundles for the sync tests, and ways to spoil a good bundle.

A bundle is edited as a dict of its zip members (:func:`unzip` / :func:`rezip`); :func:`resign` signs an edited
manifest again with the laptop's key, so that a test reaches the check behind the signature.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Mapping
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cdfi_desktop.sync import container
from cdfi_desktop.sync.keys import DeviceKey


def make_key(device_id: str, private_key: Ed25519PrivateKey | None = None) -> DeviceKey:
    """A device's signing key made in memory (no file): the same object ``keys.device_key`` returns."""
    return DeviceKey.of(device_id, private_key or Ed25519PrivateKey.generate())


def sample_manifest(**changes: Any) -> dict[str, Any]:
    """The fields of a changes bundle's manifest that the writer does not fill."""
    manifest: dict[str, Any] = {
        "schema_version": "0006",
        "app_version": "test",
        "kind": "changes",
        "bundle_id": "0d7c6a7e-2f0e-4f6b-9f53-1f4a4f0b9a01",
        "officer": "นางสมศรี",
        "seq": 1,
        "prev_sha256": "",
        "created_at": "2026-11-02T03:04:05Z",
        "full": False,
        "since_hlc": "",
        "upto_hlc": "1793000000000-0001",
        "upto_audit": 1,
        "institute_ids": [],
        "counts": {},
        "digest": "",
    }
    manifest.update(changes)
    return manifest


def unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rezip(members: Mapping[str, bytes], *, extra: list[tuple[str, bytes]] | None = None) -> bytes:
    """A zip of these members (deflated), plus ``extra`` entries written as they are (duplicates allowed)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, body in members.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), body, zipfile.ZIP_DEFLATED)
        for name, body in extra or []:
            archive.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), body, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def manifest_of(members: Mapping[str, bytes]) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(members[container.MANIFEST])
    return result


def resign(members: dict[str, bytes], manifest: Mapping[str, Any], key: DeviceKey) -> dict[str, bytes]:
    """``members`` with this manifest, signed again by ``key`` (the edit passes the signature check)."""
    text = container.manifest_bytes(manifest)
    members[container.MANIFEST] = text
    members[container.SIGNATURE] = key.sign(text, trusted_comment=container.trusted_comment(manifest)).encode()
    return members


def relist(manifest: dict[str, Any], members: Mapping[str, bytes]) -> dict[str, Any]:
    """The manifest listing these (plain) members with their hashes and sizes."""
    manifest["members"] = [
        {"name": n, "sha256": hashlib.sha256(members[n]).hexdigest(), "size": len(members[n])}
        for n in sorted(members)
        if n not in (container.MANIFEST, container.SIGNATURE)
    ]
    return manifest
