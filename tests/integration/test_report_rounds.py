"""The 1HH1C report rounds: rounds from the profile, a draft worked out from the data, submitting freezes the
figures with their SHA-256, later edits never change a submitted round, the next draft shows them and compares with
the last submitted round; tampering and the refusals.

The demo's round 1 (April) is submitted early, on the demo's day in November (``tests/support/demo_states.py``: the
demo itself submits it only in April); the tests that submit round 1 themselves first put it back to a draft
(``drafts``), the others read that submitted round."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import null, select, update

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import ContractStatus, ReportRoundStatus
from cdfi_desktop.messages import known, message
from cdfi_desktop.services import contracts as ct
from cdfi_desktop.services import indicators as ind
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services import repayments as rp
from cdfi_desktop.services import report_rounds as rr
from cdfi_desktop.services.demo import DEMO_AS_OF, demo_device_id, generate_demo
from cdfi_desktop.services.errors import ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork
from tests.support.demo_states import submit_round_1_early

FY = 2570
OFFICER = "นางสาวพรทิพย์ ใจดี"
SUBMITTED_AT = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)
DEMO_SUBMITTED_AT = datetime(2026, 11, 25, 16, 0, tzinfo=UTC)  # when round 1 was submitted early (demo_states.py)
LATER = date(2026, 12, 20)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rounds") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(3))
    generate_demo(db, households=60, seed=3)
    submit_round_1_early(db)  # the demo submits it only in April
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    database = Database.open(copy, officer=OFFICER)
    yield database
    database.close()


@pytest.fixture
def drafts(db: Database) -> Database:
    """The demo copy with round 1 put back to a draft, as if the demo had not submitted it yet: the row a saved
    draft leaves (a plain UPDATE; no use case turns a submitted round back)."""
    with db.session() as session, session.begin():
        session.execute(
            update(m.ReportRound)
            .where(m.ReportRound.fiscal_year == FY, m.ReportRound.round_no == 1)
            .values(status=ReportRoundStatus.DRAFT, submitted_at=None, submitted_by="", snapshot=null())
        )
    return db


def institute(db: Database) -> str:
    with db.session() as session:
        found = reg.first_institute_id(session)
    assert found
    return found


def submit(db: Database, round_no: int = 1, as_of: date = DEMO_AS_OF, **kw: object) -> str:
    with UnitOfWork(db) as uow:
        return rr.submit_round(
            uow,
            institute_id=institute(db),
            fiscal_year=FY,
            round_no=round_no,
            as_of=as_of,
            officer=str(kw.pop("officer", OFFICER)),
            now=kw.pop("now", SUBMITTED_AT),  # type: ignore[arg-type]
        )


def view(db: Database, round_no: int, today: date = DEMO_AS_OF) -> rr.RoundView:
    with db.session() as session:
        return rr.round_view(session, institute_id=institute(db), fiscal_year=FY, round_no=round_no, today=today)


def refused(fn: object, *args: object, **kw: object) -> str:
    with pytest.raises(ValidationFailed) as caught:
        fn(*args, **kw)  # type: ignore[operator]
    code = caught.value.issues[0].code
    assert known(code), code
    return code


def edit_after_submission(db: Database) -> tuple[str, str]:
    """Through the use cases, after round 1: a repayment on the contract in arrears, and an amendment of another
    contract (a longer term). Returns (the paid contract's household, the amended contract's number)."""
    with db.session() as session:
        figures = rr.round_figures(session, institute_id=institute(db), fiscal_year=FY, round_no=1, as_of=DEMO_AS_OF)
    behind = next(line for line in figures.lines if line.arrears > 0)
    other = next(line for line in figures.lines if line.arrears == 0)
    with UnitOfWork(db) as uow:
        rp.record_repayment(
            uow, contract_id=behind.contract_id, paid_on=date(2026, 12, 1), amount=behind.arrears, today=LATER
        )
    with db.session() as session:
        form = ct.amendment_form(session, other.contract_id)
    longer = replace(
        form,
        term_months=form.term_months + 24,
        signing_date=date(2026, 12, 5),
        first_due_date=date(2027, 1, 10),
    )
    with UnitOfWork(db) as uow:
        ct.amend_contract(uow, other.contract_id, longer, reason="รายได้ลดลงจากภัยแล้ง ขยายเวลาผ่อน", officer=OFFICER)
    return behind.household_id, other.contract_no


# -- rounds and drafts ------------------------------------------------------------------------------------------------
def test_GIVEN_the_profile_WHEN_listing_rounds_THEN_april_and_july_drafts_as_of_today_or_the_month_end(
    drafts: Database,
) -> None:
    db = drafts
    with db.session() as session:
        found = rr.rounds(session, institute_id=institute(db), fiscal_year=FY, today=DEMO_AS_OF)
        late = rr.rounds(session, institute_id=institute(db), fiscal_year=FY, today=date(2027, 5, 3))
    assert [(r.round_no, r.month, r.status) for r in found] == [
        (1, 4, ReportRoundStatus.DRAFT),
        (2, 7, ReportRoundStatus.DRAFT),
    ]
    assert [r.month_end for r in found] == [date(2027, 4, 30), date(2027, 7, 31)]
    assert [r.as_of for r in found] == [DEMO_AS_OF, DEMO_AS_OF]
    assert [r.as_of for r in late] == [date(2027, 4, 30), date(2027, 5, 3)]


def test_GIVEN_the_demo_WHEN_listing_rounds_THEN_april_submitted_as_of_its_day_and_frozen_and_july_a_draft(
    db: Database,
) -> None:
    with db.session() as session:
        found = rr.rounds(session, institute_id=institute(db), fiscal_year=FY, today=LATER)
        assert rr.latest_round_no(session, institute_id=institute(db), fiscal_year=FY, today=LATER) == 1
        sha = rr.verify_round(session, institute_id=institute(db), fiscal_year=FY, round_no=1)
        live = rr.round_figures(session, institute_id=institute(db), fiscal_year=FY, round_no=1, as_of=DEMO_AS_OF)
    assert [(r.round_no, r.status, r.as_of) for r in found] == [
        (1, ReportRoundStatus.SUBMITTED, DEMO_AS_OF),
        (2, ReportRoundStatus.DRAFT, LATER),
    ]
    first = found[0]
    assert first.submitted_at == DEMO_SUBMITTED_AT and first.submitted_by == OFFICER and first.sha256 == sha
    frozen = view(db, 1, today=LATER)
    assert frozen.submitted and frozen.sha256 == sha and frozen.comparison is None
    assert frozen.figures == live, "the demo submitted the figures of its own day"
    assert frozen.figures.totals.contracts == 14
    same_day = view(db, 2)
    assert same_day.comparison is not None and same_day.comparison.previous_round_no == 1
    assert not same_day.comparison.changed, "round 2 worked out on the demo's day: nothing new since round 1"


def test_GIVEN_a_profile_with_three_report_months_WHEN_listing_THEN_three_rounds(db: Database) -> None:
    with db.session() as session, session.begin():
        session.execute(
            update(m.FiscalYearProfile).where(m.FiscalYearProfile.fiscal_year == FY).values(report_months=[3, 6, 9])
        )
    with db.session() as session:
        found = rr.rounds(session, institute_id=institute(db), fiscal_year=FY, today=DEMO_AS_OF)
    assert [(r.round_no, r.month) for r in found] == [(1, 3), (2, 6), (3, 9)]


def test_GIVEN_the_demo_WHEN_drafting_round_1_THEN_the_register_holds_its_14_contracts_and_the_form_adds_them_up(
    drafts: Database,
) -> None:
    db = drafts
    draft = view(db, 1)
    assert draft.status is ReportRoundStatus.DRAFT and not draft.sha256 and draft.comparison is None
    f = draft.figures
    t = f.totals
    assert len(f.lines) == 14 and t.contracts == 14 and t.households_1hh1c == 14
    assert t.target_households == 25 and t.min_households == 11 and t.meets_minimum
    assert [line.no for line in f.lines] == list(range(1, 15))
    assert [line.household_code for line in f.lines] == sorted(line.household_code for line in f.lines)
    assert t.principal == sum((line.principal for line in f.lines), Decimal(0))
    assert t.debts_transferred == sum(len(line.transfers) for line in f.lines)
    assert sum((s.amount for s in t.by_source), Decimal(0)) == sum(
        (i.amount for line in f.lines for i in line.transfers), Decimal(0)
    )
    assert t.in_arrears == 1 and t.current + t.in_arrears + t.paid_off == 14
    assert t.arrears > 0 and t.paid > 0 and t.balance < t.principal
    assert t.debt_service_after < t.debt_service_before
    assert all(line.head_name and line.contract_no and line.transfers for line in f.lines)
    assert [c.no for c in f.criteria] == [1, 2, 3, 4, 5], "the five criteria from services.indicators"
    assert f.criteria[4].code == "households_1hh1c" and f.criteria[4].passed
    assert all(c.reason_code and known(c.reason_code) for c in f.criteria)
    with db.session() as session:
        again = rr.draft_view(session, institute_id=institute(db), fiscal_year=FY, round_no=1, as_of=DEMO_AS_OF)
    assert again.figures == f, "a draft is worked out again from the same data the same way"


def test_GIVEN_a_saved_draft_WHEN_read_THEN_it_is_still_worked_out_from_the_data(drafts: Database) -> None:
    db = drafts
    with UnitOfWork(db) as uow:
        round_id = rr.save_draft(uow, institute_id=institute(db), fiscal_year=FY, round_no=1)
    with UnitOfWork(db) as uow:
        assert rr.save_draft(uow, institute_id=institute(db), fiscal_year=FY, round_no=1) == round_id, "kept once"
    with db.session() as session:
        row = session.get(m.ReportRound, round_id)
        assert row is not None and row.status is ReportRoundStatus.DRAFT and row.snapshot is None
    assert view(db, 1).figures == view(db, 1).figures
    assert view(db, 1).figures.totals.contracts == 14


# -- submitting ---------------------------------------------------------------------------------------------------
def test_GIVEN_round_1_submitted_WHEN_data_is_edited_THEN_it_stays_as_submitted_and_round_2_shows_the_change(
    drafts: Database,
) -> None:
    db = drafts
    before = view(db, 1)
    sha = submit(db)
    frozen = view(db, 1)
    assert frozen.submitted and frozen.sha256 == sha and len(sha) == 64
    assert frozen.figures == before.figures
    assert frozen.submitted_at == SUBMITTED_AT and frozen.submitted_by == OFFICER
    with db.session() as session:
        row = session.scalars(select(m.ReportRound)).one()
        assert row.status is ReportRoundStatus.SUBMITTED and row.submitted_by == OFFICER
        assert row.snapshot is not None and row.snapshot["sha256"] == sha
        assert rr.content_sha256(row.snapshot["content"]) == sha
        assert row.snapshot["content"]["figures"]["totals"]["principal"] == str(before.figures.totals.principal)

    paid_household, amended_no = edit_after_submission(db)

    later = view(db, 1, today=LATER)
    assert later.figures == frozen.figures and later.sha256 == sha, "a submitted round never changes"
    with db.session() as session:
        assert rr.verify_round(session, institute_id=institute(db), fiscal_year=FY, round_no=1) == sha
        live = rr.round_figures(session, institute_id=institute(db), fiscal_year=FY, round_no=1, as_of=LATER)
    assert live != frozen.figures

    draft = view(db, 2, today=LATER)
    assert draft.status is ReportRoundStatus.DRAFT and draft.as_of == LATER
    amended = next(line for line in draft.figures.lines if line.amends_contract_no == amended_no)
    old = next(line for line in frozen.figures.lines if line.contract_no == amended_no)
    assert amended.household_id == old.household_id and amended.term_months > old.term_months
    assert draft.figures.totals.households_1hh1c == 14, "the amendment replaces its contract: one household, one line"
    paid_now = next(line for line in draft.figures.lines if line.household_id == paid_household)
    paid_then = next(line for line in frozen.figures.lines if line.household_id == paid_household)
    assert paid_now.paid > paid_then.paid
    c = draft.comparison
    assert c is not None and c.previous_round_no == 1 and c.previous_as_of == DEMO_AS_OF
    assert c.changed and c.paid_after > c.paid_before
    assert c.principal_before == frozen.figures.totals.principal
    assert c.principal_after == draft.figures.totals.principal
    assert not c.added and not c.gone
    then = {line.household_id: line.arrears for line in frozen.figures.lines}
    now = {line.household_id: line.arrears for line in draft.figures.lines}
    assert {h.household_id for h in c.arrears_changed} == {k for k in now if now[k] != then[k]}
    assert all(h.before == then[h.household_id] and h.after == now[h.household_id] for h in c.arrears_changed)


def test_GIVEN_a_new_contract_after_round_1_WHEN_drafting_round_2_THEN_the_comparison_names_the_household(
    db: Database,
) -> None:
    # round 1 is the demo's, submitted on its day
    with db.session() as session, session.begin():
        contract = session.scalars(
            select(m.ConsolidationContract).order_by(m.ConsolidationContract.signing_date.desc())
        ).first()
        assert contract is not None
        household_id = contract.household_id
    # what round 1 knew as of the demo's day: hold the round back to a day before the latest signing
    with db.session() as session:
        first = rr.round_figures(session, institute_id=institute(db), fiscal_year=FY, round_no=1, as_of=DEMO_AS_OF)
        early = rr.round_figures(
            session,
            institute_id=institute(db),
            fiscal_year=FY,
            round_no=1,
            as_of=date(2026, 10, 1),
        )
    assert len(early.lines) < len(first.lines)
    compared = rr.compare(early, first)
    assert household_id in {h.household_id for h in compared.added}
    assert compared.households_after - compared.households_before == len(compared.added)


def test_GIVEN_a_submitted_round_WHEN_its_snapshot_is_tampered_with_THEN_reading_it_fails_loudly(db: Database) -> None:
    assert view(db, 1).submitted, "the demo's round 1"
    with db.session() as session, session.begin():
        row = session.scalars(select(m.ReportRound)).one()
        snapshot = dict(row.snapshot or {})
        content = dict(snapshot["content"])
        figures = dict(content["figures"])
        totals = dict(figures["totals"])
        totals["households_1hh1c"] = 30
        figures["totals"] = totals
        content["figures"] = figures
        snapshot["content"] = content
        session.execute(update(m.ReportRound).where(m.ReportRound.id == row.id).values(snapshot=snapshot))
    with pytest.raises(rr.SnapshotTampered) as caught:
        view(db, 1)
    issue = caught.value.issues[0]
    assert issue.code == "report_round_tampered" and known(issue.code)
    assert "ถูกแก้ไขภายหลัง" in message(issue.code, "th", **issue.params)
    with db.session() as session, pytest.raises(rr.SnapshotTampered):
        rr.verify_round(session, institute_id=institute(db), fiscal_year=FY, round_no=1)
    with pytest.raises(rr.SnapshotTampered):
        view(db, 2), "the next round compares with a verified round only"


def test_GIVEN_rounds_WHEN_submitting_wrongly_THEN_refused_and_nothing_changes(drafts: Database) -> None:
    db = drafts
    assert refused(submit, db, 3) == "report_round_unknown"
    assert refused(submit, db, 0) == "report_round_unknown"
    assert refused(submit, db, 1, date(2027, 5, 1)) == "report_round_as_of_after_month"
    assert refused(submit, db, 1, date(2026, 9, 30)) == "report_round_as_of_before_year"
    assert refused(submit, db, 1, officer="  ") == "report_round_officer_required"
    sha = submit(db)
    assert refused(submit, db, 1, now=datetime(2026, 12, 1, tzinfo=UTC)) == "report_round_already_submitted"
    assert refused(submit, db, 2, date(2026, 11, 1)) == "report_round_as_of_before_previous"
    submit(db, 2, LATER)
    assert view(db, 1).sha256 == sha
    with db.session() as session:
        statuses = [r.status for r in rr.rounds(session, institute_id=institute(db), fiscal_year=FY, today=LATER)]
        assert statuses == [ReportRoundStatus.SUBMITTED, ReportRoundStatus.SUBMITTED]
        assert rr.latest_round_no(session, institute_id=institute(db), fiscal_year=FY, today=LATER) == 2
    second = view(db, 2)
    assert second.comparison is not None and second.comparison.previous_round_no == 1


def test_GIVEN_round_2_submitted_first_WHEN_round_1_is_submitted_THEN_refused(drafts: Database) -> None:
    db = drafts
    submit(db, 2, LATER)
    assert refused(submit, db, 1) == "report_round_later_submitted"


def test_GIVEN_an_amended_contract_closed_WHEN_the_round_is_as_of_before_the_amendment_THEN_the_old_one_counts(
    db: Database,
) -> None:
    _paid, amended_no = edit_after_submission(db)
    with db.session() as session:
        before = rr.round_figures(session, institute_id=institute(db), fiscal_year=FY, round_no=1, as_of=DEMO_AS_OF)
        old = session.scalars(
            select(m.ConsolidationContract).where(m.ConsolidationContract.contract_no == amended_no)
        ).one()
    assert old.status is ContractStatus.CLOSED
    assert amended_no in {line.contract_no for line in before.lines}


# -- a round worked out as of its own cut-off ------------------------------------------------------------------------
def test_GIVEN_a_contract_signed_after_the_rounds_cut_off_WHEN_the_round_is_worked_out_THEN_it_counts_nowhere(
    db: Database,
) -> None:
    institute_id = institute(db)
    with db.session() as session:
        before = rr.round_figures(session, institute_id=institute_id, fiscal_year=FY, round_no=1, as_of=DEMO_AS_OF)
        at = ind.standing(session, fiscal_year=FY, as_of=DEMO_AS_OF, institute_id=institute_id)[institute_id].at_1hh1c
        household = sorted(at)[0]
    # GIVEN one of the households at 1HH1C signed its contract the day after the round's cut-off
    after = DEMO_AS_OF + timedelta(days=1)
    with db.session() as session, session.begin():
        session.execute(
            update(m.ConsolidationContract)
            .where(m.ConsolidationContract.household_id == household)
            .values(signing_date=after)
            .execution_options(synchronize_session=False)
        )
    with db.session() as session:
        # WHEN the round is worked out as of its cut-off
        found = rr.round_figures(session, institute_id=institute_id, fiscal_year=FY, round_no=1, as_of=DEMO_AS_OF)
        later = ind.institute_indicators(session, institute_id, fiscal_year=FY, as_of=after)
    # THEN neither its register, its totals nor its criteria count the contract
    assert household not in {line.household_id for line in found.lines}
    assert found.totals.households_1hh1c == before.totals.households_1hh1c - 1
    assert found.totals.contracts == before.totals.contracts - 1
    fifth = {c.no: c for c in found.criteria}[5]
    assert fifth.params["households"] == found.totals.households_1hh1c
    restructured = {c.no: c for c in found.criteria}[3]
    assert restructured.params["done"] == {c.no: c for c in before.criteria}[3].params["done"] - 1
    # ... while a day read after the signing counts it
    assert later.households_1hh1c == before.totals.households_1hh1c


def test_GIVEN_the_demo_WHEN_a_round_is_worked_out_THEN_its_households_at_1hh1c_are_its_target_households_at_1hh1c(
    db: Database,
) -> None:
    institute_id = institute(db)
    with db.session() as session:
        found = rr.round_figures(session, institute_id=institute_id, fiscal_year=FY, round_no=1, as_of=DEMO_AS_OF)
        read = ind.institute_indicators(session, institute_id, fiscal_year=FY, as_of=DEMO_AS_OF)
    assert found.totals.households_1hh1c == read.households_1hh1c
    assert found.totals.target_households == read.target_households
    assert {c.no: c for c in found.criteria}[5].params["households"] == read.households_1hh1c
