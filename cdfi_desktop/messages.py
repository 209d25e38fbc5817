"""Texts for error codes, in Thai and English, shared by the command line and the screens."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from cdfi_desktop.domain.money import Percent, format_baht
from cdfi_desktop.domain.thai_date import format_date_be

_TEXTS: dict[str, tuple[str, str]] = {
    "opened_read_only": (
        "เปิดจากจังหวัด อ่านอย่างเดียว แก้ไขข้อมูลของสถาบันนี้ไม่ได้",
        "Opened from the province: read-only. This institute's data cannot be changed here.",
    ),
    "write_refused_committee": (
        "บัญชีกรรมการสถาบัน ({username}) ดูและพิมพ์ข้อมูลได้เท่านั้น แก้ไขข้อมูลไม่ได้ ไม่มีการบันทึกข้อมูลใด ๆ",
        "A committee account ({username}) views and prints only: it cannot change records. Nothing was saved.",
    ),
    "write_refused_province": (
        "บัญชีจังหวัด ({username}) แก้ไขข้อมูลของสถาบันไม่ได้ ทำได้เฉพาะนำเข้าชุดข้อมูลและตัดสินกรณีที่ต้องตรวจสอบ ไม่มีการบันทึกข้อมูลใด ๆ",
        "A province account ({username}) cannot change an institute's records, only import bundles and decide "
        "review cases. Nothing was saved.",
    ),
    "write_refused_institute": (
        "บัญชี {username} ไม่ได้รับมอบหมายให้แก้ไขข้อมูลของสถาบันนี้ ({institute}) ไม่มีการบันทึกข้อมูลใด ๆ",
        "The account {username} is not assigned to this institute ({institute}). Nothing was saved.",
    ),
    "db_encrypted": (
        "ฐานข้อมูล {location} เข้ารหัสไว้ กรุณาเข้าสู่ระบบด้วยรหัสผ่าน (หรือรหัสกู้คืน) ก่อน {detail}",
        "The database {location} is encrypted: sign in with a password (or the recovery code) first. {detail}",
    ),
    "db_not_sqlite": (
        "ไฟล์ {location} ไม่ใช่ฐานข้อมูลของโปรแกรมนี้ (ไม่ใช่ไฟล์ SQLite) โปรแกรมไม่ได้แก้ไขไฟล์นี้",
        "{location} is not a database of this app (not an SQLite file). The file was not changed.",
    ),
    "db_corrupt": (
        "ฐานข้อมูล {location} เสียหาย เปิดใช้ไม่ได้ โปรแกรมไม่ได้แก้ไขไฟล์นี้",
        "The database {location} is damaged and cannot be opened. It was not changed.",
    ),
    "db_corrupt_backup": (
        "ไฟล์สำรองล่าสุดที่ใช้ได้: {backup} (สำรองเมื่อ {taken}) กู้คืนได้จากโปรแกรม หรือด้วยคำสั่ง {command}",
        "The newest good backup is {backup} (taken {taken}). Restore it from the app, or with: {command}",
    ),
    "db_corrupt_no_backup": (
        "ไม่พบไฟล์สำรองที่ใช้ได้ใน {folder} กรุณาติดต่อผู้ดูแลระบบ",
        "There is no usable backup in {folder}; ask your administrator.",
    ),
    "db_missing": (
        "ไม่พบฐานข้อมูล {location} กรุณาตรวจสอบชื่อไฟล์และโฟลเดอร์ (โปรแกรมไม่ได้สร้างไฟล์ใหม่)",
        "There is no database at {location}. Check the file name and folder (no new file was made).",
    ),
    "db_read_only": (
        "เขียนฐานข้อมูล {location} ไม่ได้ เพราะไฟล์หรือโฟลเดอร์เป็นแบบอ่านอย่างเดียว ({detail}) กรุณาคัดลอกไปไว้ในเครื่องก่อน",
        "The database {location} cannot be written: the file or its folder is read-only ({detail}). "
        "Copy it to this computer first.",
    ),
    "db_in_use": (
        "ฐานข้อมูล {location} กำลังเปิดใช้อยู่ในโปรแกรมอื่น ({detail}) กรุณาปิดโปรแกรมนั้นก่อน แล้วลองอีกครั้ง",
        "The database {location} is open in another program ({detail}). Close it there, then try again.",
    ),
    "db_busy": (
        "ฐานข้อมูลกำลังถูกใช้งานโดยโปรแกรมอื่นนานเกินไป ไม่มีการบันทึกข้อมูลใด ๆ กรุณาลองอีกครั้ง",
        "The database stayed busy with another program for too long. Nothing was saved; try again.",
    ),
    "db_server_unreachable": (
        "ติดต่อเซิร์ฟเวอร์ฐานข้อมูล {location} ไม่ได้ ({detail}) กรุณาตรวจสอบว่าเซิร์ฟเวอร์ทำงานอยู่และชื่อฐานข้อมูลถูกต้อง",
        "The database server {location} cannot be reached ({detail}). Check that it is running and the "
        "database name is right.",
    ),
    "disk_full": (
        "พื้นที่ดิสก์เต็ม ({location}) ไม่มีการบันทึกข้อมูลใด ๆ กรุณาลบไฟล์ที่ไม่ใช้ แล้วลองอีกครั้ง",
        "The disk is full ({location}). Nothing was saved; free some space and try again.",
    ),
    "path_read_only": (
        "เขียนไฟล์ {location} ไม่ได้ (อ่านอย่างเดียวหรือไม่มีสิทธิ์) กรุณาเลือกโฟลเดอร์อื่น",
        "{location} cannot be written (read-only or not allowed). Choose another folder.",
    ),
    "path_missing": ("ไม่พบไฟล์หรือโฟลเดอร์ {location}", "There is no file or folder {location}."),
    "os_error": ("ทำงานกับไฟล์ {location} ไม่สำเร็จ: {detail}", "Working with {location} failed: {detail}"),
    "damaged_text": (
        "ข้อความบางส่วนในฐานข้อมูลเสียหาย (ไม่ใช่ UTF-8) กรุณากู้คืนจากไฟล์สำรอง",
        "Some text in the database is damaged (not UTF-8); restore a backup.",
    ),
    "out_of_memory": (
        "หน่วยความจำไม่พอสำหรับงานนี้ ไม่มีการบันทึกข้อมูลใด ๆ",
        "There is not enough memory for this job. Nothing was saved.",
    ),
    "unexpected_error": (
        "เกิดข้อผิดพลาดที่ไม่คาดคิด ({detail}) ไม่มีการบันทึกข้อมูลใด ๆ รายละเอียดอยู่ในไฟล์ {log}",
        "Something unexpected went wrong ({detail}). Nothing was saved. The details are in {log}.",
    ),
    "citizen_id_duplicate": (
        "เลขประจำตัวประชาชนนี้ลงทะเบียนไว้แล้วในสถาบันนี้ ไม่มีการบันทึกข้อมูลใด ๆ",
        "This citizen ID is already registered in this institute. Nothing was saved.",
    ),
    "number_out_of_range": (
        "จำนวน {value} มากเกินกว่าที่บันทึกได้ ไม่มีการบันทึกข้อมูลใด ๆ",
        "The number {value} is too large to be kept. Nothing was saved.",
    ),
    "backup_failed": (
        "สำรองฐานข้อมูลไปที่ {location} ไม่ได้: {detail}",
        "The database could not be backed up to {location}: {detail}",
    ),
    "backup_unusable": (
        "ใช้ไฟล์สำรอง {location} ไม่ได้: {detail}",
        "The backup {location} cannot be used: {detail}",
    ),
    "restore_failed": (
        "กู้คืนฐานข้อมูล {location} ไม่สำเร็จ: {detail} ฐานข้อมูลเดิมยังอยู่",
        "Restoring {location} failed: {detail}. The database is as it was.",
    ),
    "db_foreign": (
        "ฐานข้อมูล {location} เป็นของโปรแกรมอื่น โปรแกรมไม่ได้แก้ไขไฟล์นี้",
        "The database {location} belongs to another program. It was not changed.",
    ),
    "db_newer": (
        "ฐานข้อมูล {location} สร้างด้วยโปรแกรมรุ่นที่ใหม่กว่า กรุณาปรับปรุงโปรแกรมก่อนเปิดใช้ โปรแกรมไม่ได้แก้ไขไฟล์นี้",
        "The database {location} was written by a newer release of this app. Update the app to open it. "
        "It was not changed.",
    ),
    "db_unreadable": (
        "อ่านฐานข้อมูล {location} ไม่ได้: {detail}",
        "The database {location} cannot be read: {detail}",
    ),
    # Register rules (cdfi_desktop.domain.register_rules) and field parsing.
    "citizen_id_length": ("เลขประจำตัวประชาชนต้องมี 13 หลัก", "A citizen ID has 13 digits."),
    "citizen_id_not_digits": ("เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น", "A citizen ID has digits only."),
    "citizen_id_first_digit": ("เลขประจำตัวประชาชนขึ้นต้นด้วย 0 ไม่ได้", "A citizen ID cannot start with 0."),
    "citizen_id_checksum": (
        "เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) กรุณาตรวจสอบกับบัตรประชาชน",
        "This citizen ID is not valid (its check digit does not match); check it against the ID card.",
    ),
    "citizen_id_repeated": (
        "เลขประจำตัวประชาชนซ้ำกับสมาชิกคนที่ {first_row} ในครัวเรือนนี้",
        "The same citizen ID as member {first_row} of this household.",
    ),
    "citizen_id_in_other_household": (
        "เลขประจำตัวประชาชนนี้มีอยู่แล้วในครัวเรือนบ้านเลขที่ {house_no} ({name})",
        "This citizen ID is already in the household at house no. {house_no} ({name}).",
    ),
    "name_required": ("กรุณากรอกชื่อ", "Enter the name."),
    "household_no_members": ("ครัวเรือนต้องมีสมาชิกอย่างน้อย 1 คน", "A household needs at least one member."),
    "household_head_count": (
        "ครัวเรือนต้องมีหัวหน้าครัวเรือน 1 คน (ขณะนี้ {heads} คน)",
        "A household has exactly one head (now {heads}).",
    ),
    "date_invalid": (
        "วันที่ไม่ถูกต้อง กรอกเป็น วัน/เดือน/ปี พ.ศ. เช่น 15/3/2560",
        "Not a date; type day/month/year, e.g. 15/3/2017 (a Thai B.E. year such as 2560 is read as B.E.).",
    ),
    "date_before_1950": ("วันที่ต้องไม่ก่อนปี พ.ศ. 2493 (ค.ศ. 1950)", "The date cannot be before 1950."),
    "date_in_future": ("วันที่ต้องไม่เป็นวันในอนาคต", "The date cannot be in the future."),
    "date_era_gregorian_suspected": (
        "ปี {year} ดูเหมือนเป็นปี ค.ศ. หมายถึงวันที่ {as_ce} ใช่หรือไม่",
        "The year {year} looks Gregorian: do you mean {as_ce}?",
    ),
    "date_era_buddhist_suspected": ("ปี {year} ดูเหมือนเป็นปี พ.ศ.", "The year {year} looks like a Buddhist Era year."),
    "money_invalid": ("จำนวนเงินไม่ถูกต้อง กรอกเป็นตัวเลข เช่น 12,500.50", "Not an amount; type a number, e.g. 12,500.50."),
    "money_too_many_decimals": ("จำนวนเงินมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง (สตางค์)", "An amount has at most 2 decimals."),
    "number_invalid": ("กรุณากรอกเป็นตัวเลข", "Type a number."),
    "amount_required": ("กรุณากรอกจำนวนเงิน", "Enter the amount."),
    "amount_negative": ("จำนวนเงินติดลบไม่ได้", "An amount cannot be negative."),
    "amount_absurd": (
        "จำนวนเงิน {amount} บาท สูงผิดปกติ (เกิน {limit} บาท) กรุณาตรวจสอบ",
        "{amount} baht is implausibly high (over {limit}); check it.",
    ),
    "rate_out_of_range": ("อัตราดอกเบี้ย {rate}% ต่อปี ไม่อยู่ในช่วงที่เป็นไปได้", "A rate of {rate}% a year is out of range."),
    "term_out_of_range": (
        "ระยะเวลาผ่อน {term} เดือน ไม่อยู่ในช่วงที่เป็นไปได้",
        "A term of {term|# month|# months} is out of range.",
    ),
    "days_overdue_out_of_range": ("จำนวนวันค้างชำระไม่ถูกต้อง", "The days overdue are out of range."),
    "outstanding_above_principal_interest": (
        "ยอดคงค้าง {outstanding} บาท สูงกว่าเงินต้นรวมดอกเบี้ยตลอดสัญญา ({ceiling} บาท)",
        "The outstanding {outstanding} baht is above principal plus interest for the term ({ceiling} baht).",
    ),
    "due_before_contract": ("วันครบกำหนดต้องไม่ก่อนวันทำสัญญา", "The due date cannot be before the contract date."),
    "rescheduled_on_required": (
        "ระบุวันที่ตกลงปรับโครงสร้าง/ประนอมหนี้กับเจ้าหนี้",
        "Give the day the rescheduling was agreed with the creditor.",
    ),
    "rescheduled_before_contract": (
        "วันที่ปรับโครงสร้าง/ประนอมหนี้ต้องไม่ก่อนวันทำสัญญาของหนี้",
        "The day of the rescheduling cannot be before the debt's contract date.",
    ),
    "debt_fund_required": ("กรุณาเลือกกองทุนสมาชิกที่เป็นเจ้าหนี้", "Choose the member fund that lent."),
    "debt_creditor_required": ("กรุณากรอกชื่อเจ้าหนี้", "Enter the creditor's name."),
    "fund_does_not_lend": (
        "ตามระเบียบ {fund} ไม่ให้กู้ยืม ({bylaw})",
        "By its bylaws {fund} does not lend ({bylaw}).",
    ),
    "above_lending_limit": (
        "เงินกู้เกินวงเงินการปล่อยกู้ของ{fund} ({limit} บาทต่อราย) ตามระเบียบ: {bylaw}",
        "Above the lending limit of {fund} ({limit} baht a borrower); bylaws: {bylaw}",
    ),
    "above_max_term": (
        "ระยะเวลาผ่อนเกินที่ระเบียบ{fund}กำหนด ({max_term} เดือน): {bylaw}",
        "Longer than the maximum term of {fund} ({max_term|# month|# months}); bylaws: {bylaw}",
    ),
    # Debtor classification (cdfi_desktop.domain.classification): why a household is in its class.
    "normal": ("ไม่พบสัญญาณปัญหาหนี้", "No sign of a debt problem."),
    "arrears_over": ("ค้างชำระ {days} วัน (เกิน {limit} วัน)", "{days|# day|# days} overdue (over {limit})."),
    "arrears_watch": ("ค้างชำระ {days} วัน (ช่วง {low}–{high} วัน)", "{days|# day|# days} overdue ({low}–{high})."),
    "dsr_over": (
        "ภาระหนี้ต่อรายได้ {dsr_pct}% (เกิน {limit_pct}%)",
        "Debt service is {dsr_pct}% of income (over {limit_pct}%).",
    ),
    "dsr_watch": (
        "ภาระหนี้ต่อรายได้ {dsr_pct}% (ช่วง {low_pct}–{high_pct}%)",
        "Debt service is {dsr_pct}% of income ({low_pct}–{high_pct}%).",
    ),
    "residual_negative": (
        "รายได้ไม่พอรายจ่ายและค่างวด (ขาด {shortfall} บาทต่อเดือน)",
        "Income falls short of expenses and installments by {shortfall} baht a month.",
    ),
    "no_income_with_debt_service": (
        "ไม่มีรายได้ แต่มีค่างวด {service} บาทต่อเดือน",
        "No income, but {service} baht of installments a month.",
    ),
    "many_creditors": ("มีเจ้าหนี้ {creditors} ราย (ตั้งแต่ {limit} รายขึ้นไป)", "{creditors} creditors ({limit} or more)."),
    "informal_debt": ("มีหนี้นอกระบบ {informal} บาท", "Informal debt of {informal} baht."),
    "not_affordable": (
        "ผ่อนได้ไม่เกิน {installment} บาทต่อเดือน ไม่พอรวมหนี้ {debt} บาท ภายใน {max_term} งวด",
        "At most {installment} baht a month cannot repay {debt} baht within {max_term|# month|# months}.",
    ),
    "persistent_debt": (
        "หนี้เรื้อรัง {count} สัญญา: 5 ปีที่ผ่านมาจ่ายดอกเบี้ยราว {interest} บาท มากกว่าเงินต้นราว {principal} บาท",
        "{count|# persistent debt|# persistent debts}: over 5 years about {interest} baht of interest paid, "
        "more than about {principal} baht of principal.",
    ),
    # Source of money per debt (cdfi_desktop.domain.funding).
    "source_own_fund": (
        "{fund}: อยู่ในวงเงิน {limit} บาท และผ่อน {term} งวด ไม่เกิน {max_term} งวดตามระเบียบ",
        "{fund}: within its limit of {limit} baht, {term|# month|# months} within its {max_term}.",
    ),
    "source_fund": (
        "{fund}: อยู่ในวงเงิน {limit} บาท และผ่อน {term} งวด ไม่เกิน {max_term} งวดตามระเบียบ",
        "{fund}: within its limit of {limit} baht, {term|# month|# months} within its {max_term}.",
    ),
    "source_pooled": (
        "ไม่มีกองทุนใดให้กู้ {amount} บาทได้ตามระเบียบ ใช้เงินกองกลางของสถาบัน (คงเหลือ {capacity} บาท)",
        "No member fund's bylaws allow {amount} baht; the institute's pooled funds ({capacity} baht left).",
    ),
    "source_outside": (
        "กองทุนและเงินกองกลางไม่พอ {amount} บาท: หาความช่วยเหลือจากภายนอกหรือเจรจากับเจ้าหนี้",
        "Neither the funds nor the pooled money cover {amount} baht: seek outside help or negotiate with the creditor.",
    ),
    "source_unaffordable": (
        "ผ่อนได้ไม่เกิน {installment} บาทต่อเดือน ไม่พอชำระ {amount} บาท: เจรจากับเจ้าหนี้หรือหารายได้เพิ่มก่อน",
        "At most {installment} baht a month cannot repay {amount} baht: negotiate with the creditor or raise "
        "income first.",
    ),
    # Target households (cdfi_desktop.domain.targets): why a household is proposed.
    "target_proposed": (
        "ชั้น {debtor_class} ผ่อนรวมหนี้ {debt} บาทได้ภายใน {term} งวด งวดละไม่เกิน {installment} บาท",
        "Class {debtor_class}: {debt} baht can be repaid in {term|# month|# months} at up to {installment} baht"
        " a month.",
    ),
    # Attached files (cdfi_desktop.services.attachments).
    "attachment_missing": ("ไม่พบไฟล์ {path}", "There is no file {path}."),
    "attachment_too_large": (
        "ไฟล์ใหญ่ {size_mb} MB เกินที่รับได้ ({limit_mb} MB)",
        "The file is {size_mb} MB, more than the {limit_mb} MB allowed.",
    ),
    # -- analysis screen and reports (ui/analysis, reports/analysis_*) --
    # -- end analysis --
    # -- targets and participation (services/targets.py) --
    "targets_proposed_list": (
        "โปรแกรมเสนอ {count} ครัวเรือน จากชั้น C แล้วชั้น B ที่ผ่อนรวมหนี้ได้ภายใน {max_term} งวด (ข้อมูล ณ {as_of})",
        "The app proposed {count|# household|# households} of class C, then B, whose consolidated debt can be "
        "repaid within {max_term|# month|# months} (data as of {as_of}).",
    ),
    "target_reason_required": ("กรุณาระบุเหตุผลของการเปลี่ยนแปลงนี้", "Give the reason for this change."),
    "target_short_list_reason_required": (
        "รายชื่อมี {count} ครัวเรือน น้อยกว่า {wanted} ครัวเรือนตามแนวทาง กรุณาระบุเหตุผลที่รายชื่อไม่ครบก่อนยืนยัน",
        "The list has {count|# household|# households}, fewer than the {wanted} the guideline asks: give the "
        "reason the list is short before locking it.",
    ),
    "target_short_list_noted": (
        "รายชื่อไม่ครบ ({count} จาก {wanted} ครัวเรือน): {reason}",
        "Short list ({count} of {wanted|# household|# households}): {reason}",
    ),
    "targets_locked": (
        "รายชื่อครัวเรือนเป้าหมายปีงบประมาณนี้ล็อกแล้ว ต้องปลดล็อกก่อนจึงแก้ไขได้",
        "The target list of this fiscal year is locked; unlock it before changing it.",
    ),
    "targets_already_locked": ("รายชื่อครัวเรือนเป้าหมายล็อกอยู่แล้ว", "The target list is already locked."),
    "targets_not_locked": ("รายชื่อครัวเรือนเป้าหมายยังไม่ได้ล็อก", "The target list is not locked."),
    "target_selection_missing": (
        'ยังไม่มีรายชื่อครัวเรือนเป้าหมายของปีงบประมาณนี้ กรุณากด "เสนอรายชื่อ" ก่อน',
        "There is no target list for this fiscal year yet; propose one first.",
    ),
    "register_no_taken": (
        "เลขทะเบียน {code} เป็นของครัวเรือนอื่นแล้ว (บ้านเลขที่ {house_no} {name})",
        "Register no. {code} already belongs to another household (house no. {house_no}, {name}).",
    ),
    "target_already_listed": (
        "ครัวเรือนเลขทะเบียน {code} อยู่ในรายชื่อครัวเรือนเป้าหมายแล้ว (ลำดับที่ {rank})",
        "Household {code} is already on the target list (rank {rank}).",
    ),
    "target_other_institute": (
        "ครัวเรือนนี้ไม่ได้อยู่ในทะเบียนของสถาบันนี้",
        "This household is not in this institute's register.",
    ),
    "target_not_listed": ("ครัวเรือนนี้ไม่อยู่ในรายชื่อครัวเรือนเป้าหมาย", "This household is not on the target list."),
    "target_has_contract": (
        "ครัวเรือนนี้ทำสัญญาหนึ่งครัวเรือนหนึ่งสัญญาแล้ว จึงนำออกจากรายชื่อครัวเรือนเป้าหมายไม่ได้",
        "This household has signed its 1HH1C contract: it stays on the target list.",
    ),
    "target_rank_out_of_range": ("ลำดับต้องอยู่ระหว่าง 1 ถึง {count}", "The rank must be between 1 and {count}."),
    "target_not_eligible": (
        "ชั้น {debtor_class}: ไม่เข้าเกณฑ์ที่โปรแกรมเสนอ (ชั้น C หรือ B ที่ผ่อนรวมหนี้ได้ภายใน {max_term} งวด)",
        "Class {debtor_class}: outside what the app proposes (class C or B, repayable within"
        " {max_term|# month|# months}).",
    ),
    "participation_not_target": (
        "ครัวเรือนนี้ไม่อยู่ในรายชื่อครัวเรือนเป้าหมาย ปีงบประมาณ {year}",
        "This household is not on the target list of fiscal year {year}.",
    ),
    "participation_representative_not_member": (
        "ผู้แทนครัวเรือนต้องเป็นสมาชิกของครัวเรือนนี้",
        "The representative must be a member of this household.",
    ),
    "participation_signed_before_enrolled": (
        "วันที่ลงนามต้องไม่ก่อนวันที่เข้าร่วมโครงการ",
        "The signing date cannot be before the enrolment date.",
    ),
    "participation_signed_without_consent": (
        "ลงนามได้เมื่อครัวเรือนยินยอมเข้าร่วมโครงการแล้ว",
        "A record is signed only once the household has consented.",
    ),
    # -- end targets --
    # -- training (services/training.py) --
    "training_title_required": ("กรุณาใส่ชื่อหลักสูตรการอบรม", "Give the course a title."),
    "training_days_invalid": (
        "จำนวนวันอบรมต้องมี 1 ถึง {most} วัน เรียงวันที่ 1, 2, 3 … ไม่ข้ามวัน",
        "A course has 1 to {most|# day|# days}, numbered 1, 2, 3 … without gaps.",
    ),
    "training_min_days_out_of_range": (
        "จำนวนวันที่ต้องเข้าอบรมเพื่อผ่านหลักสูตรต้องอยู่ระหว่าง 1 ถึง {days} วัน",
        "The days needed to complete the course must be between 1 and {days}.",
    ),
    "training_days_out_of_order": (
        "วันที่อบรมต้องเรียงตามลำดับวัน (วันที่ 2 อยู่หลังวันที่ 1)",
        "The training dates must follow the order of the days (day 2 after day 1).",
    ),
    "training_participant_name_required": ("กรุณาใส่ชื่อ-สกุลผู้เข้ารับการอบรม", "Give the participant's name."),
    "training_course_missing": (
        "ยังไม่มีหลักสูตรการอบรมของปีงบประมาณ {fiscal_year}",
        "There is no training course for fiscal year {fiscal_year} yet.",
    ),
    # -- end training --
    # -- contracts (services/contracts.py) --
    "contract_household_not_found": ("ไม่พบครัวเรือนนี้ในทะเบียน", "This household is not in the register."),
    "contract_signed_twice": (
        "ครัวเรือนนี้ลงนามสัญญาการถ่ายโอนภาระหนี้สินของปีงบประมาณนี้แล้ว สัญญาฉบับที่สองทำได้เมื่อระบุเหตุผล "
        "หากต้องเปลี่ยนแปลงสัญญาเดิมให้ทำสัญญาแก้ไขแทน",
        "This household already signed a debt-transfer contract this fiscal year; a second one needs a reason. "
        "To change the first, make an amendment.",
    ),
    "contract_second_reason_required": (
        "ครัวเรือนนี้ลงนามสัญญาของปีงบประมาณ {year} แล้ว (สัญญาเลขที่ {contract_no}) กรุณาระบุเหตุผลที่ทำสัญญาฉบับที่สอง",
        "This household already signed contract no. {contract_no} in fiscal year {year}: give the reason for a "
        "second contract.",
    ),
    "contract_second_note": (
        "สัญญาฉบับที่สองของครัวเรือนในปีงบประมาณ {year} (มีสัญญาเลขที่ {contract_no} แล้ว): {reason}",
        "The household's second contract of fiscal year {year} (after no. {contract_no}): {reason}",
    ),
    "contract_payoff_unaccounted": (
        "หนี้ {creditor} สัญญาเลขที่ {contract_no}: เงินต้นคงค้าง {outstanding} บาท แต่ยอดรับโอนระบุเงินต้น "
        "{principal} บาท ขาดไป {missing} บาท ที่ไม่อยู่ในบันทึกใด ให้ระบุเงินต้นเต็มจำนวน และหากคณะกรรมการยกเว้น"
        "ส่วนใดให้บันทึกเป็นการยกเว้นพร้อมเหตุผล",
        "The debt to {creditor} (no. {contract_no}) has {outstanding} baht of principal outstanding, but its payoff "
        "names {principal} baht: {missing} baht would be in no record. Take over the whole outstanding, and record "
        "any part the committee forgives as a waiver with its reason.",
    ),
    "contract_principal_waiver_too_large": (
        "หนี้ {creditor} สัญญาเลขที่ {contract_no}: ยกเว้นเงินต้นได้ไม่เกินเงินต้นคงค้าง",
        "The debt to {creditor} (no. {contract_no}): a principal waiver cannot be more than the principal owed.",
    ),
    "contract_waiver_reason_required": (
        "หนี้ {creditor} สัญญาเลขที่ {contract_no}: กรุณาระบุเหตุผลที่ยกเว้นเงินต้น {waived} บาท",
        "The debt to {creditor} (no. {contract_no}): give the reason for waiving {waived} baht of principal.",
    ),
    "contract_waiver_note": (
        "ยกเว้นเงินต้น {waived} บาท ของหนี้ {creditor} สัญญาเลขที่ {contract_no}: {reason}",
        "{waived} baht of principal waived on the debt to {creditor} (no. {contract_no}): {reason}",
    ),
    "contract_waiver_carried": (
        "ตามสัญญาเลขที่ {contract_no}",
        "As in contract no. {contract_no}",
    ),
    "contract_household_not_target": (
        "ครัวเรือนนี้ไม่อยู่ในรายชื่อครัวเรือนเป้าหมายของปีงบประมาณนี้",
        "This household is not on this fiscal year's target list.",
    ),
    "contract_no_open_debts": ("ครัวเรือนนี้ไม่มีหนี้ค้างชำระให้โอนมารวม", "This household has no open debt to take over."),
    "contract_no_income": (
        "ครัวเรือนนี้ยังไม่มีข้อมูลรายได้ จึงคำนวณงวดผ่อนที่รับได้ไม่ได้",
        "This household has no income recorded, so the affordable installment cannot be worked out.",
    ),
    "contract_no_sources": (
        "กรุณาเลือกหนี้เดิมที่จะโอนมารวมในสัญญาอย่างน้อย 1 รายการ",
        "Choose at least one debt for the contract to take over.",
    ),
    "contract_source_not_found": ("ไม่พบหนี้รายการนี้ในทะเบียน", "This debt is not in the register."),
    "contract_source_repeated": (
        "หนี้ {creditor} สัญญาเลขที่ {contract_no} ถูกเลือกซ้ำ เลือกได้ครั้งเดียว",
        "The debt to {creditor} (no. {contract_no}) is listed twice; list it once.",
    ),
    "contract_source_other_household": (
        "หนี้ {creditor} สัญญาเลขที่ {contract_no} เป็นหนี้ของครัวเรือนอื่น (เลขทะเบียน {household_code}) "
        "จึงโอนมารวมในสัญญาของครัวเรือนนี้ไม่ได้",
        "The debt to {creditor} (no. {contract_no}) belongs to another household (register no. {household_code}); "
        "it cannot be taken over by this household's contract.",
    ),
    "contract_source_closed": (
        "หนี้ {creditor} สัญญาเลขที่ {contract_no} ปิดบัญชีแล้ว จึงโอนมารวมไม่ได้",
        "The debt to {creditor} (no. {contract_no}) is already closed; it cannot be taken over.",
    ),
    "contract_source_transferred": (
        "หนี้ {creditor} สัญญาเลขที่ {contract_no} โอนไปอยู่ในสัญญาการถ่ายโอนภาระหนี้สินฉบับอื่นแล้ว",
        "The debt to {creditor} (no. {contract_no}) was already taken over by another contract.",
    ),
    "contract_source_after_signing": (
        "หนี้ {creditor} สัญญาเลขที่ {contract_no} ทำสัญญาเมื่อ {contract_date} ซึ่งหลังวันลงนาม ({signing_date}) จึงโอนมารวมไม่ได้",
        "The debt to {creditor} (no. {contract_no}) was made on {contract_date}, after the signing date "
        "({signing_date}); it cannot be taken over.",
    ),
    "contract_source_amount_invalid": (
        "จำนวนเงินของหนี้ {creditor} สัญญาเลขที่ {contract_no} ต้องไม่ติดลบ และมีทศนิยมไม่เกิน 2 ตำแหน่ง (สตางค์)",
        "The amounts of the debt to {creditor} (no. {contract_no}) cannot be negative and have at most two "
        "decimals (satang).",
    ),
    "contract_waiver_too_large": (
        "หนี้ {creditor} สัญญาเลขที่ {contract_no}: ยกเว้นดอกเบี้ยหรือค่าปรับได้ไม่เกินจำนวนที่ค้างอยู่",
        "The debt to {creditor} (no. {contract_no}): a waiver cannot be more than the interest or penalty owed.",
    ),
    "contract_down_payment_invalid": (
        "เงินชำระก่อน (เงินดาวน์) ต้องไม่ติดลบ และไม่เกินยอดหนี้ที่รับโอน {payoff} บาท",
        "The down-payment cannot be negative nor more than the {payoff} baht taken over.",
    ),
    "contract_principal_mismatch": (
        "เงินต้นของสัญญา {principal} บาท ไม่ตรงกับยอดหนี้ที่รับโอน {payoff} บาท หักเงินดาวน์ {down_payment} บาท "
        "ซึ่งเท่ากับ {expected} บาท",
        "The contract's principal, {principal} baht, does not match the debts taken over, {payoff} baht, less the "
        "down-payment of {down_payment} baht: {expected} baht.",
    ),
    "contract_principal_mismatch_amended": (
        "เงินต้นของสัญญา {principal} บาท ไม่ตรงกับยอดหนี้ที่รับโอน {payoff} บาท หักเงินดาวน์ {down_payment} บาท "
        "และเงินต้นที่ชำระแล้วตามสัญญาเดิม {repaid} บาท ซึ่งเท่ากับ {expected} บาท",
        "The contract's principal, {principal} baht, does not match the debts taken over, {payoff} baht, less the "
        "down-payment of {down_payment} baht and the {repaid} baht of principal repaid on the old contract: "
        "{expected} baht.",
    ),
    "contract_principal_invalid": (
        "เงินต้นของสัญญาต้องมากกว่า 0 บาท และมีทศนิยมไม่เกิน 2 ตำแหน่ง",
        "The principal must be above 0 baht, with at most two decimals.",
    ),
    "contract_rate_invalid": (
        "อัตราดอกเบี้ยต้องอยู่ระหว่าง 0 ถึง {most} ต่อปี",
        "The interest rate must be between 0 and {most} % a year.",
    ),
    "contract_term_invalid": (
        "จำนวนงวดผ่อนชำระต้องอยู่ระหว่าง 1 ถึง {most} งวด (เดือน) ตามเกณฑ์ของปีงบประมาณ",
        "The term must be between 1 and {most|# month|# months} (the fiscal year's maximum).",
    ),
    "contract_first_due_before_signing": (
        "วันครบกำหนดชำระงวดแรก ({first_due}) ต้องอยู่หลังวันลงนามในสัญญา ({signing_date})",
        "The first installment's due date ({first_due}) must come after the signing date ({signing_date}).",
    ),
    "contract_signing_outside_fiscal_year": (
        "วันลงนาม {date} ไม่อยู่ในปีงบประมาณ พ.ศ. {year}",
        "The signing date {date} is outside fiscal year {year}.",
    ),
    "contract_borrower_not_member": (
        "ผู้กู้ต้องเป็นสมาชิกของครัวเรือนนี้ กรุณาเลือกจากรายชื่อสมาชิก",
        "The borrower must be a member of this household; choose one from its members.",
    ),
    "contract_lender_fund_required": (
        "กรุณาเลือกกองทุนที่เป็นผู้ให้กู้",
        "Choose the member fund that lends.",
    ),
    "contract_lender_fund_other_institute": (
        "กองทุนผู้ให้กู้ต้องเป็นกลุ่ม/กองทุนที่เป็นสมาชิกของสถาบันนี้",
        "The lending fund must be a member fund of this institute.",
    ),
    "contract_party_second_borrower": (
        'สัญญามีผู้กู้ได้คนเดียว ผู้ร่วมกู้ให้ระบุเป็น "ผู้กู้ร่วม"',
        "A contract has one borrower; add others as co-borrowers.",
    ),
    "contract_party_name_required": (
        "กรุณาใส่ชื่อ-สกุลของผู้กู้ร่วม ผู้ค้ำประกัน หรือพยาน",
        "Give the name of each co-borrower, guarantor and witness.",
    ),
    "contract_party_citizen_id_invalid": (
        "เลขประจำตัวประชาชนของ {name} ไม่ถูกต้อง กรุณาตรวจสอบกับบัตรประชาชน",
        "The citizen ID of {name} is not valid; check it against the ID card.",
    ),
    "contract_no_taken": (
        "เลขที่สัญญา {contract_no} มีอยู่แล้วในสถาบันนี้ กรุณาใช้เลขอื่นหรือเว้นว่างให้โปรแกรมออกเลขให้",
        "Contract no. {contract_no} is already used in this institute; use another or leave it blank.",
    ),
    "contract_no_invalid": (
        "เลขที่สัญญายาวได้ไม่เกิน 60 ตัวอักษร และห้ามมีเครื่องหมาย |",
        "A contract no. has at most 60 characters and no | sign.",
    ),
    "contract_amend_through_amendment": (
        "สัญญาแก้ไขให้ทำผ่านการแก้ไขสัญญาเดิม",
        "An amendment is made from the contract it amends.",
    ),
    "contract_amend_not_signed": (
        "สัญญาเลขที่ {contract_no} ไม่ได้อยู่ในสถานะลงนามแล้ว จึงแก้ไขไม่ได้",
        "Contract no. {contract_no} is not a signed contract in force; it cannot be amended.",
    ),
    "contract_amend_other_household": (
        "สัญญาแก้ไขต้องเป็นของครัวเรือนเดียวกับสัญญาเลขที่ {contract_no}",
        "An amendment is for the same household as contract no. {contract_no}.",
    ),
    "contract_amend_reason_required": ("กรุณาระบุเหตุผลของการแก้ไขสัญญา", "Give the reason for the amendment."),
    "contract_signed_unchangeable": (
        "สัญญาเลขที่ {contract_no} ลงนามแล้ว แก้ไขหรือลบไม่ได้ หากต้องเปลี่ยนแปลงให้ทำสัญญาแก้ไขแทน",
        "Contract no. {contract_no} is signed and cannot be edited or removed; make an amendment instead.",
    ),
    "contract_transfer_reason": (
        "โอนภาระหนี้ไปยังสัญญาการถ่ายโอนภาระหนี้สินเลขที่ {contract_no}",
        "Taken over by debt-transfer contract no. {contract_no}.",
    ),
    "contract_amendment_note": (
        "แก้ไขสัญญาเลขที่ {contract_no}: {reason}",
        "Amends contract no. {contract_no}: {reason}",
    ),
    # -- end contracts --
    # -- repayments and life plans --
    "repayment_contract_closed": (
        "สัญญาเลขที่ {contract_no} ชำระครบและปิดแล้ว ไม่รับชำระเพิ่ม",
        "Contract {contract_no} is repaid and closed; it takes no more payments.",
    ),
    "repayment_contract_not_signed": (
        "รับชำระได้เฉพาะสัญญาที่ลงนามแล้ว (สัญญาเลขที่ {contract_no} ยังไม่ได้ลงนามหรือถูกยกเลิก)",
        "Payments are taken on signed contracts only ({contract_no} is not signed, or cancelled).",
    ),
    "repayment_amount_not_positive": ("จำนวนเงินที่ชำระต้องมากกว่าศูนย์", "The amount paid must be above zero."),
    "repayment_before_signing": (
        "วันที่ชำระต้องไม่ก่อนวันลงนามในสัญญา ({signed})",
        "The payment date cannot be before the contract was signed ({signed}).",
    ),
    "repayment_in_future": (
        "วันที่ชำระต้องไม่เกินวันนี้ ({today})",
        "The payment date cannot be after today ({today}).",
    ),
    "repayment_before_last": (
        "วันที่ชำระต้องไม่ก่อนการชำระครั้งล่าสุด ({last}) ถ้าบันทึกผิด ให้ยกเลิกรายการนั้นแล้วบันทึกใหม่",
        "The payment date cannot be before the last payment ({last}); reverse a wrong entry and record it again.",
    ),
    "repayment_penalty_negative": ("ค่าปรับติดลบไม่ได้", "The penalty cannot be negative."),
    "repayment_above_balance": (
        "จำนวนเงินเกินยอดที่ต้องชำระทั้งหมด ชำระได้ไม่เกิน {most} บาท",
        "The amount is more than everything owed: at most {most} baht.",
    ),
    "repayment_reason_required": (
        "กรุณาระบุเหตุผลที่ยกเลิกรายการรับชำระ",
        "Give the reason for reversing the payment.",
    ),
    "repayment_reversal_not_reversible": (
        "รายการ {receipt_no} เป็นรายการยกเลิก จึงยกเลิกซ้ำไม่ได้ ให้บันทึกการรับชำระใหม่แทน",
        "{receipt_no} is itself a reversal and cannot be reversed; record the payment again instead.",
    ),
    "repayment_already_reversed": (
        "ใบเสร็จเลขที่ {receipt_no} ถูกยกเลิกแล้ว (รายการ {reversal_no})",
        "Receipt {receipt_no} is already reversed (by {reversal_no}).",
    ),
    "life_plan_not_target": (
        "ครัวเรือนนี้ไม่อยู่ในรายชื่อครัวเรือนเป้าหมายของปีงบประมาณ {fiscal_year} จึงยังทำแผนพัฒนาชีวิตไม่ได้",
        "This household is not a target household of fiscal year {fiscal_year}, so it has no life-development plan.",
    ),
    "life_plan_item_description_required": (
        "กรุณาใส่รายละเอียดของรายการที่ {no} ในแผน",
        "Describe item {no} of the plan.",
    ),
    "life_plan_amount_negative": (
        "จำนวนเงินต่อเดือนติดลบไม่ได้ (รายการที่ {no})",
        "An amount a month cannot be negative (item {no}).",
    ),
    "life_plan_savings_negative": ("เป้าหมายการออมต่อเดือนติดลบไม่ได้", "The monthly savings target cannot be negative."),
    "life_plan_follow_up_in_future": (
        "วันที่ติดตามต้องไม่เกินวันนี้ ({today})",
        "The visit date cannot be after today ({today}).",
    ),
    "life_plan_follow_up_before_plan": (
        "วันที่ติดตามต้องไม่ก่อนวันที่จัดทำแผน ({made_on})",
        "The visit date cannot be before the plan was made ({made_on}).",
    ),
    # -- end repayments and life plans --
    # -- plan (services/plan.py) --
    "plan_over_cap": (
        "ขอรับการสนับสนุนรวม {total} บาท เกินวงเงินที่ขอได้ {cap} บาท อยู่ {over} บาท (บันทึกเป็นร่างได้ แต่ต้องลดงบประมาณก่อนอนุมัติแผน)",
        "The request of {total} baht is {over} baht above the cap of {cap} baht (it can be kept as a draft, but "
        "must be brought within the cap before the plan is approved).",
    ),
    "plan_over_cap_refused": (
        "อนุมัติหรือเสนอแผนไม่ได้ เพราะขอรับการสนับสนุนรวม {total} บาท เกินวงเงิน {cap} บาท อยู่ {over} บาท กรุณาลดงบประมาณก่อน",
        "The plan cannot be approved or submitted: its request of {total} baht is {over} baht above the cap of "
        "{cap} baht. Reduce the budget first.",
    ),
    "plan_over_cap_not_draft": (
        "แผนนี้ไม่ใช่ฉบับร่างแล้ว จึงขอรับการสนับสนุนเกินวงเงินไม่ได้: รวมเป็น {total} บาท เกินวงเงิน {cap} บาท อยู่ {over} บาท",
        "This plan is no longer a draft, so its request cannot go above the cap: it would be {total} baht, "
        "{over} baht above the cap of {cap} baht.",
    ),
    "plan_title_required": ("กรุณาใส่ชื่อแผน", "Give the plan a title."),
    "plan_meeting_in_future": (
        "วันประชุม {date} ยังไม่ถึง แต่บันทึกผู้เข้าประชุมหรือรายงานการประชุมไว้แล้ว กรุณาตรวจสอบวันประชุม",
        "The meeting date {date} is still to come, but attendees or minutes are recorded; check the date.",
    ),
    "plan_meeting_date_required": (
        "กรุณาใส่วันประชุมคณะกรรมการสถาบันก่อนอนุมัติแผน",
        "Give the date of the committee meeting before approving the plan.",
    ),
    "plan_no_projects": (
        "แผนต้องมีโครงการ/กิจกรรมอย่างน้อย 1 รายการก่อนอนุมัติ",
        "The plan needs at least one project or activity before it is approved.",
    ),
    "plan_project_name_required": ("กรุณาใส่ชื่อโครงการ/กิจกรรม", "Give the project or activity a name."),
    "plan_project_end_before_start": (
        "วันสิ้นสุดโครงการต้องไม่ก่อนวันเริ่มโครงการ",
        "The project cannot end before it starts.",
    ),
    "plan_project_outside_year": (
        "ระยะเวลาโครงการอยู่นอกปีงบประมาณ {year} ({first} – {last}) กรุณาตรวจสอบ",
        "The project's period lies outside fiscal year {year} ({first} – {last}); check it.",
    ),
    "plan_line_item_required": ("กรุณาใส่รายการค่าใช้จ่าย", "Give the budget item."),
    "plan_line_overspent": (
        "ใช้จ่ายจริง {spent} บาท เกินงบประมาณของรายการ {amount} บาท อยู่ {over} บาท",
        "Spent {spent} baht, {over} baht above the item's budget of {amount} baht.",
    ),
    "plan_quantity_invalid": (
        "จำนวนต้องเป็นตัวเลขไม่ติดลบ มีทศนิยมได้ไม่เกิน 2 ตำแหน่ง",
        "The quantity is a number, not negative, with at most 2 decimals.",
    ),
    "plan_missing": (
        "ยังไม่มีแผนการบริหารจัดการหนี้ของปีงบประมาณ {year} กรุณาบันทึกการประชุมก่อน",
        "There is no debt-management plan for fiscal year {year} yet; record the meeting first.",
    ),
    # -- end plan --
    # -- indicators --
    "ind_criterion_debtors_registered": (
        "สำรวจและจัดทำทะเบียนลูกหนี้ครัวเรือน",
        "Household debtors surveyed and registered",
    ),
    "ind_criterion_analysed": (
        "วิเคราะห์ข้อมูลและจัดชั้นลูกหนี้",
        "Debtor data analysed and debtors classified",
    ),
    "ind_criterion_targets_restructured": (
        "ปรับโครงสร้างหนี้ของครัวเรือนเป้าหมาย",
        "Target households' debts restructured",
    ),
    "ind_criterion_plan": ("สถาบันมีแผนการบริหารจัดการหนี้", "The institute has a debt-management plan"),
    "ind_criterion_households_1hh1c": (
        "บริหารจัดการหนี้ครัวเรือนเป้าหมายสู่ ๑ ครัวเรือน ๑ สัญญา ไม่น้อยกว่า {minimum} ครัวเรือน",
        "At least {minimum|# target household|# target households} at 1 household 1 contract",
    ),
    "ind_reading_debtors_registered": (
        "ผ่านเมื่อทะเบียนมีครัวเรือนและหนี้สิน ทุกครัวเรือนมีหัวหน้าครัวเรือน และหนี้กองทุนสมาชิกทุกรายการระบุกองทุน",
        "Passes when the register holds households with debts, every household has a head, and every debt owed "
        "to a member fund names the fund.",
    ),
    "ind_reading_analysed": (
        "ผ่านเมื่อครัวเรือนที่มีหนี้ทุกครัวเรือนบันทึกรายได้ (จึงจัดชั้นลูกหนี้ได้) และจัดทำรายชื่อครัวเรือนเป้าหมายแล้ว",
        "Passes when every household with a debt has its income recorded (so it can be classified) and the "
        "target list is drawn up.",
    ),
    "ind_reading_targets_restructured": (
        "ผ่านเมื่อยืนยัน (ล็อก) รายชื่อครัวเรือนเป้าหมายครบ {wanted} ครัวเรือน (หรือน้อยกว่าโดยบันทึกเหตุผลไว้) "
        "และครัวเรือนเป้าหมายทุกครัวเรือนได้ปรับโครงสร้างหนี้แล้ว คือ อยู่ใน ๑ ครัวเรือน ๑ สัญญา "
        "หรือหนี้กับเจ้าหนี้ภายนอกรายการใดรายการหนึ่งบันทึกวันที่ตกลงปรับโครงสร้าง/ประนอมหนี้แล้ว (ภายในวันที่ประเมิน)",
        "Passes when the target list of {wanted|# household|# households} is agreed (locked) — or a shorter one "
        "with its reason "
        "recorded — and every target household's debts were restructured: it is at 1HH1C, or one of its debts "
        "owed outside the institute records the day a rescheduling was agreed with the creditor (by the day of "
        "the reading).",
    ),
    "ind_reading_plan": (
        "ผ่านเมื่อแผนการบริหารจัดการหนี้ของปีได้รับอนุมัติ และขอรับการสนับสนุนไม่เกิน {cap} บาท",
        "Passes when the year's debt-management plan is approved and its request is within {cap} baht.",
    ),
    "ind_reading_households_1hh1c": (
        "ผ่านเมื่อครัวเรือนเป้าหมายอย่างน้อย {minimum} ครัวเรือนอยู่ใน ๑ ครัวเรือน ๑ สัญญา คือ "
        "หนี้กองทุนสมาชิกของสถาบันที่ยังค้างทุกรายการอยู่ในสัญญาที่ลงนามแล้วฉบับเดียว "
        "(ครัวเรือนที่ไม่อยู่ในรายชื่อเป้าหมายไม่นับ)",
        "Passes when at least {minimum|# target household|# target households} are at 1HH1C: all their open debts "
        "to the institute's "
        "member funds are in one signed contract (households off the target list do not count).",
    ),
    "ind_targets_short_list": (
        "รายชื่อครัวเรือนเป้าหมายมี {targets} ครัวเรือน น้อยกว่า {wanted} ครัวเรือน และไม่ได้บันทึกเหตุผลเมื่อยืนยันรายชื่อ",
        "The target list has {targets|# household|# households}, fewer than {wanted}, and no reason was recorded "
        "when it was locked.",
    ),
    "ind_registers_ok": (
        "มีครัวเรือนในทะเบียน {households} ครัวเรือน มีหนี้ {with_debts} ครัวเรือน",
        "{households|# household|# households} registered, {with_debts} of them with debts",
    ),
    "ind_no_households": ("ยังไม่มีครัวเรือนในทะเบียน", "No households are registered yet."),
    "ind_no_debts": (
        "มีครัวเรือน {households} ครัวเรือน แต่ยังไม่ได้บันทึกหนี้สินของครัวเรือนใด",
        "{households|# household is|# households are} registered, but no debt of any of them is recorded.",
    ),
    "ind_households_without_head": (
        "ครัวเรือน {count} ครัวเรือนยังไม่ได้ระบุหัวหน้าครัวเรือน",
        "{count|# household has|# households have} no head of household.",
    ),
    "ind_fund_debts_without_fund": (
        "หนี้กองทุนสมาชิก {count} รายการยังไม่ได้ระบุว่าเป็นหนี้ของกองทุนใด",
        "{count|# debt owed to a member fund does|# debts owed to a member fund do} not name the fund.",
    ),
    "ind_analysed_ok": (
        "จัดชั้นลูกหนี้ครบทั้ง {households} ครัวเรือน และจัดทำรายชื่อครัวเรือนเป้าหมายแล้ว",
        "{households|The # household|All # households} classified, and the target list drawn up",
    ),
    "ind_households_without_income": (
        "ครัวเรือนที่มีหนี้ {count} ครัวเรือนยังไม่ได้บันทึกรายได้ จึงจัดชั้นลูกหนี้ไม่ได้",
        "{count|# household with debts has|# households with debts have} no income recorded,"
        " so {count|it cannot|they cannot} be classified.",
    ),
    "ind_no_target_selection": (
        "ยังไม่ได้คัดเลือกครัวเรือนเป้าหมายจากผลการวิเคราะห์",
        "No target households have been selected from the analysis yet.",
    ),
    "ind_targets_ok": (
        "ครัวเรือนเป้าหมายทั้ง {targets} ครัวเรือนได้ปรับโครงสร้างหนี้แล้ว",
        "All {targets|# target household|# target households} have had their debts restructured",
    ),
    "ind_no_targets": ("ยังไม่มีรายชื่อครัวเรือนเป้าหมาย", "There is no list of target households yet."),
    "ind_targets_not_locked": (
        "รายชื่อครัวเรือนเป้าหมาย {targets} ครัวเรือนยังไม่ได้ยืนยัน (ล็อก)",
        "The list of {targets|# target household|# target households} is not agreed (locked) yet.",
    ),
    "ind_targets_without_contract": (
        "ครัวเรือนเป้าหมายปรับโครงสร้างหนี้แล้ว {done} จาก {targets} ครัวเรือน ยังขาดอีก {missing} ครัวเรือน",
        "{done} of {targets|# target household|# target households} have had their debts restructured; {missing} "
        "still to go.",
    ),
    "ind_plan_ok": (
        "แผนได้รับอนุมัติแล้ว ขอรับการสนับสนุน {total} บาท ไม่เกินวงเงิน {cap} บาท",
        "The plan is approved; its request of {total} baht is within the cap of {cap} baht",
    ),
    "ind_no_plan": (
        "ยังไม่มีแผนการบริหารจัดการหนี้ของสถาบัน",
        "The institute has no debt-management plan yet.",
    ),
    "ind_plan_not_approved": (
        "แผนการบริหารจัดการหนี้ยังเป็นฉบับร่าง ยังไม่ได้รับอนุมัติ",
        "The debt-management plan is still a draft, not approved.",
    ),
    "ind_plan_over_cap": (
        "แผนขอรับการสนับสนุน {total} บาท เกินวงเงิน {cap} บาท อยู่ {over} บาท",
        "The plan requests {total} baht, {over} baht above the cap of {cap} baht.",
    ),
    "ind_1hh1c_ok": (
        "{households} ครัวเรือนอยู่ที่ ๑ ครัวเรือน ๑ สัญญา (เกณฑ์ไม่น้อยกว่า {minimum})",
        "{households|# household|# households} at 1 household 1 contract (at least {minimum} needed)",
    ),
    "ind_1hh1c_short": (
        "มี {households} ครัวเรือนที่ ๑ ครัวเรือน ๑ สัญญา ยังขาดอีก {missing} ครัวเรือนจึงจะถึงเกณฑ์ {minimum} ครัวเรือน",
        "{households|# household|# households} at 1 household 1 contract; {missing} more needed to reach {minimum}.",
    ),
    "ind_no_institute": (
        "ยังไม่มีสถาบันในฐานข้อมูล",
        "There is no institute in the database yet.",
    ),
    # -- end indicators --
    # -- report rounds --
    "report_round_unknown": (
        "ไม่มีรายงานรอบที่ {round_no} ในปีงบประมาณนี้ (ตามค่ากำหนดของปีงบประมาณมี {rounds} รอบ)",
        "There is no report round {round_no} this fiscal year (its profile has {rounds|# round|# rounds}).",
    ),
    "report_round_already_submitted": (
        "รายงานรอบที่ {round_no} ส่งแล้ว จึงแก้ไขหรือส่งซ้ำไม่ได้ หากต้องแก้ไขให้รายงานในรอบถัดไป",
        "Round {round_no} has already been submitted: it cannot be changed or submitted again. Report a "
        "correction in a later round.",
    ),
    "report_round_later_submitted": (
        "ส่งรายงานรอบที่ {round_no} ไม่ได้ เพราะส่งรอบที่ {later} ไปแล้ว",
        "Round {round_no} cannot be submitted: round {later} has already been submitted.",
    ),
    "report_round_as_of_before_year": (
        "วันที่ของข้อมูลต้องไม่ก่อนวันเริ่มปีงบประมาณ ({start})",
        "The report date cannot be before the fiscal year starts ({start}).",
    ),
    "report_round_as_of_after_month": (
        "วันที่ของข้อมูลต้องไม่เกินวันสิ้นเดือนของรอบรายงาน ({end})",
        "The report date cannot be after the end of the round's month ({end}).",
    ),
    "report_round_as_of_before_previous": (
        "วันที่ของข้อมูลต้องไม่ก่อนวันที่ของรายงานรอบที่ส่งครั้งก่อน ({previous})",
        "The report date cannot be before that of the last submitted round ({previous}).",
    ),
    "report_round_officer_required": (
        "กรุณาระบุชื่อเจ้าหน้าที่ผู้ส่งรายงาน",
        "Name the officer who submits the report.",
    ),
    "report_round_not_submitted": (
        "รายงานรอบที่ {round_no} ยังไม่ได้ส่ง",
        "Round {round_no} has not been submitted.",
    ),
    "report_round_tampered": (
        "ข้อมูลรายงานรอบที่ {round_no} ปีงบประมาณ {fiscal_year} ที่ส่งแล้วถูกแก้ไขภายหลัง: รหัสตรวจสอบไม่ตรงกัน "
        "(บันทึกไว้ {stored}… คำนวณได้ {actual}…) ห้ามใช้ข้อมูลนี้ กรุณาแจ้งผู้ดูแลระบบ",
        "The submitted report of round {round_no}, fiscal year {fiscal_year}, was changed after submission: its "
        "hash does not match (stored {stored}…, found {actual}…). Do not use it; tell the administrator.",
    ),
    # -- end report rounds --
    # -- activities --
    # Activity tracking (cdfi_desktop.domain.activity_deadlines, cdfi_desktop.services.activity_tracking).
    "activity_name_committee_workshop": ("ประชุมเชิงปฏิบัติการคณะกรรมการสถาบัน", "Committee workshop"),
    "activity_name_founding": ("จัดตั้งสถาบันการจัดการเงินทุนชุมชน", "Founding the institute"),
    "activity_name_debt_management": ("สำนึกดี แผนดี บริหารหนี้ได้", "Debt-management activity"),
    "activity_state_done_on_time": ("ดำเนินการแล้ว ทันกำหนด", "Done on time"),
    "activity_state_done_late": ("ดำเนินการแล้ว ช้ากว่ากำหนด {days} วัน", "Done, {days|# day|# days} late"),
    "activity_state_due_soon": ("ใกล้ครบกำหนด (เหลือ {days} วัน)", "Due soon ({days|# day|# days} left)"),
    "activity_state_overdue": ("เกินกำหนด {days} วัน", "Overdue by {days|# day|# days}"),
    "activity_state_upcoming": ("ยังไม่ถึงกำหนด (เหลือ {days} วัน)", "Not due yet ({days|# day|# days} left)"),
    "activity_state_cancelled": ("ยกเลิก", "Cancelled"),
    "activity_state_not_applicable": ("ไม่ต้องดำเนินการ", "Not applicable"),
    "activity_quarter": ("ไตรมาส {quarter}", "Q{quarter}"),
    "activity_quarters": ("ไตรมาส {first}–{last}", "Q{first}–Q{last}"),
    "activity_unit_institutes": ("{count} สถาบัน", "{count|# institute|# institutes}"),
    "activity_unit_households": ("{count} ครัวเรือน", "{count|# household|# households}"),
    "activity_step_targets": (
        "ครัวเรือนเป้าหมาย {count} ครัวเรือน (ยืนยัน {date})",
        "{count|# target household|# target households} (locked {date})",
    ),
    "activity_step_targets_open": (
        "ครัวเรือนเป้าหมาย {count} ครัวเรือน (ยังไม่ยืนยันรายชื่อ)",
        "{count|# target household|# target households} (list not locked yet)",
    ),
    "activity_step_training": (
        "อบรม {days} วัน {first}–{last} ผ่านหลักสูตร {completed} ครัวเรือน",
        "Training of {days|# day|# days}, {first}–{last}: {completed|# household|# households} completed",
    ),
    "activity_step_training_open": ("อบรมแล้ว {held} จาก {days} วัน", "Training: {held} of {days|# day|# days} held"),
    "activity_step_training_missing": ("ยังไม่ได้บันทึกการอบรม", "Training not recorded yet"),
    "activity_step_plan": ("ประชุมจัดทำแผนการบริหารจัดการหนี้ {date}", "Plan meeting {date}"),
    "activity_step_plan_missing": (
        "ยังไม่ได้ประชุมจัดทำแผนการบริหารจัดการหนี้",
        "The committee's plan meeting not held yet",
    ),
    "activity_step_contracts": (
        "ทำสัญญา ๑ ครัวเรือน ๑ สัญญา แล้ว {count} ครัวเรือน ({first}–{last})",
        "{count|# household|# households} at 1HH1C ({first}–{last})",
    ),
    "activity_step_no_contracts": ("ยังไม่มีสัญญา ๑ ครัวเรือน ๑ สัญญา", "No 1HH1C contract yet"),
    "activity_step_done_on": ("ดำเนินการเมื่อ {date}", "Held on {date}"),
    "activity_step_planned_on": ("กำหนดจัด {date}", "Planned for {date}"),
    "activity_warn_overdue": (
        "{activity}: เลยกำหนด {deadline} มาแล้ว {days} วัน ยังไม่ได้ดำเนินการ",
        "{activity}: {days|# day|# days} past its deadline of {deadline} and not done",
    ),
    "activity_warn_due_soon": (
        "{activity}: ต้องดำเนินการให้เสร็จภายใน {deadline} (เหลือ {days} วัน)",
        "{activity}: due by {deadline} ({days|# day|# days} left)",
    ),
    "activity_warn_done_late": (
        "{activity}: ดำเนินการเสร็จ {done} ช้ากว่ากำหนด {deadline} อยู่ {days} วัน",
        "{activity}: done on {done}, {days|# day|# days} after its deadline of {deadline}",
    ),
    "activity_warn_over_budget": (
        "{activity}: ใช้จ่ายไป {spent} บาท เกินงบประมาณ {budget} บาท",
        "{activity}: {spent} baht spent, above its budget of {budget} baht",
    ),
    "activity_warn_no_record": (
        "{activity}: ยังไม่มีรายการกิจกรรมของปีงบประมาณ {year} (งบประมาณและการใช้จ่าย) บันทึกได้ที่หน้าสถาบัน",
        "{activity}: no activity record for fiscal year {year} (budget and spending); add it on the institute screen",
    ),
    "activity_warn_record_not_done": (
        "{activity}: ข้อมูลการอบรมและการประชุมแสดงว่าเสร็จแล้วเมื่อ {done} แต่รายการกิจกรรมยังไม่ได้บันทึกว่าเสร็จ",
        "{activity}: the training and meeting records show it done on {done}, but its activity record is not "
        "marked done",
    ),
    "activity_warn_cancelled": ("{activity}: ยกเลิกแล้ว", "{activity}: cancelled"),
    "activity_warn_not_for_new": (
        "{activity}: มีรายการบันทึกไว้ แต่สถาบันที่จัดตั้งใหม่ในปีนี้ไม่ต้องดำเนินกิจกรรมนี้",
        "{activity}: recorded, but an institute founded this year does not hold it",
    ),
    "activity_warn_not_for_existing": (
        "{activity}: มีรายการบันทึกไว้ แต่สถาบันเดิมไม่ต้องดำเนินกิจกรรมนี้",
        "{activity}: recorded, but an existing institute does not hold it",
    ),
    "activity_bpm_activity": ("กิจกรรม", "Activity"),
    "activity_bpm_quarter": ("ไตรมาส", "Quarter"),
    "activity_bpm_target": ("เป้าหมาย", "Target"),
    "activity_bpm_result": ("ผลการดำเนินงาน", "Result to date"),
    "activity_bpm_budget": ("งบประมาณ (บาท)", "Budget (baht)"),
    "activity_bpm_spent": ("เบิกจ่าย (บาท)", "Spent (baht)"),
    "activity_bpm_spent_pct": ("ร้อยละการเบิกจ่าย", "% spent"),
    "activity_bpm_status": ("สถานะ", "Status"),
    "activity_bpm_details": ("รายละเอียด", "Details"),
    "activity_status_planned": ("วางแผนไว้", "Planned"),
    "activity_status_in_progress": ("กำลังดำเนินการ", "In progress"),
    "activity_status_done": ("ดำเนินการแล้ว", "Done"),
    "activity_status_cancelled": ("ยกเลิก", "Cancelled"),
    "activity_kind_debtor_survey": ("สำรวจและจัดทำทะเบียนลูกหนี้", "Debtor survey and register"),
    "activity_kind_other": ("กิจกรรมอื่น", "Other activity"),
    # -- end activities --
    # -- evidence --
    "evidence_item_household_register": (
        "ทะเบียนข้อมูลครัวเรือนและภาวะหนี้สินของครัวเรือน",
        "Register of households and their debt status",
    ),
    "evidence_item_debtor_register": (
        "ทะเบียนข้อมูลลูกหนี้ทั้งหมดของกลุ่ม/องค์กรกองทุนการเงินที่เป็นสมาชิกสถาบัน",
        "Register of all debtors of the member funds",
    ),
    "evidence_item_debtor_analysis": ("การวิเคราะห์ข้อมูลและจัดประเภทลูกหนี้", "Debtor analysis and classification"),
    "evidence_item_target_households": ("รายชื่อครัวเรือนเป้าหมาย", "Target household list"),
    "evidence_item_participation_records": (
        "แบบบันทึกการเข้าร่วมโครงการการบริหารจัดการหนี้ ๑ ครัวเรือน ๑ สัญญา",
        "Participation records of the 1HH1C project",
    ),
    "evidence_item_training": (
        "ใบลงชื่อและสรุปการเข้ารับการอบรม “สำนึกดี แผนดี บริหารหนี้ได้”",
        "Training sign-in sheets and attendance summary",
    ),
    "evidence_item_debt_management_plan": ("แผนการบริหารจัดการหนี้ของสถาบัน", "The institute's debt-management plan"),
    "evidence_item_meeting_minutes": (
        "รายงานการประชุมวางแผนการบริหารจัดการหนี้ (สำเนา)",
        "Minutes of the planning meeting (scans)",
    ),
    "evidence_item_contracts_1hh1c": (
        "สัญญาการถ่ายโอนภาระหนี้สิน ๑ ครัวเรือน ๑ สัญญา",
        "Debt-transfer contracts (1 household 1 contract)",
    ),
    "evidence_item_report_rounds": (
        "ทะเบียนและแบบรายงานการบริหารจัดการหนี้ไปสู่ ๑ ครัวเรือน ๑ สัญญา (รายงาน ๒ รอบ)",
        "1HH1C register and report form (two rounds)",
    ),
    "evidence_item_life_plans": ("แผนพัฒนาชีวิตครัวเรือนเป้าหมาย", "Life-development plans of the target households"),
    "evidence_item_photos": ("ภาพถ่ายการดำเนินกิจกรรม", "Photographs of the activities"),
    "evidence_count_household_register": ("{count} ครัวเรือน", "{count|# household|# households}"),
    "evidence_count_debtor_register": ("หนี้กับกองทุนสมาชิก {count} รายการ", "{count|# debt|# debts} owed to member funds"),
    "evidence_count_debtor_analysis": ("ครัวเรือนที่มีหนี้ {count} ครัวเรือน", "{count|# household|# households} with debts"),
    "evidence_count_target_households": (
        "{count} จาก {expected} ครัวเรือน",
        "{count} of {expected|# household|# households}",
    ),
    "evidence_count_participation_records": (
        "ลงนามแล้ว {count} จาก {expected} ครัวเรือน",
        "{count} of {expected|# household|# households} signed",
    ),
    "evidence_count_training": ("อบรมครบหลักสูตร {count} คน", "{count} completed the course"),
    "evidence_count_debt_management_plan": (
        "{count} โครงการ/กิจกรรม",
        "{count|# project or activity|# projects or activities}",
    ),
    "evidence_count_meeting_minutes": ("{count} ไฟล์", "{count|# file|# files}"),
    "evidence_count_contracts_1hh1c": (
        "{count} ครัวเรือน (เกณฑ์อย่างน้อย {expected})",
        "{count|# household|# households} (at least {expected})",
    ),
    "evidence_count_report_rounds": (
        "ส่งแล้ว {count} จาก {expected} รอบ",
        "{count} of {expected|# round|# rounds} submitted",
    ),
    "evidence_count_life_plans": ("{count} จาก {expected} ครัวเรือน", "{count} of {expected|# household|# households}"),
    "evidence_count_photos": ("{count} ภาพ", "{count|# photo|# photos}"),
    "evidence_missing_households": ("ยังไม่มีครัวเรือนในทะเบียน", "No household is registered yet."),
    "evidence_missing_funds": ("ยังไม่ได้บันทึกกองทุนสมาชิกของสถาบัน", "No member fund of the institute is recorded yet."),
    "evidence_missing_fund_debts": (
        "ยังไม่มีหนี้ที่ค้างกับกองทุนสมาชิกในทะเบียน",
        "No debt owed to a member fund is registered yet.",
    ),
    "evidence_missing_debts": (
        "ยังไม่มีครัวเรือนที่มีหนี้ในทะเบียน จึงยังวิเคราะห์และจัดประเภทลูกหนี้ไม่ได้",
        "No household with debts is registered, so there is nothing to analyse and classify.",
    ),
    "evidence_missing_income": (
        "ครัวเรือนที่มีหนี้แต่ยังไม่ได้บันทึกรายได้ {count} ครัวเรือน: {codes}",
        "Households with debts but no income recorded ({count}): {codes}",
    ),
    "evidence_missing_income_more": (
        "ครัวเรือนที่มีหนี้แต่ยังไม่ได้บันทึกรายได้ {count} ครัวเรือน: {codes} และอีก {more} ครัวเรือน",
        "Households with debts but no income recorded ({count}): {codes} and {more} more",
    ),
    "evidence_missing_targets": (
        "ยังไม่ได้คัดเลือกครัวเรือนเป้าหมาย {wanted} ครัวเรือน",
        "The {wanted|# target household|# target households} are not selected yet.",
    ),
    "evidence_missing_targets_short": (
        "คัดเลือกครัวเรือนเป้าหมายแล้ว {count} ครัวเรือน ยังไม่ครบ {wanted} ครัวเรือน",
        "Only {count} of the {wanted|# target household|# target households} are selected.",
    ),
    "evidence_missing_targets_unlocked": (
        "ยังไม่ได้ยืนยันรายชื่อครัวเรือนเป้าหมาย",
        "The target list is not locked yet.",
    ),
    "evidence_missing_no_targets": ("ยังไม่มีครัวเรือนเป้าหมาย", "There are no target households yet."),
    "evidence_missing_participation": (
        "ครัวเรือนเป้าหมายที่ยังไม่มีแบบบันทึกการเข้าร่วมที่ลงนาม {count} ครัวเรือน: {codes}",
        "Target households without a signed participation record ({count}): {codes}",
    ),
    "evidence_missing_participation_more": (
        "ครัวเรือนเป้าหมายที่ยังไม่มีแบบบันทึกการเข้าร่วมที่ลงนาม {count} ครัวเรือน: {codes} และอีก {more} ครัวเรือน",
        "Target households without a signed participation record ({count}): {codes} and {more} more",
    ),
    "evidence_missing_course": ("ยังไม่ได้บันทึกการอบรม", "The training course is not recorded yet."),
    "evidence_missing_participants": ("ยังไม่มีรายชื่อผู้เข้ารับการอบรม", "The course has no participants yet."),
    "evidence_missing_days": ("ยังไม่ได้กำหนดวันอบรม", "The course has no days yet."),
    "evidence_missing_day_dates": ("วันอบรมวันที่ {days} ยังไม่ได้ระบุวันที่", "Course day {days} has no date."),
    "evidence_missing_attendance": (
        "วันอบรมวันที่ {days} ยังไม่ได้บันทึกการเข้าอบรม",
        "Attendance is not marked for course day {days}.",
    ),
    "evidence_missing_plan": ("ยังไม่ได้จัดทำแผนการบริหารจัดการหนี้", "The debt-management plan is not made yet."),
    "evidence_missing_projects": ("แผนยังไม่มีโครงการ/กิจกรรม", "The plan has no project or activity yet."),
    "evidence_missing_plan_draft": (
        "แผนยังเป็นฉบับร่าง ยังไม่ได้รับความเห็นชอบ",
        "The plan is still a draft, not approved.",
    ),
    "evidence_missing_minutes": (
        "ยังไม่ได้แนบสำเนารายงานการประชุม",
        "No scan of the meeting's minutes is attached.",
    ),
    "evidence_missing_contracts": (
        "ครัวเรือนเป้าหมายอยู่ใน ๑ ครัวเรือน ๑ สัญญาแล้ว {count} ครัวเรือน ยังไม่ถึงเกณฑ์ {wanted} ครัวเรือน",
        "{count|# target household is|# target households are} at 1HH1C; the criterion is at least {wanted}.",
    ),
    "evidence_missing_round": (
        "รายงานรอบที่ {round_no} (เดือน{month_th}) ยังไม่ได้ส่ง",
        "Round {round_no} ({month_en}) is not submitted yet.",
    ),
    "evidence_missing_life_plans": (
        "ครัวเรือนเป้าหมายที่ยังไม่มีแผนพัฒนาชีวิต {count} ครัวเรือน: {codes}",
        "Target households without a life-development plan ({count}): {codes}",
    ),
    "evidence_missing_life_plans_more": (
        "ครัวเรือนเป้าหมายที่ยังไม่มีแผนพัฒนาชีวิต {count} ครัวเรือน: {codes} และอีก {more} ครัวเรือน",
        "Target households without a life-development plan ({count}): {codes} and {more} more",
    ),
    "evidence_missing_photos": (
        "ยังไม่ได้แนบภาพถ่ายการดำเนินกิจกรรม",
        "No photograph of the activities is attached.",
    ),
    "evidence_kind_unknown": ("ประเภทหลักฐาน “{kind}” ไม่ถูกต้อง", "Unknown kind of evidence: “{kind}”."),
    "evidence_kind_photo": ("ภาพถ่าย", "Photo"),
    "evidence_kind_minutes": ("รายงานการประชุม", "Minutes"),
    "evidence_kind_form": ("แบบฟอร์มที่ลงนาม", "Signed form"),
    "evidence_kind_other": ("อื่น ๆ", "Other"),
    # -- end evidence --
    # Institute set-up (cdfi_desktop.domain.institute_rules, cdfi_desktop.services.institute).
    "text_too_long": ("ข้อความยาวเกิน {limit} ตัวอักษร", "Too long: at most {limit} characters."),
    "province_required": ("กรุณาเลือกจังหวัด", "Choose the province."),
    "district_required": ("กรุณาเลือกอำเภอ", "Choose the district."),
    "subdistrict_required": ("กรุณาเลือกตำบล", "Choose the subdistrict."),
    "area_code_invalid": ("รหัสพื้นที่ {area_code} ไม่ถูกต้อง", "{area_code} is not a valid area code."),
    "area_inconsistent": (
        "รหัสพื้นที่ {area_code} ไม่อยู่ในพื้นที่รหัส {parent} ที่เลือกไว้",
        "{area_code} does not lie inside the area {parent} chosen above.",
    ),
    "area_unknown": ("ไม่พบรหัสพื้นที่ {area_code} ในรายชื่อพื้นที่ทางการ", "No official area has the code {area_code}."),
    "fiscal_year_out_of_range": (
        "ปีงบประมาณ {year} ไม่อยู่ในช่วงที่เป็นไปได้ (พ.ศ. {first}–{last})",
        "Fiscal year {year} is out of range (B.E. {first}–{last}).",
    ),
    "founding_outside_cohort_year": (
        "สถาบันจัดตั้งใหม่ แต่วันที่จัดตั้งอยู่ในปีงบประมาณ {founded_year} ไม่ใช่ปีงบประมาณของรุ่น ({cohort_year}) กรุณาตรวจสอบ",
        "A new institute, but its founding date falls in fiscal year {founded_year}, not its cohort's "
        "({cohort_year}); check it.",
    ),
    "committee_role_required": ("กรุณาเลือกตำแหน่งในคณะกรรมการสถาบัน", "Choose the committee role."),
    "term_end_before_start": ("วันสิ้นสุดวาระต้องอยู่หลังวันเริ่มวาระ", "The term must end after it starts."),
    "fund_type_required": ("กรุณาเลือกประเภทกองทุน", "Choose the type of fund."),
    "count_out_of_range": ("จำนวน {count} ไม่อยู่ในช่วงที่เป็นไปได้", "{count} is out of range."),
    "fund_no_lending_terms": (
        "กองทุนที่ไม่ให้กู้ไม่มีวงเงินการปล่อยกู้ อัตราดอกเบี้ยหรือระยะเวลาผ่อน",
        "A fund that does not lend has no lending limit, rate or term.",
    ),
    "lending_limit_above_capital": (
        "วงเงินการปล่อยกู้ต่อราย {limit} บาท สูงกว่าเงินทุนทั้งหมดของกองทุน ({capital} บาท) กรุณาตรวจสอบ",
        "The lending limit of {limit} baht is above the fund's whole capital ({capital} baht); check it.",
    ),
    "activity_kind_required": ("กรุณาเลือกกิจกรรม", "Choose the activity."),
    "activity_done_date_required": (
        "กิจกรรมที่ดำเนินการแล้วต้องมีวันที่ดำเนินการ",
        "A done activity needs the date it was done.",
    ),
    "activity_done_date_not_done": (
        "ใส่วันที่ดำเนินการได้เฉพาะกิจกรรมที่ดำเนินการแล้ว",
        "Only a done activity has a done date.",
    ),
    "activity_over_budget": (
        "ใช้จ่ายจริง {spent} บาท เกินงบประมาณ {budget} บาท",
        "Spent {spent} baht, above the budget of {budget} baht.",
    ),
    "core_fund_invalid": (
        "กองทุนแกนหลักต้องเป็นกองทุนสมาชิกของสถาบันนี้",
        "The core fund must be one of this institute's member funds.",
    ),
    "fund_has_open_debts": (
        "ลบกองทุนนี้ไม่ได้ เพราะยังมีหนี้คงค้างกับกองทุนอีก {count} รายการ",
        "This fund cannot be removed: {count|# open debt is|# open debts are} still owed to it.",
    ),
    "fund_is_core": (
        "ลบกองทุนนี้ไม่ได้ เพราะเป็นกองทุนแกนหลักของสถาบัน กรุณาตั้งกองทุนอื่นเป็นแกนหลักก่อน",
        "This is the institute's core fund; make another fund the core before removing it.",
    ),
    "demo_not_empty": (
        "ฐานข้อมูลนี้มีข้อมูลสถาบันอยู่แล้ว จึงไม่สร้างข้อมูลตัวอย่างทับ",
        "This database already holds an institute; demo data is only made in an empty database.",
    ),
}


def shown(value: object, language: str) -> object:
    """A parameter as people read it: amounts with commas, dates in B.E. (Thai) or d/m/Y."""
    if isinstance(value, Decimal):
        return format_baht(value)
    if isinstance(value, Percent):
        return f"{value.value.normalize():f}"
    if isinstance(value, date):
        return format_date_be(value, style="short") if language == "th" else value.strftime("%d/%m/%Y")
    return value


# A counted phrase of an English text: ``{count|# household has|# households have}`` says the singular form when
# ``count`` is 1 and the plural otherwise, ``#`` standing for the number (Thai has no plural and needs none).
_COUNTED = re.compile(r"\{(\w+)\|([^|{}]*)\|([^|{}]*)\}")


def _counted(template: str, params: dict[str, object]) -> str:
    def form(match: re.Match[str]) -> str:
        name, one, many = match.groups()
        chosen = one if params.get(name) == 1 else many
        return chosen.replace("#", "{" + name + "}")

    return _COUNTED.sub(form, template)


def message(code: str, language: str = "th", /, **params: object) -> str:
    """The text for ``code`` in ``language`` ("th" or "en"), with ``params`` filled in (amounts, dates shown)."""
    th, en = _TEXTS.get(code, (code, code))
    template = _counted(en if language == "en" else th, params)
    try:
        return template.format(**{key: shown(value, language) for key, value in params.items()})
    except (KeyError, IndexError):
        return template


def known(code: str) -> bool:
    return code in _TEXTS
