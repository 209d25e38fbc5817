"""Why a bundle, a receipt or a key file is refused: one code per fault, with its text in Thai and English.

Every refusal is a :class:`BundleRefused` carrying its code (stable: reports, tests and other programs read it),
the parameters of its message and, where one record is at fault, that record's table and id. Nothing is
written to the database when a bundle is refused.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from cdfi_desktop.domain.thai_date import format_date_be

# code: (Thai, English). Parameters in braces; every code a module raises is listed here.
ERRORS: dict[str, tuple[str, str]] = {
    # -- the file ----------------------------------------------------------------------------------------------
    "bundle_unreadable": (
        "อ่านไฟล์ {name} ไม่ได้: ไม่ใช่ไฟล์ชุดข้อมูล หรือไฟล์ไม่ครบ",
        "{name} cannot be read: it is not a bundle, or the file is incomplete ({detail}).",
    ),
    "bundle_too_large": (
        "ไฟล์ {name} ใหญ่เกินที่รับได้ ({size:,} ไบต์ เกิน {limit:,})",
        "{name} is larger than a bundle may be ({size:,} bytes, limit {limit:,}).",
    ),
    "member_unsafe_path": (
        "ไฟล์ {name} มีชื่อไฟล์ภายในที่ไม่ปลอดภัย ({member}) จึงไม่รับ",
        "{name} holds a member with an unsafe name ({member}); it is refused.",
    ),
    "member_duplicate": (
        "ไฟล์ {name} มีไฟล์ภายในชื่อซ้ำกัน ({member})",
        "{name} holds two members named {member}.",
    ),
    "too_many_members": (
        "ไฟล์ {name} มีไฟล์ภายในมากเกินไป ({count:,} เกิน {limit:,})",
        "{name} holds too many members ({count:,}, limit {limit:,}).",
    ),
    "member_too_large": (
        "ไฟล์ภายใน {member} ของ {name} ใหญ่เกินที่รับได้ ({size:,} ไบต์ เกิน {limit:,})",
        "The member {member} of {name} is too large ({size:,} bytes, limit {limit:,}).",
    ),
    "ratio_too_high": (
        "ไฟล์ภายใน {member} ของ {name} ถูกบีบอัดผิดปกติ (ขยายได้ {ratio:,.0f} เท่า) อาจเป็นไฟล์อันตราย จึงไม่รับ",
        "The member {member} of {name} expands {ratio:,.0f} times: a zip bomb, refused.",
    ),
    # -- the manifest and its signature ------------------------------------------------------------------------
    "manifest_missing": (
        "ไฟล์ {name} ไม่มี manifest.json",
        "{name} has no manifest.json.",
    ),
    "manifest_malformed": (
        "manifest.json ของ {name} ไม่ถูกต้อง ({detail})",
        "The manifest of {name} is malformed ({detail}).",
    ),
    "signature_missing": (
        "ไฟล์ {name} ไม่มีลายมือชื่อ (manifest.json.minisig)",
        "{name} is not signed (no manifest.json.minisig).",
    ),
    "signature_malformed": (
        "ลายมือชื่อของ {name} อ่านไม่ได้ ({detail})",
        "The signature of {name} cannot be read ({detail}).",
    ),
    "signature_invalid": (
        "ลายมือชื่อของ {name} ไม่ตรงกับเนื้อหา: ไฟล์ถูกแก้ไขหลังลงนาม หรือไม่ได้ลงนามด้วยกุญแจของเครื่อง {device}",
        "The signature of {name} does not match: the file was changed after signing, or not signed by {device}'s key.",
    ),
    "device_unknown": (
        "เครื่อง {device} ยังไม่ได้ลงทะเบียนกับจังหวัด (กุญแจ {key_id}) กรุณาลงทะเบียนเครื่องก่อน",
        "The device {device} (key {key_id}) is not enrolled here. Enrol it first.",
    ),
    "device_revoked": (
        "กุญแจของเครื่อง {device} ถูกเพิกถอนแล้วเมื่อ {revoked_at} จึงไม่รับชุดข้อมูลใหม่จากกุญแจนี้",
        "The key of {device} was revoked on {revoked_at}; no new bundle is accepted from it.",
    ),
    "format_unsupported": (
        "ไฟล์ {name} เป็นรูปแบบรุ่น {version} ซึ่งโปรแกรมรุ่นนี้อ่านไม่ได้ (อ่านได้ถึงรุ่น {supported})",
        "{name} is in format version {version}; this version of the app reads up to {supported}.",
    ),
    "schema_newer": (
        "ไฟล์ {name} ทำจากโปรแกรมรุ่นใหม่กว่า (โครงสร้างข้อมูล {schema} ใหม่กว่า {ours}) กรุณาปรับรุ่นโปรแกรมก่อน",
        "{name} was made by a newer version (schema {schema}, this one has {ours}). Update the app first.",
    ),
    "schema_older": (
        "ไฟล์ {name} ทำจากโปรแกรมรุ่นเก่า (โครงสร้างข้อมูล {schema}) ที่รุ่นนี้รับไม่ได้ (ต้องเป็น {ours})",
        "{name} was made by an old version (schema {schema}) this one cannot take (needs {ours}).",
    ),
    "wrong_kind": (
        "ไฟล์ {name} เป็น{kind} ซึ่งนำเข้าในฐานข้อมูลนี้ไม่ได้",
        "{name} is a {kind}, which this database does not take.",
    ),
    # -- the members -------------------------------------------------------------------------------------------
    "member_missing": (
        "ไฟล์ {name} ขาดไฟล์ภายใน {member} ที่ manifest ระบุไว้",
        "{name} lacks the member {member} its manifest lists.",
    ),
    "member_unlisted": (
        "ไฟล์ {name} มีไฟล์ภายใน {member} ที่ manifest ไม่ได้ระบุ",
        "{name} holds the member {member}, which its manifest does not list.",
    ),
    "member_hash_mismatch": (
        "ไฟล์ภายใน {member} ของ {name} ถูกแก้ไข (ค่าแฮชไม่ตรงกับ manifest)",
        "The member {member} of {name} was changed (its SHA-256 differs from the manifest).",
    ),
    "member_size_mismatch": (
        "ขนาดของไฟล์ภายใน {member} ของ {name} ไม่ตรงกับ manifest ({size:,} ไบต์ ไม่ใช่ {expected:,})",
        "The member {member} of {name} is {size:,} bytes, not the {expected:,} its manifest says.",
    ),
    "payload_not_for_us": (
        "ไฟล์ {name} เข้ารหัสไว้ให้กุญแจอื่น ({recipient}) ไม่ใช่กุญแจของจังหวัดนี้ ({ours})",
        "{name} is encrypted to another key ({recipient}), not this province's ({ours}).",
    ),
    "payload_undecryptable": (
        "ถอดรหัสข้อมูลใน {name} ไม่ได้ ({detail})",
        "The payload of {name} cannot be decrypted ({detail}).",
    ),
    "payload_malformed": (
        "ข้อมูลใน {name} ไม่ถูกต้อง ({detail})",
        "The payload of {name} is malformed ({detail}).",
    ),
    "counts_mismatch": (
        "จำนวนรายการของตาราง {table} ใน {name} ไม่ตรงกับ manifest ({count:,} ไม่ใช่ {expected:,})",
        "{name} holds {count:,} records of {table}, not the {expected:,} its manifest says.",
    ),
    "record_invalid": (
        "รายการ {record_id} ของตาราง {table} ใน {name} ไม่ถูกต้อง ({detail})",
        "The record {record_id} of {table} in {name} is invalid ({detail}).",
    ),
    "record_other_institute": (
        "ไฟล์ {name} มีข้อมูลของสถาบันที่เครื่อง {device} ไม่ได้ลงทะเบียนไว้ (ตาราง {table} รายการ {record_id})",
        "{name} holds a record of an institute {device} is not enrolled for ({table} {record_id}).",
    ),
    "attachment_hash_mismatch": (
        "ไฟล์แนบ {member} ใน {name} ไม่ตรงกับค่าแฮชของตัวเอง",
        "The attachment {member} in {name} does not match its own hash.",
    ),
    # -- order ---------------------------------------------------------------------------------------------------
    "sequence_replay": (
        "ชุดข้อมูลลำดับที่ {seq} ของเครื่อง {device} นำเข้าไปแล้ว แต่ไฟล์นี้ต่างจากที่นำเข้า จึงไม่รับ (ส่งซ้ำหรือถูกปลอม)",
        "Bundle {seq} of {device} was imported already and this file differs from it: a replay, refused.",
    ),
    "sequence_gap": (
        "ชุดข้อมูลลำดับที่ {seq} ของเครื่อง {device} มาก่อนลำดับที่ {expected} จึงพักไว้ จะนำเข้าเมื่อได้รับลำดับที่ขาด",
        "Bundle {seq} of {device} came before bundle {expected}: it is held until the missing ones arrive.",
    ),
    "chain_broken": (
        "ชุดข้อมูลลำดับที่ {seq} ของเครื่อง {device} ไม่ได้ต่อจากชุดก่อนหน้าที่นำเข้าแล้ว (ค่าแฮชชุดก่อนไม่ตรง)",
        "Bundle {seq} of {device} does not follow the bundle imported before it (previous hash differs).",
    ),
    # -- receipts and keys -----------------------------------------------------------------------------------------
    "receipt_not_for_us": (
        "ใบตอบรับ {name} เป็นของเครื่อง {device} ไม่ใช่เครื่องนี้ ({ours})",
        "The receipt {name} is for {device}, not this device ({ours}).",
    ),
    "receipt_unknown_bundle": (
        "ใบตอบรับ {name} อ้างถึงชุดข้อมูล {bundle_id} ที่เครื่องนี้ไม่ได้ทำ",
        "The receipt {name} names bundle {bundle_id}, which this device did not make.",
    ),
    "province_key_missing": (
        "ยังไม่ได้นำเข้ากุญแจของจังหวัด จึงตรวจใบตอบรับไม่ได้ กรุณานำเข้าไฟล์กุญแจของจังหวัดก่อน",
        "The province's keys have not been imported, so its receipt cannot be checked. Import them first.",
    ),
    "key_file_malformed": (
        "ไฟล์กุญแจ {name} ไม่ถูกต้อง ({detail})",
        "The key file {name} is malformed ({detail}).",
    ),
    "fingerprint_mismatch": (
        "ลายนิ้วมือกุญแจไม่ตรงกัน: ในไฟล์คือ {found} แต่ที่พิมพ์ไว้คือ {expected} จึงไม่นำเข้า",
        "The key's fingerprint is {found}, not the {expected} you typed; it was not imported.",
    ),
    "not_a_province": (
        "ฐานข้อมูลนี้ยังไม่ได้ตั้งเป็นฐานข้อมูลของจังหวัด (ใช้คำสั่ง province init ก่อน)",
        "This database is not set up as a province's (run 'province init' first).",
    ),
    "review_needed": (
        "ปิดรายการนี้ด้วยข้อความอย่างเดียวไม่ได้: มีข้อมูลอื่นพักไว้ใต้รายการซ้ำนี้ กรุณาตัดสินที่หน้าตรวจข้อมูลซ้ำและขัดแย้ง",
        "This case cannot be closed with a note alone: other records are held under this duplicate. Decide it on"
        " the review screen.",
    ),
    "internal_error": (
        "นำเข้า {name} ไม่สำเร็จเพราะโปรแกรมขัดข้อง ({detail}) ไม่มีการบันทึกข้อมูลจากไฟล์นี้ ไฟล์อื่นยังนำเข้าต่อได้"
        " กรุณาแจ้งผู้ดูแลระบบพร้อมไฟล์บันทึกการทำงาน",
        "{name} could not be imported: the program met an unexpected error ({detail}). Nothing from this file was"
        " saved; the other files are still imported. Tell the system administrator and send the log.",
    ),
    "enrolment_unsigned": (
        "ไฟล์ลงทะเบียน {name} ไม่มีลายมือชื่อของเครื่อง {device} จึงไม่รับกุญแจเข้ารหัสในไฟล์ ให้เครื่องนั้นสร้างไฟล์ลงทะเบียนใหม่",
        "The enrolment file {name} is not signed by its device {device}, so its encryption key is not taken; make "
        "the enrolment file again on that device.",
    ),
    "enrolment_signature_invalid": (
        "ลายมือชื่อในไฟล์ลงทะเบียน {name} ไม่ตรงกับกุญแจของเครื่อง {device} (ไฟล์ถูกแก้ไขหลังลงนาม) จึงไม่รับ",
        "The signature of the enrolment file {name} does not match the key of device {device} (the file was "
        "changed after it was signed); refused.",
    ),
    "restore_fingerprint_needed": (
        "ฐานข้อมูลนี้ยังไม่เชื่อถือกุญแจของจังหวัดใด ให้พิมพ์ลายนิ้วมือกุญแจที่จังหวัดอ่านให้ฟังทางโทรศัพท์ (--fingerprint)"
        " กุญแจในชุดข้อมูลกู้คืน {name} คือ {found}",
        "This database trusts no province key yet: type the fingerprint the province reads out by phone "
        "(--fingerprint). The key in the restore bundle {name} is {found}.",
    ),
    "restore_unencrypted": (
        "ชุดข้อมูลกู้คืนมีข้อมูลรายบุคคล จึงไม่เขียนแบบไม่เข้ารหัส"
        " ให้ระบุไฟล์ลงทะเบียนของเครื่องใหม่ (--to) หรือสั่งเขียนแบบไม่เข้ารหัสเอง (--plain)",
        "A restore bundle holds people's records, so it is not written unencrypted: give the new laptop's "
        "enrolment file (--to), or ask for an unencrypted file yourself (--plain).",
    ),
    "province_export_unencrypted": (
        "ชุดข้อมูลของจังหวัดมีข้อมูลรายบุคคล จึงไม่เขียนแบบไม่เข้ารหัส ให้ระบุไฟล์กุญแจของกรม (--to) หรือสั่งเขียนแบบไม่เข้ารหัสเอง (--plain)",
        "The province's bundle holds people's records, so it is not written unencrypted: give the department's "
        "key file (--to), or ask for an unencrypted file yourself (--plain).",
    ),
    "restore_bundles_held": (
        "เครื่อง {device} มีชุดข้อมูลที่ยังรอชุดก่อนหน้าอยู่ {count:,} ชุด (ลำดับที่ {seqs}) ซึ่งจะไม่อยู่ในชุดข้อมูลกู้คืน"
        " ให้นำเข้าชุดที่ขาดก่อน หรือสั่งกู้คืนโดยไม่มีชุดเหล่านั้น (--force)",
        "Device {device} has {count:,} bundles held for a gap (numbers {seqs}); the restore would leave them out. "
        "Import the missing bundles first, or restore without them (--force).",
    ),
    # -- reference bundles ----------------------------------------------------------------------------------------
    "reference_unencrypted": (
        "ทำชุดข้อมูลอ้างอิงไม่ได้: มีข้อมูลรายบุคคลจากการตัดสิน แต่ไม่มีเครื่องที่ลงทะเบียนไว้เครื่องใดมีกุญแจเข้ารหัส"
        " กรุณาลงทะเบียนเครื่องอีกครั้งด้วยไฟล์ลงทะเบียนรุ่นใหม่",
        "The reference bundle cannot be made: it carries people's records from review decisions, and no enrolled"
        " laptop has an encryption key. Enrol the laptops again with a new enrolment file.",
    ),
    "reference_no_key": (
        "ทำชุดข้อมูลอ้างอิงให้เครื่อง {device} ({officer}) ไม่ได้: มีข้อมูลรายบุคคลจากการตัดสิน แต่เครื่องนี้ไม่มีกุญแจเข้ารหัส"
        " กรุณาลงทะเบียนเครื่องนี้อีกครั้งด้วยไฟล์ลงทะเบียนรุ่นใหม่",
        "No reference bundle for the laptop {device} ({officer}): it would carry people's records from review"
        " decisions, and this laptop has no encryption key. Enrol it again with a new enrolment file.",
    ),
    "reference_not_allowed": (
        "{name}: รายการ {table} {record_id} ไม่ใช่สิ่งที่จังหวัดกำหนดให้เครื่องนี้ได้ จึงข้ามไป",
        "{name}: {table} {record_id} is not something the province may set on this laptop; ignored.",
    ),
    "reference_parent_missing": (
        "{name}: รายการ {table} {record_id} อ้างถึงรายการที่เครื่องนี้ไม่มี จึงข้ามไป",
        "{name}: {table} {record_id} belongs to a record this laptop does not hold; ignored.",
    ),
    "reference_changed_here": (
        "{name}: รายการ {table} {record_id} ถูกแก้ไขในเครื่องนี้หลังจากที่จังหวัดตัดสิน จึงคงค่าของเครื่องนี้ไว้ และจะส่งให้จังหวัดตรวจอีกครั้ง",
        "{name}: {table} {record_id} was changed on this laptop after the province decided; this laptop's change is"
        " kept and goes to the province to be reviewed again.",
    ),
    "device_not_enrolled": (
        "ไม่พบเครื่อง {device} ในรายการเครื่องที่ลงทะเบียนไว้",
        "There is no enrolled device {device}.",
    ),
    "restore_not_empty": (
        "ฐานข้อมูล {location} มีข้อมูลอยู่แล้ว ({records:,} รายการ) จึงใช้กู้คืนเครื่องไม่ได้ ใช้ฐานข้อมูลใหม่ หรือฐานข้อมูลที่ยังว่างอยู่",
        "The database {location} already holds {records:,} records; a laptop is restored only into a new or an "
        "empty database.",
    ),
    "restore_is_province": (
        "ฐานข้อมูล {location} เป็นฐานข้อมูลของจังหวัด จึงกู้คืนเครื่องของเจ้าหน้าที่ลงในนี้ไม่ได้",
        "{location} is a province's database; a laptop cannot be restored into it.",
    ),
    "restore_same_device": (
        "เครื่องใหม่ต้องไม่ใช่เครื่องเดิม ({device})",
        "The replacement must be another device than the lost one ({device}).",
    ),
    "restore_province_mismatch": (
        "ชุดข้อมูลกู้คืน {name} ลงนามโดยจังหวัดอื่น (กุญแจ {found}) ไม่ใช่จังหวัดที่ฐานข้อมูลนี้เชื่อถือ ({trusted})",
        "The restore bundle {name} is signed by another province (key {found}) than the one this database trusts "
        "({trusted}).",
    ),
    "restore_no_encryption_key": (
        "ไฟล์ลงทะเบียนของเครื่อง {device} ไม่มีกุญแจเข้ารหัส จึงเข้ารหัสชุดข้อมูลกู้คืนถึงเครื่องนั้นไม่ได้ ให้เครื่องนั้นสร้างไฟล์ลงทะเบียนใหม่",
        "The enrolment file of device {device} has no encryption key, so the restore bundle cannot be encrypted to "
        "it; make its enrolment file again.",
    ),
}


class BundleRefused(Exception):
    """A bundle, receipt or key file refused, with the code of the fault and its message parameters."""

    def __init__(self, code: str, *, table: str = "", record_id: str = "", **params: Any) -> None:
        if code not in ERRORS:
            raise KeyError(f"unknown sync error code {code!r}")
        self.code = code
        self.table = table
        self.record_id = record_id
        self.params = {"table": table, "record_id": record_id, **params}
        super().__init__(self.text("en"))

    def text(self, language: str = "th") -> str:
        thai, english = ERRORS[self.code]
        template = english if language == "en" else thai
        params = {key: _shown(value, language) for key, value in self.params.items()}
        try:
            return template.format(**params)
        except (KeyError, ValueError, IndexError):  # a parameter missing: still say what the fault is
            return f"{template.split('(')[0].strip()} [{self.code}]"

    def as_dict(self) -> dict[str, Any]:
        """The refusal as a report's error entry: its code, table, record id and message in both languages."""
        return {
            "code": self.code,
            "table": self.table,
            "record_id": self.record_id,
            "message_th": self.text("th"),
            "message_en": self.text("en"),
        }


def _shown(value: Any, language: str) -> Any:
    """A date or moment as the language writes it (B.E. in Thai, in local time); other values as they are."""
    if isinstance(value, datetime):
        local = value.astimezone() if value.tzinfo is not None else value
        if language == "en":
            return f"{local:%d/%m/%Y %H:%M}"
        return f"{format_date_be(local.date(), style='short')} {local:%H:%M}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}" if language == "en" else format_date_be(value, style="short")
    return value
