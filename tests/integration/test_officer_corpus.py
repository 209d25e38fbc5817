"""Any officer's register imports: every layout of the corpus lands whole, nothing that is not data lands, and
importing it again changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook  # type: ignore[import-untyped]
from sqlalchemy import func, select

from cdfi_desktop.cli import main
from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import DebtPurpose, FundType
from cdfi_desktop.services.areas import area_names
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.excel_import import (
    RowStatus,
    apply_import,
    guess_fund_type,
    plan_import,
    read_workbook,
    suggest_mapping,
    write_report,
)
from cdfi_desktop.services.excel_import.fields import field_for_header, header_candidates, purpose_from_text
from cdfi_desktop.services.excel_import.reader import header_texts
from tests.support.officer_workbooks import LAYOUTS, Area, Expected, officer_workbooks

TODAY = date(2026, 11, 1)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Expected]]:
    """A small demo institute (its funds, its area) and the corpus of workbooks written for it."""
    base = tmp_path_factory.mktemp("corpus")
    path = base / "institute.sqlite"
    db = Database.open(path, device_id=demo_device_id(3))
    generate_demo(db, households=2, seed=3)
    with db.session() as session:
        inst = session.scalars(select(m.Institute)).one()
        names = area_names(
            province_code=inst.province_code, district_code=inst.district_code, subdistrict_code=inst.subdistrict_code
        )
        area = Area(inst.name, names.subdistrict, names.district, names.province)
        funds = list(
            session.scalars(
                select(m.MemberFund.name)
                .where(m.MemberFund.can_lend.is_(True), m.MemberFund.lending_limit >= 15_000)
                .order_by(m.MemberFund.name)
            )
        )
    db.close()
    assert len(funds) >= 3
    return path, officer_workbooks(base / "workbooks", area=area, funds=funds)


@pytest.fixture
def fresh(corpus: tuple[Path, list[Expected]], tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "registers.sqlite"
    copy.write_bytes(corpus[0].read_bytes())
    db = Database.open(copy)
    yield db
    db.close()


def _state(db: Database) -> dict[str, object]:
    with db.session() as session:
        return {
            "households": session.scalar(select(func.count()).select_from(m.Household)),
            "members": session.scalar(select(func.count()).select_from(m.HouseholdMember)),
            "debts": session.scalar(select(func.count()).select_from(m.Debt)),
            "principal": session.scalar(select(func.coalesce(func.sum(m.Debt.principal), 0))),
            "house_nos": set(session.scalars(select(m.Household.house_no))),
            "names": {
                f"{a} {b}"
                for a, b in session.execute(select(m.HouseholdMember.first_name, m.HouseholdMember.last_name))
            },
            "versions": sorted(
                (t.__name__, str(r.id), r.version)
                for t in (m.Household, m.HouseholdMember, m.Debt, m.HouseholdFinance)
                for r in session.execute(select(t.id, t.version))
            ),
        }


def _debts_of(db: Database, fund: str) -> int:
    with db.session() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(m.Debt)
                .join(m.MemberFund, m.MemberFund.id == m.Debt.member_fund_id)
                .where(m.MemberFund.name == fund)
            )
            or 0
        )


def _plan(db: Database, workbook: Path):  # type: ignore[no-untyped-def]
    with db.session() as session:
        institute = session.scalars(select(m.Institute.id)).one()
        return plan_import(session, institute_id=institute, workbook_path=workbook, today=TODAY)


def test_the_corpus_has_a_dozen_layouts(corpus: tuple[Path, list[Expected]]) -> None:
    assert len(corpus[1]) == len(LAYOUTS) >= 12


@pytest.mark.parametrize("index", range(len(LAYOUTS)), ids=[f.__name__.strip("_") for f in LAYOUTS])
def test_given_an_officers_register_when_imported_then_its_data_rows_land_and_nothing_else_and_twice_is_once(
    corpus: tuple[Path, list[Expected]], fresh: Database, index: int, tmp_path: Path
) -> None:
    expected = corpus[1][index]
    before = _state(fresh)

    debts_before = {fund: _debts_of(fresh, fund) for fund in expected.fund_debts}

    # WHEN the workbook is checked
    plan = _plan(fresh, expected.path)

    # THEN its data rows, and only those, are judged; none is refused; the lines that are not data are skipped
    judged: dict[str, set[int]] = {}
    for outcome in plan.outcomes:
        judged.setdefault(outcome.sheet, set()).add(outcome.row)
    assert judged == expected.data_rows
    assert [(o.sheet, o.row, o.reasons("en")) for o in plan.rejected] == []
    assert plan.area_warnings == [] and plan.missing_funds == []
    skipped: dict[str, set[int]] = {}
    for sheet, row in plan.skipped:
        skipped.setdefault(sheet, set()).add(row)
    assert skipped == expected.not_data_rows

    # AND the report copy names every line that is not data as skipped, and gives each data row its result
    report = load_workbook(write_report(plan, tmp_path / "report.xlsx", language="th"))
    for sheet, mapping in plan.mappings.items():
        ws = report[sheet]
        header = [c.value for c in ws[mapping.header_row]]
        result_col, reason_col = header.index("ผลการนำเข้า") + 1, header.index("เหตุผล") + 1
        for row in expected.not_data_rows.get(sheet, set()):
            assert ws.cell(row, result_col).value == "ข้ามแถว"
            assert ws.cell(row, reason_col).value == "ข้ามแถว: ไม่ใช่แถวข้อมูล"
        for row in expected.data_rows.get(sheet, set()):
            assert ws.cell(row, result_col).value == "นำเข้าใหม่"
    report.close()

    # WHEN it is imported
    apply_import(fresh, plan)

    # THEN the registers hold its households, members and debts, and its principal
    after = _state(fresh)
    assert after["households"] == before["households"] + expected.households  # type: ignore[operator]
    assert after["members"] == before["members"] + expected.members  # type: ignore[operator]
    assert after["debts"] == before["debts"] + expected.debts  # type: ignore[operator]
    added = Decimal(after["principal"]) - Decimal(before["principal"])  # type: ignore[arg-type]
    assert added == expected.principal
    assert after["house_nos"] - before["house_nos"] == expected.house_nos  # type: ignore[operator]
    assert after["names"] - before["names"] == expected.names  # type: ignore[operator]
    for fund, count in expected.fund_debts.items():  # the fund a sheet or a heading names holds its rows' debts
        assert _debts_of(fresh, fund) - debts_before[fund] == count, fund

    # AND importing it again changes nothing: every row unchanged, the same records at the same versions
    again = _plan(fresh, expected.path)
    assert again.counts() == {
        RowStatus.NEW: 0,
        RowStatus.UPDATED: 0,
        RowStatus.UNCHANGED: plan.counts()[RowStatus.NEW] + plan.counts()[RowStatus.UPDATED],
        RowStatus.REJECTED: 0,
    }
    assert not again.has_changes
    apply_import(fresh, again)
    assert _state(fresh) == after


def test_given_a_row_without_a_name_whose_citizen_id_is_registered_then_it_is_refused_naming_whose_id_it_is(
    corpus: tuple[Path, list[Expected]], fresh: Database, tmp_path: Path
) -> None:
    # GIVEN registers holding the people of an officer's register
    apply_import(fresh, _plan(fresh, corpus[1][0].path))
    with fresh.session() as session:
        known = session.execute(
            select(m.HouseholdMember.citizen_id, m.HouseholdMember.first_name, m.HouseholdMember.last_name)
            .join(m.Household, m.Household.id == m.HouseholdMember.household_id)
            .add_columns(m.Household.house_no)
            .where(m.Household.house_no.like("1__/%"))
            .order_by(m.HouseholdMember.citizen_id)
        ).all()
    first, second = known[0], known[1]
    before = _state(fresh)
    with fresh.session() as session:
        fund_name = session.scalars(select(m.MemberFund.name).where(m.MemberFund.lending_limit >= 15_000)).first()

    # AND a register whose first row has no name but a registered citizen ID, whose second row gives a registered
    # citizen ID with someone else's name, and whose third row is a new borrower
    wb = Workbook()
    ws = wb.active
    ws.append(["ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "กองทุน", "วันที่กู้", "เงินกู้", "คงเหลือ"])
    ws.append([None, first.citizen_id, None, fund_name, "1/9/2566", "5,000", "5,000"])
    ws.append(["นายใหม่ คนละคน", second.citizen_id, None, fund_name, "1/9/2566", "6,000", "6,000"])
    ws.append(["นางสาวมาใหม่ ดีงาม", "1101700203450", "99/9", fund_name, "1/9/2566", "7,000", "7,000"])
    ws.append([None, "1101700203468", "99/10", fund_name, "1/9/2566", "8,000", "8,000"])
    path = tmp_path / "missing-names.xlsx"
    wb.save(path)

    # WHEN it is checked
    plan = _plan(fresh, path)

    # THEN the first two rows are refused, each naming whose the ID is (masked), and their house no.
    outcomes = {o.row: o for o in plan.outcomes}
    assert [outcomes[r].status for r in (2, 3, 4)] == [RowStatus.REJECTED, RowStatus.REJECTED, RowStatus.NEW]
    for row, person in ((2, first), (3, second)):
        reasons = " ".join(outcomes[row].reasons("th"))
        assert person.citizen_id not in reasons
        cid = person.citizen_id
        assert f"{cid[0]}-xxxx-xxxxx-{cid[10:12]}-{cid[-1]}" in reasons
        assert f"{person.first_name} {person.last_name}" in reasons and person.house_no in reasons
    assert "ไม่ได้ระบุชื่อ" in " ".join(outcomes[2].reasons("th"))
    # AND a row without a name whose citizen ID is new is refused for its missing name
    assert outcomes[5].status == RowStatus.REJECTED and outcomes[5].reasons("en") == ["ชื่อ-สกุล: Enter the name."]
    assert "missing" in " ".join(outcomes[2].reasons("en"))

    # AND importing it adds only the new borrower's debt: no debt is attached to the holder of the ID
    apply_import(fresh, plan)
    after = _state(fresh)
    assert after["debts"] == before["debts"] + 1  # type: ignore[operator]
    assert after["households"] == before["households"] + 1  # type: ignore[operator]


def _ambiguous_register(path: Path, fund: str) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "ลูกหนี้"
    ws.append(["ทะเบียนลูกหนี้"])
    ws.append(["ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "กองทุน", "วันที่", "เงินกู้", "คงเหลือ", "จำนวนเงิน"])
    ws.append(["นางสาวมาใหม่ ดีงาม", "1101700203450", "99/9", fund, "1/9/2566", "7,000", "6,000", "500"])
    wb.save(path)


def test_given_a_heading_that_could_mean_several_fields_then_it_is_asked_never_guessed(
    corpus: tuple[Path, list[Expected]], fresh: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a register with a "วันที่" column (contract date? due date? birth date?) and a "จำนวนเงิน" column
    with fresh.session() as session:
        fund = session.scalars(select(m.MemberFund.name).where(m.MemberFund.lending_limit >= 15_000)).first()
    assert fund is not None
    path = tmp_path / "ambiguous.xlsx"
    _ambiguous_register(path, fund)

    # WHEN its columns are suggested: THEN both are left unmapped, each with the fields it could be
    mapping = suggest_mapping(read_workbook(path).sheets[0].headers(), sheet="ลูกหนี้", header_row=2)
    assert "contract_date" not in mapping.columns and "installment" not in mapping.columns
    assert mapping.questions() == [
        (4, "วันที่", ("contract_date", "due_date", "birth_date")),
        (7, "จำนวนเงิน", ("principal", "outstanding", "installment")),
    ]
    assert [field_for_header(h) for h in ("วันที่กู้", "จำนวนเงินกู้", "เงินกู้/คงเหลือ")] == ["contract_date", "principal", None]
    assert header_candidates("เงินกู้/คงเหลือ") == ("principal", "outstanding")

    # WHEN the dry run is asked for: THEN it names the columns and what they could be
    fresh.close()
    database = str(tmp_path / "registers.sqlite")
    args = ["--lang", "en", "import-excel", "--db", database, str(path), "--today", TODAY.isoformat()]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert 'ลูกหนี้ E "วันที่": Contract date (contract_date) or Due date (due_date) or Birth date (birth_date)' in out
    assert 'ลูกหนี้ H "จำนวนเงิน"' in out

    # WHEN the officer chooses with --map: THEN the column is read as that field
    assert main([*args, "--map", "E=contract_date", "--map", "จำนวนเงิน=installment"]) == 0
    out = capsys.readouterr().out
    assert "could mean several fields" not in out
    db = Database.open(tmp_path / "registers.sqlite")
    try:
        with db.session() as session:
            debt = session.scalars(select(m.Debt).where(m.Debt.principal == Decimal("7000"))).one()
            assert debt.contract_date == date(2023, 9, 1) and debt.installment == Decimal("500")
    finally:
        db.close()


def test_given_funds_the_institute_lacks_then_the_dry_run_lists_them_and_create_funds_makes_them(
    corpus: tuple[Path, list[Expected]], fresh: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a register naming two funds the institute does not have, and one it has
    with fresh.session() as session:
        known = session.scalars(select(m.MemberFund.name).where(m.MemberFund.lending_limit >= 15_000)).first()
        funds_before = session.scalar(select(func.count()).select_from(m.MemberFund))
    wb = Workbook()
    ws = wb.active
    ws.title = "ลูกหนี้"
    ws.append(["ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "กองทุน", "วันที่กู้", "เงินกู้", "คงเหลือ"])
    ws.append(["นางสาวมาใหม่ ดีงาม", "1101700203450", "99/9", "กลุ่มสัจจะออมทรัพย์บ้านโนนงาม", "1/9/2566", "7,000", "6,000"])
    ws.append(["นายมาใหม่ ดีงาม", "1101700203468", "99/10", "กองทุนหมู่บ้านโนนงาม", "1/9/2566", "8,000", "6,000"])
    ws.append(["นายมาก่อน ดีงาม", "1101700203476", "99/11", "กองทุนหมู่บ้านโนนงาม", "1/9/2566", "9,000", "6,000"])
    ws.append(["นางมาแล้ว ดีงาม", "1101700203484", "99/12", known, "1/9/2566", "5,000", "5,000"])
    path = tmp_path / "new-funds.xlsx"
    wb.save(path)
    fresh.close()
    database = str(tmp_path / "registers.sqlite")
    args = ["--lang", "en", "import-excel", "--db", database, str(path), "--today", TODAY.isoformat()]

    # WHEN checked: THEN the dry run lists the missing funds with the type guessed from each name, rows refused
    assert main([*args, "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "กลุ่มสัจจะออมทรัพย์บ้านโนนงาม (savings group for production): 1 rows" in out
    assert "กองทุนหมู่บ้านโนนงาม (village and urban community fund): 2 rows" in out
    assert "--create-funds" in out

    # WHEN imported with --create-funds: THEN the funds are created with the import, and every row lands
    assert main([*args, "--create-funds"]) == 0, capsys.readouterr().out
    db = Database.open(tmp_path / "registers.sqlite")
    try:
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(m.MemberFund)) == funds_before + 2
            created = {
                f.name: f for f in session.scalars(select(m.MemberFund).where(m.MemberFund.name.like("%โนนงาม")))
            }
            assert created["กลุ่มสัจจะออมทรัพย์บ้านโนนงาม"].fund_type is FundType.SAVINGS_GROUP_PRODUCTION
            assert created["กองทุนหมู่บ้านโนนงาม"].fund_type is FundType.VILLAGE_FUND
            village_fund = created["กองทุนหมู่บ้านโนนงาม"].id
            assert session.scalar(select(func.count()).where(m.Debt.member_fund_id == village_fund)) == 2
    finally:
        db.close()
    # AND importing it again changes nothing
    assert main([*args, "--create-funds"]) == 0
    assert "Nothing to write" in capsys.readouterr().out


def test_given_fund_names_then_their_type_is_guessed_from_their_words() -> None:
    assert guess_fund_type("กองทุนหมู่บ้านหนองบัว") is FundType.VILLAGE_FUND
    assert guess_fund_type("กลุ่มสัจจะสะสมทรัพย์") is FundType.SAVINGS_GROUP_PRODUCTION
    assert guess_fund_type("กองทุน กข.คจ. บ้านนา") is FundType.POVERTY_ALLEVIATION
    assert guess_fund_type("กลุ่มพัฒนาบทบาทสตรี") is FundType.WOMEN_DEVELOPMENT
    assert guess_fund_type("กองทุนสวัสดิการชุมชน") is FundType.WELFARE_FUND
    assert guess_fund_type("ธนาคารข้าวบ้านโนน") is FundType.RICE_BANK
    assert guess_fund_type("วิสาหกิจชุมชนทอผ้า") is FundType.COMMUNITY_ENTERPRISE
    assert guess_fund_type("กลุ่มเลี้ยงโค") is FundType.OTHER


def test_given_free_text_purposes_then_they_read_as_the_purpose_their_words_tell_and_keep_their_text(
    corpus: tuple[Path, list[Expected]], fresh: Database
) -> None:
    expected = next(e for e in corpus[1] if e.name == "purposes")
    plan = _plan(fresh, expected.path)
    assert not any(i.code == "import_purpose_other" for o in plan.outcomes for i in o.issues)
    apply_import(fresh, plan)
    with fresh.session() as session:
        rows = session.execute(select(m.Debt.notes, m.Debt.purpose).where(m.Debt.notes.like("วัตถุประสงค์:%")))
        debts = {row.notes: row.purpose for row in rows}
    assert debts == {
        "วัตถุประสงค์: ซื้อปุ๋ยใส่นา": DebtPurpose.AGRICULTURE,
        "วัตถุประสงค์: ค่าเทอมลูก": DebtPurpose.EDUCATION,
        "วัตถุประสงค์: ลงทุนค้าขายของชำ": DebtPurpose.TRADE,
        "วัตถุประสงค์: ซ่อมหลังคาบ้าน": DebtPurpose.HOUSING,
        "วัตถุประสงค์: ซื้อวัวมาเลี้ยง": DebtPurpose.AGRICULTURE,
    }


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("ซื้อปุ๋ย", DebtPurpose.AGRICULTURE),
        ("ทำนา", DebtPurpose.AGRICULTURE),
        ("ค่าเทอมลูกสาว", DebtPurpose.EDUCATION),
        ("รักษาแม่ที่โรงพยาบาล", DebtPurpose.HEALTH),
        ("ดาวน์รถมอเตอร์ไซค์", DebtPurpose.VEHICLE),
        ("ใช้หนี้นอกระบบ", DebtPurpose.DEBT_REPAYMENT),
        ("ค่าน้ำค่าไฟ", DebtPurpose.HOUSEHOLD),
        ("เปิดร้านกาแฟ", DebtPurpose.TRADE),
        ("ไปเที่ยว", None),
    ],
)
def test_given_a_free_text_purpose_then_its_words_tell_its_kind(text: str, purpose: DebtPurpose | None) -> None:
    assert purpose_from_text(text) == purpose


def test_given_a_title_naming_another_area_then_the_import_must_be_confirmed(
    corpus: tuple[Path, list[Expected]], fresh: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a register whose title names another subdistrict and province than the institute's
    with fresh.session() as session:
        fund = session.scalars(select(m.MemberFund.name).where(m.MemberFund.lending_limit >= 15_000)).first()
    wb = Workbook()
    ws = wb.active
    ws.title = "ลูกหนี้"
    ws.append(["ทะเบียนลูกหนี้ สถาบันการจัดการเงินทุนชุมชนตำบลหนองบัว"])
    ws.append(["หมู่ที่ 3 ตำบลหนองบัว อำเภอเมือง จังหวัดขอนแก่น"])
    ws.append(["ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "กองทุน", "วันที่กู้", "เงินกู้", "คงเหลือ"])
    ws.append(["นางสาวมาใหม่ ดีงาม", "1101700203450", "99/9", fund, "1/9/2566", "7,000", "6,000"])
    path = tmp_path / "other-area.xlsx"
    wb.save(path)

    # WHEN it is checked: THEN the plan warns, naming the title row and the institute's own area
    plan = _plan(fresh, path)
    assert {(w.row, w.level, w.named) for w in plan.area_warnings} == {
        (1, "subdistrict", "หนองบัว"),
        (2, "subdistrict", "หนองบัว"),
        (2, "district", "เมือง"),
        (2, "province", "ขอนแก่น"),
    }
    assert "ตำบลดงเมือง" in plan.area_warnings[0].message("th")
    before = _state(fresh)
    fresh.close()
    database = str(tmp_path / "registers.sqlite")
    args = ["--lang", "en", "import-excel", "--db", database, str(path), "--today", TODAY.isoformat()]

    # WHEN imported from the command line without confirming: THEN nothing is written, and it says why
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "names the subdistrict หนองบัว" in err and "--accept-area" in err
    db = Database.open(tmp_path / "registers.sqlite")
    try:
        assert _state(db) == before
    finally:
        db.close()

    # WHEN confirmed with --accept-area: THEN it is imported
    assert main([*args, "--accept-area"]) == 0
    db = Database.open(tmp_path / "registers.sqlite")
    try:
        assert _state(db)["debts"] == before["debts"] + 1  # type: ignore[operator]
    finally:
        db.close()


def test_given_an_empty_database_when_a_titled_register_is_imported_then_its_institute_is_made_from_the_titles(
    corpus: tuple[Path, list[Expected]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN an empty database and an officer's register titled with its institute and area
    expected = corpus[1][0]
    path = tmp_path / "empty.sqlite"
    Database.open(path, device_id=demo_device_id(9)).close()
    args = ["--lang", "en", "import-excel", "--db", str(path), str(expected.path), "--today", TODAY.isoformat()]

    # WHEN imported without asking for the institute: THEN nothing is done, the institute is missing
    assert main(args) == 2
    capsys.readouterr()

    # WHEN imported with --create-institute (and its funds with --create-funds)
    assert main([*args, "--create-institute", "--create-funds"]) == 0
    out = capsys.readouterr().out
    assert "made from the workbook's title rows" in out

    # THEN the institute of the titles' subdistrict, district and province holds the register
    db = Database.open(path)
    try:
        with db.session() as session:
            inst = session.scalars(select(m.Institute)).one()
            assert inst.name == "สถาบันการจัดการเงินทุนชุมชนตำบลดงเมือง"
            assert (inst.province_code, inst.district_code, inst.subdistrict_code) == ("44", "4411", "441105")
        state = _state(db)
        assert state["households"] == expected.households and state["debts"] == expected.debts
        assert Decimal(state["principal"]) == expected.principal  # type: ignore[arg-type]
    finally:
        db.close()
    # AND importing it again changes nothing
    assert main([*args, "--create-institute", "--create-funds"]) == 0
    assert "Nothing to write" in capsys.readouterr().out


def test_given_titles_naming_no_known_area_then_no_institute_is_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["ทะเบียนลูกหนี้ ตำบลไม่มีจริงเลย"])
    ws.append(["ชื่อ-สกุล", "เลขประจำตัวประชาชน", "กองทุน", "เงินกู้", "คงเหลือ"])
    workbook = tmp_path / "unknown-area.xlsx"
    wb.save(workbook)
    path = tmp_path / "empty.sqlite"
    Database.open(path, device_id=demo_device_id(9)).close()
    assert main(["--lang", "en", "import-excel", "--db", str(path), str(workbook), "--create-institute"]) == 2
    assert "No institute made" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("สัญญากู้ › เลขที่", "contract_no"),
        ("สัญญากู้ › วันที่", "contract_date"),
        ("จำนวนเงิน (บาท) › เงินกู้", "principal"),
        ("จำนวนเงิน (บาท) › คงเหลือ", "outstanding"),
        ("ผู้ค้ำประกัน › ชื่อ-สกุล", "guarantors"),
        ("ผู้กู้ › ชื่อ-สกุล", "full_name"),
        ("แหล่งเงินกู้ › ประเภท", "creditor_kind"),
        ("วันที่ › กู้", "contract_date"),
    ],
)
def test_given_a_two_row_header_then_the_group_heading_and_the_columns_own_read_together(
    header: str, field: str
) -> None:
    assert field_for_header(header) == field


def test_given_a_title_merged_over_part_of_the_table_then_it_is_no_group_heading() -> None:
    rows: list[tuple[object, ...]] = [
        ("ทะเบียนเจ้าหนี้", "ทะเบียนเจ้าหนี้", "ทะเบียนเจ้าหนี้"),
        ("ชื่อ-สกุล", "เลขบัตร", "เงินกู้", "คงเหลือ", "กองทุน", "หมายเหตุ"),
    ]
    assert header_texts(rows, [(1, 1, 3, 1)], 2) == list(rows[1])


def test_given_a_title_naming_another_institute_then_it_is_a_warning_to_confirm(
    corpus: tuple[Path, list[Expected]], fresh: Database, tmp_path: Path
) -> None:
    with fresh.session() as session:
        fund = session.scalars(select(m.MemberFund.name).where(m.MemberFund.lending_limit >= 15_000)).first()
    wb = Workbook()
    ws = wb.active
    ws.append(["ทะเบียนลูกหนี้ สถาบันการจัดการเงินทุนชุมชนบ้านหนองบัว"])
    ws.append(["ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "กองทุน", "วันที่กู้", "เงินกู้", "คงเหลือ"])
    ws.append(["นางสาวมาใหม่ ดีงาม", "1101700203450", "99/9", fund, "1/9/2566", "7,000", "6,000"])
    path = tmp_path / "other-institute.xlsx"
    wb.save(path)
    plan = _plan(fresh, path)
    assert [(w.row, w.level, w.named) for w in plan.area_warnings] == [
        (1, "institute", "สถาบันการจัดการเงินทุนชุมชนบ้านหนองบัว")
    ]
    message = plan.area_warnings[0].message("en")
    assert "not the chosen institute (สถาบันการจัดการเงินทุนชุมชนตำบลดงเมือง)" in message
