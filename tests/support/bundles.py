"""Laptop and province databases, keys and bundles for the sync tests, and ways to spoil a good bundle.

A bundle is edited as a dict of its zip members (:func:`unzip` / :func:`rezip`); :func:`resign` signs an edited
manifest again with the laptop's key, so that a test reaches the check behind the signature.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import Base
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import Cohort, CreditorKind
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.sync import container, keys
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
        "since_seq": 0,
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


def resigned(data: bytes, change: Callable[[dict[str, Any]], None], key: DeviceKey) -> bytes:
    """The bundle ``data`` with its manifest changed by ``change`` and signed again by ``key``."""
    members = unzip(data)
    manifest = manifest_of(members)
    change(manifest)
    return rezip(resign(members, manifest, key))


def relist(manifest: dict[str, Any], members: Mapping[str, bytes]) -> dict[str, Any]:
    """The manifest listing these (plain) members with their hashes and sizes."""
    manifest["members"] = [
        {"name": n, "sha256": hashlib.sha256(members[n]).hexdigest(), "size": len(members[n])}
        for n in sorted(members)
        if n not in (container.MANIFEST, container.SIGNATURE)
    ]
    return manifest


# -- databases ----------------------------------------------------------------------------------------------------

OFFICER = "นางสมศรี ใจดี"


def open_db(url: str | Path, *, officer: str = OFFICER) -> Database:
    return Database.open(url, officer=officer)


def add_institute(db: Database, *, name: str = "สถาบันการจัดการเงินทุนชุมชนตำบลในเมือง", households: int = 2) -> str:
    """A village, an institute and ``households`` households each with one debt; returns the institute's id."""
    with UnitOfWork(db) as uow:
        session = uow.session
        village = m.Village(subdistrict_code="400101", village_no=3, name="บ้านโนนสว่าง")
        session.add(village)
        session.flush()
        institute = m.Institute(
            name=name,
            cohort=Cohort.EXISTING,
            province_code="40",
            district_code="4001",
            subdistrict_code="400101",
            village_id=village.id,
        )
        session.add(institute)
        session.flush()
        for number in range(households):
            household = m.Household(institute_id=institute.id, village_id=village.id, house_no=f"{number + 1}/3")
            session.add(household)
            session.flush()
            session.add(
                m.Debt(
                    household_id=household.id,
                    creditor_kind=CreditorKind.BAAC,
                    creditor_name="ธ.ก.ส. สาขาเมือง",
                    principal=Decimal("5000.00"),
                    outstanding=Decimal("4000.00"),
                    interest_rate=Decimal("7"),
                    contract_date=date(2024, 5, 1),
                )
            )
        uow.commit()
        return institute.id


def add_household(db: Database, institute_id: str, *, house_no: str = "99/1") -> str:
    with UnitOfWork(db) as uow:
        institute = uow.session.get(m.Institute, institute_id)
        assert institute is not None
        household = m.Household(institute_id=institute_id, village_id=institute.village_id, house_no=house_no)
        uow.session.add(household)
        uow.commit()
        return household.id


def make_province(url: str | Path, *, name: str = "สำนักงานจังหวัดขอนแก่น") -> Database:
    db = open_db(url, officer="เจ้าหน้าที่จังหวัด")
    keys.init_province(db, name=name)
    return db


def enrol(province: Database, laptop: Database, *, institute_ids: list[str] | None = None) -> None:
    """The province trusts the laptop (for its institutes), and the laptop has the province's keys."""
    keys.enrol(province, json.dumps(keys.enrolment_document(laptop, institute_ids=institute_ids)))
    keys.import_province_key(laptop, json.dumps(keys.province_key_document(province)))


def enrol_only(province: Database, laptop: Database) -> None:
    """The province trusts the laptop; the laptop does not have the province's keys (bundles go unencrypted)."""
    keys.enrol(province, json.dumps(keys.enrolment_document(laptop)))


def import_province_key(laptop: Database, province: Database) -> None:
    keys.import_province_key(laptop, json.dumps(keys.province_key_document(province)))


def database_digest(db: Database, *, exclude: tuple[str, ...] = ()) -> str:
    """A SHA-256 over every table's rows, sorted (the whole database's content, sync tables included)."""
    digest = hashlib.sha256()
    with db.session() as session:
        for table in sorted(Base.metadata.sorted_tables, key=lambda t: t.name):
            if table.name in exclude:
                continue
            rows = [json.dumps([_plain(v) for v in row], default=str) for row in session.execute(select(table))]
            digest.update(table.name.encode() + b"\0")
            for line in sorted(rows):
                digest.update(line.encode() + b"\n")
    return digest.hexdigest()


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    return value
