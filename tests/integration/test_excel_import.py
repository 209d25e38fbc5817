"""Excel import of officers' messy workbooks: good rows land in one transaction, bad rows named, twice is once."""

from __future__ import annotations

import re
import sqlite3
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook  # type: ignore[import-untyped]
from sqlalchemy import select

from cdfi_desktop.cli import main
from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.bookkeeping import Recorder
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.citizen_id import citizen_id_check_digit
from cdfi_desktop.domain.enums import AuditAction, CreditorKind, Relation
from cdfi_desktop.domain.thai_digits import to_thai_digits
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.excel_import import (
    ImportStale,
    RowStatus,
    apply_import,
    plan_import,
    read_workbook,
    reader,
    save_mapping,
    suggest_mapping,
    write_report,
)
from cdfi_desktop.services.excel_import.reader import SheetData, _as_percent, _is_percent_format
from cdfi_desktop.services.excel_import.values import read_rate
from tests.support.workbooks import HEADERS

TODAY = date(2026, 11, 1)


def cid(n: int) -> str:
    body = f"3{n:011d}"
    return body + str(citizen_id_check_digit(body))


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("excel") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(5))
    generate_demo(db, households=8, seed=5)
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    database = Database.open(copy)
    yield database
    database.close()


def institute_and_funds(db: Database) -> tuple[str, list[str]]:
    with db.session() as session:
        institute = session.scalars(select(m.Institute.id)).one()
        funds = list(
            session.scalars(
                select(m.MemberFund.name).where(m.MemberFund.can_lend.is_(True)).order_by(m.MemberFund.name)
            )
        )
    return institute, funds


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = sqlite3.connect(path)
    try:
        tables = (
            "household",
            "household_member",
            "household_finance",
            "debt",
            "debt_guarantor",
            "village",
            "audit_log",
        )
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
    finally:
        con.close()


def db_path(db: Database) -> Path:
    return Path(str(db.engine.url.database))


BAD_ROWS = {  # data row index → the reason the report must give (5 of 99 rows: 5 %)
    7: "เลขประจำตัวประชาชนไม่ถูกต้อง",  # a household's citizen ID, merged over its three debt rows
    8: "เลขประจำตัวประชาชนไม่ถูกต้อง",
    9: "เลขประจำตัวประชาชนไม่ถูกต้อง",
    23: "จำนวนเงินติดลบไม่ได้",
    41: "ไม่พบกองทุน",
}


def officer_workbook(path: Path, *, funds: list[str], households: int = 33, bad: bool = True) -> dict[str, Any]:
    """A flat register like officers keep: title rows, one row per debt, household cells merged down over their
    debt rows, text numbers with commas, Thai digits, B.E. dates as text and as date cells; 5 % bad rows."""
    wb = Workbook()
    ws = wb.active
    ws.title = "ทะเบียนลูกหนี้"
    ws["A1"] = "ทะเบียนลูกหนี้ สถาบันการจัดการเงินทุนชุมชน"
    ws.merge_cells("A1:O1")
    ws["A2"] = "ข้อมูล ณ วันที่ 1 ตุลาคม 2569"
    ws.append(HEADERS)
    index = 0
    expected_debts = 0
    for h in range(households):
        first_row = ws.max_row + 1
        for d in range(3):
            index += 1
            principal: Any = f"{12_500 + 500 * index:,}.50" if index % 3 else 10_000 + index
            outstanding: Any = "8,000" if index % 4 else to_thai_digits("๗,๕๐๐.๕๐")
            when: Any = f"15/{(index % 12) + 1}/2560" if index % 2 else datetime(2560, (index % 12) + 1, 3)
            creditor = funds[index % len(funds)] if d == 0 else ("ธ.ก.ส. สาขาเมือง" if d == 1 else "นายทุนในหมู่บ้าน")
            contract = f"{index}/2560" if d < 2 else None  # informal loans have no contract no.
            if d == 2:
                when = to_thai_digits(f"{(index % 27) + 1} มี.ค. 60")
            row = [
                index,
                f"HH{h:03d}" if d == 0 else None,
                f"{h + 1}/{h % 3}" if d == 0 else None,
                str((h % 4) + 1) if d == 0 else None,
                f"นายสมชาย{chr(0x0E01 + h)} ทดสอบ" if d == 0 else None,
                cid(1000 + h) if d == 0 else None,
                "ใช่" if d == 0 else None,
                "9,500" if d == 0 else None,
                creditor,
                contract,
                when,
                principal,
                outstanding,
                "6" if d == 0 else ("7%" if d == 1 else "2% ต่อเดือน"),
                "๓๐" if index % 5 == 0 else 0,
            ]
            if index == 7 and bad:
                row[5] = "3-1234-56789-01-0"  # a citizen ID with a wrong check digit, on a household's first row
            if index == 23 and bad:
                row[12] = "-1,500"
            if index == 41 and bad:
                row[8] = "กองทุนที่ไม่มีในสถาบัน"
            ws.append(row)
            expected_debts += 0 if index in BAD_ROWS and bad else 1
        for col in range(2, 9):
            ws.merge_cells(start_row=first_row, start_column=col, end_row=ws.max_row, end_column=col)
    wb.save(path)
    return {"rows": index, "debts": expected_debts, "header_row": 3}


def plan(db: Database, path: Path, **kwargs: Any) -> Any:
    institute, _funds = institute_and_funds(db)
    with db.session() as session:
        return plan_import(session, institute_id=institute, workbook_path=path, today=TODAY, **kwargs)


def count(db: Database, model: type[Any]) -> int:
    with db.session() as session:
        return len(session.execute(select(table_of(model).c.id)).all())


# -- the acceptance test ----------------------------------------------------------------------------------------
def test_given_a_messy_officer_workbook_when_imported_then_good_rows_land_bad_rows_are_named_and_again_changes_nothing(
    db: Database, tmp_path: Path
) -> None:
    # GIVEN a flat officer workbook with 99 debt rows of 33 households, 5 of them (5 %) bad
    _institute, funds = institute_and_funds(db)
    source = tmp_path / "ทะเบียน.xlsx"
    made = officer_workbook(source, funds=funds)
    debts_before, households_before = count(db, m.Debt), count(db, m.Household)

    # WHEN it is checked and imported
    first = plan(db, source)
    result = apply_import(db, first)

    # THEN every good row landed, with its money exact, and the bad rows are rejected with their reasons
    counts = first.counts("ทะเบียนลูกหนี้")
    assert counts[RowStatus.REJECTED] == len(BAD_ROWS)
    assert counts[RowStatus.NEW] + counts[RowStatus.UPDATED] == made["rows"] - len(BAD_ROWS)
    assert count(db, m.Debt) - debts_before == made["debts"]
    assert result.created["debt"] == made["debts"]
    assert count(db, m.Household) - households_before == 32  # all but the one with the bad citizen ID
    with db.session() as session:
        debt_t, mem_t, hh_t = table_of(m.Debt), table_of(m.HouseholdMember), table_of(m.Household)
        row = session.execute(select(debt_t).where(debt_t.c.contract_no == "2/2560")).one()
        assert row.principal == Decimal("13500.50")
        assert row.outstanding == Decimal("8000.00")
        assert row.contract_date == date(2017, 3, 3)  # a date cell typed in B.E. 2560
        assert row.creditor_kind is CreditorKind.BAAC
        row = session.execute(select(debt_t).where(debt_t.c.contract_no == "1/2560")).one()
        assert row.creditor_kind is CreditorKind.MEMBER_FUND and row.member_fund_id is not None
        assert row.contract_date == date(2017, 2, 15)  # "15/2/2560" as text
        informal = session.execute(
            select(debt_t).where(debt_t.c.creditor_name == "นายทุนในหมู่บ้าน").order_by(debt_t.c.principal)
        ).all()
        assert {r.creditor_kind for r in informal} == {CreditorKind.INFORMAL_LENDER}
        assert {r.interest_rate for r in informal} == {Decimal("24")}  # 2 % a month
        assert Decimal("7500.50") in {r.outstanding for r in informal}  # "๗,๕๐๐.๕๐" in Thai digits
        head = session.execute(select(mem_t).where(mem_t.c.citizen_id == cid(1001))).one()
        assert (head.title, head.first_name, head.last_name) == ("นาย", "สมชายข", "ทดสอบ")
        assert head.is_head and head.relation is Relation.HEAD
        household = session.execute(select(hh_t).where(hh_t.c.id == head.household_id)).one()
        assert (household.code, household.house_no) == ("HH001", "2/1")
        assert session.execute(select(debt_t.c.days_overdue).where(debt_t.c.contract_no == "5/2560")).scalar() == 30

    # AND the returned copy names each bad row with its reason, highlighted
    report = write_report(first, tmp_path / "report.xlsx")
    sheet = load_workbook(report)["ทะเบียนลูกหนี้"]
    header = [c.value for c in sheet[made["header_row"]]]
    result_col, reason_col = header.index("ผลการนำเข้า") + 1, header.index("เหตุผล") + 1
    for index, reason in BAD_ROWS.items():
        excel_row = made["header_row"] + index
        assert sheet.cell(excel_row, result_col).value == "ไม่นำเข้า"
        assert reason in sheet.cell(excel_row, reason_col).value
        assert sheet.cell(excel_row, 1).fill.start_color.rgb == "FFF4CCCC"
    assert sheet.cell(made["header_row"] + 1, result_col).value == "นำเข้าใหม่"

    # WHEN the same workbook is imported again
    before = dump(db_path(db))
    second = plan(db, source)
    # THEN every good row is unchanged and nothing is written
    assert second.counts()[RowStatus.UNCHANGED] == made["rows"] - len(BAD_ROWS)
    assert second.counts()[RowStatus.REJECTED] == len(BAD_ROWS)
    assert not second.has_changes
    apply_import(db, second)
    assert dump(db_path(db)) == before


def test_given_the_report_copy_with_the_bad_rows_fixed_when_imported_then_they_land_and_the_rest_is_unchanged(
    db: Database, tmp_path: Path
) -> None:
    _institute, funds = institute_and_funds(db)
    source = tmp_path / "in.xlsx"
    made = officer_workbook(source, funds=funds)
    first = plan(db, source)
    apply_import(db, first)
    report = write_report(first, tmp_path / "report.xlsx")
    # GIVEN the officer fixes the negative amount in the report copy
    wb = load_workbook(report)
    wb["ทะเบียนลูกหนี้"].cell(made["header_row"] + 23, 13).value = "1,500"
    wb.save(report)
    # WHEN it is imported
    again = plan(db, report)
    # THEN that row is new, the other good rows unchanged, and the result columns are not data
    outcome = again.outcome_map()[("ทะเบียนลูกหนี้", made["header_row"] + 23)]
    assert outcome.status == RowStatus.NEW
    assert again.counts()[RowStatus.UNCHANGED] == made["rows"] - len(BAD_ROWS)
    assert "ผลการนำเข้า" not in again.mappings["ทะเบียนลูกหนี้"].columns


def test_given_a_dry_run_then_the_database_file_is_not_touched(db: Database, tmp_path: Path) -> None:
    _institute, funds = institute_and_funds(db)
    source = tmp_path / "in.xlsx"
    officer_workbook(source, funds=funds)
    before = dump(db_path(db))
    # WHEN the workbook is only checked
    checked = plan(db, source)
    # THEN there is a lot to write, and nothing was written
    assert checked.has_changes
    assert dump(db_path(db)) == before


def test_given_a_failure_midway_when_applying_then_nothing_at_all_is_written(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _institute, funds = institute_and_funds(db)
    source = tmp_path / "in.xlsx"
    officer_workbook(source, funds=funds)
    checked = plan(db, source)
    before = dump(db_path(db))
    original = Recorder.bulk_insert

    def failing(self: Recorder, session: Any, model: type[Any], rows: list[dict[str, Any]]) -> None:
        if model is m.Debt:  # households and members are already inserted by now
            raise OSError("disk full")
        original(self, session, model, rows)

    monkeypatch.setattr(Recorder, "bulk_insert", failing)
    # WHEN the write fails after households and members went in
    with pytest.raises(OSError):
        apply_import(db, checked)
    # THEN the whole import was rolled back
    assert dump(db_path(db)) == before


def test_given_the_registers_changed_after_the_check_when_applying_then_it_is_refused(
    db: Database, tmp_path: Path
) -> None:
    _institute, funds = institute_and_funds(db)
    source = tmp_path / "in.xlsx"
    officer_workbook(source, funds=funds)
    checked = plan(db, source)
    with db.session() as session, session.begin():
        session.add(m.Village(subdistrict_code="100101", village_no=99, name="บ้านใหม่"))
    with pytest.raises(ImportStale):
        apply_import(db, checked)


def test_given_changed_values_when_reimported_then_the_rows_are_updated_through_the_data_layer(
    db: Database, tmp_path: Path
) -> None:
    _institute, funds = institute_and_funds(db)
    source = tmp_path / "in.xlsx"
    made = officer_workbook(source, funds=funds)
    apply_import(db, plan(db, source))
    # GIVEN the officer updates a debt's outstanding balance (a debt without a contract no.)
    wb = load_workbook(source)
    wb.active.cell(made["header_row"] + 3, 13).value = "5,000"
    wb.save(source)
    # WHEN re-imported
    again = plan(db, source)
    apply_import(db, again)
    # THEN that row is updated in place: version 2, and the audit log holds the old and new value
    assert again.counts()[RowStatus.UPDATED] == 1
    with db.session() as session:
        debt = session.scalars(select(m.Debt).where(m.Debt.outstanding == Decimal("5000"))).one()
        assert debt.version == 2
        audit = session.scalars(
            select(m.AuditLog).where(m.AuditLog.record_id == debt.id, m.AuditLog.action == AuditAction.UPDATE)
        ).one()
        assert audit.changes["outstanding"] == ["8000.00", "5000.00"]


def test_given_a_citizen_id_of_another_household_when_imported_then_the_row_is_rejected(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as session:
        member = session.scalars(select(m.HouseholdMember).where(m.HouseholdMember.is_head.is_(True))).first()
        assert member is not None
        existing_cid = member.citizen_id
    wb = Workbook()
    ws = wb.active
    ws.append(["รหัสครัวเรือน", "บ้านเลขที่", "ชื่อ", "นามสกุล", "เลขประจำตัวประชาชน"])
    ws.append(["NEW1", "999", "สมหญิง", "ใหม่", existing_cid])
    path = tmp_path / "dup.xlsx"
    wb.save(path)
    checked = plan(db, path)
    assert checked.outcomes[0].status == RowStatus.REJECTED
    assert "มีอยู่แล้วในครัวเรือน" in checked.outcomes[0].reasons()[0]


def test_given_a_gregorian_year_then_it_is_read_as_gregorian_with_a_warning(db: Database, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "บ้านเลขที่"])
    ws.append(["นางสาวมาลี ดีใจ", cid(77), "3/4/1990", "5"])
    ws.append(["นายดำ ดีใจ", cid(78), "31/2/2530", "5"])
    path = tmp_path / "dates.xlsx"
    wb.save(path)
    checked = plan(db, path)
    first, second = checked.outcomes
    assert first.status == RowStatus.NEW
    assert "import_date_gregorian" in [w.code for w in first.warnings]
    assert "1990" in first.reasons()[0]
    assert second.status == RowStatus.REJECTED and second.errors[0].code == "date_invalid"


def test_given_a_corrected_mapping_when_saved_then_the_next_workbook_of_that_shape_uses_it(
    db: Database, tmp_path: Path
) -> None:
    # GIVEN a workbook whose column names the importer cannot guess
    wb = Workbook()
    ws = wb.active
    ws.append(["คนกู้", "เลข ปชช", "เงินที่ยืม", "เหลือ", "กองทุนรับผิดชอบ", "บ้าน เลขที่"])
    ws.append(["นายเอ บี", cid(55), "1,000", "500", "ธ.ก.ส.", "77"])
    path = tmp_path / "odd.xlsx"
    wb.save(path)
    data = read_workbook(path)
    sheet = data.sheets[0]
    mapping = suggest_mapping(sheet.headers(1), sheet=sheet.name, header_row=1)
    assert "principal" not in mapping.columns
    # WHEN the officer points the fields at their columns and saves the mapping
    for key, col in (("full_name", 0), ("citizen_id", 1), ("principal", 2), ("outstanding", 3), ("creditor", 4)):
        mapping.set(key, col)
    mapping.set("house_no", 5)
    with db.session() as session, session.begin():
        save_mapping(session, mapping)
    # THEN the next plan of a workbook of that shape (no mapping given) uses it
    checked = plan(db, path)
    assert checked.mappings[sheet.name].columns == mapping.columns
    assert checked.outcomes[0].status == RowStatus.NEW


def test_given_header_variants_then_suggest_mapping_matches_thai_and_english_names() -> None:
    headers = [
        "ที่",
        "ชื่อ-สกุล",
        "บัตร ปชช.",
        "ยอดกู้",
        "คงเหลือ",
        "ดอกเบี้ย (%)",
        "วันที่กู้",
        "Contract No.",
        "เจ้าหนี้",
        "ผลการนำเข้า",
    ]
    mapping = suggest_mapping(headers)
    assert mapping.columns == {
        "full_name": 1,
        "citizen_id": 2,
        "principal": 3,
        "outstanding": 4,
        "interest_rate": 5,
        "contract_date": 6,
        "contract_no": 7,
        "creditor": 8,
    }


def _with_shared_strings(source: Path, target: Path) -> None:
    """The same workbook as Excel writes it: strings in the shared-strings table instead of inline."""
    strings: list[str] = []

    def shared(match: re.Match[str]) -> str:
        strings.append(match[2])
        return f'<c r="{match[1]}" t="s"><v>{len(strings) - 1}</v></c>'

    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                text = re.sub(r'<c r="([A-Z]+[0-9]+)" t="inlineStr"><is><t>([^<]*)</t></is></c>', shared, data.decode())
                data = text.encode()
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdS" Target="sharedStrings.xml" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/sharedStrings"/></Relationships>',
                )
            elif item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                    b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
                )
            zout.writestr(item, data)
        sst = "".join(f"<si><t>{s}</t></si>" for s in strings)
        zout.writestr(
            "xl/sharedStrings.xml",
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{len(strings)}" uniqueCount="{len(strings)}">{sst}</sst>',
        )


def _read_openpyxl(path: Path) -> list[SheetData]:
    """The reference: openpyxl's reading of every visible sheet (merged cells left empty, as openpyxl has them)."""
    merged = {ws.title: sorted(r.bounds for r in ws.merged_cells.ranges) for ws in load_workbook(path).worksheets}
    workbook = load_workbook(path, read_only=True, data_only=True)
    sheets = []
    for worksheet in workbook.worksheets:
        if worksheet.sheet_state != "visible":
            continue
        worksheet.reset_dimensions()
        rows = [
            tuple(
                _as_percent(c.value)
                if isinstance(c.value, (int, float)) and _is_percent_format(getattr(c, "number_format", "") or "")
                else c.value
                for c in row
            )
            for row in worksheet.iter_rows()
        ]
        sheets.append(SheetData(name=worksheet.title, rows=rows, merged=merged[worksheet.title]))
    workbook.close()
    return sheets


@pytest.mark.parametrize("shared_strings", [False, True], ids=["inline strings", "shared strings"])
@pytest.mark.parametrize("scanner", ["regex", "expat"])
def test_given_a_workbook_then_the_fast_reader_reads_what_openpyxl_reads(
    tmp_path: Path, shared_strings: bool, scanner: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if scanner == "expat":  # the careful parser, for sheets the scanner does not recognise, reads the same

        def unsupported(*_args: object, **_kwargs: object) -> None:
            raise reader._Unsupported("test")

        monkeypatch.setattr(reader, "_scan_sheet", unsupported)
    source = tmp_path / "in.xlsx"
    officer_workbook(source, funds=["กองทุนหมู่บ้าน", "กลุ่มออมทรัพย์"], households=5)
    wb = load_workbook(source)
    ws = wb.active
    ws["P5"] = 1.5
    ws["Q5"] = True
    ws["R5"] = "A & B <c>"
    ws["S5"] = datetime(2024, 1, 31)
    ws["T5"], ws["U5"] = 0.06, 0.0675  # rates typed into cells formatted as percentages: shown 6% and 6.75%
    ws["T5"].number_format, ws["U5"].number_format = "0%", "0.00%"
    wb.create_sheet("ซ่อน").sheet_state = "hidden"
    wb.save(source)
    if shared_strings:
        _with_shared_strings(source, tmp_path / "shared.xlsx")
        source = tmp_path / "shared.xlsx"
    fast = read_workbook(source).sheets
    slow = _read_openpyxl(source)
    assert [s.name for s in fast] == [s.name for s in slow] == ["ทะเบียนลูกหนี้"]

    def trimmed(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        out = [tuple(r) for r in rows]
        while out and all(v is None for v in out[-1]):
            out.pop()
        return [tuple(v for v in r) + (None,) * (30 - len(r)) for r in out]

    assert trimmed(fast[0].rows)[3:] != []
    assert sorted(fast[0].merged) == slow[0].merged
    assert fast[0].rows[4][15:21] == (1.5, True, "A & B <c>", datetime(2024, 1, 31), "6%", "6.75%")
    assert slow[0].rows[4][19:21] == ("6%", "6.75%")
    assert [read_rate(v) for v in fast[0].rows[4][19:21]] == [Decimal(6), Decimal("6.75")]
    # the fast reader fills merged cells; openpyxl leaves them empty: compare the top-left cells only
    for r, (a, b) in enumerate(zip(trimmed(fast[0].rows), trimmed(slow[0].rows), strict=True)):
        for c, (x, y) in enumerate(zip(a, b, strict=True)):
            if y is not None or not any(
                mn_c <= c + 1 <= mx_c and mn_r <= r + 1 <= mx_r for mn_c, mn_r, mx_c, mx_r in fast[0].merged
            ):
                assert x == y, (r + 1, c + 1)


# -- the command line ------------------------------------------------------------------------------------------
def test_given_the_cli_when_importing_then_it_prints_the_summary_and_exits_1_for_rejected_rows(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _institute, funds = institute_and_funds(db)
    source = tmp_path / "in.xlsx"
    officer_workbook(source, funds=funds)
    location = str(db_path(db))
    db.close()
    before = dump(Path(location))
    # WHEN checked with --dry-run: nothing written, the rejected rows named, exit code 1
    assert (
        main(["--lang", "th", "import-excel", "--db", location, str(source), "--dry-run", "--today", "2026-11-01"]) == 1
    )
    out = capsys.readouterr().out
    assert "ทะเบียนลูกหนี้: นำเข้าใหม่ 94, ปรับปรุง 0, ไม่เปลี่ยนแปลง 0, ไม่นำเข้า 5" in out
    assert "แถว 10: เลขบัตรประชาชน: เลขประจำตัวประชาชนไม่ถูกต้อง" in out
    assert dump(Path(location)) == before
    # WHEN imported with a report: written, report saved
    report = tmp_path / "out.xlsx"
    assert main(["--lang", "en", "import-excel", "--db", location, str(source), "--report", str(report)]) == 1
    out = capsys.readouterr().out
    assert "Written in one transaction" in out and report.exists()
    # WHEN the workbook with its bad rows corrected is imported: they land, exit code 0; then nothing to write
    officer_workbook(source, funds=funds, bad=False)
    assert main(["--lang", "en", "import-excel", "--db", location, str(source)]) == 0
    assert "new 5, updated 0, unchanged 94, rejected 0" in capsys.readouterr().out
    assert main(["--lang", "en", "import-excel", "--db", location, str(source)]) == 0
    assert "Nothing to write" in capsys.readouterr().out


def test_given_the_cli_template_option_then_it_writes_the_template_with_the_funds(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _institute, funds = institute_and_funds(db)
    location = str(db_path(db))
    db.close()
    out = tmp_path / "แบบฟอร์ม.xlsx"
    assert main(["import-excel", "--db", location, "--template", str(out)]) == 0
    lists = load_workbook(out)["รายการ"]
    assert set(funds) <= {c.value for c in lists["B"]}


def test_given_an_unreadable_file_or_several_institutes_then_the_cli_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location = tmp_path / "two.sqlite"
    db = Database.open(location, device_id=demo_device_id(9))
    generate_demo(db, households=2, seed=9)
    with db.session() as session, session.begin():
        session.add(
            m.Institute(
                name="สถาบันที่สอง", cohort="existing", province_code="10", district_code="1001", subdistrict_code="100101"
            )
        )
    db.close()
    bad = tmp_path / "not.xlsx"
    bad.write_text("hello")
    assert main(["import-excel", "--db", str(location), str(bad)]) == 2
    assert "--institute" in capsys.readouterr().err
    with Database.open(location).session() as session:
        first = session.scalars(select(m.Institute.id).order_by(m.Institute.name)).first()
    assert main(["--lang", "en", "import-excel", "--db", str(location), "--institute", str(first), str(bad)]) == 2
    assert "cannot be opened" in capsys.readouterr().err


def test_given_a_unit_of_work_when_applying_through_its_session_then_the_caller_commits(
    db: Database, tmp_path: Path
) -> None:
    from cdfi_desktop.services.uow import UnitOfWork

    _institute, funds = institute_and_funds(db)
    source = tmp_path / "in.xlsx"
    made = officer_workbook(source, funds=funds, households=3, bad=False)
    checked = plan(db, source)
    debts_before = count(db, m.Debt)
    # WHEN applied inside a unit of work that is not committed: nothing stays
    with UnitOfWork(db) as uow:
        apply_import(uow.session, checked)
    assert count(db, m.Debt) == debts_before
    # WHEN applied inside a unit of work that commits: it is all there
    with UnitOfWork(db) as uow:
        result = apply_import(uow.session, checked)
        uow.commit()
    assert count(db, m.Debt) == debts_before + made["debts"] == debts_before + result.created["debt"]
