"""``cdfi-desktop audit``: check that the audit trail was not tampered with (``verify``), or write its entries to an
Excel workbook (``export``) with the viewer's filters."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from cdfi_desktop.commands import add_db_option, open_database
from cdfi_desktop.failures import EXIT_COULD_NOT_RUN, EXIT_DONE, EXIT_NOTHING_DONE

_TEXTS: dict[str, tuple[str, str]] = {
    "exported": ("บันทึกประวัติการแก้ไข {count:,} รายการไว้ที่ {path}", "Wrote {count:,} audit entries to {path}"),
    "full_ids_refused": (
        "บัญชีนี้ไม่มีสิทธิ์ดูเลขประจำตัวประชาชนเต็ม (--full-ids): ส่งออกโดยไม่ใส่ --full-ids เพื่อให้แสดงบางส่วน",
        "This account may not see full citizen IDs (--full-ids): export without it to show them masked.",
    ),
    "took": ("ใช้เวลา {seconds:.2f} วินาที", "took {seconds:.2f} s"),
    "filter_record": ("รายการ: {value}", "Record: {value}"),
    "filter_officer": ("ผู้บันทึก: {value}", "Officer: {value}"),
    "filter_since": ("ตั้งแต่: {value}", "Since: {value}"),
    "filter_until": ("ถึง: {value}", "Until: {value}"),
    "filter_kind": ("การดำเนินการ: {value}", "Action: {value}"),
    "filter_table": ("ข้อมูล: {value}", "Table: {value}"),
}


def _text(code: str, language: str, **params: object) -> str:
    thai, english = _TEXTS[code]
    return (english if language == "en" else thai).format(**params)


def _day(text: str) -> date:
    return date.fromisoformat(text)


def add_to(commands: Any) -> None:
    cmd = commands.add_parser(
        "audit",
        help="check the audit trail's hash chain, or export its entries to Excel",
        description="Every change is kept in the audit trail, each entry chained to the one before by its hash. "
        "'verify' checks the chain (exit 1 and the first entry at fault when it was tampered with); 'export' "
        "writes the entries the filters keep to an Excel workbook.",
    )
    actions = cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
    verify = actions.add_parser("verify", help="check every entry's hash and link; exit 1 when the chain is broken")
    add_db_option(verify, wait=True)
    verify.set_defaults(handler=run)
    export = actions.add_parser("export", help="write the entries to an Excel workbook")
    add_db_option(export, wait=True)
    export.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx", help="the workbook to write")
    export.add_argument("--record", help="a household's name, house or register no., or a contract no.")
    export.add_argument("--officer", help="part of the officer's name, or an account's username")
    export.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="from this day (Gregorian, local time)")
    export.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="up to this day, included")
    export.add_argument("--action", dest="kind", choices=("create", "update", "delete"), help="one kind of change")
    export.add_argument("--table", help="one table (its name in the database, e.g. consolidation_contract)")
    export.add_argument("--full-ids", action="store_true", help="citizen IDs in full (masked by default)")
    export.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cdfi_desktop.services import audit

    language = args.language
    db = open_database(args, program=f"audit {args.action}", check_audit=False)  # the chain is reported below
    try:
        report = audit.verify_chain(db)
        if args.action == "verify":
            stream = sys.stdout if report.ok else sys.stderr
            print(f"{report.text(language)} ({_text('took', language, seconds=report.seconds)})", file=stream)
            return EXIT_DONE if report.ok else 1
        if args.full_ids:
            from cdfi_desktop.commands.report import may_print_full_ids

            if not may_print_full_ids(db):
                print(_text("full_ids_refused", language), file=sys.stderr)
                return EXIT_NOTHING_DONE
        filters = []
        for key in ("record", "officer", "since", "until", "kind", "table"):
            value = getattr(args, key)
            if value:
                shown = value.isoformat() if isinstance(value, date) else value
                filters.append(_text(f"filter_{key}", language, value=shown))
        from cdfi_desktop.reports.audit_xlsx import write_audit_xlsx

        made = audit.sheet(
            db,
            filters=filters,
            language=language,
            full_ids=args.full_ids,
            report=report,
            record=args.record,
            officer=args.officer,
            since=args.since,
            until=args.until,
            action=args.kind,
            table=args.table,
        )
        path = write_audit_xlsx(made, args.out)
        print(_text("exported", language, count=made.entries, path=path))
        if not report.ok:
            print(report.text(language), file=sys.stderr)
        return EXIT_DONE
    except OSError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_COULD_NOT_RUN
    finally:
        db.close()
