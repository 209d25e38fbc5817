"""Printing the registers: the official Excel workbook or PDF of either register, written in the background."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cdfi_desktop.failures import describe
from cdfi_desktop.ui.ops import Ops
from cdfi_desktop.ui.widgets.fields import screen_language

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database

HOUSEHOLDS, DEBTORS = "households", "debtors"


def _t(text: str) -> str:
    return QCoreApplication.translate("RegisterExport", text)


def write_register(
    db: Database, *, kind: str, institute_id: str, path: Path, full_citizen_ids: bool, language: str
) -> Path:
    """On the worker: collect the register and write it as .xlsx or .pdf (by the file's suffix)."""
    from cdfi_desktop.reports.registers_data import Register, debtor_register, household_register
    from cdfi_desktop.reports.registers_pdf import write_pdf
    from cdfi_desktop.reports.registers_xlsx import write_xlsx

    register: Register
    with db.session() as session:
        if kind == HOUSEHOLDS:
            register = household_register(
                session,
                institute_id=institute_id,
                printed_on=date.today(),
                language=language,
                full_citizen_ids=full_citizen_ids,
            )
        else:
            register = debtor_register(
                session,
                institute_id=institute_id,
                printed_on=date.today(),
                language=language,
                full_citizen_ids=full_citizen_ids,
            )
    if path.suffix.lower() == ".pdf":
        write_pdf(register, path)
    else:
        write_xlsx(register, path)
    return path


def export_register(
    parent: QWidget, ops: Ops, *, kind: str, institute_id: str, suffix: str, full_citizen_ids: bool
) -> None:
    """Ask where to save, then write the register without blocking the screen."""
    name = ("household-register" if kind == HOUSEHOLDS else "debtor-register") + suffix
    wanted = "Excel (*.xlsx)" if suffix == ".xlsx" else "PDF (*.pdf)"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("RegisterExport", "Save the register"), str(Path.home() / name), wanted
    )
    if not chosen:
        return
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_suffix(suffix)
    language = screen_language()

    def done(written: Path) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("RegisterExport", "Register saved"),
            QCoreApplication.translate("RegisterExport", "Saved as %1").replace("%1", str(written)),
        )

    def failed(exc: Exception) -> None:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("RegisterExport", "Register not saved"),
            QCoreApplication.translate("RegisterExport", "The register could not be written: %1").replace(
                "%1", describe(exc, screen_language())
            ),
        )

    ops.query(
        lambda db: write_register(
            db, kind=kind, institute_id=institute_id, path=path, full_citizen_ids=full_citizen_ids, language=language
        ),
        success=done,
        failure=failed,
    )
