"""Target households: the proposal on the demo institute, the officer's changes with reasons, the lock, history,
and participation records."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.classification import DebtorClass
from cdfi_desktop.domain.criteria import SHORT_LIST_MARK
from cdfi_desktop.domain.enums import TargetChangeAction, TargetStatus
from cdfi_desktop.messages import known, message
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services import targets as tg
from cdfi_desktop.services.analysis import fiscal_profile
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork

AS_OF = date(2026, 11, 1)
FY = 2570
OFFICER = "นางสาวพรทิพย์ ใจดี"


# The demo as it stood after the training and the plan, before any household signed its contract.
BEFORE_CONTRACTS = date(2026, 10, 17)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("targets") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(1))
    generate_demo(db, households=300, seed=1, as_of=BEFORE_CONTRACTS)
    db.close()
    return path


@pytest.fixture(scope="module")
def contracted_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo on its own day: the first target households have signed their contracts."""
    path = tmp_path_factory.mktemp("targets-contracts") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(1))
    generate_demo(db, households=300, seed=1)
    db.close()
    return path


def _copy(source: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(source.read_bytes())
    database = Database.open(copy, officer=OFFICER)
    yield database
    database.close()


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    yield from _copy(demo_file, tmp_path)


@pytest.fixture
def contracted(contracted_file: Path, tmp_path: Path) -> Iterator[Database]:
    yield from _copy(contracted_file, tmp_path)


def institute(db: Database) -> str:
    with db.session() as session:
        found = reg.first_institute_id(session)
    assert found
    return found


def propose(db: Database) -> tg.SelectionView:
    """The demo comes with its list locked: unlock it (with a reason), then propose again."""
    with db.session() as session:
        current = tg.selection(session, institute_id=institute(db), fiscal_year=FY, as_of=AS_OF)
    if current is not None and current.locked:
        with UnitOfWork(db) as uow:
            tg.unlock_targets(uow, selection_id=current.id, reason="ทบทวนรายชื่อ")
    with UnitOfWork(db) as uow:
        return tg.propose_targets(uow, institute_id=institute(db), fiscal_year=FY, as_of=AS_OF)


def actions(db: Database, selection_id: str) -> list[TargetChangeAction]:
    """The list's history after the demo's own proposal, lock and the tests' unlock."""
    with db.session() as session:
        history = tg.target_changes(session, selection_id)
    assert [c.action for c in history[:3]] == [
        TargetChangeAction.PROPOSE,
        TargetChangeAction.LOCK,
        TargetChangeAction.UNLOCK,
    ]
    return [c.action for c in history[3:]]


def test_GIVEN_the_demo_WHEN_reading_its_locked_list_THEN_30_households_of_class_C_or_B_in_rank_order(
    db: Database,
) -> None:
    with db.session() as session:
        view = tg.selection(session, institute_id=institute(db), fiscal_year=FY, as_of=AS_OF)
    assert view is not None and view.locked and view.locked_by and view.locked_at is not None
    assert len(view.rows) == view.wanted == 30
    assert [r.rank for r in view.rows] == list(range(1, 31))
    assert all(r.current_class in (DebtorClass.C, DebtorClass.B) and r.eligible for r in view.rows)


def refused(exc: pytest.ExceptionInfo[ValidationFailed]) -> tuple[str, str]:
    issue = exc.value.issues[0]
    assert known(issue.code), issue.code
    return issue.code, issue.field


def test_GIVEN_the_300_household_demo_WHEN_proposing_THEN_30_affordable_households_of_class_C_or_B_with_reasons(
    db: Database,
) -> None:
    view = propose(db)
    with db.session() as session:
        profile = fiscal_profile(session, FY)
    assert profile.target_households == 30
    assert len(view.rows) == 30
    assert [r.rank for r in view.rows] == list(range(1, 31))
    assert all(r.class_at_selection in ("C", "B") for r in view.rows)
    assert all(r.current_class in (DebtorClass.C, DebtorClass.B) for r in view.rows)
    assert all(r.eligible and r.proposed for r in view.rows)
    for r in view.rows:
        assert r.consolidated_term_months is not None
        assert 0 < r.consolidated_term_months <= profile.thresholds.max_term_months
        assert r.affordable_installment > 0
        assert r.reason.startswith(f"ชั้น {r.class_at_selection}")  # the Thai text, as recorded
        assert r.reason == r.reason_text("th")
        assert r.reason_text("en").startswith(f"Class {r.class_at_selection}:")
        assert r.class_reasons and r.class_reason_texts("th")[0]
        assert r.code and r.head_name
    # class C before B
    classes = [r.class_at_selection for r in view.rows]
    assert classes == sorted(classes, key="CB".index)
    assert view.status is TargetStatus.PROPOSED and not view.locked
    assert actions(db, view.id) == [TargetChangeAction.PROPOSE]
    with db.session() as session:
        history = tg.target_changes(session, view.id)
    assert "30" in history[-1].reason and history[-1].officer == OFFICER
    assert history[-2].reason == "ทบทวนรายชื่อ"


def test_GIVEN_a_proposal_WHEN_proposing_again_THEN_the_rows_are_replaced_not_doubled(db: Database) -> None:
    first = propose(db)
    second = propose(db)
    assert second.id == first.id
    assert [r.household_id for r in second.rows] == [r.household_id for r in first.rows]
    with db.session() as session:
        live = session.scalar(
            select(func.count()).select_from(m.TargetHousehold).where(m.TargetHousehold.deleted_at.is_(None))
        )
        tombstoned = session.scalar(
            select(func.count()).select_from(m.TargetHousehold).where(m.TargetHousehold.deleted_at.is_not(None))
        )
        assert live == 30 and tombstoned == 60  # the demo's 30, then the first proposal's
    assert actions(db, first.id) == [TargetChangeAction.PROPOSE] * 2


def test_GIVEN_a_list_WHEN_adding_a_candidate_with_and_without_reason_THEN_only_the_reasoned_change_is_saved(
    db: Database,
) -> None:
    view = propose(db)
    with db.session() as session:
        found = tg.candidates(session, institute_id=institute(db), fiscal_year=FY, as_of=AS_OF)
    assert len(found) == 300 - 30
    assert all(c.household_id not in {r.household_id for r in view.rows} for c in found)
    assert found[0].eligible  # the next the app would propose come first
    outsider = next(c for c in found if not c.eligible)
    assert message(outsider.note.code, "th", **outsider.note.params).startswith("ชั้น")
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as exc:
        tg.add_target(uow, selection_id=view.id, household_id=outsider.household_id, reason="   ")
    assert refused(exc) == ("target_reason_required", "reason")
    with UnitOfWork(db) as uow:
        after = tg.add_target(
            uow, selection_id=view.id, household_id=outsider.household_id, reason="คณะกรรมการเห็นชอบ", as_of=AS_OF
        )
    assert len(after.rows) == 31
    added = after.rows[-1]
    assert (added.household_id, added.rank, added.proposed) == (outsider.household_id, 31, False)
    assert added.reason == "คณะกรรมการเห็นชอบ" == added.reason_text("en")
    assert added.class_at_selection == outsider.debtor_class.value
    # at a given rank
    other = found[0]
    with UnitOfWork(db) as uow:
        after = tg.add_target(
            uow, selection_id=view.id, household_id=other.household_id, reason="ลำดับต้น", rank=1, as_of=AS_OF
        )
    assert after.rows[0].household_id == other.household_id
    assert [r.rank for r in after.rows] == list(range(1, 33))
    # already there
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as exc:
        tg.add_target(uow, selection_id=view.id, household_id=other.household_id, reason="ซ้ำ")
    assert refused(exc) == ("target_already_listed", "household_id")
    assert actions(db, view.id) == [TargetChangeAction.PROPOSE, TargetChangeAction.ADD, TargetChangeAction.ADD]
    with db.session() as session:
        history = tg.target_changes(session, view.id)
    assert history[-2].household_code == outsider.code and history[-2].reason == "คณะกรรมการเห็นชอบ"


def test_GIVEN_a_household_of_another_institute_WHEN_adding_it_THEN_it_is_refused(db: Database) -> None:
    view = propose(db)
    with UnitOfWork(db) as uow:
        session = uow.session
        other = m.Institute(
            name="สถาบันอื่น", cohort="existing", province_code="40", district_code="4001", subdistrict_code="400101"
        )
        session.add(other)
        session.flush()
        stranger = m.Household(institute_id=other.id, code="X1")
        session.add(stranger)
        session.flush()
        stranger_id = stranger.id
        uow.commit()
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as exc:
        tg.add_target(uow, selection_id=view.id, household_id=stranger_id, reason="ทดลอง")
    assert refused(exc) == ("target_other_institute", "household_id")
    with UnitOfWork(db) as uow, pytest.raises(NotFound):
        tg.add_target(uow, selection_id=view.id, household_id="no-such-household", reason="ทดลอง")


def test_GIVEN_a_list_WHEN_removing_and_moving_THEN_ranks_stay_1_to_n_and_each_change_is_in_the_history(
    db: Database,
) -> None:
    view = propose(db)
    third = view.rows[2].household_id
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as exc:
        tg.remove_target(uow, selection_id=view.id, household_id=third, reason="")
    assert refused(exc) == ("target_reason_required", "reason")
    with UnitOfWork(db) as uow:
        after = tg.remove_target(uow, selection_id=view.id, household_id=third, reason="ย้ายออกนอกพื้นที่", as_of=AS_OF)
    assert len(after.rows) == 29 and third not in {r.household_id for r in after.rows}
    assert [r.rank for r in after.rows] == list(range(1, 30))
    assert after.rows[2].household_id == view.rows[3].household_id
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as exc:
        tg.remove_target(uow, selection_id=view.id, household_id=third, reason="อีกครั้ง")
    assert refused(exc) == ("target_not_listed", "household_id")

    last = after.rows[-1].household_id
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as exc:
        tg.move_target(uow, selection_id=view.id, household_id=last, to_rank=1, reason=" ")
    assert refused(exc) == ("target_reason_required", "reason")
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as exc:
        tg.move_target(uow, selection_id=view.id, household_id=last, to_rank=30, reason="เกินลำดับ")
    assert refused(exc) == ("target_rank_out_of_range", "rank")
    with UnitOfWork(db) as uow:
        moved = tg.move_target(uow, selection_id=view.id, household_id=last, to_rank=1, reason="เร่งด่วน", as_of=AS_OF)
    assert moved.rows[0].household_id == last
    assert [r.rank for r in moved.rows] == list(range(1, 30))
    assert moved.rows[1].household_id == after.rows[0].household_id
    assert actions(db, view.id) == [
        TargetChangeAction.PROPOSE,
        TargetChangeAction.REMOVE,
        TargetChangeAction.REORDER,
    ]
    with db.session() as session:
        history = tg.target_changes(session, view.id)
    assert [c.reason for c in history[-2:]] == ["ย้ายออกนอกพื้นที่", "เร่งด่วน"]
    assert history[-1].household_code and all(c.officer == OFFICER for c in history[-3:])


def test_GIVEN_a_locked_list_WHEN_changing_or_proposing_THEN_refused_until_unlocked_with_a_reason(
    db: Database,
) -> None:
    view = propose(db)
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as exc:
        tg.lock_targets(uow, selection_id=view.id, reason="")
    assert refused(exc) == ("target_reason_required", "reason")
    with UnitOfWork(db) as uow:
        locked = tg.lock_targets(uow, selection_id=view.id, reason="ที่ประชุมคณะกรรมการรับรอง", officer="นายสมชาย")
    assert locked.locked and locked.locked_by == "นายสมชาย" and locked.locked_at is not None
    first = view.rows[0].household_id
    attempts: list[Callable[[UnitOfWork], object]] = [
        lambda uow: tg.remove_target(uow, selection_id=view.id, household_id=first, reason="ลบ"),
        lambda uow: tg.move_target(uow, selection_id=view.id, household_id=first, to_rank=2, reason="ย้าย"),
        lambda uow: tg.propose_targets(uow, institute_id=institute(db), fiscal_year=FY, as_of=AS_OF),
        lambda uow: tg.lock_targets(uow, selection_id=view.id, reason="ซ้ำ"),
    ]
    codes = []
    for attempt in attempts:
        with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as exc:
            attempt(uow)
        codes.append(refused(exc)[0])
    assert codes == ["targets_locked", "targets_locked", "targets_locked", "targets_already_locked"]
    with db.session() as session:
        still = tg.selection(session, institute_id=institute(db), fiscal_year=FY, as_of=AS_OF)
    assert still is not None and still.locked and len(still.rows) == 30
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as exc:
        tg.unlock_targets(uow, selection_id=view.id, reason="")
    assert refused(exc) == ("target_reason_required", "reason")
    with UnitOfWork(db) as uow:
        unlocked = tg.unlock_targets(uow, selection_id=view.id, reason="แก้ไขรายชื่อตามมติใหม่")
    assert not unlocked.locked and unlocked.locked_by == "" and unlocked.locked_at is None
    with UnitOfWork(db) as uow:
        after = tg.remove_target(uow, selection_id=view.id, household_id=first, reason="ลบ")
    assert len(after.rows) == 29
    assert actions(db, view.id) == [
        TargetChangeAction.PROPOSE,
        TargetChangeAction.LOCK,
        TargetChangeAction.UNLOCK,
        TargetChangeAction.REMOVE,
    ]


def test_GIVEN_a_list_shorter_than_the_profile_WHEN_locking_THEN_refused_without_a_reason_for_it_and_noted_with_one(
    db: Database,
) -> None:
    view = propose(db)
    with UnitOfWork(db) as uow:
        short = tg.remove_target(uow, selection_id=view.id, household_id=view.rows[0].household_id, reason="ย้ายออก")
    assert len(short.rows) == 29 < short.wanted == 30
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as exc:
        tg.lock_targets(uow, selection_id=view.id, reason="ที่ประชุมคณะกรรมการรับรอง")
    assert refused(exc) == ("target_short_list_reason_required", "short_list_reason")
    assert exc.value.issues[0].params == {"count": 29, "wanted": 30}
    assert "29" in message("target_short_list_reason_required", "en", **exc.value.issues[0].params)
    with UnitOfWork(db) as uow:
        locked = tg.lock_targets(
            uow, selection_id=view.id, reason="ที่ประชุมคณะกรรมการรับรอง", short_list_reason="ย้ายออกนอกพื้นที่"
        )
    assert locked.locked
    with db.session() as session:
        history = tg.target_changes(session, view.id)
    assert [c.action for c in history[-2:]] == [TargetChangeAction.LOCK, TargetChangeAction.LOCK]
    assert history[-1].reason.startswith(SHORT_LIST_MARK) and "ย้ายออกนอกพื้นที่" in history[-1].reason


def test_GIVEN_no_proposal_for_next_year_THEN_there_is_no_list_and_no_participation(db: Database) -> None:
    with db.session() as session:
        assert tg.selection(session, institute_id=institute(db), fiscal_year=FY + 1) is None
        assert tg.participation(session, institute_id=institute(db), fiscal_year=FY + 1) == []


def test_GIVEN_target_households_WHEN_recording_participation_THEN_the_record_is_kept_and_checked(
    db: Database,
) -> None:
    view = propose(db)
    with db.session() as session:
        rows = tg.participation(session, institute_id=institute(db), fiscal_year=FY)
        newcomer = tg.candidates(session, institute_id=institute(db), fiscal_year=FY, as_of=AS_OF)[0]
    assert [r.household_id for r in rows] == [r.household_id for r in view.rows]
    assert all(r.record_id and r.consent_given for r in rows)  # the demo's heads signed theirs
    with UnitOfWork(db) as uow:
        tg.add_target(uow, selection_id=view.id, household_id=newcomer.household_id, reason="มติที่ประชุม")
    with db.session() as session:
        rows = tg.participation(session, institute_id=institute(db), fiscal_year=FY)
    first = rows[-1]
    assert first.household_id == newcomer.household_id and first.rank == 31
    assert first.record_id is None and first.representative_name == first.head_name and first.members
    assert not first.consent_given and first.signed_on is None
    head = next(p for p in first.members if p.is_head)
    assert first.representative_member_id == head.id
    other = next((p for p in first.members if not p.is_head), head)
    with UnitOfWork(db) as uow:
        record_id = tg.record_participation(
            uow,
            household_id=first.household_id,
            fiscal_year=FY,
            representative_member_id=other.id,
            enrolled_on=date(2026, 11, 5),
            consent_given=True,
            signed_on=date(2026, 11, 5),
            notes=" ยินดีเข้าร่วม ",
        )
    with UnitOfWork(db) as uow:  # updating keeps the one record
        again = tg.record_participation(
            uow,
            household_id=first.household_id,
            fiscal_year=FY,
            representative_member_id=other.id,
            enrolled_on=date(2026, 11, 5),
            consent_given=True,
            signed_on=date(2026, 11, 6),
            notes="ยินดีเข้าร่วม",
        )
    assert again == record_id
    with db.session() as session:
        rows = tg.participation(session, institute_id=institute(db), fiscal_year=FY)
    recorded = rows[-1]
    assert recorded.record_id == record_id and recorded.representative_name == other.name
    assert recorded.consent_given and recorded.signed_on == date(2026, 11, 6) and recorded.notes == "ยินดีเข้าร่วม"

    # refusals
    with db.session() as session:
        not_target = tg.candidates(session, institute_id=institute(db), fiscal_year=FY, as_of=AS_OF)[0].household_id
    cases: list[tuple[dict[str, object], str]] = [
        ({"household_id": not_target}, "participation_not_target"),
        ({"representative_member_id": rows[0].members[0].id}, "participation_representative_not_member"),
        ({"consent_given": False}, "participation_signed_without_consent"),
        ({"signed_on": date(2026, 11, 1)}, "participation_signed_before_enrolled"),
    ]
    for change, code in cases:
        values: dict[str, object] = {
            "household_id": first.household_id,
            "fiscal_year": FY,
            "representative_member_id": other.id,
            "enrolled_on": date(2026, 11, 5),
            "consent_given": True,
            "signed_on": date(2026, 11, 6),
            "notes": "",
            **change,
        }
        with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as exc:
            tg.record_participation(uow, **values)  # type: ignore[arg-type]
        assert refused(exc)[0] == code


def test_GIVEN_households_with_signed_contracts_WHEN_proposing_again_or_removing_THEN_they_stay_on_the_list(
    contracted: Database,
) -> None:
    db = contracted
    with db.session() as session:
        consolidated = list(session.scalars(select(m.ConsolidationContract.household_id)))
        before = tg.selection(session, institute_id=institute(db), fiscal_year=FY, as_of=AS_OF)
    assert consolidated and before is not None
    # WHEN the list is unlocked and proposed again THEN the consolidated households keep the first ranks
    view = propose(db)
    kept = [r.household_id for r in before.rows if r.household_id in set(consolidated)]
    assert [r.household_id for r in view.rows[: len(kept)]] == kept
    assert len(view.rows) == 30 and [r.rank for r in view.rows] == list(range(1, 31))
    # AND removing one of them is refused, naming why
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as refusal:
        tg.remove_target(uow, selection_id=view.id, household_id=kept[0], reason="ย้ายออกนอกพื้นที่")
    assert refused(refusal) == ("target_has_contract", "household_id")
