"""``cdfi-desktop import-excel``: households, members and debts from an officer's Excel workbook, with a report."""

# Exit codes: 0 every row imported (or already there), 1 done but some rows were rejected (the good rows are
# imported unless ``--dry-run``; the reasons are printed and written to ``--report``), 2 nothing done (the
# workbook cannot be read, no sheet has known columns, the institute is unknown or not chosen), 3 could not
# run (no such database, in use, read-only, disk full, server down: see ``cdfi_desktop.failures``).
#
# The workbook is checked against the registers, then written in one transaction that holds the write lock
# and checks again that the registers are still those it was checked against; if another program changed
# them in between, the workbook is checked again (a few times) before anything is written. A backup is
# taken before the write.

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cdfi_desktop.commands import OFFICERS, add_db_option, open_database
from cdfi_desktop.failures import EXIT_DONE as EXIT_OK
from cdfi_desktop.failures import EXIT_NOTHING_DONE as EXIT_REFUSED
from cdfi_desktop.failures import EXIT_ROWS_REFUSED as EXIT_REJECTED

if TYPE_CHECKING:
    from cdfi_desktop.db.database import Database
    from cdfi_desktop.services.excel_import import ImportPlan

SHOWN_REJECTIONS = 20
PLAN_ATTEMPTS = 3  # checks of the workbook when another program keeps changing the registers meanwhile


def add_to(commands: Any) -> None:
    cmd = commands.add_parser(
        "import-excel",
        help="import households, members and debts from an Excel workbook (dry run, report, template)",
        description="Import an officer's workbook into an institute's registers. Every row is checked; rejected "
        "rows are named with their reasons. Importing the same workbook again changes nothing. "
        "Exit code: 0 all rows imported, 1 some rows rejected, 2 nothing done, 3 could not run.",
    )
    add_db_option(cmd, wait=True, sign_in=OFFICERS)
    cmd.add_argument("file", metavar="FILE", nargs="?", type=Path, help="the workbook (.xlsx)")
    cmd.add_argument("--institute", metavar="ID", help="the institute's id (needed when the database holds several)")
    cmd.add_argument("--dry-run", action="store_true", help="check and report only; write nothing")
    cmd.add_argument(
        "--report", metavar="OUT.xlsx", type=Path, help="write a copy of the workbook with each row's result"
    )
    cmd.add_argument(
        "--template",
        metavar="OUT.xlsx",
        type=Path,
        help="write the import template (with the institute's funds) and exit",
    )
    cmd.add_argument(
        "--create-funds",
        action="store_true",
        help="create the member funds the workbook names that the institute lacks (the dry run lists them, "
        "each with a type guessed from its name); without it their rows are refused",
    )
    cmd.add_argument(
        "--accept-area",
        action="store_true",
        help="import even though a title row names another subdistrict, district or province than the "
        "institute's (the workbook may be another institute's); without it such a workbook is refused",
    )
    cmd.add_argument(
        "--create-institute",
        action="store_true",
        help="on a database without an institute, make the institute the workbook's title rows name (its "
        "subdistrict, district and province matched to the official codes), then import into it",
    )
    cmd.add_argument(
        "--map",
        metavar="COLUMN=FIELD",
        action="append",
        default=[],
        help="read a column (its letter, or its heading) as a field, e.g. --map H=contract_date; for a heading "
        "that could name several fields, which the dry run lists",
    )
    cmd.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        help="the day dates are checked against, YYYY-MM-DD (default: today)",
    )
    cmd.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    language = args.language
    if args.template is None and args.file is None:
        print(
            _t(
                language,
                "Give the workbook to import (FILE) or --template OUT.xlsx.",
                th="ระบุไฟล์ที่จะนำเข้า หรือ --template",
            )
        )
        return EXIT_REFUSED
    db = open_database(args, program="import-excel")
    try:
        today = args.today or date.today()
        wants_institute = args.create_institute and args.file is not None and not _has_institute(db)
        if wants_institute and not _create_institute(db, args.file, today=today, language=language):
            return EXIT_REFUSED
        institute_id = _institute(db, args.institute, language=language)
        if institute_id is None:
            return EXIT_REFUSED
        if args.template is not None:
            return _template(db, institute_id=institute_id, out=args.template, language=language)
        return _import(db, institute_id=institute_id, args=args, language=language)
    finally:
        db.close()


def _t(language: str, en: str, *, th: str) -> str:
    return en if language == "en" else th


def _has_institute(db: Database) -> bool:
    from sqlalchemy import func, select

    from cdfi_desktop.db import models as m
    from cdfi_desktop.db.base import table_of

    inst_t = table_of(m.Institute)
    with db.session() as session:
        return bool(session.scalar(select(func.count()).where(inst_t.c.deleted_at.is_(None))))


def _create_institute(db: Database, path: Path, *, today: date, language: str) -> bool:
    """The institute the workbook's titles name, made on an empty database; False (after saying why) when the
    titles name no subdistrict that can be told apart, or the workbook cannot be read."""
    from cdfi_desktop.services.excel_import import WorkbookUnreadable, read_workbook
    from cdfi_desktop.services.excel_import.institute import create_institute_from_titles
    from cdfi_desktop.services.excel_import.texts import reason_text

    try:
        workbook = read_workbook(path)
    except WorkbookUnreadable as exc:
        print(reason_text(exc.code, language, location=exc.path, detail=exc.detail, **exc.params), file=sys.stderr)
        return False
    area = create_institute_from_titles(db, workbook, today=today)
    if area is None:
        print(reason_text("import_institute_area_unknown", language), file=sys.stderr)
        return False
    print(
        reason_text(
            "import_institute_created",
            language,
            name=area.name,
            subdistrict=area.subdistrict,
            district=area.district,
            province=area.province,
        )
    )
    return True


def _institute(db: Database, wanted: str | None, *, language: str) -> str | None:
    from sqlalchemy import select

    from cdfi_desktop.db import models as m
    from cdfi_desktop.db.base import table_of
    from cdfi_desktop.services.excel_import.texts import reason_text

    inst_t = table_of(m.Institute)
    with db.session() as session:
        rows = session.execute(
            select(inst_t.c.id, inst_t.c.name).where(inst_t.c.deleted_at.is_(None)).order_by(inst_t.c.name)
        ).all()
    ids = {r.id for r in rows}
    if wanted is not None:
        if wanted in ids:
            return wanted
        print(reason_text("import_institute_unknown", language, institute=wanted), file=sys.stderr)
        return None
    if len(rows) == 1:
        return str(rows[0].id)
    choices = ", ".join(f"{r.id} ({r.name})" for r in rows) or "–"
    print(reason_text("import_institute_required", language, choices=choices), file=sys.stderr)
    return None


def _template(db: Database, *, institute_id: str, out: Path, language: str) -> int:
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
    print(_t(language, f"Template written: {out}", th=f"บันทึกแบบฟอร์มนำเข้าแล้ว: {out}"))
    return EXIT_OK


def _import(db: Database, *, institute_id: str, args: argparse.Namespace, language: str) -> int:
    from cdfi_desktop.messages import message
    from cdfi_desktop.services.excel_import import (
        ImportStale,
        NoDataSheet,
        WorkbookUnreadable,
        apply_import,
        back_up_before_import,
        plan_import,
        write_report,
    )
    from cdfi_desktop.services.excel_import.texts import reason_text

    today = args.today or date.today()
    choices = _column_choices(args.map, language)
    if choices is None:
        return EXIT_REFUSED
    for attempt in range(1, PLAN_ATTEMPTS + 1):
        try:
            with db.reading() as session:  # the plan's reads agree even while another program writes
                mapping = _mappings(session, args.file, choices) if choices else None
                plan = plan_import(
                    session, institute_id=institute_id, workbook_path=args.file, today=today, mapping=mapping
                )
                if args.create_funds and plan.missing_funds:
                    missing = plan.missing_funds
                    plan = plan_import(
                        session,
                        institute_id=institute_id,
                        workbook_path=args.file,
                        today=today,
                        mapping=mapping,
                        create_funds=[fund.name for fund in missing],
                    )
                    plan.missing_funds = missing
        except WorkbookUnreadable as exc:
            params = getattr(exc, "params", {})
            print(reason_text(exc.code, language, location=exc.path, detail=exc.detail, **params), file=sys.stderr)
            return EXIT_REFUSED
        except NoDataSheet:
            print(reason_text("import_no_data_sheet", language), file=sys.stderr)
            return EXIT_REFUSED
        if attempt == 1:
            _print_summary(plan, language, dry_run=args.dry_run)
            _print_missing_funds(plan, language, create=args.create_funds)
            for warning in plan.area_warnings:
                print(warning.message(language), file=sys.stderr)
            if plan.area_warnings and not args.dry_run and not args.accept_area:
                print(
                    _t(
                        language,
                        "Nothing imported: the workbook's title names another area than the institute's. Check it "
                        "is this institute's workbook, then import it with --accept-area.",
                        th="ยังไม่ได้นำเข้า เพราะชื่อเรื่องในไฟล์ระบุพื้นที่อื่นที่ไม่ใช่ของสถาบัน "
                        "กรุณาตรวจสอบว่าเป็นไฟล์ของสถาบันนี้ แล้วนำเข้าอีกครั้งด้วย --accept-area",
                    ),
                    file=sys.stderr,
                )
                return EXIT_REFUSED
        if args.dry_run or not plan.has_changes:
            break
        if attempt == 1:
            unsaved = back_up_before_import(db)  # the import goes on: the registers are written in one transaction
            if unsaved is not None:
                print(
                    message(unsaved.code, language, location=unsaved.location, detail=unsaved.detail), file=sys.stderr
                )
        try:
            result = apply_import(db, plan)
        except ImportStale:
            if attempt == PLAN_ATTEMPTS:
                print(reason_text("import_plan_stale", language), file=sys.stderr)
                return EXIT_REFUSED
            print(_t(language, "The registers changed meanwhile; checking again.", th="ทะเบียนเปลี่ยน กำลังตรวจสอบใหม่"))
            continue
        written = ", ".join(f"{table} +{n}" for table, n in result.created.items() if n)
        changed = ", ".join(f"{table} ~{n}" for table, n in result.updated.items() if n)
        print(_t(language, "Written in one transaction:", th="บันทึกในครั้งเดียว:"), written or "–", changed)
        break
    if not args.dry_run and not plan.has_changes:
        print(_t(language, "Nothing to write: the registers already hold this workbook.", th="ไม่มีข้อมูลใหม่ที่ต้องบันทึก"))
    if args.report is not None:
        write_report(plan, args.report, language=language)
        print(_t(language, f"Report written: {args.report}", th=f"บันทึกไฟล์รายงานแล้ว: {args.report}"))
    return EXIT_REJECTED if plan.rejected else EXIT_OK


def _column_choices(given: list[str], language: str) -> list[tuple[str, str]] | None:
    """``--map COLUMN=FIELD`` as (column, field key) pairs; None (after saying why) for an unknown field."""
    from cdfi_desktop.services.excel_import.fields import FIELD_BY_KEY

    out = []
    for text in given:
        column, _, key = text.rpartition("=")
        if not column.strip() or key.strip() not in FIELD_BY_KEY:
            known = ", ".join(FIELD_BY_KEY)
            print(
                _t(
                    language,
                    f"--map {text}: give COLUMN=FIELD, FIELD one of: {known}",
                    th=f"--map {text}: ระบุเป็น คอลัมน์=ช่องข้อมูล โดยช่องข้อมูลเป็นหนึ่งใน: {known}",
                ),
                file=sys.stderr,
            )
            return None
        out.append((column.strip(), key.strip()))
    return out


def _mappings(session: Any, path: Path, choices: list[tuple[str, str]]) -> dict[str, Any]:
    """The saved or suggested mappings, each column chosen with ``--map`` (by letter or heading) read as its field."""
    from openpyxl.utils.cell import column_index_from_string  # type: ignore[import-untyped]

    from cdfi_desktop.services.excel_import import mappings_for, read_workbook
    from cdfi_desktop.services.excel_import.fields import normalise_header

    mappings = mappings_for(read_workbook(path), session)
    for mapping in mappings.values():
        for column, key in choices:
            col: int | None = None
            if column.isascii() and column.isalpha() and len(column) <= 3:
                col = column_index_from_string(column.upper()) - 1
            else:
                wanted = normalise_header(column)
                col = next((i for i, h in enumerate(mapping.headers) if normalise_header(h) == wanted), None)
            if col is not None and col < len(mapping.headers):
                mapping.set(key, col)
    return mappings


def _print_missing_funds(plan: ImportPlan, language: str, *, create: bool) -> None:
    """The member funds the workbook names that the institute lacks, with the type guessed for each."""
    from cdfi_desktop.services.excel_import.texts import fund_type_text

    if not plan.missing_funds:
        return
    if create:
        print(_t(language, "Member funds to create with the import:", th="กองทุนสมาชิกที่จะสร้างพร้อมการนำเข้า:"))
    else:
        print(
            _t(
                language,
                "Member funds the workbook names that the institute does not have (their rows are refused; "
                "create them with --create-funds):",
                th="กองทุนที่ไฟล์ระบุแต่สถาบันยังไม่มี (แถวของกองทุนเหล่านี้ไม่นำเข้า สร้างกองทุนได้ด้วย --create-funds):",
            )
        )
    for fund in plan.missing_funds:
        rows = _t(language, f"{fund.rows:,} rows", th=f"{fund.rows:,} แถว")
        print(f"  {fund.name} ({fund_type_text(fund.fund_type, language)}): {rows}")


def _print_questions(plan: ImportPlan, language: str) -> None:
    """The columns left out because their heading could name several fields, with the fields to choose from."""
    from openpyxl.utils.cell import get_column_letter

    from cdfi_desktop.services.excel_import.fields import FIELD_BY_KEY

    questions = [(sheet, q) for sheet, mapping in plan.mappings.items() for q in mapping.questions()]
    if not questions:
        return
    print(
        _t(
            language,
            "Columns not imported: their heading could mean several fields (choose with --map COLUMN=FIELD):",
            th="คอลัมน์ที่ไม่ได้นำเข้า เพราะหัวตารางอาจหมายถึงได้หลายช่อง (เลือกด้วย --map คอลัมน์=ช่องข้อมูล):",
        )
    )
    for sheet, (col, header, fields) in questions:
        names = _t(language, " or ", th=" หรือ ").join(
            f"{FIELD_BY_KEY[k].en if language == 'en' else FIELD_BY_KEY[k].th} ({k})" for k in fields
        )
        print(f'  {sheet} {get_column_letter(col + 1)} "{header}": {names}')


def _print_summary(plan: ImportPlan, language: str, *, dry_run: bool) -> None:
    from collections import Counter

    from cdfi_desktop.services.excel_import.texts import reason_text, status_text

    title = _t(language, "Checked (dry run, nothing written)" if dry_run else "Checked", th="ผลการตรวจสอบ")
    print(f"{title}: {plan.workbook_path.name} → {plan.institute_name}")
    skipped = Counter(sheet for sheet, _row in plan.skipped)
    for sheet, counts in plan.counts_by_sheet().items():
        parts = ", ".join(f"{status_text(status, language)} {n:,}" for status, n in counts.items())
        if skipped[sheet]:
            lines = ", ".join(str(row) for name, row in plan.skipped if name == sheet)
            parts += f"; {reason_text('import_not_data_row', language)} ({_t(language, 'rows', th='แถว')} {lines})"
        print(f"  {sheet}: {parts}")
    _print_questions(plan, language)
    rejected = plan.rejected
    if rejected:
        print(_t(language, "Rejected rows:", th="แถวที่ไม่นำเข้า:"))
        for outcome in rejected[:SHOWN_REJECTIONS]:
            row_word = _t(language, "row", th="แถว")
            print(f"  {outcome.sheet} {row_word} {outcome.row}: " + "; ".join(outcome.reasons(language)))
        if len(rejected) > SHOWN_REJECTIONS:
            more = len(rejected) - SHOWN_REJECTIONS
            print(_t(language, f"  … and {more:,} more (see the report)", th=f"  … และอีก {more:,} แถว (ดูในไฟล์รายงาน)"))
