"""``cdfi-desktop province``: set up the province's database and keys, enrol the laptops it trusts, revoke one;
import a folder of bundles, the status of every laptop, and the reference, restore and upward bundles."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cdfi_desktop.commands import WRITERS, add_db_option, open_database
from cdfi_desktop.failures import EXIT_DONE, EXIT_NOTHING_DONE, EXIT_ROWS_REFUSED

_TEXTS: dict[str, tuple[str, str]] = {
    "made": (
        "ตั้งฐานข้อมูลนี้เป็นของจังหวัด {name} แล้ว\nรหัสเครื่อง {device}\nลายนิ้วมือกุญแจ {fingerprint}\n"
        "ขั้นต่อไป: province export-key เพื่อเขียนไฟล์กุญแจให้เครื่องของเจ้าหน้าที่",
        "This database is now the province's ({name}).\nDevice id {device}\nFingerprint {fingerprint}\n"
        "Next: 'province export-key' writes the key file for the officers' laptops.",
    ),
    "already": (
        "ฐานข้อมูลนี้เป็นของจังหวัด {name} อยู่แล้ว (ลายนิ้วมือกุญแจ {fingerprint}) ไม่ได้เปลี่ยนกุญแจ",
        "This database is the province's already ({name}, fingerprint {fingerprint}); its keys are unchanged.",
    ),
    "exported": (
        "เขียนไฟล์กุญแจของจังหวัดแล้ว: {path}\nลายนิ้วมือกุญแจ {fingerprint}\n"
        "ส่งไฟล์นี้ให้เจ้าหน้าที่ทุกเครื่อง (keys import-province) และแจ้งลายนิ้วมือนี้ทางโทรศัพท์ให้ตรวจ",
        "Province key file written: {path}\nFingerprint {fingerprint}\n"
        "Give it to every officer's laptop (keys import-province) and read them this fingerprint over the phone.",
    ),
    "enrolled": (
        "ลงทะเบียนเครื่องแล้ว\nรหัสเครื่อง:     {device}\nเจ้าหน้าที่:       {officer}\nลายนิ้วมือกุญแจ: {fingerprint}\n"
        "สถาบัน:          {count} แห่ง",
        "Enrolled.\nDevice id:    {device}\nOfficer:      {officer}\nFingerprint:  {fingerprint}\n"
        "Institutes:   {count}",
    ),
    "updated": (
        "เครื่องนี้ลงทะเบียนไว้แล้ว ปรับเจ้าหน้าที่และสถาบันตามไฟล์ใหม่\nรหัสเครื่อง:     {device}\nเจ้าหน้าที่:       {officer}\n"
        "ลายนิ้วมือกุญแจ: {fingerprint}\nสถาบัน:          {count} แห่ง",
        "This device was enrolled already; its officer and institutes are updated.\nDevice id:    {device}\n"
        "Officer:      {officer}\nFingerprint:  {fingerprint}\nInstitutes:   {count}",
    ),
    "institute": ("  - {title} {number} ({ident})", "  - {title} {number} ({ident})"),
    "check": (
        "กรุณาโทรถามเจ้าหน้าที่ว่าลายนิ้วมือกุญแจตรงกับข้างบนหรือไม่ ถ้าไม่ตรง ให้เพิกถอนทันที (province revoke)",
        "Ask the officer whether their fingerprint is the one above; if it is not, revoke it now (province revoke).",
    ),
    "revoked": (
        "เพิกถอนกุญแจของเครื่อง {device} ({officer}) แล้วเมื่อ {when}\nข้อมูลที่เครื่องนี้ส่งมาก่อนหน้ายังอยู่ครบ แต่จะไม่รับชุดข้อมูลใหม่จากกุญแจนี้",
        "The key of {device} ({officer}) is revoked since {when}.\nWhat it sent before stays; no new bundle from "
        "this key is accepted.",
    ),
    "none": ("ยังไม่ได้ลงทะเบียนเครื่องใด", "No device is enrolled yet."),
    "line": (
        "{device}  {fingerprint}  {officer}  สถาบัน {count} แห่ง  ชุดล่าสุด {seq}{revoked}",
        "{device}  {fingerprint}  {officer}  {count} institutes  last bundle {seq}{revoked}",
    ),
    "line_revoked": ("  เพิกถอนแล้ว {when}", "  revoked {when}"),
    "no_bundles": (
        "ไม่พบไฟล์ชุดข้อมูล (.cdfibundle) ใน {folder}",
        "No bundle file (.cdfibundle) in {folder}.",
    ),
    "progress": ("ตรวจและนำเข้าชุดข้อมูลแล้ว {done}/{total}", "bundles checked and imported: {done}/{total}"),
    "bundle_counts": (
        "  {officer} ชุดที่ {seq}: เพิ่ม {created:,} แก้ไข {updated:,} ลบ {deleted:,} ข้าม {ignored:,} "
        "ขัดแย้ง {conflicts:,} ซ้ำ {duplicates:,}",
        "  {officer} bundle {seq}: {created:,} created, {updated:,} updated, {deleted:,} deleted, "
        "{ignored:,} ignored, {conflicts:,} conflicts, {duplicates:,} duplicates",
    ),
    "import_summary": (
        "สรุป: {files} ไฟล์ นำเข้าแล้ว {applied} ไม่มีอะไรเปลี่ยน {ignored} พักไว้ {held} ไม่รับ {refused}",
        "Summary of {files} files: imported {applied}, unchanged {ignored}, held {held}, refused {refused}",
    ),
    "import_kept": (
        "บันทึกรายงานการนำเข้านี้ไว้แล้ว (ครั้งที่ {id}) ดูได้ภายหลังในหน้าจอนำเข้า",
        "This import's report is kept (import {id}); it can be read again later on the import screen.",
    ),
    "import_dry_run": ("ทดลองนำเข้าเท่านั้น: ไม่ได้บันทึกสิ่งใด", "Dry run: nothing was written."),
    "history_none": ("ยังไม่เคยนำเข้าโฟลเดอร์ชุดข้อมูล", "No folder of bundles has been imported yet."),
    "history_line": (
        "ครั้งที่ {id}  {started}  {folder}  {files} ไฟล์: นำเข้าแล้ว {applied} พักไว้ {held} ไม่รับ {refused}  ({officer})",
        "import {id}  {started}  {folder}  files: {files}, imported {applied}, held {held}, refused {refused}  "
        "({officer})",
    ),
    "history_missing": ("ไม่พบการนำเข้าครั้งที่ {id}", "No import {id} here."),
    "history_stopped": (
        "  หยุดก่อนครบทุกไฟล์: {error} (ไฟล์ที่ยังไม่ได้นำเข้า นำเข้าโฟลเดอร์อีกครั้งได้)",
        "  stopped before the end: {error} (import the folder again for the files not reached)",
    ),
    "history_head": (
        "การนำเข้าครั้งที่ {id} เมื่อ {started} จาก {folder} ({officer})",
        "Import {id} at {started} from {folder} ({officer})",
    ),
    "status_none": ("ยังไม่ได้ลงทะเบียนเครื่องใด", "No laptop is enrolled yet."),
    "status_header": (
        "เครื่องของเจ้าหน้าที่ {count} เครื่อง (ที่ไม่ได้ส่งนานที่สุดอยู่บนสุด) ข้อมูล ณ {now}",
        "Laptops: {count} (the longest without sending first), as of {now}",
    ),
    "status_device": (
        "{officer} | {district} | สถาบัน {institutes} แห่ง | ชุดล่าสุด {bundle} | ใบตอบรับล่าสุด {receipt} | "
        "พักไว้ {held} | ขัดแย้ง {conflicts} ซ้ำ {duplicates} | {stale}{revoked}",
        "{officer} | {district} | institutes: {institutes} | last bundle {bundle} | last receipt {receipt} | "
        "held {held} | {conflicts} conflicts, {duplicates} duplicates | {stale}{revoked}",
    ),
    "status_device_id": ("  รหัสเครื่อง {device}", "  device {device}"),
    "status_bundle": ("ที่ {seq} ทำเมื่อ {made} นำเข้าเมื่อ {imported}", "{seq} made {made}, imported {imported}"),
    "status_receipt": ("ที่ {seq} เมื่อ {at}", "{seq} at {at}"),
    "status_never": ("ยังไม่เคยส่ง", "never sent"),
    "status_held": ("{seqs} (รอชุดที่ {missing})", "{seqs} (waiting for {missing})"),
    "status_stale": ("ไม่ได้ส่งมา {days} วัน", "{days} days since the last bundle"),
    "status_stale_never": ("ลงทะเบียนมา {days} วัน ยังไม่เคยส่ง", "enrolled {days} days ago, never sent"),
    "status_revoked": (" | เพิกถอนแล้ว", " | revoked"),
    "status_no_key": (
        " | ไม่มีกุญแจเข้ารหัส (ส่งชุดข้อมูลอ้างอิงที่มีข้อมูลรายบุคคลให้ไม่ได้: ลงทะเบียนใหม่จากไฟล์ลงทะเบียนรุ่นใหม่)",
        " | no encryption key (no reference with people's records can reach it: enrol it again from a new file)",
    ),
    "status_districts": ("รายอำเภอ:", "Per district:"),
    "status_district": (
        "{district}: สถาบัน {institutes} แห่ง ยังไม่เคยได้รับข้อมูล {never} แห่ง | ข้อมูลเก่าสุด {stale} | "
        "พักไว้ {held} | ขัดแย้ง {conflicts} ซ้ำ {duplicates}",
        "{district}: institutes: {institutes}, nothing received yet: {never} | stalest {stale} | held {held} | "
        "{conflicts} conflicts, {duplicates} duplicates",
    ),
    "status_days": ("{days} วัน", "{days} days"),
    "status_open": (
        "รอตรวจ: ขัดแย้ง {conflicts} รายการ ข้อมูลซ้ำ {duplicates} รายการ",
        "To review: {conflicts} conflicts, {duplicates} duplicates",
    ),
    "reference_made": (
        "ทำชุดข้อมูลอ้างอิงของจังหวัด ลำดับที่ {seq} สำหรับเครื่อง {device} ({officer}) แล้ว: {path} "
        "({records:,} รายการ, {size:,} ไบต์{encrypted})\nขั้นต่อไป: ให้เครื่องนั้นนำเข้าไฟล์นี้ (bundle import)",
        "Made the province's reference bundle {seq} for {device} ({officer}): {path} ({records:,} records, "
        "{size:,} bytes{encrypted})\nNext: that laptop imports this file (bundle import).",
    ),
    "reference_left_out": (
        "ไม่ได้ทำชุดข้อมูลอ้างอิงให้เครื่อง {device} ({officer}): {reason}",
        "No reference bundle for {device} ({officer}): {reason}",
    ),
    "reference_none": (
        "ไม่มีเครื่องที่ลงทะเบียนไว้และยังไม่ถูกเพิกถอน จึงไม่ได้ทำชุดข้อมูลอ้างอิง",
        "No enrolled, unrevoked laptop: no reference bundle was written.",
    ),
    "needs_to_or_plain": (
        "province {command}: ต้องระบุ --to (เพื่อเข้ารหัสถึงผู้รับ) ไฟล์นี้มีข้อมูลส่วนบุคคลของทุกครัวเรือน "
        "หากจำเป็นต้องทำไฟล์ที่ไม่เข้ารหัสจริง ๆ ให้ระบุ --plain แล้วส่งมอบถึงมือเท่านั้น ไม่ได้เขียนไฟล์ใด",
        "province {command}: --to is needed (to encrypt to the recipient): the file holds every household's "
        "personal data. Should an unencrypted file really be needed, give --plain and hand it over in person. "
        "Nothing was written.",
    ),
    "to_and_plain": (
        "province {command}: ระบุ --to หรือ --plain อย่างใดอย่างหนึ่งเท่านั้น",
        "province {command}: give --to or --plain, not both.",
    ),
    "keep_old_key_needs_to": (
        "--keep-old-key ใช้คู่กับ --to เท่านั้น (เครื่องใหม่ที่มาแทน)",
        "--keep-old-key goes with --to only (the replacement laptop).",
    ),
    "restore_revoked": (
        "เพิกถอนกุญแจของเครื่องที่หาย {device} แล้ว (ถูกแทนด้วยเครื่องใหม่): จะไม่รับชุดข้อมูลใหม่จากกุญแจนั้นอีก",
        "The lost laptop's key ({device}) is revoked as replaced: no new bundle from it is accepted.",
    ),
    "restore_old_key_kept": (
        "คำเตือน: กุญแจของเครื่องเดิม {device} ยังใช้ได้ (--keep-old-key) ถ้าเครื่องนั้นหายหรือถูกขโมย ให้เพิกถอน (province revoke)",
        "Warning: the old laptop's key ({device}) is still trusted (--keep-old-key); if it was lost or stolen, "
        "revoke it (province revoke).",
    ),
    "warning": ("คำเตือน: {text}", "Warning: {text}"),
    "upward_plain": (
        "คำเตือน: ไฟล์นี้ไม่ได้เข้ารหัส มีข้อมูลส่วนบุคคลของทุกครัวเรือนในจังหวัด ส่งมอบถึงมือเท่านั้น แล้วลบทิ้งเมื่อนำเข้าแล้ว",
        "Warning: this file is not encrypted and holds the personal data of every household of the province. Hand "
        "it over in person and delete it once imported.",
    ),
    "restore_plain": (
        "คำเตือน: ไฟล์กู้คืนนี้ไม่ได้เข้ารหัส มีข้อมูลส่วนบุคคลของทุกครัวเรือน ส่งมอบถึงมือเจ้าหน้าที่เท่านั้น "
        "แล้วลบทิ้งเมื่อนำเข้าแล้ว (ใช้ --to ไฟล์ลงทะเบียนของเครื่องใหม่ เพื่อเข้ารหัสถึงเครื่องนั้น)",
        "Warning: this restore bundle is not encrypted and holds every household's personal data. Hand it over in "
        "person and delete it once imported (--to with the new laptop's enrolment file encrypts it to that laptop).",
    ),
    "restore_made": (
        "ทำชุดข้อมูลกู้คืนของเครื่อง {device} ลำดับที่ {seq} แล้ว: {path} ({records:,} รายการ, {size:,} ไบต์{encrypted})\n"
        "ขั้นต่อไป: ที่เครื่องใหม่ ใช้คำสั่ง bundle import --db ไฟล์ใหม่ --create {name}",
        "Made the restore bundle of {device} ({seq}): {path} ({records:,} records, {size:,} bytes{encrypted})\n"
        "Next, on the new laptop: bundle import --db NEW_FILE --create {name}",
    ),
    "upward_made": (
        "ทำชุดข้อมูลของจังหวัดสำหรับส่งกรม ลำดับที่ {seq} แล้ว: {path} ({records:,} รายการ, {size:,} ไบต์{encrypted})",
        "Made the province's bundle for the department ({seq}): {path} ({records:,} records, {size:,} bytes"
        "{encrypted})",
    ),
    "export_progress": ("กำลังรวบรวมข้อมูล {percent}%", "collecting records {percent}%"),
    "encrypted": (", เข้ารหัสแล้ว", ", encrypted"),
    "plain": (", ไม่ได้เข้ารหัส", ", not encrypted"),
    "count": ("  {table}: {count:,}", "  {table}: {count:,}"),
}


_IMPORT_EPILOG = """exit codes:
  0  every bundle imported (or imported before)
  1  some files refused, or held until the bundles before them arrive
  2  nothing done (no bundle in the folder, or every file refused)
  3  could not run (database, disk, permissions)"""


_REFERENCE_EPILOG = """exit codes:
  0  a reference bundle written for every enrolled laptop (or the one named)
  1  written for some; others left out (named, with the reason)
  2  nothing written
  3  could not run (database, disk, permissions)"""


def _text(code: str, language: str, **params: object) -> str:
    thai, english = _TEXTS[code]
    return (english if language == "en" else thai).format(**params)


def add_to(commands: Any) -> None:
    cmd = commands.add_parser(
        "province",
        help="the province's database: its keys, the laptops it trusts (enrol, revoke, list)",
        description="The province imports the bundles officers' laptops send. Set its database up once with 'init' "
        "(it makes the province's signing and encryption keys), give every laptop the file 'export-key' writes, "
        "and enrol each laptop from the enrolment file it sends ('keys export-public --format enrolment' on the "
        "laptop). A lost or stolen laptop is revoked: what it sent stays, nothing new from its key is accepted.",
    )
    actions = cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
    init = actions.add_parser(
        "init",
        help="make this database the province's, with its keys",
        description="Make this database the province's: its signing key and the key laptops encrypt bundles to "
        "are made and kept in this user's data folder (back that folder up: without it, laptops must import new "
        "keys). Running it again changes nothing (but the name, if given).",
    )
    add_db_option(init, wait=True, sign_in=WRITERS)
    init.add_argument("--name", default="", metavar="NAME", help="the province's name, shown on every laptop")
    init.set_defaults(handler=run_init)

    export = actions.add_parser(
        "export-key",
        help="write the province key file the laptops import",
        description="Write the province's public keys (signing and encryption) to a file for 'keys import-province' "
        "on each laptop. It holds nothing secret.",
    )
    add_db_option(export, wait=True)
    export.add_argument("--out", type=Path, required=True, metavar="FILE", help="the file to write")
    export.set_defaults(handler=run_export)

    enrol = actions.add_parser(
        "enrol",
        help="trust a laptop from its enrolment file",
        description="Enrol a laptop: from now on the province accepts bundles signed by its key, for the "
        "institutes its file names. Check the fingerprint it prints with the officer by phone. Enrolling the same "
        "laptop again updates its officer and institutes.",
    )
    add_db_option(enrol, wait=True, sign_in=WRITERS)
    enrol.add_argument("file", type=Path, metavar="ENROLMENT_FILE", help="the laptop's enrolment file")
    enrol.set_defaults(handler=run_enrol)

    revoke = actions.add_parser(
        "revoke",
        help="stop trusting a laptop's key (lost, stolen, replaced)",
        description="Revoke an enrolled laptop's key: its new bundles are refused; the records it sent before stay. "
        "'province list' shows the device ids.",
    )
    add_db_option(revoke, wait=True, sign_in=WRITERS)
    revoke.add_argument("device", metavar="DEVICE_ID", help="the device id of the laptop")
    revoke.add_argument("--reason", default="", metavar="TEXT", help="why (kept with the revocation)")
    revoke.set_defaults(handler=run_revoke)

    listing = actions.add_parser(
        "list",
        help="list the enrolled laptops",
        description="Every laptop enrolled here: device id, fingerprint, officer, institutes, last bundle, revoked.",
    )
    add_db_option(listing, wait=True)
    listing.add_argument("--json", action="store_true", help="print JSON instead of lines of text")
    listing.set_defaults(handler=run_list)

    imports = actions.add_parser(
        "import",
        help="import every bundle in a folder (a USB stick), with a report per bundle",
        description="Import every .cdfibundle file under FOLDER (sub-folders too; 'receipts' folders are left "
        "out). Bundles of one laptop are applied in their sequence order whatever order the files come in; a bad "
        "file never stops the others. Progress goes to stderr, a line per bundle and a summary to stdout; the "
        "report is kept in the database and can be read again later. Receipts are written to a 'receipts' folder "
        "beside each bundle, for the laptops to import.",
        epilog=_IMPORT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_db_option(imports, wait=True, sign_in=WRITERS)
    imports.add_argument("folder", type=Path, metavar="FOLDER", help="the folder of bundles (or one bundle file)")
    imports.add_argument("--json", action="store_true", help="print the import report as JSON")
    imports.add_argument("--dry-run", action="store_true", help="check and report without writing anything")
    imports.add_argument(
        "--receipts", type=Path, metavar="DIR", help="where the receipts go (default: 'receipts' beside each bundle)"
    )
    imports.set_defaults(handler=run_import)

    history = actions.add_parser(
        "history",
        help="the folder imports kept here, or one import's report (--id)",
        description="Every folder of bundles imported here, newest first: when, from where, how many files and "
        "what became of them. With --id, that import's report again, a line per file (refused files too).",
    )
    add_db_option(history, wait=True)
    history.add_argument("--id", type=int, metavar="N", help="one import's report")
    history.add_argument("--json", action="store_true", help="print JSON instead of lines of text")
    history.set_defaults(handler=run_history)

    status = actions.add_parser(
        "status",
        help="every laptop's last bundle, last receipt, held bundles, open conflicts and how stale (stalest first)",
        description="Per enrolled laptop: officer, district, institutes, its last bundle (number, made, imported), "
        "the last receipt written for it, bundles held until the ones before them arrive, open conflicts and "
        "duplicates, and the days since its last bundle; the laptop that sent nothing for longest is at the top. "
        "Then the same per district. --json prints an object whose 'devices' lists every enrolled laptop, with "
        "'districts' and 'institutes'.",
    )
    add_db_option(status, wait=True)
    status.add_argument("--json", action="store_true", help="print JSON instead of lines of text")
    status.set_defaults(handler=run_status)

    reference = actions.add_parser(
        "reference",
        help="write the province's reference bundle for every laptop (or one: --device)",
        description="A reference bundle, signed by the province and sealed to one laptop, carries what the province "
        "sets: the fiscal-year profile, the institute list, the enrolled and revoked keys, and the review decisions "
        "with the records they wrote for that laptop's institutes only. One file per enrolled, unrevoked laptop is "
        "written to FOLDER; a laptop that cannot be given its own (no encryption key in its enrolment file) is "
        "named with the reason. Each laptop imports its file with 'bundle import'.",
        epilog=_REFERENCE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_db_option(reference, wait=True, sign_in=WRITERS)
    reference.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FOLDER",
        help="the folder to write the files to (with --device: a folder, or a file name ending in .cdfibundle)",
    )
    reference.add_argument(
        "--device", metavar="DEVICE_ID", help="only this laptop's reference bundle ('province list' shows the ids)"
    )
    reference.set_defaults(handler=run_reference)

    restore = actions.add_parser(
        "restore",
        help="write a full bundle of what the province holds from a laptop, for its replacement",
        description="For a lost or broken laptop: a full bundle of its institutes (records, audit trail, "
        "attachments) as the province holds them, encrypted to the replacement laptop named by --to (its "
        "enrolment file). The replacement is enrolled for the lost laptop's institutes and the lost laptop's key "
        'is revoked ("replaced by <new id>") unless --keep-old-key. On the new laptop \'bundle import --db '
        'NEW_FILE --create FILE --fingerprint "…"\' makes a database from it. Without --to nothing is written '
        "unless --plain: an unencrypted file holds every household's personal data.",
    )
    add_db_option(restore, wait=True, sign_in=WRITERS)
    restore.add_argument("--device", required=True, metavar="DEVICE_ID", help="the lost laptop's device id")
    restore.add_argument("--out", type=Path, required=True, metavar="FILE", help="the file (or folder) to write")
    restore.add_argument(
        "--to", type=Path, metavar="ENROLMENT_FILE", help="the replacement laptop's enrolment file (to encrypt to)"
    )
    restore.add_argument(
        "--plain", action="store_true", help="write it unencrypted (no --to): hand it over in person, delete it after"
    )
    restore.add_argument(
        "--keep-old-key",
        action="store_true",
        help="with --to: leave the lost laptop's key trusted (it is revoked as replaced otherwise)",
    )
    restore.add_argument(
        "--force",
        action="store_true",
        help="write it even though bundles of the lost laptop are held here waiting for earlier ones (they are "
        "left out)",
    )
    restore.set_defaults(handler=run_restore)

    upward = actions.add_parser(
        "export",
        help="write the province's own bundle of everything it holds, for the department",
        description="The province's signed bundle of every record it holds, in the same format as a laptop's, "
        "encrypted to the department named by --to (its key file); the department imports it with 'province "
        "import' on its own database. Without --to nothing is written unless --plain: an unencrypted file holds "
        "every household's personal data.",
    )
    add_db_option(upward, wait=True, sign_in=WRITERS)
    upward.add_argument("--out", type=Path, required=True, metavar="FILE", help="the file (or folder) to write")
    upward.add_argument("--to", type=Path, metavar="KEY_FILE", help="the department's key file (to encrypt to)")
    upward.add_argument(
        "--plain", action="store_true", help="write it unencrypted (no --to): hand it over in person, delete it after"
    )
    upward.set_defaults(handler=run_upward)


def _refused(exc: Exception, language: str) -> int:
    from cdfi_desktop.sync.errors import BundleRefused

    print(exc.text(language) if isinstance(exc, BundleRefused) else str(exc), file=sys.stderr)
    return EXIT_NOTHING_DONE


def run_init(args: argparse.Namespace) -> int:
    from cdfi_desktop.db.keys import PROVINCE_NAME_KEY
    from cdfi_desktop.sync import keys

    language = args.language
    db = open_database(args, program="province", create=True)
    try:
        already = keys.is_province(db)
        key = keys.init_province(db, name=args.name)
        name = db.get_setting(PROVINCE_NAME_KEY) or "–"
    finally:
        db.close()
    code = "already" if already else "made"
    print(_text(code, language, name=name, device=key.device_id, fingerprint=key.fingerprint))
    return EXIT_DONE


def run_export(args: argparse.Namespace) -> int:
    from cdfi_desktop.sync import keys
    from cdfi_desktop.sync.errors import BundleRefused

    db = open_database(args, program="province")
    try:
        document = keys.province_key_document(db)
    except BundleRefused as exc:
        return _refused(exc, args.language)
    finally:
        db.close()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8", newline="\n")
    print(_text("exported", args.language, path=args.out, fingerprint=document["fingerprint"]))
    return EXIT_DONE


def run_enrol(args: argparse.Namespace) -> int:
    from cdfi_desktop.sync import keys
    from cdfi_desktop.sync.errors import BundleRefused

    language = args.language
    try:
        text = keys.read_key_file(args.file)
    except BundleRefused as exc:
        return _refused(exc, language)
    db = open_database(args, program="province")
    try:
        doc = keys.parse_key_document(text, kind=keys.ENROLMENT_KIND, name=args.file.name)
        with db.session() as session:
            before = keys.trusted_device(session, doc.device_id)
        device = keys.enrol(db, text, name=args.file.name)
    except BundleRefused as exc:
        return _refused(exc, language)
    finally:
        db.close()
    print(
        _text(
            "updated" if before is not None and before.key_id == device.key_id else "enrolled",
            language,
            device=device.device_id,
            officer=device.name or "–",
            fingerprint=doc.fingerprint,
            count=len(doc.institutes),
        )
    )
    for institute in doc.institutes:
        print(_text("institute", language, title=institute["name"], number=institute["code"], ident=institute["id"]))
    print(_text("check", language))
    return EXIT_DONE


def run_revoke(args: argparse.Namespace) -> int:
    from cdfi_desktop.sync import keys
    from cdfi_desktop.sync.errors import BundleRefused

    language = args.language
    db = open_database(args, program="province")
    try:
        if not keys.is_province(db):
            raise BundleRefused("not_a_province")
        device = keys.revoke(db, args.device, reason=args.reason)
    except BundleRefused as exc:
        return _refused(exc, language)
    finally:
        db.close()
    when = f"{device.revoked_at.astimezone():%Y-%m-%d %H:%M}" if device.revoked_at else "–"
    print(_text("revoked", language, device=device.device_id, officer=device.name or "–", when=when))
    return EXIT_DONE


def run_list(args: argparse.Namespace) -> int:
    from cdfi_desktop.sync import keys
    from cdfi_desktop.sync.errors import BundleRefused

    language = args.language
    db = open_database(args, program="province")
    try:
        if not keys.is_province(db):
            return _refused(BundleRefused("not_a_province"), language)
        with db.session() as session:
            devices = keys.enrolled_devices(session)
    finally:
        db.close()
    rows = [
        {
            "device_id": d.device_id,
            "fingerprint": keys.fingerprint(keys.public_key_of(d)[1]),
            "key_id": d.key_id,
            "officer": d.name,
            "institute_ids": list(d.institute_ids or []),
            "last_seq": d.last_seq or 0,
            "revoked_at": d.revoked_at.isoformat() if d.revoked_at else None,
            "revoked_reason": d.revoked_reason or "",
        }
        for d in devices
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_DONE
    if not rows:
        print(_text("none", language))
    for row, device in zip(rows, devices, strict=True):
        revoked = (
            _text("line_revoked", language, when=f"{device.revoked_at.astimezone():%Y-%m-%d %H:%M}")
            if device.revoked_at
            else ""
        )
        print(
            _text(
                "line",
                language,
                device=row["device_id"],
                fingerprint=row["fingerprint"],
                officer=row["officer"] or "–",
                count=len(device.institute_ids or []),
                seq=row["last_seq"],
                revoked=revoked,
            )
        )
    return EXIT_DONE


def _when(moment: datetime | None) -> str:
    return f"{moment.astimezone():%Y-%m-%d %H:%M}" if moment is not None else "–"


def run_import(args: argparse.Namespace) -> int:
    from cdfi_desktop.commands.bundle import exit_code
    from cdfi_desktop.sync import hub, keys
    from cdfi_desktop.sync.errors import BundleRefused

    language = args.language
    if not hub.bundle_files(args.folder):
        print(_text("no_bundles", language, folder=args.folder), file=sys.stderr)
        return EXIT_NOTHING_DONE

    def progress(done: int, total: int) -> None:
        print(_text("progress", language, done=done, total=total), file=sys.stderr, flush=True)

    db = open_database(args, program="province import")
    try:
        if not keys.is_province(db):
            return _refused(BundleRefused("not_a_province"), language)
        result = hub.import_folder(db, args.folder, dry_run=args.dry_run, progress=progress, receipts_dir=args.receipts)
    finally:
        db.close()
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return exit_code(result.summaries)
    for summary in result.summaries:
        print(summary.message(language), file=sys.stderr if summary.status == "refused" else sys.stdout)
        if summary.ok and summary.kind:
            print(
                _text(
                    "bundle_counts",
                    language,
                    officer=summary.officer or summary.device_id[:8],
                    seq=summary.seq,
                    created=summary.created,
                    updated=summary.updated,
                    deleted=summary.deleted,
                    ignored=summary.ignored,
                    conflicts=summary.conflicts,
                    duplicates=summary.duplicates,
                )
            )
    totals = result.totals
    print(
        _text(
            "import_summary",
            language,
            files=len(result.summaries),
            applied=totals.get("applied", 0) + totals.get("checked", 0),
            ignored=totals.get("ignored", 0) + totals.get("superseded", 0),
            held=totals.get("held", 0),
            refused=totals.get("refused", 0),
        )
    )
    if args.dry_run:
        print(_text("import_dry_run", language))
    elif result.id is not None:
        print(_text("import_kept", language, id=result.id))
    return exit_code(result.summaries)


def run_status(args: argparse.Namespace) -> int:
    from cdfi_desktop.sync import hub_status, keys
    from cdfi_desktop.sync.errors import BundleRefused

    language = args.language
    db = open_database(args, program="province status")
    try:
        if not keys.is_province(db):
            return _refused(BundleRefused("not_a_province"), language)
        with db.reading() as session:
            status = hub_status.province_status(session, now=datetime.now(UTC), language=language)
    finally:
        db.close()
    if args.json:
        print(json.dumps(status.to_dict(), ensure_ascii=False, indent=2))
        return EXIT_DONE
    if not status.devices:
        print(_text("status_none", language))
        return EXIT_DONE
    print(_text("status_header", language, count=len(status.devices), now=_when(status.now)))
    for device in status.devices:
        bundle = (
            _text(
                "status_bundle",
                language,
                seq=device.last_bundle_seq,
                made=_when(device.last_bundle_at),
                imported=_when(device.last_imported_at),
            )
            if device.last_bundle_seq
            else _text("status_never", language)
        )
        receipt = (
            _text("status_receipt", language, seq=device.last_receipt_seq, at=_when(device.last_receipt_at))
            if device.last_receipt_seq
            else "–"
        )
        held = (
            _text(
                "status_held",
                language,
                seqs=", ".join(map(str, device.held_seqs)),
                missing=", ".join(map(str, device.missing_seqs)) or "–",
            )
            if device.held_seqs
            else "0"
        )
        stale = _text("status_stale_never" if device.never_sent else "status_stale", language, days=device.stale_days)
        print(
            _text(
                "status_device",
                language,
                officer=device.officer or "–",
                district=device.district_name or "–",
                institutes=len(device.institutes),
                bundle=bundle,
                receipt=receipt,
                held=held,
                conflicts=device.open_conflicts,
                duplicates=device.open_duplicates,
                stale=stale,
                revoked=(_text("status_revoked", language) if device.revoked_at else "")
                + ("" if device.has_encryption_key or device.revoked_at else _text("status_no_key", language)),
            )
        )
        print(_text("status_device_id", language, device=device.device_id))
    print(_text("status_districts", language))
    for district in status.districts:
        print(
            _text(
                "status_district",
                language,
                district=district.district_name or "–",
                institutes=district.institutes,
                never=district.never_sent,
                stale=_text("status_days", language, days=district.stale_days)
                if district.stale_days is not None
                else _text("status_never", language),
                held=district.held_bundles,
                conflicts=district.open_conflicts,
                duplicates=district.open_duplicates,
            )
        )
    print(_text("status_open", language, conflicts=status.open_conflicts, duplicates=status.open_duplicates))
    return EXIT_DONE


def _print_counts(result: Any, language: str) -> None:
    from cdfi_desktop.sync.tables import in_sending_order, table_name

    counts = dict(result.counts or {})
    for table in in_sending_order([name for name, count in counts.items() if count]):
        print(_text("count", language, table=table_name(table, language), count=counts[table]))


def _made(code: str, result: Any, language: str, **params: object) -> None:
    encrypted = _text("encrypted" if result.encrypted else "plain", language)
    print(
        _text(
            code,
            language,
            seq=result.seq,
            path=result.path,
            name=Path(result.path).name,
            records=result.records,
            size=result.size,
            encrypted=encrypted,
            **params,
        )
    )
    _print_counts(result, language)


def run_reference(args: argparse.Namespace) -> int:
    """``province reference --out FOLDER [--device ID]``: each enrolled, unrevoked laptop's own reference bundle
    (or the one named); the laptops left out are named with the reason."""
    from cdfi_desktop.sync import keys, reference
    from cdfi_desktop.sync.errors import BundleRefused
    from cdfi_desktop.sync.service import ExportResult

    language = args.language
    device = (args.device or "").strip()
    db = open_database(args, program="province reference")
    try:
        if not keys.is_province(db):
            return _refused(BundleRefused("not_a_province"), language)
        if device:
            results: list[ExportResult] = [reference.export_reference(db, args.out, device_id=device)]
            left_out: list[tuple[str, str]] = []
        else:
            run = reference.export_references(db, args.out)
            results, left_out = list(run.results), list(run.left_out)
        with db.session() as session:
            officers = {d.device_id: d.name or "" for d in keys.enrolled_devices(session)}
    except BundleRefused as exc:
        return _refused(exc, language)
    finally:
        db.close()
    if not results and not left_out:
        print(_text("reference_none", language), file=sys.stderr)
        return EXIT_NOTHING_DONE
    for result, made_for in zip(results, _reference_devices(results, device, list(officers)), strict=True):
        _made("reference_made", result, language, device=made_for, officer=officers.get(made_for, "") or "–")
    for left, reason in left_out:
        print(
            _text(
                "reference_left_out",
                language,
                device=left,
                officer=officers.get(left, "") or "–",
                reason=_reason(reason, language, device=left, officer=officers.get(left, "") or "–"),
            ),
            file=sys.stderr,
        )
    if left_out:
        return EXIT_ROWS_REFUSED if results else EXIT_NOTHING_DONE
    return EXIT_DONE


def _reference_devices(results: list[Any], device: str, known: list[str]) -> list[str]:
    """The laptop each reference bundle was written for: the one asked for, else the laptop whose id starts as
    the file's name says (cdfi-reference-<province8>-<seq>-for-<laptop8>.cdfibundle)."""
    out = []
    for result in results:
        made_for = device
        name = Path(result.path).name
        if not made_for and "-for-" in name:
            prefix = name.rsplit("-for-", 1)[1].split(".", 1)[0]
            made_for = next((d for d in known if d.startswith(prefix)), prefix)
        out.append(made_for)
    return out


def _reason(code: str, language: str, **params: Any) -> str:
    """A refusal code's text (sync/errors.py), filled with what is known; the code itself if it has none."""
    from cdfi_desktop.sync.errors import BundleRefused

    try:
        return BundleRefused(code, **params).text(language)
    except KeyError:
        return code


def _needs_to_or_plain(args: argparse.Namespace, language: str, *, what: str) -> int | None:
    """Nothing personal leaves unencrypted by default: without --to, --plain must be given (EXIT_NOTHING_DONE)."""
    if args.to is None and not args.plain:
        print(_text("needs_to_or_plain", language, command=what), file=sys.stderr)
        return EXIT_NOTHING_DONE
    if args.to is not None and args.plain:
        print(_text("to_and_plain", language, command=what), file=sys.stderr)
        return EXIT_NOTHING_DONE
    return None


def run_restore(args: argparse.Namespace) -> int:
    from cdfi_desktop.sync import keys, restore
    from cdfi_desktop.sync.errors import BundleRefused

    language = args.language
    stop = _needs_to_or_plain(args, language, what="restore")
    if stop is not None:
        return stop
    if args.keep_old_key and args.to is None:
        print(_text("keep_old_key_needs_to", language), file=sys.stderr)
        return EXIT_NOTHING_DONE
    try:
        to_enrolment = keys.read_key_file(args.to) if args.to is not None else None
    except BundleRefused as exc:
        return _refused(exc, language)
    device = args.device.strip()
    db = open_database(args, program="province restore")
    try:
        if not keys.is_province(db):
            return _refused(BundleRefused("not_a_province"), language)
        result = restore.export_restore(
            db,
            args.out,
            device_id=device,
            to_enrolment=to_enrolment,
            plain=args.plain,
            keep_old_key=args.keep_old_key,
            force=args.force,
        )
    except BundleRefused as exc:
        return _refused(exc, language)
    finally:
        db.close()
    _made("restore_made", result, language, device=device)
    if result.revoked:
        print(_text("restore_revoked", language, device=result.revoked))
    elif to_enrolment is not None:
        print(_text("restore_old_key_kept", language, device=device))
    for warning in result.warning_texts(language):
        print(_text("warning", language, text=warning), file=sys.stderr)
    if not result.encrypted:
        print(_text("restore_plain", language), file=sys.stderr)
    return EXIT_DONE


def _progress(language: str) -> Callable[[int, int], None]:
    shown = [-1]

    def show(done: int, total: int) -> None:
        percent = done * 100 // total if total else 100
        if percent // 10 != shown[0] // 10 or done == total:  # every tenth, not every record
            shown[0] = percent
            print(_text("export_progress", language, percent=percent), file=sys.stderr, flush=True)

    return show


def run_upward(args: argparse.Namespace) -> int:
    from cdfi_desktop.sync import keys, upward
    from cdfi_desktop.sync.errors import BundleRefused

    language = args.language
    stop = _needs_to_or_plain(args, language, what="export")
    if stop is not None:
        return stop
    db = open_database(args, program="province export")
    try:
        if not keys.is_province(db):
            return _refused(BundleRefused("not_a_province"), language)
        result = upward.export_province(
            db, args.out, to_key_file=args.to, plain=args.plain, progress=_progress(language)
        )
    except BundleRefused as exc:
        return _refused(exc, language)
    except OSError as exc:  # the department's key file cannot be read
        print(f"{args.to}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_NOTHING_DONE
    finally:
        db.close()
    _made("upward_made", result, language)
    if not result.encrypted:
        print(_text("upward_plain", language), file=sys.stderr)
    return EXIT_DONE


def run_history(args: argparse.Namespace) -> int:
    from cdfi_desktop.sync import hub, keys
    from cdfi_desktop.sync.errors import BundleRefused

    language = args.language
    db = open_database(args, program="province history")
    try:
        if not keys.is_province(db):
            return _refused(BundleRefused("not_a_province"), language)
        with db.reading() as session:
            rows = hub.import_history(session) if args.id is None else []
            run = hub.import_run(session, args.id) if args.id is not None else None
    finally:
        db.close()
    if args.id is not None:
        if run is None:
            print(_text("history_missing", language, id=args.id), file=sys.stderr)
            return EXIT_NOTHING_DONE
        if args.json:
            print(json.dumps(run.to_dict(), ensure_ascii=False, indent=2))
            return EXIT_DONE
        print(
            _text(
                "history_head",
                language,
                id=run.id,
                started=_when(run.started),
                folder=run.folder,
                officer=run.officer or "–",
            )
        )
        if run.error:
            print(_text("history_stopped", language, error=run.error))
        for summary in run.summaries:
            print(summary.message(language))
        return EXIT_DONE
    if args.json:
        shown = [
            {
                "id": r.id,
                "folder": r.folder,
                "officer": r.officer,
                "started": r.started.isoformat(),
                "finished": r.finished.isoformat(),
                "files": r.files,
                "totals": r.totals,
                "error": r.error,
            }
            for r in rows
        ]
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return EXIT_DONE
    if not rows:
        print(_text("history_none", language))
    for r in rows:
        print(
            _text(
                "history_line",
                language,
                id=r.id,
                started=_when(r.started),
                folder=r.folder,
                files=r.files,
                applied=r.totals.get("applied", 0),
                held=r.totals.get("held", 0),
                refused=r.refused,
                officer=r.officer or "–",
            )
        )
        if r.error:
            print(_text("history_stopped", language, error=r.error))
    return EXIT_DONE
