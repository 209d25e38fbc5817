"""A laptop's enrolment file carries its encryption key; the province keeps it (restore bundles are sealed to it),
and an enrolment file made before it was added still enrols."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from cdfi_desktop.db.models.sync import SyncDevice
from cdfi_desktop.sync import keys
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
        # GIVEN an enrolment file without "encryption_key" (as files were before)
        document = keys.enrolment_document(laptop)
        del document["encryption_key"]
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
