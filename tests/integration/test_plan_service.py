"""The institute's debt-management plan: the committee meeting, projects with budget lines, the 40,000-baht cap
(a draft may go over it, approving over it is refused), spending and scans of the minutes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import PlanStatus
from cdfi_desktop.domain.register_rules import Severity
from cdfi_desktop.messages import known, message
from cdfi_desktop.services import plan as pl
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.attachments import stored_path
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork

FY = 2571  # 1 Oct 2027 – 30 Sep 2028
TODAY = date(2027, 11, 20)
MEETING = date(2027, 11, 15)
ATTENDEES = ["นายสมชาย ใจดี ประธานคณะกรรมการสถาบัน", "นางสมศรี มีสุข เลขานุการ", "นายบุญมี รักถิ่น กรรมการ"]
D = Decimal


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plan") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(7))
    generate_demo(db, households=20, seed=7)
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


def meeting_form(institute_id: str, **changes: object) -> pl.PlanForm:
    values: dict[str, object] = {
        "institute_id": institute_id,
        "fiscal_year": FY,
        "meeting_date": MEETING,
        "meeting_place": "ศาลาประชาคมหมู่ที่ 3",
        "attendees": ATTENDEES,
        "minutes": "ที่ประชุมมีมติคัดเลือกโครงการส่งเสริมอาชีพ 3 โครงการ เพื่อเพิ่มรายได้ของครัวเรือนเป้าหมาย",
    }
    values.update(changes)
    return pl.PlanForm(**values)  # type: ignore[arg-type]


def save_plan(db: Database, form: pl.PlanForm, *, today: date = TODAY) -> str:
    with UnitOfWork(db) as uow:
        return pl.save_plan(uow, form, today=today)


def save_project(db: Database, form: pl.ProjectForm) -> str:
    with UnitOfWork(db) as uow:
        return pl.save_project(uow, form)


def view(db: Database, institute_id: str) -> pl.PlanView:
    with db.session() as session:
        found = pl.plan_view(session, institute_id=institute_id, fiscal_year=FY)
    assert found is not None
    return found


def set_status(db: Database, plan_id: str, status: PlanStatus) -> None:
    with UnitOfWork(db) as uow:
        pl.set_plan_status(uow, plan_id=plan_id, status=status, today=TODAY)


def chickens(plan_id: str, **changes: object) -> pl.ProjectForm:
    values: dict[str, object] = {
        "plan_id": plan_id,
        "name": "ส่งเสริมอาชีพเลี้ยงไก่ไข่",
        "objective": "ให้ครัวเรือนเป้าหมายมีรายได้เสริมจากการขายไข่ไก่ ลดการกู้หนี้นอกระบบ",
        "households_served": 12,
        "start_date": date(2027, 12, 1),
        "end_date": date(2028, 5, 31),
        "lines": [
            pl.BudgetLineForm("พันธุ์ไก่ไข่", D("120"), "ตัว", D("150.00")),
            pl.BudgetLineForm("อาหารไก่", D("20"), "กระสอบ", D("425.50")),
        ],
    }
    values.update(changes)
    return pl.ProjectForm(**values)  # type: ignore[arg-type]


def codes(exc: pytest.ExceptionInfo[ValidationFailed]) -> set[tuple[str, str]]:
    return {(i.code, i.field) for i in exc.value.issues}


def test_GIVEN_a_committee_meeting_WHEN_saved_THEN_the_plan_holds_it_once_per_institute_and_year(db: Database) -> None:
    institute_id = institute(db)
    plan_id = save_plan(db, meeting_form(institute_id))
    again = save_plan(db, meeting_form(institute_id, attendees="\n  นายสมชาย ใจดี ประธาน \n\nนางสมศรี มีสุข\n"))
    assert again == plan_id
    shown = view(db, institute_id)
    assert shown.title == pl.PLAN_TITLE
    assert shown.meeting_date == MEETING and shown.meeting_place == "ศาลาประชาคมหมู่ที่ 3"
    assert shown.attendees == ("นายสมชาย ใจดี ประธาน", "นางสมศรี มีสุข")
    assert shown.status is PlanStatus.DRAFT
    assert shown.cap == D("40000.00") and shown.planned_total == 0 and shown.projects == ()
    with db.session() as session:
        assert pl.plan_view(session, institute_id=institute_id, fiscal_year=FY + 1) is None


def test_GIVEN_budget_lines_WHEN_saved_THEN_amounts_are_quantity_times_unit_cost_to_the_satang(db: Database) -> None:
    institute_id = institute(db)
    plan_id = save_plan(db, meeting_form(institute_id))
    lines = [
        pl.BudgetLineForm("พันธุ์ไก่ไข่", D("120"), "ตัว", D("150.00"), spent=D("18000.00")),
        pl.BudgetLineForm("อาหารไก่", D("20"), "กระสอบ", D("425.50")),
        pl.BudgetLineForm("วัคซีน", D("2.5"), "ขวด", D("33.33")),  # 83.325 → 83.33 (half up)
    ]
    save_project(db, chickens(plan_id, lines=lines))
    shown = view(db, institute_id)
    (project,) = shown.projects
    assert [line.amount for line in project.lines] == [D("18000.00"), D("8510.00"), D("83.33")]
    assert [line.no for line in project.lines] == [1, 2, 3]
    assert project.planned == shown.planned_total == D("26593.33")
    assert project.spent == shown.spent_total == D("18000.00")
    assert shown.within_cap and shown.over_cap == 0 and shown.remaining == D("13406.67")
    assert pl.line_amount(D("3"), D("0.335")) == D("1.01")


def test_GIVEN_a_project_WHEN_its_lines_change_THEN_kept_lines_are_updated_new_added_and_missing_removed(
    db: Database,
) -> None:
    institute_id = institute(db)
    plan_id = save_plan(db, meeting_form(institute_id))
    project_id = save_project(db, chickens(plan_id))
    first, second = view(db, institute_id).projects[0].lines
    changed = [
        pl.BudgetLineForm("พันธุ์ไก่ไข่ (สาวพร้อมไข่)", D("100"), "ตัว", D("160.00"), spent=D("16000.00"), id=first.id),
        pl.BudgetLineForm("รางน้ำและรางอาหาร", D("12"), "ชุด", D("250.00")),
    ]
    save_project(db, chickens(plan_id, id=project_id, lines=changed, status=PlanStatus.IN_PROGRESS))
    project = view(db, institute_id).projects[0]
    assert project.status is PlanStatus.IN_PROGRESS
    assert [(line.item, line.amount) for line in project.lines] == [
        ("พันธุ์ไก่ไข่ (สาวพร้อมไข่)", D("16000.00")),
        ("รางน้ำและรางอาหาร", D("3000.00")),
    ]
    assert project.lines[0].id == first.id
    with db.session() as session:
        gone = session.get(m.BudgetLine, second.id)
        assert gone is not None and gone.deleted_at is not None  # a tombstone, for sync and the audit trail
    with UnitOfWork(db) as uow:
        pl.remove_budget_line(uow, project.lines[1].id)
    assert [line.item for line in view(db, institute_id).projects[0].lines] == ["พันธุ์ไก่ไข่ (สาวพร้อมไข่)"]


def test_GIVEN_exactly_the_cap_WHEN_approved_THEN_it_is_within_it(db: Database) -> None:
    institute_id = institute(db)
    plan_id = save_plan(db, meeting_form(institute_id))
    save_project(db, chickens(plan_id, lines=[pl.BudgetLineForm("ไก่ไข่และอุปกรณ์", D("1"), "ชุด", D("25000.00"))]))
    save_project(
        db,
        pl.ProjectForm(
            plan_id=plan_id,
            name="ธนาคารปุ๋ยอินทรีย์",
            households_served=20,
            lines=[pl.BudgetLineForm("มูลสัตว์และวัสดุหมัก", D("50"), "กระสอบ", D("300.00"))],
        ),
    )
    shown = view(db, institute_id)
    assert shown.planned_total == D("40000.00") == shown.cap
    assert shown.within_cap and shown.over_cap == 0 and shown.warnings == ()
    set_status(db, plan_id, PlanStatus.APPROVED)
    assert view(db, institute_id).status is PlanStatus.APPROVED


def test_GIVEN_one_satang_over_the_cap_WHEN_drafted_THEN_saved_with_the_over_amount_AND_approval_refused(
    db: Database,
) -> None:
    institute_id = institute(db)
    plan_id = save_plan(db, meeting_form(institute_id))
    save_project(db, chickens(plan_id, lines=[pl.BudgetLineForm("ไก่ไข่และอุปกรณ์", D("1"), "ชุด", D("40000.01"))]))
    shown = view(db, institute_id)
    assert shown.status is PlanStatus.DRAFT
    assert shown.planned_total == D("40000.01") and not shown.within_cap and shown.over_cap == D("0.01")
    (warning,) = shown.warnings
    assert warning.code == "plan_over_cap" and warning.severity is Severity.WARNING
    assert "0.01" in message(warning.code, "th", **warning.params)
    # The check a screen runs while typing says so too, as a warning, not an error.
    issues = pl.check_project(chickens(plan_id), fiscal_year=FY, other_total=D("17000"))
    assert [(i.code, i.severity) for i in issues] == [("plan_over_cap", Severity.WARNING)]
    assert issues[0].params["over"] == D("3510.00")

    with pytest.raises(ValidationFailed) as refused:
        set_status(db, plan_id, PlanStatus.APPROVED)
    assert codes(refused) == {("plan_over_cap_refused", "status")}
    assert refused.value.issues[0].params["over"] == D("0.01")
    with pytest.raises(ValidationFailed) as refused_by_form:
        save_plan(db, meeting_form(institute_id, status=PlanStatus.APPROVED))
    assert ("plan_over_cap_refused", "status") in codes(refused_by_form)
    assert view(db, institute_id).status is PlanStatus.DRAFT
    text = message("plan_over_cap_refused", "th", **refused.value.issues[0].params)
    assert "40,000.01" in text and "40,000.00" in text and "0.01" in text


def test_GIVEN_an_approved_plan_WHEN_a_project_would_take_it_over_the_cap_THEN_refused(db: Database) -> None:
    institute_id = institute(db)
    plan_id = save_plan(db, meeting_form(institute_id))
    project_id = save_project(db, chickens(plan_id))  # 26,510.00
    set_status(db, plan_id, PlanStatus.APPROVED)
    more = pl.ProjectForm(
        plan_id=plan_id,
        name="อบรมการทำบัญชีครัวเรือน",
        lines=[pl.BudgetLineForm("ค่าวิทยากร", D("1"), "ครั้ง", D("13490.01"))],
    )
    with pytest.raises(ValidationFailed) as refused:
        save_project(db, more)
    assert codes(refused) == {("plan_over_cap_not_draft", "total")}
    assert refused.value.issues[0].params["over"] == D("0.01")
    save_project(
        db, pl.ProjectForm(**{**more.__dict__, "lines": [pl.BudgetLineForm("ค่าวิทยากร", D("1"), "ครั้ง", D("13490"))]})
    )
    # Spending is recorded on an approved plan; its request stays at the cap.
    save_project(
        db,
        chickens(
            plan_id,
            id=project_id,
            status=PlanStatus.IN_PROGRESS,
            lines=[
                pl.BudgetLineForm(line.item, line.quantity, line.unit, line.unit_cost, spent=line.amount, id=line.id)
                for line in view(db, institute_id).projects[0].lines
            ],
        ),
    )
    shown = view(db, institute_id)
    assert shown.planned_total == D("40000.00") and shown.spent_total == D("26510.00")
    # Back to draft, the officer may go over again.
    set_status(db, plan_id, PlanStatus.DRAFT)
    save_project(
        db, pl.ProjectForm(plan_id=plan_id, name="ธนาคารปุ๋ยอินทรีย์", lines=[pl.BudgetLineForm("ปุ๋ย", D("1"), "", D("5"))])
    )
    assert view(db, institute_id).over_cap == D("5.00")


def test_GIVEN_a_fiscal_year_profile_WHEN_its_cap_differs_THEN_the_plan_uses_it(db: Database) -> None:
    with db.session() as session, session.begin():
        session.add(m.FiscalYearProfile(fiscal_year=FY, plan_request_cap=D("50000.00")))
    institute_id = institute(db)
    plan_id = save_plan(db, meeting_form(institute_id))
    save_project(db, chickens(plan_id, lines=[pl.BudgetLineForm("ไก่ไข่", D("1"), "ชุด", D("45000"))]))
    shown = view(db, institute_id)
    assert shown.cap == D("50000.00") and shown.within_cap
    with db.session() as session:
        assert pl.plan_cap(session, FY + 3) == D("50000.00")  # the newest profile before it


def test_GIVEN_a_plan_leaving_its_draft_WHEN_the_meeting_or_projects_are_missing_THEN_refused(db: Database) -> None:
    institute_id = institute(db)
    plan_id = save_plan(db, meeting_form(institute_id, meeting_date=None, attendees="", minutes=""))
    with pytest.raises(ValidationFailed) as refused:
        set_status(db, plan_id, PlanStatus.APPROVED)
    assert codes(refused) == {("plan_meeting_date_required", "meeting_date"), ("plan_no_projects", "status")}


def test_GIVEN_meeting_dates_WHEN_a_held_meeting_is_in_the_future_THEN_refused_but_a_planned_one_is_fine(
    db: Database,
) -> None:
    institute_id = institute(db)
    future = date(2027, 12, 10)
    with pytest.raises(ValidationFailed) as refused:
        save_plan(db, meeting_form(institute_id, meeting_date=future))
    assert codes(refused) == {("plan_meeting_in_future", "meeting_date")}
    # A meeting still to be held (nothing recorded yet) may be dated ahead.
    save_plan(db, meeting_form(institute_id, meeting_date=future, attendees=(), minutes=""))
    assert view(db, institute_id).meeting_date == future
    with pytest.raises(ValidationFailed) as too_old:
        save_plan(db, meeting_form(institute_id, meeting_date=date(1949, 12, 31)))
    assert codes(too_old) == {("date_before_1950", "meeting_date")}


def test_GIVEN_a_project_WHEN_dates_amounts_or_names_are_wrong_THEN_refused_at_the_field(db: Database) -> None:
    institute_id = institute(db)
    plan_id = save_plan(db, meeting_form(institute_id))
    bad = chickens(
        plan_id,
        name="  ",
        households_served=-1,
        start_date=date(2028, 3, 1),
        end_date=date(2028, 2, 28),
        lines=[
            pl.BudgetLineForm("", D("1"), "ชุด", D("10")),
            pl.BudgetLineForm("อาหารไก่", D("-2"), "กระสอบ", D("425.50")),
            pl.BudgetLineForm("วัคซีน", D("1"), "ขวด", D("-5.00")),
            pl.BudgetLineForm("อุปกรณ์", D("1"), "ชุด", D("100"), spent=D("-1")),
        ],
    )
    with pytest.raises(ValidationFailed) as refused:
        save_project(db, bad)
    assert codes(refused) == {
        ("plan_project_name_required", "name"),
        ("count_out_of_range", "households_served"),
        ("plan_project_end_before_start", "end_date"),
        ("plan_line_item_required", "lines.0.item"),
        ("plan_quantity_invalid", "lines.1.quantity"),
        ("amount_negative", "lines.2.unit_cost"),
        ("amount_negative", "lines.3.spent"),
    }
    assert view(db, institute_id).projects == ()  # nothing saved
    for code, _field in codes(refused):
        assert known(code)


def test_GIVEN_spending_above_a_line_or_a_period_outside_the_year_THEN_warned_not_refused(db: Database) -> None:
    institute_id = institute(db)
    plan_id = save_plan(db, meeting_form(institute_id))
    form = chickens(
        plan_id,
        end_date=date(2028, 10, 31),
        lines=[pl.BudgetLineForm("อาหารไก่", D("20"), "กระสอบ", D("425.50"), spent=D("9000.00"))],
    )
    issues = pl.check_project(form, fiscal_year=FY)
    assert {(i.code, i.field, i.severity) for i in issues} == {
        ("plan_line_overspent", "lines.0.spent", Severity.WARNING),
        ("plan_project_outside_year", "end_date", Severity.WARNING),
    }
    save_project(db, form)
    shown = view(db, institute_id)
    line = shown.projects[0].lines[0]
    assert line.overspent == D("490.00")
    assert [w.code for w in shown.warnings] == ["plan_line_overspent"]
    assert "490.00" in message("plan_line_overspent", "th", **shown.warnings[0].params)


def test_GIVEN_projects_WHEN_removed_THEN_they_leave_the_plan_with_their_lines(db: Database) -> None:
    institute_id = institute(db)
    plan_id = save_plan(db, meeting_form(institute_id))
    first = save_project(db, chickens(plan_id))
    second = save_project(db, pl.ProjectForm(plan_id=plan_id, name="อบรมการทำบัญชีครัวเรือน", households_served=30))
    third = save_project(db, pl.ProjectForm(plan_id=plan_id, name="ธนาคารปุ๋ยอินทรีย์", households_served=20))
    assert [p.id for p in view(db, institute_id).projects] == [first, second, third]
    with UnitOfWork(db) as uow:
        pl.remove_project(uow, first)
    shown = view(db, institute_id)
    assert [(p.no, p.name) for p in shown.projects] == [(1, "อบรมการทำบัญชีครัวเรือน"), (2, "ธนาคารปุ๋ยอินทรีย์")]
    assert shown.planned_total == 0
    with db.session() as session:
        lines = session.scalars(select(m.BudgetLine).where(m.BudgetLine.project_id == first)).all()
        assert lines and all(line.deleted_at is not None for line in lines)
    with UnitOfWork(db) as uow, pytest.raises(NotFound):
        pl.remove_project(uow, first)


def test_GIVEN_a_scan_of_the_minutes_WHEN_attached_THEN_linked_to_the_plan_and_removable(
    db: Database, tmp_path: Path
) -> None:
    institute_id = institute(db)
    plan_id = save_plan(db, meeting_form(institute_id))
    scan = tmp_path / "รายงานการประชุม-15-11-2570.pdf"
    scan.write_bytes(b"%PDF-1.4 minutes of the committee meeting")
    with UnitOfWork(db) as uow:
        link_id = pl.attach_minutes(uow, plan_id=plan_id, path=scan, caption="หน้า 1–2")
    (attached,) = view(db, institute_id).files
    assert attached.link_id == link_id and attached.filename == scan.name
    assert attached.evidence_kind == "minutes" and attached.caption == "หน้า 1–2"
    assert stored_path(db, attached.sha256).read_bytes() == scan.read_bytes()
    with db.session() as session:
        link = session.get(m.AttachmentLink, link_id)
        assert link is not None and (link.owner_table, link.owner_id) == ("institute_plan", plan_id)
    with UnitOfWork(db) as uow:
        pl.remove_minutes(uow, link_id)
    assert view(db, institute_id).files == ()
    with UnitOfWork(db) as uow, pytest.raises(NotFound):
        pl.attach_minutes(uow, plan_id="no-such-plan", path=scan)
