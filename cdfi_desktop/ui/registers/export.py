"""Printing the registers: the official Excel workbook or PDF of either register (the screen prints it into a
folder on the worker thread, widgets/page.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

HOUSEHOLDS, DEBTORS = "households", "debtors"


def write_register(
    db: Database, *, kind: str, institute_id: str, path: Path, language: str, full_ids: bool = False
) -> Path:
    """On the worker: collect the register and write it as .xlsx or .pdf (by the file's suffix); citizen IDs masked
    unless ``full_ids`` (the screen passes ``ui.privacy.disclosure().revealed``)."""
    from cdfi_desktop.reports.registers_data import Register
    from cdfi_desktop.reports.registers_pdf import write_pdf
    from cdfi_desktop.reports.registers_xlsx import write_xlsx
    from cdfi_desktop.services.printouts.registers import debtor_register, household_register

    register: Register
    with db.session() as session:
        if kind == HOUSEHOLDS:
            register = household_register(
                session,
                institute_id=institute_id,
                printed_on=date.today(),
                language=language,
                full_citizen_ids=full_ids,
            )
        else:
            register = debtor_register(
                session,
                institute_id=institute_id,
                printed_on=date.today(),
                language=language,
                full_citizen_ids=full_ids,
            )
    if path.suffix.lower() == ".pdf":
        write_pdf(register, path)
    else:
        write_xlsx(register, path)
    return path


def file_name(kind: str, suffix: str) -> str:
    """The printed register's file name: household-register.xlsx, debtor-register.pdf …"""
    return ("household-register" if kind == HOUSEHOLDS else "debtor-register") + suffix
