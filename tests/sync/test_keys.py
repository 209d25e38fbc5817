"""A device's signing key (a private file, never in the database), the province's keys, enrolment and revocation,
and a database copied without its key becoming a new device."""

from __future__ import annotations

import base64
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from cdfi_desktop.db.database import Database
from cdfi_desktop.db.keys import (
    DEVICE_ID_KEY,
    DEVICE_KEY_FINGERPRINT_KEY,
    DEVICE_REPLACED_FROM_KEY,
    PROVINCE_NAME_KEY,
    SYNC_ACK_AUDIT_KEY,
    SYNC_ACK_HLC_KEY,
    SYNC_LAST_RECEIPT_KEY,
    SYNC_NEEDS_FULL_KEY,
    SYNC_ROLE_KEY,
)
from cdfi_desktop.db.models.institute import Institute
from cdfi_desktop.db.models.sync import SyncDevice
from cdfi_desktop.domain.enums import Cohort
from cdfi_desktop.sync import keys, minisign
from cdfi_desktop.sync.errors import BundleRefused


def _open(path: Path) -> Database:
    return Database.open(path, officer="นางสมศรี")


def _add_institute(db: Database, name: str, code: str = "") -> str:
    with db.session(write=True) as session, session.begin():
        institute = Institute(
            name=name,
            code=code,
            cohort=Cohort.EXISTING,
            province_code="40",
            district_code="4001",
            subdistrict_code="400101",
        )
        session.add(institute)
        session.flush()
        return institute.id


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Database]:
    db = _open(tmp_path / "laptop.sqlite")
    yield db
    db.close()


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Database]:
    db = _open(tmp_path / "province.sqlite")
    keys.init_province(db, name="ขอนแก่น")
    yield db
    db.close()


def _enrolment(db: Database, **options: Any) -> str:
    return json.dumps(keys.enrolment_document(db, **options), ensure_ascii=False)


def _province_file(db: Database) -> str:
    return json.dumps(keys.province_key_document(db), ensure_ascii=False)


class _Refusal:
    """``with _Refusal("code"):`` asserts a BundleRefused with that code."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.caught: BundleRefused | None = None

    def __enter__(self) -> _Refusal:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, _tb: object) -> bool:
        assert isinstance(exc, BundleRefused), f"expected a refusal {self.code}, got {exc!r}"
        assert exc.code == self.code, exc.text("en")
        self.caught = exc
        return True


# -- the device key ------------------------------------------------------------------------------------------------
def test_GIVEN_a_new_database_WHEN_its_key_is_asked_for_THEN_it_is_made_once_in_a_private_file(
    laptop: Database,
) -> None:
    key = keys.device_key(laptop)
    path = keys.key_file(laptop.device_id)
    assert path == keys.keys_dir() / f"{laptop.device_id}.ed25519"
    assert path.exists()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = keys.device_key(laptop)
    assert again.public_bytes == key.public_bytes
    assert len(key.public_bytes) == 32 and len(key.key_id) == 8
    assert key.key_id == keys.key_id_for(key.public_bytes)
    assert key.key_id_hex == minisign.key_id_hex(key.key_id)
    assert laptop.get_setting(DEVICE_KEY_FINGERPRINT_KEY) == key.fingerprint


def test_GIVEN_a_key_file_readable_by_others_WHEN_loaded_THEN_it_is_made_private_again(laptop: Database) -> None:
    if os.name != "posix":
        pytest.skip("file modes are POSIX")
    keys.device_key(laptop)
    path = keys.key_file(laptop.device_id)
    os.chmod(path, 0o644)
    keys.device_key(laptop)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_GIVEN_a_device_key_WHEN_the_database_file_is_read_THEN_the_private_key_is_not_in_it(tmp_path: Path) -> None:
    path = tmp_path / "laptop.sqlite"
    db = _open(path)
    key = keys.device_key(db)
    encryption = keys.encryption_key(db)
    keys.init_province(db, name="x")
    db.close()
    secret = key.private_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    secret_x = encryption.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    pem_body = keys.key_file(key.device_id).read_text().splitlines()[1]
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("laptop.sqlite*"))
    for needle in (secret, secret_x, base64.b64encode(secret), pem_body.encode(), secret.hex().encode()):
        assert needle not in stored
    assert key.fingerprint.encode() in stored  # while the fingerprint is (the test reads the right file)


def test_fingerprint_is_ten_bytes_of_the_sha256_in_groups_of_four() -> None:
    fp = keys.fingerprint(b"\x00" * 32)
    assert fp == "6668 7AAD F862 BD77 6C8F"  # SHA-256 of 32 zero bytes begins 66687aadf862bd776c8f
    assert keys.normalise_fingerprint(" 6668-7aad f862:bd77 6c8f ") == "66687AADF862BD776C8F"


# -- the province and its key file ----------------------------------------------------------------------------------
def test_GIVEN_init_province_twice_THEN_the_same_keys_and_the_name_kept(province: Database) -> None:
    first = keys.device_key(province)
    encryption = keys.encryption_key(province)
    again = keys.init_province(province, name="")
    assert keys.is_province(province)
    assert province.get_setting(SYNC_ROLE_KEY) == "province"
    assert province.get_setting(PROVINCE_NAME_KEY) == "ขอนแก่น"
    assert again.public_bytes == first.public_bytes
    assert keys.encryption_key(province).private_bytes_raw() == encryption.private_bytes_raw()
    assert keys.encryption_key_file(province.device_id).exists()


def test_GIVEN_a_laptop_WHEN_it_imports_the_province_key_file_THEN_it_trusts_both_keys(
    laptop: Database, province: Database
) -> None:
    document = keys.province_key_document(province)
    assert document["kind"] == "cdfi-province-key" and document["version"] == 1
    assert document["name"] == "ขอนแก่น"
    typed = document["fingerprint"].lower().replace(" ", "")  # as an officer might type it
    device = keys.import_province_key(laptop, _province_file(province), expect_fingerprint=typed)
    assert device.role == "province" and device.device_id == province.device_id
    with laptop.session() as session:
        entry = keys.province_entry(session)
        assert entry is not None
        assert keys.public_key_of(entry) == (keys.device_key(province).key_id, keys.device_key(province).public_bytes)
        assert keys.encryption_public_key_of(entry) == keys.encryption_key(province).public_key().public_bytes_raw()
        assert keys.trusted_device(session, province.device_id) is not None


def test_GIVEN_a_typed_fingerprint_that_differs_WHEN_importing_THEN_refused_and_nothing_stored(
    laptop: Database, province: Database
) -> None:
    with _Refusal("fingerprint_mismatch") as refused:
        keys.import_province_key(laptop, _province_file(province), expect_fingerprint="0000 1111 2222 3333 4444")
    assert refused.caught is not None and refused.caught.params["expected"] == "0000 1111 2222 3333 4444"
    with laptop.session() as session:
        assert keys.province_entry(session) is None


def test_GIVEN_another_province_imported_later_THEN_it_replaces_the_first(
    tmp_path: Path, laptop: Database, province: Database
) -> None:
    keys.import_province_key(laptop, _province_file(province))
    other = _open(tmp_path / "other.sqlite")
    keys.init_province(other, name="มหาสารคาม")
    keys.import_province_key(laptop, _province_file(other))
    with laptop.session() as session:
        rows = session.scalars(select(SyncDevice).where(SyncDevice.role == "province")).all()
        assert [(r.device_id, r.name) for r in rows] == [(other.device_id, "มหาสารคาม")]
    other.close()


def test_GIVEN_a_database_that_is_not_a_province_WHEN_its_key_file_is_asked_for_THEN_refused(
    laptop: Database,
) -> None:
    with _Refusal("not_a_province"):
        keys.province_key_document(laptop)


def _mangled(document: dict[str, Any], **changes: Any) -> str:
    data = {**document, **changes}
    return json.dumps({k: v for k, v in data.items() if v is not _DROP})


_DROP = object()


@pytest.mark.parametrize(
    ("changes", "detail"),
    [
        ({"kind": "cdfi-enrolment"}, "cdfi-enrolment"),
        ({"version": 2}, "version"),
        ({"public_key": "!!!"}, "base64"),
        ({"public_key": base64.b64encode(b"x" * 31).decode()}, "32 bytes"),
        ({"encryption_key": _DROP}, "encryption_key"),
        ({"key_id": "0011223344556677"}, "key_id"),
        ({"fingerprint": "0000 0000 0000 0000 0000"}, "fingerprint"),
        ({"device_id": "../../etc"}, "device_id"),
    ],
)
def test_GIVEN_a_malformed_province_key_file_WHEN_imported_THEN_refused_with_what_is_wrong(
    laptop: Database, province: Database, changes: dict[str, Any], detail: str
) -> None:
    text = _mangled(keys.province_key_document(province), **changes)
    with _Refusal("key_file_malformed") as refused:
        keys.import_province_key(laptop, text, name="province.json")
    assert refused.caught is not None
    assert detail in refused.caught.params["detail"]
    assert refused.caught.params["name"] == "province.json"


@pytest.mark.parametrize("text", ["", "not json", "[1, 2]", '{"kind": 5}'])
def test_GIVEN_a_file_that_is_not_a_key_file_WHEN_imported_THEN_key_file_malformed(laptop: Database, text: str) -> None:
    with _Refusal("key_file_malformed"):
        keys.import_province_key(laptop, text)


def test_GIVEN_the_province_WHEN_it_imports_its_own_key_file_THEN_refused(province: Database) -> None:
    with _Refusal("key_file_malformed"):
        keys.import_province_key(province, _province_file(province))


# -- enrolment ---------------------------------------------------------------------------------------------------
def test_GIVEN_an_enrolment_file_WHEN_the_province_enrols_it_THEN_the_laptop_is_trusted_for_its_institutes(
    laptop: Database, province: Database
) -> None:
    first = _add_institute(laptop, "สถาบันบ้านโนน", "0401")
    second = _add_institute(laptop, "สถาบันบ้านดอน")
    document = keys.enrolment_document(laptop, details={"position": "นักวิชาการ"})
    assert document["kind"] == "cdfi-enrolment" and document["officer"] == "นางสมศรี"
    assert {i["id"] for i in document["institutes"]} == {first, second}
    device = keys.enrol(province, json.dumps(document, ensure_ascii=False))
    assert device.role == "laptop" and device.name == "นางสมศรี"
    assert sorted(device.institute_ids) == sorted([first, second])
    assert device.details == {"position": "นักวิชาการ"}
    assert device.revoked_at is None
    key = keys.device_key(laptop)
    assert keys.public_key_of(device) == (key.key_id, key.public_bytes)
    # the province can now check what the laptop signs
    signature = key.sign(b"manifest", trusted_comment="t")
    key_id, public = keys.public_key_of(device)
    assert minisign.verify(signature, public_key=public, key_id=key_id, message=b"manifest") == "t"


def test_GIVEN_chosen_institutes_WHEN_the_enrolment_file_is_made_THEN_only_those_and_unknown_ones_refused(
    laptop: Database,
) -> None:
    first = _add_institute(laptop, "ก")
    _add_institute(laptop, "ข")
    assert [i["id"] for i in keys.enrolment_document(laptop, institute_ids=[first])["institutes"]] == [first]
    with pytest.raises(ValueError):
        keys.enrolment_document(laptop, institute_ids=["no-such-institute"])


def test_GIVEN_the_same_laptop_enrolled_again_with_the_same_key_THEN_officer_and_institutes_are_updated(
    laptop: Database, province: Database
) -> None:
    first = _add_institute(laptop, "ก")
    keys.enrol(province, _enrolment(laptop))
    second = _add_institute(laptop, "ข")
    device = keys.enrol(province, _enrolment(laptop, officer="นายใหม่"))
    assert device.name == "นายใหม่"
    assert sorted(device.institute_ids) == sorted([first, second])
    with province.session() as session:
        assert len(keys.enrolled_devices(session)) == 1


def test_GIVEN_an_enrolled_device_WHEN_a_file_with_another_key_for_it_comes_THEN_refused_until_revoked(
    laptop: Database, province: Database
) -> None:
    keys.enrol(province, _enrolment(laptop))
    document = keys.enrolment_document(laptop)
    other = keys.DeviceKey.of(laptop.device_id, Ed25519PrivateKey.generate())
    forged = keys.sign_document(
        other,
        {**document, "public_key": other.public_b64, "key_id": other.key_id_hex, "fingerprint": other.fingerprint},
    )
    with _Refusal("key_file_malformed") as refused:
        keys.enrol(province, json.dumps(forged))
    assert refused.caught is not None and "revoke it first" in refused.caught.params["detail"]
    keys.revoke(province, laptop.device_id, reason="เครื่องหาย")
    device = keys.enrol(province, json.dumps(forged))  # after revoking, the new key may be enrolled
    assert device.key_id == other.key_id_hex and device.revoked_at is None
    assert [k["key_id"] for k in device.details["previous_keys"]] == [keys.device_key(laptop).key_id_hex]
    assert device.details["previous_keys"][0]["reason"] == "เครื่องหาย"


def test_GIVEN_a_revoked_key_WHEN_enrolled_again_THEN_refused_as_revoked(laptop: Database, province: Database) -> None:
    keys.enrol(province, _enrolment(laptop))
    keys.revoke(province, laptop.device_id)
    with _Refusal("device_revoked"):
        keys.enrol(province, _enrolment(laptop))


def test_GIVEN_a_laptop_database_WHEN_it_enrols_a_file_THEN_refused_as_not_a_province(
    tmp_path: Path, laptop: Database
) -> None:
    other = _open(tmp_path / "other.sqlite")
    with _Refusal("not_a_province"):
        keys.enrol(laptop, _enrolment(other))
    other.close()


def test_GIVEN_the_province_WHEN_it_enrols_its_own_enrolment_file_THEN_refused(province: Database) -> None:
    with _Refusal("key_file_malformed") as refused:
        keys.enrol(province, _enrolment(province))
    assert refused.caught is not None and "itself" in refused.caught.params["detail"]


def test_GIVEN_an_enrolment_file_with_a_wrong_fingerprint_WHEN_enrolled_THEN_refused(
    laptop: Database, province: Database
) -> None:
    with _Refusal("key_file_malformed"):
        keys.enrol(province, _mangled(keys.enrolment_document(laptop), fingerprint="AAAA AAAA AAAA AAAA AAAA"))
    with _Refusal("key_file_malformed"):
        keys.enrol(province, _mangled(keys.enrolment_document(laptop), institutes=[{"name": "no id"}]))
    with _Refusal("key_file_malformed"):
        keys.enrol(province, _province_file(province))  # a province key file is not an enrolment file


def test_GIVEN_an_enrolled_laptop_WHEN_revoked_THEN_the_row_stays_with_the_date_and_reason(
    laptop: Database, province: Database
) -> None:
    keys.enrol(province, _enrolment(laptop))
    revoked = keys.revoke(province, laptop.device_id, reason="ถูกขโมย")
    assert revoked.revoked_at is not None and revoked.revoked_reason == "ถูกขโมย"
    again = keys.revoke(province, laptop.device_id, reason="อีกครั้ง")
    assert again.revoked_at == revoked.revoked_at and again.revoked_reason == "ถูกขโมย"
    with province.session() as session:
        row = keys.trusted_device(session, laptop.device_id)
        assert row is not None and row.revoked_at is not None
        assert keys.public_key_of(row)[1] == keys.device_key(laptop).public_bytes


def test_GIVEN_an_unknown_device_WHEN_revoked_THEN_device_not_enrolled(province: Database) -> None:
    with _Refusal("device_not_enrolled"):
        keys.revoke(province, "no-such-device")


# -- a copied database ---------------------------------------------------------------------------------------------
def test_GIVEN_a_database_copied_without_its_key_WHEN_opened_THEN_it_is_a_new_device(tmp_path: Path) -> None:
    path = tmp_path / "laptop.sqlite"
    db = _open(path)
    institute = _add_institute(db, "ก")
    old = db.device_id
    keys.device_key(db)
    for key in (SYNC_ACK_HLC_KEY, SYNC_ACK_AUDIT_KEY, SYNC_LAST_RECEIPT_KEY, SYNC_NEEDS_FULL_KEY):
        db.set_setting(key, "1")
    db.close()
    keys.key_file(old).unlink()  # as on another computer, where the file was copied to without the key

    copy = _open(path)
    try:
        assert copy.device_id != old
        assert copy.get_setting(DEVICE_ID_KEY) == copy.device_id
        assert copy.get_setting(DEVICE_REPLACED_FROM_KEY) == old
        for key in (SYNC_ACK_HLC_KEY, SYNC_ACK_AUDIT_KEY, SYNC_LAST_RECEIPT_KEY, SYNC_NEEDS_FULL_KEY):
            assert copy.get_setting(key) == "", key
        assert copy.get_setting(DEVICE_KEY_FINGERPRINT_KEY) == ""
        with copy.session(write=True) as session, session.begin():
            row = session.get(Institute, institute)
            assert row is not None and row.device_id == old  # what the old device made stays its own
            row.notes = "แก้ไขบนเครื่องใหม่"
        with copy.session() as session:
            edited = session.get(Institute, institute)
            assert edited is not None and edited.device_id == copy.device_id
        new_key = keys.device_key(copy)
        assert keys.key_file(copy.device_id).exists() and new_key.device_id == copy.device_id
    finally:
        copy.close()
    reopened = _open(path)  # with its own key now, it keeps its new id
    try:
        assert reopened.device_id == new_key.device_id
        assert reopened.get_setting(DEVICE_REPLACED_FROM_KEY) == old
    finally:
        reopened.close()


def test_GIVEN_a_database_never_given_a_key_WHEN_reopened_THEN_it_keeps_its_device_id(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite"
    db = _open(path)
    device = db.device_id
    db.close()
    again = _open(path)
    try:
        assert again.device_id == device
        assert again.get_setting(DEVICE_REPLACED_FROM_KEY) == ""
    finally:
        again.close()


def test_GIVEN_a_database_with_its_key_WHEN_reopened_THEN_it_keeps_its_device_id(tmp_path: Path) -> None:
    path = tmp_path / "keyed.sqlite"
    db = _open(path)
    key = keys.device_key(db)
    db.close()
    again = _open(path)
    try:
        assert again.device_id == key.device_id
        assert keys.device_key(again).public_bytes == key.public_bytes
    finally:
        again.close()


def test_GIVEN_a_server_database_without_the_key_file_on_this_computer_THEN_its_device_id_is_kept(
    pg_url: str,
) -> None:
    db = Database.open(pg_url)
    device = db.device_id
    keys.device_key(db)
    db.close()
    keys.key_file(device).unlink()  # another computer of the province's office, sharing the server
    again = Database.open(pg_url)
    try:
        assert again.device_id == device
    finally:
        again.close()
