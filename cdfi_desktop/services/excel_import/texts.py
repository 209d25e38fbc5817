"""Thai and English texts of the importer's own reason codes; register-rule codes come from ``messages``."""

from __future__ import annotations

from cdfi_desktop import messages
from cdfi_desktop.services.excel_import.limits import LIMITS, limit_params

_TEXTS: dict[str, tuple[str, str]] = {
    "import_file_unreadable": (
        "เปิดไฟล์ {location} ไม่ได้ ต้องเป็นไฟล์ Excel (.xlsx): {detail}",
        "{location} cannot be opened; it must be an Excel workbook (.xlsx): {detail}",
    ),
    # -- workbooks refused whole (reader.WorkbookUnreadable / WorkbookTooLarge): {location} and {detail} always
    # given, the limits filled in from limits.LIMITS unless the refusal names its own
    "import_file_xls": (
        "เปิดไฟล์ {location} ไม่ได้ เพราะเป็นไฟล์ Excel รุ่นเก่า (.xls) หรือรูปแบบอื่นที่ไม่ใช่ .xlsx "
        'กรุณาเปิดไฟล์ใน Excel แล้วเลือก บันทึกเป็น (Save As) ชนิด "เวิร์กบุ๊ก Excel (*.xlsx)" แล้วนำเข้าไฟล์ใหม่',
        "{location} cannot be opened: it is an old Excel file (.xls) or another format than .xlsx. Open it in "
        'Excel, choose Save As, type "Excel Workbook (*.xlsx)", and import the new file.',
    ),
    "import_file_encrypted": (
        "เปิดไฟล์ {location} ไม่ได้ เพราะไฟล์ตั้งรหัสผ่านไว้ กรุณาเปิดใน Excel แล้วเอารหัสผ่านออก "
        "(ไฟล์ > ข้อมูล > ป้องกันเวิร์กบุ๊ก > เข้ารหัสด้วยรหัสผ่าน ลบรหัสผ่านแล้วกดตกลง) บันทึก แล้วนำเข้าอีกครั้ง",
        "{location} cannot be opened: it is protected with a password. Open it in Excel, remove the password "
        "(File > Info > Protect Workbook > Encrypt with Password, clear it), save, and import it again.",
    ),
    "import_file_text": (
        "เปิดไฟล์ {location} ไม่ได้ เพราะเป็นไฟล์ข้อความ (เช่น CSV) ที่ตั้งชื่อลงท้ายด้วย .xlsx "
        'กรุณาเปิดใน Excel แล้วบันทึกเป็น "เวิร์กบุ๊ก Excel (*.xlsx)" แล้วนำเข้าไฟล์ใหม่',
        "{location} cannot be opened: it is a text file (such as CSV) named .xlsx. Open it in Excel, save it "
        'as "Excel Workbook (*.xlsx)", and import the new file.',
    ),
    "import_file_corrupt": (
        "เปิดไฟล์ {location} ไม่ได้ เพราะไฟล์เสียหาย ({detail}) กรุณาเปิดใน Excel แล้วบันทึกใหม่ หรือขอไฟล์ต้นฉบับอีกครั้ง",
        "{location} cannot be opened: the file is damaged ({detail}). Open it in Excel and save it again, "
        "or ask for the file again.",
    ),
    "import_file_too_large": (
        "เปิดไฟล์ {location} ไม่ได้ เพราะไฟล์ใหญ่เกินไป ({detail}) นำเข้าได้ครั้งละไม่เกิน {limit} กรุณาแบ่งทะเบียนเป็นหลายไฟล์",
        "{location} cannot be opened: the file is too large ({detail}); at most {limit} can be imported at a "
        "time. Split the register into several workbooks.",
    ),
    "import_content_too_large": (
        "เปิดไฟล์ {location} ไม่ได้ เพราะข้อมูลในไฟล์เมื่อขยายออกมีขนาดเกินกว่าที่อ่านได้ ({detail}) "
        "กรุณาแบ่งทะเบียนเป็นหลายไฟล์ หรือไฟล์อาจเสียหาย",
        "{location} cannot be opened: its contents unpack to more than can be read ({detail}). "
        "Split the register into several workbooks; the file may also be damaged.",
    ),
    "import_too_many_rows": (
        "เปิดไฟล์ {location} ไม่ได้ เพราะมีข้อมูลเลยแถวที่ {limit} (ที่เซลล์ {detail}) "
        "กรุณาลบข้อมูลที่อยู่ห่างออกไปนั้น หรือแบ่งทะเบียนเป็นหลายไฟล์",
        "{location} cannot be opened: it has data below row {limit} (in cell {detail}). Delete that stray "
        "data, or split the register into several workbooks.",
    ),
    "import_too_many_columns": (
        "เปิดไฟล์ {location} ไม่ได้ เพราะมีข้อมูลเลยคอลัมน์ {column} (คอลัมน์ที่ {limit}) ที่เซลล์ {detail} "
        "กรุณาลบข้อมูลที่อยู่ห่างออกไปทางขวานั้น",
        "{location} cannot be opened: it has data right of column {column} (column {limit}), in cell {detail}. "
        "Delete that stray data far to the right.",
    ),
    "import_too_many_cells": (
        "เปิดไฟล์ {location} ไม่ได้ เพราะมีเซลล์ข้อมูลเกิน {limit} เซลล์ (แผ่นงาน {detail}) กรุณาแบ่งทะเบียนเป็นหลายไฟล์",
        "{location} cannot be opened: it holds more than {limit} cells (sheet {detail}). Split the register "
        "into several workbooks.",
    ),
    "import_merge_too_large": (
        "เปิดไฟล์ {location} ไม่ได้ เพราะการผสานเซลล์ {detail} ครอบคลุมเกิน {limit} เซลล์ "
        "กรุณายกเลิกการผสานเซลล์นั้นใน Excel แล้วบันทึกใหม่",
        "{location} cannot be opened: the merged cells {detail} cover more than {limit} cells. Unmerge them in "
        "Excel and save again.",
    ),
    "import_too_many_merges": (
        "เปิดไฟล์ {location} ไม่ได้ เพราะแผ่นงาน {detail} มีการผสานเซลล์เกิน {limit} ช่วง "
        "กรุณายกเลิกการผสานเซลล์ที่ไม่จำเป็น หรือแบ่งทะเบียนเป็นหลายไฟล์",
        "{location} cannot be opened: sheet {detail} has more than {limit} merged areas. Unmerge the cells that "
        "need not be merged, or split the register into several workbooks.",
    ),
    "import_merged_too_much": (
        "เปิดไฟล์ {location} ไม่ได้ เพราะการผสานเซลล์ในแผ่นงาน {detail} ครอบคลุมรวมกันเกิน {limit} เซลล์ "
        "กรุณายกเลิกการผสานเซลล์ที่ไม่จำเป็น (เช่น ผสานทั้งแถวหรือทั้งคอลัมน์) แล้วบันทึกใหม่",
        "{location} cannot be opened: the merged cells of sheet {detail} cover more than {limit} cells in all. "
        "Unmerge the cells that need not be merged (such as whole rows or columns) and save again.",
    ),
    "import_too_many_strings": (
        "เปิดไฟล์ {location} ไม่ได้ เพราะมีข้อความต่างกันเกิน {limit} ข้อความ ({detail}) กรุณาแบ่งทะเบียนเป็นหลายไฟล์ หรือไฟล์อาจเสียหาย",
        "{location} cannot be opened: it holds more than {limit} different texts ({detail}). Split the register "
        "into several workbooks; the file may also be damaged.",
    ),
    "import_too_much_text": (
        "เปิดไฟล์ {location} ไม่ได้ เพราะข้อความในไฟล์ยาวรวมกันเกิน {limit} ตัวอักษร ({detail}) "
        "กรุณาแบ่งทะเบียนเป็นหลายไฟล์ หรือไฟล์อาจเสียหาย",
        "{location} cannot be opened: its texts add up to more than {limit} characters ({detail}). Split the "
        "register into several workbooks; the file may also be damaged.",
    ),
    "import_cell_too_long": (
        "เปิดไฟล์ {location} ไม่ได้ เพราะเซลล์ {detail} มีข้อมูลยาวเกิน {limit} ตัวอักษร กรุณาลบหรือย่อข้อความในเซลล์นั้น",
        "{location} cannot be opened: cell {detail} holds more than {limit} characters. Delete or shorten it.",
    ),
    # -- one cell of a row
    "import_text_too_long": (
        "ข้อความยาว {length} ตัวอักษร บันทึกได้ไม่เกิน {limit} ตัวอักษร",
        "{length} characters long; at most {limit} can be stored.",
    ),
    "import_number_out_of_range": (
        "ตัวเลข {text} ไม่อยู่ในช่วงที่เป็นไปได้ (0 ถึง {limit})",
        "{text} is out of range (0 to {limit}).",
    ),
    "import_formula_no_value": (
        "เซลล์นี้เป็นสูตรที่ไม่มีค่าที่คำนวณไว้ จึงอ่านเป็นเซลล์ว่าง (เปิดไฟล์ใน Excel แล้วบันทึกอีกครั้งเพื่อให้มีค่า)",
        "The cell is a formula saved without its value, so it reads as empty (open the workbook in Excel and "
        "save it again to store the values).",
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
        "ไม่ได้ระบุผู้กู้ (เลขประจำตัวประชาชน ชื่อ-สกุล หรือเลขทะเบียนครัวเรือน)",
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
    "import_name_missing_known_id": (
        "ไม่ได้ระบุชื่อ จึงไม่นำเข้า (เลขประจำตัวประชาชน {citizen_id} เป็นของ {name} บ้านเลขที่ {house_no} ที่มีในทะเบียนแล้ว "
        "หากแถวนี้เป็นของบุคคลนั้น กรุณาใส่ชื่อให้ตรงกัน)",
        "The name is missing, so the row is not imported (citizen ID {citizen_id} is {name}'s, of house no. "
        "{house_no}, already registered; if the row is theirs, give their name).",
    ),
    "import_citizen_id_other_person": (
        "เลขประจำตัวประชาชน {citizen_id} เป็นของ {name} บ้านเลขที่ {house_no} ที่มีในทะเบียนแล้ว ไม่ใช่ {given} "
        "กรุณาตรวจสอบเลขประจำตัวประชาชน",
        "Citizen ID {citizen_id} is {name}'s, of house no. {house_no}, already registered, not {given}'s; "
        "check the citizen ID.",
    ),
    "import_area_mismatch": (
        'แผ่นงาน {sheet} แถวที่ {row} ("{text}") ระบุ{what}{named} แต่สถาบันที่เลือกอยู่{what}{expected} '
        "ไฟล์นี้อาจเป็นของสถาบันอื่น กรุณายืนยันก่อนนำเข้า",
        'Sheet {sheet}, row {row} ("{text}") names the {what} {named}, but the chosen institute is in the {what} '
        "{expected}. The workbook may be another institute's; confirm before importing it.",
    ),
    "import_institute_mismatch": (
        'แผ่นงาน {sheet} แถวที่ {row} ("{text}") ระบุ {named} ไม่ใช่สถาบันที่เลือก ({expected}) '
        "ไฟล์นี้อาจเป็นของสถาบันอื่น กรุณายืนยันก่อนนำเข้า",
        'Sheet {sheet}, row {row} ("{text}") names {named}, not the chosen institute ({expected}). The workbook '
        "may be another institute's; confirm before importing it.",
    ),
    "import_area_subdistrict": ("ตำบล", "subdistrict"),
    "import_area_district": ("อำเภอ", "district"),
    "import_area_province": ("จังหวัด", "province"),
    "import_institute_created": (
        "สร้างสถาบัน {name} (ตำบล{subdistrict} อำเภอ{district} จังหวัด{province}) จากชื่อเรื่องในไฟล์แล้ว",
        "Institute {name} ({subdistrict}, {district}, {province}) made from the workbook's title rows.",
    ),
    "import_institute_area_unknown": (
        "สร้างสถาบันไม่ได้ เพราะชื่อเรื่องในไฟล์ไม่ได้ระบุตำบล อำเภอ และจังหวัดที่ตรงกับทะเบียนพื้นที่ "
        '(เช่น "ตำบลดงเมือง อำเภอยางสีสุราช จังหวัดมหาสารคาม") กรุณาสร้างสถาบันในโปรแกรมก่อน',
        "No institute made: the workbook's title rows name no subdistrict (with its district and province) of "
        'the official tables (such as "ตำบลดงเมือง อำเภอยางสีสุราช จังหวัดมหาสารคาม"). Make the institute in '
        "the program first.",
    ),
    "import_not_data_row": ("ข้ามแถว: ไม่ใช่แถวข้อมูล", "skipped: not a data row"),
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
    "skipped": ("ข้ามแถว", "skipped"),  # a line under the header that is not data (plan.skipped)
}


FUND_TYPE_TEXTS: dict[str, tuple[str, str]] = {
    "savings_group_production": ("กลุ่มออมทรัพย์เพื่อการผลิต/กลุ่มสัจจะ", "savings group for production"),
    "village_fund": ("กองทุนหมู่บ้านและชุมชนเมือง", "village and urban community fund"),
    "poverty_alleviation": ("กองทุนโครงการแก้ไขปัญหาความยากจน (กข.คจ.)", "poverty-alleviation project fund"),
    "women_development": ("กองทุนพัฒนาบทบาทสตรี", "women's development fund"),
    "welfare_fund": ("กองทุนสวัสดิการชุมชน", "community welfare fund"),
    "rice_bank": ("ธนาคารข้าว", "rice bank"),
    "community_enterprise": ("วิสาหกิจชุมชน", "community enterprise"),
    "other": ("กองทุนอื่น", "other fund"),
}


def fund_type_text(fund_type: str, language: str = "th") -> str:
    th, en = FUND_TYPE_TEXTS.get(str(fund_type), FUND_TYPE_TEXTS["other"])
    return en if language == "en" else th


def reason_text(code: str, language: str = "th", **params: object) -> str:
    """The text of a reason code: the register rules' texts from ``messages``, else the importer's own."""
    if messages.known(code) or code not in _TEXTS:
        return messages.message(code, language, **params)
    th, en = _TEXTS[code]
    template = en if language == "en" else th
    given = {**limit_params(LIMITS, code), "location": "", "detail": "", **params}
    try:
        return template.format(**{key: messages.shown(value, language) for key, value in given.items()})
    except (KeyError, IndexError):
        return template


def status_text(status: str, language: str = "th") -> str:
    th, en = STATUS_TEXTS[status]
    return en if language == "en" else th


def known_import_codes() -> frozenset[str]:
    return frozenset(_TEXTS)
