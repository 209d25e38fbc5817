"""The 1HH1C report round's files: the report form and register as PDF (Thai text, Sarabun embedded, page x/y) and
one Excel workbook; a submitted round's files are byte-identical whenever written again — a minute later, after the
data changed — and a draft says it is one. The submitted round is the demo's round 1 (April), submitted early on the
demo's day (``tests/support/demo_states.py``; the demo itself submits it only in April)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import types
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import select, update

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.reports.registry import write_round_reports
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services import repayments as rp
from cdfi_desktop.services import report_rounds as rr
from cdfi_desktop.services.demo import DEMO_AS_OF, demo_device_id, generate_demo
from cdfi_desktop.services.uow import UnitOfWork
from tests.support.demo_states import submit_round_1_early

FY = 2570
OFFICER = "นางสาวพรทิพย์ ใจดี"
SUBMITTED_AT = datetime(2026, 11, 25, 16, 0, tzinfo=UTC)  # when round 1 was submitted early: 23:00 in Thailand
LATER = date(2026, 12, 20)
FORM_TITLE = "แบบรายงานการบริหารจัดการหนี้ไปสู่ ๑ ครัวเรือน ๑ สัญญา"
REGISTER_TITLE = "ทะเบียนการบริหารจัดการหนี้ไปสู่ ๑ ครัวเรือน ๑ สัญญา"


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is missing: install poppler-utils")
    return found


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("round-files") / "demo.sqlite"
    db = Database.open(path, device_id=demo_device_id(3))
    generate_demo(db, households=60, seed=3)
    submit_round_1_early(db)  # the demo submits it only in April
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    database = Database.open(copy, officer=OFFICER)
    yield database
    database.close()


def institute(db: Database) -> str:
    with db.session() as session:
        found = reg.first_institute_id(session)
    assert found
    return found


def submitted_round_1(db: Database) -> str:
    """The demo's round 1, submitted on its day: its verified hash."""
    with db.session() as session:
        frozen = rr.round_view(session, institute_id=institute(db), fiscal_year=FY, round_no=1)
        sha = rr.verify_round(session, institute_id=institute(db), fiscal_year=FY, round_no=1)
    assert frozen.submitted and frozen.submitted_at == SUBMITTED_AT and frozen.submitted_by == OFFICER
    assert frozen.as_of == DEMO_AS_OF
    return sha


def write(
    db: Database, out: Path, *, printed_on: date, round_no: int | None = None, language: str = "th"
) -> list[Path]:
    with db.session() as session:
        return write_round_reports(
            session,
            institute_id=institute(db),
            fiscal_year=FY,
            out_dir=out,
            printed_on=printed_on,
            language=language,
            round_no=round_no,
        )


def pay_every_contract(db: Database) -> None:
    """A repayment on every open contract, through the use case, after the round was submitted."""
    with db.session() as session:
        figures = rr.round_figures(session, institute_id=institute(db), fiscal_year=FY, round_no=1, as_of=DEMO_AS_OF)
    for line in figures.lines:
        with UnitOfWork(db) as uow:
            rp.record_repayment(
                uow, contract_id=line.contract_id, paid_on=date(2026, 12, 10), amount=line.installment, today=LATER
            )


class _Later(dt.datetime):
    """openpyxl's clock, a minute and a half on."""

    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> _Later:
        real = dt.datetime.now(tz)
        moved = real + dt.timedelta(seconds=90)
        return cls(*moved.timetuple()[:6], tzinfo=moved.tzinfo)


def test_GIVEN_round_1_submitted_WHEN_written_again_later_and_after_edits_THEN_every_file_is_byte_identical(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sha = submitted_round_1(db)
    first = write(db, tmp_path / "first", printed_on=date(2026, 11, 27))
    assert sorted(p.suffix for p in first) == [".pdf", ".pdf", ".xlsx"]
    assert all("รอบ1" in p.name and "ร่าง" not in p.name for p in first)

    pay_every_contract(db)
    # the clock a minute and a half on, for the zip entries, openpyxl's document dates and anything else
    import time

    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 90)
    monkeypatch.setattr("openpyxl.writer.excel.datetime", types.SimpleNamespace(datetime=_Later, timezone=dt.timezone))
    monkeypatch.setattr(
        "openpyxl.packaging.core.datetime", types.SimpleNamespace(datetime=_Later, timezone=dt.timezone)
    )
    again = write(db, tmp_path / "again", printed_on=LATER)

    assert [p.name for p in again] == [p.name for p in first]
    for a, b in zip(first, again, strict=True):
        assert a.read_bytes() == b.read_bytes(), f"{a.name} changed"
    with db.session() as session:
        frozen = rr.round_view(session, institute_id=institute(db), fiscal_year=FY, round_no=1)
        live = rr.round_figures(session, institute_id=institute(db), fiscal_year=FY, round_no=1, as_of=LATER)
    assert frozen.sha256 == sha and live.totals.paid > frozen.figures.totals.paid

    book = next(p for p in first if p.suffix == ".xlsx")
    with zipfile.ZipFile(book) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2026, 11, 25, 16, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert core.count("2026-11-25T16:00:00Z") == 2


def test_GIVEN_a_draft_WHEN_written_THEN_it_says_draft_and_shows_the_data_as_it_is_now(
    db: Database, tmp_path: Path
) -> None:
    pdftotext = poppler("pdftotext")
    submitted_round_1(db)
    pay_every_contract(db)
    written = write(db, tmp_path, printed_on=LATER)  # round 1 is the latest submitted
    assert all("ร่าง" not in p.name for p in written)
    drafts = write(db, tmp_path / "draft", printed_on=LATER, round_no=2)
    assert all(p.name.endswith(("_ร่าง.pdf", "_ร่าง.xlsx")) for p in drafts)
    form = next(p for p in drafts if p.name.startswith("แบบรายงาน"))
    text = run(pdftotext, "-layout", str(form), "-")
    assert "ร่าง – ยังไม่ได้ส่งรายงาน" in text
    assert "รายงานรอบที่ 2 (เดือนกรกฎาคม 2570)" in text
    assert "เปรียบเทียบกับรายงานรอบที่ 1" in text
    with db.session() as session:
        draft = rr.round_view(session, institute_id=institute(db), fiscal_year=FY, round_no=2, today=LATER)
    assert f"{draft.figures.totals.paid:,.2f}" in text
    book = load_workbook(next(p for p in drafts if p.suffix == ".xlsx"))
    assert book.sheetnames == ["แบบรายงาน", "ทะเบียน"]
    assert any("ร่าง" in str(c.value) for c in book["แบบรายงาน"]["A"] if c.value)


def test_GIVEN_a_submitted_round_WHEN_printed_THEN_thai_titles_sarabun_pages_totals_and_hash(
    db: Database, tmp_path: Path
) -> None:
    pdftotext, pdffonts = poppler("pdftotext"), poppler("pdffonts")
    sha = submitted_round_1(db)
    written = write(db, tmp_path, printed_on=LATER)
    form = next(p for p in written if p.name.startswith("แบบรายงาน"))
    register = next(p for p in written if p.name.startswith("ทะเบียน"))
    with db.session() as session:
        frozen = rr.round_view(session, institute_id=institute(db), fiscal_year=FY, round_no=1)
    t = frozen.figures.totals

    text = run(pdftotext, "-layout", str(form), "-")
    assert FORM_TITLE in text and "สถาบันการจัดการเงินทุนชุมชน" in text
    assert "ปีงบประมาณ พ.ศ. 2570" in text and "รายงานรอบที่ 1 (เดือนเมษายน 2570)" in text
    assert "ข้อมูล ณ วันที่ 25 พฤศจิกายน พ.ศ. 2569" in text
    assert "ตำบล" in text and "อำเภอ" in text and "จังหวัด" in text
    assert f"{t.principal:,.2f}" in text and f"{t.debt_before:,.2f}" in text
    assert "ผ่านเกณฑ์" in text and "หนี้นอกระบบ" in text
    assert "ตัวชี้วัดความสำเร็จของสถาบัน" in text and "บริหารจัดการหนี้ไปสู่ ๑ ครัวเรือน ๑ สัญญา อย่างน้อย 11" in text
    assert f"ส่งรายงานเมื่อ 25 พฤศจิกายน พ.ศ. 2569 โดย {OFFICER}" in text, "the day in Thailand (23:00)"
    assert sha in text.replace("\n", "") and "ร่าง" not in text
    assert "หน้า 1/" in text
    assert "ลงชื่อ" in text

    text = run(pdftotext, "-layout", str(register), "-")
    assert REGISTER_TITLE in text
    for line in frozen.figures.lines:
        assert line.contract_no in text and line.household_code in text
    assert f"รวม {t.households_1hh1c} ครัวเรือน {t.contracts} สัญญา" in text
    assert f"{t.balance:,.2f}" in text
    pages = run(poppler("pdfinfo"), str(register))
    count = int(next(x for x in pages.splitlines() if x.startswith("Pages:")).split()[1])
    assert f"หน้า {count}/{count}" in text

    for pdf in (form, register):
        fonts = run(pdffonts, str(pdf))
        assert "Sarabun-Regular" in fonts and "Sarabun-Bold" in fonts
        info = run(poppler("pdfinfo"), str(pdf))
        assert "CreationDate:" in info

    book = load_workbook(next(p for p in written if p.suffix == ".xlsx"))
    sheet = book["ทะเบียน"]
    numbers = [
        c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("1HH1C")
    ]
    assert sorted(numbers) == sorted(line.contract_no for line in frozen.figures.lines)
    assert book.properties.created == datetime(2026, 11, 25, 16, 0)
    values = [c.value for row in book["แบบรายงาน"].iter_rows() for c in row if c.value is not None]
    assert float(t.principal) in values and FORM_TITLE in values


def test_GIVEN_a_submitted_round_in_english_WHEN_printed_THEN_english_titles(db: Database, tmp_path: Path) -> None:
    pdftotext = poppler("pdftotext")
    submitted_round_1(db)
    written = write(db, tmp_path, printed_on=LATER, language="en", round_no=1)
    form = next(p for p in written if p.name.startswith("1HH1C-report-form"))
    text = run(pdftotext, "-layout", str(form), "-")
    assert "1 household 1 contract debt-management report form" in text
    assert "Round 1 (April 2027)" in text and "Fiscal year B.E. 2570" in text


def test_GIVEN_a_tampered_snapshot_WHEN_printing_THEN_refused_and_nothing_written(db: Database, tmp_path: Path) -> None:
    submitted_round_1(db)
    with db.session() as session, session.begin():
        row = session.scalars(select(m.ReportRound)).one()
        snapshot = dict(row.snapshot or {})
        snapshot["sha256"] = "0" * 64
        session.execute(update(m.ReportRound).where(m.ReportRound.id == row.id).values(snapshot=snapshot))
    with pytest.raises(rr.SnapshotTampered):
        write(db, tmp_path / "out", printed_on=LATER)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_GIVEN_no_contracts_before_the_first_signing_WHEN_a_draft_is_printed_THEN_the_register_says_so(
    db: Database, tmp_path: Path
) -> None:
    pdftotext = poppler("pdftotext")
    with db.session() as session:
        empty = rr.draft_view(session, institute_id=institute(db), fiscal_year=FY, round_no=1, as_of=date(2026, 10, 1))
    assert empty.figures.lines == () and empty.figures.totals.principal == Decimal(0)
    assert not empty.figures.totals.meets_minimum and empty.figures.totals.short_of_minimum == 11
    from cdfi_desktop.reports.round_data import round_report
    from cdfi_desktop.reports.round_pdf import write_form_pdf, write_register_pdf

    report = round_report(empty, printed_on=date(2026, 10, 1))
    register = write_register_pdf(report, tmp_path / "register.pdf")
    form = write_form_pdf(report, tmp_path / "form.pdf")
    assert "ยังไม่มีครัวเรือนเป้าหมายที่ทำสัญญา" in run(pdftotext, "-layout", str(register), "-")
    assert "ยังขาดอีก 11 ครัวเรือน" in run(pdftotext, "-layout", str(form), "-")
