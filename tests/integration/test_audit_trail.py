"""The audit trail: every record created (Excel import, bundles, the demo) has its entry; a signing and an amendment
are read back with their reasons; the hash chain verifies, and an entry edited, removed or cut off in the file is
found, naming the entry; the command line says so and exits non-zero; two writers on PostgreSQL keep one chain."""

from __future__ import annotations

import argparse
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import func, select

from cdfi_desktop.commands import audit as audit_command
from cdfi_desktop.db import audit_chain
from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.database import Database, synced_tables
from cdfi_desktop.domain.enums import AuditAction, CreditorKind
from cdfi_desktop.reports.audit_xlsx import write_audit_xlsx
from cdfi_desktop.services import audit
from cdfi_desktop.services import contracts as ct
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.excel_import import apply_import
from cdfi_desktop.services.uow import UnitOfWork
from cdfi_desktop.sync import service
from tests.integration.test_contracts_service import OFFICER, form_for, sign, three_creditor_case
from tests.integration.test_excel_import import institute_and_funds, officer_workbook, plan
from tests.support.bundles import add_institute, enrol, make_province, open_db


def _path(db: Database) -> Path:
    return Path(str(db.engine.url.database))


def _created_ids(db: Database) -> dict[str, set[str]]:
    """Per synced table, the ids of its records."""
    with db.session() as session:
        return {table_of(model).name: set(session.scalars(select(table_of(model).c.id))) for model in synced_tables()}


def _create_entries(db: Database) -> set[tuple[str, str]]:
    audit_log = table_of(m.AuditLog)
    with db.session() as session:
        rows = session.execute(
            select(audit_log.c.table_name, audit_log.c.record_id).where(audit_log.c.action == AuditAction.CREATE)
        )
        return {(t, r) for t, r in rows}


def _missing_entries(db: Database, before: dict[str, set[str]] | None = None) -> set[tuple[str, str]]:
    """Records (made since ``before``) without an entry that created them."""
    after = _created_ids(db)
    entries = _create_entries(db)
    missing = set()
    for table, ids in after.items():
        for record_id in ids - (before or {}).get(table, set()):
            if (table, record_id) not in entries:
                missing.add((table, record_id))
    return missing


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("audit") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(5))
    generate_demo(db, households=8, seed=5)
    db.close()
    return path


@pytest.fixture
def db(small_demo: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(small_demo.read_bytes())
    database = Database.open(copy, officer="นางสาวสุดา ตรวจการ")
    yield database
    database.close()


# -- every record created has its entry -------------------------------------------------------------------------------


def test_GIVEN_an_excel_import_WHEN_applied_THEN_each_record_it_created_has_a_create_entry_naming_it(
    db: Database, tmp_path: Path
) -> None:
    _institute, funds = institute_and_funds(db)
    before = _created_ids(db)
    source = tmp_path / "in.xlsx"
    officer_workbook(source, funds=funds)
    apply_import(db, plan(db, source))
    after = _created_ids(db)
    made = sum(len(after[t] - before[t]) for t in after)
    assert made > 50
    assert _missing_entries(db, before) == set()
    household = next(iter(after["household"] - before["household"]))
    (entry,) = audit.entries(db, record_id=household)
    assert entry.action == "create" and entry.action_label == "เพิ่ม" and entry.table_label == "ครัวเรือน"
    assert entry.officer == "นางสาวสุดา ตรวจการ"
    assert entry.changes == (), "a create names no field (the merge reads named fields as changed ones)"
    assert entry.record_name, "the household is named (its head, its house no.)"
    report = audit.verify_chain(db)
    assert report.ok and report.checked >= made


def test_GIVEN_the_demo_WHEN_generated_THEN_each_record_it_created_has_a_create_entry(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "d.sqlite", device_id=demo_device_id(7))
    try:
        generate_demo(db, households=6, seed=7)
        assert _missing_entries(db) == set()
        assert audit.verify_chain(db).ok
    finally:
        db.close()


def test_GIVEN_a_laptops_bundle_WHEN_imported_THEN_each_record_has_the_laptops_entry_and_the_bundle_its_own(
    tmp_path: Path,
) -> None:
    laptop = open_db(tmp_path / "laptop.sqlite")
    province = make_province(tmp_path / "province.sqlite")
    try:
        add_institute(laptop, households=3)
        with UnitOfWork(laptop) as uow:
            debt = uow.session.scalars(select(m.Debt)).first()
            assert debt is not None
            debt.creditor_kind = CreditorKind.BANK
            uow.commit()
        enrol(province, laptop)
        result = service.export_bundle(laptop, tmp_path / "b.cdfibundle")
        assert result is not None
        outcomes = service.import_files(province, [result.path])
        assert [o.status for o in outcomes] == ["applied"], outcomes[0].error
        # every record the province now holds has the laptop's create entry (arrived with the bundle)
        assert _missing_entries(province) == set()
        arrived = audit.entries(province, record_id=debt.id)
        assert [e.action for e in arrived] == ["update", "create"]
        assert all(e.origin and e.officer == laptop.recorder.officer for e in arrived)
        # the province's own entry names the bundle as its reason
        (bundle_entry,) = audit.entries(province, table="sync_bundle")
        assert bundle_entry.reason == f"bundle {laptop.device_id[:8]}#1"
        assert bundle_entry.officer == province.recorder.officer
        assert audit.verify_chain(province).ok and audit.verify_chain(laptop).ok
    finally:
        laptop.close()
        province.close()


# -- reasons ---------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def contracts_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("audit_contracts") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(1))
    generate_demo(db, households=300, seed=1)
    db.close()
    return path


def test_GIVEN_a_signing_and_an_amendment_WHEN_the_trail_is_read_THEN_both_appear_with_their_reasons(
    contracts_demo: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "c.sqlite"
    copy.write_bytes(contracts_demo.read_bytes())
    db = Database.open(copy, officer="demo officer")
    try:
        case = three_creditor_case(db)
        old_id = sign(db, form_for(case))
        with db.session() as session:
            old_no = ct.contract_view(session, old_id).contract_no
            form = ct.amendment_form(session, old_id)
        longer = replace(form, term_months=84, signing_date=date(2027, 2, 1), first_due_date=date(2027, 3, 1))
        why = "รายได้ลดลงจากภัยแล้ง ขยายเวลาผ่อน"
        with UnitOfWork(db) as uow:
            new_id = ct.amend_contract(uow, old_id, longer, reason=why, officer=OFFICER)
        with db.session() as session:
            new_no = ct.contract_view(session, new_id).contract_no

        signed = audit.entries(db, record_id=old_id)
        assert [e.action for e in signed] == ["update", "create"]
        assert signed[1].reason == f"ลงนามสัญญา {old_no}" and signed[1].officer == OFFICER
        assert signed[1].record_name == f"สัญญา {old_no}"
        # the amendment: the old contract closed and the new one created, both with the officer's reason
        assert signed[0].reason == why and [(c.field, c.old, c.new) for c in signed[0].changes] == [
            ("status", "signed", "closed")
        ]
        (created,) = audit.entries(db, record_id=new_id)
        assert created.reason == why and created.action == "create"
        # found by the contract's number, as the viewer's search does; every entry of the amendment has the reason
        by_number = audit.entries(db, record=new_no)
        assert by_number and {e.reason for e in by_number} == {why}
        lines = audit.entries(db, record=old_no, table="schedule_line")
        assert lines and all(e.reason == f"ลงนามสัญญา {old_no}" for e in lines)
        assert all(e.record_name.endswith(f"สัญญา {old_no}") for e in lines)
        assert audit.verify_chain(db).ok
        # the export holds the rows the filters keep
        made = audit.sheet(db, record=new_no)
        out = write_audit_xlsx(made, tmp_path / "a.xlsx")
        assert made.entries == len(by_number)
        cells = [c for row in load_workbook(out).active.iter_rows(values_only=True) for c in row if c]
        assert why in cells and "เหตุผล" in cells
    finally:
        db.close()


# -- the chain ---------------------------------------------------------------------------------------------------


def _entry_ids(path: Path) -> list[int]:
    with sqlite3.connect(path) as con:
        return [r[0] for r in con.execute("SELECT id FROM audit_log ORDER BY id")]


def _tamper(path: Path, sql: str, *params: object) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute(sql, params)
        con.commit()
    finally:
        con.close()


@pytest.fixture
def audited(db: Database, tmp_path: Path) -> Path:
    """A database with a few hundred chained entries (an import), closed: the file is edited with sqlite3."""
    _institute, funds = institute_and_funds(db)
    source = tmp_path / "in.xlsx"
    officer_workbook(source, funds=funds, households=6)
    apply_import(db, plan(db, source))
    assert len(_entry_ids(_path(db))) > 30
    path = _path(db)
    db.close()
    return path


def _verify(path: Path) -> audit.ChainReport:
    db = Database.open(path)
    try:
        return audit.verify_chain(db)
    finally:
        db.close()


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("changes", '{"house_no": [null, "99/9"]}'),
        ("officer", "ผู้อื่น"),
        ("at", "2020-01-01 00:00:00.000000"),
        ("reason", "ไม่มีอะไร"),
    ],
)
def test_GIVEN_one_entry_edited_in_the_file_WHEN_verified_THEN_that_entry_is_named(
    audited: Path, column: str, value: str
) -> None:
    assert _verify(audited).ok
    ids = _entry_ids(audited)
    victim = ids[len(ids) // 2]
    _tamper(audited, f"UPDATE audit_log SET {column} = ? WHERE id = ?", value, victim)
    report = _verify(audited)
    assert not report.ok and report.first_bad_id == victim and report.problem == "changed"
    assert str(victim) in report.text("th") and str(victim) in report.text("en")


def test_GIVEN_an_entry_removed_in_the_middle_WHEN_verified_THEN_the_next_entry_is_named(audited: Path) -> None:
    ids = _entry_ids(audited)
    victim = ids[10]
    _tamper(audited, "DELETE FROM audit_log WHERE id = ?", victim)
    report = _verify(audited)
    assert not report.ok and report.first_bad_id == ids[11] and report.problem == "link"


def test_GIVEN_the_last_entries_removed_WHEN_verified_THEN_the_end_is_found(audited: Path) -> None:
    ids = _entry_ids(audited)
    _tamper(audited, "DELETE FROM audit_log WHERE id >= ?", ids[-3])
    report = _verify(audited)
    assert not report.ok and report.problem == "end" and report.first_bad_id == ids[-1]


def test_GIVEN_an_entry_rehashed_alone_WHEN_verified_THEN_the_link_of_the_next_is_broken(audited: Path) -> None:
    """Whoever edits an entry and recomputes its own hash still breaks the next entry's link."""
    from cdfi_desktop.db import audit_chain

    ids = _entry_ids(audited)
    victim = ids[5]
    db = Database.open(audited)
    with db.engine.connect() as con:
        row = dict(con.execute(select(audit_chain.ENTRIES).where(audit_chain.ENTRIES.c.id == victim)).mappings().one())
    db.close()
    row["officer"] = "ผู้อื่น"
    _tamper(
        audited,
        "UPDATE audit_log SET officer = ?, entry_hash = ? WHERE id = ?",
        "ผู้อื่น",
        audit_chain.entry_hash(row["prev_hash"], row),
        victim,
    )
    report = _verify(audited)
    assert not report.ok and report.first_bad_id == ids[6] and report.problem == "link"


def test_GIVEN_an_entry_completed_in_its_own_transaction_THEN_the_chain_holds_and_an_older_one_is_never_changed(
    db: Database,
) -> None:
    with UnitOfWork(db) as uow:
        household = uow.session.scalars(select(m.Household)).first()
        assert household is not None
        household.phone = "0812345678"
        uow.session.flush()
        entry = uow.session.scalars(select(m.AuditLog).order_by(m.AuditLog.id.desc())).first()
        assert entry is not None and entry.record_id == household.id
        entry.changes = {**entry.changes, "note": [None, "completed"]}
        household.address = "12 หมู่ 3"  # another entry after the completed one
        uow.commit()
    assert audit.verify_chain(db).ok
    with UnitOfWork(db) as uow:
        old = uow.session.get(m.AuditLog, entry.id)
        assert old is not None
        old.reason = "rewritten later"
        with pytest.raises(RuntimeError, match="never changed"):
            uow.session.flush()
    assert audit.verify_chain(db).ok


# -- in parts (the window) and the end only (the command line on a large trail) ----------------------------------


def _in_parts(path: Path, *, write_between: bool = False) -> tuple[audit.ChainReport, int]:
    """The chain checked 7 entries at a time, as the window does between its screens' reads; the parts it took."""
    db = Database.open(path)
    try:
        walk: audit_chain.Walk | audit.ChainReport = audit_chain.Walk()
        parts = 0
        while isinstance(walk, audit_chain.Walk):
            walk = audit.verify_chain_part(db, walk)
            parts += 1
            if write_between and parts == 2:  # an officer's change between two parts: chained after the rest
                with db.session(write=True) as session, session.begin():
                    household = session.scalars(select(m.Household)).first()
                    assert household is not None
                    household.phone = "0899999999"
        return walk, parts
    finally:
        db.close()


@pytest.mark.parametrize("where", ["none", "early", "late", "end"])
def test_GIVEN_a_trail_checked_in_parts_THEN_it_finds_what_the_whole_check_finds(
    audited: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    monkeypatch.setattr(audit, "PART_ENTRIES", 7)
    ids = _entry_ids(audited)
    if where in ("early", "late"):
        victim = ids[1] if where == "early" else ids[-3]
        _tamper(audited, "UPDATE audit_log SET reason = 'แก้ทีหลัง' WHERE id = ?", victim)
    elif where == "end":
        _tamper(audited, "DELETE FROM audit_log WHERE id >= ?", ids[-2])
    whole = _verify(audited)
    parted, parts = _in_parts(audited)
    assert parts >= (1 if where == "early" else 4)
    assert (parted.ok, parted.first_bad_id, parted.problem) == (whole.ok, whole.first_bad_id, whole.problem)
    assert parted.ok is (where == "none")


def test_GIVEN_writes_between_the_parts_THEN_the_trail_is_still_whole(
    audited: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit, "PART_ENTRIES", 7)
    before = len(_entry_ids(audited))
    report, _parts = _in_parts(audited, write_between=True)
    assert report.ok and report.checked == before + 1


def test_GIVEN_a_trail_larger_than_the_commands_limit_THEN_a_command_checks_its_end(
    audited: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _entry_ids(audited)
    monkeypatch.setattr(audit, "COMMAND_WHOLE_LIMIT", 10)
    monkeypatch.setattr(audit, "END_ENTRIES", 8)
    db = Database.open(audited)
    try:
        assert audit.start_up_warning(db, "en") is None
    finally:
        db.close()
    # an old entry edited: the end check trusts it (the window and `audit verify` find it) ...
    _tamper(audited, "UPDATE audit_log SET reason = 'แก้ทีหลัง' WHERE id = ?", ids[1])
    db = Database.open(audited)
    try:
        assert audit.verify_chain_end(db, 8).ok
        assert not audit.verify_chain(db).ok
        # ... a recent one edited, or the end cut off, is said by every command
        _tamper(audited, "UPDATE audit_log SET reason = 'แก้ทีหลัง' WHERE id = ?", ids[-4])
        warning = audit.start_up_warning(db, "en")
        assert warning is not None and f"entry no. {ids[-4]}" in warning
        _tamper(audited, "DELETE FROM audit_log WHERE id >= ?", ids[-4])  # the edited one with the end
        warning = audit.start_up_warning(db, "en")
        assert warning is not None and "entries at the end were removed" in warning
    finally:
        db.close()


# -- the command line -------------------------------------------------------------------------------------------


def _run_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", dest="language", default="en")
    parser.add_argument("--db", default=None)
    audit_command.add_to(parser.add_subparsers())
    args = parser.parse_args(list(argv))
    return int(args.handler(args))


def test_GIVEN_a_tampered_file_WHEN_audit_verify_runs_THEN_it_names_the_entry_and_exits_non_zero(
    audited: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert _run_cli("audit", "verify", "--db", str(audited)) == 0
    assert "whole" in capsys.readouterr().out
    victim = _entry_ids(audited)[3]
    _tamper(audited, """UPDATE audit_log SET changes = '{"outstanding": ["8000.00", "0.00"]}' WHERE id = ?""", victim)
    assert _run_cli("audit", "verify", "--db", str(audited)) == 1
    err = capsys.readouterr().err
    assert err.count(f"entry no. {victim}") == 1, err  # said once, not also as the start-up warning
    out = tmp_path / "trail.xlsx"
    assert _run_cli("audit", "export", "--db", str(audited), "--out", str(out), "--action", "create") == 0
    assert capsys.readouterr().err.count(f"entry no. {victim}") == 1
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert any(str(victim) in str(cell) for row in rows for cell in row if cell), "the chain's state is in the file"
    assert {row[4] for row in rows if isinstance(row[0], int)} == {"Created"}


# -- timing ------------------------------------------------------------------------------------------------------


def test_GIVEN_100k_entries_WHEN_verified_THEN_it_takes_a_few_seconds(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "big.sqlite", officer="ผู้ทดสอบ")
    try:
        rows = [{"name": f"หมู่บ้าน {n}", "subdistrict_code": "400101", "village_no": n % 20 + 1} for n in range(100_000)]
        with db.session() as session, session.begin():
            started = time.perf_counter()
            db.recorder.bulk_insert(session, m.Village, rows)
            insert_s = time.perf_counter() - started
        report = audit.verify_chain(db)
        assert report.ok and report.checked == 100_000
        print(f"\n100k villages with their entries: {insert_s:.2f} s; verify 100k entries: {report.seconds:.2f} s")
        assert report.seconds < 20
    finally:
        db.close()


# -- PostgreSQL: two writers, one chain -------------------------------------------------------------------------------


@pytest.mark.postgres
def test_GIVEN_two_writers_on_postgresql_WHEN_they_write_at_once_THEN_the_chain_never_forks(pg_url: str) -> None:
    first = Database.open(pg_url, officer="คนที่หนึ่ง")
    second = Database.open(pg_url, officer="คนที่สอง")
    try:
        institute_id = add_institute(first, households=1)
        errors: list[BaseException] = []

        def write(db: Database, label: str) -> None:
            try:
                for n in range(25):
                    with db.session() as session, session.begin():  # not a writer: only the chain's lock orders them
                        session.add(m.Household(institute_id=institute_id, house_no=f"{label}{n}", code=f"{label}-{n}"))
                    rows = [
                        {"name": f"{label} {n}.{k}", "subdistrict_code": "400101", "village_no": k} for k in range(5)
                    ]
                    with db.session() as session, session.begin():
                        db.recorder.bulk_insert(session, m.Village, rows)
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [
            threading.Thread(target=write, args=(first, "ก")),
            threading.Thread(target=write, args=(second, "ข")),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        report = audit.verify_chain(first)
        with first.session() as session:
            total = session.scalar(select(func.count()).select_from(m.AuditLog))
            officers = set(session.scalars(select(m.AuditLog.officer).distinct()))
        assert report.ok, report
        assert report.checked == total and total >= 2 * 25 * 6
        assert {"คนที่หนึ่ง", "คนที่สอง"} <= officers
    finally:
        first.close()
        second.close()
