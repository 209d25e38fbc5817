"""Households' life-development plans (แผนพัฒนาชีวิตครัวเรือน) as one PDF, A4 portrait, a plan to a section that
starts on a new page: the household, its goals, planned changes of income and expenses, the savings target,
activities with their dates, the follow-up visits (with blank rows to fill in on the next visits) and the
signatures of the household, the officer and the institute's chair.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.platypus import PageBreak  # type: ignore[import-untyped]

from cdfi_desktop.domain.enums import LifePlanItemKind
from cdfi_desktop.domain.money import format_baht
from cdfi_desktop.reports.pdf_common import (
    BODY_SIZE,
    FONT,
    FONT_BOLD,
    GRID_GREY,
    HEADER_FILL,
    KeepTogether,
    LongTable,
    Margins,
    PageFurniture,
    Signer,
    Spacer,
    TableStyle,
    TextLines,
    build_pdf,
    digit_style,
    fit_size,
    keep_with_previous,
    signature_block,
    title_block,
    wrap,
)
from cdfi_desktop.reports.thai_text import unbreakable

if TYPE_CHECKING:
    from cdfi_desktop.reports.registers_data import RegisterHeading
    from cdfi_desktop.services.life_plans import LifePlanItemView, LifePlanView

__all__ = ["LABELS", "life_plans_file_name", "write_life_plans_pdf"]

MARGINS = Margins()
BODY = 11.0
SMALL = 10.0
PAD = 4.0
FOLLOW_UP_ROWS = 4  # at least this many rows in the visits table, blank ones to fill in by hand

LABELS: dict[str, dict[str, str]] = {
    "th": {
        "title": "แผนพัฒนาชีวิตครัวเรือน",
        "subtitle": "โครงการบริหารจัดการหนี้ครัวเรือน (หนึ่งครัวเรือน หนึ่งสัญญา)",
        "household": "เลขทะเบียนครัวเรือน",
        "head": "หัวหน้าครัวเรือน",
        "address": "ที่อยู่",
        "address_value": "บ้านเลขที่ {house_no} หมู่ที่ {village_no} {village}",
        "members": "จำนวนสมาชิก",
        "members_value": "{count} คน",
        "income": "รายได้ต่อเดือน (ปัจจุบัน)",
        "expenses": "รายจ่ายจำเป็นต่อเดือน (ปัจจุบัน)",
        "made_on": "วันที่จัดทำแผน",
        "status": "สถานะของแผน",
        "baht": "{amount} บาท",
        "s_goals": "1. เป้าหมายของครัวเรือน",
        "s_income": "2. แผนเพิ่มรายได้",
        "s_expense": "3. แผนลดรายจ่าย",
        "s_savings": "4. แผนการออม",
        "s_activity": "5. กิจกรรมที่จะทำ",
        "s_follow_up": "6. การติดตามผล",
        "s_notes": "หมายเหตุ",
        "col_no": "ที่",
        "col_item": "รายการ",
        "col_amount_income": "รายได้เพิ่ม (บาท/เดือน)",
        "col_amount_expense": "รายจ่ายลดลง (บาท/เดือน)",
        "col_amount_savings": "ออม (บาท/เดือน)",
        "col_amount": "บาท/เดือน",
        "col_date": "ภายในวันที่",
        "col_visit": "ครั้งที่",
        "col_visited_on": "วันที่ติดตาม",
        "col_saved": "เงินออมสะสม (บาท)",
        "col_note": "ผลการติดตาม / ข้อเสนอแนะ",
        "col_signature": "ลงชื่อผู้ติดตาม",
        "total_income": "รวมรายได้เพิ่มขึ้นตามแผน {amount} บาทต่อเดือน",
        "total_expense": "รวมรายจ่ายลดลงตามแผน {amount} บาทต่อเดือน",
        "savings_target": "เป้าหมายการออมเดือนละ {amount} บาท (ปีละ {year} บาท)",
        "none": "– ไม่มี –",
        "sign": "ลงชื่อ",
        "date": "วันที่",
        "signer_head": "หัวหน้าครัวเรือน",
        "signer_officer": "ผู้จัดทำแผน",
        "signer_chair": "ประธานสถาบัน",
        "no_plans": "ยังไม่มีแผนพัฒนาชีวิตครัวเรือนในปีงบประมาณนี้",
        "draft": "ร่าง",
        "approved": "อนุมัติแล้ว",
        "in_progress": "กำลังดำเนินการ",
        "done": "ดำเนินการแล้วเสร็จ",
    },
    "en": {
        "title": "Household life-development plan",
        "subtitle": "Household debt management (one household, one contract)",
        "household": "Register no.",
        "head": "Head of household",
        "address": "Address",
        "address_value": "House {house_no}, village no. {village_no}, {village}",
        "members": "Members",
        "members_value": "{count}",
        "income": "Monthly income (now)",
        "expenses": "Essential expenses a month (now)",
        "made_on": "Plan made on",
        "status": "Status",
        "baht": "{amount} baht",
        "s_goals": "1. The household's goals",
        "s_income": "2. More income",
        "s_expense": "3. Lower expenses",
        "s_savings": "4. Savings",
        "s_activity": "5. Activities",
        "s_follow_up": "6. Follow-up visits",
        "s_notes": "Notes",
        "col_no": "No.",
        "col_item": "Item",
        "col_amount_income": "More income (baht/month)",
        "col_amount_expense": "Less spent (baht/month)",
        "col_amount_savings": "Saved (baht/month)",
        "col_amount": "Baht/month",
        "col_date": "By",
        "col_visit": "Visit",
        "col_visited_on": "Date",
        "col_saved": "Saved so far (baht)",
        "col_note": "What was seen / advice",
        "col_signature": "Visited by",
        "total_income": "Planned income increase: {amount} baht a month",
        "total_expense": "Planned expense reduction: {amount} baht a month",
        "savings_target": "Savings target: {amount} baht a month ({year} baht a year)",
        "none": "– none –",
        "sign": "Signed",
        "date": "Date",
        "signer_head": "Head of household",
        "signer_officer": "Officer",
        "signer_chair": "Chair of the institute",
        "no_plans": "No life-development plans in this fiscal year yet",
        "draft": "Draft",
        "approved": "Approved",
        "in_progress": "In progress",
        "done": "Done",
    },
}
_AMOUNT_COLUMNS = {
    LifePlanItemKind.INCOME: "col_amount_income",
    LifePlanItemKind.EXPENSE: "col_amount_expense",
    LifePlanItemKind.SAVINGS: "col_amount_savings",
}


class _Page:
    def __init__(self, heading: RegisterHeading) -> None:
        self.heading = heading
        self.language = heading.language if heading.language in LABELS else "th"
        self.width = A4[0] - MARGINS.left - MARGINS.right

    def t(self, key: str, **params: object) -> str:
        template = LABELS[self.language][key]
        return template.format(**params) if params else template

    def cell(self, text: str, width: float, *, size: float = BODY, font: str = FONT, align: str = "left") -> Any:
        if not text:
            return ""
        inner = width - 2 * PAD
        fitted = fit_size(text, width=inner, size=size, font=font)
        lines = wrap(text, width=inner, size=fitted, font=font)
        return TextLines(lines, size=fitted, leading=round(fitted * 1.42, 1), font=font, align=align)

    def para(self, text: str, *, size: float = BODY_SIZE, font: str = FONT, indent: float = 0) -> Any:
        lines: list[str] = []
        for piece in text.splitlines() or [""]:
            lines += wrap(piece, width=self.width - indent, size=size, font=font) or [""]
        block = TextLines(lines, size=size, leading=round(size * 1.5, 1), font=font)
        if not indent:
            return block
        return LongTable(
            [["", block]],
            colWidths=[indent, self.width - indent],
            style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]),
        )

    def section(self, key: str) -> Any:
        return self.para(self.t(key), size=12.5, font=FONT_BOLD)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], aligns: str) -> Any:
        data: list[list[Any]] = [
            [self.cell(h, w, size=SMALL, font=FONT_BOLD, align="center") for h, w in zip(header, widths, strict=True)]
        ]
        heights: list[float | None] = [None]
        align_of = {"l": "left", "r": "right", "c": "center"}
        for row in rows:
            data.append(
                [
                    self.cell(text, w, size=SMALL if len(row) > 4 else BODY, align=align_of[a])
                    for text, w, a in zip(row, widths, aligns, strict=True)
                ]
            )
            heights.append(None if any(row) else 26)
        style = TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID_GREY),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
        return LongTable(data, colWidths=list(widths), rowHeights=heights, repeatRows=1, style=style)

    def date(self, value: Any) -> str:
        return self.heading.date_text(value, style="short") if value else ""

    # -- one plan -------------------------------------------------------------------------------------------------
    def household_box(self, plan: LifePlanView) -> Any:
        t = self.t
        village = plan.village if plan.village.startswith("บ้าน") or self.language != "th" else f"บ้าน{plan.village}"
        address = t(
            "address_value",
            house_no=plan.house_no or "–",
            village_no=plan.village_no if plan.village_no is not None else "–",
            village=village,
        ).strip()
        pairs = [
            (t("household"), plan.household_code or "–", t("head"), plan.head_name or "–"),
            (t("address"), address, "", ""),
            (t("members"), t("members_value", count=plan.members), t("made_on"), self.date(plan.made_on) or "–"),
            (
                t("income"),
                t("baht", amount=format_baht(plan.income)),
                t("expenses"),
                t("baht", amount=format_baht(plan.expenses)),
            ),
            (t("status"), t(plan.status.value), "", ""),
        ]
        widths = [118.0, self.width / 2 - 118, 138.0, self.width / 2 - 138]
        spanned = widths[1] + widths[2] + widths[3]
        rows = [
            [
                self.cell(a, widths[0], size=SMALL, font=FONT_BOLD),
                self.cell(b, widths[1] if c else spanned),
                self.cell(c, widths[2], size=SMALL, font=FONT_BOLD),
                self.cell(d, widths[3]),
            ]
            for a, b, c, d in pairs
        ]
        style = TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, GRID_GREY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("SPAN", (1, 1), (3, 1)),
                ("SPAN", (1, 4), (3, 4)),
            ]
        )
        return LongTable(rows, colWidths=widths, style=style)

    def items_table(self, items: Sequence[LifePlanItemView], kind: LifePlanItemKind) -> Any:
        if not items:
            return self.para(self.t("none"), indent=14)
        amount_key = _AMOUNT_COLUMNS.get(kind, "col_amount")
        widths = [28.0, 0.0, 110.0, 90.0]
        widths[1] = self.width - sum(widths)
        rows = [
            (
                str(no),
                item.description,
                format_baht(item.amount_monthly) if item.amount_monthly is not None else "",
                self.date(item.target_date),
            )
            for no, item in enumerate(items, start=1)
        ]
        header = [self.t("col_no"), self.t("col_item"), self.t(amount_key), self.t("col_date")]
        return self.table(header, rows, widths, "clrc")

    def follow_ups(self, plan: LifePlanView) -> Any:
        widths = [40.0, 78.0, 92.0, 0.0, 92.0]
        widths[3] = self.width - sum(widths)
        rows = [
            (
                str(no),
                self.date(visit.visited_on),
                format_baht(visit.savings_to_date) if visit.savings_to_date is not None else "",
                visit.note,
                "",
            )
            for no, visit in enumerate(plan.follow_ups, start=1)
        ]
        for no in range(len(rows) + 1, max(FOLLOW_UP_ROWS, len(rows) + 2) + 1):
            rows.append((str(no), "", "", "", ""))
        header = [
            self.t("col_visit"),
            self.t("col_visited_on"),
            self.t("col_saved"),
            self.t("col_note"),
            self.t("col_signature"),
        ]
        return self.table(header, rows, widths, "ccrlc")

    def plan(self, plan: LifePlanView) -> list[Any]:
        heading = self.heading
        story: list[Any] = title_block(
            [
                (self.t("title"), 16.0),
                (heading.fiscal_year_line, 12.5),
                (heading.institute_name, 12.0),
                (heading.area_line, BODY_SIZE),
            ],
            width=self.width,
            space_after=6,
        )
        story += [self.household_box(plan), Spacer(1, 8)]
        goals = plan.items_of(LifePlanItemKind.GOAL)
        story.append(self.section("s_goals"))
        if plan.goals:
            story.append(self.para(plan.goals, indent=14))
        for no, goal in enumerate(goals, start=1):
            line = f"{no}) {goal.description}"
            if goal.target_date:
                line += f" ({self.t('col_date')} {self.date(goal.target_date)})"
            story.append(self.para(line, indent=14))
        if not plan.goals and not goals:
            story.append(self.para(self.t("none"), indent=14))
        story.append(Spacer(1, 6))
        for key, kind, total in (
            ("s_income", LifePlanItemKind.INCOME, "total_income"),
            ("s_expense", LifePlanItemKind.EXPENSE, "total_expense"),
        ):
            items = plan.items_of(kind)
            block = [self.section(key), self.items_table(items, kind)]
            if items:
                amount = plan.planned_income_change if kind is LifePlanItemKind.INCOME else plan.planned_expense_change
                block.append(self.para(self.t(total, amount=format_baht(amount)), indent=14))
            story += [KeepTogether(block), Spacer(1, 6)]
        savings = plan.items_of(LifePlanItemKind.SAVINGS)
        target = self.t(
            "savings_target",
            amount=format_baht(plan.savings_target_monthly),
            year=format_baht(plan.savings_target_monthly * 12),
        )
        block = [self.section("s_savings"), self.para(target, indent=14)]
        if savings:
            block.append(self.items_table(savings, LifePlanItemKind.SAVINGS))
        story += [KeepTogether(block), Spacer(1, 6)]
        activities = plan.items_of(LifePlanItemKind.ACTIVITY)
        story += [
            KeepTogether([self.section("s_activity"), self.items_table(activities, LifePlanItemKind.ACTIVITY)]),
            Spacer(1, 6),
        ]
        story += [KeepTogether([self.section("s_follow_up"), self.follow_ups(plan)]), Spacer(1, 6)]
        closing: list[Any] = []
        if plan.notes:
            closing += [self.section("s_notes"), self.para(plan.notes, indent=14)]
        closing.append(Spacer(1, 14))
        sign, on = self.t("sign"), self.t("date")
        closing.append(
            signature_block(
                [Signer(self.t("signer_head"), unbreakable(plan.head_name)), Signer(self.t("signer_officer"))],
                sign=sign,
                date_label=on,
                size=BODY_SIZE,
            )
        )
        closing.append(Spacer(1, 8))
        chair = signature_block([Signer(self.t("signer_chair"))], sign=sign, date_label=on, size=BODY_SIZE)
        closing.append(chair)
        keep_with_previous(story, closing)
        return story


def write_life_plans_pdf(
    heading: RegisterHeading, plans: Sequence[LifePlanView], path: Path, *, digits: str | None = None
) -> Path:
    """All ``plans`` in one A4 portrait PDF, each starting a new page; its numbers in ``digits`` ("thai" or
    "arabic"; the default digit style when not given)."""
    with digit_style(digits, language=heading.language):
        return _write_life_plans_pdf(heading, plans, path)


def _write_life_plans_pdf(heading: RegisterHeading, plans: Sequence[LifePlanView], path: Path) -> Path:
    page = _Page(heading)
    story: list[Any] = []
    for index, plan in enumerate(plans):
        if index:
            story.append(PageBreak())
        story += page.plan(plan)
    if not plans:
        story += title_block(
            [(page.t("title"), 16.0), (heading.fiscal_year_line, 12.5), (heading.institute_name, 12.0)],
            width=page.width,
        )
        story.append(page.para(page.t("no_plans")))
    title = page.t("title")
    build_pdf(
        path,
        story,
        furniture=PageFurniture(
            running_title=f"{title} · {heading.institute_name} · {heading.fiscal_year_line}",
            footer_left=heading.printed_line,
            footer_right=heading.fiscal_year_line,
            page_label=lambda number, pages: heading.text("page", page=number, pages=pages),
        ),
        title=f"{title} {heading.institute_name} {heading.fiscal_year_line}",
        subject=heading.institute_name,
        pagesize=A4,
        margins=MARGINS,
    )
    return path


_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+|\s+')


def life_plans_file_name(heading: RegisterHeading, suffix: str) -> str:
    """``life-plans_<institute>_FY2570.pdf``: safe on Windows, Thai kept."""
    institute = _UNSAFE_IN_FILE_NAMES.sub("-", heading.institute_name).strip("-. ")[:80] or "institute"
    return f"life-plans_{institute}_FY{heading.fiscal_year}{suffix}"
