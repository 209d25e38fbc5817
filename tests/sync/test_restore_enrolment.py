"""A laptop's enrolment file carries its encryption key; the province keeps it (restore bundles are sealed to it),
and an enrolment file made before it was added still enrols. The file is signed by the laptop's own key (the one
the phone-checked fingerprint covers), so its encryption key cannot be swapped on the way."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from cdfi_desktop.db.models.sync import SyncDevice
from cdfi_desktop.sync import keys, restore, upward
from cdfi_desktop.sync.errors import BundleRefused
from tests.support.bundles import add_institute, make_province, open_db


def test_enrolment_carries_the_laptops_encryption_key_and_the_province_keeps_it(tmp_path: Path) -> None:
    # GIVEN a laptop and a province
    laptop = open_db(tmp_path / "laptop.sqlite")
    province = make_province(tmp_path / "province.sqlite")
    try:
        add_institute(laptop)
        # WHEN the laptop writes its enrolment file THEN it holds the laptop's X25519 public key
        document = keys.enrolment_document(laptop)
        public = keys.encryption_key(laptop).public_key().public_bytes_raw()
        assert base64.b64decode(document["encryption_key"]) == public
        parsed = keys.parse_key_document(json.dumps(document), kind=keys.ENROLMENT_KIND)
        assert parsed.encryption_key == public
        # WHEN the province enrols it THEN the registry keeps the key
        keys.enrol(province, json.dumps(document))
        with province.session() as session:
            device = session.get(SyncDevice, laptop.device_id)
            assert device is not None and keys.encryption_public_key_of(device) == public
    finally:
        laptop.close()
        province.close()


def test_an_old_enrolment_file_without_the_key_still_enrols(tmp_path: Path) -> None:
    laptop = open_db(tmp_path / "laptop.sqlite")
    province = make_province(tmp_path / "province.sqlite")
    try:
        # GIVEN an enrolment file without "encryption_key" nor signature (as files were before)
        document = keys.enrolment_document(laptop)
        del document["encryption_key"], document["signature"], document["role"]
        # WHEN the province enrols it THEN the laptop is trusted with no encryption key
        keys.enrol(province, json.dumps(document))
        with province.session() as session:
            device = session.get(SyncDevice, laptop.device_id)
            assert device is not None and device.encryption_key == ""
        # WHEN the same laptop sends a newer file THEN its key is added
        keys.enrol(province, json.dumps(keys.enrolment_document(laptop)))
        with province.session() as session:
            device = session.get(SyncDevice, laptop.device_id)
            assert device is not None and device.encryption_key
    finally:
        laptop.close()
        province.close()


@pytest.mark.parametrize("value", ["not base64!", base64.b64encode(b"short").decode()])
def test_a_bad_encryption_key_is_refused(tmp_path: Path, value: str) -> None:
    laptop = open_db(tmp_path / "laptop.sqlite")
    try:
        document = keys.enrolment_document(laptop)
        document["encryption_key"] = value
        with pytest.raises(BundleRefused) as caught:
            keys.parse_key_document(json.dumps(document), kind=keys.ENROLMENT_KIND)
        assert caught.value.code == "key_file_malformed"
    finally:
        laptop.close()


def _refused(call: object) -> BundleRefused:
    with pytest.raises(BundleRefused) as caught:
        call()  # type: ignore[operator]
    return caught.value


def _other_x25519() -> str:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return base64.b64encode(X25519PrivateKey.generate().public_key().public_bytes_raw()).decode("ascii")


def test_an_enrolment_file_whose_encryption_key_was_swapped_is_refused(tmp_path: Path) -> None:
    laptop = open_db(tmp_path / "laptop.sqlite")
    province = make_province(tmp_path / "province.sqlite")
    try:
        add_institute(laptop)
        document = keys.enrolment_document(laptop)
        # GIVEN the file with someone else's encryption key put in on the way (the fingerprint still matches)
        swapped = {**document, "encryption_key": _other_x25519()}
        assert keys.parse_key_document(json.dumps(document), kind=keys.ENROLMENT_KIND).signed
        # WHEN the province enrols it THEN it is refused, and nothing is enrolled
        refused = _refused(lambda: keys.enrol(province, json.dumps(swapped), name="laptop.json"))
        assert refused.code == "enrolment_signature_invalid" and refused.params["device"] == laptop.device_id
        # AND so is one with its institutes or its role changed
        changes: list[dict[str, Any]] = [{"institutes": []}, {"role": "province"}, {"officer": "ผู้ปลอม"}]
        for change in changes:
            text = json.dumps({**document, **change})
            assert _refused(lambda t=text: keys.enrol(province, t)).code == "enrolment_signature_invalid"
        # AND one with the signature taken away (an encryption key in an unsigned file)
        unsigned = {k: v for k, v in swapped.items() if k != "signature"}
        assert _refused(lambda: keys.enrol(province, json.dumps(unsigned))).code == "enrolment_unsigned"
        # AND a restore bundle to such a file is not made
        assert (
            _refused(
                lambda: restore.export_restore(province, tmp_path, device_id="x", to_enrolment=json.dumps(unsigned))
            ).code
            == "enrolment_unsigned"
        )
        with province.session() as session:
            assert session.get(SyncDevice, laptop.device_id) is None
    finally:
        laptop.close()
        province.close()


def test_a_new_encryption_key_is_taken_only_from_a_signed_file(tmp_path: Path) -> None:
    laptop = open_db(tmp_path / "laptop.sqlite")
    province = make_province(tmp_path / "province.sqlite")
    try:
        add_institute(laptop)
        keys.enrol(province, json.dumps(keys.enrolment_document(laptop)))
        first = keys.encryption_public_b64(laptop)
        # GIVEN the laptop's encryption key made again (its key file lost), and its new signed enrolment file
        keys.encryption_key_file(laptop.device_id).unlink()
        second = keys.encryption_public_b64(laptop)
        assert second != first
        signed = keys.enrolment_document(laptop)
        # WHEN an unsigned file of the same laptop comes (no encryption key: an older program's, or a forged one)
        bare = {k: v for k, v in signed.items() if k not in ("signature", "encryption_key")}
        # THEN it may not take the encryption key away
        assert _refused(lambda: keys.enrol(province, json.dumps(bare))).code == "enrolment_unsigned"
        # WHEN the signed file comes THEN the new key is taken
        keys.enrol(province, json.dumps(signed))
        with province.session() as session:
            device = session.get(SyncDevice, laptop.device_id)
            assert device is not None and device.encryption_key == second
    finally:
        laptop.close()
        province.close()


def test_the_provinces_enrolment_file_for_the_department_is_signed_and_marked_as_a_hub(tmp_path: Path) -> None:
    province = make_province(tmp_path / "province.sqlite")
    department = make_province(tmp_path / "department.sqlite", name="กรมการพัฒนาชุมชน")
    laptop = open_db(tmp_path / "laptop.sqlite")
    try:
        add_institute(province)
        # GIVEN the province's enrolment file
        document = keys.enrolment_document(province)
        parsed = keys.parse_key_document(json.dumps(document), kind=keys.ENROLMENT_KIND)
        # THEN it is signed and says it is a province
        assert parsed.signed and parsed.role == "province" and document["role"] == "province"
        # WHEN the department enrols it THEN the registry marks it as a province
        keys.enrol(department, json.dumps(document))
        with department.session() as session:
            device = session.get(SyncDevice, province.device_id)
            assert device is not None and device.details["role"] == "province"
        # AND a laptop's file says "laptop", and its details cannot claim to be a province
        laptop_doc = keys.enrolment_document(laptop, details={"role": "province"})
        assert keys.parse_key_document(json.dumps(laptop_doc), kind=keys.ENROLMENT_KIND).role == "laptop"
        keys.enrol(department, json.dumps(laptop_doc))
        with department.session() as session:
            device = session.get(SyncDevice, laptop.device_id)
            assert device is not None and "role" not in device.details
        # AND the province key file is signed too; a changed encryption key in it is refused
        key_doc = keys.province_key_document(department)
        assert keys.parse_key_document(json.dumps(key_doc), kind=keys.PROVINCE_KEY_KIND).signed
        swapped = {**key_doc, "encryption_key": _other_x25519()}
        refused = _refused(lambda: keys.import_province_key(laptop, json.dumps(swapped)))
        assert refused.code == "key_file_malformed" and "signature" in refused.params["detail"]
        # AND so is one with the signature taken away, by a laptop and by a province exporting to the department
        unsigned = json.dumps({k: v for k, v in swapped.items() if k != "signature"})
        refused = _refused(lambda: keys.import_province_key(laptop, unsigned))
        assert refused.code == "key_file_malformed" and "not signed" in refused.params["detail"]
        key_path = tmp_path / "department.key"
        key_path.write_text(unsigned, encoding="utf-8")
        refused = _refused(lambda: upward.export_province(province, tmp_path / "up", to_key_file=key_path))
        assert refused.code == "key_file_malformed" and "not signed" in refused.params["detail"]
    finally:
        laptop.close()
        province.close()
        department.close()
