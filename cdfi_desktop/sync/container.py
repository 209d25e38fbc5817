"""The bundle file: a zip with a signed manifest, its members, and (to the province's key) an encrypted payload.

Writing (:func:`write`): ``manifest.json`` (JSON, UTF-8, sorted keys) lists every member with its SHA-256 and
size; ``manifest.json.minisig`` is the minisign signature of the manifest's bytes by the device's Ed25519 key.
When the province's encryption key is known, the members travel in an inner zip encrypted with HPKE (RFC 9180:
DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305, base mode) as ``payload.hpke``, bound to the
bundle's id. The file is written beside its final name and renamed into place, so a half-written bundle is
never left under that name.

Reading trusts nothing before it is checked: :func:`open_bundle` looks at the zip's directory first (file size,
member count, names, sizes, ratio, compression) and only then reads, counting what it reads against the same
caps; then the manifest is parsed and every field's type checked. :func:`check_signature` verifies the
signature against the key the caller trusts; :func:`payload` checks every member against the manifest and
decrypts. Each fault is a :class:`~cdfi_desktop.sync.errors.BundleRefused` with its own code.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import unicodedata
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from cdfi_desktop.sync.errors import BundleRefused

if TYPE_CHECKING:
    from cdfi_desktop.db.models.sync import SyncDevice
    from cdfi_desktop.sync.keys import DeviceKey

FORMAT = "cdfi-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.minisig"
ENCRYPTED_PAYLOAD = "payload.hpke"
KINDS = ("changes", "receipt", "reference", "restore")
SEQUENCED_KINDS = ("changes", "reference", "restore")  # numbered per device and kind, chained by hash
HPKE_INFO_PREFIX = b"cdfi-bundle/1 payload "  # + the bundle id (UTF-8): a payload cannot be moved to another bundle
CONTENT_KEY_INFO_PREFIX = b"cdfi-bundle/1 content key "  # + the bundle id: a sealed content key, per recipient
CONTENT_AEAD = "ChaCha20Poly1305"
_CONTENT_NONCE = bytes(12)  # every content key is random and seals one payload only
MAX_RECIPIENTS = 10_000
ENCRYPTION = {
    "scheme": "HPKE",
    "mode": "base",
    "kem": "DHKEM(X25519, HKDF-SHA256)",
    "kdf": "HKDF-SHA256",
    "aead": "ChaCha20Poly1305",
}
_RESERVED = frozenset({MANIFEST, SIGNATURE, ENCRYPTED_PAYLOAD})
_RATIO_FLOOR = 1 << 20  # members smaller than this are not held to the ratio cap (a short, repetitive file is harmless)
_READ_BLOCK = 1 << 16
_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEX16 = re.compile(r"[0-9A-F]{16}")
_CREATED_AT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z")
_ZIP_DATE = (2020, 1, 1, 0, 0, 0)  # every member's date: the manifest's created_at is the bundle's time
_MAX_NUMBER = 2**31 - 1  # seq, since_seq, upto_audit: what the sync tables' integer columns hold
_TEXT_LENGTHS = {"officer": 200, "since_hlc": 40, "upto_hlc": 40, "digest": 80}  # sync_bundle's columns


@dataclass(frozen=True)
class Limits:
    """Caps on what a bundle may be: file size, members, each member and all of them unpacked, compression ratio."""

    max_file: int
    max_members: int
    max_member: int
    max_total: int
    max_ratio: int


DEFAULT_LIMITS = Limits(
    max_file=2 * 1024**3,
    max_members=200_000,
    max_member=1024**3,
    max_total=4 * 1024**3,
    max_ratio=200,
)


@dataclass
class OpenedBundle:
    """A bundle read and its manifest parsed, nothing about it trusted yet but its shape."""

    name: str
    manifest: dict[str, Any]
    manifest_bytes: bytes
    manifest_sha256: str
    signature: str
    raw: dict[str, bytes]  # every member but the manifest and its signature, as stored in the zip

    @property
    def kind(self) -> str:
        return str(self.manifest["kind"])

    @property
    def encrypted(self) -> bool:
        return self.manifest.get("encryption") is not None


# -- writing ------------------------------------------------------------------------------------------------------


def manifest_bytes(manifest: Mapping[str, Any]) -> bytes:
    """The manifest as written: JSON, UTF-8 (not escaped), sorted keys, two-space indent, a final newline."""
    return (json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")


def trusted_comment(manifest: Mapping[str, Any]) -> str:
    """The signed comment of a bundle's signature: what it is, its id, sequence and device."""
    return f"cdfi-{manifest['kind']} {manifest['bundle_id']} seq {manifest['seq']} device {manifest['device_id']}"


def encryption_key_id(public_key: bytes) -> str:
    """The id of an X25519 public key: the first 8 bytes of its SHA-256, 16 upper-case hex digits."""
    return hashlib.sha256(public_key).digest()[:8].hex().upper()


def hpke_info(bundle_id: str) -> bytes:
    return HPKE_INFO_PREFIX + bundle_id.encode("utf-8")


def _suite() -> Any:
    from cryptography.hazmat.primitives import hpke

    return hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


def _zip_bytes(members: Mapping[str, bytes], *, stored: frozenset[str] = frozenset()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member_name in sorted(members):
            info = zipfile.ZipInfo(member_name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_STORED if member_name in stored else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, members[member_name], compresslevel=6)
    return buffer.getvalue()


def member_entry(name: str, data: bytes) -> dict[str, Any]:
    return {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


def build(
    *,
    manifest: Mapping[str, Any],
    members: Mapping[str, bytes],
    key: DeviceKey,
    recipient: SyncDevice | None = None,
    recipients: Sequence[SyncDevice] = (),
) -> tuple[bytes, str]:
    """The bundle's bytes and its hash (the SHA-256 of its manifest); see :func:`write`.

    ``recipients`` (several devices, each with an ``encryption_key``): the members are sealed once with a random
    content key, and that key is sealed to each recipient with HPKE (see :func:`_seal_for_many`)."""
    for member_name in members:
        problem = unsafe_name(member_name)
        if problem or member_name in _RESERVED:
            raise ValueError(f"a bundle cannot hold a member named {member_name!r}")
    full = dict(manifest)
    full["format"] = FORMAT
    full["format_version"] = FORMAT_VERSION
    full["device_id"] = key.device_id
    full["key_id"] = key.key_id_hex
    full["members"] = [member_entry(n, members[n]) for n in sorted(members)]
    stored: dict[str, bytes]
    if recipients:
        sealed, full["encryption"] = _seal_for_many(_zip_bytes(members), recipients, str(full["bundle_id"]))
        stored = {ENCRYPTED_PAYLOAD: sealed}
    elif recipient is not None and recipient.encryption_key:
        public = base64.b64decode(recipient.encryption_key)
        sealed = _suite().encrypt(
            _zip_bytes(members), X25519PublicKey.from_public_bytes(public), info=hpke_info(str(full["bundle_id"]))
        )
        full["encryption"] = {
            **ENCRYPTION,
            "recipient_device": recipient.device_id,
            "recipient_key_id": encryption_key_id(public),
            "member": ENCRYPTED_PAYLOAD,
            "sha256": hashlib.sha256(sealed).hexdigest(),
            "size": len(sealed),
        }
        stored = {ENCRYPTED_PAYLOAD: sealed}
    else:
        full["encryption"] = None
        stored = dict(members)
    text = manifest_bytes(full)
    signature = key.sign(text, trusted_comment=trusted_comment(full))
    stored[MANIFEST] = text
    stored[SIGNATURE] = signature.encode("utf-8")
    return _zip_bytes(stored, stored=frozenset({ENCRYPTED_PAYLOAD})), hashlib.sha256(text).hexdigest()


def content_key_info(bundle_id: str) -> bytes:
    return CONTENT_KEY_INFO_PREFIX + bundle_id.encode("utf-8")


def _seal_for_many(inner: bytes, recipients: Sequence[SyncDevice], bundle_id: str) -> tuple[bytes, dict[str, Any]]:
    """The payload sealed with a random content key (ChaCha20-Poly1305, the bundle's HPKE info as associated data),
    and the manifest's ``encryption``: that key sealed with HPKE to each recipient's X25519 key."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    content_key = ChaCha20Poly1305.generate_key()
    sealed = ChaCha20Poly1305(content_key).encrypt(_CONTENT_NONCE, inner, hpke_info(bundle_id))
    entries = []
    for device in sorted(recipients, key=lambda d: d.device_id):
        public = base64.b64decode(device.encryption_key)
        wrapped = _suite().encrypt(
            content_key, X25519PublicKey.from_public_bytes(public), info=content_key_info(bundle_id)
        )
        entries.append(
            {
                "device": device.device_id,
                "key_id": encryption_key_id(public),
                "sealed_key": base64.b64encode(wrapped).decode("ascii"),
            }
        )
    encryption = {
        **ENCRYPTION,
        "content_aead": CONTENT_AEAD,
        "recipients": entries,
        "member": ENCRYPTED_PAYLOAD,
        "sha256": hashlib.sha256(sealed).hexdigest(),
        "size": len(sealed),
    }
    return sealed, encryption


def write(
    path: Path,
    *,
    manifest: dict[str, Any],
    members: Mapping[str, bytes],
    key: DeviceKey,
    recipient: SyncDevice | None = None,
) -> str:
    """Write the bundle at ``path``; returns its hash (the SHA-256 of manifest.json).

    ``manifest``: every field but ``format``, ``format_version``, ``device_id``, ``key_id`` (from ``key``),
    ``members`` and ``encryption`` (filled here). ``recipient``: the province, whose ``encryption_key`` the
    members are encrypted to; without one they are stored as they are.
    """
    data, sha = build(manifest=manifest, members=members, key=key, recipient=recipient)
    write_atomically(path, data)
    return sha


def partial_path(path: Path) -> Path:
    """Where a bundle is written before the row that records it is committed: ``<name>.partial``."""
    return path.with_name(f"{path.name}.partial")


def publish(path: Path) -> None:
    """The bundle written at :func:`partial_path` renamed to ``path`` (after its row was committed)."""
    os.replace(partial_path(path), path)


def write_atomically(path: Path, data: bytes) -> None:
    """``data`` at ``path``, written to a temporary file in the same folder, flushed to disk and renamed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        with partial.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    try:  # the rename itself made durable where the system allows it
        folder = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(folder)
    except OSError:
        pass
    finally:
        os.close(folder)


# -- reading --------------------------------------------------------------------------------------------------------


def unsafe_name(member: str) -> str:
    """Why a member's name is unsafe to hold ('' when it is safe): it must be a plain relative path."""
    if not member:
        return "empty name"
    if "\\" in member:
        return "backslash"
    if member.startswith("/"):
        return "absolute path"
    if re.match(r"[A-Za-z]:", member):
        return "drive letter"
    if any(ord(c) < 32 or ord(c) == 127 for c in member):
        return "control character"
    for part in member.split("/"):
        if part in ("", ".", ".."):
            return "empty, '.' or '..' part"
    return ""


def open_bundle(source: Path | bytes, *, name: str, limits: Limits | None = None) -> OpenedBundle:
    """Read a bundle (a file or its bytes) safely and parse its manifest; raises BundleRefused.

    Nothing is read from a member before the zip's directory passed every check; reading counts the bytes
    it gets against the caps (a member's declared size is not trusted). ``limits``: DEFAULT_LIMITS unless given.
    """
    limits = limits or DEFAULT_LIMITS
    if isinstance(source, bytes):
        size = len(source)
        if size > limits.max_file:
            raise BundleRefused("bundle_too_large", name=name, size=size, limit=limits.max_file)
        data = source
    else:
        try:
            size = source.stat().st_size
            if size > limits.max_file:
                raise BundleRefused("bundle_too_large", name=name, size=size, limit=limits.max_file)
            data = source.read_bytes()
        except OSError as exc:
            raise BundleRefused("bundle_unreadable", name=name, detail=exc.strerror or str(exc)) from exc
    members = read_zip(data, name=name, limits=limits)
    if MANIFEST not in members:
        raise BundleRefused("manifest_missing", name=name)
    if SIGNATURE not in members:
        raise BundleRefused("signature_missing", name=name)
    text = members.pop(MANIFEST)
    try:
        signature = members.pop(SIGNATURE).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleRefused("signature_malformed", name=name, detail="not UTF-8 text") from exc
    manifest = parse_manifest(text, name=name)
    return OpenedBundle(
        name=name,
        manifest=manifest,
        manifest_bytes=text,
        manifest_sha256=hashlib.sha256(text).hexdigest(),
        signature=signature,
        raw=members,
    )


def read_zip(data: bytes, *, name: str, limits: Limits) -> dict[str, bytes]:
    """Every member of a zip, after its directory passed the checks; read with counted caps."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, EOFError, OSError) as exc:
        raise BundleRefused("bundle_unreadable", name=name, detail=_short(exc)) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_members:
            raise BundleRefused("too_many_members", name=name, count=len(infos), limit=limits.max_members)
        seen: set[str] = set()
        declared_total = 0
        for info in infos:
            member = info.filename
            if unsafe_name(member) or info.is_dir():
                raise BundleRefused("member_unsafe_path", name=name, member=member)
            folded = unicodedata.normalize("NFC", member).casefold()  # one file where names fold (Windows, macOS)
            if folded in seen:
                raise BundleRefused("member_duplicate", name=name, member=member)
            seen.add(folded)
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise BundleRefused(
                    "bundle_unreadable", name=name, detail=f"{member}: compression {info.compress_type}"
                )
            if info.flag_bits & 0x1:
                raise BundleRefused("bundle_unreadable", name=name, detail=f"{member}: zip encryption")
            if info.file_size > limits.max_member:
                raise BundleRefused(
                    "member_too_large", name=name, member=member, size=info.file_size, limit=limits.max_member
                )
            _check_ratio(name, member, info.file_size, info.compress_size, limits)
            declared_total += info.file_size
            if declared_total > limits.max_total:
                raise BundleRefused(
                    "member_too_large", name=name, member="(all)", size=declared_total, limit=limits.max_total
                )
        _check_ratio(name, "(all)", declared_total, len(data), limits)  # small members, each under the floor
        members: dict[str, bytes] = {}
        total = 0
        for info in infos:
            member = info.filename
            chunks: list[bytes] = []
            got = 0
            try:
                with archive.open(info) as stream:
                    while block := stream.read(_READ_BLOCK):
                        got += len(block)
                        total += len(block)
                        if got > limits.max_member:
                            raise BundleRefused(
                                "member_too_large", name=name, member=member, size=got, limit=limits.max_member
                            )
                        if total > limits.max_total:
                            raise BundleRefused(
                                "member_too_large", name=name, member="(all)", size=total, limit=limits.max_total
                            )
                        _check_ratio(name, member, got, info.compress_size, limits)
                        _check_ratio(name, "(all)", total, len(data), limits)
                        chunks.append(block)
            except BundleRefused:
                raise
            except Exception as exc:  # BadZipFile (a bad CRC), zlib.error, EOFError: damaged or cut-off data
                raise BundleRefused("bundle_unreadable", name=name, detail=_short(exc)) from exc
            members[member] = b"".join(chunks)
    return members


def _check_ratio(name: str, member: str, size: int, compressed: int, limits: Limits) -> None:
    if size < _RATIO_FLOOR:
        return
    ratio = size / max(compressed, 1)
    if ratio > limits.max_ratio:
        raise BundleRefused("ratio_too_high", name=name, member=member, ratio=ratio)


def _short(exc: BaseException) -> str:
    text = str(exc) or exc.__class__.__name__
    return text if len(text) <= 160 else text[:157] + "..."


# -- the manifest ---------------------------------------------------------------------------------------------------


def parse_manifest(text: bytes, *, name: str) -> dict[str, Any]:
    """The manifest's fields, each of its type; raises BundleRefused (manifest_malformed, format_unsupported)."""

    def bad(detail: str) -> BundleRefused:
        return BundleRefused("manifest_malformed", name=name, detail=detail)

    try:
        manifest = json.loads(text.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise bad(f"not JSON: {_short(exc)}") from exc
    if not isinstance(manifest, dict):
        raise bad("not a JSON object")
    if manifest.get("format") != FORMAT:
        raise bad(f"format is {manifest.get('format')!r}, not {FORMAT!r}")
    version = manifest.get("format_version")
    if not _is_int(version) or version < 1:
        raise bad("format_version")
    if version > FORMAT_VERSION:
        raise BundleRefused("format_unsupported", name=name, version=version, supported=FORMAT_VERSION)

    def field(key: str, kind: type | tuple[type, ...]) -> Any:
        if key not in manifest:
            raise bad(f"no {key}")
        value = manifest[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if int in kinds and _is_int(value):
            return value
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            raise bad(f"{key} is not {' or '.join(k.__name__ for k in kinds)}")
        return value

    for key in ("schema_version", "app_version", "officer", "since_hlc", "upto_hlc", "digest"):
        field(key, str)
    for key, most in _TEXT_LENGTHS.items():
        if len(manifest[key]) > most:
            raise bad(f"{key} is longer than {most} characters")
    if field("kind", str) not in KINDS:
        raise bad(f"kind {manifest['kind']!r}")
    for key in ("bundle_id", "device_id"):
        value = field(key, str)
        if not value or len(value) > 36:
            raise bad(key)
    if not _HEX16.fullmatch(field("key_id", str)):
        raise bad("key_id")
    if any(not 0 <= field(key, int) <= _MAX_NUMBER for key in ("seq", "upto_audit", "since_seq")):
        raise bad(f"seq, since_seq or upto_audit below 0 or above {_MAX_NUMBER}")
    prev = field("prev_sha256", str)
    if prev and not _HEX64.fullmatch(prev):
        raise bad("prev_sha256")
    created_at = field("created_at", str)
    if not _CREATED_AT.fullmatch(created_at):
        raise bad("created_at")
    try:
        datetime.fromisoformat(created_at.replace("Z", "+00:00"))
    except ValueError as exc:
        raise bad("created_at is not a date and time") from exc
    field("full", bool)
    institutes = field("institute_ids", list)
    if not all(isinstance(i, str) for i in institutes):
        raise bad("institute_ids")
    counts = field("counts", dict)
    if not all(isinstance(k, str) and _is_int(v) and v >= 0 for k, v in counts.items()):
        raise bad("counts")
    listed = field("members", list)
    names: set[str] = set()
    for entry in listed:
        _member_entry(entry, bad)
        if entry["name"] in names or entry["name"] in _RESERVED:
            raise bad(f"member {entry['name']!r} listed twice or reserved")
        names.add(entry["name"])
    encryption = field("encryption", (dict, type(None)))
    if encryption is not None:
        for key, value in ENCRYPTION.items():
            if encryption.get(key) != value:
                raise bad(f"encryption {key}")
        many = "recipients" in encryption
        if many:
            _recipients(encryption, bad)
        for key in ("member", "sha256") if many else ("recipient_device", "recipient_key_id", "member", "sha256"):
            if not isinstance(encryption.get(key), str):
                raise bad(f"encryption {key}")
        if encryption["member"] != ENCRYPTED_PAYLOAD or not _HEX64.fullmatch(encryption["sha256"]):
            raise bad("encryption member or sha256")
        if not _is_int(encryption.get("size")) or encryption["size"] < 0:
            raise bad("encryption size")
    if manifest["kind"] == "receipt":
        receipt = field("receipt", dict)
        for key in ("for_device", "bundle_id", "bundle_sha256", "status", "digest", "upto_hlc"):
            if not isinstance(receipt.get(key), str):
                raise bad(f"receipt {key}")
        for key in ("seq", "upto_audit"):
            if not _is_int(receipt.get(key)) or not 0 <= receipt[key] <= _MAX_NUMBER:
                raise bad(f"receipt {key}")
        if not isinstance(receipt.get("report"), dict):
            raise bad("receipt report")
    else:
        if manifest["seq"] < 1 or manifest["since_seq"] >= manifest["seq"]:
            raise bad(f"seq of a {manifest['kind']} bundle below 1, or since_seq not before it")
        if "receipt" in manifest:
            raise bad(f"a {manifest['kind']} bundle with a receipt")
        applied = manifest.get("reference_applied")
        if applied is not None and (
            manifest["kind"] != "changes"
            or not isinstance(applied, dict)
            or not _is_int(applied.get("seq"))
            or not 0 < applied["seq"] <= _MAX_NUMBER
            or not isinstance(applied.get("sha256"), str)
            or not _HEX64.fullmatch(applied["sha256"])
        ):
            raise bad("reference_applied")
        if manifest["kind"] == "restore":
            _kind_object(manifest, "restore", ("for_device",), bad)
            if not manifest["full"]:
                raise bad("a restore bundle is always full")
        elif manifest["kind"] == "reference":
            _kind_object(manifest, "reference", ("province",), bad)
    return manifest


def _kind_object(manifest: Mapping[str, Any], key: str, texts: tuple[str, ...], bad: Any) -> None:
    """The optional object of a reference or restore bundle: when present, an object whose ``texts`` are text."""
    if key not in manifest:
        return
    value = manifest[key]
    if not isinstance(value, dict):
        raise bad(f"{key} is not an object")
    for text in texts:
        if text in value and not isinstance(value[text], str):
            raise bad(f"{key} {text}")


def _recipients(encryption: Mapping[str, Any], bad: Any) -> None:
    """The multi-recipient form: the content cipher, and a non-empty list of (device, key id, sealed key)."""
    if encryption.get("content_aead") != CONTENT_AEAD:
        raise bad("encryption content_aead")
    listed = encryption["recipients"]
    if not isinstance(listed, list) or not 0 < len(listed) <= MAX_RECIPIENTS:
        raise bad("encryption recipients")
    for entry in listed:
        if not isinstance(entry, dict) or set(entry) != {"device", "key_id", "sealed_key"}:
            raise bad("encryption recipients entry")
        if not all(isinstance(entry[k], str) for k in entry) or not _HEX16.fullmatch(entry["key_id"]):
            raise bad("encryption recipients entry")


def _member_entry(entry: Any, bad: Any) -> None:
    if not isinstance(entry, dict) or set(entry) != {"name", "sha256", "size"}:
        raise bad("members entry")
    if not isinstance(entry["name"], str) or unsafe_name(entry["name"]):
        raise bad(f"member name {entry.get('name')!r}")
    if not isinstance(entry["sha256"], str) or not _HEX64.fullmatch(entry["sha256"]):
        raise bad(f"member {entry['name']} sha256")
    if not _is_int(entry["size"]) or entry["size"] < 0:
        raise bad(f"member {entry['name']} size")


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


# -- trust ----------------------------------------------------------------------------------------------------------


def check_signature(bundle: OpenedBundle, *, key_id: bytes, public_key: bytes) -> None:
    """The manifest is signed by this key (its key id and its signature, with the expected trusted comment)."""
    from cdfi_desktop.sync import minisign

    device = bundle.manifest["device_id"]
    try:
        signed_by = minisign.signature_key_id(bundle.signature)
    except minisign.MinisignError as exc:
        raise BundleRefused("signature_malformed", name=bundle.name, detail=_short(exc)) from exc
    if signed_by != key_id:
        raise BundleRefused("signature_invalid", name=bundle.name, device=device)
    try:
        comment = minisign.verify(bundle.signature, public_key=public_key, key_id=key_id, message=bundle.manifest_bytes)
    except minisign.MinisignError as exc:
        if exc.kind == "malformed":
            raise BundleRefused("signature_malformed", name=bundle.name, detail=_short(exc)) from exc
        raise BundleRefused("signature_invalid", name=bundle.name, device=device) from exc
    if comment != trusted_comment(bundle.manifest):
        raise BundleRefused("signature_invalid", name=bundle.name, device=device)


def payload(bundle: OpenedBundle, *, decrypt_key: X25519PrivateKey | None, our_device_id: str) -> dict[str, bytes]:
    """The bundle's members, each checked against the manifest (decrypted first when encrypted)."""
    encryption = bundle.manifest.get("encryption")
    if encryption is None:
        return _checked_members(bundle.name, bundle.manifest["members"], bundle.raw)
    _checked_members(bundle.name, [_sealed_entry(encryption)], bundle.raw)
    ours = "-"
    if decrypt_key is not None:
        ours = encryption_key_id(decrypt_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    if "recipients" in encryption:
        inner = _open_for_one(bundle, decrypt_key, our_device_id=our_device_id, ours=ours)
        return _inner_members(bundle, inner)
    if decrypt_key is None or encryption["recipient_device"] != our_device_id or encryption["recipient_key_id"] != ours:
        raise BundleRefused(
            "payload_not_for_us",
            name=bundle.name,
            recipient=f"{encryption['recipient_device']} {encryption['recipient_key_id']}",
            ours=f"{our_device_id} {ours}",
        )
    try:
        inner = _suite().decrypt(
            bundle.raw[ENCRYPTED_PAYLOAD], decrypt_key, info=hpke_info(str(bundle.manifest["bundle_id"]))
        )
    except Exception as exc:  # cryptography's InvalidTag and friends: the payload was not sealed for this key
        raise BundleRefused("payload_undecryptable", name=bundle.name, detail=exc.__class__.__name__) from exc
    return _inner_members(bundle, inner)


def _open_for_one(
    bundle: OpenedBundle, decrypt_key: X25519PrivateKey | None, *, our_device_id: str, ours: str
) -> bytes:
    """A multi-recipient payload opened with this device's entry: its content key unsealed, then the payload."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    encryption = bundle.manifest["encryption"]
    bundle_id = str(bundle.manifest["bundle_id"])
    entry = next(
        (e for e in encryption["recipients"] if e["device"] == our_device_id and e["key_id"] == ours),
        None,
    )
    if decrypt_key is None or entry is None:
        listed = ", ".join(f"{e['device']} {e['key_id']}" for e in encryption["recipients"][:5])
        raise BundleRefused("payload_not_for_us", name=bundle.name, recipient=listed, ours=f"{our_device_id} {ours}")
    try:
        content_key = _suite().decrypt(
            base64.b64decode(entry["sealed_key"], validate=True), decrypt_key, info=content_key_info(bundle_id)
        )
        sealed = bundle.raw[ENCRYPTED_PAYLOAD]
        return ChaCha20Poly1305(content_key).decrypt(_CONTENT_NONCE, sealed, hpke_info(bundle_id))
    except Exception as exc:  # a wrong key, a changed sealed key or payload: InvalidTag, binascii.Error, ValueError
        raise BundleRefused("payload_undecryptable", name=bundle.name, detail=exc.__class__.__name__) from exc


def _inner_members(bundle: OpenedBundle, inner: bytes) -> dict[str, bytes]:
    try:
        members = read_zip(inner, name=bundle.name, limits=DEFAULT_LIMITS)  # the inner zip: the same caps
    except BundleRefused as exc:
        if exc.code == "bundle_unreadable":
            raise BundleRefused(
                "payload_malformed", name=bundle.name, detail=str(exc.params.get("detail", ""))
            ) from exc
        raise
    return _checked_members(bundle.name, bundle.manifest["members"], members)


def _sealed_entry(encryption: Mapping[str, Any]) -> dict[str, Any]:
    return {"name": ENCRYPTED_PAYLOAD, "sha256": encryption["sha256"], "size": encryption["size"]}


def _checked_members(name: str, listed: list[dict[str, Any]], found: Mapping[str, bytes]) -> dict[str, bytes]:
    names = {entry["name"] for entry in listed}
    for entry in listed:
        if entry["name"] not in found:
            raise BundleRefused("member_missing", name=name, member=entry["name"])
    for member in sorted(found):
        if member not in names:
            raise BundleRefused("member_unlisted", name=name, member=member)
    for entry in listed:
        data = found[entry["name"]]
        if len(data) != entry["size"]:
            raise BundleRefused(
                "member_size_mismatch", name=name, member=entry["name"], size=len(data), expected=entry["size"]
            )
        if hashlib.sha256(data).hexdigest() != entry["sha256"]:
            raise BundleRefused("member_hash_mismatch", name=name, member=entry["name"])
    return {entry["name"]: found[entry["name"]] for entry in listed}
