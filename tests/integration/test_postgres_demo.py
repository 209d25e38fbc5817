"""The same data layer on PostgreSQL: bulk inserts of the demo, exact money, and the overview reads."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.db.database import Database
from cdfi_desktop.services.demo import generate_demo
from cdfi_desktop.services.overview import institute_overviews

pytestmark = pytest.mark.postgres


def test_given_postgres_when_the_demo_is_generated_then_it_reads_back_like_on_sqlite(
    pg_url: str, tmp_path: Path
) -> None:
    # GIVEN a fresh PostgreSQL database and the same demo made on SQLite
    pg = Database.open(pg_url)
    lite = Database.open(tmp_path / "same.sqlite")
    try:
        # WHEN the demo is generated into both with the same seed
        on_pg = generate_demo(pg, households=15, seed=11)
        on_lite = generate_demo(lite, households=15, seed=11)

        # THEN the counts, the stamps and every money amount agree exactly
        assert (on_pg.households, on_pg.members, on_pg.debts) == (on_lite.households, on_lite.members, on_lite.debts)
        with pg.session() as s_pg, lite.session() as s_lite:

            def amounts(session: Session) -> list[tuple[str, Decimal, Decimal]]:
                query = select(m.Debt.id, m.Debt.principal, m.Debt.outstanding).order_by(m.Debt.id)
                return [tuple(row) for row in session.execute(query)]

            assert amounts(s_pg) == amounts(s_lite)
            assert s_pg.scalar(select(func.count()).where(m.Debt.hlc.is_(None))) == 0
            overview_pg, overview_lite = institute_overviews(s_pg), institute_overviews(s_lite)
        assert overview_pg == overview_lite
        assert overview_pg[0].outstanding > Decimal("0")
    finally:
        pg.close()
        lite.close()
