"""The indicators report (guideline 4.2) as print-ready data, shared by the PDF and the workbook: the institute's
five criteria and figures, the roll-up of every institute, the registers' title facts and the words in the report's
language. Built from the database by ``services/printouts/indicators.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from cdfi_desktop.domain.classification import DebtorClass
from cdfi_desktop.domain.criteria import Criterion, CriterionResult
from cdfi_desktop.messages import message
from cdfi_desktop.reports.registers_data import RegisterHeading

if TYPE_CHECKING:
    from cdfi_desktop.services.indicators import AreaRow, InstituteIndicators, Rollup

__all__ = ["FORMATS", "LABELS", "IndicatorsReport", "chart_areas", "indicators_file_name"]

FORMATS = ("xlsx", "pdf")

LABELS: dict[str, dict[str, str]] = {
    "th": {
        "title": "รายงานตัวชี้วัดการบริหารจัดการหนี้ครัวเรือนสู่ ๑ ครัวเรือน ๑ สัญญา",
        "as_of": "ข้อมูล ณ วันที่ {date}",
        "criteria_heading": "ผลการประเมินตามเกณฑ์ ๕ ข้อของสถาบัน",
        "result_pass": "สถาบันผ่านเกณฑ์ครบทั้ง ๕ ข้อ",
        "result_fail": "สถาบันผ่านเกณฑ์ {n} จาก ๕ ข้อ",
        "col_no": "ข้อ",
        "col_criterion": "เกณฑ์",
        "col_result": "ผล",
        "col_detail": "สิ่งที่พบ / สิ่งที่ยังขาด",
        "col_step": "แก้ไขที่ขั้นตอน",
        "passed": "ผ่าน",
        "failed": "ไม่ผ่าน",
        "fig_criteria": "เกณฑ์ที่ผ่าน",
        "fig_1hh1c": "ครัวเรือน ๑ ครัวเรือน ๑ สัญญา",
        "fig_contracts": "สัญญารวมหนี้",
        "fig_amount": "ยอดหนี้ที่รวมเป็นสัญญาเดียว (บาท)",
        "fig_on_time": "งวดที่ชำระตรงเวลา",
        "fig_arrears": "ค้างชำระ (บาท)",
        "of_goal": "{value} / เกณฑ์ {goal}",
        "repayment_heading": "ผลการชำระหนี้ตามสัญญาและการเปลี่ยนชั้นลูกหนี้ของครัวเรือนเป้าหมาย",
        "col_item": "รายการ",
        "col_value": "จำนวน",
        "rep_contracts": "สัญญาที่ติดตามการชำระ",
        "rep_due": "งวดที่ถึงกำหนดชำระ",
        "rep_paid": "งวดที่ชำระครบแล้ว",
        "rep_on_time": "งวดที่ชำระตรงเวลา (ภายใน {days} วันหลังวันครบกำหนด)",
        "rep_amount_due": "ยอดที่ถึงกำหนดชำระ (บาท)",
        "rep_amount_paid": "ยอดที่ชำระแล้ว (บาท)",
        "rep_arrears": "ยอดค้างชำระ (บาท)",
        "rep_in_arrears": "สัญญาที่ค้างชำระ",
        "cls_households": "ครัวเรือนเป้าหมายที่มีชั้นลูกหนี้ตอนคัดเลือก",
        "cls_improved": "ชั้นลูกหนี้ดีขึ้น",
        "cls_same": "ชั้นลูกหนี้คงเดิม",
        "cls_worse": "ชั้นลูกหนี้แย่ลง",
        "col_class": "ชั้นลูกหนี้",
        "col_before": "ตอนคัดเลือก",
        "col_after": "ปัจจุบัน",
        "class_A": "A ปกติ",
        "class_B": "B เฝ้าระวัง",
        "class_C": "C มีปัญหา",
        "class_D": "D วิกฤต",
        "rollup_heading": "สรุปผลทุกสถาบันในฐานข้อมูล รายจังหวัดและรายอำเภอ",
        "rollup_goal": "เป้าหมาย: สถาบันผ่านเกณฑ์ร้อยละ {pct} · ไม่น้อยกว่า {min} ครัวเรือนต่อสถาบัน · "
        "{national} ครัวเรือนทั่วประเทศ (ในฐานข้อมูลนี้ {households} ครัวเรือน ร้อยละ {national_pct})",
        "provinces_heading": "รายจังหวัด",
        "districts_heading": "รายอำเภอ",
        "col_area": "พื้นที่",
        "col_province": "จังหวัด",
        "col_district": "อำเภอ",
        "col_institutes": "สถาบัน",
        "col_passing": "ผ่านเกณฑ์",
        "col_pct": "ร้อยละ",
        "col_goal": "ถึงเป้า",
        "col_1hh1c": "ครัวเรือน ๑ ครัวเรือน ๑ สัญญา",
        "col_1hh1c_goal": "เป้าหมาย (ครัวเรือน)",
        "col_contracts": "สัญญา",
        "col_amount": "ยอดหนี้รวม (บาท)",
        "col_on_time": "ชำระตรงเวลา (%)",
        "col_arrears": "ค้างชำระ (บาท)",
        "yes": "ถึง",
        "no": "ไม่ถึง",
        "total": "รวมทั้งหมด",
        "chart_passing": "ร้อยละสถาบันที่ผ่านเกณฑ์ เทียบเป้าหมาย {pct}%",
        "chart_1hh1c": "ครัวเรือน ๑ ครัวเรือน ๑ สัญญา เทียบเป้าหมาย",
        "chart_contracts": "ยอดหนี้ที่รวมเป็นสัญญาเดียว (ล้านบาท) และจำนวนสัญญา",
        "chart_repayment": "ผลการชำระตามงวด",
        "goal_line": "เป้าหมาย {pct}%",
        "legend_achieved": "ทำได้",
        "legend_goal": "เป้าหมาย",
        "legend_contracts": "สัญญา",
        "legend_amount": "ล้านบาท",
        "area_contracts": "{name} ({n} สัญญา)",
        "rep_on_time_short": "ตรงเวลา",
        "rep_late_short": "ชำระช้า",
        "rep_unpaid_short": "ยังไม่ชำระ",
        "installments": "{n} งวด",
        "total_installments": "ถึงกำหนด {n} งวด",
        "more_areas": "แสดง {shown} จาก {all} พื้นที่",
        "empty": "ยังไม่มีข้อมูล",
        "step_registers": "ทะเบียน",
        "step_analysis": "วิเคราะห์หนี้",
        "step_targets": "ครัวเรือนเป้าหมาย",
        "step_contracts": "๑ ครัวเรือน ๑ สัญญา",
        "step_plan": "แผนการบริหารจัดการหนี้",
        "summary_sheet": "เกณฑ์ ๕ ข้อ",
        "provinces_sheet": "รายจังหวัด",
        "districts_sheet": "รายอำเภอ",
        "institutes_sheet": "รายสถาบัน",
        "col_institute": "สถาบัน",
        "col_criteria_passed": "ผ่านเกณฑ์ (ข้อ)",
        "col_c": "ข้อ {n}",
    },
    "en": {
        "title": "Indicators of household debt management to 1 household 1 contract",
        "as_of": "Data as of {date}",
        "criteria_heading": "The institute's five criteria",
        "result_pass": "The institute passes all five criteria",
        "result_fail": "The institute passes {n} of the five criteria",
        "col_no": "No.",
        "col_criterion": "Criterion",
        "col_result": "Result",
        "col_detail": "Found / missing",
        "col_step": "Fixed in",
        "passed": "Passed",
        "failed": "Not passed",
        "fig_criteria": "Criteria passed",
        "fig_1hh1c": "Households at 1HH1C",
        "fig_contracts": "Consolidation contracts",
        "fig_amount": "Debt consolidated (baht)",
        "fig_on_time": "Installments paid on time",
        "fig_arrears": "Arrears (baht)",
        "of_goal": "{value} / goal {goal}",
        "repayment_heading": "Repayments of the contracts and target households' debtor classes",
        "col_item": "Item",
        "col_value": "Number",
        "rep_contracts": "Contracts followed",
        "rep_due": "Installments due",
        "rep_paid": "Installments fully paid",
        "rep_on_time": "Installments paid on time (within {days} days of the due date)",
        "rep_amount_due": "Amount due (baht)",
        "rep_amount_paid": "Amount paid (baht)",
        "rep_arrears": "Arrears (baht)",
        "rep_in_arrears": "Contracts in arrears",
        "cls_households": "Target households with a class at selection",
        "cls_improved": "Class improved",
        "cls_same": "Class unchanged",
        "cls_worse": "Class worse",
        "col_class": "Debtor class",
        "col_before": "At selection",
        "col_after": "Now",
        "class_A": "A Normal",
        "class_B": "B Watch",
        "class_C": "C Problem",
        "class_D": "D Critical",
        "rollup_heading": "Every institute in the database, per province and district",
        "rollup_goal": "Goals: {pct}% of institutes passing · at least {min} households per institute · "
        "{national} households nationally (here {households} households, {national_pct}%)",
        "provinces_heading": "Per province",
        "districts_heading": "Per district",
        "col_area": "Area",
        "col_province": "Province",
        "col_district": "District",
        "col_institutes": "Institutes",
        "col_passing": "Passing",
        "col_pct": "%",
        "col_goal": "Goal met",
        "col_1hh1c": "Households at 1HH1C",
        "col_1hh1c_goal": "Goal (households)",
        "col_contracts": "Contracts",
        "col_amount": "Consolidated (baht)",
        "col_on_time": "On time (%)",
        "col_arrears": "Arrears (baht)",
        "yes": "Yes",
        "no": "No",
        "total": "All institutes",
        "chart_passing": "Institutes passing (%) against the {pct}% goal",
        "chart_1hh1c": "Households at 1HH1C against the goal",
        "chart_contracts": "Debt consolidated (million baht) and contracts",
        "chart_repayment": "Installments due",
        "goal_line": "goal {pct}%",
        "legend_achieved": "Achieved",
        "legend_goal": "Goal",
        "legend_contracts": "Contracts",
        "legend_amount": "Million baht",
        "area_contracts": "{name} ({n} contracts)",
        "rep_on_time_short": "On time",
        "rep_late_short": "Paid late",
        "rep_unpaid_short": "Unpaid",
        "installments": "{n} installments",
        "total_installments": "{n} installments due",
        "more_areas": "{shown} of {all} areas shown",
        "empty": "No data yet",
        "step_registers": "Registers",
        "step_analysis": "Debt analysis",
        "step_targets": "Target households",
        "step_contracts": "1 household 1 contract",
        "step_plan": "Debt-management plan",
        "summary_sheet": "Five criteria",
        "provinces_sheet": "Provinces",
        "districts_sheet": "Districts",
        "institutes_sheet": "Institutes",
        "col_institute": "Institute",
        "col_criteria_passed": "Criteria passed",
        "col_c": "No. {n}",
    },
}


# -- the report's data -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class IndicatorsReport:
    """``institute`` None: the roll-up alone (a province's printout of every institute; ``heading`` names the
    province in place of an institute)."""

    heading: RegisterHeading
    institute: InstituteIndicators | None
    rollup: Rollup

    @property
    def language(self) -> str:
        return self.heading.language

    def text(self, key: str, **params: object) -> str:
        template = LABELS[self.language][key]
        return template.format(**params) if params else template

    @property
    def title(self) -> str:
        return self.text("title")

    @property
    def as_of_line(self) -> str:
        return self.text("as_of", date=self.heading.date_text(self.rollup.as_of, style="long"))

    def criterion_name(self, result: CriterionResult) -> str:
        return message(
            f"ind_criterion_{result.criterion.value}",
            self.language,
            minimum=self.rollup.thresholds.min_households_1hh1c,
        )

    def criterion_title(self, index: int) -> str:
        return message(
            f"ind_criterion_{list(Criterion)[index].value}",
            self.language,
            minimum=self.rollup.thresholds.min_households_1hh1c,
        )

    def reasons(self, result: CriterionResult) -> list[str]:
        return [message(r.code, self.language, **r.params) for r in result.reasons]

    def step_name(self, result: CriterionResult) -> str:
        return self.text(f"step_{result.step.value}")

    def class_name(self, value: DebtorClass) -> str:
        return self.text(f"class_{value.value}")

    def pct(self, value: Decimal | None) -> str:
        return "–" if value is None else f"{value:,.1f}"

    @property
    def goal_pct(self) -> str:
        return f"{self.rollup.thresholds.institute_pass_goal_pct.normalize():f}"

    def area_name(self, row: AreaRow) -> str:
        return self.text("total") if row.level == "total" else row.name


def chart_areas(r: Rollup) -> tuple[AreaRow, ...]:
    """What the charts compare: the provinces, or the districts when the database holds one province."""
    return r.provinces if len(r.provinces) > 1 else r.districts


_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+|\s+')


def indicators_file_name(report: IndicatorsReport, suffix: str) -> str:
    """``indicators_<institute>_FY2570.pdf``: safe on Windows, Thai kept."""
    institute = _UNSAFE_IN_FILE_NAMES.sub("-", report.heading.institute_name).strip("-. ")[:80] or "institute"
    return f"indicators_{institute}_FY{report.heading.fiscal_year}{suffix}"
