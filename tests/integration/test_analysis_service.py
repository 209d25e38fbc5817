"""The institute's analysis: every household classified once, sources of money within what the funds hold."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from cdfi_desktop.db.database import Database
from cdfi_desktop.domain.funding import SourceKind
from cdfi_desktop.services import registers as reg
from cdfi_desktop.services.analysis import analyse_institute, pooled_capacity
from cdfi_desktop.services.demo import DEMO_AS_OF, demo_device_id, generate_demo


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("analysis") / "demo.sqlite"
    database = Database.open(path, device_id=demo_device_id(3))
    generate_demo(database, households=300, seed=3)
    yield database
    database.close()


def test_given_the_demo_institute_then_every_household_has_a_class_and_every_open_debt_a_source(db: Database) -> None:
    with db.session() as session:
        institute = reg.first_institute_id(session) or ""
        analysis = analyse_institute(session, institute, as_of=DEMO_AS_OF)
        open_debts = len(reg.debt_ids(session, institute_id=institute))
        register_classes = reg.classifications(session, [r.household_id for r in analysis.rows], as_of=DEMO_AS_OF)
    assert len(analysis.rows) == 300 and sum(analysis.households_per_class().values()) == 300
    assert sum(len(r.sources) for r in analysis.rows) == open_debts
    # the register shows the same class as the analysis
    assert {i: c.debtor_class for i, c in register_classes.items()} == {
        r.household_id: r.debtor_class for r in analysis.rows
    }
    # the split of debt by source adds up to the total
    total = sum((r.classification.indicators.total_debt for r in analysis.rows), Decimal(0))
    assert sum(analysis.debt_by_source().values()) == total
    assert sum(b.households for b in analysis.dsr_distribution()) == sum(
        1 for r in analysis.rows if r.classification.indicators.monthly_debt_service > 0
    )


def test_given_the_sources_then_no_fund_and_no_pool_gives_more_than_it_has(db: Database) -> None:
    with db.session() as session:
        institute = reg.first_institute_id(session) or ""
        analysis = analyse_institute(session, institute, as_of=DEMO_AS_OF)
    new_money = {f.fund_id: Decimal(0) for f in analysis.funds}
    pooled = Decimal(0)
    for row in analysis.rows:
        for s in row.sources:
            suggestion = s.suggestion
            if suggestion.kind is SourceKind.POOLED:
                pooled += s.outstanding
            elif suggestion.kind is SourceKind.MEMBER_FUND and suggestion.reason.code == "source_fund":
                assert suggestion.fund_id is not None
                new_money[suggestion.fund_id] += s.outstanding
            assert s.suggestion.reason.code.startswith("source_")
    for fund in analysis.funds:
        assert new_money[fund.fund_id] <= fund.available
    assert pooled + sum(new_money.values()) <= pooled_capacity(analysis)
    assert pooled > 0  # the demo institute has unlent money, and some debts are given it
