"""Two laptops working for one institute offline never issue the same contract or receipt number.

Each number carries the issuing device's series tag (domain.numbering); the sequence is still counted per
institute and fiscal year, following the numbers issued before tags existed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import PartyRole
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.domain.numbering import DocumentNumber, device_tag, parse_contract_number, parse_receipt_number
from cdfi_desktop.services import contracts as ct
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services import repayments as rp
from cdfi_desktop.services import targets as tg
from cdfi_desktop.services.contract_types import PartyForm
from cdfi_desktop.services.demo import DEMO_AS_OF, demo_device_id, generate_demo
from cdfi_desktop.services.uow import UnitOfWork

SIGNING = DEMO_AS_OF
FY = fiscal_year_be(SIGNING)
FIRST_DUE = date(2027, 1, 5)
PAID_ON = date(2027, 1, 6)
SECOND_LAPTOP = "6b1f3c2e-9a47-4d0b-8e55-2f7c1a9d4b30"


def _sql(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        with con:
            return con.execute(sql, params).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def old_numbers_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo institute as a database from before series tags: its contracts and receipts in the old form."""
    path = tmp_path_factory.mktemp("numbers") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(3))
    generate_demo(db, households=60, seed=3)
    db.close()
    tag = device_tag(demo_device_id(3))
    _sql(path, "UPDATE consolidation_contract SET contract_no = replace(contract_no, ?, '-')", f"-{tag}-")
    _sql(path, "UPDATE repayment SET receipt_no = replace(receipt_no, ?, '-')", f"-{tag}-")
    return path


def _laptop(source: Path, folder: Path, device_id: str | None = None) -> Database:
    """A copy of the institute's database on a laptop (another device when ``device_id`` is given)."""
    folder.mkdir()
    path = folder / "laptop.sqlite"
    path.write_bytes(source.read_bytes())
    if device_id:
        _sql(path, "UPDATE local_setting SET value = ? WHERE key = 'device_id'", device_id)
    return Database.open(path, officer="นางสาวพรทิพย์ ใจดี")


@pytest.fixture
def laptops(old_numbers_file: Path, tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    first = _laptop(old_numbers_file, tmp_path / "a")
    second = _laptop(old_numbers_file, tmp_path / "b", SECOND_LAPTOP)
    try:
        yield first, second
    finally:
        first.close()
        second.close()


def _old(db: Database) -> tuple[list[str], list[str]]:
    with db.session() as session:
        contracts = list(session.scalars(select(m.ConsolidationContract.contract_no)))
        receipts = list(session.scalars(select(m.Repayment.receipt_no)))
    return contracts, receipts


def _sign_next(db: Database, *, skip: int = 0) -> str:
    """The officer signs the next target household without a contract (the suggested terms); returns its id."""
    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        assert institute_id
        view = tg.selection(session, institute_id=institute_id, fiscal_year=FY, as_of=SIGNING)
        assert view is not None
        signed = set(session.scalars(select(m.ConsolidationContract.household_id)))
        households = [r.household_id for r in view.rows if r.household_id not in signed]
    for household_id in households[skip:]:
        with db.session() as session:
            start = ct.consolidation_start(session, household_id=household_id, as_of=SIGNING)
        form = ct.suggested_form(
            start,
            signing_date=SIGNING,
            first_due_date=FIRST_DUE,
            parties=(PartyForm(PartyRole.WITNESS, "นายสมชาย ใจดี"),),
            longest_when_unaffordable=True,
        )
        if start.signed_contract_id or form is None:
            continue
        with UnitOfWork(db) as uow:
            return ct.sign_contract(uow, form, officer="นางสาวพรทิพย์ ใจดี")
    raise AssertionError("no target household left to sign")


def _pay(db: Database, contract_id: str) -> str:
    with UnitOfWork(db) as uow:
        entry_id = rp.record_repayment(
            uow, contract_id=contract_id, paid_on=PAID_ON, amount=Decimal(500), today=PAID_ON + timedelta(days=1)
        )
    with db.session() as session:
        return rp.receipt(session, entry_id).receipt_no


def _contract_no(db: Database, contract_id: str) -> str:
    with db.session() as session:
        found = session.get(m.ConsolidationContract, contract_id)
        assert found is not None
        return found.contract_no


def test_GIVEN_two_laptops_of_one_institute_WHEN_both_sign_and_take_payments_offline_THEN_numbers_differ(
    laptops: tuple[Database, Database],
) -> None:
    first, second = laptops
    assert first.device_id != second.device_id
    old_contracts, old_receipts = _old(first)
    assert old_contracts and old_receipts  # the demo signed and took first installments

    # WHEN each laptop signs a contract and takes a payment on it, for the same institute and fiscal year
    numbers = {}
    for db in laptops:
        contract_id = _sign_next(db)
        numbers[db.device_id] = (_contract_no(db, contract_id), _pay(db, contract_id))

    # THEN neither number is the other laptop's
    (first_contract, first_receipt), (second_contract, second_receipt) = numbers.values()
    assert first_contract != second_contract and first_receipt != second_receipt
    # AND each is in its own device's series, at the same place in the institute's sequence
    contracts = [parse_contract_number(n, ct.NUMBER_PREFIX) for n in (first_contract, second_contract)]
    receipts = [parse_receipt_number(n) for n in (first_receipt, second_receipt)]
    tags = [device_tag(first.device_id), device_tag(second.device_id)]
    assert tags[0] != tags[1]
    assert contracts == [DocumentNumber(FY, tag, len(old_contracts) + 1) for tag in tags]
    highest = max(p.seq for p in map(parse_receipt_number, old_receipts) if p and p.fiscal_year == FY)
    assert receipts == [DocumentNumber(FY, tag, highest + 1) for tag in tags]


def test_GIVEN_old_numbers_WHEN_one_laptop_numbers_on_THEN_its_numbers_follow_them_in_sequence(
    laptops: tuple[Database, Database],
) -> None:
    db, _ = laptops
    old_contracts, old_receipts = _old(db)
    # the old numbers are 1HH1C-001/2570 … and R2570-00001 …, without a series tag
    old = sorted(p.seq for p in (parse_contract_number(n, ct.NUMBER_PREFIX) for n in old_contracts) if p and not p.tag)
    assert old == list(range(1, len(old_contracts) + 1))
    old_seq = sorted(p.seq for p in (parse_receipt_number(n) for n in old_receipts) if p and not p.tag)
    assert len(old_seq) == len(old_receipts)

    tag = device_tag(db.device_id)
    signed = [_sign_next(db), _sign_next(db)]
    contract_nos = [_contract_no(db, c) for c in signed]
    assert contract_nos == [f"1HH1C-{tag}-{len(old) + n:03d}/{FY}" for n in (1, 2)]
    receipts = [_pay(db, signed[0]), _pay(db, signed[1]), _pay(db, signed[0])]
    assert receipts == [f"R{FY}-{tag}-{max(old_seq) + n:05d}" for n in (1, 2, 3)]


def test_GIVEN_another_laptops_numbers_came_in_WHEN_numbering_on_THEN_the_sequence_follows_the_highest(
    laptops: tuple[Database, Database],
) -> None:
    db, _ = laptops
    _, old_receipts = _old(db)
    highest = max(p.seq for p in map(parse_receipt_number, old_receipts) if p)
    contract_id = _sign_next(db)
    # GIVEN a receipt of the second laptop's series, further on in the year, stored here (as a bundle brings it)
    other = device_tag(SECOND_LAPTOP)
    with UnitOfWork(db) as uow:
        uow.session.add(
            m.Repayment(
                contract_id=contract_id,
                paid_on=PAID_ON,
                amount=Decimal(100),
                penalty=Decimal(0),
                interest=Decimal(0),
                principal=Decimal(100),
                receipt_no=f"R{FY}-{other}-{highest + 5:05d}",
                note="",
            )
        )
        uow.commit()
    # THEN this laptop's next receipt follows it, in this laptop's series
    assert _pay(db, contract_id) == f"R{FY}-{device_tag(db.device_id)}-{highest + 6:05d}"


def test_GIVEN_the_next_number_is_taken_WHEN_numbering_THEN_it_is_skipped(laptops: tuple[Database, Database]) -> None:
    db, _ = laptops
    old_contracts, _ = _old(db)
    tag = device_tag(db.device_id)
    with db.session() as session:
        institute_id = reg.first_institute_id(session)
        assert institute_id
        taken = session.scalar(select(m.ConsolidationContract.id).where(m.ConsolidationContract.fiscal_year == FY))
        assert taken is not None
    # GIVEN an old contract renumbered by hand to what would be this laptop's next number
    nxt = f"1HH1C-{tag}-{len(old_contracts) + 1:03d}/{FY}"
    _sql(db.path, "UPDATE consolidation_contract SET contract_no = ? WHERE id = ?", nxt, taken)
    with db.session() as session:
        assert ct.next_contract_no(session, institute_id=institute_id, fiscal_year=FY) == (
            f"1HH1C-{tag}-{len(old_contracts) + 2:03d}/{FY}"
        )
