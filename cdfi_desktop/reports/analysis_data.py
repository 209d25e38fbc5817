"""The debt analysis of one institute as print-ready data, shared by the PDF and Excel writers.

Plain data: ``services/printouts/analysis.py`` builds it from ``services.analysis.analyse_institute`` with the
registers' title facts (institute, ตำบล อำเภอ จังหวัด, fiscal year B.E., printing date); reasons are the texts
of ``messages.message`` in the report's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from cdfi_desktop.domain.classification import DebtorClass, Reason
from cdfi_desktop.domain.funding import SourceKind
from cdfi_desktop.messages import message
from cdfi_desktop.reports.registers_data import RegisterHeading

if TYPE_CHECKING:
    from cdfi_desktop.services.analysis import AnalysisRow, DsrBucket, InstituteAnalysis

__all__ = ["FORMATS", "LABELS", "AnalysisReport", "analysis_file_name"]


FORMATS = ("xlsx", "pdf")
CLASS_ORDER = (DebtorClass.D, DebtorClass.C, DebtorClass.B, DebtorClass.A)  # the households most in need first

LABELS: dict[str, dict[str, str]] = {
    "th": {
        "title": "รายงานผลการวิเคราะห์หนี้สินและการจัดชั้นลูกหนี้ครัวเรือน",
        "as_of": "ข้อมูล ณ วันที่ {date}",
        "summary_sheet": "สรุป",
        "households_sheet": "ครัวเรือน",
        "debts_sheet": "แหล่งเงินรายหนี้",
        "summary": "สรุปผลการวิเคราะห์",
        "households_heading": "ครัวเรือนจำแนกตามชั้นลูกหนี้ พร้อมเหตุผลการจัดชั้น",
        "debts_heading": "แหล่งเงินที่เสนอสำหรับหนี้แต่ละรายการ",
        "chart_classes": "จำนวนครัวเรือนตามชั้นลูกหนี้",
        "chart_sources": "หนี้สินตามแหล่งเงินกู้",
        "chart_dsr": "จำนวนครัวเรือนตามภาระหนี้ต่อรายได้ (%)",
        "chart_funds": "กองทุนสมาชิก: ยอดให้กู้เทียบกับเงินทุน",
        "class_A": "ปกติ",
        "class_B": "เฝ้าระวัง",
        "class_C": "มีปัญหา",
        "class_D": "วิกฤต",
        "class_heading": "ชั้น {cls} {name} ({n:,} ครัวเรือน)",
        "inside_institute": "หนี้กองทุนสมาชิกในสถาบัน",
        "other_formal": "หนี้ในระบบอื่น",
        "informal": "หนี้นอกระบบ",
        "kind_member_fund": "กองทุนสมาชิก",
        "kind_pooled": "เงินกองกลางของสถาบัน",
        "kind_outside": "ความช่วยเหลือภายนอก/เจรจาเจ้าหนี้",
        "no_income": "ไม่มีรายได้",
        "months": "{n} งวด",
        "baht": "{amount} บาท",
        "total_baht": "รวม {amount} บาท",
        "more_funds": "และอีก %1 กองทุน",
        "empty": "ยังไม่มีข้อมูล",
        "no_households": "ยังไม่มีครัวเรือนในทะเบียน",
        "no_debts": "ไม่มีหนี้ที่ยังไม่ปิดบัญชี",
        "criteria": "เกณฑ์จัดชั้น: ชั้น B เฝ้าระวัง เมื่อค้างชำระ {watch_days}–{problem_days} วัน หรือภาระหนี้ต่อรายได้ "
        "{watch_dsr}–{problem_dsr}% หรือมีเจ้าหนี้ตั้งแต่ {creditors} ราย หรือมีหนี้นอกระบบ; ชั้น C มีปัญหา เมื่อค้างชำระ"
        "เกิน {problem_days} วัน หรือภาระหนี้ต่อรายได้เกิน {problem_dsr}% หรือรายได้ไม่พอรายจ่ายและค่างวด หรือมีหนี้เรื้อรัง; "
        "ชั้น D วิกฤต เมื่ออยู่ในเกณฑ์ชั้น C และผ่อนรวมหนี้ไม่ได้ภายใน {max_term} งวด (ผ่อนได้ไม่เกินร้อยละ {target_dsr} "
        "ของรายได้)",
        "fig_households": "ครัวเรือนทั้งหมด",
        "fig_debt": "หนี้สินคงค้างรวม (บาท)",
        "fig_problem": "ครัวเรือนชั้น C และ D",
        "fig_pooled": "เงินกองกลางที่ยังให้กู้ได้ (บาท)",
        "col_class": "ชั้นลูกหนี้",
        "col_households": "ครัวเรือน",
        "col_share": "ร้อยละ",
        "col_class_debt": "หนี้รวม (บาท)",
        "col_source_kind": "แหล่งเงินที่เสนอ",
        "col_debt_count": "จำนวนหนี้ (รายการ)",
        "col_debt_amount": "ยอดหนี้ (บาท)",
        "col_fund": "กองทุนสมาชิก",
        "col_capital": "เงินทุน (บาท)",
        "col_lent": "ให้กู้แล้ว (บาท)",
        "col_available": "คงเหลือ (บาท)",
        "col_used": "ใช้ไป (%)",
        "col_limit": "วงเงินต่อราย (บาท)",
        "col_debt_source": "แหล่งหนี้",
        "col_no": "ลำดับ",
        "col_code": "เลขทะเบียน",
        "col_head": "ชื่อ-สกุล หัวหน้าครัวเรือน",
        "col_head_village": "หัวหน้าครัวเรือน / หมู่บ้าน",
        "col_village": "หมู่บ้าน",
        "col_cls": "ชั้น",
        "col_total_debt": "หนี้รวม (บาท)",
        "col_dsr": "ภาระหนี้ต่อรายได้ (%)",
        "col_residual": "รายได้คงเหลือ/เดือน (บาท)",
        "col_creditors": "เจ้าหนี้ (ราย)",
        "col_overdue": "ค้างชำระนานสุด (วัน)",
        "col_affordable": "ผ่อนได้/เดือน (บาท)",
        "col_term": "ระยะผ่อน (งวด)",
        "col_reasons": "เหตุผลการจัดชั้น",
        "col_creditor": "เจ้าหนี้",
        "col_outstanding": "หนี้คงค้าง (บาท)",
        "col_installment": "ผ่อน/งวด (บาท)",
        "col_days": "ค้างชำระ (วัน)",
        "col_source": "แหล่งเงินที่เสนอ",
        "col_source_reason": "เหตุผล",
        "col_income": "รายได้/เดือน (บาท)",
        "col_service": "ค่างวด/เดือน (บาท)",
        "total": "รวม",
        "dsr_bucket": "ภาระหนี้ต่อรายได้ (%)",
    },
    "en": {
        "title": "Household debt analysis and debtor classes",
        "as_of": "Data as of {date}",
        "summary_sheet": "Summary",
        "households_sheet": "Households",
        "debts_sheet": "Sources per debt",
        "summary": "Summary of the analysis",
        "households_heading": "Households by debtor class, with the reasons for their class",
        "debts_heading": "Suggested source of money for each debt",
        "chart_classes": "Households per debtor class",
        "chart_sources": "Debt by source",
        "chart_dsr": "Households by debt-service ratio (%)",
        "chart_funds": "Member funds: lent against capital",
        "class_A": "Normal",
        "class_B": "Watch",
        "class_C": "Problem",
        "class_D": "Critical",
        "class_heading": "Class {cls} {name} ({n:,} households)",
        "inside_institute": "Member funds of the institute",
        "other_formal": "Other formal lenders",
        "informal": "Informal lenders",
        "kind_member_fund": "Member fund",
        "kind_pooled": "Institute's pooled funds",
        "kind_outside": "Outside help / negotiate",
        "no_income": "No income",
        "months": "{n} months",
        "baht": "{amount} baht",
        "total_baht": "Total {amount} baht",
        "more_funds": "and %1 more funds",
        "empty": "No data yet",
        "no_households": "No households in the register yet",
        "no_debts": "No open debts",
        "criteria": "Classes: B watch with {watch_days}–{problem_days} days overdue, or a debt-service ratio of "
        "{watch_dsr}–{problem_dsr}%, or {creditors} creditors or more, or informal debt; C problem with over "
        "{problem_days} days overdue, or a debt-service ratio over {problem_dsr}%, or income below expenses and "
        "installments, or persistent debt; D critical when C and the debts cannot be repaid together within "
        "{max_term} months (at most {target_dsr}% of income).",
        "fig_households": "Households",
        "fig_debt": "Total outstanding debt (baht)",
        "fig_problem": "Households in class C or D",
        "fig_pooled": "Pooled funds still to lend (baht)",
        "col_class": "Debtor class",
        "col_households": "Households",
        "col_share": "Share (%)",
        "col_class_debt": "Total debt (baht)",
        "col_source_kind": "Suggested source",
        "col_debt_count": "Debts",
        "col_debt_amount": "Amount (baht)",
        "col_fund": "Member fund",
        "col_capital": "Capital (baht)",
        "col_lent": "Lent (baht)",
        "col_available": "Available (baht)",
        "col_used": "Used (%)",
        "col_limit": "Limit a borrower (baht)",
        "col_debt_source": "Source of debt",
        "col_no": "No.",
        "col_code": "Register no.",
        "col_head": "Head of household",
        "col_head_village": "Head of household / village",
        "col_village": "Village",
        "col_cls": "Class",
        "col_total_debt": "Total debt (baht)",
        "col_dsr": "DSR (%)",
        "col_residual": "Residual income a month (baht)",
        "col_creditors": "Creditors",
        "col_overdue": "Most days overdue",
        "col_affordable": "Affordable a month (baht)",
        "col_term": "Term (months)",
        "col_reasons": "Reasons for the class",
        "col_creditor": "Creditor",
        "col_outstanding": "Outstanding (baht)",
        "col_installment": "Installment (baht)",
        "col_days": "Days overdue",
        "col_source": "Suggested source",
        "col_source_reason": "Reason",
        "col_income": "Income a month (baht)",
        "col_service": "Installments a month (baht)",
        "total": "Total",
        "dsr_bucket": "Debt-service ratio (%)",
    },
}


@dataclass(frozen=True)
class AnalysisReport:
    """What both writers print: the title facts, the analysis, and the words in the report's language."""

    heading: RegisterHeading
    analysis: InstituteAnalysis
    pooled: Decimal  # what the lending funds have not lent out

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
        return self.text("as_of", date=self.heading.date_text(self.analysis.as_of, style="long"))

    def class_name(self, value: DebtorClass) -> str:
        return self.text(f"class_{value.value}")

    def class_label(self, value: DebtorClass) -> str:
        return f"{value.value} {self.class_name(value)}"

    def source_kind(self, kind: SourceKind) -> str:
        return self.text(f"kind_{kind.value}")

    def reason(self, reason: Reason) -> str:
        return message(reason.code, self.language, **reason.params)

    def reasons(self, row: AnalysisRow) -> list[str]:
        return [self.reason(r) for r in row.classification.reasons]

    def dsr_label(self, bucket: DsrBucket) -> str:
        if bucket.low is None:
            return self.text("no_income")
        if bucket.high is None:
            return f"≥{bucket.low:,.0f}"
        if bucket.low == 0:
            return f"<{bucket.high:,.0f}"
        return f"{bucket.low:,.0f}–{bucket.high:,.0f}"

    def dsr_buckets(self) -> list[DsrBucket]:
        """The DSR bands, with the no-income band only when some household is in it."""
        return [b for b in self.analysis.dsr_distribution() if b.low is not None or b.households > 0]

    def term(self, months: int | None) -> str:
        return "–" if months is None else self.text("months", n=months)

    @property
    def criteria(self) -> str:
        t = self.analysis.profile.thresholds
        return self.text(
            "criteria",
            watch_days=t.arrears_watch_days + 1,
            problem_days=t.arrears_problem_days,
            watch_dsr=f"{t.dsr_watch_pct:,.0f}",
            problem_dsr=f"{t.dsr_problem_pct:,.0f}",
            creditors=t.creditors_watch,
            max_term=t.max_term_months,
            target_dsr=f"{t.target_dsr_pct:,.0f}",
        )

    def rows_by_class(self) -> list[tuple[DebtorClass, list[AnalysisRow]]]:
        """Households grouped D, C, B, A; in each, the largest debt first."""
        grouped: dict[DebtorClass, list[AnalysisRow]] = {c: [] for c in CLASS_ORDER}
        for row in self.analysis.rows:
            grouped[row.debtor_class].append(row)
        for rows in grouped.values():
            rows.sort(key=lambda r: (-r.classification.indicators.total_debt, r.code))
        return list(grouped.items())

    @property
    def total_debt(self) -> Decimal:
        return sum((r.classification.indicators.total_debt for r in self.analysis.rows), Decimal("0.00"))


_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+|\s+')


def analysis_file_name(report: AnalysisReport, suffix: str) -> str:
    """``debt-analysis_<institute>_FY2570.pdf``: safe on Windows, Thai kept."""
    institute = _UNSAFE_IN_FILE_NAMES.sub("-", report.heading.institute_name).strip("-. ")[:80] or "institute"
    return f"debt-analysis_{institute}_FY{report.heading.fiscal_year}{suffix}"
