"""``cdfi-desktop bundle``: make this laptop's bundle for the province; import bundles or receipts; make a new
laptop's database from the province's restore bundle."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from cdfi_desktop.commands import WRITERS, add_db_option, open_database
from cdfi_desktop.failures import EXIT_DONE, EXIT_NOTHING_DONE, EXIT_ROWS_REFUSED

_TEXTS: dict[str, tuple[str, str]] = {
    "nothing": (
        "ไม่มีข้อมูลใหม่ที่ต้องส่งให้จังหวัด (ทุกอย่างจังหวัดยืนยันการรับแล้ว) จึงไม่ได้ทำไฟล์",
        "Nothing new to send to the province (it has confirmed everything); no file was written.",
    ),
    "made": (
        "ทำชุดข้อมูลลำดับที่ {seq} แล้ว: {path} ({records:,} รายการ, {size:,} ไบต์{encrypted})",
        "Made bundle {seq}: {path} ({records:,} records, {size:,} bytes{encrypted})",
    ),
    "encrypted": (", เข้ารหัสถึงจังหวัด", ", encrypted to the province"),
    "plain": (", ไม่ได้เข้ารหัส: ยังไม่ได้นำเข้ากุญแจของจังหวัด", ", not encrypted: the province's keys are not imported"),
    "full": ("ชุดข้อมูลนี้เป็นชุดเต็ม (ข้อมูลทั้งหมด)", "This is a full bundle (every record)."),
    "count": ("  {table}: {count:,}", "  {table}: {count:,}"),
    "receipt": ("  ใบตอบรับ: {path}", "  Receipt: {path}"),
    "dry_run": ("ทดลองนำเข้าเท่านั้น: ไม่ได้บันทึกสิ่งใด", "Dry run: nothing was written."),
    "files_or_create": (
        "ระบุไฟล์ชุดข้อมูลที่จะนำเข้า หรือ --create ไฟล์กู้คืน (อย่างใดอย่างหนึ่ง)",
        "Name the bundle files to import, or --create with a restore bundle (one or the other).",
    ),
    "create_needs_db": (
        "--create ต้องระบุ --db ไฟล์ฐานข้อมูลใหม่ที่จะสร้าง",
        "--create needs --db: the new database file to make.",
    ),
    "created": (
        "สร้างฐานข้อมูลของเครื่องใหม่จากชุดข้อมูลกู้คืนแล้ว: {location}\n"
        "รหัสเครื่องใหม่:        {device}\n"
        "แทนเครื่องเดิม:         {old}\n"
        "เจ้าหน้าที่:              {officer}\n"
        "สถาบัน:                 {institutes} แห่ง\n"
        "ข้อมูลที่ได้คืน:          {records:,} รายการ\n"
        "จังหวัด:                {province}\n"
        "ลายนิ้วมือกุญแจจังหวัด: {province_fingerprint} (ตรงกับที่ตรวจไว้)",
        "Made the new laptop's database from the restore bundle: {location}\n"
        "New device id:         {device}\n"
        "Replaces device:       {old}\n"
        "Officer:               {officer}\n"
        "Institutes:            {institutes}\n"
        "Records restored:      {records:,}\n"
        "Province:              {province}\n"
        "Province fingerprint:  {province_fingerprint} (checked)",
    ),
    "created_key": ("ลายนิ้วมือกุญแจของเครื่องใหม่: {fingerprint}", "This laptop's fingerprint: {fingerprint}"),
    "created_enrolled": (
        "จังหวัดลงทะเบียนเครื่องใหม่นี้แทนเครื่องเดิมแล้ว (จากไฟล์ลงทะเบียนที่ใช้ทำชุดข้อมูลกู้คืน) "
        "ขั้นต่อไป: ทำงานต่อและส่งชุดข้อมูลตามปกติ (bundle export) หากจังหวัดยังไม่มีไฟล์ลงทะเบียนของเครื่องนี้ "
        "ให้เขียน (keys export-public --db {location} --format enrolment --out FILE) แล้วส่งให้จังหวัด",
        "The province has enrolled this laptop in place of the old one (from the enrolment file the restore bundle "
        "was made for). Next: carry on and send bundles as usual (bundle export). Should the province not have "
        "this laptop's enrolment file, write it (keys export-public --db {location} --format enrolment --out FILE).",
    ),
    "created_next": (
        "ขั้นต่อไป: เขียนไฟล์ลงทะเบียนของเครื่องใหม่ (keys export-public --db {location} --format enrolment --out "
        "FILE) แล้วส่งให้จังหวัดลงทะเบียน (province enrol) จากนั้นเครื่องนี้ส่งชุดข้อมูลด้วยกุญแจของตัวเองได้",
        "Next: write the new laptop's enrolment file (keys export-public --db {location} --format enrolment --out "
        "FILE) for the province to enrol (province enrol); then this laptop sends bundles under its own key.",
    ),
    "warning": ("คำเตือน: {text}", "Warning: {text}"),
    "fingerprint_needs_create": (
        "--fingerprint ใช้คู่กับ --create เท่านั้น (ลายนิ้วมือกุญแจของจังหวัด เพื่อตรวจชุดข้อมูลกู้คืน)",
        "--fingerprint goes with --create only (the province key's fingerprint, to check the restore bundle).",
    ),
}

_EPILOG = """exit codes:
  0  imported (or, for export, the bundle was made)
  1  some files refused, or held until the bundles before them arrive
  2  nothing done (every file refused, or nothing new to send)
  3  could not run (database, disk, permissions)"""


def _text(code: str, language: str, **params: object) -> str:
    thai, english = _TEXTS[code]
    return (english if language == "en" else thai).format(**params)


def add_to(commands: Any) -> None:
    cmd = commands.add_parser(
        "bundle",
        help="make this laptop's bundle for the province, or import bundles and receipts",
        description="A bundle holds everything this laptop changed since the province last confirmed, signed with "
        "the device's key and encrypted to the province's. The province imports it and writes a receipt; the "
        "laptop imports the receipt with the same command.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = actions.add_parser(
        "export",
        help="make the next bundle (nothing is written when nothing changed)",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_db_option(export, wait=True, sign_in=WRITERS)
    export.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE_OR_FOLDER",
        help="a folder to put the bundle in (made when missing), or a file name ending in .cdfibundle",
    )
    export.add_argument(
        "--full", action="store_true", help="every record, not only what changed since the last receipt"
    )
    export.set_defaults(handler=run_export)
    imports = actions.add_parser(
        "import",
        help="import bundles (province) or receipts (laptop)",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_db_option(imports, wait=True, sign_in=WRITERS)
    imports.add_argument(
        "files", type=Path, nargs="*", metavar="FILE", help="bundle, receipt or reference bundle files"
    )
    imports.add_argument(
        "--create",
        type=Path,
        metavar="RESTORE_FILE",
        help="make a new laptop database (--db NEW_FILE) from the province's restore bundle of a lost laptop",
    )
    imports.add_argument(
        "--fingerprint",
        metavar='"XXXX XXXX …"',
        help="with --create: the province key's fingerprint, as the province reads it out by phone; the restore "
        "bundle is refused before anything is written unless it is signed by that key (needed unless the database "
        "already trusts a province key)",
    )
    imports.add_argument("--dry-run", action="store_true", help="check and report without writing anything")
    imports.add_argument("--json", action="store_true", help="print the outcomes as JSON (a list, one per file)")
    imports.add_argument(
        "--receipts", type=Path, metavar="DIR", help="where the receipts go (default: 'receipts' beside each bundle)"
    )
    imports.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace) -> int:
    from cdfi_desktop.sync import service
    from cdfi_desktop.sync.errors import BundleRefused
    from cdfi_desktop.sync.tables import in_sending_order, table_name

    language = args.language
    db = open_database(args, program="bundle export")
    try:
        result = service.export_bundle(db, args.out, full=args.full)
    except BundleRefused as exc:
        print(exc.text(language), file=sys.stderr)
        return EXIT_NOTHING_DONE
    finally:
        db.close()
    if result is None:
        print(_text("nothing", language))
        return EXIT_NOTHING_DONE
    encrypted = _text("encrypted" if result.encrypted else "plain", language)
    print(
        _text(
            "made",
            language,
            seq=result.seq,
            path=result.path,
            records=result.records,
            size=result.size,
            encrypted=encrypted,
        )
    )
    for table in in_sending_order([name for name, count in result.counts.items() if count]):
        print(_text("count", language, table=table_name(table, language), count=result.counts[table]))
    return EXIT_DONE


def run_import(args: argparse.Namespace) -> int:
    from cdfi_desktop.sync import service

    language = args.language
    if bool(args.files) == (args.create is not None):
        print(_text("files_or_create", language), file=sys.stderr)
        return EXIT_NOTHING_DONE
    if args.create is not None:
        return run_create(args)
    if args.fingerprint:
        print(_text("fingerprint_needs_create", language), file=sys.stderr)
        return EXIT_NOTHING_DONE
    db = open_database(args, program="bundle import")
    try:
        outcomes = service.import_files(db, args.files, dry_run=args.dry_run, receipts_dir=args.receipts)
    finally:
        db.close()
    if args.json:
        json.dump([o.to_dict() for o in outcomes], sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for outcome in outcomes:
            stream = sys.stderr if outcome.status == "refused" else sys.stdout
            print(outcome.message_en if language == "en" else outcome.message_th, file=stream)
            if outcome.report is not None:
                for line in outcome.report.lines(language):
                    print(f"  {line}")
            if outcome.receipt_path is not None:
                print(_text("receipt", language, path=outcome.receipt_path))
        if args.dry_run:
            print(_text("dry_run", language))
    return exit_code(outcomes)


def exit_code(outcomes: list[Any]) -> int:
    """0 every file imported (or checked, confirmed, already in), 1 some refused or held, 2 every one refused."""
    done = [o for o in outcomes if o.status in ("applied", "ignored", "superseded", "checked", "confirmed")]
    held = [o for o in outcomes if o.status == "held"]
    if not done and not held:
        return EXIT_NOTHING_DONE
    if len(done) < len(outcomes):
        return EXIT_ROWS_REFUSED
    return EXIT_DONE


def run_create(args: argparse.Namespace) -> int:
    """``bundle import --db NEW_FILE --create RESTORE_FILE``: a new laptop database from a restore bundle."""
    from cdfi_desktop.sync import restore
    from cdfi_desktop.sync.errors import BundleRefused

    language = args.language
    if not getattr(args, "db", None):
        print(_text("create_needs_db", language), file=sys.stderr)
        return EXIT_NOTHING_DONE
    try:  # a database that cannot be opened (in use, read-only, newer) goes to the program's own report
        result = restore.create_from_restore(args.create, args.db, expect_fingerprint=args.fingerprint or None)
    except BundleRefused as exc:
        print(exc.text(language), file=sys.stderr)
        return EXIT_NOTHING_DONE
    if args.json:
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_DONE
    print(
        _text(
            "created",
            language,
            location=result.location,
            device=result.device_id,
            old=result.replaced_from,
            officer=result.officer or "–",
            institutes=len(result.institute_ids),
            records=result.records,
            province=result.province_name or "–",
            province_fingerprint=result.province_fingerprint,
        )
    )
    _print_counts(result.counts, language)
    if result.fingerprint:
        print(_text("created_key", language, fingerprint=result.fingerprint))
    for warning in result.warning_texts(language):
        print(_text("warning", language, text=warning), file=sys.stderr)
    print(_text("created_enrolled" if result.encrypted else "created_next", language, location=result.location))
    return EXIT_DONE


def _print_counts(counts: dict[str, int], language: str) -> None:
    from cdfi_desktop.sync.tables import in_sending_order, table_name

    for table in in_sending_order([name for name, count in counts.items() if count]):
        print(_text("count", language, table=table_name(table, language), count=counts[table]))
