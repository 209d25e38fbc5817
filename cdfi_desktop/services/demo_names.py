"""Word lists for the demo institute: Thai given names, surnames, village names, outside creditors."""

from __future__ import annotations

MALE_NAMES = (
    "สมชาย",
    "สมศักดิ์",
    "สมพงษ์",
    "บุญมี",
    "บุญเรือง",
    "ประสิทธิ์",
    "ประเสริฐ",
    "สุรชัย",
    "วิชัย",
    "ชัยวัฒน์",
    "ทองดี",
    "ทองสุข",
    "คำปั่น",
    "คำพอง",
    "หนูเพียร",
    "สมหมาย",
    "สุวิทย์",
    "อนันต์",
    "เกรียงไกร",
    "ณรงค์",
    "บรรจง",
    "ไพบูลย์",
    "วีระ",
    "สมบัติ",
    "ศักดิ์ชัย",
    "จำลอง",
    "มานพ",
    "สมาน",
    "ธนากร",
    "อภิชาติ",
    "พิทักษ์",
    "สุพจน์",
    "เสถียร",
    "ประยูร",
    "สายันต์",
    "บุญส่ง",
    "อุดม",
    "วันชัย",
    "ชาตรี",
    "สงกรานต์",
    "ธีระ",
    "กิตติ",
    "ปัญญา",
    "เฉลิม",
    "สำราญ",
    "อำนาจ",
    "นิพนธ์",
    "จักรพันธ์",
    "พงษ์ศักดิ์",
    "ภูวดล",
)
FEMALE_NAMES = (
    "สมหญิง",
    "บุญมา",
    "ทองใบ",
    "คำมี",
    "สมศรี",
    "มาลี",
    "สุนีย์",
    "วันเพ็ญ",
    "บัวผัน",
    "บัวลอย",
    "ประนอม",
    "ละเอียด",
    "อรุณี",
    "จันทร์เพ็ญ",
    "สุภาพ",
    "นงลักษณ์",
    "พรทิพย์",
    "กาญจนา",
    "วิไลวรรณ",
    "รัตนา",
    "ทองม้วน",
    "คำแพง",
    "สายสุนีย์",
    "ลำดวน",
    "อำไพ",
    "จิราพร",
    "ศิริพร",
    "ปราณี",
    "สมใจ",
    "บุญเรือน",
    "หอมจันทร์",
    "แสงเดือน",
    "ดวงใจ",
    "เพ็ญศรี",
    "นวลจันทร์",
    "อัมพร",
    "ยุพิน",
    "สุดารัตน์",
    "ชไมพร",
    "พิมพ์ใจ",
    "มะลิ",
    "ทองพูน",
    "ประภา",
    "อนงค์",
    "สมปอง",
    "วาสนา",
    "กนกวรรณ",
    "ณัฐธิดา",
    "ปิยะนุช",
    "อุไรวรรณ",
)
SURNAMES = (
    "ศรีสุข",
    "ใจดี",
    "บุญมา",
    "ทองคำ",
    "แก้วมณี",
    "พรหมมา",
    "สุขประเสริฐ",
    "ศรีวงศ์",
    "จันทร์หอม",
    "คำภา",
    "ภูมิภักดิ์",
    "อินทร์แก้ว",
    "มีสุข",
    "ชัยมงคล",
    "สมบูรณ์",
    "วงศ์ไทย",
    "ทองมา",
    "บุญเรือง",
    "แสนสุข",
    "พันธ์ดี",
    "ศรีบุญเรือง",
    "นาคสวัสดิ์",
    "คำแก้ว",
    "พลศรี",
    "ประทุมมา",
    "สีดา",
    "ขันทอง",
    "โพธิ์ศรี",
    "ดวงแก้ว",
    "ไชยสิทธิ์",
    "บุตรดี",
    "ศรีภูมิ",
    "อุ่นเรือน",
    "สายทอง",
    "แสงสว่าง",
    "รักษาสัตย์",
    "มั่นคง",
    "ชาญชัย",
    "พิมพ์สวัสดิ์",
    "ทองสุข",
    "คงเจริญ",
    "นาคประเสริฐ",
    "สุวรรณศรี",
    "วิเศษสุข",
    "ปัญญาดี",
    "กองแก้ว",
    "หอมสมบัติ",
    "จำปาทอง",
    "บัวศรี",
    "ภูผาทอง",
    "ผิวเหลือง",
    "นามวงศ์",
    "ศรีสมบัติ",
    "แก่นจันทร์",
    "ชมภู",
    "เหล่าดี",
    "ทาสีดำ",
    "มูลมณี",
    "สิทธิโชค",
    "อ่อนศรี",
)
VILLAGE_PREFIXES = ("โนน", "หนอง", "ดอน", "นา", "โคก", "ห้วย", "บึง", "ท่า", "สระ", "ป่า", "วัง", "หัว")
VILLAGE_SUFFIXES = (
    "สะอาด",
    "แดง",
    "ใหญ่",
    "น้อย",
    "คำ",
    "ทอง",
    "สวรรค์",
    "เจริญ",
    "สำราญ",
    "ศรีสุข",
    "งาม",
    "บัว",
    "ไผ่",
    "แก",
    "ม่วง",
)
BANKS = ("ธนาคารออมสิน", "ธนาคารกรุงไทย", "ธนาคารอาคารสงเคราะห์")
BAAC = "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร (ธ.ก.ส.)"
COOPERATIVES = ("สหกรณ์การเกษตรอำเภอ", "สหกรณ์ออมทรัพย์ครู", "สหกรณ์ผู้ใช้น้ำ")
INFORMAL_LENDERS = ("เงินกู้นอกระบบ (นายทุนในหมู่บ้าน)", "เงินกู้รายวัน", "นายทุนต่างหมู่บ้าน")
SHOPS = ("ร้านค้าปุ๋ยและเคมีเกษตร", "ร้านค้าชุมชน (ค้างจ่าย)", "ร้านวัสดุก่อสร้าง")
RELATIVES = ("ญาติ (ยืมเงิน)", "เพื่อนบ้าน (ยืมเงิน)")
OCCUPATIONS_HEAD = ("ทำนา", "ทำไร่มันสำปะหลัง", "ปลูกอ้อย", "รับจ้างทั่วไป", "ค้าขาย", "เลี้ยงสัตว์", "ทำสวนยางพารา")
OCCUPATIONS_OTHER = ("นักเรียน", "รับจ้างทั่วไป", "พนักงานโรงงาน", "ช่วยงานบ้าน", "ทำนา", "ค้าขาย", "")

# Who can hold an occupation: the ages (in whole years on the demo's day) it fits. A child under school age has
# none (""), a pupil is of school age, a student of university age; nobody works the fields or a job before 15,
# and a pensioner or an elder "without work" is old. Occupations not listed fit any working age (15–80).
STUDENT = "นักเรียน"
UNIVERSITY_STUDENT = "นักศึกษา"
NO_OCCUPATION = "ไม่ได้ประกอบอาชีพ"
PENSIONER = "ข้าราชการบำนาญ"
WORKING_AGES = (15, 80)
OCCUPATION_AGES: dict[str, tuple[int, int]] = {
    "": (0, 5),
    STUDENT: (6, 18),
    UNIVERSITY_STUDENT: (18, 24),
    "พนักงานโรงงาน": (18, 55),
    "ช่วยงานบ้าน": (15, 90),
    NO_OCCUPATION: (65, 120),
    PENSIONER: (60, 120),
}


def occupation_ages(occupation: str) -> tuple[int, int]:
    """The youngest and oldest age ``occupation`` fits."""
    return OCCUPATION_AGES.get(occupation, WORKING_AGES)


def occupation_fits(occupation: str, age: int) -> bool:
    low, high = occupation_ages(occupation)
    return low <= age <= high


def occupations_for_age(age: int, *, couple: bool) -> tuple[str, ...]:
    """What a person of ``age`` may do: a household's head or spouse from the farming household's occupations, others
    from the family's; a child by its schooling; an elder, besides, retired or without work."""
    pool = (*OCCUPATIONS_HEAD, *OCCUPATIONS_OTHER) if couple else OCCUPATIONS_OTHER
    extra = (UNIVERSITY_STUDENT, NO_OCCUPATION, PENSIONER, "ช่วยงานบ้าน")
    fitting = tuple(dict.fromkeys(o for o in (*pool, *extra) if occupation_fits(o, age)))
    return fitting or ("",)
