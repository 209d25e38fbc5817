"""The evidence checklist of guideline 4.3 is read from the data (what is there, what is missing by name, which step
fixes it), and the institute's attached evidence is stored once by content hash with editable captions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import Cohort, ReportRoundStatus
from cdfi_desktop.services import evidence as ev
from cdfi_desktop.services import evidence_attachments as eva
from cdfi_desktop.services import evidence_items as evi
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.attachments import attachments_dir, stored_path
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.errors import NotFound, ValidationFailed
from cdfi_desktop.services.uow import UnitOfWork
from tests.support.demo_states import submit_round_1_early

FY = 2570


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("evidence") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(3))
    generate_demo(db, households=80, seed=3)
    submit_round_1_early(db)  # the demo submits it only in April
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    database = Database.open(copy)
    yield database
    database.close()


def institute(db: Database) -> str:
    with db.session() as session:
        found = reg.first_institute_id(session)
    assert found
    return found


def read(db: Database, institute_id: str | None = None) -> evi.Checklist:
    with db.session() as session:
        return ev.checklist(session, institute_id=institute_id or institute(db), fiscal_year=FY)


def without_demo_evidence(db: Database, institute_id: str) -> None:
    """In this copy: take the demo's photos and scanned minutes off the evidence and remove the submitted round."""
    with db.session() as session:
        links = [f.link_id for f in eva.evidence_files(session, institute_id=institute_id)]
    assert links
    for link_id in links:
        with UnitOfWork(db) as uow:
            eva.detach_evidence(uow, link_id)
    with db.session() as session, session.begin():
        for row in session.scalars(select(m.ReportRound).where(m.ReportRound.institute_id == institute_id)):
            session.delete(row)  # a tombstone


def photo(path: Path, colour: tuple[int, int, int] = (200, 120, 40)) -> Path:
    from PIL import Image

    Image.new("RGB", (64, 48), colour).save(path, "PNG")
    return path


def test_GIVEN_the_demo_THEN_the_checklist_shows_what_is_there_and_names_what_is_missing(db: Database) -> None:
    listing = read(db)
    assert [i.key for i in listing.items] == list(evi.ITEMS)
    states = {i.key: i.state for i in listing.items}
    for key in (
        "household_register",
        "debtor_register",
        "debtor_analysis",
        "target_households",
        "participation_records",
        "training",
        "debt_management_plan",
        "meeting_minutes",
        "contracts_1hh1c",
        "photos",
    ):
        assert states[key] is evi.ItemState.PRESENT, key
    assert listing.item("household_register").count == 80
    assert listing.item("household_register").summary("th") == "80 ครัวเรือน"
    assert listing.item("target_households").summary("en") == "30 of 30 households"
    contracts = listing.item("contracts_1hh1c")
    assert (contracts.count, contracts.expected) == (14, 11)
    assert (listing.item("photos").count, listing.item("meeting_minutes").count) == (3, 1)
    # THEN the demo's gaps are named, each with the step that fixes it: round 1 (April) is submitted, round 2 is not
    rounds = listing.item("report_rounds")
    assert (rounds.state, rounds.count, rounds.expected, rounds.step) == (evi.ItemState.PARTIAL, 1, 2, "reports")
    assert rounds.missing_texts("th") == ["รายงานรอบที่ 2 (เดือนกรกฎาคม) ยังไม่ได้ส่ง"]
    assert rounds.missing_texts("en") == ["Round 2 (July) is not submitted yet."]
    life = listing.item("life_plans")
    assert (life.state, life.count, life.expected, life.step) == (evi.ItemState.PARTIAL, 14, 30, "life_plans")
    (text,) = life.missing_texts("th")
    assert text.startswith("ครัวเรือนเป้าหมายที่ยังไม่มีแผนพัฒนาชีวิต 16 ครัวเรือน: ")
    assert text.endswith("และอีก 4 ครัวเรือน")  # twelve codes by name, the rest counted
    assert listing.present == 10
    assert [i.key for i in listing.missing_items] == ["report_rounds", "life_plans"]

    # WHEN the photos and the minutes are taken off and the submitted round removed
    without_demo_evidence(db, institute(db))
    listing = read(db)
    states = {i.key: i.state for i in listing.items}
    # THEN they are named as missing, each with the step that fixes it
    assert states["meeting_minutes"] is evi.ItemState.MISSING
    assert listing.item("meeting_minutes").missing_texts("th") == ["ยังไม่ได้แนบสำเนารายงานการประชุม"]
    assert listing.item("meeting_minutes").step == "plan"
    assert states["photos"] is evi.ItemState.MISSING
    assert listing.item("photos").step == "reports"
    rounds = listing.item("report_rounds")
    assert rounds.state is evi.ItemState.MISSING
    assert rounds.missing_texts("th") == [
        "รายงานรอบที่ 1 (เดือนเมษายน) ยังไม่ได้ส่ง",
        "รายงานรอบที่ 2 (เดือนกรกฎาคม) ยังไม่ได้ส่ง",
    ]
    assert rounds.missing_texts("en")[1] == "Round 2 (July) is not submitted yet."
    assert listing.present == 8
    assert [i.key for i in listing.missing_items] == ["meeting_minutes", "report_rounds", "life_plans", "photos"]


def test_GIVEN_a_household_with_a_contract_taken_off_the_list_THEN_the_evidence_counts_it_no_more_at_1hh1c(
    db: Database,
) -> None:
    with db.session() as session, session.begin():
        signed = set(session.scalars(select(m.ConsolidationContract.household_id)))
        target = session.scalars(select(m.TargetHousehold).where(m.TargetHousehold.household_id.in_(signed))).first()
        assert target is not None
        session.delete(target)
    contracts = read(db).item("contracts_1hh1c")
    assert (contracts.count, contracts.expected) == (13, 11)


def test_GIVEN_a_new_institute_with_nothing_yet_THEN_every_item_is_missing_with_its_reason_and_step(
    db: Database,
) -> None:
    demo = institute(db)
    with db.session() as session, session.begin():
        found = session.get(m.Institute, demo)
        assert found is not None
        record = m.Institute(
            name="สถาบันใหม่",
            cohort=Cohort.NEW,
            province_code=found.province_code,
            district_code=found.district_code,
            subdistrict_code=found.subdistrict_code,
        )
        session.add(record)
        session.flush()
        new_id = record.id
    listing = read(db, new_id)
    assert listing.present == 0
    assert all(i.state is evi.ItemState.MISSING for i in listing.items)
    texts = {i.key: i.missing_texts("en") for i in listing.items}
    assert texts["household_register"] == ["No household is registered yet."]
    assert texts["debtor_register"] == [
        "No member fund of the institute is recorded yet.",
        "No debt owed to a member fund is registered yet.",
    ]
    assert texts["target_households"] == ["The 30 target households are not selected yet."]
    assert texts["participation_records"] == ["There are no target households yet."]
    assert texts["training"] == ["The training course is not recorded yet."]
    assert texts["debt_management_plan"] == ["The debt-management plan is not made yet."]
    assert texts["contracts_1hh1c"] == ["0 target households are at 1HH1C; the criterion is at least 11."]
    steps = {i.key: i.step for i in listing.items}
    assert steps["debtor_register"] == "institute"  # no member fund: the institute's screen first
    assert steps["training"] == "training"
    # AND another institute's evidence does not count for it
    with UnitOfWork(db) as uow:
        eva.attach_evidence(uow, photo(db_folder(db) / "p.png"), institute_id=demo, kind=eva.KIND_PHOTO)
    assert read(db, new_id).item("photos").state is evi.ItemState.MISSING
    assert read(db, demo).item("photos").state is evi.ItemState.PRESENT


def db_folder(db: Database) -> Path:
    return attachments_dir(db).parent


def test_GIVEN_minutes_and_photos_attached_THEN_they_count_and_the_same_file_twice_is_stored_once(
    db: Database, tmp_path: Path
) -> None:
    institute_id = institute(db)
    without_demo_evidence(db, institute_id)  # GIVEN no photo nor minutes yet
    with db.session() as session:
        stored_before = session.scalar(select(func.count()).select_from(m.Attachment)) or 0
    picture = photo(tmp_path / "อบรมวันแรก.png")
    scan = tmp_path / "minutes.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned minutes")
    with db.session() as session:
        plan_id = session.scalar(select(m.InstitutePlan.id).where(m.InstitutePlan.institute_id == institute_id))
    assert plan_id
    with UnitOfWork(db) as uow:
        first = eva.attach_evidence(
            uow, picture, institute_id=institute_id, kind=eva.KIND_PHOTO, caption="  อบรมวันที่ 1  "
        )
    with UnitOfWork(db) as uow:
        second = eva.attach_evidence(uow, picture, institute_id=institute_id, kind=eva.KIND_PHOTO, caption="ซ้ำ")
    with UnitOfWork(db) as uow:
        eva.attach_evidence(
            uow,
            scan,
            institute_id=institute_id,
            kind=eva.KIND_MINUTES,
            owner_table="institute_plan",
            owner_id=plan_id,
        )
    with db.session() as session:
        files = eva.evidence_files(session, institute_id=institute_id)
        stored = session.scalar(select(func.count()).select_from(m.Attachment))
    assert [(f.filename, f.evidence_kind, f.caption, f.owner_table) for f in files] == [
        ("อบรมวันแรก.png", "photo", "อบรมวันที่ 1", "institute"),
        ("อบรมวันแรก.png", "photo", "ซ้ำ", "institute"),
        ("minutes.pdf", "minutes", "", "institute_plan"),
    ]
    assert files[0].is_image and files[2].is_pdf
    assert stored == stored_before + 2  # the photo once, however often it is attached
    assert files[0].sha256 == files[1].sha256
    assert stored_path(db, files[0].sha256).read_bytes() == picture.read_bytes()
    listing = read(db)
    assert (listing.item("photos").state, listing.item("photos").count) == (evi.ItemState.PRESENT, 2)
    assert listing.item("meeting_minutes").state is evi.ItemState.PRESENT
    # WHEN a caption is edited, a kind changed and a file detached
    with UnitOfWork(db) as uow:
        eva.set_caption(uow, first, "การอบรมวันที่ 1 ณ ศาลาอเนกประสงค์")
    with UnitOfWork(db) as uow:
        eva.set_evidence_kind(uow, second, eva.KIND_OTHER)
    with db.session() as session:
        files = eva.evidence_files(session, institute_id=institute_id)
    assert files[0].caption == "การอบรมวันที่ 1 ณ ศาลาอเนกประสงค์"
    assert files[1].evidence_kind == "other"
    with UnitOfWork(db) as uow:
        eva.detach_evidence(uow, first)
    assert read(db).item("photos").state is evi.ItemState.MISSING
    assert stored_path(db, files[0].sha256).exists()  # the other link still uses it
    with UnitOfWork(db) as uow, pytest.raises(NotFound):
        eva.set_caption(uow, first, "gone")


def test_GIVEN_wrong_evidence_THEN_it_is_refused_with_a_reason(db: Database, tmp_path: Path) -> None:
    institute_id = institute(db)
    picture = photo(tmp_path / "a.png")
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as refused:
        eva.attach_evidence(uow, picture, institute_id=institute_id, kind="selfie")
    assert [i.code for i in refused.value.issues] == ["evidence_kind_unknown"]
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as refused:
        eva.attach_evidence(uow, picture, institute_id=institute_id, kind=eva.KIND_PHOTO, caption="ก" * 501)
    assert [i.code for i in refused.value.issues] == ["text_too_long"]
    with UnitOfWork(db) as uow, pytest.raises(NotFound):
        eva.attach_evidence(
            uow, picture, institute_id=institute_id, kind=eva.KIND_FORM, owner_table="household", owner_id="nope"
        )
    with UnitOfWork(db) as uow, pytest.raises(ValidationFailed) as refused:
        eva.attach_evidence(uow, tmp_path / "missing.jpg", institute_id=institute_id, kind=eva.KIND_PHOTO)
    assert [i.code for i in refused.value.issues] == ["attachment_missing"]


def test_GIVEN_a_target_without_its_record_and_round_1_submitted_THEN_the_checklist_names_them(db: Database) -> None:
    institute_id = institute(db)
    with db.session() as session, session.begin():
        record = session.scalars(
            select(m.ParticipationRecord)
            .where(m.ParticipationRecord.institute_id == institute_id)
            .order_by(m.ParticipationRecord.id)
        ).first()
        assert record is not None
        household = session.get(m.Household, record.household_id)
        assert household is not None
        code = household.code
        record.signed_on = None
        # the demo submitted round 1 (April); round 2 is only a draft, which does not count
        submitted = session.scalars(
            select(m.ReportRound.round_no).where(
                m.ReportRound.institute_id == institute_id, m.ReportRound.status == ReportRoundStatus.SUBMITTED
            )
        ).all()
        assert submitted == [1]
        session.add(
            m.ReportRound(
                institute_id=institute_id,
                fiscal_year=FY,
                round_no=2,
                status=ReportRoundStatus.DRAFT,
                snapshot={},
            )
        )
    listing = read(db)
    participation = listing.item("participation_records")
    assert (participation.state, participation.count, participation.expected) == (evi.ItemState.PARTIAL, 29, 30)
    assert participation.missing_texts("en") == [f"Target households without a signed participation record (1): {code}"]
    rounds = listing.item("report_rounds")
    assert (rounds.state, rounds.count) == (evi.ItemState.PARTIAL, 1)
    assert rounds.missing_texts("th") == ["รายงานรอบที่ 2 (เดือนกรกฎาคม) ยังไม่ได้ส่ง"]
