"""The province's roll-up besides the indicators (``services.province_rollup``) on a province database that imported
three laptops' bundles, on SQLite and PostgreSQL: every institute's report rounds (a submitted one read from its
frozen snapshot, one changed after submission flagged with both hashes and never read), evidence checklists and BPM
lines are those the officer's own services give institute by institute."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.services import evidence
from cdfi_desktop.services import province_rollup as pr
from cdfi_desktop.services import report_rounds as rr
from cdfi_desktop.services.activity_tracking import bpm_summary
from cdfi_desktop.services.demo import DEMO_AS_OF, demo_device_id, generate_demo
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.sync import keys, service

FISCAL_YEAR = fiscal_year_be(DEMO_AS_OF)
OFFICER = "นายประจักษ์ ตรวจดี"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def province(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The province on SQLite (one officer's file) and on PostgreSQL (a province's server)."""
    where = request.getfixturevalue("pg_url") if request.param == "postgresql" else tmp_path / "province.sqlite"
    db = Database.open(where, officer=OFFICER)
    keys.init_province(db, name="สำนักงานพัฒนาชุมชนจังหวัดทดสอบ")
    files = []
    for seed in (31, 32, 33):
        laptop = Database.open(tmp_path / f"l{seed}.sqlite", device_id=demo_device_id(seed), officer=f"O{seed}")
        generate_demo(laptop, households=6, seed=seed)
        keys.enrol(db, json.dumps(keys.enrolment_document(laptop, officer=f"O{seed}"), ensure_ascii=False))
        keys.import_province_key(laptop, json.dumps(keys.province_key_document(db), ensure_ascii=False))
        made = service.export_bundle(laptop, tmp_path / "usb")
        assert made is not None
        files.append(made.path)
        laptop.close()
    assert [o.status for o in service.import_files(db, files, receipts_dir=tmp_path / "r")] == ["applied"] * 3
    yield db
    db.close()


def institute_ids(db: Database) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(m.Institute.id).order_by(m.Institute.id)))


def test_GIVEN_one_round_submitted_and_one_changed_after_WHEN_the_rounds_are_rolled_up_THEN_the_changed_one_is_flagged(
    province: Database,
) -> None:
    kept, changed, _ = institute_ids(province)
    for institute_id in (kept, changed):
        with UnitOfWork(province) as uow:
            rr.submit_round(
                uow, institute_id=institute_id, fiscal_year=FISCAL_YEAR, round_no=1, as_of=DEMO_AS_OF, officer=OFFICER
            )
    with province.session() as session, session.begin():
        row = session.scalars(select(m.ReportRound).where(m.ReportRound.institute_id == changed)).one()
        snapshot = json.loads(json.dumps(row.snapshot))
        snapshot["content"]["submitted_by"] = "someone else"
        row.snapshot = snapshot
        stored = snapshot["sha256"]

    with province.session() as session:
        lines = pr.round_lines(session, fiscal_year=FISCAL_YEAR, today=DEMO_AS_OF)
        frozen = rr.round_view(session, institute_id=kept, fiscal_year=FISCAL_YEAR, round_no=1)
        with pytest.raises(rr.SnapshotTampered):
            rr.verify_round(session, institute_id=changed, fiscal_year=FISCAL_YEAR, round_no=1)

    assert len(lines) == 3 * 2  # every institute, both rounds of the profile (April, July)
    assert [(line.round_no, line.month) for line in lines[:2]] == [(1, 4), (2, 7)]
    by = {(line.institute.institute_id, line.round_no): line for line in lines}
    submitted = by[(kept, 1)]
    assert submitted.state == pr.ROUND_SUBMITTED and submitted.sha256 == frozen.sha256
    assert submitted.households_1hh1c == frozen.figures.totals.households_1hh1c
    assert submitted.arrears == frozen.figures.totals.arrears and submitted.submitted_by == OFFICER
    tampered = by[(changed, 1)]
    assert tampered.state == pr.ROUND_TAMPERED
    assert tampered.sha256 == stored and tampered.actual_sha256 not in ("", stored)
    assert tampered.households_1hh1c == 0  # its figures are never read
    assert {line.state for key, line in by.items() if key[1] == 2} == {pr.ROUND_DRAFT}


def test_GIVEN_three_institutes_WHEN_evidence_and_bpm_are_rolled_up_THEN_they_are_each_institutes_own(
    province: Database,
) -> None:
    with province.session() as session:
        institutes = pr.institutes_by_area(session, "th")
        evidence_lines = pr.evidence_lines(session, fiscal_year=FISCAL_YEAR, language="en")
        bpm = pr.bpm_lines(session, fiscal_year=FISCAL_YEAR, as_of=DEMO_AS_OF)
        totals = pr.activity_totals(session, fiscal_year=FISCAL_YEAR, as_of=DEMO_AS_OF)
        own_checklists = {
            i: evidence.checklist(session, institute_id=i, fiscal_year=FISCAL_YEAR) for i in institute_ids(province)
        }
        own_bpm = {
            i: bpm_summary(session, institute_id=i, fiscal_year=FISCAL_YEAR, as_of=DEMO_AS_OF)
            for i in institute_ids(province)
        }

    assert sorted(i.institute_id for i in institutes) == institute_ids(province)
    assert [(i.province, i.district) for i in institutes] == sorted((i.province, i.district) for i in institutes)
    assert all(i.district and i.province and not i.district.isdigit() for i in institutes)
    for line in evidence_lines:
        own = own_checklists[line.institute.institute_id]
        assert (line.present, line.total) == (own.present, len(own.items))
        assert line.missing == tuple(item.key for item in own.missing_items)
        assert line.titles == tuple(item.title("en") for item in own.missing_items)
    for institute_id, rows in own_bpm.items():
        assert [b.row for b in bpm if b.institute.institute_id == institute_id] == rows
    assert totals.institutes == 3
