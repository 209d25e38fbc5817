<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th_TH">
<context>
    <name>ActivitiesTab</name>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="53" />
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="63" />
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="54" />
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="64" />
        <source>Quarter</source>
        <translation>ไตรมาส</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="55" />
        <source>Deadline</source>
        <translation>กำหนดแล้วเสร็จ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="56" />
        <source>Planned</source>
        <translation>วันที่กำหนดจัด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="57" />
        <source>Done</source>
        <translation>วันที่เสร็จ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="58" />
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="70" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="59" />
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="67" />
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="60" />
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="68" />
        <source>Spent</source>
        <translation>ใช้จ่ายจริง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="65" />
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="66" />
        <source>Result to date</source>
        <translation>ผลการดำเนินงาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="69" />
        <source>% spent</source>
        <translation>ร้อยละ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="303" />
        <source>The activities could not be read: %1</source>
        <translation>อ่านข้อมูลกิจกรรมไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="333" />
        <source>Set up the institute first.</source>
        <translation>กรุณาบันทึกข้อมูลสถาบันก่อน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="356" />
        <source>From the training and plan-meeting records</source>
        <translation>จากข้อมูลการอบรมและการประชุมจัดทำแผน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="389" />
        <source>No activity is overdue or needs following up.</source>
        <translation>ไม่มีกิจกรรมที่เลยกำหนดหรือต้องติดตาม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="410" />
        <source>%1: %2 of %3 done, %4 overdue</source>
        <translation>%1: ดำเนินการแล้ว %2 จาก %3 แห่ง เลยกำหนด %4 แห่ง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="418" />
        <source>All %1 institutes in this database</source>
        <translation>สถาบันทั้งหมด %1 แห่งในฐานข้อมูลนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="438" />
        <source>Activities of %1 · as of %2</source>
        <translation>กิจกรรมของ%1 · ข้อมูล ณ วันที่ %2</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="454" />
        <source>Copied %1 activities: paste them into BPM or Excel</source>
        <translation>คัดลอก %1 กิจกรรมแล้ว นำไปวางในระบบ BPM หรือ Excel ได้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="472" />
        <source>Folder for the activity report</source>
        <translation>โฟลเดอร์สำหรับเก็บรายงานการติดตามกิจกรรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="490" />
        <source>The activity report</source>
        <translation>รายงานการติดตามกิจกรรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="502" />
        <source>Summary for keying into BPM</source>
        <translation>สรุปผลสำหรับบันทึกในระบบ BPM</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="503" />
        <source>Copy for BPM</source>
        <translation>คัดลอกไปบันทึกใน BPM</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="504" />
        <source>Copy the summary as tab-separated cells, to paste into BPM or Excel</source>
        <translation>คัดลอกสรุปผลเป็นช่อง ๆ (คั่นด้วยแท็บ) เพื่อนำไปวางในระบบ BPM หรือ Excel</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="505" />
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="506" />
        <source>The activity report as PDF and Excel</source>
        <translation>รายงานการติดตามกิจกรรมเป็นไฟล์ PDF และ Excel</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/activities.py" line="507" />
        <source>Edit the activities, dates and budget on the institute screen →</source>
        <translation>แก้ไขกิจกรรม วันที่ และงบประมาณ ได้ที่หน้าสถาบัน →</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n activities: paste them into BPM or Excel</source>
        <translation>
            <numerusform>คัดลอก %n กิจกรรมแล้ว: วางลงใน BPM หรือ Excel ได้</numerusform>
        </translation>
    </message>
    <message>
        <source>The activities and their deadlines are the institute's.</source>
        <translation>กิจกรรมและกำหนดเวลาเป็นของสถาบัน</translation>
    </message>
</context>
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
    <name>AddTargetDialog</name>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/dialogs.py" line="75" />
        <source>Add a target household</source>
        <translation>เพิ่มครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/dialogs.py" line="81" />
        <source>Households not on the list. Those the app would propose (class C or B, affordable) come first; any other household may be added with a reason.</source>
        <translation>ครัวเรือนที่ยังไม่อยู่ในรายชื่อ ครัวเรือนที่โปรแกรมจะเสนอ (ชั้น C หรือ B ที่ผ่อนรวมหนี้ได้) อยู่ด้านบน ครัวเรือนอื่นเพิ่มได้เมื่อระบุเหตุผล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/dialogs.py" line="88" />
        <source>Filter: name, register no., village…</source>
        <translation>ค้นหา: ชื่อ เลขทะเบียน หมู่บ้าน…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/dialogs.py" line="113" />
        <source>Reason for adding (kept in the list's history):</source>
        <translation>เหตุผลที่เพิ่ม (บันทึกไว้ในประวัติของรายชื่อ):</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/dialogs.py" line="129" />
        <source>Register no.</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/dialogs.py" line="130" />
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/dialogs.py" line="131" />
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/dialogs.py" line="132" />
        <source>Class</source>
        <translation>ชั้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/dialogs.py" line="133" />
        <source>Total debt (baht)</source>
        <translation>หนี้รวม (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/dialogs.py" line="134" />
        <source>Term (months)</source>
        <translation>ระยะผ่อน (งวด)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/dialogs.py" line="135" />
        <source>Why (not) proposed</source>
        <translation>เหตุผลที่เสนอ/ไม่เสนอ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/dialogs.py" line="138" />
        <source>Reading the households…</source>
        <translation>กำลังอ่านข้อมูลครัวเรือน…</translation>
    </message>
</context>
<context>
    <name>AnalysisScreen</name>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="20" />
        <source>Member fund</source>
        <translation>กองทุนสมาชิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="21" />
        <source>Institute's pooled funds</source>
        <translation>เงินกองกลางของสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="22" />
        <source>Outside help or negotiation</source>
        <translation>ความช่วยเหลือภายนอก/เจรจาเจ้าหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/table_model.py" line="35" />
        <source>Normal</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/table_model.py" line="36" />
        <source>Watch</source>
        <translation>เฝ้าระวัง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/table_model.py" line="37" />
        <source>Problem</source>
        <translation>มีปัญหา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/table_model.py" line="38" />
        <source>Critical</source>
        <translation>วิกฤต</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/table_model.py" line="56" />
        <source>no income</source>
        <translation>ไม่มีรายได้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/table_model.py" line="57" />
        <source>%1 months</source>
        <translation>%1 งวด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/table_model.py" line="92" />
        <source>No.</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/table_model.py" line="93" />
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/table_model.py" line="94" />
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/table_model.py" line="96" />
        <source>Class</source>
        <translation>ชั้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/table_model.py" line="102" />
        <source>Total debt</source>
        <translation>หนี้รวม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/table_model.py" line="109" />
        <source>DSR</source>
        <translation>ภาระหนี้ต่อรายได้ (%)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/table_model.py" line="116" />
        <source>Residual income</source>
        <translation>รายได้คงเหลือ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/table_model.py" line="123" />
        <source>Creditors</source>
        <translation>จำนวนเจ้าหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/table_model.py" line="130" />
        <source>Days overdue</source>
        <translation>ค้างชำระ (วัน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/table_model.py" line="137" />
        <source>Affordable a month</source>
        <translation>ผ่อนได้ต่อเดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/table_model.py" line="144" />
        <source>Term</source>
        <translation>ระยะผ่อน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="63" />
        <source>No income</source>
        <translation>ไม่มีรายได้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="215" />
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="438" />
        <source>Working out the analysis…</source>
        <translation>กำลังวิเคราะห์ข้อมูล…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="222" />
        <source>The analysis could not be worked out: %1</source>
        <translation>วิเคราะห์ข้อมูลไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="254" />
        <source>There is no institute yet: set one up first.</source>
        <translation>ยังไม่มีสถาบัน กรุณาบันทึกข้อมูลสถาบันก่อน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="263" />
        <source>%1 · %2 households analysed on %3 · %4 in class C or D</source>
        <translation>%1 · วิเคราะห์ %2 ครัวเรือน ณ วันที่ %3 · ชั้น C และ D %4 ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="277" />
        <source>%1: %2 households (%3)</source>
        <translation>%1: %2 ครัวเรือน (%3)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="287" />
        <source>Inside the institute</source>
        <translation>หนี้กองทุนสมาชิกในสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="288" />
        <source>Other formal lenders</source>
        <translation>หนี้ในระบบอื่น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="289" />
        <source>Informal lenders</source>
        <translation>หนี้นอกระบบ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="293" />
        <source>%1 baht</source>
        <translation>%1 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="296" />
        <source>Total %1 baht</source>
        <translation>รวม %1 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="310" />
        <source>… and %1 more funds</source>
        <translation>… และอีก %1 กองทุน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="329" />
        <source>DSR %1%: %2 households</source>
        <translation>ภาระหนี้ต่อรายได้ %1%: %2 ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="329" />
        <source>%1: %2 households</source>
        <translation>%1: %2 ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="337" />
        <source>Lent out: %1 baht</source>
        <translation>ให้กู้แล้ว %1 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="338" />
        <source>Capital: %1 baht</source>
        <translation>เงินทุน %1 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="339" />
        <source>Still available: %1 baht</source>
        <translation>คงเหลือให้กู้ได้ %1 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="343" />
        <source>Lending limit: %1 baht a borrower</source>
        <translation>วงเงินกู้ %1 บาทต่อราย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="346" />
        <source>This fund does not lend.</source>
        <translation>กองทุนนี้ไม่ให้กู้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="352" />
        <source>%1 households</source>
        <translation>%1 ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="354" />
        <source>%1 of %2 households</source>
        <translation>%1 จาก %2 ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="378" />
        <source>Folder for the analysis report</source>
        <translation>โฟลเดอร์สำหรับบันทึกรายงานผลการวิเคราะห์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="395" />
        <source>Analysis report saved</source>
        <translation>บันทึกรายงานผลการวิเคราะห์แล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="396" />
        <source>Saved as:
%1</source>
        <translation>บันทึกเป็น:
%1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="403" />
        <source>Analysis report not saved</source>
        <translation>ไม่ได้บันทึกรายงานผลการวิเคราะห์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="404" />
        <source>The report could not be written: %1</source>
        <translation>เขียนรายงานไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="415" />
        <source>Refresh</source>
        <translation>ปรับปรุงข้อมูล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="416" />
        <source>Work the analysis out again from the registers</source>
        <translation>วิเคราะห์ใหม่จากข้อมูลในทะเบียน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="417" />
        <source>PDF and Excel…</source>
        <translation>PDF และ Excel…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="418" />
        <source>Print the analysis with its charts as a PDF and an Excel workbook</source>
        <translation>พิมพ์ผลการวิเคราะห์พร้อมแผนภูมิเป็นไฟล์ PDF และ Excel</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="419" />
        <source>Filter: no., name of the head, village…</source>
        <translation>ค้นหา: เลขทะเบียน ชื่อหัวหน้าครัวเรือน หมู่บ้าน…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="420" />
        <source>Households per class</source>
        <translation>ครัวเรือนตามชั้นลูกหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="421" />
        <source>Debt by source</source>
        <translation>หนี้สินตามแหล่งเงินกู้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="422" />
        <source>Households by debt-service ratio (%)</source>
        <translation>ครัวเรือนตามสัดส่วนภาระหนี้ต่อรายได้ (%)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="423" />
        <source>Member funds: lent against capital</source>
        <translation>กองทุนสมาชิก: ยอดให้กู้เทียบเงินทุน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="425" />
        <source>Nothing to show yet</source>
        <translation>ยังไม่มีข้อมูล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="429" />
        <source>All classes</source>
        <translation>ทุกชั้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="432" />
        <source>C and D (problem debt)</source>
        <translation>ชั้น C และ D (หนี้มีปัญหา)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/view.py" line="433" />
        <source>B, C and D</source>
        <translation>ชั้น B, C และ D</translation>
    </message>
    <message>
        <source>The analysis report</source>
        <translation>รายงานการวิเคราะห์หนี้</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <source>Filter: register no., head of household, village…</source>
        <translation>ค้นหา: เลขทะเบียน ชื่อหัวหน้าครัวเรือน หมู่บ้าน…</translation>
    </message>
    <message numerus="yes">
        <source>Outstanding %1 baht · installment %2 · %n days overdue</source>
        <translation>
            <numerusform>คงค้าง %1 บาท · ผ่อนงวดละ %2 · ค้างชำระ %n วัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n งวด</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n households analysed on %2 · %3 in class C or D</source>
        <translation>
            <numerusform>%1 · วิเคราะห์ %n ครัวเรือน ณ วันที่ %2 · ชั้น C และ D %3 ครัวเรือน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n households (%2)</source>
        <translation>
            <numerusform>%1: %n ครัวเรือน (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DSR %1%: %n households</source>
        <translation>
            <numerusform>ภาระหนี้ต่อรายได้ %1%: %n ครัวเรือน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n households</source>
        <translation>
            <numerusform>%1: %n ครัวเรือน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n households</source>
        <translation>
            <numerusform>%n ครัวเรือน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n households</source>
        <translation>
            <numerusform>%1 จาก %n ครัวเรือน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupPreviewPanel</name>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="243" />
        <source>Taken</source>
        <translation>สำรองเมื่อ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="244" />
        <source>Why</source>
        <translation>เหตุที่สำรอง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="245" />
        <source>Institutes</source>
        <translation>สถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="246" />
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="247" />
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="248" />
        <source>Debts</source>
        <translation>หนี้สิน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="249" />
        <source>Contracts</source>
        <translation>สัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="250" />
        <source>Last change</source>
        <translation>แก้ไขล่าสุด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="251" />
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="49" />
        <source>Daily backup</source>
        <translation>สำรองประจำวัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="50" />
        <source>Before an import</source>
        <translation>ก่อนนำเข้าข้อมูล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="51" />
        <source>Before a bundle was applied</source>
        <translation>ก่อนรับชุดข้อมูล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="52" />
        <source>Before a restore</source>
        <translation>ก่อนกู้คืน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="53" />
        <source>Backed up on request</source>
        <translation>สำรองตามคำสั่งผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="54" />
        <source>The damaged database, kept</source>
        <translation>ฐานข้อมูลที่เสียหาย (เก็บไว้)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="55" />
        <source>A file you chose</source>
        <translation>ไฟล์ที่เลือกเอง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="58" />
        <source>the file is damaged</source>
        <translation>ไฟล์เสียหาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="59" />
        <source>it is not a database of this program</source>
        <translation>ไม่ใช่ฐานข้อมูลของโปรแกรมนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="81" />
        <source>Before the database was upgraded from version %1 to %2</source>
        <translation>ก่อนปรับรุ่นฐานข้อมูลจากรุ่น %1 เป็นรุ่น %2</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="89" />
        <source>%1 at %2</source>
        <translation>%1 เวลา %2</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="124" />
        <source>%1 households, %2 debts, %3 contracts; last change %4</source>
        <translation>%1 ครัวเรือน หนี้สิน %2 รายการ สัญญา %3 ฉบับ แก้ไขล่าสุด %4</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="426" />
        <source>Backups</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="427" />
        <source>Backups folder</source>
        <translation>โฟลเดอร์เก็บไฟล์สำรอง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="428" />
        <source>Change…</source>
        <translation>เปลี่ยน…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="429" />
        <source>Use the default</source>
        <translation>ใช้ค่าเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="432" />
        <source>A backup is taken on the first start of each day, before an import, a bundle or a restore, and when you ask. A folder on a USB stick keeps them safe when this computer breaks.</source>
        <translation>โปรแกรมสำรองฐานข้อมูลเมื่อเปิดใช้ครั้งแรกของแต่ละวัน ก่อนนำเข้าข้อมูล ก่อนรับชุดข้อมูล ก่อนกู้คืน และเมื่อสั่งสำรอง หากเก็บไฟล์สำรองไว้ในแฟลชไดรฟ์ (USB) ข้อมูลจะปลอดภัยแม้เครื่องคอมพิวเตอร์เสีย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="438" />
        <source>This database is on a server. The server's administrator backs it up there (pg_dump); this program does not.</source>
        <translation>ฐานข้อมูลนี้อยู่บนเซิร์ฟเวอร์ ผู้ดูแลเซิร์ฟเวอร์เป็นผู้สำรองข้อมูลบนเซิร์ฟเวอร์ (pg_dump) โปรแกรมนี้ไม่ได้สำรองให้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="442" />
        <source>Backups, newest first</source>
        <translation>ไฟล์สำรอง (ล่าสุดอยู่บนสุด)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="443" />
        <source>Taken</source>
        <translation>สำรองเมื่อ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="443" />
        <source>Why</source>
        <translation>เหตุที่สำรอง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="443" />
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="444" />
        <source>What the backup holds</source>
        <translation>ข้อมูลในไฟล์สำรอง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="445" />
        <source>Back up now</source>
        <translation>สำรองข้อมูลตอนนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="446" />
        <source>Restore…</source>
        <translation>กู้คืน…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="447" />
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="481" />
        <source>(on the server)</source>
        <translation>(อยู่บนเซิร์ฟเวอร์)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="482" />
        <source>Reading the backups…</source>
        <translation>กำลังอ่านรายการไฟล์สำรอง…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="486" />
        <source>%1 (the default: beside the database)</source>
        <translation>%1 (ค่าเริ่มต้น: โฟลเดอร์เดียวกับฐานข้อมูล)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="506" />
        <source>There are no backups in this folder yet.</source>
        <translation>ยังไม่มีไฟล์สำรองในโฟลเดอร์นี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="526" />
        <source>Reading the backup…</source>
        <translation>กำลังอ่านไฟล์สำรอง…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="539" />
        <source>Backed up: %1</source>
        <translation>สำรองข้อมูลแล้ว: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="543" />
        <source>Backing up…</source>
        <translation>กำลังสำรองข้อมูล…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="548" />
        <source>Choose the backups folder</source>
        <translation>เลือกโฟลเดอร์เก็บไฟล์สำรอง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="564" />
        <source>Backups go to %1 from now on.</source>
        <translation>จากนี้ไปจะเก็บไฟล์สำรองไว้ที่ %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="566" />
        <source>Backups go to the default folder, beside the database, from now on.</source>
        <translation>จากนี้ไปจะเก็บไฟล์สำรองไว้ในโฟลเดอร์ค่าเริ่มต้น ซึ่งอยู่ที่เดียวกับฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="594" />
        <source>Put this backup in place of the database?</source>
        <translation>ต้องการกู้คืนไฟล์สำรองนี้แทนฐานข้อมูลปัจจุบันหรือไม่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="595" />
        <source>Now in the database: %1.</source>
        <translation>ในฐานข้อมูลขณะนี้: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="596" />
        <source>In the backup taken %1 (%2): %3.</source>
        <translation>ในไฟล์สำรองเมื่อ %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="600" />
        <source>The database as it is now is kept as a backup first.</source>
        <translation>โปรแกรมจะสำรองฐานข้อมูลปัจจุบันเก็บไว้ก่อน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="603" />
        <source>Restore a backup</source>
        <translation>กู้คืนจากไฟล์สำรอง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="618" />
        <source>The database now holds the backup taken %1.</source>
        <translation>กู้คืนแล้ว ฐานข้อมูลเป็นข้อมูลจากไฟล์สำรองเมื่อ %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="620" />
        <source>The database as it was is kept as %1.</source>
        <translation>ฐานข้อมูลก่อนกู้คืนเก็บไว้เป็นไฟล์ %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/backups_dialog.py" line="626" />
        <source>Restoring…</source>
        <translation>กำลังกู้คืน…</translation>
    </message>
    <message>
        <source>A database on a server is backed up by its administrator.</source>
        <translation>ฐานข้อมูลบนเครื่องแม่ข่ายสำรองโดยผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>เลือกไฟล์สำรองในรายการก่อน</translation>
    </message>
    <message>
        <source>The backups already go to the default folder.</source>
        <translation>ไฟล์สำรองเก็บในโฟลเดอร์ค่าเริ่มต้นอยู่แล้ว</translation>
    </message>
    <message>
        <source>Wait until the work under way is done.</source>
        <translation>รอให้งานที่กำลังทำอยู่เสร็จก่อน</translation>
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
        <translation>ชื่อ-สกุล</translation>
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
    <name>ConsolidationWizard</name>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="76" />
        <source>1. Source debts</source>
        <translation>1. หนี้ที่โอนมา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="77" />
        <source>2. Terms</source>
        <translation>2. เงื่อนไขการชำระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="78" />
        <source>3. Schedule</source>
        <translation>3. ตารางผ่อนชำระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="79" />
        <source>4. Parties and signing</source>
        <translation>4. คู่สัญญาและการลงนาม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="80" />
        <source>5. Review and sign</source>
        <translation>5. ตรวจทานและลงนาม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="83" />
        <source>Flat rate</source>
        <translation>ดอกเบี้ยคงที่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="84" />
        <source>Declining balance</source>
        <translation>ลดต้นลดดอก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="87" />
        <source>Amounts cannot be negative.</source>
        <translation>จำนวนเงินต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="88" />
        <source>A share kept is between 0 and 1.</source>
        <translation>สัดส่วนที่คงไว้ต้องอยู่ระหว่าง 0 ถึง 1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="89" />
        <source>A waiver cannot be more than the interest or penalty it waives.</source>
        <translation>ยอดที่ยกเว้นต้องไม่เกินดอกเบี้ยหรือค่าปรับที่ยกเว้นให้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1038" />
        <source>Consolidate the debts of %1 (register no. %2)</source>
        <translation>รวมหนี้ของ %1 (เลขทะเบียนครัวเรือน %2)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1045" />
        <source>&lt; Back</source>
        <translation>&lt; ย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1046" />
        <source>Next &gt;</source>
        <translation>ถัดไป &gt;</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1047" />
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1048" />
        <source>Sign the contract</source>
        <translation>ลงนามในสัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1151" />
        <source>Creditor</source>
        <translation>เจ้าหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1152" />
        <source>Contract no.</source>
        <translation>เลขที่สัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1153" />
        <source>Principal</source>
        <translation>เงินต้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1154" />
        <source>Interest</source>
        <translation>ดอกเบี้ย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1155" />
        <source>Penalty</source>
        <translation>ค่าปรับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1156" />
        <source>Waived</source>
        <translation>ยกเว้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1157" />
        <source>Payoff</source>
        <translation>ยอดปิดหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1161" />
        <source>Guarantor</source>
        <translation>ผู้ค้ำประกัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1162" />
        <source>Witness</source>
        <translation>พยาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1163" />
        <source>Signing for the lender</source>
        <translation>ผู้ลงนามแทนผู้ให้กู้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1165" />
        <source>Citizen ID %1</source>
        <translation>เลขประจำตัวประชาชน %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1173" />
        <source>Debt-transfer contract of %1 (register no. %2)</source>
        <translation>สัญญาการถ่ายโอนภาระหนี้สินของ %1 (เลขทะเบียนครัวเรือน %2)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1177" />
        <source>Borrower: %1</source>
        <translation>ผู้กู้: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1180" />
        <source>Down-payment: %1 baht</source>
        <translation>เงินดาวน์: %1 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1182" />
        <source>New principal: %1 baht (%2)</source>
        <translation>เงินต้นตามสัญญาใหม่: %1 บาท (%2)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1187" />
        <source>Interest %1% a year, %2, over %3 months</source>
        <translation>ดอกเบี้ยร้อยละ %1 ต่อปี แบบ%2 ระยะเวลา %3 เดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1193" />
        <source>Installment %1 baht a month (%2); the last installment %3 baht</source>
        <translation>ผ่อนงวดละ %1 บาทต่อเดือน (%2) งวดสุดท้าย %3 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1199" />
        <source>Total interest %1 baht (%2); equivalent annual rate %3</source>
        <translation>ดอกเบี้ยรวม %1 บาท (%2) อัตราดอกเบี้ยเทียบเท่าต่อปี %3</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1205" />
        <source>Installments due from %1 to %2</source>
        <translation>ครบกำหนดชำระตั้งแต่ %1 ถึง %2</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1210" />
        <source>Signed at %1 on %2</source>
        <translation>ทำสัญญา ณ %1 เมื่อวันที่ %2</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1214" />
        <source>Lender: %1</source>
        <translation>ผู้ให้กู้: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1215" />
        <source>Debts taken over</source>
        <translation>หนี้ที่โอนมารวม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1244" />
        <source>Signing…</source>
        <translation>กำลังลงนาม…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1275" />
        <source>Signing failed: %1</source>
        <translation>ลงนามไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1309" />
        <source>Owed %1 = new principal %2 + waived %3 + down-payment %4 baht</source>
        <translation>ยอดหนี้เดิม %1 = เงินต้นใหม่ %2 + ยกเว้น %3 + เงินดาวน์ %4 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1316" />
        <source>%1 baht of principal waived on the debt to %2: %3</source>
        <translation>ยกเว้นเงินต้น %1 บาท ของหนี้ %2: %3</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1325" />
        <source>Second contract of the fiscal year: %1</source>
        <translation>สัญญาฉบับที่สองของปีงบประมาณ: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="1326" />
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>A percentage waived is between 0 and 100.</source>
        <translation>ร้อยละที่ยกเว้นต้องอยู่ระหว่าง 0 ถึง 100</translation>
    </message>
</context>
<context>
    <name>ContractsScreen</name>
    <message>
        <source>Notes: %1</source>
        <translation>หมายเหตุ: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="56" />
        <source>Rank</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="57" />
        <source>Register no.</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="58" />
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="59" />
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="326" />
        <source>Contract</source>
        <translation>สัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="60" />
        <source>Debt now (baht)</source>
        <translation>หนี้คงค้าง (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="63" />
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="502" />
        <source>Contract no.</source>
        <translation>เลขที่สัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="64" />
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="78" />
        <source>Borrower</source>
        <translation>ผู้กู้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="65" />
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="503" />
        <source>Principal</source>
        <translation>เงินต้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="66" />
        <source>Installment</source>
        <translation>ค่างวด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="67" />
        <source>Months</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="68" />
        <source>Signed on</source>
        <translation>วันที่ทำสัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="69" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="72" />
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="73" />
        <source>Signed</source>
        <translation>ลงนามแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="74" />
        <source>Closed</source>
        <translation>ปิดแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="75" />
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="79" />
        <source>Co-borrower</source>
        <translation>ผู้กู้ร่วม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="80" />
        <source>Guarantor</source>
        <translation>ผู้ค้ำประกัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="81" />
        <source>Witness</source>
        <translation>พยาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="82" />
        <source>Signing for the lender</source>
        <translation>ผู้ลงนามแทนผู้ให้กู้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="318" />
        <source>Target households of %1 and their debt-transfer contracts</source>
        <translation>ครัวเรือนเป้าหมาย%1 และสัญญาการถ่ายโอนภาระหนี้สิน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="322" />
        <source>Target households</source>
        <translation>ครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="323" />
        <source>Contracts</source>
        <translation>สัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="324" />
        <source>Consolidate…</source>
        <translation>รวมหนี้…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="325" />
        <source>Print contract…</source>
        <translation>พิมพ์สัญญา…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="327" />
        <source>Schedule</source>
        <translation>ตารางผ่อนชำระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="329" />
        <source>Repayments</source>
        <translation>การชำระคืน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="349" />
        <source>Signed no. %1</source>
        <translation>✔ เลขที่ %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="351" />
        <source>No contract</source>
        <translation>ยังไม่มีสัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="411" />
        <source>%1 of %2 households consolidated</source>
        <translation>รวมหนี้แล้ว %1 จาก %2 ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="421" />
        <source>No target list for this fiscal year yet: make it on the target step.</source>
        <translation>ปีงบประมาณนี้ยังไม่มีรายชื่อครัวเรือนเป้าหมาย ให้จัดทำในขั้นครัวเรือนเป้าหมายก่อน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="423" />
        <source>The target list is not locked yet.</source>
        <translation>รายชื่อครัวเรือนเป้าหมายยังไม่ได้ล็อก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="484" />
        <source>Choose a contract to see its sources, parties and schedule.</source>
        <translation>เลือกสัญญาเพื่อดูหนี้ที่โอนมา คู่สัญญา และตารางผ่อนชำระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="495" />
        <source>%1 (member fund)</source>
        <translation>%1 (กองทุนสมาชิก)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="501" />
        <source>Creditor</source>
        <translation>เจ้าหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="504" />
        <source>Interest</source>
        <translation>ดอกเบี้ย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="505" />
        <source>Penalty</source>
        <translation>ค่าปรับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="506" />
        <source>Waived</source>
        <translation>ยกเว้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="507" />
        <source>Transferred</source>
        <translation>ยอดที่โอน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="522" />
        <source>Citizen ID %1</source>
        <translation>เลขประจำตัวประชาชน %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="529" />
        <source>Contract no. %1 · register no. %2 · %3</source>
        <translation>สัญญาเลขที่ %1 · เลขทะเบียนครัวเรือน %2 · %3</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="535" />
        <source>%1 baht at %2% a year, %3, %4 months: %5 baht a month, the last %6 baht; interest %7 baht; APR %8</source>
        <translation>เงินต้น %1 บาท ดอกเบี้ยร้อยละ %2 ต่อปี แบบ%3 %4 เดือน: งวดละ %5 บาท งวดสุดท้าย %6 บาท ดอกเบี้ยรวม %7 บาท อัตราเทียบเท่าต่อปี %8</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="546" />
        <source>Signed at %1 on %2; first installment due %3</source>
        <translation>ทำสัญญา ณ %1 เมื่อวันที่ %2 งวดแรกครบกำหนด %3</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="551" />
        <source>Lender: %1</source>
        <translation>ผู้ให้กู้: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="552" />
        <source>Debts taken over</source>
        <translation>หนี้ที่โอนมารวม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="552" />
        <source>Parties</source>
        <translation>คู่สัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="580" />
        <source>Loading the household's debts…</source>
        <translation>กำลังโหลดหนี้ของครัวเรือน…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="590" />
        <source>%1 has no open debt to consolidate.</source>
        <translation>%1 ไม่มีหนี้คงค้างให้รวม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="606" />
        <source>The contract is signed.</source>
        <translation>ลงนามในสัญญาแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="621" />
        <source>Print the contract</source>
        <translation>พิมพ์สัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="621" />
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="630" />
        <source>Printing…</source>
        <translation>กำลังพิมพ์…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="635" />
        <source>The contract is printed to %1</source>
        <translation>พิมพ์สัญญาไว้ที่ %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/view.py" line="650" />
        <source>The operation failed: %1</source>
        <translation>ทำรายการไม่สำเร็จ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n households (target at least %1)</source>
        <translation>
            <numerusform>%n ครัวเรือน (เป้าหมายอย่างน้อย %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>The consolidation of another household is open.</source>
        <translation>กำลังเปิดการรวมหนี้ของอีกครัวเรือนอยู่</translation>
    </message>
    <message>
        <source>Choose a target household in the list first.</source>
        <translation>เลือกครัวเรือนเป้าหมายในรายการก่อน</translation>
    </message>
    <message>
        <source>Choose a contract in the list first.</source>
        <translation>เลือกสัญญาในรายการก่อน</translation>
    </message>
    <message>
        <source>%1: target households and their debt-transfer contracts</source>
        <translation>%1: ครัวเรือนเป้าหมายและสัญญาการถ่ายโอนภาระหนี้สิน</translation>
    </message>
    <message>
        <source>No institute yet: its target households and their contracts come after it is registered.</source>
        <translation>ยังไม่มีสถาบัน: ครัวเรือนเป้าหมายและสัญญาจะตามมาหลังบันทึกข้อมูลสถาบันแล้ว</translation>
    </message>
    <message>
        <source>Go to the institute…</source>
        <translation>ไปที่ข้อมูลสถาบัน…</translation>
    </message>
    <message>
        <source>No target list for this fiscal year yet: choose the target households first.</source>
        <translation>ยังไม่มีรายชื่อครัวเรือนเป้าหมายของปีงบประมาณนี้: เลือกครัวเรือนเป้าหมายก่อน</translation>
    </message>
    <message>
        <source>Go to the target households…</source>
        <translation>ไปที่ครัวเรือนเป้าหมาย…</translation>
    </message>
    <message>
        <source>Folder for the contract</source>
        <translation>โฟลเดอร์สำหรับสัญญา</translation>
    </message>
    <message>
        <source>The contract</source>
        <translation>สัญญา</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="162" />
        <source>Passed</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="164" />
        <source>Not passed</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="169" />
        <source>Go to %1</source>
        <translation>ไปที่ %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="339" />
        <source>The institute passes all five criteria.</source>
        <translation>สถาบันผ่านเกณฑ์ครบทั้ง 5 ข้อ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="342" />
        <source>The institute passes %1 of the five criteria.</source>
        <translation>สถาบันผ่านเกณฑ์ %1 จาก 5 ข้อ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="359" />
        <source>households at 1HH1C / at least</source>
        <translation>ครัวเรือน ๑ ครัวเรือน ๑ สัญญา / เกณฑ์ขั้นต่ำ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="362" />
        <source>consolidation contracts</source>
        <translation>สัญญารวมหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="367" />
        <source>baht consolidated</source>
        <translation>บาท ยอดหนี้ที่รวมเป็นสัญญาเดียว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="372" />
        <source>%1 of %2 installments due paid on time</source>
        <translation>ชำระตรงเวลา %1 จาก %2 งวดที่ถึงกำหนด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="379" />
        <source>baht in arrears, %1 contracts</source>
        <translation>บาท ค้างชำระ (%1 สัญญา)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="387" />
        <source>target households whose class improved</source>
        <translation>ครัวเรือนเป้าหมายที่ชั้นลูกหนี้ดีขึ้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="405" />
        <source>Goals: %1% of institutes passing; at least %2 households per institute; %3 households nationally (%4 here).</source>
        <translation>เป้าหมาย: สถาบันผ่านเกณฑ์ร้อยละ %1 · ไม่น้อยกว่า %2 ครัวเรือนต่อสถาบัน · %3 ครัวเรือนทั่วประเทศ (ในฐานข้อมูลนี้ %4 ครัวเรือน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="421" />
        <source>All institutes</source>
        <translation>รวมทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="428" />
        <source>Yes</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="430" />
        <source>No</source>
        <translation>ไม่ถึง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="455" />
        <source>Institutes passing (%) against the %1 goal</source>
        <translation>ร้อยละสถาบันที่ผ่านเกณฑ์ เทียบเป้าหมาย %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="468" />
        <source>%1 of %2 institutes pass</source>
        <translation>ผ่านเกณฑ์ %1 จาก %2 สถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="474" />
        <source>goal %1</source>
        <translation>เป้าหมาย %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="477" />
        <source>Households at 1HH1C against the goal</source>
        <translation>ครัวเรือน ๑ ครัวเรือน ๑ สัญญา เทียบเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="488" />
        <source>%1 households at 1HH1C; goal %2</source>
        <translation>%1 ครัวเรือนที่ ๑ ครัวเรือน ๑ สัญญา เป้าหมาย %2</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="495" />
        <source>Debt consolidated (million baht)</source>
        <translation>ยอดหนี้ที่รวมเป็นสัญญาเดียว (ล้านบาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="505" />
        <source>%1 contracts, %2 baht</source>
        <translation>%1 สัญญา %2 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="516" />
        <source>Installments due, how they were paid</source>
        <translation>การชำระงวดที่ถึงกำหนด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="521" />
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="591" />
        <source>On time</source>
        <translation>ตรงเวลา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="526" />
        <source>Paid late</source>
        <translation>ชำระช้า</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="527" />
        <source>Unpaid</source>
        <translation>ยังไม่ชำระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="529" />
        <source>%1 installments due</source>
        <translation>ถึงกำหนด %1 งวด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="534" />
        <source>No institutes yet</source>
        <translation>ยังไม่มีสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="546" />
        <source>Folder for the indicators report</source>
        <translation>โฟลเดอร์สำหรับรายงานตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="568" />
        <source>The indicators report</source>
        <translation>รายงานตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="578" />
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="579" />
        <source>All institutes in this database</source>
        <translation>สรุปทุกสถาบันในฐานข้อมูลนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="580" />
        <source>Per province</source>
        <translation>รายจังหวัด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="581" />
        <source>Per district</source>
        <translation>รายอำเภอ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="584" />
        <source>Area</source>
        <translation>พื้นที่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="585" />
        <source>Passing</source>
        <translation>ผ่าน/สถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="586" />
        <source>%</source>
        <translation>ร้อยละ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="587" />
        <source>Goal met</source>
        <translation>ถึงเป้า</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="588" />
        <source>1HH1C / goal</source>
        <translation>ครัวเรือน/เป้า</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="589" />
        <source>Contracts</source>
        <translation>สัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/dashboard.py" line="590" />
        <source>M baht</source>
        <translation>ล้านบาท</translation>
    </message>
    <message numerus="yes">
        <source>baht in arrears, %n contracts</source>
        <translation>
            <numerusform>บาท ค้างชำระ (%n สัญญา)</numerusform>
        </translation>
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
    <message>
        <source>dd/mm/yyyy</source>
        <translation>วว/ดด/ปปปป (พ.ศ.)</translation>
    </message>
    <message>
        <source>Not a date; type day/month/year, e.g. 15/3/2017.</source>
        <translation>วันที่ไม่ถูกต้อง กรอกเป็น วัน/เดือน/ปี พ.ศ. เช่น 15/3/2560</translation>
    </message>
    <message>
        <source>The year %1 looks like a Buddhist Era year: do you mean %2?</source>
        <translation>ปี %1 ดูเหมือนเป็นปี พ.ศ. หมายถึงวันที่ %2 ใช่หรือไม่</translation>
    </message>
</context>
<context>
    <name>DebtDialog</name>
    <message>
        <source>Rescheduled (restructured or composed) with the creditor</source>
        <translation>ปรับโครงสร้าง/ประนอมหนี้กับเจ้าหนี้แล้ว</translation>
    </message>
    <message>
        <source>A debt owed outside the institute whose repayment was rescheduled by agreement with its creditor: its target household counts as restructured (criterion 3) from the day it was agreed.</source>
        <translation>หนี้นอกสถาบันที่ตกลงปรับโครงสร้างหรือประนอมหนี้กับเจ้าหนี้แล้ว: ครัวเรือนเป้าหมายนับว่าได้ปรับโครงสร้างหนี้แล้ว (ตัวชี้วัดที่ 3) ตั้งแต่วันที่ตกลง</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>ตกลงเมื่อวันที่</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>เงื่อนไข</translation>
    </message>
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
        <translation>ระยะผ่อน (งวด)</translation>
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
    <message>
        <source>Change the status of a debt</source>
        <translation>เปลี่ยนสถานะหนี้</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>สถานะใหม่</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
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
    <name>DeviceKeyDialog</name>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>คัดลอกแล้ว</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>รหัสเครื่อง</translation>
    </message>
    <message>
        <source>Device key</source>
        <translation>กุญแจของเครื่องนี้</translation>
    </message>
    <message>
        <source>Export the enrolment file…</source>
        <translation>ส่งออกไฟล์ลงทะเบียนเครื่อง…</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>ลายนิ้วมือกุญแจ</translation>
    </message>
    <message>
        <source>Import the province's key…</source>
        <translation>นำเข้ากุญแจของจังหวัด…</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>รหัสกุญแจ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Province's fingerprint</source>
        <translation>ลายนิ้วมือกุญแจของจังหวัด</translation>
    </message>
    <message>
        <source>This computer signs every bundle it sends with its own key. The province trusts bundles from it once it has enrolled its enrolment file; read it this fingerprint to check.</source>
        <translation>เครื่องนี้ลงนามชุดข้อมูลทุกชุดที่ส่งด้วยกุญแจของตัวเอง จังหวัดจะรับชุดข้อมูลจากเครื่องนี้เมื่อได้ลงทะเบียนไฟล์ลงทะเบียนเครื่องแล้ว อ่านลายนิ้วมือกุญแจนี้ให้จังหวัดตรวจสอบ</translation>
    </message>
    <message>
        <source>not imported yet</source>
        <translation>ยังไม่ได้นำเข้า</translation>
    </message>
    <message>
        <source>Wait until the work under way is done.</source>
        <translation>รอให้งานที่กำลังทำอยู่เสร็จก่อน</translation>
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
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="516" />
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
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="517" />
        <location filename="../../cdfi_desktop/ui/training/dialogs.py" line="87" />
        <location filename="../../cdfi_desktop/ui/widgets/dialogs.py" line="23" />
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/dialogs.py" line="86" />
        <location filename="../../cdfi_desktop/ui/training/view.py" line="648" />
        <location filename="../../cdfi_desktop/ui/widgets/dialogs.py" line="24" />
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="63" />
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="64" />
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="461" />
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="65" />
        <source>There</source>
        <translation>ที่มีอยู่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="66" />
        <source>What is missing</source>
        <translation>สิ่งที่ยังขาด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="67" />
        <source>Fixed in</source>
        <translation>แก้ไขที่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="77" />
        <source>Complete</source>
        <translation>มีครบ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="78" />
        <source>Partial</source>
        <translation>ไม่ครบ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="79" />
        <source>Missing</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="281" />
        <source>The operation failed: %1</source>
        <translation>ทำรายการไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="301" />
        <source>No institute yet.</source>
        <translation>ยังไม่มีสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="304" />
        <source>%1 of %2 items complete</source>
        <translation>ครบถ้วน %1 จาก %2 รายการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="327" />
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="528" />
        <source>Attach…</source>
        <translation>แนบไฟล์…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="328" />
        <source>Attach photos of the activities</source>
        <translation>แนบภาพถ่ายการดำเนินกิจกรรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="333" />
        <source>Go to the step where this is made</source>
        <translation>ไปยังขั้นตอนที่จัดทำหลักฐานนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="412" />
        <source>Attach evidence</source>
        <translation>แนบหลักฐาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="414" />
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>ภาพถ่ายและเอกสารสแกน (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="434" />
        <source>Caption</source>
        <translation>คำบรรยาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="434" />
        <source>What the file shows:</source>
        <translation>ไฟล์นี้แสดงอะไร:</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="468" />
        <source>Remove “%1” from the evidence?</source>
        <translation>ลบ “%1” ออกจากหลักฐานหรือไม่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="489" />
        <source>Folder for the evidence pack</source>
        <translation>โฟลเดอร์สำหรับเล่มหลักฐาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="506" />
        <source>The evidence pack</source>
        <translation>เล่มหลักฐาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="517" />
        <source>Evidence of %1</source>
        <translation>หลักฐานประกอบตัวชี้วัด %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="518" />
        <source>Build the evidence pack…</source>
        <translation>จัดทำเล่มหลักฐาน…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="520" />
        <source>One PDF with a cover, contents, the checklist and every document, and a zip of the originals</source>
        <translation>ไฟล์ PDF เล่มเดียว มีปก สารบัญ รายการตรวจสอบหลักฐาน และเอกสารทุกฉบับ พร้อมไฟล์ zip ของต้นฉบับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="523" />
        <source>Attached photos and scans</source>
        <translation>ภาพถ่ายและเอกสารสแกนที่แนบ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="527" />
        <source>What the next file attached is</source>
        <translation>ประเภทของไฟล์ที่จะแนบ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="529" />
        <source>Caption…</source>
        <translation>คำบรรยาย…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="530" />
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/evidence.py" line="531" />
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>No institute yet: set it up on the institute screen first.</source>
        <translation>ยังไม่มีสถาบัน: ตั้งค่าสถาบันที่หน้าจอสถาบันก่อน</translation>
    </message>
    <message>
        <source>Choose a file among the attached ones first.</source>
        <translation>เลือกไฟล์ที่แนบไว้ก่อน</translation>
    </message>
    <message>
        <source>The evidence of section 4.3 is gathered for an institute.</source>
        <translation>หลักฐานตามข้อ 4.3 รวบรวมสำหรับสถาบัน</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="274" />
        <source>Follow-up visit</source>
        <translation>การติดตามผล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="290" />
        <source>Visited on</source>
        <translation>วันที่ติดตาม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="291" />
        <source>Saved so far (baht)</source>
        <translation>เงินออมสะสม (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="292" />
        <source>What was seen, advice</source>
        <translation>ผลการติดตาม / ข้อเสนอแนะ</translation>
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
        <translation>อัตราดอกเบี้ย (% ต่อปี)</translation>
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
        <source>1HH1C contract</source>
        <translation>สัญญารวมหนี้ 1HH1C</translation>
    </message>
    <message>
        <source>The household's signed 1HH1C contract: its balance is a debt of the household.</source>
        <translation>สัญญารวมหนี้ 1HH1C ที่ครัวเรือนลงนามแล้ว: เงินต้นคงเหลือของสัญญาเป็นหนี้ของครัวเรือน</translation>
    </message>
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
        <translation>เลขทะเบียนครัวเรือน</translation>
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
    <message>
        <source>%1 (given when saved; type another number to use it)</source>
        <translation>%1 (ได้เลขนี้เมื่อบันทึก หรือพิมพ์เลขอื่นเอง)</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="80" />
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="82" />
        <source>Choose a household in the list.</source>
        <translation>เลือกครัวเรือนจากรายการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="89" />
        <source>Class %1</source>
        <translation>ชั้น %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="99" />
        <source>Why this class</source>
        <translation>เหตุผลการจัดชั้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="111" />
        <source>Total debt (baht)</source>
        <translation>หนี้รวม (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="112" />
        <source>… inside the institute</source>
        <translation>… กองทุนสมาชิกในสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="113" />
        <source>… other formal lenders</source>
        <translation>… หนี้ในระบบอื่น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="114" />
        <source>… informal</source>
        <translation>… หนี้นอกระบบ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="115" />
        <source>Income a month</source>
        <translation>รายได้ต่อเดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="116" />
        <source>Essential expenses a month</source>
        <translation>รายจ่ายจำเป็นต่อเดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="117" />
        <source>Installments a month</source>
        <translation>ค่างวดต่อเดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="118" />
        <source>Debt-service ratio</source>
        <translation>สัดส่วนภาระหนี้ต่อรายได้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="119" />
        <source>Residual income a month</source>
        <translation>รายได้คงเหลือต่อเดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="120" />
        <source>Creditors</source>
        <translation>จำนวนเจ้าหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="121" />
        <source>Most days overdue</source>
        <translation>ค้างชำระนานที่สุด (วัน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="122" />
        <source>Affordable installment a month</source>
        <translation>ค่างวดที่ผ่อนได้ต่อเดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="123" />
        <source>Shortest affordable term</source>
        <translation>ระยะผ่อนรวมหนี้ที่สั้นที่สุด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="125" />
        <source>Indicators</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="130" />
        <source>No open debts.</source>
        <translation>ไม่มีหนี้ที่ยังไม่ปิดบัญชี</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="131" />
        <source>Open debts</source>
        <translation>หนี้ที่ยังไม่ปิด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="133" />
        <source>Open debts and the suggested source of money</source>
        <translation>หนี้แต่ละรายการและแหล่งเงินที่เสนอ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="143" />
        <source>Outstanding %1 baht · installment %2 · %3 days overdue</source>
        <translation>คงค้าง %1 บาท · ผ่อนงวดละ %2 · ค้างชำระ %3 วัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/analysis/side_panel.py" line="147" />
        <source>Source:</source>
        <translation>แหล่งเงิน:</translation>
    </message>
    <message numerus="yes">
        <source>Outstanding %1 baht · installment %2 · %n days overdue</source>
        <translation>
            <numerusform>คงค้าง %1 บาท · ผ่อนงวดละ %2 · ค้างชำระ %n วัน</numerusform>
        </translation>
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
        <source>These headings could mean more than one field, so the program did not guess. Choose what each column holds; a column left unchosen is not imported.</source>
        <translation>หัวตารางต่อไปนี้อาจหมายถึงข้อมูลได้มากกว่าหนึ่งช่อง โปรแกรมจึงไม่เดาให้ กรุณาเลือกว่าแต่ละคอลัมน์เป็นข้อมูลใด คอลัมน์ที่ไม่ได้เลือกจะไม่ถูกนำเข้า</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>หัวตาราง</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>อ่านเป็น</translation>
    </message>
    <message>
        <source>— choose (not imported) —</source>
        <translation>— เลือก (ยังไม่นำเข้า) —</translation>
    </message>
    <message>
        <source>I have checked: this workbook is this institute's; import it anyway</source>
        <translation>ตรวจสอบแล้ว ไฟล์นี้เป็นของสถาบันนี้ ให้นำเข้าได้</translation>
    </message>
    <message>
        <source>The workbook names member funds this institute does not have, so their rows are not imported. Tick the funds to create with the import (each one's type is guessed from its name), then check again.</source>
        <translation>ไฟล์ระบุกองทุนที่สถาบันนี้ยังไม่มี แถวของกองทุนเหล่านี้จึงไม่ถูกนำเข้า เลือกกองทุนที่จะสร้างพร้อมการนำเข้า (ประเภทกองทุนคาดจากชื่อ) แล้วตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>Create the ticked funds and check again</source>
        <translation>สร้างกองทุนที่เลือกแล้วตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows</source>
        <translation>%1 (%2): %3 แถว</translation>
    </message>
    <message>
        <source>Lines that are not data (totals, signatures, notes, headings) skipped: %1</source>
        <translation>ข้ามแถวที่ไม่ใช่แถวข้อมูล (ยอดรวม ลายมือชื่อ หมายเหตุ หัวข้อ): %1 แถว</translation>
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
        <location filename="../../cdfi_desktop/ui/registers/import_dialog.py" line="636" />
        <source>No backup was taken before the import: %1</source>
        <translation>ไม่ได้สำรองฐานข้อมูลก่อนนำเข้า: %1</translation>
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
        <translation>ชื่อ-สกุล</translation>
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
    <message numerus="yes">
        <source>%n committee members</source>
        <translation>
            <numerusform>กรรมการ %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member funds</source>
        <translation>
            <numerusform>กองทุนสมาชิก %n กองทุน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n กิจกรรม</numerusform>
        </translation>
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
    <name>LifePlanDialog</name>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="96" />
        <source>Life-development plan</source>
        <translation>แผนพัฒนาชีวิตครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="101" />
        <source>%1 · register no. %2 · %3</source>
        <translation>%1 · เลขทะเบียนครัวเรือน %2 · %3</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="120" />
        <source>Made on</source>
        <translation>วันที่จัดทำแผน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="123" />
        <source>Savings target a month (baht)</source>
        <translation>เป้าหมายการออมต่อเดือน (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="126" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="132" />
        <source>What the household wants to reach, in its own words</source>
        <translation>สิ่งที่ครัวเรือนอยากทำให้สำเร็จ ด้วยคำพูดของครัวเรือนเอง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="133" />
        <source>Goals</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="137" />
        <source>Goals, planned income and expense changes, savings and activities</source>
        <translation>เป้าหมาย แผนเพิ่มรายได้ ลดรายจ่าย การออม และกิจกรรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="139" />
        <source>Add item</source>
        <translation>เพิ่มรายการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="141" />
        <source>Remove item</source>
        <translation>ลบรายการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="148" />
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="148" />
        <source>Description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="148" />
        <source>Baht a month</source>
        <translation>บาทต่อเดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="148" />
        <source>By (dd/mm/B.E.)</source>
        <translation>ภายในวันที่ (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="164" />
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="168" />
        <source>More income: what it adds a month; lower expense: what it saves a month. Dates in B.E., e.g. 31/3/2570.</source>
        <translation>เพิ่มรายได้: ใส่รายได้ที่เพิ่มขึ้นต่อเดือน ลดรายจ่าย: ใส่รายจ่ายที่ลดลงต่อเดือน วันที่เป็น พ.ศ. เช่น 31/3/2570</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="260" />
        <source>Item %1: %2</source>
        <translation>รายการที่ %1: %2</translation>
    </message>
    <message>
        <source>By (dd/mm/yyyy)</source>
        <translation>ภายในวันที่ (วว/ดด/ปปปป พ.ศ.)</translation>
    </message>
    <message>
        <source>More income: what it adds a month; lower expense: what it saves a month. Dates as dd/mm/yyyy, e.g. %1.</source>
        <translation>เพิ่มรายได้: ใส่รายได้ที่เพิ่มขึ้นต่อเดือน ลดรายจ่าย: ใส่รายจ่ายที่ลดลงต่อเดือน วันที่เป็น พ.ศ. เช่น %1</translation>
    </message>
</context>
<context>
    <name>LifePlansScreen</name>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="43" />
        <source>Goal</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="44" />
        <source>More income</source>
        <translation>เพิ่มรายได้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="45" />
        <source>Lower expense</source>
        <translation>ลดรายจ่าย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="46" />
        <source>Savings</source>
        <translation>การออม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="47" />
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="50" />
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="51" />
        <source>Approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="52" />
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/dialogs.py" line="53" />
        <source>Done</source>
        <translation>แล้วเสร็จ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="50" />
        <source>Rank</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="51" />
        <source>Register no.</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="52" />
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="53" />
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="54" />
        <source>Plan</source>
        <translation>แผน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="55" />
        <source>Savings a month</source>
        <translation>ออม/เดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="56" />
        <source>Visits</source>
        <translation>ติดตาม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="57" />
        <source>Last visit</source>
        <translation>ติดตามล่าสุด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="62" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="63" />
        <source>Made on</source>
        <translation>วันที่จัดทำแผน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="64" />
        <source>Savings target a month</source>
        <translation>เป้าหมายการออมต่อเดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="65" />
        <source>Goals</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="66" />
        <source>Follow-up visits</source>
        <translation>การติดตามเยี่ยมบ้าน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="67" />
        <source>Visited on</source>
        <translation>วันที่ติดตาม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="68" />
        <source>Saved so far</source>
        <translation>เงินออมสะสม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="69" />
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="70" />
        <source>No visits yet.</source>
        <translation>ยังไม่มีการติดตาม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="71" />
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="72" />
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="86" />
        <source>The operation failed: %1</source>
        <translation>ทำรายการไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="250" />
        <source>No plan yet</source>
        <translation>ยังไม่มีแผน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="267" />
        <source>%1 of %2 target households have a plan</source>
        <translation>มีแผนแล้ว %1 จาก %2 ครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="319" />
        <source>No target households in this fiscal year yet: lock the target list first.</source>
        <translation>ยังไม่มีครัวเรือนเป้าหมายในปีงบประมาณนี้ กรุณาจัดทำและล็อกรายชื่อครัวเรือนเป้าหมายก่อน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="327" />
        <source>No plan yet. Press “New plan…” to write it with the household.</source>
        <translation>ยังไม่มีแผน กด “ทำแผนใหม่…” เพื่อจัดทำแผนร่วมกับครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="343" />
        <source>%1 baht a month</source>
        <translation>เดือนละ %1 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="345" />
        <source>by %1</source>
        <translation>ภายใน %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="352" />
        <source>Planned: income +%1, expenses −%2 baht a month</source>
        <translation>ตามแผน: รายได้เพิ่ม %1 บาท รายจ่ายลด %2 บาทต่อเดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="380" />
        <source>Edit plan…</source>
        <translation>แก้ไขแผน…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="380" />
        <source>New plan…</source>
        <translation>ทำแผนใหม่…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="468" />
        <source>Folder for the printed plans</source>
        <translation>โฟลเดอร์สำหรับเก็บแผนที่พิมพ์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="493" />
        <source>The life-development plans</source>
        <translation>แผนพัฒนาชีวิตครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="504" />
        <source>Life-development plans of %1</source>
        <translation>แผนพัฒนาชีวิตครัวเรือน %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="506" />
        <source>Add visit…</source>
        <translation>บันทึกการติดตาม…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="507" />
        <source>Print this plan…</source>
        <translation>พิมพ์แผนนี้…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="508" />
        <source>Print all plans…</source>
        <translation>พิมพ์ทุกแผน…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/life_plans/view.py" line="509" />
        <source>Every plan of the fiscal year in one PDF, a household to a section</source>
        <translation>ทุกแผนของปีงบประมาณในไฟล์ PDF เดียว ครัวเรือนละหนึ่งส่วน</translation>
    </message>
    <message>
        <source>Choose a household in the list first.</source>
        <translation>เลือกครัวเรือนในรายการก่อน</translation>
    </message>
    <message>
        <source>Choose a household to see its plan.</source>
        <translation>เลือกครัวเรือนเพื่อดูแผนของครัวเรือน</translation>
    </message>
    <message>
        <source>Go to the target households</source>
        <translation>ไปที่ครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <source>No plan has been written this year yet.</source>
        <translation>ปีนี้ยังไม่มีครัวเรือนใดจัดทำแผน</translation>
    </message>
    <message>
        <source>This household has no plan yet: write it first with “New plan…”.</source>
        <translation>ครัวเรือนนี้ยังไม่มีแผน: จัดทำแผนก่อนด้วย “ทำแผนใหม่…”</translation>
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
        <location filename="../../cdfi_desktop/ui/main_window.py" line="231" />
        <source>Digits on printed forms</source>
        <translation>ตัวเลขในแบบฟอร์มที่พิมพ์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="232" />
        <source>Thai digits (๑๒๓)</source>
        <translation>เลขไทย (๑๒๓)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="233" />
        <source>Arabic digits (123)</source>
        <translation>เลขอารบิก (123)</translation>
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
        <location filename="../../cdfi_desktop/ui/main_window.py" line="213" />
        <source>Backups…</source>
        <translation>สำรองข้อมูล…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="227" />
        <source>No backup today</source>
        <translation>วันนี้ยังสำรองข้อมูลไม่ได้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/main_window.py" line="231" />
        <source>Choose another backups folder in Settings → Backups…</source>
        <translation>เลือกโฟลเดอร์อื่นได้ที่เมนู ตั้งค่า → สำรองข้อมูล…</translation>
    </message>
    <message>
        <source>Device key…</source>
        <translation>กุญแจของเครื่องนี้…</translation>
    </message>
    <message>
        <source>Show step numbers only</source>
        <translation>แสดงเฉพาะหมายเลขขั้นตอน</translation>
    </message>
    <message>
        <source>Show the steps' names</source>
        <translation>แสดงชื่อขั้นตอน</translation>
    </message>
    <message>
        <source>Back to the province</source>
        <translation>กลับสู่งานของจังหวัด</translation>
    </message>
    <message>
        <source>Opened from the province, read-only: %1. Nothing can be changed here.</source>
        <translation>เปิดจากจังหวัด อ่านอย่างเดียว: %1 แก้ไขข้อมูลที่นี่ไม่ได้</translation>
    </message>
    <message>
        <source>Show full citizen IDs</source>
        <translation>แสดงเลขประจำตัวประชาชนเต็ม</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>ล็อกหน้าจอ</translation>
    </message>
    <message>
        <source>Sign out / switch user…</source>
        <translation>ออกจากระบบ / เปลี่ยนผู้ใช้…</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>บัญชีผู้ใช้…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>ผู้ใช้: %1 (%2)</translation>
    </message>
    <message>
        <source>This account may not see full citizen IDs.</source>
        <translation>บัญชีนี้ไม่มีสิทธิ์ดูเลขประจำตัวประชาชนเต็ม</translation>
    </message>
    <message>
        <source>Full citizen IDs are personal data. Show them on the screens until you sign out, lock or turn this off?</source>
        <translation>เลขประจำตัวประชาชนเป็นข้อมูลส่วนบุคคล แสดงเต็มบนหน้าจอจนกว่าจะออกจากระบบ ล็อกหน้าจอ หรือปิดตัวเลือกนี้?</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>ประวัติการแก้ไข…</translation>
    </message>
    <message>
        <source>Lock after idle minutes…</source>
        <translation>ล็อกเมื่อไม่ได้ใช้งาน…</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>ล็อกเมื่อไม่ได้ใช้งาน</translation>
    </message>
    <message>
        <source>Lock the program after this many minutes without use (0: never):</source>
        <translation>ล็อกโปรแกรมเมื่อไม่ได้ใช้งานกี่นาที (0: ไม่ล็อก):</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>Open register debts and signed 1HH1C contracts still owing (%1 contracts), of %2 households</source>
        <translation>หนี้คงค้างในทะเบียนและสัญญารวมหนี้ 1HH1C ที่ยังผ่อนไม่หมด (%1 สัญญา) ของ %2 ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="250" />
        <source>house %1</source>
        <translation>บ้านเลขที่ %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="251" />
        <source>house %1, village %2</source>
        <translation>บ้านเลขที่ %1 หมู่ที่ %2</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/overview/view.py" line="240" />
        <source>%1 citizen IDs are each registered for two members or more: %2. Correct them in the registers.</source>
        <translation>เลขประจำตัวประชาชน %1 เลขลงทะเบียนไว้กับสมาชิกมากกว่าหนึ่งคน: %2 กรุณาแก้ไขในทะเบียนครัวเรือน</translation>
    </message>
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
    <message>
        <source>Open register debts and signed 1HH1C contracts still owing (%1), of %2</source>
        <translation>หนี้คงค้างในทะเบียนและสัญญารวมหนี้ 1HH1C ที่ยังผ่อนไม่หมด (%1) ของ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contracts</source>
        <translation>
            <numerusform>%n สัญญา</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n households</source>
        <translation>
            <numerusform>%n ครัวเรือน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipationDialog</name>
    <message>
        <source>1HH1C contract %1: principal %2 baht over %3 months, %4 baht a month, %5 baht outstanding</source>
        <translation>สัญญารวมหนี้ 1HH1C เลขที่ %1: เงินต้น %2 บาท ระยะ %3 งวด งวดละ %4 บาท คงเหลือ %5 บาท</translation>
    </message>
    <message>
        <source>Debts brought into it: %1</source>
        <translation>หนี้ที่โอนมารวมในสัญญา: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/participation.py" line="47" />
        <source>Participation record</source>
        <translation>แบบบันทึกการเข้าร่วมโครงการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/participation.py" line="65" />
        <source>The household agrees to join the project and to its conditions</source>
        <translation>ครัวเรือนยินยอมเข้าร่วมโครงการและปฏิบัติตามเงื่อนไข</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/participation.py" line="72" />
        <source>Representative</source>
        <translation>ผู้แทนครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/participation.py" line="73" />
        <source>Enrolled on</source>
        <translation>วันที่เข้าร่วมโครงการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/participation.py" line="75" />
        <source>Form signed on</source>
        <translation>วันที่ลงนามในแบบบันทึก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/participation.py" line="76" />
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/participation.py" line="103" />
        <source>The enrolment date is not a date.</source>
        <translation>วันที่เข้าร่วมโครงการไม่ใช่วันที่ที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/participation.py" line="105" />
        <source>The signing date is not a date.</source>
        <translation>วันที่ลงนามไม่ใช่วันที่ที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/participation.py" line="107" />
        <source>A form signed by the household needs its consent.</source>
        <translation>การลงนามในแบบบันทึกต้องมีความยินยอมของครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/participation.py" line="109" />
        <source>The form cannot be signed before the household enrolled.</source>
        <translation>วันที่ลงนามต้องไม่ก่อนวันที่เข้าร่วมโครงการ</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="823" />
        <source>Parties, place and date of signing</source>
        <translation>คู่สัญญา สถานที่และวันที่ทำสัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="827" />
        <source>Borrower and lender</source>
        <translation>ผู้กู้และผู้ให้กู้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="831" />
        <source>%1 (head)</source>
        <translation>%1 (หัวหน้าครัวเรือน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="838" />
        <source>Borrower</source>
        <translation>ผู้กู้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="841" />
        <source>The institute: %1</source>
        <translation>สถาบัน: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="843" />
        <source>Member fund: %1</source>
        <translation>กองทุนสมาชิก: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="845" />
        <source>Lender</source>
        <translation>ผู้ให้กู้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="846" />
        <source>Who signs for the lender (optional)</source>
        <translation>ผู้ลงนามแทนผู้ให้กู้ (ถ้ามี)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="847" />
        <source>Signing for the lender</source>
        <translation>ผู้ลงนามแทนผู้ให้กู้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="850" />
        <source>Signing</source>
        <translation>การทำสัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="859" />
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="860" />
        <source>Signing date</source>
        <translation>วันที่ทำสัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="861" />
        <source>First installment due</source>
        <translation>วันครบกำหนดงวดแรก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="869" />
        <source>Guarantors (carried over from the source debts)</source>
        <translation>ผู้ค้ำประกัน (ยกมาจากหนี้เดิม)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="878" />
        <source>Witnesses</source>
        <translation>พยาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="913" />
        <source>Citizen ID %1</source>
        <translation>เลขประจำตัวประชาชน %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="947" />
        <source>The first installment falls due after the signing date.</source>
        <translation>วันครบกำหนดงวดแรกต้องอยู่หลังวันทำสัญญา</translation>
    </message>
</context>
<context>
    <name>PartyList</name>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/parties.py" line="84" />
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/parties.py" line="85" />
        <source>Citizen ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/parties.py" line="86" />
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/parties.py" line="95" />
        <source>None yet.</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/parties.py" line="98" />
        <source>Add a guarantor</source>
        <translation>เพิ่มผู้ค้ำประกัน</translation>
    </message>
</context>
<context>
    <name>PartyRow</name>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/parties.py" line="22" />
        <source>Title, first and last name</source>
        <translation>คำนำหน้า ชื่อ และนามสกุล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/parties.py" line="24" />
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/parties.py" line="27" />
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../cdfi_desktop/ui/training/dialogs.py" line="69" />
        <source>Add a person to the training</source>
        <translation>เพิ่มผู้เข้ารับการอบรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/dialogs.py" line="71" />
        <source>Anyone may attend: a member of a target household, or another person (leave the household empty).</source>
        <translation>ผู้เข้าอบรมเป็นสมาชิกครัวเรือนเป้าหมาย หรือบุคคลอื่นก็ได้ (ถ้าไม่ใช่ครัวเรือนในทะเบียน ให้เว้นช่องครัวเรือนว่างไว้)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/dialogs.py" line="73" />
        <source>Name and surname</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/dialogs.py" line="74" />
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/dialogs.py" line="75" />
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/dialogs.py" line="76" />
        <source>e.g. Mrs Somsri Jaidee</source>
        <translation>เช่น นางสมศรี ใจดี</translation>
    </message>
</context>
<context>
    <name>PlanProjectDialog</name>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="46" />
        <source>Item</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="47" />
        <source>Qty</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="48" />
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="49" />
        <source>Unit cost (baht)</source>
        <translation>ราคาต่อหน่วย (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="50" />
        <source>Amount (baht)</source>
        <translation>จำนวนเงิน (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="51" />
        <source>Spent (baht)</source>
        <translation>ใช้จ่ายจริง (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="408" />
        <source>Project total: %1 baht</source>
        <translation>รวมทั้งโครงการ %1 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="412" />
        <source>The plan would request %1 of %2 baht</source>
        <translation>แผนจะขอรับการสนับสนุน %1 บาท จากวงเงิน %2 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="417" />
        <source>%1 baht over the cap</source>
        <translation>เกินวงเงิน %1 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="419" />
        <source>the plan is no longer a draft: bring it within the cap</source>
        <translation>แผนนี้ไม่ใช่ฉบับร่างแล้ว ต้องลดให้อยู่ภายในวงเงิน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="462" />
        <source>Line %1: %2</source>
        <translation>รายการที่ %1: %2</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="496" />
        <source>Change the project</source>
        <translation>แก้ไขโครงการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="496" />
        <source>Add a project</source>
        <translation>เพิ่มโครงการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="500" />
        <source>Project or activity</source>
        <translation>โครงการ/กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="501" />
        <source>Objective</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="502" />
        <source>Households served</source>
        <translation>ครัวเรือนที่ได้รับประโยชน์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="503" />
        <source>Period</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="508" />
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="509" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="512" />
        <source>Budget lines (amount = quantity × unit cost)</source>
        <translation>รายการงบประมาณ (จำนวนเงิน = จำนวน × ราคาต่อหน่วย)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="514" />
        <source>Add a line</source>
        <translation>เพิ่มรายการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="515" />
        <source>Remove the line</source>
        <translation>ลบรายการ</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="55" />
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="56" />
        <source>Approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="57" />
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/dialogs.py" line="58" />
        <source>Done</source>
        <translation>แล้วเสร็จ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="62" />
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="63" />
        <source>Project or activity</source>
        <translation>โครงการ/กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="64" />
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="65" />
        <source>Period</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="66" />
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="67" />
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="457" />
        <source>Spent</source>
        <translation>ใช้จ่ายจริง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="68" />
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="750" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="383" />
        <source>Requested %1 of %2 baht</source>
        <translation>ขอรับการสนับสนุน %1 บาท จากวงเงิน %2 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="385" />
        <source>spent %1 baht</source>
        <translation>ใช้จ่ายจริง %1 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="391" />
        <source>%1 baht left under the cap</source>
        <translation>คงเหลือในวงเงิน %1 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="402" />
        <source>Not saved yet</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="404" />
        <source>Changed: not saved</source>
        <translation>มีการแก้ไข ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="406" />
        <source>Saved</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="441" />
        <source>Choose a project to see its budget lines.</source>
        <translation>เลือกโครงการเพื่อดูรายการงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="456" />
        <source>Item</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="456" />
        <source>Qty</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="456" />
        <source>Unit cost</source>
        <translation>ราคาต่อหน่วย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="457" />
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="457" />
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="503" />
        <source>The operation failed: %1</source>
        <translation>ทำรายการไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="639" />
        <source>Remove the project “%1” and its %2 budget lines from the plan?</source>
        <translation>ลบโครงการ “%1” พร้อมรายการงบประมาณ %2 รายการออกจากแผนหรือไม่?</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="652" />
        <source>Debt-management plan</source>
        <translation>แผนการบริหารจัดการหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="665" />
        <source>Scan of the minutes</source>
        <translation>สำเนารายงานการประชุม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="667" />
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>ไฟล์สแกนและรูปภาพ (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="700" />
        <source>Remove the scan “%1” from the plan?</source>
        <translation>ลบไฟล์ “%1” ออกจากแผนหรือไม่?</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="719" />
        <source>Folder for the printed plan</source>
        <translation>โฟลเดอร์สำหรับเก็บแผนที่พิมพ์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="737" />
        <source>The plan</source>
        <translation>แผนการบริหารจัดการหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="748" />
        <source>Debt-management plan of %1</source>
        <translation>แผนการบริหารจัดการหนี้ %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="754" />
        <source>A draft may ask for more than the cap; approving needs the request within it</source>
        <translation>ฉบับร่างขอเกินวงเงินได้ แต่จะอนุมัติแผนได้เมื่อขอไม่เกินวงเงิน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="756" />
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="757" />
        <source>The plan as PDF and Excel</source>
        <translation>แผนเป็นไฟล์ PDF และ Excel</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="758" />
        <source>Committee meeting</source>
        <translation>การประชุมคณะกรรมการสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="761" />
        <source>Date</source>
        <translation>วันที่ประชุม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="761" />
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="761" />
        <source>Attendees</source>
        <translation>ผู้เข้าประชุม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="761" />
        <source>Minutes</source>
        <translation>สรุปผลการประชุม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="765" />
        <source>One person a line: name and role</source>
        <translation>บรรทัดละหนึ่งคน: ชื่อ-สกุล และตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="766" />
        <source>What the meeting decided</source>
        <translation>มติที่ประชุม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="767" />
        <source>Save the meeting</source>
        <translation>บันทึกการประชุม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="768" />
        <source>Scans of the minutes</source>
        <translation>สำเนารายงานการประชุม (ไฟล์สแกน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="769" />
        <source>Attach…</source>
        <translation>แนบไฟล์…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="770" />
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="771" />
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="772" />
        <source>Projects and activities</source>
        <translation>โครงการ/กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="773" />
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="774" />
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/plan/view.py" line="775" />
        <source>Remove…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <source>Choose a project in the list first.</source>
        <translation>เลือกโครงการในรายการก่อน</translation>
    </message>
    <message>
        <source>Save the meeting first: the scans belong to the saved plan.</source>
        <translation>บันทึกการประชุมก่อน: ไฟล์สแกนผูกกับแผนที่บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Nothing changed since it was saved.</source>
        <translation>ยังไม่มีการแก้ไขหลังบันทึกครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Choose a scan in the list first.</source>
        <translation>เลือกไฟล์สแกนในรายการก่อน</translation>
    </message>
    <message>
        <source>Add project…</source>
        <translation>เพิ่มโครงการ…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../cdfi_desktop/ui/widgets/printing.py" line="37" />
        <source>Printing…</source>
        <translation>กำลังพิมพ์…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/widgets/printing.py" line="41" />
        <source>Saved %1 files in %2</source>
        <translation>บันทึก %1 ไฟล์ไว้ที่ %2</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/widgets/printing.py" line="51" />
        <source>%1 could not be printed: %2</source>
        <translation>พิมพ์%1ไม่สำเร็จ: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n files in %1</source>
        <translation>
            <numerusform>บันทึก %n ไฟล์ไว้ที่ %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvinceKeyDialog</name>
    <message>
        <source>Compare this fingerprint with the one the province read to you (by phone or in its letter). Import the key only when they are the same.</source>
        <translation>เทียบลายนิ้วมือกุญแจนี้กับที่จังหวัดแจ้งไว้ (ทางโทรศัพท์หรือในหนังสือ) นำเข้ากุญแจเมื่อตรงกันเท่านั้น</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>ลายนิ้วมือกุญแจ</translation>
    </message>
    <message>
        <source>Fingerprint you were given</source>
        <translation>ลายนิ้วมือที่จังหวัดแจ้ง</translation>
    </message>
    <message>
        <source>If you type it, the key is imported only when the two are the same.</source>
        <translation>ถ้าพิมพ์ไว้ จะนำเข้ากุญแจเมื่อลายนิ้วมือทั้งสองตรงกันเท่านั้น</translation>
    </message>
    <message>
        <source>Import the key</source>
        <translation>นำเข้ากุญแจ</translation>
    </message>
    <message>
        <source>Import the province's key</source>
        <translation>นำเข้ากุญแจของจังหวัด</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>optional, e.g. 3F2A 9C01 77B4 0E5D D1C2</source>
        <translation>ไม่บังคับ เช่น 3F2A 9C01 77B4 0E5D D1C2</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/dialogs.py" line="47" />
        <source>Reason (kept in the list's history):</source>
        <translation>เหตุผล (บันทึกไว้ในประวัติของรายชื่อ):</translation>
    </message>
    <message>
        <source>Revoke a laptop</source>
        <translation>เพิกถอนเครื่อง</translation>
    </message>
    <message>
        <source>Bundles signed by %1 will be refused from now on. What it sent before stays. A laptop whose key was lost enrols again with a new enrolment file.</source>
        <translation>จะไม่รับชุดข้อมูลที่ลงนามโดย %1 อีกต่อไป ข้อมูลที่ส่งมาแล้วยังอยู่ครบ เครื่องที่กุญแจหายให้ลงทะเบียนใหม่ด้วยไฟล์ลงทะเบียนใหม่</translation>
    </message>
    <message>
        <source>Reason (kept with the laptop's entry)</source>
        <translation>เหตุผล (บันทึกไว้กับรายการของเครื่อง)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>เพิกถอน</translation>
    </message>
    <message>
        <source>Mark as resolved</source>
        <translation>ทำเครื่องหมายว่าแก้แล้ว</translation>
    </message>
    <message>
        <source>%1: say what was decided. It is written in the audit trail.</source>
        <translation>%1: ระบุว่าตัดสินใจอย่างไร ข้อความนี้จะบันทึกไว้ในประวัติการแก้ไข</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>วิธีแก้</translation>
    </message>
    <message>
        <source>Write the reason first.</source>
        <translation>เขียนเหตุผลก่อน</translation>
    </message>
    <message>
        <source>Write what was decided first.</source>
        <translation>เขียนผลการตัดสินก่อน</translation>
    </message>
</context>
<context>
    <name>RecordPaymentDialog</name>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="89" />
        <source>This payment pays</source>
        <translation>เงินที่ชำระครั้งนี้ตัด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="171" />
        <source>Record a payment</source>
        <translation>บันทึกการรับชำระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="176" />
        <source>Contract %1 · %2</source>
        <translation>สัญญาเลขที่ %1 · %2</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="193" />
        <source>Paid on</source>
        <translation>วันที่ชำระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="194" />
        <source>Amount (baht)</source>
        <translation>จำนวนเงิน (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="195" />
        <source>Penalty asked (baht)</source>
        <translation>ค่าปรับที่เรียกเก็บ (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="196" />
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="247" />
        <source>Penalty</source>
        <translation>ค่าปรับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="248" />
        <source>Interest</source>
        <translation>ดอกเบี้ย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="249" />
        <source>Principal</source>
        <translation>เงินต้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="255" />
        <source>Balance after this payment: %1 baht</source>
        <translation>เงินต้นคงเหลือหลังชำระ %1 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="257" />
        <source>(the contract will be closed)</source>
        <translation>(ชำระครบ สัญญาจะปิด)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="267" />
        <source>Enter the date and the amount to see how the payment is split.</source>
        <translation>กรอกวันที่และจำนวนเงิน เพื่อดูว่าเงินที่ชำระตัดค่าปรับ ดอกเบี้ย และเงินต้นเท่าใด</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../cdfi_desktop/ui/recovery.py" line="53" />
        <source>The database now holds the backup taken %1.</source>
        <translation>กู้คืนแล้ว ฐานข้อมูลเป็นข้อมูลจากไฟล์สำรองเมื่อ %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/recovery.py" line="57" />
        <source>The damaged database is kept as %1.</source>
        <translation>ฐานข้อมูลที่เสียหายเก็บไว้เป็นไฟล์ %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/recovery.py" line="136" />
        <source>The database is damaged</source>
        <translation>ฐานข้อมูลเสียหาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/recovery.py" line="141" />
        <source>A backup can be put in its place. The damaged file is kept with the backups first, so nothing more is lost; what was entered after the backup was taken has to be entered again.</source>
        <translation>กู้คืนฐานข้อมูลจากไฟล์สำรองได้ โปรแกรมจะเก็บไฟล์ที่เสียหายไว้กับไฟล์สำรองก่อน ข้อมูลจึงไม่สูญหายเพิ่ม แต่ข้อมูลที่บันทึกหลังเวลาที่สำรองต้องบันทึกใหม่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/recovery.py" line="149" />
        <source>If you have a backup elsewhere, for example on a USB stick, choose it.</source>
        <translation>หากมีไฟล์สำรองเก็บไว้ที่อื่น เช่น ในแฟลชไดรฟ์ (USB) ให้เลือกไฟล์นั้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/recovery.py" line="155" />
        <source>The newest good backup</source>
        <translation>ไฟล์สำรองล่าสุดที่ใช้ได้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/recovery.py" line="157" />
        <source>The backup you chose</source>
        <translation>ไฟล์สำรองที่เลือก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/recovery.py" line="160" />
        <source>Restore this backup</source>
        <translation>กู้คืนจากไฟล์สำรองนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/recovery.py" line="163" />
        <source>Choose another backup…</source>
        <translation>เลือกไฟล์สำรองอื่น…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/recovery.py" line="163" />
        <source>Choose a backup file…</source>
        <translation>เลือกไฟล์สำรอง…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/recovery.py" line="165" />
        <source>Quit</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/recovery.py" line="173" />
        <location filename="../../cdfi_desktop/ui/recovery.py" line="182" />
        <source>Choose a backup</source>
        <translation>เลือกไฟล์สำรอง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/recovery.py" line="175" />
        <source>Backups (*%1);;All files (*)</source>
        <translation>ไฟล์สำรอง (*%1);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/recovery.py" line="135" />
        <source>Damaged database</source>
        <translation>ฐานข้อมูลเสียหาย</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/export.py" line="65" />
        <source>Save the register</source>
        <translation>บันทึกทะเบียน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/export.py" line="77" />
        <source>Register saved</source>
        <translation>บันทึกทะเบียนแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/export.py" line="78" />
        <source>Saved as %1</source>
        <translation>บันทึกเป็นไฟล์ %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/export.py" line="84" />
        <source>Register not saved</source>
        <translation>บันทึกทะเบียนไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/export.py" line="85" />
        <source>The register could not be written: %1</source>
        <translation>เขียนไฟล์ทะเบียนไม่สำเร็จ: %1</translation>
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
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="375" />
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
        <translation>ค้างชำระนานที่สุด (วัน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="123" />
        <source>Class</source>
        <translation>ชั้น</translation>
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
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="355" />
        <source>%1 rows</source>
        <translation>%1 รายการ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="363" />
        <source>All funds and creditors</source>
        <translation>ทุกกองทุนและเจ้าหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="369" />
        <source>All kinds of creditor</source>
        <translation>เจ้าหนี้ทุกประเภท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="376" />
        <source>Closed and transferred</source>
        <translation>ปิดแล้ว/โอนภาระหนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="377" />
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="470" />
        <source>All debts</source>
        <translation>หนี้สินทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="425" />
        <source>Registers</source>
        <translation>ทะเบียน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="425" />
        <source>Choose a household in the list first.</source>
        <translation>เลือกครัวเรือนในรายการก่อน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="469" />
        <source>Households and their debt status</source>
        <translation>ครัวเรือนและภาวะหนี้สิน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="471" />
        <source>Filter: name, citizen ID, house no., village…</source>
        <translation>ค้นหา: ชื่อ เลขประจำตัวประชาชน บ้านเลขที่ หมู่บ้าน…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="472" />
        <source>Filter: name, citizen ID, creditor, contract no.…</source>
        <translation>ค้นหา: ชื่อ เลขประจำตัวประชาชน เจ้าหนี้ เลขที่สัญญา…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="473" />
        <source>Add household…</source>
        <translation>เพิ่มครัวเรือน…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="474" />
        <source>Open household…</source>
        <translation>เปิดข้อมูลครัวเรือน…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="475" />
        <source>Import from Excel…</source>
        <translation>นำเข้าจาก Excel…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="477" />
        <source>Print the household register as an Excel workbook</source>
        <translation>พิมพ์ทะเบียนข้อมูลครัวเรือนและภาวะหนี้สินเป็นไฟล์ Excel</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="478" />
        <source>Print the household register as a PDF</source>
        <translation>พิมพ์ทะเบียนข้อมูลครัวเรือนและภาวะหนี้สินเป็นไฟล์ PDF</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="479" />
        <source>Print the register of member funds' debtors as Excel</source>
        <translation>พิมพ์ทะเบียนลูกหนี้ของกองทุนสมาชิกเป็นไฟล์ Excel</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="480" />
        <source>Print the register of member funds' debtors as a PDF</source>
        <translation>พิมพ์ทะเบียนลูกหนี้ของกองทุนสมาชิกเป็นไฟล์ PDF</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="484" />
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="486" />
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/registers/view.py" line="487" />
        <source>Show full citizen IDs (personal data: only when needed)</source>
        <translation>แสดงเลขประจำตัวประชาชนเต็ม (ข้อมูลส่วนบุคคล: เปิดเมื่อจำเป็นเท่านั้น)</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <source>Registers of %1</source>
        <translation>ทะเบียนของ%1</translation>
    </message>
    <message>
        <source>Remove household…</source>
        <translation>ลบครัวเรือน…</translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation>เรียกคืนครัวเรือนที่เพิ่งลบ</translation>
    </message>
    <message>
        <source>Removed households…</source>
        <translation>ครัวเรือนที่ลบแล้ว…</translation>
    </message>
    <message>
        <source>Remove a household entered by mistake (with the reason)</source>
        <translation>ลบครัวเรือนที่บันทึกผิดพลาด (ระบุเหตุผล)</translation>
    </message>
    <message>
        <source>The households removed by mistake, to bring them back</source>
        <translation>รายการครัวเรือนที่ลบไปแล้ว เพื่อเรียกคืน</translation>
    </message>
    <message>
        <source>Print the register shown as an Excel workbook into a folder</source>
        <translation>พิมพ์ทะเบียนที่แสดงอยู่เป็นไฟล์ Excel ลงในโฟลเดอร์</translation>
    </message>
    <message>
        <source>Print the register shown as a PDF into a folder</source>
        <translation>พิมพ์ทะเบียนที่แสดงอยู่เป็นไฟล์ PDF ลงในโฟลเดอร์</translation>
    </message>
    <message>
        <source>Household %1 was removed from the registers.</source>
        <translation>ลบครัวเรือน%1 ออกจากทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>Household %1 is back in the registers.</source>
        <translation>เรียกคืนครัวเรือน%1 เข้าทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>Folder for the printed register</source>
        <translation>โฟลเดอร์สำหรับเก็บทะเบียนที่พิมพ์</translation>
    </message>
    <message>
        <source>The register</source>
        <translation>ทะเบียน</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepaymentsPanel</name>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="55" />
        <source>No.</source>
        <translation>งวดที่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="56" />
        <source>Due</source>
        <translation>กำหนดชำระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="57" />
        <source>Installment</source>
        <translation>ค่างวด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="58" />
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="69" />
        <source>Principal</source>
        <translation>เงินต้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="59" />
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="68" />
        <source>Interest</source>
        <translation>ดอกเบี้ย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="60" />
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="70" />
        <source>Balance after</source>
        <translation>เงินต้นคงเหลือ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="61" />
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="74" />
        <source>Paid</source>
        <translation>ชำระแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="64" />
        <source>Receipt no.</source>
        <translation>เลขที่ใบเสร็จ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="65" />
        <source>Paid on</source>
        <translation>วันที่ชำระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="66" />
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="67" />
        <source>Penalty</source>
        <translation>ค่าปรับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="71" />
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="75" />
        <source>Partly paid</source>
        <translation>ชำระบางส่วน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="76" />
        <source>Overdue</source>
        <translation>ค้างชำระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="77" />
        <source>Not yet due</source>
        <translation>ยังไม่ถึงกำหนด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="81" />
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="82" />
        <source>Signed – repaying</source>
        <translation>ลงนามแล้ว – กำลังผ่อนชำระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="83" />
        <source>Closed – repaid</source>
        <translation>ปิดสัญญา – ชำระครบ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="84" />
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="90" />
        <source>Contract %1</source>
        <translation>สัญญาเลขที่ %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="91" />
        <source>Before → after consolidation</source>
        <translation>ก่อน → หลังรวมหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="92" />
        <source>debt service a month</source>
        <translation>ภาระผ่อนต่อเดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="93" />
        <source>DSR</source>
        <translation>ภาระหนี้ต่อรายได้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="94" />
        <source>class</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="95" />
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="111" />
        <source>The operation failed: %1</source>
        <translation>ทำรายการไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="495" />
        <source>Choose a signed contract to see its repayments.</source>
        <translation>เลือกสัญญาที่ลงนามแล้วเพื่อดูการชำระหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="497" />
        <source>Reading the contract…</source>
        <translation>กำลังอ่านข้อมูลสัญญา…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="514" />
        <source>Balance</source>
        <translation>เงินต้นคงเหลือ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="516" />
        <source>Arrears</source>
        <translation>ยอดค้างชำระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="520" />
        <source>Days overdue</source>
        <translation>ค้างชำระ (วัน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="523" />
        <source>Next due</source>
        <translation>งวดถัดไป</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="525" />
        <source>Installments paid</source>
        <translation>ชำระแล้ว (งวด)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="528" />
        <source>Paid so far</source>
        <translation>ชำระแล้วทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="531" />
        <source>as of %1</source>
        <translation>ณ วันที่ %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="589" />
        <source>Reverses %1: %2</source>
        <translation>ยกเลิก %1: %2</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="594" />
        <source>Reversed by %1</source>
        <translation>ยกเลิกโดย %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="705" />
        <source>Payment recorded</source>
        <translation>บันทึกการรับชำระแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="739" />
        <source>Payment reversed</source>
        <translation>ยกเลิกรายการแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="759" />
        <source>Save the receipt</source>
        <translation>บันทึกใบเสร็จรับเงิน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="759" />
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="765" />
        <source>Printing…</source>
        <translation>กำลังพิมพ์…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="769" />
        <source>Saved %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="774" />
        <source>The receipt could not be printed: %1</source>
        <translation>พิมพ์ใบเสร็จไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="787" />
        <source>Record payment…</source>
        <translation>รับชำระ…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="788" />
        <source>Reverse…</source>
        <translation>ยกเลิกรายการ…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="790" />
        <source>Cancel the chosen entry with a reversing entry (it stays in the ledger)</source>
        <translation>ยกเลิกรายการที่เลือกด้วยรายการกลับบัญชี (รายการเดิมยังคงอยู่ในบัญชี)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="792" />
        <source>Print receipt…</source>
        <translation>พิมพ์ใบเสร็จ…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="793" />
        <source>Payments received (a correction is a reversing entry)</source>
        <translation>รายการรับชำระ (การแก้ไขทำโดยรายการยกเลิก)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="794" />
        <source>Schedule</source>
        <translation>ตารางผ่อนชำระ</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>รายการรับชำระ</translation>
    </message>
    <message>
        <source>Choose a signed contract first.</source>
        <translation>เลือกสัญญาที่ลงนามแล้วก่อน</translation>
    </message>
    <message>
        <source>Only a signed contract takes payments.</source>
        <translation>รับชำระได้เฉพาะสัญญาที่ลงนามแล้วและยังผ่อนอยู่</translation>
    </message>
    <message>
        <source>Choose a payment in the list first.</source>
        <translation>เลือกรายการรับชำระในรายการก่อน</translation>
    </message>
    <message>
        <source>This entry is a reversal or is reversed already.</source>
        <translation>รายการนี้เป็นรายการยกเลิก หรือถูกยกเลิกไปแล้ว</translation>
    </message>
    <message>
        <source>Owed after</source>
        <translation>คงเหลือ</translation>
    </message>
    <message>
        <source>Folder for the receipt</source>
        <translation>โฟลเดอร์สำหรับใบเสร็จรับเงิน</translation>
    </message>
    <message>
        <source>The receipt</source>
        <translation>ใบเสร็จรับเงิน</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/view.py" line="41" />
        <source>Indicators</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/view.py" line="42" />
        <source>1HH1C report rounds</source>
        <translation>รายงาน ๑ ครัวเรือน ๑ สัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/view.py" line="43" />
        <source>Activities and BPM</source>
        <translation>กิจกรรมและ BPM</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/view.py" line="44" />
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="289" />
        <source>Reverse a payment</source>
        <translation>ยกเลิกรายการรับชำระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="295" />
        <source>Receipt %1 of %2, %3 baht, will be cancelled by a reversing entry. The entry itself stays in the ledger.</source>
        <translation>ใบเสร็จเลขที่ %1 วันที่ %2 จำนวน %3 บาท จะถูกยกเลิกด้วยรายการกลับบัญชี รายการเดิมยังคงอยู่ในบัญชี</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/repayments.py" line="304" />
        <source>Reason (printed on the cancellation note):</source>
        <translation>เหตุผล (พิมพ์ในใบแจ้งยกเลิก):</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="989" />
        <source>Review and sign</source>
        <translation>ตรวจทานและลงนาม</translation>
    </message>
</context>
<context>
    <name>RoundsTab</name>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="297" />
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="585" />
        <source>Submitted</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="297" />
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="310" />
        <source>Round %1</source>
        <translation>รอบที่ %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="315" />
        <source>%1 by %2</source>
        <translation>%1 โดย %2</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="351" />
        <source>%1 (%2 contracts)</source>
        <translation>%1 (%2 สัญญา)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="354" />
        <source>Met (at least %1)</source>
        <translation>ผ่านเกณฑ์ (อย่างน้อย %1)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="358" />
        <source>%1 short of %2</source>
        <translation>ยังขาด %1 จาก %2</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="367" />
        <source>%1 (%2 households)</source>
        <translation>%1 (%2 ครัวเรือน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="375" />
        <source>%1 on schedule, %2 behind, %3 paid off</source>
        <translation>ตามกำหนด %1 ค้างชำระ %2 ชำระครบ %3</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="384" />
        <source>The five criteria: %1 of %2 met</source>
        <translation>ตัวชี้วัด ๕ เกณฑ์: ผ่าน %1 จาก %2 เกณฑ์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="392" />
        <source>Submitted: the figures as of %1 are frozen and printed as they were submitted.</source>
        <translation>ส่งแล้ว: ตัวเลข ณ วันที่ %1 ถูกบันทึกคงที่ และพิมพ์ออกตามที่ส่งทุกครั้ง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="401" />
        <source>Draft: worked out from the data as of %1; it follows every change until it is submitted.</source>
        <translation>ร่าง: คำนวณจากข้อมูล ณ วันที่ %1 และเปลี่ยนตามข้อมูลจนกว่าจะส่งรายงาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="414" />
        <source>Compared with the last submitted round</source>
        <translation>เปรียบเทียบกับรายงานรอบก่อนที่ส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="415" />
        <source>No earlier round has been submitted.</source>
        <translation>ยังไม่มีรายงานรอบก่อนที่ส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="418" />
        <source>Compared with round %1 (as of %2)</source>
        <translation>เปรียบเทียบกับรายงานรอบที่ %1 (ข้อมูล ณ วันที่ %2)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="424" />
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="425" />
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="614" />
        <source>Repaid</source>
        <translation>ชำระแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="426" />
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="595" />
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="615" />
        <source>Outstanding</source>
        <translation>คงค้าง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="427" />
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="616" />
        <source>Arrears</source>
        <translation>ยอดค้างชำระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="430" />
        <source>Principal</source>
        <translation>เงินต้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="433" />
        <source>New: %1</source>
        <translation>ทำสัญญาเพิ่ม: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="436" />
        <source>No longer reported: %1</source>
        <translation>ไม่อยู่ในรายงานแล้ว: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="438" />
        <source>Arrears changed for %1 households</source>
        <translation>ยอดค้างชำระเปลี่ยนไป %1 ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="440" />
        <source>No change.</source>
        <translation>ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="445" />
        <source>On schedule</source>
        <translation>ชำระตามกำหนด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="446" />
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="596" />
        <source>In arrears</source>
        <translation>ค้างชำระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="447" />
        <source>Paid off</source>
        <translation>ชำระครบแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="451" />
        <source>amends %1</source>
        <translation>แก้ไขสัญญา %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="501" />
        <source>Submit round %1 as of %2? Its figures and register are frozen as they are now and can never be changed; a correction goes into a later round.</source>
        <translation>ส่งรายงานรอบที่ %1 ข้อมูล ณ วันที่ %2 หรือไม่? ตัวเลขและทะเบียนจะถูกบันทึกคงที่ตามที่เป็นอยู่ขณะนี้ และแก้ไขไม่ได้อีก หากต้องแก้ไขให้รายงานในรอบถัดไป</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="507" />
        <source>Submit the report round</source>
        <translation>ส่งรายงาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="514" />
        <source>Round %1 submitted; SHA-256 %2</source>
        <translation>ส่งรายงานรอบที่ %1 แล้ว รหัสตรวจสอบ SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="545" />
        <source>Folder for the printed report round</source>
        <translation>โฟลเดอร์สำหรับเก็บรายงาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="569" />
        <source>The report round</source>
        <translation>รายงานรอบนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="580" />
        <source>1 household 1 contract report rounds, %1</source>
        <translation>รายงานการบริหารจัดการหนี้ไปสู่ ๑ ครัวเรือน ๑ สัญญา %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="582" />
        <source>Submit…</source>
        <translation>ส่งรายงาน…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="583" />
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="585" />
        <source>Round</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="585" />
        <source>Month</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="585" />
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="617" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="585" />
        <source>As of</source>
        <translation>ข้อมูล ณ วันที่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="587" />
        <source>Report form</source>
        <translation>แบบรายงาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="589" />
        <source>Target households</source>
        <translation>ครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="590" />
        <source>Households at 1HH1C</source>
        <translation>ครัวเรือน ๑ ครัวเรือน ๑ สัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="591" />
        <source>Minimum per institute</source>
        <translation>เกณฑ์ขั้นต่ำต่อสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="592" />
        <source>Former debts transferred</source>
        <translation>หนี้เดิมที่ถ่ายโอน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="593" />
        <source>Principal of the new contracts</source>
        <translation>เงินต้นตามสัญญาใหม่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="594" />
        <source>Repaid so far</source>
        <translation>ชำระคืนแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="597" />
        <source>From member funds</source>
        <translation>จากกลุ่ม/กองทุนสมาชิก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="598" />
        <source>From other formal lenders</source>
        <translation>จากแหล่งในระบบอื่น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="599" />
        <source>From informal lenders</source>
        <translation>จากหนี้นอกระบบ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="600" />
        <source>Contracts</source>
        <translation>สัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="606" />
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="607" />
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="608" />
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="609" />
        <source>Contract no.</source>
        <translation>เลขที่สัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="610" />
        <source>Signed</source>
        <translation>วันที่ทำสัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="611" />
        <source>Former debt</source>
        <translation>หนี้เดิม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="612" />
        <source>New principal</source>
        <translation>เงินต้นใหม่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/reports/rounds.py" line="613" />
        <source>Installment</source>
        <translation>ค่างวด</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <source>No institute yet: set it up on the institute screen first.</source>
        <translation>ยังไม่มีสถาบัน: ตั้งค่าสถาบันที่หน้าจอสถาบันก่อน</translation>
    </message>
    <message>
        <source>This round is already submitted; a correction goes into a later round.</source>
        <translation>รอบนี้ส่งแล้ว การแก้ไขให้ทำในรอบถัดไป</translation>
    </message>
    <message>
        <source>The round could not be worked out: see the message above.</source>
        <translation>คำนวณรอบรายงานนี้ไม่ได้ ดูข้อความด้านบน</translation>
    </message>
    <message numerus="yes">
        <source>%n contracts</source>
        <translation>
            <numerusform>%n สัญญา</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n households</source>
        <translation>
            <numerusform>%n ครัวเรือน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Arrears changed for %n households</source>
        <translation>
            <numerusform>ยอดค้างชำระเปลี่ยนไป %n ครัวเรือน</numerusform>
        </translation>
    </message>
    <message>
        <source>The report rounds are worked out from the institute's contracts.</source>
        <translation>รอบรายงานคำนวณจากสัญญาของสถาบัน</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/table_models.py" line="18" />
        <source>No.</source>
        <translation>งวดที่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/table_models.py" line="19" />
        <source>Due date</source>
        <translation>วันครบกำหนด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/table_models.py" line="20" />
        <source>Installment</source>
        <translation>ค่างวด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/table_models.py" line="21" />
        <source>Principal</source>
        <translation>เงินต้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/table_models.py" line="22" />
        <source>Interest</source>
        <translation>ดอกเบี้ย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/table_models.py" line="23" />
        <source>Balance after</source>
        <translation>เงินต้นคงเหลือ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/table_models.py" line="69" />
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Installment no.</source>
        <translation>งวดที่</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="766" />
        <source>Repayment schedule</source>
        <translation>ตารางผ่อนชำระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="797" />
        <source>%1: %2 baht at %3% a year over %4 months; %5 baht a month, the last installment %6 baht.</source>
        <translation>%1: เงินต้น %2 บาท ดอกเบี้ยร้อยละ %3 ต่อปี ระยะเวลา %4 เดือน ผ่อนงวดละ %5 บาท งวดสุดท้าย %6 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="806" />
        <source>Installments are rounded up to %1 baht; the last one absorbs the difference, so the schedule sums to the principal plus the interest. Due dates start from the first due date %2 (set on the next page).</source>
        <translation>ค่างวดปัดขึ้นเป็นขั้นละ %1 บาท งวดสุดท้ายรับส่วนต่าง ยอดรวมทั้งตารางจึงเท่ากับเงินต้นบวกดอกเบี้ยพอดี วันครบกำหนดเริ่มจากงวดแรก %2 (กำหนดในขั้นถัดไป)</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="165" />
        <source>Take over</source>
        <translation>โอนมา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="166" />
        <source>Creditor</source>
        <translation>เจ้าหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="167" />
        <source>Contract no.</source>
        <translation>เลขที่สัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="168" />
        <source>Outstanding</source>
        <translation>คงค้าง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="169" />
        <source>Rate %</source>
        <translation>ดอกเบี้ย %</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="170" />
        <source>Days overdue</source>
        <translation>ค้างชำระ (วัน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="171" />
        <source>Interest</source>
        <translation>ดอกเบี้ย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="172" />
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="221" />
        <source>Penalty</source>
        <translation>ค่าปรับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="173" />
        <source>Waived</source>
        <translation>ยกเว้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="174" />
        <source>Payoff</source>
        <translation>ยอดปิดหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="182" />
        <source>Which debts does the new contract take over?</source>
        <translation>สัญญาใหม่จะรับโอนหนี้ก้อนใดบ้าง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="210" />
        <source>Keep a share</source>
        <translation>คงไว้เป็นสัดส่วน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="211" />
        <source>Waive amounts</source>
        <translation>ยกเว้นเป็นจำนวนเงิน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="219" />
        <source>Principal outstanding</source>
        <translation>เงินต้นคงค้าง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="220" />
        <source>Interest to the signing date</source>
        <translation>ดอกเบี้ยถึงวันทำสัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="222" />
        <source>a: share of interest kept</source>
        <translation>a: สัดส่วนดอกเบี้ยที่คงไว้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="223" />
        <source>b: share of penalty kept</source>
        <translation>b: สัดส่วนค่าปรับที่คงไว้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="224" />
        <source>Interest waived</source>
        <translation>ดอกเบี้ยที่ยกเว้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="225" />
        <source>Penalty waived</source>
        <translation>ค่าปรับที่ยกเว้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="252" />
        <source>Down-payment</source>
        <translation>เงินดาวน์</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="300" />
        <source>Dated %1</source>
        <translation>ลงวันที่ %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="302" />
        <source>Guarantors: %1</source>
        <translation>ผู้ค้ำประกัน: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="361" />
        <source>Tick a debt to take it over</source>
        <translation>ทำเครื่องหมายหน้าหนี้ที่จะโอนมา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="363" />
        <source>Payoff of %1 on the signing date</source>
        <translation>ยอดปิดหนี้ %1 ณ วันทำสัญญา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="365" />
        <source>%1 – tick the debt to take it over</source>
        <translation>%1 – ทำเครื่องหมายเพื่อโอนหนี้ก้อนนี้มา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="380" />
        <source>Suggested %1 (%2 days overdue)</source>
        <translation>ค่าที่เสนอ %1 (ค้างชำระ %2 วัน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="444" />
        <source>New principal: –</source>
        <translation>เงินต้นตามสัญญาใหม่: –</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="461" />
        <source>The down-payment leaves nothing to consolidate.</source>
        <translation>เงินดาวน์เท่ากับหรือมากกว่ายอดปิดหนี้ จึงไม่มีหนี้เหลือให้รวม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="224" />
        <source>The whole outstanding principal; a part the committee forgives is waived</source>
        <translation>เงินต้นคงค้างทั้งจำนวน ส่วนที่คณะกรรมการยกเว้นให้บันทึกเป็นการยกเว้นเงินต้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="227" />
        <source>Why the committee forgives this part of the principal</source>
        <translation>เหตุผลที่คณะกรรมการยกเว้นเงินต้นส่วนนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="249" />
        <source>Principal waived</source>
        <translation>ยกเว้นเงินต้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="250" />
        <source>Reason for the principal waiver</source>
        <translation>เหตุผลที่ยกเว้นเงินต้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="300" />
        <source>Reason for a second contract</source>
        <translation>เหตุผลที่ทำสัญญาฉบับที่สอง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="302" />
        <source>Why this household signs a second contract this year</source>
        <translation>เหตุใดครัวเรือนนี้จึงทำสัญญาฉบับที่สองในปีนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="523" />
        <source>%1 debts: owed %2 = new principal %3 + waived %4 + down-payment %5 baht</source>
        <translation>หนี้ %1 ก้อน: ยอดหนี้เดิม %2 = เงินต้นใหม่ %3 + ยกเว้น %4 + เงินดาวน์ %5 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="540" />
        <source>Give the reason for a second contract this fiscal year.</source>
        <translation>กรุณาระบุเหตุผลที่ทำสัญญาฉบับที่สองในปีงบประมาณนี้</translation>
    </message>
    <message>
        <source>Waive a percentage</source>
        <translation>ยกเว้นเป็นร้อยละ</translation>
    </message>
    <message>
        <source>Waive amounts in baht</source>
        <translation>ยกเว้นเป็นจำนวนเงิน (บาท)</translation>
    </message>
    <message>
        <source>Interest waived (%)</source>
        <translation>ดอกเบี้ยที่ยกเว้น (ร้อยละ)</translation>
    </message>
    <message>
        <source>Penalty waived (%)</source>
        <translation>ค่าปรับที่ยกเว้น (ร้อยละ)</translation>
    </message>
    <message>
        <source>Interest waived (baht)</source>
        <translation>ดอกเบี้ยที่ยกเว้น (บาท)</translation>
    </message>
    <message>
        <source>Penalty waived (baht)</source>
        <translation>ค่าปรับที่ยกเว้น (บาท)</translation>
    </message>
    <message>
        <source>Principal waived (baht)</source>
        <translation>เงินต้นที่ยกเว้น (บาท)</translation>
    </message>
    <message numerus="yes">
        <source>%n debts: owed %2 = new principal %3 + waived %4 + down-payment %5 baht</source>
        <translation>
            <numerusform>หนี้ %n ก้อน: ยอดหนี้เดิม %2 = เงินต้นใหม่ %3 + ยกเว้น %4 + เงินดาวน์ %5 บาท</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <location filename="../../cdfi_desktop/app.py" line="159" />
        <source>There is no database at %1. Create a new, empty database there?</source>
        <translation>ไม่พบฐานข้อมูลที่ %1 ต้องการสร้างฐานข้อมูลใหม่ที่ว่างเปล่าไว้ที่นั่นหรือไม่</translation>
    </message>
    <message>
        <source>The audit trail was changed outside the program: entry %1 and after do not match the chain of the entries before them. Tell the province; keep this computer's database and its backups as they are.</source>
        <translation>ประวัติการแก้ไขข้อมูลถูกแก้จากภายนอกโปรแกรม: รายการที่ %1 เป็นต้นไปไม่ต่อเนื่องกับรายการก่อนหน้า กรุณาแจ้งจังหวัด และเก็บฐานข้อมูลกับไฟล์สำรองของเครื่องนี้ไว้ตามเดิม</translation>
    </message>
    <message>
        <source>Open the audit trail…</source>
        <translation>เปิดประวัติการแก้ไข…</translation>
    </message>
    <message>
        <source>The database could not be encrypted; it stays as it was: %1</source>
        <translation>เข้ารหัสฐานข้อมูลไม่ได้ ฐานข้อมูลยังเป็นแบบเดิม: %1</translation>
    </message>
    <message>
        <source>At set-up, encrypting the database file was chosen, but the program ended before it was done: the file is not encrypted. Encrypt it now? A new recovery code will be given.</source>
        <translation>ตอนตั้งค่าเริ่มต้นได้เลือกให้เข้ารหัสไฟล์ฐานข้อมูล แต่โปรแกรมปิดไปก่อนเข้ารหัสเสร็จ ไฟล์จึงยังไม่ได้เข้ารหัส ต้องการเข้ารหัสตอนนี้หรือไม่ (จะได้รหัสกู้คืนชุดใหม่)</translation>
    </message>
    <message>
        <source>The password of %1, to encrypt the file:</source>
        <translation>รหัสผ่านของ %1 เพื่อเข้ารหัสไฟล์:</translation>
    </message>
    <message>
        <source>The database file was encrypted, but its new recovery code was not confirmed as kept. The password of %1, for another new recovery code:</source>
        <translation>ไฟล์ฐานข้อมูลเข้ารหัสแล้ว แต่ยังไม่ได้ยืนยันว่าเก็บรหัสกู้คืนชุดใหม่ไว้แล้ว กรอกรหัสผ่านของ %1 เพื่อรับรหัสกู้คืนชุดใหม่อีกครั้ง:</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>All files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Bundle no. %1 saved: %2 (%3 records). Take it to the province.</source>
        <translation>บันทึกชุดข้อมูลลำดับที่ %1 แล้ว: %2 (%3 รายการ) นำไฟล์นี้ไปส่งจังหวัด</translation>
    </message>
    <message>
        <source>Choose the folder or USB stick for the bundle</source>
        <translation>เลือกโฟลเดอร์หรือแฟลชไดรฟ์ที่จะบันทึกชุดข้อมูล</translation>
    </message>
    <message>
        <source>Choose the province's key file</source>
        <translation>เลือกไฟล์กุญแจของจังหวัด</translation>
    </message>
    <message>
        <source>Choose the province's receipts</source>
        <translation>เลือกใบตอบรับจากจังหวัด</translation>
    </message>
    <message>
        <source>Enrolment file saved: %1. Give it to the province to enrol this computer.</source>
        <translation>บันทึกไฟล์ลงทะเบียนเครื่องแล้ว: %1 ส่งไฟล์นี้ให้จังหวัดเพื่อลงทะเบียนเครื่องนี้</translation>
    </message>
    <message>
        <source>Enrolment files (%1)</source>
        <translation>ไฟล์ลงทะเบียนเครื่อง (%1)</translation>
    </message>
    <message>
        <source>Importing the province's key…</source>
        <translation>กำลังนำเข้ากุญแจของจังหวัด…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
    <message>
        <source>It is encrypted to the province's key.</source>
        <translation>ข้อมูลเข้ารหัสด้วยกุญแจของจังหวัดแล้ว</translation>
    </message>
    <message>
        <source>It is signed but not encrypted: the province's key is not imported yet.</source>
        <translation>ชุดข้อมูลลงนามแล้วแต่ไม่ได้เข้ารหัส เพราะยังไม่ได้นำเข้ากุญแจของจังหวัด</translation>
    </message>
    <message>
        <source>Key files (%1)</source>
        <translation>ไฟล์กุญแจ (%1)</translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation>กำลังทำชุดข้อมูล…</translation>
    </message>
    <message>
        <source>Receipts and bundles (%1)</source>
        <translation>ใบตอบรับและชุดข้อมูล (%1)</translation>
    </message>
    <message>
        <source>Save the enrolment file for the province</source>
        <translation>บันทึกไฟล์ลงทะเบียนเครื่องสำหรับจังหวัด</translation>
    </message>
    <message>
        <source>Saving the enrolment file…</source>
        <translation>กำลังบันทึกไฟล์ลงทะเบียนเครื่อง…</translation>
    </message>
    <message>
        <source>The province's key is imported: %1, fingerprint %2. Bundles are encrypted to it from now on.</source>
        <translation>นำเข้ากุญแจของจังหวัดแล้ว: %1 ลายนิ้วมือ %2 ชุดข้อมูลต่อจากนี้จะเข้ารหัสด้วยกุญแจนี้</translation>
    </message>
    <message>
        <source>There is no new data to send.</source>
        <translation>ไม่มีข้อมูลใหม่ที่ต้องส่ง</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>กำลังตรวจ…</translation>
    </message>
    <message>
        <source>Choose the laptops' bundles</source>
        <translation>เลือกชุดข้อมูลจากเครื่อง</translation>
    </message>
    <message>
        <source>Bundles (%1)</source>
        <translation>ชุดข้อมูล (%1)</translation>
    </message>
    <message>
        <source>Save the province's key file</source>
        <translation>บันทึกไฟล์กุญแจของจังหวัด</translation>
    </message>
    <message>
        <source>The province's key file is saved: %1. Give it to the laptops with its fingerprint.</source>
        <translation>บันทึกไฟล์กุญแจของจังหวัดแล้ว: %1 ส่งให้เครื่องต่าง ๆ พร้อมลายนิ้วมือกุญแจ</translation>
    </message>
    <message>
        <source>Saving the key file…</source>
        <translation>กำลังบันทึกไฟล์กุญแจ…</translation>
    </message>
    <message>
        <source>Choose the laptop's enrolment file</source>
        <translation>เลือกไฟล์ลงทะเบียนของเครื่อง</translation>
    </message>
    <message>
        <source>Laptop enrolled: %1 (device %2), for %3 institutes. Its bundles can be imported now.</source>
        <translation>ลงทะเบียนเครื่องแล้ว: %1 (เครื่อง %2) สำหรับ %3 สถาบัน นำเข้าชุดข้อมูลจากเครื่องนี้ได้แล้ว</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>กำลังลงทะเบียน…</translation>
    </message>
    <message>
        <source>Revoke %1? Its bundles will be refused from now on.</source>
        <translation>เพิกถอน %1 หรือไม่ จะไม่รับชุดข้อมูลจากเครื่องนี้อีก</translation>
    </message>
    <message>
        <source>Revoke a laptop</source>
        <translation>เพิกถอนเครื่อง</translation>
    </message>
    <message>
        <source>Revoked: %1. Its bundles are refused from now on.</source>
        <translation>เพิกถอนแล้ว: %1 จะไม่รับชุดข้อมูลจากเครื่องนี้อีก</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>กำลังเพิกถอน…</translation>
    </message>
    <message>
        <source>Marked as resolved: %1.</source>
        <translation>ทำเครื่องหมายว่าแก้แล้ว: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>%1 records in all</source>
        <translation>รวม %1 รายการ</translation>
    </message>
    <message>
        <source>(everything)</source>
        <translation>(ส่งทั้งหมด)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ยังไม่ได้ระบุ)</translation>
    </message>
    <message>
        <source>A full bundle holds every record, not only what changed since the province's last receipt.</source>
        <translation>ชุดข้อมูลทั้งหมดมีทุกรายการ ไม่ใช่เฉพาะที่เปลี่ยนหลังใบตอบรับล่าสุดของจังหวัด</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>รหัสเครื่อง</translation>
    </message>
    <message>
        <source>Export the enrolment file…</source>
        <translation>ส่งออกไฟล์ลงทะเบียนเครื่อง…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>For bundle no. %1</source>
        <translation>สำหรับชุดข้อมูลลำดับที่ %1</translation>
    </message>
    <message>
        <source>Import a receipt…</source>
        <translation>นำเข้าใบตอบรับ…</translation>
    </message>
    <message>
        <source>Import the province's key…</source>
        <translation>นำเข้ากุญแจของจังหวัด…</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>ลายนิ้วมือกุญแจ</translation>
    </message>
    <message>
        <source>Last confirmed by the province %1</source>
        <translation>ยืนยันโดยจังหวัดล่าสุด %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>วันที่ทำ</translation>
    </message>
    <message>
        <source>Make a bundle to send…</source>
        <translation>ทำชุดข้อมูลเพื่อส่ง…</translation>
    </message>
    <message>
        <source>No bundle has been made on this computer yet.</source>
        <translation>ยังไม่เคยทำชุดข้อมูลในเครื่องนี้</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ลำดับที่</translation>
    </message>
    <message>
        <source>Nothing has been sent to the province yet.</source>
        <translation>ยังไม่เคยส่งข้อมูลให้จังหวัด</translation>
    </message>
    <message>
        <source>Nothing new to send: the province has everything it confirmed.</source>
        <translation>ไม่มีข้อมูลใหม่ที่ต้องส่ง</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>กำลังอ่าน…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Send everything</source>
        <translation>ส่งทั้งหมด</translation>
    </message>
    <message>
        <source>The last bundle</source>
        <translation>ชุดข้อมูลล่าสุด</translation>
    </message>
    <message>
        <source>The province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>The province has not confirmed a bundle yet.</source>
        <translation>จังหวัดยังไม่ได้ยืนยันชุดข้อมูล</translation>
    </message>
    <message>
        <source>The province's data does not match this computer's. The next bundle will send everything.</source>
        <translation>ข้อมูลที่จังหวัดไม่ตรงกับเครื่องนี้ ครั้งต่อไปจะส่งข้อมูลทั้งหมด</translation>
    </message>
    <message>
        <source>The province's key is not imported yet: bundles are signed but not encrypted, and its receipts cannot be checked.</source>
        <translation>ยังไม่ได้นำเข้ากุญแจของจังหวัด ชุดข้อมูลจะลงนามแต่ไม่เข้ารหัส และตรวจใบตอบรับไม่ได้</translation>
    </message>
    <message>
        <source>The province's last receipt</source>
        <translation>ใบตอบรับล่าสุดจากจังหวัด</translation>
    </message>
    <message>
        <source>This database came from another computer (device %1), so it is a new device here. Export its enrolment file for the province.</source>
        <translation>ฐานข้อมูลนี้คัดลอกมาจากเครื่องอื่น (รหัสเครื่อง %1) จึงเป็นเครื่องใหม่ กรุณาส่งออกไฟล์ลงทะเบียนเครื่องให้จังหวัด</translation>
    </message>
    <message>
        <source>This database is the province's: it imports the laptops' bundles and makes no bundle.</source>
        <translation>ฐานข้อมูลนี้เป็นของจังหวัด ใช้นำเข้าชุดข้อมูลจากเครื่องต่าง ๆ ไม่ได้ทำชุดข้อมูลส่ง</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>เครื่องนี้</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>ข้อมูลที่รอส่ง</translation>
    </message>
    <message>
        <source>confirmed by the province</source>
        <translation>จังหวัดยืนยันแล้ว</translation>
    </message>
    <message>
        <source>See the import report…</source>
        <translation>ดูรายงานการนำเข้า…</translation>
    </message>
    <message>
        <source>What the province did with the bundle its last receipt confirmed</source>
        <translation>จังหวัดนำเข้าชุดข้อมูลที่ยืนยันล่าสุดอย่างไร</translation>
    </message>
    <message>
        <source>A province database makes no bundles: it imports the laptops' bundles.</source>
        <translation>ฐานข้อมูลของจังหวัดไม่ทำชุดข้อมูลส่ง แต่นำเข้าชุดข้อมูลจากเครื่องของเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Wait until the work under way is done.</source>
        <translation>รอให้งานที่กำลังทำอยู่เสร็จก่อน</translation>
    </message>
    <message numerus="yes">
        <source>%n records in all</source>
        <translation>
            <numerusform>รวม %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>This database is the province's. It makes no bundle: it works from its own steps, from enrolling the laptops and importing their bundles to the review and the roll-up.</source>
        <translation>นี่คือฐานข้อมูลของจังหวัด ซึ่งไม่ได้ทำชุดข้อมูลส่ง จังหวัดทำงานตามขั้นตอนของจังหวัดเอง ตั้งแต่ลงทะเบียนเครื่อง นำเข้าชุดข้อมูล ไปจนถึงการตรวจทานและภาพรวมจังหวัด</translation>
    </message>
    <message>
        <source>Go to the laptops and keys</source>
        <translation>ไปที่เครื่องที่ลงทะเบียนและกุญแจ</translation>
    </message>
</context>
<context>
    <name>SyncStatusLine</name>
    <message>
        <source>Province database · last bundle imported %1</source>
        <translation>ฐานข้อมูลจังหวัด · นำเข้าชุดข้อมูลล่าสุด %1</translation>
    </message>
    <message>
        <source>Province database · no bundle imported yet</source>
        <translation>ฐานข้อมูลจังหวัด · ยังไม่ได้นำเข้าชุดข้อมูล</translation>
    </message>
    <message>
        <source>Last confirmed by the province %1</source>
        <translation>ยืนยันโดยจังหวัดล่าสุด %1</translation>
    </message>
    <message>
        <source>Never sent to the province</source>
        <translation>ยังไม่เคยส่งข้อมูลให้จังหวัด</translation>
    </message>
    <message>
        <source>Not yet confirmed by the province</source>
        <translation>จังหวัดยังไม่ได้ยืนยัน</translation>
    </message>
</context>
<context>
    <name>TargetsScreen</name>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="415" />
        <source>Choose a household in the list to see why it is there.</source>
        <translation>เลือกครัวเรือนในรายชื่อเพื่อดูว่าเหตุใดจึงอยู่ในรายชื่อ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="430" />
        <source>Total debt</source>
        <translation>หนี้รวม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="431" />
        <source>Debt-service ratio</source>
        <translation>สัดส่วนภาระหนี้ต่อรายได้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="436" />
        <source>Class when selected</source>
        <translation>ชั้นเมื่อคัดเลือก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="438" />
        <source>Class now</source>
        <translation>ชั้นปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="439" />
        <source>Why this class</source>
        <translation>เหตุผลการจัดชั้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="54" />
        <source>Rank</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="55" />
        <source>Register no.</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="56" />
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="57" />
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="58" />
        <source>Class</source>
        <translation>ชั้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="59" />
        <source>Total debt (baht)</source>
        <translation>หนี้รวม (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="60" />
        <source>DSR (%)</source>
        <translation>ภาระหนี้ต่อรายได้ (%)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="61" />
        <source>Affordable a month</source>
        <translation>ผ่อนได้ต่อเดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="62" />
        <source>Term (months)</source>
        <translation>ระยะผ่อน (งวด)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="63" />
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="68" />
        <source>A – normal</source>
        <translation>A – ปกติ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="69" />
        <source>B – watch</source>
        <translation>B – เฝ้าระวัง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="70" />
        <source>C – problem</source>
        <translation>C – มีปัญหา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="71" />
        <source>D – critical</source>
        <translation>D – วิกฤต</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="74" />
        <source>Proposed</source>
        <translation>เสนอรายชื่อ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="75" />
        <source>Added</source>
        <translation>เพิ่มรายชื่อ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="76" />
        <source>Removed</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="77" />
        <source>Moved</source>
        <translation>เปลี่ยนลำดับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="78" />
        <source>Locked</source>
        <translation>ล็อกรายชื่อ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="79" />
        <source>Unlocked</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="342" />
        <source>Class now: %1</source>
        <translation>ชั้นปัจจุบัน: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="366" />
        <source>No list yet: press Propose</source>
        <translation>ยังไม่มีรายชื่อ: กด "เสนอรายชื่อ"</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="370" />
        <source>Locked on %1 by %2</source>
        <translation>ล็อกแล้วเมื่อ %1 โดย %2</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="373" />
        <source>Draft: not locked</source>
        <translation>ร่าง: ยังไม่ล็อก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="386" />
        <source>%1 households on the list (the fiscal year's target: %2)</source>
        <translation>มีรายชื่อ %1 ครัวเรือน (เป้าหมายของปีงบประมาณ %2 ครัวเรือน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="423" />
        <source>Proposed by the app</source>
        <translation>โปรแกรมเสนอ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="423" />
        <source>Added by the officer</source>
        <translation>เจ้าหน้าที่เพิ่มเอง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="464" />
        <source>Unlock…</source>
        <translation>ปลดล็อก…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="464" />
        <source>Lock the list…</source>
        <translation>ล็อกรายชื่อ…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="470" />
        <source>Target households</source>
        <translation>ครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="484" />
        <source>The operation failed: %1</source>
        <translation>ทำรายการไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="502" />
        <source>Replace the list of %1 households by a new proposal?</source>
        <translation>แทนที่รายชื่อ %1 ครัวเรือนด้วยรายชื่อที่โปรแกรมเสนอใหม่หรือไม่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="565" />
        <source>Remove %1 (rank %2) from the target list.</source>
        <translation>นำ %1 (ลำดับที่ %2) ออกจากรายชื่อครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="566" />
        <source>Remove from the list</source>
        <translation>นำออกจากรายชื่อ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="593" />
        <source>Move %1 from rank %2 to rank %3.</source>
        <translation>ย้าย %1 จากลำดับที่ %2 ไปลำดับที่ %3</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="598" />
        <source>Change the order</source>
        <translation>เปลี่ยนลำดับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="616" />
        <source>Lock the list</source>
        <translation>ล็อกรายชื่อ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="617" />
        <source>Lock the list of %1: nothing can be changed until it is unlocked.</source>
        <translation>ล็อกรายชื่อครัวเรือนเป้าหมาย %1: จะแก้ไขไม่ได้จนกว่าจะปลดล็อก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="619" />
        <source>The list has %2 households, fewer than the %3 the guideline asks: give the reason it is short.</source>
        <translation>รายชื่อมี %2 ครัวเรือน น้อยกว่า %3 ครัวเรือนตามแนวทาง กรุณาระบุเหตุผลที่รายชื่อไม่ครบ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="619" />
        <source>Unlock the list</source>
        <translation>ปลดล็อกรายชื่อ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="620" />
        <source>Unlock the list of %1 to change it again.</source>
        <translation>ปลดล็อกรายชื่อครัวเรือนเป้าหมาย %1 เพื่อแก้ไขอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="677" />
        <source>Folder for the printed list and forms</source>
        <translation>โฟลเดอร์สำหรับบันทึกรายชื่อและแบบบันทึก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="695" />
        <source>The target list</source>
        <translation>บัญชีรายชื่อครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="706" />
        <source>Target households of %1</source>
        <translation>ครัวเรือนเป้าหมาย %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="708" />
        <source>Propose</source>
        <translation>เสนอรายชื่อ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="711" />
        <source>Rank the fiscal year's number of households: class C, then B, whose consolidated debt is affordable</source>
        <translation>จัดลำดับครัวเรือนตามจำนวนเป้าหมายของปีงบประมาณ: ชั้น C แล้วชั้น B ที่ผ่อนรวมหนี้ได้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="714" />
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="715" />
        <source>Remove…</source>
        <translation>นำออก…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="716" />
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="717" />
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="718" />
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="719" />
        <source>Participation record…</source>
        <translation>แบบบันทึกการเข้าร่วมโครงการ…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="721" />
        <source>Who represents the household, when it enrolled, its consent and when it signed the form</source>
        <translation>ผู้แทนครัวเรือน วันที่เข้าร่วม ความยินยอม และวันที่ลงนามในแบบบันทึก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="724" />
        <source>The list as PDF and Excel, and a participation record form per household</source>
        <translation>รายชื่อเป็น PDF และ Excel และแบบบันทึกการเข้าร่วมโครงการของทุกครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/targets/view.py" line="726" />
        <source>History of the list</source>
        <translation>ประวัติการเปลี่ยนแปลงรายชื่อ</translation>
    </message>
    <message>
        <source>The register has no households yet, so there is nobody to propose. Import or add the households in step 2 (Registers) first.</source>
        <translation>ทะเบียนยังไม่มีครัวเรือน จึงยังเสนอรายชื่อไม่ได้ นำเข้าหรือเพิ่มครัวเรือนในขั้นที่ 2 (ทะเบียน) ก่อน</translation>
    </message>
    <message>
        <source>Go to the registers</source>
        <translation>ไปที่ทะเบียน</translation>
    </message>
    <message>
        <source>No target list for %1 yet. Propose ranks the households of class C, then B, whose consolidated debt is affordable; you can then add, remove and move households.</source>
        <translation>ยังไม่มีรายชื่อครัวเรือนเป้าหมาย %1 กด "เสนอรายชื่อ" เพื่อจัดลำดับครัวเรือนชั้น C แล้วชั้น B ที่ผ่อนรวมหนี้ได้ จากนั้นเพิ่ม นำออก หรือเปลี่ยนลำดับได้</translation>
    </message>
    <message>
        <source>Propose the list</source>
        <translation>เสนอรายชื่อ</translation>
    </message>
    <message>
        <source>No list yet</source>
        <translation>ยังไม่มีรายชื่อ</translation>
    </message>
    <message>
        <source>The list is locked: unlock it first (Unlock…).</source>
        <translation>รายชื่อถูกล็อกแล้ว: ปลดล็อกก่อน (ปลดล็อก…)</translation>
    </message>
    <message>
        <source>Choose a household in the list first.</source>
        <translation>เลือกครัวเรือนในรายการก่อน</translation>
    </message>
    <message>
        <source>The register has no households yet: import or add them in step 2 (Registers).</source>
        <translation>ทะเบียนยังไม่มีครัวเรือน: นำเข้าหรือเพิ่มครัวเรือนในขั้นที่ 2 (ทะเบียน)</translation>
    </message>
    <message>
        <source>Propose the list first; then add households to it.</source>
        <translation>เสนอรายชื่อก่อน แล้วจึงเพิ่มครัวเรือน</translation>
    </message>
    <message>
        <source>The household is first on the list.</source>
        <translation>ครัวเรือนนี้อยู่ลำดับแรกแล้ว</translation>
    </message>
    <message>
        <source>The household is last on the list.</source>
        <translation>ครัวเรือนนี้อยู่ลำดับสุดท้ายแล้ว</translation>
    </message>
    <message>
        <source>There is no list to lock yet.</source>
        <translation>ยังไม่มีรายชื่อให้ล็อก</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>ยังไม่มีครัวเรือนในรายชื่อ</translation>
    </message>
    <message>
        <source>(added by the officer)</source>
        <translation>(เจ้าหน้าที่เพิ่มเอง)</translation>
    </message>
    <message numerus="yes">
        <source>%n households on the list (the fiscal year's target: %1)</source>
        <translation>
            <numerusform>มีรายชื่อ %n ครัวเรือน (เป้าหมายของปีงบประมาณ %1 ครัวเรือน)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the list of %n households by a new proposal?</source>
        <translation>
            <numerusform>แทนที่รายชื่อ %n ครัวเรือนด้วยรายชื่อที่โปรแกรมเสนอใหม่หรือไม่</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list has %n households, fewer than the %2 the guideline asks: give the reason it is short.</source>
        <translation>
            <numerusform>รายชื่อมี %n ครัวเรือน น้อยกว่า %2 ครัวเรือนตามแนวทาง กรุณาระบุเหตุผลที่รายชื่อไม่ครบ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="486" />
        <source>Installment by the formula</source>
        <translation>ค่างวดตามสูตร</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="487" />
        <source>Installment (rounded up to the step)</source>
        <translation>ค่างวด (ปัดขึ้นตามขั้น)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="488" />
        <source>Last installment</source>
        <translation>งวดสุดท้าย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="489" />
        <source>Installments paid</source>
        <translation>ชำระแล้ว (งวด)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="490" />
        <source>Total interest</source>
        <translation>ดอกเบี้ยรวม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="491" />
        <source>Total repaid</source>
        <translation>ยอดชำระรวม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="492" />
        <source>Equivalent annual rate (APR)</source>
        <translation>อัตราดอกเบี้ยเทียบเท่าต่อปี (APR)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="493" />
        <source>Shortest term within A_max</source>
        <translation>ระยะเวลาสั้นสุดที่ผ่อนไหว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="503" />
        <source>Terms the household can carry</source>
        <translation>เงื่อนไขที่ครัวเรือนผ่อนไหว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="508" />
        <source>Affordability (a month)</source>
        <translation>ความสามารถในการชำระ (ต่อเดือน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="519" />
        <source>Income</source>
        <translation>รายได้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="520" />
        <source>Essential expenses</source>
        <translation>รายจ่ายจำเป็น</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="521" />
        <source>Left before debt service</source>
        <translation>คงเหลือก่อนชำระหนี้</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="522" />
        <source>Debt service today</source>
        <translation>ภาระผ่อนหนี้ปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="523" />
        <source>Debt-service ratio today</source>
        <translation>สัดส่วนภาระหนี้ต่อรายได้ปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="524" />
        <source>Affordable installment (A_max)</source>
        <translation>ค่างวดที่ผ่อนไหว (A_max)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="528" />
        <source>Terms</source>
        <translation>เงื่อนไข</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="538" />
        <source> months</source>
        <translation> เดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="542" />
        <source>Use the shortest</source>
        <translation>ใช้ระยะสั้นสุด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="550" />
        <source>New principal (baht)</source>
        <translation>เงินต้นใหม่ (บาท)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="552" />
        <source>Interest rate (% a year)</source>
        <translation>อัตราดอกเบี้ย (% ต่อปี)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="554" />
        <source>Term</source>
        <translation>ระยะผ่อน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="558" />
        <source>Repayment method</source>
        <translation>วิธีผ่อนชำระ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="593" />
        <source>The profile's value: %1</source>
        <translation>ค่าตามเกณฑ์ของปี: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="685" />
        <source>none up to %1 months</source>
        <translation>ไม่มีภายใน %1 เดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="687" />
        <source>%1 months</source>
        <translation>%1 งวด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="717" />
        <source>No term up to %1 months brings the installment within %2 baht.</source>
        <translation>ไม่มีระยะเวลาใดภายใน %1 เดือนที่ทำให้ค่างวดไม่เกิน %2 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="719" />
        <source>Even the longest term, %1 months, does not bring the installment within A_max %2 baht.</source>
        <translation>แม้ผ่อนนานสุด %1 เดือน ค่างวดก็ยังเกินค่างวดที่ผ่อนไหว %2 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="724" />
        <source>The shortest term within %2 baht a month: %1 months.</source>
        <translation>ระยะเวลาสั้นสุดที่ค่างวดไม่เกิน %2 บาทต่อเดือน: %1 เดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="731" />
        <source>The installment %1 baht is above the affordable installment %2 baht.</source>
        <translation>ค่างวด %1 บาท สูงกว่าค่างวดที่ผ่อนไหว %2 บาท</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="737" />
        <source>The term is longer than the profile's maximum of %1 months.</source>
        <translation>ระยะเวลานานกว่าที่เกณฑ์กำหนดไว้สูงสุด %1 เดือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="745" />
        <source>Type the interest rate, % a year.</source>
        <translation>กรอกอัตราดอกเบี้ยเป็นร้อยละต่อปี</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/contracts/wizard.py" line="747" />
        <source>Type the affordable installment.</source>
        <translation>กรอกค่างวดที่ผ่อนไหว</translation>
    </message>
    <message>
        <source>Shortest term within the affordable installment</source>
        <translation>ระยะผ่อนสั้นสุดที่ผ่อนไหว</translation>
    </message>
    <message>
        <source>Affordable installment a month</source>
        <translation>ค่างวดที่ผ่อนได้ต่อเดือน</translation>
    </message>
    <message>
        <source>Even the longest term, %1 months, does not bring the installment within the affordable %2 baht a month.</source>
        <translation>แม้ผ่อนนานสุด %1 เดือน ค่างวดก็ยังเกินค่างวดที่ผ่อนได้ %2 บาทต่อเดือน</translation>
    </message>
</context>
<context>
    <name>TrainingGrid</name>
    <message>
        <location filename="../../cdfi_desktop/ui/training/grid_model.py" line="43" />
        <source>Present</source>
        <translation>มา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/grid_model.py" line="44" />
        <source>Late</source>
        <translation>สาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/grid_model.py" line="45" />
        <source>Absent</source>
        <translation>ขาด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/grid_model.py" line="46" />
        <source>On leave</source>
        <translation>ลา</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/grid_model.py" line="178" />
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/grid_model.py" line="179" />
        <source>Name and surname</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/grid_model.py" line="180" />
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/grid_model.py" line="184" />
        <source>Day %1</source>
        <translation>วันที่ %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/grid_model.py" line="187" />
        <source>Days
attended</source>
        <translation>เข้าอบรม
(วัน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/grid_model.py" line="188" />
        <location filename="../../cdfi_desktop/ui/training/grid_model.py" line="220" />
        <source>Completed</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/grid_model.py" line="213" />
        <source>(not a target household)</source>
        <translation>(ไม่ใช่ครัวเรือนเป้าหมาย)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/grid_model.py" line="222" />
        <source>Not yet</source>
        <translation>ยังไม่ผ่าน</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>เลขทะเบียน</translation>
    </message>
</context>
<context>
    <name>TrainingScreen</name>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="367" />
        <source>Course “%1” (not saved yet)</source>
        <translation>หลักสูตร “%1” (ยังไม่ได้บันทึก)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="369" />
        <source>Course “%1”</source>
        <translation>หลักสูตร “%1”</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="377" />
        <source>Set up the institute first.</source>
        <translation>กรุณาบันทึกข้อมูลสถาบันก่อน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="381" />
        <source>No course for this fiscal year yet: fill in the course and its days, then save.</source>
        <translation>ยังไม่มีหลักสูตรของปีงบประมาณนี้ กรุณากรอกรายละเอียดหลักสูตรและวันอบรม แล้วกดบันทึก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="386" />
        <source>No participants yet: add the target households, or add a person.</source>
        <translation>ยังไม่มีผู้เข้าอบรม กรุณาเพิ่มครัวเรือนเป้าหมาย หรือเพิ่มผู้เข้าอบรมเอง</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="390" />
        <source>Completed: %1 of %2 participants (at least %3 of %4 days)</source>
        <translation>ผ่านหลักสูตร %1 คน จาก %2 คน (เข้าอบรมอย่างน้อย %3 จาก %4 วัน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="397" />
        <source>day %1: %2 attended</source>
        <translation>วันที่ %1: เข้าอบรม %2 คน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="445" />
        <source>Attendance</source>
        <translation>การเข้าอบรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="446" />
        <source>The mark was not saved: %1</source>
        <translation>บันทึกการเข้าอบรมไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="467" />
        <source>Clear the mark</source>
        <translation>ล้างการบันทึก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="470" />
        <source>Note…</source>
        <translation>หมายเหตุ…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="485" />
        <source>Note on attendance</source>
        <translation>หมายเหตุการเข้าอบรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="486" />
        <source>%1, day %2 (e.g. the reason for leave):</source>
        <translation>%1 วันที่ %2 (เช่น เหตุผลที่ลา):</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="511" />
        <location filename="../../cdfi_desktop/ui/training/view.py" line="722" />
        <source>Add target households</source>
        <translation>เพิ่มครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="513" />
        <source>Nobody was added: every target household of this fiscal year is already on the list, or no target households have been selected yet.</source>
        <translation>ไม่มีผู้ถูกเพิ่ม: ครัวเรือนเป้าหมายของปีงบประมาณนี้อยู่ในรายชื่อครบแล้ว หรือยังไม่ได้คัดเลือกครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="560" />
        <location filename="../../cdfi_desktop/ui/training/view.py" line="566" />
        <source>Remove person</source>
        <translation>นำผู้เข้าอบรมออก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="560" />
        <source>Choose a person in the list first.</source>
        <translation>กรุณาเลือกผู้เข้าอบรมในรายชื่อก่อน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="567" />
        <source>Take %1 off the training, with their attendance?</source>
        <translation>นำ %1 ออกจากการอบรม พร้อมข้อมูลการเข้าอบรม ใช่หรือไม่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="643" />
        <source>Training</source>
        <translation>การอบรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="643" />
        <source>Not saved: %1</source>
        <translation>บันทึกไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="659" />
        <source>Save the sign-in sheets</source>
        <translation>บันทึกใบลงทะเบียน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="666" />
        <source>Save the attendance summary</source>
        <translation>บันทึกสรุปการเข้าอบรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="704" />
        <source>Saved</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="704" />
        <source>Saved as %1</source>
        <translation>บันทึกเป็นไฟล์ %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="709" />
        <source>Not saved</source>
        <translation>ไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="710" />
        <source>The file could not be written: %1</source>
        <translation>บันทึกไฟล์ไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="720" />
        <source>Participants and attendance</source>
        <translation>ผู้เข้าอบรมและการเข้าอบรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="721" />
        <source>Course and days</source>
        <translation>หลักสูตรและวันอบรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="723" />
        <source>One person from each target household of this fiscal year</source>
        <translation>ครัวเรือนเป้าหมายของปีงบประมาณนี้ ครัวเรือนละ 1 คน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="724" />
        <source>Add person…</source>
        <translation>เพิ่มผู้เข้าอบรม…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="725" />
        <source>Remove person…</source>
        <translation>นำผู้เข้าอบรมออก…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="726" />
        <source>Print sign-in sheets…</source>
        <translation>พิมพ์ใบลงทะเบียน…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="727" />
        <source>One sign-in sheet per day, with a blank column for signatures (PDF)</source>
        <translation>ใบลงทะเบียนวันละ 1 ชุด มีช่องว่างสำหรับลงลายมือชื่อ (PDF)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="728" />
        <source>Attendance summary…</source>
        <translation>สรุปการเข้าอบรม…</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="729" />
        <source>Everyone's attendance and who completed the course (PDF or Excel)</source>
        <translation>การเข้าอบรมของทุกคนและผู้ผ่านหลักสูตร (PDF หรือ Excel)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="732" />
        <source>Click a day to mark it: blank → present → late → absent → on leave → blank. Right-click for a note. Late counts as attended; absent and leave do not.</source>
        <translation>คลิกช่องของแต่ละวันเพื่อบันทึก: ว่าง → มา → สาย → ขาด → ลา → ว่าง  คลิกขวาเพื่อใส่หมายเหตุ  มาสายนับเป็นวันที่เข้าอบรม ขาดและลาไม่นับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="736" />
        <source>Course title</source>
        <translation>ชื่อหลักสูตร</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="737" />
        <source>Venue</source>
        <translation>สถานที่อบรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="738" />
        <source>Trainers</source>
        <translation>วิทยากร</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="739" />
        <source>Days</source>
        <translation>จำนวนวัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="740" />
        <source>Completed when attending at least (days)</source>
        <translation>ผ่านหลักสูตรเมื่อเข้าอบรมอย่างน้อย (วัน)</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="741" />
        <source>Day</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="741" />
        <source>Date</source>
        <translation>วัน เดือน ปี</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="741" />
        <source>Topics</source>
        <translation>หัวข้อการอบรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/training/view.py" line="742" />
        <source>Save course</source>
        <translation>บันทึกหลักสูตร</translation>
    </message>
    <message>
        <source>Save the course and its days first (tab Course and days).</source>
        <translation>บันทึกหลักสูตรและวันอบรมก่อน (แท็บหลักสูตรและวันอบรม)</translation>
    </message>
    <message>
        <source>Date (B.E.)</source>
        <translation>วันที่ (พ.ศ.)</translation>
    </message>
    <message numerus="yes">
        <source>%n people added from the target households.</source>
        <translation>
            <numerusform>เพิ่มผู้เข้าอบรมจากครัวเรือนเป้าหมาย %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Completed: %1 of %n participants (at least %2 of %3 days)</source>
        <translation>
            <numerusform>ผ่านหลักสูตร %1 คน จาก %n คน (เข้าอบรมอย่างน้อย %2 จาก %3 วัน)</numerusform>
        </translation>
    </message>
    <message>
        <source>Date (dd/mm/yyyy)</source>
        <translation>วันที่ (วว/ดด/ปปปป พ.ศ.)</translation>
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
        <translation>แผนการบริหารจัดการหนี้</translation>
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
        <source>Life-development plans</source>
        <translation>แผนพัฒนาชีวิต</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="120" />
        <source>Each target household's own plan: goals, income and expense changes, savings and activities, with the follow-up visits.</source>
        <translation>แผนของครัวเรือนเป้าหมายแต่ละครัวเรือน: เป้าหมาย การเพิ่มรายได้และลดรายจ่าย การออม กิจกรรม และการติดตามเยี่ยมบ้าน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="126" />
        <source>Goals, savings target and activities</source>
        <translation>เป้าหมาย เป้าการออม และกิจกรรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="127" />
        <source>Follow-up visits</source>
        <translation>การติดตามเยี่ยมบ้าน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="132" />
        <source>Indicators and reports</source>
        <translation>ตัวชี้วัดและรายงาน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="133" />
        <source>The five criteria evaluated from the data, the two 1HH1C report rounds, and every register and plan as PDF and Excel.</source>
        <translation>เกณฑ์ 5 ข้อที่ประเมินจากข้อมูล รายงาน ๑ ครัวเรือน ๑ สัญญา ทั้งสองรอบ และทะเบียนและแผนทุกฉบับในรูปแบบ PDF และ Excel</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="139" />
        <source>The five criteria per institute</source>
        <translation>เกณฑ์ 5 ข้อรายสถาบัน</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="140" />
        <source>Report rounds of April and July</source>
        <translation>รายงานรอบเดือนเมษายนและกรกฎาคม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="145" />
        <source>Send to province</source>
        <translation>ส่งข้อมูลให้จังหวัด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="146" />
        <source>A signed, encrypted bundle of what changed since the last one, to carry to the province, and its receipt.</source>
        <translation>ชุดข้อมูลที่ลงลายมือชื่ออิเล็กทรอนิกส์และเข้ารหัส เฉพาะส่วนที่เปลี่ยนแปลงตั้งแต่ครั้งก่อน สำหรับส่งจังหวัด และใบตอบรับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="151" />
        <source>Signed bundles and receipts</source>
        <translation>ชุดข้อมูลที่ลงลายมือชื่อและใบตอบรับ</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="152" />
        <source>Import and conflicts at the province</source>
        <translation>การนำเข้าและข้อมูลขัดแย้งที่จังหวัด</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="193" />
        <source>This screen arrives in a later release.</source>
        <translation>หน้าจอนี้จะเปิดใช้ในรุ่นถัดไปของโปรแกรม</translation>
    </message>
    <message>
        <location filename="../../cdfi_desktop/ui/workflow.py" line="196" />
        <source>It will offer:</source>
        <translation>สิ่งที่จะทำได้ในหน้าจอนี้:</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>เครื่องที่ลงทะเบียน</translation>
    </message>
    <message>
        <source>The laptops enrolled at the province, their officers and keys.</source>
        <translation>เครื่องของเจ้าหน้าที่ที่ลงทะเบียนกับจังหวัด เจ้าหน้าที่ผู้ใช้ และกุญแจของแต่ละเครื่อง</translation>
    </message>
    <message>
        <source>Enrol from a file, revoke, the province's key</source>
        <translation>ลงทะเบียนจากไฟล์ เพิกถอน และกุญแจของจังหวัด</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>นำเข้าชุดข้อมูล</translation>
    </message>
    <message>
        <source>A folder of the laptops' bundles imported at once, with a report of each.</source>
        <translation>นำเข้าชุดข้อมูลจากเครื่องต่าง ๆ ทั้งโฟลเดอร์ในครั้งเดียว พร้อมรายงานของแต่ละชุด</translation>
    </message>
    <message>
        <source>Import history and reports</source>
        <translation>ประวัติการนำเข้าและรายงาน</translation>
    </message>
    <message>
        <source>District status</source>
        <translation>สถานะรายอำเภอ</translation>
    </message>
    <message>
        <source>Every laptop's last bundle and receipt, held bundles and open reviews.</source>
        <translation>ชุดข้อมูลและใบตอบรับล่าสุดของแต่ละเครื่อง ชุดที่พักไว้ และรายการที่รอตรวจทาน</translation>
    </message>
    <message>
        <source>The stalest first</source>
        <translation>ข้อมูลที่ค้างนานที่สุดอยู่บนสุด</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>ตรวจทาน</translation>
    </message>
    <message>
        <source>Conflicts and duplicates side by side, field by field, resolved and audited.</source>
        <translation>ข้อมูลขัดแย้งและข้อมูลซ้ำ เทียบกันทีละช่อง ตัดสินและบันทึกร่องรอยไว้</translation>
    </message>
    <message>
        <source>Decisions sent back in the reference bundle</source>
        <translation>ผลการตัดสินส่งกลับไปกับชุดข้อมูลอ้างอิง</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>ภาพรวมจังหวัด</translation>
    </message>
    <message>
        <source>The indicators and reports across every institute, per district and province.</source>
        <translation>ตัวชี้วัดและรายงานของทุกสถาบัน รายอำเภอและทั้งจังหวัด</translation>
    </message>
    <message>
        <source>The five criteria and the report rounds</source>
        <translation>เกณฑ์ 5 ข้อและรอบการรายงาน</translation>
    </message>
    <message>
        <source>Institutes</source>
        <translation>สถาบันในจังหวัด</translation>
    </message>
    <message>
        <source>Every institute the province holds; open one to read its data.</source>
        <translation>ทุกสถาบันที่จังหวัดมีข้อมูล เปิดดูข้อมูลของแต่ละสถาบันได้</translation>
    </message>
    <message>
        <source>The officer's screens, read-only</source>
        <translation>หน้าจอของเจ้าหน้าที่ แบบอ่านอย่างเดียว</translation>
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
<context>
    <name>SyncStatuses</name>
    <message>
        <source>Imported</source>
        <translation>นำเข้าแล้ว</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>นำเข้าไปก่อนแล้ว</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>พักไว้</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>ไม่รับ</translation>
    </message>
    <message>
        <source>Checked (nothing written)</source>
        <translation>ตรวจแล้ว (ไม่บันทึก)</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>ทำแล้ว</translation>
    </message>
    <message>
        <source>Conflict (different fields)</source>
        <translation>ขัดแย้ง (แก้ต่างฟิลด์)</translation>
    </message>
    <message>
        <source>Conflict (same field)</source>
        <translation>ขัดแย้ง (แก้ฟิลด์เดียวกัน)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>ข้อมูลซ้ำ</translation>
    </message>
    <message>
        <source>Held with its parent</source>
        <translation>พักไว้ตามรายการหลัก</translation>
    </message>
    <message>
        <source>Ledger line changed twice (latest kept)</source>
        <translation>รายการบัญชีถูกแก้จากสองเครื่อง (เก็บฉบับล่าสุด)</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ลำดับที่</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>วันที่ทำ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Bundle hash</source>
        <translation>แฮชของชุดข้อมูล</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>ปรับปรุง</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ขัดแย้ง</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>พักไว้</translation>
    </message>
    <message>
        <source>Records at fault</source>
        <translation>รายการที่มีปัญหา</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>%1 duplicates held for review, %2 conflicting changes</source>
        <translation>ข้อมูลซ้ำที่พักไว้ให้ตรวจ %1 รายการ, การแก้ไขที่ขัดแย้งกัน %2 รายการ</translation>
    </message>
    <message>
        <source>The province sent no import report for this bundle.</source>
        <translation>จังหวัดไม่ได้ส่งรายงานการนำเข้าของชุดข้อมูลนี้มา</translation>
    </message>
    <message>
        <source>Choose a bundle to see its import report.</source>
        <translation>เลือกชุดข้อมูลเพื่อดูรายงานการนำเข้า</translation>
    </message>
    <message>
        <source>The bundle holds no records.</source>
        <translation>ชุดข้อมูลนี้ไม่มีรายการ</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>รายงานการนำเข้า</translation>
    </message>
</context>
<context>
    <name>ProvincePage</name>
    <message>
        <source>The province's key</source>
        <translation>กุญแจของจังหวัด</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>รหัสเครื่อง</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>รหัสกุญแจ</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>ลายนิ้วมือกุญแจ</translation>
    </message>
    <message>
        <source>Give the laptops this key file and read them its fingerprint: their bundles are then encrypted to the province and its receipts can be checked.</source>
        <translation>ส่งไฟล์กุญแจนี้ให้เครื่องต่าง ๆ และอ่านลายนิ้วมือกุญแจให้ฟัง จากนั้นชุดข้อมูลจากเครื่องจะเข้ารหัสถึงจังหวัด และตรวจใบตอบรับของจังหวัดได้</translation>
    </message>
    <message>
        <source>Export the province's key file…</source>
        <translation>ส่งออกไฟล์กุญแจของจังหวัด…</translation>
    </message>
    <message>
        <source>Enrolled laptops</source>
        <translation>เครื่องที่ลงทะเบียน</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Institutes</source>
        <translation>สถาบัน</translation>
    </message>
    <message>
        <source>Last no.</source>
        <translation>ลำดับล่าสุด</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>ชุดข้อมูลล่าสุด</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>No laptop is enrolled yet. Enrol one from its enrolment file.</source>
        <translation>ยังไม่มีเครื่องที่ลงทะเบียน ลงทะเบียนเครื่องจากไฟล์ลงทะเบียนของเครื่อง</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>เพิกถอน…</translation>
    </message>
    <message>
        <source>Enrol a laptop…</source>
        <translation>ลงทะเบียนเครื่อง…</translation>
    </message>
    <message>
        <source>Import the laptops' bundles; a receipt for each goes in a "receipts" folder beside it.</source>
        <translation>นำเข้าชุดข้อมูลจากเครื่องต่าง ๆ ใบตอบรับของแต่ละชุดจะบันทึกไว้ในโฟลเดอร์ "receipts" ข้างไฟล์นั้น</translation>
    </message>
    <message>
        <source>Only check, write nothing</source>
        <translation>ตรวจอย่างเดียว ไม่บันทึก</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>นำเข้าชุดข้อมูล…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Bundles imported</source>
        <translation>ชุดข้อมูลที่นำเข้าแล้ว</translation>
    </message>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ลำดับที่</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>วันที่ทำ</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>No bundle has been imported yet.</source>
        <translation>ยังไม่ได้นำเข้าชุดข้อมูล</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>รายงานการนำเข้า</translation>
    </message>
    <message>
        <source>Two laptops changed the same record, or sent the same thing twice under different ids. The version kept is shown beside the other; check them, correct the record if needed, and mark it resolved.</source>
        <translation>สองเครื่องแก้รายการเดียวกัน หรือส่งข้อมูลเดียวกันมาด้วยรหัสต่างกัน ฉบับที่เก็บไว้แสดงคู่กับอีกฉบับ ตรวจดู แก้รายการหากจำเป็น แล้วทำเครื่องหมายว่าแก้แล้ว</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>ฟิลด์</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>พบเมื่อ</translation>
    </message>
    <message>
        <source>Mark as resolved…</source>
        <translation>ทำเครื่องหมายว่าแก้แล้ว…</translation>
    </message>
    <message>
        <source>No conflict or duplicate waits for review.</source>
        <translation>ไม่มีข้อมูลขัดแย้งหรือข้อมูลซ้ำที่รอตรวจ</translation>
    </message>
    <message>
        <source>Keys and laptops</source>
        <translation>กุญแจและเครื่องที่ลงทะเบียน</translation>
    </message>
    <message>
        <source>Conflicts and duplicates</source>
        <translation>ข้อมูลขัดแย้งและข้อมูลซ้ำ</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>เพิกถอนแล้ว %1</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>เชื่อถือ</translation>
    </message>
    <message>
        <source>receipt: %1</source>
        <translation>ใบตอบรับ: %1</translation>
    </message>
    <message>
        <source>Kept: the record already here (%1), from %2. Held: the one from %3.</source>
        <translation>เก็บไว้: รายการที่มีอยู่แล้ว (%1) จาก %2 พักไว้: รายการจาก %3</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>ฉบับที่เก็บไว้</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>ฉบับที่พักไว้</translation>
    </message>
    <message>
        <source>Kept: the version from %1. The other, from %2, is kept for review.</source>
        <translation>เก็บไว้: ฉบับจาก %1 อีกฉบับจาก %2 เก็บไว้ให้ตรวจ</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>อีกฉบับ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <source>Wait until the work under way is done.</source>
        <translation>รอให้งานที่กำลังทำอยู่เสร็จก่อน</translation>
    </message>
    <message>
        <source>Choose a conflict or a duplicate in the list first.</source>
        <translation>เลือกข้อมูลที่ขัดกันหรือข้อมูลซ้ำในรายการก่อน</translation>
    </message>
    <message>
        <source>Choose a laptop in the list first.</source>
        <translation>เลือกเครื่องในรายการก่อน</translation>
    </message>
    <message>
        <source>This laptop's key is already revoked.</source>
        <translation>กุญแจของเครื่องนี้ถูกเพิกถอนแล้ว</translation>
    </message>
</context>
<context>
    <name>RegisterTable</name>
    <message>
        <source>Columns</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>Show or hide columns of the table</source>
        <translation>แสดงหรือซ่อนคอลัมน์ของตาราง</translation>
    </message>
    <message>
        <source>As the width allows</source>
        <translation>ตามความกว้างของหน้าจอ</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Please fill in this field</source>
        <translation>กรุณากรอกช่องนี้</translation>
    </message>
    <message>
        <source>Please enter the amount</source>
        <translation>กรุณากรอกจำนวนเงิน</translation>
    </message>
    <message>
        <source>Please enter a number</source>
        <translation>กรุณากรอกตัวเลข</translation>
    </message>
    <message>
        <source>Please enter the date</source>
        <translation>กรุณากรอกวันที่</translation>
    </message>
    <message>
        <source>Please enter the citizen ID</source>
        <translation>กรุณากรอกเลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Please enter the %1</source>
        <translation>กรุณากรอก%1</translation>
    </message>
    <message>
        <source>Partly hidden: this account may not see full citizen IDs</source>
        <translation>แสดงบางส่วน: บัญชีนี้ไม่มีสิทธิ์ดูเลขประจำตัวประชาชนเต็ม</translation>
    </message>
</context>
<context>
    <name>HouseholdRemoval</name>
    <message>
        <source>Register no.</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <source>Remove a household</source>
        <translation>ลบครัวเรือน</translation>
    </message>
    <message>
        <source>Remove household %1 from the registers, with its members and debts? It was entered by mistake: say why (kept in the change history). It can be brought back from the removed households.</source>
        <translation>ลบครัวเรือน%1 พร้อมสมาชิกและหนี้ออกจากทะเบียนหรือไม่? ใช้เมื่อบันทึกผิดพลาด กรุณาระบุเหตุผล (เก็บไว้ในประวัติการแก้ไข) และเรียกคืนได้จากรายการครัวเรือนที่ลบแล้ว</translation>
    </message>
    <message>
        <source>Reason for the removal, e.g. entered twice</source>
        <translation>เหตุผลที่ลบ เช่น บันทึกซ้ำ</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <source>This household has a 1HH1C contract (%1) and cannot be removed: the contract, its schedule and its repayments are the fund's books. Cancel or correct the contract on the Contracts step first.</source>
        <translation>ครัวเรือนนี้มีสัญญารวมหนี้ 1HH1C (%1) จึงลบไม่ได้ เพราะสัญญา ตารางผ่อนชำระ และการรับชำระเป็นบัญชีของกองทุน กรุณายกเลิกหรือแก้ไขสัญญาในขั้นตอนสัญญาก่อน</translation>
    </message>
    <message>
        <source>The household cannot be brought back: %1 Correct that household first.</source>
        <translation>เรียกคืนครัวเรือนนี้ไม่ได้: %1 กรุณาแก้ไขครัวเรือนนั้นก่อน</translation>
    </message>
    <message>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>วันที่ลบ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ผู้ลบ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Removed households</source>
        <translation>ครัวเรือนที่ลบแล้ว</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>เรียกคืน</translation>
    </message>
    <message>
        <source>Bring the chosen household back into the registers, with its members and debts</source>
        <translation>เรียกคืนครัวเรือนที่เลือกเข้าทะเบียน พร้อมสมาชิกและหนี้</translation>
    </message>
    <message>
        <source>No household has been removed.</source>
        <translation>ยังไม่มีครัวเรือนที่ถูกลบ</translation>
    </message>
    <message>
        <source>no. %1 (house %2)</source>
        <translation>เลขทะเบียน %1 (บ้านเลขที่ %2)</translation>
    </message>
    <message>
        <source>This household is already in the program (on the target list, in the training or with a life plan) and cannot be removed: the program's figures count it. Take it off the target list first.</source>
        <translation>ครัวเรือนนี้อยู่ในโครงการแล้ว (อยู่ในรายชื่อครัวเรือนเป้าหมาย การอบรม หรือมีแผนพัฒนาชีวิต) จึงลบไม่ได้ เพราะตัวชี้วัดของโครงการนับครัวเรือนนี้ กรุณานำออกจากรายชื่อครัวเรือนเป้าหมายก่อน</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>This database holds no institute yet. Start with the institute: its name, area and member funds. The registers of households and debts belong to it.</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีข้อมูลสถาบัน เริ่มจากบันทึกสถาบัน: ชื่อ พื้นที่ และกองทุนสมาชิก ทะเบียนครัวเรือนและหนี้สินจะอยู่ภายใต้สถาบันนี้</translation>
    </message>
    <message>
        <source>Create the institute…</source>
        <translation>บันทึกข้อมูลสถาบัน…</translation>
    </message>
    <message>
        <source>Create the institute first (step 1, Institute): the registers belong to it.</source>
        <translation>กรุณาบันทึกข้อมูลสถาบันก่อน (ขั้นตอนที่ 1 สถาบัน) เพราะทะเบียนอยู่ภายใต้สถาบัน</translation>
    </message>
    <message>
        <source>The register has no households yet. Import the officers' Excel workbooks, or add the households one by one with Add household.</source>
        <translation>ทะเบียนยังไม่มีครัวเรือน นำเข้าจากไฟล์ Excel ของเจ้าหน้าที่ หรือเพิ่มทีละครัวเรือนด้วยปุ่มเพิ่มครัวเรือน</translation>
    </message>
    <message>
        <source>Import the registers from Excel…</source>
        <translation>นำเข้าทะเบียนจาก Excel…</translation>
    </message>
</context>
<context>
    <name>ReportTabs</name>
    <message>
        <source>Go to the institute</source>
        <translation>ไปที่สถาบัน</translation>
    </message>
    <message>
        <source>Set up the institute first.</source>
        <translation>กรุณาบันทึกข้อมูลสถาบันก่อน</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>ค้นหาใน:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>โฟลเดอร์ระดับบน</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>แสดงเป็นรายการ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>แสดงรายละเอียด</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ชนิดไฟล์:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ชื่อไฟล์:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>เลือก</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>เลือกโฟลเดอร์</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>โฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>เปลี่ยนชื่อ</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>แสดงไฟล์ที่ซ่อน</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>ตำแหน่งล่าสุด</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ไฟล์</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>วันที่แก้ไข</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>คอมพิวเตอร์</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>คอมพิวเตอร์</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
</context>
<context>
    <name>ProvinceRollup</name>
    <message>
        <source>Activities and BPM</source>
        <translation>กิจกรรมและ BPM</translation>
    </message>
    <message>
        <source>Adding up every institute…</source>
        <translation>กำลังรวมผลทุกสถาบัน…</translation>
    </message>
    <message>
        <source>Copy every institute's activities as tab-separated cells, for BPM or Excel</source>
        <translation>คัดลอกกิจกรรมของทุกสถาบันเป็นช่องคั่นด้วยแท็บ เพื่อวางใน BPM หรือ Excel</translation>
    </message>
    <message>
        <source>Copy for BPM</source>
        <translation>คัดลอกไปบันทึกใน BPM</translation>
    </message>
    <message>
        <source>Every institute, %1 · as of %2</source>
        <translation>ผลรวมทุกสถาบัน %1 · ข้อมูล ณ วันที่ %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Folder for the roll-up report</source>
        <translation>โฟลเดอร์สำหรับรายงานผลรวมทุกสถาบัน</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>ยังไม่ได้นำเข้าชุดข้อมูลจากเครื่องใด</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Report rounds</source>
        <translation>รายงาน ๑ ครัวเรือน ๑ สัญญา</translation>
    </message>
    <message>
        <source>Show the activities tab first.</source>
        <translation>เปิดแท็บกิจกรรมก่อน</translation>
    </message>
    <message>
        <source>The indicators of every institute as PDF and Excel</source>
        <translation>ตัวชี้วัดของทุกสถาบันเป็น PDF และ Excel</translation>
    </message>
    <message>
        <source>The roll-up could not be read: %1</source>
        <translation>อ่านผลรวมทุกสถาบันไม่ได้: %1</translation>
    </message>
    <message>
        <source>The roll-up report</source>
        <translation>รายงานผลรวมทุกสถาบัน</translation>
    </message>
    <message>
        <source>Wait until the figures are read.</source>
        <translation>รอให้อ่านตัวเลขเสร็จก่อน</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. The roll-up adds up every institute of the bundles imported from the officers' laptops.</source>
        <translation>ยังไม่ได้นำเข้าชุดข้อมูลจากเครื่องใด ผลรวมนี้รวมทุกสถาบันจากชุดข้อมูลที่นำเข้าจากเครื่องของเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>%1 households at 1HH1C; goal %2</source>
        <translation>%1 ครัวเรือนที่ ๑ ครัวเรือน ๑ สัญญา เป้าหมาย %2</translation>
    </message>
    <message>
        <source>%1 of %2 institutes have every item of evidence (guideline 4.3).</source>
        <translation>%1 จาก %2 สถาบันมีหลักฐานครบทุกรายการ (แนวทางข้อ 4.3)</translation>
    </message>
    <message>
        <source>%1 of %2 institutes pass</source>
        <translation>ผ่านเกณฑ์ %1 จาก %2 สถาบัน</translation>
    </message>
    <message>
        <source>%1 of %2 rounds submitted by %3 institutes.</source>
        <translation>ส่งรายงานแล้ว %1 จาก %2 รอบ ของ %3 สถาบัน</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 เมื่อ %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done, %4 overdue</source>
        <translation>%1: ดำเนินการแล้ว %2 จาก %3 แห่ง เลยกำหนด %4 แห่ง</translation>
    </message>
    <message>
        <source>All institutes</source>
        <translation>สถาบันทั้งหมด</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>ไม่น้อยกว่า %1</translation>
    </message>
    <message>
        <source>Changed after submission</source>
        <translation>แก้ไขหลังส่งแล้ว</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>เกณฑ์ข้อ %1</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>Frozen; its hash checks out.</source>
        <translation>ตรึงไว้แล้ว ค่าแฮชตรงกัน</translation>
    </message>
    <message>
        <source>Households at 1HH1C per district against the goal</source>
        <translation>ครัวเรือน ๑ ครัวเรือน ๑ สัญญา รายอำเภอ เทียบเป้าหมาย</translation>
    </message>
    <message>
        <source>Institute</source>
        <translation>สถาบัน</translation>
    </message>
    <message>
        <source>Institutes passing (%) per district, goal %1</source>
        <translation>ร้อยละสถาบันที่ผ่านเกณฑ์ รายอำเภอ เป้าหมาย %1</translation>
    </message>
    <message>
        <source>Institutes passing each criterion, of %1</source>
        <translation>สถาบันที่ผ่านเกณฑ์แต่ละข้อ จาก %1 สถาบัน</translation>
    </message>
    <message>
        <source>No institutes yet</source>
        <translation>ยังไม่มีสถาบัน</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ถึง</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>ยังไม่ส่ง</translation>
    </message>
    <message>
        <source>Nothing: every item is there</source>
        <translation>ไม่มี: ครบทุกรายการ</translation>
    </message>
    <message>
        <source>Per district and province</source>
        <translation>รายอำเภอและจังหวัด</translation>
    </message>
    <message>
        <source>Per institute</source>
        <translation>รายสถาบัน</translation>
    </message>
    <message>
        <source>Province %1</source>
        <translation>จังหวัด%1</translation>
    </message>
    <message>
        <source>Round %1 (%2)</source>
        <translation>รอบที่ %1 (%2)</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>เป้าหมาย %1</translation>
    </message>
    <message>
        <source>households at 1HH1C / at least %1 per institute</source>
        <translation>ครัวเรือน ๑ ครัวเรือน ๑ สัญญา / ไม่น้อยกว่า %1 ครัวเรือนต่อสถาบัน</translation>
    </message>
    <message>
        <source>institutes pass all five criteria (%1; goal %2)</source>
        <translation>สถาบันผ่านเกณฑ์ครบ ๕ ข้อ (%1 เป้าหมาย %2)</translation>
    </message>
    <message>
        <source>of the national goal of %1 households at 1HH1C</source>
        <translation>ของเป้าหมายทั้งประเทศ %1 ครัวเรือนที่ ๑ ครัวเรือน ๑ สัญญา</translation>
    </message>
    <message>
        <source>Goal: %1 of the institutes passing the five criteria. A criterion's column counts the institutes that pass it.</source>
        <translation>เป้าหมาย: สถาบันผ่านเกณฑ์ ๕ ข้อ ร้อยละ %1 ช่องของเกณฑ์แต่ละข้อนับจำนวนสถาบันที่ผ่านข้อนั้น</translation>
    </message>
    <message>
        <source>The frozen snapshot no longer matches its hash: stored %1, now %2. Its figures are not read.</source>
        <translation>ข้อมูลที่ตรึงไว้ไม่ตรงกับค่าแฮชแล้ว: ค่าที่บันทึก %1 ค่าปัจจุบัน %2 จึงไม่นำตัวเลขของรอบนี้มาแสดง</translation>
    </message>
    <message>
        <source>% spent</source>
        <translation>ร้อยละที่ใช้</translation>
    </message>
    <message>
        <source>%</source>
        <translation>ร้อยละ</translation>
    </message>
    <message>
        <source>1HH1C / goal</source>
        <translation>ครัวเรือน/เป้า</translation>
    </message>
    <message>
        <source>1HH1C</source>
        <translation>ครัวเรือน ๑ ครัวเรือน ๑ สัญญา</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>พื้นที่</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>ค้างชำระ</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>ข้อมูล ณ วันที่</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>มีครบ</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>สัญญา</translation>
    </message>
    <message>
        <source>Criterion 1</source>
        <translation>เกณฑ์ข้อ 1</translation>
    </message>
    <message>
        <source>Criterion 2</source>
        <translation>เกณฑ์ข้อ 2</translation>
    </message>
    <message>
        <source>Criterion 3</source>
        <translation>เกณฑ์ข้อ 3</translation>
    </message>
    <message>
        <source>Criterion 4</source>
        <translation>เกณฑ์ข้อ 4</translation>
    </message>
    <message>
        <source>Criterion 5</source>
        <translation>เกณฑ์ข้อ 5</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>ถึงเป้า</translation>
    </message>
    <message>
        <source>M baht</source>
        <translation>ล้านบาท</translation>
    </message>
    <message>
        <source>Not complete yet</source>
        <translation>ที่ยังไม่ครบ</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>ไม่ครบ</translation>
    </message>
    <message>
        <source>Passing</source>
        <translation>ผ่าน/สถาบัน</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>ไตรมาส</translation>
    </message>
    <message>
        <source>Result to date</source>
        <translation>ผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>ค่าแฮช SHA-256</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>ใช้จ่ายจริง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>ผู้ส่ง</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted snapshots no longer match their hash: ask the officer.</source>
        <translation>
            <numerusform>รายงานที่ส่งแล้ว %n รอบไม่ตรงกับค่าแฮช: สอบถามเจ้าหน้าที่ผู้ส่ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institutes</source>
        <translation>
            <numerusform>%n สถาบัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n activities: paste them into BPM or Excel</source>
        <translation>
            <numerusform>คัดลอก %n กิจกรรมแล้ว: วางลงใน BPM หรือ Excel ได้</numerusform>
        </translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>นำเข้าชุดข้อมูล</translation>
    </message>
    <message>
        <source>Institutes passing (%): the %3 districts furthest from the %1 goal, of %2</source>
        <translation>ร้อยละสถาบันที่ผ่านเกณฑ์: %3 อำเภอที่ห่างเป้าหมาย %1 มากที่สุด จาก %2 อำเภอ</translation>
    </message>
    <message>
        <source>Households at 1HH1C: the %1 districts furthest from their goal, of %2</source>
        <translation>ครัวเรือน ๑ ครัวเรือน ๑ สัญญา: %1 อำเภอที่ห่างเป้าหมายมากที่สุด จาก %2 อำเภอ</translation>
    </message>
    <message>
        <source>Passing (%), the %3 lowest of %2 districts</source>
        <translation>ร้อยละที่ผ่านเกณฑ์ %3 อำเภอต่ำสุดจาก %2 อำเภอ</translation>
    </message>
    <message>
        <source>1HH1C: the %1 districts of %2 furthest from goal</source>
        <translation>๑ ครัวเรือน ๑ สัญญา: %1 อำเภอที่ห่างเป้ามากสุดจาก %2</translation>
    </message>
</context>
<context>
    <name>Province</name>
    <message>
        <source>never</source>
        <translation>ยังไม่เคยส่ง</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n วัน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>Institutes</source>
        <translation>สถาบัน</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>ชุดล่าสุด</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>วันที่ส่ง</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>ใบตอบรับล่าสุด</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>พักไว้</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ขัดแย้ง</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>ซ้ำ</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>ข้อมูลค้าง</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1 (เพิกถอนแล้ว)</translation>
    </message>
    <message>
        <source>No. %1, %2</source>
        <translation>ฉบับที่ %1 เมื่อ %2</translation>
    </message>
    <message>
        <source>No laptop is enrolled yet. Enrol the officers' laptops in step 1 (Laptops) from their files.</source>
        <translation>ยังไม่มีเครื่องที่ลงทะเบียน ลงทะเบียนเครื่องของเจ้าหน้าที่จากไฟล์ลงทะเบียนได้ในขั้นที่ 1 (เครื่องที่ลงทะเบียน)</translation>
    </message>
    <message>
        <source>District status</source>
        <translation>สถานะรายอำเภอ</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>อ่านข้อมูลใหม่</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>เครื่อง</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>ยังไม่เคยส่ง</translation>
    </message>
    <message>
        <source>Last data</source>
        <translation>ข้อมูลล่าสุด</translation>
    </message>
    <message>
        <source>Institute</source>
        <translation>สถาบัน</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>เครื่องที่ส่ง</translation>
    </message>
    <message>
        <source>no laptop</source>
        <translation>ไม่มีเครื่องส่ง</translation>
    </message>
    <message>
        <source>By laptop</source>
        <translation>รายเครื่อง</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>รายอำเภอ</translation>
    </message>
    <message>
        <source>By institute</source>
        <translation>รายสถาบัน</translation>
    </message>
    <message>
        <source>No laptop is enrolled yet. Enrol the officers' laptops from their enrolment files.</source>
        <translation>ยังไม่มีเครื่องที่ลงทะเบียน ลงทะเบียนเครื่องของเจ้าหน้าที่จากไฟล์ลงทะเบียนของแต่ละเครื่อง</translation>
    </message>
    <message>
        <source>Enrol laptops</source>
        <translation>ลงทะเบียนเครื่อง</translation>
    </message>
</context>
<context>
    <name>InstitutesScreen</name>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>Institute</source>
        <translation>สถาบัน</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>เครื่องที่ส่ง</translation>
    </message>
    <message>
        <source>Last data</source>
        <translation>ข้อมูลล่าสุด</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>ข้อมูลค้าง</translation>
    </message>
    <message>
        <source>no laptop</source>
        <translation>ไม่มีเครื่องส่ง</translation>
    </message>
    <message>
        <source>The province holds no institute yet. They come with the laptops' first bundles: import them in step 2 (Import bundles).</source>
        <translation>จังหวัดยังไม่มีข้อมูลสถาบัน ข้อมูลสถาบันมากับชุดข้อมูลชุดแรกของแต่ละเครื่อง นำเข้าได้ในขั้นที่ 2 (นำเข้าชุดข้อมูล)</translation>
    </message>
    <message>
        <source>Choose an institute in the list first.</source>
        <translation>เลือกสถาบันในรายการก่อน</translation>
    </message>
    <message>
        <source>Institutes</source>
        <translation>สถาบันในจังหวัด</translation>
    </message>
    <message>
        <source>Open (read-only)</source>
        <translation>เปิดดู (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <source>Show this institute in the officer's screens; nothing can be changed there.</source>
        <translation>แสดงสถาบันนี้ในหน้าจอของเจ้าหน้าที่ แก้ไขข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>The province holds no institute yet. They come with the laptops' first bundles.</source>
        <translation>จังหวัดยังไม่มีข้อมูลสถาบัน ข้อมูลสถาบันมากับชุดข้อมูลชุดแรกของแต่ละเครื่อง</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>นำเข้าชุดข้อมูล</translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <source>Imported</source>
        <translation>นำเข้าเมื่อ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>นำเข้าแล้ว</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>ไม่รับ</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ฉบับที่</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Choose the folder (or USB stick) with the laptops' bundles</source>
        <translation>เลือกโฟลเดอร์หรือแฟลชไดรฟ์ที่มีชุดข้อมูลจากเครื่องต่าง ๆ</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>กำลังตรวจ…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
    <message>
        <source>There is no bundle in this folder.</source>
        <translation>ไม่มีชุดข้อมูลในโฟลเดอร์นี้</translation>
    </message>
    <message>
        <source>Checked %1 bundles: %2 refused.</source>
        <translation>ตรวจชุดข้อมูล %1 ชุด ไม่รับ %2 ชุด</translation>
    </message>
    <message>
        <source>Imported %1 bundles: %2 applied, %3 held, %4 refused.</source>
        <translation>นำเข้าชุดข้อมูล %1 ชุด: นำเข้าแล้ว %2 พักไว้ %3 ไม่รับ %4</translation>
    </message>
    <message>
        <source>Wait until the work under way is done.</source>
        <translation>รอให้งานที่กำลังทำอยู่เสร็จก่อน</translation>
    </message>
    <message>
        <source>%1 (check only)</source>
        <translation>%1 (ตรวจอย่างเดียว)</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. Put the laptops' bundles in a folder (or bring the USB stick) and import the folder: each bundle is checked and applied in its order.</source>
        <translation>ยังไม่ได้นำเข้าชุดข้อมูล รวมชุดข้อมูลจากเครื่องต่าง ๆ ไว้ในโฟลเดอร์เดียว (หรือใช้แฟลชไดรฟ์) แล้วนำเข้าทั้งโฟลเดอร์ ทุกชุดจะถูกตรวจและนำเข้าตามลำดับ</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>นำเข้าทั้งโฟลเดอร์…</translation>
    </message>
    <message>
        <source>Bundles of the import of %1 (%2)</source>
        <translation>ชุดข้อมูลที่นำเข้าเมื่อ %1 (%2)</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>ชุดข้อมูล</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>นำเข้าชุดข้อมูล</translation>
    </message>
    <message>
        <source>Check a folder only…</source>
        <translation>ตรวจโฟลเดอร์อย่างเดียว…</translation>
    </message>
    <message>
        <source>Every bundle under the folder, receipts left out.</source>
        <translation>ทุกชุดข้อมูลในโฟลเดอร์ ไม่รวมใบตอบรับ</translation>
    </message>
    <message>
        <source>Check the bundles without applying them.</source>
        <translation>ตรวจชุดข้อมูลโดยไม่นำเข้า</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>การนำเข้า</translation>
    </message>
</context>
<context>
    <name>LaptopsScreen</name>
    <message>
        <source>Laptops and keys</source>
        <translation>เครื่องที่ลงทะเบียนและกุญแจ</translation>
    </message>
</context>
<context>
    <name>ProvinceReview</name>
    <message>
        <source>By</source>
        <translation>ผู้ตัดสิน</translation>
    </message>
    <message>
        <source>Choose a case in the list first.</source>
        <translation>เลือกรายการในรายชื่อก่อน</translation>
    </message>
    <message>
        <source>Choose a case in the list.</source>
        <translation>เลือกรายการในรายชื่อ</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <source>Different people…</source>
        <translation>เป็นคนละคนกัน…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>พบเมื่อ</translation>
    </message>
    <message>
        <source>How</source>
        <translation>ตัดสินอย่างไร</translation>
    </message>
    <message>
        <source>Institute</source>
        <translation>สถาบัน</translation>
    </message>
    <message>
        <source>Keep the other version (from %2) in place of the stored one?</source>
        <translation>เก็บฉบับอื่น (จาก %2) แทนฉบับที่บันทึกไว้ใช่หรือไม่</translation>
    </message>
    <message>
        <source>Keep the other version…</source>
        <translation>เก็บฉบับอื่น…</translation>
    </message>
    <message>
        <source>Keep the stored version (from %1) and set the other aside?</source>
        <translation>เก็บฉบับที่บันทึกไว้ (จาก %1) และไม่ใช้ฉบับอื่นใช่หรือไม่</translation>
    </message>
    <message>
        <source>Keep the stored version…</source>
        <translation>เก็บฉบับที่บันทึกไว้…</translation>
    </message>
    <message>
        <source>Keep the values chosen field by field (%3 from the other version)?</source>
        <translation>เก็บค่าที่เลือกทีละช่อง (จากฉบับอื่น %3 ช่อง) ใช่หรือไม่</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Merge field by field</source>
        <translation>รวมทีละช่อง</translation>
    </message>
    <message>
        <source>Merge the chosen values…</source>
        <translation>รวมค่าที่เลือก…</translation>
    </message>
    <message>
        <source>Merging: click the value to keep in each highlighted field, then press the merge button again.</source>
        <translation>กำลังรวม: คลิกค่าที่จะเก็บในแต่ละช่องที่ไฮไลต์ไว้ แล้วกดปุ่มรวมอีกครั้ง</translation>
    </message>
    <message>
        <source>Note for the decision (optional): whom you asked, what you checked</source>
        <translation>หมายเหตุของการตัดสิน (ไม่บังคับ): สอบถามใคร ตรวจสอบอะไร</translation>
    </message>
    <message>
        <source>Nothing waits for review. When two laptops change the same record, or one sends a record that repeats another (the same citizen ID), it is listed here after the import.</source>
        <translation>ไม่มีรายการรอตรวจสอบ เมื่อสองเครื่องแก้รายการเดียวกัน หรือเครื่องหนึ่งส่งรายการที่ซ้ำกับรายการอื่น (เลขประจำตัวประชาชนเดียวกัน) รายการนั้นจะแสดงที่นี่หลังการนำเข้า</translation>
    </message>
    <message>
        <source>Only a duplicate can be two different people.</source>
        <translation>เฉพาะข้อมูลซ้ำเท่านั้นที่บันทึกเป็นคนละคนได้</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>ฉบับอื่น</translation>
    </message>
    <message>
        <source>Other, from</source>
        <translation>ฉบับอื่น จาก</translation>
    </message>
    <message>
        <source>Resolve the case</source>
        <translation>ตัดสินรายการ</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>ตัดสินแล้ว</translation>
    </message>
    <message>
        <source>Resolved %1 by %2: %3</source>
        <translation>ตัดสินเมื่อ %1 โดย %2: %3</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>ตัดสินแล้ว: %1</translation>
    </message>
    <message>
        <source>Review: conflicts and duplicates</source>
        <translation>ตรวจสอบข้อมูลขัดแย้งและข้อมูลซ้ำ</translation>
    </message>
    <message>
        <source>Show the decisions taken</source>
        <translation>ดูรายการที่ตัดสินแล้ว</translation>
    </message>
    <message>
        <source>Stored version</source>
        <translation>ฉบับที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Stored, from</source>
        <translation>ฉบับที่บันทึก จาก</translation>
    </message>
    <message>
        <source>Stored: the version from %1. Other: the version from %2, found %3.</source>
        <translation>ฉบับที่บันทึกไว้: จาก %1 ฉบับอื่น: จาก %2 พบเมื่อ %3</translation>
    </message>
    <message>
        <source>The decision is recorded and sent to the laptops in the next reference bundle.</source>
        <translation>การตัดสินจะบันทึกไว้และส่งกลับไปยังเครื่องของเจ้าหน้าที่ในชุดข้อมูลอ้างอิงชุดถัดไป</translation>
    </message>
    <message>
        <source>These are two different people: keep both records?</source>
        <translation>เป็นคนละคนกัน: เก็บไว้ทั้งสองรายการใช่หรือไม่</translation>
    </message>
    <message>
        <source>This case is already resolved.</source>
        <translation>รายการนี้ตัดสินแล้ว</translation>
    </message>
    <message>
        <source>Wait until the decision is written.</source>
        <translation>รอให้บันทึกการตัดสินเสร็จก่อน</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>รอตรวจสอบ</translation>
    </message>
    <message numerus="yes">
        <source>%n fields differ (highlighted).</source>
        <translation>
            <numerusform>ต่างกัน %n ช่อง (ไฮไลต์ไว้)</numerusform>
        </translation>
    </message>
    <message>
        <source>No case has been decided here yet.</source>
        <translation>ยังไม่มีรายการที่ตัดสินที่นี่</translation>
    </message>
    <message>
        <source>Show what waits for review</source>
        <translation>ดูรายการที่รอตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>LaptopsCard</name>
    <message>
        <source>Officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Institutes</source>
        <translation>สถาบัน</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>ลายนิ้วมือกุญแจ</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>ชุดข้อมูลล่าสุด</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>วันที่ส่ง</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>กุญแจเข้ารหัส</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Wait until the work under way is done.</source>
        <translation>รอให้งานที่กำลังทำอยู่เสร็จก่อน</translation>
    </message>
    <message>
        <source>Choose a laptop in the list first.</source>
        <translation>เลือกเครื่องในรายการก่อน</translation>
    </message>
    <message>
        <source>This laptop's key is already revoked.</source>
        <translation>กุญแจของเครื่องนี้ถูกเพิกถอนแล้ว</translation>
    </message>
    <message>
        <source>Enrol a laptop…</source>
        <translation>ลงทะเบียนเครื่อง…</translation>
    </message>
    <message>
        <source>Trust a laptop's key from the enrolment file it exported.</source>
        <translation>เชื่อถือกุญแจของเครื่องจากไฟล์ลงทะเบียนที่เครื่องนั้นส่งออกมา</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>เพิกถอน…</translation>
    </message>
    <message>
        <source>Refuse the chosen laptop's bundles from now on.</source>
        <translation>ไม่รับชุดข้อมูลจากเครื่องที่เลือกอีกต่อไป</translation>
    </message>
    <message>
        <source>Export the province's key file…</source>
        <translation>ส่งออกไฟล์กุญแจของจังหวัด…</translation>
    </message>
    <message>
        <source>The province's key</source>
        <translation>กุญแจของจังหวัด</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>รหัสเครื่อง</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>รหัสกุญแจ</translation>
    </message>
    <message>
        <source>Give the laptops this key file and read them its fingerprint: their bundles are then encrypted to the province and its receipts can be checked.</source>
        <translation>ส่งไฟล์กุญแจนี้ให้เครื่องต่าง ๆ และอ่านลายนิ้วมือกุญแจให้ฟัง จากนั้นชุดข้อมูลจากเครื่องจะเข้ารหัสถึงจังหวัด และตรวจใบตอบรับของจังหวัดได้</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>มี</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>No laptop is enrolled yet. Each laptop exports its enrolment file in its step 10; enrol it from that file.</source>
        <translation>ยังไม่มีเครื่องที่ลงทะเบียน แต่ละเครื่องส่งออกไฟล์ลงทะเบียนได้ที่ขั้นตอนที่ 10 ของเครื่อง แล้วลงทะเบียนเครื่องจากไฟล์นั้น</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>เพิกถอนแล้ว %1</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>เชื่อถือ</translation>
    </message>
    <message>
        <source>Choose a laptop to see its key, its institutes and what it sent.</source>
        <translation>เลือกเครื่องเพื่อดูกุญแจ สถาบัน และข้อมูลที่เครื่องส่งมา</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>วันที่ลงทะเบียน</translation>
    </message>
    <message>
        <source>no. %1 of %2</source>
        <translation>ลำดับที่ %1 วันที่ %2</translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation>ยังไม่เคยส่ง</translation>
    </message>
    <message>
        <source>given: the province's decisions reach it sealed to this key</source>
        <translation>มี: ผลการตรวจทานของจังหวัดจะเข้ารหัสถึงเครื่องนี้ด้วยกุญแจนี้</translation>
    </message>
    <message>
        <source>none: it was enrolled from an older enrolment file; enrol it again from a new one so that the province's decisions reach it</source>
        <translation>ไม่มี: เครื่องนี้ลงทะเบียนจากไฟล์ลงทะเบียนรุ่นเก่า ให้ลงทะเบียนใหม่จากไฟล์ลงทะเบียนใหม่ เพื่อให้ผลการตรวจทานของจังหวัดส่งถึงเครื่องนี้ได้</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>เพิกถอนเมื่อ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Institutes (%1)</source>
        <translation>สถาบัน (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>%1 (none of its data imported yet)</source>
        <translation>%1 (ยังไม่ได้นำเข้าข้อมูลของสถาบันนี้)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome</source>
        <translation>ยินดีต้อนรับ</translation>
    </message>
    <message>
        <source>Let us set the program up for this computer. It takes a few minutes.</source>
        <translation>มาตั้งค่าโปรแกรมสำหรับเครื่องนี้กัน ใช้เวลาไม่กี่นาที</translation>
    </message>
    <message>
        <source>The language of the program (it can be changed later in Settings):</source>
        <translation>ภาษาของโปรแกรม (เปลี่ยนภายหลังได้ที่เมนูตั้งค่า):</translation>
    </message>
    <message>
        <source>The officer's account</source>
        <translation>บัญชีผู้ใช้ของเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Who works on this computer. The account signs every change the officer makes.</source>
        <translation>ผู้ที่ใช้งานเครื่องนี้ ทุกการแก้ไขข้อมูลจะบันทึกชื่อบัญชีนี้ไว้</translation>
    </message>
    <message>
        <source>The name prints on the forms and reports. The password is asked at each start and after idle time.</source>
        <translation>ชื่อนี้จะพิมพ์ในแบบฟอร์มและรายงาน ต้องใส่รหัสผ่านทุกครั้งที่เปิดโปรแกรมและเมื่อไม่ได้ใช้งานสักพัก</translation>
    </message>
    <message>
        <source>Name and surname</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Password (8 characters or more)</source>
        <translation>รหัสผ่าน (อย่างน้อย 8 ตัวอักษร)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>ยืนยันรหัสผ่าน</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Officer (keeps the institutes' registers)</source>
        <translation>เจ้าหน้าที่ (ดูแลทะเบียนของสถาบัน)</translation>
    </message>
    <message>
        <source>Province (a province's hub: imports, reviews, reports)</source>
        <translation>จังหวัด (เครื่องของจังหวัด: นำเข้า ตรวจทาน ออกรายงาน)</translation>
    </message>
    <message>
        <source>The username needs 3 characters or more, without spaces.</source>
        <translation>ชื่อผู้ใช้ต้องมีอย่างน้อย 3 ตัวอักษร และไม่มีช่องว่าง</translation>
    </message>
    <message>
        <source>This computer's key</source>
        <translation>กุญแจของเครื่องนี้</translation>
    </message>
    <message>
        <source>The province checks the bundles this computer sends by this key.</source>
        <translation>จังหวัดใช้กุญแจนี้ตรวจสอบชุดข้อมูลที่เครื่องนี้ส่งไป</translation>
    </message>
    <message>
        <source>When the province enrols this computer, read them this fingerprint over the phone, group by group; they compare it with the one in the enrolment file. It is also in Settings → Device key…</source>
        <translation>เมื่อจังหวัดลงทะเบียนเครื่องนี้ ให้อ่านลายนิ้วมือกุญแจนี้ทางโทรศัพท์ทีละกลุ่ม เพื่อให้จังหวัดเทียบกับในไฟล์ลงทะเบียน ดูได้อีกที่ ตั้งค่า → กุญแจเครื่อง…</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>รหัสเครื่อง: %1</translation>
    </message>
    <message>
        <source>The province's key</source>
        <translation>กุญแจของจังหวัด</translation>
    </message>
    <message>
        <source>Bundles for the province are encrypted to its key.</source>
        <translation>ชุดข้อมูลที่ส่งให้จังหวัดจะเข้ารหัสด้วยกุญแจนี้</translation>
    </message>
    <message>
        <source>If the province gave you its key file (on a USB stick or by e-mail), import it now and compare its fingerprint with what the province reads to you.</source>
        <translation>หากได้รับไฟล์กุญแจจากจังหวัดแล้ว (ทางแฟลชไดรฟ์หรืออีเมล) นำเข้าได้เลย แล้วเทียบลายนิ้วมือกุญแจกับที่จังหวัดอ่านให้ฟัง</translation>
    </message>
    <message>
        <source>Import the province's key file…</source>
        <translation>นำเข้าไฟล์กุญแจของจังหวัด…</translation>
    </message>
    <message>
        <source>No key file yet? Go on: it can be imported later in the Sync step.</source>
        <translation>ยังไม่มีไฟล์กุญแจ? ไปต่อได้เลย นำเข้าภายหลังได้ในขั้นตอนส่งข้อมูล</translation>
    </message>
    <message>
        <source>Imported. Fingerprint: %1</source>
        <translation>นำเข้าแล้ว ลายนิ้วมือกุญแจ: %1</translation>
    </message>
    <message>
        <source>Choose the officer's workbook</source>
        <translation>เลือกไฟล์ Excel ของเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Excel workbooks (%1)</source>
        <translation>ไฟล์ Excel (%1)</translation>
    </message>
    <message>
        <source>What to start with</source>
        <translation>เริ่มต้นด้วยอะไร</translation>
    </message>
    <message>
        <source>The institute this computer keeps.</source>
        <translation>สถาบันที่เครื่องนี้ดูแล</translation>
    </message>
    <message>
        <source>Choose one; the others stay possible later.</source>
        <translation>เลือกหนึ่งอย่าง อย่างอื่นยังทำได้ภายหลัง</translation>
    </message>
    <message>
        <source>The demo institute, to try the program</source>
        <translation>สถาบันตัวอย่าง สำหรับทดลองใช้โปรแกรม</translation>
    </message>
    <message>
        <source>About 300 households with member funds and debts, made up. Good for training.</source>
        <translation>ครัวเรือนสมมติประมาณ 300 ครัวเรือน พร้อมกองทุนสมาชิกและหนี้สิน เหมาะสำหรับการฝึกอบรม</translation>
    </message>
    <message>
        <source>An empty institute: I type it in</source>
        <translation>สถาบันว่าง: กรอกข้อมูลเอง</translation>
    </message>
    <message>
        <source>The program opens on the institute's form: its name, area and member funds.</source>
        <translation>โปรแกรมจะเปิดแบบฟอร์มสถาบัน: ชื่อ พื้นที่ และกองทุนสมาชิก</translation>
    </message>
    <message>
        <source>An officer's Excel workbook</source>
        <translation>ไฟล์ Excel ของเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>First the institute's form, then the workbook's households and debts are imported into it.</source>
        <translation>กรอกแบบฟอร์มสถาบันก่อน แล้วนำเข้าครัวเรือนและหนี้สินจากไฟล์ Excel</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>Choose the backups folder</source>
        <translation>เลือกโฟลเดอร์สำรองข้อมูล</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>ที่เก็บไฟล์สำรอง</translation>
    </message>
    <message>
        <source>The program backs the database up every day and before each import.</source>
        <translation>โปรแกรมสำรองฐานข้อมูลทุกวัน และก่อนการนำเข้าทุกครั้ง</translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation>โฟลเดอร์สำรองข้อมูล:</translation>
    </message>
    <message>
        <source>A folder on another disk or a USB drive keeps the backups when this computer's disk fails. It can be changed later in Settings → Backups…</source>
        <translation>โฟลเดอร์บนดิสก์อื่นหรือแฟลชไดรฟ์ ช่วยให้ไฟล์สำรองอยู่รอดเมื่อดิสก์ของเครื่องนี้เสีย เปลี่ยนภายหลังได้ที่ ตั้งค่า → สำรองข้อมูล…</translation>
    </message>
    <message>
        <source>The folder cannot be made: %1</source>
        <translation>สร้างโฟลเดอร์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>The recovery code</source>
        <translation>รหัสกู้คืน</translation>
    </message>
    <message>
        <source>The account is made. Keep this code: it replaces a forgotten password.</source>
        <translation>สร้างบัญชีแล้ว เก็บรหัสนี้ไว้ ใช้ตั้งรหัสผ่านใหม่เมื่อลืมรหัสผ่าน</translation>
    </message>
    <message>
        <source>Choose the province's key file</source>
        <translation>เลือกไฟล์กุญแจของจังหวัด</translation>
    </message>
    <message>
        <source>Key files (%1)</source>
        <translation>ไฟล์กุญแจ (%1)</translation>
    </message>
    <message>
        <source>Setting up %1</source>
        <translation>ตั้งค่า %1</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; ย้อนกลับ</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>ถัดไป &gt;</translation>
    </message>
    <message>
        <source>Start the program</source>
        <translation>เริ่มใช้โปรแกรม</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>The account could not be made: %1</source>
        <translation>สร้างบัญชีไม่ได้: %1</translation>
    </message>
    <message>
        <source>Encrypt the database file (recommended on a laptop)</source>
        <translation>เข้ารหัสไฟล์ฐานข้อมูล (แนะนำสำหรับโน้ตบุ๊ก)</translation>
    </message>
    <message>
        <source>A lost or stolen laptop then shows nothing of the households. The file opens only with an account's password or its recovery code: if all of them are lost, so are the data.</source>
        <translation>หากโน้ตบุ๊กหายหรือถูกขโมย จะไม่มีใครอ่านข้อมูลครัวเรือนได้ ไฟล์จะเปิดได้ด้วยรหัสผ่านของบัญชีหรือรหัสกู้คืนเท่านั้น หากรหัสทั้งหมดหาย ข้อมูลก็จะเปิดไม่ได้อีก</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Locked</source>
        <translation>ล็อกอยู่</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>The program is locked</source>
        <translation>โปรแกรมล็อกอยู่</translation>
    </message>
    <message>
        <source>It was left idle. Type your password to go on, or switch to another account.</source>
        <translation>ไม่ได้ใช้งานนานเกินกำหนด ใส่รหัสผ่านเพื่อใช้งานต่อ หรือเปลี่ยนไปใช้บัญชีอื่น</translation>
    </message>
    <message>
        <source>Type your username and password.</source>
        <translation>กรุณาใส่ชื่อผู้ใช้และรหัสผ่าน</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Forgot the password?</source>
        <translation>ลืมรหัสผ่าน?</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>เปลี่ยนผู้ใช้</translation>
    </message>
    <message>
        <source>Quit the program</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Too soon after a wrong password.</source>
        <translation>ใส่รหัสผ่านผิดหลายครั้ง ต้องรอก่อน</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n seconds.</source>
        <translation>
            <numerusform>ลองใหม่ได้ในอีก %n วินาที</numerusform>
        </translation>
    </message>
    <message>
        <source>This database is encrypted. Type your username and password to open it.</source>
        <translation>ฐานข้อมูลนี้เข้ารหัสไว้ ใส่ชื่อผู้ใช้และรหัสผ่านเพื่อเปิด</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Forgot the password</source>
        <translation>ลืมรหัสผ่าน</translation>
    </message>
    <message>
        <source>Type the recovery code printed when the account was made, and a new password. A new recovery code is shown after: the old one no longer works.</source>
        <translation>ใส่รหัสกู้คืนที่พิมพ์ไว้ตอนสร้างบัญชี และรหัสผ่านใหม่ จากนั้นโปรแกรมจะแสดงรหัสกู้คืนชุดใหม่ รหัสชุดเดิมจะใช้ไม่ได้อีก</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>รหัสกู้คืน</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>ยืนยันรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>ตั้งรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>Type the username and the recovery code.</source>
        <translation>กรุณาใส่ชื่อผู้ใช้และรหัสกู้คืน</translation>
    </message>
    <message>
        <source>The username or the recovery code is wrong.</source>
        <translation>ชื่อผู้ใช้หรือรหัสกู้คืนไม่ถูกต้อง</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n seconds.</source>
        <translation>
            <numerusform>ลองใหม่ได้ในอีก %n วินาที</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>รหัสผ่านต้องมีอย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <source>Locked</source>
        <translation>ล็อกอยู่</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>บัญชีใหม่</translation>
    </message>
    <message>
        <source>Committee (views and prints)</source>
        <translation>กรรมการ (ดูและพิมพ์)</translation>
    </message>
    <message>
        <source>Officer (edits the registers)</source>
        <translation>เจ้าหน้าที่ (แก้ไขทะเบียน)</translation>
    </message>
    <message>
        <source>Name and surname</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Password (8 characters or more)</source>
        <translation>รหัสผ่าน (อย่างน้อย 8 ตัวอักษร)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>ยืนยันรหัสผ่าน</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Make the account</source>
        <translation>สร้างบัญชี</translation>
    </message>
    <message>
        <source>Type the name and the username.</source>
        <translation>กรุณาใส่ชื่อและชื่อผู้ใช้</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>รหัสผ่านใหม่ของ %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>ยืนยันรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Set the password</source>
        <translation>ตั้งรหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>บัญชีผู้ใช้</translation>
    </message>
    <message>
        <source>Who may use the program on this computer. A committee account views and prints only; an officer account edits the registers.</source>
        <translation>ผู้ที่ใช้โปรแกรมบนเครื่องนี้ได้ บัญชีกรรมการดูและพิมพ์ได้อย่างเดียว บัญชีเจ้าหน้าที่แก้ไขทะเบียนได้</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>เพิ่มบัญชี…</translation>
    </message>
    <message>
        <source>Reset the password…</source>
        <translation>ตั้งรหัสผ่านใหม่…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>ระงับแล้ว</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <source>Allow again</source>
        <translation>ให้ใช้อีกครั้ง</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>ระงับ</translation>
    </message>
    <message>
        <source>Account made: %1</source>
        <translation>สร้างบัญชีแล้ว: %1</translation>
    </message>
    <message>
        <source>New password set: %1</source>
        <translation>ตั้งรหัสผ่านใหม่แล้ว: %1</translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation>ระงับแล้ว: %1</translation>
    </message>
    <message>
        <source>Allowed again: %1</source>
        <translation>ให้ใช้อีกครั้งแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Save the recovery code</source>
        <translation>บันทึกรหัสกู้คืน</translation>
    </message>
    <message>
        <source>This is the account's recovery code. It is shown only now: with it a forgotten password can be replaced.</source>
        <translation>นี่คือรหัสกู้คืนของบัญชี แสดงครั้งนี้ครั้งเดียว ใช้ตั้งรหัสผ่านใหม่เมื่อลืมรหัสผ่าน</translation>
    </message>
    <message>
        <source>Print it or write it down, and keep it apart from this computer (a locked drawer of the office). Do not photograph it or send it by LINE or e-mail.</source>
        <translation>พิมพ์หรือจดไว้ แล้วเก็บแยกจากเครื่องนี้ (เช่น ลิ้นชักที่ล็อกได้ของสำนักงาน) อย่าถ่ายรูป อย่าส่งทางไลน์หรืออีเมล</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>I have written it down or printed it</source>
        <translation>จดหรือพิมพ์รหัสนี้เก็บไว้แล้ว</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>บันทึกไม่ได้: %1</translation>
    </message>
    <message>
        <source>Saved: %1. Print it and keep the paper safe.</source>
        <translation>บันทึกแล้ว: %1 พิมพ์ออกมาแล้วเก็บกระดาษไว้ในที่ปลอดภัย</translation>
    </message>
    <message>
        <source>Account: %1 (%2)</source>
        <translation>บัญชี: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>รหัสกู้คืน</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จ</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>วันเวลา</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ผู้บันทึก</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>ค่าเดิม → ค่าใหม่</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>ประวัติการแก้ไขข้อมูล</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>ทุกการดำเนินการ</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>ส่งออกเป็น Excel…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Household name or no., contract no.</source>
        <translation>ชื่อหรือเลขที่ครัวเรือน เลขที่สัญญา</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>ผู้บันทึก</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>The newest %n entries (narrow the filters to see older ones)</source>
        <translation>%n รายการล่าสุด (กรองให้แคบลงเพื่อดูรายการที่เก่ากว่า)</translation>
    </message>
    <message>
        <source>%n entries</source>
        <translation>%n รายการ</translation>
    </message>
</context>
</TS>
