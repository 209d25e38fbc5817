"""What the repayments panel asks of the database, run on the worker thread: a contract's account with the
household's figures before and after consolidation, the preview of a payment's split, and a receipt in PDF."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.domain.schedule import Allocation
    from cdfi_desktop.services.repayments import Account, BeforeAfter

log = logging.getLogger("cdfi_desktop.ui.contracts.repayments")


@dataclass(frozen=True)
class Loaded:
    account: Account
    figures: BeforeAfter | None


def load(db: Database, *, contract_id: str, as_of: date) -> Loaded:
    from cdfi_desktop.services import repayments as rp

    with db.session() as session:
        account = rp.contract_account(session, contract_id, as_of=as_of)
        try:
            figures = rp.before_after(session, household_id=account.household_id, contract_id=contract_id, as_of=as_of)
        except Exception:  # the figures are extra: a household without finances still shows its account
            log.exception("before/after figures of %s", contract_id)
            figures = None
    return Loaded(account, figures)


def preview(
    db: Database, *, contract_id: str, paid_on: date, amount: Decimal, penalty: Decimal | None, today: date
) -> Allocation:
    from cdfi_desktop.services import repayments as rp

    with db.session() as session:
        return rp.preview_allocation(
            session, contract_id=contract_id, paid_on=paid_on, amount=amount, penalty_due=penalty, today=today
        )


def write_receipt(db: Database, *, repayment_id: str, path: Path) -> Path:
    from cdfi_desktop.reports.receipt_pdf import write_receipt_pdf
    from cdfi_desktop.services import repayments as rp

    with db.session() as session:
        found = rp.receipt(session, repayment_id)
    return write_receipt_pdf(found, path)


def receipt_name(db: Database, *, repayment_id: str) -> str:
    from cdfi_desktop.reports.receipt_pdf import receipt_file_name
    from cdfi_desktop.services import repayments as rp

    with db.session() as session:
        return receipt_file_name(rp.receipt(session, repayment_id))
