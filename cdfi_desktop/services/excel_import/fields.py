"""The workbook columns the importer knows: field keys, Thai/English headers, header variants, value labels."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from cdfi_desktop.domain.enums import CreditorKind, DebtPurpose, Relation, Sex
from cdfi_desktop.domain.thai_digits import to_arabic_digits


class Part(StrEnum):
    """Which record a column describes."""

    HOUSEHOLD = "household"
    MEMBER = "member"
    DEBT = "debt"


class Kind(StrEnum):
    """How a cell of the column is read."""

    TEXT = "text"
    NAME = "name"  # a full name, split into title, first and last name
    CITIZEN_ID = "citizen_id"
    MONEY = "money"
    RATE = "rate"
    INT = "int"
    DATE = "date"
    YES_NO = "yes_no"
    SEX = "sex"
    RELATION = "relation"
    CREDITOR_KIND = "creditor_kind"
    PURPOSE = "purpose"


@dataclass(frozen=True)
class Field:
    key: str
    part: Part
    kind: Kind
    th: str  # the template's header
    en: str
    aliases: tuple[str, ...] = ()


FIELDS: tuple[Field, ...] = (
    Field(
        "household_code",
        Part.HOUSEHOLD,
        Kind.TEXT,
        "เลขทะเบียนครัวเรือน",
        "Register no.",
        (
            "รหัสครัวเรือน",
            "เลขทะเบียน",
            "รหัสบ้าน",
            "เลขที่ครัวเรือน",
            "ทะเบียนครัวเรือน",
            "register no",
            "household code",
            "household no",
            "hh code",
        ),
    ),
    Field(
        "house_no",
        Part.HOUSEHOLD,
        Kind.TEXT,
        "บ้านเลขที่",
        "House no.",
        ("เลขที่บ้าน", "บ้านเลขที่ผู้กู้", "ที่อยู่เลขที่", "house no", "house number", "address no"),
    ),
    Field("village_no", Part.HOUSEHOLD, Kind.INT, "หมู่ที่", "Village no.", ("หมู่", "ม", "moo", "village no")),
    Field(
        "village_name",
        Part.HOUSEHOLD,
        Kind.TEXT,
        "ชื่อหมู่บ้าน",
        "Village name",
        ("หมู่บ้าน", "ชื่อบ้าน", "บ้าน", "village", "village name"),
    ),
    Field("title", Part.MEMBER, Kind.TEXT, "คำนำหน้า", "Title", ("คำนำหน้าชื่อ", "คำนำหน้านาม", "title", "prefix")),
    Field("first_name", Part.MEMBER, Kind.TEXT, "ชื่อ", "First name", ("ชื่อจริง", "ชื่อผู้กู้", "first name", "given name")),
    Field("last_name", Part.MEMBER, Kind.TEXT, "นามสกุล", "Last name", ("สกุล", "last name", "surname", "family name")),
    Field(
        "full_name",
        Part.MEMBER,
        Kind.NAME,
        "ชื่อ-สกุล",
        "Full name",
        (
            "ชื่อนามสกุล",
            "ชื่อสกุล",
            "ชื่อสกุลผู้กู้",
            "ชื่อนามสกุลผู้กู้",
            "ผู้กู้",
            "ชื่อลูกหนี้",
            "ลูกหนี้",
            "ชื่อสมาชิก",
            "ชื่อสกุลสมาชิก",
            "ชื่อหัวหน้าครัวเรือน",
            "full name",
            "name",
            "borrower",
            "debtor",
        ),
    ),
    Field(
        "citizen_id",
        Part.MEMBER,
        Kind.CITIZEN_ID,
        "เลขประจำตัวประชาชน",
        "Citizen ID",
        (
            "เลขประจำตัวประชาชนผู้กู้",
            "เลขประจำตัวประชาชน13หลัก",
            "เลขบัตรประชาชน",
            "เลขบัตรประจำตัวประชาชน",
            "บัตรประชาชน",
            "บัตรปชช",
            "เลขบัตรปชช",
            "เลขที่บัตรประชาชน",
            "เลขบัตร",
            "citizen id",
            "id card",
            "id card no",
            "national id",
            "pid",
        ),
    ),
    Field("sex", Part.MEMBER, Kind.SEX, "เพศ", "Sex", ("sex", "gender")),
    Field(
        "birth_date",
        Part.MEMBER,
        Kind.DATE,
        "วันเกิด",
        "Birth date",
        ("วันเดือนปีเกิด", "วันที่เกิด", "ววปเกิด", "birth date", "date of birth", "dob"),
    ),
    Field(
        "relation",
        Part.MEMBER,
        Kind.RELATION,
        "ความสัมพันธ์กับหัวหน้าครัวเรือน",
        "Relation to the head",
        ("ความสัมพันธ์", "ความเกี่ยวพัน", "เกี่ยวข้องเป็น", "relation", "relationship"),
    ),
    Field(
        "is_head",
        Part.MEMBER,
        Kind.YES_NO,
        "หัวหน้าครัวเรือน (ใช่/ไม่ใช่)",
        "Head of household (yes/no)",
        ("หัวหน้าครัวเรือน", "เป็นหัวหน้าครัวเรือน", "หัวหน้า", "head", "is head", "head of household"),
    ),
    Field("occupation", Part.MEMBER, Kind.TEXT, "อาชีพ", "Occupation", ("อาชีพหลัก", "occupation", "job")),
    Field(
        "phone",
        Part.MEMBER,
        Kind.TEXT,
        "โทรศัพท์",
        "Phone",
        ("เบอร์โทร", "เบอร์โทรศัพท์", "โทร", "หมายเลขโทรศัพท์", "มือถือ", "phone", "telephone", "mobile"),
    ),
    Field(
        "income",
        Part.MEMBER,
        Kind.MONEY,
        "รายได้ต่อเดือน",
        "Monthly income",
        ("รายได้", "รายได้เดือนละ", "รายได้บาทต่อเดือน", "income", "monthly income"),
    ),
    Field(
        "expense",
        Part.HOUSEHOLD,
        Kind.MONEY,
        "รายจ่ายจำเป็นต่อเดือน",
        "Essential monthly expenses",
        ("รายจ่ายจำเป็น", "รายจ่าย", "รายจ่ายต่อเดือน", "ค่าใช้จ่ายต่อเดือน", "expense", "expenses", "monthly expenses"),
    ),
    Field(
        "creditor_kind",
        Part.DEBT,
        Kind.CREDITOR_KIND,
        "ประเภทเจ้าหนี้",
        "Creditor kind",
        ("ประเภทแหล่งเงินกู้", "ประเภทหนี้", "แหล่งหนี้", "creditor kind", "creditor type", "lender type"),
    ),
    Field(
        "creditor",
        Part.DEBT,
        Kind.TEXT,
        "กองทุน/ชื่อเจ้าหนี้",
        "Fund / creditor name",
        (
            "ชื่อเจ้าหนี้",
            "เจ้าหนี้",
            "กองทุน",
            "ชื่อกองทุน",
            "กองทุนเจ้าหนี้",
            "แหล่งเงินกู้",
            "แหล่งกู้",
            "กู้จาก",
            "creditor",
            "creditor name",
            "lender",
            "fund",
        ),
    ),
    Field(
        "contract_no",
        Part.DEBT,
        Kind.TEXT,
        "เลขที่สัญญา",
        "Contract no.",
        ("สัญญาเลขที่", "เลขสัญญา", "เลขที่สัญญากู้", "contract no", "contract number", "loan no"),
    ),
    Field(
        "contract_date",
        Part.DEBT,
        Kind.DATE,
        "วันที่ทำสัญญา",
        "Contract date",
        ("วันที่กู้", "วันทำสัญญา", "วันที่สัญญา", "วันที่ทำสัญญากู้", "วันกู้", "contract date", "loan date"),
    ),
    Field(
        "due_date",
        Part.DEBT,
        Kind.DATE,
        "วันครบกำหนด",
        "Due date",
        ("วันครบกำหนดชำระ", "กำหนดชำระ", "ครบกำหนด", "วันที่ครบกำหนด", "กำหนดส่งคืน", "due date", "maturity"),
    ),
    Field(
        "principal",
        Part.DEBT,
        Kind.MONEY,
        "เงินต้น",
        "Principal",
        ("ยอดกู้", "จำนวนเงินกู้", "เงินกู้", "วงเงินกู้", "ยอดเงินกู้", "จำนวนเงินที่กู้", "principal", "loan amount"),
    ),
    Field(
        "outstanding",
        Part.DEBT,
        Kind.MONEY,
        "ยอดคงค้าง",
        "Outstanding",
        (
            "คงเหลือ",
            "หนี้คงค้าง",
            "ยอดหนี้คงค้าง",
            "ยอดหนี้คงเหลือ",
            "เงินต้นคงเหลือ",
            "หนี้คงเหลือ",
            "ยอดคงเหลือ",
            "คงค้าง",
            "outstanding",
            "balance",
        ),
    ),
    Field(
        "interest_rate",
        Part.DEBT,
        Kind.RATE,
        "อัตราดอกเบี้ย % ต่อปี",
        "Interest rate (% a year)",
        ("ดอกเบี้ย", "อัตราดอกเบี้ย", "อัตราดอกเบี้ยต่อปี", "ดอกเบี้ยต่อปี", "interest", "interest rate", "rate"),
    ),
    Field(
        "installment",
        Part.DEBT,
        Kind.MONEY,
        "ค่างวดต่อเดือน",
        "Monthly installment",
        ("ค่างวด", "งวดละ", "ผ่อนต่อเดือน", "ส่งต่อเดือน", "ผ่อนชำระต่อเดือน", "installment", "monthly payment"),
    ),
    Field(
        "term_months",
        Part.DEBT,
        Kind.INT,
        "จำนวนงวด (เดือน)",
        "Term (months)",
        ("จำนวนงวด", "ระยะเวลากู้", "ระยะเวลา", "ระยะเวลาผ่อน", "จำนวนเดือน", "term", "term months"),
    ),
    Field(
        "days_overdue",
        Part.DEBT,
        Kind.INT,
        "ค้างชำระ (วัน)",
        "Days overdue",
        ("ค้างชำระ", "วันค้างชำระ", "จำนวนวันค้างชำระ", "ค้างชำระวัน", "ค้างกี่วัน", "days overdue", "overdue"),
    ),
    Field(
        "purpose",
        Part.DEBT,
        Kind.PURPOSE,
        "วัตถุประสงค์",
        "Purpose",
        ("วัตถุประสงค์การกู้", "กู้เพื่อ", "วัตถุประสงค์ที่กู้", "purpose"),
    ),
    Field(
        "guarantors",
        Part.DEBT,
        Kind.TEXT,
        "ผู้ค้ำประกัน",
        "Guarantors",
        ("ผู้ค้ำ", "ชื่อผู้ค้ำประกัน", "ชื่อสกุลผู้ค้ำ", "ชื่อสกุลผู้ค้ำประกัน", "ผู้ค้ำประกันเงินกู้", "guarantor", "guarantors"),
    ),
    Field("notes", Part.DEBT, Kind.TEXT, "หมายเหตุ", "Notes", ("notes", "note", "remark", "remarks")),
    Field("debt_id", Part.DEBT, Kind.TEXT, "id", "Record id", ("รหัสหนี้", "debt id", "record id", "uuid")),
)

FIELD_BY_KEY: dict[str, Field] = {f.key: f for f in FIELDS}
MEMBER_NAME_FIELDS = frozenset({"first_name", "last_name", "full_name"})
DEBT_VALUE_FIELDS = frozenset(
    {"creditor_kind", "creditor", "contract_no", "contract_date", "principal", "outstanding", "debt_id"}
)

# The two columns the report copy adds; a re-imported report copy ignores them.
RESULT_HEADER = "ผลการนำเข้า"
REASON_HEADER = "เหตุผล"

_DROP_RE = re.compile(r"[\s\.\-_/\\:;,'\"*#%()\[\]{}<>+=|!?~`^&@฿–—]+")
_BRACKETS_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def normalise_header(text: object) -> str:
    """A header (or a name, a code) as compared: lower case, Arabic digits, no spaces or punctuation."""
    if text is None:
        return ""
    if isinstance(text, str):
        return _normalise_text(text)
    return _normalise_text(str(text))


@lru_cache(maxsize=1 << 16)
def _normalise_text(text: str) -> str:
    return _DROP_RE.sub("", to_arabic_digits(text).lower())


def header_forms(text: object) -> tuple[str, ...]:
    """The forms a header is matched by: as written, and without the units in brackets ("(บาท)", "(วัน)")."""
    if text is None:
        return ()
    whole = normalise_header(text)
    bare = normalise_header(_BRACKETS_RE.sub(" ", str(text)))
    return (whole, bare) if bare and bare != whole else (whole,) if whole else ()


_ALIASES: dict[str, str] = {}
for _field in FIELDS:
    for _name in (_field.th, _field.en, *_field.aliases):
        _ALIASES.setdefault(normalise_header(_name), _field.key)
_ALIASES.pop("", None)
_SUFFIX_ALIASES = sorted((a for a in _ALIASES if len(a) >= 4), key=len, reverse=True)
_NEVER_DATA = frozenset({normalise_header(RESULT_HEADER), normalise_header(REASON_HEADER)})


# Words that name a party's role wherever they stand in a header ("ชื่อกลุ่ม/กองทุน (เจ้าหนี้)" is the creditor,
# though it starts with "ชื่อ"): a header naming a role maps to that role before any prefix is tried.
_ROLE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("guarantors", ("ผู้ค้ำ", "guarantor")),
    ("creditor", ("เจ้าหนี้", "ผู้ให้กู้", "แหล่งเงินกู้", "แหล่งกู้", "กลุ่มกองทุน", "creditor", "lender")),
)
_KIND_WORDS = ("ประเภท", "type", "kind")


def _role_of(form: str) -> str | None:
    for key, words in _ROLE_WORDS:
        if any(normalise_header(word) in form for word in words):
            if key == "creditor" and any(word in form for word in _KIND_WORDS):
                return "creditor_kind"
            return key
    return None


GROUP_MARK = " › "  # between a two-row header's group heading and the column's own heading


# Headings that could name several fields: never guessed, the officer is asked (``header_candidates``).
_AMBIGUOUS: dict[str, tuple[str, ...]] = {
    normalise_header(word): fields
    for words, fields in (
        (("วันที่", "วัน", "วันเดือนปี", "date"), ("contract_date", "due_date", "birth_date")),
        (("เลขที่",), ("contract_no", "house_no")),
        (("จำนวนเงิน", "ยอดเงิน", "จำนวน", "ยอด", "เงิน", "amount"), ("principal", "outstanding", "installment")),
        (("หนี้", "ยอดหนี้", "หนี้สิน", "debt"), ("principal", "outstanding")),
        (("ชื่อกลุ่ม",), ("creditor", "full_name")),
    )
    for word in words
}
_ALTERNATIVES_RE = re.compile(r"\s*(?:/|\\|,|;|\sหรือ\s|\sor\s)\s*")


def header_candidates(text: object) -> tuple[str, ...]:
    """The fields a heading could name when it names none for sure: a word that could be several fields
    ("วันที่", "จำนวนเงิน"), or two fields' names in one heading ("เงินกู้/คงเหลือ"). Empty when the heading
    names one field (``field_for_header``) or none at all."""
    return _classify(text)[1]


def field_for_header(text: object) -> str | None:
    """The field a header names: an exact variant first, then a role the header names anywhere in it, then the
    longest variant the header starts with. Under a group heading ("สัญญากู้ › เลขที่"): the two read together
    as a variant or a role, else the column's own heading, else the two together as a prefix. A heading that
    could name several fields (``header_candidates``) names none."""
    return _classify(text)[0]


@lru_cache(maxsize=4096)
def _classify_text(text: str) -> tuple[str | None, tuple[str, ...]]:
    if GROUP_MARK in text:
        group, _, own = text.partition(GROUP_MARK)
        key = _field_in_group(group, own)
        if key is None:
            return None, _classify_text(own)[1]
        return key, ()
    forms = header_forms(text)
    if not forms or forms[0] in _NEVER_DATA:
        return None, ()
    for form in forms:
        if form in _ALIASES:
            return _ALIASES[form], ()
    role = _role_of(forms[0])
    if role is not None:
        return role, ()
    for form in forms:
        if form in _AMBIGUOUS:
            return None, _AMBIGUOUS[form]
    parts = [p for p in _ALTERNATIVES_RE.split(_BRACKETS_RE.sub(" ", text)) if p.strip()]
    if len(parts) > 1:
        named = list(dict.fromkeys(k for k in (_single_field(p) for p in parts) if k is not None))
        if len(named) > 1:
            return None, tuple(named)
    return _single_field(text), ()


def _classify(text: object) -> tuple[str | None, tuple[str, ...]]:
    if text is None:
        return None, ()
    return _classify_text(text if isinstance(text, str) else str(text))


def _single_field(text: object) -> str | None:
    """The field a heading names by an exact variant, a role, or the longest variant it starts with."""
    forms = header_forms(text)
    if not forms:
        return None
    for form in forms:
        if form in _ALIASES:
            return _ALIASES[form]
    role = _role_of(forms[0])
    if role is not None:
        return role
    for form in forms:
        for alias in _SUFFIX_ALIASES:
            if form.startswith(alias) and len(form) - len(alias) <= 12:
                return _ALIASES[alias]
    return None


def _field_in_group(group: str, own: str) -> str | None:
    together = (f"{own} {group}", f"{group} {own}")
    for text in together:
        for form in header_forms(text):
            if form in _ALIASES:
                return _ALIASES[form]
    role = _role_of(normalise_header(together[1]))
    if role is not None:
        return role
    key = field_for_header(own)
    if key is not None:
        return key
    for text in together:
        for form in header_forms(text):
            for alias in _SUFFIX_ALIASES:
                if form.startswith(alias) and len(form) - len(alias) <= 12:
                    return _ALIASES[alias]
    return None


# -- value vocabularies: the Thai labels of the template's lists, and the variants read back --------------------
CREDITOR_KIND_LABELS: dict[CreditorKind, str] = {
    CreditorKind.MEMBER_FUND: "กองทุนสมาชิกของสถาบัน",
    CreditorKind.BANK: "ธนาคารพาณิชย์",
    CreditorKind.BAAC: "ธ.ก.ส.",
    CreditorKind.COOPERATIVE: "สหกรณ์",
    CreditorKind.INFORMAL_LENDER: "เงินกู้นอกระบบ",
    CreditorKind.SHOP: "ร้านค้า (ซื้อเชื่อ)",
    CreditorKind.RELATIVE: "ญาติ/เพื่อน",
    CreditorKind.OTHER: "อื่น ๆ",
}
SEX_LABELS: dict[Sex, str] = {Sex.MALE: "ชาย", Sex.FEMALE: "หญิง"}
RELATION_LABELS: dict[Relation, str] = {
    Relation.HEAD: "หัวหน้าครัวเรือน",
    Relation.SPOUSE: "คู่สมรส",
    Relation.CHILD: "บุตร",
    Relation.PARENT: "บิดา/มารดา",
    Relation.GRANDCHILD: "หลาน",
    Relation.SIBLING: "พี่/น้อง",
    Relation.RELATIVE: "ญาติ",
    Relation.OTHER: "อื่น ๆ",
}
PURPOSE_LABELS: dict[DebtPurpose, str] = {
    DebtPurpose.AGRICULTURE: "เกษตร",
    DebtPurpose.TRADE: "ค้าขาย",
    DebtPurpose.HOUSEHOLD: "ใช้จ่ายในครัวเรือน",
    DebtPurpose.EDUCATION: "การศึกษา",
    DebtPurpose.HEALTH: "รักษาพยาบาล",
    DebtPurpose.HOUSING: "ที่อยู่อาศัย",
    DebtPurpose.VEHICLE: "ยานพาหนะ",
    DebtPurpose.DEBT_REPAYMENT: "ชำระหนี้อื่น",
    DebtPurpose.OTHER: "อื่น ๆ",
}
YES_LABEL, NO_LABEL = "ใช่", "ไม่ใช่"


def _lookup(pairs: Mapping[str, object]) -> dict[str, object]:
    return {normalise_header(k): v for k, v in pairs.items()}


CREDITOR_KIND_WORDS = _lookup(
    {
        **{label: kind for kind, label in CREDITOR_KIND_LABELS.items()},
        **{kind.value: kind for kind in CreditorKind},
        "กองทุน": CreditorKind.MEMBER_FUND,
        "กองทุนสมาชิก": CreditorKind.MEMBER_FUND,
        "กองทุนในสถาบัน": CreditorKind.MEMBER_FUND,
        "ในสถาบัน": CreditorKind.MEMBER_FUND,
        "ในระบบสถาบัน": CreditorKind.MEMBER_FUND,
        "ธนาคาร": CreditorKind.BANK,
        "ธนาคารออมสิน": CreditorKind.BANK,
        "ออมสิน": CreditorKind.BANK,
        "ธกส": CreditorKind.BAAC,
        "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร": CreditorKind.BAAC,
        "สหกรณ์ออมทรัพย์": CreditorKind.COOPERATIVE,
        "สหกรณ์การเกษตร": CreditorKind.COOPERATIVE,
        "นอกระบบ": CreditorKind.INFORMAL_LENDER,
        "หนี้นอกระบบ": CreditorKind.INFORMAL_LENDER,
        "นายทุน": CreditorKind.INFORMAL_LENDER,
        "นายทุนเงินกู้": CreditorKind.INFORMAL_LENDER,
        "ร้านค้า": CreditorKind.SHOP,
        "ซื้อเชื่อ": CreditorKind.SHOP,
        "ญาติ": CreditorKind.RELATIVE,
        "เพื่อน": CreditorKind.RELATIVE,
        "ญาติพี่น้อง": CreditorKind.RELATIVE,
        "อื่นๆ": CreditorKind.OTHER,
        "อื่น": CreditorKind.OTHER,
    }
)
# Words inside an outside creditor's name that tell its kind when the kind column is empty.
CREDITOR_NAME_HINTS: tuple[tuple[str, CreditorKind], ...] = (
    ("ธกส", CreditorKind.BAAC),
    ("ธนาคารเพื่อการเกษตร", CreditorKind.BAAC),
    ("สหกรณ์", CreditorKind.COOPERATIVE),
    ("ธนาคาร", CreditorKind.BANK),
    ("ออมสิน", CreditorKind.BANK),
    ("ร้าน", CreditorKind.SHOP),
    ("นายทุน", CreditorKind.INFORMAL_LENDER),
    ("นอกระบบ", CreditorKind.INFORMAL_LENDER),
    ("ญาติ", CreditorKind.RELATIVE),
)
SEX_WORDS = _lookup(
    {"ชาย": Sex.MALE, "ช": Sex.MALE, "m": Sex.MALE, "male": Sex.MALE, "หญิง": Sex.FEMALE, "ญ": Sex.FEMALE}
    | {"f": Sex.FEMALE, "female": Sex.FEMALE}
)
RELATION_WORDS = _lookup(
    {
        **{label: rel for rel, label in RELATION_LABELS.items()},
        **{rel.value: rel for rel in Relation},
        "หัวหน้า": Relation.HEAD,
        "เจ้าบ้าน": Relation.HEAD,
        "ภรรยา": Relation.SPOUSE,
        "ภริยา": Relation.SPOUSE,
        "สามี": Relation.SPOUSE,
        "คู่สมรส": Relation.SPOUSE,
        "บุตร": Relation.CHILD,
        "ลูก": Relation.CHILD,
        "บุตรชาย": Relation.CHILD,
        "บุตรสาว": Relation.CHILD,
        "ลูกชาย": Relation.CHILD,
        "ลูกสาว": Relation.CHILD,
        "บิดา": Relation.PARENT,
        "มารดา": Relation.PARENT,
        "พ่อ": Relation.PARENT,
        "แม่": Relation.PARENT,
        "หลานชาย": Relation.GRANDCHILD,
        "หลานสาว": Relation.GRANDCHILD,
        "พี่": Relation.SIBLING,
        "น้อง": Relation.SIBLING,
        "พี่น้อง": Relation.SIBLING,
        "อื่นๆ": Relation.OTHER,
    }
)
YES_WORDS = frozenset(normalise_header(w) for w in ("ใช่", "ช", "y", "yes", "1", "true", "✓", "✔", "x", "หัวหน้า"))
NO_WORDS = frozenset(normalise_header(w) for w in ("ไม่ใช่", "ไม่", "n", "no", "0", "false", "-"))
PURPOSE_WORDS = _lookup(
    {
        **{label: p for p, label in PURPOSE_LABELS.items()},
        **{p.value: p for p in DebtPurpose},
        "การเกษตร": DebtPurpose.AGRICULTURE,
        "ทำนา": DebtPurpose.AGRICULTURE,
        "ทำไร่": DebtPurpose.AGRICULTURE,
        "ทำสวน": DebtPurpose.AGRICULTURE,
        "เลี้ยงสัตว์": DebtPurpose.AGRICULTURE,
        "ลงทุนการเกษตร": DebtPurpose.AGRICULTURE,
        "การค้า": DebtPurpose.TRADE,
        "ค้าขาย": DebtPurpose.TRADE,
        "ประกอบอาชีพ": DebtPurpose.TRADE,
        "อุปโภคบริโภค": DebtPurpose.HOUSEHOLD,
        "ใช้จ่าย": DebtPurpose.HOUSEHOLD,
        "ใช้จ่ายในครอบครัว": DebtPurpose.HOUSEHOLD,
        "ศึกษา": DebtPurpose.EDUCATION,
        "การศึกษาบุตร": DebtPurpose.EDUCATION,
        "ค่าเทอม": DebtPurpose.EDUCATION,
        "รักษาพยาบาล": DebtPurpose.HEALTH,
        "ค่ารักษาพยาบาล": DebtPurpose.HEALTH,
        "ซ่อมบ้าน": DebtPurpose.HOUSING,
        "สร้างบ้าน": DebtPurpose.HOUSING,
        "บ้าน": DebtPurpose.HOUSING,
        "ซื้อรถ": DebtPurpose.VEHICLE,
        "รถ": DebtPurpose.VEHICLE,
        "รถยนต์": DebtPurpose.VEHICLE,
        "รถจักรยานยนต์": DebtPurpose.VEHICLE,
        "ใช้หนี้": DebtPurpose.DEBT_REPAYMENT,
        "ชำระหนี้": DebtPurpose.DEBT_REPAYMENT,
        "ปลดหนี้": DebtPurpose.DEBT_REPAYMENT,
        "อื่นๆ": DebtPurpose.OTHER,
    }
)
# Words inside a free-text purpose ("ซื้อปุ๋ยใส่นา", "ค่าเทอมลูก") that tell its kind, the most telling first: the
# purpose is that kind, and the text is kept in the debt's notes.
PURPOSE_KEYWORDS: tuple[tuple[DebtPurpose, tuple[str, ...]], ...] = (
    (DebtPurpose.DEBT_REPAYMENT, ("ใช้หนี้", "ชำระหนี้", "ปลดหนี้", "โปะหนี้", "หนี้นอกระบบ", "ไถ่ถอน", "รีไฟแนนซ์")),
    (DebtPurpose.EDUCATION, ("ค่าเทอม", "เทอม", "การศึกษา", "ศึกษา", "เรียน", "ชุดนักเรียน", "หนังสือ", "tuition")),
    (DebtPurpose.HEALTH, ("รักษา", "พยาบาล", "ป่วย", "ผ่าตัด", "ค่ายา", "หมอ", "medical", "health")),
    (
        DebtPurpose.AGRICULTURE,
        (
            "ปุ๋ย",
            "ทำนา",
            "ใส่นา",
            "ทำไร่",
            "ทำสวน",
            "เกษตร",
            "เลี้ยง",
            "วัว",
            "โค",
            "ควาย",
            "กระบือ",
            "สุกร",
            "หมู",
            "ไก่",
            "เป็ด",
            "ปลา",
            "กุ้ง",
            "เมล็ดพันธุ์",
            "พันธุ์",
            "ยาฆ่าแมลง",
            "ข้าวโพด",
            "มันสำปะหลัง",
            "อ้อย",
            "ยางพารา",
            "รถไถ",
            "ปลูก",
            "farm",
        ),
    ),
    (DebtPurpose.VEHICLE, ("รถ", "มอเตอร์ไซค์", "จักรยานยนต์", "vehicle", "motorcycle")),
    (
        DebtPurpose.HOUSEHOLD,
        ("ใช้จ่าย", "อุปโภค", "บริโภค", "ค่าน้ำ", "ค่าไฟ", "ของใช้", "ครอบครัว", "งานบวช", "งานแต่ง", "งานศพ"),
    ),
    (DebtPurpose.HOUSING, ("ซ่อมบ้าน", "สร้างบ้าน", "ต่อเติม", "หลังคา", "ห้องน้ำ", "ที่อยู่อาศัย", "บ้าน", "house")),
    (
        DebtPurpose.TRADE,
        ("ค้าขาย", "ขายของ", "ร้าน", "ลงทุน", "ทุนค้า", "อาชีพ", "หาบเร่", "แผงลอย", "ตัดเย็บ", "ทอผ้า", "trade"),
    ),
)


def purpose_from_text(text: str) -> DebtPurpose | None:
    """The purpose a free text tells by its words ("ซื้อปุ๋ยใส่นา" → agriculture); None when no word tells."""
    key = normalise_header(text)
    for purpose, words in PURPOSE_KEYWORDS:
        if any(normalise_header(word) in key for word in words):
            return purpose
    return None


# Name titles, longest first, with the sex they tell.
TITLES: tuple[tuple[str, Sex | None], ...] = (
    ("เด็กหญิง", Sex.FEMALE),
    ("เด็กชาย", Sex.MALE),
    ("นางสาว", Sex.FEMALE),
    ("น.ส.", Sex.FEMALE),
    ("ด.ญ.", Sex.FEMALE),
    ("ด.ช.", Sex.MALE),
    ("นาง", Sex.FEMALE),
    ("นาย", Sex.MALE),
    ("Mrs.", Sex.FEMALE),
    ("Miss", Sex.FEMALE),
    ("Ms.", Sex.FEMALE),
    ("Mr.", Sex.MALE),
)
