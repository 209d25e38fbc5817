"""``cdfi-desktop report``: the program's printed reports written headless, as Excel workbooks and PDFs."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from cdfi_desktop.commands import add_db_option, open_database
from cdfi_desktop.failures import EXIT_NOTHING_DONE

# One choice per printout of the registry (reports/registry.py), then the evidence pack that holds them.
# The names are listed here, not imported, so that `--help` loads no report module.
REPORTS = (
    "registers",
    "analysis",
    "targets",
    "training",
    "plan",
    "contracts",
    "life-plans",
    "indicators",
    "round",
    "activities",
    "evidence",
)
FORMATS = ("xlsx", "pdf")

_TEXTS: dict[str, tuple[str, str]] = {
    "no_institute": ("ยังไม่มีสถาบันในฐานข้อมูล {location}", "There is no institute in {location} yet."),
    "institute_not_found": ("ไม่พบสถาบันรหัส {institute} ใน {location}", "No institute {institute} in {location}."),
    "written": ("เขียนรายงาน {count} ไฟล์ ({seconds:.2f} วินาที)", "{count} files written ({seconds:.2f} s)"),
    "full_ids_refused": (
        "บัญชีนี้ไม่มีสิทธิ์พิมพ์เลขประจำตัวประชาชนเต็ม (--full-ids): พิมพ์โดยไม่ใส่ --full-ids เพื่อให้แสดงบางส่วน",
        "This account may not print full citizen IDs (--full-ids): print without it to show them masked.",
    ),
    "full_ids_evidence": (
        "ชุดหลักฐานประกอบตัวชี้วัดส่งออกนอกสถาบัน จึงแสดงเลขประจำตัวประชาชนบางส่วนเสมอ: พิมพ์โดยไม่ใส่ --full-ids",
        "The evidence pack leaves the institute, so its citizen IDs are always masked: print it without --full-ids.",
    ),
}


def _text(code: str, language: str, **params: object) -> str:
    thai, english = _TEXTS[code]
    return (english if language == "en" else thai).format(**params)


def add_to(commands: Any) -> None:
    report = commands.add_parser(
        "report",
        help="write a report as Excel and PDF files, without the window",
        description="Write one of the program's reports into a folder, as .xlsx and .pdf files, and print their paths.",
    )
    report.add_argument(
        "name",
        choices=REPORTS,
        help="registers: the register of households and their debt status, and the register of the member funds' "
        "debtors (guideline 4.3); analysis: every household's class with reasons and charts; targets: the target "
        "households and their participation records; training: sign-in sheets per day and the attendance summary; "
        "plan: the institute's debt-management plan; contracts: the signed 1HH1C contracts with their schedules; "
        "life-plans: the target households' life-development plans; indicators: the five criteria and the roll-up "
        "per district and province; round: the latest submitted 1HH1C report round (else the current draft); "
        "activities: the year's activities against their deadlines, laid out for BPM; evidence: the evidence pack "
        "(one PDF with contents, and a zip of the originals)",
    )
    add_db_option(report, wait=True)
    report.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder to write into (made if missing)")
    report.add_argument(
        "--institute",
        metavar="ID",
        help="the institute's id (default: the first by name; indicators on a province's database without it: the "
        "roll-up of every institute, without an institute's own pages)",
    )
    report.add_argument(
        "--fiscal-year", type=int, metavar="YEAR_BE", help="fiscal year in the title, B.E. (default: today's)"
    )
    report.add_argument(
        "--full-ids",
        "--full-citizen-ids",
        dest="full_ids",
        action="store_true",
        help="print citizen IDs in full (personal data under the PDPA; masked by default): only for an account whose "
        "role may see them (not the committee); never in the evidence pack, which leaves the institute",
    )
    report.add_argument(
        "--with-debts", action="store_true", help="list each household's open debts under it in the household register"
    )
    report.add_argument("--format", choices=(*FORMATS, "both"), default="both", help="file types (default: both)")
    report.add_argument(
        "--printed-on",
        type=date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="printing date (default: today)",
    )
    report.add_argument(
        "--digits",
        choices=("thai", "arabic"),
        default=None,
        help="digits of the Thai PDFs (default: the saved setting, Thai digits as on official forms)",
    )
    report.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cdfi_desktop.domain.thai_digits import default_digit_style, set_default_digit_style
    from cdfi_desktop.settings import Settings

    before = default_digit_style()
    set_default_digit_style(args.digits or Settings.load().digit_style)  # one digit style per document
    try:
        return _run(args)
    finally:
        set_default_digit_style(before)


def _run(args: argparse.Namespace) -> int:
    from cdfi_desktop.services.registers import first_institute_id

    language = getattr(args, "language", "th") or "th"
    started = time.perf_counter()
    if args.full_ids and args.name == "evidence":
        print(_text("full_ids_evidence", language), file=sys.stderr)
        return EXIT_NOTHING_DONE
    db = open_database(args, program="report")
    try:
        if args.full_ids and not may_print_full_ids(db):
            print(_text("full_ids_refused", language), file=sys.stderr)
            return EXIT_NOTHING_DONE
        if args.name == "indicators" and not args.institute and _is_province(db):
            with db.reading() as session:
                return _write_rollup(args, session, name=_province_name(db), language=language, started=started)
        with db.reading() as session:
            institute_id = args.institute or first_institute_id(session)
            if institute_id is None:
                print(_text("no_institute", language, location=db.url), file=sys.stderr)
                return EXIT_NOTHING_DONE
            return _write(args, session, institute_id=institute_id, language=language, started=started)
    finally:
        db.close()


def may_print_full_ids(db: Any) -> bool:
    """Whether this command may print full citizen IDs: the signed-in account's role may see them
    (``db.access.may_see_ids``: not the committee); with no one signed in (``--user``/``--token`` not given),
    only on a database without accounts, as the window's default (``ui.privacy``)."""
    from cdfi_desktop.db.access import may_see_ids
    from cdfi_desktop.services.accounts import any_exist

    actor = db.actor
    if actor is not None:
        return may_see_ids(actor.role)
    return not any_exist(db)


def _is_province(db: Any) -> bool:
    from cdfi_desktop.sync import keys

    return keys.is_province(db)


def _province_name(db: Any) -> str:
    from cdfi_desktop.db.keys import PROVINCE_NAME_KEY

    return str(db.get_setting(PROVINCE_NAME_KEY) or "")


def _write_rollup(args: argparse.Namespace, session: Any, *, name: str, language: str, started: float) -> int:
    """A province's indicators printout: the roll-up of every institute it holds, per district and province,
    without an institute's own pages (``--institute`` prints one institute's, with the roll-up after it)."""
    from cdfi_desktop.domain.fiscal import fiscal_year_be
    from cdfi_desktop.reports.registry import write_rollup_reports
    from cdfi_desktop.services.registers import first_institute_id

    if first_institute_id(session) is None:
        print(_text("no_institute", language, location=session.get_bind().url), file=sys.stderr)
        return EXIT_NOTHING_DONE
    printed_on = args.printed_on or date.today()
    written = write_rollup_reports(
        session,
        fiscal_year=args.fiscal_year or fiscal_year_be(printed_on),
        out_dir=args.out,
        formats=_formats(args.format),
        printed_on=printed_on,
        language=language,
        name=name,
    )
    for file in written:
        print(file)
    print(_text("written", language, count=len(written), seconds=time.perf_counter() - started), file=sys.stderr)
    return 0


def _writer(name: str) -> Callable[..., list[Path]]:
    """The printout's writer from the registry; the evidence pack, which holds the registry's printouts, writes
    itself."""
    if name == "evidence":
        from cdfi_desktop.reports.evidence_pack import write_evidence_reports

        return write_evidence_reports
    from cdfi_desktop.reports.registry import PRINTOUTS

    return PRINTOUTS[name].write


def _write(args: argparse.Namespace, session: Any, *, institute_id: str, language: str, started: float) -> int:
    from cdfi_desktop.domain.fiscal import fiscal_year_be
    from cdfi_desktop.reports.registers_data import InstituteNotFound
    from cdfi_desktop.services.errors import NotFound

    printed_on = args.printed_on or date.today()
    options: dict[str, Any] = {}
    missing_institute: tuple[type[Exception], ...] = (NotFound,)
    if args.name != "evidence":  # the pack is always masked (reports/evidence_pack.py)
        options["full_ids"] = args.full_ids
    if args.name == "registers":
        options["with_debts"] = args.with_debts
        missing_institute = (NotFound, InstituteNotFound)
    try:
        written = _writer(args.name)(
            session,
            institute_id=institute_id,
            fiscal_year=args.fiscal_year or fiscal_year_be(printed_on),
            out_dir=args.out,
            formats=_formats(args.format),
            printed_on=printed_on,
            language=language,
            **options,
        )
    except missing_institute:
        location = session.get_bind().url
        print(_text("institute_not_found", language, institute=institute_id, location=location), file=sys.stderr)
        return EXIT_NOTHING_DONE
    except LookupError as missing:  # nothing to print yet (no course, no plan, …): the reason, in the language
        from cdfi_desktop.messages import message

        code = getattr(missing, "code", "")
        print(message(code, language, **vars(missing)) if code else str(missing), file=sys.stderr)
        return EXIT_NOTHING_DONE
    for file in written:
        print(file)
    print(_text("written", language, count=len(written), seconds=time.perf_counter() - started), file=sys.stderr)
    return 0


def _formats(choice: str) -> tuple[str, ...]:
    return FORMATS if choice == "both" else (choice,)
