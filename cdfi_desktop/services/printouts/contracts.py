"""The signed 1HH1C contracts printout of an institute's fiscal year built from the database
(``reports/contracts_data.py``)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from cdfi_desktop.db import models as m
from cdfi_desktop.domain.enums import ContractStatus
from cdfi_desktop.reports.contracts_data import SignedContracts
from cdfi_desktop.services.contracts import contract_view, contracts
from cdfi_desktop.services.errors import NotFound

__all__ = ["signed_contracts"]


def signed_contracts(session: Session, *, institute_id: str, fiscal_year: int) -> SignedContracts:
    """Every signed contract of the institute's ``fiscal_year`` (B.E.) with its schedule; NotFound without the
    institute."""
    institute = session.get(m.Institute, institute_id)
    if institute is None:
        raise NotFound(institute_id)
    rows = contracts(session, institute_id=institute_id, fiscal_year=fiscal_year, statuses=(ContractStatus.SIGNED,))
    return SignedContracts(
        institute_name=institute.name,
        fiscal_year=fiscal_year,
        views=tuple(contract_view(session, r.id) for r in rows),
    )
