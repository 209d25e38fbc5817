"""One set of figures: once households sign their 1HH1C contracts, every register, workbook and screen model still
finds the same indebted households, debts, outstanding total, contracts and households at 1HH1C.

A signed contract is the household's debt now (its source debts left the register as *transferred*): the figures
here are worked out from the tables by a road of the test's own (open register debts, plus each signed contract's
schedule principal less the principal repaid), then looked for in the household register (data and workbook), the
registers service and its SQL sort, the overview tiles, the analysis (service and workbook), the target list and
the participation forms, the indicators (service and workbook), the report round (service and workbook) and the
evidence checklist — of the demo institute, and of a random institute of 1,000 households.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from cdfi_desktop.db import models as m
from cdfi_desktop.db.base import table_of
from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.enums import ContractStatus, DebtStatus
from cdfi_desktop.domain.fiscal import fiscal_year_be
from cdfi_desktop.reports.registers_xlsx import write_xlsx
from cdfi_desktop.reports.registry import (
    write_analysis_reports,
    write_indicators_reports,
    write_round_reports,
    write_targets_reports,
)
from cdfi_desktop.reports.targets_data import ParticipationForm
from cdfi_desktop.services import obligations
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services import report_rounds as rounds
from cdfi_desktop.services.analysis import analyse_institute
from cdfi_desktop.services.demo import DEMO_AS_OF, demo_device_id, generate_demo
from cdfi_desktop.services.evidence import checklist
from cdfi_desktop.services.indicators import institute_indicators, standing
from cdfi_desktop.services.overview import institute_overviews
from cdfi_desktop.services.printouts.registers import household_register
from cdfi_desktop.services.printouts.targets import participation_forms

ON = DEMO_AS_OF
FISCAL_YEAR = fiscal_year_be(ON)
ZERO = Decimal("0.00")
HH, DEBT = table_of(m.Household), table_of(m.Debt)
CONTRACT, LINE, PAID = table_of(m.ConsolidationContract), table_of(m.ScheduleLine), table_of(m.Repayment)


@dataclass(frozen=True)
class Truth:
    """What the tables say, worked out by the test."""

    owed: dict[str, Decimal]  # per indebted household: register outstanding + contract balance
    debts: dict[str, int]  # per indebted household
    contracts: int  # signed contracts still owing
    contract_balance: Decimal
    at_1hh1c: frozenset[str]
    targets: frozenset[str]

    @property
    def households(self) -> int:
        return len(self.owed)

    @property
    def outstanding(self) -> Decimal:
        return sum(self.owed.values(), ZERO)

    @property
    def debt_count(self) -> int:
        return sum(self.debts.values())


@dataclass
class Institute:
    name: str
    institute_id: str
    truth: Truth
    files: dict[str, Path]
    seen: dict[str, Any] = field(default_factory=dict)  # what the services and screen models gave


def _truth(session: Any, institute_id: str) -> Truth:
    live = select(HH.c.id).where(HH.c.institute_id == institute_id, HH.c.deleted_at.is_(None))
    owed: dict[str, Decimal] = {}
    debts: dict[str, int] = {}
    for household_id, amount, n in session.execute(
        select(DEBT.c.household_id, func.sum(DEBT.c.outstanding), func.count())
        .where(DEBT.c.household_id.in_(live), DEBT.c.deleted_at.is_(None), DEBT.c.status == DebtStatus.OPEN)
        .group_by(DEBT.c.household_id)
    ):
        owed[household_id], debts[household_id] = amount, n
    contracts, balance = 0, ZERO
    for contract_id, household_id in session.execute(
        select(CONTRACT.c.id, CONTRACT.c.household_id).where(
            CONTRACT.c.household_id.in_(live),
            CONTRACT.c.deleted_at.is_(None),
            CONTRACT.c.status == ContractStatus.SIGNED,
        )
    ):
        scheduled = session.scalar(
            select(func.sum(LINE.c.principal)).where(LINE.c.contract_id == contract_id, LINE.c.deleted_at.is_(None))
        )
        repaid = session.scalar(
            select(func.sum(PAID.c.principal)).where(
                PAID.c.contract_id == contract_id, PAID.c.deleted_at.is_(None), PAID.c.paid_on <= ON
            )
        )
        left = (scheduled or ZERO) - (repaid or ZERO)
        if left > 0:
            contracts += 1
            balance += left
            owed[household_id] = owed.get(household_id, ZERO) + left
            debts[household_id] = debts.get(household_id, 0) + 1
    now = standing(session, fiscal_year=FISCAL_YEAR, as_of=ON, institute_id=institute_id)[institute_id]
    return Truth(owed, debts, contracts, balance, now.at_1hh1c, now.targets)


def _build(folder: Path, *, households: int, seed: int) -> Institute:
    db = Database.open(folder / "institute.sqlite", device_id=demo_device_id(seed))
    try:
        generate_demo(db, households=households, seed=seed)
        with db.session() as session:
            institute_id = reg.first_institute_id(session)
            assert institute_id
            truth = _truth(session, institute_id)
            options: dict[str, Any] = {
                "institute_id": institute_id,
                "fiscal_year": FISCAL_YEAR,
                "printed_on": ON,
                "formats": ("xlsx",),
            }
            files = {
                "registers": write_xlsx(
                    household_register(session, institute_id=institute_id, printed_on=ON), folder / "households.xlsx"
                ),
                "analysis": write_analysis_reports(session, out_dir=folder / "analysis", **options)[0],
                "targets": write_targets_reports(session, out_dir=folder / "targets", **options)[0],
                "indicators": write_indicators_reports(session, out_dir=folder / "indicators", **options)[0],
                "round": write_round_reports(session, out_dir=folder / "round", **options)[0],
            }
            institute = Institute(f"{households} households, seed {seed}", institute_id, truth, files)
            ids = reg.household_ids(session, institute_id=institute_id)
            institute.seen = {
                "register": household_register(session, institute_id=institute_id, printed_on=ON, with_debts=True),
                "rows": reg.household_rows(session, ids, as_of=ON),
                "by_total_debt": reg.household_ids(
                    session, institute_id=institute_id, sort=reg.HouseholdSort.TOTAL_DEBT, descending=True
                ),
                "by_debts": reg.household_ids(session, institute_id=institute_id, sort=reg.HouseholdSort.OPEN_DEBTS),
                "overview": institute_overviews(session, institute_id=institute_id, as_of=ON)[0],
                "totals": obligations.institute_totals(session, institute_id, as_of=ON),
                "analysis": analyse_institute(session, institute_id, as_of=ON),
                "indicators": institute_indicators(session, institute_id, fiscal_year=FISCAL_YEAR, as_of=ON),
                "forms": participation_forms(
                    session, institute_id=institute_id, fiscal_year=FISCAL_YEAR, printed_on=ON
                ).forms,
                "round": rounds.round_view(
                    session, institute_id=institute_id, fiscal_year=FISCAL_YEAR, round_no=1, today=ON
                ).figures.totals,
                "evidence": {
                    item.key: item
                    for item in checklist(session, institute_id=institute_id, fiscal_year=FISCAL_YEAR).items
                },
                "sql_sums": {
                    r.household_id: (r.debts, r.total_debt)
                    for r in session.execute(obligations.household_sums(as_of=ON))
                },
                "details": {h: reg.household_detail(session, h) for h in sorted(truth.at_1hh1c)},
                "sql_indebted": set(
                    session.scalars(obligations.indebted_households(as_of=ON, institute_id=institute_id))
                ),
            }
    finally:
        db.close()
    return institute


@pytest.fixture(scope="module", params=[(300, 1), (1000, 7)], ids=["demo", "random-1000"])
def institute(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Institute]:
    households, seed = request.param
    yield _build(tmp_path_factory.mktemp(f"figures{households}"), households=households, seed=seed)


def _money(value: Any) -> Decimal:
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


@functools.cache
def _workbook(path: Path) -> Any:
    return load_workbook(path, data_only=True)


def _sheet(path: Path, index: int = 0) -> Any:
    return _workbook(path).worksheets[index]


def _rows_after_header(ws: Any, header_row: int) -> list[tuple[Any, ...]]:
    return list(ws.iter_rows(min_row=header_row + 1, values_only=True))


# -- the truth itself ------------------------------------------------------------------------------------------
def test_the_institute_has_signed_contracts_whose_debts_left_the_register(institute: Institute) -> None:
    truth = institute.truth
    assert truth.contracts >= 11 and truth.contract_balance > 0
    assert len(truth.at_1hh1c) >= 11
    # and some households owe only their contract: the register alone would call them debt-free
    only_contract = [h for h, n in truth.debts.items() if n == 1 and h in truth.at_1hh1c]
    assert only_contract


# -- registers and overview --------------------------------------------------------------------------------------
def test_the_obligations_and_the_registers_service_find_the_truth(institute: Institute) -> None:
    truth, seen = institute.truth, institute.seen
    totals = seen["totals"]
    assert (totals.households, totals.debts, totals.outstanding) == (
        truth.households,
        truth.debt_count,
        truth.outstanding,
    )
    assert (totals.contracts, totals.contracts_outstanding) == (truth.contracts, truth.contract_balance)
    rows = seen["rows"]
    assert {r.id: r.total_debt for r in rows if r.open_debts} == truth.owed
    assert {r.id: r.open_debts for r in rows if r.open_debts} == truth.debts
    assert seen["sql_indebted"] == set(truth.owed)
    live = {r.id for r in rows}
    sums = {h: v for h, v in seen["sql_sums"].items() if h in live}
    assert sums == {h: (truth.debts[h], truth.owed[h]) for h in truth.owed}


def test_sorting_the_register_by_total_debt_or_debts_follows_the_same_figures(institute: Institute) -> None:
    owed, debts = institute.truth.owed, institute.truth.debts
    by_total = [owed.get(h, ZERO) for h in institute.seen["by_total_debt"]]
    assert by_total == sorted(by_total, reverse=True)
    by_debts = [debts.get(h, 0) for h in institute.seen["by_debts"]]
    assert by_debts == sorted(by_debts)


def test_the_overview_tiles_show_the_truth(institute: Institute) -> None:
    truth, overview = institute.truth, institute.seen["overview"]
    assert overview.open_debts == truth.debt_count
    assert overview.outstanding == truth.outstanding
    assert overview.indebted_households == truth.households
    assert overview.contracts == truth.contracts


def test_the_household_register_and_its_workbook_show_the_truth(institute: Institute) -> None:
    truth, register = institute.truth, institute.seen["register"]
    assert register.totals.outstanding == truth.outstanding
    assert register.totals.open_debts == truth.debt_count
    assert sum(1 for line in register.lines if line.open_debts) == truth.households
    for line in register.lines:
        assert len(line.debts) == line.open_debts
        assert sum((d.outstanding for d in line.debts), ZERO) == line.outstanding
    contracts = [d for line in register.lines for d in line.debts if d.consolidated]
    assert len(contracts) == truth.contracts
    assert all("1HH1C" in d.creditor for d in contracts)
    ws = _sheet(institute.files["registers"])
    total = max(c.row for c in ws["A"] if isinstance(c.value, str) and c.value.startswith("รวมทั้งสิ้น"))
    assert ws[f"G{total}"].value == truth.debt_count
    assert _money(ws[f"H{total}"].value) == truth.outstanding
    indebted = [r for r in range(7, total) if isinstance(ws[f"A{r}"].value, int) and ws[f"G{r}"].value]
    assert len(indebted) == truth.households


def test_the_household_detail_lists_the_contract_as_a_debt(institute: Institute) -> None:
    truth = institute.truth
    for household_id, detail in institute.seen["details"].items():
        (contract,) = detail.contracts
        open_register = [d for d in detail.debts if detail.statuses[d.id or ""] is DebtStatus.OPEN]
        assert len(open_register) + 1 == truth.debts[household_id]
        assert contract.balance + sum((d.outstanding for d in open_register), ZERO) == truth.owed[household_id]
        assert contract.contract_no.startswith("1HH1C-") and contract.installment > 0


# -- analysis ----------------------------------------------------------------------------------------------------
def test_the_analysis_and_its_workbook_show_the_truth(institute: Institute) -> None:
    truth, analysis = institute.truth, institute.seen["analysis"]
    per_household = {
        r.household_id: r.classification.indicators.total_debt
        for r in analysis.rows
        if r.classification.indicators.total_debt
    }
    assert per_household == truth.owed
    register_debts = sum(len(r.sources) for r in analysis.rows)
    assert register_debts == truth.debt_count - truth.contracts  # a contract needs no source of money
    summary = _sheet(institute.files["analysis"], 0)
    figures = {summary[f"A{r}"].value: summary[f"B{r}"].value for r in range(6, 10)}
    assert _money(figures["หนี้สินคงค้างรวม (บาท)"]) == truth.outstanding
    households = _rows_after_header(_sheet(institute.files["analysis"], 1), 1)
    owing = [r for r in households if r[0] and _money(r[5])]
    assert len(owing) == truth.households
    assert sum((_money(r[5]) for r in owing), ZERO) == truth.outstanding
    debts = [r for r in _rows_after_header(_sheet(institute.files["analysis"], 2), 1) if r[0]]
    assert len(debts) == truth.debt_count - truth.contracts
    assert sum((_money(r[4]) for r in debts), ZERO) == truth.outstanding - truth.contract_balance


# -- targets and participation -----------------------------------------------------------------------------------
def test_the_target_list_and_the_participation_forms_show_each_target_households_debts(institute: Institute) -> None:
    truth = institute.truth
    ws = _sheet(institute.files["targets"])
    header = next(c.row for c in ws["A"] if c.value == "ลำดับที่")
    forms: tuple[ParticipationForm, ...] = institute.seen["forms"]
    codes = {f.code: f.household_id for f in forms}
    listed = {codes[r[1]]: _money(r[5]) for r in _rows_after_header(ws, header) if isinstance(r[0], int)}
    assert listed == {h: truth.owed.get(h, ZERO) for h in truth.targets}
    for form in forms:
        assert form.total_outstanding == truth.owed.get(form.household_id, ZERO), form.code
        assert len(form.debts) == truth.debts.get(form.household_id, 0), form.code
    # every household at 1HH1C shows the contract its debts became, and the debts it brought in
    signed = [f for f in forms if f.household_id in truth.at_1hh1c]
    assert len(signed) == len(truth.at_1hh1c)
    for form in signed:
        assert form.debts and form.debts[0].consolidated and "1HH1C" in form.debts[0].creditor
        (contract,) = form.contracts
        assert contract.balance == form.debts[0].outstanding and contract.brought_in
        assert contract.term_months > 0 and contract.installment > 0
    assert not [f for f in forms if not f.debts and f.household_id in truth.owed]


# -- indicators, round, evidence -------------------------------------------------------------------------------------
def test_the_indicators_and_their_workbook_show_the_truth(institute: Institute) -> None:
    truth, found = institute.truth, institute.seen["indicators"]
    assert found.facts.households_with_debts == truth.households
    assert found.households_1hh1c == len(truth.at_1hh1c)
    assert found.contracts == truth.contracts
    ws = _sheet(institute.files["indicators"])
    assert f"มีหนี้ {truth.households} ครัวเรือน" in ws["D7"].value
    figures = {r[1]: r[2] for r in ws.iter_rows(min_row=14, max_row=32, values_only=True) if r[1]}
    assert figures["ครัวเรือน ๑ ครัวเรือน ๑ สัญญา"] == len(truth.at_1hh1c)
    assert figures["สัญญารวมหนี้"] == truth.contracts


def test_the_report_round_and_its_workbook_show_the_truth(institute: Institute) -> None:
    truth, totals = institute.truth, institute.seen["round"]
    assert totals.households_1hh1c == len(truth.at_1hh1c)
    assert totals.contracts == truth.contracts
    assert totals.balance == truth.contract_balance
    ws = _sheet(institute.files["round"])
    figures = {r[0]: r[1] for r in ws.iter_rows(min_row=9, max_row=24, values_only=True) if r[0]}
    assert figures["ครัวเรือนที่บริหารจัดการหนี้ไปสู่ ๑ ครัวเรือน ๑ สัญญาแล้ว"] == f"{len(truth.at_1hh1c)} ครัวเรือน"
    assert figures["จำนวนสัญญาการถ่ายโอนภาระหนี้สิน"] == f"{truth.contracts} สัญญา"
    assert _money(figures["เงินต้นคงเหลือ"]) == truth.contract_balance
    criteria = [r[0] for r in ws.iter_rows(min_row=40, values_only=True) if isinstance(r[0], str)]
    assert any(re.search(rf"มีหนี้ {truth.households} ครัวเรือน", c) for c in criteria)


def test_the_evidence_checklist_counts_the_same_indebted_households(institute: Institute) -> None:
    evidence = institute.seen["evidence"]
    assert evidence["debtor_analysis"].count == institute.truth.households
