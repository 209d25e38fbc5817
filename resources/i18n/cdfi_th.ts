<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th_TH">
<context>
    <name>DateField</name>
    <message>
        <location filename="../../cdfi_desktop/ui/widgets/fields.py" line="206" />
        <source>dd/mm/yyyy (B.E.)</source>
        <translation>วว/ดด/ปปปป (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/widgets/fields.py" line="248" />
        <source>Buddhist Era year?</source>
        <translation>ปี พ.ศ. หรือไม่</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <location filename="../../cdfi_desktop/ui/demo_offer.py" line="28" />
        <location filename="../../cdfi_desktop/ui/demo_offer.py" line="37" />
        <location filename="../../cdfi_desktop/ui/demo_offer.py" line="62" />
        <location filename="../../cdfi_desktop/ui/demo_offer.py" line="83" />
        <source>Demo institute</source>
        <translation>สถาบันตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/demo_offer.py" line="29" />
        <source>This database already holds an institute; the demo is only made in an empty database.</source>
        <translation>ฐานข้อมูลนี้มีข้อมูลสถาบันอยู่แล้ว ข้อมูลตัวอย่างสร้างได้เฉพาะในฐานข้อมูลที่ว่างเท่านั้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/demo_offer.py" line="38" />
        <source>This database is empty. Create a demo institute with %1 households, member funds and debts to try the program?</source>
        <translation>ฐานข้อมูลนี้ยังว่างอยู่ ต้องการสร้างสถาบันตัวอย่าง พร้อมครัวเรือน %1 ครัวเรือน กองทุนสมาชิก และหนี้สิน เพื่อทดลองใช้โปรแกรมหรือไม่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/demo_offer.py" line="60" />
        <source>Creating the demo institute…</source>
        <translation>กำลังสร้างสถาบันตัวอย่าง…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/demo_offer.py" line="84" />
        <source>The demo could not be made: %1</source>
        <translation>สร้างข้อมูลตัวอย่างไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="47" />
        <source>Savings group for production</source>
        <translation>กลุ่มออมทรัพย์เพื่อการผลิต</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="48" />
        <source>Village and urban community fund</source>
        <translation>กองทุนหมู่บ้านและชุมชนเมือง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="49" />
        <source>Poverty-alleviation project fund</source>
        <translation>กองทุนโครงการแก้ไขปัญหาความยากจน (กข.คจ.)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="50" />
        <source>Women's development fund</source>
        <translation>กองทุนพัฒนาบทบาทสตรี</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="51" />
        <source>Community welfare fund</source>
        <translation>กองทุนสวัสดิการชุมชน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="52" />
        <source>Rice bank</source>
        <translation>ธนาคารข้าว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="53" />
        <source>Community enterprise</source>
        <translation>วิสาหกิจชุมชน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="54" />
        <source>Other fund</source>
        <translation>กองทุนอื่น ๆ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="57" />
        <source>Existing institute</source>
        <translation>สถาบันเดิม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="58" />
        <source>New institute</source>
        <translation>สถาบันจัดตั้งใหม่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="63" />
        <source>Member fund of the institute</source>
        <translation>กองทุนสมาชิกของสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="64" />
        <source>Bank</source>
        <translation>ธนาคารพาณิชย์/ออมสิน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="65" />
        <source>BAAC</source>
        <translation>ธ.ก.ส.</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="66" />
        <source>Cooperative</source>
        <translation>สหกรณ์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="67" />
        <source>Informal lender</source>
        <translation>เงินกู้นอกระบบ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="68" />
        <source>Shop credit</source>
        <translation>ร้านค้า (เชื่อสินค้า)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="69" />
        <source>Relative or neighbour</source>
        <translation>ญาติ/เพื่อนบ้าน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="70" />
        <source>Other creditor</source>
        <translation>เจ้าหนี้อื่น ๆ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="73" />
        <source>Open</source>
        <translation>ยังไม่ปิด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="74" />
        <source>Closed</source>
        <translation>ปิดบัญชีแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="75" />
        <source>Closed – transferred</source>
        <translation>ปิด – โอนภาระหนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="78" />
        <location filename="../../cdfi_desktop/ui/labels.py" line="100" />
        <source>Farming</source>
        <translation>การเกษตร</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="79" />
        <location filename="../../cdfi_desktop/ui/labels.py" line="103" />
        <source>Trade</source>
        <translation>ค้าขาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="80" />
        <source>Household spending</source>
        <translation>ใช้จ่ายในครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="81" />
        <location filename="../../cdfi_desktop/ui/labels.py" line="108" />
        <source>Education</source>
        <translation>การศึกษา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="82" />
        <location filename="../../cdfi_desktop/ui/labels.py" line="109" />
        <source>Health care</source>
        <translation>รักษาพยาบาล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="83" />
        <source>Housing</source>
        <translation>ที่อยู่อาศัย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="84" />
        <source>Vehicle</source>
        <translation>ยานพาหนะ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="85" />
        <source>Paying other debts</source>
        <translation>ชำระหนี้อื่น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="86" />
        <source>Other purpose</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="89" />
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="90" />
        <source>Spouse</source>
        <translation>คู่สมรส</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="91" />
        <source>Child</source>
        <translation>บุตร</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="92" />
        <source>Parent</source>
        <translation>บิดา/มารดา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="93" />
        <source>Grandchild</source>
        <translation>หลาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="94" />
        <source>Brother or sister</source>
        <translation>พี่น้อง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="95" />
        <source>Relative</source>
        <translation>ญาติ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="96" />
        <location filename="../../cdfi_desktop/ui/labels.py" line="112" />
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="98" />
        <source>Male</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="98" />
        <source>Female</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="101" />
        <source>Wages</source>
        <translation>ค่าจ้าง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="102" />
        <source>Salary</source>
        <translation>เงินเดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="104" />
        <source>Welfare allowances</source>
        <translation>เบี้ยยังชีพ/สวัสดิการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="105" />
        <source>Money from family</source>
        <translation>เงินจากลูกหลาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="106" />
        <source>Food</source>
        <translation>อาหาร</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="107" />
        <source>Water, power, phone</source>
        <translation>ค่าน้ำ ค่าไฟ ค่าโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="110" />
        <source>Transport</source>
        <translation>ค่าเดินทาง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="111" />
        <source>Farm inputs</source>
        <translation>ปัจจัยการผลิต</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="115" />
        <source>Chair</source>
        <translation>ประธาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="116" />
        <source>Vice chair</source>
        <translation>รองประธาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="117" />
        <source>Secretary</source>
        <translation>เลขานุการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="118" />
        <source>Treasurer</source>
        <translation>เหรัญญิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="119" />
        <source>Auditor</source>
        <translation>ผู้ตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="120" />
        <source>Committee member</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="121" />
        <source>Advisor</source>
        <translation>ที่ปรึกษา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="124" />
        <source>Committee workshop</source>
        <translation>ประชุมเชิงปฏิบัติการคณะกรรมการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="125" />
        <source>Founding the institute</source>
        <translation>จัดตั้งสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="126" />
        <source>Debtor survey and register</source>
        <translation>สำรวจและจัดทำทะเบียนลูกหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="127" />
        <source>Debt-management training</source>
        <translation>อบรมการบริหารจัดการหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="128" />
        <source>Debt-management plan meeting</source>
        <translation>ประชุมจัดทำแผนบริหารจัดการหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="129" />
        <source>Other activity</source>
        <translation>กิจกรรมอื่น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="132" />
        <source>Planned</source>
        <translation>ตามแผน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="133" />
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="134" />
        <source>Done</source>
        <translation>ดำเนินการแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="135" />
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="138" />
        <source>Village level</source>
        <translation>ระดับหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="139" />
        <source>Subdistrict level</source>
        <translation>ระดับตำบล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/labels.py" line="197" />
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
        <translation>หนี้คงค้าง (สัญญา)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="145" />
        <source>Outstanding (baht)</source>
        <translation>ยอดหนี้คงค้าง (บาท)</translation>
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
</TS>