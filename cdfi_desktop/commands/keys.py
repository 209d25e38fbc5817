"""``cdfi-desktop keys``: this computer's signing key, its enrolment file for the province, the province's keys."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from cdfi_desktop.commands import WRITERS, add_db_option, open_database
from cdfi_desktop.failures import EXIT_DONE, EXIT_NOTHING_DONE

_TEXTS: dict[str, tuple[str, str]] = {
    "device": ("รหัสเครื่อง:        {value}", "Device id:      {value}"),
    "key_id": ("รหัสกุญแจ:         {value}", "Key id:         {value}"),
    "fingerprint": ("ลายนิ้วมือกุญแจ:    {value}", "Fingerprint:    {value}"),
    "officer": ("เจ้าหน้าที่:          {value}", "Officer:        {value}"),
    "replaced": ("เดิมเป็นเครื่อง:      {value} (ฐานข้อมูลนี้ถูกคัดลอกมา)", "Copied from:    {value} (this database is a copy)"),
    "is_province": ("ฐานข้อมูลนี้เป็นของจังหวัด: {name}", "This is the province's database: {name}"),
    "province": (
        "กุญแจจังหวัด:       {name} (ลายนิ้วมือ {fingerprint})",
        "Province:       {name} (fingerprint {fingerprint})",
    ),
    "no_province": (
        "กุญแจจังหวัด:       ยังไม่ได้นำเข้า (keys import-province)",
        "Province:       not imported yet (keys import-province)",
    ),
    "written_minisign": (
        "เขียนกุญแจสาธารณะ (รูปแบบ minisign) แล้ว: {path}\nรหัสกุญแจ {key_id}",
        "Public key (minisign format) written: {path}\nKey id {key_id}",
    ),
    "written_enrolment": (
        "เขียนไฟล์ลงทะเบียนเครื่องแล้ว: {path}\nส่งไฟล์นี้ให้จังหวัด และแจ้งลายนิ้วมือกุญแจ {fingerprint} ทางโทรศัพท์ ให้จังหวัดตรวจว่าตรงกัน",
        "Enrolment file written: {path}\nGive it to the province, and read them the fingerprint {fingerprint} over"
        " the phone so they can check it.",
    ),
    "imported": (
        "นำเข้ากุญแจของจังหวัด {name} แล้ว\nลายนิ้วมือ {fingerprint}",
        "The keys of the province {name} are imported.\nFingerprint {fingerprint}",
    ),
    "check_fingerprint": (
        "กรุณาโทรถามจังหวัดว่าลายนิ้วมือกุญแจตรงกับข้างบนหรือไม่ (หรือนำเข้าอีกครั้งพร้อม --fingerprint)",
        "Ask the province whether its fingerprint is the one above (or import again with --fingerprint).",
    ),
    "fingerprint_checked": ("ลายนิ้วมือตรงกับที่พิมพ์ไว้", "The fingerprint matches the one you typed."),
}


def _text(code: str, language: str, **params: object) -> str:
    thai, english = _TEXTS[code]
    return (english if language == "en" else thai).format(**params)


def add_to(commands: Any) -> None:
    cmd = commands.add_parser(
        "keys",
        help="this computer's signing key: show it, write its enrolment file, import the province's keys",
        description="Every database signs the bundles it sends with its own key, kept in this user's data folder "
        "(never inside the database). The province trusts a laptop once it has enrolled the laptop's enrolment "
        "file; the laptop trusts the province once it has imported the province's key file. Compare fingerprints "
        "over the phone: the same fingerprint on both sides means the file came from the right computer.",
    )
    actions = cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
    show = actions.add_parser(
        "show",
        help="show this database's device id, key id, fingerprint, officer and province",
        description="Show the device id, key id and fingerprint of this database's signing key (made now if it has "
        "none yet), the officer, and the province whose keys were imported.",
    )
    add_db_option(show, wait=True)
    show.add_argument("--json", action="store_true", help="print one JSON object instead of lines of text")
    show.set_defaults(handler=run_show)

    export = actions.add_parser(
        "export-public",
        help="write this computer's public key: an enrolment file for the province, or a minisign key",
        description="enrolment: the file the province enrols this laptop from (public key, officer, institutes). "
        "minisign: the public key in minisign's format, for 'minisign -V -p FILE -m manifest.json' to check an "
        "unpacked bundle. Neither holds anything secret.",
    )
    add_db_option(export, wait=True, sign_in=WRITERS)
    export.add_argument("--format", choices=("minisign", "enrolment"), required=True, help="which file to write")
    export.add_argument("--out", type=Path, required=True, metavar="FILE", help="the file to write")
    export.add_argument("--officer", default="", metavar="NAME", help="enrolment: the officer (default: the saved one)")
    export.add_argument(
        "--institute",
        action="append",
        default=None,
        metavar="ID",
        help="enrolment: an institute this laptop sends (repeatable; default: every institute in the database)",
    )
    export.set_defaults(handler=run_export)

    imp = actions.add_parser(
        "import-province",
        help="trust the province's keys from its key file",
        description="Import the province key file (made with 'province export-key'). This laptop then encrypts its "
        "bundles to the province and accepts the province's receipts. A province imported before is replaced. "
        "With --fingerprint, the key is imported only if its fingerprint is the one the province read out.",
    )
    add_db_option(imp, wait=True, sign_in=WRITERS)
    imp.add_argument("file", type=Path, metavar="FILE", help="the province key file")
    imp.add_argument(
        "--fingerprint", default="", metavar="FP", help="the fingerprint the province read out (spaces, case ignored)"
    )
    imp.set_defaults(handler=run_import)


def _refused(exc: Exception, language: str) -> int:
    from cdfi_desktop.sync.errors import BundleRefused

    text = exc.text(language) if isinstance(exc, BundleRefused) else str(exc)
    print(text, file=sys.stderr)
    return EXIT_NOTHING_DONE


def run_show(args: argparse.Namespace) -> int:
    from cdfi_desktop.db.keys import DEVICE_REPLACED_FROM_KEY, PROVINCE_NAME_KEY
    from cdfi_desktop.sync import keys

    language = args.language
    db = open_database(args, program="keys")
    try:
        key = keys.device_key(db)
        province = keys.is_province(db)
        with db.session() as session:
            entry = keys.province_entry(session)
        info: dict[str, Any] = {
            "device_id": key.device_id,
            "key_id": key.key_id_hex,
            "fingerprint": key.fingerprint,
            "officer": db.recorder.officer,
            "role": keys.ROLE_PROVINCE if province else keys.ROLE_LAPTOP,
            "province_name": db.get_setting(PROVINCE_NAME_KEY) if province else "",
            "replaced_from": db.get_setting(DEVICE_REPLACED_FROM_KEY),
            "province": None
            if entry is None
            else {
                "device_id": entry.device_id,
                "name": entry.name,
                "key_id": entry.key_id,
                "fingerprint": keys.fingerprint(keys.public_key_of(entry)[1]),
                "encryption": bool(entry.encryption_key),
            },
        }
    finally:
        db.close()
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return EXIT_DONE
    print(_text("device", language, value=info["device_id"]))
    print(_text("key_id", language, value=info["key_id"]))
    print(_text("fingerprint", language, value=info["fingerprint"]))
    print(_text("officer", language, value=info["officer"] or "–"))
    if info["replaced_from"]:
        print(_text("replaced", language, value=info["replaced_from"]))
    if province:
        print(_text("is_province", language, name=info["province_name"] or "–"))
    elif entry is None:
        print(_text("no_province", language))
    else:
        entry_info = info["province"]
        print(_text("province", language, name=entry_info["name"] or "–", fingerprint=entry_info["fingerprint"]))
    return EXIT_DONE


def run_export(args: argparse.Namespace) -> int:
    from cdfi_desktop.sync import keys
    from cdfi_desktop.sync.errors import BundleRefused

    language = args.language
    db = open_database(args, program="keys")
    try:
        key = keys.device_key(db)
        if args.format == "minisign":
            text = key.minisign_public()
        else:
            try:
                document = keys.enrolment_document(db, officer=args.officer.strip(), institute_ids=args.institute)
            except (ValueError, BundleRefused) as exc:
                return _refused(exc, language)
            text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    finally:
        db.close()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8", newline="\n")
    if args.format == "minisign":
        print(_text("written_minisign", language, path=args.out, key_id=key.key_id_hex))
    else:
        print(_text("written_enrolment", language, path=args.out, fingerprint=key.fingerprint))
    return EXIT_DONE


def run_import(args: argparse.Namespace) -> int:
    from cdfi_desktop.sync import keys
    from cdfi_desktop.sync.errors import BundleRefused

    language = args.language
    try:
        text = keys.read_key_file(args.file)
    except BundleRefused as exc:
        return _refused(exc, language)
    db = open_database(args, program="keys")
    try:
        device = keys.import_province_key(db, text, expect_fingerprint=args.fingerprint, name=args.file.name)
    except BundleRefused as exc:
        return _refused(exc, language)
    finally:
        db.close()
    found = keys.fingerprint(keys.public_key_of(device)[1])
    print(_text("imported", language, name=device.name or device.device_id, fingerprint=found))
    print(_text("fingerprint_checked" if args.fingerprint.strip() else "check_fingerprint", language))
    return EXIT_DONE
