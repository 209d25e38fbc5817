"""The province's roll-up reads the evidence checklists and the activities of every institute at once
(``evidence.checklists``, ``activity_tracking.activity_overview``); each institute's figures are exactly those the
officer's own per-institute services give (``evidence.checklist``, ``activity_tracking.activity_status`` and
``bpm_summary``), on SQLite and PostgreSQL, for institutes in different states: a full demo, one without its
course, plan and target list, one with a round submitted and files attached, one with nothing but its name, and a
deleted one (left out)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.services import activity_tracking as at
from cdfi_desktop.services import evidence as ev
from cdfi_desktop.services import evidence_attachments as eva
from cdfi_desktop.services import evidence_items as evi
from cdfi_desktop.services import province_rollup as pr
from cdfi_desktop.services import report_rounds as rr
from cdfi_desktop.services.demo import DEMO_AS_OF, generate_demo_institute
from cdfi_desktop.services.uow import UnitOfWork

FISCAL_YEAR = fiscal_year_be(DEMO_AS_OF)
OFFICER = "นายประจักษ์ ตรวจดี"


def _ids(db: Database) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(m.Institute.id).order_by(m.Institute.created_at, m.Institute.id)))


def _drop(db: Database, model: Any, institute_id: str) -> None:
    with db.session() as session, session.begin():
        session.execute(update(model).where(model.institute_id == institute_id).values(deleted_at=datetime.now(UTC)))


def _photo(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (32, 24), (10, 200, 40)).save(path, "PNG")
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def province(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    where = request.getfixturevalue("pg_url") if request.param == "postgresql" else tmp_path / "province.sqlite"
    db = Database.open(where, officer=OFFICER)
    for seed, households in ((41, 8), (42, 6), (43, 7), (44, 5)):
        generate_demo_institute(db, households=households, seed=seed)
    full, bare, submitted, deleted = _ids(db)
    # one institute without its course, plan and target list (and a household without its income)
    for model in (m.TrainingCourse, m.InstitutePlan, m.TargetSelection, m.ProgramActivity):
        _drop(db, model, bare)
    with db.session() as session, session.begin():
        household = session.scalars(select(m.Household.id).where(m.Household.institute_id == bare)).first()
        session.execute(
            update(m.HouseholdFinance)
            .where(m.HouseholdFinance.household_id == household)
            .values(deleted_at=datetime.now(UTC))
        )
    # one with its first round submitted, a photo and the minutes attached to it and to its plan
    with UnitOfWork(db) as uow:
        rr.submit_round(
            uow, institute_id=submitted, fiscal_year=FISCAL_YEAR, round_no=1, as_of=DEMO_AS_OF, officer=OFFICER
        )
    with UnitOfWork(db) as uow:
        eva.attach_evidence(uow, _photo(tmp_path / "p.png"), institute_id=submitted, kind=eva.KIND_PHOTO)
    with db.session() as session:
        plan = session.scalars(select(m.InstitutePlan.id).where(m.InstitutePlan.institute_id == submitted)).first()
    if plan is not None:
        with UnitOfWork(db) as uow:
            eva.attach_evidence(
                uow,
                _photo(tmp_path / "m.png"),
                institute_id=submitted,
                kind=eva.KIND_MINUTES,
                owner_table="institute_plan",
                owner_id=plan,
            )
    # one deleted: the roll-up leaves it out
    with db.session() as session, session.begin():
        session.execute(update(m.Institute).where(m.Institute.id == deleted).values(deleted_at=datetime.now(UTC)))
    # one with nothing but its name
    with UnitOfWork(db) as uow:
        first = uow.session.get(m.Institute, full)
        assert first is not None
        uow.session.add(
            m.Institute(
                name="สถาบันว่าง",
                code="EMPTY-1",
                cohort=first.cohort,
                cohort_fiscal_year=first.cohort_fiscal_year,
                province_code=first.province_code,
                district_code=first.district_code,
                subdistrict_code=first.subdistrict_code,
            )
        )
        uow.commit()
    yield db
    db.close()


def _item(item: evi.EvidenceItem) -> tuple[object, ...]:
    missing = tuple((x.code, tuple(sorted(x.params.items()))) for x in item.missing)
    return (item.key, item.state, item.count, item.expected, item.step, missing, item.missing_texts("en"))


def _checklist(listing: evi.Checklist) -> tuple[object, ...]:
    return (listing.institute_id, listing.fiscal_year, tuple(_item(item) for item in listing.items))


def test_GIVEN_institutes_in_different_states_WHEN_their_checklists_are_read_at_once_THEN_each_is_its_own(
    province: Database,
) -> None:
    with province.session() as session:
        live = list(session.scalars(select(m.Institute.id).where(m.Institute.deleted_at.is_(None))))
        alone = {i: _checklist(ev.checklist(session, institute_id=i, fiscal_year=FISCAL_YEAR)) for i in live}
        at_once = ev.checklists(session, fiscal_year=FISCAL_YEAR)
        some = ev.checklists(session, fiscal_year=FISCAL_YEAR, institute_ids=[*live[:2], "no-such-institute"])
        lines = pr.evidence_lines(session, fiscal_year=FISCAL_YEAR, language="en")

    assert len(live) == 4
    assert {i: _checklist(c) for i, c in at_once.items()} == alone
    assert {i: _checklist(c) for i, c in some.items()} == {i: alone[i] for i in live[:2]}
    # the states differ from one institute to the next: the comparison is not of four copies
    states = {tuple(item[1] for item in listing[2]) for listing in alone.values()}  # type: ignore[attr-defined]
    assert len(states) == 4
    analysis = [{item[0]: item for item in listing[2]}["debtor_analysis"] for listing in alone.values()]  # type: ignore[attr-defined]
    assert any(item[1] is evi.ItemState.PARTIAL and item[5] for item in analysis)  # households without income named
    assert {line.institute.institute_id for line in lines} == set(live)
    for line in lines:
        items = alone[line.institute.institute_id][2]
        assert line.missing == tuple(item[0] for item in items if item[1] is not evi.ItemState.PRESENT)  # type: ignore[attr-defined]


def test_GIVEN_institutes_in_different_states_WHEN_their_activities_are_read_at_once_THEN_each_is_its_own(
    province: Database,
) -> None:
    with province.session() as session:
        totals, views = at.activity_overview(session, fiscal_year=FISCAL_YEAR, as_of=DEMO_AS_OF)
        alone = {
            v.institute_id: at.activity_status(
                session, institute_id=v.institute_id, fiscal_year=FISCAL_YEAR, as_of=DEMO_AS_OF
            )
            for v in views
        }
        bpm = {
            v.institute_id: at.bpm_summary(
                session, institute_id=v.institute_id, fiscal_year=FISCAL_YEAR, as_of=DEMO_AS_OF
            )
            for v in views
        }
        rollup = at.activity_rollup(session, fiscal_year=FISCAL_YEAR, as_of=DEMO_AS_OF)
        tab_totals, lines = pr.activities(session, fiscal_year=FISCAL_YEAR, as_of=DEMO_AS_OF, language="th")
        old_lines = pr.bpm_lines(session, fiscal_year=FISCAL_YEAR, as_of=DEMO_AS_OF, language="th")

    assert len(views) == 4
    for view in views:
        assert view == alone[view.institute_id]
        assert [w.text("en") for w in view.warnings] == [w.text("en") for w in alone[view.institute_id].warnings]
    assert totals == rollup == tab_totals
    assert [(line.institute.institute_id, line.row) for line in lines] == [
        (line.institute.institute_id, line.row) for line in old_lines
    ]
    by_institute: dict[str, list[at.BpmRow]] = {}
    for line in lines:
        by_institute.setdefault(line.institute.institute_id, []).append(line.row)
    assert by_institute == {i: rows for i, rows in bpm.items() if rows}
    assert [row.details("th") for rows in by_institute.values() for row in rows] == [
        row.details("th") for rows in bpm.values() for row in rows
    ]
