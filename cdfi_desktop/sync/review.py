"""Review at the province: a conflict or a held duplicate side by side, field by field, and the decision on it.

:func:`compare` shows the version the province stores beside the other one (a conflict's losing version, or the
record held as a duplicate of the stored one), field by field, with who made each (device, officer) and the
institute. :func:`resolve` decides:

- ``keep_stored``: the stored values stay; ``keep_other``: the other version's values are written over them;
  ``merge``: field by field (``fields``: {field: "stored" | "other"}, a field not named keeps the stored value).
  The result is written to the stored record through the province's unit of work, so the province's Recorder
  stamps it (a new clock stamp, device = the province) and the audit trail has it, even when no value changed:
  that new version is what laptops take from the next reference bundle, superseding both versions they hold.
  For a held duplicate the stored record is the one kept, and the held copy is discarded: laptops that hold it
  receive its removal (a tombstone stamped by the province, without personal values) in the reference bundle; the
  province does not store it. The records held under the copy are moved onto the kept record (stamped by the
  province, so the laptop that made them takes them from the reference); one that then repeats another record's
  natural key becomes a duplicate case of its own. Nothing under the copy is dropped.
- ``different`` (duplicates only: the two are different people or things): the held record and the records held
  under it are applied as the merge would have applied them (their own versions, from their laptop), when the
  natural keys now allow it; otherwise it is refused with the reason.

Every decision is kept as JSON in ``sync_conflict.resolution`` (:func:`decision_of`), with the versions it
supersedes (``covers``), the versions it wrote (``wrote``) and the tombstones of what it discarded
(``discarded``): the reference bundle carries them, and a laptop applies only what they name. Resolving twice is
refused. :func:`province_digest` is the province's digest of a laptop once decisions are taken into account.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cdfi_desktop.db.base import Base
from cdfi_desktop.db.bookkeeping import RECORDER_KEY, Recorder
from cdfi_desktop.db.database import Database
from cdfi_desktop.db.keys import PROVINCE_NAME_KEY
from cdfi_desktop.db.models.records import AuditLog, LocalSetting
from cdfi_desktop.db.models.sync import SyncBase, SyncBundle, SyncConflict, SyncDevice
from cdfi_desktop.domain.enums import AuditAction
from cdfi_desktop.sync import merge
from cdfi_desktop.sync.codec import decode_row, encode_row, synced_tables_in_order, table_named, travelling_columns
from cdfi_desktop.sync.errors import BundleRefused
from cdfi_desktop.sync.feed import BASE_KEY, ChangeSet

KEEP_STORED, KEEP_OTHER, MERGE, DIFFERENT = "keep_stored", "keep_other", "merge", "different"
ACTIONS = (KEEP_STORED, KEEP_OTHER, MERGE, DIFFERENT)
STORED, OTHER = "stored", "other"
DECISION_FORMAT = 1
CONFLICT_KINDS = (merge.KIND_SOFT, merge.KIND_HARD)
_BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "device_id", "version", "hlc"})
_HOLD_KINDS = (merge.KIND_DUPLICATE, merge.KIND_HELD)

_ACTION_TEXTS: dict[str, tuple[str, str]] = {
    KEEP_STORED: ("ใช้ข้อมูลที่จังหวัดเก็บไว้", "the stored version is kept"),
    KEEP_OTHER: ("ใช้ข้อมูลอีกฉบับ", "the other version is kept"),
    MERGE: ("รวมข้อมูลทีละช่อง", "merged field by field"),
    DIFFERENT: ("เป็นคนละรายการกัน บันทึกทั้งสองรายการ", "different people or things: both are kept"),
}
_DUPLICATE_TEXTS: dict[str, tuple[str, str]] = {
    KEEP_STORED: ("ข้อมูลซ้ำ: ใช้รายการที่เก็บไว้ ยกเลิกรายการซ้ำ", "a duplicate: the stored record is kept, the copy dropped"),
    KEEP_OTHER: (
        "ข้อมูลซ้ำ: ใช้ค่าของรายการซ้ำแทนในรายการที่เก็บไว้ ยกเลิกรายการซ้ำ",
        "a duplicate: the copy's values replace the stored record's, the copy dropped",
    ),
    MERGE: (
        "ข้อมูลซ้ำ: รวมค่าทีละช่องในรายการที่เก็บไว้ ยกเลิกรายการซ้ำ",
        "a duplicate: merged field by field into the stored record, the copy dropped",
    ),
}

# code: (Thai, English) of each refusal
REFUSALS: dict[str, tuple[str, str]] = {
    "conflict_unknown": ("ไม่พบรายการที่ต้องตรวจ {conflict_id}", "There is no review case {conflict_id}."),
    "already_resolved": (
        "รายการนี้ตัดสินไปแล้วเมื่อ {resolved_at} โดย {resolved_by}",
        "This case was resolved already ({resolved_at}, by {resolved_by}).",
    ),
    "action_unknown": ("ไม่รู้จักวิธีตัดสิน {action}", "{action} is not a way to resolve a case."),
    "different_not_duplicate": (
        "เลือก 'เป็นคนละรายการ' ได้เฉพาะข้อมูลซ้ำ รายการนี้เป็นการแก้ไขที่ขัดแย้งกันของรายการเดียวกัน",
        "'Different' is only for duplicates; this is one record changed in two places.",
    ),
    "held_under_other": (
        "รายการนี้พักไว้เพราะรายการแม่ ({other_id}) ถูกพักไว้ กรุณาตัดสินที่รายการแม่",
        "This record is held because the record it belongs to ({other_id}) is held: resolve that one.",
    ),
    "not_for_review": ("รายการนี้ไม่ต้องตรวจ", "This case needs no review."),
    "field_unknown": ("ไม่มีช่อง {field} ในรายการนี้", "There is no field {field} here."),
    "field_choice": ("ช่อง {field} ต้องเลือก stored หรือ other", "The field {field} takes 'stored' or 'other'."),
    "stored_missing": (
        "ไม่พบรายการที่จังหวัดเก็บไว้ ({table} {record_id})",
        "The stored record is not here ({table} {record_id}).",
    ),
    "points_to_held": (
        "ค่าช่อง {field} ของอีกฉบับอ้างถึงรายการที่ยังพักไว้ จึงใช้ไม่ได้",
        "The other version's {field} points to a record still held; it cannot be used.",
    ),
    "key_still_shared": (
        "บันทึกเป็นคนละรายการไม่ได้: {fields_th} ยังซ้ำกับรายการที่เก็บไว้ กรุณาแก้ที่เครื่องของเจ้าหน้าที่ก่อน",
        "Cannot keep both: {fields_en} is still the same as the stored record's. Correct it on the laptop first.",
    ),
    "key_taken": (
        "ใช้ค่าที่เลือกไม่ได้: {fields_th} ซ้ำกับรายการอื่นที่เก็บไว้ ไม่มีการบันทึกข้อมูลใด ๆ",
        "The chosen values cannot be used: {fields_en} repeats another stored record's. Nothing was saved.",
    ),
    "sender_unknown": (
        "ไม่พบเครื่อง {device} ที่ส่งรายการนี้ในทะเบียนเครื่อง",
        "The device {device} that sent this record is not enrolled here.",
    ),
}


class ResolveRefused(Exception):
    """A decision that cannot be made: its code and its reason in Thai and English."""

    def __init__(self, code: str, **params: Any) -> None:
        thai, english = REFUSALS[code]
        self.code = code
        self.params = params
        self.th = thai.format(**params)
        self.en = english.format(**params)
        super().__init__(self.en)


@dataclass(frozen=True)
class FieldRow:
    field: str
    label_th: str
    label_en: str
    stored: Any  # the value as the bundle encodes it (text for money, dates and stamps), None when missing
    other: Any
    differs: bool
    stored_text: str = ""  # a link to another record: that record as officers know it (a name, a house number)
    other_text: str = ""


@dataclass
class ReviewCase:
    id: int
    table: str
    record_id: str
    kind: str  # "soft" | "hard" | "duplicate" | "held"
    rows: list[FieldRow]
    stored_device: str
    other_device: str
    stored_officer: str
    other_officer: str
    institute_id: str | None
    resolved: bool
    resolution: str  # readable text (Thai / English), "" while open
    other_id: str = ""
    key_fields: list[str] = field(default_factory=list)  # the conflicting fields, or the shared natural key
    stored_version: tuple[str, str] | None = None  # (clock stamp, device)
    other_version: tuple[str, str] | None = None
    held_under: int = 0  # records held under the held copy (moved onto the kept record, or applied with it)
    detected_at: datetime | None = None
    resolved_at: datetime | None = None
    resolved_by: str = ""
    decision: dict[str, Any] | None = None

    @property
    def differing(self) -> list[FieldRow]:
        return [row for row in self.rows if row.differs]


# -- labels ---------------------------------------------------------------------------------------------------------

_LABELS: dict[str, tuple[str, str]] = {  # every column of the synced tables, as the screens name it
    "action": ("การดำเนินการ", "Action"),
    "address": ("ที่อยู่", "Address"),
    "affordability_k": ("สัดส่วนความสามารถชำระ", "Affordability factor"),
    "amends_contract_id": ("สัญญาที่แก้ไข", "Contract amended"),
    "amount": ("จำนวนเงิน", "Amount"),
    "amount_monthly": ("จำนวนเงินต่อเดือน", "Monthly amount"),
    "amount_transferred": ("จำนวนเงินที่โอน", "Amount transferred"),
    "apr": ("อัตราดอกเบี้ยต่อปี", "Annual rate"),
    "arrears_problem_days": ("วันค้างชำระ (มีปัญหา)", "Days overdue (problem)"),
    "arrears_watch_days": ("วันค้างชำระ (เฝ้าระวัง)", "Days overdue (watch)"),
    "attachment_id": ("ไฟล์แนบ", "Attachment"),
    "attendees": ("ผู้เข้าร่วม", "Attendees"),
    "balance_after": ("ยอดคงเหลือหลังชำระ", "Balance after"),
    "birth_date": ("วันเกิด", "Birth date"),
    "borrower_member_id": ("ผู้กู้", "Borrower"),
    "budget": ("งบประมาณ", "Budget"),
    "bylaw_notes": ("หมายเหตุระเบียบ", "Bylaw notes"),
    "can_lend": ("ให้กู้ได้", "Can lend"),
    "capital": ("เงินทุน", "Capital"),
    "caption": ("คำอธิบายภาพ", "Caption"),
    "category": ("หมวด", "Category"),
    "changed_on": ("วันที่เปลี่ยน", "Changed on"),
    "citizen_id": ("เลขประจำตัวประชาชน", "Citizen ID"),
    "class_at_selection": ("ระดับหนี้เมื่อคัดเลือก", "Class at selection"),
    "closed_date": ("วันที่ปิด", "Closed on"),
    "code": ("รหัส", "Code"),
    "cohort": ("รุ่น", "Cohort"),
    "cohort_fiscal_year": ("ปีงบประมาณที่เข้าร่วม", "Cohort year"),
    "consent_given": ("ให้ความยินยอม", "Consent given"),
    "content_hash": ("ค่าแฮชของเนื้อหา", "Content hash"),
    "contract_date": ("วันที่ทำสัญญา", "Contract date"),
    "contract_id": ("สัญญา", "Contract"),
    "contract_no": ("เลขที่สัญญา", "Contract no."),
    "core_fund_id": ("กองทุนหลัก", "Core fund"),
    "course_id": ("หลักสูตร", "Course"),
    "creditor_kind": ("ประเภทเจ้าหนี้", "Creditor type"),
    "creditor_name": ("ชื่อเจ้าหนี้", "Creditor"),
    "creditors_watch": ("จำนวนเจ้าหนี้ (เฝ้าระวัง)", "Creditors (watch)"),
    "day_id": ("วันอบรม", "Training day"),
    "day_no": ("วันที่ (ลำดับ)", "Day no."),
    "days_count": ("จำนวนวัน", "Days"),
    "days_overdue": ("จำนวนวันค้างชำระ", "Days overdue"),
    "debt_id": ("หนี้", "Debt"),
    "debtor_member_id": ("ลูกหนี้", "Debtor"),
    "deleted_at": ("ลบเมื่อ", "Removed at"),
    "description": ("รายละเอียด", "Description"),
    "district_code": ("รหัสอำเภอ", "District code"),
    "done_date": ("วันที่เสร็จ", "Done on"),
    "down_payment": ("เงินดาวน์", "Down payment"),
    "dsr_problem_pct": ("DSR มีปัญหา (%)", "DSR problem (%)"),
    "dsr_watch_pct": ("DSR เฝ้าระวัง (%)", "DSR watch (%)"),
    "due_date": ("วันครบกำหนด", "Due date"),
    "early_payment_interest": ("ดอกเบี้ยเมื่อชำระก่อนกำหนด", "Early payment interest"),
    "end_date": ("วันสิ้นสุด", "End date"),
    "enrolled_on": ("วันที่ลงทะเบียน", "Enrolled on"),
    "evidence_kind": ("ประเภทหลักฐาน", "Evidence type"),
    "filename": ("ชื่อไฟล์", "File name"),
    "first_due_date": ("วันครบกำหนดงวดแรก", "First due date"),
    "first_name": ("ชื่อ", "First name"),
    "fiscal_year": ("ปีงบประมาณ", "Fiscal year"),
    "founded_date": ("วันที่ก่อตั้ง", "Founded on"),
    "founding_date": ("วันที่ก่อตั้ง", "Founded on"),
    "from_status": ("สถานะเดิม", "From status"),
    "full_name": ("ชื่อ-นามสกุล", "Full name"),
    "fund_type": ("ประเภทกองทุน", "Fund type"),
    "goals": ("เป้าหมาย", "Goals"),
    "gross_payoff": ("ยอดปิดหนี้รวม", "Gross payoff"),
    "held_on": ("วันที่จัด", "Held on"),
    "house_no": ("บ้านเลขที่", "House no."),
    "household_id": ("ครัวเรือน", "Household"),
    "households_served": ("จำนวนครัวเรือนที่ได้รับบริการ", "Households served"),
    "installment": ("ค่างวด", "Installment"),
    "installment_step": ("ปัดค่างวด", "Installment step"),
    "institute_id": ("สถาบัน", "Institute"),
    "institute_pass_goal_pct": ("เป้าหมายสถาบันผ่านเกณฑ์ (%)", "Institute pass goal (%)"),
    "interest": ("ดอกเบี้ย", "Interest"),
    "interest_rate": ("อัตราดอกเบี้ย", "Interest rate"),
    "interest_waived": ("ดอกเบี้ยที่ยกเว้น", "Interest waived"),
    "is_head": ("หัวหน้าครัวเรือน", "Head of household"),
    "item": ("รายการ", "Item"),
    "kind": ("ประเภท", "Kind"),
    "last_name": ("นามสกุล", "Last name"),
    "lender_fund_id": ("กองทุนผู้ให้กู้", "Lending fund"),
    "lender_kind": ("ประเภทผู้ให้กู้", "Lender type"),
    "lending_limit": ("วงเงินให้กู้", "Lending limit"),
    "level": ("ระดับ", "Level"),
    "locked_at": ("ล็อกเมื่อ", "Locked at"),
    "locked_by": ("ล็อกโดย", "Locked by"),
    "made_on": ("วันที่ทำ", "Made on"),
    "max_term_months": ("ระยะเวลาสูงสุด (เดือน)", "Longest term (months)"),
    "media_type": ("ชนิดไฟล์", "Media type"),
    "meeting_date": ("วันประชุม", "Meeting date"),
    "meeting_place": ("สถานที่ประชุม", "Meeting place"),
    "member_fund_id": ("กองทุนสมาชิก", "Member fund"),
    "member_id": ("สมาชิก", "Member"),
    "members_count": ("จำนวนสมาชิก", "Members"),
    "method": ("วิธี", "Method"),
    "min_days_to_complete": ("จำนวนวันขั้นต่ำที่ผ่าน", "Days to complete"),
    "min_households_1hh1c": ("ครัวเรือนขั้นต่ำ ๑ ครัวเรือน ๑ สัญญา", "Least 1HH1C households"),
    "minutes": ("บันทึกการประชุม", "Minutes"),
    "name": ("ชื่อ", "Name"),
    "national_goal_households": ("เป้าหมายครัวเรือนระดับประเทศ", "National household goal"),
    "note": ("หมายเหตุ", "Note"),
    "notes": ("หมายเหตุ", "Notes"),
    "objective": ("วัตถุประสงค์", "Objective"),
    "occupation": ("อาชีพ", "Occupation"),
    "officer": ("เจ้าหน้าที่", "Officer"),
    "outstanding": ("ยอดหนี้คงเหลือ", "Outstanding"),
    "owner_id": ("เจ้าของไฟล์แนบ", "Attached to"),
    "owner_table": ("ประเภทเจ้าของไฟล์แนบ", "Attached to (kind)"),
    "paid_on": ("วันที่ชำระ", "Paid on"),
    "participant_id": ("ผู้เข้าอบรม", "Participant"),
    "penalty": ("ค่าปรับ", "Penalty"),
    "penalty_waived": ("ค่าปรับที่ยกเว้น", "Penalty waived"),
    "phone": ("โทรศัพท์", "Phone"),
    "plan_id": ("แผน", "Plan"),
    "plan_request_cap": ("วงเงินขอตามแผนสูงสุด", "Plan request cap"),
    "planned_date": ("วันที่วางแผน", "Planned date"),
    "principal": ("เงินต้น", "Principal"),
    "project_id": ("โครงการ", "Project"),
    "proposed": ("เสนอ", "Proposed"),
    "province_code": ("รหัสจังหวัด", "Province code"),
    "purpose": ("วัตถุประสงค์การกู้", "Purpose"),
    "quantity": ("จำนวน", "Quantity"),
    "quarter_deadlines": ("กำหนดส่งรายไตรมาส", "Quarter deadlines"),
    "rank": ("ลำดับ", "Rank"),
    "reason": ("เหตุผล", "Reason"),
    "receipt_no": ("เลขที่ใบเสร็จ", "Receipt no."),
    "relation": ("ความสัมพันธ์", "Relation"),
    "relation_note": ("หมายเหตุความสัมพันธ์", "Relation note"),
    "report_months": ("เดือนที่รายงาน", "Report months"),
    "representative_member_id": ("ผู้แทน", "Representative"),
    "rescheduled_on": ("วันที่ปรับโครงสร้าง", "Rescheduled on"),
    "rescheduling_terms": ("เงื่อนไขการปรับโครงสร้าง", "Rescheduling terms"),
    "reverses_id": ("รายการที่กลับรายการ", "Reverses"),
    "role": ("ตำแหน่ง", "Role"),
    "round_no": ("รอบที่", "Round"),
    "savings_target_monthly": ("เป้าหมายเงินออมต่อเดือน", "Monthly savings target"),
    "savings_to_date": ("เงินออมถึงปัจจุบัน", "Savings to date"),
    "selection_id": ("การคัดเลือก", "Selection"),
    "seq": ("งวดที่", "No."),
    "sex": ("เพศ", "Sex"),
    "sha256": ("ค่าแฮช SHA-256", "SHA-256"),
    "signed_on": ("วันที่ลงนาม", "Signed on"),
    "signing_date": ("วันที่ลงนาม", "Signing date"),
    "signing_place": ("สถานที่ลงนาม", "Signing place"),
    "size": ("ขนาด", "Size"),
    "snapshot": ("ข้อมูล ณ วันส่ง", "Snapshot"),
    "sort_order": ("ลำดับ", "Order"),
    "source_contract_no": ("เลขที่สัญญาเดิม", "Original contract no."),
    "source_creditor": ("เจ้าหนี้เดิม", "Original creditor"),
    "source_debt_id": ("หนี้เดิม", "Original debt"),
    "source_fund_id": ("กองทุนต้นทาง", "Source fund"),
    "spent": ("ใช้จ่ายแล้ว", "Spent"),
    "start_date": ("วันเริ่ม", "Start date"),
    "status": ("สถานะ", "Status"),
    "subdistrict_code": ("รหัสตำบล", "Subdistrict code"),
    "submitted_at": ("ส่งเมื่อ", "Submitted at"),
    "submitted_by": ("ส่งโดย", "Submitted by"),
    "target_date": ("วันที่เป้าหมาย", "Target date"),
    "target_dsr_pct": ("DSR เป้าหมาย (%)", "Target DSR (%)"),
    "target_households": ("ครัวเรือนเป้าหมาย", "Target households"),
    "term_end": ("สิ้นสุดวาระ", "Term ends"),
    "term_months": ("ระยะเวลา (เดือน)", "Term (months)"),
    "term_start": ("เริ่มวาระ", "Term starts"),
    "title": ("คำนำหน้า", "Title"),
    "to_status": ("สถานะใหม่", "To status"),
    "topics": ("หัวข้อ", "Topics"),
    "total_interest": ("ดอกเบี้ยรวม", "Total interest"),
    "trainers": ("วิทยากร", "Trainers"),
    "training_days": ("จำนวนวันอบรม", "Training days"),
    "training_min_days_to_complete": ("จำนวนวันอบรมขั้นต่ำที่ผ่าน", "Training days to complete"),
    "unit": ("หน่วย", "Unit"),
    "unit_cost": ("ราคาต่อหน่วย", "Unit cost"),
    "venue": ("สถานที่", "Venue"),
    "village_id": ("หมู่บ้าน", "Village"),
    "village_no": ("หมู่ที่", "Village no."),
    "visited_on": ("วันที่ติดตาม", "Visited on"),
    "waived": ("ยกเว้น", "Waived"),
}


_GENERIC = frozenset({"debt_id", "name", "notes", "note", "id"})  # workbook keys that mean something else in a table


def field_labels(name: str) -> tuple[str, str]:
    """(Thai, English) label of a column: the Excel template's header where it names it, else this list, else the
    column name made readable."""
    try:
        from cdfi_desktop.services.excel_import.fields import FIELD_BY_KEY

        known = FIELD_BY_KEY.get(name)
    except ImportError:  # pragma: no cover - the workbook module is part of the app
        known = None
    if known is not None and name not in _GENERIC:
        return known.th, known.en
    if name in _LABELS:
        return _LABELS[name]
    readable = re.sub(r"_id$", "", name).replace("_", " ").strip().capitalize()
    return readable, readable


# -- reading --------------------------------------------------------------------------------------------------------


def _model(table: Table) -> type[Any]:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return mapper.class_
    raise KeyError(table.name)


def _stored_row(session: Session, table: Table, record_id: str) -> dict[str, Any] | None:
    row = session.execute(select(*travelling_columns(table)).where(table.c.id == record_id)).mappings().first()
    return encode_row(table, dict(row)) if row is not None else None


def _version(data: Mapping[str, Any] | None) -> tuple[str, str] | None:
    if not data or not isinstance(data.get("hlc"), str):
        return None
    return (str(data["hlc"]), str(data.get("device_id") or ""))


def _province_device(session: Session) -> str:
    recorder: Recorder | None = session.info.get(RECORDER_KEY)
    return recorder.device_id if recorder is not None else ""


def _officer(session: Session, table: str, record_id: str, device: str) -> str:
    """Who made a device's version: the officer of its last audit entry on the record, else the device's officer."""
    if not device:
        return ""
    found = session.scalars(
        select(AuditLog.officer)
        .where(AuditLog.table_name == table, AuditLog.record_id == record_id, AuditLog.device_id == device)
        .order_by(AuditLog.at.desc(), AuditLog.id.desc())
        .limit(1)
    ).first()
    if found:
        return found
    entry = session.get(SyncDevice, device)
    if entry is not None and entry.name:
        return entry.name
    if device == _province_device(session):
        setting = session.get(LocalSetting, PROVINCE_NAME_KEY)
        return setting.value if setting is not None else ""
    return ""


def _institute(session: Session, table: Table, record_id: str, data: Mapping[str, Any] | None) -> str | None:
    """The institute of a record: stored, or (a held one) through its parents, stored or held."""
    seen: set[str] = set()
    while True:
        owners = merge._db_owners(session, table, {record_id})
        if owners.get(record_id) is not None:
            return owners[record_id]
        column = merge._owner_column(table)
        if data is None or column is None or record_id in seen:
            return None
        seen.add(record_id)
        if column in ("id", "institute_id"):
            value = data.get(column)
            return str(value) if value else None
        parent_id = data.get(column)
        if not isinstance(parent_id, str):
            return None
        if column == "owner_id":
            parent_name = data.get("owner_table")
            if not isinstance(parent_name, str):
                return None
            try:
                parent = table_named(parent_name)
            except KeyError:
                return None
        else:
            parent = merge._parent_table(table, column)
        held = session.scalars(
            select(SyncConflict.loser).where(
                SyncConflict.table_name == parent.name,
                SyncConflict.record_id == parent_id,
                SyncConflict.kind.in_(_HOLD_KINDS),
            )
        ).first()
        table, record_id, data = parent, parent_id, held


def _held_tree(session: Session, record_id: str) -> list[SyncConflict]:
    """The open hold entries of the records held under ``record_id`` (children, their children …)."""
    out: list[SyncConflict] = []
    frontier = {record_id}
    seen = {record_id}
    while frontier:
        rows = list(
            session.scalars(
                select(SyncConflict)
                .where(
                    SyncConflict.kind == merge.KIND_HELD,
                    SyncConflict.other_id.in_(sorted(frontier)),
                    SyncConflict.resolved_at.is_(None),
                )
                .order_by(SyncConflict.id)
            )
        )
        frontier = set()
        for row in rows:
            if row.record_id not in seen:
                seen.add(row.record_id)
                frontier.add(row.record_id)
                out.append(row)
    return out


_SHOWN_COLUMNS = (("name",), ("full_name",), ("title", "first_name", "last_name"), ("house_no",), ("filename",))


def _shown(session: Session, target: Table, value: Any) -> str:
    """The record a link points to, as officers know it (its name, full name, house number …); "" when unknown."""
    if not isinstance(value, str) or not value:
        return ""
    for names in _SHOWN_COLUMNS:
        if all(name in target.c for name in names):
            found = session.execute(select(*(target.c[n] for n in names)).where(target.c.id == value)).first()
            if found is None:
                held = session.scalars(
                    select(SyncConflict.loser).where(
                        SyncConflict.table_name == target.name, SyncConflict.record_id == value
                    )
                ).first()
                parts = [str((held or {}).get(n) or "") for n in names]
            else:
                parts = [str(part or "") for part in found]
            return " ".join(part for part in parts if part).strip()
    return ""


def decision_of(conflict: SyncConflict) -> dict[str, Any] | None:
    """The machine-readable decision kept in a resolved case's ``resolution`` (None: no decision made here)."""
    text = conflict.resolution or ""
    if not text.startswith("{"):
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) and value.get("decision") == DECISION_FORMAT else None


def resolution_text(conflict: SyncConflict, language: str = "th") -> str:
    """A case's resolution as officers read it."""
    decision = decision_of(conflict)
    if decision is None:
        text = conflict.resolution or ""
        if text.startswith("{"):
            try:
                part = json.loads(text)
            except ValueError:
                return text
            if isinstance(part, dict) and "decided_by_case" in part:
                thai = f"ตัดสินพร้อมรายการที่ {part['decided_by_case']}"
                english = f"resolved with case {part['decided_by_case']}"
                return english if language == "en" else thai
        return text
    text = decision.get("text_en" if language == "en" else "text_th", "")
    note = decision.get("note") or ""
    return f"{text}: {note}" if note else str(text)


def compare(session: Session, conflict_id: int) -> ReviewCase:
    """Both versions of a case side by side, field by field (KeyError when there is no such case)."""
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        raise KeyError(conflict_id)
    table = table_named(conflict.table_name)
    other: dict[str, Any] = dict(conflict.loser or {})
    stored: dict[str, Any] | None
    if conflict.kind == merge.KIND_DUPLICATE:
        stored = _stored_row(session, table, conflict.other_id) if conflict.other_id else None
        if stored is None and conflict.winner:
            stored = dict(conflict.winner)
        subject_id = conflict.other_id
    elif conflict.kind == merge.KIND_HELD:
        stored, subject_id = None, conflict.record_id
    else:
        stored = _stored_row(session, table, conflict.record_id)
        subject_id = conflict.record_id
    rows = []
    for column in travelling_columns(table):
        if column.key in _BOOKKEEPING:
            continue
        a = stored.get(column.key) if stored is not None else None
        b = other.get(column.key)
        label_th, label_en = field_labels(column.key)
        shown = ("", "")
        if column.foreign_keys:
            target = next(iter(column.foreign_keys)).column.table
            shown = (_shown(session, target, a), _shown(session, target, b))
        rows.append(FieldRow(column.key, label_th, label_en, a, b, stored is not None and a != b, *shown))
    stored_version, other_version = _version(stored), _version(other)
    stored_device = stored_version[1] if stored_version else ""
    other_device = other_version[1] if other_version else conflict.loser_device
    institute = _institute(session, table, subject_id, stored) if stored is not None else None
    if institute is None:
        institute = _institute(session, table, conflict.record_id, other)
    held_under = len(_held_tree(session, conflict.record_id)) if conflict.kind == merge.KIND_DUPLICATE else 0
    return ReviewCase(
        id=conflict.id,
        table=conflict.table_name,
        record_id=conflict.record_id,
        kind=conflict.kind,
        rows=rows,
        stored_device=stored_device,
        other_device=other_device,
        stored_officer=_officer(session, conflict.table_name, subject_id, stored_device),
        other_officer=_officer(session, conflict.table_name, conflict.record_id, other_device),
        institute_id=institute,
        resolved=conflict.resolved_at is not None,
        resolution=resolution_text(conflict, "th") + (" / " + resolution_text(conflict, "en"))
        if conflict.resolution
        else "",
        other_id=conflict.other_id,
        key_fields=list(conflict.fields or []),
        stored_version=stored_version,
        other_version=other_version,
        held_under=held_under,
        detected_at=conflict.detected_at,
        resolved_at=conflict.resolved_at,
        resolved_by=conflict.resolved_by,
        decision=decision_of(conflict),
    )


@dataclass(frozen=True)
class OpenCase:
    """One line of the review list."""

    id: int
    kind: str
    table: str
    record_id: str
    other_id: str
    fields: list[str]
    stored_device: str
    other_device: str
    detected_at: datetime
    institute_id: str | None


def institutes_of(session: Session, conflicts: Iterable[SyncConflict]) -> dict[int, str | None]:
    """The institute of each case (by its id): its stored record's owner chain, a query per table and chunk
    (:func:`merge._db_owners`); a held record not stored, through its held parents."""
    cases = list(conflicts)
    subjects: dict[str, set[str]] = {}
    for conflict in cases:
        subject = conflict.other_id if conflict.kind == merge.KIND_DUPLICATE else conflict.record_id
        if subject:
            subjects.setdefault(conflict.table_name, set()).add(subject)
    owners = {name: merge._db_owners(session, table_named(name), ids) for name, ids in subjects.items()}
    out: dict[int, str | None] = {}
    for conflict in cases:
        subject = conflict.other_id if conflict.kind == merge.KIND_DUPLICATE else conflict.record_id
        found = owners.get(conflict.table_name, {}).get(subject) if subject else None
        if found is None:
            table = table_named(conflict.table_name)
            found = _institute(session, table, conflict.record_id, conflict.loser or {})
        out[conflict.id] = found
    return out


def open_cases(session: Session) -> list[OpenCase]:
    """The conflicts and duplicates not resolved yet, newest first (records held under a duplicate are resolved
    with it and not listed)."""
    conflicts = session.scalars(
        select(SyncConflict)
        .where(SyncConflict.resolved_at.is_(None), SyncConflict.kind.in_((*CONFLICT_KINDS, merge.KIND_DUPLICATE)))
        .order_by(SyncConflict.detected_at.desc(), SyncConflict.id.desc())
    ).all()
    out = []
    institutes = institutes_of(session, conflicts)
    for conflict in conflicts:
        institute = institutes[conflict.id]
        out.append(
            OpenCase(
                id=conflict.id,
                kind=conflict.kind,
                table=conflict.table_name,
                record_id=conflict.record_id,
                other_id=conflict.other_id,
                fields=list(conflict.fields or []),
                stored_device=conflict.winner_device,
                other_device=conflict.loser_device,
                detected_at=conflict.detected_at,
                institute_id=institute,
            )
        )
    return out


# -- deciding -------------------------------------------------------------------------------------------------------


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _choices(case: ReviewCase, action: str, fields: Mapping[str, str] | None) -> dict[str, str]:
    names = [row.field for row in case.rows]
    if action == KEEP_STORED:
        return dict.fromkeys(names, STORED)
    if action == KEEP_OTHER:
        return dict.fromkeys(names, OTHER)
    chosen = dict.fromkeys(names, STORED)
    for name, side in (fields or {}).items():
        if name not in chosen:
            raise ResolveRefused("field_unknown", field=name)
        if side not in (STORED, OTHER):
            raise ResolveRefused("field_choice", field=name)
        chosen[name] = side
    return chosen


def resolve(
    db: Database,
    conflict_id: int,
    *,
    action: str,
    by: str,
    fields: Mapping[str, str] | None = None,
    note: str = "",
) -> None:
    """Decide a case (see the module's text); ResolveRefused when it cannot be decided so."""
    from cdfi_desktop.services.uow import UnitOfWork

    if action not in ACTIONS:
        raise ResolveRefused("action_unknown", action=action)
    with UnitOfWork(db) as uow:
        session = uow.session
        # the case locked for this decision: a second reviewer (PostgreSQL) waits, then finds it resolved
        conflict = session.get(SyncConflict, conflict_id, with_for_update=True, populate_existing=True)
        if conflict is None:
            raise ResolveRefused("conflict_unknown", conflict_id=conflict_id)
        if conflict.resolved_at is not None:
            raise ResolveRefused(
                "already_resolved", resolved_at=_iso(conflict.resolved_at), resolved_by=conflict.resolved_by or "-"
            )
        if conflict.kind == merge.KIND_HELD:
            raise ResolveRefused("held_under_other", other_id=conflict.other_id)
        if conflict.kind not in (*CONFLICT_KINDS, merge.KIND_DUPLICATE):
            raise ResolveRefused("not_for_review")
        duplicate = conflict.kind == merge.KIND_DUPLICATE
        if action == DIFFERENT and not duplicate:
            raise ResolveRefused("different_not_duplicate")
        case = compare(session, conflict_id)
        now = datetime.now(UTC)
        decision: dict[str, Any] = {
            "decision": DECISION_FORMAT,
            "case": conflict.id,
            "kind": conflict.kind,
            "action": action,
            "table": conflict.table_name,
            "record_id": conflict.record_id,
            "other_id": conflict.other_id,
            "institute_id": case.institute_id,
            "fields": {},
            "note": note.strip(),
            "by": by,
            "at": _iso(now),
            "covers": [],
            "wrote": [],
            "discarded": [],
        }
        versions = {v for v in (case.stored_version, case.other_version, _version(conflict.winner)) if v}
        if action == DIFFERENT:
            _apply_held(session, conflict, decision, now=now)
        else:
            choices = _choices(case, action, fields)
            if action == MERGE:
                decision["fields"] = {name: side for name, side in choices.items() if side == OTHER}
            subject = conflict.other_id if duplicate else conflict.record_id
            _write_choice(session, conflict, subject, choices, decision, action=action)
            if duplicate:
                _discard(session, conflict, decision, versions=versions)
                _reparent(session, conflict, decision, by=by, now=now, versions=versions)
        decision["covers"] = sorted([list(v) for v in versions])
        thai, english = (_DUPLICATE_TEXTS if duplicate and action != DIFFERENT else _ACTION_TEXTS)[action]
        decision["text_th"], decision["text_en"] = thai, english
        merge.resolve_conflict(
            session, conflict_id, resolution=json.dumps(decision, ensure_ascii=False, sort_keys=True), by=by, now=now
        )
        uow.commit()


def _write_choice(
    session: Session,
    conflict: SyncConflict,
    subject_id: str,
    choices: Mapping[str, str],
    decision: dict[str, Any],
    *,
    action: str,
) -> None:
    """The chosen values written to the stored record ``subject_id``, stamped by this database's Recorder."""
    table = table_named(conflict.table_name)
    record = session.get(_model(table), subject_id)
    if record is None:
        raise ResolveRefused("stored_missing", table=table.name, record_id=subject_id)
    wanted = [name for name, side in choices.items() if side == OTHER]
    changed: set[str] = set()
    savepoint = session.begin_nested()
    try:
        if wanted:
            other = {k: v for k, v in (conflict.loser or {}).items() if k != BASE_KEY}
            other["id"] = subject_id
            try:
                decoded = decode_row(table, other)
            except ValueError as exc:  # the held version was checked on import: this is a damaged case
                raise ResolveRefused("field_unknown", field=str(exc)) from exc
            for name in wanted:
                column = table.c[name]
                value = decoded[name]
                if getattr(record, name) != value:
                    changed.add(name)
                if column.foreign_keys and value is not None:
                    target = next(iter(column.foreign_keys)).column.table
                    if session.execute(select(target.c.id).where(target.c.id == value)).first() is None:
                        raise ResolveRefused("points_to_held", field=name)
                setattr(record, name, value)
        before = record.hlc
        session.flush()
        clash = _key_clash(session, table, record.id, changed)
        if clash:
            raise ResolveRefused(
                "key_taken",
                fields_th=", ".join(field_labels(n)[0] for n in clash),
                fields_en=", ".join(field_labels(n)[1] for n in clash),
            )
        recorder: Recorder = session.info[RECORDER_KEY]
        if record.hlc == before:  # no value changed: the Recorder did not stamp it
            _restamp(session, recorder, table, record, action=action)
        session.flush()
    except ResolveRefused:
        savepoint.rollback()
        raise
    except IntegrityError as exc:  # a unique key of the database: the chosen values repeat another record's
        savepoint.rollback()
        thai, english = _constraint_texts(exc)
        raise ResolveRefused("key_taken", fields_th=thai, fields_en=english) from exc
    savepoint.commit()
    decision["wrote"].append({"table": table.name, "id": record.id, "hlc": record.hlc, "device": record.device_id})


def _constraint_texts(exc: IntegrityError) -> tuple[str, str]:
    """What a database constraint refused, in Thai and English: the app's message when the constraint names one
    (the database's own triggers raise the app's codes), else the database's words."""
    from cdfi_desktop import messages

    text = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else exc.__class__.__name__
    for word in re.findall(r"[a-z0-9_]+", text):
        if messages.known(word):
            return messages.message(word, "th"), messages.message(word, "en")
    return text[:160], text[:160]


def _key_clash(session: Session, table: Table, record_id: str, changed: set[str]) -> list[str]:
    """The natural key (columns) the record, as written now, shares with another record: [] when none."""
    if not changed:
        return []
    row = session.execute(select(table).where(table.c.id == record_id)).mappings().one()
    owner: str | None = None
    for spec in merge._key_specs(table):
        if not set(spec.columns) & changed or any(row[c] in (None, "") for c in spec.columns):
            continue
        if spec.live_only and row["deleted_at"] is not None:
            continue
        query = select(table.c.id).where(table.c.id != record_id, *(table.c[c] == row[c] for c in spec.columns))
        if spec.live_only:
            query = query.where(table.c.deleted_at.is_(None))
        others = set(session.scalars(query))
        if others and spec.by_owner:
            owner = owner or merge._db_owners(session, table, {record_id}).get(record_id)
            others = {i for i, o in merge._db_owners(session, table, others).items() if o == owner}
        if others:
            return list(spec.columns)
    return []


def _restamp(session: Session, recorder: Recorder, table: Table, record: Any, *, action: str) -> None:
    """A new version of a record whose values did not change (the decision itself is the change): stamped,
    based on the version it supersedes, and audited, as the Recorder does for an edit."""
    if record.hlc and record.device_id != recorder.device_id:
        base = session.get(SyncBase, (table.name, record.id))
        if base is None:
            session.add(
                SyncBase(table_name=table.name, record_id=record.id, base_hlc=record.hlc, base_device=record.device_id)
            )
        else:
            base.base_hlc, base.base_device = record.hlc, record.device_id
    now, stamp = recorder.stamp()
    record.updated_at, record.hlc, record.device_id = now, stamp, recorder.device_id
    record.version = (record.version or 0) + 1
    session.add(
        AuditLog(
            at=now,
            officer=recorder.officer,
            device_id=recorder.device_id,
            table_name=table.name,
            record_id=record.id,
            action=AuditAction.UPDATE,
            changes={"review": [None, action]},
        )
    )


def _discard(
    session: Session, conflict: SyncConflict, decision: dict[str, Any], *, versions: set[tuple[str, str]]
) -> None:
    """The held copy dropped: it gets the clock stamp of its removal (the tombstone laptops receive)."""
    recorder: Recorder = session.info[RECORDER_KEY]
    _, stamp = recorder.stamp()
    held = _version(conflict.loser)
    if held is not None:
        versions.add(held)
    decision["discarded"].append(
        {"table": conflict.table_name, "id": conflict.record_id, "hlc": stamp, "version": _held_number(conflict)}
    )


def _reparent(
    session: Session,
    conflict: SyncConflict,
    decision: dict[str, Any],
    *,
    by: str,
    now: datetime,
    versions: set[tuple[str, str]],
) -> None:
    """The records held under the dropped copy moved onto the kept record: those pointing to the copy point to the
    kept one, and all are merged as their laptop sent them; the moved ones get a new version stamped here (that
    laptops take from the reference bundle). One that now repeats another record's natural key is held as a new
    duplicate case, never dropped. The entries of those stored are resolved with this case."""
    entries = _held_tree(session, conflict.record_id)
    if not entries:
        return
    sender = session.get(SyncDevice, conflict.loser_device)
    if sender is None:
        raise ResolveRefused("sender_unknown", device=conflict.loser_device)
    kept_institute = decision.get("institute_id")
    allowed = sorted({*(sender.institute_ids or []), *([kept_institute] if kept_institute else [])})
    as_sent = SyncDevice(device_id=sender.device_id, role=sender.role, institute_ids=allowed)  # not stored
    moved: set[tuple[str, str]] = set()
    moved_row: dict[tuple[str, str], dict[str, Any]] = {}
    changes = ChangeSet()
    order = {table.name: n for n, table in enumerate(synced_tables_in_order())}
    for entry in sorted(entries, key=lambda e: order.get(e.table_name, len(order))):
        row = {k: v for k, v in (entry.loser or {}).items() if k != BASE_KEY}
        if entry.other_id == conflict.record_id:
            for column in entry.fields or []:
                if row.get(column) == conflict.record_id:
                    row[column] = conflict.other_id
                    moved.add((entry.table_name, entry.record_id))
                    moved_row[(entry.table_name, entry.record_id)] = dict(row)
        row[BASE_KEY] = None
        changes.tables.setdefault(entry.table_name, []).append(row)
    merge.apply(
        session,
        changes,
        device=as_sent,
        bundle_id=conflict.bundle_id,
        name=f"review-{conflict.id}",
        store_attachment=lambda sha, data: None,
        now=now,
    )
    session.expire_all()
    recorder: Recorder = session.info[RECORDER_KEY]
    for entry in entries:
        table = table_named(entry.table_name)
        record = session.get(_model(table), entry.record_id)
        session.refresh(entry)
        if record is None:
            if (entry.table_name, entry.record_id) in moved:
                _held_again(session, entry, moved_row[(entry.table_name, entry.record_id)], now=now)
            continue  # one held under a record held again stays held under it
        if (entry.table_name, entry.record_id) in moved:
            held = _version(entry.loser)
            if held is not None:
                versions.add(held)
            _restamp(session, recorder, table, record, action="reparent")
            session.flush()
        decision["wrote"].append(
            {"table": entry.table_name, "id": entry.record_id, "hlc": record.hlc, "device": record.device_id}
        )
        entry.resolved_at = entry.resolved_at or now
        entry.resolved_by = by
        entry.resolution = json.dumps({"decided_by_case": conflict.id})
    session.flush()


def _held_again(session: Session, entry: SyncConflict, row: dict[str, Any], *, now: datetime) -> None:
    """A record moved onto the kept one that repeats another stored record's natural key there: its entry becomes
    a duplicate case of that record (the moved version is the one to review)."""
    table = table_named(entry.table_name)
    other_id, columns = "", list(entry.fields or [])
    try:
        decoded = decode_row(table, row)
    except ValueError:
        decoded = {}
    owner: str | None = None
    for spec in merge._key_specs(table) if decoded else []:
        values = [decoded.get(c) for c in spec.columns]
        if any(v in (None, "") for v in values):
            continue
        query = select(table.c.id).where(
            table.c.id != entry.record_id, *(table.c[c] == decoded[c] for c in spec.columns)
        )
        if spec.live_only:
            query = query.where(table.c.deleted_at.is_(None))
        found = list(session.scalars(query))
        if found and spec.by_owner:
            parent = merge._owner_column(table)
            if parent not in (None, "id", "institute_id") and parent in decoded:
                target = merge._parent_table(table, parent)
                owner = merge._db_owners(session, target, {str(decoded[parent])}).get(str(decoded[parent]))
            elif parent == "institute_id":
                owner = decoded.get("institute_id")
            found = [i for i, o in merge._db_owners(session, table, set(found)).items() if o == owner]
        if found:
            other_id, columns = sorted(found)[0], list(spec.columns)
            break
    winner = _stored_row(session, table, other_id) if other_id else None
    entry.kind = merge.KIND_DUPLICATE
    entry.other_id = other_id
    entry.fields = columns
    entry.loser = {**row, BASE_KEY: None}
    entry.winner = winner or {}
    entry.winner_device = str((winner or {}).get("device_id") or "")
    entry.detected_at = now


def _held_number(entry: SyncConflict) -> int:
    value = (entry.loser or {}).get("version")
    return value + 1 if isinstance(value, int) and not isinstance(value, bool) else 1


def _apply_held(session: Session, conflict: SyncConflict, decision: dict[str, Any], *, now: datetime) -> None:
    """'Different': the held record and those held under it merged as their laptop sent them, if keys allow."""
    sender = session.get(SyncDevice, conflict.loser_device)
    if sender is None:
        raise ResolveRefused("sender_unknown", device=conflict.loser_device)
    entries = [conflict, *_held_tree(session, conflict.record_id)]
    changes = ChangeSet()
    order = {table.name: n for n, table in enumerate(synced_tables_in_order())}
    for entry in sorted(entries, key=lambda e: order.get(e.table_name, len(order))):
        row = {k: v for k, v in (entry.loser or {}).items() if k != BASE_KEY}
        row[BASE_KEY] = None
        changes.tables.setdefault(entry.table_name, []).append(row)
    savepoint = session.begin_nested()
    try:
        merge.apply(
            session,
            changes,
            device=sender,
            bundle_id=conflict.bundle_id,
            name=f"review-{conflict.id}",
            store_attachment=lambda sha, data: None,
            now=now,
        )
    except BundleRefused as exc:
        savepoint.rollback()
        raise ResolveRefused("key_still_shared", fields_th=exc.text("th"), fields_en=exc.text("en")) from exc
    table = table_named(conflict.table_name)
    if session.execute(select(table.c.id).where(table.c.id == conflict.record_id)).first() is None:
        savepoint.rollback()
        names = conflict.fields or []
        raise ResolveRefused(
            "key_still_shared",
            fields_th=", ".join(field_labels(name)[0] for name in names) or "-",
            fields_en=", ".join(field_labels(name)[1] for name in names) or "-",
        )
    savepoint.commit()
    session.expire_all()
    for entry in entries:
        entry_table = table_named(entry.table_name)
        stored = session.execute(
            select(entry_table.c.hlc, entry_table.c.device_id).where(entry_table.c.id == entry.record_id)
        ).first()
        if stored is not None:
            decision["wrote"].append(
                {"table": entry.table_name, "id": entry.record_id, "hlc": stored[0], "device": stored[1]}
            )
    by = decision["by"]
    for entry in entries[1:]:
        session.refresh(entry)
        entry.resolved_at = entry.resolved_at or now
        entry.resolved_by = by
        entry.resolution = json.dumps({"decided_by_case": conflict.id})


# -- decisions and digests -------------------------------------------------------------------------------------------


def decisions(session: Session) -> list[dict[str, Any]]:
    """Every decision made here, oldest first."""
    rows = session.scalars(
        select(SyncConflict)
        .where(SyncConflict.resolved_at.is_not(None), SyncConflict.resolution.like("{%"))
        .order_by(SyncConflict.resolved_at, SyncConflict.id)
    )
    return [found for row in rows if (found := decision_of(row)) is not None]


def discarded_keys(found: Iterable[Mapping[str, Any]]) -> set[tuple[str, str]]:
    return {(str(d["table"]), str(d["id"])) for decision in found for d in decision.get("discarded", [])}


def province_digest(
    session: Session, device_id: str, *, province_device: str, found: list[dict[str, Any]] | None = None
) -> str:
    """The province's digest of what it holds from a laptop, once the laptop has taken the province's decisions.

    A laptop tells in each bundle the last reference bundle it applied (``reference_applied``, kept in its registry
    details): the records that reference superseded (a version the province stamped and still stores, a copy it
    discarded) are no longer that laptop's versions there, so they are left out. Decisions the laptop has not
    received yet still count its own versions: both digests agree at every step.
    """
    from cdfi_desktop.sync import digest

    versions = digest.province_versions(session, device_id)
    device = session.get(SyncDevice, device_id)
    applied = (device.details or {}).get("reference_applied") if device is not None else None
    if not versions or not isinstance(applied, dict):
        return _digest((t, i, stamp) for (t, i), stamp in versions.items())
    made = session.scalars(
        select(SyncBundle).where(
            SyncBundle.direction == "out",
            SyncBundle.kind == "reference",
            SyncBundle.device_id == province_device,
            SyncBundle.manifest_sha256 == str(applied.get("sha256")),
        )
    ).first()
    decided = {(str(t), str(i)) for t, i in (made.report or {}).get("decided", [])} if made is not None else set()
    found = decisions(session) if found is None else found  # ``found``: the decisions, read once per import run
    discarded = discarded_keys(found)
    covered: dict[tuple[str, str], set[str]] = {}  # record -> this laptop's versions of it a decision superseded
    for decision in found:
        stamps = {str(v[0]) for v in decision.get("covers", []) if len(v) == 2 and v[1] == device_id}
        for part in ("wrote", "discarded"):
            for entry in decision.get(part, []):
                covered.setdefault((str(entry["table"]), str(entry["id"])), set()).update(stamps)

    def superseded(key: tuple[str, str]) -> bool:  # a later version from the laptop is its own again
        return key[0] == "fiscal_year_profile" or versions[key] in covered.get(key, set())

    by_table: dict[str, list[str]] = {}
    for key in decided:
        if key in versions and key not in discarded and superseded(key):
            by_table.setdefault(key[0], []).append(key[1])
    dropped = {key for key in decided & discarded if key in versions and superseded(key)}
    for table_name, ids in by_table.items():
        table = table_named(table_name)
        for chunk in merge._chunks(sorted(ids)):
            query = select(table.c.id).where(table.c.device_id == province_device, table.c.id.in_(chunk))
            for record_id in session.scalars(query):  # still the province's version (no laptop changed it since)
                dropped.add((table_name, record_id))
    return _digest((t, i, stamp) for (t, i), stamp in versions.items() if (t, i) not in dropped)


def _digest(entries: Iterable[tuple[str, str, str]]) -> str:
    count = 0
    acc = 0
    for table, record_id, stamp in entries:
        count += 1
        acc ^= int.from_bytes(hashlib.sha256(f"{table}\x1f{record_id}\x1f{stamp}".encode()).digest(), "big")
    return f"{count}:{acc:064x}"
