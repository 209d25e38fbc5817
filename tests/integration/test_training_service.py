"""The training's use cases: a 4-day course, participants from the target households, attendance and completion."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import AttendanceStatus
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services import training as tr
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork

FY = 2571  # the demo has its own course in 2570
P, L, A, LV = AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ABSENT, AttendanceStatus.LEAVE


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("training") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(5))
    generate_demo(db, households=40, seed=5)
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    database = Database.open(copy, officer="นางสาวพรทิพย์ ใจดี")
    yield database
    database.close()


def institute(db: Database) -> str:
    with db.session() as session:
        found = reg.first_institute_id(session)
    assert found
    return found


def select_targets(db: Database, institute_id: str, count: int, *, fiscal_year: int = FY) -> list[str]:
    """GIVEN a target selection of the first ``count`` households (made here: services/targets.py is not ours)."""
    with db.session() as session, session.begin():
        households = session.scalars(
            select(m.Household.id)
            .where(m.Household.institute_id == institute_id, m.Household.deleted_at.is_(None))
            .order_by(m.Household.code)
            .limit(count)
        ).all()
        selection = m.TargetSelection(institute_id=institute_id, fiscal_year=fiscal_year)
        session.add(selection)
        session.flush()
        for rank, household_id in enumerate(households, start=1):
            session.add(m.TargetHousehold(selection_id=selection.id, household_id=household_id, rank=rank))
    return list(households)


def make_course(db: Database, institute_id: str, **changes: object) -> str:
    days = [tr.DayForm(n, date(2028, 1, 11 + n), t) for n, t in enumerate(tr.DEFAULT_TOPICS, start=1)]
    arguments: dict[str, object] = {
        "institute_id": institute_id,
        "fiscal_year": FY,
        "title": tr.COURSE_TITLE,
        "venue": "ศาลาประชาคมหมู่ที่ 3",
        "trainers": "นายสมชาย วิทยากร",
        "days": days,
        "min_days_to_complete": None,
    }
    arguments.update(changes)
    with UnitOfWork(db) as uow:
        return tr.save_course(uow, **arguments)  # type: ignore[arg-type]


def grid(db: Database, course_id: str) -> tr.AttendanceGrid:
    with db.session() as session:
        return tr.attendance_grid(session, course_id)


def mark_all(db: Database, course_id: str, rows: dict[str, list[AttendanceStatus | None]]) -> None:
    marks = [
        tr.AttendanceMark(pid, day_no, status)
        for pid, statuses in rows.items()
        for day_no, status in enumerate(statuses, start=1)
    ]
    with UnitOfWork(db) as uow:
        tr.set_attendance_many(uow, course_id=course_id, marks=marks)


def test_given_no_days_when_the_course_is_saved_then_it_has_the_profiles_four_days_and_rule(db: Database) -> None:
    inst = institute(db)
    with UnitOfWork(db) as uow:
        course_id = tr.save_course(uow, institute_id=inst, fiscal_year=FY, title=tr.COURSE_TITLE)
    with db.session() as session:
        view = tr.course(session, institute_id=inst, fiscal_year=FY)
    assert view is not None and view.id == course_id
    assert [d.day_no for d in view.days] == [1, 2, 3, 4]
    assert view.min_days_to_complete == 4
    assert [d.topics for d in view.days] == list(tr.DEFAULT_TOPICS)
    assert view.title == "สำนึกดี แผนดี บริหารหนี้ได้"


def test_given_a_course_when_saved_again_then_it_is_updated_not_duplicated(db: Database) -> None:
    inst = institute(db)
    first = make_course(db, inst)
    second = make_course(db, inst, venue="วัดบ้านหนองบัว", min_days_to_complete=3)
    assert first == second
    with db.session() as session:
        view = tr.course(session, institute_id=inst, fiscal_year=FY)
        courses = session.scalar(select(func.count()).where(m.TrainingCourse.fiscal_year == FY))
    assert courses == 1
    assert view is not None and view.venue == "วัดบ้านหนองบัว" and view.min_days_to_complete == 3
    assert view.days[0].held_on == date(2028, 1, 12)


def test_given_a_day_dropped_and_added_back_then_the_course_keeps_one_row_per_day(db: Database) -> None:
    inst = institute(db)
    course_id = make_course(db, inst)
    make_course(db, inst, days=[tr.DayForm(n, None, "") for n in (1, 2, 3)])
    with db.session() as session:
        assert [d.day_no for d in tr._days(session, course_id)] == [1, 2, 3]
    make_course(db, inst, days=[tr.DayForm(n, None, f"เรื่อง {n}") for n in (1, 2, 3, 4)])
    with db.session() as session:
        days = tr._days(session, course_id)
    assert [(d.day_no, d.topics) for d in days][-1] == (4, "เรื่อง 4")


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"title": "  "}, "training_title_required"),
        ({"days": [tr.DayForm(1), tr.DayForm(3)]}, "training_days_invalid"),
        ({"min_days_to_complete": 5}, "training_min_days_out_of_range"),
        ({"days": [tr.DayForm(1, date(2028, 1, 5)), tr.DayForm(2, date(2028, 1, 4))]}, "training_days_out_of_order"),
    ],
)
def test_given_a_wrong_course_when_saved_then_nothing_is_saved(
    db: Database, changes: dict[str, object], code: str
) -> None:
    inst = institute(db)
    with pytest.raises(ValidationFailed) as refused:
        make_course(db, inst, **changes)
    assert code in {i.code for i in refused.value.issues}
    with db.session() as session:
        assert tr.course(session, institute_id=inst, fiscal_year=FY) is None


def test_given_target_households_when_added_then_one_participant_each_the_representative_or_the_head(
    db: Database,
) -> None:
    inst = institute(db)
    households = select_targets(db, inst, 5)
    with db.session() as session, session.begin():
        # The third household sends a member who is not its head.
        other = session.scalars(
            select(m.HouseholdMember).where(
                m.HouseholdMember.household_id == households[2], m.HouseholdMember.is_head.is_(False)
            )
        ).first()
        if other is None:
            other = m.HouseholdMember(household_id=households[2], first_name="ทดสอบ", last_name="ตัวแทน")
            session.add(other)
            session.flush()
        session.add(
            m.ParticipationRecord(
                institute_id=inst, household_id=households[2], fiscal_year=FY, representative_member_id=other.id
            )
        )
        representative = other.id
    course_id = make_course(db, inst)
    with UnitOfWork(db) as uow:
        added = tr.add_target_participants(uow, course_id=course_id)
    with UnitOfWork(db) as uow:
        again = tr.add_target_participants(uow, course_id=course_id)
    assert (added, again) == (5, 0)
    rows = grid(db, course_id).participants
    assert [r.household_id for r in rows] == households
    assert rows[2].member_id == representative
    heads = [r for i, r in enumerate(rows) if i != 2]
    assert all(r.full_name == r.household_head for r in heads)
    assert all(r.household_code for r in rows)


def test_given_no_target_selection_when_adding_targets_then_nobody_is_added(db: Database) -> None:
    course_id = make_course(db, institute(db))
    with UnitOfWork(db) as uow:
        assert tr.add_target_participants(uow, course_id=course_id) == 0


def test_given_a_person_from_outside_when_added_and_removed_then_the_grid_follows(db: Database) -> None:
    inst = institute(db)
    course_id = make_course(db, inst)
    with UnitOfWork(db) as uow:
        pid = tr.add_participant(uow, course_id=course_id, full_name="นางสมศรี มาร่วม", note="ผู้นำชุมชน")
    with UnitOfWork(db) as uow:
        tr.set_attendance(uow, course_id=course_id, participant_id=pid, day_no=1, status=P)
    rows = grid(db, course_id).participants
    assert [(r.full_name, r.household_id, r.note) for r in rows] == [("นางสมศรี มาร่วม", None, "ผู้นำชุมชน")]
    with UnitOfWork(db) as uow:
        tr.remove_participant(uow, course_id=course_id, participant_id=pid)
    assert grid(db, course_id).participants == ()
    with db.session() as session:
        kept = session.get(m.TrainingParticipant, pid)
        marks = session.scalars(select(m.TrainingAttendance).where(m.TrainingAttendance.participant_id == pid)).all()
    assert kept is not None and kept.deleted_at is not None  # a tombstone
    assert marks and all(a.deleted_at is not None for a in marks)
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed):
        tr.add_participant(uow, course_id=course_id, full_name=" ")


def test_given_attendance_when_all_days_are_required_then_only_full_attendance_completes(db: Database) -> None:
    inst = institute(db)
    select_targets(db, inst, 4)
    course_id = make_course(db, inst)
    with UnitOfWork(db) as uow:
        tr.add_target_participants(uow, course_id=course_id)
    a, b, c, d = (r.id for r in grid(db, course_id).participants)
    mark_all(db, course_id, {a: [P, P, P, P], b: [P, L, L, P], c: [P, P, P, LV], d: [P, A, P, P]})
    result = grid(db, course_id)
    assert result.min_days_to_complete == 4
    assert [(r.days_attended, r.completed) for r in result.participants] == [
        (4, True),
        (4, True),
        (3, False),
        (3, False),
    ]
    assert result.completed == 2
    day2 = result.day_counts[1]
    assert (day2.present, day2.late, day2.absent, day2.leave, day2.unrecorded, day2.attended) == (2, 1, 1, 0, 0, 3)


def test_given_a_rule_of_three_days_then_late_counts_and_leave_or_absence_does_not(db: Database) -> None:
    inst = institute(db)
    select_targets(db, inst, 3)
    course_id = make_course(db, inst, min_days_to_complete=3)
    with UnitOfWork(db) as uow:
        tr.add_target_participants(uow, course_id=course_id)
    a, b, c = (r.id for r in grid(db, course_id).participants)
    mark_all(db, course_id, {a: [L, L, L, A], b: [P, LV, A, P], c: [P, P, None, None]})
    result = grid(db, course_id)
    assert [(r.days_attended, r.completed) for r in result.participants] == [(3, True), (2, False), (2, False)]
    assert result.participants[2].completion.days_recorded == 2


def test_given_a_mark_when_cleared_and_set_again_then_one_row_with_the_last_status_and_note(db: Database) -> None:
    inst = institute(db)
    course_id = make_course(db, inst)
    with UnitOfWork(db) as uow:
        pid = tr.add_participant(uow, course_id=course_id, full_name="นายทดสอบ ลงเวลา")
    for status, note in ((LV, "ป่วย"), (None, ""), (L, "มาสาย 30 นาที")):
        with UnitOfWork(db) as uow:
            tr.set_attendance(uow, course_id=course_id, participant_id=pid, day_no=2, status=status, note=note)
        mark = grid(db, course_id).participants[0].marks[1]
        assert mark == (tr.Mark(status, note) if status else None)
    with db.session() as session:
        assert session.scalar(select(func.count()).where(m.TrainingAttendance.participant_id == pid)) == 1


def test_given_a_batch_with_an_unknown_day_then_none_of_it_is_saved(db: Database) -> None:
    course_id = make_course(db, institute(db))
    with UnitOfWork(db) as uow:
        pid = tr.add_participant(uow, course_id=course_id, full_name="นายทดสอบ ทั้งชุด")
    marks = [tr.AttendanceMark(pid, 1, P), tr.AttendanceMark(pid, 9, P)]
    with UnitOfWork(db) as uow, pytest.raises(NotFound):
        tr.set_attendance_many(uow, course_id=course_id, marks=marks)
    assert grid(db, course_id).participants[0].marks == (None, None, None, None)
