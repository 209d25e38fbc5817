"""Role limits in the data layer: a committee account writes nothing, the province only imports and reviews, an
officer edits only their institutes; the audit trail names who signed in."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from cdfi_desktop.db import access
from cdfi_desktop.db import models as m
from cdfi_desktop.db.access import Actor, WriteRefused
from cdfi_desktop.db.bookkeeping import Recorder
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.keys import OFFICER_KEY
from cdfi_desktop.domain.enums import AuditAction, CreditorKind, Relation
from cdfi_desktop.domain.roles import Role
from cdfi_desktop.services.uow import UnitOfWork
from tests.support.bundles import add_household, add_institute

COMMITTEE = Actor("board", "นายกรรมการ ดูอย่างเดียว", Role.COMMITTEE)
PROVINCE = Actor("khonkaen", "สำนักงานจังหวัดขอนแก่น", Role.PROVINCE)


@dataclass
class Two:
    """A database holding two institutes, A and B, each with households and debts (written before any sign-in)."""

    db: Database
    a: str
    b: str
    household_a: str
    household_b: str

    def officer_of_a(self) -> Actor:
        return Actor("somsri", "นางสมศรี ใจดี", Role.OFFICER, frozenset({self.a}))


def _first_household(db: Database, institute_id: str) -> str:
    with db.session() as session:
        found = session.scalars(
            select(m.Household.id).where(m.Household.institute_id == institute_id).order_by(m.Household.house_no)
        ).first()
        assert found is not None
        return found


def _build(url: str | Path) -> Two:
    db = Database.open(url, officer="ก่อนมีบัญชี")
    a = add_institute(db, name="สถาบัน ก", households=2)
    b = add_institute(db, name="สถาบัน ข", households=1)
    return Two(db, a, b, _first_household(db, a), _first_household(db, b))


@pytest.fixture
def two(tmp_path: Path) -> Iterator[Two]:
    made = _build(tmp_path / "two.sqlite")
    try:
        yield made
    finally:
        made.db.close()


def _house_no(db: Database, household_id: str) -> str:
    with db.session() as session:
        found = session.get(m.Household, household_id)
        assert found is not None
        return found.house_no


def _edit_household(db: Database, household_id: str, house_no: str) -> None:
    with UnitOfWork(db) as uow:
        row = uow.session.get(m.Household, household_id)
        assert row is not None
        row.house_no = house_no
        uow.commit()


def _refused(action: Callable[[], object]) -> WriteRefused:
    with pytest.raises(WriteRefused) as refused:
        action()
    return refused.value


def _counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (m.Household, m.Debt, m.HouseholdMember, m.Village, m.Institute, m.AuditLog)
        }


def _debt_row(household_id: str) -> dict[str, Any]:
    return {
        "household_id": household_id,
        "creditor_kind": CreditorKind.BAAC,
        "creditor_name": "ธ.ก.ส.",
        "principal": Decimal("1000.00"),
        "outstanding": Decimal("1000.00"),
        "interest_rate": Decimal("7"),
        "contract_date": date(2025, 1, 1),
    }


def _bulk(db: Database, model: type[Any], rows: list[dict[str, Any]], recorder: Recorder | None = None) -> None:
    with db.session(write=True) as session, session.begin():
        (recorder or db.recorder).bulk_insert(session, model, rows)


def test_without_a_sign_in_everything_is_written_as_before(two: Two) -> None:
    # GIVEN a database nobody signed in to THEN every write goes through
    assert two.db.actor is None
    _edit_household(two.db, two.household_b, "5/5")
    _bulk(two.db, m.Debt, [_debt_row(two.household_a)])
    assert _house_no(two.db, two.household_b) == "5/5"


def test_a_committee_account_writes_nothing_but_may_read_and_keep_settings(two: Two) -> None:
    # GIVEN a committee member signed in
    before = _counts(two.db)
    two.db.sign_in(COMMITTEE)
    # WHEN they change a household, add a record, delete one, or bulk-insert rows THEN each is refused, naming them
    refused = _refused(lambda: _edit_household(two.db, two.household_a, "9/9"))
    assert refused.code == "write_refused_committee" and refused.table == "household"
    assert "board" in refused.text("th") and "committee" in refused.text("en")

    def add_member() -> None:
        with UnitOfWork(two.db) as uow:
            uow.session.add(
                m.HouseholdMember(household_id=two.household_a, first_name="ก", last_name="ข", relation=Relation.CHILD)
            )
            uow.commit()

    def delete_debt() -> None:
        with UnitOfWork(two.db) as uow:
            debt = uow.session.scalars(select(m.Debt)).first()
            uow.session.delete(debt)
            uow.commit()

    _refused(add_member)
    _refused(delete_debt)
    _refused(lambda: _bulk(two.db, m.Debt, [_debt_row(two.household_a)]))
    # AND a bulk writer with a recorder of its own (the demo's) is refused all the same
    own = Recorder(device_id=two.db.device_id, officer="demo", audit=False)
    _refused(lambda: _bulk(two.db, m.Village, [{"subdistrict_code": "400101", "village_no": 9, "name": "x"}], own))
    # THEN nothing was written, not even an audit entry
    assert _counts(two.db) == before
    assert _house_no(two.db, two.household_a) == "1/3"
    # AND reading, and this database's own settings (not records), still work
    two.db.set_setting("some_local_setting", "x")
    assert two.db.get_setting("some_local_setting") == "x"
    # AND a record loaded and left unchanged is no write
    with UnitOfWork(two.db) as uow:
        row = uow.session.get(m.Household, two.household_a)
        assert row is not None
        row.house_no = row.house_no
        uow.commit()


def test_the_province_cannot_edit_records_outside_review_and_import(two: Two) -> None:
    # GIVEN the province signed in on a database holding laptops' records
    two.db.sign_in(PROVINCE)
    # WHEN it edits a household or bulk-inserts THEN refused
    refused = _refused(lambda: _edit_household(two.db, two.household_a, "9/9"))
    assert refused.code == "write_refused_province"
    assert "review" in refused.text("en") and "ตัดสินกรณี" in refused.text("th")
    _refused(lambda: _bulk(two.db, m.Debt, [_debt_row(two.household_a)]))
    # WHEN the same writes are made for a review decision or an import THEN they go through
    with access.purpose(two.db, access.REVIEW) as reviewing:
        _edit_household(reviewing, two.household_a, "9/9")
    _bulk(access.with_purpose(two.db, access.IMPORT), m.Debt, [_debt_row(two.household_a)])
    assert _house_no(two.db, two.household_a) == "9/9"
    # AND the purpose stays with that view (which shares the recorder): the database itself is still limited
    assert access.with_purpose(two.db, access.IMPORT).recorder is two.db.recorder
    assert two.db.recorder.purpose == "" and two.db.purpose == ""
    _refused(lambda: _edit_household(two.db, two.household_a, "8/8"))


def test_an_officer_edits_their_institutes_only(two: Two) -> None:
    # GIVEN an officer of institute A signed in
    two.db.sign_in(two.officer_of_a())
    # THEN A's household may be changed
    _edit_household(two.db, two.household_a, "10/1")
    assert _house_no(two.db, two.household_a) == "10/1"
    # BUT B's household may not, naming B
    refused = _refused(lambda: _edit_household(two.db, two.household_b, "10/2"))
    assert refused.code == "write_refused_institute" and refused.institute == two.b
    assert two.b in refused.text("th") and "somsri" in refused.text("en")
    assert _house_no(two.db, two.household_b) == "1/3"

    # WHEN new records are added under B (found through their stored parent) THEN refused; under A allowed
    def add_debt(household_id: str) -> None:
        with UnitOfWork(two.db) as uow:
            uow.session.add(m.Debt(**_debt_row(household_id)))
            uow.commit()

    add_debt(two.household_a)
    assert _refused(lambda: add_debt(two.household_b)).institute == two.b

    # WHEN a new household and its member (tied by the relationship, no id yet) are added to B THEN refused
    def add_family(institute_id: str) -> None:
        with UnitOfWork(two.db) as uow:
            institute = uow.session.get(m.Institute, institute_id)
            assert institute is not None
            household = m.Household(institute_id=institute_id, village_id=institute.village_id, house_no="77/7")
            household.members.append(m.HouseholdMember(first_name="ก", last_name="ข", relation=Relation.HEAD))
            uow.session.add(household)
            uow.commit()

    add_family(two.a)
    _refused(lambda: add_family(two.b))

    # WHEN a member is added to a household made in the same flush, through the relationship only THEN its
    # institute is found through the new household
    def member_of_new_household(institute_id: str) -> None:
        with UnitOfWork(two.db) as uow:
            institute = uow.session.get(m.Institute, institute_id)
            assert institute is not None
            household = m.Household(institute_id=institute_id, village_id=institute.village_id, house_no="78/8")
            uow.session.add(household)
            uow.session.add(
                m.HouseholdMember(household=household, first_name="ค", last_name="ง", relation=Relation.HEAD)
            )
            uow.commit()

    member_of_new_household(two.a)
    _refused(lambda: member_of_new_household(two.b))

    # WHEN a household is moved from A to B, or from B to A THEN refused both ways
    def move(household_id: str, institute_id: str) -> None:
        with UnitOfWork(two.db) as uow:
            row = uow.session.get(m.Household, household_id)
            assert row is not None
            row.institute_id = institute_id
            uow.commit()

    _refused(lambda: move(two.household_a, two.b))
    _refused(lambda: move(two.household_b, two.a))

    # WHEN B's debt is deleted, or B itself edited THEN refused
    def delete_debt_of(household_id: str) -> None:
        with UnitOfWork(two.db) as uow:
            debt = uow.session.scalars(select(m.Debt).where(m.Debt.household_id == household_id)).first()
            uow.session.delete(debt)
            uow.commit()

    _refused(lambda: delete_debt_of(two.household_b))

    def rename(institute_id: str) -> None:
        with UnitOfWork(two.db) as uow:
            row = uow.session.get(m.Institute, institute_id)
            assert row is not None
            row.name = row.name + " (แก้)"
            uow.commit()

    rename(two.a)
    _refused(lambda: rename(two.b))
    # AND a new institute is not theirs: refused
    with pytest.raises(WriteRefused):
        add_institute(two.db, name="สถาบันใหม่")


def test_an_officers_bulk_inserts_are_checked_row_by_row(two: Two) -> None:
    two.db.sign_in(two.officer_of_a())
    before = _counts(two.db)
    # WHEN debts for A's households are bulk-inserted THEN written
    _bulk(two.db, m.Debt, [_debt_row(two.household_a) for _ in range(3)])
    assert _counts(two.db)["debt"] == before["debt"] + 3
    # WHEN one row of many is B's THEN the whole batch is refused
    rows = [*(_debt_row(two.household_a) for _ in range(50)), _debt_row(two.household_b)]
    _refused(lambda: _bulk(two.db, m.Debt, rows))
    # AND rows naming B directly, or a new institute, are refused; villages (no institute) are anybody's
    village = {"subdistrict_code": "400101", "village_no": 12, "name": "บ้านใหม่"}
    _bulk(two.db, m.Village, [village])
    with two.db.session() as session:
        village_id = session.scalars(select(m.Institute.village_id).where(m.Institute.id == two.b)).one()
    _refused(lambda: _bulk(two.db, m.Household, [{"institute_id": two.b, "village_id": village_id, "house_no": "1"}]))
    _refused(lambda: _bulk(two.db, m.Institute, [{"name": "ใหม่", "province_code": "40", "district_code": "4001"}]))
    assert _counts(two.db)["debt"] == before["debt"] + 3
    # AND an attachment link is the institute of its owner
    _refused(
        lambda: _bulk(
            two.db,
            m.AttachmentLink,
            [{"attachment_id": "x", "owner_table": "household", "owner_id": two.household_b}],
        )
    )


def test_an_officer_of_every_institute_edits_them_all(two: Two) -> None:
    two.db.sign_in(Actor("somsri", "นางสมศรี", Role.OFFICER, None))
    _edit_household(two.db, two.household_b, "3/3")
    add_household(two.db, two.b)
    add_institute(two.db, name="สถาบันใหม่")


def test_the_audit_trail_names_the_signed_in_account(two: Two) -> None:
    # GIVEN an officer signed in
    two.db.sign_in(two.officer_of_a())
    assert two.db.recorder.officer == "นางสมศรี ใจดี"
    # WHEN they change a household THEN its audit entry names them
    _edit_household(two.db, two.household_a, "11/1")
    with two.db.session() as session:
        entry = session.scalars(
            select(m.AuditLog)
            .where(m.AuditLog.record_id == two.household_a, m.AuditLog.action == AuditAction.UPDATE)
            .order_by(m.AuditLog.id.desc())
        ).first()
    assert entry is not None and entry.officer == "นางสมศรี ใจดี"
    # WHEN they sign out THEN the settings' officer writes again, unlimited
    two.db.set_setting(OFFICER_KEY, "เจ้าหน้าที่ในค่าตั้ง")
    two.db.sign_out()
    assert two.db.actor is None and two.db.recorder.officer == "เจ้าหน้าที่ในค่าตั้ง"
    _edit_household(two.db, two.household_b, "11/2")


def test_views_of_the_database_keep_the_account_signed_in(two: Two) -> None:
    # GIVEN a committee member signed in
    two.db.sign_in(COMMITTEE)
    # THEN a view with another recorder (the demo's) and one transaction's view keep the limits
    own = Recorder(device_id=two.db.device_id, officer="demo")
    assert two.db.with_recorder(own).actor == COMMITTEE
    _refused(lambda: _edit_household(two.db.with_recorder(own), two.household_a, "12/1"))

    def in_one_transaction() -> None:
        with two.db.all_or_nothing() as whole:
            _edit_household(whole, two.household_a, "12/2")

    _refused(in_one_transaction)
    assert _house_no(two.db, two.household_a) == "1/3"


def test_a_refused_write_is_explained_in_both_languages() -> None:
    # GIVEN a refusal as the data layer raises it WHEN the command line or a screen explains it
    from cdfi_desktop.failures import EXIT_NOTHING_DONE, describe, explain

    refused = WriteRefused("write_refused_institute", username="somsri", table="household", institute="inst-b")
    failure = explain(refused)
    # THEN it is an expected failure (nothing done), in Thai and in English, naming the account and the institute
    assert failure.expected and failure.exit_code == EXIT_NOTHING_DONE
    assert "somsri" in describe(refused, "th") and "inst-b" in describe(refused, "th")
    assert "somsri" in describe(refused, "en") and "inst-b" in describe(refused, "en")
    for code in ("write_refused_committee", "write_refused_province"):
        assert explain(WriteRefused(code, username="u")).expected


def test_who_may_see_citizen_ids() -> None:
    assert access.may_see_ids(Role.OFFICER)
    assert access.may_see_ids(Role.PROVINCE)
    assert not access.may_see_ids(Role.COMMITTEE)
    assert access.may_see_ids(None)  # no accounts on this database


def test_the_province_account_decides_a_review_case_through_the_real_path(tmp_path: Path) -> None:
    from cdfi_desktop.sync import review_resolve, service
    from tests.sync.test_review import build_hub, stored

    # GIVEN a province holding a conflict on a laptop's household, with the province signed in
    hub = build_hub(tmp_path / "province.sqlite", tmp_path / "laptop.sqlite", tmp_path / "usb")
    try:
        hub.province.sign_in(PROVINCE)
        # WHEN it edits that household itself THEN refused
        _refused(lambda: _edit_household(hub.province, hub.household_id, "0/0"))
        # WHEN it decides the case (the other version kept) THEN the decision writes the household
        review_resolve.resolve(hub.province, hub.conflict_id(), action="keep_other", by=PROVINCE.display_name)
        after = stored(hub.province, "household", hub.household_id)
        assert after is not None and after["house_no"] == "1/99"
        assert after["device_id"] == hub.province.device_id
        # AND the laptop's next bundle is imported under the same sign-in
        _edit_household(hub.laptop, hub.household_id, "2/99")
        result = service.export_bundle(hub.laptop, hub.out)
        assert result is not None
        outcomes = service.import_files(hub.province, [result.path])
        assert [o.status for o in outcomes] == ["applied"], outcomes[0].error
        # AND afterwards the province is still limited
        _refused(lambda: _edit_household(hub.province, hub.household_id, "0/0"))
    finally:
        hub.laptop.close()
        hub.province.close()


@pytest.mark.postgres
def test_role_limits_hold_on_postgresql(pg_url: str) -> None:
    # GIVEN two institutes on a PostgreSQL database
    made = _build(pg_url)
    try:
        # WHEN a committee member signs in THEN edits and bulk inserts are refused
        made.db.sign_in(COMMITTEE)
        _refused(lambda: _edit_household(made.db, made.household_a, "9/9"))
        _refused(lambda: _bulk(made.db, m.Debt, [_debt_row(made.household_a)]))
        # WHEN an officer of A signs in THEN A is theirs, B is not
        made.db.sign_in(made.officer_of_a())
        _edit_household(made.db, made.household_a, "9/9")
        _refused(lambda: _edit_household(made.db, made.household_b, "9/9"))
        _bulk(made.db, m.Debt, [_debt_row(made.household_a)])
        _refused(lambda: _bulk(made.db, m.Debt, [_debt_row(made.household_b)]))
        # AND the province edits only under review
        made.db.sign_in(PROVINCE)
        _refused(lambda: _edit_household(made.db, made.household_a, "8/8"))
        _edit_household(access.with_purpose(made.db, access.REVIEW), made.household_a, "8/8")
        assert _house_no(made.db, made.household_a) == "8/8"
        assert _house_no(made.db, made.household_b) == "1/3"
    finally:
        made.db.close()
