"""Acceptance: the province's roll-up of the imported data equals what each laptop computes for its own institutes.

Three laptops (one with two institutes; three districts in two provinces) send their bundles to a province, on
SQLite and on PostgreSQL. Then, for every institute, the indicators the province computes (the five criteria with
their reasons, the 1HH1C figures, repayments, class changes) and its report rounds are the very ones the laptop
computes; the roll-up lists the same institute lines, and its district, province and total rows are the sums of the
laptops' rows.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.services import report_rounds as rr
from cdfi_desktop.services.demo import DEMO_AS_OF, generate_demo_institute
from cdfi_desktop.services.indicators import AreaRow, RepaymentPerformance, Rollup, institute_indicators, rollup
from cdfi_desktop.sync import keys, service

FISCAL_YEAR = 2570  # of DEMO_AS_OF
# laptop → its institutes: (subdistrict, seed); districts 4001 and 4002 of Khon Kaen, 3001 of Nakhon Ratchasima
LAPTOPS = {
    "one": [("400101", 61), ("400102", 62)],
    "two": [("400201", 63)],
    "three": [("300101", 64)],
}
HOUSEHOLDS = 45  # enough for target lists, contracts and repayments


@dataclass(frozen=True)
class Made:
    folder: Path
    institutes: dict[str, list[str]]  # laptop → its institute ids


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    folder = tmp_path_factory.mktemp("rollup-laptops")
    institutes: dict[str, list[str]] = {}
    for name, specs in LAPTOPS.items():
        db = Database.open(folder / f"{name}.sqlite", officer=f"เจ้าหน้าที่ {name}")
        try:
            institutes[name] = [
                generate_demo_institute(db, households=HOUSEHOLDS, seed=seed, subdistrict_code=code).institute_id
                for code, seed in specs
            ]
        finally:
            db.close()
    return Made(folder, institutes)


@pytest.fixture
def laptops(made: Made, tmp_path: Path) -> Iterator[dict[str, Database]]:
    """This test's copies of the laptops (their keys are made in this test's own data folder)."""
    opened: dict[str, Database] = {}
    try:
        for name in LAPTOPS:
            path = tmp_path / f"{name}.sqlite"
            shutil.copyfile(made.folder / f"{name}.sqlite", path)
            attachments = made.folder / f"{name}-attachments"
            if attachments.exists():
                shutil.copytree(attachments, tmp_path / f"{name}-attachments")
            opened[name] = Database.open(path, officer=f"เจ้าหน้าที่ {name}")
        yield opened
    finally:
        for db in opened.values():
            db.close()


def _send(province: Database, laptops: dict[str, Database], folder: Path) -> None:
    keys.init_province(province, name="สำนักงานจังหวัด")
    files = []
    for name, db in laptops.items():
        keys.enrol(province, json.dumps(keys.enrolment_document(db)))
        keys.import_province_key(db, json.dumps(keys.province_key_document(province)))
        result = service.export_bundle(db, folder / name)
        assert result is not None
        files.append(result.path)
    for outcome in service.import_files(province, list(reversed(files)), receipts_dir=folder / "receipts"):
        assert outcome.status == "applied", outcome.error


ADDED = ("institutes", "passing", "households_1hh1c", "households_goal", "target_households", "contracts")


def _added(rows: list[AreaRow]) -> dict[str, Any]:
    """The additive figures of area rows, summed."""
    found: dict[str, Any] = {name: sum(getattr(r, name) for r in rows) for name in ADDED}
    found["amount_consolidated"] = sum((r.amount_consolidated for r in rows), Decimal("0.00"))
    found["repayment"] = sum((r.repayment for r in rows), RepaymentPerformance())
    found["criteria_passing"] = tuple(sum(column) for column in zip(*(r.criteria_passing for r in rows), strict=True))
    return found


def _by_area(rolled: list[Rollup], level: str) -> dict[tuple[str, str], list[AreaRow]]:
    found: dict[tuple[str, str], list[AreaRow]] = {}
    for r in rolled:
        rows = r.districts if level == "district" else r.provinces if level == "province" else (r.total,)
        for row in rows:
            found.setdefault((row.province_code, row.district_code), []).append(row)
    return found


def _check(province: Database, laptops: dict[str, Database], made: Made) -> None:
    as_of = DEMO_AS_OF
    rolled_laptops = []
    for name, db in laptops.items():
        with db.session() as here, province.session() as there:
            for institute_id in made.institutes[name]:
                mine = institute_indicators(here, institute_id, fiscal_year=FISCAL_YEAR, as_of=as_of)
                theirs = institute_indicators(there, institute_id, fiscal_year=FISCAL_YEAR, as_of=as_of)
                assert theirs == mine, (name, institute_id)
                mine = institute_indicators(here, institute_id, fiscal_year=FISCAL_YEAR, as_of=as_of, cutoff=True)
                theirs = institute_indicators(there, institute_id, fiscal_year=FISCAL_YEAR, as_of=as_of, cutoff=True)
                assert theirs == mine, (name, institute_id, "a report round's cut-off")
                assert rr.rounds(there, institute_id=institute_id, fiscal_year=FISCAL_YEAR, today=as_of) == rr.rounds(
                    here, institute_id=institute_id, fiscal_year=FISCAL_YEAR, today=as_of
                ), (name, institute_id)
                stored = {
                    r.round_no: (r.status, r.snapshot)
                    for r in here.scalars(select(m.ReportRound).where(m.ReportRound.institute_id == institute_id))
                }
                assert {
                    r.round_no: (r.status, r.snapshot)
                    for r in there.scalars(select(m.ReportRound).where(m.ReportRound.institute_id == institute_id))
                } == stored
            rolled_laptops.append(rollup(here, fiscal_year=FISCAL_YEAR, as_of=as_of))
    with province.session() as session:
        whole = rollup(session, fiscal_year=FISCAL_YEAR, as_of=as_of)
    lines = sorted((s for r in rolled_laptops for s in r.institutes), key=lambda s: s.institute_id)
    assert sorted(whole.institutes, key=lambda s: s.institute_id) == lines
    assert whole.thresholds == rolled_laptops[0].thresholds
    for level in ("district", "province", "total"):
        laptops_rows = _by_area(rolled_laptops, level)
        province_rows = _by_area([whole], level)
        assert province_rows.keys() == laptops_rows.keys(), level
        for key, rows in laptops_rows.items():
            assert _added(province_rows[key]) == _added(rows), (level, key)
            assert len(province_rows[key]) == 1
    with province.session() as session:  # every institute at once and one at a time: the same figures
        for line in whole.institutes:
            one = institute_indicators(session, line.institute_id, fiscal_year=FISCAL_YEAR, as_of=as_of)
            assert line.criteria == tuple(c.passed for c in one.criteria), line.institute_id
            assert (line.households_1hh1c, line.target_households, line.contracts) == (
                one.households_1hh1c,
                one.target_households,
                one.contracts,
            )
            assert (line.amount_consolidated, line.repayment) == (one.amount_consolidated, one.repayment)
    assert whole.total.institutes == sum(len(v) for v in made.institutes.values())
    assert whole.total.contracts > 0 and whole.total.target_households > 0  # figures worth comparing


def test_GIVEN_laptops_bundles_WHEN_a_sqlite_province_rolls_up_THEN_it_equals_each_laptops_own(
    made: Made, laptops: dict[str, Database], tmp_path: Path
) -> None:
    province = Database.open(tmp_path / "province.sqlite", officer="เจ้าหน้าที่จังหวัด")
    try:
        _send(province, laptops, tmp_path / "usb")
        _check(province, laptops, made)
    finally:
        province.close()


@pytest.mark.postgres
def test_GIVEN_laptops_bundles_WHEN_a_postgresql_province_rolls_up_THEN_it_equals_each_laptops_own(
    made: Made, laptops: dict[str, Database], tmp_path: Path, pg_url: str
) -> None:
    province = Database.open(pg_url, officer="เจ้าหน้าที่จังหวัด")
    try:
        _send(province, laptops, tmp_path / "usb")
        _check(province, laptops, made)
    finally:
        province.close()
