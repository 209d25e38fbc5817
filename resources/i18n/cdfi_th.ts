<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th_TH">
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="424" />
        <source>Program activity</source>
        <translation>กิจกรรมตามโครงการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="424" />
        <source>New program activity</source>
        <translation>เพิ่มกิจกรรมตามโครงการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="428" />
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="429" />
        <source>Activity title</source>
        <translation>ชื่อกิจกรรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="430" />
        <source>Fiscal year (B.E.)</source>
        <translation>ปีงบประมาณ (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="431" />
        <source>Planned for</source>
        <translation>วันที่กำหนด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="432" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="433" />
        <source>Done on</source>
        <translation>วันที่ดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="434" />
        <source>Budget (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="435" />
        <source>Spent (baht)</source>
        <translation>ใช้จ่ายจริง (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="436" />
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="441" />
        <source>Choose the activity</source>
        <translation>เลือกกิจกรรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="444" />
        <source>dd/mm/yyyy (B.E.)</source>
        <translation>วว/ดด/ปปปป (พ.ศ.)</translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="220" />
        <source>Committee member</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="220" />
        <source>New committee member</source>
        <translation>เพิ่มกรรมการสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="224" />
        <source>Name and surname</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="225" />
        <source>Role</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="226" />
        <source>Citizen ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="227" />
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="228" />
        <source>Term starts</source>
        <translation>วันเริ่มวาระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="229" />
        <source>Term ends</source>
        <translation>วันสิ้นสุดวาระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="234" />
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="235" />
        <source>dd/mm/yyyy (B.E.)</source>
        <translation>วว/ดด/ปปปป (พ.ศ.)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../cdfi_desktop/ui/widgets/fields.py" line="216" />
        <source>dd/mm/yyyy (B.E.)</source>
        <translation>วว/ดด/ปปปป (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/widgets/fields.py" line="256" />
        <source>Buddhist Era year?</source>
        <translation>ปี พ.ศ. หรือไม่</translation>
    </message>
</context>
<context>
    <name>DebtDialog</name>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="337" />
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="356" />
        <source>Correct the fields marked in red; nothing was saved.</source>
        <translation>กรุณาแก้ไขช่องที่มีกรอบสีแดง ยังไม่มีการบันทึกข้อมูล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="358" />
        <source>Not saved: %1</source>
        <translation>บันทึกไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="361" />
        <source>Debt</source>
        <translation>หนี้สิน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="363" />
        <source>Debtor (member)</source>
        <translation>ผู้กู้ (สมาชิกครัวเรือน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="364" />
        <source>Kind of creditor</source>
        <translation>ประเภทเจ้าหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="365" />
        <source>Member fund</source>
        <translation>กองทุนสมาชิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="366" />
        <source>Creditor's name</source>
        <translation>ชื่อเจ้าหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="367" />
        <source>Contract no.</source>
        <translation>เลขที่สัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="368" />
        <source>Contract date</source>
        <translation>วันที่ทำสัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="369" />
        <source>Due date</source>
        <translation>วันครบกำหนด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="370" />
        <source>Purpose</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="371" />
        <source>Principal (baht)</source>
        <translation>เงินต้น (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="372" />
        <source>Outstanding (baht)</source>
        <translation>ยอดคงค้าง (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="373" />
        <source>Interest % a year</source>
        <translation>ดอกเบี้ย % ต่อปี</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="374" />
        <source>Installment a month</source>
        <translation>ค่างวดต่อเดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="375" />
        <source>Term (months)</source>
        <translation>จำนวนงวด (เดือน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="376" />
        <source>Days overdue</source>
        <translation>ค้างชำระ (วัน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="377" />
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="381" />
        <source>Guarantors</source>
        <translation>ผู้ค้ำประกัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="383" />
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="383" />
        <source>Citizen ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="383" />
        <source>Relation</source>
        <translation>ความสัมพันธ์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="384" />
        <source>Add guarantor</source>
        <translation>เพิ่มผู้ค้ำประกัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="385" />
        <source>Remove guarantor</source>
        <translation>ลบผู้ค้ำประกัน</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <location filename="../../cdfi_desktop/ui/demo_offer.py" line="29" />
        <location filename="../../cdfi_desktop/ui/demo_offer.py" line="38" />
        <location filename="../../cdfi_desktop/ui/demo_offer.py" line="63" />
        <location filename="../../cdfi_desktop/ui/demo_offer.py" line="84" />
        <source>Demo institute</source>
        <translation>สถาบันตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/demo_offer.py" line="30" />
        <source>This database already holds an institute; the demo is only made in an empty database.</source>
        <translation>ฐานข้อมูลนี้มีข้อมูลสถาบันอยู่แล้ว ข้อมูลตัวอย่างสร้างได้เฉพาะในฐานข้อมูลที่ว่างเท่านั้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/demo_offer.py" line="39" />
        <source>This database is empty. Create a demo institute with %1 households, member funds and debts to try the program?</source>
        <translation>ฐานข้อมูลนี้ยังว่างอยู่ ต้องการสร้างสถาบันตัวอย่าง พร้อมครัวเรือน %1 ครัวเรือน กองทุนสมาชิก และหนี้สิน เพื่อทดลองใช้โปรแกรมหรือไม่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/demo_offer.py" line="61" />
        <source>Creating the demo institute…</source>
        <translation>กำลังสร้างสถาบันตัวอย่าง…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/demo_offer.py" line="85" />
        <source>The demo could not be made: %1</source>
        <translation>สร้างข้อมูลตัวอย่างไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="138" />
        <source>Name of the institute</source>
        <translation>ชื่อสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="139" />
        <source>CDD code</source>
        <translation>รหัสสถาบัน (พช.)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="140" />
        <source>Institute level</source>
        <translation>ระดับสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="141" />
        <source>Cohort</source>
        <translation>รุ่น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="142" />
        <source>Cohort fiscal year (B.E.)</source>
        <translation>ปีงบประมาณของรุ่น (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="143" />
        <source>Founded on</source>
        <translation>วันที่จัดตั้ง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="144" />
        <source>Core fund</source>
        <translation>กองทุนแกนหลัก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="145" />
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="146" />
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="147" />
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="148" />
        <source>Office address</source>
        <translation>ที่ตั้งสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="149" />
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="150" />
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="159" />
        <source>code in the CDD central system, if known</source>
        <translation>รหัสในระบบฐานข้อมูลกลางของกรมการพัฒนาชุมชน (ถ้ามี)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="160" />
        <source>e.g. %1</source>
        <translation>เช่น %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="161" />
        <source>dd/mm/yyyy (B.E.)</source>
        <translation>วว/ดด/ปปปป (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="162" />
        <source>Save institute details</source>
        <translation>บันทึกข้อมูลสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="163" />
        <source>Undo changes</source>
        <translation>ยกเลิกการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="191" />
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="193" />
        <source>Choose the province</source>
        <translation>เลือกจังหวัด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="194" />
        <source>Choose the district</source>
        <translation>เลือกอำเภอ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="195" />
        <source>Choose the subdistrict</source>
        <translation>เลือกตำบล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="229" />
        <source>(none)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="229" />
        <source>(no member fund yet)</source>
        <translation>(ยังไม่มีกองทุนสมาชิก)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="307" />
        <source>Saved at %1.</source>
        <translation>บันทึกแล้ว เวลา %1 น.</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="317" />
        <source>This institute is not there any more; it may have been removed meanwhile.</source>
        <translation>ไม่พบข้อมูลสถาบันนี้แล้ว อาจถูกลบไปในระหว่างนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="320" />
        <source>The operation failed: %1</source>
        <translation>ทำรายการไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/details.py" line="349" />
        <source>A new institute: fill in its details and save it.</source>
        <translation>สถาบันใหม่: กรอกข้อมูลแล้วกดบันทึก</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../cdfi_desktop/ui/widgets/dialogs.py" line="12" />
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/widgets/dialogs.py" line="13" />
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/widgets/dialogs.py" line="21" />
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/widgets/dialogs.py" line="22" />
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/widgets/dialogs.py" line="23" />
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/widgets/dialogs.py" line="24" />
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
</context>
<context>
    <name>FundDialog</name>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="317" />
        <source>Member fund</source>
        <translation>กองทุนสมาชิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="317" />
        <source>New member fund</source>
        <translation>เพิ่มกองทุนสมาชิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="321" />
        <source>Name of the fund</source>
        <translation>ชื่อกองทุน/กลุ่ม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="322" />
        <source>Type of fund</source>
        <translation>ประเภทกองทุน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="323" />
        <source>Founded on</source>
        <translation>วันที่จัดตั้ง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="324" />
        <source>Number of members</source>
        <translation>จำนวนสมาชิก (คน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="325" />
        <source>Capital (baht)</source>
        <translation>เงินทุน (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="326" />
        <source>Lending</source>
        <translation>การให้กู้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="327" />
        <source>Lending limit per borrower (baht)</source>
        <translation>วงเงินการปล่อยกู้ต่อราย (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="328" />
        <source>Interest rate (% a year)</source>
        <translation>อัตราดอกเบี้ยต่อปี (%)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="329" />
        <source>Maximum term (months)</source>
        <translation>ระยะเวลาผ่อนสูงสุด (เดือน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="330" />
        <source>Bylaws</source>
        <translation>ระเบียบข้อบังคับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="335" />
        <source>Choose the type of fund</source>
        <translation>เลือกประเภทกองทุน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="336" />
        <source>The fund lends to its members</source>
        <translation>กองทุนให้สมาชิกกู้ยืม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="337" />
        <source>dd/mm/yyyy (B.E.)</source>
        <translation>วว/ดด/ปปปป (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="339" />
        <source>What the fund's rules say about who may borrow, how much, the rate and the term</source>
        <translation>ระเบียบข้อบังคับของกองทุน: ผู้มีสิทธิกู้ วงเงิน อัตราดอกเบี้ยและระยะเวลาผ่อน</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="569" />
        <source>Income %1 · expenses %2 · left %3 baht a month</source>
        <translation>รายได้ %1 · รายจ่าย %2 · คงเหลือ %3 บาทต่อเดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="639" />
        <source>Remove this debt from the register?</source>
        <translation>ลบหนี้รายการนี้ออกจากทะเบียนหรือไม่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="761" />
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="815" />
        <source>Correct the fields marked in red; nothing was saved.</source>
        <translation>กรุณาแก้ไขช่องที่มีกรอบสีแดง ยังไม่มีการบันทึกข้อมูล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="775" />
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="776" />
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="855" />
        <source>Household %1</source>
        <translation>ครัวเรือนบ้านเลขที่ %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="812" />
        <source>Not saved: %1</source>
        <translation>บันทึกไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="853" />
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="860" />
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="857" />
        <source>New household</source>
        <translation>ครัวเรือนใหม่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="860" />
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="860" />
        <source>Income and expenses</source>
        <translation>รายได้-รายจ่าย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="860" />
        <source>Debts</source>
        <translation>หนี้สิน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="866" />
        <source>Register no.</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="867" />
        <source>Village</source>
        <translation>หมู่ที่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="868" />
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="869" />
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="888" />
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="870" />
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="871" />
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="879" />
        <source>Title</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="880" />
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="881" />
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="882" />
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="894" />
        <source>Citizen ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="883" />
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="884" />
        <source>Birth date</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="885" />
        <source>Relation to the head</source>
        <translation>ความสัมพันธ์กับหัวหน้า</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="886" />
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="887" />
        <source>Occupation</source>
        <translation>อาชีพ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="894" />
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="894" />
        <source>Relation</source>
        <translation>ความสัมพันธ์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="894" />
        <source>Head</source>
        <translation>หัวหน้า</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="897" />
        <source>Kind</source>
        <translation>รายได้/รายจ่าย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="897" />
        <source>Category</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="897" />
        <source>Baht a month</source>
        <translation>บาทต่อเดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="897" />
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="901" />
        <source>Creditor</source>
        <translation>เจ้าหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="902" />
        <source>Contract no.</source>
        <translation>เลขที่สัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="903" />
        <source>Contract date</source>
        <translation>วันที่ทำสัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="904" />
        <source>Principal</source>
        <translation>เงินต้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="905" />
        <source>Outstanding</source>
        <translation>คงค้าง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="906" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="909" />
        <source>Add member</source>
        <translation>เพิ่มสมาชิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="910" />
        <source>Remove member</source>
        <translation>ลบสมาชิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="911" />
        <source>Add income</source>
        <translation>เพิ่มรายได้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="912" />
        <source>Add expense</source>
        <translation>เพิ่มรายจ่าย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="913" />
        <source>Remove line</source>
        <translation>ลบรายการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="914" />
        <source>Add debt…</source>
        <translation>เพิ่มหนี้…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="915" />
        <source>Edit debt…</source>
        <translation>แก้ไขหนี้…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="916" />
        <source>Close or reopen…</source>
        <translation>ปิด/เปิดบัญชีหนี้…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="917" />
        <source>Remove debt</source>
        <translation>ลบหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="918" />
        <source>Save the household first, then add its debts.</source>
        <translation>บันทึกข้อมูลครัวเรือนก่อน แล้วจึงเพิ่มหนี้สิน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/household_dialog.py" line="920" />
        <source>This member is the head</source>
        <translation>เป็นหัวหน้าครัวเรือน</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="319" />
        <source>Import from Excel</source>
        <translation>นำเข้าข้อมูลจาก Excel</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="322" />
        <source>Choose the workbook that holds the households, their members and their debts. Each sheet may hold one row per member, one row per debt, or both (one row per debt with the borrower's household and member columns). Title rows above the column headings are fine.</source>
        <translation>เลือกไฟล์ Excel ที่มีข้อมูลครัวเรือน สมาชิก และหนี้สิน แต่ละแผ่นงานอาจเป็น 1 แถวต่อสมาชิก 1 คน 1 แถวต่อหนี้ 1 รายการ หรือทั้งสองอย่าง (1 แถวต่อหนี้ พร้อมคอลัมน์ครัวเรือนและสมาชิกของผู้กู้) มีแถวชื่อเรื่องอยู่เหนือหัวตารางได้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="327" />
        <source>Workbook:</source>
        <translation>ไฟล์:</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="328" />
        <source>Excel workbook (.xlsx)</source>
        <translation>ไฟล์ Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="329" />
        <source>Choose file…</source>
        <translation>เลือกไฟล์…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="332" />
        <source>No workbook yet? Save the program's template, with instructions in Thai and drop-down lists of creditor kinds and of this institute's member funds, fill it in and import it.</source>
        <translation>ยังไม่มีไฟล์? บันทึกแบบฟอร์มของโปรแกรม ซึ่งมีคำอธิบายภาษาไทยและรายการให้เลือกประเภทเจ้าหนี้และกองทุนสมาชิกของสถาบันนี้ กรอกข้อมูลแล้วนำเข้า</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="336" />
        <source>Save the template…</source>
        <translation>บันทึกแบบฟอร์ม…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="339" />
        <source>Check which column of the workbook holds each field, and correct it where the program guessed wrong. Fields that are not in the workbook stay empty; empty cells never erase what the registers already hold.</source>
        <translation>ตรวจสอบว่าข้อมูลแต่ละรายการอยู่ในคอลัมน์ใดของไฟล์ และแก้ไขหากโปรแกรมจับคู่ผิด รายการที่ไม่มีในไฟล์จะเว้นว่างไว้ ช่องว่างในไฟล์จะไม่ลบข้อมูลที่มีอยู่ในทะเบียน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="344" />
        <source>Sheet:</source>
        <translation>แผ่นงาน:</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="345" />
        <source>Remember these columns for workbooks laid out the same way</source>
        <translation>จำการจับคู่คอลัมน์นี้ไว้ใช้กับไฟล์ที่มีหัวตารางแบบเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="346" />
        <source>Field</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="346" />
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="346" />
        <source>First value</source>
        <translation>ค่าในแถวแรก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="349" />
        <source>Nothing has been written yet. This is what the import will do. Rejected rows are not imported; fix them in the workbook (or in the report copy) and import it again: rows already imported stay unchanged.</source>
        <translation>ยังไม่ได้บันทึกข้อมูลใด ๆ นี่คือผลที่จะเกิดขึ้นเมื่อนำเข้า แถวที่ไม่ผ่านจะไม่ถูกนำเข้า แก้ไขในไฟล์ (หรือในไฟล์รายงาน) แล้วนำเข้าอีกครั้งได้ แถวที่นำเข้าแล้วจะไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="354" />
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="375" />
        <source>New</source>
        <translation>นำเข้าใหม่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="354" />
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="376" />
        <source>Updated</source>
        <translation>ปรับปรุง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="354" />
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="377" />
        <source>Unchanged</source>
        <translation>ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="354" />
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="378" />
        <source>Rejected</source>
        <translation>ไม่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="357" />
        <source>Rows rejected or with warnings</source>
        <translation>แถวที่ไม่นำเข้าหรือมีข้อสังเกต</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="359" />
        <source>Sheet</source>
        <translation>แผ่นงาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="359" />
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="359" />
        <source>Result</source>
        <translation>ผล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="359" />
        <source>Reasons</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="361" />
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="362" />
        <source>Save report copy…</source>
        <translation>บันทึกไฟล์รายงาน…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="363" />
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="364" />
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="408" />
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="385" />
        <source>1. Choose the workbook</source>
        <translation>1. เลือกไฟล์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="386" />
        <source>2. Columns</source>
        <translation>2. จับคู่คอลัมน์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="387" />
        <source>3. Check (dry run)</source>
        <translation>3. ตรวจสอบ (ยังไม่บันทึก)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="388" />
        <source>4. Imported</source>
        <translation>4. นำเข้าแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="391" />
        <source>Step %1 of %2</source>
        <translation>ขั้นที่ %1 จาก %2</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="392" />
        <source>Check</source>
        <translation>ตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="392" />
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="408" />
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="445" />
        <source>Choose the workbook</source>
        <translation>เลือกไฟล์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="445" />
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>ไฟล์ Excel (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="453" />
        <source>Reading the workbook…</source>
        <translation>กำลังอ่านไฟล์…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="483" />
        <source>Headings on row %1</source>
        <translation>หัวตารางอยู่แถวที่ %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="489" />
        <source>— not in the workbook —</source>
        <translation>— ไม่มีในไฟล์ —</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="541" />
        <source>Checking every row…</source>
        <translation>กำลังตรวจสอบทุกแถว…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="554" />
        <source>Nothing to import: the registers already hold every accepted row.</source>
        <translation>ไม่มีข้อมูลใหม่ที่ต้องนำเข้า ทะเบียนมีข้อมูลทุกแถวที่ผ่านการตรวจสอบอยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="583" />
        <source>Importing (one transaction)…</source>
        <translation>กำลังนำเข้า (บันทึกในครั้งเดียว)…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="612" />
        <source>The workbook was imported in one transaction.</source>
        <translation>นำเข้าข้อมูลจากไฟล์เรียบร้อยแล้ว (บันทึกในครั้งเดียว)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="614" />
        <source>New rows: %1</source>
        <translation>แถวที่นำเข้าใหม่: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="615" />
        <source>Updated rows: %1</source>
        <translation>แถวที่ปรับปรุง: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="616" />
        <source>Unchanged rows: %1</source>
        <translation>แถวที่ไม่เปลี่ยนแปลง: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="617" />
        <source>Rejected rows (not imported): %1</source>
        <translation>แถวที่ไม่นำเข้า: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="619" />
        <source>Households added: %1, members added: %2, debts added: %3</source>
        <translation>เพิ่มครัวเรือน %1 ครัวเรือน สมาชิก %2 คน หนี้ %3 รายการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="625" />
        <source>Save the report copy to see why each rejected row was not imported.</source>
        <translation>บันทึกไฟล์รายงานเพื่อดูเหตุผลของแต่ละแถวที่ไม่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="637" />
        <source>Save report copy</source>
        <translation>บันทึกไฟล์รายงาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="637" />
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="653" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>ไฟล์ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="644" />
        <source>Writing the report copy…</source>
        <translation>กำลังบันทึกไฟล์รายงาน…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="653" />
        <source>Save the template</source>
        <translation>บันทึกแบบฟอร์ม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="659" />
        <source>Writing the template…</source>
        <translation>กำลังบันทึกแบบฟอร์ม…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="668" />
        <source>Saved: %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>InstituteDialog</name>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="125" />
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="126" />
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="163" />
        <source>This record is not there any more; it may have been removed meanwhile.</source>
        <translation>ไม่พบรายการนี้แล้ว อาจถูกลบไปในระหว่างนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/dialogs.py" line="168" />
        <source>The operation failed: %1</source>
        <translation>ทำรายการไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>InstituteScreen</name>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="58" />
        <source>Name and surname</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="59" />
        <source>Role</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="60" />
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="61" />
        <source>Term of office</source>
        <translation>วาระการดำรงตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="64" />
        <source>Member fund</source>
        <translation>กองทุนสมาชิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="65" />
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="66" />
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="67" />
        <source>Capital
(baht)</source>
        <translation>เงินทุน
(บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="68" />
        <source>Lending limit
per borrower (baht)</source>
        <translation>วงเงินการปล่อยกู้
ต่อราย (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="69" />
        <source>Interest
% a year</source>
        <translation>ดอกเบี้ยต่อปี
(%)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="70" />
        <source>Max. term
(months)</source>
        <translation>ผ่อนสูงสุด
(เดือน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="71" />
        <source>Lends</source>
        <translation>การให้กู้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="72" />
        <source>Bylaws</source>
        <translation>ระเบียบข้อบังคับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="77" />
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="78" />
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="79" />
        <source>Activity title</source>
        <translation>ชื่อกิจกรรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="80" />
        <source>Planned for</source>
        <translation>วันที่กำหนด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="81" />
        <source>Done on</source>
        <translation>วันที่ดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="82" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="83" />
        <source>Budget (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="84" />
        <source>Spent (baht)</source>
        <translation>ใช้จ่ายจริง (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="162" />
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="163" />
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="164" />
        <source>Remove…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="343" />
        <source>Institute:</source>
        <translation>สถาบัน:</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="344" />
        <source>New institute…</source>
        <translation>เพิ่มสถาบัน…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="345" />
        <source>Make it the core fund</source>
        <translation>ตั้งเป็นกองทุนแกนหลัก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="347" />
        <source>Institute details</source>
        <translation>ข้อมูลสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="348" />
        <source>Institute committee</source>
        <translation>คณะกรรมการสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="349" />
        <source>Member funds</source>
        <translation>กองทุนสมาชิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="350" />
        <source>Program activities</source>
        <translation>กิจกรรมตามโครงการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="368" />
        <source>(a new institute)</source>
        <translation>(สถาบันใหม่ ยังไม่ได้บันทึก)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="375" />
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="377" />
        <source>Adding an institute</source>
        <translation>เพิ่มสถาบันใหม่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="377" />
        <source>No institute yet</source>
        <translation>ยังไม่มีข้อมูลสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="397" />
        <source>Fill in the institute's details and save them; then add its committee, member funds and activities.</source>
        <translation>กรอกข้อมูลสถาบันแล้วกดบันทึก จากนั้นจึงเพิ่มคณะกรรมการสถาบัน กองทุนสมาชิก และกิจกรรมตามโครงการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="419" />
        <source>Subdistrict %1, district %2, province %3 · %4 · %5</source>
        <translation>ตำบล%1 อำเภอ%2 จังหวัด%3 · %4 · %5</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="436" />
        <source>%1 committee members</source>
        <translation>กรรมการ %1 คน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="452" />
        <source>lends</source>
        <translation>ให้กู้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="452" />
        <source>does not lend</source>
        <translation>ไม่ให้กู้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="458" />
        <source>%1 member funds</source>
        <translation>กองทุนสมาชิก %1 กองทุน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="460" />
        <source>capital %1 baht</source>
        <translation>เงินทุนรวม %1 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="461" />
        <source>★ core fund</source>
        <translation>★ กองทุนแกนหลัก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="470" />
        <source>Choose a fund in the table to read its bylaws here.</source>
        <translation>เลือกกองทุนในตารางเพื่ออ่านระเบียบข้อบังคับของกองทุนที่นี่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="472" />
        <source>(no bylaws noted)</source>
        <translation>(ยังไม่ได้บันทึกระเบียบข้อบังคับ)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="474" />
        <source>%1 · %2
Bylaws: %3</source>
        <translation>%1 · %2
ระเบียบข้อบังคับ: %3</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="496" />
        <source>%1 activities</source>
        <translation>%1 กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="499" />
        <source>budget %1 baht, spent %2 baht</source>
        <translation>งบประมาณ %1 บาท ใช้จ่ายแล้ว %2 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="585" />
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="601" />
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="635" />
        <source>The operation failed: %1</source>
        <translation>ทำรายการไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="608" />
        <source>Remove %1 from the institute committee?</source>
        <translation>ลบ %1 ออกจากคณะกรรมการสถาบันหรือไม่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="614" />
        <source>Remove the member fund %1 from the institute?</source>
        <translation>ลบ %1 ออกจากกองทุนสมาชิกของสถาบันหรือไม่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/institute/view.py" line="621" />
        <source>Remove the activity %1?</source>
        <translation>ลบกิจกรรม “%1” หรือไม่</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="48" />
        <source>Savings group for production</source>
        <translation>กลุ่มออมทรัพย์เพื่อการผลิต</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="49" />
        <source>Village and urban community fund</source>
        <translation>กองทุนหมู่บ้านและชุมชนเมือง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="50" />
        <source>Poverty-alleviation project fund</source>
        <translation>กองทุนโครงการแก้ไขปัญหาความยากจน (กข.คจ.)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="51" />
        <source>Women's development fund</source>
        <translation>กองทุนพัฒนาบทบาทสตรี</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="52" />
        <source>Community welfare fund</source>
        <translation>กองทุนสวัสดิการชุมชน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="53" />
        <source>Rice bank</source>
        <translation>ธนาคารข้าว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="54" />
        <source>Community enterprise</source>
        <translation>วิสาหกิจชุมชน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="55" />
        <source>Other fund</source>
        <translation>กองทุนอื่น ๆ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="58" />
        <source>Existing institute</source>
        <translation>สถาบันเดิม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="59" />
        <source>New institute</source>
        <translation>สถาบันจัดตั้งใหม่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="64" />
        <source>Member fund of the institute</source>
        <translation>กองทุนสมาชิกของสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="65" />
        <source>Bank</source>
        <translation>ธนาคารพาณิชย์/ออมสิน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="66" />
        <source>BAAC</source>
        <translation>ธ.ก.ส.</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="67" />
        <source>Cooperative</source>
        <translation>สหกรณ์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="68" />
        <source>Informal lender</source>
        <translation>เงินกู้นอกระบบ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="69" />
        <source>Shop credit</source>
        <translation>ร้านค้า (เชื่อสินค้า)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="70" />
        <source>Relative or neighbour</source>
        <translation>ญาติ/เพื่อนบ้าน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="71" />
        <source>Other creditor</source>
        <translation>เจ้าหนี้อื่น ๆ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="74" />
        <source>Open</source>
        <translation>ยังไม่ปิด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="75" />
        <source>Closed</source>
        <translation>ปิดบัญชีแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="76" />
        <source>Closed – transferred</source>
        <translation>ปิด – โอนภาระหนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="79" />
        <location filename="../../cdfi_desktop/ui/labels.py" line="101" />
        <source>Farming</source>
        <translation>การเกษตร</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="80" />
        <location filename="../../cdfi_desktop/ui/labels.py" line="104" />
        <source>Trade</source>
        <translation>ค้าขาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="81" />
        <source>Household spending</source>
        <translation>ใช้จ่ายในครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="82" />
        <location filename="../../cdfi_desktop/ui/labels.py" line="109" />
        <source>Education</source>
        <translation>การศึกษา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="83" />
        <location filename="../../cdfi_desktop/ui/labels.py" line="110" />
        <source>Health care</source>
        <translation>รักษาพยาบาล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="84" />
        <source>Housing</source>
        <translation>ที่อยู่อาศัย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="85" />
        <source>Vehicle</source>
        <translation>ยานพาหนะ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="86" />
        <source>Paying other debts</source>
        <translation>ชำระหนี้อื่น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="87" />
        <source>Other purpose</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="90" />
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="91" />
        <source>Spouse</source>
        <translation>คู่สมรส</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="92" />
        <source>Child</source>
        <translation>บุตร</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="93" />
        <source>Parent</source>
        <translation>บิดา/มารดา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="94" />
        <source>Grandchild</source>
        <translation>หลาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="95" />
        <source>Brother or sister</source>
        <translation>พี่น้อง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="96" />
        <source>Relative</source>
        <translation>ญาติ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="97" />
        <location filename="../../cdfi_desktop/ui/labels.py" line="113" />
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="99" />
        <source>Male</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="99" />
        <source>Female</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="102" />
        <source>Wages</source>
        <translation>ค่าจ้าง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="103" />
        <source>Salary</source>
        <translation>เงินเดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="105" />
        <source>Welfare allowances</source>
        <translation>เบี้ยยังชีพ/สวัสดิการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="106" />
        <source>Money from family</source>
        <translation>เงินจากลูกหลาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="107" />
        <source>Food</source>
        <translation>อาหาร</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="108" />
        <source>Water, power, phone</source>
        <translation>ค่าน้ำ ค่าไฟ ค่าโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="111" />
        <source>Transport</source>
        <translation>ค่าเดินทาง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="112" />
        <source>Farm inputs</source>
        <translation>ปัจจัยการผลิต</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="116" />
        <source>Chair</source>
        <translation>ประธาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="117" />
        <source>Vice chair</source>
        <translation>รองประธาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="118" />
        <source>Secretary</source>
        <translation>เลขานุการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="119" />
        <source>Treasurer</source>
        <translation>เหรัญญิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="120" />
        <source>Auditor</source>
        <translation>ผู้ตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="121" />
        <source>Committee member</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="122" />
        <source>Advisor</source>
        <translation>ที่ปรึกษา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="125" />
        <source>Committee workshop</source>
        <translation>ประชุมเชิงปฏิบัติการคณะกรรมการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="126" />
        <source>Founding the institute</source>
        <translation>จัดตั้งสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="127" />
        <source>Debtor survey and register</source>
        <translation>สำรวจและจัดทำทะเบียนลูกหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="128" />
        <source>Debt-management training</source>
        <translation>อบรมการบริหารจัดการหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="129" />
        <source>Debt-management plan meeting</source>
        <translation>ประชุมจัดทำแผนบริหารจัดการหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="130" />
        <source>Other activity</source>
        <translation>กิจกรรมอื่น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="133" />
        <source>Planned</source>
        <translation>ตามแผน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="134" />
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="135" />
        <source>Done</source>
        <translation>ดำเนินการแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="136" />
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="139" />
        <source>Village level</source>
        <translation>ระดับหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="140" />
        <source>Subdistrict level</source>
        <translation>ระดับตำบล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="143" />
        <source>Income</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="144" />
        <source>Expense</source>
        <translation>รายจ่าย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="203" />
        <source>Fiscal year %1</source>
        <translation>ปีงบประมาณ พ.ศ. %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="166" />
        <source>Community Fund Management Institutes</source>
        <translation>สถาบันการจัดการเงินทุนชุมชน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="168" />
        <source>Community Fund Management Institutes
1 household 1 contract</source>
        <translation>สถาบันการจัดการเงินทุนชุมชน
๑ ครัวเรือน ๑ สัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="169" />
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="178" />
        <source>&amp;File</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="179" />
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="180" />
        <source>&amp;Settings</source>
        <translation>ตั้งค่า (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="181" />
        <source>Officer name…</source>
        <translation>ชื่อเจ้าหน้าที่…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="182" />
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="183" />
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="184" />
        <source>Create the demo institute…</source>
        <translation>สร้างสถาบันตัวอย่าง…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="185" />
        <location filename="../../cdfi_desktop/ui/main_window.py" line="223" />
        <source>About %1</source>
        <translation>เกี่ยวกับ %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="189" />
        <location filename="../../cdfi_desktop/ui/main_window.py" line="225" />
        <source>Database: %1</source>
        <translation>ฐานข้อมูล: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="191" />
        <source>Officer: %1</source>
        <translation>เจ้าหน้าที่: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="191" />
        <source>(not set)</source>
        <translation>(ยังไม่ได้ระบุ)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="192" />
        <source>never</source>
        <translation>ยังไม่เคยส่ง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="193" />
        <source>Last bundle: %1</source>
        <translation>ส่งข้อมูลล่าสุด: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="209" />
        <source>Officer name</source>
        <translation>ชื่อเจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="209" />
        <source>Name of the officer using this computer:</source>
        <translation>ชื่อเจ้าหน้าที่ผู้ใช้เครื่องนี้:</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="227" />
        <source>Device: %1</source>
        <translation>รหัสเครื่อง: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="228" />
        <source>Thai font Sarabun, SIL Open Font Licence (%1).</source>
        <translation>แบบอักษรสารบรรณ (Sarabun) สัญญาอนุญาต SIL Open Font Licence (%1)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="232" />
        <source>The operation failed: %1</source>
        <translation>ทำรายการไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="26" />
        <source>Member fund</source>
        <translation>กองทุนสมาชิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="27" />
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="28" />
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="29" />
        <source>Capital (baht)</source>
        <translation>เงินทุน (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="30" />
        <source>Lending limit (baht)</source>
        <translation>วงเงินกู้ต่อราย (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="31" />
        <source>Rate % a year</source>
        <translation>ดอกเบี้ย % ต่อปี</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="32" />
        <source>Max. term (months)</source>
        <translation>ผ่อนสูงสุด (เดือน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="142" />
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="143" />
        <source>Household members</source>
        <translation>สมาชิกครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="144" />
        <source>Open debts</source>
        <translation>หนี้ที่ยังไม่ปิด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="145" />
        <source>Outstanding (baht)</source>
        <translation>ยอดคงค้าง (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="146" />
        <source>Debts over 90 days overdue</source>
        <translation>หนี้ค้างชำระเกิน 90 วัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="147" />
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="151" />
        <source>Member funds</source>
        <translation>กองทุนสมาชิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="154" />
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="159" />
        <source>No institute yet</source>
        <translation>ยังไม่มีข้อมูลสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="163" />
        <source>Register the institute in the Institute step, import the officers' workbooks, or start the demo institute from the Help menu.</source>
        <translation>บันทึกข้อมูลสถาบันที่ขั้นตอน “สถาบัน” นำเข้าสมุดงาน Excel ของเจ้าหน้าที่ หรือสร้างสถาบันตัวอย่างจากเมนูช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="176" />
        <source>Subdistrict %1, district %2, province %3 · %4 · founded %5</source>
        <translation>ตำบล%1 อำเภอ%2 จังหวัด%3 · %4 · จัดตั้งเมื่อ %5</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="205" />
        <source>does not lend</source>
        <translation>ไม่ให้กู้</translation>
    </message>
</context>
<context>
    <name>RegistersScreen</name>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="112" />
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="113" />
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="115" />
        <source>Village</source>
        <translation>หมู่ที่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="121" />
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="128" />
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="173" />
        <source>Citizen ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="130" />
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="137" />
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="388" />
        <source>Open debts</source>
        <translation>หนี้ที่ยังไม่ปิด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="144" />
        <source>Total debt (baht)</source>
        <translation>หนี้รวม (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="151" />
        <source>Installments a month</source>
        <translation>ค่างวดรวมต่อเดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="157" />
        <source>Most days overdue</source>
        <translation>ค้างชำระสูงสุด (วัน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="123" />
        <source>Class</source>
        <translation>ประเภทลูกหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="167" />
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="172" />
        <source>Debtor</source>
        <translation>ลูกหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="175" />
        <source>Creditor</source>
        <translation>เจ้าหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="181" />
        <source>Contract no.</source>
        <translation>เลขที่สัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="183" />
        <source>Contract date</source>
        <translation>วันที่ทำสัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="189" />
        <source>Principal</source>
        <translation>เงินต้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="196" />
        <source>Outstanding</source>
        <translation>คงค้าง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="203" />
        <source>Installment</source>
        <translation>ค่างวด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="210" />
        <source>Days overdue</source>
        <translation>ค้างชำระ (วัน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="216" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="368" />
        <source>%1 rows</source>
        <translation>%1 รายการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="376" />
        <source>All funds and creditors</source>
        <translation>ทุกกองทุนและเจ้าหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="382" />
        <source>All kinds of creditor</source>
        <translation>เจ้าหนี้ทุกประเภท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="389" />
        <source>Closed and transferred</source>
        <translation>ปิดแล้ว/โอนภาระหนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="390" />
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="483" />
        <source>All debts</source>
        <translation>หนี้สินทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="438" />
        <source>Registers</source>
        <translation>ทะเบียน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="438" />
        <source>Choose a household in the list first.</source>
        <translation>กรุณาเลือกครัวเรือนในรายการก่อน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="482" />
        <source>Households and their debt status</source>
        <translation>ครัวเรือนและภาวะหนี้สิน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="484" />
        <source>Filter: name, citizen ID, house no., village…</source>
        <translation>ค้นหา: ชื่อ เลขประจำตัวประชาชน บ้านเลขที่ หมู่บ้าน…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="485" />
        <source>Filter: name, citizen ID, creditor, contract no.…</source>
        <translation>ค้นหา: ชื่อ เลขประจำตัวประชาชน เจ้าหนี้ เลขที่สัญญา…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="486" />
        <source>Add household…</source>
        <translation>เพิ่มครัวเรือน…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="487" />
        <source>Open household…</source>
        <translation>เปิดข้อมูลครัวเรือน…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="488" />
        <source>Import from Excel…</source>
        <translation>นำเข้าจาก Excel…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="490" />
        <source>Print the household register as an Excel workbook</source>
        <translation>พิมพ์ทะเบียนข้อมูลครัวเรือนและภาวะหนี้สินเป็นไฟล์ Excel</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="491" />
        <source>Print the household register as a PDF</source>
        <translation>พิมพ์ทะเบียนข้อมูลครัวเรือนและภาวะหนี้สินเป็นไฟล์ PDF</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="492" />
        <source>Print the register of member funds' debtors as Excel</source>
        <translation>พิมพ์ทะเบียนลูกหนี้ของกองทุนสมาชิกเป็นไฟล์ Excel</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="493" />
        <source>Print the register of member funds' debtors as a PDF</source>
        <translation>พิมพ์ทะเบียนลูกหนี้ของกองทุนสมาชิกเป็นไฟล์ PDF</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="497" />
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="499" />
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="500" />
        <source>Show full citizen IDs (personal data: only when needed)</source>
        <translation>แสดงเลขประจำตัวประชาชนเต็ม (ข้อมูลส่วนบุคคล: เปิดเมื่อจำเป็นเท่านั้น)</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="26" />
        <source>Institute</source>
        <translation>สถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="27" />
        <source>The institute, its area, cohort and committee, its member funds with their lending limits, rates, terms and bylaws, and the program activities.</source>
        <translation>ข้อมูลสถาบัน พื้นที่ รุ่น คณะกรรมการ กองทุนสมาชิกพร้อมวงเงินการปล่อยกู้ อัตราดอกเบี้ย ระยะเวลาและระเบียบข้อบังคับ และกิจกรรมตามโครงการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="33" />
        <source>Institute details and area codes</source>
        <translation>ข้อมูลสถาบันและรหัสพื้นที่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="34" />
        <source>Committee with roles and terms</source>
        <translation>คณะกรรมการ ตำแหน่ง และวาระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="35" />
        <source>Member funds and their bylaws</source>
        <translation>กองทุนสมาชิกและระเบียบข้อบังคับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="36" />
        <source>Committee workshop and founding activities</source>
        <translation>กิจกรรมประชุมเชิงปฏิบัติการคณะกรรมการและการจัดตั้งสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="41" />
        <source>Registers</source>
        <translation>ทะเบียน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="42" />
        <source>The register of households and their debt status, and the register of all debtors of the member funds.</source>
        <translation>ทะเบียนข้อมูลครัวเรือนและภาวะหนี้สินของครัวเรือน และทะเบียนลูกหนี้ทั้งหมดของกองทุนสมาชิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="47" />
        <source>Households, members, income and expenses</source>
        <translation>ครัวเรือน สมาชิก รายได้และรายจ่าย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="48" />
        <source>Every debt, inside and outside the institute</source>
        <translation>หนี้ทุกรายการ ทั้งในและนอกสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="49" />
        <source>Import officers' Excel workbooks with a report per row</source>
        <translation>นำเข้าสมุดงาน Excel พร้อมรายงานผลทีละแถว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="50" />
        <source>Registers in Excel and PDF, official layout</source>
        <translation>ทะเบียนในรูปแบบ Excel และ PDF ตามแบบราชการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="55" />
        <source>Debt analysis</source>
        <translation>วิเคราะห์หนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="56" />
        <source>Each household's total debt, debt-service ratio and arrears, a class from A to D, and the suggested source of money for each debt.</source>
        <translation>หนี้รวมของแต่ละครัวเรือน สัดส่วนภาระหนี้ต่อรายได้ การค้างชำระ การจัดประเภทลูกหนี้ A ถึง D และแหล่งเงินที่แนะนำสำหรับหนี้แต่ละรายการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="62" />
        <source>Indicators per household with the reason for its class</source>
        <translation>ตัวชี้วัดรายครัวเรือนพร้อมเหตุผลของการจัดประเภท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="63" />
        <source>Charts for the committee</source>
        <translation>แผนภูมิสำหรับคณะกรรมการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="68" />
        <source>Target households</source>
        <translation>ครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="69" />
        <source>A ranked proposal of 30 target households, the officer's changes with their reasons, and the participation record of each.</source>
        <translation>รายชื่อครัวเรือนเป้าหมาย 30 ครัวเรือนที่เสนอตามลำดับ การปรับเปลี่ยนพร้อมเหตุผล และแบบบันทึกการเข้าร่วมโครงการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="75" />
        <source>Proposal from classes C and B</source>
        <translation>เสนอจากลูกหนี้ประเภท C และ B</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="76" />
        <source>Participation records for signature</source>
        <translation>แบบบันทึกการเข้าร่วมโครงการสำหรับลงนาม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="81" />
        <source>Training</source>
        <translation>การอบรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="82" />
        <source>The 4-day course “Good conscience, good plan, debt managed”: days, topics, participants and attendance.</source>
        <translation>หลักสูตร “สำนึกดี แผนดี บริหารหนี้ได้” 4 วัน: วัน หัวข้อ ผู้เข้าอบรม และการเข้าร่วม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="87" />
        <source>Attendance grid per day</source>
        <translation>ตารางลงเวลาเข้าอบรมรายวัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="88" />
        <source>Printed sign-in sheets</source>
        <translation>ใบลงชื่อเข้าอบรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="93" />
        <source>Debt-management plan</source>
        <translation>แผนบริหารจัดการหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="94" />
        <source>The committee meeting, the projects and activities it chose, and their budget lines up to the 40,000-baht request.</source>
        <translation>การประชุมคณะกรรมการ โครงการ/กิจกรรมที่คัดเลือก และรายการงบประมาณ ไม่เกิน 40,000 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="100" />
        <source>Projects, budget and spending</source>
        <translation>โครงการ งบประมาณ และการใช้จ่าย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="101" />
        <source>Household life-development plans</source>
        <translation>แผนพัฒนาชีวิตครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="106" />
        <source>1 household 1 contract</source>
        <translation>๑ ครัวเรือน ๑ สัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="107" />
        <source>Consolidate a target household's debts into one debt-transfer contract at an installment it can carry, print it and record repayments.</source>
        <translation>รวมหนี้ของครัวเรือนเป้าหมายเป็นสัญญาการถ่ายโอนภาระหนี้สินฉบับเดียว ด้วยค่างวดที่ครัวเรือนผ่อนได้ พิมพ์สัญญา และบันทึกการชำระคืน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="113" />
        <source>Consolidation wizard with the repayment schedule</source>
        <translation>ขั้นตอนรวมหนี้พร้อมตารางผ่อนชำระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="114" />
        <source>Printed contract and repayments</source>
        <translation>พิมพ์สัญญาและบันทึกการชำระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="119" />
        <source>Indicators and reports</source>
        <translation>ตัวชี้วัดและรายงาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="120" />
        <source>The five criteria evaluated from the data, the two 1HH1C report rounds, and every register and plan as PDF and Excel.</source>
        <translation>เกณฑ์ 5 ข้อที่ประเมินจากข้อมูล รายงาน ๑ ครัวเรือน ๑ สัญญา ทั้งสองรอบ และทะเบียนและแผนทุกฉบับในรูปแบบ PDF และ Excel</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="126" />
        <source>The five criteria per institute</source>
        <translation>เกณฑ์ 5 ข้อรายสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="127" />
        <source>Report rounds of April and July</source>
        <translation>รายงานรอบเดือนเมษายนและกรกฎาคม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="132" />
        <source>Send to province</source>
        <translation>ส่งข้อมูลให้จังหวัด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="133" />
        <source>A signed, encrypted bundle of what changed since the last one, to carry to the province, and its receipt.</source>
        <translation>ชุดข้อมูลที่ลงลายมือชื่ออิเล็กทรอนิกส์และเข้ารหัส เฉพาะส่วนที่เปลี่ยนแปลงตั้งแต่ครั้งก่อน สำหรับส่งจังหวัด และใบตอบรับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="138" />
        <source>Signed bundles and receipts</source>
        <translation>ชุดข้อมูลที่ลงลายมือชื่อและใบตอบรับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="139" />
        <source>Import and conflicts at the province</source>
        <translation>การนำเข้าและข้อมูลขัดแย้งที่จังหวัด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="180" />
        <source>This screen arrives in a later release.</source>
        <translation>หน้าจอนี้จะเปิดใช้ในรุ่นถัดไปของโปรแกรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="183" />
        <source>It will offer:</source>
        <translation>สิ่งที่จะทำได้ในหน้าจอนี้:</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="391" />
        <source>Change the status of a debt</source>
        <translation>เปลี่ยนสถานะหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="400" />
        <source>New status</source>
        <translation>สถานะใหม่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="401" />
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/debt_dialog.py" line="402" />
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
</context>
</TS>