"""Thai and English texts of the importer's own reason codes; register-rule codes come from ``messages``."""

from __future__ import annotations

from cdfi_desktop import messages

_TEXTS: dict[str, tuple[str, str]] = {
    "import_file_unreadable": (
        "เปิดไฟล์ {location} ไม่ได้ ต้องเป็นไฟล์ Excel (.xlsx): {detail}",
        "{location} cannot be opened; it must be an Excel workbook (.xlsx): {detail}",
    ),
    "import_no_data_sheet": (
        "ไม่พบแผ่นงานที่มีหัวตารางครัวเรือน สมาชิก หรือหนี้สินในไฟล์นี้",
        "No sheet of this workbook has household, member or debt columns.",
    ),
    "import_institute_required": (
        "ฐานข้อมูลมีหลายสถาบัน กรุณาระบุสถาบันด้วย --institute: {choices}",
        "The database holds several institutes; choose one with --institute: {choices}",
    ),
    "import_institute_unknown": ("ไม่พบสถาบัน {institute}", "No institute {institute} in this database."),
    "import_plan_stale": (
        "ข้อมูลในฐานข้อมูลเปลี่ยนไปหลังจากตรวจสอบไฟล์ กรุณาตรวจสอบไฟล์อีกครั้งก่อนนำเข้า",
        "The database changed after the workbook was checked; check it again before importing.",
    ),
    "import_value_unknown": ('ไม่รู้จักค่า "{value}"', 'Unknown value "{value}".'),
    "import_creditor_kind_unknown": (
        'ไม่รู้จักประเภทเจ้าหนี้ "{value}" (เลือกจากรายการ เช่น กองทุนสมาชิกของสถาบัน ธ.ก.ส. เงินกู้นอกระบบ)',
        'Unknown creditor kind "{value}" (choose from the list, e.g. member fund, BAAC, informal lender).',
    ),
    "import_fund_unknown": (
        'ไม่พบกองทุน "{name}" ในกองทุนสมาชิกของสถาบัน',
        '"{name}" is not one of the institute\'s member funds.',
    ),
    "import_creditor_missing": ("ไม่ได้ระบุเจ้าหนี้หรือประเภทเจ้าหนี้", "Neither the creditor nor its kind is given."),
    "import_borrower_missing": (
        "ไม่ได้ระบุผู้กู้ (เลขประจำตัวประชาชน ชื่อ-สกุล หรือรหัสครัวเรือน)",
        "The borrower is not given (citizen ID, name or household code).",
    ),
    "import_borrower_not_found": (
        "ไม่พบผู้กู้เลขประจำตัวประชาชน {citizen_id} ในแผ่นงานสมาชิกหรือในฐานข้อมูล",
        "No member with citizen ID {citizen_id} in the member sheet or the database.",
    ),
    "import_borrower_rejected": (
        "ไม่นำเข้าเพราะข้อมูลผู้กู้ในแผ่นงาน {sheet} แถวที่ {row} ไม่ผ่านการตรวจสอบ",
        "Not imported because the borrower's row {row} of sheet {sheet} was rejected.",
    ),
    "import_household_not_found": (
        "ไม่พบครัวเรือน {household} ในแผ่นงานสมาชิกหรือในฐานข้อมูล",
        "No household {household} in the member sheet or the database.",
    ),
    "import_duplicate_row": (
        "ข้อมูลซ้ำกับแผ่นงาน {sheet} แถวที่ {row}",
        "The same record as row {row} of sheet {sheet}.",
    ),
    "import_member_repeated": (
        "สมาชิกคนนี้อยู่แล้วในแผ่นงาน {sheet} แถวที่ {row}",
        "This member is already on row {row} of sheet {sheet}.",
    ),
    "import_head_conflict": (
        "ครัวเรือนนี้มีหัวหน้าครัวเรือนแล้ว ({name}) ครัวเรือนมีหัวหน้าได้ 1 คน",
        "This household already has a head ({name}); a household has one head.",
    ),
    "import_head_assumed": (
        "ไม่ได้ระบุหัวหน้าครัวเรือน จึงถือว่า {name} เป็นหัวหน้าครัวเรือน",
        "No head of household was marked, so {name} is taken as the head.",
    ),
    "import_debt_unknown_id": (
        "ไม่พบหนี้รหัส {id} ในทะเบียนของสถาบันนี้",
        "No debt with id {id} in this institute's register.",
    ),
    "import_date_gregorian": (
        "ปี {year} เป็นปี ค.ศ. อ่านเป็นวันที่ {date}",
        "The year {year} is Gregorian; read as {date}.",
    ),
    "import_value_conflict": (
        'ค่า "{value}" ไม่ตรงกับแถวที่ {row} ({first}) ใช้ค่าจากแถวที่ {row}',
        '"{value}" differs from row {row} ({first}); the value of row {row} is kept.',
    ),
    "import_village_unknown": (
        'ไม่พบหมู่บ้าน "{name}" ในตำบลของสถาบัน ต้องระบุหมู่ที่เพื่อเพิ่มหมู่บ้านใหม่',
        'No village "{name}" in the institute\'s subdistrict; give its village no. to add it.',
    ),
    "import_finance_not_updated": (
        "{what}ในฐานข้อมูลแยกเป็นหลายรายการ ({amount} บาท) จึงไม่ได้ปรับปรุง",
        "The {what} in the database is split into several lines ({amount} baht), so it was not changed.",
    ),
    "import_purpose_other": (
        'วัตถุประสงค์ "{value}" ไม่อยู่ในรายการ บันทึกเป็น "อื่น ๆ" และเก็บข้อความไว้ในหมายเหตุ',
        'The purpose "{value}" is not in the list; saved as "other" with the text in the notes.',
    ),
}

STATUS_TEXTS: dict[str, tuple[str, str]] = {
    "new": ("นำเข้าใหม่", "new"),
    "updated": ("ปรับปรุง", "updated"),
    "unchanged": ("ไม่เปลี่ยนแปลง", "unchanged"),
    "rejected": ("ไม่นำเข้า", "rejected"),
}


def reason_text(code: str, language: str = "th", **params: object) -> str:
    """The text of a reason code: the register rules' texts from ``messages``, else the importer's own."""
    if messages.known(code) or code not in _TEXTS:
        return messages.message(code, language, **params)
    th, en = _TEXTS[code]
    template = en if language == "en" else th
    try:
        return template.format(**{key: messages.shown(value, language) for key, value in params.items()})
    except (KeyError, IndexError):
        return template


def status_text(status: str, language: str = "th") -> str:
    th, en = STATUS_TEXTS[status]
    return en if language == "en" else th


def known_import_codes() -> frozenset[str]:
    return frozenset(_TEXTS)
