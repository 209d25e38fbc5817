"""The target proposal: class C then B, affordable only, heaviest debt service first, the profile's count."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from cdfi_desktop.domain.classification import DebtLine, DebtorClass, Thresholds, classify, indicators
from cdfi_desktop.domain.enums import CreditorKind
from cdfi_desktop.domain.targets import Candidate, is_eligible, propose_targets

D = Decimal
T = Thresholds()


def household(code: str, *, income: int, expenses: int, outstanding: int, installment: int, days: int = 0) -> Candidate:
    debts = [DebtLine(CreditorKind.BAAC, "baac", D(outstanding), D(installment), days)]
    c = classify(indicators(income=D(income), essential_expenses=D(expenses), debts=debts), T)
    return Candidate(household_id=f"id-{code}", code=code, classification=c)


def test_given_households_of_every_class_then_c_before_b_and_a_and_d_left_out() -> None:
    a = household("001", income=30000, expenses=10000, outstanding=20000, installment=1000)
    b = household("002", income=20000, expenses=8000, outstanding=60000, installment=6000)  # DSR 30 %
    c = household("003", income=20000, expenses=8000, outstanding=90000, installment=11000)  # DSR 55 %
    d = household("004", income=9000, expenses=9000, outstanding=900000, installment=5000)  # nothing affordable
    assert [x.classification.debtor_class for x in (a, b, c, d)] == list(DebtorClass)
    proposal = propose_targets([a, b, c, d], count=30)
    assert [(p.household_id, p.rank, p.debtor_class) for p in proposal] == [
        ("id-003", 1, DebtorClass.C),
        ("id-002", 2, DebtorClass.B),
    ]
    assert proposal[0].reason.code == "target_proposed"
    assert proposal[0].reason.params["term"] == c.classification.consolidated_term_months


def test_given_more_eligible_households_than_wanted_then_the_heaviest_dsr_first_and_count_kept() -> None:
    many = [
        household(f"{i:03}", income=20000, expenses=8000, outstanding=70000, installment=10200 + i * 10)
        for i in range(40)
    ]
    proposal = propose_targets(many, count=30)
    assert len(proposal) == 30
    assert [p.household_id for p in proposal[:2]] == ["id-039", "id-038"]
    assert [p.rank for p in proposal] == list(range(1, 31))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 60000),
            st.integers(0, 40000),
            st.integers(0, 900000),
            st.integers(0, 30000),
            st.integers(0, 400),
        ),
        max_size=40,
    ),
    st.integers(0, 35),
)
def test_property_every_proposed_household_is_c_or_b_and_affordable(rows: list[tuple[int, ...]], count: int) -> None:
    people = [
        household(f"{i:03}", income=r[0], expenses=r[1], outstanding=r[2], installment=r[3], days=r[4])
        for i, r in enumerate(rows)
    ]
    proposal = propose_targets(people, count=count)
    by_id = {p.household_id: p for p in people}
    assert len(proposal) == min(count, sum(1 for p in people if is_eligible(p.classification)))
    for p in proposal:
        c = by_id[p.household_id].classification
        assert c.debtor_class in (DebtorClass.C, DebtorClass.B)
        assert c.consolidated_term_months is not None and c.consolidated_term_months <= T.max_term_months
    classes = [p.debtor_class for p in proposal]
    assert classes == sorted(classes, key=[DebtorClass.C, DebtorClass.B].index)
