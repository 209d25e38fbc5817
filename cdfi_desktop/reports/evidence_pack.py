"""The institute's evidence pack (guideline 4.3): one PDF and one zip of the originals.

The PDF opens with a cover (institute, area, fiscal year, date B.E.), a table of contents and the checklist of
every evidence item (what is there, what is missing and where to fix it), then every document the app prints
(the two registers, the debtor analysis, the target list, the participation records, the training attendance and
sign-in sheets, the debt-management plan with its scanned minutes, the 1HH1C contracts, the life-development
plans, the 1HH1C report rounds: each submitted one, or the draft before any) and the attached photos and scans,
one per page with their captions.

Each document is written by its own writer (PDF and, where there is one, Excel) into a temporary folder and the
PDFs are joined with pypdf. Every page after the front matter carries a stamp at the top: the section it belongs
to and its page number in the pack, so the table of contents' numbers can be checked page by page.

The zip holds the originals: the generated PDFs and workbooks, and the attached files under their own names,
with ``manifest.csv`` (path, size, SHA-256, what it is) and ``SHA256SUMS`` (``sha256sum -c`` checks it).

The pack goes to the district and the province, so every document in it prints citizen IDs masked
(``domain.citizen_id.mask``), whoever makes it: there is no way to ask for full IDs here. The attached photos
and scans are carried as the officer attached them (a scanned ID card shows what it shows).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, PageBreak  # type: ignore[import-untyped]
from sqlalchemy.orm import Session

from cdfi_desktop.reports.pdf_common import (
    FONT,
    FONT_BOLD,
    GRID_GREY,
    HEADER_FILL,
    PAGE_MARGIN,
    STAMP_BASELINE,
    TABLE_SIZE,
    KeepTogether,
    LongTable,
    Margins,
    PageFurniture,
    Spacer,
    TableStyle,
    TextLines,
    build_pdf,
    draw_text,
    fit_size,
    register_fonts,
    text_width,
    wrap,
)
from cdfi_desktop.reports.registers_data import RegisterHeading
from cdfi_desktop.reports.registry import PRINTOUTS
from cdfi_desktop.services.evidence import checklist
from cdfi_desktop.services.evidence_attachments import (
    KIND_MINUTES,
    KIND_OTHER,
    KIND_PHOTO,
    EvidenceFile,
    evidence_file_path,
    evidence_files,
    session_attachments_dir,
)
from cdfi_desktop.services.evidence_items import Checklist, EvidenceItem, ItemState
from cdfi_desktop.services.printouts.registers import register_heading

__all__ = ["LABELS", "build_evidence_pack", "evidence_pack_names", "write_evidence_reports"]

MARGINS = Margins()
FRAME = A4[0] - MARGINS.left - MARGINS.right
STAMP_SIZE = TABLE_SIZE
STAMP_GREY = colors.Color(0.35, 0.35, 0.35)
MAX_IMAGE_PIXELS = 1800  # longest side of a photo as embedded in the pack (the zip keeps the original)

LABELS: dict[str, dict[str, str]] = {
    "th": {
        "pack": "หลักฐานประกอบตัวชี้วัด",
        "pack_of": "ตามแนวทางการดำเนินงาน ข้อ ๔.๓",
        "activity": "กิจกรรมสถาบันการจัดการเงินทุนชุมชนบริหารจัดการหนี้ “สำนึกดี แผนดี บริหารหนี้ได้”",
        "fiscal_year": "ปีงบประมาณ พ.ศ. {year}",
        "made_on": "จัดทำเมื่อวันที่ {date}",
        "cover_items": "หลักฐานครบ {present} จาก {total} รายการ",
        "cover_contents": "เอกสาร {documents} ชุด ไฟล์แนบ {files} ไฟล์ รวม {pages} หน้า",
        "contents": "สารบัญ",
        "col_no": "ลำดับ",
        "col_item_no": "ที่",
        "col_document": "เอกสาร",
        "col_page": "หน้า",
        "not_in_pack": "ไม่มีในเล่ม: {reason}",
        "checklist": "รายการตรวจสอบหลักฐานประกอบตัวชี้วัด (ข้อ ๔.๓)",
        "checklist_lead": "ประเมินจากข้อมูลในโปรแกรม ณ วันที่ {date}: มีครบ {present} จาก {total} รายการ",
        "col_item": "หลักฐาน",
        "col_state": "สถานะ",
        "col_there": "ที่มีอยู่",
        "col_missing": "สิ่งที่ยังขาด",
        "col_step": "แก้ไขที่",
        "state_present": "มีครบ",
        "state_partial": "ไม่ครบ",
        "state_missing": "ไม่มี",
        "missing_list": "หลักฐานที่ยังไม่ครบหรือยังไม่มี {count} รายการ:",
        "nothing_missing": "มีหลักฐานครบทุกรายการ",
        "page": "หน้า {page}/{pages}",
        "pack_page": "เล่มหลักฐาน หน้า {page}/{pages}",
        "step_institute": "สถาบัน",
        "step_registers": "ทะเบียน",
        "step_analysis": "วิเคราะห์หนี้",
        "step_targets": "ครัวเรือนเป้าหมาย",
        "step_training": "การอบรม",
        "step_plan": "แผนการบริหารจัดการหนี้",
        "step_contracts": "๑ ครัวเรือน ๑ สัญญา",
        "step_life_plans": "แผนพัฒนาชีวิต",
        "step_reports": "ตัวชี้วัดและรายงาน",
        "doc_household_register": "ทะเบียนข้อมูลครัวเรือนและภาวะหนี้สินของครัวเรือน",
        "doc_debtor_register": "ทะเบียนข้อมูลลูกหนี้ทั้งหมดของกลุ่ม/องค์กรกองทุนการเงินที่เป็นสมาชิกสถาบัน",
        "doc_analysis": "การวิเคราะห์ข้อมูลและจัดประเภทลูกหนี้",
        "doc_target_list": "รายชื่อครัวเรือนเป้าหมาย",
        "doc_participation": "แบบบันทึกการเข้าร่วมโครงการการบริหารจัดการหนี้ ๑ ครัวเรือน ๑ สัญญา",
        "doc_training_attendance": "สรุปการเข้ารับการอบรม “สำนึกดี แผนดี บริหารหนี้ได้”",
        "doc_training_sign_in": "ใบลงชื่อเข้ารับการอบรม",
        "doc_plan": "แผนการบริหารจัดการหนี้ของสถาบัน",
        "doc_minutes": "รายงานการประชุมวางแผนการบริหารจัดการหนี้ (สำเนา)",
        "doc_contracts": "สัญญาการถ่ายโอนภาระหนี้สิน ๑ ครัวเรือน ๑ สัญญา",
        "doc_life_plans": "แผนพัฒนาชีวิตครัวเรือนเป้าหมาย",
        "doc_rounds": "ทะเบียนและแบบรายงานการบริหารจัดการหนี้ไปสู่ ๑ ครัวเรือน ๑ สัญญา",
        "doc_photos": "ภาพถ่ายการดำเนินกิจกรรม",
        "doc_other": "หลักฐานอื่น ๆ ที่แนบ",
        "no_file": "ยังไม่มีไฟล์แนบ",
        "not_printed": "ยังไม่มีข้อมูลที่จะพิมพ์",
        "attached_file": "ไฟล์ {name} ({size}) แนบเมื่อ {date} · SHA-256 {sha}",
        "not_shown": "ไฟล์นี้แสดงในเล่มไม่ได้ ({reason}) ดูต้นฉบับในไฟล์ zip: {path}",
        "file_missing": "ไม่พบไฟล์ที่เก็บไว้",
        "file_type": "ไฟล์ชนิด {type}",
        "zip_what_document": "เอกสารที่โปรแกรมจัดทำ",
        "zip_what_attached": "ไฟล์แนบ",
        "zip_what_manifest": "รายการไฟล์",
    },
    "en": {
        "pack": "Evidence for the indicators",
        "pack_of": "Operating guideline, section 4.3",
        "activity": "Community Fund Management Institutes manage debt: “Good conscience, good plan, debt managed”",
        "fiscal_year": "Fiscal year B.E. {year}",
        "made_on": "Made on {date}",
        "cover_items": "{present} of {total} evidence items complete",
        "cover_contents": "{documents} documents, {files} attached files, {pages} pages",
        "contents": "Contents",
        "col_no": "No.",
        "col_item_no": "No.",
        "col_document": "Document",
        "col_page": "Page",
        "not_in_pack": "Not in the pack: {reason}",
        "checklist": "Checklist of the evidence for the indicators (section 4.3)",
        "checklist_lead": "Worked out from the app's data on {date}: {present} of {total} items complete",
        "col_item": "Evidence",
        "col_state": "State",
        "col_there": "There",
        "col_missing": "Missing",
        "col_step": "Fixed in",
        "state_present": "Complete",
        "state_partial": "Partial",
        "state_missing": "Missing",
        "missing_list": "{count} items incomplete or missing:",
        "nothing_missing": "Every item is complete.",
        "page": "Page {page}/{pages}",
        "pack_page": "Evidence pack page {page}/{pages}",
        "step_institute": "Institute",
        "step_registers": "Registers",
        "step_analysis": "Debt analysis",
        "step_targets": "Target households",
        "step_training": "Training",
        "step_plan": "Debt-management plan",
        "step_contracts": "1 household 1 contract",
        "step_life_plans": "Life-development plans",
        "step_reports": "Indicators and reports",
        "doc_household_register": "Register of households and their debt status",
        "doc_debtor_register": "Register of all debtors of the member funds",
        "doc_analysis": "Debtor analysis and classification",
        "doc_target_list": "Target household list",
        "doc_participation": "Participation records of the 1HH1C project",
        "doc_training_attendance": "Training attendance summary",
        "doc_training_sign_in": "Training sign-in sheets",
        "doc_plan": "The institute's debt-management plan",
        "doc_minutes": "Minutes of the planning meeting (scans)",
        "doc_contracts": "Debt-transfer contracts (1 household 1 contract)",
        "doc_life_plans": "Life-development plans of the target households",
        "doc_rounds": "1HH1C register and report form",
        "doc_photos": "Photographs of the activities",
        "doc_other": "Other attached evidence",
        "no_file": "Nothing attached yet",
        "not_printed": "Nothing to print yet",
        "attached_file": "File {name} ({size}), attached {date} · SHA-256 {sha}",
        "not_shown": "This file cannot be shown in the pack ({reason}); the original is in the zip: {path}",
        "file_missing": "the stored file is missing",
        "file_type": "a {type} file",
        "zip_what_document": "document made by the app",
        "zip_what_attached": "attached file",
        "zip_what_manifest": "list of files",
    },
}

_STATE_FILL = {
    ItemState.PRESENT: colors.Color(0.85, 0.94, 0.85),
    ItemState.PARTIAL: colors.Color(1.0, 0.93, 0.75),
    ItemState.MISSING: colors.Color(0.98, 0.84, 0.84),
}


class _Text:
    def __init__(self, heading: RegisterHeading) -> None:
        self.heading = heading
        self.language = heading.language if heading.language in LABELS else "th"

    def __call__(self, key: str, **params: object) -> str:
        template = LABELS[self.language][key]
        return template.format(**params) if params else template

    def date(self, value: date) -> str:
        return self.heading.date_text(value, style="long")


# -- the parts of the pack -------------------------------------------------------------------------------------------
@dataclass
class _Piece:
    """Pages of one file in a section, and what the stamp adds to the section's title on them."""

    reader: PdfReader
    note: str = ""


@dataclass
class _Section:
    key: str
    title: str
    pieces: list[_Piece] = field(default_factory=list)
    reason: str = ""  # why it is not in the pack
    first_page: int = 0

    @property
    def pages(self) -> int:
        return sum(len(p.reader.pages) for p in self.pieces)


@dataclass
class _Original:
    path: Path  # where it is now
    name: str  # path inside the zip
    what: str


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+|\s+')


def _safe(name: str, *, limit: int = 80) -> str:
    return _UNSAFE.sub("-", name).strip("-. ")[:limit] or "file"


def evidence_pack_names(heading: RegisterHeading) -> tuple[str, str]:
    """``evidence-pack_<institute>_FY2570.pdf`` and ``evidence-originals_<institute>_FY2570.zip``."""
    institute = _safe(heading.institute_name)
    return (
        f"evidence-pack_{institute}_FY{heading.fiscal_year}.pdf",
        f"evidence-originals_{institute}_FY{heading.fiscal_year}.zip",
    )


# The printouts the pack holds (reports/registry.py), by the folder each is written into, in the pack's order;
# each is written in its ``pack_formats``.
_PACKED: tuple[tuple[str, str], ...] = (
    ("registers", "registers"),
    ("analysis", "analysis"),
    ("targets", "targets"),
    ("training", "training"),
    ("plan", "plan"),
    ("contracts", "contracts"),
    ("life_plans", "life-plans"),
    ("rounds", "rounds"),
)


# The checklist item whose data a section prints: with none of it, the section is left out, saying why.
_SECTION_ITEMS = {
    "household_register": "household_register",
    "debtor_register": "debtor_register",
    "analysis": "debtor_analysis",
    "target_list": "target_households",
    "participation": "target_households",
    "training_attendance": "training",
    "training_sign_in": "training",
    "plan": "debt_management_plan",
    "contracts": "contracts_1hh1c",
    "life_plans": "life_plans",
}

# Sections made from the writers' PDFs: (section key, writer, file name prefix of its PDF).
_DOCUMENTS: tuple[tuple[str, str, str], ...] = (
    ("household_register", "registers", "household-register_"),
    ("debtor_register", "registers", "debtor-register_"),
    ("analysis", "analysis", "debt-analysis_"),
    ("target_list", "targets", "target-households_"),
    ("participation", "targets", "participation-records_"),
    ("training_attendance", "training", "training-attendance_"),
    ("training_sign_in", "training", "training-sign-in_"),
    ("plan", "plan", "plan_"),
    ("minutes", "", ""),  # attached scans of the planning meeting's minutes
    ("contracts", "contracts", "contracts_"),
    ("life_plans", "life_plans", "life-plans_"),
    ("rounds", "rounds", ""),  # each submitted round's form and register (or the draft)
    ("photos", "", ""),
    ("other", "", ""),
)


def _run_writers(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    printed_on: date,
    language: str,
    folder: Path,
    text: _Text,
    skip: set[str],
) -> tuple[dict[str, list[Path]], dict[str, str]]:
    """Each writer's files (by writer), and why a writer printed nothing (by writer); the writers in ``skip``
    are not run (they would print empty forms)."""
    from cdfi_desktop.messages import message
    from cdfi_desktop.services.errors import NotFound, ValidationFailed

    written: dict[str, list[Path]] = {}
    reasons: dict[str, str] = {}
    for name, key in _PACKED:
        printout = PRINTOUTS[key]
        if name in skip:
            written[name] = []
            continue
        out = folder / name
        out.mkdir(parents=True, exist_ok=True)
        try:
            written[name] = printout.write(
                session,
                institute_id=institute_id,
                fiscal_year=fiscal_year,
                out_dir=out,
                formats=printout.pack_formats,
                printed_on=printed_on,
                language=language,
                full_ids=False,  # the pack leaves the institute: citizen IDs masked, whoever prints it
            )
        except (LookupError, NotFound, ValidationFailed) as nothing:  # nothing to print, or a tampered round
            code = getattr(nothing, "code", "")
            issues = getattr(nothing, "issues", None)
            if issues:
                reasons[name] = "; ".join(message(i.code, language, **i.params) for i in issues)
            else:
                reasons[name] = message(code, language, **vars(nothing)) if code else text("not_printed")
            written[name] = []
    return written, reasons


# -- attachments as pages --------------------------------------------------------------------------------------------
def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def _scaled_image(source: Path, target: Path) -> tuple[Path, int, int] | None:
    """The photo turned upright, at most MAX_IMAGE_PIXELS on its longest side, as JPEG; None if unreadable."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(source) as opened:
            image = ImageOps.exif_transpose(opened)
            image.thumbnail((MAX_IMAGE_PIXELS, MAX_IMAGE_PIXELS))
            if image.mode in ("RGBA", "LA", "P"):
                image = image.convert("RGBA")
                flat = Image.new("RGB", image.size, (255, 255, 255))
                flat.paste(image, mask=image.getchannel("A"))
                image = flat
            elif image.mode != "RGB":
                image = image.convert("RGB")
            image.save(target, "JPEG", quality=82, optimize=True)
            return target, image.width, image.height
    except (OSError, UnidentifiedImageError, ValueError):
        return None


class _Picture(Flowable):  # type: ignore[misc]
    """An image scaled to fit the space left on the page (never enlarged past 2 pt a pixel), centered."""

    def __init__(self, path: Path, pixels: tuple[int, int], *, max_height: float) -> None:
        super().__init__()
        self.path = path
        self.pixels = pixels
        self.max_height = max_height
        self.draw_width = self.draw_height = 0.0
        self.width = self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        px_w, px_h = self.pixels
        scale = min(avail_width / px_w, min(avail_height, self.max_height) / px_h, 2.0)
        self.draw_width, self.draw_height = px_w * scale, px_h * scale
        self.width, self.height = avail_width, self.draw_height
        return avail_width, self.draw_height

    def draw(self) -> None:
        x = (self.width - self.draw_width) / 2
        self.canv.drawImage(str(self.path), x, 0, self.draw_width, self.draw_height)
        self.canv.setStrokeColor(GRID_GREY)
        self.canv.setLineWidth(0.4)
        self.canv.rect(x, 0, self.draw_width, self.draw_height)


def _lines(text: str, *, size: float, font: str = FONT, align: str = "left", color: Any = None) -> Any:
    lines = [line for part in text.split("\n") for line in wrap(part, width=FRAME, size=size, font=font)] or [""]
    return TextLines(lines, size=size, leading=round(size * 1.45, 1), font=font, align=align, color=color)


def _attachment_pages(
    files: Sequence[tuple[EvidenceFile, Path]], *, title: str, path: Path, work: Path, text: _Text
) -> Path:
    """One page per attached file that is not a PDF: the section title, the caption, the image scaled to the page
    and the file's name, size, date and hash; a file that cannot be shown says so and where its original is."""
    register_fonts()
    story: list[Any] = []
    height = A4[1] - MARGINS.top - MARGINS.bottom
    for index, (found, stored) in enumerate(files):
        if index:
            story.append(PageBreak())
        caption = found.caption or found.filename
        head = [
            _lines(title, size=13, font=FONT_BOLD),
            Spacer(1, 4),
            _lines(caption, size=12),
            Spacer(1, 8),
        ]
        about = _lines(
            text(
                "attached_file",
                name=found.filename,
                size=_size_text(found.size),
                date=text.date(found.attached_at.date()),
                sha=found.sha256[:16],
            ),
            size=TABLE_SIZE,
            color=STAMP_GREY,
        )
        shown = None
        reason = text("file_missing") if not stored.is_file() else text("file_type", type=found.media_type)
        if stored.is_file() and found.is_image:
            shown = _scaled_image(stored, work / f"{found.sha256}.jpg")
        if shown is not None:
            image, px_w, px_h = shown
            used = sum(f.wrap(FRAME, height)[1] for f in head) + about.wrap(FRAME, height)[1] + 14
            story += [*head, _Picture(image, (px_w, px_h), max_height=height - used), Spacer(1, 6), about]
        else:
            story += [*head, _lines(text("not_shown", reason=reason, path=_zip_name_of(found)), size=11), about]
    build_pdf(
        path,
        story,
        furniture=PageFurniture(running_title="", footer_left="", footer_right="", page_label=lambda _p, _n: ""),
        title=title,
        pagesize=A4,
        margins=MARGINS,
    )
    return path


def _zip_name_of(found: EvidenceFile) -> str:
    return f"attachments/{found.evidence_kind or KIND_OTHER}/{_safe(found.filename, limit=120)}"


def _readable(stored: Path, work: Path) -> Path:
    """An attached file as other programs read it: the stored file, or its decrypted copy in ``work`` when the
    database is encrypted at rest (``services.attachments``)."""
    from cdfi_desktop.services.attachments import readable_copy

    return readable_copy(stored, work / "attached") if stored.is_file() else stored


def _attachment_section(
    key: str,
    files: Sequence[EvidenceFile],
    *,
    attachments_dir: Path,
    work: Path,
    text: _Text,
) -> _Section:
    """The attached files of one kind: PDFs as they are (their caption in the stamp), other files as pages."""
    section = _Section(key, text(f"doc_{key}"))
    if not files:
        section.reason = text("no_file")
        return section
    run: list[tuple[EvidenceFile, Path]] = []
    shown: set[str] = set()  # the same content linked twice is shown once

    def flush() -> None:
        if run:
            out = work / f"{key}-{len(section.pieces)}.pdf"
            _attachment_pages(run, title=section.title, path=out, work=work, text=text)
            section.pieces.append(_Piece(PdfReader(out)))
            run.clear()

    for found in files:
        if found.sha256 in shown:
            continue
        shown.add(found.sha256)
        stored = _readable(evidence_file_path(attachments_dir, found.sha256), work)
        reader = None
        if found.is_pdf and stored.is_file():
            try:
                reader = PdfReader(stored)
                if not reader.pages:
                    reader = None
            except Exception:  # a damaged scan: shown as a page that says so
                reader = None
        if reader is None:
            run.append((found, stored))
            continue
        flush()
        section.pieces.append(_Piece(reader, note=found.caption or found.filename))
    flush()
    return section


# -- front matter: cover, contents, checklist ------------------------------------------------------------------------
def _cell(
    text: str, width: float, *, size: float = 10, font: str = FONT, align: str = "left", color: Any = None
) -> Any:
    if not text:
        return ""
    inner = width - 8
    fitted = fit_size(text, width=inner, size=size, font=font)
    lines = [line for part in text.split("\n") for line in wrap(part, width=inner, size=fitted, font=font)]
    return TextLines(lines, size=fitted, leading=round(fitted * 1.42, 1), font=font, align=align, color=color)


def _table_style(widths: Sequence[float]) -> list[tuple[Any, ...]]:
    return [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]


class _PageMark(Flowable):  # type: ignore[misc]
    """Records the page it lands on (the checklist's first page, for the contents)."""

    def __init__(self, seen: list[int]) -> None:
        super().__init__()
        self.seen = seen
        self.width = self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.seen.append(int(self.canv.getPageNumber()))


def _cover(text: _Text, listing: Checklist, *, documents: int, files: int, pages: int) -> list[Any]:
    heading = text.heading

    def centered(line: str, size: float, font: str = FONT) -> Any:
        return _lines(line, size=size, font=font, align="center")

    return [
        Spacer(1, 60),
        centered(text("pack"), 28, FONT_BOLD),
        Spacer(1, 6),
        centered(text("pack_of"), 15),
        Spacer(1, 4),
        centered(text("activity"), 13),
        Spacer(1, 44),
        centered(heading.institute_name, 20, FONT_BOLD),
        Spacer(1, 4),
        centered(heading.area_line, 15),
        Spacer(1, 10),
        centered(text("fiscal_year", year=heading.fiscal_year), 17, FONT_BOLD),
        Spacer(1, 50),
        centered(text("cover_items", present=listing.present, total=len(listing.items)), 13),
        centered(text("cover_contents", documents=documents, files=files, pages=pages), 13),
        Spacer(1, 30),
        centered(text("made_on", date=text.date(heading.printed_on)), 13),
    ]


def _contents(text: _Text, sections: Sequence[_Section], *, checklist_page: int) -> list[Any]:
    widths = [40.0, FRAME - 40.0 - 56.0, 56.0]
    rows: list[list[Any]] = [
        [
            _cell(text("col_no"), widths[0], font=FONT_BOLD, align="center"),
            _cell(text("col_document"), widths[1], font=FONT_BOLD),
            _cell(text("col_page"), widths[2], font=FONT_BOLD, align="center"),
        ],
        ["", _cell(text("checklist"), widths[1], size=11), _cell(str(checklist_page), widths[2], align="center")],
    ]
    for no, section in enumerate(sections, start=1):
        if section.pieces:
            rows.append(
                [
                    _cell(str(no), widths[0], align="center"),
                    _cell(section.title, widths[1], size=11),
                    _cell(str(section.first_page), widths[2], size=11, align="center"),
                ]
            )
        else:
            note = text("not_in_pack", reason=section.reason)
            rows.append(
                [
                    _cell(str(no), widths[0], align="center", color=STAMP_GREY),
                    _cell(f"{section.title}\n{note}", widths[1], size=11, color=STAMP_GREY),
                    _cell("–", widths[2], align="center", color=STAMP_GREY),
                ]
            )
    table = LongTable(rows, colWidths=widths, style=TableStyle(_table_style(widths)), repeatRows=1)
    return [_lines(text("contents"), size=18, font=FONT_BOLD, align="center"), Spacer(1, 10), table]


def _checklist(text: _Text, listing: Checklist, seen: list[int]) -> list[Any]:
    language = text.language
    widths = [22.0, 116.0, 44.0, 88.0, 0.0, 58.0]
    widths[4] = FRAME - sum(widths)
    header = ["col_item_no", "col_item", "col_state", "col_there", "col_missing", "col_step"]
    rows: list[list[Any]] = [
        [
            _cell(text(key), w, size=TABLE_SIZE, font=FONT_BOLD, align="center")
            for key, w in zip(header, widths, strict=True)
        ]
    ]
    style = _table_style(widths)
    for no, item in enumerate(listing.items, start=1):
        rows.append(
            [
                _cell(str(no), widths[0], size=TABLE_SIZE, align="center"),
                _cell(item.title(language), widths[1], size=TABLE_SIZE),
                _cell(text(f"state_{item.state.value}"), widths[2], size=TABLE_SIZE, font=FONT_BOLD, align="center"),
                _cell(item.summary(language), widths[3], size=TABLE_SIZE),
                _cell("\n".join(item.missing_texts(language)) or "–", widths[4], size=TABLE_SIZE),
                _cell(text(f"step_{item.step}"), widths[5], size=TABLE_SIZE),
            ]
        )
        style.append(("BACKGROUND", (2, no), (2, no), _STATE_FILL[item.state]))
    table = LongTable(rows, colWidths=widths, style=TableStyle(style), repeatRows=1)
    story: list[Any] = [
        PageBreak(),
        _PageMark(seen),
        _lines(text("checklist"), size=16, font=FONT_BOLD, align="center"),
        Spacer(1, 4),
        _lines(
            text(
                "checklist_lead",
                date=text.date(text.heading.printed_on),
                present=listing.present,
                total=len(listing.items),
            ),
            size=11,
            align="center",
        ),
        Spacer(1, 8),
        table,
        Spacer(1, 10),
    ]
    missing: Sequence[EvidenceItem] = listing.missing_items
    if missing:
        block = [_lines(text("missing_list", count=len(missing)), size=11, font=FONT_BOLD)]
        block += [_lines(f"{i}. {item.title(language)}", size=11) for i, item in enumerate(missing, start=1)]
        story.append(KeepTogether(block))
    else:
        story.append(_lines(text("nothing_missing"), size=11, font=FONT_BOLD))
    return story


def _pack_page_label(text: _Text, total: int) -> Callable[[int, int], str]:
    return lambda page, _pages: text("pack_page", page=page, pages=total)


def _front_matter(
    path: Path,
    text: _Text,
    listing: Checklist,
    sections: Sequence[_Section],
    *,
    body_pages: int,
    files: int,
) -> int:
    """Cover, contents and checklist, numbered as the first pages of the pack; the section's first pages follow
    from the front matter's own length, so it is laid out until that length stops changing."""
    front, checklist_page = 3, 3
    for _attempt in range(4):
        page = front + 1
        for section in sections:
            section.first_page = page if section.pieces else 0
            page += section.pages
        total = front + body_pages
        seen: list[int] = []
        story = _cover(text, listing, documents=sum(1 for s in sections if s.pieces), files=files, pages=total)
        story += [PageBreak(), *_contents(text, sections, checklist_page=checklist_page)]
        story += _checklist(text, listing, seen)
        heading = text.heading
        pages = build_pdf(
            path,
            story,
            furniture=PageFurniture(
                running_title=f"{text('pack')} · {heading.institute_name} · {heading.fiscal_year_line}",
                footer_left=heading.printed_line,
                footer_right=heading.fiscal_year_line,
                page_label=_pack_page_label(text, total),
            ),
            title=f"{text('pack')} {heading.institute_name}",
            subject=heading.fiscal_year_line,
            pagesize=A4,
            margins=MARGINS,
        )
        found = seen[0] if seen else checklist_page
        if pages == front and found == checklist_page:
            return pages
        front, checklist_page = pages, found
    return front


# -- stamping and joining ----------------------------------------------------------------------------------------------
def _fit(textual: str, width: float, size: float) -> str:
    if text_width(textual, size=size) <= width:
        return textual
    while textual and text_width(textual + "…", size=size) > width:
        textual = textual[:-1]
    return textual + "…"


_NOTE = " · "  # before an attached file's caption in its pages' stamp


def _fit_label(label: str, width: float, size: float) -> str:
    """The stamp's left label cut to ``width``: the section's title is shortened before a file's caption."""
    if text_width(label, size=size) <= width or label.count(_NOTE) < 2:  # no caption: "pack · n. title"
        return _fit(label, width, size)
    head, note = label.rsplit(_NOTE, 1)
    room = width - text_width(_NOTE + note, size=size)
    if room < width / 3:
        return _fit(label, width, size)
    return _fit(head, room, size) + _NOTE + note


def _stamps(sizes: Sequence[tuple[float, float]], labels: Sequence[tuple[str, str]]) -> PdfReader:
    """One page per body page: its section (left) and its page in the pack (right), at the top of the printable
    area (2 cm in), in the band the forms keep free above their running title."""
    register_fonts()
    buffer = io.BytesIO()
    canv = Canvas(buffer, pageCompression=1, initialFontName=FONT, initialFontSize=STAMP_SIZE)
    for (width, height), (left, right) in zip(sizes, labels, strict=True):
        canv.setPageSize((width, height))
        canv.setFillColor(STAMP_GREY)
        y = height - STAMP_BASELINE  # inside the margins, above the running title of the forms' pages
        right_width = text_width(right, size=STAMP_SIZE)
        draw_text(canv, right, x=width - PAGE_MARGIN, y=y, size=STAMP_SIZE, align="right")
        section = _fit_label(left, width - 2 * PAGE_MARGIN - right_width - 16, STAMP_SIZE)
        draw_text(canv, section, x=PAGE_MARGIN, y=y, size=STAMP_SIZE)
        canv.showPage()
    canv.save()
    return PdfReader(io.BytesIO(buffer.getvalue()))


_STAMP_FONT = re.compile(rb"/F(\d+)\b")


def _overlay(writer: PdfWriter, page: Any, stamp: Any, fonts: dict[str, Any]) -> bool:
    """Lay ``stamp`` over ``page`` without parsing the page's own content (pypdf's merge_page reads every drawing
    operator of a register's page): the page's content is wrapped in q … Q, the stamp's follows, and the stamp's
    fonts are added under names of their own. False when the page keeps its resources elsewhere."""
    if "/Resources" not in page or "/Contents" not in page:
        return False
    resources = page["/Resources"].get_object()
    font_dict = resources.get("/Font")
    if font_dict is None:
        font_dict = DictionaryObject()
        resources[NameObject("/Font")] = font_dict
    font_dict = font_dict.get_object()
    stamp_fonts = stamp["/Resources"].get_object().get("/Font")
    for name, ref in stamp_fonts.get_object().items() if stamp_fonts is not None else ():
        key = "/EvidenceStampF" + str(name)[2:]
        if key not in fonts:
            fonts[key] = ref.clone(writer).indirect_reference
        font_dict[NameObject(key)] = fonts[key]
    data = _STAMP_FONT.sub(rb"/EvidenceStampF\1", stamp.get_contents().get_data())
    if "q" not in fonts:
        opening = DecodedStreamObject()
        opening.set_data(b"q\n")
        fonts["q"] = writer._add_object(opening)
    closing = DecodedStreamObject()
    closing.set_data(b"Q\n" + data)
    contents = page.raw_get("/Contents")
    resolved = contents.get_object()
    existing = list(resolved) if isinstance(resolved, ArrayObject) else [contents]
    page[NameObject("/Contents")] = ArrayObject([fonts["q"], *existing, writer._add_object(closing.flate_encode())])
    return True


def _join(path: Path, front: Path, sections: Sequence[_Section], text: _Text, *, front_pages: int) -> int:
    writer = PdfWriter()
    writer.append(PdfReader(front))
    labels: list[tuple[str, str]] = []
    total = front_pages + sum(s.pages for s in sections)
    for no, section in enumerate(sections, start=1):
        for piece in section.pieces:
            writer.append(piece.reader)
            left = f"{text('pack')} · {no}. {section.title}" + (f"{_NOTE}{piece.note}" if piece.note else "")
            labels += [(left, "")] * len(piece.reader.pages)
    body = writer.pages[front_pages:]
    labels = [
        (left, text("pack_page", page=front_pages + i, pages=total)) for i, (left, _r) in enumerate(labels, start=1)
    ]
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in body]
    stamps = _stamps(sizes, labels)
    fonts: dict[str, Any] = {}
    for page, stamp in zip(body, stamps.pages, strict=True):
        if not _overlay(writer, page, stamp, fonts):
            page.merge_page(stamp)
            page.compress_content_streams()
    heading = text.heading
    writer.add_metadata({"/Title": f"{text('pack')} {heading.institute_name} {heading.fiscal_year_line}"})
    with path.open("wb") as out:
        writer.write(out)
    return len(writer.pages)


# -- the zip of the originals ----------------------------------------------------------------------------------------
def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _unique(name: str, taken: set[str]) -> str:
    if name not in taken:
        taken.add(name)
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    n = 2
    while True:
        candidate = f"{stem}-{n}.{suffix}" if suffix else f"{stem}-{n}"
        if candidate not in taken:
            taken.add(candidate)
            return candidate
        n += 1


def _write_zip(path: Path, originals: Sequence[_Original]) -> Path:
    taken: set[str] = set()
    manifest: list[tuple[str, int, str, str]] = []
    partial = path.with_suffix(".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for original in originals:
            name = _unique(original.name, taken)
            archive.write(original.path, name)
            manifest.append((name, original.path.stat().st_size, _sha256(original.path), original.what))
        listing = io.StringIO()
        table = csv.writer(listing, lineterminator="\n")
        table.writerow(["file", "bytes", "sha256", "what"])
        table.writerows(manifest)
        archive.writestr("manifest.csv", "\ufeff" + listing.getvalue())
        archive.writestr("SHA256SUMS", "".join(f"{sha}  {name}\n" for name, _size, sha, _what in manifest))
    partial.replace(path)
    return path


# -- the pack --------------------------------------------------------------------------------------------------------
def build_evidence_pack(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    out_dir: Path,
    printed_on: date,
    language: str = "th",
    attachments_dir: Path,
) -> list[Path]:
    """Write the evidence pack PDF and the zip of its originals into ``out_dir`` (made if missing); returns both
    paths. Raises InstituteNotFound (a LookupError) for an unknown institute."""
    heading = register_heading(
        session, institute_id=institute_id, printed_on=printed_on, fiscal_year=fiscal_year, language=language
    )
    text = _Text(heading)
    language = text.language
    listing = checklist(session, institute_id=institute_id, fiscal_year=fiscal_year)
    attached = evidence_files(session, institute_id=institute_id)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pack_name, zip_name = evidence_pack_names(heading)
    with tempfile.TemporaryDirectory(prefix="evidence-") as temporary:
        work = Path(temporary)
        empty = {
            section: listing.item(item).missing_texts(language)[0]
            for section, item in _SECTION_ITEMS.items()
            if listing.item(item).state is ItemState.MISSING and listing.item(item).missing
        }
        rounds, contracts = listing.item("report_rounds"), listing.item("contracts_1hh1c")
        if not rounds.count and contracts.state is ItemState.MISSING:  # a draft round of nothing
            empty["rounds"] = rounds.missing_texts(language)[0]
        wanted = {writer for key, writer, _prefix in _DOCUMENTS if writer and key not in empty}
        written, reasons = _run_writers(
            session,
            institute_id=institute_id,
            fiscal_year=fiscal_year,
            printed_on=printed_on,
            language=language,
            folder=work / "documents",
            text=text,
            skip={writer for _key, writer, _prefix in _DOCUMENTS if writer} - wanted,
        )
        by_kind = {
            "minutes": [f for f in attached if f.evidence_kind == KIND_MINUTES],
            "photos": [f for f in attached if f.evidence_kind == KIND_PHOTO],
            "other": [f for f in attached if f.evidence_kind not in (KIND_MINUTES, KIND_PHOTO)],
        }
        sections: list[_Section] = []
        for key, writer, prefix in _DOCUMENTS:
            if key in by_kind:
                sections.append(
                    _attachment_section(key, by_kind[key], attachments_dir=attachments_dir, work=work, text=text)
                )
                continue
            section = _Section(key, text(f"doc_{key}"))
            pdfs = [] if key in empty else written[writer]
            pdfs = [p for p in pdfs if p.suffix == ".pdf" and p.name.startswith(prefix)]
            section.pieces = [_Piece(PdfReader(p)) for p in pdfs]
            section.pieces = [p for p in section.pieces if p.reader.pages]
            if not section.pieces:
                section.reason = empty.get(key) or reasons.get(writer, text("not_printed"))
            sections.append(section)
        front = work / "front.pdf"
        front_pages = _front_matter(
            front, text, listing, sections, body_pages=sum(s.pages for s in sections), files=len(attached)
        )
        pack = out_dir / pack_name
        partial = pack.with_suffix(".partial")
        _join(partial, front, sections, text, front_pages=front_pages)
        partial.replace(pack)
        originals = [
            _Original(p, f"documents/{p.name}", text("zip_what_document")) for files in written.values() for p in files
        ]
        seen: set[str] = set()
        for found in attached:
            stored = evidence_file_path(attachments_dir, found.sha256)
            if found.sha256 in seen or not stored.is_file():
                continue
            stored = _readable(stored, work)
            seen.add(found.sha256)
            what = f"{text('zip_what_attached')}: {found.caption}" if found.caption else text("zip_what_attached")
            originals.append(_Original(stored, _zip_name_of(found), what))
        archive = _write_zip(out_dir / zip_name, originals)
    return [pack, archive]


def write_evidence_reports(
    session: Session,
    *,
    institute_id: str,
    fiscal_year: int,
    out_dir: Path,
    formats: Sequence[str] = ("pdf",),
    printed_on: date,
    language: str = "th",
) -> list[Path]:
    """``cdfi-desktop report evidence``: the pack and the zip of its originals (whatever ``formats``: the pack is
    a PDF and the zip carries the workbooks), with the attached files of the database the session reads."""
    del formats
    return build_evidence_pack(
        session,
        institute_id=institute_id,
        fiscal_year=fiscal_year,
        out_dir=out_dir,
        printed_on=printed_on,
        language=language,
        attachments_dir=session_attachments_dir(session),
    )
