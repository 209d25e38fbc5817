"""The debt analysis as PDF and Excel: charts and Thai reasons that print and extract, figures that agree with
the analysis."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.classification import DebtorClass
from cdfi_desktop.messages import message
from cdfi_desktop.reports.analysis_data import AnalysisReport
from cdfi_desktop.reports.registry import write_analysis_reports
from cdfi_desktop.services.analysis import InstituteAnalysis, analyse_institute
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.printouts.analysis import analysis_report
from cdfi_desktop.services.registers import first_institute_id

PRINTED_ON = date(2026, 11, 26)
THAI_TITLE = "รายงานผลการวิเคราะห์หนี้สินและการจัดชั้นลูกหนี้ครัวเรือน"


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is missing: install poppler-utils")
    return found


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


@dataclass(frozen=True)
class Written:
    institute_id: str
    analysis: InstituteAnalysis
    report: AnalysisReport
    th: list[Path]
    en: list[Path]


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Written]:
    """GIVEN a 60-household demo institute WHEN its analysis is written in Thai and in English."""
    folder = tmp_path_factory.mktemp("analysis")
    db = Database.open(folder / "demo.sqlite", device_id=demo_device_id(5))
    generate_demo(db, households=60, seed=5)
    try:
        with db.session() as session:
            institute_id = first_institute_id(session)
            assert institute_id is not None
            analysis = analyse_institute(session, institute_id, as_of=PRINTED_ON)
            report = analysis_report(session, institute_id=institute_id, printed_on=PRINTED_ON)
            th = write_analysis_reports(
                session, institute_id=institute_id, out_dir=folder / "th", printed_on=PRINTED_ON
            )
            en = write_analysis_reports(
                session,
                institute_id=institute_id,
                out_dir=folder / "en",
                printed_on=PRINTED_ON,
                language="en",
                formats=("pdf",),
            )
        yield Written(institute_id, analysis, report, th, en)
    finally:
        db.close()


def _file(paths: list[Path], suffix: str) -> Path:
    return next(p for p in paths if p.suffix == suffix)


def test_given_the_reports_then_both_files_are_named_for_the_institute_and_year(written: Written) -> None:
    assert [p.suffix for p in written.th] == [".xlsx", ".pdf"]
    for path in written.th:
        assert path.exists() and path.stat().st_size > 0
        assert path.name.startswith("debt-analysis_") and "FY2570" in path.name


def test_given_the_pdf_then_thai_titles_headers_and_every_reason_extract(written: Written) -> None:
    text = run(poppler("pdftotext"), "-layout", str(_file(written.th, ".pdf")), "-")
    squeezed = " ".join(text.split())
    for expected in (
        THAI_TITLE,
        "ปีงบประมาณ พ.ศ. 2570",
        "จำนวนครัวเรือนตามชั้นลูกหนี้",
        "หนี้สินตามแหล่งเงินกู้",
        "กองทุนสมาชิก: ยอดให้กู้เทียบกับเงินทุน",
        "ครัวเรือนจำแนกตามชั้นลูกหนี้",
        "แหล่งเงินที่เสนอสำหรับหนี้แต่ละรายการ",
        "หนี้นอกระบบ",
        "วิกฤต",
    ):
        assert expected in squeezed, expected
    # a reason of the class and of a source, whole words, as the screen says them (wrapped lines join with spaces)
    row = next(r for r in written.analysis.rows if r.debtor_class is DebtorClass.C and r.sources)
    first_words = message(row.classification.reasons[0].code, "th", **row.classification.reasons[0].params).split()[0]
    assert first_words in squeezed
    source = message(row.sources[0].suggestion.reason.code, "th", **row.sources[0].suggestion.reason.params)
    assert source.split()[0] in squeezed
    for r in written.analysis.rows[:10]:
        assert r.code in squeezed and r.head_name.split()[-1] in squeezed


def test_given_the_pdf_then_sarabun_is_embedded_and_pages_are_a4_landscape(written: Written) -> None:
    pdf = _file(written.th, ".pdf")
    fonts = run(poppler("pdffonts"), str(pdf))
    assert "Sarabun" in fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:] if "Sarabun" in line)  # emb
    info = run(poppler("pdfinfo"), str(pdf))
    assert "841.89 x 595.276 pts (A4)" in info


def test_given_the_english_pdf_then_titles_and_reasons_are_english(written: Written) -> None:
    text = " ".join(run(poppler("pdftotext"), str(written.en[0]), "-").split())
    assert "Household debt analysis and debtor classes" in text
    assert "Households per debtor class" in text and "Suggested source of money for each debt" in text
    assert "Fiscal year B.E. 2570" in text


def test_given_the_workbook_then_its_figures_match_the_analysis(written: Written) -> None:
    book = load_workbook(_file(written.th, ".xlsx"))
    assert book.sheetnames == ["สรุป", "ครัวเรือน", "แหล่งเงินรายหนี้"]
    summary = book["สรุป"]
    assert summary["A1"].value == THAI_TITLE
    analysis = written.analysis
    values = {row[0]: row[1:] for row in summary.iter_rows(values_only=True) if row[0] is not None}
    assert values["ครัวเรือนทั้งหมด"][0] == len(analysis.rows)
    total_debt = sum((r.classification.indicators.total_debt for r in analysis.rows), Decimal(0))
    assert Decimal(str(values["หนี้สินคงค้างรวม (บาท)"][0])) == total_debt
    per_class = analysis.households_per_class()
    by_class = analysis.debt_by_class()
    for c, name in zip(DebtorClass, ("ปกติ", "เฝ้าระวัง", "มีปัญหา", "วิกฤต"), strict=True):
        count, _share, debt = values[f"{c.value} {name}"][:3]
        assert count == per_class[c]
        assert Decimal(str(debt)).quantize(Decimal("0.01")) == by_class[c]
    assert len(summary._charts) == 4  # native Excel charts beside the figures

    households = book["ครัวเรือน"]
    rows = list(households.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(analysis.rows)
    assert sum(Decimal(str(r[5])) for r in rows).quantize(Decimal("0.01")) == total_debt
    by_code = {r.code: r for r in analysis.rows}
    for code, _head, _village, cls, _name, *_rest, reasons in rows:
        row = by_code[code]
        assert cls == row.debtor_class.value
        assert reasons.split("\n") == [message(x.code, "th", **x.params) for x in row.classification.reasons]

    debts = list(book["แหล่งเงินรายหนี้"].iter_rows(min_row=2, values_only=True))
    assert len(debts) == sum(len(r.sources) for r in analysis.rows)
    outstanding = sum((s.outstanding for r in analysis.rows for s in r.sources), Decimal(0))
    assert sum(Decimal(str(d[4])) for d in debts).quantize(Decimal("0.01")) == outstanding


def test_given_a_report_then_households_come_by_class_worst_first(written: Written) -> None:
    groups = written.report.rows_by_class()
    assert [c for c, _rows in groups] == [DebtorClass.D, DebtorClass.C, DebtorClass.B, DebtorClass.A]
    for _c, rows in groups:
        debts = [r.classification.indicators.total_debt for r in rows]
        assert debts == sorted(debts, reverse=True)


def test_given_an_institute_without_households_then_the_reports_still_print(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "empty.sqlite", device_id=demo_device_id(6))
    generate_demo(db, households=3, seed=6)
    try:
        with db.session() as session:
            session.execute(update(m.Household).values(deleted_at=datetime.now(UTC)))
            session.commit()
        with db.session() as session:
            institute_id = first_institute_id(session)
            assert institute_id is not None
            paths = write_analysis_reports(session, institute_id=institute_id, out_dir=tmp_path, printed_on=PRINTED_ON)
    finally:
        db.close()
    text = " ".join(run(poppler("pdftotext"), str(_file(paths, ".pdf")), "-").split())
    assert "ยังไม่มีข้อมูล" in text and "ยังไม่มีครัวเรือนในทะเบียน" in text
    book = load_workbook(_file(paths, ".xlsx"))
    assert book["ครัวเรือน"].max_row == 1
