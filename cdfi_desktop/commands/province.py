"""``cdfi-desktop province``: set up the province's database and keys, enrol the laptops it trusts, revoke one."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from cdfi_desktop.commands import add_db_option, open_database
from cdfi_desktop.failures import EXIT_DONE, EXIT_NOTHING_DONE

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
}


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
    add_db_option(init, wait=True)
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
    add_db_option(enrol, wait=True)
    enrol.add_argument("file", type=Path, metavar="ENROLMENT_FILE", help="the laptop's enrolment file")
    enrol.set_defaults(handler=run_enrol)

    revoke = actions.add_parser(
        "revoke",
        help="stop trusting a laptop's key (lost, stolen, replaced)",
        description="Revoke an enrolled laptop's key: its new bundles are refused; the records it sent before stay. "
        "'province list' shows the device ids.",
    )
    add_db_option(revoke, wait=True)
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
