"""Activity tracking on the demo database (FY 2570, 25 November 2026) and on activities edited afterwards."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.activity_deadlines import State, TrackedActivity
from cdfi_desktop.domain.enums import ActivityKind, ActivityStatus, Cohort
from cdfi_desktop.reports.registry import write_activity_reports
from cdfi_desktop.services import activity_tracking as at
from cdfi_desktop.services import institute as inst
from cdfi_desktop.services import training
from cdfi_desktop.services.demo import DEMO_AS_OF, demo_device_id, generate_demo
from cdfi_desktop.services.errors import NotFound
from cdfi_desktop.services.uow import UnitOfWork
from tests.support.demo_states import founding_not_done_yet

FY = 2570
WORKSHOP, FOUNDING, DEBT = TrackedActivity.COMMITTEE_WORKSHOP, TrackedActivity.FOUNDING, TrackedActivity.DEBT_MANAGEMENT
LATER = date(2027, 9, 1)  # "today" for saving done dates after the demo's day


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("activities") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(1))
    generate_demo(db, households=300, seed=1)
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    database = Database.open(copy, officer="นางสาวพรทิพย์ ใจดี")
    yield database
    database.close()


def institute_id(db: Database) -> str:
    with db.session() as session:
        return inst.institutes(session)[0].id


def status(db: Database, as_of: date = DEMO_AS_OF) -> at.ActivitiesView:
    with db.session() as session:
        return at.activity_status(session, institute_id=institute_id(db), fiscal_year=FY, as_of=as_of)


def activity_row(db: Database, kind: ActivityKind) -> inst.ActivityRow:
    with db.session() as session:
        rows = inst.program_activities(session, institute_id(db))
    return next(r for r in rows if r.kind is kind and r.fiscal_year == FY)


def save(db: Database, row: inst.ActivityRow, **changes: object) -> None:
    values = {
        "id": row.id,
        "institute_id": institute_id(db),
        "fiscal_year": row.fiscal_year,
        "kind": row.kind,
        "title": row.title,
        "planned_date": row.planned_date,
        "done_date": row.done_date,
        "status": row.status,
        "budget": row.budget,
        "spent": row.spent,
        "notes": row.notes,
    } | changes
    with UnitOfWork(db) as uow:
        inst.save_activity(uow, inst.ActivityForm(**values), today=LATER)  # type: ignore[arg-type]
        uow.commit()


def set_cohort(db: Database, cohort: Cohort, cohort_fiscal_year: int | None) -> None:
    with db.session() as session, session.begin():
        found = session.get(m.Institute, institute_id(db))
        assert found is not None
        found.cohort, found.cohort_fiscal_year = cohort, cohort_fiscal_year


def set_quarters(db: Database, quarters: dict[str, int]) -> None:
    with db.session() as session, session.begin():
        profile = session.scalars(select(m.FiscalYearProfile).where(m.FiscalYearProfile.fiscal_year == FY)).one()
        profile.quarter_deadlines = quarters


def codes(view: at.ActivitiesView) -> list[tuple[str, str]]:
    return [(w.severity, w.note.code) for w in view.warnings]


# -- the demo ---------------------------------------------------------------------------------------------------
def test_GIVEN_the_demo_WHEN_tracked_on_its_day_THEN_debt_management_done_on_time_from_the_training_and_plan(
    db: Database,
) -> None:
    view = status(db)
    assert view.cohort is Cohort.NEW and view.founding_year
    assert [line.activity for line in view.lines] == [WORKSHOP, FOUNDING, DEBT]
    debt = view.line(DEBT)
    assert debt.state is State.DONE_ON_TIME
    assert debt.deadline.due == date(2027, 6, 30)
    assert debt.deadline.quarters == (2, 3)
    assert debt.done_on == date(2026, 10, 16)  # the plan meeting, the day after the training's last day
    assert debt.done_from_records  # the activity rows have no plan meeting of their own
    assert debt.planned_date == date(2026, 10, 12)
    assert (debt.budget, debt.spent, debt.spent_pct) == (Decimal("24000.00"), Decimal("22850.00"), Decimal("95.21"))
    with db.session() as session:
        course = training.course(session, institute_id=view.institute_id, fiscal_year=FY)
        assert course is not None
        grid = training.attendance_grid(session, course.id)
    completed = {p.household_id for p in grid.participants if p.completed and p.household_id}
    assert (debt.target, debt.result) == (30, len(completed))
    details = debt.details("en")
    assert "30 target households" in details
    assert "Plan meeting 16/10/2026" in details
    assert "14 households at 1HH1C" in details


def test_GIVEN_the_demo_WHEN_tracked_THEN_founded_on_time_before_its_targets_and_no_workshop_for_a_new_institute(
    db: Database,
) -> None:
    view = status(db)
    founding = view.line(FOUNDING)
    assert founding.state is State.DONE_ON_TIME
    assert founding.done_on == date(2026, 10, 6)  # the day before the target list was locked
    assert (founding.target, founding.result, founding.budget) == (1, 1, Decimal("5000.00"))


def test_GIVEN_the_founding_not_done_yet_WHEN_tracked_on_the_demos_day_THEN_not_due_yet(db: Database) -> None:
    founding_not_done_yet(db)
    view = status(db)
    founding = view.line(FOUNDING)
    assert founding.state is State.UPCOMING
    assert founding.verdict.days_left == (date(2027, 3, 31) - DEMO_AS_OF).days
    assert (founding.target, founding.result, founding.budget) == (1, 0, Decimal("5000.00"))
    workshop = view.line(WORKSHOP)
    assert not workshop.applicable and workshop.state is State.NOT_APPLICABLE
    assert workshop.target == 0
    assert [o.kind for o in view.others] == [ActivityKind.DEBTOR_SURVEY]
    assert not [c for c in codes(view) if c[0] == "error"]


def test_GIVEN_the_demo_WHEN_the_bpm_summary_is_asked_THEN_one_row_per_activity_it_does_ready_to_paste(
    db: Database,
) -> None:
    with db.session() as session:
        rows = at.bpm_summary(session, institute_id=institute_id(db), fiscal_year=FY, as_of=DEMO_AS_OF)
    assert [r.activity for r in rows] == [FOUNDING, DEBT]
    debt = rows[1]
    assert (debt.quarter_text("th"), debt.target_text("th"), debt.state_text("th")) == (
        "ไตรมาส 2–3",
        "30 ครัวเรือน",
        "ดำเนินการแล้ว ทันกำหนด",
    )
    lines = at.bpm_tsv(rows, "th").split("\n")
    assert len(lines) == 3
    assert all(len(line.split("\t")) == 9 for line in lines)
    cells = lines[2].split("\t")
    assert cells[0] == "สำนึกดี แผนดี บริหารหนี้ได้"
    assert cells[4:7] == ["24000.00", "22850.00", "95.21"]
    assert lines[1].split("\t")[1] == "ไตรมาส 2"
    assert at.bpm_table(rows, "en")[2][4] == "24,000.00"


def test_GIVEN_the_demo_WHEN_tracked_mid_training_THEN_not_done_and_the_training_shown_in_progress(
    db: Database,
) -> None:
    view = status(db, as_of=date(2026, 10, 14))
    debt = view.line(DEBT)
    assert debt.done_on is None  # the row's done date (15 Oct) is after the day asked
    assert debt.state is State.UPCOMING
    assert "Training: 3 of 4 days held" in debt.details("en")
    assert "The committee's plan meeting not held yet" in debt.details("en")


def test_GIVEN_an_unknown_institute_WHEN_tracked_THEN_not_found(db: Database) -> None:
    with db.session() as session, pytest.raises(NotFound):
        at.activity_status(session, institute_id="nope", fiscal_year=FY, as_of=DEMO_AS_OF)


# -- edited activities ------------------------------------------------------------------------------------------
def test_GIVEN_the_founding_not_done_WHEN_tracked_after_quarter_2_THEN_overdue_with_an_error_warning(
    db: Database,
) -> None:
    founding_not_done_yet(db)
    view = status(db, as_of=date(2027, 4, 5))
    founding = view.line(FOUNDING)
    assert founding.state is State.OVERDUE and founding.verdict.days_late == 5
    assert view.overdue == 1
    assert codes(view)[0] == ("error", "activity_warn_overdue")
    assert "5 days past its deadline of 31/03/2027" in view.warnings[0].text("en")
    assert at.bpm_rows(view)[0].state_text("th") == "เกินกำหนด 5 วัน"
    with db.session() as session:
        rollup = at.activity_rollup(session, fiscal_year=FY, as_of=date(2027, 4, 5))
    assert rollup.institutes == 1
    assert rollup.row(FOUNDING).tally.overdue == 1
    assert rollup.row(FOUNDING).overdue_institutes == (view.institute_name,)
    assert rollup.row(DEBT).tally.done_on_time == 1
    assert rollup.row(WORKSHOP).tally.not_applicable == 1


def test_GIVEN_the_founding_done_two_days_late_WHEN_tracked_THEN_done_late_and_a_result(db: Database) -> None:
    save(db, activity_row(db, ActivityKind.FOUNDING), status=ActivityStatus.DONE, done_date=date(2027, 4, 2))
    view = status(db, as_of=date(2027, 5, 1))
    founding = view.line(FOUNDING)
    assert founding.state is State.DONE_LATE and founding.verdict.days_late == 2
    assert founding.result == 1
    assert ("warning", "activity_warn_done_late") in codes(view)


def test_GIVEN_the_founding_done_on_the_last_day_of_quarter_2_WHEN_tracked_THEN_on_time(db: Database) -> None:
    save(db, activity_row(db, ActivityKind.FOUNDING), status=ActivityStatus.DONE, done_date=date(2027, 3, 31))
    assert status(db, as_of=date(2027, 5, 1)).line(FOUNDING).state is State.DONE_ON_TIME


def test_GIVEN_a_profile_giving_founding_quarter_3_WHEN_tracked_in_april_THEN_not_overdue(db: Database) -> None:
    founding_not_done_yet(db)
    set_quarters(db, {"committee_workshop": 1, "founding": 3, "debt_training": 3})
    founding = status(db, as_of=date(2027, 4, 5)).line(FOUNDING)
    assert founding.deadline.due == date(2027, 6, 30)
    assert founding.state is State.UPCOMING


def test_GIVEN_a_profile_without_quarters_WHEN_tracked_THEN_the_guideline_defaults(db: Database) -> None:
    set_quarters(db, {})
    view = status(db)
    assert [line.deadline.due for line in view.lines] == [date(2026, 12, 31), date(2027, 3, 31), date(2027, 6, 30)]
    assert all(line.deadline.default for line in view.lines)


def test_GIVEN_an_existing_institute_WHEN_tracked_THEN_the_workshop_applies_and_the_founding_record_is_flagged(
    db: Database,
) -> None:
    set_cohort(db, Cohort.EXISTING, 2565)
    view = status(db, as_of=date(2027, 1, 5))
    workshop = view.line(WORKSHOP)
    assert workshop.applicable and workshop.state is State.OVERDUE and workshop.verdict.days_late == 5
    assert not view.line(FOUNDING).applicable
    found = codes(view)
    assert ("error", "activity_warn_overdue") in found
    assert ("info", "activity_warn_no_record") in found  # no workshop record: budget unknown
    assert ("warning", "activity_warn_not_for_existing") in found
    assert [r.activity for r in at.bpm_rows(view)] == [WORKSHOP, DEBT]


def test_GIVEN_a_workshop_record_done_WHEN_an_existing_institute_is_tracked_THEN_on_time(db: Database) -> None:
    set_cohort(db, Cohort.EXISTING, 2565)
    with UnitOfWork(db) as uow:
        form = inst.ActivityForm(
            id=None,
            institute_id=institute_id(db),
            fiscal_year=FY,
            kind=ActivityKind.COMMITTEE_WORKSHOP,
            title="ประชุมเชิงปฏิบัติการ",
            planned_date=date(2026, 12, 10),
            done_date=date(2026, 12, 12),
            status=ActivityStatus.DONE,
            budget=Decimal("5000"),
            spent=Decimal("4800"),
        )
        inst.save_activity(uow, form, today=LATER)
        uow.commit()
    workshop = status(db, as_of=date(2027, 1, 5)).line(WORKSHOP)
    assert workshop.state is State.DONE_ON_TIME and workshop.done_on == date(2026, 12, 12)
    assert (workshop.result, workshop.spent_pct) == (1, Decimal("96.00"))


def test_GIVEN_spending_above_the_budget_WHEN_tracked_THEN_a_warning(db: Database) -> None:
    save(db, activity_row(db, ActivityKind.DEBT_TRAINING), spent=Decimal("30000"))
    view = status(db)
    assert ("warning", "activity_warn_over_budget") in codes(view)
    assert view.line(DEBT).spent_pct == Decimal("125.00")


def test_GIVEN_the_training_row_not_marked_done_WHEN_tracked_THEN_done_from_the_records_with_a_note(
    db: Database,
) -> None:
    save(db, activity_row(db, ActivityKind.DEBT_TRAINING), status=ActivityStatus.IN_PROGRESS, done_date=None)
    view = status(db)
    debt = view.line(DEBT)
    assert debt.state is State.DONE_ON_TIME and debt.done_on == date(2026, 10, 16)
    assert debt.recorded_status is ActivityStatus.IN_PROGRESS
    assert ("info", "activity_warn_record_not_done") in codes(view)


def test_GIVEN_a_plan_meeting_row_done_WHEN_tracked_THEN_its_date_stands_and_its_budget_counts(db: Database) -> None:
    with UnitOfWork(db) as uow:
        form = inst.ActivityForm(
            id=None,
            institute_id=institute_id(db),
            fiscal_year=FY,
            kind=ActivityKind.PLAN_MEETING,
            done_date=date(2026, 10, 20),
            status=ActivityStatus.DONE,
            budget=Decimal("1000"),
        )
        inst.save_activity(uow, form, today=LATER)
        uow.commit()
    debt = status(db).line(DEBT)
    assert debt.done_on == date(2026, 10, 20)
    assert not debt.done_from_records
    assert debt.budget == Decimal("25000.00")


def test_GIVEN_no_course_and_the_training_row_not_done_WHEN_tracked_after_q3_THEN_overdue(db: Database) -> None:
    with db.session() as session, session.begin():
        course = session.scalars(select(m.TrainingCourse)).one()
        session.delete(course)  # tombstone: the course is gone
    row = activity_row(db, ActivityKind.DEBT_TRAINING)
    save(db, row, status=ActivityStatus.PLANNED, done_date=None)
    view = status(db, as_of=date(2027, 7, 10))
    debt = view.line(DEBT)
    assert debt.state is State.OVERDUE and debt.verdict.days_late == 10
    assert "Training not recorded yet" in debt.details("en")
    assert debt.result == 0


def test_GIVEN_a_province_filter_WHEN_rolled_up_THEN_only_its_institutes(db: Database) -> None:
    with db.session() as session:
        province = inst.institutes(session)[0].province_code
        mine = at.activity_rollup(session, fiscal_year=FY, as_of=DEMO_AS_OF, province_code=province)
        other = at.activity_rollup(session, fiscal_year=FY, as_of=DEMO_AS_OF, province_code="99")
    assert mine.institutes == 1 and other.institutes == 0
    assert other.row(DEBT).tally.applicable == 0
    assert mine.row(DEBT).target == 30
    assert replace(mine, province_code=None).row(FOUNDING).tally.done_on_time == 1  # founded before its targets


# -- reports ----------------------------------------------------------------------------------------------------
def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is missing: install poppler-utils")
    return found


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


def write(db: Database, tmp_path: Path, *, printed_on: date = DEMO_AS_OF, language: str = "th") -> list[Path]:
    with db.session() as session:
        return write_activity_reports(
            session,
            institute_id=institute_id(db),
            fiscal_year=FY,
            out_dir=tmp_path / "out",
            printed_on=printed_on,
            language=language,
        )


def test_GIVEN_the_demo_WHEN_the_activities_are_printed_THEN_a_landscape_thai_pdf_with_sarabun(
    db: Database, tmp_path: Path
) -> None:
    xlsx, pdf = write(db, tmp_path)
    assert xlsx.suffix == ".xlsx" and pdf.suffix == ".pdf"
    info = run(poppler("pdfinfo"), str(pdf))
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert size is not None and (round(float(size[1])), round(float(size[2]))) == (842, 595)
    fonts = run(poppler("pdffonts"), str(pdf)).splitlines()[2:]
    sarabun = [line for line in fonts if "Sarabun" in line]
    assert sarabun and all(line.split()[-5] == "yes" for line in sarabun), fonts
    text = "".join(run(poppler("pdftotext"), str(pdf), "-").split())  # cells wrap: compare without spaces
    for expected in (
        "รายงานการติดตามกิจกรรมโครงการสถาบันการจัดการเงินทุนชุมชน",
        "ปีงบประมาณ พ.ศ. 2570",
        "ข้อมูล ณ วันที่ 25 พฤศจิกายน พ.ศ. 2569",
        "จัดตั้งสถาบันการจัดการเงินทุนชุมชน",
        "สำนึกดี แผนดี บริหารหนี้ได้",
        "ไตรมาส 2–3",
        "30 มิ.ย. 2570",
        "ดำเนินการแล้ว ทันกำหนด",
        "30 ครัวเรือน",
        "24,000.00",
        "22,850.00",
        "95.21",
        "สรุปผลสำหรับบันทึกในระบบ BPM",
        "ประชุมเชิงปฏิบัติการคณะกรรมการสถาบัน: ไม่ต้องดำเนินการ",
    ):
        assert expected.replace(" ", "") in text, expected


def test_GIVEN_the_founding_overdue_WHEN_printed_THEN_the_pdf_names_it_to_follow_up(
    db: Database, tmp_path: Path
) -> None:
    founding_not_done_yet(db)
    _, pdf = write(db, tmp_path, printed_on=date(2027, 4, 5))
    text = run(poppler("pdftotext"), str(pdf), "-")
    assert "เกินกำหนด 5 วัน" in text
    assert "เลยกำหนด 31 มี.ค. 2570 มาแล้ว 5 วัน" in " ".join(text.split())


def test_GIVEN_the_demo_WHEN_the_workbook_is_written_THEN_the_bpm_sheet_holds_the_figures(
    db: Database, tmp_path: Path
) -> None:
    xlsx, _ = write(db, tmp_path)
    workbook = load_workbook(xlsx)
    assert workbook.sheetnames == ["BPM", "กิจกรรม"]
    sheet = workbook["BPM"]
    rows = [tuple(row) for row in sheet.iter_rows(values_only=True)]
    header = next(i for i, row in enumerate(rows) if row[1] == "กิจกรรม")
    founding, debt, total = rows[header + 1], rows[header + 2], rows[header + 3]
    assert founding[1:7] == ("จัดตั้งสถาบันการจัดการเงินทุนชุมชน", "ไตรมาส 2", 1, "สถาบัน", 1, "สถาบัน")
    assert debt[1:4] == ("สำนึกดี แผนดี บริหารหนี้ได้", "ไตรมาส 2–3", 30)
    assert debt[7:10] == (24000, 22850, 95.21)
    assert debt[10] == "ดำเนินการแล้ว ทันกำหนด"
    assert (total[0], total[7], total[8]) == ("รวม", 29000, 22850 + 4650)  # the founding spent 4,650 baht
    assert sheet.page_setup.orientation == "landscape"
    details = [row for row in workbook["กิจกรรม"].iter_rows(values_only=True) if row[1] and "สำนึกดี" in str(row[1])]
    assert details and "ทำสัญญา ๑ ครัวเรือน ๑ สัญญา แล้ว 14 ครัวเรือน" in str(details[0][9])


def test_GIVEN_english_WHEN_written_THEN_the_workbook_reads_in_english(db: Database, tmp_path: Path) -> None:
    xlsx = write(db, tmp_path, language="en")[0]
    values = [v for row in load_workbook(xlsx)["BPM"].iter_rows(values_only=True) for v in row if v]
    assert "Summary for keying into BPM" in " ".join(str(v) for v in values)
    assert "Q2–Q3" in values
