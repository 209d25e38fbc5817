"""The import wizard's work on the worker thread: reading the workbook, the dry run, remembering the mappings,
the import itself (after a backup), the template and the report; and the text of a refusal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cdfi_desktop.ui.ops import Progress

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.excel_import import ColumnMapping, ImportPlan, ImportResult, WorkbookData


@dataclass(frozen=True)
class Inspected:
    """A workbook read on the worker: its sheets and the mapping of each data sheet (saved or suggested)."""

    workbook: WorkbookData
    mappings: dict[str, ColumnMapping]


def inspect(db: Database, path: Path) -> Inspected:
    from cdfi_desktop.services.excel_import import NoDataSheet, mappings_for, read_workbook

    workbook = read_workbook(path)
    with db.session() as session:
        mappings = mappings_for(workbook, session)
    if not mappings:
        raise NoDataSheet(str(path))
    return Inspected(workbook=workbook, mappings=mappings)


def plan(
    db: Database,
    *,
    institute_id: str,
    inspected: Inspected,
    mappings: dict[str, ColumnMapping],
    create_funds: tuple[str, ...] = (),
) -> ImportPlan:
    from cdfi_desktop.services.excel_import import plan_import

    with db.reading() as session:  # the plan's reads agree even while another program writes
        return plan_import(
            session,
            institute_id=institute_id,
            workbook_path=inspected.workbook.path,
            mapping=mappings,
            today=date.today(),
            workbook=inspected.workbook,
            create_funds=create_funds,
        )


def save_mappings(db: Database, mappings: list[ColumnMapping]) -> None:
    from cdfi_desktop.services.excel_import import save_mapping

    with db.session() as session, session.begin():
        for mapping in mappings:
            save_mapping(session, mapping)


def apply(db: Database, plan: ImportPlan, progress: Progress) -> tuple[ImportResult, Exception | None]:
    """Back the database up, then write the plan; also returns why the backup failed (the import goes on)."""
    from cdfi_desktop.services.excel_import import apply_import, back_up_before_import

    unsaved = back_up_before_import(db)
    return apply_import(db, plan, progress=progress), unsaved


def write_template_for(db: Database, *, institute_id: str, out: Path) -> Path:
    from sqlalchemy import select

    from cdfi_desktop.db import models as m
    from cdfi_desktop.db.base import table_of
    from cdfi_desktop.services.excel_import import write_template

    fund_t = table_of(m.MemberFund)
    with db.session() as session:
        funds = list(
            session.scalars(
                select(fund_t.c.name)
                .where(fund_t.c.institute_id == institute_id, fund_t.c.deleted_at.is_(None))
                .order_by(fund_t.c.name)
            )
        )
    write_template(out, funds=funds)
    return out


def error_text(exc: Exception, language: str) -> str:
    """The message of a refusal: a workbook that cannot be read says why (its own code: an .xls file, a password,
    a limit passed, with the cell or part it concerns), other refusals by their code."""
    from cdfi_desktop.services.excel_import import WorkbookUnreadable
    from cdfi_desktop.services.excel_import.texts import reason_text

    if isinstance(exc, WorkbookUnreadable):
        return reason_text(exc.code, language, **{**exc.params, "location": exc.path.name, "detail": exc.detail})
    code = getattr(exc, "code", None)
    if isinstance(code, str):
        return reason_text(code, language)
    return str(exc)


def write_report(plan: ImportPlan, out: Path, *, language: str) -> Path:
    from cdfi_desktop.services.excel_import import write_report

    return write_report(plan, out, language=language)
