"""Any officer's register imports: every layout of the corpus lands whole, nothing that is not data lands, and
importing it again changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import func, select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.services.areas import area_names
from cdfi_desktop.services.demo import demo_device_id, generate_demo
from cdfi_desktop.services.excel_import import RowStatus, apply_import, plan_import, write_report
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

    # WHEN the workbook is checked
    plan = _plan(fresh, expected.path)

    # THEN its data rows, and only those, are judged; none is refused; the lines that are not data are skipped
    judged: dict[str, set[int]] = {}
    for outcome in plan.outcomes:
        judged.setdefault(outcome.sheet, set()).add(outcome.row)
    assert judged == expected.data_rows
    assert [(o.sheet, o.row, o.reasons("en")) for o in plan.rejected] == []
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
