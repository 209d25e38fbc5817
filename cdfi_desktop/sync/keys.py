"""This device's keys, the province's keys, and the registry of keys a database trusts (``sync_device``).

- A database's device signs with its own Ed25519 key, made on first use and kept in the user's data folder
  (``keys/<device id>.ed25519``, readable by the user only), never in the database: a database file copied to
  another computer arrives without its key and becomes a new device there (``Database`` gives it a new id),
  instead of a second laptop signing as the first.
- The province database has a signing key too, and an X25519 key (``keys/<device id>.x25519``) that laptops
  encrypt their bundles to. Its *province key file* (JSON) carries both public keys to the laptops.
- A laptop's *enrolment file* (JSON) carries its public key, officer and institutes to the province, which
  enrols it (trusts bundles signed by that key, for those institutes) and can revoke it later: a revoked
  key's bundles are refused from then on, and what it sent before stays. The file also carries the laptop's
  own X25519 public key (``encryption_key``), which restore and reference bundles are encrypted to; a file made
  before it was added has none and still enrols.
- Key files are signed by the device's own Ed25519 key (``signature``: a minisign signature of the canonical JSON
  of every other field), so the fingerprint officers compare covers the encryption key, the institutes and the
  role too. An enrolment file's encryption key is taken only when the file is signed; an older, unsigned file
  without one still enrols (its signing key only).
- A fingerprint (the first 10 bytes of the SHA-256 of a public key, in groups of four hex digits) is what
  officers read to each other over the phone to confirm a key file came from the right computer.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import os
import re
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from cdfi_desktop.db.keys import (
    DEVICE_KEY_FINGERPRINT_KEY,
    OFFICER_KEY,
    PROVINCE_NAME_KEY,
    SYNC_ROLE_KEY,
)
from cdfi_desktop.db.models.records import LocalSetting
from cdfi_desktop.db.models.sync import SyncDevice
from cdfi_desktop.paths import data_dir
from cdfi_desktop.sync import minisign
from cdfi_desktop.sync.errors import BundleRefused

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

log = logging.getLogger(__name__)

ENROLMENT_KIND = "cdfi-enrolment"
PROVINCE_KEY_KIND = "cdfi-province-key"
KEY_FILE_VERSION = 1
ROLE_LAPTOP = "laptop"
ROLE_PROVINCE = "province"
SIGNING_SUFFIX = ".ed25519"
ENCRYPTION_SUFFIX = ".x25519"
FINGERPRINT_BYTES = 10
_DEVICE_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,35}$")


# -- where the keys live -----------------------------------------------------------------------------------------
def keys_dir() -> Path:
    """The folder of this user's keys (one signing key per device id, and the province's encryption key)."""
    return data_dir() / "keys"


def key_file(device_id: str) -> Path:
    """The signing key file of a device id (its existence is what tells a database it is on its own computer)."""
    return keys_dir() / f"{device_id}{SIGNING_SUFFIX}"


def encryption_key_file(device_id: str) -> Path:
    return keys_dir() / f"{device_id}{ENCRYPTION_SUFFIX}"


# -- fingerprints and key ids ----------------------------------------------------------------------------------
def key_id_for(public_key: bytes) -> bytes:
    """The minisign key id of a public key: the first 8 bytes of its SHA-256."""
    return hashlib.sha256(public_key).digest()[: minisign.KEY_ID_BYTES]


def fingerprint(public_key: bytes) -> str:
    """What officers compare: the first 10 bytes of the key's SHA-256, e.g. ``3F2A 9C01 77B4 0E5D D1C2``."""
    digits = hashlib.sha256(public_key).digest()[:FINGERPRINT_BYTES].hex().upper()
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def normalise_fingerprint(text: str) -> str:
    """A typed fingerprint for comparison: spaces, dashes and colons dropped, upper case."""
    return re.sub(r"[\s:-]", "", text).upper()


@dataclass(frozen=True)
class DeviceKey:
    """This device's signing key, with the names others know it by."""

    device_id: str
    private_key: Ed25519PrivateKey
    public_bytes: bytes
    key_id: bytes
    key_id_hex: str
    fingerprint: str

    @classmethod
    def of(cls, device_id: str, private_key: Ed25519PrivateKey) -> DeviceKey:
        public = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        key_id = key_id_for(public)
        return cls(device_id, private_key, public, key_id, minisign.key_id_hex(key_id), fingerprint(public))

    def sign(self, message: bytes, *, trusted_comment: str) -> str:
        """A prehashed minisign signature of ``message`` (``minisign -V`` checks it with :meth:`minisign_public`)."""
        return minisign.sign(self.private_key, self.key_id, message, trusted_comment=trusted_comment)

    def minisign_public(self) -> str:
        """The text of this key's minisign public key file."""
        return minisign.public_key_text(self.key_id, self.public_bytes)

    @property
    def public_b64(self) -> str:
        return base64.b64encode(self.public_bytes).decode("ascii")


# -- key files -----------------------------------------------------------------------------------------------------
def _write_private(path: Path, pem: bytes) -> bool:
    """Write a new key file readable by the user only; False when another process made it first."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        return False
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(pem)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return True


def _read_private(path: Path) -> bytes:
    """A key file's bytes; one readable by others is made private again first (with a warning in the log)."""
    if os.name == "posix":
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            log.warning("key file %s was readable by others (mode %o); made private", path, mode)
            os.chmod(path, 0o600)
    return path.read_bytes()


def _pem(private_key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _load_ed25519(path: Path) -> Ed25519PrivateKey:
    try:
        loaded = serialization.load_pem_private_key(_read_private(path), password=None)
    except ValueError as exc:
        raise BundleRefused("key_file_malformed", name=str(path), detail="not a PEM private key") from exc
    if not isinstance(loaded, Ed25519PrivateKey):
        raise BundleRefused("key_file_malformed", name=str(path), detail="not an Ed25519 key")
    return loaded


def _load_x25519(path: Path) -> X25519PrivateKey:
    try:
        loaded = serialization.load_pem_private_key(_read_private(path), password=None)
    except ValueError as exc:
        raise BundleRefused("key_file_malformed", name=str(path), detail="not a PEM private key") from exc
    if not isinstance(loaded, X25519PrivateKey):
        raise BundleRefused("key_file_malformed", name=str(path), detail="not an X25519 key")
    return loaded


def device_key(db: Database) -> DeviceKey:
    """This database's device key: loaded from its file, or made on first use (and its fingerprint noted in
    the database's settings, which is how a copy of the database later knows it has lost its key)."""
    path = key_file(db.device_id)
    if not path.exists():
        made = Ed25519PrivateKey.generate()
        if _write_private(path, _pem(made)):
            log.info("made the signing key of device %s", db.device_id)
    key = DeviceKey.of(db.device_id, _load_ed25519(path))
    noted = db.get_setting(DEVICE_KEY_FINGERPRINT_KEY)
    if noted != key.fingerprint:
        if noted:
            log.warning("device %s signs with key %s now, not %s", db.device_id, key.fingerprint, noted)
        _set_setting(db, DEVICE_KEY_FINGERPRINT_KEY, key.fingerprint)
    return key


def encryption_key(db: Database) -> X25519PrivateKey:
    """This device's X25519 key (``keys/<device id>.x25519``): loaded, or made on first use. The province's is
    the one laptops encrypt their bundles to; a laptop's is the one the province encrypts restore and reference
    bundles to."""
    path = encryption_key_file(db.device_id)
    if not path.exists():
        _write_private(path, _pem(X25519PrivateKey.generate()))
    return _load_x25519(path)


def _x25519_public(private_key: X25519PrivateKey) -> bytes:
    return private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def encryption_public_b64(db: Database) -> str:
    """This device's X25519 public key, base64 (as key files carry it)."""
    return base64.b64encode(_x25519_public(encryption_key(db))).decode("ascii")


def _set_setting(db: Database, key: str, value: str) -> None:
    with db.session(write=True) as session, session.begin():
        session.merge(LocalSetting(key=key, value=value))


# -- the province --------------------------------------------------------------------------------------------------
def is_province(db: Database) -> bool:
    return db.get_setting(SYNC_ROLE_KEY) == ROLE_PROVINCE


def init_province(db: Database, *, name: str) -> DeviceKey:
    """Make this database the province's: its role and name, its signing key and its encryption key.

    Again on a province database it changes nothing but a new non-empty ``name``.
    """
    key = device_key(db)
    encryption_key(db)
    with db.session(write=True) as session, session.begin():
        session.merge(LocalSetting(key=SYNC_ROLE_KEY, value=ROLE_PROVINCE))
        current = session.get(LocalSetting, PROVINCE_NAME_KEY)
        if name.strip() or current is None:
            session.merge(LocalSetting(key=PROVINCE_NAME_KEY, value=name.strip()))
    return key


def province_key_document(db: Database) -> dict[str, Any]:
    """The province key file laptops import: the province's signing and encryption public keys."""
    if not is_province(db):
        raise BundleRefused("not_a_province")
    key = device_key(db)
    document = {
        "kind": PROVINCE_KEY_KIND,
        "version": KEY_FILE_VERSION,
        "device_id": key.device_id,
        "name": db.get_setting(PROVINCE_NAME_KEY),
        "key_id": key.key_id_hex,
        "public_key": key.public_b64,
        "encryption_key": encryption_public_b64(db),
        "fingerprint": key.fingerprint,
        "created_at": _now_text(),
    }
    return sign_document(key, document)


def enrolment_document(
    db: Database,
    *,
    officer: str = "",
    institute_ids: Sequence[str] | None = None,
    details: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """This laptop's enrolment file for the province: its public key, its encryption public key, officer and
    institutes (by default every institute in the database). Raises ValueError for an institute id the database
    does not hold.

    On a province database it is the province's enrolment file for the department: named by the province's name,
    listing every institute it holds (removed ones too: their records travel in the province's bundle), with
    ``role`` "province" (a laptop's says "laptop"). Signed by the device's key (:func:`sign_document`)."""
    from cdfi_desktop.db.models.institute import Institute

    key = device_key(db)
    hub = is_province(db)
    with db.session() as session:
        query = select(Institute.id, Institute.name, Institute.code).order_by(Institute.name, Institute.id)
        if not hub:  # a province (enrolled by the department) sends the records of removed institutes too
            query = query.where(Institute.deleted_at.is_(None))
        rows = session.execute(query).all()
    found = {row.id: {"id": row.id, "name": row.name, "code": row.code} for row in rows}
    if institute_ids is None:
        institutes = list(found.values())
    else:
        missing = [i for i in institute_ids if i not in found]
        if missing:
            raise ValueError(f"no institute {', '.join(missing)} in this database")
        institutes = [found[i] for i in dict.fromkeys(institute_ids)]
    document = {
        "kind": ENROLMENT_KIND,
        "version": KEY_FILE_VERSION,
        "role": ROLE_PROVINCE if hub else ROLE_LAPTOP,
        "device_id": key.device_id,
        "key_id": key.key_id_hex,
        "public_key": key.public_b64,
        "encryption_key": encryption_public_b64(db),
        "fingerprint": key.fingerprint,
        "officer": officer
        or (db.get_setting(PROVINCE_NAME_KEY) if hub else "")
        or db.recorder.officer
        or db.get_setting(OFFICER_KEY),
        "institutes": institutes,
        "details": dict(details or {}),
        "created_at": _now_text(),
    }
    return sign_document(key, document)


SIGNATURE_FIELD = "signature"


def document_message(document: Mapping[str, Any]) -> bytes:
    """What a key file's signature covers: the canonical JSON (UTF-8, keys sorted, no spaces) of every field but
    the signature itself."""
    rest = {key: value for key, value in document.items() if key != SIGNATURE_FIELD}
    return json.dumps(rest, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def document_comment(kind: str, device_id: str) -> str:
    """The signed (trusted) comment of a key file's signature: its kind and device."""
    return f"{kind} {device_id}"


def sign_document(key: DeviceKey, document: dict[str, Any]) -> dict[str, Any]:
    """The key file with its ``signature``: a minisign signature, by the device's own Ed25519 key (the one its
    fingerprint covers), of :func:`document_message`. The encryption key, institutes and role are covered by it."""
    signed = {k: v for k, v in document.items() if k != SIGNATURE_FIELD}
    signed[SIGNATURE_FIELD] = key.sign(
        document_message(signed), trusted_comment=document_comment(str(signed["kind"]), str(signed["device_id"]))
    )
    return signed


def _now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- reading key files -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class KeyDocument:
    """A checked enrolment or province key file: the key agrees with its id and fingerprint."""

    kind: str
    device_id: str
    public_key: bytes
    key_id: bytes
    fingerprint: str
    name: str  # officer (enrolment) or province name
    encryption_key: bytes  # X25519 public key: a province's always; a laptop's when its file has one, else b""
    institutes: list[dict[str, str]]  # enrolment only: [{"id", "name", "code"}]
    details: dict[str, str]
    created_at: str
    raw: dict[str, Any]
    signed: bool = False  # carries a valid signature by its own key (an older file has none)
    role: str = ROLE_LAPTOP  # enrolment: "laptop", or "province" (a province enrolled at the department)

    @property
    def key_id_hex(self) -> str:
        return minisign.key_id_hex(self.key_id)


MAX_KEY_FILE = 256 * 1024  # a key file is a few hundred bytes; anything this large is not one


def read_key_file(path: Path) -> str:
    """The text of an enrolment or province key file; BundleRefused (key_file_malformed) for one too large or
    not UTF-8 text. OSError (missing, unreadable) is left to the caller, which says so in its own words."""
    if path.stat().st_size > MAX_KEY_FILE:
        raise BundleRefused("key_file_malformed", name=path.name, detail="too large for a key file")
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise BundleRefused("key_file_malformed", name=path.name, detail="not UTF-8 text") from None


def parse_key_document(text: str | bytes, *, kind: str, name: str = "") -> KeyDocument:
    """Read an enrolment file (``kind`` "cdfi-enrolment") or province key file ("cdfi-province-key"); raises
    BundleRefused key_file_malformed naming ``name`` and the fault."""
    name = name or kind

    def bad(detail: str) -> BundleRefused:
        return BundleRefused("key_file_malformed", name=name, detail=detail)

    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise bad("not JSON") from exc
    if not isinstance(data, dict):
        raise bad("not a JSON object")
    found_kind = data.get("kind")
    if found_kind != kind:
        raise bad(f"a {found_kind!r} file, not {kind!r}" if isinstance(found_kind, str) else f"not a {kind} file")
    if data.get("version") != KEY_FILE_VERSION:
        raise bad(f"version {data.get('version')!r}, this app reads version {KEY_FILE_VERSION}")

    def text_field(field: str, *, required: bool = True) -> str:
        value = data.get(field, None if required else "")
        if not isinstance(value, str) or (required and not value.strip()):
            raise bad(f"no {field}")
        return value.strip()

    def key_field(field: str) -> bytes:
        try:
            raw = base64.b64decode(text_field(field).encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError, ValueError) as exc:
            raise bad(f"{field} is not base64") from exc
        if len(raw) != 32:
            raise bad(f"{field} is not 32 bytes")
        return raw

    device_id = text_field("device_id")
    if not _DEVICE_ID_RE.match(device_id):
        raise bad("device_id is not a device id")
    public_key = key_field("public_key")
    key_id = key_id_for(public_key)
    try:
        stated_id = minisign.key_id_from_hex(text_field("key_id"))
    except minisign.MinisignError as exc:
        raise bad(exc.detail) from exc
    if stated_id != key_id:
        raise bad("key_id does not belong to public_key")
    if normalise_fingerprint(text_field("fingerprint")) != normalise_fingerprint(fingerprint(public_key)):
        raise bad("fingerprint does not belong to public_key")
    institutes: list[dict[str, str]] = []
    details: dict[str, str] = {}
    encryption = b""
    if kind == PROVINCE_KEY_KIND:
        holder = text_field("name", required=False)
        encryption = key_field("encryption_key")
    else:
        holder = text_field("officer", required=False)
        if data.get("encryption_key") not in (None, ""):  # optional: enrolment files made before it was added
            encryption = key_field("encryption_key")
        listed = data.get("institutes", [])
        if not isinstance(listed, list):
            raise bad("institutes is not a list")
        for item in listed:
            if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
                raise bad("an institute without an id")
            institutes.append({k: str(item.get(k) or "") for k in ("id", "name", "code")})
        given = data.get("details", {})
        if not isinstance(given, dict):
            raise bad("details is not an object")
        details = {str(k): str(v) for k, v in given.items()}
    role = ROLE_LAPTOP
    if kind == ENROLMENT_KIND:
        role = data.get("role", ROLE_LAPTOP)
        if role not in (ROLE_LAPTOP, ROLE_PROVINCE):
            raise bad(f"role {role!r} is neither {ROLE_LAPTOP!r} nor {ROLE_PROVINCE!r}")
    signed = _check_document_signature(data, kind=kind, device_id=device_id, public_key=public_key, name=name)
    if kind == ENROLMENT_KIND and encryption and not signed:
        raise BundleRefused("enrolment_unsigned", name=name, device=device_id)
    created = data.get("created_at", "")
    return KeyDocument(
        kind=kind,
        device_id=device_id,
        public_key=public_key,
        key_id=key_id,
        fingerprint=fingerprint(public_key),
        name=holder,
        encryption_key=encryption,
        institutes=institutes,
        details=details,
        created_at=created if isinstance(created, str) else "",
        raw=data,
        signed=signed,
        role=role,
    )


def _check_document_signature(
    data: Mapping[str, Any], *, kind: str, device_id: str, public_key: bytes, name: str
) -> bool:
    """True when the key file carries a valid signature by its own key; False when it has none (a file made
    before key files were signed); BundleRefused enrolment_signature_invalid (or key_file_malformed for a
    province key file) when it has one that does not match."""
    signature = data.get(SIGNATURE_FIELD)
    if signature is None:
        return False

    def refused(detail: str) -> BundleRefused:
        if kind == ENROLMENT_KIND:
            return BundleRefused("enrolment_signature_invalid", name=name, device=device_id)
        return BundleRefused("key_file_malformed", name=name, detail=detail)

    if not isinstance(signature, str):
        raise refused("the signature is not text")
    try:
        comment = minisign.verify(
            signature, public_key=public_key, key_id=key_id_for(public_key), message=document_message(data)
        )
    except minisign.MinisignError as exc:
        raise refused(f"signature: {exc.detail}") from exc
    if comment != document_comment(kind, device_id):
        raise refused("the signature is of another key file")
    return True


def require_signed(doc: KeyDocument, *, name: str = "") -> None:
    """A province key file is taken only signed (its encryption key is what bundles are sealed to, and only the
    signature ties it to the fingerprint read out); one made before key files were signed is made again with
    ``province export-key``."""
    if not doc.signed:
        raise BundleRefused(
            "key_file_malformed",
            name=name or doc.kind,
            detail="not signed by its key; make it again (province export-key)",
        )


# -- the registry of trusted keys ---------------------------------------------------------------------------------
def import_province_key(db: Database, text: str, *, expect_fingerprint: str = "", name: str = "") -> SyncDevice:
    """On a laptop: trust the province's keys from its key file (replacing a province imported before).

    ``expect_fingerprint``: the fingerprint the province read out, typed by the officer (spaces and case do
    not matter); a different key is refused (fingerprint_mismatch) and nothing is imported. An unsigned key file
    (made before key files were signed) is refused (key_file_malformed): its encryption key is not covered by the
    fingerprint.
    """
    doc = parse_key_document(text, kind=PROVINCE_KEY_KIND, name=name)
    require_signed(doc, name=name)
    if expect_fingerprint.strip() and normalise_fingerprint(expect_fingerprint) != normalise_fingerprint(
        doc.fingerprint
    ):
        raise BundleRefused("fingerprint_mismatch", found=doc.fingerprint, expected=expect_fingerprint.strip())
    if doc.device_id == db.device_id:
        raise BundleRefused("key_file_malformed", name=name or doc.kind, detail="the key file of this database itself")
    now = datetime.now(UTC)
    with db.session(write=True) as session, session.begin():
        for earlier in session.scalars(select(SyncDevice).where(SyncDevice.role == ROLE_PROVINCE)).all():
            if earlier.device_id != doc.device_id:
                session.delete(earlier)
        device = session.get(SyncDevice, doc.device_id)
        if device is None:
            device = SyncDevice(device_id=doc.device_id, enrolled_at=now)
            session.add(device)
        elif device.role != ROLE_PROVINCE:
            raise BundleRefused(
                "key_file_malformed", name=name or doc.kind, detail="the device is enrolled here as a laptop"
            )
        device.role = ROLE_PROVINCE
        device.name = doc.name
        device.key_id = doc.key_id_hex
        device.public_key = base64.b64encode(doc.public_key).decode("ascii")
        device.encryption_key = base64.b64encode(doc.encryption_key).decode("ascii")
        device.institute_ids = []
        device.details = {"created_at": doc.created_at}
        device.revoked_at = None
        device.revoked_reason = ""
    return device


def enrol(db: Database, text: str, *, name: str = "") -> SyncDevice:
    """On the province: trust a laptop's key from its enrolment file, for the institutes it names.

    The same laptop enrolled again with the same key updates its officer, institutes, details and encryption key
    (kept from the file: restore and reference bundles are encrypted to it; none for an older file). The file's
    signature by its own key is checked (:func:`parse_key_document`): an encryption key is taken only from a
    signed file, and a device that has one is enrolled again only from a signed file. A province's own file
    (``role`` "province", enrolled at the department) is marked ``details["role"] = "province"``. Refused
    (BundleRefused): a malformed file, enrolment_signature_invalid, enrolment_unsigned, this database's own key,
    a revoked key (device_revoked), and another key for a device enrolled with a live key (revoke that first; a
    revoked device may then be enrolled with its new key, the old key's id kept in its details).
    """
    if not is_province(db):
        raise BundleRefused("not_a_province")
    doc = parse_key_document(text, kind=ENROLMENT_KIND, name=name)
    own_key = device_key(db)
    with db.session(write=True) as session, session.begin():
        return enrol_document(session, doc, own_key=own_key, name=name)


def enrol_document(session: Session, doc: KeyDocument, *, own_key: DeviceKey, name: str = "") -> SyncDevice:
    """:func:`enrol` of a checked enrolment file, in the caller's transaction (``own_key``: the province's)."""
    label = name or doc.kind
    if doc.device_id == own_key.device_id:
        raise BundleRefused("key_file_malformed", name=label, detail="the enrolment file of this database itself")
    public_b64 = base64.b64encode(doc.public_key).decode("ascii")
    details: dict[str, Any] = dict(doc.details)
    now = datetime.now(UTC)
    holder = session.scalars(
        select(SyncDevice.device_id).where(SyncDevice.public_key == public_b64, SyncDevice.device_id != doc.device_id)
    ).first()
    if holder is not None or public_b64 == own_key.public_b64:  # one key signing as two devices
        raise BundleRefused(
            "key_file_malformed", name=label, detail=f"the key of another device ({holder or own_key.device_id})"
        )
    device = session.get(SyncDevice, doc.device_id)
    previous: list[dict[str, Any]] = list((device.details or {}).get("previous_keys", [])) if device else []
    if device is None:
        device = SyncDevice(device_id=doc.device_id, role=ROLE_LAPTOP, enrolled_at=now, last_seq=0)
        session.add(device)
    elif device.role != ROLE_LAPTOP:
        raise BundleRefused("key_file_malformed", name=label, detail="the device is the province here")
    elif device.public_key == public_b64 and device.revoked_at is not None:
        raise BundleRefused("device_revoked", device=doc.device_id, revoked_at=device.revoked_at)
    elif device.public_key == public_b64 and device.encryption_key and not doc.signed:
        # an unsigned file would take away (or, before signatures, swap) the encryption key it was given
        raise BundleRefused("enrolment_unsigned", name=label, device=doc.device_id)
    elif device.public_key != public_b64:
        if device.revoked_at is None:
            raise BundleRefused(
                "key_file_malformed", name=label, detail="another key for an enrolled device: revoke it first"
            )
        previous.append(
            {
                "key_id": device.key_id,
                "public_key": device.public_key,
                "revoked_at": _when(device.revoked_at),
                "reason": device.revoked_reason,
            }
        )
        device.revoked_at = None
        device.revoked_reason = ""
        device.enrolled_at = now
    device.name = doc.name
    device.key_id = doc.key_id_hex
    device.public_key = public_b64
    device.encryption_key = base64.b64encode(doc.encryption_key).decode("ascii") if doc.encryption_key else ""
    device.institute_ids = [item["id"] for item in doc.institutes]
    details.pop("previous_keys", None)  # only this database says which keys it revoked
    details.pop("role", None)
    if doc.role == ROLE_PROVINCE:  # a province enrolled at the department (its bundles relay laptops' records)
        details["role"] = ROLE_PROVINCE
    if previous:
        details["previous_keys"] = previous
    device.details = details
    session.flush()
    return device


def revoke(db: Database, device_id: str, *, reason: str = "") -> SyncDevice:
    """On the province: stop trusting an enrolled laptop's key. The row and everything it sent stay; its
    bundles are refused from now on (device_revoked). Revoking again keeps the first date and reason."""
    with db.session(write=True) as session, session.begin():
        return revoke_device(session, device_id, reason=reason)


def revoke_device(session: Session, device_id: str, *, reason: str = "") -> SyncDevice:
    """:func:`revoke` in the caller's transaction."""
    device = session.get(SyncDevice, device_id.strip())
    if device is None or device.role != ROLE_LAPTOP:
        raise BundleRefused("device_not_enrolled", device=device_id)
    if device.revoked_at is None:
        device.revoked_at = datetime.now(UTC)
        device.revoked_reason = reason.strip()
    return device


def province_entry(session: Session) -> SyncDevice | None:
    """On a laptop: the province whose keys it trusts (imported from the province key file), if any."""
    return session.scalars(
        select(SyncDevice).where(SyncDevice.role == ROLE_PROVINCE).order_by(SyncDevice.enrolled_at.desc())
    ).first()


def trusted_device(session: Session, device_id: str) -> SyncDevice | None:
    """The registry's entry of a device id, revoked or not (the caller refuses a revoked one by its date)."""
    return session.get(SyncDevice, device_id)


def enrolled_devices(session: Session) -> list[SyncDevice]:
    """On the province: every laptop it has enrolled, revoked ones included, oldest first."""
    return list(
        session.scalars(
            select(SyncDevice).where(SyncDevice.role == ROLE_LAPTOP).order_by(SyncDevice.enrolled_at, SyncDevice.name)
        )
    )


def public_key_of(device: SyncDevice) -> tuple[bytes, bytes]:
    """(key id bytes, Ed25519 public key bytes) of a registry entry."""
    return minisign.key_id_from_hex(device.key_id), base64.b64decode(device.public_key)


def encryption_public_key_of(device: SyncDevice) -> bytes:
    """The X25519 public key of a registry entry (empty when the entry has none)."""
    return base64.b64decode(device.encryption_key) if device.encryption_key else b""


def _when(moment: datetime | None) -> str:
    return f"{moment.astimezone():%Y-%m-%d %H:%M}" if moment else ""
